"""A figure's period, and the bases dated beside it: the reader's questions about when a figure is of.

`binding.bind_period` places a sentence's periods; what the reader then asks of each figure is here: the period
it is of and whether the sentence stated it (`_period_of`), whether its comparison base is dated two or more
years back and so is that period's own value, not the prior ("2014년(863억 달러)보다", "down from $15.4 billion
in April 2014"), whether a change is over the year ("1년 사이 88.2% 늘어난 셈"), whether a round amount after
"over" is a bound the writer recalls, and whether a period is named only in brackets after the line's figures.
`FigurePeriods` is the `SentenceReader` mixin that holds these, with the patterns only they ask.
"""

from __future__ import annotations

import re

from mypy_extensions import trait

from scraper.parser import periods
from scraper.parser.binding import (
    PeriodLayout,
    ResolvedPeriod,
    bind_period,
    earlier_rate_a_year_before,
    period_layout,
)
from scraper.parser.carry import bracketed_after_figures
from scraper.parser.figures import period_then_year_earlier, round_amount_after_bound_word
from scraper.parser.lexicon import NOISE_CLAUSE_END
from scraper.parser.periods import Period, shift_month
from scraper.parser.scanner import Mention
from scraper.parser.scopes import DocumentScope, ParagraphScope, SentenceState

_BASE_YEAR = re.compile(r"((?:19|20)\d{2})")
_COMPARED_WITH = re.compile(r"(?:비교하면|비교해|보다(?:도)?|대비|에\s?비해|compared\s(?:with|to)|than)", re.I)
# "9.3% above September 2014", "15.8% higher than two years earlier": the change compared with the base after it
_COMPARED_AFTER = re.compile(r"\s(?:above|below|(?:higher|lower|more|less|greater|smaller)\sthan)\s", re.I)
# "(작년 5월 …였는데,) 1년 사이 88.2% 늘어난 셈": the change from that period to a year later
_OVER_THE_YEAR = re.compile(r"(?:1년|한\s?해|일\s?년)\s?(?:만에|사이에?|새|동안)\s?(?:[가-힣]{1,4}\s)?$")


# the end of a noise clause ("…; ", "…, while "), as `muting._mute_clause` ends it
_CLAUSE_ENDED = re.compile(rf"(?:{NOISE_CLAUSE_END})$", re.I)


