"""How a name changes the subject frame: a flow, an item or a partner named in a sentence.

English and Korean both name the subject before its figures most of the time; the exceptions are
handled here too: a subject named after the figure ("a 27.8% surge in DRAM sales", "$1.2 billion worth
of smartphones"), a partner named in a relative clause ("반도체 수출이 증가한 대만").
"""

from __future__ import annotations

import re

from scraper.items import top_whole
from scraper.parser.casefold import folded_sentence
from scraper.parser.lexicon import CONTEXT_ITEMS
from scraper.parser.scanner import Mention
from scraper.parser.scopes import DocumentScope, Frame

# A country's own trade: "Taiwan's chip exports", "Taiwan said its exports", "China's overall exports" (Korea's
# are "exports to China"), "The Philippines' own exports", "Taiwan's ICT and audio-video product exports",
# "대만의 8월 반도체 수출은"
OWN_TRADE = re.compile(
    r"'s?\s(?:[\w-]+\s){0,3}?(?:and\s(?:[\w-]+\s){1,3}?)?(?:exports?|imports?|shipments|trade|billings|sales|orders)\b"
    r"|(?:,[^,\d]{1,30},)?\s(?:said|says|reported|saw|sees|posted|recorded)\s(?:that\s)?its\s(?:own\s)?"
    r"(?:[\w-]+\s){0,3}?(?:exports?|imports?|shipments|trade)\b"
    r"|의\s(?:(?:\d{1,2}월|지난달|올해|지난해|작년|상반기|하반기|\d분기)\s)?(?:[가-힣A-Za-z]{1,8}\s)?(?:수출|수입)"
    r"(?:액|량)?(?:은|는|이|가|도)\s",
    re.I,
)

