"""SIGKILL the writer at every kind of point: the archive stays readable, never doubled, never half-written,
and finishing the work afterwards gives exactly what an uninterrupted writer gives."""

from __future__ import annotations

import os
import pickle
import random
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from archive import ids, schema
from archive.layout import DataDir
from archive.rows import period_bounds

CHILD = "tests.crash_child"  # run with -m from the project root, so it imports its helpers as a package
TRIALS = 50 * int(os.environ.get("ICTARCHIVE_CRASH_SCALE", "1"))  # more in benchmarks/crash_trials.py
SEED = 20261122


def fact_rows(article: str, months: list[tuple[int, int]], value: float) -> list[dict]:
    rows = []
    for year, month in months:
        period = f"{year}-{month:02d}"
        start, end, kind = period_bounds(period)
        for item in ("ict", "semiconductors", "displays"):
            rows.append(
                {
                    "fact_id": ids.fact_id(article, period, "export", item, "world"),
                    "article_id": article,
                    "source": "motie_en",
                    "source_kind": "ministry",
                    "url": "https://x/",
                    "period": period,
                    "published_date": date(year, month, 28),
                    "period_start": start,
                    "period_end": end,
                    "period_type": kind,
                    "flow": "export",
                    "item": item,
                    "region": "world",
                    "value_usd": value,
                    "yoy_pct": 1.0,
                    "checks": [],
                    "parser_version": "1",
                    "extracted_at": datetime(2026, 1, 1, tzinfo=UTC),
                    "run_id": "x",
                }
            )
    return rows


def workload() -> list[tuple]:
    """Inserts, then revisions of some rows, then deletions, over three partitions."""
    months = [(2024, 1), (2024, 2), (2024, 3)]
    steps = []
    for round_, value in enumerate((1e9, 2e9, 2e9, 3e9)):
        article = f"a{round_ % 2}"
        for year, month in months:
            rows = fact_rows(article, [(year, month)], value)
            delete = {(rows[0]["fact_id"],)} if round_ == 3 and month == 2 else None
            if delete:
                rows = rows[1:]
            steps.append(("facts", year, month, schema.to_table("facts", rows), delete))
    return steps


def run_child(root: Path, work: Path, kill_at: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", CHILD, str(root), str(work), str(kill_at)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent.parent,
    )


def snapshot(data: DataDir) -> dict[tuple[int, int], frozenset]:
    """Each partition's rows as a set of (key, value) pairs; fails if any file is unreadable."""
    state = {}
    for year, month in data.partitions("facts"):
        rows = []
        for path in data.files("facts", year, month):
            table = pq.read_table(path)
            rows += list(zip(table.column("fact_id").to_pylist(), table.column("value_usd").to_pylist(), strict=True))
        keys = [key for key, _ in rows]
        assert len(keys) == len(set(keys)), f"doubled rows in {year}-{month}"
        state[(year, month)] = frozenset(rows)
    return state


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """Every state each partition passes through in an uninterrupted run, and the final state."""
    base = tmp_path_factory.mktemp("crash")
    work = base / "work.pickle"
    steps = workload()
    work.write_bytes(pickle.dumps(steps))
    seen: dict[tuple[int, int], set] = {}
    data = DataDir(base / "reference")
    for index in range(len(steps)):  # replay prefix by prefix to record every intermediate state
        partial = base / f"prefix{index}.pickle"
        partial.write_bytes(pickle.dumps(steps[: index + 1]))
        shutil.rmtree(data.root, ignore_errors=True)
        result = run_child(data.root, partial, 0)
        assert result.returncode == 0, result.stderr
        for key, rows in snapshot(data).items():
            seen.setdefault(key, {frozenset()}).add(rows)
    total_steps = int(result.stdout.strip())
    return work, seen, snapshot(data), total_steps


def test_killed_writer_leaves_a_consistent_archive_and_resumes(tmp_path, reference):
    work, seen, final, total_steps = reference
    rng = random.Random(SEED)
    points = sorted(rng.randint(1, total_steps) for _ in range(TRIALS))

    def trial(index_point):
        index, point = index_point
        data = DataDir(tmp_path / f"trial{index}")
        killed = run_child(data.root, work, point)
        assert killed.returncode == -9, (point, killed.stderr)
        state = snapshot(data)  # every file opens, no key twice
        for key, rows in state.items():
            assert rows in seen[key], f"kill at step {point}: partition {key} is in no state a writer passes through"
        resumed = run_child(data.root, work, 0)
        assert resumed.returncode == 0, resumed.stderr
        assert snapshot(data) == final, f"kill at step {point}: resumed archive differs"
        leftovers = list(data.root.glob("facts/year=*/_*"))
        assert not leftovers, leftovers
        return point

    with ThreadPoolExecutor(max_workers=2) as pool:
        done = list(pool.map(trial, enumerate(points)))
    assert len(done) == TRIALS and len(set(done)) > min(TRIALS, total_steps) // 3  # different points were hit
