"""The date a story was written, when its own head says so and the page's date is later.

A blog's copy of a wire story, a site's repost or a page whose metadata gives the day it was last touched carries a
date weeks after the story's: "last month" and a bare "January" are then read from the wrong month. The story itself
often says when it was written: a dateline ("SEOUL, Feb. 10 (Yonhap) --"), the source line a repost keeps
("[Korea.net News, February 10, 2009]"), the day the ministry spoke ("said on Feb. 10", "said Tuesday (Feb. 10)"),
or a date line above the story ("August 14, 2020 / 3:05 AM", "입력 2020.08.14 11:02"; the cleaner takes a bare one
off the text, and the caller passes it on as `stated`).
That date is the one relative periods are read from, when it is earlier than the page's and in an earlier month, and
when no month the head names with its figures comes after it (a release "announced on March 17" about April is a
typo: a report cannot be about a month not yet over).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from scraper.parser.periods import MONTHS

_HEAD = 700  # characters: the title, the dateline and the lead
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DAY_YEAR = r"\.?\s(?P<day>[0-3]?\d)(?!\d)(?:,?\s(?P<year>(?:19|20)\d\d))?"
_STORY_DATES = (
    # a dateline: "SEOUL, Feb. 10 (Yonhap) --", "Seoul, Dec 15 (IANS):", "SEOUL, Oct 15 - "
    re.compile(rf"(?:^|\n)\s*[A-Z][A-Za-z .]{{1,30}},\s?{_MONTH}{_DAY_YEAR}\s?(?:\(|--|—|:|-\s)"),
    # the source line a repost keeps: "[Korea.net News, Science / Tech, February 7 2008]"
    re.compile(rf"\[[^\]\n]{{0,60}},\s{_MONTH}{_DAY_YEAR}\]"),
    # the day the ministry spoke: "said on Feb. 10", "announced on March 15", "said Thursday (Feb. 7)"
    re.compile(rf"\b(?:said|announced|reported|revealed)\s(?:on\s|[A-Z][a-z]+day\s\()?{_MONTH}{_DAY_YEAR}"),
)
# a line of the head that dates the page ("August 14, 2020 / 3:05 AM / Updated 2 hours ago", "By Hana Lee | April 14,
# 2026", "2016-11-14 10:15", "뉴스한빛 | 입력 2015.07.14 11:02", "2018년 12월 14일 | 김도현 기자"): a short line, with
# the year, that is no sentence (a sentence ends with its full stop)
_DATE_LINE = re.compile(
    r"(?m)^(?=[^\n]{0,130}$)[^\n.]{0,60}?"
    rf"(?:\b{_MONTH}\.?\s(?P<day>[0-3]?\d),?\s(?P<year>(?:19|20)\d\d)\b"
    r"|(?<!\d)(?P<nyear>(?:19|20)\d\d)(?:[./-]\s?|년\s?)(?P<nmonth>[01]?\d)(?:[./-]\s?|월\s?)(?P<nday>[0-3]?\d)(?!\d)"
    r"|(?<![\d.])(?P<eday>[0-3]?\d)\.(?P<emonth>[01]?\d)\.(?P<eyear>(?:19|20)\d\d)\b)"  # "FRANKFURT | 20.07.2018"
    r"(?![^\n]*(?:[.다]\s*$|%|\$|달러))"
)
# the first line of prose: a date line above it dates the page, one below it another story (a list of related posts)
_PROSE_LINE = re.compile(r"(?m)^(?:[^\n]{20,}(?:\.|다\.|[.!?][\"”’'])\s*$|[^\n]{160})")  # (or a long line)
# a month the head names (as the figures' period, most often): "in April", "April exports"
# ("Apr." with its full stop, as news style shortens a month: "in Apr., exports …"; "Feb", "Sept" without one)
_MONTH_NAMED = re.compile(
    r"\b(?P<name>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Mar|Apr|Jun|Jul)\.|(?:Feb|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b))"
    r"(?!\s[0-3]?\d\b)"  # (not another date: "March 17")
)


def story_date(text: str, published: date | None, stated: date | None = None) -> date | None:
    """The date the story's head gives for itself, where it should stand for the page's `published`; else None.
    `stated` is a date the page showed above its text (a date line the cleaner took off: "August 14, 2020",
    "입력 2020.08.14"): the caller's `published` may be a later one (a crawl's, a repost's, a page's last edit)."""
    if published is None:
        return None
    head = text[:_HEAD]
    matches = [found for pattern in _STORY_DATES if (found := pattern.search(head)) is not None]
    if stated is None and (top := _PROSE_LINE.search(head)) is not None:
        matches += [found] if (found := _DATE_LINE.search(head, 0, top.start())) is not None else []
    found = min(matches, key=lambda match: match.start()) if matches else None
    written = _the_date(found, published) if found is not None else stated
    if written is None or written >= published or (written.year, written.month) == (published.year, published.month):
        return None
    if _names_a_later_month(head, found, written, published):
        return None
    return written


def _the_date(found: re.Match[str], published: date) -> date | None:
    """The match's date; with no year, the last such day on or before the page's date."""
    groups = found.groupdict()
    if groups.get("nyear") or groups.get("eyear"):
        prefix = "n" if groups.get("nyear") else "e"
        try:
            return date(int(groups[f"{prefix}year"]), int(groups[f"{prefix}month"]), int(groups[f"{prefix}day"]))
        except ValueError:
            return None
    month = MONTHS.get(found.group("month").lower().rstrip("."))
    if month is None:
        return None
    day, year = int(found.group("day")), found.group("year")
    try:
        if year is not None:
            return date(int(year), month, day)
        candidate = date(published.year, month, day)
        return candidate if candidate <= published + timedelta(days=1) else date(published.year - 1, month, day)
    except ValueError:
        return None  # ("Feb. 30": no date)


def _names_a_later_month(head: str, found: re.Match[str] | None, written: date, published: date) -> bool:
    """Does the head name a month, outside the date itself, that is the story's month or later (read against the
    page's date)? Then the story's date is the typo, not the page's."""
    for named in _MONTH_NAMED.finditer(head):
        if found is not None and found.start() <= named.start() < found.end():
            continue
        month = MONTHS[named.group("name").lower().rstrip(".")]
        year = published.year if month <= published.month else published.year - 1
        if (year, month) >= (written.year, written.month):
            return True
    return False
