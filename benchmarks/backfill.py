"""Backfill of years x all sources from a synthetic replica: wall time, requests, months per second, and
what a second backfill over the same range costs (goal: no article fetched again).

    python benchmarks/backfill.py [--years 10] [--chunk-months 12] [--per-source 130]

The replica is composed from the published figures (`scraper.replica.compose`, --per-source pages per
source, reaching back about 15 years). Requests are counted from the WARC files: every response the
crawlers received is there, one record each.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from archive.layout import DataDir
from archive.raw import read_warc, warc_files
from scraper.config import write_config
from scraper.ledger import Ledger
from scraper.replica.compose import compose
from scraper.replica.server import ReplicaServer

FAST = {"autothrottle": False, "download_delay": 0, "concurrency_per_domain": 16, "concurrent_requests": 32}


def responses(data: DataDir) -> Counter:
    """Responses received so far, by page type (list, article, robots ...)."""
    counted: Counter = Counter()
    for path in warc_files(data.raw):
        for capture in read_warc(path, data.root):
            counted[capture.page_type] += 1
    return counted


def backfill(config: Path, data: DataDir, first: str, last: str, chunk: int, *extra: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "scraper.cli",
            "backfill",
            "--from",
            first,
            "--to",
            last,
            "--config",
            str(config),
            "--data-dir",
            str(data.root),
            "--chunk-months",
            str(chunk),
            *extra,
        ],
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--chunk-months", type=int, default=12)
    parser.add_argument("--per-source", type=int, default=130)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="backfill-bench-") as scratch:
        root = Path(scratch)
        pages = compose(root / "content", per_source=args.per_source, seed=1)
        with ReplicaServer(root / "content") as server:
            config = root / "replica.toml"
            write_config(config, {name: server.base_url(name) for name in server.replica.sites}, FAST)
            data = DataDir(root / "data")
            last_year = 2025
            first, last = f"{last_year - args.years:04d}-11", f"{last_year:04d}-10"
            sources = len(server.replica.sites)
            months = args.years * 12 * sources
            seconds = backfill(config, data, first, last, args.chunk_months)
            after_first = responses(data)
            ledger = Ledger(data.state_db)
            statuses = Counter(e.status for e in ledger.entries().values())
            ledger.close()
            again = backfill(config, data, first, last, args.chunk_months, "--rerun", "all")
            second = responses(data) - after_first
    print(
        f"replica: {pages} pages over {sources} sources; backfill {first}..{last} "
        f"({months} source-months, {args.chunk_months}-month chunks)"
    )
    print(
        f"first backfill : {seconds:7.1f} s  {sum(after_first.values()):6d} responses "
        f"({after_first['article']} articles, {after_first['list']} list pages)  {months / seconds:.1f} months/s"
    )
    print(f"ledger         : {dict(sorted(statuses.items()))}")
    print(
        f"second backfill: {again:7.1f} s  {sum(second.values()):6d} responses "
        f"({second['article']} articles, {second['list']} list pages)  goal: 0 articles"
    )


if __name__ == "__main__":
    main()
