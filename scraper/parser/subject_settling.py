"""Settling a figure's subject: the item, partner and flow a figure is recorded under.

When the reader reaches a figure, the frame holds what the sentence named so far; `_settle_subject` completes
it: from a sentence that opens on a possessive, a pronoun or "The drives" (the last sentence's subject or item:
"Their exports rose …", "The drives themselves hit a record"), on a bare flow ("Exports slid …", "수출액은
14.3억달러다": the last subject's figure left out), on a period alone ("In May, …", "5월에는 …"), on a lead-in to
the items ("Among major items, …"), on a bracket that labels the line ("○ (반도체) … 전체적으로"), or from the
subject of a figureless sentence before. `SubjectSettling` is the `SentenceReader` mixin that holds these, with
the English and Korean subject patterns only they ask; it builds on `PartnerScope`, whose partner it keeps.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mypy_extensions import trait

from scraper.items import wholes_of
from scraper.parser.binding import ResolvedPeriod
from scraper.parser.lexicon import COUNTED_IN_A_CATEGORY
from scraper.parser.opening_flow import _RECORD
from scraper.parser.partner_scope import PartnerScope
from scraper.parser.periods import Period
from scraper.parser.scanner import Mention
from scraper.parser.subjects import apply_post_modifier, balance_partner_after

if TYPE_CHECKING:
    from scraper.parser.assembler import Assembler

# "전체적으로 46.1억불": the whole, after a part's figures
_OVERALL_BEFORE = re.compile(r"전체(?:적으로|로는|로|는)?\s?$")
_LINE_LABEL_OPEN = re.compile(r"\s*(?:[○◦ㅇ□■●•▶▷◆◇※\-*]\s*)?\(")  # "○ (반도체) …": a bracket opening the line
# ", as chip exports climbed …": a clause that goes with the main one (not "as of", "as well as", "as a result")
_AS_CLAUSE = re.compile(r",\sas\s(?!(?:of|well|much|many|a\sresult|expected|forecast)\b)")
# "Their exports rose …": the last sentence's subject, also after an opening time phrase ("In May, their exports
# …") and when the possessive names the kind of thing the subject was ("The item's first-half exports came to …")
_POSSESSIVE_LEAD = re.compile(
    r"\s*(?:(?:In|For|During|Over)\s[^,.;\d]{1,30},\s)?"
    r"(?:Their|Its|The\s(?:item|product|segment|sector|category)(?:'s|’s))\s",
    re.I,
)
# ... and so is a bare flow word that opens the sentence: "Handsets were the laggard. Exports slid 21.5 percent …"
# "Among major items, chips rose …", "By item, …": a lead-in that opens the items' breakdown of the whole
_ITEMS_LEAD_IN = re.compile(
    r"\s*(?:Among\s(?:the\s)?(?:major|main|key|leading|other)\s(?:ICT\s|IT\s)?(?:items|products)|By\s(?:item|product))\b"
)
_THE_NOUN = re.compile(r"\s*The\s([a-z]{4,})\b(?!\s(?:of|for|to|from)\b)")  # "The drives themselves …"
_BARE_FLOW_LEAD = re.compile(r"\s*(?:Exports|Shipments|Outbound\sshipments|Imports)\s(?!of\b|to\b|from\b)")
_PRONOUN = re.compile(r"\b(?:they|it|its|their|these|those)\b|이들|그\s", re.I)  # "The monthly record …" has none
# A line that opens with a period and names no subject adds figures to the last line's subject.
_OPENS_WITH_PERIOD = re.compile(
    r"\s*(?:지난\s?)?(?:\d{1,2}\s?월|[상하]반기|\d\s?분기)(?:에는|엔|에도|은|도)\s|"
    r"\s*In\s(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b"
)
# (also after the story's own year: "지난해 수출은 …")
_KO_BARE_FLOW_LEAD = re.compile(  # (a period may open it: "지난달에는 한 달 수출액이 …")
    r"\s*(?P<period>(?:지난해|작년|올해|지난\s?달|전월|1?\d월|[1-4]분기|[상하]반기)(?:에는|엔|에|만|의)?\s)?(?:한\s?달\s)?"
    r"(?:수출|수입)(?:액|금액|규모)?(?:은|는|이|가)\s"
)
# "left the category at $1.6 billion", "the figure for the country's top export item came to": the item in focus
_EN_THAT_ITEM = re.compile(
    r"\b(?:the|that|this)\s(?:category|segment|product\sgroup|(?:country|nation)['’]s\s(?:top|biggest|largest|main)\s(?:export\s)?"
    r"(?:item|product))\b",
    re.I,
)
_MAY_REFER = re.compile(r"the\s|th(?:is|at)\s|\sthem\s|\sit\s")  # (the plain test before the references)
_MOVED_THEM = re.compile(r"\b(?:lifted|boosted|pushed|drove|sent|took|helped|dragged|pulled|brought)\s(?:them|it)\b")
# an aside that names the category a sub-item is counted in: "…, classified under displays, …"
_COUNTED_IN = re.compile(rf"(?:{COUNTED_IN_A_CATEGORY})\s$")
_KO_THAT_ITEM = re.compile(r"(?:해당|이|동|같은)\s?품목")  # "해당 품목 수출은": the item just named
_KO_OWN_FLOW_BEFORE = re.compile(r"(?:^|,\s|[며고]\s)(?:수출|수입)(?:액)?[이가]\s?$")


@trait
class SubjectSettling(PartnerScope):
    """The reader's settling of a figure's subject (a mixin of `SentenceReader`, whose attributes these are)."""

    assembler: Assembler
    resolved: dict[int, ResolvedPeriod]

    def _own_flow_before(self, mention: Mention) -> bool:
        """'수출이 20.8% 줄어든 반도체를 앞질러': a bare flow opens the figure's modifier clause, the noun's own."""
        before = self.sentence[max(0, mention.start - 8) : mention.start]
        return ("수출" in before or "수입" in before) and _KO_OWN_FLOW_BEFORE.search(before) is not None

    def _partner_of_the_reference(self, index: int) -> str:
        """The partner a reference stands for ("… a surplus of $1.35 billion with the country", "Those to Vietnam
        rose to …"): the one in scope, or the partner named right after the reference; the world when none is."""
        references = [at for at, m in enumerate(self.mentions) if m.kind == "region:_same"]
        if not references:
            return "world"
        at = min(references, key=lambda r: (r < index, abs(r - index)))  # the one after the figure first
        if (partner := self._partner_referred_to(self.mentions[at])) is not None:
            return partner
        named = next((m for m in self.mentions[at + 1 : at + 2] if m.kind.startswith("region:")), None)
        return named.kind.split(":", 1)[1] if named is not None else "world"

    def _label_of_the_whole(self, index: int) -> str | None:
        """The item a bracket that opens the line labels, or the marked topic a part named after it belongs to, for
        a figure "전체적으로"/"전체로는" says is the whole's."""
        start = self.mentions[index].start
        if "전체" not in self.sentence[max(0, start - 8) : start] or not _OVERALL_BEFORE.search(
            self.sentence, max(0, start - 8), start
        ):
            return None
        label = self.names[0] if self.names else None
        if (
            label is not None
            and label.kind.startswith("item:")
            and self.sentence[label.end : label.end + 1] == ")"
            and _LINE_LABEL_OPEN.fullmatch(self.sentence, 0, label.start)
        ):
            return label.kind.split(":", 1)[1]
        # "휴대폰은 부분품 수출이 … 늘면서 전체 19억5000만달러로": the whole of the part named, the marked topic
        topic = self.state.topic_subject
        return topic[0] if topic is not None and topic[0] in wholes_of(self.state.frame.item) else None

    def _settle_subject(self, index: int, field_name: str, period: Period, balance_after: bool) -> bool:
        """Complete the frame for a figure; True when this sentence named its subject. `balance_after`: a
        balance word follows the amount (as `_number` found)."""
        state, frame = self.state, self.state.frame
        if self._item_by_label_or_reference(index):
            return True
        if balance_after:
            frame.flow = "balance"
            if balance_partner_after(self.sentence, self.mentions, index, frame):
                return True  # "Korea ran a $214 million ICT trade surplus with Mexico": named, not the last subject
        if index in state.listed:
            dimension, code = state.listed[index]
            setattr(frame, dimension, code)
            if not state.named_any:
                return False  # the figures of the last sentence's subjects, listed "각각"
        elif self.doc.lang == "en" and apply_post_modifier(self.sentence, self.mentions, index, frame):
            return True
        if frame.region == "_same":  # "… a surplus of $1.35 billion with the country": the partner referred to
            frame.region = self._partner_of_the_reference(index)
        if not frame.dirty and not state.named_any and self.assembler.awaits(field_name, period):
            # "ICT 수입은 13.5% 증가했다. 무려 62억1,000만 달러에 달하는 금액이다.": the figure completes the
            # subject the last sentence left without one
            frame.flow, frame.item, frame.region = self.para.last_frame  # type: ignore[misc]
            return False
        if self._bare_flow_completes_the_last_subject(field_name, period):
            frame.flow, frame.item, frame.region = self.para.last_frame  # type: ignore[misc]
            return False
        if (
            not frame.dirty  # (the state first: the leads are asked of the whole sentence, for every figure)
            and state.named_only_flows
            and not state.named_world  # ("전체 수출 추이 : …": the whole, named as such)
            and (self.ko or _POSSESSIVE_LEAD.match(self.sentence) or _BARE_FLOW_LEAD.match(self.sentence))
            and self._context_subject() is not None
        ):
            # "휴대폰은 호조다. 8월 수출액은 ...", "Chips stayed strong. Their exports rose ..."
            frame.item, frame.region = self._context_subject()  # type: ignore[misc]
            return False
        if not frame.dirty and not state.named_any and (item := self._item_referred_back_to()) is not None:
            frame.item = item  # "… on demand for solid-state drives. The drives themselves reached $X"
            return False
        if (
            not frame.dirty
            and not state.named_any
            and self.para.last_subject is not None
            and not (_RECORD.search(self.sentence) and not _PRONOUN.search(self.sentence))
        ):
            frame.item, frame.region = self.para.last_subject  # "They had contracted 31.3 percent in March"
            return False
        if (
            not frame.dirty
            and not state.named_any
            and self.para.previous_subject is not None
            and self.para.last_subject is None
            and _OPENS_WITH_PERIOD.match(self.sentence)
        ):
            frame.item, frame.region = self.para.previous_subject  # "휴대폰은 ... 줄었다." / "지난 6월에는 8.3% ..."
            return False
        return state.named_any or frame.dirty

    def _item_by_label_or_reference(self, index: int) -> bool:
        """A Korean line's label ("○ (반도체) … 메모리 수출이 감소(…)하면서 전체적으로 46.1억불") or a reference to the
        item just named ("… SSD 수요가 늘어난 덕분으로, 해당 품목 수출은 11.5억불로"; in English, the item in focus:
        `_item_of_an_english_reference`) gives the figure its item; True for the reference, which names the
        subject."""
        frame = self.state.frame
        if not self.ko:  # "Displays fared little better. … left the category at $1.6 billion"
            item = self._item_of_an_english_reference(index) if _MAY_REFER.search(self.sentence) else None
            if item is not None:
                frame.item = item
            return item is not None
        if (label := self._label_of_the_whole(index)) is not None:
            frame.item = label
        if "품목" in self.sentence and (named := self._item_of_a_reference(index)) is not None:
            frame.item = named
            return True
        return False

    def _item_of_a_reference(self, index: int) -> str | None:
        """The item "해당 품목", "이 품목" before the figure refers to: the item a figureless sentence before put in
        focus, else the last item the sentence named before it (even as a cause)."""
        reference = None
        for found in _KO_THAT_ITEM.finditer(self.sentence, 0, self.mentions[index].start):
            reference = found
        if reference is None:
            return None
        figureless = self.para.figureless_subject
        if figureless is not None and figureless[0] != "ict":
            return figureless[0]  # "가장 타격이 큰 품목은 반도체였다. … 시스템반도체 수요 둔화까지 겹치면서 이 품목의"
        named = [m for m in self.mentions if m.end <= reference.start() and m.kind.startswith("item:")]
        return named[-1].kind[5:] if named and named[-1].kind != "item:ict" else None

    def _item_of_an_english_reference(self, index: int) -> str | None:
        """The item "the category", "the country's top export item" before the figure refers to: the one a
        figureless sentence before put in focus ("Displays fared little better."), whatever the causes between
        name."""
        figure_at = self.mentions[index].start
        if " them " in self.sentence or " it " in self.sentence:
            item = self._item_a_pronoun_stands_for(figure_at)
            if item is not None:
                return item
        reference = _EN_THAT_ITEM.search(self.sentence, 0, figure_at)
        if reference is not None and (category := self._category_counted_in(reference.start())) is not None:
            return category  # "OLED panels, classified under displays, …, lifting the category …"
        figureless = self.para.figureless_subject
        if figureless is None or figureless[0] == "ict":
            return None
        if reference is None or any(
            reference.end() <= m.start < figure_at and m.kind.startswith(("item:", "ctxitem:")) for m in self.mentions
        ):
            return None  # (not "The segment grew 2.9%, but OLED, whose shipments jumped 32.9%": OLED's)
        return figureless[0]

    def _category_counted_in(self, before: int) -> str | None:
        """The item an aside before `before` counts the subject in ("SSDs, classified under computers and
        peripherals, rose …"): what "the category" after it is."""
        counted = [
            m.kind[5:]
            for m in self.mentions
            if m.start < before
            and m.kind.startswith("item:")
            and m.kind != "item:ict"
            and _COUNTED_IN.search(self.sentence, max(0, m.start - 30), m.start)
        ]
        return counted[-1] if counted else None

    def _item_a_pronoun_stands_for(self, figure_at: int) -> str | None:
        """'Display exports grew again: firmer demand for LCD and OLED panels lifted them 6.9 percent': the object
        pronoun of a verb that moved the figure is the item that opens the sentence, not one its cause names."""
        moved = max(_MOVED_THEM.finditer(self.sentence, 0, figure_at), key=lambda found: found.start(), default=None)
        if moved is None or any(
            moved.end() <= m.start < figure_at and m.kind.startswith(("item:", "ctxitem:")) for m in self.mentions
        ):
            return None
        first = next((m for m in self.mentions if m.kind.startswith(("item:", "ctxitem:", "region:"))), None)
        if first is None or first.start > 30 or not first.kind.startswith("item:") or first.kind == "item:ict":
            return None
        return first.kind[5:]

    def _item_referred_back_to(self) -> str | None:
        """'… on strong demand for solid-state drives. The drives themselves hit a record': a sentence that opens on
        "The" and the head noun of an item the last sentence named, even as a cause, is about that item."""
        if not self.sentence.lstrip().startswith("The") or not self.para.last_item_names:
            return None
        opening = _THE_NOUN.match(self.sentence)
        if opening is None:
            return None
        noun = opening.group(1).lower()
        for code, words in reversed(self.para.last_item_names):
            if words.lower().rsplit(None, 1)[-1] == noun:
                return code
        return None

    def _bare_flow_completes_the_last_subject(self, field_name: str, period: Period) -> bool:
        """'디스플레이는 … 30.5% 감소했다. 수출액은 14.3억달러다.': a sentence that opens on the bare flow of the last
        sentence's subject gives the figure that sentence left out, of that subject."""
        state, last = self.state, self.para.last_frame
        return (
            self.ko
            and not state.frame.dirty
            and state.named_only_flows
            and last is not None
            and last[1:] != ("ict", "world")
            and last[0] == state.frame.flow
            and (lead := _KO_BARE_FLOW_LEAD.match(self.sentence)) is not None
            and (lead.group("period") is None or self._last_sentence_was_one_items())
            and field_name not in getattr(self.assembler.book.get((period.label, *last)), "values", {})
        )

    def _last_sentence_was_one_items(self) -> bool:
        """'상반기 반도체 수출액은 … 증가했다. 지난달에는 한 달 수출액이 …': a sentence about one item alone is
        followed by that item's figure for another period; after a list of items or partners a bare flow with a
        period of its own is the total's again ("… 휴대폰은 -2.8%였다. 12월 수출은 138억 달러")."""
        last = self.para.last_frame
        items = {code for code, _ in self.para.last_item_names}
        return last is not None and last[2] == "world" and items == {last[1]}

    def _opens_items_breakdown(self) -> bool:
        """Does the sentence open with a lead-in to the items of the whole ("Among major items,", "By item,")?"""
        opening = self.sentence.lstrip()  # (what the pattern's leading `\s*` skips)
        return opening.startswith(("Among", "By")) and _ITEMS_LEAD_IN.match(self.sentence) is not None

    def _subject_left_over(self) -> tuple[str, str]:
        """The subject a sentence leaves to a next one that names none: its last, unless that was named in an
        as-clause after the main one's figure ("ICT exports rose …, as chip exports climbed to $X. The growth rate
        slowed from August's 6.7%": the ICT total's)."""
        state, last = self.state, (self.state.frame.item, self.state.frame.region)
        if last[0] == "ict" and last[1] != "world" and self._lists_destinations():
            self.para.partner = None
            return ("ict", "world")  # "By destination: China $7.12bn, US $1.38bn." leaves no one partner
        main = state.first_recorded
        if main is None or main == last or ", as " not in self.sentence:
            return last
        return main if _AS_CLAUSE.search(self.sentence, state.first_number_at or 0) else last

    def _named_periods(self) -> tuple[Period, ...]:
        return tuple(r.period for r in self.resolved.values() if r.period is not None and not r.anchor)

    def _context_subject(self) -> tuple[str, str] | None:
        """The subject of a figureless sentence before, unless that sentence dated it to other periods than this
        one names: "10~11월 휴대폰 수출 부진이 컸다. 12월 한 달 수출은 …" is news context, then the total's figures."""
        dated = self.para.figureless_periods
        if self.para.figureless_subject is None or not dated:
            return self.para.figureless_subject
        named = self._named_periods()
        return None if named and not set(named) & set(dated) else self.para.figureless_subject
