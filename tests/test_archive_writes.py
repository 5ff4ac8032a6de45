"""Writes: idempotent, versioned, atomic per partition, one writer at a time."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime

import pyarrow.parquet as pq
import pytest

from archive import maintenance, partition
from archive.layout import DataDir
from archive.lock import ArchiveBusy, WriterLock
from archive.raw import RawWriter
from archive.reader import connect
from archive.writer import ArchiveWriter
from scraper.ingest import ingest_capture
from tests.archive_helpers import Release, build, capture_of, ingest, release_html, sample_releases


def counts(data: DataDir) -> dict[str, int]:
    connection = connect(data)
    return {
        name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        for name in ("captures", "articles", "facts")
    }


def files(data: DataDir) -> list[str]:
    return sorted(str(p.relative_to(data.root)) for p in data.root.glob("*/year=*/month=*/*.parquet"))


def test_ingesting_the_same_pages_again_changes_nothing(tmp_path):
    data = build(tmp_path, count=4, run_id="run1")
    before_counts, before_files = counts(data), files(data)
    releases = sample_releases(4)
    # a second run: new WARC records for the same pages (a re-crawl) ...
    ingest(data, [capture_of(r, "run2", datetime(2026, 2, 1, tzinfo=UTC)) for r in releases], "run2")
    after = counts(data)
    assert after["articles"] == before_counts["articles"]
    assert after["facts"] == before_counts["facts"]
    assert after["captures"] == before_counts["captures"] + 4  # every response is indexed
    # ... and re-ingesting the very same WARC records (recovery, reparse) adds no capture rows either
    article_files = [f for f in files(data) if not f.startswith("captures")]
    assert article_files == [f for f in before_files if not f.startswith("captures")]
    connection = connect(data)
    duplicates = connection.execute("SELECT count(*) FROM (SELECT fact_id FROM facts GROUP BY 1 HAVING count(*) > 1)")
    assert duplicates.fetchone()[0] == 0


def test_a_revised_article_is_a_new_version_and_replaces_its_facts(tmp_path):
    data = build(tmp_path, count=2)
    first = sample_releases(2)[0]
    revised = Release(
        first.year,
        first.month,
        exports=first.exports + 0.5,
        exports_yoy=first.exports_yoy,
        imports=first.imports,
        chips=first.chips,
        chips_yoy=first.chips_yoy,
    )
    # the revised page also drops the semiconductor sentence: that fact must leave the archive
    html = release_html(revised).replace(b"<p>Exports of semiconductors", b"<p hidden>").split(b"<p hidden>")[0]
    html += b"</article></body></html>"
    ingest(data, [capture_of(first, "run2", datetime(2026, 3, 1, tzinfo=UTC), html=html)], "run2")
    connection = connect(data)
    period = f"{first.year}-{first.month:02d}"
    versions = connection.execute(
        "SELECT count(*) FROM articles WHERE canonical_url LIKE ?", [f"%/{first.seq}/view"]
    ).fetchone()[0]
    assert versions == 2
    rows = dict(
        connection.execute("SELECT item || '/' || flow, value_usd FROM facts WHERE period = ?", [period]).fetchall()
    )
    assert rows["ict/export"] == pytest.approx((first.exports + 0.5) * 1e9)
    assert "semiconductors/export" not in rows
    assert connection.execute("SELECT count(*) FROM facts").fetchone()[0] == 4 + 3


def test_a_revision_later_in_the_same_session_also_replaces_its_facts(tmp_path):
    """The writer reads the stored article ids once; articles it commits itself must count as stored too."""
    data = DataDir(tmp_path / "data")
    first = sample_releases(1)[0]
    html = release_html(first).replace(b"<p>Exports of semiconductors", b"<p hidden>").split(b"<p hidden>")[0]
    html += b"</article></body></html>"
    path = data.warc_path("motie_en", "run1")
    writer = ArchiveWriter(data, "run1")
    with RawWriter(path, data.root) as raw:
        writer.add(ingest_capture(raw.write(capture_of(first, "run1", datetime(2026, 2, 1, tzinfo=UTC)))))
        writer.flush()  # the first version is stored before the revision arrives
        writer.add(ingest_capture(raw.write(capture_of(first, "run1", datetime(2026, 2, 2, tzinfo=UTC), html=html))))
    writer.finish()
    connection = connect(data)
    items = {row[0] for row in connection.execute("SELECT item FROM facts").fetchall()}
    assert "ict" in items and "semiconductors" not in items
    assert writer.stats.deleted["facts"] >= 1


def test_compaction_leaves_one_file_per_partition_and_the_same_rows(tmp_path):
    data = build(tmp_path, count=3, run_id="run1")
    more = Release(2023, 7, 17.0, -3.5, 10.2, 9.1, 2.5)
    other_url = release_html(more).replace(b"ICT imports", b"Imports of ICT goods")
    capture = capture_of(more, "run2", html=other_url)
    capture = type(capture)(
        **{
            **capture.__dict__,
            "url": capture.url + "?x=1",
            "canonical_url": capture.canonical_url.replace("/view", "/view2"),
        }
    )
    ingest(data, [capture], "run2")
    assert any(len(data.files("articles", y, m)) > 1 for y, m in data.partitions("articles"))
    before = connect(data).execute("SELECT fact_id, value_usd FROM facts ORDER BY 1").fetchall()
    stats = maintenance.compact(data, "compact1")
    assert stats.partitions >= 1
    for name in ("captures", "articles", "facts"):
        for year, month in data.partitions(name):
            assert len(data.files(name, year, month)) == 1
    assert connect(data).execute("SELECT fact_id, value_usd FROM facts ORDER BY 1").fetchall() == before


def test_readers_ignore_a_half_built_partition_and_sweep_removes_it(tmp_path):
    data = build(tmp_path, count=2)
    year, month = data.partitions("facts")[0]
    leftover = data.year_dir("facts", year) / f"_stage-month={month}-dead"
    leftover.mkdir()
    source = data.files("facts", year, month)[0]
    (leftover / source.name).write_bytes(source.read_bytes()[:100])  # a torn copy
    assert counts(data)["facts"] == 8
    import pyarrow.dataset as pads

    assert pads.dataset(data.dataset("facts"), format="parquet", partitioning="hive").count_rows() == 8
    assert partition.sweep(data) == 1 and not leftover.exists()


def test_reparse_rebuilds_the_same_rows_from_raw_alone(tmp_path):
    data = build(tmp_path, count=4)
    query = "SELECT fact_id, period, flow, item, value_usd, yoy_pct FROM facts ORDER BY 1"
    before = connect(data).execute(query).fetchall()
    for name in ("articles", "facts"):
        for path in data.dataset(name).glob("year=*/month=*/*.parquet"):
            path.unlink()
    maintenance.reparse(data, "reparse1", ingest_capture)
    assert connect(data).execute(query).fetchall() == before


def test_reparse_of_a_range_leaves_other_months_alone(tmp_path):
    data = build(tmp_path, count=4)
    untouched = {(y, m): [p.name for p in data.files("facts", y, m)] for y, m in data.partitions("facts")}
    shutil.rmtree(data.partition("facts", 2023, 9))  # lost: reparse of its month must bring it back
    maintenance.reparse(data, "reparse1", ingest_capture, first=(2023, 9), last=(2023, 9))
    for (year, month), names in untouched.items():
        now = [p.name for p in data.files("facts", year, month)]
        assert (now == names) == ((year, month) != (2023, 9))
        assert now, "every partition holds its facts"
    # a partition that already holds what raw/ gives is not rewritten (no swap under a reader's feet)
    again = [p.name for p in data.files("facts", 2023, 9)]
    maintenance.reparse(data, "reparse2", ingest_capture)
    assert [p.name for p in data.files("facts", 2023, 9)] == again


def test_a_second_writer_is_refused_with_a_clear_message(tmp_path):
    data = DataDir(tmp_path)
    with WriterLock(data.lock_file, "crawl"):
        with pytest.raises(ArchiveBusy, match="another ictarchive process is writing"):
            WriterLock(data.lock_file, "compact").acquire()
        result = subprocess.run(
            [sys.executable, "-m", "scraper.cli", "compact", "--data-dir", str(tmp_path)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 75
        assert "crawl, pid" in result.stderr and "Traceback" not in result.stderr
    WriterLock(data.lock_file, "compact").acquire().release()  # free again once the holder is gone


def test_parquet_files_hold_no_partition_columns(tmp_path):
    data = build(tmp_path, count=1)
    for path in data.root.glob("*/year=*/month=*/*.parquet"):
        assert not {"year", "month"} & set(pq.read_schema(path).names)
