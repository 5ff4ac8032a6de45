"""`series`, `query`, `reparse`, `compact`, `views`: reading and maintaining the archive."""

from __future__ import annotations

import argparse
import json
import os
import sys

from scraper.commands.common import (
    add_data_dir,
    add_wait,
    data_dir,
    emit,
    end_progress,
    new_run_id,
    parse_range,
    render,
    terminal_progress,
    warn_left_out,
)
from scraper.errors import UsageError

SERIES_COLUMNS = (
    "period",
    "flow",
    "item",
    "region",
    "value_usd",
    "yoy_pct",
    "prior_usd",
    "source",
    "n_sources",
    "conflict",
    "checks",
)
PROVENANCE_COLUMNS = ("source_kind", "url", "published_date", "n_articles")  # `series --with-sources` adds these
FORMATS = ("table", "csv", "jsonl", "json")
FORMAT_HELP = "table (default), csv, jsonl (one JSON object per row); json is --json: one object {columns, count, rows}"

# The archive's modules (pyarrow, DuckDB) are imported inside each command, once its input has been checked:
# a bad month or path is answered in a fraction of a second.


def cmd_series(args: argparse.Namespace) -> int:
    first, last = parse_range(args)
    where, params = ["period_type = ?"], [args.period_type]
    for column in ("flow", "item", "region"):
        values = getattr(args, column)
        if values:
            where.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)
    if first:
        where.append("period_end >= make_date(?, ?, 1)")
        params.extend(first)
    if last:
        where.append("period_end <= last_day(make_date(?, ?, 1))")
        params.extend(last)
    data = data_dir(args)
    from archive.reader import connect, damaged

    columns = SERIES_COLUMNS + (PROVENANCE_COLUMNS if args.with_sources else ())
    sql = f"SELECT {', '.join(columns)} FROM series WHERE {' AND '.join(where)} ORDER BY period, flow, item, region"
    connection = connect(data)
    rows = connection.execute(sql, params).fetchall()
    print(render(columns, rows, "json" if args.json else args.format))
    return warn_left_out(damaged(connection))


def cmd_query(args: argparse.Namespace) -> int:
    data = data_dir(args)
    import duckdb

    from archive.reader import connect, damaged

    connection = connect(data)
    left_out = warn_left_out(damaged(connection))  # before the query: a statement replaces a pending result
    try:
        result = connection.execute(args.sql)
    except duckdb.Error as exc:
        if ".parquet" in str(exc):
            raise  # a damaged file, not a bad query: said as such by the command line
        raise UsageError(f"query failed: {str(exc).splitlines()[0]}") from None
    if result.description is None:
        return left_out
    columns = [d[0] for d in result.description]
    print(render(columns, result.fetchall(), "json" if args.json else args.format))
    return left_out


def cmd_reparse(args: argparse.Namespace) -> int:
    first, last = parse_range(args)
    data = data_dir(args)
    if not data.raw.is_dir():
        raise UsageError(f"no raw captures under {data.root}: nothing to reparse (run `ictarchive crawl` first)")
    data = data_dir(args, write=True)
    from archive import maintenance, partition
    from archive.lock import WriterLock
    from scraper.ingest import ingest_capture

    with WriterLock(data.lock_file, "reparse", args.wait):
        partition.sweep(data)
        only = None
        if args.stale:
            from scraper.parser import PARSER_VERSION

            only = {
                month
                for month in maintenance.stale_months(data, PARSER_VERSION)
                if (first is None or month >= first) and (last is None or month <= last)
            }
            if not only:
                emit(
                    args,
                    {"articles": 0, "facts": 0, "partitions_written": 0, "raw_damage": [], "refetch": []},
                    f"reparse --stale: every month was written by this parser ({PARSER_VERSION}); nothing to do",
                )
                return 0
        stats = maintenance.reparse(
            data, new_run_id(), ingest_capture, first, last, progress=terminal_progress(args), only=only
        )
        if stats.refetch:
            from scraper.state import StateStore

            state = StateStore(data.state_db)
            state.forget({url for _, url in stats.refetch}, {source for source, _ in stats.refetch})
            state.close()
    end_progress(args)
    report_damage(stats)
    emit(
        args,
        {
            "articles": stats.added["articles"],
            "facts": stats.added["facts"],
            "partitions_written": stats.partitions_written,
            "raw_damage": [spot.describe() for spot in stats.damage],
            "refetch": sorted(url for _, url in stats.refetch),
        },
        f"reparse: articles {stats.added['articles']} rows, facts {stats.added['facts']} rows, "
        f"{stats.partitions_written} partitions rewritten",
    )
    return 1 if stats.damage else 0


