"""The opening flow: which flow a sentence's first figures are of, decided before any name in it is read.

Most sentences name their flow ("수출은 …", "Imports fell …"), but many do not, or name it only after the
figures: "지난달에는 139억 달러, 수입은 74억 달러로" opens on the exports, "반도체(120.6억불, 42.1%↑)가 수출 증가를
견인" names the flow last, "중국 55억7천만달러, 베트남 19억2천만달러 흑자" closes a list of partners on one balance
word, and "That beat the record of $58.5 billion" or "종전 최대였던 2013년의 …" opens on the figure before it.
`OpeningFlow` is the `SentenceReader` mixin that answers this once per sentence, from the paragraph's flow and
the tally of the sentence's mentions; `opens_on_the_last_figure` asks the same of a sentence for the assembler.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mypy_extensions import trait

from scraper.parser.carry import SECTION_RESET, may_reset_section
from scraper.parser.mention_kinds import _Kinds
from scraper.parser.scanner import Mention
from scraper.parser.scopes import DocumentScope, ParagraphScope

if TYPE_CHECKING:
    from scraper.parser.assembler import Assembler

# "수입했다", "수입해", "수입한다": the import named as the verb
# "…를 수입했다"; "메모리(8.3%)와 컴퓨터(14.6%) 수입이 늘었고": the flow's own verb of change closes the list before it
_KO_IMPORT_VERB = re.compile(
    r"(?<=수입)(?:했|해|한|하|합|[이가도]\s?(?:크게\s|소폭\s|모두\s)?(?:늘|증가|줄|감소|확대|축소|급증|급감|상승|하락))"
)
# "중국(…)으로부터의 수입", "대만(…)에서 수입한": a partner's figures in parentheses, then where the imports are from
_FROM_AFTER_PARENTHESES = re.compile(r"\([^()]*\)(?:으로부터|로부터|에서)의?\s?$")
# the particle that makes a flow noun the subject of what follows ("수입은 각각 …", "수입이 모두 …")
_TOPIC_AFTER_FLOW = re.compile(r"(?:은|는|이|가|도)\s")
_PARENTHESES = re.compile(r"\([^()]*\)")
# A record named without a flow word: records are told of exports
_RECORD = re.compile(r"최대치|최고치|(?:역대|사상)\s?(?:최대|최고)|\brecord(?:\shigh)?\b|all-time\shigh", re.I)
# "종전 최대였던 2013년의 …": a sentence that opens on the earlier record of the figure before it
_KO_EARLIER_RECORD_LEAD = re.compile(r"\s*(?:종전|이전|직전|기존|종래)\s?(?:의\s?)?(?:역대\s?|사상\s?)?(?:최대|최고)")
_THAT_LEAD = re.compile(r"\s*(?:That|This|It)\s(?!is\b|was\b)[a-z]+")  # the last figure, as a subject


def opens_on_the_last_figure(sentence: str) -> bool:
    """'That beat the record of $58.5 billion', '종전 최대였던 2008년의 …': a sentence that opens on the figure
    before it (its subject is that figure's)."""
    if sentence.lstrip().startswith(("That ", "This ")):
        return _THAT_LEAD.match(sentence) is not None
    return ("최대" in sentence or "최고" in sentence) and _KO_EARLIER_RECORD_LEAD.match(sentence) is not None


@trait
class OpeningFlow:
    """The reader's choice of the flow a sentence opens on (a mixin of `SentenceReader`, whose attributes these
    are)."""

    assembler: Assembler
    doc: DocumentScope
    ko: bool
    mentions: list[Mention]
    para: ParagraphScope
    sentence: str

    def _figures_of_a_source(self, named: _Kinds) -> bool:
        """'미국(12.4억 달러, △6.3%)으로부터의 수입은 감소': the figures a partner holds in parentheses are those of the
        import its "from" names right after them."""
        flow, figure = named.first_flow, named.first_figure
        if not self.ko or flow is None or figure is None:
            return False
        opened = self.sentence.rfind("(", 0, figure.start)
        return opened >= 0 and _FROM_AFTER_PARENTHESES.search(self.sentence, opened, flow.start) is not None

    def _flow_of_the_names_before(self, named: _Kinds) -> bool:
        """'메모리(31.2억 달러)와 TV(2.5억 달러) 수입은 각각 …': a flow noun right after names whose figures stand in
        parentheses, marked as the subject, is those names' flow; every figure before it is theirs."""
        flow = named.first_flow
        if not self.ko or flow is None or not self.sentence[: flow.start].rstrip().endswith(")"):
            return False
        if _TOPIC_AFTER_FLOW.match(self.sentence, flow.end) is None:
            return False
        return not any(ch.isdigit() for ch in _PARENTHESES.sub("", self.sentence[: flow.start]))

    def _import_verb(self, named: _Kinds) -> bool:
        """'중국에서 27억달러를 수입했다', '메모리(8.3%)와 컴퓨터(14.6%) 수입이 늘었고': the import named only by the
        verb after the figures, or by its subject right before its verb of change, is theirs."""
        flow = named.first_flow
        return self.ko and flow is not None and _KO_IMPORT_VERB.match(self.sentence, flow.end) is not None

    def _opening_flow(self, named: _Kinds) -> str:
        """The flow the sentence's first figures are of, before any name in it is read."""
        flow = self.para.flow
        if not named.has_flow and may_reset_section(self.sentence) and SECTION_RESET.search(self.sentence):
            flow = self.para.section_flow  # (under an "Imports" heading, "By item, …" is the imports')
        if flow == "balance" and named.names_parts_only():
            flow = "export"  # "- Chips USD 8.54 bln" after "- ICT trade balance …": an item's balance is named
        if (
            named.exports_before_imports()
            and self.para.section_flow != "import"  # (under "Imports" or "For imports, …" they are the imports')
            # (nor in English after a sentence of imports: "By origin, imports from China rose …. Taiwan ($1.72
            # billion) and Japan followed, and imports from the US rose …" goes on with the origins)
            and (self.ko or self.para.flow != "import")
            and not self._figures_of_a_source(named)
            and not self._import_verb(named)
            and not self._flow_of_the_names_before(named)
        ):
            return "export"  # "지난달에는 139억 달러, 수입은 74억 달러로": the first figure is the exports
        if self.ko and (named_later := named.one_flow_after_figures()):
            return named_later  # "반도체(120.6억불, 42.1%↑)가 수출 증가를 견인": the flow comes last
        if self.ko and self._partners_before_a_closing_balance():
            return "balance"  # "ㅇ 중국 55억7천만달러, 베트남 19억2천만달러, 인도 1억3천만달러 흑자"
        if not self.ko and not named.has_flow and self.para.last_frame and _THAT_LEAD.match(self.sentence):
            return self.para.last_frame[0]  # "… a surplus of $66.9 billion. That beat the record of $58.5 billion"
        if self.ko and not named.has_flow and self._earlier_record_of_a_balance():
            return "balance"  # "… 흑자가 815억달러에 달했다. 종전 최대였던 2013년의 806억달러를 넘어섰다"
        if flow == "import" and not named.has_flow and _RECORD.search(self.sentence):
            return "export"  # "수입은 … 늘었다. 종전 5월 최대치는 …": a record with no flow word is the exports'"
        return flow

    def _earlier_record_of_a_balance(self) -> bool:
        """A sentence with no flow word that opens on the earlier record, after one that ended on the balance,
        is the balance's record when the balance could have beaten it: no larger than the balance (a record
        twice its size, "이전 최고치는 2008년의 1311억달러였다" after a surplus of 768억, is the exports')."""
        last, period = self.para.last_frame, self.doc.last_period
        if last is None or last[0] != "balance" or period is None:
            return False
        if ("최대" not in self.sentence and "최고" not in self.sentence) or not _KO_EARLIER_RECORD_LEAD.match(
            self.sentence
        ):
            return False
        draft = self.assembler.book.get((period.label, *last))
        balance = draft.values.get("value_usd") if draft is not None else None
        record = next((m.value for m in self.mentions if m.kind == "money"), None)
        return balance is not None and record is not None and 0 < record <= abs(balance)

    def _partners_before_a_closing_balance(self) -> bool:
        """A list of partners and amounts closed by one balance word: every amount is a partner's balance."""
        kinds = [m.kind for m in self.mentions]
        if not kinds or kinds[-1] != "flow:balance" or sum(k == "money" for k in kinds) < 2:
            return False
        names = [k for k in kinds[:-1] if not k.startswith(("money", "pct", "period", "up", "down"))]
        return bool(names) and all(k.startswith("region:") for k in names)
