"""Run every benchmark of the project and write benchmarks/RESULTS.md: the machine, the date, one table with
each figure next to its goal, and each benchmark's own output below it.

    .venv/bin/python benchmarks/run_all.py [--quick]

`--quick` uses smaller sizes (a 2,000-article crawl, 3 years of backfill, archives of 10k and 100k facts, a soak of
1,800 and 5,400 articles) so the whole run takes minutes rather than most of an hour; the table says which sizes
were used.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Figure:
    name: str
    pattern: str  # a regex whose first group is the measured number
    goal: str
    met: Callable[[float], bool] | None = None  # true when the goal is met (None: no pass/fail goal)


BENCHMARKS: list[tuple[str, list[str], list[str], list[Figure]]] = [
    (
        "extract_speed.py",
        [],
        [],
        [
            Figure(
                "clean + parse vs trafilatura (replica pages)",
                r"ratio ours/trafilatura: ([\d.]+)x",
                ">= 2x",
                lambda value: value >= 2,
            ),
        ],
    ),
    (
        "generic_extraction.py",
        [],
        [],
        [
            Figure(
                "generic path F1, held-out site styles (ours)",
                r"^check/ours\s+\d+\s+[\d.]+\s+[\d.]+\s+([\d.]+)",
                ">= trafilatura's",
            ),
            Figure(
                "generic path F1, held-out site styles (trafilatura)",
                r"^check/trafilatura\s+\d+\s+[\d.]+\s+[\d.]+\s+([\d.]+)",
                "-",
            ),
            Figure(
                "generic path F1, all pages (ours)", r"^all/ours\s+\d+\s+[\d.]+\s+[\d.]+\s+([\d.]+)", ">= trafilatura's"
            ),
            Figure(
                "generic path F1, all pages (trafilatura)", r"^all/trafilatura\s+\d+\s+[\d.]+\s+[\d.]+\s+([\d.]+)", "-"
            ),
            Figure("generic path ms/page (ours)", r"^all/ours\s+\d+(?:\s+[\d.]+){4}\s+([\d.]+)", "<= trafilatura's"),
            Figure("generic path ms/page (trafilatura)", r"^all/trafilatura\s+\d+(?:\s+[\d.]+){4}\s+([\d.]+)", "-"),
        ],
    ),
    (
        "crawl.py",
        ["--per-source", "1100"],
        ["--per-source", "220"],
        [
            Figure("full crawl pages/s", r"= ([\d.]+) pages/s", "-"),
            Figure("full crawl vs scrapy bench", r"full crawl at ([\d.]+)x", ">= 0.5x", lambda value: value >= 0.5),
            Figure(
                "no-op daily run: max requests per source", r"\((\d+) max per source", "<= 2", lambda value: value <= 2
            ),
            Figure(
                "no-op daily run: seconds, all sources",
                r"max per source, goal <= 2\) in ([\d.]+) s",
                "< 10 s",
                lambda value: value < 10,
            ),
        ],
    ),
    (
        "backfill.py",
        ["--years", "10"],
        ["--years", "3"],
        [
            Figure("backfill seconds", r"first backfill :\s+([\d.]+) s", "-"),
            Figure("backfill source-months/s", r"([\d.]+) months/s", "-"),
            Figure(
                "second backfill: articles fetched again",
                r"second backfill:.*\((\d+) articles",
                "0",
                lambda value: value == 0,
            ),
        ],
    ),
    (
        "archive_scale.py",
        ["--sizes", "10000", "100000", "1000000"],
        ["--sizes", "10000", "100000"],
        [
            Figure(
                "series, every row to Arrow, largest size (s)",
                r"(?s).*\n\s*\d+\s+\d+\s+\d+\s+\d+\s+\d+\s+[\d.]+\s+"
                r"[\d.]+\s+[\d.]+\s+([\d.]+)",
                "< 0.2 s at 1M facts",
                lambda value: value < 0.2,
            ),
            Figure("writer peak MB, largest size", r"(?s).*\n\s*\d+\s+\d+\s+(\d+)\s", "flat as N grows"),
        ],
    ),
    (
        "soak.py",
        ["--per-source", "1100", "--scale", "3"],
        ["--quick"],
        [
            Figure(
                "soak: articles archived exactly once after one retry run (%)",
                r"exactly once: ([\d.]+)%",
                "100%",
                lambda value: value == 100,
            ),
            Figure("soak: faulty targets, largest size", r"^soak: .*; (\d+) faulty targets at the largest size", "-"),
            Figure("soak: crawl peak RSS MB, largest size", r"^peak RSS ratio: .*-> ([\d.]+) MB", "flat as N grows"),
            Figure(
                "soak: crawl peak RSS, 3x articles / 1x",
                r"^peak RSS ratio: ([\d.]+)x",
                "<= 1.5x",
                lambda value: value <= 1.5,
            ),
        ],
    ),
    (
        "readers_during_writes.py",
        [],
        ["--quick"],
        [
            Figure(
                "failed reads through the views during compactions + reparses",
                r"reads through the views: \d+ reads, failed reads: (\d+)",
                "0",
                lambda value: value == 0,
            ),
            Figure(
                "failed reads through a plain DuckDB glob (for information)",
                r"reads through the glob: \d+ reads, failed reads: (\d+)",
                "-",
            ),
        ],
    ),
]


def machine() -> str:
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(re.search(r"MemTotal:\s+(\d+)", meminfo.read_text()).group(1))
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    return f"{platform.platform()}, {os.cpu_count()} CPUs{memory}, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    rows, sections = [], []
    for script, full, quick, figures in BENCHMARKS:
        arguments = quick if args.quick else full
        if not (HERE / script).exists():  # listed before it is written, so the table shows the gap
            rows += [f"| {figure.name} | not built yet | {figure.goal} |  | {script} |" for figure in figures]
            continue
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(HERE / script), *arguments], capture_output=True, text=True)
        seconds = time.perf_counter() - started
        output = result.stdout.strip() or result.stderr.strip()[-2000:]
        sections.append(
            f"### {script} {' '.join(arguments)}\n\n({seconds:.0f} s, exit {result.returncode})\n\n```\n{output}\n```\n"
        )
        for figure in figures:
            found = re.search(figure.pattern, result.stdout, re.MULTILINE)
            value = float(found.group(1)) if found else None
            met = "" if figure.met is None or value is None else ("yes" if figure.met(value) else "NO")
            rows.append(
                f"| {figure.name} | {'' if value is None else f'{value:g}'} | {figure.goal} | {met} | "
                f"{script} {' '.join(arguments)} |"
            )
        print(f"{script}: {seconds:.0f} s", flush=True)
    text = (
        f"# Benchmark results\n\n{datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}"
        f"{' (--quick sizes)' if args.quick else ''}.\nWritten by `benchmarks/run_all.py`; rerun it to refresh.\n\n"
        "| figure | measured | goal | met | benchmark |\n| --- | --- | --- | --- | --- |\n"
        + "\n".join(rows)
        + "\n\n## Outputs\n\n"
        + "\n".join(sections)
    )
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