# Items whose context words ("parts" after phones) name a part: the wholes of the one item hierarchy that
# the lexicon gives such words for.
PARENTS = frozenset(CONTEXT_ITEMS)
# A part named with its whole ("휴대폰 완제품") makes the whole the parent of the bare sibling after it ("부분품은")
_PARENT_OF_PART = {child: parent for parent, children in CONTEXT_ITEMS.items() for child in children}
_CHANGE_WORDS = (
    r"increase|rise|drop|decline|gain|fall|growth|jump|surge|plunge|decrease|contraction|"
    r"expansion|slide|slump|climb|advance|dip|retreat|rebound|collapse|tumble|plummet|nosedive|spike|leap|"
    r"upturn|downturn|contraction|recovery|setback|fall-off|drop-off|shrinkage"
)
_POST_GAP = re.compile(
    rf"\s(?:worth\sof(?:\s(?:South\s)?Korean)?|in|to|from|with|trade\swith|in\s(?:ICT\s|IT\s)?(?:trade|goods|products)\swith"
    rf"|(?:(?:on-year|year-on-year|year-over-year|y/y|yoy|annual|sharp|steep)\s)?(?:{_CHANGE_WORDS})\s"
    r"(?:in|of|took|lifted|pushed|brought|sent|carried)"
    r"(?:\s(?:overseas\ssales|exports|"
    r"shipments|sales|outbound\sshipments)\s(?:of|to))?)\s(?:the\s)?(?:(?:South\s)?Korea['’]s\s|country['’]s\s)?",
    re.I,
)
_ITS_TRADE_AFTER = re.compile(r"\s(?:sales|exports|shipments|imports)\b")
_GOODS_GAP = re.compile(r"\s(?:(?:goods|products|items|equipment)\s)?(?:were\s|was\s)?")
KO_FLOW_VERB = re.compile(r"(?:돼|되|됐|했|하|해)")
_KO_MARKED_BEFORE = re.compile(r"[가-힣A-Za-z)]\s?(?:\([^()]{0,30}\))?[은는]\s$")
# the longest `_KO_MARKED_BEFORE` match (1 + 1 + 32 + 1 + 1 characters, maybe before a last line break): it ends
# where the text before the flow ends, so a search of that far back finds it
_KO_MARKED_REACH = 40
# the figure's value in won, in parentheses right after the dollars, maybe with "어치": the same amount
_WON_ASIDE = re.compile(r"\s?\([^()]{1,20}원\)\s?(?:어치|상당|규모)?\s?")
_KO_RELATIVE = re.compile(r"[한된인던난든진선온른린]\s$")  # "증가한", "늘어난", "줄어든", "커진", "돌아선", "오른" 대만
# an amount, then what it is worth of: "$51.3 billion of ICT products from China", "51.3 billion dollars' worth of"
_AMOUNT_OF = re.compile(r"['’]?\s(?:worth\s)?of\s(?:the\s)?", re.I)
_FLOW_OF_FIGURE = re.compile(r"\s(?:in|of|worth\sof)\s(?:overseas\s|outbound\s|foreign\s)?", re.I)
# "Semiconductors accounted for $127.63 billion of first-half exports, up 96.2%": the whole the amount is part of,
# dated, names no new subject
_OF_DATED_WHOLE = re.compile(
    r"\sof\s(?:the\s)?(?:(?:total|overall)\s)?(?:(?:first|second)[\s-]half|(?:first|second|third|fourth)[\s-]quarter"
    r"|[1-4]Q|Q[1-4]|[12]H|H[12]|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:this|last)\syear's|(?:19|20)\d{2}|annual|full-year|year-to-date|monthly|quarterly)(?:\s(?:total|overall))?\s",
    re.I,
)
# a name, its figures in parentheses, then 의 and maybe a month: the flow that follows is the name's
_KO_OWN_FLOW = re.compile(
    r"[가-힣A-Za-z]\([^()]{1,30}\)(?:의|으로의|로의)\s?(?:\d{1,2}월\s?)?$"
)  # ("중국(…)으로의 수출이")
# "디스플레이는 25억 달러로 9월 수출 감소율이 3.9%": after the subject's amount, its flow's rate of change
_KO_AMOUNT_THEN = re.compile(r"\s?로\s?(?:\d{1,2}월\s?)?")
_KO_RATE_AFTER = re.compile(r"\s?(?:증가|감소|증감)[율률폭]")
_CHANGE = re.compile(rf"(?:{_CHANGE_WORDS})\s", re.I)


_ICT_TRADE_WITH = re.compile(r"\s(?:trade\s)?with\s", re.I)  # "in ICT trade with", "in ICT goods with"
_THOSE_OF = re.compile(r"\b(?:those|that)\s(?:from|to|of|in|for)\s(?:the\s)?$", re.I)
# "디스플레이만 보면 중국향이 …, 미국향이 …": the one item every partner after it is broken down by
_ITEM_ALONE = re.compile(r"만\s?(?:(?:떼어|따로|놓고|한정해)\s?)?(?:보면|봐도|살펴보면|따지면)\s")
_FROM_OR_WITH = re.compile(r"\s(?:from|with)\s", re.I)
# The words before a partner named after the figure that make it the figure's, by flow: "… worth of ICT goods to
# China", "a 30% jump in shipments to Vietnam"; imports come "from Japan"; a balance is "with Vietnam" or "in ICT
# trade with Vietnam". Never "rose 5% with China leading".
_SHIPPED_TO = r"\s(?:shipments|exports|sales)\sto\s(?:the\s)?$"
_PARTNER_OF_FLOW = {
    "export": re.compile(rf"^\sto\s|{_SHIPPED_TO}", re.I),
    "import": re.compile(rf"^\s(?:to|from)\s|{_SHIPPED_TO}", re.I),
    "balance": re.compile(rf"^\s(?:to|with)\s|{_SHIPPED_TO}|\s(?:trade|goods|products)\swith\s(?:the\s)?$", re.I),
}
_SHIPMENTS = re.compile(r"shipments?|shipped", re.I)
_QUOTE_BEFORE = re.compile(r"[\"“]\s*$")


