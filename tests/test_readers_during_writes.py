"""Readers during writes (issue 17 case 6, issue 16 item 4): the views never hit a vanished file, and the
natural glob never sees a half-built partition version."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import duckdb

from archive import maintenance, partition, retention, snapshots
from archive.reader import connect
from scraper.ingest import ingest_capture
from tests.archive_helpers import Release, build, capture_of, ingest, release_html, sample_releases

RELEASES = 8


def test_the_natural_glob_reads_exactly_the_committed_rows_while_a_version_is_built(tmp_path, monkeypatch):
    data = build(tmp_path, count=RELEASES)
    glob = str(data.dataset("facts") / "**" / "*.parquet")
    committed = connect(data).execute("SELECT count(*) FROM facts").fetchone()[0]
    seen = []
    real_swap = partition.swap_in

    def read_then_swap(staging, target, retired):
        if "facts" in str(target):
            with duckdb.connect() as db:
                seen.append(
                    db.execute(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning = true)").fetchone()[0]
                )
                seen.append(db.execute(f"SELECT count(*) FROM read_parquet('{glob}')").fetchone()[0])
        real_swap(staging, target, retired)

    monkeypatch.setattr(partition, "swap_in", read_then_swap)
    _revise(data, 2)  # a crawl that revises every release: each facts partition is rebuilt and swapped
    assert seen and set(seen) == {committed}


def _revise(data, run: int) -> None:
    """A crawl that adds one revised version of each release (so compaction has files to merge)."""
    captures = []
    for release in sample_releases(RELEASES):
        revised = Release(
            release.year,
            release.month,
            round(release.exports + run / 10, 1),
            release.exports_yoy,
            release.imports,
            release.chips,
            release.chips_yoy,
        )
        captures.append(capture_of(release, f"run{run}", datetime(2026, 1, 5 + run, tzinfo=UTC), release_html(revised)))
    ingest(data, captures, f"run{run}")


def snapshot_sql(data) -> tuple[str, str]:
    """The plain-DuckDB read docs/archive.md gives for reading during writes (as the benchmark types it)."""
    first, second = (sql.replace("ictarchive-data", str(data.root)) for sql in snapshots.READ_SQL)
    return first, second


def test_readers_in_a_loop_never_fail_during_reparses_and_compactions(tmp_path):
    """Through the views and through the documented snapshot glob (plain DuckDB, no ictarchive code)."""
    data = build(tmp_path, count=RELEASES)
    expected = connect(data).execute("SELECT count(*) FROM facts").fetchone()[0]
    failures: list[str] = []
    counts: dict[str, list[int]] = {"views": [], "snapshot": []}
    stop = threading.Event()
    pointer, glob = snapshot_sql(data)

    def read_loop(how: str):
        while not stop.is_set():
            try:
                if how == "views":
                    with connect(data) as db:
                        time.sleep(0.005)  # a writer may swap partitions between binding and scanning
                        counts[how].append(db.execute("SELECT count(*) FROM facts").fetchone()[0])
                        db.execute("SELECT count(*) FROM series").fetchone()
                else:
                    with duckdb.connect() as db:
                        db.execute(pointer)
                        time.sleep(0.005)  # a writer may publish a newer snapshot before the glob is read
                        counts[how].append(db.execute(glob).fetchone()[0])
            except duckdb.Error as exc:
                failures.append(f"{how}: {str(exc).splitlines()[0]}")

    readers = [threading.Thread(target=read_loop, args=(how,)) for how in ("views", "snapshot", "views")]
    for reader in readers:
        reader.start()
    try:
        for run in range(2, 5):
            _revise(data, run)
            maintenance.compact(data, f"compact{run}")
            maintenance.reparse(data, f"reparse{run}", ingest_capture)
    finally:
        stop.set()
        for reader in readers:
            reader.join()
    assert min(len(seen) for seen in counts.values()) > 20, "the readers really ran during the writes"
    assert failures == []
    assert set(counts["views"]) | set(counts["snapshot"]) == {expected}, "never a half-written or doubled partition"


def test_a_snapshot_holds_the_committed_files_and_outlives_its_successor_by_the_grace_period(tmp_path):
    data = build(tmp_path, count=2)
    first = snapshots.current(data)
    assert first is not None and snapshots.publish(data) is None, "nothing new committed: no new snapshot"
    pointer, glob = snapshot_sql(data)
    with duckdb.connect() as db:
        db.execute(pointer)
        assert db.execute(glob).fetchone()[0] == connect(data).execute("SELECT count(*) FROM facts").fetchone()[0]
    _revise(data, 2)  # every facts partition rewritten: a new snapshot, the old one kept for its readers
    second = snapshots.current(data)
    assert second is not None and second != first and first.is_dir()
    assert sorted(p.name for p in second.rglob("*.parquet")) == sorted(
        p.name for p in data.root.glob("*/year=*/**/*.parquet")
    ), "the snapshot holds exactly the committed files"
    assert snapshots.vacuum(data) == 0, "not before the grace period"
    assert snapshots.vacuum(data, now=time.time() + retention.GRACE_SECONDS + 1) == 1
    assert not first.exists() and second.is_dir(), "the current snapshot is never removed"
    orphan = second.with_name(f"{int(second.name) + 1:08d}")  # a writer killed before it named it in CURRENT
    orphan.mkdir()
    assert snapshots.vacuum(data) == 1 and not orphan.exists() and second.is_dir()


def test_the_documented_snapshot_read_is_the_one_tested():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "archive.md").read_text()
    assert all(" ".join(sql.split()) in " ".join(doc.split()) for sql in snapshots.READ_SQL)


def test_retired_files_outlive_the_grace_period_only(tmp_path):
    data = build(tmp_path, count=2)
    before = {p.name for _, p in _files(data)}
    _revise(data, 2)  # every facts partition rewritten: the old files are retired
    committed = connect(data).execute("SELECT count(*) FROM facts").fetchone()[0]
    retained = {p.name for p in data.versions.rglob("*.parquet")}
    assert before <= retained, "retired files stay readable"
    assert retention.vacuum(data) == 0, "not before the grace period"
    assert retention.vacuum(data, grace=0) == 0, "not while a snapshot a reader may be reading holds them"
    assert snapshots.vacuum(data, grace=0) == 1
    assert retention.vacuum(data, grace=0) >= len(before)
    after = {p.name for _, p in _files(data)}
    assert after <= {p.name for p in data.versions.rglob("*.parquet")}, "committed files are never vacuumed"
    assert connect(data).execute("SELECT count(*) FROM facts").fetchone()[0] == committed


def _files(data):
    from archive.writer import each_file

    return list(each_file(data, "facts"))
