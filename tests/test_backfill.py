"""Backfill: the plan, the ledger after a real backfill of the replica, no article fetched twice, and a
backfill killed (SIGKILL) at several moments that resumes into exactly the archive an uninterrupted
run builds. Also: two crawls at once never write twice."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive.layout import DataDir
from archive.raw import read_warc, warc_files
from archive.reader import connect
from archive.schema import VOLATILE
from scraper.backfill import Chunk, plan
from scraper.config import write_config
from scraper.ledger import Entry, Ledger
from scraper.months import Month
from scraper.replica.content import BUNDLED, load
from scraper.replica.server import ReplicaServer
from spiders.base import is_ict_trade_title
from tests.replica_helpers import FAST

SOURCE = "motie_en"
RANGE = ("2012-07", "2014-06")  # the replica's motie_en list starts in 2013-10: older months are not there


def entry(source: str, month: str, status: str) -> Entry:
    return Entry(source, month, status, 1, "r", 0, None)


def test_plan_chunks_newest_first_and_respects_rerun() -> None:
    months = list(Month(2023, 11).through(Month(2024, 4)))
    ledger = {
        ("a", "2024-01"): entry("a", "2024-01", "done"),
        ("a", "2023-12"): entry("a", "2023-12", "failed"),
        ("a", "2024-03"): entry("a", "2024-03", "empty"),
    }
    assert plan(ledger, ["a"], months, "none", 12) == [
        Chunk("a", ((2024, 4),)),
        Chunk("a", ((2024, 2),)),
        Chunk("a", ((2023, 11),)),
    ]
    assert plan(ledger, ["a"], months, "failed", 12) == [
        Chunk("a", ((2024, 4),)),
        Chunk("a", ((2024, 2),)),
        Chunk("a", ((2023, 11), (2023, 12))),
    ]
    assert plan(ledger, ["a"], months, "all", 4) == [
        Chunk("a", ((2024, 1), (2024, 2), (2024, 3), (2024, 4))),
        Chunk("a", ((2023, 11), (2023, 12))),
    ]


def backfill(config: Path, data: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scraper.cli",
            "backfill",
            "--from",
            RANGE[0],
            "--to",
            RANGE[1],
            "--source",
            SOURCE,
            "--chunk-months",
            "6",
            "--config",
            str(config),
            "--data-dir",
            str(data),
            "--wait",
            "60",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen) -> int:
    process.communicate(timeout=300)
    return process.returncode


def ledger_rows(data: Path) -> dict[str, tuple[str, int, str | None]]:
    ledger = Ledger(DataDir(data).state_db)
    rows = {e.month: (e.status, e.rows, e.last_error) for e in ledger.entries([SOURCE]).values()}
    ledger.close()
    return rows


def archive_rows(data: Path) -> dict[str, list[tuple]]:
    """Every row of articles and facts without the columns that differ between runs (run ids, times)."""
    connection = connect(DataDir(data))
    found = {}
    for dataset in ("articles", "facts"):
        columns = [c[0] for c in connection.execute(f"DESCRIBE {dataset}").fetchall() if c[0] not in VOLATILE[dataset]]
        found[dataset] = sorted(connection.execute(f"SELECT {', '.join(columns)} FROM {dataset}").fetchall(), key=repr)
    return found


def article_fetches(data: Path) -> int:
    root = DataDir(data)
    return sum(1 for path in warc_files(root.raw) for c in read_warc(path, root.root) if c.page_type == "article")


@pytest.fixture(scope="module")
def replica(tmp_path_factory):
    with ReplicaServer() as server:
        config = tmp_path_factory.mktemp("config") / "replica.toml"
        write_config(config, {name: server.base_url(name) for name in server.replica.sites}, FAST)
        yield config


@pytest.fixture(scope="module")
def uninterrupted(replica, tmp_path_factory):
    data = tmp_path_factory.mktemp("whole")
    assert finish(backfill(replica, data)) == 0
    return data


def test_backfill_ledger_matches_the_replica(uninterrupted) -> None:
    ledger = ledger_rows(uninterrupted)
    months = [m.label for m in Month(2012, 7).through(Month(2014, 6))]
    assert sorted(ledger) == months
    with_reports = {e.published.strftime("%Y-%m") for e in load(BUNDLED)[SOURCE] if is_ict_trade_title(e.title)}
    for month in months:
        status, rows, reason = ledger[month]
        if month in with_reports:
            assert (status, rows) == ("done", 1), month
        elif month < "2013-10":
            assert status == "empty" and "list ends" in reason, (month, reason)
        else:
            assert status == "empty" and reason, month


def test_a_second_backfill_fetches_no_article_again(replica, uninterrupted, tmp_path) -> None:
    before = article_fetches(uninterrupted)
    assert before > 0
    assert finish(backfill(replica, uninterrupted, "--rerun", "all")) == 0
    assert article_fetches(uninterrupted) == before


def test_killed_backfill_resumes_into_the_same_archive(replica, uninterrupted, tmp_path) -> None:
    data = tmp_path / "killed"
    for delay in (1.5, 4.0, 7.0):  # inside the first child, between chunks, later children
        process = backfill(replica, data)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
    assert finish(backfill(replica, data)) == 0
    assert ledger_rows(data) == ledger_rows(uninterrupted)
    assert archive_rows(data) == archive_rows(uninterrupted)


def test_two_crawls_at_once_one_waits_or_leaves_and_nothing_is_doubled(replica, tmp_path) -> None:
    data = tmp_path / "data"

    def crawl(*extra: str) -> subprocess.Popen:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "scraper.cli",
                "crawl",
                "--config",
                str(replica),
                "--data-dir",
                str(data),
                "--source",
                SOURCE,
                "--since",
                "2013-01",
                "--json",
                *extra,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    first, second = crawl(), crawl()
    outcomes = sorted([first.communicate(timeout=300), second.communicate(timeout=300)], key=lambda o: o[0] == "")
    codes = sorted([first.returncode, second.returncode])
    if codes == [0, 75]:  # the second found the writer lock taken and said so
        assert "another ictarchive process is writing" in outcomes[1][1]
    else:  # or the first had already finished when the second started
        assert codes == [0, 0]
    waiting = [crawl("--wait", "120"), crawl("--wait", "120")]
    assert [finish(p) for p in waiting] == [0, 0]
    connection = connect(DataDir(data))
    for dataset, key in (("articles", "article_id, text_sha256"), ("facts", "fact_id, parser_version")):
        total, distinct = connection.execute(f"SELECT count(*), count(DISTINCT ({key})) FROM {dataset}").fetchone()
        assert total == distinct > 0, dataset
    assert json.loads(outcomes[0][0].strip().splitlines()[-1])["status"] == "ok"
