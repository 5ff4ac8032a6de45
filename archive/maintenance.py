"""Jobs over a whole archive: compaction and re-parsing from raw/ (call under the writer lock)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

import pyarrow as pa
from pyarrow import ArrowException

from archive import derived, partition, schema
from archive.layout import DataDir
from archive.partition import read_file
from archive.raw import Damage, read_warc, warc_files
from archive.regression import Baseline, judge
from archive.rows import Ingest, Ingested
from archive.schema import Row
from archive.writer import WriteStats, each_file, group_by_partition, mark_ingested
from scraper.months import Month


@dataclass
class CompactStats:
    partitions: int = 0
    files_before: int = 0
    files_after: int = 0
    damaged: list[str] = field(default_factory=list)


Progress = Callable[[str], None]  # told what is being done, e.g. "facts 2024-05 (12/240)"


def _quiet(_: str) -> None:
    return None


def compact(
    data: DataDir, run_id: str, datasets: tuple[str, ...] = tuple(schema.DATASETS), progress: Progress = _quiet
) -> CompactStats:
    """Merge each partition's files into one (rows unchanged), one partition at a time."""
    stats = CompactStats()
    for dataset in datasets:
        partitions = data.partitions(dataset)
        for number, (year, month) in enumerate(partitions, 1):
            progress(f"compact {dataset} {year}-{month:02d} ({number}/{len(partitions)})")
            files = data.files(dataset, year, month)
            stats.files_before += len(files)
            if len(files) > 1:
                try:
                    table = partition.read_partition(data, dataset, year, month)
                except partition.DamagedPartition as error:  # left as it is, reported; the rest is compacted
                    stats.damaged.append(str(error))
                else:
                    partition.replace(data, dataset, year, month, table, run_id, {"compacted_from": len(files)})
                    stats.partitions += 1
            stats.files_after += len(data.files(dataset, year, month))
    derived.refresh(data)
    return stats


def _in_range(month: tuple[int, int], first: Month | None, last: Month | None) -> bool:
    return (first is None or month >= first) and (last is None or month <= last)


def stale_months(data: DataDir, version: str) -> set[Month]:
    """The months whose articles or facts some other parser version wrote (what `reparse --stale` redoes).
    A file that cannot be read counts as stale: re-parsing rebuilds it from raw/."""
    stale: set[Month] = set()
    for dataset in ("articles", "facts"):
        for (year, month), path in each_file(data, dataset):
            if Month(year, month) in stale:
                continue
            try:
                written = read_file(path, dataset, ["parser_version"]).column("parser_version").to_pylist()
            except (OSError, ValueError, ArrowException):
                written = [None]
            if any(value != version for value in written):
                stale.add(Month(year, month))
    return stale


def reparse(
    data: DataDir,
    run_id: str,
    ingest: Ingest,
    first: Month | None = None,
    last: Month | None = None,
    progress: Progress = _quiet,
    only: set[Month] | None = None,
) -> WriteStats:
    """Rebuild `articles` and `facts` from raw/ with `ingest` (the current cleaner and parser:
    `scraper.ingest.ingest_capture`).

    Every partition in [first, last] is replaced by exactly what the captures give now (a partition
    that no longer gets rows is removed); partitions outside the range are left alone. Facts come from
    each article's newest good capture, as in the crawl: "newest" is capture order (WARC files by run id,
    which only grows, then records in file order), never the wall clock, and a capture that is a regression
    (a maintenance page, lost figures, a gutted body: `archive.regression`) never displaces a good one.
    `only` limits the rewrite to those months (a repair).
    No network access: raw/ is the only input. Unreadable WARC stretches are skipped, listed in
    `stats.damage`, and the captures rows they held are marked (`damage`).
    """
    versions: dict[tuple[str, str], Row] = {}  # (article_id, text_sha256) -> article row
    newest: dict[str, Ingested] = {}  # article_id -> the newest good capture's result
    readable_articles: set[str] = set()  # canonical URLs with at least one readable article capture
    captures: list[Row] = []
    damage: list[Damage] = []
    paths = warc_files(data.raw)
    for number, path in enumerate(paths, 1):
        progress(f"reparse: reading {path.name} ({number}/{len(paths)} WARC files)")
        for capture in read_warc(path, data.root, damage):
            result = ingest(capture)
            captures.append(result.capture)
            if capture.page_type == "article" and capture.status == 200:
                readable_articles.add(capture.canonical_url or capture.url)
            if result.article is None:
                continue
            article = result.article
            current = newest.get(article["article_id"])
            if current is not None and current.article is not None:
                good = Baseline(len(current.article["text"]), len(current.facts))
                if judge(article["text"], len(result.facts), good) is not None:
                    continue
            versions[(article["article_id"], article["text_sha256"])] = article
            newest[article["article_id"]] = result
    rows = {
        "articles": list(versions.values()),
        "facts": [fact for result in newest.values() for fact in result.facts],
    }
    stats = WriteStats()
    for dataset, dataset_rows in rows.items():
        by_partition = group_by_partition(dataset, dataset_rows, stats)
        targets = {m for m in by_partition if _in_range(m, first, last)}
        targets |= {m for m in data.partitions(dataset) if _in_range(m, first, last)}
        if only is not None:
            targets &= only
        for number, (year, month) in enumerate(sorted(targets), 1):
            progress(f"reparse: writing {dataset} {year}-{month:02d} ({number}/{len(targets)})")
            table = schema.to_table(dataset, by_partition.get((year, month), []))
            stats.record(partition.replace(data, dataset, year, month, table, run_id, {"reparse": True}))
    captures.extend(damaged_capture_rows(data, damage, stats))
    by_capture_partition = group_by_partition("captures", captures, stats)
    for (year, month), capture_rows in sorted(by_capture_partition.items()):
        table = schema.to_table("captures", capture_rows)
        try:
            stats.record(partition.upsert(data, "captures", year, month, table, run_id))
        except partition.DamagedPartition as error:
            stats.note_damage(error)
    stats.refetch = {
        (row["source"], row["canonical_url"])
        for row in stats.damaged_captures
        if row["page_type"] == "article" and row["status"] == 200 and row["canonical_url"] not in readable_articles
    }
    for path in warc_files(data.raw):
        mark_ingested(path)
    derived.refresh(data)
    return stats


