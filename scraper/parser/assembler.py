"""Read the mentions of each sentence in document order and turn numbers into facts.

The model is a reader's: each sentence has a subject frame (flow, item, partner) that names change as
they appear; each number attaches to the frame as it stands and to the period the words around it
name; a few things carry across sentences (the period a paragraph is about, the flow of a section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from scraper.models import Fact
from scraper.parser import numbers, periods
from scraper.parser.drafts import DraftBook
from scraper.parser.figures import read_number, sign_unstated, stated_trend
from scraper.parser.lexicon import NOISE_CLAUSE_END
from scraper.parser.lists import list_assignments
from scraper.parser.periods import Period, PeriodSpec
from scraper.parser.scanner import Mention, ScanPattern, declared_unit, patterns_for, scan
from scraper.parser.sentences import (
    DATELINE,
    FOOTNOTE,
    clause_end,
    korean_background,
    parentheses_without_figures,
    split_sentences,
)

SECTION_RESET = re.compile(r"\b(?:By\s(?:item|product|region|destination|country|segment))\b|품목별|지역별|국가별",
                           re.I)
ANCHOR_BEFORE = re.compile(r"(?:since|from|after|until|than|compared\sto|compared\swith|versus|vs\.?)\s*$", re.I)
ANCHOR_AFTER = re.compile(r"^\s*(?:이후|이래|대비|보다|에\s?비해|[과와]\s?비교|에\s?이어|까지|부터|만에|만의)")
PARENTS = {"mobile_phones", "semiconductors", "computers_peripherals"}
CHILDREN = {
    "mobile_phone_parts": "mobile_phones", "finished_phones": "mobile_phones", "memory": "semiconductors",
    "system_semiconductors": "semiconductors", "dram": "semiconductors", "nand": "semiconductors",
    "hbm": "semiconductors", "computers": "computers_peripherals", "peripherals": "computers_peripherals",
    "ssd": "computers_peripherals", "oled": "displays", "lcd": "displays",
}


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
        self.book = DraftBook()
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
        self.patterns: tuple[ScanPattern, ...] | None = None  # what can match in this document
        self.unsigned: list[tuple[str, str, str, str]] = []  # last sentence's growth read without a stated sign

    # -- document ------------------------------------------------------------------------------
    def feed(self, text: str) -> None:
        self.patterns = patterns_for(f"{text}\n{numbers.normalise_spoken_numbers(text)}")
        for sentence in split_sentences(text):
            self.sentence(sentence)

    def facts(self) -> list[Fact]:
        return self.book.facts()

    # -- one sentence --------------------------------------------------------------------------
    def sentence(self, original: str) -> None:
        sentence = numbers.normalise_spoken_numbers(original)
        mentions = scan(sentence, self.carried_unit, self.patterns)
        declared = declared_unit(sentence)
        # a declaration that ends its line ("증감률 추이(%) :") declares the next line's figures
        if declared and (not sentence[declared[1]:].strip() or sentence.rstrip().endswith(",")):
            self.carried_unit = declared[0]
        elif not (self.carried_unit and sentence.rstrip().endswith(",")):
            self.carried_unit = None
        self._settle_unsigned(mentions)
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
        quiet_parens = parentheses_without_figures(sentence)
        named_any = False

        for index, mention in enumerate(mentions):
            kind = mention.kind
            if kind == "subord" or (kind == "examples" and last_subject_end >= mention.start - 25):
                end = clause_end(sentence, mention.end)
                if not (mention.text.lower() in ("which", "that") and re.search(r"\d", sentence[mention.end:end])):
                    subordinate_until = end  # ", which left a surplus of $6.0 billion" is no aside
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
            previous_pct, last_sign_before = last_pct, last_sign
            field_name, value, approximate = read_number(sentence, mentions, index, frame.flow, self.lang,
                                                         last_pct, last_sign)
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
            key = (period.label, frame.flow, frame.item, frame.region)
            kept = self.book.record(key, field_name, value, mention.text, original, approximate)
            if kept and field_name == "yoy_pct" and sign_unstated(sentence, mentions, index, previous_pct,
                                                                  last_sign_before, self.lang):
                self.unsigned.append(key)
            bound.append(period)
            frame.dirty = True
            named_subject = False
            if period.is_month:
                self.last_month = period.start

        if deferred:
            if not named_any and not frame.dirty and self._awaits_any(deferred, sentence, mentions):
                frame.flow, frame.item, frame.region = self.last_frame  # a Korean figure that completes it
            self._flush_deferred(deferred, sentence, mentions, frame, resolved)
        if named_any or bound:
            self.last_frame = (frame.flow, frame.item, frame.region)
        if named_any:
            explicit = frame.item != "ict" or frame.region != "world"
            self.last_subject = (frame.item, frame.region) if explicit else None
        self._carry_over(sentence, mentions, resolved, footnote, first_number_at, bound)

    def _settle_unsigned(self, mentions: list[Mention]) -> None:
        """Give the last sentence's unsigned growth figures the direction this sentence states for their flow."""
        unsigned, self.unsigned = self.unsigned, []
        for key in unsigned:
            if stated_trend(mentions, key[1]) < 0:
                draft = self.book.get(key)
                if draft is not None and draft.values.get("yoy_pct", 0) > 0:
                    draft.values["yoy_pct"] = -draft.values["yoy_pct"]

    def _awaits_any(self, deferred: list[tuple[int, Period]], sentence: str, mentions: list[Mention]) -> bool:
        index, period = deferred[0]
        field_name, _, _ = read_number(sentence, mentions, index, self.flow, self.lang, None, 0)
        return field_name is not None and self._awaits(field_name, period)

    def _awaits(self, field_name: str, period: Period) -> bool:
        if self.last_frame is None:
            return False
        draft = self.book.get((period.label, *self.last_frame))
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
            field_name, value, approximate = read_number(sentence, mentions, index, frame.flow, self.lang, None, 0)
            if field_name is not None:
                self.book.record((period.label, frame.flow, frame.item, frame.region), field_name, value,
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


