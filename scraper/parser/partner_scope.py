"""Partner scope: which partner a sentence's items and flows belong to, and for how long.

A partner opens a breakdown that later items inherit ("Exports to Vietnam grew … Chips rose …", "베트남 수출
가운데 반도체가 …"), a marked partner holds for the flows of the clauses after it ("대만 ICT 수출은 …늘었지만 수입이
…"), "the country" or "the bloc" refers to the partner named last, and a bullet of another level, a larger
amount than the partner's total, or a flow to a new partner ends it. `PartnerScope` is the `SentenceReader`
mixin that holds those decisions, with the patterns only they ask (and the bullet marks a line opens with).
"""

from __future__ import annotations

import re

from mypy_extensions import trait

from scraper.parser.casefold import folded_sentence
from scraper.parser.lexicon import PARTNER_ADJECTIVES
from scraper.parser.prefilter import guarded_ignoring_case
from scraper.parser.scanner import Mention
from scraper.parser.scopes import DocumentScope, ParagraphScope, SentenceState
from scraper.parser.sentences import bullet_mark
from scraper.parser.subjects import opens_on_a_partners_total

# "Chinese demand for memory was weak: Korea's memory exports to the country fell …": the partner of an adjective
# before "the country" (not the continent's: "Latin American", "South American", "North American")
_ADJECTIVE_CODES = list(PARTNER_ADJECTIVES)  # (a group per partner, named by its place: codes are no group names)
_PARTNER_ADJECTIVE = re.compile(
    "|".join(
        rf"(?P<p{number}>(?<!Latin\s)(?<!South\s)(?<!North\s)\b{PARTNER_ADJECTIVES[code]}\b)"
        for number, code in enumerate(_ADJECTIVE_CODES)
    )
)
_POSSESSIVE = re.compile(r"['’]s\b")  # "the country's ICT exports": Korea's own, whatever adjective came before
_THOSE_TO = re.compile(
    r"\bthose\s(?:to|for|bound\sfor|headed\sfor|going\sto|shipped\sto)\s(?:the\s)?[\w.\s]{2,25}$", re.I
)
_OF_EXPORTS_TO = re.compile(
    r"\b(?:Of|Among|Within)\s(?:the\s|its\s)?(?:exports|shipments|sales)\sto\s(?:the\s)?$", re.I
)
_OF_EXPORTS_TO = guarded_ignoring_case(_OF_EXPORTS_TO)  # (`re` tried it at every position)
# "베트남 수출 가운데 반도체가 …, 디스플레이가 …": the partner whose exports the items after it break down
# "대미(對美) 수출을 품목별로 보면 반도체가 …. 반면 휴대폰은 …": the same, by item; "인도향 수출에서는 …": within it
_KO_EXPORTS_OF = re.compile(
    r"(?:\s?\([^()]{1,12}\)|\))?\s?(?:으로의\s?|로의\s?|향\s?)?수출(?:액)?\s?(?:(?:품목\s?)?(?:가운데|중)\s|에서는\s"
    r"|[을를은]?\s?품목별로?\s)"  # (also "인도 수출 품목 가운데 반도체가 …")
)
_KO_PARTNER_EXPORTS = re.compile(r"\s?(?:ICT\s?)?수출(?:액)?[은는]\s")
# one item broken down by partner: "지역별 반도체 수출은 …", "지역별로 휴대폰 수출을 보면 …", "반도체 수출을
# 국가별로 보면 …"
_BY_PARTNER = re.compile(r"(?:지역|국가|시장)별(?:로)?")
_ITEM_THEN_BY_PARTNER = re.compile(r"\s?수출(?:액)?[을를]\s?")  # "반도체 수출을 국가별로 보면"
_ITS_EXPORTS = re.compile(r"\s?수출")


