"""The scrub: check every Parquet file and every WARC record, and rebuild what is damaged from raw/.

A Parquet file is checked three ways: its content hash against the one its partition's manifest recorded at
commit (any changed byte), its page checksums (written since page checksums were added), and a full read.
A damaged partition is repaired by setting its damaged files aside (`DATA/.quarantine/`, never deleted) and
re-parsing that partition from raw/: raw/ is the source of truth, so nothing is lost that raw/ still holds.
WARC damage cannot be repaired from anything; it is reported (and `reparse` marks the lost captures).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from archive import derived, maintenance, partition, schema
from archive.layout import DataDir
from archive.raw import Damage, read_warc, warc_files
from archive.rows import Ingest
from archive.writer import WriteStats
from scraper.months import Month


@dataclass(frozen=True)
class BadFile:
    dataset: str
    year: int
    month: int
    path: Path
    reason: str

    def describe(self, root: Path) -> str:
        return f"{self.dataset} {self.year}-{self.month:02d}: {self.path.relative_to(root)}: {self.reason}"


@dataclass
class Scrub:
    files_checked: int = 0
    records_checked: int = 0
    bad_files: list[BadFile] = field(default_factory=list)
    raw_damage: list[Damage] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)  # what --repair did, one line each
    refetch: set[tuple[str, str]] = field(default_factory=set)  # (source, canonical URL) to fetch again

    @property
    def clean(self) -> bool:
        return not self.bad_files and not self.raw_damage


def check_file(path: Path, recorded: str | None) -> str | None:
    """Why a data file cannot be trusted, or None."""
    if recorded is not None and partition.file_sha256(path) != recorded:
        return "content differs from the hash recorded at commit"
    try:
        pq.read_table(path, page_checksum_verification=True)
    except Exception as exc:  # pyarrow raises several types for one bad file: all mean the same here
        return f"unreadable ({type(exc).__name__}: {str(exc).splitlines()[0][:120]})"
    return None


def scrub(data: DataDir, datasets: tuple[str, ...] = (*schema.DATASETS, "series")) -> Scrub:
    """Check every data file of every dataset and every WARC record (reads everything once)."""
    result = Scrub()
    for dataset in datasets:
        if dataset == "series":
            for path in sorted(data.dataset("series").glob("year=*/*.parquet")):
                result.files_checked += 1
                why = check_file(path, partition.read_manifest(path.parent).get("sha256", {}).get(path.name))
                if why:
                    result.bad_files.append(BadFile("series", int(path.parent.name[5:]), 1, path, why))
            continue
        for year, month in data.partitions(dataset):
            hashes = partition.read_manifest(data.partition(dataset, year, month)).get("sha256", {})
            for path in data.files(dataset, year, month):
                result.files_checked += 1
                why = check_file(path, hashes.get(path.name))
                if why:
                    result.bad_files.append(BadFile(dataset, year, month, path, why))
    damage: list[Damage] = []
    for path in warc_files(data.raw):
        result.records_checked += sum(1 for _ in read_warc(path, data.root, damage))
    # a torn last record is a killed writer's, never committed, unless a captures row points into it
    found = WriteStats()
    maintenance.damaged_capture_rows(data, damage, found)
    result.raw_damage = found.damage
    return result


def repair(data: DataDir, found: Scrub, run_id: str, ingest: Ingest) -> list[str]:
    """Set damaged files aside and rebuild their partitions from raw/; with WARC damage, re-parse everything
    (the captures rows of lost records are marked, `found.refetch` lists the articles the next crawl must fetch
    again). Returns what was done."""
    done: list[str] = []
    quarantine = data.root / ".quarantine" / run_id
    months: set[Month] = set()
    series_years: set[int] = set()
    for bad in found.bad_files:
        quarantine.mkdir(parents=True, exist_ok=True)
        kept = quarantine / f"{bad.dataset}-{bad.year}-{bad.month:02d}-{bad.path.name}"
        shutil.copy2(bad.path, kept)
        if bad.dataset == "series":
            series_years.add(bad.year)
            os.unlink(bad.path)
            done.append(
                f"series {bad.year}: damaged file set aside ({kept.relative_to(data.root)}); recomputed from facts"
            )
            continue
        good = [p for p in data.files(bad.dataset, bad.year, bad.month) if p != bad.path]
        partition.commit(data, bad.dataset, bad.year, bad.month, good, [], run_id, {"repair": bad.reason})
        months.add(Month(bad.year, bad.month))
        done.append(
            f"{bad.dataset} {bad.year}-{bad.month:02d}: damaged file set aside "
            f"({kept.relative_to(data.root)}); partition rebuilt from raw/"
        )
    if found.raw_damage:
        stats = maintenance.reparse(data, run_id, ingest)
        found.refetch = stats.refetch
        done.append(
            f"raw/: {len(stats.damaged_captures)} unreadable captures marked; {len(stats.refetch)} "
            "articles with no other capture will be fetched again by the next crawl"
        )
    elif months:
        maintenance.reparse(data, run_id, ingest, only=months)
    elif series_years:
        derived.refresh(data)
    return done
