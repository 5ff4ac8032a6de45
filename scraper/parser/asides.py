"""Clause markers: asides, noise words and what a sentence says in passing around its subject.

A marker mention opens a stretch of the sentence whose figures are not its subject's: a noise word ("Overall
exports", "operating profit") mutes its clause, a relative clause (", which …", ", where exports jumped …")
is an aside unless it gives its own noun's figures, an appositive (", a pillar of the country's outbound trade,")
is what the subject is, parentheses say what a name includes ("(반도체 포함)"), "on the ICT basis" names a
measure and "HONG KONG —" a dateline. `Asides` is the `SentenceReader` mixin that handles these markers, with the
patterns only they ask; it builds on `NoiseMuting`, whose clause muting a noise word uses.
"""

from __future__ import annotations

import re

from mypy_extensions import trait

from scraper.parser.casefold import folded_sentence
from scraper.parser.lexicon import PARTIAL_MONTH
from scraper.parser.muting import NoiseMuting
from scraper.parser.scanner import Mention
from scraper.parser.sentences import clause_end
from scraper.parser.subjects import apply_name

_PARTIAL_MONTH = re.compile("|".join(PARTIAL_MONTH), re.I)
_INCLUDED = re.compile(r"[^()\d]{0,12}?\s?(?:포함|제외|included|excluded)\s?\)", re.I)
# ("mobile phones incl. parts $1.18 billion": the abbreviation says so without brackets too)
_INCLUDED_AFTER = re.compile(r"\((?:incl\.|including|excl\.|excluding)\s?$|\s(?:incl\.|excl\.)\s?$", re.I)


def _may_say_included(sentence: str) -> bool:
    """Can `_INCLUDED` or `_INCLUDED_AFTER` match? Each needs 포함, 제외 or an English word with "cl" in it
    (included, incl., excluding ...; under IGNORECASE only C and L fold to those letters)."""
    return "포함" in sentence or "제외" in sentence or "cl" in folded_sentence(sentence)


# an appositive after the subject's name and its flow: ", a pillar of " … ","
_APPOSITIVE_OPENS = re.compile(r"(?:\s[\w-]+){0,2},\s(?:(?:a|an|one)\s[^,;\d]{0,60})?")
_APPOSITIVE_CLOSES = re.compile(r"[^,;\d]{0,40},\s")
_PARTICIPLE_GOES_ON = re.compile(r",\s(?:[a-z]+ing\b|(?:up|down)\s\d)")  # (", which more than doubled, up 101.5%")
# "on increases in chips, displays, and phones,": the rest of a list the phrase opened, up to "and" and its last name
_LIST_GOES_ON = re.compile(  # (with or without the comma before "and")
    r"(?:,\s[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}?)*,?\sand\s[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}(?=,)"
)
# "Semiconductors on the ICT basis", "Chips, by the ICT definition,": the measure an item's figure is counted by
_BASIS_BEFORE = re.compile(r"\b(?:on|by|under|in)\s(?:an?\s|the\s)?$", re.I)
_BASIS_AFTER = re.compile(r"[\s-](?:basis|definitions?|classifications?|measures?|terms|count|criteri(?:a|on))\b", re.I)
# "HONG KONG —", "Hanoi, Nov. 12 (VNA) --": the place a wire story was filed from
_DATELINE_PLACE = re.compile(
    r"\s*(?:[A-Z][A-Z .]{1,24}|[A-Z][A-Za-z .]{1,24},\s[A-Z][a-z]+\.?\s\d{1,2}(?:,\s\d{4})?)"
    r"(?:\s?\([A-Za-z ]{2,20}\))?\s?(?:—|–|--|-)\s"  # (not "EU: US$14.86 billion", a label)
)
_WHERE_TRADE = re.compile(r"\s(?:[\w'-]+\s){0,2}?(?:exports?|shipments?|imports?)\b", re.I)
_SHARE = re.compile(r"\baccount(?:s|ed|ing)?\sfor\b|\bshare\b|(?:percent|%)\sof\b", re.I)
# "which are not counted as ICT goods", "outside the ICT category": the subject is not ICT, whatever its figures
_OUTSIDE_ICT = re.compile(r"not\s|outside\s|.*않는$", re.I)
# the noise of the whole economy's trade ("Overall exports", "Korea's total exports", "전체 수출"), not a daily average
# "전 산업 수출 증가율(11.2%)을 웃도는 수치다", "… 감소율(-13.9%)의 절반 수준이다": the economy's rate set beside the
# ICT figure before, a remark on that figure that opens no story of the economy's
_REMARK_ON_THE_FIGURE = re.compile(
    r"(?:웃도는|밑도는|넘는|못\s?미치는|상회하는|하회하는|같은|비슷한|절반|두\s?배|배)\s?(?:수치|수준|규모|셈)(?:이다|다|이었다|였다)"
    r"|(?:웃돌았|밑돌았|상회했|하회했)다"
)
_WHOLE_ECONOMY = re.compile(r"total|overall|entire|all[\s-]industry|Korea's|우리나라|전체|전\s?산업|총\s?수출", re.I)