@trait
class FigurePeriods:
    """The reader's questions about a figure's period and its base (a mixin of `SentenceReader`, whose attributes
    these are)."""

    _period_layout: PeriodLayout | None
    doc: DocumentScope
    mentions: list[Mention]
    para: ParagraphScope
    resolved: dict[int, ResolvedPeriod]
    sentence: str
    series: dict[int, Period]
    state: SentenceState

    def _gap_to_an_older_base(self, mention: Mention, period: Period, stated: bool) -> bool:
        """A change against a base two or more years back, named before the change ("2년 전인 2014년 6월과 비교하면
        6.3% 많다") or after it ("9.3% above September 2014", "15.8% higher than two years earlier")."""
        topic = self.para.topic_period or self.doc.reference_period
        return (
            stated
            and topic is not None
            and period.end[0] <= topic.end[0] - 2
            and bool(
                _COMPARED_WITH.search(self.sentence, max(0, mention.start - 30), mention.start)
                or _COMPARED_AFTER.match(self.sentence, mention.end)
            )
        )

    def _base_dated_years_back(self, index: int, period: Period, stated: bool) -> tuple[str, Period]:
        """A comparison base dated two or more years back is that period's own value, never the prior:
        "2016년 … 712억 달러로 2014년(863억 달러)보다", "2년 전인 2014년 6월(142억달러)과 비교하면"."""
        older = self._named_older_base(index, period) or self._base_dated_beside(index, period)
        if older is not None:
            return "value_usd", older
        topic = self.para.topic_period or self.doc.reference_period
        if stated and topic is not None and period.end[0] <= topic.end[0] - 2:
            return "value_usd", period
        if stated and (self._names_the_year_after(period) or self._dated_beside(index, period)):
            return "value_usd", period  # "to $220.3 billion in 2018, up from $200.1 billion in 2017": 2017's own
        return "prior_usd", period

    def _dated_beside(self, index: int, period: Period) -> bool:
        """'totaled $176.9 billion, down 19.7% from $220.3 billion in 2018' under a 2019 headline: the base's own
        period, written right after it, is the one it is the value of (the year after gets it as its prior)."""
        placed = self.resolved.get(index + 1)
        if placed is None or placed.period != period or period_then_year_earlier(self.sentence, self.mentions, index):
            return False  # (not "$43.30 billion in the July-September period a year earlier": that span's prior)
        gap = self.sentence[self.mentions[index].end : self.mentions[index + 1].start] + placed.mention.text
        return gap.startswith((" in ", " for "))  # (the period's words may hold the "in")

    def _base_dated_beside(self, index: int, period: Period) -> Period | None:
        """'down from $15.4 billion in April 2014' of an April 2016 figure: the base's own period, written right
        after it, when that is two or more years back (a year back, it is the prior)."""
        after = index + 1
        placed = self.resolved.get(after)
        if placed is None or placed.period is None:
            return None
        gap = self.sentence[self.mentions[index].end : self.mentions[after].start] + placed.mention.text
        if not gap.startswith((" in ", " for ")):  # (the period's words may hold the "in")
            return None
        own = placed.period
        if own.end[0] == period.end[0] and own != period:
            return own  # "from $41.2 billion in the second quarter of 2019" of a Q3 2019 figure: no year-ago value
        return own if own.end[0] <= period.end[0] - 2 else None

    def _names_the_year_after(self, period: Period) -> bool:
        """Does the sentence also name the same period a year later (the figure's base is then dated itself)?"""
        later = Period(shift_month(period.start, 12), shift_month(period.end, 12))
        return any(placed.period == later for placed in self.resolved.values())

    def _named_older_base(self, index: int, period: Period) -> Period | None:
        """The period of a comparison base dated in a year before the year before ("2014년(863억 달러)보다" of
        a 2016 figure): that year's own value, never the prior."""
        near = [*self.mentions[max(0, index - 2) : index][::-1], *self.mentions[index + 1 : index + 3]]
        for other in near:  # "2014년(863억 달러)보다", "$42.28 billion posted in the same quarter of 2019"
            year = _BASE_YEAR.search(other.text) if other.kind == "prior" else None
            if year:
                back = period.end[0] - int(year.group(1))
                if back < 2:
                    return None
                return Period(shift_month(period.start, -12 * back), shift_month(period.end, -12 * back))
        return None

    def _recalled_bound(self, index: int, field_name: str, period: Period) -> bool:
        """A round amount after "over"/"more than" for a period before the report's (or as the year-earlier
        level) is a bound the writer recalls, not a figure: "… the surplus came to $8.17bn. It was over $7bn a year
        ago." """
        if field_name == "yoy_pct" or not round_amount_after_bound_word(self.mentions, index):
            return False
        topic = self.para.topic_period or self.doc.reference_period
        return field_name == "prior_usd" or (topic is not None and period.end < topic.start)

    def _period_of(self, index: int) -> tuple[Period | None, bool]:
        """The period of the figure at `index`, and whether the sentence stated it."""
        if index in self.series:
            return self.series[index], True
        fallback = self.para.topic_period or self.doc.reference_period
        own = self._periods_outside_the_noise(index)
        if own is not None:
            period, stated = bind_period(self.sentence, self.mentions, index, own, self.doc.lang, fallback)
            return period, stated
        if self._period_layout is None and self.resolved:  # (found once per sentence, asked for every figure)
            self._period_layout = period_layout(self.sentence, self.mentions, self.resolved)
        period, stated = bind_period(
            self.sentence, self.mentions, index, self.resolved, self.doc.lang, fallback, self._period_layout
        )
        if period is not None and earlier_rate_a_year_before(self.sentence, self.mentions[index]):
            return periods.year_before(period), True  # "… 2015, after a 2.4 percent rise the year before"
        if stated and period is not None and fallback is not None and self._grown_over_the_year(index):
            later = Period(shift_month(period.start, 12), shift_month(period.end, 12))
            if later == fallback:
                return later, True  # "작년 5월 OLED 수출액은 5.1억달러였는데, 1년 사이 88.2% 늘어난 셈": now's change
        return period, stated

    def _periods_outside_the_noise(self, index: int) -> dict[int, ResolvedPeriod] | None:
        """'… as DRAM contract prices sagged 10% over the quarter; system chips held up at $4.08bn': a period named
        inside a clause about something else dates that clause's figures, not the ICT figure after it (None: no
        such period, the sentence's periods as they are)."""
        state = self.state
        if state.noise_from >= len(self.sentence) or state.in_noise(self.mentions[index].start):
            return None  # (most sentences have no noise clause)
        if not _CLAUSE_ENDED.search(self.sentence, 0, state.noise_until):
            return None  # a span up to the next name ("금융위기가 한창이던 2009년 4월, IT 수출은 …"), no clause
        inside = {at for at, r in self.resolved.items() if state.in_noise(r.mention.start)}
        if not inside:
            return None
        return {at: r for at, r in self.resolved.items() if at not in inside}

    def _grown_over_the_year(self, index: int) -> bool:
        mention = self.mentions[index]
        return mention.kind == "pct" and bool(
            _OVER_THE_YEAR.search(self.sentence, max(0, mention.start - 16), mention.start)
        )

    def _only_in_brackets(self, period: Period) -> bool:
        """Is the period named only opening brackets after the line's figures ("… (Aug: -21.6% YoY)")?"""
        if "(" not in self.sentence:
            return False  # (most sentences)
        named = [r.mention.start for r in self.resolved.values() if r.period == period]
        first = self.state.first_number_at
        return bool(named) and all(bracketed_after_figures(self.sentence, at, first) for at in named)
