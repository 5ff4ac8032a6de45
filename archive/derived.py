"""The stored `series`: each facts partition's reconciled figures in `series/year=Y/month=M/`.

A figure's key includes its period and facts are partitioned by the month the period ends, so all the
candidates for one figure sit in one facts partition and its series can be computed from that partition
alone. The file is named after the facts files it was computed from (`from-<hash>.parquet`): whether a
stored series is current is a directory listing, and readers fall back to ranking the facts live
(`series_live`) whenever any partition is not, e.g. after a crash between the two writes. Writers
refresh what is stale after every flush, reparse and compaction, and at the start of every session.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from pathlib import Path

import duckdb
import pyarrow as pa

from archive import schema
from archive.fsops import fsync_dir, swap_in
from archive.layout import DataDir
from archive.partition import write_parquet

DATASET = "series"


def generation(facts_files: list[Path]) -> str:
    return hashlib.sha1("\n".join(sorted(p.name for p in facts_files)).encode()).hexdigest()[:16]


def stored_name(data: DataDir, year: int, month: int) -> str:
    return f"from-{generation(data.files('facts', year, month))}.parquet"


def _series_partitions(data: DataDir) -> set[tuple[int, int]]:
    base = data.dataset(DATASET)
    found = set()
    for month_dir in base.glob("year=*/month=*"):
        found.add((int(month_dir.parent.name[5:]), int(month_dir.name[6:])))
    return found


def stale_partitions(data: DataDir) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(facts partitions whose stored series is missing or old, series partitions with no facts left)."""
    facts = set(data.partitions("facts"))
    stale = [p for p in sorted(facts)
             if not (data.partition(DATASET, *p) / stored_name(data, *p)).exists()
             or len(list(data.partition(DATASET, *p).glob("*.parquet"))) != 1]
    orphans = sorted(_series_partitions(data) - facts)
    return stale, orphans


def is_current(data: DataDir) -> bool:
    stale, orphans = stale_partitions(data)
    return not stale and not orphans


def compute(data: DataDir, year: int, month: int) -> pa.Table:
    """The series of one facts partition, ranked by the same SQL as the live view."""
    from archive.reader import SERIES_SELECT, _quote

    files = data.files("facts", year, month)
    connection = duckdb.connect()
    listed = ", ".join(_quote(str(p.resolve())) for p in files)
    connection.execute(f"CREATE VIEW facts AS SELECT * FROM read_parquet([{listed}])")
    table = connection.execute(f"SELECT {', '.join(schema.SERIES.names)} FROM ({SERIES_SELECT})").to_arrow_table()
    return table.cast(schema.SERIES)


def refresh_partition(data: DataDir, year: int, month: int) -> None:
    target = data.partition(DATASET, year, month)
    year_dir = target.parent
    year_dir.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex[:10]
    staging, retired = year_dir / f"_stage-month={month}-{token}", year_dir / f"_retired-month={month}-{token}"
    staging.mkdir()
    write_parquet(compute(data, year, month), staging / stored_name(data, year, month))
    fsync_dir(staging)
    swap_in(staging, target, retired)
    shutil.rmtree(retired, ignore_errors=True)


def refresh(data: DataDir) -> int:
    """Bring every stored series up to date with its facts partition; returns partitions rewritten."""
    base = data.dataset(DATASET)
    for leftover in base.glob("year=*/_*-month=*"):  # what a killed refresh left behind
        shutil.rmtree(leftover, ignore_errors=True)
    stale, orphans = stale_partitions(data)
    for year, month in orphans:
        shutil.rmtree(data.partition(DATASET, year, month), ignore_errors=True)
    for year, month in stale:
        refresh_partition(data, year, month)
    return len(stale)
