"""Muting: the figures of a sentence that are no one's we track, marked before the reader records any.

A sentence can hold figures that are not Korea's ICT trade at all: another statistic's ("Prices for 32-inch
monitor panels rose 6 percent"), goods the lexicon does not know ("광섬유는 3.2% 줄었다"), a noise noun's
("a 42 percent drop in operating profit"), a district's, the whole economy's, another country's, the stock
market's. `NoiseMuting` holds the `SentenceReader` handlers that find such spans and mark them in the sentence
state (`noise_from`/`noise_until`, `local_from`/`local_until`), with the patterns only they ask. It is a mixin:
the reader inherits it, and its methods read the reader's sentence, mentions and scopes.
"""

from __future__ import annotations

import re

from mypy_extensions import trait

from scraper.parser.lexicon import NOISE_CLAUSE_END
from scraper.parser.locales import local_span, recalled_economy
from scraper.parser.scanner import Mention
from scraper.parser.scopes import DocumentScope, ParagraphScope, SentenceState

_NOISE_END = re.compile(NOISE_CLAUSE_END, re.I)
# between a figure and the noise noun it is of: "54억달러의 손실", "42 percent drop in first-quarter operating profit"
_NOUN_OF_FIGURE = re.compile(r"\s?의?\s?|\s(?:[\w-]+\s){0,2}(?:in|of)\s(?:[\w-]+\s){0,2}")
_FIRMS_TOPIC = re.compile(r"(?:들)?(?:의)?\s?(?:ICT\s?)?(?:수출|수입)(?:액)?\s?(?:\([^()]*\))?\s?(?:은|는|의\s?경우)")
_FIRMS = re.compile(r"(?:중소|중견|벤처)\s?(?:·\s?중견\s?)?기업")
# a release's next point ("ㅇ 지역별로는 …") or a breakdown's opening is no longer the firms'
_NEW_TOPIC = re.compile(r"\s*(?:[ㅇ○□■▶◦●]|[^\d]{0,20}(?:지역|품목|국가)\s?별로)")
_CORRECTION = re.compile(r"corrects?\b|잘못|바로잡", re.I)
# "…, while its trade deficit …", "but their imports …": the trade of the subject of the clause before (not "its
# total ICT exports", "its chip exports": those name what they are)
_HOME = re.compile(r"Korea|한국|우리나라|국내|\bours?\b|우리\s")
_SUBJECT_KINDS = ("item:", "region:", "world", "ctxitem:")
_TRADE_KINDS = (*_SUBJECT_KINDS, "flow:")
_MARKET = re.compile(r"KOSPI|KOSDAQ|Nikkei|TAIEX|stocks|equities|shares|코스피|코스닥", re.I)
_ITS_TRADE = re.compile(
    r"\s(?:its|their)\s(?:own\s)?(?:(?:total|overall|trade|outbound|inbound)\s){0,2}"
    r"(?:deficits?|surplus(?:es)?|balance|exports|imports|shipments)\b",
    re.I,
)
# a bare flow with no goods of its own goes on about the subject that opened the sentence: "Korea's total
# exports fell …, while imports dropped …" (not after "…, 30% of total exports, while imports …": ICT's)
_BARE_TRADE = re.compile(r"\s(?:the\s)?(?:imports|exports|shipments|(?:trade\s)?(?:surplus|deficit|balance))\s(?!of\b)")
# A Korean sentence that opens with its subject: a noun marked by 은/는/이/가/도, maybe with 수출/수입
_UNKNOWN_SUBJECT = re.compile(
    r"\s*(?:(?:특히|한편|또한|또|반면|다만|아울러)\s?,?\s?)?(?P<noun>[가-힣A-Za-z]{2,12})"
    r"\s?(?:수출|수입)?(?:액|실적)?(?:은|는|이|가|도)\s"
)
# a relative clause that ends on the time it describes ("충격이 컸던 2009년에는", "위기가 한창이던 2009년에"): the
# noun before it is that clause's subject, not the sentence's
_MODIFIES_THE_TIME = re.compile(
    r"[가-힣]{1,6}(?:던|인|한|은)\s(?:지난\s?)?(?:(?:19|20)\d{2}\s?년|\d{1,2}\s?월|[1-4]\s?분기|[상하]반기)"
)
# goods named with a few words before them as the subject of their flow ("규제 대상인 고순도 불화수소 수입은 …"), not a
# verb's ending ("…에 따르면 수출은")
_UNKNOWN_GOODS_TRADED = re.compile(
    r"\s*(?:[가-힣A-Za-z]+\s){1,3}?(?P<noun>[가-힣]{2,10}(?<![면고며서해게니데라에의로와과]))\s(?:수출|수입)(?:액|량)?(?:은|는|이|가)\s"
)
_EN_GOODS_OF = re.compile(
    r"\s*(?:(?:Outbound|Overseas)\s)?(?:exports|shipments|sales|imports)\sof\s"
    r"(?!(?:the|such|these|those|this|its|their|all|both|each|total|Korean|South)\b)",
    re.I,
)
# "Korea's game exports", "Printer exports": a noun the lexicon does not know before the flow word
_EN_GOODS_BEFORE = re.compile(
    r"\s*(?:(?:South\s)?Korea's\s|The\s(?:country's|nation's)\s)?(?!(?:ICT|IT|overall|total|outbound|inbound|overseas|monthly|"
    r"annual|combined|cumulative|accumulated|year-to-date|its|their|the|such|these|those|South|Korean|Korea|while|"
    r"daily)\b)[a-z]+(?:\s[a-z]+)?\s"
    r"(?:exports|shipments)\b",
    re.I,
)
_EN_OTHER_STATISTIC = re.compile(
    r"\s*(?:[-•*]\s*)?(?:\[[^\]]{1,40}\]\s*)?(?:[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?:\s*)?(?:The\s)?(?P<noun>"
    r"[Pp]rices\s(?:for|of)\s"
    r"|(?:[\w-]+\s){0,2}(?:panel|TV|DRAM|NAND|chip|memory|LCD|OLED|display|monitor)\s(?:panel\s)?prices?\s"
    r"|(?:[Aa]partment|[Hh]ome|[Hh]ouse|[Hh]ousing|[Pp]roperty|[Cc]ar|[Aa]uto|[Vv]ehicle)\s(?:sales|transactions|prices"
    r"|deals)\s|(?:[Pp]rivate|[Hh]ousehold|[Cc]onsumer)\s(?:consumption|spending)\s)"
    # ... not a cause that moves the trade ("Weaker chip prices sent memory exports down 9 percent")
    r"(?!(?:sent|pushed|drove|dragged|pulled|knocked|lifted|boosted|helped|cut)\s(?:[\w-]+\s){0,3}?"
    r"(?:exports|imports|shipments|sales)\b)"
)
_KO_OTHER_STATISTIC = re.compile(
    r"\s*(?:[-ㅇ○◇]\s*)?(?:\d{1,2}\s?월|\d\s?분기)?\s?(?P<noun>(?:[가-힣A-Z]{1,6}\s?용?\s)?(?:(?:패널|D램|낸드|메모리"
    r"|TV|LCD|OLED)\s?가격|(?:아파트|주택)\s?(?:매매|거래|가격)(?:\s?거래량|량)?|(?:민간|가계)\s?소비))(?:은|는|이|가)\s"
)
# ... unless the subject is who reports or acts (a ministry, an agency, the industry) or a word of reference
_AGENT = re.compile(
    r"(?:부|청|처|원|회|정부|업계|업체|기업|당국|관계자|측|협회|센터|연구소|기자|별로|별)$"  # "월별로는": a lead-in
    r"|^(?:이중|그중|이들|이번|그간|이에|이후|이와|그러나|하지만|현재|최근|당시|이달|아직|여전히|전체|합계|총|누적|누계)$"
    r"|(?:정확|엄밀|자세|상세)히$|적으로$"  # an adverb: "정확히는 164억8천만 달러로", "구체적으로는 …"
)


