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
from archive.retention import readable_path

_DUCK_TYPES = {
    pa.string(): "VARCHAR", pa.int32(): "INTEGER", pa.int64(): "BIGINT", pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN", pa.date32(): "DATE", schema.UTC_US: "TIMESTAMPTZ", pa.list_(pa.string()): "VARCHAR[]",
}


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


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
    return f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet({_quote(dataset_glob(data, name))}, {HIVE})"


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
        listed = ", ".join(_quote(path) for path in sorted(files))  # in glob order, as DuckDB lists them
        options = HIVE if version is None else HIVE.replace(", union_by_name = true", "")
        selects.append(f"SELECT * FROM read_parquet([{listed}], {options})")
    return f"CREATE OR REPLACE VIEW {name} AS " + " UNION ALL BY NAME ".join(selects)


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

# How candidates for one figure are ranked (smallest first): a stated value before none, ministry before news,
# the finer precision, the later publication, the later extraction, then the fact id for a stable choice.
_RECENCY = ("coalesce(-(published_date - DATE '1970-01-01'), 1e9)::DOUBLE AS newer, "
            "-epoch_us(extracted_at)::DOUBLE AS later")


def _rank(column: str, precision: str) -> str:
    return (f"struct_pack(missing := {column} IS NULL, news := not_ministry, "
            f"fineness := coalesce({precision}, 1e300), newer := newer, later := later, fact_id := fact_id)")


SERIES_SELECT = f"""
WITH usable AS (
    SELECT period, flow, item, region, period_type, period_start, period_end, value_usd, yoy_pct, prior_usd,
           source, source_kind, url, published_date, article_id, fact_id, checks,
           source_kind <> 'ministry' AS not_ministry, {_RECENCY},
           {_precision_case('value_usd')} AS value_precision, {_precision_case('prior_usd')} AS prior_precision,
           {_yoy_precision('yoy_pct')} AS yoy_precision
    FROM facts
    WHERE NOT list_has_any(coalesce(checks, []::VARCHAR[]), {SEVERE_LIST})
),
best AS (
    SELECT {KEY},
        any_value(period_type) AS period_type,
        any_value(period_start) AS period_start,
        any_value(period_end) AS period_end,
        arg_min(struct_pack(v := value_usd, p := value_precision, source := source, source_kind := source_kind,
                            url := url, published_date := published_date),
                {_rank('value_usd', 'value_precision')}) AS value_pick,
        arg_min(struct_pack(v := yoy_pct, p := yoy_precision), {_rank('yoy_pct', 'yoy_precision')}) AS yoy_pick,
        arg_min(prior_usd, {_rank('prior_usd', 'prior_precision')}) AS prior_usd,
        count(DISTINCT source) AS n_sources,
        count(DISTINCT article_id) AS n_articles,
        list_distinct(flatten(list(checks))) AS checks
    FROM usable
    GROUP BY ALL
),
disagreement AS (
    SELECT {KEY},
        coalesce(bool_or(u.value_usd IS NOT NULL AND b.value_pick.v IS NOT NULL AND
            abs(u.value_usd - b.value_pick.v) > greatest(u.value_precision, b.value_pick.p) + 0.5), false)
            AS value_conflict,
        coalesce(bool_or(u.yoy_pct IS NOT NULL AND b.yoy_pick.v IS NOT NULL AND
            abs(u.yoy_pct - b.yoy_pick.v) > greatest(u.yoy_precision, b.yoy_pick.p) + 1e-6), false)
            AS yoy_conflict
    FROM usable u JOIN best b USING ({KEY})
    WHERE b.n_articles > 1
    GROUP BY ALL
)
SELECT b.period, b.period_type, b.period_start, b.period_end, b.flow, b.item, b.region,
       b.value_pick.v AS value_usd, b.yoy_pick.v AS yoy_pct, b.prior_usd, b.value_pick.source AS source,
       b.value_pick.source_kind AS source_kind, b.value_pick.url AS url,
       b.value_pick.published_date AS published_date, b.n_sources, b.n_articles,
       coalesce(d.value_conflict OR d.yoy_conflict, false) AS conflict, coalesce(d.value_conflict, false)
       AS value_conflict, coalesce(d.yoy_conflict, false) AS yoy_conflict, b.checks
FROM best b LEFT JOIN disagreement d USING ({KEY})
"""
SERIES_COLUMNS = ", ".join(schema.SERIES.names)
# `series_live` ranks the facts on every query; `series` reads the stored result when it is current.
SERIES_LIVE_SQL = f"CREATE OR REPLACE VIEW series_live AS {SERIES_SELECT}"
SERIES_SQL = f"CREATE OR REPLACE VIEW series AS SELECT {SERIES_COLUMNS} FROM series_live"


def series_view_sql(data: DataDir, snapshot: bool = False) -> str:
    """The stored series when every facts partition has its current one, else the live ranking; `snapshot`
    reads the files stored now through their retained links (as `snapshot_view_sql`)."""
    from archive import derived

    stored = sorted(data.dataset("series").glob("year=*/*.parquet"))
    if not stored or not derived.is_current(data):  # nothing stored (no facts yet) reads as the live ranking
        return SERIES_SQL
    if snapshot:
        source = "[" + ", ".join(_quote(str(readable_path(data, path).resolve())) for path in stored) + "]"
    else:
        source = _quote(str(data.dataset("series").resolve() / "year=*" / "*.parquet"))
    return (f"CREATE OR REPLACE VIEW series AS SELECT {SERIES_COLUMNS} FROM read_parquet({source}, "
            "hive_partitioning = true, hive_types = {'year': INTEGER}, union_by_name = true)")


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