# a partner that labels its line: "- 베트남 : 반도체 …", "• (China): chips …"
_LABEL_COLON = re.compile(r"\s?\)?\s?[:：]\s?(?![\d\s])")
_LINE_OPENING = re.compile(r"[\s\-–·•○◦ㅇ□■▶▷*(\[]*")
_ALSO = re.compile(r"(?:[가-힣)]도|역시|마찬가지)(?:\s|,)")  # "중국 수출도 ", "미국 역시"
_EN_ALSO = re.compile(r"\b(?:also|too|as\swell|likewise)\b")
_PARTNER_TOTAL_LEAD = re.compile(
    r"\s*(?:(?:By\s[a-z]+|Meanwhile|Elsewhere|However|In\scontrast|Separately),\s)?"
    r"(?:(?:IT|ICT)\s)?(?:Exports|Shipments|Outbound\sshipments|Sales)\s(?:to|bound\sfor)\s"
)
_BY_ITEM_OPENING = re.compile(
    r"\s*(?:By\s(?:item|product)s?|(?:Item|Product)[\s-]wise|Among\s(?:the\s)?(?:major\s|main\s|key\s)?(?:items|products))\b",
    re.I,
)
_PARTNER_FLOW_SUBJECT = re.compile(
    r"(?:\s?\([^()]{0,12}\)|\))?\s?(?:ICT\s?)?수출(?:액)?[이가]\s"
    # "일본과의 교역은 수출 …, 수입 …로 … 적자였다": the partner's whole trade as the subject, each flow its own
    r"|(?:\s?\([^()]{0,12}\))?(?:(?:과|와)의)?\s?(?:ICT\s?)?(?:교역|무역|수출입|거래)(?:은|는|에서는)\s"
)


