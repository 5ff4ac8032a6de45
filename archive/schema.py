"""One explicit pyarrow schema per dataset: every write is cast to it, so files never drift.

Rules kept here (and checked by the golden schema test): timestamps are `timestamp[us, UTC]`
(Spark cannot read nanoseconds, and naive timestamps would change Spark's type to TimestampNTZ),
dates are date32, no unsigned or dictionary types, and partition columns (`year`, `month`) live only
in the directory names. Money is float64: values are rounded figures from prose ("$17.6 billion"),
far below 2**53, so float64 holds them exactly as whole dollars and every reader sums them natively.
Change only by adding columns at the end; never retype or drop one.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from archive.fields import FIELDS

Row = dict[str, Any]  # one row of a dataset, column -> value

UTC_US = pa.timestamp("us", tz="UTC")

CAPTURES = pa.schema(
    [
        ("url", pa.string()),
        ("canonical_url", pa.string()),
        ("source", pa.string()),
        ("page_type", pa.string()),  # article | list | feed | robots | other
        ("fetched_at", UTC_US),
        ("status", pa.int32()),
        ("content_type", pa.string()),
        ("content_length", pa.int64()),
        ("sha256", pa.string()),
        ("warc_file", pa.string()),  # relative to the data directory
        ("warc_offset", pa.int64()),
        ("warc_length", pa.int64()),
        ("warc_record_id", pa.string()),
        ("run_id", pa.string()),
        ("damage", pa.string()),  # why the WARC record can no longer be read (null while it can)
    ]
)

ARTICLES = pa.schema(
    [
        ("article_id", pa.string()),
        ("source", pa.string()),
        ("source_kind", pa.string()),  # ministry | news
        ("url", pa.string()),
        ("canonical_url", pa.string()),
        ("title", pa.string()),
        ("published_date", pa.date32()),
        ("lang", pa.string()),
        ("encoding", pa.string()),
        ("is_ict_trade_report", pa.bool_()),
        ("text", pa.string()),
        ("text_sha256", pa.string()),
        ("capture_sha256", pa.string()),
        ("fetched_at", UTC_US),
        ("parser_version", pa.string()),
        ("run_id", pa.string()),
    ]
)

FACTS = pa.schema(
    [
        ("fact_id", pa.string()),
        ("article_id", pa.string()),
        ("source", pa.string()),
        ("source_kind", pa.string()),
        ("url", pa.string()),
        ("published_date", pa.date32()),
        ("period", pa.string()),  # "YYYY-MM" or "YYYY-MM/YYYY-MM"
        ("period_start", pa.date32()),  # first day of the first month
        ("period_end", pa.date32()),  # last day of the last month
        ("period_type", pa.string()),  # month | quarter | half | year | ytd | span
        ("flow", pa.string()),
        ("item", pa.string()),
        ("region", pa.string()),
        ("value_usd", pa.float64()),
        ("yoy_pct", pa.float64()),
        ("prior_usd", pa.float64()),
        ("evidence", pa.string()),
        ("checks", pa.list_(pa.string())),  # consistency flags; empty when every check passed
        ("parser_version", pa.string()),
        ("extracted_at", UTC_US),
        ("run_id", pa.string()),
    ]
)


DATASETS: dict[str, pa.Schema] = {"captures": CAPTURES, "articles": ARTICLES, "facts": FACTS}

# Derived from facts, one file per facts partition (archive/derived.py): the reconciled series, stored so
# that readers (DuckDB, Spark) need not rank every fact on every query.
SERIES = pa.schema(
    [
        ("period", pa.string()),
        ("period_type", pa.string()),
        ("period_start", pa.date32()),
        ("period_end", pa.date32()),
        ("flow", pa.string()),
        ("item", pa.string()),
        ("region", pa.string()),
        ("value_usd", pa.float64()),
        ("yoy_pct", pa.float64()),
        ("prior_usd", pa.float64()),
        ("source", pa.string()),
        ("source_kind", pa.string()),
        ("url", pa.string()),
        ("published_date", pa.date32()),
        ("n_sources", pa.int64()),
        ("n_articles", pa.int64()),
        ("conflict", pa.bool_()),
        ("value_conflict", pa.bool_()),
        ("yoy_conflict", pa.bool_()),
        ("checks", pa.list_(pa.string())),
    ]
)


def _described(name: str, schema: pa.Schema) -> pa.Schema:
    """The schema with each field's description and unit, and the dataset's schema version, as metadata (every
    reader that shows Parquet metadata shows them). Columns are only ever added, so their count is the version."""
    fields = []
    for field in schema:
        description, unit = FIELDS[name][field.name]
        fields.append(field.with_metadata({"description": description, "unit": unit}))
    return pa.schema(fields, metadata={"ictarchive.dataset": name, "ictarchive.schema_version": str(len(schema))})


CAPTURES, ARTICLES, FACTS, SERIES = (
    _described(name, schema)
    for name, schema in (("captures", CAPTURES), ("articles", ARTICLES), ("facts", FACTS), ("series", SERIES))
)
DATASETS = {"captures": CAPTURES, "articles": ARTICLES, "facts": FACTS}


def schema_version(dataset: str) -> int:
    return len(DATASETS[dataset]) if dataset in DATASETS else len(SERIES)


# The columns that identify a row: a write replaces the row with the same key, never adds a second.
KEYS: dict[str, tuple[str, ...]] = {
    "captures": ("warc_record_id",),
    "articles": ("article_id", "text_sha256"),
    "facts": ("fact_id",),
}

# Columns that change on every run without the row meaning anything new; a row that differs from the
# stored one only in these is left as it is (so re-running a month writes nothing).
VOLATILE: dict[str, tuple[str, ...]] = {
    "captures": ("run_id",),
    "articles": ("fetched_at", "run_id", "capture_sha256", "url"),
    "facts": ("extracted_at", "run_id", "url"),
}


def to_table(dataset: str, rows: list[Row]) -> pa.Table:
    """Rows (dicts) -> a table with exactly the dataset's schema; missing columns become nulls."""
    schema = DATASETS[dataset]
    columns = {name: [row.get(name) for row in rows] for name in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


def conform(dataset: str, table: pa.Table) -> pa.Table:
    """Cast any table to the dataset's schema (column order and types), failing loudly on a mismatch."""
    schema = DATASETS[dataset]
    missing = [name for name in schema.names if name not in table.column_names]
    for name in missing:
        table = table.append_column(name, pa.nulls(len(table), schema.field(name).type))
    return table.select(schema.names).cast(schema)


def describe(schema: pa.Schema) -> list[list[str]]:
    """A plain, stable description of a schema for the golden test: [name, type] per column."""
    return [[field.name, str(field.type)] for field in schema]
