"""Change one partition (a `year=Y/month=M` directory) atomically and idempotently.

Each key lives in exactly one file. An upsert hard-links the untouched files into a new version of the
directory, rewrites only the files whose rows changed, puts rows with new keys in one new file, and
swaps the directory into place (see `fsops`). A row equal to the stored one except for volatile
columns (run id, fetch time) is not a change, so repeating a write changes nothing at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from archive import schema as sch
from archive.fsops import fsync_dir, link_or_copy, swap_in
from archive.layout import DataDir
from archive.retention import retain, retained_path, vacuum
from archive.schema import Row

Key = tuple[Any, ...]  # a row's key columns, in KEYS order


class DamagedPartition(Exception):
    """A stored file of the partition cannot be read (truncated, flipped bits): the partition is left as it is
    and reported; `ictarchive verify --repair` rebuilds it from raw/."""

    def __init__(self, dataset: str, year: int, month: int, path: Path, cause: BaseException):
        self.dataset, self.year, self.month, self.path = dataset, year, month, path
        reason = str(cause).splitlines()[0][:160] if str(cause) else type(cause).__name__
        super().__init__(
            f"{dataset} {year}-{month:02d} is damaged ({path.name}: {reason}); its new rows wait in "
            "raw/ for `ictarchive verify --repair`"
        )


def read_checked(
    data: DataDir, dataset: str, year: int, month: int, path: Path, columns: list[str] | None = None
) -> pa.Table:
    """`read_file`, with any failure to read turned into DamagedPartition naming the partition."""
    try:
        return read_file(path, dataset, columns)
    except (OSError, pa.ArrowException, ValueError) as exc:
        raise DamagedPartition(dataset, year, month, path, exc) from exc


@dataclass
class PartitionChange:
    dataset: str
    year: int
    month: int
    rows_added: int = 0
    rows_replaced: int = 0
    rows_deleted: int = 0
    rows_unchanged: int = 0
    files_written: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.rows_added or self.rows_replaced or self.rows_deleted)


def keys_of(dataset: str, table: pa.Table) -> list[Key]:
    columns = [table.column(name).to_pylist() for name in sch.KEYS[dataset]]
    return list(zip(*columns, strict=True))


def _content(dataset: str, row: Row) -> Row:
    volatile = sch.VOLATILE[dataset]
    return {name: value for name, value in row.items() if name not in volatile}


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write one file durably (fsync), in the format both Spark and DuckDB read as is."""
    pq.write_table(
        table,
        path,
        compression="zstd",
        use_dictionary=True,
        write_statistics=True,
        coerce_timestamps="us",
        allow_truncated_timestamps=False,
        row_group_size=128 * 1024,
        write_page_checksum=True,
    )
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def read_file(path: Path, dataset: str, columns: list[str] | None = None) -> pa.Table:
    """One data file, its page checksums verified (a flipped bit is an error here, never a figure)."""
    return pq.read_table(
        path,
        columns=columns,
        schema=sch.DATASETS[dataset] if columns is None else None,
        page_checksum_verification=True,
    )


def _dedupe_last(dataset: str, table: pa.Table) -> pa.Table:
    """Keep the last row of each key within one batch (the newest one wins)."""
    keys = keys_of(dataset, table)
    last = {key: index for index, key in enumerate(keys)}
    if len(last) == len(keys):
        return table
    return table.take(sorted(last.values()))


def _new_name(run_id: str) -> str:
    return f"part-{run_id}-{uuid.uuid4().hex[:8]}.parquet"


def commit(
    data: DataDir,
    dataset: str,
    year: int,
    month: int,
    keep: Iterable[Path],
    new_tables: list[pa.Table],
    run_id: str,
    note: dict[str, Any],
) -> list[str]:
    """Build the partition's next version in `DATA/.staging` (`keep` hard-linked, `new_tables` written), swap
    it in. Every file also gets its `.versions` twin, which outlives the swap for readers (`retention`)."""
    target = data.partition(dataset, year, month)
    target.parent.mkdir(parents=True, exist_ok=True)
    data.staging.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex[:10]
    staging = data.staging / f"_stage-{dataset}-{year}-{month}-{token}"
    retired = data.staging / f"_retired-{dataset}-{year}-{month}-{token}"
    staging.mkdir()
    names: list[str] = []
    written: list[str] = []
    current = staging
    try:
        for path in keep:
            current = staging / path.name
            link_or_copy(path, current)
            retain(path, retained_path(data, target / path.name))
            names.append(path.name)
        for table in new_tables:
            if len(table) == 0:
                continue
            name = _new_name(run_id)
            current = staging / name
            write_parquet(table, current)
            retain(current, retained_path(data, target / name))
            names.append(name)
            written.append(name)
        columns = {
            **{name: n for name, n in read_manifest(target).get("columns", {}).items() if name in names},
            **{name: len(sch.DATASETS[dataset]) for name in written},
        }
        manifest = {
            "dataset": dataset,
            "year": year,
            "month": month,
            "run_id": run_id,
            "files": sorted(names),
            "sha256": {name: file_sha256(staging / name) for name in sorted(names)},
            "columns": columns,
            **note,
        }
        current = staging / "_manifest.json"
        current.write_text(json.dumps(manifest, indent=1))
        fsync_dir(staging)
    except OSError as exc:
        # a full disk (or any failed write) leaves the partition as it was: the half-built version goes at once
        # (a killed writer's is swept by the next one), and the error names the file it was writing
        shutil.rmtree(staging, ignore_errors=True)
        if exc.filename is None:
            exc.filename = str(current)
        raise
    if not names:  # the partition became empty: remove it rather than leave an empty directory
        shutil.rmtree(staging)
        if target.exists():
            os.rename(target, retired)
            shutil.rmtree(retired, ignore_errors=True)
        return written
    swap_in(staging, target, retired)
    shutil.rmtree(retired, ignore_errors=True)  # its files live on in .versions for the grace period
    return written


