"""Readers: pyarrow.dataset, DuckDB and Spark read the archive as it is, types intact, partitions pruned."""

from __future__ import annotations

import json
import shutil

import pyarrow as pa
import pyarrow.dataset as pads
import pytest

from archive import partition, schema
from archive.reader import connect, dataset_glob
from archive.writer import PARTITION_FIELDS
from tests.archive_helpers import build, sample_releases

MONTHS = 6


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return build(tmp_path_factory.mktemp("archive"), count=MONTHS)


def poison_other_partitions(data, keep: tuple[int, int], spare_first: bool = False) -> None:
    """Overwrite every facts file outside `keep` with garbage: a reader that opens them fails. DuckDB
    binds a glob's schema from its first file, so `spare_first` leaves that one readable."""
    first = min(data.dataset("facts").glob("year=*/month=*/*.parquet")) if spare_first else None
    for year, month in data.partitions("facts"):
        if (year, month) != keep and (first is None or first.parent != data.partition("facts", year, month)):
            for path in data.files("facts", year, month):
                path.write_bytes(b"not parquet")
                # the manifest agrees, so the views' check of each file's hash lets it through: only DuckDB's
                # partition pruning keeps a query from opening it
                manifest = json.loads((path.parent / "_manifest.json").read_text())
                manifest["sha256"][path.name] = partition.file_sha256(path)
                (path.parent / "_manifest.json").write_text(json.dumps(manifest))


def test_pyarrow_dataset_reads_every_partition_with_exact_types(archive):
    dataset = pads.dataset(
        archive.dataset("facts"),
        format="parquet",
        schema=pa.unify_schemas([schema.FACTS, PARTITION_FIELDS]),
        partitioning=pads.partitioning(PARTITION_FIELDS, flavor="hive"),
    )
    table = dataset.to_table()
    assert table.num_rows == 4 * MONTHS
    assert table.schema.field("extracted_at").type == pa.timestamp("us", tz="UTC")
    assert table.schema.field("period_end").type == pa.date32()
    months = sorted(set(zip(table.column("year").to_pylist(), table.column("month").to_pylist(), strict=True)))
    assert months == [(r.year, r.month) for r in sample_releases(MONTHS)]


def test_duckdb_reads_hive_partitions_with_types(archive):
    connection = connect(archive)
    types = dict(connection.execute("SELECT column_name, column_type FROM (DESCRIBE facts)").fetchall())
    assert types["year"] == "INTEGER" and types["month"] == "INTEGER"
    assert types["extracted_at"] == "TIMESTAMP WITH TIME ZONE" and types["period_start"] == "DATE"
    assert types["value_usd"] == "DOUBLE" and types["checks"] == "VARCHAR[]"
    per_month = connection.execute("SELECT year, month, count(*) FROM facts GROUP BY ALL ORDER BY ALL").fetchall()
    assert [row[2] for row in per_month] == [4] * MONTHS
    # every row's partition agrees with the month of its period_end
    mismatched = connection.execute(
        "SELECT count(*) FROM facts WHERE year <> year(period_end) OR month <> month(period_end)"
    ).fetchone()[0]
    assert mismatched == 0


def test_duckdb_prunes_partitions(tmp_path, archive):
    data = type(archive)(tmp_path / "copy")
    shutil.copytree(archive.root, data.root)
    keep = data.partitions("facts")[2]
    poison_other_partitions(data, keep, spare_first=True)
    connection = connect(data)
    rows = connection.execute("SELECT count(*) FROM facts WHERE year = ? AND month = ?", list(keep)).fetchone()[0]
    assert rows == 4
    with pytest.raises(Exception):  # noqa: B017 - the poisoned files really are unreadable
        connection.execute("SELECT count(*) FROM facts").fetchone()


@pytest.mark.spark
def test_spark_reads_the_archive_as_it_is(tmp_path, archive):
    pyspark_sql = pytest.importorskip("pyspark.sql")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime")
    spark = (
        pyspark_sql.SparkSession.builder.master("local[1]")
        .appName("ictarchive-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    try:
        facts = spark.read.option("mergeSchema", "true").parquet(str(archive.dataset("facts")))
        types = dict(facts.dtypes)
        assert types["extracted_at"] == "timestamp" and types["period_end"] == "date"
        assert types["value_usd"] == "double" and types["year"] == "int" and types["month"] == "int"
        assert types["checks"] == "array<string>"
        assert facts.count() == 4 * MONTHS
        articles = spark.read.parquet(str(archive.dataset("articles")))
        assert articles.count() == MONTHS
        data = type(archive)(tmp_path / "copy")
        shutil.copytree(archive.root, data.root)
        keep = data.partitions("facts")[1]
        poison_other_partitions(data, keep)
        declared = facts.schema  # with a schema given, Spark opens only the files the filter leaves
        pruned = (
            spark.read.schema(declared)
            .parquet(str(data.dataset("facts")))
            .where(f"year = {keep[0]} AND month = {keep[1]}")
        )
        assert pruned.count() == 4
        total = spark.read.parquet(dataset_glob(archive, "facts").rsplit("/year=", 1)[0]).groupBy().sum("value_usd")
        assert total.collect()[0][0] == pytest.approx(
            connect(archive).execute("SELECT sum(value_usd) FROM facts").fetchone()[0]
        )
        series = spark.read.parquet(str(archive.dataset("series")))  # the stored series, as DuckDB serves it
        assert dict(series.dtypes)["n_sources"] == "bigint" and dict(series.dtypes)["conflict"] == "boolean"
        assert series.count() == connect(archive).execute("SELECT count(*) FROM series").fetchone()[0] > 0
        # the documented read during writes (docs/archive.md): the newest snapshot, same layout
        snapshot = archive.root / "snapshots" / (archive.root / "snapshots" / "CURRENT").read_text()
        assert spark.read.option("mergeSchema", "true").parquet(f"{snapshot}/facts").count() == 4 * MONTHS
        assert spark.read.parquet(f"{snapshot}/series").count() == series.count()
    finally:
        spark.stop()