def item_code(kind: str, document: DocumentScope) -> str | None:
    """The item a name means; a context word ("parts") means one only under its parent."""
    if kind.startswith("ctxitem:"):
        parent, code = kind.split(":", 1)[1].split(">")
        return code if document.parent_item == parent else None
    code = kind.split(":", 1)[1]
    if code in PARENTS:
        document.parent_item = code
    elif code in _PARENT_OF_PART:
        document.parent_item = _PARENT_OF_PART[code]
    elif top_whole(code) is None and code != "ict":
        document.parent_item = None
    return code


def apply_name(
    kind: str,
    mention: Mention,
    frame: Frame,
    sentence: str,
    document: DocumentScope,
    seen_import: bool,
    last_region_end: int,
    last_number: Mention | None,
) -> str | None:
    """Apply a name to the frame; returns "dimension:code" when it changed the subject."""
    if kind.startswith("flow:"):
        return _apply_flow(
            kind.split(":", 1)[1], mention, frame, sentence, document, seen_import, last_region_end, last_number
        )
    if kind.startswith("region:"):
        code = kind.split(":", 1)[1]
        number_between = last_number is not None and last_number.start > last_region_end
        if (
            code == "hong_kong"
            and frame.region == "china"
            and not number_between
            and mention.start - last_region_end <= 60
        ):
            return None  # "China (Hong Kong included)", "China ... and Hong Kong combined"
        relative = document.lang == "ko" and _KO_RELATIVE.search(sentence, max(0, mention.start - 2), mention.start)
        if frame.dirty or relative:
            if (
                not _THOSE_OF.search(sentence, max(0, mention.start - 16), mention.start)
                and not _one_item_by_partner(sentence, frame, mention)
                and not _parallel_partner(sentence, frame, mention, last_number, last_region_end)
            ):
                frame.item = "ict"  # "반도체 수출이 증가한 대만": the partner is the subject
            frame.dirty = False  # ("those from China": the same item, from another partner)
        frame.region = code
        return f"region:{code}"
    item = item_code(kind, document)
    if item is None:
        return None
    if frame.dirty:
        # an item named after a partner's total ("Vietnam bought $2.6 billion worth of ICT goods") keeps it
        # and so does one named after a partner's item in the same sentence ("대중 반도체 수출이 … 그쳤지만,
        # 디스플레이 패널은 …")
        keep = frame.region != "world" and not _WHOLE_BEFORE.search(sentence, 0, mention.start)
        if keep and frame.item != "ict":
            keep = last_number is not None and (
                bool(_CONTRAST.search(sentence, last_number.end, mention.start))
                or (
                    0 <= last_region_end < last_number.start and bool(_FRAMES_THE_LIST.match(sentence, last_region_end))
                )
            )
        frame.region, frame.dirty = (frame.region if keep else "world"), False
    frame.item = item
    return f"item:{item}"


def _one_item_by_partner(sentence: str, frame: Frame, mention: Mention) -> bool:
    """'반도체만 떼어 보면 중국향이 …, 베트남향이 …': an item taken alone before a list of partners is every one's."""
    if frame.item == "ict" or ("보" not in sentence and "따지" not in sentence):
        return False
    return _ITEM_ALONE.search(sentence, 0, mention.start) is not None


# "대일 반도체 수출은 21%, 인도(행)는 15% …": a partner after a comma, marked or bare, then its figure
_PARALLEL_GAP = re.compile(r"\s?(?:\([^()]{0,30}\)\s?)?,\s?$")
_BOUND_FOR = re.compile(r"\s?(?:\([^()]{0,30}\)\s?)?(?:행|향)")  # "일본행", "중국(홍콩 포함)향"
_PARALLEL_FIGURE = re.compile(  # "…, 인도는 15.3%", "…, 인도 수출은 15.3%": the flow may be named again
    r"\s?(?:\([^()]{0,30}\)\s?)?(?:행|향|으로|로)?(?:\s?(?:수출|수입)액?)?(?:은|는|이|가|도)?\s?[\d△▲▼+-]"
)


