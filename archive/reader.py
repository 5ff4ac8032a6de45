"""The read side: DuckDB views `captures`, `articles`, `facts` and the reconciled `series`.

Views read the Parquet files in place (`read_parquet(..., hive_partitioning = true)`), so they always
see the latest committed partitions; `series_sql` is plain SQL that works in the DuckDB CLI as well.
`connect` verifies every file against its manifest's content hash first (`archive.trust`): a damaged file is
left out and listed in the connection's `damaged_files` table, never served as figures.
"""

from __future__ import annotations

import logging

import duckdb
import pyarrow as pa

from archive import derived, schema
from archive.layout import DataDir
from archive.retention import readable_path
from archive.series_sql import SERIES_SELECT, quote
from archive.trust import Untrusted, Verifier

LOG = logging.getLogger(__name__)

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


def snapshot_view_sql(
    data: DataDir, name: str, verifier: Verifier | None = None, untrusted: list[Untrusted] | None = None
) -> str:
    """A view over the files committed now, read through their retained links (`archive.retention`): a
    writer that swaps a partition while a query runs cannot pull a file from under it.

    Files are grouped by the schema version their manifest records (columns only ever get added), each group
    read on its own and the groups united by name: an added column is read where it exists, and DuckDB still
    opens only the files a query's partitions need (`union_by_name` over all files would open every footer,
    so one damaged file would fail every query). Files no manifest describes are read with `union_by_name`."""
    from archive.partition import read_manifest

    groups: dict[int | None, list[str]] = {}
    for year, month in data.partitions(name):
        manifest = read_manifest(data.partition(name, year, month))
        columns, hashes = manifest.get("columns", {}), manifest.get("sha256", {})
        for path in data.files(name, year, month):
            readable = readable_path(data, path)
            why = verifier.check(readable, hashes.get(path.name)) if verifier is not None else None
            if why is not None:
                if untrusted is not None:
                    untrusted.append(Untrusted(name, f"{year}-{month:02d}", path, why))
                continue
            groups.setdefault(columns.get(path.name), []).append(str(readable.resolve()))
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


def series_view_sql(
    data: DataDir, snapshot: bool = False, verifier: Verifier | None = None, untrusted: list[Untrusted] | None = None
) -> str:
    """The stored series when every facts partition has its current one, else the live ranking; `snapshot`
    reads the files stored now through their retained links (as `snapshot_view_sql`), each verified by
    `verifier` (a damaged stored year makes the view rank the facts live)."""
    from archive.partition import read_manifest

    stored = sorted(data.dataset("series").glob("year=*/*.parquet"))
    if not stored or not derived.is_current(data):  # nothing stored (no facts yet) reads as the live ranking
        return SERIES_SQL
    if verifier is not None:
        bad = []
        for path in stored:
            why = verifier.check(readable_path(data, path), read_manifest(path.parent).get("sha256", {}).get(path.name))
            if why is not None:
                bad.append(Untrusted("series", path.parent.name[5:], path, why))
        if bad:
            if untrusted is not None:
                untrusted.extend(bad)
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
    """A DuckDB connection with every view defined over `data`, each file verified against its manifest
    first; what failed is left out and listed in the table `damaged_files` (see `damaged`)."""
    connection = duckdb.connect(database)
    verifier = Verifier.load(data)
    untrusted: list[Untrusted] = []
    for name in schema.DATASETS:
        connection.execute(snapshot_view_sql(data, name, verifier, untrusted))
    connection.execute(SERIES_LIVE_SQL)
    connection.execute(series_view_sql(data, snapshot=True, verifier=verifier, untrusted=untrusted))
    verifier.save()
    connection.execute(
        "CREATE OR REPLACE TEMP TABLE damaged_files (dataset VARCHAR, partition VARCHAR, file VARCHAR, note VARCHAR)"
    )
    for bad in untrusted:
        LOG.info("%s", bad.describe())  # commands print these themselves (`damaged`)
        connection.execute(
            "INSERT INTO damaged_files VALUES (?, ?, ?, ?)",
            [bad.dataset, bad.partition, str(bad.path.relative_to(data.root)), bad.describe()],
        )
    return connection


def damaged(connection: duckdb.DuckDBPyConnection) -> list[str]:
    """What `connect` left out of the views, one line each (empty when every file matched its manifest)."""
    return [
        row[0] for row in connection.execute("SELECT note FROM damaged_files ORDER BY dataset, partition").fetchall()
    ]


def views_script(data: DataDir) -> str:
    """The same views as a script for the DuckDB CLI (`duckdb -init views.sql`)."""
    parts = [view_sql(data, name) + ";" for name in schema.DATASETS]
    return "\n".join([*parts, SERIES_LIVE_SQL.strip() + ";", series_view_sql(data) + ";"]) + "\n"
