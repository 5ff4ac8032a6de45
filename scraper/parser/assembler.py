"""Read the mentions of each sentence in document order and turn numbers into facts.

The model is a reader's: each sentence has a subject frame (flow, item, partner) that names change as
they appear; each number attaches to the frame as it stands and to the period the words around it
name; a few things carry across sentences (the period a paragraph is about, the flow of a section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from scraper.models import Fact
from scraper.parser import numbers, periods
from scraper.parser.periods import Period, PeriodSpec
from scraper.parser.lexicon import KO_CAUSE_AFTER, KO_CAUSE_LATER, KO_EXAMPLE_OF_GROUP, NOISE_CLAUSE_END
from scraper.parser.scanner import Mention, declared_unit, scan

SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z“\"‘'(\[])"  # English: end mark, space, capital
    r"|(?<=[a-z%)])\.(?=[A-Z](?:[a-z]|\s))"  # glued: "a year earlier.Imports", "Wednesday.A total"
    r"|(?<=[다음임함요])\.\s*"  # Korean: verb ending + full stop
    r"|\n+"
)
DATELINE = re.compile(r"^[A-Z][A-Za-z .]+,\s[A-Z][a-z]+\.?\s\d{1,2}\s\([A-Za-z]+\)\s*--\s*")
FOOTNOTE = re.compile(r"^\s*(?:\*+|※|☞|주\s?:|\(\s?주\s?\))")
SECTION_RESET = re.compile(r"\b(?:By\s(?:item|product|region|destination|country|segment))\b|품목별|지역별|국가별",
                           re.I)
DEFICIT = re.compile(r"deficit|적자", re.I)
SURPLUS = re.compile(r"surplus|흑자", re.I)
ANCHOR_BEFORE = re.compile(r"(?:since|from|after|until|than|compared\sto|compared\swith|versus|vs\.?)\s*$", re.I)
ANCHOR_AFTER = re.compile(r"^\s*(?:이후|이래|대비|보다|에\s?비해|[과와]\s?비교|에\s?이어|까지|부터|만에|만의)")
SPAN_KINDS_WITHOUT_YEAR = ("half", "quarter")
PARENTS = {"mobile_phones", "semiconductors", "computers_peripherals"}
CHILDREN = {
    "mobile_phone_parts": "mobile_phones", "finished_phones": "mobile_phones", "memory": "semiconductors",
    "system_semiconductors": "semiconductors", "dram": "semiconductors", "nand": "semiconductors",
    "hbm": "semiconductors", "computers": "computers_peripherals", "peripherals": "computers_peripherals",
    "ssd": "computers_peripherals", "oled": "displays", "lcd": "displays",
}
MIN_MONEY_USD = 1e6  # a figure below $1 million has lost its unit ("$40.33")


@dataclass
class Draft:
    """A fact being collected: fields plus how precisely each number was written."""

    period: str
    flow: str
    item: str
    region: str
    values: dict[str, float] = field(default_factory=dict)
    digits: dict[str, int] = field(default_factory=dict)
    evidence: str = ""

    def to_fact(self) -> Fact:
        return Fact(self.period, self.flow, self.item, self.region, self.values.get("value_usd"),
                    self.values.get("yoy_pct"), self.values.get("prior_usd"), self.evidence)


def significant_digits(text: str) -> int:
    digits = re.sub(r"\D", "", text.split("%")[0]).lstrip("0")
    return len(digits.rstrip("0")) if "." not in text else len(digits)


def same_within_rounding(a: float, b: float, field_name: str) -> bool:
    if field_name == "yoy_pct":
        return abs(a - b) <= 0.51
    return abs(a - b) <= max(abs(a), abs(b)) * 0.012


@dataclass
class Frame:
    flow: str = "export"
    item: str = "ict"
    region: str = "world"
    dirty: bool = False  # a number attached since the subject last changed


@dataclass
class ResolvedPeriod:
    mention: Mention
    period: Period | None
    anchor: bool


class Assembler:
    def __init__(self, published: date | None, lang: str) -> None:
        self.published = published
        self.lang = lang
        self.drafts: dict[tuple[str, str, str, str], Draft] = {}
        self.default_period: Period | None = (
            Period.month(*periods.previous_month(published)) if published else None
        )
        self.topic_period: Period | None = None
        self.flow = "export"
        self.parent_item: str | None = None
        self.last_month: tuple[int, int] | None = None
        self.carried_unit: str | None = None
        self.last_frame: tuple[str, str, str] | None = None  # flow, item, partner the last sentence ended on
        self.last_subject: tuple[str, str] | None = None  # item and partner the last sentence named

    # -- document ------------------------------------------------------------------------------
    def feed(self, text: str) -> None:
        for sentence in split_sentences(text):
            self.sentence(sentence)

    def facts(self) -> list[Fact]:
        """Every figure, plus the year-earlier value that a stated prior implies for its own period."""
        facts = [draft.to_fact() for draft in self.drafts.values() if draft.values]
        known = {fact.key for fact in facts if fact.value_usd is not None}
        for fact in list(facts):
            if fact.prior_usd is None or fact.flow == "balance":
                continue
            earlier = Period.from_label(fact.period)
            earlier = Period(periods.shift_month(earlier.start, -12), periods.shift_month(earlier.end, -12))
            key = (earlier.label, fact.flow, fact.item, fact.region)
            if key not in known:
                facts.append(Fact(*key, value_usd=fact.prior_usd, evidence=fact.evidence))
                known.add(key)
        return facts

    # -- one sentence --------------------------------------------------------------------------
    def sentence(self, original: str) -> None:
        sentence = numbers.normalise_spoken_numbers(original)
        mentions = scan(sentence, self.carried_unit)
        declared = declared_unit(sentence)
        # a declaration that ends its line ("증감률 추이(%) :") declares the next line's figures
        if declared and (not sentence[declared[1]:].strip() or sentence.rstrip().endswith(",")):
            self.carried_unit = declared[0]
        elif not (self.carried_unit and sentence.rstrip().endswith(",")):
            self.carried_unit = None
        resolved = self._resolve_periods(sentence, mentions)
        footnote = bool(FOOTNOTE.match(sentence)) or "→" in sentence
        frame = Frame(flow=self.flow)
        if SECTION_RESET.search(sentence) and not any(m.kind.startswith("flow:") for m in mentions):
            frame.flow = "export"
        listed = list_assignments(sentence, mentions, self.parent_item)
        subordinate_until = -1
        noise_from = len(sentence) + 1
        noise_until = len(sentence) + 1
        seen_import = False
        named_subject = False  # an item or partner was named since the subject last changed
        deferred: list[tuple[int, Period]] = []  # Korean figures that come before their subject
        bound: list[Period] = []
        first_number_at: int | None = None
        last_number: Mention | None = None
        last_sign = 0
        last_region_end = -10
        last_subject_end = -100
        last_pct: Mention | None = None
        quiet_parens = _parentheses_without_figures(sentence)
        named_any = False

        for index, mention in enumerate(mentions):
            kind = mention.kind
            if kind == "subord" or (kind == "examples" and last_subject_end >= mention.start - 25):
                subordinate_until = _clause_end(sentence, mention.end)
                continue
            if kind == "noise":
                noise_from = min(noise_from, mention.start)
                end = re.compile(NOISE_CLAUSE_END, re.I).search(sentence, mention.end)
                noise_until = end.end() if end else len(sentence) + 1
                continue
            subordinate = mention.start < subordinate_until or any(a <= mention.start < b for a, b in quiet_parens)
            if kind.startswith(("flow:", "item:", "ctxitem:", "region:")):
                if subordinate:
                    continue
                if self.lang == "ko" and not kind.startswith("flow:") and korean_background(sentence, mention):
                    continue
                if kind.startswith("flow:") and self.lang == "ko" and last_subject_end >= 0 and \
                        "," in sentence[last_subject_end:mention.start] and not frame.dirty:
                    frame.item, frame.region = "ict", "world"  # a new clause with its own subject
                changed = self._subject(kind, mention, frame, sentence, seen_import, last_region_end,
                                        last_number)
                if changed is None:
                    continue
                if changed == "flow:import":
                    seen_import = True
                named_subject = True
                named_any = True
                if changed.startswith(("item", "region")):
                    last_subject_end = mention.end
                if changed.startswith("region"):
                    last_region_end = mention.end
                continue
            if kind not in ("money", "pct"):
                continue
            if first_number_at is None:
                first_number_at = mention.start
            if noise_from <= mention.start < noise_until:
                last_number = mention
                continue
            period = self._bind_period(sentence, mentions, index, resolved)
            field_name, value, approximate = self._read_number(sentence, mentions, index, frame, last_pct,
                                                               last_sign)
            previous = last_number
            last_number = mention
            if mention.kind == "pct":
                last_pct = mention
            if field_name is None or period is None:
                continue
            if field_name == "yoy_pct":
                last_sign = -1 if value < 0 else 1
            if self.lang == "ko" and not named_subject and not frame.dirty and previous is None:
                deferred.append((index, period))
                continue
            if index in listed:
                dimension, code = listed[index]
                setattr(frame, dimension, code)
            elif self.lang == "en":
                self._apply_post_modifier(sentence, mentions, index, frame)
            if not frame.dirty and not named_any and self._awaits(field_name, period):
                # "ICT 수입은 13.5% 증가했다. 무려 62억1,000만 달러에 달하는 금액이다.": the figure completes the
                # subject the last sentence left without one
                frame.flow, frame.item, frame.region = self.last_frame
            elif not frame.dirty and not named_any and self.last_subject is not None:
                frame.item, frame.region = self.last_subject  # "They had contracted 31.3 percent in March"
            self._flush_deferred(deferred, sentence, mentions, frame, resolved)
            self._record((period.label, frame.flow, frame.item, frame.region), field_name, value,
                         mention.text, original, approximate)
            bound.append(period)
            frame.dirty = True
            named_subject = False
            if period.is_month:
                self.last_month = period.start

        if deferred:
            self._flush_deferred(deferred, sentence, mentions, frame, resolved)
        if named_any or bound:
            self.last_frame = (frame.flow, frame.item, frame.region)
        if named_any:
            explicit = frame.item != "ict" or frame.region != "world"
            self.last_subject = (frame.item, frame.region) if explicit else None
        self._carry_over(sentence, mentions, resolved, footnote, first_number_at, bound)

    def _awaits(self, field_name: str, period: Period) -> bool:
        if self.last_frame is None:
            return False
        draft = self.drafts.get((period.label, *self.last_frame))
        return draft is not None and field_name not in draft.values

    @staticmethod
    def _apply_post_modifier(sentence: str, mentions: list[Mention], index: int, frame: Frame) -> None:
        """English may name the subject after the figure: "$17.06B worth of exports", "increased by 2.3%
        in the mobile phone sector", "ICT goods worth $7.6 billion to China"."""
        number = mentions[index]
        position = number.end
        for mention in mentions[index + 1:index + 3]:
            gap = sentence[position:mention.start]
            if not re.fullmatch(r"\s(?:worth\sof|in|to|(?:increase|rise|drop|decline|gain|fall|growth|jump|surge|"
                                r"plunge|decrease|contraction)\sin(?:\s(?:overseas\ssales|exports|shipments)\sof)?)"
                                r"\s(?:the\s)?", gap, re.I):
                return
            kind = mention.kind
            if kind.startswith("flow:"):
                frame.flow = kind.split(":", 1)[1]
            elif kind.startswith("region:") and re.match(r"\sto\s", gap):
                frame.region = kind.split(":", 1)[1]
            elif kind.startswith("item:") and (re.match(r"\s(?:sector|segment|category|field)\b",
                                                          sentence[mention.end:mention.end + 10])
                                                 or re.search(r"(?:increase|rise|drop|decline|gain|fall|growth|jump|"
                                                              r"surge|plunge|decrease|contraction)\s", gap)):
                frame.item = kind.split(":", 1)[1]
            return

    def _flush_deferred(self, deferred: list[tuple[int, Period]], sentence: str, mentions: list[Mention],
                        frame: Frame, resolved: dict[int, ResolvedPeriod]) -> None:
        while deferred:
            index, period = deferred.pop(0)
            field_name, value, approximate = self._read_number(sentence, mentions, index, frame, None, 0)
            if field_name is not None:
                self._record((period.label, frame.flow, frame.item, frame.region), field_name, value,
                             mentions[index].text, sentence, approximate)

    def _subject(self, kind: str, mention: Mention, frame: Frame, sentence: str, seen_import: bool,
                 last_region_end: int, last_number: Mention | None) -> str | None:
        """Apply a name to the frame; returns "dimension:code" when it changed the subject."""
        if kind.startswith("flow:"):
            flow = kind.split(":", 1)[1]
            if flow == "export" and seen_import and re.fullmatch(r"shipments?|shipped", mention.text, re.I):
                return None
            if frame.dirty or re.search(r"[\"“]\s*$", sentence[max(0, mention.start - 3):mention.start]):
                frame.item, frame.region, frame.dirty = "ict", "world", False  # a new clause or quotation
            frame.flow = flow
            return f"flow:{flow}"
        if kind.startswith("region:"):
            code = kind.split(":", 1)[1]
            number_between = last_number is not None and last_number.start > last_region_end
            if code == "hong_kong" and frame.region == "china" and not number_between \
                    and mention.start - last_region_end <= 60:
                return None  # "China (Hong Kong included)", "China ... and Hong Kong combined"
            if frame.dirty or (self.lang == "ko" and re.search(r"[한된인던]\s$", sentence[:mention.start])):
                frame.item, frame.dirty = "ict", False  # "반도체 수출이 증가한 대만": the partner is the subject
            frame.region = code
            return f"region:{code}"
        code = self._item_code(kind)
        if code is None:
            return None
        if frame.dirty:
            frame.region, frame.dirty = "world", False
        frame.item = code
        return f"item:{code}"

    # -- pieces ----------------------------------------------------------------------------------
    def _item_code(self, kind: str) -> str | None:
        if kind.startswith("ctxitem:"):
            parent, code = kind.split(":", 1)[1].split(">")
            return code if self.parent_item == parent else None
        code = kind.split(":", 1)[1]
        if code in PARENTS:
            self.parent_item = code
        elif CHILDREN.get(code) is None and code != "ict":
            self.parent_item = None
        return code

    def _resolve_periods(self, sentence: str, mentions: list[Mention]) -> dict[int, ResolvedPeriod]:
        resolved: dict[int, ResolvedPeriod] = {}
        context_year: int | None = None
        yearless_span: PeriodSpec | None = None
        last_month = self.last_month
        for index, mention in enumerate(mentions):
            if mention.kind != "period":
                continue
            spec: PeriodSpec = mention.value
            if spec.bare_year and yearless_span is not None and spec.year is not None:
                spec = periods.compose(yearless_span, spec)
                yearless_span = None
            elif spec.is_span_kind and spec.year is None and spec.year_offset is None and not spec.bare_year:
                yearless_span = spec
            topic = self.topic_period or self.default_period
            if spec.like_topic and spec.year is not None and topic is not None:
                spec = PeriodSpec(topic.start[1], topic.end[1], year=spec.year)
            period = periods.resolve(spec, self.published, context_year, last_month)
            if spec.year is not None:
                context_year = spec.year
            anchor = bool(ANCHOR_BEFORE.search(sentence[max(0, mention.start - 14):mention.start])
                          or ANCHOR_AFTER.match(sentence[mention.end:mention.end + 6]))
            if anchor and re.match(r",?\s+when\b", sentence[mention.end:mention.end + 8]):
                anchor = False  # "since October 2015, when it edged down 1.6 percent"
            if period is not None and period.is_month:
                last_month = period.start
            resolved[index] = ResolvedPeriod(mention, period, anchor)
        return resolved

    def _bind_period(self, sentence: str, mentions: list[Mention], index: int,
                     resolved: dict[int, ResolvedPeriod]) -> Period | None:
        number = mentions[index]
        before = [r for i, r in resolved.items() if i < index and r.period is not None and not r.anchor]
        after = [r for i, r in resolved.items() if i > index and r.period is not None and not r.anchor]
        if before and re.fullmatch(r"[\s()\[\]:,]{0,3}", sentence[before[-1].mention.end:number.start]):
            return before[-1].period  # "(’20.1월) △7.2", "1분기 444억"
        if after:
            nxt = after[0]
            gap = sentence[number.end:nxt.mention.start]
            if len(gap) <= 1:
                return nxt.period
            if self.lang == "en" and self._reachable(mentions, index, nxt):
                return nxt.period
        if before:
            return before[-1].period
        return self.topic_period or self.default_period

    @staticmethod
    def _reachable(mentions: list[Mention], index: int, target: ResolvedPeriod) -> bool:
        """English puts the period after the figures ("rose 4.3 percent to $9.19 billion in August"):
        the number reaches a later period through other numbers of its own group, never through a
        subject, a comparison or a clause break."""
        position = mentions[index].end
        for mention in mentions[index + 1:]:
            if mention is target.mention:
                return mention.start - position <= 30
            if mention.kind in ("money", "pct"):
                if mention.start - position > 25:
                    return False
                position = mention.end
                continue
            if mention.kind.startswith(("item:", "region:", "flow:")) or mention.kind in ("prior", "period"):
                return False
        return False

    def _read_number(self, sentence: str, mentions: list[Mention], index: int, frame: Frame,
                     last_number: Mention | None, last_sign: int) -> tuple[str | None, float, bool]:
        """Which field a number fills (None: not a fact), its signed value, and whether it is approximate."""
        mention = mentions[index]
        bound_kind = self._bound_kind(sentence, mentions, index)
        if bound_kind == "threshold":
            return None, 0.0, False
        approximate = bound_kind == "approximate"
        if mention.kind == "pct":
            if self._not_yoy(sentence, mentions, index):
                return None, 0.0, False
            magnitude, sign = mention.value
            if sign == 0 and last_number is not None and last_sign and self._continues_list(
                    sentence, mentions, last_number, mention):
                sign = last_sign  # "fell 1.3 percent, 13.9 percent and 5.3 percent"
            if sign == 0:
                sign = self._direction(sentence, mentions, index, last_number)
            return "yoy_pct", (-magnitude if sign < 0 else magnitude), approximate
        value: float = mention.value
        if value < MIN_MONEY_USD:
            return None, 0.0, False
        if self._is_prior(sentence, mentions, index):
            return "prior_usd", value, approximate
        if frame.flow == "balance":
            window = sentence[max(0, mention.start - 30):mention.end + 12]
            signed = re.search(r"[△▼\-−]\s?$", sentence[max(0, mention.start - 2):mention.start])
            if signed or (DEFICIT.search(window) and not SURPLUS.search(sentence[mention.end:mention.end + 8])):
                value = -value
        return "value_usd", value, approximate

    @staticmethod
    def _continues_list(sentence: str, mentions: list[Mention], previous: Mention, current: Mention) -> bool:
        """'fell 1.3 percent, 13.9 percent and 5.3 percent', 'contracted 31.3 percent in March and 25.9
        percent in February': a bare figure listed after a signed one keeps its sign."""
        gap = sentence[previous.end:current.start]
        for mention in mentions:
            if previous.end <= mention.start and mention.end <= current.start:
                if mention.kind in ("up", "down") or mention.kind.startswith(("item:", "region:", "flow:")):
                    return False
                if mention.kind == "period":
                    gap = gap.replace(mention.text, " ")
        return bool(re.fullmatch(r"[\s,]*(?:(?:in|for|during|to|and|or|및|와|과|,)[\s,]*)*", gap, re.I))

    @staticmethod
    def _bound_kind(sentence: str, mentions: list[Mention], index: int) -> str | None:
        mention = mentions[index]
        for other in reversed(mentions[max(0, index - 2):index]):
            gap = mention.start - other.end
            if other.kind == "threshold_before" and gap <= 5:
                return "threshold"
            if other.kind == "approx" and gap <= 3:
                return "approximate"
        for other in mentions[index + 1:index + 2]:
            if other.kind == "threshold_after" and other.start - mention.end <= 3:
                return "threshold"
        return None

    @staticmethod
    def _not_yoy(sentence: str, mentions: list[Mention], index: int) -> bool:
        mention = mentions[index]
        for other in mentions[index + 1:index + 3]:
            if other.kind == "noyoy_after" and other.start - mention.end <= 4:
                return True
        for other in reversed(mentions[max(0, index - 3):index]):
            if other.kind == "noyoy_before" and mention.start - other.end <= 16:
                return True
        return bool(re.match(r"\s?(?:p\b|포인트|%p)", sentence[mention.end:mention.end + 4]))

    def _direction(self, sentence: str, mentions: list[Mention], index: int,
                   last_number: Mention | None) -> int:
        mention = mentions[index]
        # right after the figure: "(21.2% increase)", "15.3% 감소"
        for other in mentions[index + 1:index + 3]:
            if other.kind in ("money", "pct"):
                break
            if other.kind in ("up", "down") and other.start - mention.end <= 12:
                return 1 if other.kind == "up" else -1
        # before it, back to the previous figure: "fell 34.9 percent", "(down 13.9%)"
        floor = last_number.end if last_number is not None else 0
        for other in reversed(mentions[:index]):
            if other.end <= floor:
                break
            if other.kind in ("up", "down"):
                return 1 if other.kind == "up" else -1
        # Korean puts the verb at the end of the clause: "... 8.4% 증가한"
        for other in mentions[index + 1:]:
            if other.kind in ("money", "pct") and self.lang == "en":
                break
            if other.kind in ("up", "down"):
                return 1 if other.kind == "up" else -1
        return 1

    @staticmethod
    def _is_prior(sentence: str, mentions: list[Mention], index: int) -> bool:
        mention = mentions[index]
        if re.search(r"\b(?:to|reaching|reached|hit|at|totaled|totalling|totaling)\s$",
                     sentence[max(0, mention.start - 12):mention.start], re.I):
            return False  # "rose 130% to $430 million compared to the same period last year"
        for other in reversed(mentions[max(0, index - 2):index]):
            if other.kind == "prior":
                gap = sentence[other.end:mention.start]
                if re.fullmatch(r"[\s(:,]*(?:of|at|when\sit\swas|which\swas|level\sof)?[\s(:]*", gap, re.I):
                    return True
        for other in mentions[index + 1:index + 3]:
            if other.kind == "prior":
                gap = sentence[mention.end:other.start]
                if len(gap) <= 16 and re.fullmatch(r"[\s)]*(?:tallied|recorded|posted|logged|seen|reported)?"
                                                   r"\s*(?:in\s)?(?:the\s)?", gap, re.I):
                    return True
        before = sentence[max(0, mention.start - 12):mention.start]
        return bool(re.search(r"\bfrom\s(?:the\s)?$|\bup\sfrom\s$|\bdown\sfrom\s$", before, re.I)) and bool(
            re.match(r"\s*(?:tally|figure|total|level|tallied|recorded|posted)?\s*"
                     r"(?:a\syear|in\sthe\ssame|the\sprevious\syear|last\syear)", sentence[mention.end:], re.I))

    def _fields_in_sentence(self, key: tuple[str, str, str, str], sentence: str) -> set[str]:
        draft = self.drafts.get(key)
        if draft is None or draft.evidence != sentence:
            return set()
        return set(draft.values)

    def _record(self, key: tuple[str, str, str, str], field_name: str, value: float, text: str,
                sentence: str, approximate: bool = False) -> None:
        """Keep the first figure for a key, unless a later one is the same number written more
        precisely, or the first was only approximate ("nearly $20 billion")."""
        draft = self.drafts.get(key)
        if draft is None:
            draft = self.drafts[key] = Draft(*key, evidence=sentence)
        digits = 0 if approximate else significant_digits(text)
        if field_name not in draft.values:
            draft.values[field_name] = value
            draft.digits[field_name] = digits
            return
        old = draft.values[field_name]
        old_digits = draft.digits[field_name]
        if (old_digits == 0 and digits > 0) or (same_within_rounding(old, value, field_name) and digits > old_digits):
            draft.values[field_name] = value
            draft.digits[field_name] = digits

    def _carry_over(self, sentence: str, mentions: list[Mention], resolved: dict[int, ResolvedPeriod],
                    footnote: bool, first_number_at: int | None, bound: list[Period]) -> None:
        """What the next sentence inherits: the section's flow, and the period the text is about.

        A sentence moves the topic to a period it opens with ("In the first half of 2017, ...",
        "6월 ICT 수출은 ..."), or to the one period all its figures share; never to a historical
        comparison, a "since" anchor, or a lone year named in passing."""
        flows = {m.kind.split(":", 1)[1] for m in mentions if m.kind.startswith("flow:")}
        if "export" in flows:
            self.flow = "export"
        elif "import" in flows:
            self.flow = "import"  # "For imports, ..." : the section that follows is about imports
        elif SECTION_RESET.search(sentence):
            self.flow = "export"
        if footnote:
            return
        candidates = [r for _, r in sorted(resolved.items()) if r.period is not None and not r.anchor]
        if not bound:
            opening = [r for r in candidates if not r.mention.value.bare_year and (
                r.mention.start <= 4 or re.search(r"for\sthe\smonth\sof\s$", sentence[:r.mention.start], re.I))]
            if opening and self._recent(opening[0].period):
                self.topic_period = opening[0].period
            return
        dateline = DATELINE.match(sentence)
        clause_start = dateline.end() if dateline else 0
        if candidates and first_number_at is not None and candidates[0].mention.start < first_number_at \
                and "," not in sentence[clause_start:candidates[0].mention.start]:
            if self._recent(candidates[0].period):
                self.topic_period = candidates[0].period
            return
        trailing = {r.period for r in candidates if first_number_at is None or r.mention.start > first_number_at}
        if len(set(bound)) == 1 and bound[0] in trailing and self._recent(bound[0]):
            self.topic_period = bound[0]

    def _recent(self, period: Period | None) -> bool:
        """Within the year before the release: what a report is about, not what it compares with."""
        if period is None:
            return False
        if self.default_period is None:
            return True
        floor = periods.shift_month(self.default_period.start, -5)
        return period.end >= floor