def read_manifest(directory: Path) -> dict[str, Any]:
    """A partition's manifest (`_manifest.json`): its files, their content hashes and column counts (the
    schema version each was written with); {} when there is none or it cannot be read."""
    try:
        manifest: dict[str, Any] = json.loads((directory / "_manifest.json").read_text())
        return manifest
    except (OSError, ValueError):
        return {}


def file_sha256(path: Path) -> str:
    """The content hash a partition's manifest records for each of its files (checked by `verify`)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def upsert(
    data: DataDir, dataset: str, year: int, month: int, incoming: pa.Table, run_id: str, delete: set[Key] | None = None
) -> PartitionChange:
    """Insert rows with new keys, replace rows whose content changed, delete `delete` keys."""
    change = PartitionChange(dataset, year, month)
    incoming = _dedupe_last(dataset, sch.conform(dataset, incoming))
    delete = set(delete or ())
    incoming_keys = keys_of(dataset, incoming)
    pending = dict(zip(incoming_keys, range(len(incoming_keys)), strict=True))
    incoming_rows: list[Row] | None = None
    keep: list[Path] = []
    rewritten: list[pa.Table] = []
    for path in data.files(dataset, year, month):
        stored_keys = keys_of(dataset, read_checked(data, dataset, year, month, path, list(sch.KEYS[dataset])))
        touched = [i for i, key in enumerate(stored_keys) if key in pending or key in delete]
        if not touched:
            keep.append(path)
            continue
        if incoming_rows is None:
            incoming_rows = incoming.to_pylist()
        stored = read_checked(data, dataset, year, month, path)
        stored_rows = stored.take(touched).to_pylist()
        replacements: dict[int, int] = {}  # stored row index -> incoming row index
        dropped: list[int] = []
        for row_index, row in zip(touched, stored_rows, strict=True):
            key = stored_keys[row_index]
            if key in pending:
                new_index = pending.pop(key)
                if _content(dataset, incoming_rows[new_index]) == _content(dataset, row):
                    change.rows_unchanged += 1
                else:
                    replacements[row_index] = new_index
            elif key in delete:
                dropped.append(row_index)
        if not replacements and not dropped:
            keep.append(path)
            continue
        change.rows_replaced += len(replacements)
        change.rows_deleted += len(dropped)
        gone = set(replacements) | set(dropped)
        mask = pa.array([i not in gone for i in range(len(stored))])
        parts = [stored.filter(mask)]
        if replacements:
            parts.append(incoming.take(sorted(replacements.values())))
        rewritten.append(pa.concat_tables(parts))
    if pending:
        change.rows_added = len(pending)
        rewritten.append(incoming.take(sorted(pending.values())))
    if not change.changed:
        return change
    note = {"rows_added": change.rows_added, "rows_replaced": change.rows_replaced, "rows_deleted": change.rows_deleted}
    change.files_written = commit(data, dataset, year, month, keep, rewritten, run_id, note)
    return change


def replace(
    data: DataDir, dataset: str, year: int, month: int, table: pa.Table, run_id: str, note: dict[str, Any] | None = None
) -> PartitionChange:
    """Make the partition hold exactly `table` (one file), as reparse and compaction do; a partition that
    already holds the same rows (volatile columns aside) is left alone: no new file, no swap for readers."""
    change = PartitionChange(dataset, year, month)
    table = _dedupe_last(dataset, sch.conform(dataset, table))
    if _holds(data, dataset, year, month, table):
        change.rows_unchanged = len(table)
        return change
    change.rows_added = len(table)
    change.files_written = commit(data, dataset, year, month, [], [table], run_id, note or {"replace": True})
    return change


def _holds(data: DataDir, dataset: str, year: int, month: int, table: pa.Table) -> bool:
    """Whether the partition's files hold exactly these rows, in one file (compaction must still merge)."""
    files = data.files(dataset, year, month)
    if len(files) != 1:
        return not files and len(table) == 0
    try:
        stored = read_file(files[0], dataset)
    except (OSError, pa.ArrowException, ValueError):
        return False  # a damaged file: the new version replaces it
    if len(stored) != len(table):
        return False
    wanted = {key: _content(dataset, row) for key, row in zip(keys_of(dataset, table), table.to_pylist(), strict=True)}
    return all(
        wanted.get(key) == _content(dataset, row)
        for key, row in zip(keys_of(dataset, stored), stored.to_pylist(), strict=True)
    )


def read_partition(data: DataDir, dataset: str, year: int, month: int) -> pa.Table:
    files = data.files(dataset, year, month)
    if not files:
        return sch.DATASETS[dataset].empty_table()
    return pa.concat_tables([read_checked(data, dataset, year, month, path) for path in files])


def sweep(data: DataDir) -> int:
    """Remove what a killed writer left behind (`_stage-*`, `_retired-*` in `.staging`, or inside the dataset
    trees where older versions built them) and retained files past their grace period; run under the writer
    lock."""
    removed = 0
    if data.staging.is_dir():
        for leftover in data.staging.iterdir():
            shutil.rmtree(leftover, ignore_errors=True)
            removed += 1
    for dataset in sch.DATASETS:
        base = data.dataset(dataset)
        if not base.is_dir():
            continue
        for year_dir in base.glob("year=*"):
            for leftover in year_dir.glob("_*-month=*"):
                shutil.rmtree(leftover, ignore_errors=True)
                removed += 1
    vacuum(data)
    return removed


def count_matching(table: pa.Table, column: str, values: list[Any]) -> int:
    return int(pc.sum(pc.is_in(table.column(column), value_set=pa.array(values))).as_py() or 0)