@trait
class NoiseMuting:
    """The reader's muting handlers (a mixin of `SentenceReader`, whose attributes these are)."""

    doc: DocumentScope
    ko: bool
    mentions: list[Mention]
    para: ParagraphScope
    sentence: str
    state: SentenceState

    def _skip_unknown_subject(self) -> None:
        """'광섬유는 3.2% 줄었다': a sentence about a thing the lexicon does not know. Its figures are no
        one's we track, and must not fall to the subject the last sentence named."""
        found = _UNKNOWN_SUBJECT.match(self.sentence)
        if found is None and self.ko:
            found = _UNKNOWN_GOODS_TRADED.match(self.sentence)  # "규제 대상인 고순도 불화수소 수입은 …"
            if found is not None and any(m.start < found.end("noun") for m in self.mentions):
                return
        if not found or _AGENT.search(found.group("noun")):
            return
        if self.ko and _MODIFIES_THE_TIME.match(self.sentence, found.end()):
            return  # "충격이 컸던 2009년에는 1195억달러로 …": the noun's clause describes the time, the topic
        start, end = found.span("noun")
        if any(m.start < end and m.end > start for m in self.mentions):
            return  # a name, a period or a flow word the lexicon knows
        self._mute_until_next_name(start, end)

    def _skip_other_statistic(self) -> None:
        """'Prices for 32-inch monitor panels rose 6 percent in late March', 'Home transactions dropped 27 percent',
        '가계소비는 1.6% 늘었다': a sentence whose subject is another statistic; its figures are that statistic's."""
        found = (_KO_OTHER_STATISTIC if self.ko else _EN_OTHER_STATISTIC).match(self.sentence)
        if found is not None:
            self._mute_clause(found.start("noun"), found.end("noun"))

    def _skip_unknown_goods(self) -> None:
        """'Exports of printers fell 3.2 percent', "Korea's game exports reached …": goods the lexicon does not
        know, named where a subject goes."""
        before = _EN_GOODS_BEFORE.match(self.sentence)
        if before and not any(m.start < before.end() for m in self.mentions if not m.kind.startswith("flow:")):
            self._mute_until_next_name(0, before.end())
            return
        found = _EN_GOODS_OF.match(self.sentence)
        if not found:
            return
        following = next((m for m in self.mentions if m.start >= found.end()), None)
        if following is None or following.kind.startswith(("item:", "region:", "flow:", "world")):
            return
        if following.kind == "period" or not re.search(r"[a-z]{3}", self.sentence[found.end() : following.start]):
            return
        self._mute_until_next_name(found.end(), found.end())

    def _mute_until_next_name(self, start: int, after: int) -> None:
        """Figures from `start` to the next item or partner named after `after` are no one's we track."""
        names = [m.start for m in self.mentions if m.kind.startswith(("item:", "region:")) and m.start >= after]
        self.state.noise_from, self.state.noise_until = start, min(names, default=len(self.sentence) + 1)

    def _mute_figures_of_noise(self) -> None:
        """Before reading: a correction note has no figures; a figure of a noise noun written after it ("a 42
        percent drop in first-quarter operating profit") is muted before it is read."""
        for mention in self.mentions:
            if mention.kind != "noise":
                continue
            if _CORRECTION.match(mention.text):
                self.state.noise_from, self.state.noise_until = 0, len(self.sentence) + 1
                return
            if (start := self._figure_before(mention)) < mention.start and not mention.text.startswith(("총", "전체")):
                self._mute_clause(start, mention.end)

    def _mute_local_figures(self) -> None:
        """A district's figures ("구미 수출은 …") and those of the sentences that go on about it are not Korea's."""
        span, self.doc.local_story = local_span(self.sentence, self.doc.local_story, self.state.named_ict_trade)
        if span is not None:
            self.state.local_from, self.state.local_until = span

    def _mute_own_trade(self, mention: Mention) -> None:
        """'Taiwan's chip exports': that country's trade; a sentence that opens with it opens its story."""
        self._mute_clause(mention.start, mention.end)
        state = self.state
        if not state.named_any and (state.first_number_at is None or state.first_number_at > mention.start):
            self.para.foreign_story = True  # its story goes on in the sentences after ("수입은 …")

    def _mute_foreign_story(self) -> None:
        """After a sentence that opens with another country's own trade ("중국의 9월 수출이 …"), a sentence of its
        paragraph that names no subject ("수입은 …", "무역흑자는 …") goes on about that country's trade."""
        if _HOME.search(self.sentence) or any(m.kind.startswith(_SUBJECT_KINDS) for m in self.mentions):
            self.para.foreign_story = False  # (a sentence that opens with another country's sets it again)
            return
        self.state.noise_from, self.state.noise_until = 0, len(self.sentence) + 1

    def _mute_economy_story(self) -> None:
        """After a sentence that opens with the whole economy's trade ("Overall exports slid 11.0% …"), a sentence
        of its paragraph that names no subject ("Imports +4.3%.", across a figureless sentence) is the economy's."""
        if any(m.kind.startswith(_SUBJECT_KINDS) for m in self.mentions):
            self.para.economy_story = False
            return
        self.state.noise_from, self.state.noise_until = 0, len(self.sentence) + 1

    def _mute_tally_story(self) -> None:
        """After a sentence that tells the customs' early count ("관세청은 이달 1~10일 수출이 …"), the sentences of its
        paragraph are that count's, items and imports included ("반도체(21.4%)와 선박 수출이 늘었다. 수입은 …"),
        until one names ICT trade again or a new topic opens."""
        if any(m.kind == "item:ict" for m in self.mentions) or _NEW_TOPIC.match(self.sentence):
            self.para.tally_story = False
            return
        self.state.noise_from, self.state.noise_until = 0, len(self.sentence) + 1

    def _mute_firms_story(self) -> None:
        """'기업 규모별로 보면 중소기업 ICT 수출은 두 달째 늘었다. 반도체(3.0억불, 28.8%↑)가 호조를 보인 덕분이다.':
        after a sentence whose topic is a kind of firm, a sentence of its paragraph that names neither a firm nor
        the country's ICT trade ("ICT 수입은 …") is still about the firms' exports."""
        firms = next((m for m in self.mentions if m.kind == "noise" and _FIRMS.fullmatch(m.text)), None)
        if firms is not None:
            first = next(
                (
                    m.start
                    for m in self.mentions
                    if m.kind in ("money", "pct") or m.kind.startswith(("item:", "region:"))
                ),
                None,
            )
            self.para.firms_story = first is None or firms.start < first
        elif self.state.named_ict_trade or self.state.named_world or _NEW_TOPIC.match(self.sentence):
            self.para.firms_story = False
        elif self.para.firms_story:
            self.state.noise_from, self.state.noise_until = 0, len(self.sentence) + 1

    def _mute_market_story(self) -> None:
        """After a sentence on the stock market that names no trade ("The KOSPI rose 0.5 percent."), a sentence of
        its paragraph that names none either is the market's: "LG Electronics climbed 1.2 percent" is a share move."""
        if any(m.kind.startswith(_TRADE_KINDS) for m in self.mentions):
            self.para.market_story = False
        elif self.para.market_story:
            self.state.noise_from, self.state.noise_until = 0, len(self.sentence) + 1
        elif any(m.kind == "noise" and _MARKET.search(m.text) for m in self.mentions):
            self.para.market_story = True

    def _mute_recalled_economy(self) -> None:
        """'앞서 … 1일 발표한 수출입 동향에서 전체 수출은 …': the economy's figures, to the paragraph's ICT part."""
        para, state = self.para, self.state
        if para.recalls_economy and state.named_ict_trade:
            para.recalls_economy = False  # "10월 ICT 수출액은 …": the ICT part
            return
        start = recalled_economy(self.sentence, para.recalls_economy)
        if start is None or any(
            m.kind.startswith(("item:", "ctxitem:")) and 0 <= start - m.end <= 2 for m in self.mentions
        ):
            return  # "휴대폰 전체 수출액은": the item's whole
        ict = next((m.start for m in self.mentions if m.kind == "item:ict" and m.start > start), None)
        para.recalls_economy = ict is None
        end = ict or len(self.sentence) + 1
        if state.local_from > len(self.sentence):  # (no district's figures in the sentence)
            state.local_from, state.local_until = start, end
        else:
            state.local_from, state.local_until = min(state.local_from, start), max(state.local_until, end)

    def _mute_clause(self, start: int, after: int) -> None:
        """Figures from `start` to the end of the clause that goes on after `after` are not ICT trade; so are
        those of a next clause whose trade is the same subject's ("…, while its trade deficit stood at …")."""
        end = _NOISE_END.search(self.sentence, after)
        if end is not None and self.ko and self._firms_are_the_topic(after):
            end = None  # "중소·중견기업 ICT 수출(…)의 경우 반도체(…)는 줄었지만 휴대폰(…)은 늘어": all the firms'
        opens = not any(m.kind in ("money", "pct") and m.start < after for m in self.mentions)
        while end is not None and (
            _ITS_TRADE.match(self.sentence, end.end()) or (opens and _BARE_TRADE.match(self.sentence, end.end()))
        ):
            end = _NOISE_END.search(self.sentence, end.end())
        self.state.noise_from = min(self.state.noise_from, start)
        self.state.noise_until = end.end() if end else len(self.sentence) + 1

    def _firms_are_the_topic(self, after: int) -> bool:
        """Is a kind of firm ("중소기업", "중견기업") the topic of the whole sentence, marked as one ("… ICT 수출은",
        "… 수출(35.5억불, △0.9%)의 경우")? Its contrasts are the firms' items, not the country's."""
        return self.sentence.endswith("기업", 0, after) and _FIRMS_TOPIC.match(self.sentence, after) is not None

    def _figure_before(self, mention: Mention) -> int:
        """'54억달러의 손실을': a figure that the noise word names comes before it in Korean."""
        before = [m for m in self.mentions if m.end <= mention.start and m.kind in ("money", "pct")]
        if before and _NOUN_OF_FIGURE.fullmatch(self.sentence, before[-1].end, mention.start):
            return before[-1].start  # (and "a 42 percent drop in first-quarter operating profit")
        return mention.start
