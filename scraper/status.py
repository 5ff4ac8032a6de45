"""The operator's view: per source, how the last run went, what is archived, what is missing, whether
the latest release is overdue. `ictarchive status` exits 1 when any source is overdue or broken, so
cron, systemd or a monitoring probe can alert on the exit status alone.

Freshness: the release for month M is expected by day `expected_day` (default 20) of month M+1,
Korea time. A source is overdue when the newest expected month is not in its archive, and broken when its
newest ICT report is older than the source's cadence (`cadence_days` in its spec, about 40 days for a
monthly release): a crawl that keeps saying `ok` while finding nothing is a silent zero.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from archive.layout import DataDir
from archive.reader import connect
from scraper.config import Schedule
from scraper.months import Month
from scraper.profiles import all_specs
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
    latest_report: str | None = None  # publication date of the newest ICT report archived
    layer: str | None = None  # the discovery layer (feed, list, links) that found links last
    layer_at: str | None = None  # when (the end of that run, UTC)

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


def latest_reports(data: DataDir) -> dict[str, date]:
    """Source -> publication date of its newest ICT trade report archived."""
    if not data.partitions("articles"):
        return {}
    rows = (
        connect(data)
        .execute(
            "SELECT source, max(published_date) FROM articles WHERE is_ict_trade_report "
            "AND published_date IS NOT NULL GROUP BY source"
        )
        .fetchall()
    )
    return {source: day for source, day in rows}


def archived_months(data: DataDir) -> dict[str, set[str]]:
    """Source -> months (YYYY-MM) with at least one ICT trade report archived."""
    if not data.partitions("articles"):
        return {}
    rows = (
        connect(data)
        .execute(
            "SELECT DISTINCT source, strftime(published_date, '%Y-%m') FROM articles "
            "WHERE is_ict_trade_report AND published_date IS NOT NULL"
        )
        .fetchall()
    )
    found: dict[str, set[str]] = {}
    for source, month in rows:
        found.setdefault(source, set()).add(month)
    return found


def compute(data: DataDir, sources: list[str], schedule: Schedule, now: datetime, next_run: datetime | None) -> Status:
    today = now.date()
    expected = newest_expected_month(today, int(schedule.expected_day))
    watch_from = Month.parse(schedule.watch_from) if schedule.watch_from else expected.shift(-11)
    watched = [month.label for month in watch_from.through(expected)]
    store = StateStore(data.state_db) if data.state_db.exists() else None
    runs = store.last_source_runs() if store else {}
    layers = store.last_working_layers() if store else {}
    archived = archived_months(data)
    latest = latest_reports(data)
    specs = all_specs()
    statuses = []
    for source in sources:
        run = runs.get(source)
        months = archived.get(source, set())
        newest = latest.get(source)
        status = SourceStatus(
            source,
            latest_month=max(months) if months else None,
            missing=[m for m in watched if m not in months],
            latest_report=newest.isoformat() if newest else None,
        )
        status.layer, status.layer_at = layers.get(source, (None, None))
        if run:
            status.last_run, status.health, status.reason = run["finished_at"], run["health"], run["reason"] or None
        cadence = specs[source].cadence_days if source in specs else 40
        if run is None:
            status.state = "never"
        elif run["health"] == "broken":
            status.state = "broken"
        elif newest is None or (today - newest).days > cadence:
            status.state = "broken"
            status.reason = (
                f"no ICT report found for {(today - newest).days} days (the newest is of {newest}; "
                f"one is expected about every {cadence} days)"
                if newest
                else "no ICT report found at all (a source that finds nothing is broken, not quiet)"
            )
        elif expected.label not in months:
            status.state = "overdue"
        statuses.append(status)
    return Status(
        today.isoformat(), expected.label, watch_from.label, next_run.isoformat() if next_run else None, statuses
    )
