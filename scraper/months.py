"""A calendar month and its arithmetic: the one definition every layer uses (crawl bounds, the backfill ledger,
status, reparse ranges, the spiders' paging). "Now" is always Korea time: the releases are Korean, and a host
in UTC at 23:30 on the 31st is already in the next month in Seoul."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

KST = ZoneInfo("Asia/Seoul")
_LABEL = re.compile(r"^(\d{4})-(\d{2})$")


class Month(NamedTuple):
    """(year, month): a tuple, so months compare, sort and hash as (year, month) pairs do."""

    year: int
    month: int

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """'2024-05': how months are written in the ledger, the archive's periods and on the command line."""
        return f"{self.year:04d}-{self.month:02d}"

    @classmethod
    def parse(cls, text: str) -> Month:
        """'2024-05' -> Month(2024, 5); ValueError on anything else."""
        match = _LABEL.match(text.strip())
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise ValueError(f"not a month as YYYY-MM: {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Month:
        """The month a date falls in (a datetime is first put in Korea time)."""
        if isinstance(day, datetime):
            day = day.astimezone(KST) if day.tzinfo is not None else day
        return cls(day.year, day.month)

    @classmethod
    def current(cls, now: datetime | None = None) -> Month:
        """This month in Korea, whatever the host's time zone."""
        return cls.of((now or datetime.now(KST)).astimezone(KST))

    def shift(self, months: int) -> Month:
        """The month `months` later (earlier when negative)."""
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    def next(self) -> Month:
        return self.shift(1)

    def through(self, last: Month) -> Iterator[Month]:
        """This month and each one after it up to `last` inclusive (nothing when `last` is earlier)."""
        month = self
        while month <= last:
            yield month
            month = month.next()


# English month names, January first (independent of the host's locale, unlike `calendar.month_name`).
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
