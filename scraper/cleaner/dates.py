"""Publication dates in the forms the sources write them, normalised to the Asia/Seoul calendar day.

A handful of explicit patterns beats a general date parser here: the forms are known (sites.md §9), a
general parser would also accept the many non-publication dates in an article body, and it is slow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

import re
from datetime import UTC, date, datetime, timedelta, timezone

SEOUL = timezone(timedelta(hours=9))
MONTHS = {
    m: i
    for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}

_ISO_TIMESTAMP = re.compile(
    r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\.\d+)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?"
)
_NUMERIC = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s?[-./년]\s?(?P<m>\d{1,2})\s?[-./월]\s?(?P<d>\d{1,2})(?!\d)")
_ENGLISH = re.compile(
    r"\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s(?P<d>\d{1,2}),?\s(?P<y>(?:19|20)\d{2})",
    re.I,
)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _timestamp(match: re.Match[str]) -> datetime | None:
    """The timestamp a match names, or None for an impossible one ("T93:00" on a damaged page)."""
    try:
        return datetime(
            int(match["y"]), int(match["m"]), int(match["d"]), int(match["H"]), int(match["M"]), int(match["S"] or 0)
        )
    except ValueError:
        return None


def parse_date(text: str | None) -> date | None:
    """The first date in `text`: ISO timestamps (converted to Seoul time when they carry a zone; a naive
    one is taken as Seoul time already), YYYY-MM-DD / YYYY.MM.DD / YYYY년 M월 D일, 'Aug 3, 2022'."""
    if not text:
        return None
    match = _ISO_TIMESTAMP.search(text)
    stamp = _timestamp(match) if match else None
    if match and stamp is not None:
        zone = match["tz"]
        if zone:
            offset = (
                UTC
                if zone == "Z"
                else timezone((1 if zone[0] == "+" else -1) * timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:])))
            )
            stamp = stamp.replace(tzinfo=offset).astimezone(SEOUL)
        return stamp.date()
    candidates = []
    for pattern in (_NUMERIC, _ENGLISH):
        found = pattern.search(text)
        if found:
            candidates.append(found)
    if not candidates:
        return None
    found = min(candidates, key=lambda m: m.start())
    if found.re is _ENGLISH:
        return _valid(int(found["y"]), MONTHS[found["mon"][:3].lower()], int(found["d"]))
    return _valid(int(found["y"]), int(found["m"]), int(found["d"]))


GLUED_TITLE_DATE = re.compile(r"^(?P<title>.{8,}?)\s*(?P<date>(?:19|20)\d{2}[-.]\d{2}[-.]\d{2})\s*$")
# the written forms of a date the cleaner meets in a page's lines, shared by the patterns below
_NUMERIC_DATE = r"(?:19|20)\d{2}[-./]\s?\d{1,2}[-./]\s?\d{1,2}"  # "2017-01-16", "2017.01.13", "2017. 1. 16"
_CLOCK = r"(?:\s\d{1,2}:\d{2}(?::\d{2})?)?"  # " 11:00", " 09:30:15"
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

DATE_LABEL = re.compile(
    r"^\s*(?:date|등록일|작성일|(?:기사|최초)?\s?(?:입력|승인)|발행일|송고(?:\s?시간)?|Published\s?:?|Posted\s?:?|Updated\s?:?)\s*:?\s*"
    rf"(?P<date>{_NUMERIC_DATE})\.?{_CLOCK}",
    re.I,
)


# a line that is only a date (and time), maybe after a wire's credit: "【세종=뉴시스】 2017-01-16 11:00",
# "2017.01.13", "April 14, 2009"; it dates the page and is no text (a reader took its year for a period's)
DATE_ONLY_LINE = re.compile(
    rf"^\s*(?:【[^】]{{1,24}}】|\[[^\]]{{1,24}}\])?\s*(?P<date>{_NUMERIC_DATE}\.?|{_MONTH_NAME}\s\d{{1,2}},\s(?:19|20)\d{{2}})"
    rf"{_CLOCK}\s*$",
    re.I,
)
# a date anywhere in a line, for telling a masthead's dated line ("Markets | 16/01/2019") from text
DATE_IN_LINE = re.compile(
    rf"{_MONTH_NAME}\s\d{{1,2}},?\s\d{{4}}"
    r"|\d{4}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}\s?년\s?\d{1,2}\s?월\s?\d{1,2}\s?일",
    re.I,
)


def markup_date(root: HtmlElement, url: str | None) -> date | None:
    """The last resort for a source's page none of our selectors dates (a redesign renamed them): htmldate's
    reading of the markup alone (dozens of meta names, <time>, date-like class names, the URL), with its
    search of the body text off, for the reason above."""
    from htmldate import find_date  # imported on first use: most pages are dated by their selectors

    found = find_date(root, extensive_search=False, original_date=True, url=url)
    return date.fromisoformat(found) if found else None
