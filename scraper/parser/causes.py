"""Causes: names a sentence gives as what moved a figure, not as the figure's subject.

"반도체가 수출을 견인하면서 대만으로의 수출이 65.6% 증가했고", "영국의 EU 탈퇴 결정으로 … 커진 가운데 ICT 수출이 …",
"… 전체 ICT 수출 증가를 이끌었다", "Memory chips turned around, lifting October's ICT exports", "Weak demand in
Europe … pulled Korea's ICT exports down 4 percent": an item or partner named as a cause, as the scene, or as
the total an item drove is no subject. `Causes` is the `SentenceReader` mixin that recognises such names, with
the cause patterns the reader also asks when it starts a sentence (`_CAUSED_TO_MOVE`, `_CAUSE_LED_TO`,
`_CAUSE_MOVED`: a cause that opens the sentence is a subordinate stretch).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from mypy_extensions import trait

from scraper.parser.casefold import folded_sentence
from scraper.parser.scanner import Mention
from scraper.parser.scopes import SentenceState
from scraper.parser.sentences import KO_CLAUSE_CONNECTOR, korean_background, last_listed_with, next_other_name

# "영국의 EU 탈퇴 결정으로 …": a partner's own doing opens a clause (not "베트남의 경우", the partner as topic)
_SCENE_POSSESSIVE = re.compile(r"의\s(?!경우)")
_SCENE_CLAUSE_END = re.compile(
    r"(?<![출입액]\s)(?<![출입액])가운데|속에|(?:는|은)데도|지만(?=[\s,])|(?:으로|로)\s?(?:인해|인한)|여파로|탓에|(?<=[가-힣])(?:면서|하며|되며)(?=\s)"
)
# "…를 기록하며 전체 ICT 수출 증가를 이끌었다": the total an item's figure drove, named after that figure (the object)
_DRIVEN_TOTAL = re.compile(
    r"(?:\s?(?:수출|수입)(?:액)?)?\s?(?:(?:확대|증가|성장|호조|회복)\s?)?[을를]\s?(?:견인|이끌|주도)"
)
# "…, lifting October's ICT exports", "boosting overall IT shipments": a participle whose object is the total
_LIFTING = re.compile(
    r"\b(?:lifting|boosting|driving|propping up|pushing up|supporting|buoying|influencing|dragging down"
    r"|weighing on|leading) (?:[\w'’]+ ){0,3}$",
    re.I,
)
# "Record chip shipments lifted the total above …": what the item moved is the total, whose figure follows
_LIFTED_THE_TOTAL = re.compile(
    r"\s(?:[\w-]+\s){0,2}?(?:lifted|pushed|drove|took|carried|sent|propelled|brought)\sthe\stotal\b"
)
# "Memory chips led overall semiconductor exports …, rising …": the whole a finite driving verb has as its object
_LED_WHOLE = re.compile(r"\b(?:led|drove|powered|propelled|dominated|headed)\s(?:the\s)?(?:overall|total|whole|all)\s$")
# ", which account for 70 percent of chip exports,": a share in an aside, no figure of the sentence's subject
# "led by Laos, where exports jumped 31.5% to $0.34 billion": the where-clause gives the place's own trade figures
# "Weak demand in Europe and fewer orders from Japan pulled Korea's ICT exports down 4 percent": what a causative
# verb has move the country's trade is a cause; its names are no subject of the figure (Europe, Japan)
_CAUSED_TO_MOVE = re.compile(
    r"\b(?:sent|pulled|pushed|dragged|drove|knocked|lifted|brought)\s(?=(?:South\s)?Korea's\s|the\scountry's\s)"
    r"(?=[^.;\d]{0,90}\b(?:down|up|higher|lower)\b)"
)
# "Robust demand for chips and batteries led to the 14th month of growth in shipments to Peru, which …": a
# sentence that opens on a cause (demand, sales, orders, prices) and says what it led to names its goods as the
# cause's, not as the figure's subject
_CAUSE_LED_TO = re.compile(
    r"^(?:[\w'-]+\s){0,3}?(?:demand|sales|orders|prices|purchases)\b[^.;\d]{0,120}?\s(?:led|contributed)\sto\s"
    r"(?=(?:the|a|an)\s)",
    re.I,
)
# "Robust demand for chips lifted those to Vietnam 18% to $35.1bn": a cause that opens the sentence and moves the
# figure's subject (lifted, sent, pushed, drove …) names its goods as the cause's
_CAUSE_MOVED = re.compile(
    r"^(?:[\w'-]+\s){0,3}?(?:demand|sales|orders|purchases)\b[^.;\d]{0,120}?\s(?:lifted|sent|pushed|drove|boosted"
    r"|propelled|pulled|dragged|helped|gave)\s(?=(?:those|shipments|exports|outbound|imports|(?:South\s)?Korea\b"
    r"|the\s(?:country|nation)\b))",  # ("… demand for chips and panels gave Korea a record $57.1 billion surplus")
    re.I,
)
_CAUSE_WORDS = ("demand", "sales", "orders", "purchases")
_TOPIC_PARTICLE = re.compile(
    r"\s?(?:\([^()]{0,30}\))?\s?(?:수출|수입|수지)?\s?(?:(?:부문|분야|품목)\s?)?(?:[은는도]|역시|또한|의\s?경우,?)\s"
)

_CONNECTOR_RIGHT_BEFORE = re.compile(r"(?:면서|며)\s?$")
_FLOW_MARKED = re.compile(r"(?:액|금액)?[은는이가]\s")
# a verb's -고 form ending a figure-free clause ("회복되고 ", "늘어나고 ", "늘고 ")
_KO_AND_CLAUSE = re.compile(r"(?:되|하|나|늘|줄)고\s")


@trait
class Causes:
    """The reader's recognition of causes (a mixin of `SentenceReader`, whose attributes these are)."""

    _figure_starts: list[int]
    ko: bool
    mentions: list[Mention]
    names: list[Mention]
    sentence: str
    state: SentenceState

    def _opening_cause_end(self) -> int:
        """Where a cause that opens the sentence and moves the figure's subject ends (0: none). "Weak demand in
        Europe pulled Korea's ICT exports down 4%" (up to the verb), "Robust demand for chips led to the 14th month
        of growth in shipments to Peru" and "Strong demand for chips lifted those to Vietnam 18%" (up to the
        subject): the goods and places the cause names are the cause's, not the figure's."""
        sentence, end = self.sentence, 0
        caused = _CAUSED_TO_MOVE.search(sentence) if "'s" in sentence else None
        if caused and not re.search(r"\d", sentence[: caused.start()]):  # (the cause opens the sentence)
            end = caused.start()
        led = _CAUSE_LED_TO.search(sentence) if " to " in sentence else None
        if led:
            end = max(end, led.end())
        if any(word in folded_sentence(sentence) for word in _CAUSE_WORDS) and (moved := _CAUSE_MOVED.match(sentence)):
            end = max(end, moved.end())
        return end

    def _driven_total(self, mention: Mention) -> bool:
        """'디스플레이 수출액이 310억 달러로 … 전체 ICT 수출 증가를 이끌었다': an item (or the figure's flow) after an
        item as the object of a driving verb is what that item drove, not a subject."""
        state = self.state
        if not state.named_item or not any(m.kind.startswith("item:") for m in self.mentions if m.end <= mention.start):
            return False  # (an item named before it, with its figure or as the topic, is what drove it)
        if not mention.kind.startswith("item:") and mention.kind != f"flow:{state.frame.flow}":
            return False  # (a flow other than the figure's is named for it: "… 수입 증가를 이끌었다")
        sentence = self.sentence
        if "견인" not in sentence and "이끌" not in sentence and "주도" not in sentence:
            return False
        return _DRIVEN_TOTAL.match(sentence, mention.end) is not None

    def _moved_by_an_item(self, mention: Mention) -> bool:
        """A Korean cause, background or total an item drove; an English total an item's participle lifted, or
        an item that lifted "the total" ("Record chip shipments lifted the total above … $85.3 billion")."""
        if self.ko:
            return self._korean_background(mention) or self._driven_total(mention)
        lifted = mention.kind.startswith("item:") and "the total" in self.sentence
        if lifted and _LIFTED_THE_TOTAL.match(self.sentence, mention.end):
            return True
        return self._lifted_total(mention)

    def _lifted_total(self, mention: Mention) -> bool:
        """'Memory chips turned around, lifting October's ICT exports': the ICT total after a participle of a
        driving verb, in a sentence with no figure yet whose subject is an item, is what that item moved."""
        state = self.state
        if not mention.kind.startswith("item:") or state.first_number_at is not None or not state.named_item:
            return False
        if f"item:{state.frame.item}" == mention.kind:
            return False
        window = self.sentence[max(0, mention.start - 40) : mention.start]
        whole = "all" in window or "total" in window or "whole" in window  # ("overall" ends in "all"; any space after)
        if whole and _LED_WHOLE.search(window):
            return True  # "Memory chips led overall semiconductor exports in May, rising 57.5%": memory's
        if mention.kind != "item:ict":
            return False
        if any(m.kind in ("money", "pct") for m in self.mentions if m.start > mention.start):
            return False  # "…, lifting ICT exports 16.7 percent to $X": the total's own figures
        if "ing " not in window:
            return False
        return _LIFTING.search(self.sentence, max(0, mention.start - 40), mention.start) is not None

    def _names_a_cause_clause(self, mention: Mention, next_name_at: int) -> bool:
        """'반도체가 수출을 견인하면서 대만으로의 수출이 65.6% 증가했고', '반도체 등이 늘어나면서 수입은': a name
        whose clause ends in a connector before another name (or a marked flow) and its figure is the cause."""
        if not mention.kind.startswith(("item:", "region:")):
            return False
        next_name_at = min(next_name_at, self._marked_flow_after(mention.end))
        if next_name_at >= self._next_figure_at(mention.end):
            return False
        if _TOPIC_PARTICLE.match(self.sentence, mention.end):
            return False  # "반도체는 재고 조정 여파로 메모리(△6.2%)와 …": the topic, whose figure comes last
        if KO_CLAUSE_CONNECTOR.search(self.sentence, mention.end, next_name_at):
            return True
        return self._joined_to_a_cause_clause(mention.end, next_name_at)

    def _marked_flow_after(self, start: int) -> int:
        """Where the next flow marked as a subject starts right after a connector ("… 늘어나면서 수입은 10% 증가"),
        else the sentence's end (not a name's own flow: "미국 수출이 늘어나고 …", "… 늘면서 IT 수지는")."""
        sentence = self.sentence
        for other in self.mentions:
            if (
                other.start >= start
                and other.kind.startswith("flow:")
                and _FLOW_MARKED.match(sentence, other.end)
                and _CONNECTOR_RIGHT_BEFORE.search(sentence, max(0, other.start - 6), other.start)
            ):
                return other.start
        return len(sentence)

    def _joined_to_a_cause_clause(self, start: int, next_name_at: int) -> bool:
        """'미국 수출이 회복되고 인도 수출도 늘어나면서 ICT 수출이 …%': a figure-free clause joined by a verb's -고 to
        the cause clause after it is part of that cause."""
        if "고" not in self.sentence[start:next_name_at]:
            return False
        joined = _KO_AND_CLAUSE.search(self.sentence, start, next_name_at)
        if joined is None:
            return False
        return KO_CLAUSE_CONNECTOR.search(self.sentence, joined.end(), self._next_figure_at(start)) is not None

    def _korean_background(self, mention: Mention) -> bool:
        next_name_at = next_other_name(self.sentence, self.names, mention)
        if korean_background(self.sentence, mention, next_name_at) or self._names_a_cause_clause(mention, next_name_at):
            return True
        last = last_listed_with(self.sentence, self.names, mention) if mention.kind.startswith("region:") else mention
        if last is not mention and last.kind.startswith("region:") and korean_background(self.sentence, last):
            return True  # "미국·멕시코의 전장용 수요가 …": the places whose demand is the cause, listed
        return mention.kind.startswith("region:") and self._sets_the_scene(mention)

    def _sets_the_scene(self, mention: Mention) -> bool:
        """A partner in the possessive whose clause closes with a connector before the subject and figure after it
        ("영국의 EU 탈퇴 결정으로 … 커진 가운데 ICT 수출이 …", "일본의 엔화 강세로 … 나아졌는데도 ICT 수출이 …")
        sets the scene of the sentence: it is no destination."""
        if not _SCENE_POSSESSIVE.match(self.sentence, mention.end):
            return False
        figure_at = self._next_figure_at(mention.end)
        closed = _SCENE_CLAUSE_END.search(self.sentence, mention.end, figure_at)
        return closed is not None and any(
            closed.end() <= m.start < figure_at and m.kind.startswith(("item:", "flow:")) for m in self.mentions
        )

    def _next_figure_at(self, position: int) -> int:
        at = bisect_left(self._figure_starts, position)
        return self._figure_starts[at] if at < len(self._figure_starts) else len(self.sentence)
