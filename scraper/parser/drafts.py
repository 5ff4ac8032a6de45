"""Facts being collected for one document, and the rule for a figure stated twice."""

from __future__ import annotations

import math
import re
from enum import IntEnum
from functools import lru_cache

from scraper.items import PART_OF
from scraper.models import Fact
from scraper.parser import periods
from scraper.parser.lexicon import SHORT_NAME_OF
from scraper.parser.periods import Period

Key = tuple[str, str, str, str]  # (period, flow, item, region)


class Evidence(IntEnum):
    """How a figure's key was found; a stronger statement of a key outranks a weaker one."""

    TABLE = 0  # read from a table's row and column, below anything a sentence states (`table_facts`)
    CARRIED = 1  # subject (and period) inherited from an earlier sentence
    SUBJECT = 2  # subject named in the figure's sentence, period carried from the paragraph or report
    STATED = 3  # subject and period both named in the figure's sentence

    @classmethod
    def of(cls, subject_stated: bool, period_stated: bool) -> Evidence:
        if not subject_stated:
            return cls.CARRIED
        return cls.STATED if period_stated else cls.SUBJECT


class Draft:
    """A fact being collected: fields plus how precisely each number was written. (One per key of a document, its
    fields read for every figure: not a dataclass, whose generated `__init__` mypyc leaves interpreted.)"""

    period: str
    flow: str
    item: str
    region: str
    values: dict[str, float]
    digits: dict[str, int]
    strength: dict[str, Evidence]
    evidence: str = ""
    paragraph: int = 0  # where it was first stated
    run: int = 0  # ... and after which sentence that named a period

    def __init__(
        self, period: str, flow: str, item: str, region: str, evidence: str = "", paragraph: int = 0, run: int = 0
    ) -> None:
        self.period, self.flow, self.item, self.region = period, flow, item, region
        self.values, self.digits, self.strength = {}, {}, {}
        self.evidence, self.paragraph, self.run = evidence, paragraph, run

    def hold(self, field_name: str, value: float, digits: int, strength: Evidence) -> None:
        self.values[field_name] = value
        self.digits[field_name] = digits
        self.strength[field_name] = strength

    def to_fact(self) -> Fact:
        return Fact(
            self.period,
            self.flow,
            self.item,
            self.region,
            self.values.get("value_usd"),
            self.values.get("yoy_pct"),
            self.values.get("prior_usd"),
            self.evidence,
        )


_NOT_DIGIT = re.compile(r"\D")


@lru_cache(maxsize=1024)  # a figure's text ("$6.4 billion", "12.3%"): short, and the same ones come back
def significant_digits(text: str) -> int:
    """How precisely a figure was written: '$16.4 billion' -> 3, '$16 billion' -> 2."""
    digits = _NOT_DIGIT.sub("", text.split("%")[0]).lstrip("0")
    return len(digits.rstrip("0")) if "." not in text else len(digits)


def same_within_rounding(a: float, b: float, field_name: str) -> bool:
    """Two statements of one figure at different precision ($14.9B and $14.93B)."""
    if field_name == "yoy_pct":
        return abs(a - b) <= 0.51
    return abs(a - b) <= max(abs(a), abs(b)) * 0.012


def within_last_digit(rough: float, digits: int, precise: float) -> bool:
    """'11 pct' in a headline and '11.6 percent' in the body: the rougher figure is off by less than one
    unit of its own last digit (headlines round and also cut)."""
    if digits <= 0 or rough == 0 or (rough < 0) != (precise < 0):
        return False
    unit = 10.0 ** (math.floor(math.log10(abs(rough))) - digits + 1)
    return bool(abs(rough - precise) < unit)


def one_figure(a: float, a_digits: int, b: float, b_digits: int, field_name: str) -> bool:
    """Are two statements, written to `a_digits` and `b_digits` significant digits, one figure rounded or cut?"""
    return (
        same_within_rounding(a, b, field_name) or within_last_digit(a, a_digits, b) or within_last_digit(b, b_digits, a)
    )


