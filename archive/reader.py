"""The read side: DuckDB views `captures`, `articles`, `facts` and the reconciled `series`.

Views read the Parquet files in place (`read_parquet(..., hive_partitioning = true)`), so they always
see the latest committed partitions; `series_sql` is plain SQL that works in the DuckDB CLI as well.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from archive import derived, schema
from archive.layout import DataDir
from archive.retention import readable_path
from archive.series_sql import SERIES_SELECT, quote

_DUCK_TYPES = {
    pa.string(): "VARCHAR",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
    pa.date32(): "DATE",
    schema.UTC_US: "TIMESTAMPTZ",
    pa.list_(pa.string()): "VARCHAR[]",
}


def dataset_glob(data: DataDir, name: str) -> str:
    return str(data.dataset(name).resolve() / "year=*" / "month=*" / "*.parquet")


HIVE = "hive_partitioning = true, hive_types = {'year': INTEGER, 'month': INTEGER}, union_by_name = true"


def _empty_view(name: str) -> str:
    columns = [f"CAST(NULL AS {_DUCK_TYPES[f.type]}) AS {f.name}" for f in schema.DATASETS[name]]
    columns += ["CAST(NULL AS INTEGER) AS year", "CAST(NULL AS INTEGER) AS month"]
    return f"CREATE OR REPLACE VIEW {name} AS SELECT {', '.join(columns)} WHERE false"


def view_sql(data: DataDir, name: str) -> str:
    """A live view over the dataset's glob (for the DuckDB CLI: it follows every later write), or an empty
    typed view while there are no files. `union_by_name`: a column added to new files is read from them and
    is null in older ones, whichever file DuckDB opens first."""
    if not any(data.dataset(name).glob("year=*/month=*/*.parquet")):
        return _empty_view(name)
    return f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet({quote(dataset_glob(data, name))}, {HIVE})"


def snapshot_view_sql(data: DataDir, name: str) -> str:
    """A view over the files committed now, read through their retained links (`archive.retention`): a
    writer that swaps a partition while a query runs cannot pull a file from under it.

    Files are grouped by the schema version their manifest records (columns only ever get added), each group
    read on its own and the groups united by name: an added column is read where it exists, and DuckDB still
    opens only the files a query's partitions need (`union_by_name` over all files would open every footer,
    so one damaged file would fail every query). Files no manifest describes are read with `union_by_name`."""
    from archive.partition import read_manifest

    groups: dict[int | None, list[str]] = {}
    for year, month in data.partitions(name):
        directory = data.partition(name, year, month)
        columns = read_manifest(directory).get("columns", {})
        for path in data.files(name, year, month):
            groups.setdefault(columns.get(path.name), []).append(str(readable_path(data, path).resolve()))
    if not groups:
        return _empty_view(name)
    selects = []
    for version, files in sorted(groups.items(), key=lambda item: -(item[0] or 0)):
        listed = ", ".join(quote(path) for path in sorted(files))  # in glob order, as DuckDB lists them
        options = HIVE if version is None else HIVE.replace(", union_by_name = true", "")
        selects.append(f"SELECT * FROM read_parquet([{listed}], {options})")
    return f"CREATE OR REPLACE VIEW {name} AS " + " UNION ALL BY NAME ".join(selects)


SERIES_COLUMNS = ", ".join(schema.SERIES.names)
# `series_live` ranks the facts on every query; `series` reads the stored result when it is current.
SERIES_LIVE_SQL = f"CREATE OR REPLACE VIEW series_live AS {SERIES_SELECT}"
SERIES_SQL = f"CREATE OR REPLACE VIEW series AS SELECT {SERIES_COLUMNS} FROM series_live"


def series_view_sql(data: DataDir, snapshot: bool = False) -> str:
    """The stored series when every facts partition has its current one, else the live ranking; `snapshot`
    reads the files stored now through their retained links (as `snapshot_view_sql`)."""
    stored = sorted(data.dataset("series").glob("year=*/*.parquet"))
    if not stored or not derived.is_current(data):  # nothing stored (no facts yet) reads as the live ranking
        return SERIES_SQL
    if snapshot:
        source = "[" + ", ".join(quote(str(readable_path(data, path).resolve())) for path in stored) + "]"
    else:
        source = quote(str(data.dataset("series").resolve() / "year=*" / "*.parquet"))
    return (
        f"CREATE OR REPLACE VIEW series AS SELECT {SERIES_COLUMNS} FROM read_parquet({source}, "
        "hive_partitioning = true, hive_types = {'year': INTEGER}, union_by_name = true)"
    )


def connect(data: DataDir, database: str = ":memory:") -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with every view defined over `data`."""
    connection = duckdb.connect(database)
    for name in schema.DATASETS:
        connection.execute(snapshot_view_sql(data, name))
    connection.execute(SERIES_LIVE_SQL)
    connection.execute(series_view_sql(data, snapshot=True))
    return connection


def views_script(data: DataDir) -> str:
    """The same views as a script for the DuckDB CLI (`duckdb -init views.sql`)."""
    parts = [view_sql(data, name) + ";" for name in schema.DATASETS]
    return "\n".join([*parts, SERIES_LIVE_SQL.strip() + ";", series_view_sql(data) + ";"]) + "\n"
