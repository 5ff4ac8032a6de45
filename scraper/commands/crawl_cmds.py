"""`crawl` (the daily job), `demo` (replica -> fresh archive -> what was found) and `mirror serve`."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from archive.layout import DataDir
from scraper.commands.common import (
    add_config,
    add_data_dir,
    add_wait,
    check_directory,
    configured,
    data_dir,
    dumps,
    new_run_id,
    parse_month,
    refuse_remote,
    render,
)
from scraper.config import Config, write_config
from scraper.errors import UsageError
from scraper.months import Month

if TYPE_CHECKING:
    from scraper.crawl import RunResult

REPLICA_CRAWL = {
    "autothrottle": False,
    "download_delay": 0,
    "concurrency_per_domain": 16,
    "retry_times": 2,
    "retry_backoff": 0.2,
}
COLUMNS = (
    "source",
    "health",
    "requests",
    "articles_new",
    "articles_changed",
    "articles_unchanged",
    "facts",
    "errors",
    "layer_worked",
    "reason",
)


def print_summary(result: RunResult) -> None:
    rows = [[name] + [s.get(c) for c in COLUMNS[1:]] for name, s in result.sources.items()]
    print(render(COLUMNS, rows, "table"))
    for message in result.archive_damage:
        print(f"archive damage: {message}")
    print(f"run {result.run_id}: {result.status}")


def cmd_crawl(args: argparse.Namespace) -> int:
    since = parse_month(args.from_month, "--from") or Month.current().shift(-1)  # last month and this, Korea time
    until = parse_month(args.to_month, "--to")
    if until and since > until:
        since_text = args.from_month or f"{since[0]}-{since[1]:02d} (the default, two months back)"
        raise UsageError(f"--from {since_text} is after --to {args.to_month}; pass an earlier --from")
    config = configured(args)
    data_dir(args)  # a file where the directory should be: said before Scrapy loads
    from scraper.crawl import check_sources, run_crawl  # Scrapy loads once the months and config are good

    sources = check_sources(args.source or config.selected_sources())
    data = data_dir(args, write=True)
    result = run_crawl(
        data,
        config,
        sources,
        new_run_id(),
        since,
        until,
        args.wait,
        command="backfill-crawl" if args.historical else "crawl",
        historical=args.historical,
        progress=sys.stderr if sys.stderr.isatty() and not (args.quiet or args.json) else None,
    )
    if args.json:
        print(dumps(result.to_dict()))
    elif not args.quiet:
        print_summary(result)
    return result.exit_status


def headline(data: DataDir) -> list[tuple]:
    from archive.reader import connect

    sql = (
        "SELECT period, flow, item, value_usd, yoy_pct, source, n_sources FROM series WHERE period = "
        "(SELECT max(period) FROM series WHERE period_type = 'month' AND item = 'ict' AND flow = 'export') "
        "AND item = 'ict' AND region = 'world' ORDER BY flow"
    )
    return connect(data).execute(sql).fetchall()


def cmd_demo(args: argparse.Namespace) -> int:
    content = Path(args.content) if args.content else None
    if args.content:
        refuse_remote(args.content, "content directory", "--content DIR")
    if content is not None and not content.is_dir():
        raise UsageError(f"--content {content}: not a directory of <source>/<slug>.json files")
    if args.data_dir:
        refuse_remote(args.data_dir, "data directory", "--data-dir DIR")
        check_directory(Path(args.data_dir), "data directory", "--data-dir DIR", write=True)
    from archive.reader import connect
    from scraper.crawl import run_crawl  # Scrapy loads once the input is known good
    from scraper.replica.server import ReplicaServer

    root = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="ictarchive-demo-"))
    data = DataDir(root)
    talk = not (args.quiet or args.json)
    with ReplicaServer(content) as server:
        sources = server.replica.sources_with_content()
        config = Config(sources={name: {"base_url": server.base_url(name)} for name in sources}, crawl=REPLICA_CRAWL)
        if talk:
            print(f"replica on {server.url}: crawling {len(sources)} sources into {root}")
        result = run_crawl(
            data,
            config,
            sources,
            new_run_id(),
            command="demo",
            progress=sys.stderr if talk and sys.stderr.isatty() else None,
        )
    connection = connect(data)
    counts = connection.execute(
        "SELECT a.source, count(DISTINCT a.article_id), (SELECT count(*) FROM facts f "
        "WHERE f.source = a.source) FROM articles a GROUP BY 1 ORDER BY 1"
    ).fetchall()
    if args.json:
        print(
            dumps(
                {
                    "data_dir": str(root),
                    **result.to_dict(),
                    "archived": {s: {"articles": a, "facts": f} for s, a, f in counts},
                }
            )
        )
    if not talk:
        return result.exit_status
    print_summary(result)
    print("\narchived per source:")
    print(render(("source", "articles", "facts"), counts, "table"))
    rows = headline(data)
    if rows:
        print(f"\nlatest month ({rows[0][0]}), ICT total:")
        print(render(("period", "flow", "item", "value_usd", "yoy_pct", "source", "n_sources"), rows, "table"))
    print(
        f'\ntry: ictarchive query --data-dir {root} "SELECT period, value_usd, yoy_pct FROM series '
        "WHERE flow = 'export' AND item = 'ict' AND region = 'world' ORDER BY period DESC LIMIT 12\""
    )
    return result.exit_status


def cmd_mirror(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port}: expected a port number 0..65535 (0: any free port)")
    content = Path(args.content) if args.content else None
    if content is not None and not content.is_dir():
        raise UsageError(f"--content {content}: not a directory of <source>/<slug>.json files")
    if args.write_config:
        target = Path(args.write_config)
        if target.is_dir():
            raise UsageError(f"--write-config {target} is a directory; pass a file name")
        check_directory(target.absolute().parent, "directory of --write-config", "--write-config FILE", write=True)
    from scraper.replica.server import ReplicaServer

    layouts = dict(choice.partition("=")[::2] for choice in args.layout or [])
    try:
        server = ReplicaServer(content, port=args.port).start()
    except OSError as exc:
        raise UsageError(
            f"cannot serve on 127.0.0.1 port {args.port} ({exc.strerror or exc}); pick another "
            "--port, or 0 for any free one"
        ) from None
    for source, layout in layouts.items():
        site = server.replica.sites.get(source)
        if site is None or layout not in site.layouts:
            server.stop()
            known = ", ".join(
                f"{n}={'|'.join(s.layouts)}" for n, s in sorted(server.replica.sites.items()) if len(s.layouts) > 1
            )
            raise UsageError(f"--layout {source}={layout}: no such layout; known: {known}")
        server.replica.layouts[source] = layout
    if args.write_config:
        write_config(Path(args.write_config), {n: server.base_url(n) for n in server.replica.sites}, REPLICA_CRAWL)
        print(f"wrote {args.write_config}")
    print(
        f"replica serving {len(server.replica.sources_with_content())} sources on {server.url} (Ctrl-C stops)",
        flush=True,
    )
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    crawl = sub.add_parser(
        "crawl",
        help="the daily job: crawl sources into the archive",
        description="Crawl the sources (default: all) for releases published between --from "
        "and --to (default: the last 2 months) and archive them. Exit status 0 only "
        "when every source is healthy.",
    )
    crawl.add_argument("--source", action="append", metavar="NAME", help="a source to crawl (repeatable)")
    crawl.add_argument(
        "--from",
        "--since",
        dest="from_month",
        metavar="YYYY-MM",
        help="first month of releases (default: two months back; --since is the old name)",
    )
    crawl.add_argument(
        "--to",
        "--until",
        dest="to_month",
        metavar="YYYY-MM",
        help="last month of releases (default: none; --until is the old name)",
    )
    add_config(crawl)
    crawl.add_argument("--json", action="store_true", help="print one JSON object at the end")
    crawl.add_argument(
        "--historical",
        action="store_true",
        help="old months (what backfill runs): walk the lists to --from even when their first "
        "page is unchanged, and do not request articles already archived",
    )
    add_data_dir(crawl)
    add_wait(crawl)
    crawl.set_defaults(func=cmd_crawl)

    demo = sub.add_parser(
        "demo",
        help="crawl the bundled local replica into a fresh archive and show it",
        description="Start the replica on a free 127.0.0.1 port, crawl every source with content "
        "into a data directory (a new one unless --data-dir), stop, and print what was archived.",
    )
    demo.add_argument("--data-dir", metavar="DIR", help="archive directory (default: a new temporary one)")
    demo.add_argument("--content", metavar="DIR", help="replica content directory (default: bundled)")
    demo.set_defaults(func=cmd_demo)

    mirror = sub.add_parser("mirror", help="the local replica of every source site")
    mirror_sub = mirror.add_subparsers(dest="mirror_command", required=True, metavar="ACTION")
    serve = mirror_sub.add_parser("serve", help="serve the replica on 127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--content", metavar="DIR")
    serve.add_argument("--write-config", metavar="FILE", help="write a config pointing every source here")
    serve.add_argument(
        "--layout",
        action="append",
        metavar="SOURCE=LAYOUT",
        help="serve a source in an older layout, e.g. koreaherald_en=older (repeatable)",
    )
    serve.set_defaults(func=cmd_mirror)