# The largest item (chips) and partner (China with Hong Kong) make up well under this share of a month's ICT
# exports; a part above it is another period's figure (measured: 0.7 moved true March chip figures of 74%).
PART_SHARE_CEILING = 0.85
MAX_MONTHLY_USD = 4e10  # no ICT flow, item or partner has reached $40 billion in a month
# Every other item and partner has stayed under a third of a month's ICT trade (phones and panels at their
# peak in 2008-2010, the US, Vietnam, Japan's and Taiwan's share of imports); above two fifths it is another
# period's figure (a quarter's or a half's that a story told after a sentence on its last month). The largest
# parts, and the wholes named as parts (components, ASEAN, "ICT excluding chips"), get the wider ceiling.
MINOR_PART_SHARE_CEILING = 0.42
LARGEST_PARTS = frozenset({"semiconductors", "memory", "china", "components", "parts", "asean", "southeast_asia"})
# Korea's ICT trade has not come near these per month since 2007 (its lowest stretch, the first half of 2009,
# averaged $8.8 billion of exports and $4.7 billion of imports a month): an ICT total below them is a part's figure
# (an item's, a partner's, a firm's) bound to the total's words ("ICT exports … with displays at $840 million")
ICT_TOTAL_FLOOR_PER_MONTH = {"export": 6e9, "import": 2.5e9}
ICT_TOTAL_FLOOR_FROM_YEAR = 2007  # (the 1990s' totals were smaller: "1996년 412억 달러")


def running_total_label(label: str) -> str:
    """January to the month `label` names, in its year."""
    month = Period.from_label(label)
    return Period((month.start[0], 1), month.end).label


def _beyond_any_ict_total(key: Key, field_name: str, value: float) -> bool:
    """Is an ICT total's value (or year-earlier value) below what Korea's ICT exports or imports have been in any
    period since 2007, or a span's above what every month of it could have reached? (A month's too large figure
    waits: it may be the running total's, `move_figures_too_large_for_a_month`.)"""
    floor = ICT_TOTAL_FLOOR_PER_MONTH.get(key[1])
    if floor is None:
        return False  # (a balance may be small)
    period = Period.from_label(key[0])
    if field_name == "prior_usd":
        period = periods.year_before(period)
    if period.months > 1 and abs(value) > MAX_MONTHLY_USD * period.months:
        return True  # ("2016년 수출 4,955억 달러": all goods, not ICT)
    return period.start[0] >= ICT_TOTAL_FLOOR_FROM_YEAR and abs(value) < floor * period.months


