"""The unattended schedule: APScheduler 3.x in its own process (`ictarchive schedule`, `python -m scheduler`).

- `BlockingScheduler` in Korea time: the scheduler and every trigger carry Asia/Seoul, so the host's
  own zone (often UTC) never shifts a run.
- Jobs live in a SQLAlchemy job store on the archive's state database, with explicit ids and
  `replace_existing`, module-level functions and primitive arguments (the store pickles references,
  not objects). `coalesce` folds runs missed during downtime into one, `max_instances=1` keeps runs
  from overlapping, and the misfire grace is hours: a host that wakes at 09:10 still runs 08:30's crawl.
- Every crawl is a child process (`ictarchive crawl`) with a hard timeout: Scrapy's reactor can start
  only once per process, and a hung crawl must not hang the schedule. The child runs in its own
  session, so SIGTERM/SIGINT to the scheduler stop the scheduling while a running crawl finishes.
- Catch-up: started after an outage longer than a day, it crawls at once from two months before the
  last finished crawl, which covers every release (and revision) published while it was down.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import NoReturn
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger

from scraper.months import Month

KST = ZoneInfo("Asia/Seoul")
DAILY_JOB = "daily-crawl"
COMPACT_JOB = "weekly-compaction"
CATCH_UP_JOB = "catch-up-crawl"
CRAWL_COMMANDS = ("crawl", "scheduled-crawl")
LOG = logging.getLogger("ictarchive.scheduler")


# -- triggers ---------------------------------------------------------------------------------------


def _clock(value: str) -> tuple[int, int, int]:
    """'08:30' or '08:30:15' -> (8, 30, 15)."""
    parts = [int(part) for part in value.split(":")]
    return parts[0], parts[1], parts[2] if len(parts) > 2 else 0


def daily_trigger(daily_at: str) -> CronTrigger:
    hour, minute, second = _clock(daily_at)
    return CronTrigger(hour=hour, minute=minute, second=second, timezone=KST)


def weekly_trigger(weekday: str, at: str) -> CronTrigger:
    hour, minute, second = _clock(at)
    return CronTrigger(day_of_week=weekday, hour=hour, minute=minute, second=second, timezone=KST)


# -- jobs (module level, primitive arguments: the job store keeps references to them) ---------------


def _ictarchive(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "scraper.cli", *arguments]


def _run_child(command: list[str], timeout_s: float, what: str) -> tuple[int, str, str]:
    """Run a child in its own session (a terminal's Ctrl-C or a service stop reaches only the
    scheduler); kill its whole group at the timeout. Returns (exit status, stdout, stderr)."""
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = child.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        raise RuntimeError(f"{what} killed after its {timeout_s:.0f}s timeout") from None
    return child.returncode, out, err


def _last_line(text: str) -> str:
    return (text.strip().splitlines() or ["no output"])[-1]


def run_crawl_job(data_dir: str, config_path: str | None, timeout_s: float, since: str | None = None) -> None:
    """The daily crawl (and the catch-up): `ictarchive crawl`, by default over the last two months. A run
    that is not healthy raises, so the job is logged as failed with each unhealthy source and its reason."""
    command = _ictarchive("crawl", "--json", "--data-dir", data_dir, "--wait", "600")
    if config_path:
        command += ["--config", config_path]
    if since:
        command += ["--from", since]
    status, out, err = _run_child(command, timeout_s, "crawl")
    lines = [line for line in out.splitlines() if line.startswith("{")]
    summary = json.loads(lines[-1]) if lines else {}
    if status != 0:
        unhealthy = [
            f"{name} {source['health']} ({source['reason']})"
            for name, source in summary.get("sources", {}).items()
            if source.get("health") != "ok"
        ]
        raise RuntimeError(f"crawl exited {status}: " + ("; ".join(unhealthy) or _last_line(err)))
    LOG.info("crawl %s finished: %s", summary.get("run_id"), summary.get("status"))


def run_compaction_job(data_dir: str, timeout_s: float) -> None:
    status, out, err = _run_child(
        _ictarchive("compact", "--data-dir", data_dir, "--wait", "600"), timeout_s, "compaction"
    )
    if status != 0:
        raise RuntimeError(f"compaction exited {status}: {_last_line(err)}")
    LOG.info("compaction finished: %s", _last_line(out))


# -- catch-up ---------------------------------------------------------------------------------------


def last_crawl_finished(state_db: Path) -> datetime | None:
    """When the last crawl that got as far as finishing did so (UTC), from the state database."""
    if not state_db.exists():
        return None
    with sqlite3.connect(state_db) as connection:
        try:
            row = connection.execute(
                f"SELECT max(finished_at) FROM runs WHERE finished_at IS NOT NULL AND command IN "
                f"({','.join('?' * len(CRAWL_COMMANDS))})",
                CRAWL_COMMANDS,
            ).fetchone()
        except sqlite3.OperationalError:  # no runs table yet
            return None
    return datetime.fromisoformat(row[0]) if row and row[0] else None


def catch_up_since(last_finished: datetime | None, now: datetime) -> str | None:
    """The month a catch-up crawl starts from, or None when no catch-up is needed (the last crawl is
    less than a day old, or there never was one: the first daily run and `backfill` cover that)."""
    if last_finished is None or now - last_finished <= timedelta(days=1):
        return None
    return Month.of(last_finished).shift(-2).label


# -- the scheduler ----------------------------------------------------------------------------------


def build_scheduler(
    data_dir: Path,
    config_path: str | None,
    daily_at: str,
    compact_weekday: str,
    compact_at: str,
    crawl_timeout_s: float,
    misfire_grace_s: float,
    scheduler_class: type[BaseScheduler] = BlockingScheduler,
) -> BaseScheduler:
    state_db = data_dir / "state.sqlite"
    scheduler = scheduler_class(
        timezone=KST,
        jobstores={"default": SQLAlchemyJobStore(url=f"sqlite:///{state_db}")},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": int(misfire_grace_s)},
    )
    arguments = {"data_dir": str(data_dir), "config_path": config_path, "timeout_s": crawl_timeout_s}
    _add_unless_stored(scheduler, state_db, run_crawl_job, daily_trigger(daily_at), DAILY_JOB, "daily crawl", arguments)
    _add_unless_stored(
        scheduler,
        state_db,
        run_compaction_job,
        weekly_trigger(compact_weekday, compact_at),
        COMPACT_JOB,
        "weekly compaction",
        {"data_dir": str(data_dir), "timeout_s": crawl_timeout_s},
    )
    scheduler.add_listener(_log_event, EVENT_JOB_MISSED | EVENT_JOB_ERROR | EVENT_JOB_EXECUTED)
    return scheduler


def _add_unless_stored(
    scheduler: BaseScheduler, state_db: Path, func, trigger: CronTrigger, job_id: str, name: str, kwargs: dict
) -> None:
    """Add a job, unless the store already holds the same one. Replacing it would recompute its next
    run from now and silently drop the run that fell due while the scheduler was down; kept, that run
    is a misfire the grace time lets through once (coalesced)."""
    stored = _stored_job(state_db, job_id)
    if (
        stored
        and str(stored.get("trigger")) == str(trigger)
        and stored.get("kwargs") == kwargs
        and stored.get("func") == f"{func.__module__}:{func.__qualname__}"
    ):
        return
    scheduler.add_job(func, trigger, id=job_id, name=name, kwargs=kwargs, replace_existing=True)


def _stored_job(state_db: Path, job_id: str) -> dict | None:
    if not state_db.exists():
        return None
    with sqlite3.connect(state_db) as connection:
        try:
            row = connection.execute("SELECT job_state FROM apscheduler_jobs WHERE id = ?", (job_id,)).fetchone()
        except sqlite3.OperationalError:
            return None
    return pickle.loads(row[0]) if row else None  # our own job store, as APScheduler wrote it


def add_catch_up(
    scheduler: BaseScheduler, data_dir: Path, config_path: str | None, crawl_timeout_s: float, now: datetime
) -> str | None:
    since = catch_up_since(last_crawl_finished(data_dir / "state.sqlite"), now)
    if since is not None:
        scheduler.add_job(
            run_crawl_job,
            "date",
            run_date=now,
            id=CATCH_UP_JOB,
            name="catch-up crawl",
            kwargs={
                "data_dir": str(data_dir),
                "config_path": config_path,
                "timeout_s": crawl_timeout_s,
                "since": since,
            },
            replace_existing=True,
            misfire_grace_time=None,
        )
    return since


def _log_event(event: JobExecutionEvent) -> None:
    if event.code == EVENT_JOB_MISSED:
        LOG.warning(
            "missed %s scheduled for %s (down longer than the misfire grace)", event.job_id, event.scheduled_run_time
        )
    elif event.code == EVENT_JOB_ERROR:
        LOG.error("%s (scheduled %s) failed: %s", event.job_id, event.scheduled_run_time, event.exception)
    else:
        LOG.info("%s (scheduled %s) done", event.job_id, event.scheduled_run_time)


def next_runs(state_db: Path) -> dict[str, datetime]:
    """Job id -> next fire time (Korea time), read from the job store without starting a scheduler."""
    if not state_db.exists():
        return {}
    with sqlite3.connect(state_db) as connection:
        try:
            rows = connection.execute("SELECT id, next_run_time FROM apscheduler_jobs").fetchall()
        except sqlite3.OperationalError:
            return {}
    return {job: datetime.fromtimestamp(when, KST) for job, when in rows if when is not None}


def setup_logging(data_dir: Path) -> Path:
    log_file = data_dir / "logs" / "scheduler.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handlers: list[logging.Handler] = [logging.FileHandler(log_file, encoding="utf-8"), logging.StreamHandler()]
    # the scheduler's own logging, replacing the CLI's default (it is a service: INFO, to a file as well)
    logging.basicConfig(
        level=logging.INFO, handlers=handlers, force=True, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    return log_file


def run(data_dir: Path, config_path: str | None, schedule, daily_at: str | None = None) -> int:
    """Start the schedule (a `scraper.config.Schedule`) and block until SIGTERM/SIGINT."""
    data_dir.mkdir(parents=True, exist_ok=True)
    log_file = setup_logging(data_dir)
    timeout_s = float(schedule.crawl_timeout_minutes) * 60
    scheduler = build_scheduler(
        data_dir,
        config_path,
        daily_at or schedule.daily_at,
        schedule.compact_weekday,
        schedule.compact_at,
        timeout_s,
        float(schedule.misfire_grace_hours) * 3600,
    )
    now = datetime.now(KST)
    since = add_catch_up(scheduler, data_dir, config_path, timeout_s, now)
    if since:
        LOG.info("the last crawl is more than a day old: catching up from %s now", since)

    def stop(signum: int, _frame) -> None:
        LOG.info("%s: stopping; a running crawl finishes (or times out) first", signal.Signals(signum).name)
        threading.Thread(target=scheduler.shutdown, kwargs={"wait": True}, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for job in scheduler.get_jobs():
        LOG.info("%s: next run %s", job.name, job.trigger.get_next_fire_time(None, now))
    LOG.info("scheduler running in Asia/Seoul time; log file %s", log_file)
    scheduler.start()  # blocks until stop() has shut it down
    LOG.info("scheduler stopped")
    return 0


def main(argv: list[str] | None = None) -> NoReturn:
    """`python -m scheduler` is `ictarchive schedule`, exec'd (signals reach it directly) rather than imported:
    the CLI imports this module, so importing the CLI here would close an import cycle."""
    command = _ictarchive("schedule", *(argv if argv is not None else sys.argv[1:]))
    os.execv(command[0], command)


if __name__ == "__main__":
    main()