def korean_background(sentence: str, mention: Mention) -> bool:
    """A Korean noun named as a cause or an example ("반도체 호조 여파", "반도체 등 주력 품목이") is no subject.
    Hangul never appears in English text, so this is safe to ask of any sentence."""
    after = sentence[mention.end:mention.end + 50]
    return bool(re.match(KO_CAUSE_AFTER, after[:12]) or re.match(KO_CAUSE_LATER, after)
                or re.match(KO_EXAMPLE_OF_GROUP, after[:40]))


SUBJECT_BLOCKERS = re.compile(r"(?:including|excluding|포함|제외)[\s,]*$", re.I)
EXAMPLES_AFTER_NAME = re.compile(r"(?:such\sas|like)[\s,]*$", re.I)


def list_assignments(sentence: str, mentions: list[Mention],
                     context_item: str | None = None) -> dict[int, tuple[str, str]]:
    """Figures listed in the order of their subjects: "to Vietnam, the U.S. and Japan fell 1.3 percent,
    13.9 percent and 5.3 percent, respectively". Returns number index -> (dimension, code).

    With "respectively"/"각각", a run of k figures of one kind goes to the last k subjects named; without
    it, only a run that matches, kind by kind, a row of subjects named just before it."""
    keyword = bool(re.search(r"respectively|각각|차례로", sentence, re.I))
    truncated = not re.search(r"[.!?다\")]\s*$", sentence)
    subjects: list[tuple[int, str, str]] = []  # (index, dimension, code)
    assignments: dict[int, tuple[str, str]] = {}
    run: list[int] = []
    row: list[tuple[int, str, str]] = []  # subjects since the last figure

    def close_run(following: list[tuple[str, str]] | None = None) -> None:
        if len(run) < 2:
            return
        if keyword and following and len(following) >= len(run) and not subjects:
            for index, target in zip(run, following, strict=False):
                assignments[index] = target
            return
        if not subjects:
            return
        dimension = subjects[-1][1]
        named = [(d, c) for _, d, c in subjects if d == dimension]
        ordered = list(dict.fromkeys(named))
        row_subjects = list(dict.fromkeys((d, c) for _, d, c in row if d == dimension))
        by_kind: dict[str, list[int]] = {}
        for index in run:
            by_kind.setdefault(mentions[index].kind, []).append(index)
        row_matches = len(row_subjects) >= 2 and (
            all(len(v) == len(row_subjects) for v in by_kind.values())
            or (truncated and len(by_kind) == 1 and len(run) <= len(row_subjects)))  # a cut-off list
        for indices in by_kind.values():
            if row_matches:
                targets = row_subjects
            elif keyword and 2 <= len(indices) <= len(ordered):
                targets = ordered[-len(indices):]
            else:
                continue
            for index, target in zip(indices, targets, strict=False):
                assignments[index] = target

    for index, mention in enumerate(mentions):
        kind = mention.kind
        if kind.startswith("ctxitem:"):
            parent, child = kind.split(":", 1)[1].split(">")
            kind = f"item:{child}" if parent == context_item else "other"
        if kind.startswith(("item:", "region:")):
            before = sentence[max(0, mention.start - 14):mention.start]
            if SUBJECT_BLOCKERS.search(before) or (EXAMPLES_AFTER_NAME.search(before) and subjects and
                                                   mention.start - mentions[subjects[-1][0]].end <= 35) \
                    or korean_background(sentence, mention):
                continue
            dimension, code = kind.split(":", 1)
            if code == "hong_kong" and subjects and subjects[-1][2] == "china" and not run:
                continue
            if run:
                if not subjects:
                    close_run(_subjects_until_next_figure(sentence, mentions, index))
                else:
                    close_run()
                run = []
                row = []
            subjects.append((index, dimension, code))
            row.append((index, dimension, code))
        elif kind in ("money", "pct"):
            run.append(index)
    close_run()
    return assignments


