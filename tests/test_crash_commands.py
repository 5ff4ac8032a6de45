"""SIGKILL a crawl, a reparse and a compaction at seeded random steps (tests/crash_points.py): afterwards every
Parquet file opens and holds each key once, and running the command again gives exactly the archive an
uninterrupted run gives; after a crawl, every article whose raw capture was written is archived and the state
store remembers no page the archive lacks.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from archive.layout import DataDir
from archive.raw import read_warc, warc_files
from archive.reader import connect
from scraper.config import write_config
from scraper.replica.server import ReplicaServer
from scraper.state import StateStore
from tests.replica_helpers import FAST

CHILD = "tests.crash_cli"  # run with -m from the project root (cwd=ROOT), so it imports its helpers as a package
ROOT = Path(__file__).parent.parent
SOURCES = ("motie_en", "msit_ko", "koreakr_ko")
SEED = 6
SCALE = int(os.environ.get("ICTARCHIVE_CRASH_SCALE", "1"))  # benchmarks/crash_trials.py runs many more
TRIALS = {"crawl": 6 * SCALE, "reparse": 5 * SCALE, "compact": 5 * SCALE}
KEYS = {"articles": ("article_id", "text_sha256"), "facts": ("fact_id",), "captures": ("warc_record_id",)}


def run(arguments: list[str], kill_at: int, steps_file: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", CHILD, str(kill_at), str(steps_file), *arguments],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def crawl_arguments(config: Path, data: Path, sources: tuple[str, ...] = SOURCES) -> list[str]:
    chosen = [arg for name in sources for arg in ("--source", name)]
    return ["crawl", "--config", str(config), "--data-dir", str(data), "--since", "2024-01", "-q", *chosen]


def consistent(data: DataDir) -> dict[str, frozenset]:
    """Every file opens; no key twice in a partition. Returns each dataset's rows as comparable tuples."""
    rows: dict[str, frozenset] = {}
    for dataset, key in KEYS.items():
        seen: list[tuple] = []
        for year, month in data.partitions(dataset):
            keys: list[tuple] = []
            for path in data.files(dataset, year, month):
                table = pq.read_table(path)
                keys += list(zip(*(table.column(k).to_pylist() for k in key), strict=True))
            assert len(keys) == len(set(keys)), f"{dataset} {year}-{month}: a key twice"
            seen += keys
        rows[dataset] = frozenset(seen)
    return rows


def content(data: DataDir) -> tuple[frozenset, frozenset]:
    """What a reader sees: articles by (canonical URL, text hash), facts by (id, value, change, flags)."""
    with connect(data) as db:
        articles = frozenset(db.execute("SELECT canonical_url, text_sha256 FROM articles").fetchall())
        facts = frozenset(
            db.execute(
                "SELECT fact_id, value_usd, yoy_pct, prior_usd, array_to_string(list_sort(checks), ',') FROM facts"
            ).fetchall()
        )
    return articles, facts


def no_leftovers(data: DataDir) -> None:
    assert not [p for p in data.root.rglob("_stage*")] + [p for p in data.root.rglob("_retired*")]


@pytest.fixture(scope="module")
def replica():
    with ReplicaServer() as server:
        yield server


@pytest.fixture(scope="module")
def config(replica, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash-config") / "replica.toml"
    write_config(path, {name: replica.base_url(name) for name in SOURCES}, FAST)
    return path


def seeded_points(total: int, trials: int, salt: str) -> list[int]:
    rng = random.Random(f"{SEED}-{salt}")
    return sorted(rng.sample(range(1, total + 1), min(trials, total)))


def trial_pool(trial, points: list[int]) -> list:
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(trial, enumerate(points)))


def test_a_killed_crawl_loses_nothing_and_the_next_run_completes_it(tmp_path, config) -> None:
    reference = DataDir(tmp_path / "reference")
    steps_file = tmp_path / "steps"
    finished = run(crawl_arguments(config, reference.root), 0, steps_file)
    assert finished.returncode == 0, finished.stderr[-2000:]
    total = int(steps_file.read_text())
    expected = content(reference)
    assert len(expected[0]) >= 20 and total > 50

    def trial(index_point):
        index, point = index_point
        data = DataDir(tmp_path / f"crawl{index}")
        killed = run(crawl_arguments(config, data.root), point, tmp_path / f"steps{index}")
        assert killed.returncode == -9, (point, killed.stderr[-2000:])
        if data.root.exists():
            consistent(data)
        resumed = run(crawl_arguments(config, data.root), 0, tmp_path / f"steps{index}")
        assert resumed.returncode == 0, (point, resumed.stderr[-2000:])
        consistent(data)
        no_leftovers(data)
        assert content(data) == expected, f"kill at step {point} of {total}: the resumed archive differs"
        archived = {url for url, _ in content(data)[0]}
        raw_articles = {
            c.canonical_url
            for path in warc_files(data.raw)
            for c in read_warc(path, data.root)
            if c.page_type == "article" and c.status == 200
        }
        assert raw_articles <= archived, f"kill at step {point}: captured but never archived"
        state = StateStore(data.state_db)
        remembered = state.connection.execute(
            "SELECT canonical_url, sha256 FROM pages WHERE sha256 IS NOT NULL"
        ).fetchall()
        state.close()
        assert set(remembered) <= set(content(data)[0]), f"kill at step {point}: the state knows a page not archived"
        return point

    points = seeded_points(total, TRIALS["crawl"], "crawl")
    assert trial_pool(trial, points) == points


@pytest.fixture(scope="module")
def crawled(config, tmp_path_factory) -> DataDir:
    """An archive of two crawls (one source, then the others), so partitions hold several files."""
    data = DataDir(tmp_path_factory.mktemp("crawled") / "data")
    steps_file = data.root.parent / "steps"
    for sources in (SOURCES[:1], SOURCES[1:]):
        done = run(crawl_arguments(config, data.root, sources), 0, steps_file)
        assert done.returncode == 0, done.stderr[-2000:]
    return data


@pytest.mark.parametrize("command", ["reparse", "compact"])
def test_a_killed_reparse_or_compaction_is_consistent_and_resumes(tmp_path, crawled, command) -> None:
    reference = DataDir(tmp_path / "reference")
    shutil.copytree(crawled.root, reference.root)
    steps_file = tmp_path / "steps"
    finished = run([command, "--data-dir", str(reference.root), "-q"], 0, steps_file)
    assert finished.returncode == 0, finished.stderr[-2000:]
    total = int(steps_file.read_text())
    expected = content(reference)
    assert expected == content(crawled)  # neither command changes what a reader sees
    if command == "compact":
        assert all(len(reference.files("facts", *p)) == 1 for p in reference.partitions("facts"))

    def trial(index_point):
        index, point = index_point
        data = DataDir(tmp_path / f"{command}{index}")
        shutil.copytree(crawled.root, data.root)
        killed = run([command, "--data-dir", str(data.root), "-q"], point, tmp_path / f"steps{index}")
        assert killed.returncode == -9, (point, killed.stderr[-2000:])
        consistent(data)
        assert content(data) == expected, f"{command} killed at step {point}: a reader sees a different archive"
        resumed = run([command, "--data-dir", str(data.root), "-q"], 0, tmp_path / f"steps{index}")
        assert resumed.returncode == 0, (point, resumed.stderr[-2000:])
        no_leftovers(data)
        assert content(data) == expected
        return point

    points = seeded_points(total, TRIALS[command], command)
    assert trial_pool(trial, points) == points
