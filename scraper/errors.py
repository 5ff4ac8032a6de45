"""Errors the command line reports as one line (no traceback), each with its exit status."""

from __future__ import annotations

import errno
import sqlite3

EXIT_USAGE = 2  # EX_USAGE-like: the user's input is wrong
EXIT_DISK_FULL = 74  # EX_IOERR: a write failed for want of space; nothing half-written is visible
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
_SQLITE_FULL = 13


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


def disk_full(exc: BaseException) -> tuple[bool, str | None]:
    """Whether `exc` (or what caused it) is a full disk or exhausted quota, and the file it hit if known.

    pyarrow and plain writes raise OSError(ENOSPC) without a file name; SQLite says SQLITE_FULL."""
    found, path = False, None
    for error in _chain(exc):
        if isinstance(error, OSError) and error.errno in DISK_FULL_ERRNOS:
            found = True
            path = path or (str(error.filename) if error.filename else None)
        elif isinstance(error, sqlite3.OperationalError) and getattr(error, "sqlite_errorcode", None) == _SQLITE_FULL:
            found = True
    return found, path
