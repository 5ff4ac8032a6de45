"""The stored `series`: the reconciled figures, one file per year in `series/year=Y/`.

A figure's key includes its period and facts are partitioned by the month the period ends, so all the
candidates for one figure sit in one facts partition, and a year of series can be computed from that
year's facts partitions alone. One file per year keeps a whole-history query to a couple of dozen files.
The file is named after the contents of the facts files it was computed from (`from-<hash>.parquet`): whether the stored
series is current is a directory listing, and readers fall back to ranking the facts live
(`series_live`) whenever any year is not, e.g. after a crash between the two writes. Writers refresh
what is stale at the end of every crawl, recovery, reparse and compaction.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import uuid
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from archive import schema, snapshots
from archive.fsops import fsync_dir, swap_in
from archive.layout import DataDir
from archive.partition import file_sha256, write_parquet
from archive.retention import retain, retained_path
from archive.series_sql import SERIES_SELECT, quote

DATASET = "series"
LOG = logging.getLogger(__name__)
MEMORY_LIMIT = "512MB"  # DuckDB spills to disk beyond this


def facts_files_by_year(data: DataDir) -> dict[int, list[Path]]:
    """One listing of the whole facts dataset (this runs on every `connect`)."""
    found: dict[int, list[Path]] = {}
    for year, month in data.partitions("facts"):
        found.setdefault(year, []).extend(data.files("facts", year, month))
    return found


def facts_files(data: DataDir, year: int) -> list[Path]:
    return facts_files_by_year(data).get(year, [])


def stored_name(files: list[Path]) -> str:
    """The stored series' file name: a hash of the facts files' contents as committed (each file's SHA-256 from
    its partition's manifest; the file name where an older manifest has none), so the stored series follows
    what the facts hold, and `verify` proves the files still hold it."""
    from archive.partition import read_manifest

    manifests: dict[Path, dict[str, Any]] = {}
    keys = []
    for path in files:
        if path.parent not in manifests:
            manifests[path.parent] = read_manifest(path.parent).get("sha256", {})
        keys.append(f"{path.parent.name}/{path.name}:{manifests[path.parent].get(path.name, '')}")
    digest = hashlib.sha1("\n".join(sorted(keys)).encode()).hexdigest()
    return f"from-{digest[:16]}.parquet"


def stale_years(data: DataDir) -> tuple[list[int], list[int]]:
    """(years whose stored series is missing or old, stored years with no facts left)."""
    by_year = facts_files_by_year(data)
    years = sorted(by_year)
    stale = []
    for year in years:
        stored = list(data.year_dir(DATASET, year).glob("*.parquet"))
        if [p.name for p in stored] != [stored_name(by_year[year])]:
            stale.append(year)
    kept = {int(p.name[5:]) for p in data.dataset(DATASET).glob("year=*")}
    return stale, sorted(kept - set(years))


def is_current(data: DataDir) -> bool:
    stale, orphans = stale_years(data)
    return not stale and not orphans


def compute(files: list[Path]) -> pa.Table:
    """The series of the given facts files, ranked by the same SQL as the live view."""
    # a bounded engine that is closed at once: a writer that refreshes twenty years must not keep the memory
    # of each one (a 1M-fact archive peaked at 1.2 GB before)
    with duckdb.connect(config={"memory_limit": MEMORY_LIMIT, "threads": 2}) as connection:
        listed = ", ".join(quote(str(p.resolve())) for p in files)
        connection.execute(f"CREATE VIEW facts AS SELECT * FROM read_parquet([{listed}])")
        table = connection.execute(
            f"SELECT {', '.join(schema.SERIES.names)} FROM ({SERIES_SELECT}) ORDER BY period, flow, item, region"
        ).to_arrow_table()
    return table.cast(schema.SERIES)


def refresh_year(data: DataDir, year: int) -> None:
    files = facts_files(data, year)
    target = data.year_dir(DATASET, year)
    target.parent.mkdir(parents=True, exist_ok=True)
    data.staging.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex[:10]
    staging = data.staging / f"_stage-{DATASET}-{year}-{token}"
    retired = data.staging / f"_retired-{DATASET}-{year}-{token}"
    staging.mkdir()
    name = stored_name(files)
    try:
        write_parquet(compute(files), staging / name)
        retain(staging / name, retained_path(data, target / name))
        manifest = {"dataset": DATASET, "year": year, "files": [name], "sha256": {name: file_sha256(staging / name)}}
        (staging / "_manifest.json").write_text(json.dumps(manifest, indent=1))  # what readers verify it against
        fsync_dir(staging)
    except BaseException:  # a full disk, an interrupt: no half-built year is left for a reader to trip on
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_in(staging, target, retired)
    shutil.rmtree(retired, ignore_errors=True)


def refresh(data: DataDir) -> int:
    """Bring the stored series up to date with the facts; returns the number of years rewritten."""
    for leftover in data.dataset(DATASET).glob("_*-year=*"):  # what a killed refresh left behind
        shutil.rmtree(leftover, ignore_errors=True)
    stale, orphans = stale_years(data)
    for year in orphans:
        shutil.rmtree(data.year_dir(DATASET, year), ignore_errors=True)
    for year in stale:
        try:
            refresh_year(data, year)
        except duckdb.Error as error:  # a damaged facts file: that year stays stale (readers rank live) and
            LOG.error("series %d not stored: %s", year, str(error).splitlines()[0])  # `verify` names the file
    snapshots.publish(data)  # the last step of every write session: what readers of a snapshot see next
    return len(stale)
