"""Read-only snapshots of the whole archive: a glob over one never fails during writes.

A glob over the live tree (`facts/year=*/month=*/*.parquet`) lists file names and opens them later; a writer
that rewrites a partition in between takes names away (its new version holds other files), and the open fails.
No layout of one fixed path can avoid that: keeping an old name where the glob looks means a later glob reads
both versions, and giving a name new contents is worse (DuckDB opens a file more than once per query, and reads
one version's footer with the other's pages: wrong sums, measured). So at the end of every write session the
writer publishes the committed files as a snapshot, hard links under a fresh directory that is never changed:

    snapshots/CURRENT                                 the newest snapshot's name, e.g. 00000042
    snapshots/00000042/<dataset>/year=Y/month=M/...   every committed data file (series: year=Y/)

A reader reads CURRENT, then globs under that directory as under the data directory (same Hive layout). A
snapshot stays for `GRACE_SECONDS` after a newer one replaced it, so a query of up to ten minutes that read
CURRENT before a write finishes still finds every file it listed. Links cost no data bytes.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import time
import uuid
from pathlib import Path

from archive.fsops import fsync_dir, link_or_copy
from archive.layout import DataDir
from archive.retention import GRACE_SECONDS

DATASETS = ("captures", "articles", "facts", "series")
CURRENT = "CURRENT"
# The plain-DuckDB read that never fails during writes, as docs/archive.md gives it (a test keeps them equal).
READ_SQL = (
    "SET VARIABLE snapshot = (SELECT 'ictarchive-data/snapshots/' || content "
    "FROM read_text('ictarchive-data/snapshots/CURRENT'));",
    "SELECT count(*) FROM read_parquet(getvariable('snapshot') || '/facts/year=*/month=*/*.parquet', "
    "hive_partitioning = true);",
)


def directory(data: DataDir) -> Path:
    return data.root / "snapshots"


def current(data: DataDir) -> Path | None:
    """The newest published snapshot's directory, or None before the first write session ends."""
    try:
        name = (directory(data) / CURRENT).read_text().strip()
    except OSError:
        return None
    path = directory(data) / name
    return path if name.isdigit() and path.is_dir() else None


def committed_files(data: DataDir) -> list[Path]:
    """Every committed data file, relative to the data directory (what a glob of the live tree sees)."""
    found: list[Path] = []
    for dataset in DATASETS:
        if dataset == "series":
            found += sorted(data.dataset(dataset).glob("year=*/*.parquet"))
            continue
        for year, month in data.partitions(dataset):
            found += data.files(dataset, year, month)
    return [path.relative_to(data.root) for path in found]


def _listing(root: Path) -> list[Path]:
    return sorted(path.relative_to(root) for path in root.rglob("*.parquet"))


def publish(data: DataDir, now: float | None = None) -> Path | None:
    """Publish what is committed now as the newest snapshot (under the writer lock, at the end of a write
    session); nothing is published when the newest snapshot already holds exactly these files. Then remove
    snapshots replaced over the grace period ago. Returns the new snapshot's directory, if one was made."""
    files = committed_files(data)
    newest = current(data)
    made = None
    if files and (newest is None or _listing(newest) != sorted(files)):
        made = _build(data, files)
    vacuum(data, now=now)
    return made


def _build(data: DataDir, files: list[Path]) -> Path:
    base = directory(data)
    base.mkdir(exist_ok=True)
    data.staging.mkdir(parents=True, exist_ok=True)
    staging = data.staging / f"_snapshot-{uuid.uuid4().hex[:10]}"
    try:
        for relative in files:
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            link_or_copy(data.root / relative, staging / relative)
        numbers = [int(p.name) for p in base.iterdir() if p.name.isdigit()]
        name = f"{max(numbers, default=0) + 1:08d}"
        target = base / name
        os.rename(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    pointer = base / f".{CURRENT}-{uuid.uuid4().hex[:8]}"
    pointer.write_text(name)  # no newline: SQL reads it as it is (docs/archive.md)
    os.replace(pointer, base / CURRENT)  # readers see the old name or the new one, never a half-written file
    fsync_dir(base)
    return target


def vacuum(data: DataDir, grace: float | None = None, now: float | None = None) -> int:
    """Remove snapshots a newer one replaced over `grace` seconds ago (never the current one). A snapshot was
    replaced when the next one was made (its directory's modification time: the last link added)."""
    grace = GRACE_SECONDS if grace is None else grace
    now = time.time() if now is None else now
    newest = current(data)
    base = directory(data)
    if newest is None or not base.is_dir():
        return 0
    made = {}
    for path in base.iterdir():
        if path.name.startswith(f".{CURRENT}-"):  # a pointer a killed writer did not get to put in place
            path.unlink(missing_ok=True)
        elif path.name.isdigit():
            with contextlib.suppress(OSError):
                made[int(path.name)] = path.stat().st_mtime
    removed = 0
    numbers = sorted(made)
    for number in numbers:
        if number > int(newest.name):  # a writer killed before naming it in CURRENT: no reader ever saw it
            shutil.rmtree(base / f"{number:08d}", ignore_errors=True)
            removed += 1
    for number, successor in itertools.pairwise(numbers):
        if number >= int(newest.name) or now - made[successor] < grace:
            continue
        shutil.rmtree(base / f"{number:08d}", ignore_errors=True)
        removed += 1
    return removed