def damaged_capture_rows(data: DataDir, damage: list[Damage], stats: WriteStats) -> list[Row]:
    """The stored captures rows of records that can no longer be read, marked with why.

    A torn last record with no captures row is a killed writer's record that was never committed: expected,
    and not reported. Everything else (damage mid-file, or a tail that cut off committed records) is. A file
    cut exactly between two records reads as intact, so its loss shows only in the captures rows that point
    past its end: that is a tail too (`_cut_at_a_record_boundary`)."""
    stored_files = []
    for _, path in each_file(data, "captures"):
        try:
            stored_files.append(read_file(path, "captures"))
        except (OSError, ValueError, ArrowException):
            continue  # a damaged captures file: `verify` reports it
    damage = damage + _cut_at_a_record_boundary(data, damage, stored_files)
    if not damage:
        return []
    by_file: dict[str, list[Damage]] = {}
    for spot in damage:
        by_file.setdefault(spot.warc_file, []).append(spot)
    marked: list[Row] = []
    hit: set[Damage] = set()
    for stored in stored_files:
        names = stored.column("warc_file").to_pylist()
        offsets = stored.column("warc_offset").to_pylist()
        rows = None
        for index, (name, offset) in enumerate(zip(names, offsets, strict=True)):
            for spot in by_file.get(name, ()):
                if spot.offset <= offset and (spot.tail or offset < spot.offset + spot.length):
                    rows = rows if rows is not None else stored.to_pylist()
                    marked.append({**rows[index], "damage": spot.reason})
                    hit.add(spot)
    # a damaged record whose own headers are unreadable is named by its captures row
    ids: dict[tuple[str, int], str] = {}
    for row in marked:
        ids.setdefault((row["warc_file"], row["warc_offset"]), row["warc_record_id"])
    stats.damage = [
        spot if spot.record_id else replace(spot, record_id=ids.get((spot.warc_file, spot.offset), ""))
        for spot in damage
        if not spot.tail or spot in hit
    ]
    stats.damaged_captures = marked
    return marked


def _cut_at_a_record_boundary(data: DataDir, damage: list[Damage], stored_files: list[pa.Table]) -> list[Damage]:
    """A tail for each WARC file that ends before records its captures rows point to, where the reader found no
    torn record (the cut fell between two gzip members, or took the whole file). Raw is written before rows, so
    a file being written can only be longer than its rows say, never shorter."""
    torn = {spot.warc_file for spot in damage if spot.tail}
    sizes: dict[str, int | None] = {}
    ends: dict[str, tuple[int, int]] = {}  # file -> (its size, where its last committed record should end)
    for stored in stored_files:
        columns = (stored.column(c).to_pylist() for c in ("warc_file", "warc_offset", "warc_length"))
        for name, offset, length in zip(*columns, strict=True):
            if name in torn or offset is None:
                continue
            if name not in sizes:
                path = data.root / name
                sizes[name] = path.stat().st_size if path.is_file() else None  # a missing file is not a cut
            size = sizes[name]
            if size is not None and offset >= size:
                ends[name] = (size, max(ends.get(name, (size, 0))[1], offset + length))
    return [
        Damage(
            name,
            size,
            end - size,
            "",
            f"file cut short between two records (its committed records run to byte {end})",
            True,
        )
        for name, (size, end) in sorted(ends.items())
    ]
