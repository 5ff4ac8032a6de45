"""The schedule: triggers in Korea time on a UTC host, a missed run survives a restart (once, coalesced),
catch-up after an outage, and a real scheduler process that crawls the replica and stops on SIGTERM."""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.events import EVENT_JOB_MISSED
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

import scheduler
from archive.layout import DataDir
from archive.reader import connect
from scraper.config import write_config
from scraper.replica.content import BUNDLED
from scraper.replica.server import ReplicaServer
from scraper.state import StateStore
from tests.replica_helpers import FAST
from tests.schedule_helpers import record_run, runs

KST = scheduler.KST


@pytest.fixture
def utc_host():
    """The host clock in UTC, as on most servers: triggers must not care."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.parametrize(
    ("now_utc", "expected_kst"),
    [
        # 08:30 KST is 23:30 UTC the day before
        (datetime(2024, 1, 31, 23, 0, tzinfo=UTC), datetime(2024, 2, 1, 8, 30, tzinfo=KST)),
        (datetime(2024, 1, 31, 23, 45, tzinfo=UTC), datetime(2024, 2, 2, 8, 30, tzinfo=KST)),
        (datetime(2024, 2, 28, 23, 31, tzinfo=UTC), datetime(2024, 3, 1, 8, 30, tzinfo=KST)),  # leap day passes
        (datetime(2023, 12, 31, 23, 29, tzinfo=UTC), datetime(2024, 1, 1, 8, 30, tzinfo=KST)),  # new year in Seoul
        (datetime(2024, 12, 31, 12, 0, tzinfo=UTC), datetime(2025, 1, 1, 8, 30, tzinfo=KST)),
    ],
)
def test_daily_trigger_fires_at_0830_seoul_on_a_utc_host(utc_host, now_utc, expected_kst) -> None:
    fire = scheduler.daily_trigger("08:30").get_next_fire_time(None, now_utc)
    assert fire == expected_kst
    assert fire.utcoffset() == timedelta(hours=9)


def test_weekly_compaction_trigger_in_seoul(utc_host) -> None:
    # Saturday 2024-06-01 20:00 UTC is already Sunday 05:00 in Seoul: the next Sunday 04:00 is a week on
    fire = scheduler.weekly_trigger("sun", "04:00").get_next_fire_time(None, datetime(2024, 6, 1, 20, tzinfo=UTC))
    assert fire == datetime(2024, 6, 9, 4, 0, tzinfo=KST)


def make_scheduler(db, grace: int) -> BackgroundScheduler:
    return BackgroundScheduler(
        timezone=KST,
        jobstores={"default": SQLAlchemyJobStore(url=f"sqlite:///{db}")},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": grace},
    )


def register_tick(sched: BackgroundScheduler, db, log) -> None:
    scheduler._add_unless_stored(
        sched, db, record_run, IntervalTrigger(seconds=3, timezone=KST), "tick", "tick", {"path": str(log)}
    )


def test_a_run_missed_while_down_runs_once_after_restart(tmp_path) -> None:
    db, log = tmp_path / "state.sqlite", tmp_path / "runs.txt"
    first = make_scheduler(db, grace=3600)
    register_tick(first, db, log)
    first.start(paused=True)  # stores the job with its next run 3 s ahead, then the host "goes down"
    first.shutdown()
    time.sleep(7.2)  # runs fall due at +3 s and +6 s while nothing is running; the next is at +9 s
    second = make_scheduler(db, grace=3600)
    register_tick(second, db, log)  # same job: kept with its overdue next run, not rescheduled from now
    second.start()
    time.sleep(1.0)
    second.shutdown()
    assert len(runs(log)) == 1  # coalesced into one, and at once rather than 3 s after the restart


def test_a_run_missed_beyond_the_grace_is_reported(tmp_path, caplog) -> None:
    db, log = tmp_path / "state.sqlite", tmp_path / "runs.txt"
    first = make_scheduler(db, grace=1)
    register_tick(first, db, log)
    first.start(paused=True)
    first.shutdown()
    time.sleep(4.0)
    second = make_scheduler(db, grace=1)
    register_tick(second, db, log)
    second.add_listener(scheduler._log_event, EVENT_JOB_MISSED)
    with caplog.at_level(logging.WARNING, logger="ictarchive.scheduler"):
        second.start()
        time.sleep(0.5)
        second.shutdown()
    assert runs(log) == []
    assert any("missed tick" in message for message in caplog.messages)


def finished_crawl_at(db, when: datetime) -> None:
    state = StateStore(db)
    state.start_run("r1", "crawl")
    state.finish_run("r1", "ok", {})
    state.connection.execute("UPDATE runs SET finished_at = ? WHERE run_id = 'r1'", (when.isoformat(),))
    state.close()


def test_catch_up_after_an_outage(tmp_path) -> None:
    db = tmp_path / "state.sqlite"
    now = datetime(2024, 8, 20, 9, 0, tzinfo=KST)
    finished_crawl_at(db, datetime(2024, 5, 3, 0, 0, tzinfo=UTC))  # down since early May
    sched = make_scheduler(db, grace=3600)
    since = scheduler.add_catch_up(sched, tmp_path, None, 60.0, now)
    assert since == "2024-03"  # two months before the last crawl: every release since, and revisions
    job = sched.get_job(scheduler.CATCH_UP_JOB)
    assert job is not None and job.kwargs["since"] == "2024-03"


def test_no_catch_up_within_a_day(tmp_path) -> None:
    db = tmp_path / "state.sqlite"
    now = datetime(2024, 8, 20, 9, 0, tzinfo=KST)
    finished_crawl_at(db, now - timedelta(hours=20))
    assert scheduler.catch_up_since(scheduler.last_crawl_finished(db), now) is None
    assert scheduler.catch_up_since(None, now) is None  # a fresh install: the first daily run and backfill


def recent_content(folder: Path) -> Path:
    """Two sources' bundled pages, the newest ICT report of each re-dated to last month: the daily crawl
    looks at the last two months only."""
    for source in ("motie_en", "msit_ko"):
        (folder / source).mkdir(parents=True)
        reports = sorted(p for p in (BUNDLED / source).glob("*.json") if "ict" in p.name)
        for path in reports[-3:]:
            page = json.loads(path.read_text(encoding="utf-8"))
            page["published"] = (date.today() - timedelta(days=25)).isoformat()
            (folder / source / path.name).write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    return folder


def test_a_real_scheduler_process_crawls_the_replica_and_stops_on_sigterm(tmp_path) -> None:
    data = tmp_path / "data"
    with ReplicaServer(recent_content(tmp_path / "content")) as server:
        config = tmp_path / "replica.toml"
        write_config(
            config,
            {name: server.base_url(name) for name in server.replica.sites},
            {**FAST, "sources": ["motie_en", "msit_ko"]},
        )
        due = datetime.now(KST) + timedelta(seconds=6)
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "scraper.cli",
                "schedule",
                "--data-dir",
                str(data),
                "--config",
                str(config),
                "--daily-at",
                due.strftime("%H:%M:%S"),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not crawl_finished(data / "state.sqlite"):
                time.sleep(1)
            assert crawl_finished(data / "state.sqlite"), "no crawl finished within 120 s"
            time.sleep(1.5)  # the job's "done" event is logged once the child has exited
        finally:
            child.send_signal(signal.SIGTERM)
            output, _ = child.communicate(timeout=60)
    assert child.returncode == 0, output
    log = (data / "logs" / "scheduler.log").read_text()
    assert "daily-crawl" in log and "done" in log and "scheduler stopped" in log
    sources = dict(connect(DataDir(data)).execute("SELECT source, count(*) FROM articles GROUP BY 1").fetchall())
    assert sources.get("motie_en", 0) > 0 and sources.get("msit_ko", 0) > 0
    assert scheduler.next_runs(data / "state.sqlite")[scheduler.DAILY_JOB] > datetime.now(KST)


def crawl_finished(db) -> bool:
    if not db.exists():
        return False
    with sqlite3.connect(db) as connection:
        try:
            return bool(
                connection.execute(
                    "SELECT count(*) FROM runs WHERE command = 'crawl' AND finished_at IS NOT NULL"
                ).fetchone()[0]
            )
        except sqlite3.OperationalError:
            return False
