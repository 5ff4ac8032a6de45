"""Periods: what a figure is about ("2025-06", "2025-01/2025-06"), found in text and resolved against
the publication date.

A mention is first read into a `PeriodSpec` (what the words say: "June", "the first half of last
year", "지난달") and only then resolved to a `Period`, because resolution needs context the scanner
gathers as it goes: the publication date, a year named earlier in the sentence, the last month named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache
from typing import TypedDict

from scraper.parser.numbers import SMALL_NUMBER_WORDS

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "상": 1,
    "하": 2,
}


@dataclass(frozen=True, order=True)
class Period:
    start: tuple[int, int]  # (year, month)
    end: tuple[int, int]

    @cached_property  # asked for every figure's key (kept in the instance's __dict__; fields stay frozen)
    def label(self) -> str:
        first = f"{self.start[0]:04d}-{self.start[1]:02d}"
        if self.start == self.end:
            return first
        return f"{first}/{self.end[0]:04d}-{self.end[1]:02d}"

    @property
    def months(self) -> int:
        """How many months the period spans: a month 1, a quarter 3, a year 12."""
        return (self.end[0] - self.start[0]) * 12 + self.end[1] - self.start[1] + 1

    @property
    def is_month(self) -> bool:
        return self.start == self.end

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls((year, month), (year, month))

    @classmethod
    def from_label(cls, label: str) -> Period:
        parts = label.split("/")
        first = tuple(int(x) for x in parts[0].split("-"))
        last = tuple(int(x) for x in parts[-1].split("-"))
        return cls((first[0], first[1]), (last[0], last[1]))


@dataclass(frozen=True)
class PeriodSpec:
    """What a period mention says before it is placed in time."""

    first_month: int | None = None  # None for relative kinds
    last_month: int | None = None
    year: int | None = None  # explicit year
    year_offset: int | None = None  # 0 = this year, -1 = last year (relative to publication)
    relative: str | None = None  # last_month, next_month, prior_month, same_month, quarter_of_month, half_of_month,
    # same_period, then, year_before, ytd
    bare_year: bool = False  # a year named alone ("in 2022", "2017년")
    like_topic: bool = False  # "the 2022 export volume": the months the text is about, in that year
    label_year: bool = False  # "(2015: $161.95 billion)": the months of the figure before it, in that year

    @property
    def is_span_kind(self) -> bool:
        return self.first_month is not None and self.first_month != self.last_month


def is_calendar_span(period: Period) -> bool:
    """A quarter, a half or a year: the spans a report can be about (a running total is not one)."""
    (first_year, first), (last_year, last) = period.start, period.end
    length = (last_year - first_year) * 12 + last - first + 1
    return length in (3, 6, 12) and (first - 1) % length == 0


def previous_month(day: date) -> tuple[int, int]:
    return (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)


def shift_month(ym: tuple[int, int], months: int) -> tuple[int, int]:
    index = ym[0] * 12 + (ym[1] - 1) + months
    return (index // 12, index % 12 + 1)


@lru_cache(maxsize=1024)  # labels repeat within and across documents; the Period is immutable
def label_a_year_before(label: str) -> str:
    """The label of the same month or span a year before the one `label` names."""
    return year_before(Period.from_label(label)).label


def year_before(period: Period) -> Period:
    """The same month or span a year earlier: where a figure's year-earlier value belongs."""
    return Period(shift_month(period.start, -12), shift_month(period.end, -12))