def _subjects_until_next_figure(sentence: str, mentions: list[Mention], start: int) -> list[tuple[str, str]]:
    """Korean may name the subjects after the figures: "각각 67.7%·25.3% 증가한 메모리와 시스템반도체"."""
    found: list[tuple[str, str]] = []
    for mention in mentions[start:]:
        if mention.kind in ("money", "pct"):
            break
        if mention.kind.startswith(("item:", "region:")):
            dimension, code = mention.kind.split(":", 1)
            if not found or found[-1][0] == dimension:
                found.append((dimension, code))
        elif mention.kind.startswith("ctxitem:"):
            found.append(("item", mention.kind.split(">")[1]))
    return found


def _parentheses_without_figures(sentence: str) -> list[tuple[int, int]]:
    """'(반도체·디스플레이·휴대폰)' lists examples; names inside such parentheses are not subjects."""
    return [(m.start(), m.end()) for m in re.finditer(r"\([^()\d]*\)", sentence)
            if re.search(r"[·ㆍ,]|and|및|\s등\)|etc", m.group(0))]


def _clause_end(sentence: str, start: int) -> int:
    match = re.compile(r"[,;)]|\bwhich\b").search(sentence, start)
    return match.start() if match else len(sentence)


def split_sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END.split(text) if part and part.strip()]