class DraftBook:
    """All drafts of a document, keyed by (period, flow, item, region)."""

    def __init__(self) -> None:
        self.drafts: dict[Key, Draft] = {}
        self.conflicts = 0  # keys whose field two equally strong statements gave different values
        self.implausible = 0  # ICT totals refused as beyond any period's (`_beyond_any_ict_total`)
        self.paragraph = 0  # the paragraph being read, for the drafts it starts
        self.run = 0  # sentences that named a period so far: a carried period lasts from one to the next
        # figures with a carried period that a month's key already held otherwise: maybe a longer span's
        self.displaced: list[tuple[Key, str, float, str, str, int]] = []

    def get(self, key: Key) -> Draft | None:
        return self.drafts.get(key)

    def record(
        self,
        key: Key,
        field_name: str,
        value: float,
        text: str,
        sentence: str,
        approximate: bool = False,
        evidence: Evidence = Evidence.STATED,
    ) -> bool:
        """Resolve a candidate figure for a key against what is held. The same number written more
        precisely refines it, and an exact figure replaces an approximate one ("nearly $20 billion").
        A figure that disagrees beyond rounding keeps the first and is counted in `conflicts`: on real
        texts the later statement is more often a mis-scoped figure (a daily average, a historical
        month) than a correction. True when `value` is now held."""
        if (
            key[2] == "ict"
            and key[3] == "world"
            and field_name != "yoy_pct"
            and _beyond_any_ict_total(key, field_name, value)
        ):
            self.implausible += 1
            return False  # (the key stays free for the total's own figure)
        draft = self.drafts.get(key)
        if draft is None:
            draft = self.drafts[key] = Draft(*key, evidence=sentence, paragraph=self.paragraph, run=self.run)
        digits = 0 if approximate else significant_digits(text)
        if field_name not in draft.values:
            draft.hold(field_name, value, digits, evidence)
            return True
        old, old_digits, old_strength = draft.values[field_name], draft.digits[field_name], draft.strength[field_name]
        same = one_figure(old, old_digits, value, digits, field_name)
        if (old_digits == 0 and digits > 0) or (same and digits > old_digits):
            draft.hold(field_name, value, digits, max(evidence, old_strength))
            return True
        if (
            not same
            and self._too_large_for_its_month(draft)
            and (
                evidence > old_strength
                or (field_name == "value_usd" and evidence == old_strength and abs(value) < abs(old))
            )
        ):
            turned_away = len(self.displaced)  # (what `_evict` adds after these is the evicted draft's)
            self._evict(draft)  # "For the year, chips …" then "In December, chips …": the stated month's own
            self._take_back_own_figures(key, field_name, sentence, evidence, turned_away)
            return self.record(key, field_name, value, text, sentence, approximate, evidence)
        if not same and self._surplus_past_exports(key, field_name, old, value):
            draft.hold(field_name, value, digits, evidence)  # "흑자 40% 급감…1769억달러" read as the surplus
            return True
        if not same and digits > 0:
            self.conflicts += 1  # measured: letting the stronger statement win loses more than it gains
            if evidence <= Evidence.SUBJECT and "/" not in key[0]:
                self.displaced.append((key, field_name, value, text, sentence, self.paragraph))
        return False

    def _surplus_past_exports(self, key: Key, field_name: str, held: float, value: float) -> bool:
        """Is the held surplus as large as the exports it is the surplus of, and the new one below them? A balance
        is exports less imports: one that reaches the exports was another flow's amount, bound to the wrong clause."""
        if field_name != "value_usd" or key[1] != "balance":
            return False
        exports = self.drafts.get((key[0], "export", key[2], key[3]))
        shipped = exports.values.get("value_usd") if exports is not None else None
        return shipped is not None and abs(held) >= 0.999 * shipped > abs(value)

    def states(self, subject: tuple[str, str, str], field_name: str, value: float) -> bool:
        """Does any period hold this figure for this subject (the same number, rounded or not)? A change
        written with a decimal ("21.9%") is the same only as the same decimal, not as 21.5%."""
        precise_change = field_name == "yoy_pct" and value != round(value)
        return any(
            draft.values.get(field_name) is not None
            and (draft.flow, draft.item, draft.region) == subject
            and (
                abs(draft.values[field_name] - value) <= 0.051
                if precise_change
                else same_within_rounding(draft.values[field_name], value, field_name)
            )
            for draft in self.drafts.values()
        )

    def drop_short_names(self) -> None:
        """'컴퓨터 수출 88.9% 급증' over '컴퓨터·주변기기는 10억 달러로 88.9% 늘었다': a figure under a category's short
        name whose every field the full name's figure of the same period, flow and partner holds is that figure."""
        for key, draft in list(self.drafts.items()):
            for full in SHORT_NAME_OF.get(draft.item, ()):
                other = self.drafts.get((draft.period, draft.flow, full, draft.region))
                if other is not None and all(
                    name in other.values and same_within_rounding(other.values[name], value, name)
                    for name, value in draft.values.items()
                ):
                    del self.drafts[key]
                    break

    def drop_values_a_prior_disputes(self) -> None:
        """A value for a period a year before the current one that disagrees beyond rounding with the year-earlier
        value the current one states, and was attributed on weaker evidence, is another subject's figure ("지난해
        1월(166억9000만달러)보다 …" then, on a line of its own, "지난해 1월 100억1000만달러로 …" of an item): dropped,
        and counted in `conflicts`."""
        self.drop_contradicted_priors()  # (a prior its own figure and change contradict disputes nothing)
        for (label, flow, item, region), draft in self.drafts.items():
            prior = draft.values.get("prior_usd")
            if prior is None:
                continue
            before = self.drafts.get((periods.label_a_year_before(label), flow, item, region))
            value = before.values.get("value_usd") if before is not None else None
            if before is None or value is None or before.strength["value_usd"] >= draft.strength["prior_usd"]:
                continue
            if not one_figure(value, before.digits["value_usd"], prior, draft.digits["prior_usd"], "value_usd"):
                del before.values["value_usd"]
                self.conflicts += 1

    def drop_parts_restating_their_whole(self) -> None:
        """An item's or a partner's amount equal (within rounding) to the ICT total of the same period and flow is
        the total's, carried to a part whose scope did not end where it should have (paragraphs run together: "…
        China …. 지난해 ICT 수출이 1694억1천만달러로 … 8.7% 늘면서"): no part is all of the total. The figures read with
        it are the total's too; all are dropped and counted in `conflicts`."""
        for (label, flow, item, region), draft in self.drafts.items():
            if (item, region) == ("ict", "world") or flow == "balance" or "value_usd" not in draft.values:
                continue
            whole = self.drafts.get((label, flow, "ict", "world"))
            total = whole.values.get("value_usd") if whole is not None else None
            if total is not None and same_within_rounding(draft.values["value_usd"], total, "value_usd"):
                draft.values.clear()
                self.conflicts += 1

    def fill_priors(self) -> None:
        """A value stated for the same month (or span) a year before is the year-earlier value of the
        current one ("… 2017년 4월 155억달러를 뛰어넘는", "last year's $16.2 billion")."""
        for (label, flow, item, region), draft in self.drafts.items():
            if "value_usd" not in draft.values or "prior_usd" in draft.values:
                continue
            before = self.drafts.get((periods.label_a_year_before(label), flow, item, region))
            if before is not None and "value_usd" in before.values:
                draft.hold("prior_usd", before.values["value_usd"], before.digits["value_usd"], Evidence.CARRIED)

    def move_parts_larger_than_their_month(self) -> None:
        """A part whose period was carried (an item or partner in a paragraph that names no period) and whose
        value exceeds the ICT total of that month cannot be the month's: in a half-year or annual report
        that turned to its last month ("June exports alone …"), "China $56.9 billion" is the span's. It
        moves, with the other carried figures of its paragraph, to the longest span ending that month whose
        total holds it, where those keys are free; not those a sentence naming a period stands between ("미국
        수출은 12억달러로 …. 1~9월 누적 ICT 수출은 …. 반도체 439억달러 …": the partner's figure is the month's)."""
        for key, draft in list(self.drafts.items()):
            label, flow, item, region = key
            value = draft.values.get("value_usd")
            if value is None or (item, region) == ("ict", "world") or draft.strength["value_usd"] > Evidence.SUBJECT:
                continue
            if not self._part_exceeds_its_month(label, flow, item, region, value):
                continue
            span = self._span_holding(label, flow, value)
            if span is None:
                continue
            rows = self._rows_alongside(label, draft.paragraph)
            for other_key, other in list(self.drafts.items()):
                if other is draft or (
                    other_key[0] == label
                    and other.paragraph in rows
                    and (other.paragraph != draft.paragraph or other.run == draft.run)
                    and other_key[2:] != ("ict", "world")
                    and max(other.strength.values(), default=Evidence.STATED) <= Evidence.SUBJECT
                ):
                    moved = (span, *other_key[1:])
                    if moved not in self.drafts:
                        other.period = span
                        self.drafts[moved] = self.drafts.pop(other_key)

    def _rows_alongside(self, label: str, paragraph: int) -> set[int]:
        """The paragraph, and the lines around it that only give parts with the same carried period: rows of
        one list set one a line ("Semiconductors: US$62.9 billion (+0.5%)" / "Digital TVs: US$1.95 billion
        (-15.2%)"), across a figureless heading ("Exports by region"), are of one period."""
        by_paragraph: dict[int, list[Draft]] = {}
        for draft in self.drafts.values():
            by_paragraph.setdefault(draft.paragraph, []).append(draft)

        def a_row(number: int) -> bool:  # one part, its period carried
            drafts = by_paragraph[number]
            return len(drafts) == 1 and (
                drafts[0].period == label
                and (drafts[0].item, drafts[0].region) != ("ict", "world")
                and max(drafts[0].strength.values(), default=Evidence.STATED) <= Evidence.SUBJECT
            )

        rows = {paragraph}
        if not a_row(paragraph):
            return rows  # (a paragraph of prose is no list's row)
        for step in (1, -1):
            number, gap = paragraph + step, 0
            while number > 0 and (number not in by_paragraph or a_row(number)):
                gap = gap + 1 if number not in by_paragraph else 0
                if gap > 1:
                    break  # (one heading between lists, no more)
                rows.add(number)
                number += step
        return rows

    def _too_large_for_its_month(self, draft: Draft) -> bool:
        """A part's carried value above the share of its month's ICT total a part can have, or a total above
        any month's."""
        value = draft.values.get("value_usd")
        if value is None or "/" in draft.period:
            return False
        if (draft.item, draft.region) == ("ict", "world"):
            return abs(value) > MAX_MONTHLY_USD  # (a total no month has had)
        return self._part_exceeds_its_month(draft.period, draft.flow, draft.item, draft.region, value)

    def _part_exceeds_its_month(self, label: str, flow: str, item: str, region: str, value: float) -> bool:
        """Is a part's value above the share of its month's ICT total that such a part can have?"""
        total = self._ict_total(label, flow)
        if not total:
            return False
        largest = bool({item, region} & LARGEST_PARTS) or item.startswith("other:")  # ("ICT excluding chips")
        ceiling = PART_SHARE_CEILING if largest else MINOR_PART_SHARE_CEILING
        return value > ceiling * total

    def _evict(self, draft: Draft) -> None:
        """Take a draft off its key; its figures wait in `displaced` for the span they belong to."""
        key = (draft.period, draft.flow, draft.item, draft.region)
        del self.drafts[key]
        for field_name, value in draft.values.items():
            text = "9" * draft.digits[field_name]  # (stands for a number written to that many digits)
            self.displaced.append((key, field_name, value, text, draft.evidence, draft.paragraph))

    def _take_back_own_figures(self, key: Key, evicting: str, sentence: str, evidence: Evidence, before: int) -> None:
        """The figures the evicted draft turned away from the sentence that evicts it are that sentence's own: "chips
        decreased by 5.6% to $5.81 billion" after the year's chips carried to December keeps its change, -5.6%.
        (One per field, none of the evicting field: the key is free, so none of them can evict again.)"""
        own = {entry[1]: entry for entry in self.displaced[:before] if entry[0] == key and entry[4] == sentence}
        own.pop(evicting, None)
        for field_name, entry in own.items():
            self.displaced.remove(entry)
            self.record(key, field_name, entry[2], entry[3], sentence, False, evidence)

    def place_displaced_parts(self) -> None:
        """A part's figure with a carried period that lost its month's key to a stated one, and is larger than
        the month's ICT total can hold ("품목별로는 디스플레이가 280억 달러" after December's display figure in
        a January recap), is the longest span's ending that month, with the other such figures of its sentence."""
        for key, field_name, value, _, stated_in, _ in self.displaced:
            label, flow, item, region = key
            if field_name != "value_usd" or ((item, region) == ("ict", "world") and abs(value) <= MAX_MONTHLY_USD):
                continue
            exceeds = self._part_exceeds_its_month(label, flow, item, region, value)
            span = self._span_holding(label, flow, value) if exceeds else None
            if span is None and abs(value) > MAX_MONTHLY_USD:  # (as `move_figures_too_large_for_a_month`)
                span = running_total_label(label)
            if span is None or (span, *key[1:]) in self.drafts:
                continue
            for other_key, other_field, other_value, text, sentence, _ in self.displaced:
                if other_key == key and sentence == stated_in:  # (its change, stated with it)
                    self.record((span, *key[1:]), other_field, other_value, text, sentence, False, Evidence.SUBJECT)

    def move_figures_too_large_for_a_month(self) -> None:
        """No ICT flow, item or partner reaches $40 billion in a month: a month's figure above it was carried
        to the month from a longer story ("같은 기간 전체 ICT 수출은 1,694억 달러" after a December sentence of
        an annual report). It is the running total from January to that month, where that key is free."""
        for key, draft in list(self.drafts.items()):
            label, *subject = key
            value = draft.values.get("value_usd")
            if value is None or abs(value) <= MAX_MONTHLY_USD or "/" in label:
                continue
            span = running_total_label(label)
            if Period.from_label(label).start[1] > 1 and (span, *subject) not in self.drafts:
                draft.period = span
                self.drafts[(span, *subject)] = self.drafts.pop(key)  # type: ignore[index]
            elif self._held_elsewhere(key, value):
                del self.drafts[key]  # the span already holds it: a copy no month can have
            else:
                del draft.values["value_usd"]  # no month can have it and no running total takes it: not the month's

    def _held_elsewhere(self, key: Key, value: float) -> bool:
        """Does a longer period ending that month hold the same value for the same subject?"""
        label, *subject = key
        end = Period.from_label(label).end
        return any(
            other_key[1:] == tuple(subject)
            and "/" in other_key[0]
            and Period.from_label(other_key[0]).end == end
            and other.values.get("value_usd") is not None
            and same_within_rounding(other.values["value_usd"], value, "value_usd")
            for other_key, other in self.drafts.items()
        )

    def _ict_total(self, label: str, flow: str) -> float | None:
        """The ICT total of a period for `flow`; for imports not given, the exports', which bound them:
        Korea's ICT trade has been in surplus in every month on record."""
        for key in ((label, flow, "ict", "world"), (label, "export", "ict", "world")):
            total = self.drafts.get(key)
            if total is not None and total.values.get("value_usd") is not None:
                return total.values["value_usd"]
            if flow != "import":
                return None
        return None

    def _span_holding(self, label: str, flow: str, value: float) -> str | None:
        """The longest span ending with the month `label` whose ICT total for `flow` is at least `value`."""
        month = Period.from_label(label)
        if not month.is_month:
            return None
        spans = []
        for other in self.drafts:
            if other[1:] in ((flow, "ict", "world"), ("export", "ict", "world")) and other[0] != label:
                span = Period.from_label(other[0])
                if span.end == month.end and (self._ict_total(other[0], flow) or 0) >= value:
                    spans.append(span)
        longest = max(spans, key=lambda p: p.months, default=None)
        return longest.label if longest is not None else None

    def drop_contradicted_priors(self) -> None:
        """A year-earlier value that the figure and its change contradict ($20B, up 10%, against a prior of
        $12B) was read from another comparison; the change and the figure are stated of the key itself."""
        for draft in self.drafts.values():
            values = draft.values
            value, prior, change = values.get("value_usd"), values.get("prior_usd"), values.get("yoy_pct")
            if not value or not prior or change is None or draft.flow == "balance":
                continue
            implied = (value / prior - 1) * 100
            if abs(implied - change) <= max(2.0, abs(change) * 0.15):  # wide: values are often rounded
                continue
            if abs(change) >= 3.0 and abs(implied + change) <= max(1.0, abs(change) * 0.05):
                values["yoy_pct"] = -change  # two amounts agree with the change's size: its sign was misread
            else:
                del draft.values["prior_usd"]

    def swap_parts_larger_than_their_whole(self) -> None:
        """'휴대폰은 부분품 수출이 9.2억 달러로 … 전체 20.4억 달러로 …': one sentence gave a part and its whole, each
        the other's figures. A part cannot exceed its whole, so the two swap their value and change."""
        for (label, flow, item, region), part in self.drafts.items():
            if item not in PART_OF or flow == "balance":
                continue
            whole = self.drafts.get((label, flow, PART_OF[item], region))
            if whole is None or whole.evidence != part.evidence:
                continue
            part_value, whole_value = part.values.get("value_usd"), whole.values.get("value_usd")
            if part_value is None or whole_value is None or part_value <= whole_value:
                continue
            if "yoy_pct" not in part.values or "yoy_pct" not in whole.values:
                continue  # (both written "value, change" alike: the sentence gave each its pair)
            for name in ("value_usd", "yoy_pct"):
                if name in part.values and name in whole.values:
                    part.values[name], whole.values[name] = whole.values[name], part.values[name]
                    part.digits[name], whole.digits[name] = whole.digits[name], part.digits[name]

    def facts(self) -> list[Fact]:
        """Every figure, plus the year-earlier value that a stated prior implies for its own period."""
        self.swap_parts_larger_than_their_whole()
        self.drop_contradicted_priors()
        facts = [draft.to_fact() for draft in self.drafts.values() if draft.values]
        known = {fact.key for fact in facts if fact.value_usd is not None}
        for fact in list(facts):
            if fact.prior_usd is None or fact.flow == "balance":
                continue
            key = (periods.label_a_year_before(fact.period), fact.flow, fact.item, fact.region)
            if key not in known:
                facts.append(Fact(*key, value_usd=fact.prior_usd, evidence=fact.evidence))
                known.add(key)
        return facts
