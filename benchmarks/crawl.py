"""Crawl speed and the cost of a no-op daily run, against a local replica of N articles.

    python benchmarks/crawl.py [--per-source 1100]

Prints: articles and pages/s of a full crawl, requests per new article, the wall time and request count of a
second (no-op) run, and `scrapy bench`'s pages/s on the same machine for comparison. Goals: the no-op run makes
at most 2 requests per source (robots.txt + one list page) in under 10 s; the full crawl reaches at least half
of `scrapy bench`.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scraper.config import write_config
from scraper.replica.compose import compose
from scraper.replica.server import ReplicaServer

FAST = {"autothrottle": False, "download_delay": 0, "concurrency_per_domain": 16, "concurrent_requests": 32}


def crawl(config: Path, data: Path) -> tuple[float, dict]:
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scraper.cli",
            "crawl",
            "--config",
            str(config),
            "--data-dir",
            str(data),
            "--since",
            "1900-01",
            "--json",
        ],
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    return elapsed, json.loads(result.stdout.strip().splitlines()[-1])


def scrapy_bench(seconds: int = 20) -> float | None:
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}", "-s", "LOG_LEVEL=INFO"],
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
    )
    rates = [int(x) for x in re.findall(r"Crawled \d+ pages \(at (\d+) pages/min\)", result.stderr)]
    return max(rates) / 60 if rates else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-source", type=int, default=1100)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ictarchive-bench-"))
    pages = compose(work / "content", per_source=args.per_source)
    with ReplicaServer(work / "content") as server:
        config = work / "replica.toml"
        write_config(config, {n: server.base_url(n) for n in server.replica.sites}, FAST)
        full_time, full = crawl(config, work / "data")
        noop_time, noop = crawl(config, work / "data")
    requests = sum(s["requests"] for s in full["sources"].values())
    new = sum(s["articles_new"] for s in full["sources"].values())
    noop_requests = {name: s["requests"] for name, s in noop["sources"].items()}
    bench = scrapy_bench()
    print(f"replica pages written: {pages}")
    print(
        f"full crawl: {new} new articles, {requests} requests in {full_time:.1f} s "
        f"= {requests / full_time:.0f} pages/s, {requests / max(new, 1):.2f} requests per new article"
    )
    print(
        f"no-op run: {sum(noop_requests.values())} requests ({max(noop_requests.values())} max per source, "
        f"goal <= 2) in {noop_time:.1f} s (goal < 10 s)"
    )
    if bench:
        print(f"scrapy bench: {bench:.0f} pages/s; full crawl at {requests / full_time / bench:.2f}x (goal >= 0.5x)")


if __name__ == "__main__":
    main()