def resolve(
    spec: PeriodSpec, published: date | None, context_year: int | None = None, last_month: tuple[int, int] | None = None
) -> Period | None:
    """Place a spec in time. Without a year, a month or span is the latest one that ended before the
    publication month (a release published in July describes June)."""
    if spec.relative == "last_month":
        return Period.month(*previous_month(published)) if published else None
    if spec.relative == "ytd":
        end = last_month or (previous_month(published) if published else None)
        return Period((end[0], 1), end) if end else None
    if spec.relative == "same_month":
        return Period.month(*last_month) if last_month else None
    if spec.relative in ("quarter_of_month", "half_of_month"):  # "the quarterly total", "in the half"
        if last_month is None and spec.relative == "half_of_month" and published:
            last_month = previous_month(published)  # (no month named yet: the report's)
        if last_month is None:
            return None
        length = 3 if spec.relative == "quarter_of_month" else 6
        first = length * ((last_month[1] - 1) // length) + 1
        return Period((last_month[0], first), (last_month[0], first + length - 1))
    if spec.relative == "next_month":
        return Period.month(*shift_month(last_month, 1)) if last_month else None
    if spec.relative == "prior_month":
        if last_month is None:
            return Period.month(*previous_month(published)) if published else None
        return Period.month(*shift_month(last_month, -1))
    if spec.first_month is None or spec.last_month is None:
        return None
    year = spec.year
    if year is None and spec.year_offset is not None and published:
        year = published.year + spec.year_offset
        if spec.year_offset == 0 and spec.first_month == 1 and spec.last_month == 12 and published.month > 1:
            return None  # "올해" mid-year: a running total whose months the words do not say
        if spec.year_offset == 0 and spec.first_month == 1 and spec.last_month == 12:
            year -= 1  # "올해 수출액" in a January report: a whole year's figures are the year just ended
    if year is None:
        year = context_year
    if year is None:
        if published is None:
            return None
        year = published.year if spec.last_month <= published.month else published.year - 1
    # "July-February": a fiscal year's span across the turn of the year starts the year before its end
    first_year = year - 1 if spec.first_month > spec.last_month else year
    return Period((first_year, spec.first_month), (year, spec.last_month))


# ----------------------------------------------------------------------------------------------
# Mention patterns. Each returns a PeriodSpec from its match.

# an abbreviation needs no full stop ("in Sept exports rose", "Oct 2015"), as a word of its own (no "decline"); "Mar",
# "Apr", "Jun", "Jul" are words too ("mar", "APR"), months only before their year ("Mar 2016", "Jun '22"), and "Jan" a
# name ("Jan Kowal"), a month before its year or after a preposition ("in Jan")
_BEFORE_A_YEAR = r"(?=\s(?:19|20)\d{2}\b|\s?['’]\d{2}\b)"
_JAN_AFTER = "|".join(rf"(?<=\b{word}\s)" for word in ("in", "of", "for", "since", "from", "to", "through", "during"))
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
    r"(?<![a-z])(?:Feb|Aug|Sept?|Oct|Nov|Dec)(?![a-z.])|"
    rf"(?:{_JAN_AFTER})Jan(?![a-z.])|(?<![a-z])Jan{_BEFORE_A_YEAR}|"
    rf"(?<![a-z])(?:Mar|Apr|Jun|Jul){_BEFORE_A_YEAR})"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
# a month's name ends its word ("maybe", "mayor", "marched" name none), and "may" before a verb is the verb
# ("exports may rise", "the worst may be over") unless a preposition makes it the month ("in May have been revised");
# the scanner reads lowered text, so the verb after it tells, not its case
_MONTH_AFTER = ("in", "of", "for", "since", "from", "to", "than", "last", "this", "next", "early", "late", "through")
_MODAL_VERBS = (
    "be|have|not|also|still|well|even|rise|fall|grow|drop|decline|increase|decrease|continue|return|ease|help|"
    "stabili[sz]e|recover|slow|remain|hold|erode|reach|top|exceed|improve|weaken|take|need|see|come|get|face|hit"
)
_NO_MODAL_MAY = (  # (checked after the name: a pattern that opens with the name is skipped fast where none is)
    "(?:" + "|".join(rf"(?<=\b{word}\smay)" for word in _MONTH_AFTER) + rf"|(?!(?<=may)\s(?:{_MODAL_VERBS})\b))"
)
_YEAR_REL = r"(?P<rel>this|last|the\sprevious|the\scurrent|next)\syear"
# "vs $14.36B in June '15": a year cut to its last two digits after an apostrophe
_YEAR_ABS = r"(?:(?P<yabs>(?:19|20)\d{2})|[’'‘]\s?(?P<eyy>\d{2})(?!\d|[.,]\d|\s?%|\s?(?:percent|pct)\b))"
_YEAR_QUAL = rf"(?:\s(?:of\s|in\s)?(?:{_YEAR_REL}|{_YEAR_ABS}))?"
# "'06년", "’18.": a year cut to two digits after an apostrophe; without one only before a month ("06년 11월")
_KO_YEAR = (
    r"(?:(?P<kyear>(?:19|20)\d{2})\s?년"
    r"|(?:[’'‘`´]\s?|(?<![\d.,])(?=[01]\d\s?년\s?(?:1[0-2]|0?[1-9])\s?월))(?P<kyy>\d{2})\s?(?:년|\.))"
)


class YearFields(TypedDict, total=False):
    year: int
    year_offset: int


def _year_fields(match: re.Match[str]) -> YearFields:
    groups = match.groupdict()
    if groups.get("yabs"):
        return {"year": int(groups["yabs"])}
    if groups.get("kyear"):
        return {"year": int(groups["kyear"])}
    if groups.get("kyy"):
        return {"year": 2000 + int(groups["kyy"])}
    if groups.get("eyy"):
        short = int(groups["eyy"])
        return {"year": (2000 if short < 70 else 1900) + short}
    rel = groups.get("rel")
    if rel:
        return {"year_offset": -1 if ("last" in rel or "previous" in rel) else (1 if rel == "next" else 0)}
    if groups.get("kerel"):
        relative = groups["kerel"]
        if relative.startswith(("재작년", "지지난", "그러께")):
            return {"year_offset": -2}  # the year before last
        last = relative.startswith(("지난", "작년", "전년", "1", "한"))
        return {"year_offset": -1 if last else 1 if relative == "내년" else 0}
    return {}


def _en_month(match: re.Match[str]) -> PeriodSpec:
    month = MONTHS[match.group("mname").lower().rstrip(".")]
    return PeriodSpec(month, month, **_year_fields(match))


def _en_half(match: re.Match[str]) -> PeriodSpec:
    half = ORDINALS[match.group("ord").lower()]
    return PeriodSpec(1 + 6 * (half - 1), 6 * half, **_year_fields(match))


def _en_quarter(match: re.Match[str]) -> PeriodSpec:
    quarter = ORDINALS[match.group("ord").lower()]
    return PeriodSpec(3 * quarter - 2, 3 * quarter, **_year_fields(match))


def _en_month_span(match: re.Match[str]) -> PeriodSpec:
    groups = match.groupdict()
    first = MONTHS[(groups.get("m1") or groups["m3"]).lower().rstrip(".")]
    last = MONTHS[(groups.get("m2") or groups["m4"]).lower().rstrip(".")]
    return PeriodSpec(first, last, **_year_fields(match))


def _quarter_number(match: re.Match[str]) -> PeriodSpec:
    quarter = int(match.group("q1") or match.group("q2"))
    return PeriodSpec(3 * quarter - 2, 3 * quarter, **_year_fields(match))


# the verb a headline puts after "in 9 months": the months so far reached a total
_SO_FAR_VERB = r"(?:reach|total|hit|top|exceed|surpass|rise|climb|jump|grow|fall|drop|decline)\w*"


def _en_first_months(match: re.Match[str]) -> PeriodSpec:
    count_word = (
        match.group("count") or match.group("count2") or match.group("count3") or match.group("count4")
    ).lower()
    count = SMALL_NUMBER_WORDS.get(count_word) or int(count_word)  # the pattern allows two..eleven
    return PeriodSpec(1, count, **_year_fields(match))


def _en_months_to(match: re.Match[str]) -> PeriodSpec:
    """The months up to the one named; a run that starts in the year before places nowhere."""
    count_word = match.group("count").lower()
    count = SMALL_NUMBER_WORDS.get(count_word) or int(count_word)
    last = _en_month(match)
    if last.last_month is None or count > last.last_month:
        return PeriodSpec()
    return replace(last, first_month=last.last_month - count + 1)


_MONTH_BEFORE_SINCE = re.compile(rf"\b(?:{_MONTH_NAME}|month)\b[^.,;]{{0,24}}$", re.I)


def _since_year(match: re.Match[str]) -> PeriodSpec:
    """The year of "the smallest since 2012, when it stood at $X"; none when a month comes before it ("the worst May
    showing since 2009, when …" is May's, a month this pattern does not compose)."""
    if _MONTH_BEFORE_SINCE.search(match.string, max(0, match.start() - 40), match.start() - 6):
        return PeriodSpec()
    return _en_year(match)


def _en_year(match: re.Match[str]) -> PeriodSpec:
    return PeriodSpec(1, 12, bare_year=True, **_year_fields(match))


def _annual(match: re.Match[str]) -> PeriodSpec:
    return PeriodSpec(1, 12, **_year_fields(match))


def _en_last_month(_: re.Match[str]) -> PeriodSpec:
    return PeriodSpec(relative="last_month")


def _next_month(_: re.Match[str]) -> PeriodSpec:
    return PeriodSpec(relative="next_month")


def _ko_month(match: re.Match[str]) -> PeriodSpec:
    month = int(match.group("kmonth"))
    return PeriodSpec(month, month, **_year_fields(match))


_QUARTER_TO_DATE = re.compile(r"(?P<quarter>(?P<kq>[1-4])\s?(?:/\s?4\s?)?분기)\s?(?:까지\s?)?(?:의\s?)?누적")
_RUNNING_TOTAL_BY_MONTHS = re.compile(r"(?<![\d.])1\s?[~∼\-–]\s?(?P<km2>1[0-2]|[1-9])\s?월")
_QUARTERS_MONTHS_BEFORE = re.compile(r"(?<![\d.])(?P<m1>[1-9]|1[0-2])\s?[~∼\-–]\s?(?P<m2>1[0-2]|[1-9])\s?월\s?$")


def quarters_beside_running_totals(text: str) -> str:
    """A quarter "to date" ("3분기 누적") is January to September in most copy, but a text that also names "1~9월" (누적) has
    two totals for two periods: there "3분기 누적" is the quarter summed over its months ("3분기 누적 수출은
    436억 달러 … 1~9월 누적으로는 1240억 달러"), and it is read as the quarter. So is one its own sentence measures
    against the same quarter a year before ("3분기 누적 수출은 … 작년 3분기보다 25.1% 줄었다")."""
    if "누적" not in text or "분기" not in text:
        return text  # (most texts: nothing to tell apart)
    ends = {int(match.group("km2")) for match in _RUNNING_TOTAL_BY_MONTHS.finditer(text)} if "월" in text else set()

    def the_quarter(match: re.Match[str]) -> str:
        if 3 * int(match.group("kq")) in ends or _against_the_same_quarter(text, match):
            return match.group("quarter")
        months = _QUARTERS_MONTHS_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if months and (int(months.group("m1")), int(months.group("m2"))) == (
            3 * int(match.group("kq")) - 2,
            3 * int(match.group("kq")),
        ):
            return match.group("quarter")  # "7~9월 3분기 누적": the quarter's own months, summed
        return match.group(0)

    return _QUARTER_TO_DATE.sub(the_quarter, text)


_SAME_QUARTER_BEFORE = re.compile(
    r"(?:작년|지난해|전년|(?:19|20)\d{2}년|'\d{2}년?)\s?(?:동\s?|같은\s?)?(?P<kq>[1-4])\s?분기\s?(?:보다|대비|에\s?비해|[과와]\s?비교)"
)


def _against_the_same_quarter(text: str, match: re.Match[str]) -> bool:
    """Does the sentence of a quarter "to date" compare it with the same quarter of an earlier year?"""
    end = text.find("\n", match.end())
    sentence = text[match.end() : end if end >= 0 else len(text)]
    stop = sentence.find("다.")
    sentence = sentence[: stop if stop >= 0 else len(sentence)]
    return any(found.group("kq") == match.group("kq") for found in _SAME_QUARTER_BEFORE.finditer(sentence))


# "추이('11.10월~'12.1월) : △5.1% → △6.8% → △3.9% → △8.7%": a trend line whose months are only its heading's range
_RANGED_TREND = re.compile(
    r"추이\s?\(\s?'?(?P<y1>\d{2}|(?:19|20)\d{2})\.\s?(?P<m1>1[0-2]|0?[1-9])\s?월?\s?[~∼\-–]\s?"
    r"(?:'?(?P<y2>\d{2}|(?:19|20)\d{2})\.\s?)?(?P<m2>1[0-2]|0?[1-9])\s?월\s?\)\s?:\s?(?P<steps>[^\n]*→[^\n]*)"
)
_TREND_STEP = re.compile(r"\s?[△▲▼+\-−]?\s?\d[\d,]*(?:\.\d+)?\s?%?\s?[↑↓]?(?:\s?\([^()]{1,12}\))?\s?")


def label_trend_months(text: str) -> str:
    """A trend line whose months are given only as a range in its heading ("추이('16.6월~9월) : △2.4% → 1.7% →
    △0.6% → 3.1%") takes them one by one, in order, as the labelled line ("추이 : ('16.6월) △2.4% → (7월) 1.7% → …")
    reads; only when there are exactly as many steps as months."""
    if "추이" not in text or "→" not in text:
        return text  # (most texts)
    return _RANGED_TREND.sub(_labelled_trend, text)


def _labelled_trend(match: re.Match[str]) -> str:
    year = int(match.group("y1")) % 100
    last_year = int(match.group("y2")) % 100 if match.group("y2") else year
    month, last = int(match.group("m1")), int(match.group("m2"))
    steps = match.group("steps").split("→")
    count = (last_year - year) * 12 + last - month + 1
    if count != len(steps) or not all(_TREND_STEP.fullmatch(step) for step in steps):
        return match.group(0)
    labelled = []
    for at, step in enumerate(steps):
        label = f"'{year:02d}.{month}월" if at == 0 or month == 1 else f"{month}월"
        labelled.append(f"({label}) {step.strip()}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return "추이 : " + " → ".join(labelled)


# "※ ICT 수지 추이(억 달러) : ('08) 576.4 → ('09) 589.7", "* 1분기 수출 : ('19) 428.4 → ('20) 437.3": a trend line
# labelled by years alone; the span its caption names (a quarter, a half, months) is each year's, else the whole year
_YEAR_LABEL = re.compile(r"\(\s?[’'‘]?(?P<yy>\d{2})\s?\)(?=\s?[△▲▼+\-−]?\s?\d)")
_CAPTION_SPAN = re.compile(r"(?:[1-4]\s?분기|[상하]반기|1\s?[~∼\-]\s?1?\d\s?월|(?<!\d)1?\d\s?월)(?=[^\n]*:)")


def label_trend_years(text: str) -> str:
    """A trend line labelled by years alone ("('20) 667.4 → ('21) 867.3") as one labelled "('20년) 667.4 → …"
    reads, each year taking the span its caption names ("1분기 수출 : ('19) …" is each year's first quarter)."""
    if "→" not in text:
        return text  # (most texts)
    lines = text.split("\n")
    for at, line in enumerate(lines):
        if "→" not in line or "(" not in line:
            continue
        labels = list(_YEAR_LABEL.finditer(line))
        if len(labels) < 2 or "→" not in line[labels[0].end() : labels[-1].start()]:
            continue
        span = _CAPTION_SPAN.search(line, 0, labels[0].start())
        suffix = f" {span.group(0).replace(' ', '')}" if span else ""
        lines[at] = _YEAR_LABEL.sub(rf"('\g<yy>년{suffix})", line)
    return "\n".join(lines)


# "디스플레이 : 27.3 → 24.1 (△11.7)": a row's two amounts joined by an arrow, no period by either, and a change
# after them
_ARROW_PAIR = re.compile(
    r"(?<![\d.,)→]\s)(?<![\d.,)→])(?P<before>\d[\d,]*(?:\.\d+)?)(?P<arrow>\s?(?:→|->)\s?)(?P<after>\d[\d,]*(?:\.\d+)?)"
    r"(?P<unit>\s?(?:억\s?(?:달러|불)|billion|bn)?)\s?\(\s?(?P<sign>[+△▲▼\-−]?)\s?(?P<rate>\d+(?:\.\d+)?)\s?"
    r"(?P<mark>[%↑↓▲▼]?)\s?\)(?!\s?(?:→|->))"
)


_MONTH_ON_MONTH = re.compile(r"전월|previous\smonth|month[\s-]on[\s-]month|m-o-m|MoM", re.I)


def _measured_from(before: float, after: float, rate: float) -> bool:
    """Is `rate` (in %) the change from `before` to `after`, as far as their rounding (0.1 or 0.01) lets us tell?"""
    if before <= 0 or after <= 0:
        return False
    slack = 100 * (after / before) * (0.051 / before + 0.051 / after) + 0.06
    return abs((after / before - 1) * 100 - rate) <= slack


def _year_earlier_arrow(match: re.Match[str]) -> str:
    before, after = float(match.group("before").replace(",", "")), float(match.group("after").replace(",", ""))
    falls = match.group("sign") in ("△", "▼", "-", "−") or match.group("mark") in ("↓", "▼")
    rate = -float(match.group("rate")) if falls else float(match.group("rate"))
    if not _measured_from(before, after, rate):
        return match.group(0)
    change = f"{match.group('sign')}{match.group('rate')}{match.group('mark')}"
    return f"{match.group('after')}{match.group('unit').rstrip()} ({change}, 전년 {match.group('before')})"


def mark_year_earlier_arrows(text: str) -> str:
    """A row "27.3 → 24.1 (△11.7)" whose change is the one from its first amount to its second (a
    release's year-earlier and current values) says so: "24.1 (△11.7, 전년 27.3)"; not under a month-on-month
    caption ("전월 → 당월")."""
    if "→" not in text and "->" not in text:
        return text  # (most texts)
    lines = text.split("\n")
    for at, line in enumerate(lines):
        if (
            ("→" in line or "->" in line)
            and "(" in line
            and not _MONTH_ON_MONTH.search("".join(lines[max(0, at - 2) : at + 1]))
        ):
            lines[at] = _ARROW_PAIR.sub(_year_earlier_arrow, line)
    return "\n".join(lines)


def _ko_span(match: re.Match[str]) -> PeriodSpec:
    return PeriodSpec(int(match.group("km1")), int(match.group("km2")), **_year_fields(match))


def _ko_ytd(match: re.Match[str]) -> PeriodSpec:
    return PeriodSpec(1, int(match.group("km2")), **_year_fields(match))


def _ko_half(match: re.Match[str]) -> PeriodSpec:
    half = ORDINALS[match.group("kord")]
    return PeriodSpec(1 + 6 * (half - 1), 6 * half, **_year_fields(match))


def _ko_quarter(match: re.Match[str]) -> PeriodSpec:
    quarter = int(match.group("kq"))
    return PeriodSpec(3 * quarter - 2, 3 * quarter, **_year_fields(match))


def _ko_quarters(match: re.Match[str]) -> PeriodSpec:
    return PeriodSpec(3 * int(match.group("kq1")) - 2, 3 * int(match.group("kq2")), **_year_fields(match))


def _ko_year(match: re.Match[str]) -> PeriodSpec:
    return PeriodSpec(1, 12, bare_year=True, **_year_fields(match))


# (before a month or a quarter only: "1년 전 9월보다" is last year's September)
_KO_YEAR_REL = r"(?P<kerel>올해|금년|재작년|지지난해|지난해|작년|전년|지난\s?한\s?해|(?<![\d.])1\s?년\s?전(?:의)?|한\s?해\s?전(?:의)?)"
_KO_YEAR_ANY = rf"(?:{_KO_YEAR}|{_KO_YEAR_REL})"


def _elliptical_span(match: re.Match[str]) -> PeriodSpec:
    """'in the fourth' is a quarter where the sentence named quarters before it, a half where it named halves;
    otherwise it says no period (an empty spec places nowhere)."""
    before = match.string[: match.start()].lower()
    kind = max(("quarter", "half"), key=before.rfind)
    ordinal = ORDINALS[match.group("ord").lower()]
    if kind not in before or (kind == "half" and ordinal != 2):
        return PeriodSpec()
    length = 3 if kind == "quarter" else 6
    return PeriodSpec(length * (ordinal - 1) + 1, length * ordinal)


# "the same period a year earlier" and "같은 기간 대비" compare with the past: they are prior markers
_NOT_A_YEAR_AGO = (
    r"(?!\s(?:a\syear|last\syear|of\s(?:the\s)?(?:last|previous|prior)|in\s(?:19|20)\d\d|of\s(?:19|20)\d\d))"
)
_NOT_A_KO_BASE = r"(?!\s?(?:대비|보다|에\s?비해|과\s?비교|의\s?\d|\(|에\s?\d))"

PATTERNS: list[tuple[re.Pattern[str], object]] = [
    # English
    (re.compile(rf"(?:the\s)?(?P<ord>first|second|1st|2nd)[\s-]half{_YEAR_QUAL}", re.I), _en_half),
    (re.compile(rf"\b(?:(?P<ord>[12])H|H(?P<ord2>[12]))(?:['’]?(?P<kyy>\d{{2}})\b|\b{_YEAR_QUAL})"), None),
    (
        re.compile(
            rf"(?:the\s)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter(?!ly){_YEAR_QUAL}", re.I
        ),
        _en_quarter,
    ),
    # "… in the third quarter and 7.0 percent to $X in the fourth": an ordinal standing for the span named before
    (
        re.compile(r"(?<=\sin\s)the\s(?P<ord>second|third|fourth)(?=[.,;]|\s(?:and|while|as|when)\s)", re.I),
        _elliptical_span,
    ),
    (re.compile(rf"between\s(?P<m1>{_MONTH_NAME})\sand\s(?P<m2>{_MONTH_NAME}){_YEAR_QUAL}", re.I), _en_month_span),
    # "For January and February combined": two months as one span (without "combined" they may be a list)
    (
        re.compile(
            rf"(?P<m1>{_MONTH_NAME})\sand\s(?P<m2>{_MONTH_NAME}){_YEAR_QUAL}\s(?:combined|together)"
            rf"|(?<=for\s)(?P<m3>{_MONTH_NAME})\sand\s(?P<m4>{_MONTH_NAME})(?=\s(?:reached|came|totaled|totalled|"
            r"stood|were|was|rose|fell|amounted))",
            re.I,
        ),
        _en_month_span,
    ),
    # "Jan-Jun", "Jan.-June 2025": abbreviated month names joined by a dash (or by Korean copy's tilde, "Jan~Jun")
    (
        re.compile(
            rf"\b(?P<m1>{_MONTH_ABBR})\.?\s?[-–~∼～]\s?(?P<m2>{_MONTH_ABBR}|{_MONTH_NAME})\.?(?![a-z]){_YEAR_QUAL}"
        ),
        _en_month_span,
    ),
    # "Q2", "2Q", "Q2 2025": a quarter by its number
    (
        re.compile(r"(?:the\s)?quarterly\s(?:total|tally|figure|sum)", re.I),
        lambda _: PeriodSpec(relative="quarter_of_month"),
    ),
    # "For the quarter as a whole, displays …", "… for the quarter.": the quarter of the last month named (not a
    # price that "sagged over the quarter")
    (
        re.compile(
            r"(?:(?<=\s)|^)(?:(?:for|in|over|during|across)\sthe\squarter(?:\sas\sa\swhole)?)(?=[.,;:]|\s(?:and|while|as)\s)",
            re.I,
        ),
        lambda _: PeriodSpec(relative="quarter_of_month"),
    ),
    # "grew 9.1 percent to $X in the half": the half-year of the last month named
    (
        re.compile(
            r"(?:(?<=\s)|^)(?:in|for|over)\sthe\s(?:half|half[\s-]year)(?=[.,;:]|\s(?:and|while|as)\s|\sto\s(?:US)?\$)",
            re.I,
        ),
        lambda _: PeriodSpec(relative="half_of_month"),
    ),
    # "Q2", "2Q", "Q2 2025", and the brokers' "2Q22", "1Q'24"
    (
        re.compile(rf"\b(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q)(?:['’]?(?P<kyy>\d{{2}})\b|\b{_YEAR_QUAL})"),
        lambda m: _quarter_number(m),
    ),
    (
        re.compile(  # (the look-ahead: what every match starts with, so most letters are passed over at once)
            rf"(?=the\s|period\s|from\s|{_MONTH_ABBR})"
            rf"(?:the\s)?(?:period\s(?:from\s)?|from\s)?(?P<m1>{_MONTH_NAME})\s?(?:-|–|~|∼|～|to|through|thru)\s?"
            rf"(?P<m2>{_MONTH_NAME})(?:\speriod)?{_YEAR_QUAL}",
            re.I,
        ),
        _en_month_span,
    ),
    (
        re.compile(
            rf"(?:the\s)?first\s(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})\s"
            rf"months{_YEAR_QUAL}"
            # "over the 11 months", "of the 11-month total": the months of this year so far
            rf"|(?<=\s)(?:over|in|for|during|of)\sthe\s(?P<count2>four|five|six|seven|eight|nine|ten|eleven|"
            rf"[4-9]|1[01])[\s-]months?"
            rf"(?=\s(?:total|tally|period|combined|to|of|fell|rose|were|was|stood|came|amounted|{_SO_FAR_VERB})|[,.])"
            # "and the six-month total shrank …": a total of the months so far, named without a preposition
            rf"|(?<=\s)the\s(?P<count4>four|five|six|seven|eight|nine|ten|eleven|[4-9]|1[01])-month\s(?=total|tally)"
            # a headline's "ICT exports to Vietnam in 9 months reach $26.6 billion": the months so far
            rf"|(?<=\s)in\s(?P<count3>[2-9]|1[01])\smonths(?=\s{_SO_FAR_VERB})",
            re.I,
        ),
        _en_first_months,
    ),
    # "In the three months to September": the months that end with the one named, not January to it
    (
        re.compile(
            r"(?:the\s)?(?P<count>two|three|four|five|six|[2-6])[\s-]months?\s(?:to|through|thru|ending|ended)\s"
            rf"(?P<mname>{_MONTH_NAME}){_YEAR_QUAL}",
            re.I,
        ),
        _en_months_to,
    ),
    (re.compile(r"(?:last|previous)\smonth(?!'s\b)|a\smonth\sago", re.I), _en_last_month),
    # "through October", "as of end-October": January to that month
    (
        re.compile(rf"(?:(?:for|in)\sthe\syear\s)?(?:through|thru)\s(?P<mname>{_MONTH_NAME}){_YEAR_QUAL}", re.I),
        lambda m: replace(_en_month(m), first_month=1),
    ),
    (
        re.compile(rf"as\sof\s(?:the\s)?end[\s-](?:of\s)?(?P<mname>{_MONTH_NAME}){_YEAR_QUAL}", re.I),
        lambda m: replace(_en_month(m), first_month=1),
    ),
    # "so far this year", "year-to-date": January to the month the report is about
    (
        re.compile(r"so\sfar\sthis\syear|year[\s-]to[\s-]date|this\syear\sto\sdate", re.I),
        lambda _: PeriodSpec(relative="ytd"),
    ),
    (re.compile(r"(?:the\s)?(?:following|next|subsequent)\smonth", re.I), _next_month),
    # "the previous month's $14.07 billion", "$14.07 billion a month earlier": the month before the one named last
    (
        re.compile(
            r"(?:the\s)?(?:prior|preceding)\smonth|(?:the\s)?previous\smonth's|a\smonth\s(?:earlier|before)", re.I
        ),
        lambda _: PeriodSpec(relative="prior_month"),
    ),
    # "A year earlier, they stood at ...", "1년 전에는 ...": the last sentence's period, a year before (no comma too:
    # "A year earlier the figure had been …", not "a year earlier than planned")
    (
        re.compile(
            r"^\s*(?:(?:A|One)\syear\s(?:earlier|ago|before)(?=,|\s(?!than\b)[a-z])|(?:1|한)\s?(?:년|해)\s?전(?:에는|엔)"
            r"|(?:지난해|작년|전년)\s?(?:같은\s?(?:달|기간)|동월|동기)(?:에는|엔))",
            re.I,
        ),
        lambda _: PeriodSpec(relative="year_before"),
    ),
    # "During this period, imports ...", "같은 기간 수입은": the period the last sentence was about
    (
        re.compile(
            rf"(?:during|in|over|for)\s(?:this|that|the\ssame)\s(?P<unit>period|month|time){_NOT_A_YEAR_AGO}"
            # "$15.3 billion that month", "… fell 1.6 percent that month": a bare "that month" after its figure is
            # the month named last
            rf"|(?:(?<=lion\s)|(?<=[%t]\s))that\s(?P<bunit>month)\b{_NOT_A_YEAR_AGO}"
            r"|(?:during|in|over)\sthe\s(?P<tunit>period)\b(?!\s(?:from|of|between|since|through|to|ending|ended)\b)"
            rf"|(?<![년해])\s?(?:같은|이|동)\s?(?P<kunit>기간|달)(?:\s?동안)?{_NOT_A_KO_BASE}",
            re.I,
        ),
        lambda m: PeriodSpec(relative=_same_kind(m)),
    ),
    # "Back then, exports fell …", "… slipped 0.8 percent that year", "당시 반도체 수출은 …": the time named last
    (
        re.compile(
            r"\b(?:[Bb]ack\sthen|[Aa]t\sthe\stime)(?=,)|(?<=[%nt]\s)that\syear\b"
            r"|(?<![가-힣\d])(?<!년\s)(?<!월\s)당시(?:에는|엔|에)?(?=\s)"
        ),
        lambda _: PeriodSpec(relative="then"),
    ),
    (
        # (not inside a word: "maybe", "mayor" are no May; nor the verb "may": "may rise")
        re.compile(
            rf"(?P<mname>{_MONTH_NAME})(?![a-z]){_NO_MODAL_MAY}(?!\s\d{{1,2}}\b)"
            rf"(?:\s(?:of\s)?(?:{_YEAR_REL}|{_YEAR_ABS}))?",
            re.I,
        ),
        _en_month,
    ),
    # a data line's earlier month in brackets, abbreviated: "$18.53bn, -14.8% YoY (Aug: -21.6% YoY)"
    (re.compile(rf"(?<=\()(?P<mname>{_MONTH_ABBR})(?=\s?:\s?[-+−]?\d)"), _en_month),
    (
        re.compile(
            rf"(?:in|for|of|during|throughout)\s(?:the\s(?:whole|entire|full)\s)?(?:{_YEAR_ABS}|{_YEAR_REL})"
            r"(?!\d|,\d)",
            re.I,
        ),
        _en_year,
    ),
    (re.compile(rf"{_YEAR_ABS}(?:'s|\s(?:as\sa\swhole|annual|full[\s-]year))", re.I), _en_year),
    # a caption's bracketed year: "Product detail (2020, yoy)", "Top markets (2020)"
    (re.compile(rf"(?<=\(){_YEAR_ABS}(?=\s?[,)])"), _en_year),
    # a heading's year in square brackets: "[Exports by region, 2024]"
    (re.compile(rf"(?<=,\s){_YEAR_ABS}(?=\])"), _en_year),
    # "Compare that with 2009, when exports sank 8.4 percent", "the 2009 crisis, when …": the year a when-clause
    # describes (its figures are that year's)
    (re.compile(rf"(?<=\s)(?<!since\s){_YEAR_ABS}(?=(?:\s[a-z-]+){{0,2}},\swhen\b)"), _en_year),
    # "the smallest since 2012, when it stood at $4.37 billion": the year a when-clause gives a figure of (an anchor)
    (re.compile(rf"(?<=since\s){_YEAR_ABS}(?=,\s(?:when|the\syear)\b)", re.I), lambda m: _since_year(m)),
    # a headline's "2020 ICT exports total $183.6 billion", "2009 ICT Trade Review": the year names the figures' period
    (
        re.compile(
            rf"{_YEAR_ABS}(?=\s(?:(?i:outbound|overseas|total|annual|full-year)\s)?(?:ICT|IT)\s(?i:exports?|imports?|trade"
            r"|shipments))"
        ),
        _en_year,
    ),
    # "grew last year", "stood at $112.6 billion last year"; "up from/over/than last year" is a comparison
    (
        re.compile(
            r"(?<!from\s)(?<!over\s)(?<!than\s)(?<!since\s)(?<!with\s)(?<!to\s)(?<!of\s)\blast\syear\b(?!'s)", re.I
        ),
        lambda _: PeriodSpec(1, 12, year_offset=-1, bare_year=True),
    ),
    # "… next year": a year not over yet (its figures are forecasts, dropped as such)
    (re.compile(r"\bnext\syear\b", re.I), lambda _: PeriodSpec(1, 12, year_offset=1, bare_year=True)),
    # "Last year's IT trade surplus came to ...": the year as the subject's owner (not "from last year's $X")
    (
        re.compile(
            r"(?<!from\s)(?<!over\s)(?<!than\s)(?<!with\s)(?<!to\s)\blast\syear's(?=\s(?:[\w()-]+\s){0,4}"
            r"(?:exports?|imports?|shipments?|surplus|deficit|trade\sbalance)\b"
            # "already exceeding last year's annual total of $X": that year's own figure
            r"|\s(?:annual|full[\s-]year|yearly|whole[\s-]year)\s(?:total|figure|tally|level|record)\b)",
            re.I,
        ),
        lambda _: PeriodSpec(1, 12, year_offset=-1, bare_year=True),
    ),
    # a bare year with its amount in brackets, "following 2014 (172.97 billion dollars)" (Korean "2014년(…달러)"
    # translated): the figure in the brackets is that year's
    (
        re.compile(
            r"(?<![\d.,$])(?P<yabs>(?:19|20)\d{2})(?=\s?\(\s?(?:about\s|around\s|approximately\s)?(?:US\s?\$|\$|USD\s?)?"
            r"\d[\d,.]*\s?(?:trillion|billion|million|bn)\b)",
            re.I,
        ),
        _en_year,
    ),
    # a year that labels a figure in parentheses, "to $170.21 billion (2015: $161.95 billion)": the same months then
    (re.compile(rf"(?<=\(){_YEAR_ABS}(?=\s?:\s?\S)"), lambda m: replace(_en_year(m), label_year=True)),
    (
        re.compile(
            rf"(?<=the\s){_YEAR_ABS}(?=\s(?:ICT\s)?(?:exports?|imports?|shipments?|figures?|levels?|volumes?|"
            r"amounts?|totals?|records?|peak))",
            re.I,
        ),
        lambda m: replace(_en_year(m), like_topic=True),
    ),
    # "the full-year 2015 total of $133.9 billion": that whole year (no bare year that completes "January through
    # September" named before it), not the current one
    (re.compile(rf"(?<!\ba\s)(?:the\s)?(?:whole|entire|full)[\s-]year\s{_YEAR_ABS}\b", re.I), _annual),
    (
        re.compile(r"(?<!\ba\s)(?:the\s)?(?:whole|entire|full)[\s-]year(?!\s(?:of|in)\s)", re.I),
        _annual,
    ),  # not "for a full year"
    (
        re.compile(
            r"(?:(?<=\sfor\s)|(?<=^for\s))the\syear\b(?!\s(?:ago|earlier|before|of|in)\b|\sto\b(?!\s(?:US)?\$|\sUSD|\s\d)|-)",
            re.I,
        ),
        _annual,
    ),  # "$95 billion for the year", "fell 9.8 percent for the year to $25.3 billion" (not "the year to June")
    (
        re.compile(
            r"\b(?:annual|yearly)(?=\s(?:[A-Za-z-]+\s){0,2}(?:exports?|imports?|shipments?|sales|trade|surplus))", re.I
        ),
        _annual,
    ),
    # Korean
    (re.compile(rf"(?:{_KO_YEAR_ANY}\s?)?(?P<km1>1[0-2]|[1-9])\s?[~∼\-–]\s?(?P<km2>1[0-2]|[1-9])\s?월"), _ko_span),
    (
        re.compile(rf"(?:{_KO_YEAR_ANY}\s?)?(?P<km2>1[0-2]|[1-9])\s?월\s?말?\s?(?:까지\s?)?(?:의\s?)?(?:누적|누계)"),
        _ko_ytd,
    ),
    # "1월부터 10월까지", "연초부터 10월까지", "올해 들어 10월까지": a running total named by its ends
    (
        re.compile(rf"(?:{_KO_YEAR_ANY}\s?)?(?P<km1>1[0-2]|[1-9])\s?월\s?부터\s?(?P<km2>1[0-2]|[1-9])\s?월\s?까지"),
        _ko_span,
    ),
    (re.compile(r"(?:연초|올\s?들어|올해\s?들어)(?:\s?부터)?\s?(?P<km2>1[0-2]|[1-9])\s?월\s?까지"), _ko_ytd),
    # "누적 수입은 …, 흑자는 …다" after "1~9월 누적 수출은 …": a running total named without its months is the year's so far
    (
        re.compile(r"^\s*누[적계]\s?(?:기준\s?)?(?=(?:ICT\s?)?(?:수출|수입|무역|흑자|적자|수지))"),
        lambda _: PeriodSpec(relative="ytd"),
    ),
    # "3분기 누적": January to the quarter's end
    (
        re.compile(rf"(?:{_KO_YEAR_ANY}\s?)?(?P<kq>[1-4])\s?(?:/\s?4\s?)?분기\s?(?:까지\s?)?(?:의\s?)?누적"),
        lambda m: PeriodSpec(1, 3 * int(m.group("kq")), **_year_fields(m)),
    ),
    (re.compile(rf"(?:{_KO_YEAR_ANY}\s?)?(?P<kord>[상하])\s?반기"), _ko_half),
    (re.compile(rf"(?:{_KO_YEAR_ANY}\s?)?(?P<kq1>[1-4])\s?[~∼\-–]\s?(?P<kq2>[1-4])\s?분기"), _ko_quarters),
    (re.compile(rf"(?:{_KO_YEAR_ANY}\s?)?(?P<kq>[1-4])\s?(?:/\s?4\s?)?분기"), _ko_quarter),  # "1/4분기" too
    # a sentence opening with a bare "분기" ("분기 품목별로 …", "분기 기준"): the quarter of the month last named
    (re.compile(r"^[^\w]{0,3}분기(?=\s)"), lambda _: PeriodSpec(relative="quarter_of_month")),
    (re.compile(r"지난\s?달|지난\s?월"), _en_last_month),
    # "전월", "직전 달": the month before the one the report is about, not the month before publication
    (
        re.compile(r"(?:전월|직전\s?(?:달|월)|전달(?=\s?(?:\(|[△▲▽▼+-]?\s?\d)))(?!\s?(?:대비|비|보다|에\s?비해))"),
        lambda _: PeriodSpec(relative="prior_month"),
    ),
    # "(21, 2,276억불)" a two-digit year before an amount; "◇ (12) ..." a month heading
    (re.compile(r"(?<=\()[’']?(?P<kyy>\d{2})(?=\s?,\s?[\d,.]+\s?억)"), lambda m: _ko_year(m)),
    (re.compile(r"(?:^|(?<=[◇○□■▶•·ㅇ]\s))\((?P<kmonth>1[0-2]|[1-9])\)(?=\s)"), lambda m: _ko_month(m)),
    # a release's trend line: "(25.2)165.4(0.2)→ (3)205.2(9.1)": "(YY.M)" opens it, "(M)" after an arrow
    (re.compile(r"\([’'‘]?(?P<kyy>[12]\d)\.(?P<kmonth>1[0-2]|[1-9])\)(?=\s?[\d△▼-])"), lambda m: _ko_month(m)),
    (re.compile(r"(?:(?<=→)|(?<=→\s))\((?P<kmonth>1[0-2]|[1-9])\)(?=\s?[\d△▼-])"), lambda m: _ko_month(m)),
    (re.compile(rf"(?:{_KO_YEAR_ANY}\s?)?연간"), _annual),
    (re.compile(rf"(?:{_KO_YEAR_ANY}\s?)?(?P<kmonth>1[0-2]|[1-9])\s?월(?!\s?\d{{1,2}}\s?일)(?!\s?연속)"), _ko_month),
    (
        re.compile(
            rf"(?:{_KO_YEAR}|(?P<kerel>재작년|지난해|작년|지난\s?한\s?해|올해|금년))\s?(?:한\s?해\s?(?:동안)?|전체|연간\s?기준)"
        ),
        _annual,
    ),
    (re.compile(r"(?P<kerel>지난\s?한\s?해)"), _annual),
    (
        re.compile(
            rf"{_KO_YEAR}(?!\s?\d{{1,2}}\s?월)|(?P<kerel>재작년|지지난해|그러께|지난해|작년|올해|금년|내년)"
            r"(?!\s?(?:같은|동\s?월|동\s?기|대비|보다|\(\s?[\d,.]+\s?[조억만천]))"  # ("재작년(784억 달러)보다": a base)
        ),
        _ko_year,
    ),
]

# Dates, streak counts and "since" anchors look like periods but are not what a figure is about.
NOT_PERIOD = re.compile(
    rf"{_MONTH_NAME}\s\d{{1,2}}(?:st|nd|rd|th)?\b(?:,\s\d{{4}})?"
    # "16 May 2016", "released 13 May", "12th March, 2026": dates
    rf"|(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH_NAME}(?:,?\s(?:19|20)\d{{2}})?\b"
    r"|\d{1,2}\s?월\s?\d{1,2}\s?일|\d{1,2}\s?일"
    r"|\d{1,2}\s?(?:개월|달)\s?(?:연속|째|만에)|\d{2,4}\s?년\s?(?:\d{1,2}\s?월\s?)?(?:이후|이래|만에|만의|대비)"
    r"|\d{4}\s?년\s?(?:통계\s?)?(?:집계|작성)\s?(?:시작\s?|개시\s?)?(?:이후|이래)"  # "1996년 집계 이후": since records began
    # "3월에 14개월 만에 증가로 돌아선 디스플레이도 …": the month of a turn in a clause that describes the name after it
    r"|\d{1,2}\s?월(?:에|에는)?\s(?:\d{1,3}\s?(?:개월|년)\s?만에\s)?[가-힣]{1,4}(?:으로|로)\s?"
    r"(?:돌아선|돌아섰던|전환한|전환했던|전환된)(?=\s)"
    r"|(?:19|20)\d{2}\s?년\s?(?:같은\s?(?:달|기간|분기)|동월|동기|동분기)"
    rf"|\d+\s?(?:consecutive|straight)\s(?:months?|years?)|in\s\d+\s(?:months(?!\s{_SO_FAR_VERB})|years)"
    r"|\(\s?\d\s?위\s?\)|\d\s?위"
    # "지난달 공개된 속보치(…)", "the preliminary figure released last month": when it was announced
    r"|(?:지난\s?달|전월)\s?(?:에\s?)?(?:발표|공개|공표|내놓|밝힌|나온)\w*|(?:released|announced|published|reported)\s(?:last\smonth|a\smonth\sago)"
    r"|['‘\"“「][^'’\"”」\n]{0,40}?(?:동향|현황)\s?['’\"”」]"  # a release's title ("'2018년 12월 및 연간 … 동향'")
    # "recovered to the level of last year", "지난해 수준을 회복하며": a comparison with a year earlier, no period
    r"|\blevels?\sof\s(?:last\syear|the\s(?:previous|prior|preceding)\syear|a\syear\s(?:ago|earlier|before))"
    r"|(?:지난해|작년|전년)\s?(?:의\s)?수준"
    r"|\d{1,2}\s?(?:개\s?)?분기\s?(?:연속|째|만에)"  # "3분기 연속 증가": three quarters in a row, no quarter
    # "helped by the second-half release of foldables": when a product comes out, not what a figure is about
    r"|\b(?:the\s)?(?:first|second|third|fourth)[\s-](?:half|quarter)\s(?:release|launch|debut|roll-?out|line-?up|model"
    r"|product|flagship|season|outlook|guidance)s?\b",
    re.I,
)


def _same_kind(match: re.Match[str]) -> str:
    """'the same month' is the month last named; 'this period' whatever the last figure was about."""
    unit = (match.group("unit") or match.group("kunit") or match.group("bunit") or "").lower()
    return "same_month" if unit in ("month", "달") else "same_period"


def _h_abbrev(match: re.Match[str]) -> PeriodSpec:
    half = int(match.group("ord") or match.group("ord2"))
    return PeriodSpec(1 + 6 * (half - 1), 6 * half, **_year_fields(match))


PATTERNS[1] = (PATTERNS[1][0], _h_abbrev)


def compose(spec: PeriodSpec, year_mention: PeriodSpec) -> PeriodSpec:
    """'the highest first half ... in 2022': a span kind named without a year takes a later bare year."""
    return replace(spec, year=year_mention.year, year_offset=year_mention.year_offset)
