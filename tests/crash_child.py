"""Run a list of partition upserts, killing itself with SIGKILL at the N-th filesystem step.

Usage: python -m tests.crash_child DATA_DIR WORKLOAD.pickle KILL_AT   (KILL_AT 0 = never; prints the step count)
Steps are the calls that change the archive on disk: writing a file, linking, renaming, removing a tree.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from archive import partition
from archive.layout import DataDir
from tests import crash_points


def main() -> None:
    root, workload, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    crash_points.install_archive_steps(kill_at)
    data = DataDir(root)
    partition.sweep(data)
    for dataset, year, month, table, delete in pickle.loads(workload.read_bytes()):
        partition.upsert(data, dataset, year, month, table, "crash", delete)
    print(crash_points.steps)


if __name__ == "__main__":
    main()
