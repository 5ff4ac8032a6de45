"""The schema contract: only additive change, and files on disk carry exactly the declared types."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from archive import schema
from tests.archive_helpers import build

GOLDEN = json.loads((Path(__file__).parent / "fixtures" / "schema_golden.json").read_text())


def test_schema_changes_are_additive_only():
    """Every column ever released keeps its name, position and type; new columns go at the end."""
    assert set(GOLDEN) <= set(schema.DATASETS)
    for name, golden in GOLDEN.items():
        current = schema.describe(schema.DATASETS[name])
        assert current[: len(golden)] == golden, f"{name}: a released column was changed, moved or dropped"


def test_no_types_that_readers_trip_on():
    for name, dataset in schema.DATASETS.items():
        for field in dataset:
            kind = field.type
            assert not pa.types.is_dictionary(kind), (name, field.name)
            assert not pa.types.is_unsigned_integer(kind), (name, field.name)
            if pa.types.is_timestamp(kind):
                assert kind.unit == "us" and kind.tz == "UTC", (name, field.name)
            assert field.name not in ("year", "month"), "partition columns live only in the path"


def test_files_on_disk_match_the_declared_schema(tmp_path):
    data = build(tmp_path, count=3)
    for name, declared in schema.DATASETS.items():
        files = list(data.dataset(name).glob("year=*/month=*/*.parquet"))
        assert files, name
        for path in files:
            stored = pq.read_schema(path)
            assert stored.remove_metadata() == declared, (name, path)
            parquet_schema = pq.ParquetFile(path).schema
            for column in parquet_schema:
                if "Timestamp" in str(column.logical_type):
                    assert "isAdjustedToUTC=true" in str(column.logical_type)
                    assert "microseconds" in str(column.logical_type)


def test_conform_rejects_a_wrong_type():
    table = pa.table({"fact_id": ["a"], "value_usd": ["not a number"]})
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError, ValueError)):  # a string in a float64 column
        schema.conform("facts", table)
