"""Pages per second of clean + parse over the sources' own pages, next to trafilatura's extract on the
same pages in the same run. Goal (issue 2): ours at least 2x trafilatura's throughput.
It says which parser ran: the compiled one of an ICTARCHIVE_USE_MYPYC=1 install (README, Quick start) or the
pure-Python one of an editable install; run it with the interpreter of the install to measure.

The pages are the article responses of a demo crawl of the bundled replica (all nine sources, as the
spiders received them, read back from the WARC files), or the HTML files of `--pages DIR`.
Both extractors get one untimed round first (compiled patterns are a one-off cost per process); then
rounds alternate between them and each is rated by its median round.

    .venv/bin/python benchmarks/extract_speed.py [--rounds N] [--pages DIR]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

import scraper.parser
from archive.raw import read_warc, warc_files
from scraper.extract import extract_record
from scraper.parser.version import parser_build

ROOT = Path(__file__).resolve().parent.parent


def replica_pages() -> list[tuple[bytes, str | None]]:
    """Crawl the bundled replica into a scratch archive and return its article responses."""
    with tempfile.TemporaryDirectory(prefix="extract-speed-") as scratch:
        subprocess.run(
            [sys.executable, "-m", "scraper.cli", "demo", "--data-dir", scratch],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        pages = []
        for path in warc_files(Path(scratch) / "raw"):
            for capture in read_warc(path, Path(scratch)):
                if capture.page_type == "article" and capture.status == 200:
                    pages.append((capture.body, capture.canonical_url))  # the real host picks the profile
        return pages


def load_pages(directory: Path) -> list[tuple[bytes, str | None]]:
    pages = []
    for html in sorted(directory.glob("*.html")):
        meta_path = html.with_suffix(".json")
        url = json.loads(meta_path.read_text(encoding="utf-8"))["url"] if meta_path.exists() else None
        pages.append((html.read_bytes(), url))
    return pages


def seconds_per_round(function, pages: list[tuple[bytes, str | None]]) -> float:
    started = time.perf_counter()
    for body, url in pages:
        function(body, url)
    return time.perf_counter() - started


def rates(extractors: dict[str, Callable], pages: list[tuple[bytes, str | None]], rounds: int) -> dict[str, float]:
    """Pages per second of each extractor, from its median round. Rounds alternate between the
    extractors so that a busy moment on the machine slows both, not one."""
    for function in extractors.values():  # one untimed round: compiled patterns, stoplists and caches
        seconds_per_round(function, pages)
    times: dict[str, list[float]] = {name: [] for name in extractors}
    for _ in range(rounds):
        for name, function in extractors.items():
            times[name].append(seconds_per_round(function, pages))
    return {name: len(pages) / statistics.median(spent) for name, spent in times.items()}


def ours(body: bytes, url: str | None) -> None:
    extract_record(body, url=url)


def theirs(body: bytes, url: str | None) -> None:
    trafilatura.extract(body, url=url, deduplicate=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--pages", type=Path, help="a directory of HTML pages (optional .json beside each: its url)")
    args = parser.parse_args()
    pages = load_pages(args.pages) if args.pages else replica_pages()
    measured = rates({"ours": ours, "theirs": theirs}, pages, args.rounds)
    ours_rate, theirs_rate = measured["ours"], measured["theirs"]
    print(f"pages: {len(pages)} x {args.rounds} rounds from {args.pages or 'a demo crawl of the replica'}")
    print(f"parser: {parser_build()}, from {Path(scraper.parser.__file__).parent}")
    print(f"{'extractor':<36}{'pages/s':>10}")
    print(f"{'ictarchive clean + parse':<36}{ours_rate:>10.1f}")
    print(f"{'trafilatura.extract (text only)':<36}{theirs_rate:>10.1f}")
    print(f"ratio ours/trafilatura: {ours_rate / theirs_rate:.2f}x (goal >= 2x)")


if __name__ == "__main__":
    main()
