"""Batches of rows -> partition upserts, plus the bookkeeping that keeps raw/ and Parquet in step.

A WARC file is marked ingested (`<file>.ingested`) only after every row built from it is committed, so a
writer killed between the raw write and the Parquet commit is caught up by the next writer
(`recover`), which re-ingests those captures; upserts make that repetition harmless.

A row whose partition no writer may make (a page dated 1900-01-05 gives facts for 1899) is left out and
counted (`WriteStats.rejected`) with a warning: one such page must not stop a run, nor, through recovery,
every run after it.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from archive import derived, partition, schema
from archive.layout import DataDir, valid_partition
from archive.raw import Damage, read_warc, warc_files
from archive.rows import Ingest, Ingested, partition_of
from archive.schema import Row

PARTITION_FIELDS = pa.schema([("year", pa.int32()), ("month", pa.int32())])
LOG = logging.getLogger(__name__)


@dataclass
class WriteStats:
    added: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    replaced: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    deleted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    unchanged: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    rejected: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # rows with impossible dates
    partitions_written: int = 0
    damage: list[Damage] = field(default_factory=list)  # unreadable WARC stretches that held committed records
    damaged_captures: list[Row] = field(default_factory=list)  # their captures rows, marked
    refetch: set[tuple[str, str]] = field(default_factory=set)  # (source, canonical URL) with no readable capture
    damaged: list[str] = field(default_factory=list)  # partitions left as they were: a stored file is unreadable

    def note_damage(self, error: partition.DamagedPartition) -> None:
        message = str(error)
        if message not in self.damaged:
            self.damaged.append(message)
            LOG.error("%s", message)

    def record(self, change: partition.PartitionChange) -> None:
        self.added[change.dataset] += change.rows_added
        self.replaced[change.dataset] += change.rows_replaced
        self.deleted[change.dataset] += change.rows_deleted
        self.unchanged[change.dataset] += change.rows_unchanged
        self.partitions_written += int(change.changed)


def group_by_partition(
    dataset: str, rows: Iterable[Row], stats: WriteStats | None = None
) -> dict[tuple[int, int], list[Row]]:
    """Rows by (year, month) partition; rows whose date gives an impossible partition are left out, counted
    in `stats.rejected` and logged (they are still in raw/, and reparse sees them again)."""
    grouped: dict[tuple[int, int], list[Row]] = defaultdict(list)
    rejected = []
    for row in rows:
        try:
            key = partition_of(dataset, row)
        except (TypeError, ValueError, AttributeError):
            key = None
        if key is None or not valid_partition(*key):
            rejected.append(row)
            continue
        grouped[key].append(row)
    if rejected:
        if stats is not None:
            stats.rejected[dataset] += len(rejected)
        sample = rejected[0]
        LOG.warning(
            "%d %s rows left out: their dates give no possible partition (e.g. %s of %s, published %s)",
            len(rejected),
            dataset,
            sample.get("period") or sample.get("published_date"),
            sample.get("url"),
            sample.get("published_date"),
        )
    return grouped


class ArchiveWriter:
    """Collects rows and commits them partition by partition (call under the writer lock)."""

    def __init__(self, data: DataDir, run_id: str, batch_rows: int = 20_000):
        self.data = data
        self.run_id = run_id
        self.batch_rows = batch_rows
        self.stats = WriteStats()
        self._rows: dict[str, list[Row]] = defaultdict(list)
        self._article_ids: set[str] | None = None  # see _stored_article_ids

    def add(self, ingested: Ingested) -> None:
        self._rows["captures"].append(ingested.capture)
        if ingested.article is not None:
            self._rows["articles"].append(ingested.article)
            self._rows["facts"].extend(ingested.facts)
        if sum(len(rows) for rows in self._rows.values()) >= self.batch_rows:
            self.flush()

    def add_rows(self, dataset: str, rows: Iterable[Row]) -> None:
        """Stream rows in; memory stays bounded by `batch_rows` however many there are."""
        buffer = self._rows[dataset]
        for row in rows:
            buffer.append(row)
            if len(buffer) >= self.batch_rows:
                self.flush()
                buffer = self._rows[dataset]

    def flush(self) -> WriteStats:
        rows, self._rows = self._rows, defaultdict(list)
        stale = self._stale_facts(rows.get("articles", []), rows.get("facts", []))
        for dataset in ("captures", "articles", "facts"):
            by_partition = group_by_partition(dataset, rows.get(dataset, []), self.stats)
            if dataset == "facts":
                for key in stale:
                    by_partition.setdefault(key, [])
            for (year, month), part_rows in sorted(by_partition.items()):
                table = schema.to_table(dataset, part_rows)
                delete = stale.get((year, month)) if dataset == "facts" else None
                try:
                    self.stats.record(partition.upsert(self.data, dataset, year, month, table, self.run_id, delete))
                except partition.DamagedPartition as error:  # the rest of the archive goes on being written
                    self.stats.note_damage(error)
        return self.stats

    def finish(self) -> WriteStats:
        """The last flush of a session, then the stored series brought up to date (once, not per batch)."""
        self.flush()
        derived.refresh(self.data)
        return self.stats

    def _stale_facts(self, articles: list[Row], facts: list[Row]) -> dict[tuple[int, int], set[partition.Key]]:
        """Facts stored for an article that its newest version no longer states (they must go).

        Only an article the archive already holds can have such facts; the set of stored article ids is read
        once per writer (see `_stored_article_ids`), so a batch of new articles costs no reading at all."""
        if not articles:
            return {}
        stored_ids = self._stored_article_ids()
        known = {row["article_id"] for row in articles} & stored_ids
        stored_ids.update(row["article_id"] for row in articles)
        if not known:
            return {}
        keep = {row["fact_id"] for row in facts}
        wanted = pa.array(sorted(known), pa.string())
        stale: dict[tuple[int, int], set[partition.Key]] = defaultdict(set)
        for (year, month), path in each_file(self.data, "facts"):
            try:
                stored = partition.read_checked(self.data, "facts", year, month, path, ["fact_id", "article_id"])
            except partition.DamagedPartition as error:
                self.stats.note_damage(error)
                continue
            hits = stored.filter(pc.is_in(stored.column("article_id"), value_set=wanted))
            for fact_id in hits.column("fact_id").to_pylist():
                if fact_id not in keep:
                    stale[(year, month)].add((fact_id,))
        return dict(stale)

    def _stored_article_ids(self) -> set[str]:
        """Every article id in the archive, read on first use and kept up to date with what this writer adds.

        Read file by file: a pyarrow dataset scan over hundreds of small files holds on to ~100 MB of native
        memory per scan and more with every repeat, which made a crawl's memory grow with the archive."""
        if self._article_ids is None:
            self._article_ids = set()
            for (year, month), path in each_file(self.data, "articles"):
                try:
                    stored = partition.read_checked(self.data, "articles", year, month, path, ["article_id"])
                except partition.DamagedPartition as error:
                    self.stats.note_damage(error)
                    continue
                self._article_ids.update(stored.column(0).to_pylist())
        return self._article_ids


