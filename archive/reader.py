"""The read side: DuckDB views `captures`, `articles`, `facts` and the reconciled `series`.

Views read the Parquet files in place (`read_parquet(..., hive_partitioning = true)`), so they always
see the latest committed partitions; `series_sql` is plain SQL that works in the DuckDB CLI as well.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from archive import schema
from archive.checks import SEVERE
from archive.layout import DataDir

_DUCK_TYPES = {
    pa.string(): "VARCHAR", pa.int32(): "INTEGER", pa.int64(): "BIGINT", pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN", pa.date32(): "DATE", schema.UTC_US: "TIMESTAMPTZ", pa.list_(pa.string()): "VARCHAR[]",
}


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def dataset_glob(data: DataDir, name: str) -> str:
    return str(data.dataset(name).resolve() / "year=*" / "month=*" / "*.parquet")


def view_sql(data: DataDir, name: str) -> str:
    """A view over the dataset's files, or an empty typed view while there are none.

    No `union_by_name`: it makes DuckDB open every file's footer, which defeats partition pruning.
    Every file is written with the current schema, so the first file's schema is everyone's.
    """
    if not any(data.dataset(name).glob("year=*/month=*/*.parquet")):
        columns = [f"CAST(NULL AS {_DUCK_TYPES[f.type]}) AS {f.name}" for f in schema.DATASETS[name]]
        columns += ["CAST(NULL AS INTEGER) AS year", "CAST(NULL AS INTEGER) AS month"]
        return f"CREATE OR REPLACE VIEW {name} AS SELECT {', '.join(columns)} WHERE false"
    return (
        f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet({_quote(dataset_glob(data, name))}, "
        "hive_partitioning = true, hive_types = {'year': INTEGER, 'month': INTEGER})"
    )


def _precision_case(column: str) -> str:
    """The unit of the last stated digit (17.6e9 -> 1e8), inferred from the digits as `checks.precision`."""
    whole = f"round(abs({column}))"
    steps = " ".join(f"WHEN {whole} % 1e{k} = 0 THEN 1e{k}" for k in range(12, 0, -1))
    ceiling = f"pow(10, greatest(0, floor(log10({whole})) - 1))"  # at least two significant digits
    return (f"(CASE WHEN {column} IS NULL THEN NULL WHEN {whole} = 0 THEN 1 "
            f"ELSE least({ceiling}, CASE {steps} ELSE 1 END) END)")


def _yoy_precision(column: str) -> str:
    return (f"(CASE WHEN {column} = round({column}) THEN 1.0 WHEN {column} * 10 = round({column} * 10) "
            "THEN 0.1 ELSE 0.01 END)")


SEVERE_LIST = "[" + ", ".join(_quote(flag) for flag in SEVERE) + "]"
KEY = "period, flow, item, region"

SERIES_SQL = f"""
CREATE OR REPLACE VIEW series AS
WITH usable AS (
    SELECT *, {_precision_case('value_usd')} AS value_precision, {_precision_case('prior_usd')} AS prior_precision,
           {_yoy_precision('yoy_pct')} AS yoy_precision
    FROM facts
    WHERE NOT list_has_any(coalesce(checks, []::VARCHAR[]), {SEVERE_LIST})
),
ranked AS (
    SELECT *,
        row_number() OVER (PARTITION BY {KEY} ORDER BY value_usd IS NULL, source_kind <> 'ministry',
            value_precision NULLS LAST, published_date DESC NULLS LAST, extracted_at DESC, fact_id) AS value_rank,
        row_number() OVER (PARTITION BY {KEY} ORDER BY yoy_pct IS NULL, source_kind <> 'ministry',
            yoy_precision, published_date DESC NULLS LAST, extracted_at DESC, fact_id) AS yoy_rank,
        row_number() OVER (PARTITION BY {KEY} ORDER BY prior_usd IS NULL, source_kind <> 'ministry',
            prior_precision NULLS LAST, published_date DESC NULLS LAST, extracted_at DESC, fact_id) AS prior_rank
    FROM usable
),
best AS (
    SELECT {KEY},
        any_value(period_type) AS period_type,
        any_value(period_start) AS period_start,
        any_value(period_end) AS period_end,
        any_value(value_usd) FILTER (WHERE value_rank = 1 AND value_usd IS NOT NULL) AS value_usd,
        any_value(yoy_pct) FILTER (WHERE yoy_rank = 1 AND yoy_pct IS NOT NULL) AS yoy_pct,
        any_value(prior_usd) FILTER (WHERE prior_rank = 1 AND prior_usd IS NOT NULL) AS prior_usd,
        any_value(value_precision) FILTER (WHERE value_rank = 1 AND value_usd IS NOT NULL) AS value_precision,
        any_value(yoy_precision) FILTER (WHERE yoy_rank = 1 AND yoy_pct IS NOT NULL) AS best_yoy_precision,
        any_value(source) FILTER (WHERE value_rank = 1) AS source,
        any_value(source_kind) FILTER (WHERE value_rank = 1) AS source_kind,
        any_value(url) FILTER (WHERE value_rank = 1) AS url,
        any_value(published_date) FILTER (WHERE value_rank = 1) AS published_date,
        count(DISTINCT source) AS n_sources,
        count(DISTINCT article_id) AS n_articles,
        list_distinct(flatten(list(checks))) AS checks
    FROM ranked
    GROUP BY ALL
),
disagreement AS (
    SELECT {KEY},
        coalesce(bool_or(r.value_usd IS NOT NULL AND b.value_usd IS NOT NULL AND
            abs(r.value_usd - b.value_usd) > greatest(r.value_precision, b.value_precision) + 0.5), false)
            AS value_conflict,
        coalesce(bool_or(r.yoy_pct IS NOT NULL AND b.yoy_pct IS NOT NULL AND
            abs(r.yoy_pct - b.yoy_pct) > greatest(r.yoy_precision, b.best_yoy_precision) + 1e-6), false)
            AS yoy_conflict
    FROM ranked r JOIN best b USING ({KEY})
    GROUP BY ALL
)
SELECT b.period, b.period_type, b.period_start, b.period_end, b.flow, b.item, b.region,
       b.value_usd, b.yoy_pct, b.prior_usd, b.source, b.source_kind, b.url, b.published_date,
       b.n_sources, b.n_articles, (d.value_conflict OR d.yoy_conflict) AS conflict, d.value_conflict,
       d.yoy_conflict, b.checks
FROM best b JOIN disagreement d USING ({KEY})
"""


def connect(data: DataDir, database: str = ":memory:") -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with every view defined over `data`."""
    connection = duckdb.connect(database)
    for name in schema.DATASETS:
        connection.execute(view_sql(data, name))
    connection.execute(SERIES_SQL)
    return connection


def views_script(data: DataDir) -> str:
    """The same views as a script for the DuckDB CLI (`duckdb -init views.sql`)."""
    parts = [view_sql(data, name) + ";" for name in schema.DATASETS]
    return "\n".join([*parts, SERIES_SQL.strip() + ";"]) + "\n"
