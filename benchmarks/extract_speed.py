"""Pages per second of clean + parse over the sources' own pages, next to trafilatura's extract on the
same pages in the same run. Goal (issue 2): ours at least 2x trafilatura's throughput.

    .venv/bin/python benchmarks/extract_speed.py [--rounds N] [--pages DIR]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import trafilatura

from scraper.extract import extract_record

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAGES = ROOT / "tests" / "fixtures" / "pages"


def load_pages(directory: Path) -> list[tuple[bytes, str | None]]:
    pages = []
    for html in sorted(directory.glob("*.html")):
        meta_path = html.with_suffix(".json")
        url = json.loads(meta_path.read_text(encoding="utf-8"))["url"] if meta_path.exists() else None
        pages.append((html.read_bytes(), url))
    return pages


def rate(function, pages: list[tuple[bytes, str | None]], rounds: int) -> float:
    function(*pages[0])  # warm caches (profile discovery, compiled patterns)
    started = time.perf_counter()
    for _ in range(rounds):
        for body, url in pages:
            function(body, url)
    return rounds * len(pages) / (time.perf_counter() - started)


def ours(body: bytes, url: str | None) -> None:
    extract_record(body, url=url)


def theirs(body: bytes, url: str | None) -> None:
    trafilatura.extract(body, url=url, deduplicate=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    args = parser.parse_args()
    pages = load_pages(args.pages)
    ours_rate = rate(ours, pages, args.rounds)
    theirs_rate = rate(theirs, pages, args.rounds)
    print(f"pages: {len(pages)} x {args.rounds} rounds from {args.pages}")
    print(f"{'extractor':<36}{'pages/s':>10}")
    print(f"{'ictarchive clean + parse':<36}{ours_rate:>10.1f}")
    print(f"{'trafilatura.extract (text only)':<36}{theirs_rate:>10.1f}")
    print(f"ratio ours/trafilatura: {ours_rate / theirs_rate:.2f}x (goal >= 2x)")


if __name__ == "__main__":
    main()