def each_file(data: DataDir, dataset: str) -> Iterator[tuple[tuple[int, int], Path]]:
    """Every data file of a dataset with its partition, one at a time."""
    for year, month in data.partitions(dataset):
        for path in data.files(dataset, year, month):
            yield (year, month), path


def ingested_marker(path: Path) -> Path:
    return path.with_name(path.name + ".ingested")


def mark_ingested(path: Path) -> None:
    ingested_marker(path).write_text(datetime.now(UTC).isoformat())


def recover(
    data: DataDir, run_id: str, ingest: Ingest, skip: Iterable[Path] = (), damaged: list[str] | None = None
) -> int:
    """Ingest every WARC file not yet marked ingested (left by a killed writer) with `ingest` (the crawl's own
    `scraper.ingest.ingest_capture`); returns captures read. Partitions found damaged on the way are appended to
    `damaged` (their rows stay in raw/)."""
    skipped = {Path(p).resolve() for p in skip}
    count = 0
    for path in warc_files(data.raw):
        if ingested_marker(path).exists() or path.resolve() in skipped:
            continue
        writer = ArchiveWriter(data, run_id)
        for capture in read_warc(path, data.root):
            writer.add(ingest(capture))
            count += 1
        writer.finish()
        if damaged is not None:
            damaged.extend(m for m in writer.stats.damaged if m not in damaged)
        mark_ingested(path)
    return count
