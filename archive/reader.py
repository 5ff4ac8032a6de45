"""The read side: DuckDB views `captures`, `articles`, `facts` and the reconciled `series`.

Views read the Parquet files in place (`read_parquet(..., hive_partitioning = true)`), so they always
see the latest committed partitions; `series_sql` is plain SQL that works in the DuckDB CLI as well.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from archive import derived, schema
from archive.layout import DataDir
from archive.series_sql import SERIES_SELECT, quote

_DUCK_TYPES = {
    pa.string(): "VARCHAR", pa.int32(): "INTEGER", pa.int64(): "BIGINT", pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN", pa.date32(): "DATE", schema.UTC_US: "TIMESTAMPTZ", pa.list_(pa.string()): "VARCHAR[]",
}


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
        f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet({quote(dataset_glob(data, name))}, "
        "hive_partitioning = true, hive_types = {'year': INTEGER, 'month': INTEGER})"
    )


SERIES_COLUMNS = ", ".join(schema.SERIES.names)
# `series_live` ranks the facts on every query; `series` reads the stored result when it is current.
SERIES_LIVE_SQL = f"CREATE OR REPLACE VIEW series_live AS {SERIES_SELECT}"
SERIES_SQL = f"CREATE OR REPLACE VIEW series AS SELECT {SERIES_COLUMNS} FROM series_live"


def series_view_sql(data: DataDir) -> str:
    """The stored series when every facts partition has its current one, else the live ranking."""
    stored = any(data.dataset("series").glob("year=*/*.parquet"))
    if not stored or not derived.is_current(data):  # nothing stored (no facts yet) reads as the live ranking
        return SERIES_SQL
    return (f"CREATE OR REPLACE VIEW series AS SELECT {SERIES_COLUMNS} FROM read_parquet("
            f"{quote(str(data.dataset('series').resolve() / 'year=*' / '*.parquet'))}, "
            "hive_partitioning = true, hive_types = {'year': INTEGER})")


def connect(data: DataDir, database: str = ":memory:") -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with every view defined over `data`."""
    connection = duckdb.connect(database)
    for name in schema.DATASETS:
        connection.execute(view_sql(data, name))
    connection.execute(SERIES_LIVE_SQL)
    connection.execute(series_view_sql(data))
    return connection


def views_script(data: DataDir) -> str:
    """The same views as a script for the DuckDB CLI (`duckdb -init views.sql`)."""
    parts = [view_sql(data, name) + ";" for name in schema.DATASETS]
    return "\n".join([*parts, SERIES_LIVE_SQL.strip() + ";", series_view_sql(data) + ";"]) + "\n"