# a Korean noise noun told as a cause ("고정거래가격 강세로", "가동률 하락에 따라"), with no figure of its own
_KO_NOISE_AS_CAUSE = re.compile(
    r"\s?(?:강세|약세|상승|하락|급등|급락|회복|반등|개선|둔화|호조|부진|확대|축소)?\s?"
    r"(?:으로|로|에\s?따라|에\s?힘입어|덕분에|덕에|영향으로|여파로|탓에)(?=[\s,])"
)


@trait
class Asides(NoiseMuting):
    """The reader's marker handlers (a mixin of `SentenceReader`, whose attributes these are)."""

    _dateline_end: int | None

    def _noise_marker(self, mention: Mention) -> None:
        """A noise word (all industry, another country's trade, a firm's): the figures of its clause are not ICT
        trade's, unless it names the item's whole, sits in an aside or a cause, or describes the subject."""
        state, sentence = self.state, self.sentence
        if mention.text.startswith(("총", "전체")) and 0 <= mention.start - state.last_subject_end <= 2:
            return  # "디스플레이 총 수출액": the item's whole, not all industry
        if self._names_an_item_after(mention):
            return  # "South Korea's outbound shipments of chips": an item's, not the whole economy's
        outside_ict = _OUTSIDE_ICT.match(mention.text) is not None  # the aside is what takes the figures out
        if (
            not outside_ict
            and state.in_aside(mention.start)
            and not re.search(r"\d", sentence[mention.end : state.subordinate_until])
        ):
            return  # "Exports to the US, hit by weak consumer spending, fell …": a cause's noun, no figures
        if self._in_appositive(mention):
            return  # "Chip exports, a mainstay of the nation's overall trade, fell …": what the subject is
        if _KO_NOISE_AS_CAUSE.match(sentence, mention.end):
            return  # "메모리가 D램 고정거래가격 강세로 58.1억달러": a cause of the figure, none of its own
        self._mute_clause(self._figure_before(mention), mention.end)
        if (
            not state.named_any
            and state.first_number_at is None
            and _WHOLE_ECONOMY.search(mention.text)
            and not _REMARK_ON_THE_FIGURE.search(sentence)
        ):
            self.para.economy_story = True  # "Overall exports slid …": its story goes on ("Imports +4.3%.")
        if state.first_number_at is None and _PARTIAL_MONTH.fullmatch(mention.text):
            self.para.tally_story = True  # "관세청은 이달 1~10일 수출이 …": its items and imports go on

    def _marker(self, mention: Mention) -> None:
        state, sentence = self.state, self.sentence
        if mention.kind == "noise":
            self._noise_marker(mention)
            return
        if mention.kind == "examples" and state.last_subject_end < mention.start - 25:
            return
        clause_stop = clause_end(sentence, mention.end)
        if _PARTICIPLE_GOES_ON.match(sentence, clause_stop):
            clause_stop = clause_end(sentence, clause_stop + 1)  # ", which climbed, gaining 25.3% to $4.1 billion"
        elif "and" in sentence and (listed := _LIST_GOES_ON.match(sentence, clause_stop)):
            clause_stop = listed.end()
        clause = sentence[mention.end : clause_stop]
        word, aside = mention.text.lower(), state.last_aside_name
        own = word in ("which", "that", "whose") or (
            word == "where"  # (after a partner named as a cause only: "Exports to China, where …," is an aside)
            and aside is not None
            and aside.kind.startswith("region:")
            and _WHERE_TRADE.match(sentence, mention.end) is not None
        )
        if not (own and re.search(r"\d", clause) and not _SHARE.search(clause)):
            state.subordinate_until = clause_stop  # ", which left a surplus of $6.0 billion" is no aside
            if word == "where" and aside is None and self._another_items_trade_in(mention.end, clause_stop):
                self._mute_clause_span(mention.start, clause_stop)  # "Those to Vietnam, where chip exports
                # dropped 11 percent, declined 3.8 percent": the partner's item's figure, not its total's
            return
        if aside is not None and aside.kind.startswith(("item:", "region:")) and aside.end >= mention.start - 12:
            # "thanks to solid state drives (SSDs), which grew 74.1 percent": the clause is about the aside's noun
            state.frame.dirty = False
            apply_name(
                aside.kind,
                aside,
                state.frame,
                sentence,
                self.doc,
                state.seen_import,
                state.last_region_end,
                state.last_number,
            )
            state.named_subject = state.named_any = True  # (its figures need no subject from the sentence before)

    def _another_items_trade_in(self, start: int, end: int) -> bool:
        """Does the clause name an item's trade with a figure ("where chip exports dropped 11 percent")?"""
        return _WHERE_TRADE.match(self.sentence, start) is not None and any(
            m.kind.startswith("item:") and m.kind != "item:ict" and start <= m.start < end for m in self.mentions
        )

    def _mute_clause_span(self, start: int, end: int) -> None:
        self.state.noise_from, self.state.noise_until = start, end

    def _in_appositive(self, mention: Mention) -> bool:
        """Is the English noise phrase inside an appositive set off by commas right after the subject's name, with
        no figure in it ("ICT exports, a pillar of the country's outbound trade, sank …")?"""
        sentence, subject_end = self.sentence, self.state.last_subject_end
        if self.ko or subject_end < 0 or "," not in sentence[subject_end : mention.start]:
            return False
        return bool(
            _APPOSITIVE_OPENS.fullmatch(sentence, subject_end, mention.start)
            and _APPOSITIVE_CLOSES.match(sentence, mention.end)
        )

    def _included(self, mention: Mention) -> bool:
        """A name inside parentheses that say what the name before them includes or leaves out."""
        sentence = self.sentence
        return bool(
            _INCLUDED.match(sentence, mention.end)
            or _INCLUDED_AFTER.search(sentence, max(0, mention.start - 14), mention.start)
        )

    def _names_a_measure(self, mention: Mention) -> bool:
        """'on the ICT basis', 'by the ICT definition': ICT as the measure a figure is counted by."""
        sentence = self.sentence
        return (
            not self.ko
            and _BASIS_AFTER.match(sentence, mention.end) is not None
            and _BASIS_BEFORE.search(sentence, max(0, mention.start - 10), mention.start) is not None
        )

    def _in_dateline(self, mention: Mention) -> bool:
        if self._dateline_end is None:  # (one match per sentence, not one per partner named)
            dateline = _DATELINE_PLACE.match(self.sentence)
            self._dateline_end = dateline.end() if dateline is not None else -1
        return mention.end <= self._dateline_end

    def _names_an_item_after(self, mention: Mention) -> bool:
        item = next((m for m in self.mentions if m.start >= mention.end and m.kind.startswith("item:")), None)
        return item is not None and bool(
            re.fullmatch(r"\s(?:of|in)\s(?:the\s)?", self.sentence[mention.end : item.start])
        )
