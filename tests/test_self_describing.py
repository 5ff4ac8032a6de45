"""Self-describing files and added columns (issue 16 items 4 and 5): every field says what it is and its
unit, files carry the schema version, and a column added next month is read back by every documented path."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime

import duckdb
import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.parquet as pq
import pytest

from archive import fields, partition, schema
from archive.reader import connect, views_script
from archive.rows import period_bounds
from scraper.cli import main
from tests.archive_helpers import build


def test_every_file_says_what_its_columns_mean(tmp_path):
    data = build(tmp_path, count=2)
    for name in schema.DATASETS:
        for path in data.dataset(name).glob("year=*/month=*/*.parquet"):
            stored = pq.read_schema(path)
            assert stored.metadata[b"ictarchive.schema_version"] == str(len(schema.DATASETS[name])).encode()
            for field in stored:
                assert field.metadata[b"description"], (name, field.name)
                assert b"unit" in field.metadata
    value = pq.read_schema(next(data.dataset("facts").rglob("*.parquet"))).field("value_usd")
    assert value.metadata[b"unit"] == b"US dollars"
    assert set(fields.FIELDS["series"]) == set(schema.SERIES.names)


def test_the_schema_command_prints_units_and_descriptions(capsys):
    assert main(["schema", "facts"]) == 0
    out = capsys.readouterr().out
    assert "facts (schema version 21)" in out
    line = next(line for line in out.splitlines() if line.split()[1:2] == ["yoy_pct"])
    assert "percent" in line and "year earlier" in line
    assert main(["schema", "nonsense"]) == 2


def _future_row(note: str) -> dict:
    start, end, kind = period_bounds("2030-01")
    return {
        "fact_id": "f-future",
        "article_id": "a-future",
        "source": "motie_en",
        "source_kind": "ministry",
        "url": "https://english.motie.go.kr/x",
        "published_date": date(2030, 2, 14),
        "period": "2030-01",
        "period_start": start,
        "period_end": end,
        "period_type": kind,
        "flow": "export",
        "item": "ict",
        "region": "world",
        "value_usd": 3e10,
        "yoy_pct": 1.0,
        "prior_usd": None,
        "evidence": "x",
        "checks": [],
        "parser_version": "9",
        "extracted_at": datetime(2030, 2, 14, tzinfo=UTC),
        "run_id": "run9",
        "note": note,
    }


def test_a_column_added_next_month_is_read_back_by_every_documented_path(tmp_path, monkeypatch):
    data = build(tmp_path, count=3)  # files of today's schema
    future = schema.FACTS.append(pa.field("note", pa.string(), metadata={"description": "a new column", "unit": ""}))
    monkeypatch.setitem(schema.DATASETS, "facts", future)
    partition.upsert(data, "facts", 2030, 1, schema.to_table("facts", [_future_row("added later")]), "run9")
    monkeypatch.undo()
    expected = [("added later",)] + [(None,)] * 12

    got = connect(data).execute("SELECT note FROM facts ORDER BY note NULLS LAST").fetchall()
    assert got == expected, "the views"
    with duckdb.connect() as db:
        for statement in views_script(data).split(";\n"):
            if statement.strip():
                db.execute(statement)
        assert db.execute("SELECT note FROM facts ORDER BY note NULLS LAST").fetchall() == expected, "the CLI views"
        glob = str(data.dataset("facts") / "**" / "*.parquet")
        assert (
            db.execute(
                f"SELECT note FROM read_parquet('{glob}', hive_partitioning = true, union_by_name = true) "
                "ORDER BY note NULLS LAST"
            ).fetchall()
            == expected
        ), "the DuckDB glob"
    files = sorted(str(p) for p in data.dataset("facts").rglob("*.parquet"))
    unified = pa.unify_schemas([pq.read_schema(path) for path in files])
    table = pads.dataset(data.dataset("facts"), format="parquet", schema=unified, partitioning="hive").to_table()
    assert sorted(table.column("note").to_pylist(), key=lambda v: v is None) == [v for (v,) in expected]

    pyspark_sql = pytest.importorskip("pyspark.sql")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime for Spark")
    spark = (
        pyspark_sql.SparkSession.builder.master("local[1]")
        .appName("ictarchive-added-column")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    try:
        rows = spark.read.option("mergeSchema", "true").parquet(str(data.dataset("facts"))).select("note").collect()
        assert sorted((r.note for r in rows), key=lambda v: v is None) == [v for (v,) in expected]
    finally:
        spark.stop()
