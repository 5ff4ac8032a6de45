"""`status` names the discovery layer that worked last and when, and calls a source broken when it has
found no ICT report for longer than its cadence (a crawl that says `ok` and finds nothing is not quiet)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from archive.layout import DataDir
from scraper.config import Schedule, write_config
from scraper.profiles import get_spec
from scraper.replica.server import ReplicaServer
from scraper.state import StateStore
from scraper.status import compute, latest_reports
from tests.replica_helpers import FAST

SOURCE = "news1_ko"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    config = tmp_path_factory.mktemp("config") / "replica.toml"
    with ReplicaServer() as server:
        write_config(config, {SOURCE: server.base_url(SOURCE)}, FAST)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "scraper.cli",
                "crawl",
                "--config",
                str(config),
                "--data-dir",
                str(data),
                "--since",
                "2000-01",
                "--source",
                SOURCE,
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return DataDir(data), json.loads(result.stdout.strip().splitlines()[-1])


def status_at(data: DataDir, day) -> dict:
    now = datetime(day.year, day.month, day.day, 12)
    [status] = compute(data, [SOURCE], Schedule(expected_day=31), now, None).sources
    return status


def test_the_run_and_the_state_store_record_the_layer_of_each_article(crawled):
    data, report = crawled
    summary = report["sources"][SOURCE]
    assert summary["layer_worked"] == "list" and summary["layers"]["list"]["archived"] == summary["articles_new"] > 0
    store = StateStore(data.state_db)
    layers = {
        row[0]
        for row in store.connection.execute("SELECT layer FROM pages WHERE source = ? AND sha256 IS NOT NULL", [SOURCE])
    }
    assert layers == {"list"}


def test_status_shows_the_layer_that_worked_last_and_when(crawled):
    data, _ = crawled
    newest = latest_reports(data)[SOURCE]
    status = status_at(data, newest + timedelta(days=5))
    finished = StateStore(data.state_db).last_source_runs()[SOURCE]["finished_at"]
    assert (status.layer, status.layer_at) == ("list", finished)


def test_no_report_for_longer_than_the_cadence_is_broken(crawled):
    data, _ = crawled
    newest = latest_reports(data)[SOURCE]
    cadence = get_spec(SOURCE).cadence_days
    fresh = status_at(data, newest + timedelta(days=cadence - 1))
    assert fresh.state != "broken" and fresh.latest_report == newest.isoformat()
    stale = status_at(data, newest + timedelta(days=cadence + 1))
    assert stale.state == "broken" and stale.alert
    assert f"no ICT report found for {cadence + 1} days" in stale.reason