def report_damage(stats) -> None:
    """Unreadable raw records, one line each on stderr (whatever the verbosity: raw/ is the source of truth)."""
    for spot in stats.damage:
        print(f"ictarchive: raw damage: {spot.describe()}", file=sys.stderr)
    if stats.damage:
        print(
            f"ictarchive: {len(stats.damaged_captures)} captures unreadable (marked in `captures.damage`); "
            f"{len(stats.refetch)} articles had no other capture and will be fetched again by the next crawl",
            file=sys.stderr,
        )


def cmd_compact(args: argparse.Namespace) -> int:
    data = data_dir(args, write=True)
    from archive import maintenance, partition
    from archive.lock import WriterLock

    with WriterLock(data.lock_file, "compact", args.wait):
        partition.sweep(data)
        stats = maintenance.compact(data, new_run_id(), progress=terminal_progress(args))
    end_progress(args)
    emit(
        args,
        {"partitions_merged": stats.partitions, "files_before": stats.files_before, "files_after": stats.files_after},
        f"compact: {stats.partitions} partitions merged; files {stats.files_before} -> {stats.files_after}",
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    data = data_dir(args, write=args.repair)
    from archive import verify
    from scraper.ingest import ingest_capture

    def check():
        return verify.scrub(data)

    if args.repair:
        from archive import partition
        from archive.lock import WriterLock

        with WriterLock(data.lock_file, "verify", args.wait):
            partition.sweep(data)
            found = check()
            done = verify.repair(data, found, new_run_id(), ingest_capture)
            if found.refetch:
                from scraper.state import StateStore

                state = StateStore(data.state_db)
                state.forget({url for _, url in found.refetch}, {source for source, _ in found.refetch})
                state.close()
            after = check() if done else found
    else:
        found, done, after = check(), [], None
    for bad in found.bad_files:
        print(f"damaged: {bad.describe(data.root)}", file=sys.stderr)
    for spot in found.raw_damage:
        print(
            f"raw damage: {spot.describe()} (raw/ cannot be rebuilt; `ictarchive reparse` marks the lost "
            "captures and the next crawl fetches their articles again)",
            file=sys.stderr,
        )
    for line in done:
        print(f"repaired: {line}", file=sys.stderr)
    remaining = after if after is not None else found
    emit(
        args,
        {
            "files_checked": found.files_checked,
            "records_checked": found.records_checked,
            "damaged_files": [b.describe(data.root) for b in found.bad_files],
            "raw_damage": [s.describe() for s in found.raw_damage],
            "repaired": done,
            "clean": remaining.clean,
        },
        f"verify: {found.files_checked} Parquet files and {found.records_checked} WARC records checked; "
        f"{len(found.bad_files)} damaged files, {len(found.raw_damage)} damaged WARC stretches"
        + (f"; {len(done)} repaired" if args.repair else "")
        + ("" if remaining.clean else " (problems remain)"),
    )
    return 0 if remaining.clean else 1


def cmd_schema(args: argparse.Namespace) -> int:
    from archive import schema

    known = {**schema.DATASETS, "series": schema.SERIES}
    names = [args.dataset] if args.dataset else list(known)
    if args.dataset and args.dataset not in known:
        raise UsageError(f"unknown dataset {args.dataset}; datasets: {', '.join(known)}")
    rows = []
    for name in names:
        for field in known[name]:
            meta = {k.decode(): v.decode() for k, v in (field.metadata or {}).items()}
            rows.append((name, field.name, str(field.type), meta.get("unit", ""), meta.get("description", "")))
    if args.json:
        print(
            json.dumps(
                {
                    name: {
                        "schema_version": schema.schema_version(name),
                        "columns": [
                            dict(zip(("column", "type", "unit", "description"), row[1:], strict=True))
                            for row in rows
                            if row[0] == name
                        ],
                    }
                    for name in names
                },
                ensure_ascii=False,
            )
        )
        return 0
    for name in names:
        print(f"{name} (schema version {schema.schema_version(name)})")
    print(render(("dataset", "column", "type", "unit", "description"), rows, "table"))
    return 0


def cmd_views(args: argparse.Namespace) -> int:
    data = data_dir(args)
    from archive.reader import views_script

    script = views_script(data)
    if args.relative:  # paths from the current directory, so the script moves with the archive
        absolute = str(data.root.resolve())
        script = script.replace(f"'{absolute}/", f"'{os.path.relpath(absolute)}/")
    sys.stdout.write(script)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    series = sub.add_parser(
        "series",
        help="the reconciled monthly figures (one row per period/flow/item/region)",
        description="Print the reconciled series: for each period, flow, item and region the "
        "chosen value (ministry over news, most precise, latest), the number of sources "
        "and a conflict flag where sources disagree beyond rounding.",
    )
    series.add_argument("--flow", action="append", choices=("export", "import", "balance"))
    series.add_argument("--item", action="append", help="item code, e.g. ict, semiconductors (repeatable)")
    series.add_argument("--region", action="append", help="region code, e.g. world, china, us (repeatable)")
    series.add_argument("--from", dest="from_month", metavar="YYYY-MM")
    series.add_argument("--to", dest="to_month", metavar="YYYY-MM")
    series.add_argument("--period-type", default="month", choices=("month", "quarter", "half", "year", "ytd", "span"))
    series.add_argument(
        "--with-sources",
        action="store_true",
        help="add where each figure comes from: source_kind, url, published_date, n_articles "
        "(source and n_sources are always there)",
    )
    series.add_argument("--format", choices=FORMATS, default="table", help=FORMAT_HELP)
    add_data_dir(series)
    series.set_defaults(func=cmd_series)

    query = sub.add_parser(
        "query",
        help="run SQL (DuckDB) over the archive's views",
        description="Run one SQL statement with DuckDB; the views captures, articles, facts "
        "and series are defined over the archive.",
    )
    query.add_argument("sql", metavar="SQL")
    query.add_argument("--format", choices=FORMATS, default="table", help=FORMAT_HELP)
    add_data_dir(query)
    query.set_defaults(func=cmd_query)

    reparse = sub.add_parser(
        "reparse",
        help="rebuild articles and facts from raw/ with the current parser",
        description="Re-clean and re-parse every raw capture (no network) and replace the "
        "articles and facts partitions of the months in range.",
    )
    reparse.add_argument("--from", dest="from_month", metavar="YYYY-MM")
    reparse.add_argument("--to", dest="to_month", metavar="YYYY-MM")
    reparse.add_argument(
        "--stale", action="store_true", help="only the months whose articles or facts an older parser version wrote"
    )
    add_data_dir(reparse)
    add_wait(reparse)
    reparse.set_defaults(func=cmd_reparse)

    compact = sub.add_parser("compact", help="merge each partition's files into one")
    add_data_dir(compact)
    add_wait(compact)
    compact.set_defaults(func=cmd_compact)

    verify = sub.add_parser(
        "verify",
        help="check every Parquet file and WARC record; --repair rebuilds from raw/",
        description="Check each Parquet file against the content hash its partition's "
        "manifest recorded, its page checksums and a full read, and every WARC record. With "
        "--repair, damaged files are set aside in DATA/.quarantine/ and their partitions "
        "rebuilt from raw/. Exit 0 when everything is (or was made) sound, 1 otherwise.",
    )
    verify.add_argument("--repair", action="store_true", help="rebuild damaged partitions from raw/")
    add_data_dir(verify)
    add_wait(verify)
    verify.set_defaults(func=cmd_verify)

    schema_cmd = sub.add_parser(
        "schema",
        help="every column of the datasets: type, unit and description",
        description="Print each dataset's columns with their type, unit and description "
        "(the same text is in each Parquet field's metadata) and the schema version.",
    )
    schema_cmd.add_argument("dataset", nargs="?", metavar="DATASET", help="captures, articles, facts or series")
    schema_cmd.set_defaults(func=cmd_schema)

    views = sub.add_parser("views", help="print the DuckDB views as SQL (for `duckdb -init FILE`)")
    views.add_argument(
        "--relative", action="store_true", help="paths relative to the current directory instead of absolute ones"
    )
    add_data_dir(views)
    views.set_defaults(func=cmd_views)
