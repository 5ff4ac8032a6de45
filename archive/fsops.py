"""Filesystem steps that make a partition change atomic for readers.

A partition is replaced as a whole directory: the new version is built beside it under a `_`-prefixed
name (which pyarrow, Spark and our DuckDB globs all skip), then swapped into place in one step with
Linux's renameat2(RENAME_EXCHANGE). Readers see the old directory or the new one, never a mixture,
never an empty one; a SIGKILL at any point leaves at most a `_` directory to sweep up later.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from pathlib import Path
from typing import Any

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_libc: ctypes.CDLL | None = None


def _renameat2() -> Any:
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return getattr(_libc, "renameat2", None)


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths atomically; False when the platform cannot (the caller falls back)."""
    func = _renameat2()
    if func is None:
        return False
    result = func(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result != 0:
        errno = ctypes.get_errno()
        if errno in (22, 38, 95):  # EINVAL / ENOSYS / EOPNOTSUPP: filesystem or kernel without exchange
            return False
        raise OSError(errno, os.strerror(errno), str(a))
    return True


def fsync_dir(path: Path) -> None:
    """Make a rename durable: the directory entry must reach the disk, not only the file."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def swap_in(staging: Path, target: Path, retired: Path) -> None:
    """Put `staging` at `target`; whatever was at `target` ends at `retired` (to be deleted by the caller)."""
    if not target.exists():
        os.rename(staging, target)
    elif exchange(staging, target):
        os.rename(staging, retired)  # `staging` now names the old directory
    else:  # no atomic exchange here: the shortest possible gap between two renames
        os.rename(target, retired)
        os.rename(staging, target)
    fsync_dir(target.parent)


def link_or_copy(src: Path, dst: Path) -> None:
    """Hard-link an unchanged file into the new version of its partition (no bytes copied)."""
    try:
        os.link(src, dst)
    except OSError:
        import shutil

        shutil.copy2(src, dst)
