"""Run a list of partition upserts, killing itself with SIGKILL at the N-th filesystem step.

Usage: python crash_child.py DATA_DIR WORKLOAD.pickle KILL_AT   (KILL_AT 0 = never; prints the step count)
Steps are the calls that change the archive on disk: writing a file, linking, renaming, removing a tree.
"""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import sys
from pathlib import Path

from archive import fsops, partition
from archive.layout import DataDir

steps = 0
kill_at = 0


def counted(func):
    def wrapper(*args, **kwargs):
        global steps
        steps += 1
        if steps == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return func(*args, **kwargs)
    return wrapper


class CountedModule:
    """A stand-in for a module whose named functions count as steps; everything else passes through."""

    def __init__(self, module, names: tuple[str, ...]):
        self._module = module
        self._names = names

    def __getattr__(self, name: str):
        attribute = getattr(self._module, name)
        return counted(attribute) if name in self._names else attribute


def main() -> None:
    global kill_at
    root, workload, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    partition.write_parquet = counted(partition.write_parquet)
    partition.link_or_copy = counted(partition.link_or_copy)
    fsops.os = CountedModule(os, ("rename", "link"))
    partition.os = CountedModule(os, ("rename",))
    partition.shutil = CountedModule(shutil, ("rmtree",))
    fsops.exchange = counted(fsops.exchange)
    data = DataDir(root)
    partition.sweep(data)
    for dataset, year, month, table, delete in pickle.loads(workload.read_bytes()):
        partition.upsert(data, dataset, year, month, table, "crash", delete)
    print(steps)


if __name__ == "__main__":
    main()
