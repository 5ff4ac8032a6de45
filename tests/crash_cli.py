"""Run one ictarchive command, killing itself with SIGKILL at the N-th counted step (see crash_points).

Usage: python -m tests.crash_cli KILL_AT STEPS_FILE ictarchive-arguments...   (KILL_AT 0 = never)
The number of steps the command took is written to STEPS_FILE when it ends normally.
"""

from __future__ import annotations

import sys
from pathlib import Path

from scraper.cli import main as cli_main
from tests import crash_points


def main() -> int:
    kill_at, steps_file, arguments = int(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
    crash_points.install_archive_steps(kill_at)
    crash_points.install_crawl_steps()
    status = cli_main(arguments)
    steps_file.write_text(str(crash_points.steps))
    return status


if __name__ == "__main__":
    sys.exit(main())
