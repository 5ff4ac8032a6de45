"""`probe`: what each source's site gives today, layer by layer (run it before the first schedule)."""

from __future__ import annotations

import argparse
import json

from scraper.commands.common import render
from scraper.config import load_config


def cmd_probe(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    from scraper.crawl import check_sources
    from scraper.probe import probe

    reports = probe(config, check_sources(args.source or config.selected_sources()))
    failed = [r.source for r in reports if not r.ok]
    if args.json:
        print(json.dumps({"ok": not failed, "sources": {r.source: r.to_dict() for r in reports}}, ensure_ascii=False))
        return 1 if failed else 0
    if args.quiet:
        return 1 if failed else 0
    rows: list[tuple[object, ...]] = []
    for r in reports:
        rows.append((r.source, "robots.txt", r.robots, None, None, None, None, None, ""))
        for layer in r.layers:
            rows.append(
                (
                    r.source,
                    layer.layer,
                    layer.url,
                    layer.links,
                    layer.titles,
                    layer.dates,
                    None,
                    None,
                    layer.problem or "ok",
                )
            )
        a = r.article
        rows.append(
            (
                r.source,
                "article",
                a.url if a else r.note,
                None,
                None,
                None,
                a.body_chars if a else None,
                a.facts if a else None,
                (a.problem or "ok") if a else "",
            )
        )
    print(
        render(("source", "check", "url", "links", "titles", "dates", "body chars", "facts", "result"), rows, "table")
    )
    print(
        f"{len(reports) - len(failed)} of {len(reports)} sources ok"
        + (f"; failed: {', '.join(failed)}" if failed else "")
    )
    return 1 if failed else 0


def register(sub: argparse._SubParsersAction) -> None:
    probe = sub.add_parser(
        "probe",
        help="check each source's site today, layer by layer (run before scheduling)",
        description="Politely fetch robots.txt, the first page of each discovery layer (feed, "
        "list, links) and the newest ICT article of each source, and print what each found. "
        "Nothing is archived. Exit status 1 when any source fails (the layer and its selector "
        "are named).",
    )
    probe.add_argument("--source", action="append", metavar="NAME", help="a source to probe (repeatable)")
    probe.add_argument("--config", metavar="FILE", help="TOML config (default: $ICTARCHIVE_CONFIG)")
    probe.set_defaults(func=cmd_probe)
