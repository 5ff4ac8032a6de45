"""Which period a figure is about: the periods a sentence names, placed in time, and the one each figure takes.

A figure takes a period named right next to it, or one its own group of figures reaches in English word
order ("rose 4.3 percent to $9.19 billion in August"), or the last one named before it in the sentence;
failing all, the period the paragraph or the report is about. "Since"/"than"/"대비" periods are anchors of
a comparison and never what a figure is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import NamedTuple

from scraper.parser import periods
from scraper.parser.casefold import case_folded, folded_sentence
from scraper.parser.lexicon import EN_CHANGE_NOUN
from scraper.parser.periods import Period, PeriodSpec
from scraper.parser.prefilter import folded_twin, guarded_ignoring_case
from scraper.parser.scanner import Mention

ANCHOR_BEFORE = re.compile(
    r"(?:(?:since|until)(?:\s(?:early|late|mid|the\s(?:start|end|middle)(?:\sof)?))?|from|after|than(?:\sin)?|compare[ds]?\sto|compare[ds]?\swith|relative\sto|versus|vs\.?|against"
    r"|below|above|(?:level|on\spar)\swith|short\sof"
    r"|(?:below|above|under|over)\sthe\s(?:level|figure|total|mark)\s(?:of|in|for)"  # "below the level of January 2015"
    # "$137.4 billion, exceeding the full-year 2015 total of …": the period compared with
    r"|(?:below|above|exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?)(?:\sthe)?"
    r"|(?:began|begun|started|beginning|starting)(?:\sin)?"  # "two months running, starting in May": a streak's start
    r"|(?:on|over|from|against|versus|vs\.?|compare[ds]?\s(?:to|with))\sthe\ssame\s(?:stretch|period|time|months?)"
    r"(?:\sof)?"
    # "8.1% above the same half of 2008", "short of the same quarter of 2015": the year of the base, not the figure's
    r"|(?:above|below|over|than|short\sof|ahead\sof|behind)\sthe\ssame\s(?:half|quarter)(?:[\s-]year)?(?:\sof)?"
    # "rebounded 7.4 percent to $1.03 billion after falling in December": the after-clause's own time
    r"|after\s[a-z]+ing(?:\s[a-z]+){0,2}?\sin"  # (not "after shrinking 2.6 percent in May": that figure's)
    # "a 4.1 percent drop on April last year": a change measured on its base
    r"|(?:drop|fall|decline|decrease|dip|slide|loss|rise|gain|increase|jump|growth|climb|advance)\s(?:on|over)"
    r"|(?:%|percent|per\scent|pct)\s(?:over|on)"  # "up 4.7% over June of last year", "up 8.4 percent on December"
    r"|(?:biggest|largest|highest|lowest|smallest|best|worst|strongest|weakest))\s*$",  # "the biggest so far this year"
    re.I,
)
# searched before every period a sentence names: the twin keeps `re`'s fast scan for first characters
_ANCHOR_BEFORE_FOLDED = folded_twin(ANCHOR_BEFORE)
ANCHOR_AFTER = re.compile(
    # "전년(2029년) 대비": a year in brackets that names the base
    r"^\s*(?:\)\s?)?(?:(?:결과|실적|수출액|수입액|수준|기록)\s?)?(?:이후|이래|대비|比|보다|에\s?비해|[과와]\s?(?:비교|견주)|에\s?이어|다음(?:으로|가는)|(?:에\s?)?버금(?:가는)?|까지|부터|만에|만의)"
)


@dataclass(slots=True)
class ResolvedPeriod:
    mention: Mention
    period: Period | None
    anchor: bool  # the start of a comparison, not what a figure is about


_WHOLE_YEAR = re.compile(r"(?:whole|entire|full|annual)\b", re.I)


def _completes_a_span(spec: PeriodSpec, mention: Mention, record_of_a_kind: bool, sentence: str, span_end: int) -> bool:
    """A bare year completes a span named without one ("the highest first half ... in 2022"); not one named as
    whole ("the 2016 full-year figure" after "January-November": all of 2016), nor one after a word for a whole
    year ("… for the first nine months …, topping the previous annual high of $126.5 billion set in 2014")."""
    return (
        spec.bare_year
        and (spec.year is not None or record_of_a_kind)
        and not _WHOLE_YEAR.search(mention.text)
        and not _annual_between(sentence, span_end, mention.start)
    )


def resolve_periods(
    sentence: str,
    mentions: list[Mention],
    published: object,
    topic: Period | None,
    last_month: tuple[int, int] | None,
    previous: Period | None = None,
    then: Period | None = None,
) -> dict[int, ResolvedPeriod]:
    """Every period mention of a sentence, placed in time. A year named later completes a span named without one
    ("the highest first half ... in 2022"); a year earlier in the sentence dates later months. `previous`: what the
    last figures were about; `then`: the period the text named last, figures or not."""
    resolved: dict[int, ResolvedPeriod] = {}
    if all(mention.kind != "period" for mention in mentions):
        return resolved  # most sentences name no period
    context_year: int | None = None
    kinds_of_month = _months_named_as_kinds(sentence, mentions)
    yearless_span: PeriodSpec | None = mentions[kinds_of_month[0]].value if kinds_of_month else None
    record_of_a_kind = False  # "the previous first-quarter high …, set last year": last year's first quarter
    span_end = 0  # where the span named without a year was named
    named_month = False  # 전월 / "the previous month" is before the month this sentence named, else the topic's
    if yearless_span is None and topic is not None and topic.is_month and _for_the_month(sentence):
        yearless_span = PeriodSpec(topic.start[1], topic.end[1])  # "the record for the month … set in 2018"
    for index, mention in enumerate(mentions):
        if mention.kind != "period":
            continue
        spec: PeriodSpec = mention.value
        if yearless_span is not None and _completes_a_span(spec, mention, record_of_a_kind, sentence, span_end):
            spec = periods.compose(yearless_span, spec)
        elif (
            spec.first_month is not None
            and spec.year is None
            and spec.year_offset is None
            and not spec.bare_year
            and (spec.is_span_kind or index in kinds_of_month)
        ):
            yearless_span, span_end = spec, mention.end
            record_of_a_kind = bool(_RECORD_OF_A_KIND.match(sentence, mention.end))
        spec = _in_the_months_of(spec, topic, resolved)
        if spec.relative in ("same_period", "then"):
            # "during this period": the span this sentence named before it ("between January and June, with imports …
            # during the period"), else what the last figures were about ("back then", "당시": the time named last)
            earlier = previous if spec.relative == "same_period" else then
            period = next((r.period for r in reversed(resolved.values()) if r.period and not r.anchor), earlier)
        elif spec.relative == "year_before":
            period = previous and periods.year_before(previous)
            if period is not None:
                context_year = period.end[0]  # "A year earlier, August exports had reached …": that year's August
        elif spec.relative == "prior_month" and not named_month and topic is not None and topic.is_month:
            period = periods.resolve(spec, published, context_year, topic.start)  # type: ignore[arg-type]
        else:
            year = context_year if context_year is not None else _year_of_the_report(spec, topic)
            period = periods.resolve(spec, published, year, last_month)  # type: ignore[arg-type]
        context_year = _year_for_later_months(spec, period, context_year)
        if period is not None and period.is_month:
            last_month, named_month = period.start, True
        resolved[index] = ResolvedPeriod(mention, period, is_anchor(sentence, mention))
    return resolved


def _year_for_later_months(spec: PeriodSpec, period: Period | None, context_year: int | None) -> int | None:
    """The year that dates the bare months after this period: its own written year (a label's dates none), and
    "올해" before a month after another year ("2023년 11월 …, 12월 …, 올해 1월 …, 2월 …": this year again)."""
    if spec.year is not None and not spec.label_year:
        return spec.year
    if spec.year_offset == 0 and not spec.bare_year and period is not None and context_year is not None:
        return period.end[0]
    return context_year


_ANNUAL = re.compile(r"\b(?:annual|yearly|full[\s-]year|whole[\s-]year|calendar[\s-]year)\b", re.I)


def _annual_between(sentence: str, start: int, end: int) -> bool:
    """Does a word for a whole year stand between a span named without its year and a bare year after it?"""
    between = sentence[start:end]
    return any(word in between for word in ("nnual", "NNUAL", "ear", "EAR")) and _ANNUAL.search(between) is not None


def _year_of_the_report(spec: PeriodSpec, topic: Period | None) -> int | None:
    """A whole year named without its year ("put full-year IT exports at around $145 billion") is the year of the
    period the text is about: the current one in a half-year report (a projection), the one just ended in an
    annual or December report."""
    whole = spec.first_month == 1 and spec.last_month == 12 and spec.year_offset is None and not spec.bare_year
    return topic.end[0] if whole and topic is not None and spec.relative is None else None


def _in_the_months_of(spec: PeriodSpec, topic: Period | None, resolved: dict[int, ResolvedPeriod]) -> PeriodSpec:
    """A year that names only which year of known months: "the 2015 exports" (the topic's months), "(2015: $X)"
    after "$Y in the third quarter" (the months of the period named last, else the topic's)."""
    if spec.year is None or not (spec.like_topic or spec.label_year):
        return spec
    months = topic
    if spec.label_year:
        named = [placed.period for placed in resolved.values() if placed.period is not None and not placed.anchor]
        months = named[-1] if named else topic
    if months is None:
        return spec
    return replace(spec, first_month=months.start[1], last_month=months.end[1], bare_year=False, like_topic=False)


_RECORD_OF_A_KIND = re.compile(r"[\s-]?(?:record\s)?(?:high|low|record|peak|best|worst)\b|\s?(?:최대|최고|최저)", re.I)
_FOR_THE_MONTH = re.compile(r"\b(?:record|high|peak)\sfor\sthe\smonth\b|\bfor\sthe\smonth\sever\b", re.I)


def _for_the_month(sentence: str) -> bool:
    """`_FOR_THE_MONTH`, asked only of a sentence with "month" in it (both branches need the word, and no
    other character folds to its letters under IGNORECASE): most sentences are spared the search."""
    return "month" in sentence.lower() and _FOR_THE_MONTH.search(sentence) is not None


KO_BACKGROUND_PERIOD = re.compile(
    r"(?:\s?['‘\"“][^'’\"”]{1,12}['’\"”])?"  # "지난해 '슈퍼사이클' 기저효과에"
    r"(?:[^\d은는이가,]{0,16}?(?:에\s?따른|영향|(?:으로|로)\s?인한|기저|준비로|효과로|때문|에\s?힘입어|덕분|덕에)"
    # "상반기 높은 증가세를 이어갔으나 …": the time of a figureless clause a contrast closes
    r"|[^\d,.]{0,20}?[였았었했갔왔섰렸]\s?(?:으나|지만)(?=[\s,])"
    # "지난해 AI용 SSD 수출이 급증했던 데 따른 기저효과로": the time of what the base effect comes from
    r"|[^\d,.]{0,50}?[했됐였었]던\s?(?:데\s?따른|탓|기저))"
)
# "지난해 ICT 수출이 하반기 메모리 부진에 6.3% 감소한": after the subject's own time, a time that dates a cause (not
# "3분기 감소로 돌아섰다": the figure's own turn; nor "상반기 업황 부진으로 … 수출이 30.6% 감소": the only time named)
_KO_CAUSE_AFTER = re.compile(
    r"[^\d은는이가,]{0,16}?(?:부진|급감|급증|감소|둔화|호조|회복|악화|침체|한파|위축|약세|강세)(?:에|으로|로)\s"
    r"(?!\s?(?:전환|돌아|반전))"
)
_KO_TIME_BEFORE = re.compile(r"(?:지난해|작년|올해|(?:19|20)\d{2}\s?년|\d{1,2}\s?월|[1-4]\s?분기|[상하]반기)\S*\s")


# "2021년 10월 199억1000만달러에 비해": the period of a comparison's base figure
KO_COMPARED_FIGURE = re.compile(
    r"\s?(?:의\s?)?\(?\s?[\d,.]+\s?[조억만천]?[\d,.\s조억만천]*\s?(?:달러|불)\s?\)?\s?(?:에\s?비해|보다|대비|[과와]\s?비교)"
)

# "전월(△7.8%)보다", "3월(18.2% 증가)에 비해": a rate compared with, in brackets after its own period
_KO_COMPARED_RATE = re.compile(
    r"\s?\(\s?[△▲▽▼+-]?\s?[\d.]+\s?%\s?(?:(?:증가|감소|↑|↓)\s?)?\)\s?(?:에\s?비해|보다|대비|[과와]\s?비교)"
)

_BASE_WORDS = re.compile(
    r"(?:relative\sto|compare[ds]?\s(?:to|with)|versus|vs\.?|against|below|above|(?:%|percent|per\scent)\sfrom)"
    r"\s(?:the\s|a\s)?(?:US)?$",
    re.I,
)  # "up 23.4% from $51.68bn in Q3 2020": the base's own period ("down from $X in 2021" is read as the prior)
# "up from $14.87 billion in August": a level the figure moved from, dated by its own period
# the words before an earlier rate the change is set against: "slowing from", "compared with", "faster than", "an
# improvement over"
_EARLIER_RATE_LEAD = (
    r"from|reversing|following|after|extending|compar(?:ed|es?)\s(?:with|to)|versus|against"
    r"|(?:faster|slower|better|worse|lower|higher|milder|steeper|sharper|smaller|bigger)\sthan"
    r"|(?:improvement|deterioration|recovery|turnaround)\s(?:over|on|from)"
)
_FROM_RIGHT_BEFORE = re.compile(rf"\b(?:{_EARLIER_RATE_LEAD})(?:\s(?:an?|the))?\s?$", re.I)
_MOVED_FROM = re.compile(r"\b(?:up|down|higher|lower)\sfrom\s(?:the\s|a\s)?(?:US)?$", re.I)


def _base_of_its_own(sentence: str, number: Mention, base: ResolvedPeriod, current: Period | None) -> bool:
    """A base whose period is written right after it is that period's value: after a comparison's words
    ("relative to $X in September 2012"), and after "up/down from" unless the period is the current one's a year
    before ("up from $X in August" of September; "down from $X in 2021" of 2022 is the prior)."""
    if _BASE_WORDS.search(sentence, max(0, number.start - 24), number.start):
        return True
    if number.kind == "pct" and _FROM_RIGHT_BEFORE.search(sentence, max(0, number.start - 26), number.start):
        return True  # "slowing from 27.7% in May", "reversing a 12.7 percent rise in the first half": its own rate
    if "from" not in sentence[max(0, number.start - 12) : number.start].lower():
        return False  # (plain strings first: `_MOVED_FROM` needs the word)
    if current is None or base.period is None or base.period == periods.year_before(current):
        return False
    return _MOVED_FROM.search(sentence, max(0, number.start - 20), number.start) is not None


EN_COMPARED_FIGURE = re.compile(
    r"\b(?:from|relative\sto|compare[ds]?\s(?:to|with)|versus|vs\.?|against|below|above"
    rf"|{EN_CHANGE_NOUN}\s(?:on|over))\s(?:the\s|a\s)?"  # "a 4% gain on the $X"
    # "$153.9 billion", "USD 153.9 billion", "153.9 billion (U.S.) dollars"
    r"(?:(?:(?:US)?\$|USD\s?)[\d.,]+\s?(?:billion|million|bln|mln|bn|B)?\s"
    r"|[\d.,]+\s(?:billion|million)\s(?:U\.?S\.?\s)?dollars\s)"
    r"(?:(?:tallied|recorded|posted|logged|reported|seen|shipped|exported|imported|sold|booked)\s)?(?:in\s|of\s)?$",
    re.I,
)
EN_COMPARED_FIGURE = guarded_ignoring_case(EN_COMPARED_FIGURE)  # (`re` tried it at every position)
# a rate the change is compared with, then its time: "slowing from 27.7% in May", "up from a 3.1 percent gain in April"
_FROM_A_RATE = re.compile(
    rf"\b(?:{_EARLIER_RATE_LEAD})\s(?:an?\s|the\s)?[\d.]+\s?(?:%|percent|pct)"
    r"(?:\s(?:growth|gain|rise|increase|decline|drop|fall))?"
    r"(?:\s(?:registered|recorded|posted|logged|reported|seen))?"
    r"\s(?:in\s|for\s)?$"
)

# "…, after a 2.4 percent rise the year before", "compared with 3.1 percent growth a year earlier": the earlier
# rate set against the change is the same period's a year before
_RATE_A_YEAR_BEFORE = re.compile(
    r"\s(?:growth|gain|rise|increase|decline|drop|fall|slide|slump|contraction|jump|plunge)"  # (not a share's)
    r"(?:\s(?:registered|recorded|posted|logged|seen))?"
    r"\s(?:the\syear\sbefore|a\syear\s(?:earlier|ago|before)|the\s(?:previous|prior)\syear)\b(?!\s(?:level|figure))",
    re.I,
)


def earlier_rate_a_year_before(sentence: str, mention: Mention) -> bool:
    """Is the rate one the change is set against, said to be a year before's ("after a 2.4 percent rise the year
    before")? It is then the rate of the figure's period a year back, not the figure's own."""
    return (
        mention.kind == "pct"
        and _FROM_RIGHT_BEFORE.search(sentence, max(0, mention.start - 26), mention.start) is not None
        and _RATE_A_YEAR_BEFORE.match(sentence, mention.end) is not None
    )


KO_MONTH_RANGE = re.compile(
    r"(?:(?P<y1>(?:19|20)\d{2})\s?년\s?)?(?P<m1>1[0-2]|[1-9])\s?월\s?부터\s?"
    r"(?:(?P<y2>(?:19|20)\d{2})\s?년\s?)?(?P<m2>1[0-2]|[1-9])\s?월\s?까지"
)
SERIES_WORD = re.compile(r"각각|매월|차례로|respectively|each\smonth|\beach\b", re.I)


def month_series(sentence: str, mentions: list[Mention], published: date | None) -> dict[int, Period]:
    """'1월부터 4월까지 각각 21.5%, 11.4%, 8.9%, 32.6%': one figure per month of the range, in order, when
    the sentence says they are listed and their count is the range's length."""
    found = KO_MONTH_RANGE.search(sentence) if "까지" in sentence else None
    if not found or not SERIES_WORD.search(sentence, found.end()):
        return {}
    last = periods.resolve(
        PeriodSpec(int(found["m2"]), int(found["m2"]), year=int(found["y2"]) if found["y2"] else None), published
    )
    if last is None:
        return {}
    first_year = (
        int(found["y1"]) if found["y1"] else (last.end[0] if int(found["m1"]) <= last.end[1] else last.end[0] - 1)
    )
    months = [(first_year, int(found["m1"]))]
    while months[-1] < last.end and len(months) < 13:
        months.append(periods.shift_month(months[-1], 1))
    for kind in ("pct", "money"):
        figures = [i for i, m in enumerate(mentions) if m.kind == kind and m.start >= found.end()]
        if len(figures) == len(months) > 1:
            return {index: Period.month(*month) for index, month in zip(figures, months, strict=True)}
    return {}


def periods_respectively(
    sentence: str, mentions: list[Mention], resolved: dict[int, ResolvedPeriod]
) -> dict[int, Period]:
    """ "$1.99 billion in June and $10.32 billion in the first half, gains of 26.0 percent and 21.4 percent,
    respectively": changes listed after values each named with its period are those periods', in order."""
    if "respectively" not in sentence:
        return {}  # (plain strings first: most sentences list nothing)
    named = [
        i
        for i, placed in sorted(resolved.items())
        if placed.period is not None and not placed.anchor and _named_after_its_value(sentence, mentions, i)
    ]
    if len(named) < 2 or len({resolved[i].period for i in named}) < len(named):
        return {}
    after = mentions[named[-1] + 1 :]
    changes = [named[-1] + 1 + n for n, mention in enumerate(after) if mention.kind == "pct"]
    if len(changes) != len(named) or any(mention.kind == "money" for mention in after):
        return {}
    return {index: period for index, at in zip(changes, named, strict=True) if (period := resolved[at].period)}


# "1월과 2월", "January and February": periods joined as a list
_PERIODS_JOINED = re.compile(r"\s?(?:과|와|및|,)\s?|,?\s(?:and|&)\s", re.I)


def periods_each_in_turn(
    sentence: str, mentions: list[Mention], resolved: dict[int, ResolvedPeriod]
) -> dict[int, Period]:
    """ "1월과 2월의 증가율은 각각 21.7%, 13.2%였다", "rose 21.7% and 13.2% in January and February, respectively":
    periods joined as a list, and as many rates (or amounts) as there are periods, each in turn."""
    if "각각" not in sentence and "respectively" not in sentence:
        return {}  # (plain strings first: most sentences list nothing)
    named = [i for i, placed in sorted(resolved.items()) if placed.period is not None and not placed.anchor]
    periods_at = [i for i, mention in enumerate(mentions) if mention.kind == "period"]
    if len(named) < 2 or named != periods_at:
        return {}
    if named != list(range(named[0], named[0] + len(named))):
        return _each_with_its_amount(mentions, resolved, named)  # "상반기에 A, 6월에 B를 수출해 각각 x%, y%"
    gaps = pairwise(named)
    if any(not _PERIODS_JOINED.fullmatch(sentence, mentions[a].end, mentions[b].start) for a, b in gaps):
        return {}
    listed = {resolved[i].period for i in named}
    if len(listed) < len(named):
        return {}
    series: dict[int, Period] = {}
    for kind in ("money", "pct"):
        figures = [i for i, mention in enumerate(mentions) if mention.kind == kind]
        if figures and len(figures) != len(named):
            return {}
        series.update({at: period for at, i in zip(figures, named, strict=False) if (period := resolved[i].period)})
    return series


def _each_with_its_amount(
    mentions: list[Mention], resolved: dict[int, ResolvedPeriod], named: list[int]
) -> dict[int, Period]:
    """ "반도체는 상반기에 621억달러, 6월 한 달에만 110억달러를 수출해 각각 42.7%, 38.2% 늘었다": each period with
    one amount after it, then one rate each for them, in turn."""
    bounds = [*named[1:], len(mentions)]
    amounts = [
        [j for j in range(i + 1, end) if mentions[j].kind == "money"] for i, end in zip(named, bounds, strict=True)
    ]
    if any(len(found) != 1 for found in amounts[:-1]) or not amounts[-1]:
        return {}
    last_amount = amounts[-1][0]
    rates = [j for j in range(last_amount + 1, len(mentions)) if mentions[j].kind == "pct"]
    if len(amounts[-1]) != 1 or len(rates) != len(named) or any(mentions[j].kind == "pct" for j in range(last_amount)):
        return {}
    return {at: period for at, i in zip(rates, named, strict=True) if (period := resolved[i].period)}


def _named_after_its_value(sentence: str, mentions: list[Mention], at: int) -> bool:
    """A period right after its value, or after the goods the value bought ("$7.63 billion of Korean IT products in
    June")."""
    value = at - 1
    if value > 0 and mentions[value].kind.startswith("item:") and mentions[value - 1].kind == "money":
        if not _WORTH_OF.fullmatch(sentence, mentions[value - 1].end, mentions[value].start):
            return False
        gap = _GOODS_TO_ITS_PERIOD.fullmatch(sentence, mentions[value].end, mentions[at].start)
        return gap is not None
    return (
        value >= 0
        and mentions[value].kind == "money"
        and bool(_VALUE_TO_ITS_PERIOD.fullmatch(sentence, mentions[value].end, mentions[at].start))
    )


_GOODS_TO_ITS_PERIOD = re.compile(r"(?:\s(?:products|goods|items))?\s(?:(?:in|for|during|over)\s)?")


# "any June", "역대 5월", "the best May ever" (a month ranked as a kind of month)
_ANY_BEFORE = re.compile(r"any\s$|every\s$|역대\s?$|\b(?:best|strongest|highest|biggest)\s$", re.I)
_YEAR_FOR_BEFORE = re.compile(r"\b(?:19|20)\d{2}\sfor\s$")
_BASIS_AFTER = re.compile(r"\s?기준")
_RECORD_AFTER = re.compile(r"\s(?:record|high|peak|level)\b", re.I)


def _names_a_kind(sentence: str, mention: Mention) -> bool:
    """'for any June', '9월 기준으로', '$17.6 billion in 2018 for January': a month named as a kind of month,
    to be dated by the years around it."""
    return bool(
        _ANY_BEFORE.search(sentence[max(0, mention.start - 10) : mention.start])
        or _YEAR_FOR_BEFORE.search(sentence[max(0, mention.start - 10) : mention.start])
        or _BASIS_AFTER.match(sentence[mention.end : mention.end + 4])
        or _RECORD_AFTER.match(sentence[mention.end : mention.end + 8])  # "May record"
    )


def _months_named_as_kinds(sentence: str, mentions: list[Mention]) -> list[int]:
    """The indexes of the months named as a kind ("역대 5월", "for January"), in order: the first dates every
    bare year of its sentence, also the years named before it ("2018년 185억달러 이후 역대 5월 중 2위"), and each
    is a span named without its year. Asked once per month, for both."""
    return [
        index
        for index, mention in enumerate(mentions)
        if mention.kind == "period"
        and mention.value.first_month is not None
        and mention.value.first_month == mention.value.last_month
        and mention.value.year is None
        and mention.value.year_offset is None
        and not mention.value.bare_year
        and _names_a_kind(sentence, mention)
    ]


_WHEN_AFTER = re.compile(r",?\s+when\b")
_CHANGE_MEASURED_ON = re.compile(
    rf"(?:%|\bpercent|\b{EN_CHANGE_NOUN})\s(?:on|over|from)\s$",
    re.I,
)
# an apposition that ranks the figure before it within a period ("…, the smallest decline in 2016")
_RANKED_WITHIN = re.compile(
    r",\s(?:the|its)\s(?:[a-z]+-)?(?:biggest|largest|highest|lowest|smallest|best|worst|strongest|weakest"
    r"|fastest|slowest|steepest|sharpest|deepest)(?:\s[a-z-]+){0,3}?(?:\s(?:in|of|for|so\sfar))?\s*$",
    re.I,
)


def _ranks_within(window: str) -> bool:
    """`_RANKED_WITHIN`, asked only where the window holds a comma and a superlative's "est"."""
    return "," in window and "est" in window.lower() and _RANKED_WITHIN.search(window) is not None


def _names_dollars(window: str) -> bool:
    """The gate of `EN_COMPARED_FIGURE`: every match has a "$", a "USD" or "dollars" (in any case)."""
    if "$" in window:
        return True
    lowered = window.lower()
    return "usd" in lowered or "dollars" in lowered


# "double the 2019 level", "twice the volume of chip exports in 2019", "three times that of 2019": a multiple's base
_MULTIPLE_OF = re.compile(
    r"\b(?:double|twice|triple|(?:two|three|four|five|\d+)\s?times)\s(?:that\sof\s|the\s|its\s)"
    r"(?:[\w-]+\s){0,5}?(?:in\s|of\s)?$",
    re.I,
)


def _may_name_a_multiple(window: str) -> bool:
    """The plain-string gate of `_MULTIPLE_OF` (which ignores case)."""
    low = window.lower()
    return "twice" in low or "double" in low or "triple" in low or "times" in low


def is_anchor(sentence: str, mention: Mention) -> bool:
    """'since May', '5월 이후', '전년 대비': the period starts a comparison. A period that only dates a
    cause ("작년 하반기 급증에 따른 역기저 영향으로", "하반기 신제품 준비로") is background too."""
    if KO_BACKGROUND_PERIOD.match(sentence, mention.end) or KO_COMPARED_FIGURE.match(sentence, mention.end):
        return True
    if "(" in sentence and _KO_COMPARED_RATE.match(sentence, mention.end):
        return True  # "… 줄어 전월(△7.8%)보다 감소폭이 줄었으며, 시스템반도체는 …": the month of the rate compared with
    if _KO_CAUSE_AFTER.match(sentence, mention.end) and _KO_TIME_BEFORE.search(sentence, 0, mention.start):
        return True
    if starts_a_from_pair(sentence, mention):
        return True
    window = sentence[max(0, mention.start - 60) : mention.start]
    if "by " in window and _CAUSE_ASIDE_OPENS.search(window) and _CAUSE_ASIDE_CLOSES.match(sentence, mention.end):
        return True  # "Display exports, hurt by weak TV demand in the first quarter, gained …": the cause's time
    if _BACKGROUND_OPENS.search(window) and _BACKGROUND_CLOSES.match(sentence, mention.end):
        return True  # "Displays, whose sales had slumped in 2020, climbed …", "… thanks to a robust first half; …"
    if _names_dollars(window) and EN_COMPARED_FIGURE.search(window):
        return True  # "a 2 percent gain from the $153.9 billion tallied in 2010": the base's year
    if _FROM_A_RATE.search(window):
        return True  # "rose 22.1%, slowing from 27.7% in May, and …": the earlier rate's month
    if _may_name_a_multiple(window) and _MULTIPLE_OF.search(window):
        return True  # "$171 billion, more than double the volume of 2019": the year the figure is a multiple of
    anchor = bool(
        _ANCHOR_BEFORE_FOLDED.search(case_folded(sentence[max(0, mention.start - 32) : mention.start]))
        or ANCHOR_AFTER.match(sentence[mention.end : mention.end + 6])
        or _ranks_within(window)  # "$15.58 billion, the biggest monthly total in 2016": the time it ranks in
    )
    if anchor and _WHEN_AFTER.match(sentence[mention.end : mention.end + 8]):
        # "since October 2015, when it edged down 1.6 percent" (not "a 6.1% gain over May of last year, when they
        # stood at $X": the base of the change, whose own figure the when-clause gives)
        return _CHANGE_MEASURED_ON.search(window) is not None
    return anchor


# a cause set off by commas between a subject and its figure: ", hurt by the collapse in DRAM prices in the second
# half,"
_CAUSE_ASIDE_OPENS = re.compile(
    r",\s(?:hurt|hit|helped|boosted|buoyed|driven|dragged\sdown|weighed\sdown|held\sback|lifted|supported)"
    r"\s(?:partly\s|largely\s|mainly\s|in\spart\s)?by\s"
    r"[^,;\d]{0,60}$"
)
_CAUSE_ASIDE_CLOSES = re.compile(r"[^,;\d]{0,20},\s")
# a relative clause or a cause phrase that gives background, closed before the figures go on: its time is its own
_BACKGROUND_OPENS = re.compile(
    r"(?:(?:,|\s--|\s[—–])\s(?:which|whose|who)\s(?:[^,;\d]{0,60}\s)?(?:had|have|has|was|were)\b"
    r"|\b(?:thanks\sto|because\sof|owing\sto))"
    r"[^,;\d]{0,60}$"
)
_BACKGROUND_CLOSES = re.compile(r"[^,;\d]{0,20}[,;]\s|[^,;\d–—]{0,40}\s(?:--|[—–])\s")  # (a dash closes a dash)


# "전월 15.3%에서 2.6%로": an earlier period and its figure, then the figure now
KO_FROM_FIGURE = re.compile(
    # "전달 27.7%에서 14.2%로", "전달 9.1% 증가에서 3.2% 증가로", "전달 △14.7%에서", "… 증가에서 증가폭이 줄었다"
    r"\s?[△▲▽▼+-]?\s?[\d.,]+\s?(?:%|퍼센트)\s?(?:(?:증가|감소|성장|하락|상승|급증|급감)\s?)?에서"
    r"(?=(?:[^.]|\.\d){0,24}?(?:(?:으로|로)\s|(?:증가|감소|하락|상승|성장)\s?폭[이은을]))"
    # "작년 7월 61억2000만달러에서 75억6000만달러로", "… 작년 12월 158억9000만달러에서 9.1% 늘었다": an amount's base
    r"|\s?[\d.,]+\s?[조억만천][\d,.\s조억만천]*\s?(?:달러|불)\s?에서(?=(?:[^.]|\.\d){0,30}?(?:(?:으로|로)\s|\d\s?%))"
)


# "작년 5월 수출이 31억 달러로 컸던 데 따른 기저효과로 …": an earlier figure named as a reason's cause
KO_BACKGROUND_FIGURE = re.compile(
    r"\s?(?:[가-힣]{1,6}[이가은는]\s)?[\d,.]+\s?[조억만천][\d,.\s조억만천]*\s?(?:달러|불)(?:으로|로)?\s"
    r"[가-힣]{1,4}던\s(?:데\s?따른|탓|기저)"
)


def starts_a_from_pair(sentence: str, mention: Mention) -> bool:
    """A period dated before the report's (전월, 지난해 N월) that opens a Korean from-to pair, or a figure a reason
    names ("작년 5월 수출이 31억 달러로 컸던 데 따른 기저효과"): it dates that first figure only."""
    spec: PeriodSpec = mention.value
    earlier = spec.relative == "prior_month" or spec.year_offset == -1
    return earlier and bool(
        KO_FROM_FIGURE.match(sentence, mention.end)
        or ("던" in sentence and KO_BACKGROUND_FIGURE.match(sentence, mention.end))
    )


_IN_GAP = re.compile(r"\s(?:in\s|of\s)?")
_RATE_NOUN_GAP = re.compile(
    r"\s(?:growth|gain|rise|increase|decline|drop|fall|slide|jump|plunge|contraction)\s(?:in\s)?"
)
_RIGHT_AFTER = re.compile(r"[\s()\[\]:,]{0,3}")  # what may stand between a period and the figure it dates


def bind_period(
    sentence: str,
    mentions: list[Mention],
    index: int,
    resolved: dict[int, ResolvedPeriod],
    lang: str,
    fallback: Period | None,
    layout: PeriodLayout | None = None,
) -> tuple[Period | None, bool]:
    """The period of the figure at `index`, and whether the sentence stated it (False: carried). `layout`: the
    sentence's `period_layout`, when the caller keeps it for all its figures."""
    if not resolved:
        return fallback, False  # most sentences name no period (what follows would find none)
    if layout is None:
        layout = period_layout(sentence, mentions, resolved)
    number = mentions[index]
    if "(" in sentence:
        if (value := _value_a_bracketed_change_leads_to(sentence, mentions, index)) is not None:
            return bind_period(sentence, mentions, value, resolved, lang, fallback, layout)
        resolved = _visible_from(number, resolved, layout.parentheses)
    opener = _opener_of(sentence, number, _period_right_before(mentions, resolved, index, lang), fallback)
    if opener is None and layout.names_a_total:  # (most sentences name no period's total)
        opener = _total_of(sentence, number, resolved, index)
    if opener is not None:
        return opener, True
    modified, before, nxt = _periods_around(resolved, index)
    if (
        lang == "ko"
        and modified is not None
        and KO_RECORDED_IN.fullmatch(sentence[number.end : modified.mention.start])
    ):
        return modified.period, True  # "57.3% 줄었던 1월에 이어": the month the clause modifies, anchor or not
    if lang == "en" and modified is not None and _a_base_dated_after(sentence, number, modified, before, fallback):
        return modified.period, True  # "relative to $13.05 billion in September 2012": the base's own date
    if lang == "en" and (when := _when_it_was(sentence, number, resolved, index)) is not None:
        return when, True
    if before is not None and _right_after(sentence, mentions, index, before, nxt, lang):
        return before.period, True  # "(’20.1월) △7.2", "1분기 444억"
    if lang == "en" and before is not None and _owns_the_figure(sentence, mentions, index, before):
        return before.period, True
    if lang == "en" and nxt is not None and number.kind == "pct":
        own = _value_of_the_change(sentence, mentions, index, resolved)
        if own is not None:  # "$28.35 billion in the half, a 5.9% decrease, and $5.14 billion in June"
            return bind_period(sentence, mentions, own, resolved, lang, fallback, layout)
    if lang == "en" and before is not None and nxt is not None and _opens_its_when_clause(sentence, before, number):
        return before.period, True  # "the 2009 crisis, when first-half exports fell 20.3%, the dip in 2020 …"
    if nxt is not None and _dated_by_the_next(sentence, mentions, index, nxt, lang):
        return nxt.period, True
    if before is not None and _change_from_a_year_earlier(sentence, mentions, index, before, fallback):
        return fallback, True
    if before is not None and lang == "en" and _dates_a_record_behind(sentence, mentions, index, before):
        return fallback, False
    if before is not None:
        return before.period, True
    return fallback, False


# "… beating the previous September high of $18.13 billion in 2028; imports …", "… below the record $12.37 billion
# set in July, while imports …": a record's amount, its time after it, then a new clause
_RECORD_BEFORE = re.compile(
    r"\b(?:record|high|peak|low|best|worst|previous|prior|all-time)\b(?:\s(?:of|at))?\s(?:(?:US)?\$\s?)?$", re.I
)
_SET_IN = re.compile(r"(?:,?\s(?:set|reached|recorded|posted|hit|seen|logged))?\s(?:(?:in|on|of)\s(?:the\s)?)?")
_CLAUSE_AFTER_THE_RECORD = re.compile(r"[^;]*?(?:;|,\s(?:while|and|but|whereas|with)\s|\swhile\s)")


def _dates_a_record_behind(sentence: str, mentions: list[Mention], index: int, before: ResolvedPeriod) -> bool:
    """Does the period before the figure date only a record's amount right before it, with a new clause between it
    and the figure? Then the figure is the sentence's own period's, carried, not the record's."""
    at = next((i for i, m in enumerate(mentions) if m is before.mention), 0)
    amount = mentions[at - 1] if at else None
    return (
        amount is not None
        and amount.kind == "money"
        and _SET_IN.fullmatch(sentence, amount.end, before.mention.start) is not None
        and _RECORD_BEFORE.search(sentence, max(0, amount.start - 40), amount.start + 1) is not None
        and _CLAUSE_AFTER_THE_RECORD.match(sentence[before.mention.end : mentions[index].start]) is not None
    )


def _a_base_dated_after(
    sentence: str, number: Mention, modified: ResolvedPeriod, before: ResolvedPeriod | None, fallback: Period | None
) -> bool:
    """Is the figure a base of the comparison, dated by the anchor period right after it (its own)?"""
    return (
        modified.anchor
        and (
            _IN_GAP.fullmatch(sentence, number.end, modified.mention.start) is not None
            or (
                number.kind == "pct"
                and _RATE_NOUN_GAP.fullmatch(sentence, number.end, modified.mention.start) is not None
            )
        )
        and _base_of_its_own(sentence, number, modified, before.period if before else fallback)
    )


# a year-earlier value's clause a change follows: "149억달러였는데 ", "149억달러에서 ", "149억달러였지만, 올해는 "
_FROM_THE_EARLIER_VALUE = re.compile(
    r"\s?(?:\)\s?)?(?:이?었는데|였는데|이?었으나|였으나|이?었지만|였지만|에서),?\s*(?:(?:올해|올해는|올해엔|이번에는|이번엔)\s?)?"
)


def _change_from_a_year_earlier(
    sentence: str, mentions: list[Mention], index: int, before: ResolvedPeriod, current: Period | None
) -> bool:
    """Korean names the year-earlier value in a clause of its own and the change after it ("지난해 8월에는
    149억달러였는데 14.9% 늘었다", "지난해 8월 149억달러에서 14.9% 늘었다"): the change is the period's the text is
    about, measured from that value, not the earlier period's own."""
    if current is None or before.period != periods.year_before(current) or mentions[index].kind != "pct":
        return False
    value = index - 1
    if value > 0 and mentions[value].text.strip().startswith(("올해", "이번")):
        value -= 1  # "…였는데, 올해는 14.9% 늘었다"
    if value < 0 or mentions[value].kind != "money" or mentions[value].start < before.mention.end:
        return False
    return bool(_FROM_THE_EARLIER_VALUE.fullmatch(sentence, mentions[value].end, mentions[index].start))


_OWNS_THE_FIGURE_AFTER = re.compile(r"['’]s\s(?:[a-z-]+\s){0,2}?[+\-−]?(?:US)?\$?\d")


def _dated_by_the_next(sentence: str, mentions: list[Mention], index: int, nxt: ResolvedPeriod, lang: str) -> bool:
    """Does the first period after the figure date it: right after it, alone in brackets, or reached (English)?
    Not one whose own figure follows it in the possessive ("The 6.3 percent rise followed September's 2.2 percent
    drop")."""
    if lang == "en" and _OWNS_THE_FIGURE_AFTER.match(sentence, nxt.mention.end):
        return False
    gap = sentence[mentions[index].end : nxt.mention.start]
    return bool(
        gap in ("", " ")
        or (gap.strip() == "(" and _alone_in_parentheses(sentence, mentions, nxt))
        or (lang == "en" and reachable(sentence, mentions, index, nxt))
        or (lang == "ko" and KO_RECORDED_IN.fullmatch(gap))
    )


def _right_after(
    sentence: str, mentions: list[Mention], index: int, before: ResolvedPeriod, nxt: ResolvedPeriod | None, lang: str
) -> bool:
    """Does the period stand right before the figure and date it (not in a list each dated after)?"""
    if not _RIGHT_AFTER.fullmatch(sentence, before.mention.end, mentions[index].start):
        return False
    if nxt is None:
        return True
    if _each_in_parentheses_after(sentence, mentions, index, before, nxt):
        return False
    return lang != "en" or not _each_dated_after(sentence, mentions, index, before, nxt)


_OPENS_ITS_PERIOD = re.compile(r"\s?\(\s?")  # between a figure and the period it is dated by in parentheses


def _each_in_parentheses_after(
    sentence: str, mentions: list[Mention], index: int, before: ResolvedPeriod, nxt: ResolvedPeriod
) -> bool:
    """'202.4(’29년) 188.7(’28년)': in a list of figures each followed by its period in parentheses, the period
    before a figure closes the previous figure's pair, and the one after it is its own."""
    if "(" not in sentence or not _OPENS_ITS_PERIOD.fullmatch(sentence, mentions[index].end, nxt.mention.start):
        return False
    at = next((i for i, m in enumerate(mentions) if m is before.mention), 0)
    previous = mentions[at - 1] if at else None
    return (
        previous is not None
        and previous.kind in ("pct", "money")
        and _OPENS_ITS_PERIOD.fullmatch(sentence, previous.end, before.mention.start) is not None
        and _alone_in_parentheses(sentence, mentions, nxt)
    )


def _each_dated_after(
    sentence: str, mentions: list[Mention], index: int, before: ResolvedPeriod, nxt: ResolvedPeriod
) -> bool:
    """'fell 3.1 percent in May, 6.4 percent in August and 2.2 percent in October': in a list of figures each
    dated by the period right after it, the period before a figure closes the previous figure's pair."""
    if not _FIGURE_IN_PERIOD.fullmatch(sentence, mentions[index].end, nxt.mention.start):
        return False
    at = next((i for i, m in enumerate(mentions) if m is before.mention), 0)
    previous = mentions[at - 1] if at else None
    if previous is None or previous.kind not in ("pct", "money"):
        return False
    if before.mention.text[:5].lower() == "that " and sentence[previous.end : before.mention.start] == " ":
        return True  # "fell 1.6 percent that month, 7 percent in November …"
    return _FIGURE_IN_PERIOD.fullmatch(sentence, previous.end, before.mention.start) is not None


_FIGURE_IN_PERIOD = re.compile(r"\s(?:[a-z-]{2,14}\s)?(?:in|for|during|last|this)\s", re.I)  # " in", " on-year in"


# a change set after its value as an apposition: "$X (-21.3%)", "$X, up 12.7 percent", "$X in the half, a 5.9% decrease"
_APPOSED_CHANGE = re.compile(r"(?:\s?\(|,(?:\s(?:a|an|up|down|off))?)\s?")
_VALUE_TO_ITS_PERIOD = re.compile(r"\s(?:(?:in|for|during|over)\s)?")


def _value_of_the_change(
    sentence: str, mentions: list[Mention], index: int, resolved: dict[int, ResolvedPeriod]
) -> int | None:
    """The value a change is set after as its apposition, right after the value or after the period the value is
    named with ("Vietnam took $19.64 billion for the year, up 12.7 percent, and $1.83 billion in December, up 4.9
    percent"): the change is that value's period's, not the next value's."""
    at, start = index - 1, mentions[index].start
    if at >= 0 and mentions[at].kind in ("up", "down"):
        if mentions[at].text.strip().lower() in ("up", "down", "off"):  # it opens the apposition: "in July (down 1.5%)"
            start = mentions[at].start  # (not a verb: "…, slowing from 15.2 percent growth in July")
        at -= 1
    if at in resolved:
        period = resolved[at].mention
        if not _APPOSED_CHANGE.fullmatch(sentence, period.end, start):
            return None
        at, start = at - 1, period.start
        if at < 0 or mentions[at].kind != "money":
            return None
        return at if _VALUE_TO_ITS_PERIOD.fullmatch(sentence, mentions[at].end, start) else None
    if at < 0 or mentions[at].kind != "money":
        return None
    return at if _APPOSED_CHANGE.fullmatch(sentence, mentions[at].end, start) else None


# the words between a period and the figure it names as its total ("the 2016 total of", "the 2022 export volume of")
_TOTAL_OF = re.compile(
    r"\s(?:(?:annual|full[\s-]year|yearly)\s)?(?:(?:ICT\s)?(?:exports?|imports?|shipments?)\s)?"
    r"(?:total|tally|level|figure|volume|value)\s(?:of\s)?",
    re.I,
)


_TOTAL_WORDS = ("total", "tally", "level", "figure", "volume", "value")  # one of them is in every `_TOTAL_OF`


def _total_of(sentence: str, number: Mention, resolved: dict[int, ResolvedPeriod], index: int) -> Period | None:
    """The period named as the figure's total, anchor or not: "already above the full-year 2015 total of $133.9
    billion" is 2015's own figure (a precise figure after a bound word is a fact). Asked only of a sentence with
    a word of `_TOTAL_WORDS` (`PeriodLayout.names_a_total`)."""
    last = max((i for i in resolved if i < index), default=None)
    placed = resolved[last] if last is not None else None
    if placed is None or placed.period is None or sentence[placed.mention.end : number.start].count(" ") > 4:
        return None
    return placed.period if _TOTAL_OF.fullmatch(sentence, placed.mention.end, number.start) else None


def _period_right_before(
    mentions: list[Mention], resolved: dict[int, ResolvedPeriod], index: int, lang: str
) -> ResolvedPeriod | None:
    """The period named right before the figure, past a Korean flow word ("작년 5월 수출이 31억 달러로")."""
    before = resolved.get(index - 1)
    if before is None and lang == "ko" and index > 1 and mentions[index - 1].kind.startswith("flow:"):
        return resolved.get(index - 2)
    return before


def _opener_of(sentence: str, number: Mention, opener: ResolvedPeriod | None, current: Period | None) -> Period | None:
    """A period right before the figure that is its own: a possessive year ("below 2015's $81.6 billion"), the
    first of a Korean from-to pair ("전월 15.3%에서 2.6%로"), the month before as a base ("전월(141억달러)보다")."""
    if opener is None or opener.period is None:
        return None
    if opener.mention.text.endswith(("'s", "’s")) and sentence[opener.mention.end : number.start] == " ":
        return opener.period
    if sentence[opener.mention.end : number.start].rstrip() in ("'s", "’s"):
        return opener.period  # "than July's 24.9% slide": the month's own figure, anchor or not
    if starts_a_from_pair(sentence, opener.mention):
        return opener.period
    if (
        "(" in sentence
        and _ALONE_AFTER_ITS_MONTH.fullmatch(sentence, opener.mention.end, number.start)
        and sentence.startswith(")", number.end)
        and opener.mention.text[-1:].isascii()
    ):
        return opener.period  # "narrowed … from May (26.0%↓)": the month's own figure, anchor or not
    if (
        KO_COMPARED_FIGURE.match(sentence, opener.mention.end)
        or ("(" in sentence and _KO_COMPARED_RATE.match(sentence, opener.mention.end))
    ) and (current is None or opener.period != periods.year_before(current)):
        # "전월(141억달러)보다", "3분기(498억달러)보다": the base's own value (a base a year before the period the
        # text is about, "지난해 상반기(265억 달러)보다", is read as the year-earlier value already)
        return opener.period
    return None


_ALONE_AFTER_ITS_MONTH = re.compile(r"\s?\(\s?")
# what stands between a month and the figure it was at: "at", "with a", ", growing" ("… in June, growing 1 percent,")
_AT_OR_WITH = re.compile(
    r"at|with(?:\sa|\san)?|(?:growing|rising|gaining|falling|declining|dropping|shrinking|slipping|up|down)(?:\sby)?"
)
_TO_AFTER_PERIOD = re.compile(r"\s(?:to|at)\s")
_WHEN_CLAUSE = re.compile(r"(?:,|\s?\()\s?(?:when|where)\b[^,;()]*$")  # ", when …", " (when …"


def _when_it_was(sentence: str, number: Mention, resolved: dict[int, ResolvedPeriod], index: int) -> Period | None:
    """A figure in a when-clause after a compared base's period is that period's ("up from $16.7 billion in
    February, when exports climbed 29.6 percent"), though the period is an anchor of the comparison."""
    if "when" not in sentence:
        return None  # (plain strings first: most sentences have no when-clause)
    last = max((i for i in resolved if i < index), default=None)
    placed = resolved[last] if last is not None else None
    if placed is None or not placed.anchor or placed.period is None:
        return None
    return placed.period if _WHEN_CLAUSE.match(sentence, placed.mention.end, number.start) else None


_WHEN_OPENS = re.compile(r",\swhen\s(?:the\s)?$")


def _opens_its_when_clause(sentence: str, before: ResolvedPeriod, number: Mention) -> bool:
    """Does the period open a when-clause that holds the figure, with no clause break between them ("…, when
    first-half exports fell 20.3 percent, …")? The figure is that period's, not the one named after the clause."""
    return (
        _WHEN_OPENS.search(sentence, max(0, before.mention.start - 12), before.mention.start) is not None
        and "," not in sentence[before.mention.end : number.start]
    )


def _owns_the_figure(sentence: str, mentions: list[Mention], index: int, before: ResolvedPeriod) -> bool:
    """English names the period between a change and its value ("grew 17.0 percent in the first quarter to
    $A and 5.6 percent in the second quarter to $B"), or opens a when-clause with it ("a 9.1 percent fall
    in January, when exports totaled $X, and …"): the figure is that period's, not the next one's."""
    at = mentions.index(before.mention) if before.mention in mentions else -1
    words_between = all(m.kind in ("up", "down") for m in mentions[at + 1 : index]) if at >= 0 else False
    if words_between and _AT_OR_WITH.fullmatch(sentence[before.mention.end : mentions[index].start].strip(" ,")):
        return True  # "returned to growth in May at 2 percent and rose …", "… in June, growing 1 percent, and …"
    if at == index - 1 and at >= 1 and mentions[at - 1].kind == "pct" and mentions[index].kind == "money":
        return bool(_TO_AFTER_PERIOD.fullmatch(sentence[before.mention.end : mentions[index].start]))
    return bool(_WHEN_CLAUSE.match(sentence, before.mention.end, mentions[index].start))


def _periods_around(
    resolved: dict[int, ResolvedPeriod], index: int
) -> tuple[ResolvedPeriod | None, ResolvedPeriod | None, ResolvedPeriod | None]:
    """Of the placed periods around the figure at `index`: the first after it (anchor or not), the last
    non-anchor before it and the first non-anchor after it. One pass, in the sentence's order."""
    modified = before = after = None
    for i in sorted(resolved):
        placed = resolved[i]
        if placed.period is None or i == index:
            continue
        if i < index:
            if not placed.anchor:
                before = placed
        else:
            if modified is None:
                modified = placed
            if not placed.anchor:
                after = placed
                break
    return modified, before, after


# "X를 기록한 2022년", "57.3% 줄었던 1월에 이어": a figure in a clause that modifies the period after it
KO_RECORDED_IN = re.compile(
    r"\s?[을를]?\s?(?:기록한|기록했던|달성한|보인|나타낸|낸|"
    r"(?:줄었|늘었|줄|늘|감소했|증가했|급감했|급증했)던)\s?"
)


class PeriodLayout(NamedTuple):
    """What `bind_period` asks of a sentence for each of its figures, the same for all of them, so found once per
    sentence: the parentheses each placed period opens, by the period's index (`parentheses_of_periods`), and
    whether the sentence has a word every `_TOTAL_OF` match needs."""

    parentheses: dict[int, tuple[int, int]]
    names_a_total: bool


def period_layout(sentence: str, mentions: list[Mention], resolved: dict[int, ResolvedPeriod]) -> PeriodLayout:
    folded = folded_sentence(sentence)
    return PeriodLayout(
        parentheses_of_periods(sentence, mentions, resolved), any(word in folded for word in _TOTAL_WORDS)
    )


def parentheses_of_periods(
    sentence: str, mentions: list[Mention], resolved: dict[int, ResolvedPeriod]
) -> dict[int, tuple[int, int]]:
    """The span of the parentheses each placed period opens (or stands right before) when they hold a figure,
    by the period's index: the same for every figure of the sentence, so found once, not once per figure."""
    if "(" not in sentence:
        return {}
    return {
        i: span
        for i, placed in resolved.items()
        if (span := _own_parentheses(sentence, mentions, placed.mention)) is not None
    }


_OPENS_A_BRACKET = re.compile(r"\s?\(\s?")
_NEXT_IN_A_BRACKET = re.compile(r"\s?,\s?")


def _value_a_bracketed_change_leads_to(sentence: str, mentions: list[Mention], index: int) -> int | None:
    """'171.5억 달러(2014년 166.2억 달러, 3.2%↑)': a change beside a dated year-earlier amount in the brackets after
    a value is that value's when it is the step from the one amount to the other (the index of the value)."""
    if index < 3 or mentions[index].kind != "pct":
        return None
    outer, period, inner = mentions[index - 3], mentions[index - 2], mentions[index - 1]
    if outer.kind != "money" or period.kind != "period" or inner.kind != "money" or not inner.value:
        return None
    if not _OPENS_A_BRACKET.fullmatch(sentence, outer.end, period.start):
        return None
    if not _NEXT_IN_A_BRACKET.fullmatch(sentence, inner.end, mentions[index].start):
        return None
    step = abs(outer.value / inner.value - 1) * 100
    return index - 3 if abs(step - mentions[index].value[0]) <= 0.6 else None


def _visible_from(
    number: Mention, resolved: dict[int, ResolvedPeriod], shut: dict[int, tuple[int, int]]
) -> dict[int, ResolvedPeriod]:
    """The placed periods a figure may take: a period that opens parentheses holding its own figure
    ("162.4억불('18.3월 195.1억불)로", "(March 2018: $19.51 billion)") dates only what those parentheses hold
    (`shut`: `parentheses_of_periods`)."""
    closing = [
        i
        for i in shut
        if i in resolved
        and shut[i][0] < number.start < resolved[i].mention.start
        and resolved[i].mention.end < shut[i][1] + 1
    ]
    if closing:  # (a figure in parentheses a period closes takes that period: "last year ($169.4 billion in 2013)")
        return {i: resolved[i] for i in closing}
    hidden = [i for i in resolved if i in shut and not shut[i][0] < number.start < shut[i][1]]
    return {i: placed for i, placed in resolved.items() if i not in hidden} if hidden else resolved


def _own_parentheses(sentence: str, mentions: list[Mention], period: Mention) -> tuple[int, int] | None:
    """The span of the parentheses a period opens, when they also hold a figure; also of those right after a
    period that is no subject ("역대 최대였던 '21년(2,280.7억불) 실적을 경신, 수입 …": that year's figure only)."""
    opened = sentence.rfind("(", 0, period.start)
    if opened >= 0 and (closes := _closes_parentheses(sentence, mentions, period, opened)) is not None:
        return closes
    if opened < 0 or sentence[opened + 1 : period.start].strip(" '‘’") or ")" in sentence[opened : period.start]:
        after = _PARENTHESES_AFTER.match(sentence, period.end)
        if after is None:
            return None
        opened = after.end() - 1
        closed = sentence.find(")", opened)
        if closed < 0 or _MARKED_AS_SUBJECT.match(sentence, closed + 1):
            return None
        held = any(m.kind == "money" and opened < m.start < closed for m in mentions)  # (not "in March (-14.7%)")
        dated = any(m.kind == "period" and opened < m.start < closed for m in mentions)  # ("last year ($X in 2013)")
        return (period.start, closed) if held and not dated else None
    closed = sentence.find(")", period.end)
    if closed < 0:
        return None
    held = any(m.kind in ("money", "pct") and period.end <= m.start < closed for m in mentions)
    return (opened, closed) if held else None


def _closes_parentheses(sentence: str, mentions: list[Mention], period: Mention, opened: int) -> tuple[int, int] | None:
    """The span of parentheses a period closes after a figure of their own ("$173.8 billion ($169.4 billion in
    2013)", "(a year earlier: …)" aside): the period dates that figure only, not the sentence."""
    closing = _CLOSED_AFTER.match(sentence, period.end)
    if closing is None or ")" in sentence[opened : period.start]:
        return None
    held = any(m.kind == "money" and opened < m.start < period.start for m in mentions)
    return (opened, closing.end() - 1) if held else None


_CLOSED_AFTER = re.compile(r"\s?\)")
_PARENTHESES_AFTER = re.compile(r"\s?\(")
_MARKED_AS_SUBJECT = re.compile(r"\s?(?:은|는|이|가|의|도|에는|엔|로|으로)")  # "상반기(817억 달러)는 …": the subject's


def _alone_in_parentheses(sentence: str, mentions: list[Mention], target: ResolvedPeriod) -> bool:
    """'182.6(12월)': the period alone in parentheses dates the figure before it; in '171.7억불('18.6월
    187.4억불)' it dates the figure it shares the parentheses with."""
    close = sentence.find(")", target.mention.end)
    if close < 0:
        return False
    return not any(m.kind in ("money", "pct") and target.mention.end <= m.start < close for m in mentions)


# between two figures: they are no group ("$143 billion, within $2 billion of the record of $157 billion")
# ("…, down 3.7 percent, following a 6.9 percent decline in August": the second figure is the earlier event's)
_NOT_ONE_GROUP = re.compile(
    r"\b(?:of|within|than|since|record|relative|compare[ds]?|versus|vs|against|then|following|after|but"
    # "$47.93 billion topped the $45.71 billion of the first half of 2018": the second amount is the one outdone
    r"|(?:topp|surpass|beat|exceed|eclips|outstripp|outpac|overt[ao]ok)\w*)\b",
    re.I,
)
_ANOTHER_TIME = re.compile(
    r"\b(?:since|than|within|but|while|whereas|although|though|then)\b|;"
    # "…, helped by a low base last year": a cause's time, not the figure's
    r"|,\s(?:helped|hurt|boosted|buoyed|driven|dragged|weighed|supported|held\sback|lifted)\s(?:down\s)?by\b"
    # "$5.14 billion, bringing the January-June total to $28.35 billion": the running total's own figure
    r"|,\s(?:bringing|taking|pushing|lifting|putting)\s"
    r"|\b(?:due\sto|thanks\sto|amid|because\sof|owing\sto|on\sthe\sback\sof)\b",
    re.I,
)


_NEW_CLAUSE = re.compile(r",\s(?:and|but)\s(?:in|for|during)\s")
# "… to $33.15 billion, and September alone saw …": the period is the next clause's subject
_NEW_SUBJECT = re.compile(r",\s(?:and|but)\s$")
_A_TOTAL_NEXT = re.compile(r"\s?(?:total|tally)\s(?!of\b|alone\b)")  # ("that was the May total alone": its own)


def reachable(sentence: str, mentions: list[Mention], index: int, target: ResolvedPeriod) -> bool:
    """English puts the period after the figures ("rose 4.3 percent to $9.19 billion in August"):
    the number reaches a later period through other numbers of its own group, never through a
    subject, a comparison or a clause break."""
    position = mentions[index].end
    for offset, mention in enumerate(mentions[index + 1 :], start=index + 2):
        worth = mentions[offset - 2].kind.startswith("item:") and position == mentions[offset - 2].end
        if mention is target.mention:
            if "→" in sentence[position : mention.start]:
                return False  # "('14.8) 14.20 (3.3↑) → ('15.8) …": a trend line's arrow starts the next period's
            if _ANOTHER_TIME.search(sentence[position : mention.start]):
                return False  # "$1.21 billion, the fastest since April 2011, when …": another time's
            if _NEW_CLAUSE.search(f"{sentence[position : mention.start]}{mention.text[:4].lower()}"):
                return False  # "… to $1.22 billion, and in November they fell …": the period opens the next clause
            if _NEW_SUBJECT.search(sentence, position, mention.start):
                return False
            if _A_TOTAL_NEXT.match(sentence, mention.end):
                return False  # "… to $2.03 billion and the six-month total shrank …": the total opens the next clause
            labelled = offset < len(mentions) and mentions[offset].kind == "money"
            if labelled and mentions[offset].start - mention.end <= 1:
                return False  # "… were $13.74 billion and August $14.02 billion": the period labels the next figure
            modifies = offset < len(mentions) and mentions[offset].kind.startswith(("flow:", "item:"))
            own_noun = sentence[position : mention.start] == " in "  # "$103.2 billion in annual ICT exports"
            if modifies and not own_noun and mentions[offset].start - mention.end <= 2 and sentence[mention.end] != ",":
                return False  # "…, and second-half exports declined": the period opens the next clause
            return mention.start - position <= 30 or _set_earlier_in(sentence, position, mention.start)
        if mention.kind in ("money", "pct"):
            if mention.start - position > 25 or _NOT_ONE_GROUP.search(sentence[position : mention.start]):
                return False
            position = mention.end
            continue
        if mention.kind == "won" and (close := _won_in_brackets(sentence, position, mention)):
            position = close  # "$8.4 billion (about 11 trillion 230 billion won) in …": the figure in won, an aside
            continue
        if mention.kind.startswith("item:") and _WORTH_OF.fullmatch(sentence, position, mention.start):
            position = mention.end  # "$36.9 billion worth of IT products in the half": the goods the figure bought
            continue
        if mention.kind.startswith("region:") and worth and _GOODS_TO.fullmatch(sentence, position, mention.start):
            position = mention.end  # "$1.3 billion worth of ICT products to India in …": where the goods went
            continue
        if mention.kind.startswith("flow:") and _FLOW_OF_THE_FIGURE.fullmatch(sentence, position, mention.start):
            position = mention.end  # "$98.6 billion in (ICT) exports for the year": the flow the figure counts
            continue
        if mention.kind == "prior" and _change_base(sentence, mentions[offset - 2], position, mention):
            position = mention.end  # "rose 3.3 per cent from a year earlier to $14.8 billion in …": the change's base
            continue
        if mention.kind.startswith(("item:", "region:", "flow:")) or mention.kind in ("prior", "period"):
            return False
    return False


_CHANGE_BASE_BEFORE = re.compile(r"\s(?:from|over|on)\s")
_A_VALUE_NEXT = re.compile(r",?\s(?:to|at)\s")


def _change_base(sentence: str, before: Mention, position: int, prior: Mention) -> bool:
    """Is `prior` the year-ago base a change just read is against, with the value it came to next ("3.3 per cent
    from a year earlier to $14.8 billion"): a base of no amount of its own, not a new group of figures?"""
    return (
        before.kind == "pct"
        and before.end == position
        and _CHANGE_BASE_BEFORE.fullmatch(sentence, position, prior.start) is not None
        and _A_VALUE_NEXT.match(sentence, prior.end) is not None
    )


_WON_OPENS = re.compile(r"\s?\((?:about|approximately|around|roughly|some|nearly|or|or\sabout|approx\.)?\s?")


def _won_in_brackets(sentence: str, position: int, won: Mention) -> int:
    """The end of the brackets that give the figure ending at `position` in won ("$8.4 billion (about 11 trillion
    won)"), or 0 where the won amount is not such an aside."""
    if won.start - position > 24 or sentence[won.end : won.end + 1] != ")":
        return 0
    return won.end + 1 if _WON_OPENS.fullmatch(sentence, position, won.start) else 0


# "$36.9 billion worth of IT products", "$57.3 billion of Korean IT goods", "bought $39.7 billion in Korean ICT goods":
# the goods the figure bought (also after the possessive's apostrophe: "9.84 billion dollars' worth of ICT goods")
_WORTH_OF = re.compile(r"['’]?\s(?:worth\s)?(?:of|in)\s(?:the\s)?(?:(?:South\s)?Korean\s)?")
# a record's value and the month it was set in, however the clause qualifies how long ago ("$15.87 billion, set just
# two months earlier in July", "…, which was reached only three months before, in March")
_SET_EARLIER = re.compile(
    r",\s(?:which\swas\s)?(?:set|reached|recorded|posted|hit)\s(?:[a-z]+\s){0,4}(?:earlier|before),?\s(?:in|on)\s"
)


def _set_earlier_in(sentence: str, start: int, end: int) -> bool:
    """Is the gap between a figure and a month the clause saying when a record was set (up to 60 characters)?"""
    gap = sentence[start:end]
    if end - start > 60 or ("earlier" not in gap and "before" not in gap):
        return False  # (plain strings first: the pattern needs one of them)
    return _SET_EARLIER.fullmatch(sentence, start, end) is not None


_GOODS_TO = re.compile(r"\s(?:to|from)\s(?:the\s)?")
# the flow a figure counts, after the goods it bought or at once: "$X in exports", "$X of exports"
_FLOW_OF_THE_FIGURE = re.compile(r"\s?|\s(?:in|of)\s")
