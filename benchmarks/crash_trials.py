"""Many more SIGKILL trials than the suite runs: the crash tests at a larger scale.

    python benchmarks/crash_trials.py [--scale 10]

Runs tests/test_archive_crash.py (partition writes: 50 x scale seeded kill points) and
tests/test_crash_commands.py (crawl, reparse, compaction: 16 x scale, capped by the number of distinct steps)
with ICTARCHIVE_CRASH_SCALE set, and prints how many trials ran, how many failed, and the time taken.
Goal: 0 failures; every trial leaves readable files with each key once, and the re-run equals an
uninterrupted run.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITES = ("tests/test_archive_crash.py", "tests/test_crash_commands.py")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=10)
    args = parser.parse_args()
    env = {**os.environ, "ICTARCHIVE_CRASH_SCALE": str(args.scale)}
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:randomly", "-p", "no:cacheprovider", *SUITES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    planned = 50 * args.scale + 16 * args.scale
    summary = (re.findall(r"\d+ (?:passed|failed)[^\n]*", result.stdout) or ["no summary"])[-1]
    print(
        f"crash trials: scale {args.scale}, up to {planned} seeded SIGKILL points "
        f"(50x partition writes, 16x crawl/reparse/compaction)"
    )
    print(f"pytest: {summary} in {elapsed:.0f} s")
    print(f"goal: every trial consistent and resumable: {'met' if result.returncode == 0 else 'NOT met'}")
    if result.returncode != 0:
        print(result.stdout[-4000:])
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
