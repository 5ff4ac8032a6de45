"""Politeness under pressure: a 429 with Retry-After is waited out before the retry, a Retry-After beyond the
limit is given up on (the run says why instead of hanging), and every response is in raw/ as it came."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from archive.layout import DataDir
from archive.raw import read_warc, warc_files
from scraper.config import write_config
from scraper.replica.server import Fault, ReplicaServer
from scraper.retry import retry_after_seconds
from tests.replica_helpers import FAST

SETTINGS = {**FAST, "retry_times": 3, "max_retry_after": 10}
LIST_PATH = "/motie_en/eng/article/EATCLdfa319ada"
LIST_FAULT = r"EATCLdfa319ada\?pageIndex=1$"  # the first list page, not later pages or articles


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        (" 7 ", 7.0),
        ("", None),
        ("soon", None),
        (format_datetime(datetime(2024, 5, 1, 12, 0, 30, tzinfo=UTC), usegmt=True), 30.0),
        (format_datetime(datetime(2024, 5, 1, 11, 0, tzinfo=UTC), usegmt=True), 0.0),  # a date in the past
    ],
)
def test_retry_after_header_forms(header: str, seconds: float | None) -> None:
    assert retry_after_seconds(header, now=datetime(2024, 5, 1, 12, 0, tzinfo=UTC)) == seconds


def crawl(server: ReplicaServer, tmp_path) -> tuple[int, dict]:
    config = tmp_path / "replica.toml"
    write_config(config, {"motie_en": server.base_url("motie_en")}, SETTINGS)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scraper.cli",
            "crawl",
            "--config",
            str(config),
            "--data-dir",
            str(tmp_path / "data"),
            "--source",
            "motie_en",
            "--since",
            "2024-01",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.returncode, json.loads(result.stdout.strip().splitlines()[-1])


def list_requests(server: ReplicaServer) -> list[tuple[float, int]]:
    return [(when, status) for when, path, status in server.replica.requests if path == LIST_PATH + "?pageIndex=1"]


def test_429_with_retry_after_is_waited_out(tmp_path) -> None:
    with ReplicaServer() as server:
        server.replica.faults.append(Fault(LIST_FAULT, 429, times=2, headers={"Retry-After": "2"}))
        status, report = crawl(server, tmp_path)
        attempts = list_requests(server)
    assert status == 0, report
    assert [code for _, code in attempts] == [429, 429, 200]
    gaps = [later - earlier for (earlier, _), (later, _) in itertools.pairwise(attempts)]
    assert all(gap >= 1.9 for gap in gaps), gaps  # 2 s each time, not at once
    assert report["sources"]["motie_en"]["responses"].get("429") == 2
    data = DataDir(tmp_path / "data")
    statuses = [c.status for path in warc_files(data.raw) for c in read_warc(path, data.root) if c.page_type == "list"]
    assert statuses.count(429) == 2  # raw/ keeps what the site said, refusals included


def test_a_retry_after_beyond_the_limit_is_given_up_and_reported(tmp_path) -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(hours=2), usegmt=True)
    with ReplicaServer() as server:
        server.replica.faults.append(Fault(LIST_FAULT, 429, times=5, headers={"Retry-After": later}))
        started = datetime.now(UTC)
        status, report = crawl(server, tmp_path)
        elapsed = (datetime.now(UTC) - started).total_seconds()
        attempts = list_requests(server)
    assert status == 1
    source = report["sources"]["motie_en"]
    assert source["health"] == "broken" and "429" in source["reason"]
    assert len(attempts) == 1 and elapsed < 60  # asked once, did not wait two hours, did not hammer


def test_server_errors_back_off_exponentially(tmp_path) -> None:
    with ReplicaServer() as server:
        server.replica.faults.append(Fault(LIST_FAULT, 503, times=3))
        status, report = crawl(server, tmp_path)
        attempts = list_requests(server)
    assert status == 0, report
    gaps = [later - earlier for (earlier, _), (later, _) in itertools.pairwise(attempts)]
    assert [code for _, code in attempts] == [503, 503, 503, 200]
    assert gaps[0] >= 0.09 and gaps[1] >= 0.19 and gaps[2] >= 0.39, gaps  # 0.1, 0.2, 0.4 s


def test_a_redirect_to_another_host_is_refused_and_reported(tmp_path) -> None:
    with ReplicaServer() as server:
        elsewhere = server.url.replace("127.0.0.1", "localhost") + "/motie_en/eng/article/EATCLdfa319ada?pageIndex=1"
        server.replica.faults.append(Fault(LIST_FAULT, 302, headers={"Location": elsewhere}))
        status, report = crawl(server, tmp_path)
        served = [path for _, path, _ in server.replica.requests]
    source = report["sources"]["motie_en"]
    assert status == 1 and source["refused"] >= 1  # the redirect (and the robots.txt it would need)
    assert "refused" in source["reason"] and "localhost" in source["reason"]
    assert served.count(LIST_PATH + "?pageIndex=1") == 1  # the redirect was not followed to the other host


def test_an_article_that_fails_is_reported_and_the_next_run_archives_it(tmp_path) -> None:
    with ReplicaServer() as server:
        # the first article requested answers 404 (not retried): the run says so, the next run fetches it
        server.replica.faults.append(Fault(r"EATCLdfa319ada/\d+/view", 404, times=1))
        first_status, first = crawl(server, tmp_path)
        second_status, second = crawl(server, tmp_path)
    data = DataDir(tmp_path / "data")
    from archive.reader import connect

    rows, distinct = connect(data).execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone()
    assert first_status == 1 and first["sources"]["motie_en"]["health"] == "degraded"
    assert "404" in first["sources"]["motie_en"]["reason"]
    assert second_status == 0 and second["sources"]["motie_en"]["articles_new"] == 1  # the missed one, only
    assert rows == distinct == first["sources"]["motie_en"]["articles_new"] + 1
