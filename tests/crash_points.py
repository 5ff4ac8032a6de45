"""Crash points for SIGKILL tests: every call that changes the archive, raw/ or the state store on disk is a
counted step, and the process kills itself with SIGKILL at the N-th (N = 0: never).

Steps are where a real crash can leave something half done: writing a Parquet file, linking, renaming or
removing a directory, swapping a partition in, appending a WARC record, marking a WARC file ingested,
remembering a page in the state store.
"""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Callable

steps = 0
kill_at = 0


def counted(func: Callable) -> Callable:
    def step(*args, **kwargs):
        global steps
        steps += 1
        if steps == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return func(*args, **kwargs)

    return step


class CountedModule:
    """A stand-in for a module whose named functions count as steps; everything else passes through."""

    def __init__(self, module, names: tuple[str, ...]):
        self._module = module
        self._names = names

    def __getattr__(self, name: str):
        attribute = getattr(self._module, name)
        return counted(attribute) if name in self._names else attribute


def install_archive_steps(at: int) -> None:
    """Count the partition writer's filesystem steps (and the stored series', which uses the same ones)."""
    global kill_at
    kill_at = at
    from archive import derived, fsops, partition

    partition.write_parquet = counted(partition.write_parquet)
    derived.write_parquet = partition.write_parquet
    partition.link_or_copy = counted(partition.link_or_copy)
    fsops.os = CountedModule(os, ("rename", "link"))
    partition.os = CountedModule(os, ("rename",))
    partition.shutil = derived.shutil = CountedModule(shutil, ("rmtree",))
    fsops.exchange = counted(fsops.exchange)


def install_crawl_steps() -> None:
    """Also count what a crawl writes besides partitions: WARC records, the ingested mark, the state store."""
    from archive import raw, writer
    from scraper import crawl_run, state

    raw.RawWriter.write = counted(raw.RawWriter.write)
    writer.mark_ingested = crawl_run.mark_ingested = counted(writer.mark_ingested)
    state.StateStore.remember = counted(state.StateStore.remember)
