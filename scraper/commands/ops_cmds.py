"""Commands for running the archive for months: `backfill`, `status`, `schedule`."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

from scraper.commands.common import (
    add_config,
    add_data_dir,
    add_wait,
    check_directory,
    configured,
    data_dir,
    dumps,
    emit,
    parse_range,
    refuse_remote,
    render,
    warn_left_out,
)
from scraper.errors import UsageError

# scraper.backfill.RERUN_CHOICES, named here so that `--help` and bad input need neither DuckDB nor Scrapy
# (tests/test_bad_input.py checks the two agree)
RERUN_CHOICES = ("none", "failed", "all")


def cmd_backfill(args: argparse.Namespace) -> int:
    first, last = parse_range(args)
    if first is None or last is None:
        raise UsageError("backfill needs --from and --to")
    if args.chunk_months < 1:
        raise UsageError("--chunk-months must be at least 1")
    if args.timeout_minutes <= 0:
        raise UsageError("--timeout-minutes must be greater than 0")
    config = configured(args)
    data_dir(args)  # a file where the directory should be: said before Scrapy loads
    from scraper.backfill import run_backfill
    from scraper.crawl import check_sources  # Scrapy loads once the months and config are good

    sources = check_sources(args.source or config.selected_sources())
    config_path = str(config.path) if config.path else None
    data = data_dir(args, write=not args.dry_run)
    progress = open(os.devnull, "w") if (args.quiet or args.json) else sys.stderr  # noqa: SIM115
    report = run_backfill(
        data,
        sources,
        first,
        last,
        rerun=args.rerun,
        chunk_months=args.chunk_months,
        config_path=config_path,
        wait=args.wait,
        timeout=args.timeout_minutes * 60,
        dry_run=args.dry_run,
        out=progress,
    )
    counts = ", ".join(f"{n} {status}" for status, n in sorted(report.months.items()))
    emit(
        args,
        {"crawls": report.chunks, "dry_run": args.dry_run, "months": report.months},
        f"{'planned' if args.dry_run else 'ran'} {report.chunks} crawls; months in range: {counts}",
    )
    return 0 if args.dry_run else report.exit_status


def cmd_status(args: argparse.Namespace) -> int:
    config = configured(args)
    data = data_dir(args)
    from scheduler import DAILY_JOB, KST, next_runs
    from scraper.crawl import check_sources
    from scraper.status import compute

    sources = check_sources(args.source or config.selected_sources())
    status = compute(data, sources, config.schedule, datetime.now(KST), next_runs(data.state_db).get(DAILY_JOB))
    if args.json:
        print(dumps(status.to_dict()))
        return status.exit_status
    if args.quiet:
        return status.exit_status
    print(
        f"today {status.today} (Korea time); newest release expected: {status.expected_month}; "
        f"next scheduled crawl: {status.next_run or 'none (is `ictarchive schedule` running?)'}"
    )
    rows = [
        (
            s.source,
            s.state.upper() if s.alert else "ok",
            s.last_run,
            s.health,
            s.latest_month,
            len(s.missing),
            ", ".join(s.missing[:4]) + (" ..." if len(s.missing) > 4 else ""),
            f"{s.layer} ({s.layer_at})" if s.layer else None,
            s.reason,
        )
        for s in status.sources
    ]
    print(
        render(
            (
                "source",
                "state",
                "last run (UTC)",
                "health",
                "latest month",
                "missing",
                f"missing since {status.watch_from}",
                "layer that worked last",
                "reason",
            ),
            rows,
            "table",
        )
    )
    return status.exit_status


def cmd_schedule(args: argparse.Namespace) -> int:
    config = configured(args)
    data = data_dir(args, write=True)
    import scheduler

    return scheduler.run(data.root, str(config.path) if config.path else None, config.schedule)


def cmd_report(args: argparse.Namespace) -> int:
    first, last = parse_range(args)
    data = data_dir(args)
    refuse_remote(args.out, "report directory", "--out DIR")
    check_directory(Path(args.out), "report directory", "--out DIR", write=True)
    from scraper.report import write_report  # matplotlib loads once the input is known good

    report = write_report(data, Path(args.out), first, last)
    emit(
        args,
        {
            "index": str(report.index),
            "charts": [str(c) for c in report.charts],
            "months": report.months,
            "latest": report.latest,
        },
        f"wrote {report.index} ({report.months} months, latest {report.latest or 'none'}, {len(report.charts)} charts)",
    )
    return warn_left_out(report.damaged)


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser(
        "report",
        help="a static HTML page with charts from the series",
        description="Write index.html and PNG charts (matplotlib) to --out: ICT exports, imports "
        "and balance with the year-on-year change, exports by item and by partner, the latest "
        "month with links to its source articles, and figures with conflicts or failed checks.",
    )
    report.add_argument("--out", default="ictarchive-report", metavar="DIR", help="default: ./ictarchive-report")
    report.add_argument("--from", dest="from_month", metavar="YYYY-MM")
    report.add_argument("--to", dest="to_month", metavar="YYYY-MM")
    add_data_dir(report)
    report.set_defaults(func=cmd_report)

    backfill = sub.add_parser(
        "backfill",
        help="fill historical months, resumable",
        description="Crawl every source (default: all, or those in the config) for the months "
        "--from..--to, in chunks of months per child crawl, keeping a ledger per (source, "
        "month) in the state database. Re-running skips months done; killed, it resumes. "
        "Exit status 0 when no month of the range is left failed or pending.",
    )
    backfill.add_argument("--from", dest="from_month", required=True, metavar="YYYY-MM")
    backfill.add_argument("--to", dest="to_month", required=True, metavar="YYYY-MM")
    backfill.add_argument("--source", action="append", metavar="NAME", help="a source (repeatable)")
    backfill.add_argument(
        "--rerun",
        choices=RERUN_CHOICES,
        default="failed",
        help="besides pending months, redo failed ones (default), none, or all incl. done/empty",
    )
    backfill.add_argument("--dry-run", action="store_true", help="print the crawls it would run, run none")
    backfill.add_argument(
        "--chunk-months", type=int, default=12, metavar="N", help="months per child crawl (default 12)"
    )
    backfill.add_argument("--timeout-minutes", type=float, default=60.0, help="per child crawl (default 60)")
    add_config(backfill)
    add_data_dir(backfill)
    add_wait(backfill)
    backfill.set_defaults(func=cmd_backfill)

    status = sub.add_parser(
        "status",
        help="per-source health, freshness and gaps; exit 1 when overdue or broken",
        description="Per source: the last run and its health, the latest month archived, months "
        "missing since [schedule] watch_from, and the next scheduled crawl. Exit status 1 when "
        "any source is overdue (the newest expected release is not archived), broken, or "
        "was never crawled.",
    )
    status.add_argument("--json", action="store_true")
    status.add_argument("--source", action="append", metavar="NAME")
    add_config(status)
    add_data_dir(status)
    status.set_defaults(func=cmd_status)

    schedule = sub.add_parser(
        "schedule",
        help="run the daily crawl and weekly compaction unattended",
        description="Start APScheduler (Asia/Seoul) with the daily crawl ([schedule] daily_at, "
        "default 08:30) and a weekly compaction; jobs persist in the state database. Runs "
        "until SIGTERM/SIGINT; a crawl in progress is let finish. Log: DATA/logs/scheduler.log.",
    )
    add_config(schedule)
    schedule.add_argument("--daily-at", metavar="HH:MM", help="override [schedule] daily_at (Korea time)")
    add_data_dir(schedule)
    schedule.set_defaults(func=cmd_schedule)
