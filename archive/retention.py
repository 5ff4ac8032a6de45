"""Readers never hit a vanished file: retired data files stay readable for a grace period.

A partition change swaps a whole directory, so a reader that listed the old files and opens them a moment
later would find them gone. Like a table format's vacuum retention, every committed file also has a hard
link under `DATA/.versions/<dataset>/<partition path>/<name>` (file names are unique, so a name is one
content for ever). The views `archive.reader.connect` defines read those links: a query that started before
a swap keeps reading the version it listed. A link whose file left every partition (link count 1) is
removed by a later writer once it has been retired for `GRACE_SECONDS`; the inode's change time is when it
was retired (unlinking the last partition entry changes it).
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from archive.layout import DataDir

GRACE_SECONDS = 600.0  # a query running longer than this over a partition rewritten meanwhile may still fail


def retained_path(data: DataDir, path: Path) -> Path:
    """The `.versions` twin of a data file under the dataset tree (or under a staging directory)."""
    relative = path.relative_to(data.root)
    return data.versions.joinpath(*relative.parts)


def retain(source: Path, twin: Path) -> None:
    """Hard-link a new data file at its `.versions` path (best effort: without links, readers of the live
    paths are only as safe as before)."""
    with contextlib.suppress(OSError):
        twin.parent.mkdir(parents=True, exist_ok=True)
        os.link(source, twin)


def readable_path(data: DataDir, path: Path) -> Path:
    """What a reader should open for a committed file: its retained twin when it is the same file (a copy of
    the archive made without hard links has independent twins, which are not to be trusted)."""
    twin = retained_path(data, path)
    try:
        kept = os.stat(twin)
    except OSError:
        return path
    try:
        live = os.stat(path)
    except OSError:
        return twin  # listed from a committed partition a moment ago and swapped out since: the twin is it
    return twin if (kept.st_dev, kept.st_ino) == (live.st_dev, live.st_ino) else path


def vacuum(data: DataDir, grace: float | None = None, now: float | None = None) -> int:
    """Remove retained files that no partition holds any more and that were retired over `grace` ago."""
    grace = GRACE_SECONDS if grace is None else grace
    now = time.time() if now is None else now
    removed = 0
    if not data.versions.is_dir():
        return 0
    for directory, _, names in os.walk(data.versions, topdown=False):
        for name in names:
            if name.startswith("_"):  # not a data file: the readers' cache of verified hashes (`archive.trust`)
                continue
            path = os.path.join(directory, name)
            try:
                info = os.lstat(path)
            except FileNotFoundError:
                continue
            if info.st_nlink <= 1 and now - info.st_ctime >= grace:
                os.unlink(path)
                removed += 1
        if directory != str(data.versions):
            with contextlib.suppress(OSError):
                os.rmdir(directory)  # only when empty
    return removed
