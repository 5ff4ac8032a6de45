"""What the archive stores for one raw capture (`Ingested`), the capture row, and which partition a row goes to.

Turning a capture into article and fact rows is the domain's job (`scraper.ingest.ingest_capture`): the writers
that need it (crash recovery, `reparse`) are handed it as an `Ingest` function, so the archive never imports the
cleaner or the parser."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date
from zoneinfo import ZoneInfo

from archive.raw import RawCapture
from archive.schema import Row
from scraper.models import CleanedPage
from scraper.problems import Problem

SEOUL = ZoneInfo("Asia/Seoul")


@dataclass
class Ingested:
    capture: Row
    article: Row | None = None
    facts: list[Row] = field(default_factory=list)
    problem: Problem | None = None  # why a page meant to be an article gave no article (empty body ...)
    page: CleanedPage | None = None


Ingest = Callable[[RawCapture], Ingested]  # a capture -> its rows (scraper.ingest.ingest_capture)


def capture_row(capture: RawCapture) -> Row:
    return {
        "url": capture.url,
        "canonical_url": capture.canonical_url or capture.url,
        "source": capture.source,
        "page_type": capture.page_type,
        "fetched_at": capture.fetched_at,
        "status": capture.status,
        "content_type": capture.content_type,
        "content_length": len(capture.body),
        "sha256": capture.sha256,
        "warc_file": capture.warc_file,
        "warc_offset": capture.warc_offset,
        "warc_length": capture.warc_length,
        "warc_record_id": capture.record_id,
        "run_id": capture.run_id,
    }


def period_bounds(period: str) -> tuple[date, date, str]:
    """'2024-01/2024-03' -> (2024-01-01, 2024-03-31, 'quarter')."""
    first, _, last = period.partition("/")
    last = last or first
    y1, m1 = (int(x) for x in first.split("-"))
    y2, m2 = (int(x) for x in last.split("-"))
    start = date(y1, m1, 1)
    end = date(y2, m2, calendar.monthrange(y2, m2)[1])
    months = (y2 - y1) * 12 + m2 - m1 + 1
    if months == 1:
        kind = "month"
    elif months == 3 and m1 in (1, 4, 7, 10):
        kind = "quarter"
    elif months == 6 and m1 in (1, 7):
        kind = "half"
    elif months == 12 and m1 == 1:
        kind = "year"
    elif m1 == 1 and y1 == y2:
        kind = "ytd"
    else:
        kind = "span"
    return start, end, kind


def partition_of(dataset: str, row: Row) -> tuple[int, int]:
    """captures: month fetched (UTC); articles: month published (else fetched, Seoul); facts: period end."""
    if dataset == "facts":
        day = row["period_end"]
    elif dataset == "articles":
        day = row["published_date"] or row["fetched_at"].astimezone(SEOUL).date()
    else:
        day = row["fetched_at"].astimezone(UTC).date()
    return day.year, day.month
