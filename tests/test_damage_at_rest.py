"""Damage at rest in the Parquet files (issue 17 cases 4 and 5): detected, never laundered into a new file,
never a traceback, repaired from raw/ by `ictarchive verify --repair`."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pyarrow.parquet as pq
import pytest

from archive import maintenance, partition, retention, trust
from archive.reader import connect, damaged
from archive.writer import recover
from scraper.cli import main
from scraper.ingest import ingest_capture
from tests.archive_helpers import build, capture_of, ingest, sample_releases


def _exports(data) -> dict[str, float]:
    return dict(
        connect(data)
        .execute("SELECT period, value_usd FROM facts WHERE flow = 'export' AND item = 'ict' AND region = 'world'")
        .fetchall()
    )


def _flip_a_value(path) -> None:
    """Flip one bit inside the value_usd column's data page (as a failing disk would)."""
    meta = pq.ParquetFile(path).metadata
    index = meta.schema.to_arrow_schema().get_field_index("value_usd")
    column = meta.row_group(0).column(index)
    start = column.data_page_offset
    raw = bytearray(path.read_bytes())
    raw[start + column.total_compressed_size - 3] ^= 0x04
    path.write_bytes(bytes(raw))


def _flip_a_served_value(path) -> None:
    """Flip the first bit of the value_usd column chunk that a reader not checking page checksums reads back as
    another number without any error (as 77 of 184 single-bit flips did in issue 17)."""
    meta = pq.ParquetFile(path).metadata
    column = meta.row_group(0).column(meta.schema.to_arrow_schema().get_field_index("value_usd"))
    start = column.dictionary_page_offset or column.data_page_offset
    good = path.read_bytes()
    clean = pq.read_table(path, columns=["value_usd"]).column(0).to_pylist()
    for offset in range(start, start + column.total_compressed_size):
        raw = bytearray(good)
        raw[offset] ^= 0x04
        path.write_bytes(bytes(raw))
        try:
            if pq.read_table(path, columns=["value_usd"]).column(0).to_pylist() != clean:
                return
        except Exception:  # an error is not what this damage is about
            pass
    raise AssertionError("no single-bit flip changed a value")


@pytest.fixture
def archive(tmp_path):
    data = build(tmp_path, count=4)
    ingest(data, [capture_of(sample_releases(5)[4], "run2", datetime(2026, 2, 5, tzinfo=UTC))], "run2")
    return data


def test_a_flipped_bit_is_found_and_repaired_from_raw(archive, capsys):
    before = _exports(archive)
    year, month = archive.partitions("facts")[0]
    (path,) = archive.files("facts", year, month)
    _flip_a_value(path)
    assert main(["verify", "--data-dir", str(archive.root)]) == 1
    err = capsys.readouterr().err
    assert f"facts {year}-{month:02d}" in err and path.name in err
    assert main(["verify", "--repair", "--data-dir", str(archive.root)]) == 0
    err = capsys.readouterr().err
    assert "repaired: facts" in err and "rebuilt from raw/" in err
    assert _exports(archive) == before
    assert list((archive.root / ".quarantine").rglob("*.parquet")), "the damaged file is set aside, not deleted"
    assert main(["verify", "--data-dir", str(archive.root)]) == 0


def test_the_views_never_serve_a_flipped_bit(archive, capsys):
    """DuckDB does not check page checksums: the views check each file against its manifest instead."""
    before = _exports(archive)
    year, month = archive.partitions("facts")[0]
    (path,) = archive.files("facts", year, month)
    _flip_a_served_value(path)
    with connect(archive) as db:
        served = dict(
            db.execute(
                "SELECT period, value_usd FROM facts WHERE flow = 'export' AND item = 'ict' AND region = 'world'"
            ).fetchall()
        )
        notes = damaged(db)
    wrong = {period for period, value in served.items() if before.get(period) != value}
    assert wrong == set(), "no figure other than the stored one is ever served"
    (note,) = notes
    assert f"{year}-{month:02d}" not in served and len(served) == len(before) - 1, "the damaged month is left out"
    assert f"facts {year}-{month:02d}" in note and path.name in note and "verify --repair" in note
    sql = "SELECT value_usd FROM facts WHERE flow = 'export' AND item = 'ict' AND region = 'world'"
    assert main(["query", sql, "--data-dir", str(archive.root)]) == 1, "a partial answer is not a success"
    err = capsys.readouterr().err
    assert "damaged file" in err and "verify --repair" in err
    assert main(["verify", "--repair", "--data-dir", str(archive.root)]) == 0
    with connect(archive) as db:
        assert damaged(db) == []
    assert _exports(archive) == before


