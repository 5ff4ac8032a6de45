"""Backfill: fill historical months source by source, with a ledger that survives being killed.

The months x sources to do are cut into chunks (contiguous months of one source, newest first, since
a source's list pages run from new to old). Each chunk is one `ictarchive crawl --historical` child
process: Scrapy's reactor runs once per process, and a child that hangs is killed at its timeout
without taking the backfill down. Only when a child has finished are its months settled in the
ledger; a backfill killed mid-chunk redoes that chunk, and since archive writes are idempotent
upserts and articles already archived are not fetched again, the archive ends as an uninterrupted
run's would.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

from archive.layout import DataDir
from archive.lock import EXIT_BUSY, ArchiveBusy
from archive.reader import connect
from scraper.ledger import Entry, Ledger
from scraper.months import Month

RERUN_CHOICES = ("none", "failed", "all")


@dataclass(frozen=True)
class Chunk:
    source: str
    months: tuple[Month, ...]  # ascending, contiguous

    @property
    def since(self) -> str:
        return self.months[0].label

    @property
    def until(self) -> str:
        return self.months[-1].label


def wanted(entry: Entry | None, rerun: str) -> bool:
    """Which ledger states a backfill (re)does: pending always; failed unless --rerun none; all with --rerun all."""
    if entry is None or entry.status == "pending":
        return True
    if entry.status == "failed":
        return rerun in ("failed", "all")
    return rerun == "all"


def plan(
    entries: dict[tuple[str, str], Entry], sources: list[str], months: list[Month], rerun: str, chunk_months: int
) -> list[Chunk]:
    """Chunks of at most `chunk_months` contiguous months per source, newest first."""
    chunks: list[Chunk] = []
    for source in sources:
        todo = [m for m in months if wanted(entries.get((source, m.label)), rerun)]
        runs: list[list[Month]] = []
        for month in todo:
            if runs and runs[-1][-1].next() == month:
                runs[-1].append(month)
            else:
                runs.append([month])
        for run in reversed(runs):
            while run:
                chunks.append(Chunk(source, tuple(run[-chunk_months:])))
                run = run[:-chunk_months]
    return chunks


@dataclass
class Progress:
    """Months settled / left, the source at work, the rate and an ETA: one updating line on a terminal,
    one plain line per chunk otherwise (logs, CI)."""

    total: int
    out: TextIO = sys.stderr
    done: int = 0
    started: float = field(default_factory=time.monotonic)

    def show(self, source: str, note: str = "") -> None:
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed > 0 and self.done else 0.0
        eta = f"{(self.total - self.done) / rate:,.0f}s" if rate else "?"
        line = (
            f"backfill {self.done}/{self.total} months, {self.total - self.done} left | {source} | "
            f"{rate:.2f} months/s | ETA {eta}{' | ' + note if note else ''}"
        )
        if self.out.isatty():
            self.out.write("\r\033[K" + line)
        else:
            self.out.write(line + "\n")
        self.out.flush()

    def close(self) -> None:
        if self.out.isatty():
            self.out.write("\n")


def _die_with_parent() -> None:
    """Child side: SIGTERM when the backfill process dies, even by SIGKILL (Linux prctl)."""
    with contextlib.suppress(OSError):  # not Linux: the child simply outlives a killed parent
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@dataclass
class ChunkResult:
    ok: bool
    summary: dict | None  # the source's crawl summary
    error: str | None
    run_id: str = ""


def crawl_chunk(data: DataDir, chunk: Chunk, config_path: str | None, wait: float, timeout: float) -> ChunkResult:
    command = [
        sys.executable,
        "-m",
        "scraper.cli",
        "crawl",
        "--historical",
        "--json",
        "--data-dir",
        str(data.root),
        "--source",
        chunk.source,
        "--from",
        chunk.since,
        "--to",
        chunk.until,
        "--wait",
        str(wait),
    ]
    if config_path:
        command += ["--config", config_path]
    try:
        child = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=_die_with_parent if os.name == "posix" else None,
        )
    except subprocess.TimeoutExpired:
        return ChunkResult(False, None, f"crawl timed out after {timeout:.0f}s")
    if child.returncode == EXIT_BUSY:
        raise ArchiveBusy(child.stderr.strip().splitlines()[-1] if child.stderr.strip() else "archive busy")
    lines = [line for line in child.stdout.splitlines() if line.startswith("{")]
    if child.returncode not in (0, 1) or not lines:
        tail = (child.stderr.strip().splitlines() or ["no output"])[-1]
        return ChunkResult(False, None, f"crawl exited {child.returncode}: {tail}")
    result = json.loads(lines[-1])
    summary = result["sources"].get(chunk.source, {})
    return ChunkResult(summary.get("health") != "broken", summary, summary.get("reason") or None, result["run_id"])


def archived_per_month(data: DataDir, source: str) -> dict[str, int]:
    """Articles (ICT trade reports) in the archive per publication month for one source."""
    rows = (
        connect(data)
        .execute(
            "SELECT strftime(published_date, '%Y-%m'), count(DISTINCT article_id) FROM articles "
            "WHERE source = ? AND is_ict_trade_report GROUP BY 1",
            [source],
        )
        .fetchall()
    )
    return {month: count for month, count in rows}


def outcomes(chunk: Chunk, result: ChunkResult, archived: dict[str, int]) -> dict[str, tuple[str, int, str | None]]:
    """What each month of a finished chunk becomes in the ledger."""
    settled: dict[str, tuple[str, int, str | None]] = {}
    summary = result.summary or {}
    degraded = summary.get("health") == "degraded"
    oldest = summary.get("oldest_listed")
    for month in chunk.months:
        label = month.label
        rows = archived.get(label, 0)
        if not result.ok:
            settled[label] = ("failed", rows, result.error or "crawl failed")
        elif rows:
            settled[label] = ("done", rows, None)
        elif degraded:
            settled[label] = ("failed", 0, result.error or "crawl had errors")  # the month may be what failed
        elif summary.get("list_exhausted") and oldest and label < oldest[:7]:
            settled[label] = ("empty", 0, f"the source's list ends at {oldest}")
        else:
            settled[label] = ("empty", 0, "no ICT trade release listed for this month")
    return settled


@dataclass
class BackfillReport:
    chunks: int = 0
    months: dict[str, int] = field(default_factory=dict)  # status -> count, over the requested range

    @property
    def exit_status(self) -> int:
        return 1 if self.months.get("failed") or self.months.get("pending") else 0


def run_backfill(
    data: DataDir,
    sources: list[str],
    first: Month,
    last: Month,
    *,
    rerun: str = "failed",
    chunk_months: int = 12,
    config_path: str | None = None,
    wait: float = 0.0,
    timeout: float = 3600.0,
    dry_run: bool = False,
    out: TextIO = sys.stderr,
) -> BackfillReport:
    months = list(first.through(last))
    ledger = Ledger(data.state_db)
    try:
        for source in sources:
            ledger.ensure(source, months)
        chunks = plan(ledger.entries(sources), sources, months, rerun, chunk_months)
        report = BackfillReport(chunks=len(chunks))
        if dry_run:
            for chunk in chunks:
                out.write(f"would crawl {chunk.source} {chunk.since}..{chunk.until} ({len(chunk.months)} months)\n")
        else:
            progress = Progress(sum(len(c.months) for c in chunks), out)
            for chunk in chunks:
                progress.show(chunk.source, f"crawling {chunk.since}..{chunk.until}")
                result = crawl_chunk(data, chunk, config_path, wait, timeout)
                settled = outcomes(chunk, result, archived_per_month(data, chunk.source))
                ledger.settle(chunk.source, settled, result.run_id)
                progress.done += len(chunk.months)
                progress.show(chunk.source, result.error or "")
            progress.close()
        labels = {m.label for m in months}
        for (_, month), entry in ledger.entries(sources).items():
            if month in labels:
                report.months[entry.status] = report.months.get(entry.status, 0) + 1
        return report
    finally:
        ledger.close()