def _parallel_partner(
    sentence: str, frame: Frame, mention: Mention, last_number: Mention | None, last_region_end: int
) -> bool:
    """'대일 반도체 수출은 21.4%, 인도는 15.3% 늘었다': a partner that follows a partner's item figure after a comma
    and gives its own figure at once is the next entry of the same list: the same item, another partner. A
    partner marked as where the goods went ("일본행 반도체는 21.4%, 인도행은 …") names the exports too."""
    if frame.item == "ict" or frame.region == "world" or last_number is None or "," not in sentence:
        return False
    if not _PARALLEL_GAP.search(sentence[max(0, mention.start - 40) : mention.start]):
        return False
    if sentence.find(",", last_number.end, mention.start) < 0:
        return False
    head = sentence[: last_number.start]  # the list's flow is named ("수출은"), not a table's row of labels
    if not any(word in head for word in ("수출", "수입", "xport", "mport", "hipment")) and not (
        0 <= last_region_end < last_number.start and _BOUND_FOR.match(sentence, last_region_end)
    ):
        return False
    return bool(_PARALLEL_FIGURE.match(sentence, mention.end))


# "베트남으로의 휴대폰 수출은 …, 디스플레이 수출은 …", "대미 수출 중 반도체 …, 휴대폰 …": a partner marked as where
# the exports went, or as the whole they are part of, frames the items listed after it
_FRAMES_THE_LIST = re.compile(r"(?:\s?\([^()]{0,30}\))?(?:으로의|로의|\s?(?:ICT\s)?수출\s?(?:중|가운데))")
# "…에 그쳤지만, 디스플레이 패널은 …", "…, while displays …": a contrast goes on about the same partner, and so
# does a Korean clause joined by "and" ("대미 휴대폰 수출이 … 늘었고, 반도체는 …")
_CONTRAST = re.compile(r"지만|반면|[가-힣](?:고|으며|며),?\s|\bwhile\b|\bbut\b|\bwhereas\b")
# "…, while its total ICT exports grew …": the whole after a partner's figure, not the partner's ICT goods
_WHOLE_BEFORE = re.compile(r"\b(?:total|overall|entire|combined)\s$", re.I)
_THE_BALANCE = re.compile(r"(?:,\s|\band\s|^)(?:the\s|a\s)(?:trade\s)?$", re.I)
_WITH_PARTNER_FIRST = re.compile(r"\s*With\s(?:the\s)?[A-Z][\w.\s]{1,25},\s(?:the\s|its\s)(?:ICT\s)?(?:trade\s)?")
_LINE_LABEL = re.compile(r"(?:\s?\([^()]{0,20}\))?\s?[:：]\s")


def _labels_the_line(sentence: str, name_end: int) -> bool:
    """Is the partner named last the label of its line ("ㅇ 베트남 : …", "- Vietnam: …")?"""
    return (
        0 < name_end <= 40
        and bool(_LINE_LABEL.match(sentence, name_end))
        and not any(ch.isdigit() for ch in sentence[:name_end])
    )


# a headline's next clause after a partner's figure: "… 31.8% 증가…흑자 46억 달러", "… up 31.8%; surplus $4.6bn"
_HEADLINE_CLAUSE_GAP = re.compile(r"\s?[가-힣]{0,4}\s?(?:…|\.{2,3}|[,;·])\s?(?:무역\s?)?")


def _partner_headline_goes_on(
    flow: str, sentence: str, document: DocumentScope, last_number: Mention | None, mention: Mention
) -> bool:
    """In a headline about one partner, a balance named bare in the next clause is that partner's."""
    return (
        flow == "balance"
        and document.paragraphs_read <= 1
        and last_number is not None
        and _HEADLINE_CLAUSE_GAP.fullmatch(sentence, last_number.end, mention.start) is not None
    )


