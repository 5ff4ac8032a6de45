"""Jobs over a whole archive: compaction and re-parsing from raw/ (call under the writer lock)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from archive import derived, partition, schema
from archive.layout import DataDir
from archive.raw import read_warc, warc_files
from archive.rows import Ingest, Ingested
from archive.schema import Row
from archive.writer import WriteStats, group_by_partition, mark_ingested
from scraper.months import Month


@dataclass
class CompactStats:
    partitions: int = 0
    files_before: int = 0
    files_after: int = 0


Progress = Callable[[str], None]  # told what is being done, e.g. "facts 2024-05 (12/240)"


def _quiet(_: str) -> None:
    return None


def compact(data: DataDir, run_id: str, datasets: tuple[str, ...] = tuple(schema.DATASETS),
            progress: Progress = _quiet) -> CompactStats:
    """Merge each partition's files into one (rows unchanged), one partition at a time."""
    stats = CompactStats()
    for dataset in datasets:
        partitions = data.partitions(dataset)
        for number, (year, month) in enumerate(partitions, 1):
            progress(f"compact {dataset} {year}-{month:02d} ({number}/{len(partitions)})")
            files = data.files(dataset, year, month)
            stats.files_before += len(files)
            if len(files) > 1:
                table = partition.read_partition(data, dataset, year, month)
                partition.replace(data, dataset, year, month, table, run_id, {"compacted_from": len(files)})
                stats.partitions += 1
            stats.files_after += len(data.files(dataset, year, month))
    derived.refresh(data)
    return stats


def _in_range(month: tuple[int, int], first: Month | None, last: Month | None) -> bool:
    return (first is None or month >= first) and (last is None or month <= last)


def reparse(data: DataDir, run_id: str, ingest: Ingest, first: Month | None = None, last: Month | None = None,
            progress: Progress = _quiet) -> WriteStats:
    """Rebuild `articles` and `facts` from raw/ with `ingest` (the current cleaner and parser:
    `scraper.ingest.ingest_capture`).

    Every partition in [first, last] is replaced by exactly what the captures give now (a partition
    that no longer gets rows is removed); partitions outside the range are left alone. Facts come from
    each article's newest capture only, as in the crawl. No network access: raw/ is the only input.
    """
    versions: dict[tuple[str, str], Row] = {}  # (article_id, text_sha256) -> article row
    newest: dict[str, Ingested] = {}  # article_id -> the newest capture's result
    captures: list[Row] = []
    paths = warc_files(data.raw)
    for number, path in enumerate(paths, 1):
        progress(f"reparse: reading {path.name} ({number}/{len(paths)} WARC files)")
        for capture in read_warc(path, data.root):
            result = ingest(capture)
            captures.append(result.capture)
            if result.article is None:
                continue
            article = result.article
            versions[(article["article_id"], article["text_sha256"])] = article
            current = newest.get(article["article_id"])
            if current is None or current.article is None or article["fetched_at"] >= current.article["fetched_at"]:
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
        for number, (year, month) in enumerate(sorted(targets), 1):
            progress(f"reparse: writing {dataset} {year}-{month:02d} ({number}/{len(targets)})")
            table = schema.to_table(dataset, by_partition.get((year, month), []))
            stats.record(partition.replace(data, dataset, year, month, table, run_id, {"reparse": True}))
    by_capture_partition = group_by_partition("captures", captures, stats)
    for (year, month), capture_rows in sorted(by_capture_partition.items()):
        table = schema.to_table("captures", capture_rows)
        stats.record(partition.upsert(data, "captures", year, month, table, run_id))
    for path in warc_files(data.raw):
        mark_ingested(path)
    derived.refresh(data)
    return stats