def test_readers_hash_a_file_once_until_it_changes(archive):
    connect(archive).close()  # hashes every file and remembers them
    year, month = archive.partitions("facts")[0]
    twin = retention.readable_path(archive, archive.files("facts", year, month)[0])
    cached = trust.Verifier.load(archive)
    assert cached.sha256(twin) is not None and cached.hashed_bytes == 0, "a second reader does not hash again"
    os.utime(twin, ns=(1, 1))  # any write to the file changes its modification time
    again = trust.Verifier.load(archive)
    assert again.sha256(twin) == cached.sha256(twin) and again.hashed_bytes == twin.stat().st_size


def test_a_writer_never_launders_a_flipped_bit_into_a_new_file(archive):
    year, month = archive.partitions("facts")[0]
    (path,) = archive.files("facts", year, month)
    _flip_a_value(path)
    with pytest.raises(partition.DamagedPartition):
        partition.read_partition(archive, "facts", year, month)  # page checksums: an error, not a figure


def test_a_truncated_file_is_reported_and_the_rest_goes_on(archive, capsys):
    year, month = archive.partitions("articles")[0]
    (path,) = archive.files("articles", year, month)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    # a killed crawl left a WARC not yet ingested: recovery at the next crawl's start must not die
    extra = sample_releases(6)[5]
    ingest(archive, [capture_of(extra, "run3", datetime(2026, 3, 5, tzinfo=UTC))], "run3")
    (archive.raw / "motie_en" / "run3.warc.gz.ingested").unlink()
    damaged: list[str] = []
    recover(archive, "run4-recovery", ingest_capture, damaged=damaged)
    assert damaged and f"articles {year}-{month:02d} is damaged" in damaged[0]
    stats = maintenance.compact(archive, "compact1")
    assert stats.files_after >= 1
    for command in (
        ["series"],
        ["query", "SELECT count(*) FROM articles"],
        ["report", "--out", str(archive.root / "report")],
    ):
        status = main([*command, "--data-dir", str(archive.root)])
        err = capsys.readouterr().err
        assert "Traceback" not in err
        if status:
            assert "damaged file" in err and "verify --repair" in err
    main(["status", "--data-dir", str(archive.root)])  # exit 1 (never crawled), but no traceback
    assert "Traceback" not in capsys.readouterr().err
    assert main(["verify", "--repair", "--data-dir", str(archive.root)]) == 0
    titles = connect(archive).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert titles == 6


def test_the_stored_series_is_keyed_on_the_facts_contents(archive):
    import json

    from archive import derived

    year = archive.partitions("facts")[0][0]
    files = derived.facts_files(archive, year)
    before = derived.stored_name(files)
    manifest = files[0].parent / "_manifest.json"
    recorded = json.loads(manifest.read_text())
    recorded["sha256"][files[0].name] = "0" * 64  # same file names, other contents
    manifest.write_text(json.dumps(recorded))
    assert derived.stored_name(files) != before


def test_verify_repair_marks_lost_records_and_sends_the_crawl_back_for_them(archive, capsys):
    from archive.raw import warc_files
    from scraper.state import StateStore

    url, warc, offset, length = (
        connect(archive)
        .execute(
            "SELECT canonical_url, warc_file, warc_offset, warc_length FROM captures ORDER BY warc_file, warc_offset "
            "LIMIT 1"
        )
        .fetchone()
    )
    state = StateStore(archive.state_db)
    state.remember(url, "motie_en", url, '"e"', None, "sha", 200, text_length=500, n_facts=4)
    state.close()
    path = archive.root / warc
    assert path in warc_files(archive.raw)
    raw = bytearray(path.read_bytes())
    raw[offset + length // 2] ^= 0x40
    path.write_bytes(bytes(raw))
    assert main(["verify", "--data-dir", str(archive.root)]) == 1
    assert f"{warc}: " in capsys.readouterr().err
    assert main(["verify", "--repair", "--data-dir", str(archive.root)]) == 1, "raw/ cannot be rebuilt"
    assert "will be fetched again by the next crawl" in capsys.readouterr().err
    assert StateStore(archive.state_db).known(url) is None
    assert connect(archive).execute("SELECT count(*) FROM captures WHERE damage IS NOT NULL").fetchone()[0] == 1