def _own_rate_after_amount(sentence: str, last_number: Mention | None, mention: Mention) -> bool:
    """A flow that only names the rate of the subject just given its amount: "X는 25억 달러로 9월 수출 감소율이"."""
    return (
        last_number is not None
        and "로" in sentence
        and _KO_AMOUNT_THEN.fullmatch(sentence, last_number.end, mention.start) is not None
        and _KO_RATE_AFTER.match(sentence, mention.end) is not None
    )


def _apply_flow(
    flow: str,
    mention: Mention,
    frame: Frame,
    sentence: str,
    document: DocumentScope,
    seen_import: bool,
    last_region_end: int,
    last_number: Mention | None,
) -> str | None:
    """A flow word: it opens a new clause's subject, or it is the flow of the subject just named."""
    if flow == "export" and seen_import and _SHIPMENTS.fullmatch(mention.text):
        return None
    if (
        document.lang == "ko"
        and flow != "balance"
        and (
            KO_FLOW_VERB.match(sentence, mention.end)
            or _KO_MARKED_BEFORE.search(sentence, max(0, mention.start - _KO_MARKED_REACH), mention.start)
        )
    ):
        frame.flow, frame.dirty = flow, False  # "낸드는 9억달러어치가 수출돼", "대만(9억달러)은 수출이"
        return f"flow:{flow}"
    if (
        flow == frame.flow
        and last_number is not None
        and (
            0 <= mention.start - last_number.end <= 3
            or _WON_ASIDE.fullmatch(sentence, last_number.end, mention.start)  # "9억달러(1조원)어치 수출에 그쳤다"
        )
    ):
        return None  # "무역수지는 15억달러 흑자로 …% 감소": the flow's own word after its figure, no new clause
    if last_number is not None and _FLOW_OF_FIGURE.fullmatch(sentence[last_number.end : mention.start]):
        return None  # "Semiconductors generated $8.55 billion in overseas sales, 0.8 percent more"
    if (
        last_number is not None
        and " of " in sentence
        and _OF_DATED_WHOLE.fullmatch(sentence, last_number.end, mention.start)
    ):
        return None
    if "의" in sentence and _KO_OWN_FLOW.search(sentence[max(0, mention.start - 50) : mention.start]):
        frame.flow, frame.dirty = flow, False  # "디스플레이(25억 달러)의 9월 수출 감소율은": the name's own flow
        return f"flow:{flow}"
    if _own_rate_after_amount(sentence, last_number, mention):
        frame.flow, frame.dirty = flow, False
        return f"flow:{flow}"
    if flow == "balance" and _settle_balance(frame, sentence, document.lang, last_number, mention):
        pass
    elif frame.dirty or _QUOTE_BEFORE.search(sentence[max(0, mention.start - 3) : mention.start]):
        if frame.region != "world" and _partner_headline_goes_on(flow, sentence, document, last_number, mention):
            frame.item, frame.dirty = "ict", False  # "1월 대중국 ICT 수출 31.8% 증가…흑자 46억 달러": the partner's
        elif _a_label_keeps_its_flows(frame, sentence, last_region_end):
            frame.dirty = False
        else:
            frame.item, frame.region, frame.dirty = "ict", "world", False  # a new clause or quotation
    frame.flow = flow
    return f"flow:{flow}"


# a sentence that opens on an item as the topic of its flows: "반도체는 수출이 …", "Semiconductors: exports …"
_ITEM_TOPIC_OF_FLOWS = re.compile(
    r"[\s\-–·•○◦ㅇ□■▶*]*[^\s,.:;]{1,14}(?:\s[^\s,.:;]{1,14})?"
    r"(?:[은는]\s(?:수출|수입)(?:액)?[이가]\s|:\s?(?:exports?|imports?)\b)",
    re.I,
)