@trait
class PartnerScope:
    """The reader's partner decisions (a mixin of `SentenceReader`, whose attributes these are)."""

    _kinds: set[str]
    doc: DocumentScope
    ko: bool
    mentions: list[Mention]
    names: list[Mention]
    para: ParagraphScope
    sentence: str
    state: SentenceState

    def _breaks_down_the_partner(self, mention: Mention) -> bool:
        """'Of the exports to China, chips …', '베트남 수출 가운데 반도체가 …, 디스플레이가 …': the items after it are
        that partner's, in a list too."""
        sentence = self.sentence
        if _OF_EXPORTS_TO.search(sentence, max(0, mention.start - 30), mention.start):
            return True
        if _LABEL_COLON.match(sentence, mention.end) and _LINE_OPENING.fullmatch(sentence, 0, mention.start):
            # "- 베트남 : 반도체 4.1억불(…), 디스플레이 5.2억불(…)", "(China): chips …": the line's label, to its end
            self.para.partner_labels_line = True
            return True
        if (
            sentence[mention.end : mention.end + 1] == ")"
            and sentence[max(0, mention.start - 1) : mention.start] == "("
            and _LINE_OPENING.fullmatch(sentence, 0, mention.start)
        ):  # "(중국) 반도체 …, 디스플레이 …": the line's label, as with a colon
            self.para.partner_labels_line = True
            return True
        if not self.ko:
            return self._partner_before_its_items(mention)
        if _KO_EXPORTS_OF.match(sentence, mention.end) is not None:
            return True
        if (
            mention.text.startswith(("대", "對"))
            and _LINE_OPENING.fullmatch(sentence, 0, mention.start)
            and self._partner_before_its_items(mention)
        ):
            return True  # "대중 반도체 수출이 63.4억 달러(…), 디스플레이가 7.1억 달러(…)로 …": the line's partner
        # "품목별 대중 수출은 반도체 …, 디스플레이 …": the partner of a by-item list holds for every item in it
        return "품목별" in sentence[max(0, mention.start - 6) : mention.start] and bool(
            _KO_PARTNER_EXPORTS.match(sentence, mention.end)
        )

    def _partner_before_its_items(self, mention: Mention) -> bool:
        """'To India, sales weakened in chips (…), displays (…)', 'Mexico took more chips, up …, and more handsets,
        up …': a partner named before any figure, then two or more items each with figures of its own, is the
        partner of every one of them."""
        if any(m.kind in ("money", "pct") for m in self.mentions if m.end <= mention.start):
            return False
        owned, item_named, counted = 0, False, False
        for other in self.mentions:
            if other.start < mention.end:
                continue
            if other.kind.startswith("region:"):
                break  # another partner's clause
            if other.kind.startswith("item:") and other.kind != "item:ict":
                item_named, counted = True, False
            elif other.kind in ("money", "pct"):
                if not item_named:
                    return False  # the partner's own figure first: no breakdown of it opened
                owned += 0 if counted else 1
                counted = True
        return owned >= 2

    def _keep_the_marked_partner(self) -> None:
        """'대만 ICT 수출은 …늘었지만 수입이 25억 달러': a flow in the next clause of a sentence whose marked subject is
        a partner's total is that partner's, when no other partner was named since."""
        state, topic = self.state, self.state.topic_subject
        if topic is not None and topic[0] == "ict" and topic[1] != "world" and state.last_region_end <= state.topic_end:
            state.frame.region = topic[1]
        elif (
            topic is None
            and (opening := self._opening_partner_total()) is not None
            and state.last_region_end == opening.end
        ):
            state.frame.region = opening.kind.split(":", 1)[1]

    def _opening_partner_total(self) -> Mention | None:
        """'대일 수출이 …늘었지만 수입이 … 적자를 봤다': a partner's total that opens the sentence as its subject,
        before any figure, holds for the flows of its later clauses as a 은/는-marked one does."""
        first = self.names[0] if self.names else None
        if first is None or not first.kind.startswith("region:") or first.kind == "region:world":
            return None
        if any(
            (m.kind in ("money", "pct") and m.start < first.start) or (m.kind == "world" and m.start > first.start)
            for m in self.mentions
        ):
            return None  # (not "…늘었지만 전체 수입은 …": the whole's)
        return first if _PARTNER_FLOW_SUBJECT.match(self.sentence, first.end) else None

    def _partner_referred_to(self, mention: Mention) -> str | None:
        """The partner "the country", "the region" refers to: the one in scope, or the one named last; "the bloc"
        only to a bloc, the last one named ("Display exports to ASEAN …. Chip exports to the bloc …"), also
        across sentences about the world. None when a partner's name follows ("those to Hong Kong")."""
        if self._names_a_partner_next(mention):
            return None
        if "bloc" in mention.text.lower():
            return self.doc.last_bloc
        return (
            self._partner_named_before(mention)
            or (
                None
                if _POSSESSIVE.match(self.sentence, mention.end)
                else _partner_of_an_adjective(self.sentence[: mention.start])
            )
            or self.para.partner
            or self._partner_named_last()
        )

    def _partner_named_before(self, mention: Mention) -> str | None:
        """A partner the same sentence named before ("With Vietnam, the surplus …, though shipments to the Southeast
        Asian nation shrank …")."""
        if self.state.last_region_end < 0:
            return None
        named = [m.kind[7:] for m in self.mentions if m.end <= mention.start and m.kind.startswith("region:")]
        named = [code for code in named if code != "_same" and not code.startswith("other:")]
        return named[-1] if named else None

    def _partner_named_last(self) -> str | None:
        """The partner of the last sentence's subject ("Chip imports from Taiwan …. Display imports from the
        country …")."""
        last = self.para.last_subject
        return last[1] if last is not None and last[1] != "world" and not last[1].startswith("other:") else None

    def _names_a_partner_next(self, mention: Mention) -> bool:
        after = next((m for m in self.mentions if m.start >= mention.end), None)
        return after is not None and after.kind.startswith("region:") and after.start - mention.end <= 1

    def _lists_destinations(self) -> bool:
        """Does the sentence list two or more partners, each with an amount of its own (the last one too)?"""
        owners, region, owned = set(), None, False
        for mention in self.mentions:
            if mention.kind.startswith("region:") and mention.kind != "region:_same":
                region, owned = mention.kind, False
            elif mention.kind == "money" and region is not None:
                owners.add(region)
                owned = True
        return owned and len(owners) >= 2

    def _apply_partner_scope(self, index: int, listed: bool) -> None:
        """A breakdown under a partner ("Exports to Vietnam grew ... Chips rose ...") stays with that partner
        until the paragraph ends, another partner is named, a figure for the ICT total says the text is
        back at world level, or an item's amount is larger than the partner's whole total."""
        frame, state = self.state.frame, self.state
        if frame.region != "world":
            if frame.item == "ict" and frame.flow != "balance":
                # a partner in a list of partners ("to China and the EU rose 3% and 5%, respectively"; "to Peru
                # rose 3% and those to Chile 5%", each after another's figure) opens no breakdown; one alone does
                if self.para.partner != frame.region:
                    self.para.partner_total = None
                listed = listed or (state.partner_total not in (None, frame.region) and self._those_of_a_partner())
                self.para.partner = None if listed else frame.region
                self.para.partner_flow = frame.flow
                if self.mentions[index].kind == "money":
                    self.para.partner_total = self.mentions[index].value
                if self.para.partner_item is not None and frame.flow == "export" and not self._names_the_total():
                    frame.item = self.para.partner_item  # "지역별 반도체 수출은 대만이 …. 일본向은 …"
                    return
                last = self.para.item_and_partner
                if (
                    last is not None
                    and not state.named_item
                    and last[1] != frame.region
                    and self._goes_on()
                    and not self._other_bullet_level()
                ):
                    frame.item = last[0]  # "반도체 대미 수출은 … 중국 수출도 …": the item's partners go on
            return
        if frame.item == "ict" or state.named_world or _BY_ITEM_OPENING.match(self.sentence):
            self.para.partner = None  # (also "Item-wise, imports of graphics cards …": the world's items again)
        elif self.para.partner is not None and frame.flow == self.para.partner_flow and frame.flow != "balance":
            if self._larger_than_the_partner(index):
                self.para.partner = None  # "Exports to ASEAN rose … to $1.4 billion. Chips slid … to $4.3 billion"
                return
            frame.region = self.para.partner  # (the same flow: not "Chip exports rose …" after "Imports from Japan …")

    def note_partner_breakdown(self) -> None:
        """A sentence that breaks one item down by partner ("지역별로 디스플레이 수출을 보면 중국이 …") gives that
        item to the partners of the paragraph after it, whatever marks them ("베트남向은", "중국(홍콩 포함)이");
        a sentence that names another item, or the total, ends it."""
        items = [m for m in self.mentions if m.kind.startswith("item:")]
        if not items:
            return
        found = _BY_PARTNER.search(self.sentence) if "별" in self.sentence else None
        sentence = self.sentence
        near = [
            m
            for m in items
            if found is not None
            and m.kind != "item:ict"
            and (
                # "지역별 반도체 수출", "지역별로 반도체 수출" (not "지역별 수출 동향을 보면 반도체 …")
                (
                    m.start >= found.end()
                    and not sentence[found.end() : m.start].strip()
                    and _ITS_EXPORTS.match(sentence, m.end) is not None
                )
                or _ITEM_THEN_BY_PARTNER.fullmatch(sentence, m.end, max(m.end, found.start())) is not None
            )
        ]
        self.para.partner_item = near[0].kind[5:] if near else None

    def _names_the_total(self) -> bool:
        return any(m.kind == "item:ict" for m in self.mentions)

    def _those_of_a_partner(self) -> bool:
        """Was the partner last named as "those to …" ("… to Peru rose 3% and those to Chile 5%"): a parallel clause?"""
        start = self.state.last_region_end - 40
        return (
            "those" in folded_sentence(self.sentence)
            and _THOSE_TO.search(self.sentence, max(0, start), self.state.last_region_end) is not None
        )

    def _larger_than_the_partner(self, index: int) -> bool:
        """Is the item's amount (the figure's own, or the first after it before another name) larger than the
        amount of the partner's total that opened the breakdown? A part is never larger than its whole."""
        total = self.para.partner_total
        if total is None:
            return False
        for mention in self.mentions[index:]:
            if mention.kind == "money":
                return isinstance(mention.value, float) and mention.value > total
            if mention.kind.startswith(("item:", "region:")):
                return False
        return False

    def _other_bullet_level(self) -> bool:
        """'○ China: … / - Chip exports to China … / ○ Vietnam: …': a bullet of another mark than the line that
        named the item and its partner is back at its parent's level, a partner's total."""
        mark = bullet_mark(self.sentence)
        return bool(mark) and bool(self.para.item_and_partner_mark) and mark != self.para.item_and_partner_mark

    def _goes_on(self) -> bool:
        """Does the sentence go on with the last one's item: it says so ("중국 수출도"), or names the flow again
        ("중국, 베트남 수출은 각각 …")? Partners named bare after a partner's item ("대중 반도체 수출은 ….
        일본과 인도는 각각 …") are their totals."""
        if self._says_also():
            return True
        if "국별" in self.sentence:
            return False  # "수입국별로 보면 중국 …, 대만 …": the flow names a breakdown by partner, of the totals
        if not self.ko:
            # "Displays to China shrank …. Shipments to the U.S. fell …": a sentence that opens with a flow to a
            # partner names that partner's total, unless it says the item goes on ("also", "too")
            return not _PARTNER_TOTAL_LEAD.match(self.sentence) or _EN_ALSO.search(self.sentence) is not None
        if opens_on_a_partners_total(self.sentence):
            return False  # "대중국 반도체는 …. 베트남 수출은 …": a partner's bare flow as the subject is its total
        return any(kind.startswith("flow:") for kind in self._kinds)

    def _says_also(self) -> bool:
        """'중국 수출도 …', '미국 역시 …': the sentence says the item goes on; a name's own last syllable is no "도"
        (인도, India)."""
        names_end = {m.end for m in self.mentions if m.kind.startswith(("region:", "item:"))}
        return any(
            match.group().startswith(("역시", "마찬가지")) or match.start() + 2 not in names_end
            for match in _ALSO.finditer(self.sentence)
        )


def _partner_of_an_adjective(text: str) -> str | None:
    """The partner whose adjective `text` names last ("Chinese demand …"), if any."""
    named = [match.lastgroup for match in _PARTNER_ADJECTIVE.finditer(text)]
    return _ADJECTIVE_CODES[int(named[-1][1:])] if named and named[-1] else None
