"""The operator's view: per source, how the last run went, what is archived, what is missing, whether
the latest release is overdue. `ictarchive status` exits 1 when any source is overdue or broken, so
cron, systemd or a monitoring probe can alert on the exit status alone.

Freshness: the release for month M is expected by day `expected_day` (default 20) of month M+1,
Korea time. A source is overdue when the newest expected month is not in its archive.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from archive.layout import DataDir
from archive.reader import connect
from scraper.config import Schedule
from scraper.months import Month
from scraper.state import StateStore


def newest_expected_month(today: date, expected_day: int) -> Month:
    """The newest month whose release should be out by `today`: last month once its expected day
    has passed, else the month before."""
    last_month = Month.of(today).shift(-1)
    return last_month if today.day > expected_day else last_month.shift(-1)


@dataclass
class SourceStatus:
    source: str
    last_run: str | None = None  # when it finished (UTC, ISO)
    health: str | None = None  # ok | degraded | broken
    reason: str | None = None
    latest_month: str | None = None
    missing: list[str] = field(default_factory=list)
    state: str = "ok"  # ok | overdue | broken | never

    @property
    def alert(self) -> bool:
        return self.state != "ok"


@dataclass
class Status:
    today: str
    expected_month: str
    watch_from: str
    next_run: str | None
    sources: list[SourceStatus]

    @property
    def exit_status(self) -> int:
        return 1 if any(s.alert for s in self.sources) else 0

    def to_dict(self) -> dict:
        return {**asdict(self), "alert": bool(self.exit_status)}


def archived_months(data: DataDir) -> dict[str, set[str]]:
    """Source -> months (YYYY-MM) with at least one ICT trade report archived."""
    if not data.partitions("articles"):
        return {}
    rows = connect(data).execute(
        "SELECT DISTINCT source, strftime(published_date, '%Y-%m') FROM articles "
        "WHERE is_ict_trade_report AND published_date IS NOT NULL").fetchall()
    found: dict[str, set[str]] = {}
    for source, month in rows:
        found.setdefault(source, set()).add(month)
    return found


def compute(data: DataDir, sources: list[str], schedule: Schedule, now: datetime,
            next_run: datetime | None) -> Status:
    today = now.date()
    expected = newest_expected_month(today, int(schedule.expected_day))
    watch_from = Month.parse(schedule.watch_from) if schedule.watch_from else expected.shift(-11)
    watched = [month.label for month in watch_from.through(expected)]
    runs = StateStore(data.state_db).last_source_runs() if data.state_db.exists() else {}
    archived = archived_months(data)
    statuses = []
    for source in sources:
        run = runs.get(source)
        months = archived.get(source, set())
        status = SourceStatus(source, latest_month=max(months) if months else None,
                              missing=[m for m in watched if m not in months])
        if run:
            status.last_run, status.health, status.reason = run["finished_at"], run["health"], run["reason"] or None
        if run is None:
            status.state = "never"
        elif run["health"] == "broken":
            status.state = "broken"
        elif expected.label not in months:
            status.state = "overdue"
        statuses.append(status)
    return Status(today.isoformat(), expected.label, watch_from.label,
                  next_run.isoformat() if next_run else None, statuses)