def _a_label_keeps_its_flows(frame: Frame, sentence: str, last_region_end: int) -> bool:
    """Does the line's label own the flows named after it: a partner ("ㅇ 베트남 : 수출 …, 수입 …, 수지 …", its
    totals), or an item as the topic ("반도체는 수출이 …, 수입은 …", "Semiconductors: exports …, imports …")?"""
    if frame.region != "world" and _labels_the_line(sentence, last_region_end):
        frame.item = "ict"
        return True
    return frame.item != "ict" and _ITEM_TOPIC_OF_FLOWS.match(sentence) is not None


def _settle_balance(frame: Frame, sentence: str, lang: str, last_number: Mention | None, mention: Mention) -> bool:
    """Whose balance a balance word opens, when its sentence says so; True when it did."""
    if _WITH_PARTNER_FIRST.fullmatch(sentence, 0, mention.start):
        frame.item, frame.dirty = "ict", False  # "With India, the surplus widened to …": the fronted partner's
    elif _THE_BALANCE.search(sentence, max(0, mention.start - 16), mention.start):
        frame.item, frame.region, frame.dirty = "ict", "world", False  # "…, and the surplus came to": its own
    elif (
        lang == "ko"
        and last_number is not None
        and _KO_BALANCE_OF_THE_CLAUSE.fullmatch(sentence, last_number.end, mention.start)
    ):
        frame.dirty = False  # "통신장비 수입은 21억5천만 달러로 수지는 …": the balance of the subject just traded
    else:
        return False
    return True


# an amount joined by "로" to the balance word right after it ("…21억5천만 달러로 수지는 …"): one subject's trade
_KO_BALANCE_OF_THE_CLAUSE = re.compile(r"\s?(?:로|으로),?\s(?:무역\s?)?")

# "…, including $1.33 billion of OLED panels, up 22.4 percent": a part of the figure before, named after its amount
_INCLUDING_BEFORE = re.compile(r"\bincluding\s(?:some\s|about\s|around\s)?(?:US)?\$?$", re.I)


# "including $4.12 billion of memory (+11.0%) and $2.31 billion of system chips (+6.6%)": the next member of the list
_INCLUDED_NEXT = re.compile(r"[),]\s(?:and\s)?(?:US)?\$?$")
_INCLUDING = re.compile(r"\bincluding\b", re.I)


def _may_include(sentence: str) -> bool:
    """Can `_INCLUDING_BEFORE` match at all? Asked as a plain string of the folded sentence (most say no)."""
    return "including" in folded_sentence(sentence)


def _part_of_before(sentence: str, start: int) -> bool:
    """Is the amount at `start` a part of the figure before, named after it: right after "including", or the next
    member of the list "including" opened?"""
    if not _may_include(sentence):
        return False
    if _INCLUDING_BEFORE.search(sentence, max(0, start - 30), start):
        return True
    opened = _INCLUDING.search(sentence, 0, start)
    return opened is not None and _INCLUDED_NEXT.search(sentence, max(opened.end(), start - 12), start) is not None


