"""Errors the command line reports as one line (no traceback), each with its exit status."""

from __future__ import annotations

import errno
import os
import sqlite3

EXIT_USAGE = 2  # EX_USAGE-like: the user's input is wrong
EXIT_DISK_FULL = 74  # EX_IOERR: a write failed for want of space; nothing half-written is visible
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
_SQLITE_FULL = 13
_SQLITE_IOERR = 10
_SQLITE_IOERR_SHMSIZE = 4874  # the WAL index (-shm) could not be grown: no space for it
NEARLY_FULL_BYTES = 256 * 1024  # an I/O error on a filesystem with less than this free is a full disk


class UsageError(Exception):
    """Bad input from the user (a bad month, an unknown source, an unreadable config): exit status 2."""

    exit_status = EXIT_USAGE


def _chain(exc: BaseException):
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def nearly_full(path: str | os.PathLike) -> bool:
    """Whether the filesystem holding `path` (or its nearest existing parent) has almost no space left."""
    probe = os.path.abspath(path)
    while not os.path.exists(probe) and os.path.dirname(probe) != probe:
        probe = os.path.dirname(probe)
    try:
        stats = os.statvfs(probe)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES


def disk_full(exc: BaseException, where: str | os.PathLike | None = None) -> tuple[bool, str | None]:
    """Whether `exc` (or what caused it) is a full disk or exhausted quota, and the file it hit if known.

    pyarrow and plain writes raise OSError(ENOSPC) without a file name. SQLite says SQLITE_FULL, or, when
    the WAL index cannot grow, SQLITE_IOERR_SHMSIZE; its other I/O errors count as a full disk only when
    the filesystem of `where` (the data directory) is in fact nearly full."""
    found, path = False, None
    for error in _chain(exc):
        if isinstance(error, OSError) and error.errno in DISK_FULL_ERRNOS:
            found = True
            path = path or (str(error.filename) if error.filename else None)
        elif isinstance(error, sqlite3.OperationalError):
            code = getattr(error, "sqlite_errorcode", None) or 0
            io_error_when_full = code & 0xFF == _SQLITE_IOERR and where is not None and nearly_full(where)
            found = found or code in (_SQLITE_FULL, _SQLITE_IOERR_SHMSIZE) or io_error_when_full
    return found, path