def apply_post_modifier(sentence: str, mentions: list[Mention], index: int, frame: Frame) -> bool:
    """English may name the subject after the figure: "$17.06B worth of exports", "increased by 2.3%
    in the mobile phone sector", "ICT goods worth $7.6 billion to China"."""
    position = mentions[index].end
    following = [m for m in mentions[index + 1 : index + 5] if m.kind not in ("up", "down")][:2]
    named_item = False
    start = mentions[index].start  # (the pattern ends at the figure: a short look back is enough)
    part_of_before = _part_of_before(sentence, start)
    amount = mentions[index].kind == "money"
    flow_named = False
    for mention in following:
        gap = sentence[position : mention.start]
        worth_of = amount and position == mentions[index].end and _AMOUNT_OF.fullmatch(gap) is not None
        if mention.kind == "item:ict" and _ICT_TRADE_WITH.match(sentence, mention.end):
            continue  # "a surplus of $X in ICT trade with Vietnam": the partner comes next
        # ("a 31.6% increase in overseas sales of solid-state drives": the flow, then what of)
        kind = mention.kind
        # ("$12.44 billion worth of ICT goods imported in the month": the goods, then their flow)
        goods_then_flow = named_item and kind.startswith("flow:") and _GOODS_GAP.fullmatch(gap) is not None
        if not (
            _POST_GAP.fullmatch(gap)
            or ((part_of_before or flow_named) and gap == " of ")
            or worth_of
            or goods_then_flow
        ):
            return named_item
        if _FROM_OR_WITH.match(gap) and not kind.startswith("region:"):
            return named_item  # only a partner comes after "from" or "with"
        if kind.startswith("flow:"):
            frame.flow = kind.split(":", 1)[1]
            flow_named = True
        elif kind.startswith("region:") and _PARTNER_OF_FLOW.get(frame.flow, _PARTNER_OF_FLOW["export"]).search(gap):
            frame.region = kind.split(":", 1)[1]
            return named_item  # "$2.11 billion worth of ICT goods to Vietnam": the goods, then where to
        elif (
            not named_item
            and kind.startswith("item:")
            and (
                re.match(r"\s(?:sector|segment|category|field)\b", sentence[mention.end : mention.end + 10])
                or (gap == " in " and _ITS_TRADE_AFTER.match(sentence, mention.end))  # "$8.99bn in chip sales"
                or _CHANGE.search(gap)
                or "worth" in gap
                or worth_of
                or part_of_before
                or flow_named
            )
        ):
            frame.item = kind.split(":", 1)[1]
            named_item = True
        else:
            return named_item
        position = mention.end
    return named_item


# "a $2.22 billion ICT surplus with Vietnam": the amount, the balance word, then its partner
_BALANCE_WITH = re.compile(r"\s(?:(?:ICT|IT)\s)?(?:trade\s)?(?:surplus|deficit)\swith\s(?:the\s)?", re.I)


def balance_partner_after(sentence: str, mentions: list[Mention], index: int, frame: Frame) -> bool:
    """A balance amount followed by "… surplus with <partner>" is the ICT balance with that partner, whatever
    item or partner the clause (or the sentence) before named; True when it is one."""
    following = mentions[index + 1 : index + 5]
    partner = next((m for m in following if m.kind.startswith("region:") and m.kind != "region:_same"), None)
    if partner is None or not _BALANCE_WITH.fullmatch(sentence, mentions[index].end, partner.start):
        return False
    frame.item, frame.region = "ict", partner.kind.split(":", 1)[1]
    return True


# "베트남 수출은 …", "대미 수출이 …", "중국으로의 수출액은 …": a Korean sentence that opens on one partner and its bare
# flow, marked as its subject, names that partner's total
_KO_PARTNER_TOTAL_LEAD = re.compile(
    r"\s*(?:[-·○ㅇ]\s)?(?:대\s?)?[가-힣]{1,8}(?:으로의|로의|향)?\s(?:수출|수입)(?:액|실적)?[은는이가]\s"
)


def opens_on_a_partners_total(sentence: str) -> bool:
    """Does the Korean sentence open on one partner's bare flow as its subject ("베트남 수출은 …" after "대중국
    반도체는 …")? Not a list of partners ("중국, 베트남 수출은 각각 …"), which goes on with the item; but "각각" after
    the partner's own figures ("베트남 수출은 A로 a%, 미국 수출은 B로 b% 각각 늘었다") lists partners' totals."""
    if "수출" not in sentence and "수입" not in sentence:
        return False
    lead = _KO_PARTNER_TOTAL_LEAD.match(sentence)
    if lead is None:
        return False
    listed_at = sentence.find("각각")
    if listed_at < 0:
        return True
    figure = _DIGIT.search(sentence, lead.end(), listed_at)
    return figure is not None


_DIGIT = re.compile(r"\d")
