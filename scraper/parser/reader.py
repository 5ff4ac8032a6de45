"""One sentence, read left to right: names change the subject frame, numbers become candidate figures.

Each mention goes to one small handler: clause markers (asides, noise), names (flow, item, partner) and
numbers. A number is recorded with the evidence of how its subject and period were found, so the
`DraftBook` can prefer a figure whose sentence stated both over one that inherited them.

`SentenceReader` keeps the reading flow (`__init__`, `read`, `_name`, `_number`, the deferred figures and
`_finish`); groups of its handlers that serve one concern are mixins in modules of their own, which it inherits:
`opening_flow.OpeningFlow` (the flow a sentence opens on), `asides.Asides` (clause markers: asides, noise words),
`muting.NoiseMuting` (figures that are no one's we track), `causes.Causes` (names given as causes),
`subject_settling.SubjectSettling` (a figure's subject), `partner_scope.PartnerScope` (a partner's breakdown)
and `figure_periods.FigurePeriods` (a figure's period and its dated bases); `mention_kinds._Kinds` tallies a
sentence's mentions and `buyers` turns a partner's imports from Korea into Korea's exports. Names imported
`as` themselves are re-exported where they lived before the split (`opens_on_the_last_figure` for the
assembler, patterns that tests/test_parser_shortcuts.py checks as `reader.<name>`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scraper.parser import numbers
from scraper.parser.asides import _INCLUDED as _INCLUDED
from scraper.parser.asides import _INCLUDED_AFTER as _INCLUDED_AFTER
from scraper.parser.asides import _LIST_GOES_ON as _LIST_GOES_ON
from scraper.parser.asides import Asides, _may_say_included
from scraper.parser.binding import (
    PeriodLayout,
    ResolvedPeriod,
    month_series,
    periods_each_in_turn,
    periods_respectively,
    resolve_periods,
)
from scraper.parser.buyers import _BOUGHT_FROM_KOREA, _NAMES_A_BUYER, _buyer_importing, _may_buy_from_korea
from scraper.parser.carry import recent
from scraper.parser.causes import _DRIVEN_TOTAL as _DRIVEN_TOTAL
from scraper.parser.causes import _LIFTING as _LIFTING
from scraper.parser.causes import _TOPIC_PARTICLE, Causes
from scraper.parser.drafts import Evidence
from scraper.parser.figure_periods import FigurePeriods
from scraper.parser.figures import SentenceWords, read_number, read_number_and_sign
from scraper.parser.forecasts import FORECAST_WORD, forecast_start, own_past_year
from scraper.parser.lexicon import BLOCS
from scraper.parser.lists import list_assignments
from scraper.parser.mention_kinds import _Kinds
from scraper.parser.muting import NoiseMuting
from scraper.parser.opening_flow import OpeningFlow
from scraper.parser.opening_flow import opens_on_the_last_figure as opens_on_the_last_figure
from scraper.parser.partner_scope import _THOSE_TO as _THOSE_TO
from scraper.parser.partner_scope import PartnerScope
from scraper.parser.periods import Period
from scraper.parser.prefilter import guarded
from scraper.parser.scanner import Mention, declared_unit, scan
from scraper.parser.scopes import Frame, SentenceState, reads_as_lead
from scraper.parser.sentences import (
    FOOTNOTE,
    LINE_BULLET_MARKS,
    bullet_mark,
    korean_aside,
    parentheses_without_figures,
)
from scraper.parser.subject_settling import _ITEMS_LEAD_IN as _ITEMS_LEAD_IN
from scraper.parser.subject_settling import _KO_OWN_FLOW_BEFORE as _KO_OWN_FLOW_BEFORE
from scraper.parser.subject_settling import _KO_THAT_ITEM, _OPENS_WITH_PERIOD, SubjectSettling
from scraper.parser.subject_settling import _THE_NOUN as _THE_NOUN
from scraper.parser.subjects import OWN_TRADE, apply_name

if TYPE_CHECKING:
    from scraper.parser.assembler import Assembler


# "메모리(-33.7%)와 시스템(-0.9%) 모두": a name listed with its own figures, not a subject marked by 이/가
# "반도체는 메모리가 12.4% 늘어난 덕분에 52.8억달러였다": a name whose own figure a clause of cause gives; the
# figures after that clause are the marked subject's again
_OWN_FIGURE_CLAUSE = re.compile(
    r"(?:\s?(?:수출|수입))?(?:이|가)\s[^.\d]{0,30}?[△▲+\-]?\d[\d,.]*\s?(?:%|[조억만천])(?:[^.]|\.\d){0,40}?"
    r"(?:[가-힣](?:며|면서)|(?:난|한|든)\s?(?:데\s?)?(?:덕분에|덕에|영향으로|힘입어|가운데))(?=[\s,])"
)
_LISTED_WITH_OWN_FIGURES = re.compile(
    # ("부분품 호조(6.2억달러, ↑8.4%)에도 …": the name's own run, its figures bracketed after it)
    r"(?:\s?(?:수출|수입|호조|부진|강세|약세))?\s?\([^()]*\d[^()]*\)\s?(?:와|과|및|,|·|모두|등|\s(?:모두|등)"
    r"|(?:의\s?)?(?:덕에|덕분에|영향으로|영향에|호조로|호조에|강세로|힘입어|증가로|감소로|부진으로|에도)"
    r"|(?:으로|로)(?=\s)"  # "OLED 호조(↑28.4%)로 142.0억 달러": the name's run, a cause of the subject's
    # the examples a total was led by: "반도체(11억 달러, 30.1%↑)를 중심으로", "…가 이끌며", "…를 앞세워"
    r"|[을를]\s?(?:중심으로|필두로|앞세워)|[이가]\s?(?:이끌|견인하|주도하)(?:며|면서|어|고)\s"
    # "SSD(…) 수요 급증으로": the bracketed name's demand or price moved the figure after it
    r"|\s?(?:수요|가격|단가|판매)\s?(?:증가|급증|확대|회복|호조|감소|급감|둔화|하락|상승|부진)?(?:으로|로|에|에도)(?=\s)"
    r"|[이가]\s?[가-힣]{1,6}?(?:지만|으나|는데|면서)"  # "시스템반도체 수출(…)이 늘었지만 전체 88.3억 달러로"
    # a clause of its own, the flow after the bracket and an adverb maybe: "D램(△4.1%)이 함께 줄어 …", "SSD(…) 수출이
    # 크게 늘면서 …"
    r"|\s?(?:수출|수입)?[이가]\s(?:[가-힣]{1,4}\s)?[가-힣]{0,4}(?:지만|으나|는데|면서|[어아해여])\s)"
)  # ... or a cause with its own figures: "OLED 패널 수출(14억 달러, 23.6%↑) 덕에"
# "이 중 디스플레이가 …", "대미 휴대폰 수출만", "of which chips …": a part of the partner's total, no item the
# next partners share
_OF_THESE = r"(?:이|그)\s?(?:중|가운데)"  # "이 중", "그 가운데": of the figure just given
_BREAKDOWN = re.compile(  # "대중 수출 가운데 …", "Of exports to China, …": the items of a partner's total
    rf"{_OF_THESE}|(?:수출|수입)만\s|(?:수출|수입)\s?(?:가운데|중에서|중)\s|\bof\s(?:which|this|these|that)\b"
    r"|\bof\s(?:the\s)?(?:exports|shipments|imports)\s(?:to|from)\b",
    re.I,
)
# a word of another industry right before a context word ("자동차 부품", "chip-making equipment parts" is
# named by the lexicon): the parts are that word's, not the last ICT item's
_OTHER_WHOLE = re.compile(
    r"(?:자동차|차량|선박|기계|조선|철강|항공기?|auto(?:mobile)?|car|vehicle|machinery)\s?$",
    re.I,
)
# the sentence's first name marked as its subject by 이/가, words (not a figure) after it: the main clause's subject
_FIRST_SUBJECT = re.compile(r"\s?(?:수출|수입)?(?:이|가)\s(?=[^\d\s△▲▼+\-][^(\d]*\d)")  # (no names' own figures)
_NAMES = ("item:", "ctxitem:", "region:", "flow:")
# "display makers", "phone manufacturers": an item's name before its makers names companies
_MAKERS = re.compile(r"[\s-](?:makers|producers|manufacturers)\b")
# a unit note, and the shorthand lines it declares: "171.5(+4.4%)", "'12.7월 131.1 → '13.7월 141.2", with no unit
# a name marked as the topic of a clause of its own after the last one closed: "…도 늘었고, 유럽연합(EU)은 …"
_A_TOPIC_OF_ITS_OWN = re.compile(r"(?:\s?\([^()\d]{1,12}\))?[은는]\s")
_UNIT_NOTE = re.compile(
    r"[(\[]\s?단위\s?:?\s?(?:(?P<eok>억\s?(?:달러|불|\$))|(?P<mil>백만\s?(?:달러|불|\$))|[^)\]]{1,15})[^)\]]{0,40}[)\]]"
    # a note with no "단위" that names an amount and its change: "품목별(억 달러, 증감률)로는 …"
    r"|\((?P<eok_pair>억\s?(?:달러|불))\s?,\s?(?:[^,()\d]{0,10}\s)?(?:%|증감률)[^)]{0,12}\)"
    # the English notes: "(USD 100 million, YoY %)", "(Unit: US$ billion)", "(unit: $ million, % change)"
    r"|[(\[]\s?(?:unit\s?:?\s?)?(?:US\s?\$|USD|\$)\s?(?:(?P<eok_en>100\s?(?:millions?|mn))|(?P<bil>billions?|bn)"
    r"|(?P<mil_en>millions?|mn))\b[^)\]\d]{0,40}[)\]]",
    re.I,
)
_MAY_NOTE_A_UNIT = re.compile(r"단위|억|USD|\$")  # (what every `_UNIT_NOTE` names: most lines name none)
_SHORTHAND_AMOUNT = re.compile(
    r"^(?![^\n]*(?:billion|원))[^\n]*(?:\d(?:\.\d+|,\d{3})\s?\(\s?[+\-△▲▼]?\s?\d|\d\.\d+\s?→)"
)
_TO_A_LEVEL = re.compile(r"\s(?:to|at)\s")
# "ICT 수출 추이 : ('26.6월)…", or a line of the trend alone under its caption ("< ICT 수출 추이 >" over
# "('19.7월)151.3(2.5↑) → …"): a period in parentheses opens it, its bare amount and change follow
_TREND_LINE = re.compile(r"추이\s?:\s?\(|^\s*\('?\d{2}\.\d{1,2}\s?월\)\s?\d[\d,]*(?:\.\d+)?\s?\(")
_WON_SCALE = re.compile(r"trillion|billion|million|[조억만]", re.I)
_ICT_NEXT = re.compile(r"\s(?:ICT|IT|information|digital)\b", re.I)  # "Korea's total ICT exports": ICT's own
_CLAUSE_BREAK = re.compile(r",(?!\d)|\.\.\.|…")  # (not "1,043": a thousands separator)
_OWN_BREAKDOWN = re.compile(r"\s?\(\s?(?:수출|수입)(?=\s?\d[^()]*\))")  # "61억달러(수출 170억달러·수입 …)"
_APART_BY = re.compile(
    r"\s?(?:이\s?)?(?:더\s?)?(?:많은|적은|늘어난|줄어든|증가한|감소한|높은|낮은|웃돈|밑돈|상회한|하회한)\s?"
)
_PART_OF = re.compile(rf"{_OF_THESE}\s?$")  # "이 중 베트남행이": a part of the figure before


# "- 3월 205.2 (9.1)" under "월별 수출(억 달러, 전년 동월 대비 %)": a month's bare amount and change, one per row
_BARE_ROW = re.compile(
    r"\s*[-·]\s?(?:(?:19|20)?\d{2}\s?년\s?)?\d{1,2}\s?월\s?[\d,]*\d(?:\.\d+)?\s?\(\s?[△▲▼+\-−]?\s?\d+(?:\.\d+)?\s?\)\s*$"
)


# "▲시스템반도체 507(+27.5%)" under "▶ 품목 (연간, 억불, YoY)": a label's bare amount and its change, one per row
_LABELLED_ROW = re.compile(  # ("베트남  29.3  2.1%↓": the change set apart with its mark, no brackets)
    r"\s*[-·▲ㅇ○•*]?\s?[가-힣A-Za-z][^\d\n]{0,24}?\s?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?\(\s?[△▲▼+\-−]?\s?\d+(?:\.\d+)?\s?%?\s?\)|\s+[△▼+\-−]?\d+(?:\.\d+)?\s?%\s?[↑↓]?\s*$)"
)


def _bare_row(sentence: str) -> bool:
    if "월" in sentence and sentence.rstrip().endswith(")") and _BARE_ROW.match(sentence) is not None:
        return True
    return _LABELLED_ROW.match(sentence) is not None


def _keep_the_whole(frame: Frame, changed: str, whole: tuple[str, str, str]) -> None:
    """A part named after "이 중" keeps the whole's flow and its other dimension: the part of an item's exports
    that went to a partner, the part of a partner's imports that was one item."""
    flow, item, region = whole
    frame.flow = flow
    if changed.startswith("region:") and item != "ict":
        frame.item = item
    elif changed.startswith(("item:", "ctxitem:")) and region != "world":
        frame.region = region


_ELLIPSIS = re.compile(r"…|\.\.\.")


_MARKET_AT = re.compile(r"(?:에)?서\s")  # "멕시코서 순항", "베트남에서 '다시 달린다'": where the trade does well
_ELLIPSIS_ENDS = re.compile(r"(?:…|\.\.\.)\s?$")  # the period opens the clause after it
# "중남미 TV 업체들의 주문이 늘어난 덕이다.": a sentence that only gives the reason for the figure before it
_ONLY_A_REASON = re.compile(r"(?:영향|덕|덕분|때문|탓)(?:이다|이었다|으로\s?(?:풀이|분석)된다)[.\s]*$")


_BALANCE_AFTER = re.compile(  # (past the amount in won maybe: "a $9.35 billion (about 12.7 trillion won) surplus")
    r"(?:\s?\((?:about|roughly|around|some|approximately)?\s?[\d.,]+\s?(?:trillion|billion|million)?\s?won\))?"
    r"(?:\s?(?:의\s?)?(?:무역\s?)?(?:흑자|적자)|\s?의\s?(?:무역\s?)?수지(?:를|는|가)?\s"
    r"|\s(?:of\s(?:the\s)?(?:year's\s|month's\s)?)?(?:(?:ICT|IT)\s)?(?:trade\s)?(?:surplus|deficit)\b"
    r"|\s(?:in\s)?black\sink\b)",  # "ended May with $X in black ink": a surplus
    re.I,
)
_OWN_FIGURES = re.compile(
    r"[^()\d]{0,20}\((?:up|down|rising|falling|[^()\d]{0,3})\s?[\d$]"
    r"|\s(?:at|of|with|worth)\s(?:(?:US)?\$\s?\d|USD\s?\d"  # "led by system chips at $24.11 billion (+39.8%)"
    r"|\d[\d,.]*\s(?:billion|million)\s(?:US\s)?dollars)"  # spoken: "led by Peru at 210 million dollars"
    # its change and amount set off by a comma: "led by memory, up 12.1 percent at $5.2 billion"
    r"|,\s(?:up|down)\s\d[\d.]*\s?(?:percent|%)\s(?:at|to)\s(?:US)?\$\s?\d",
    re.I,
)


# "34% of the country's total exports of $56 billion" (but "of the total" is ICT's own)
_OF_TOTAL = re.compile(
    r"(?:country's|Korea's|nation's)\s(?:total|entire|overall)\b|\ball\s(?:goods|products|commodities)", re.I
)
_KO_MODIFIES = re.compile(  # (any verb's past adnominal: "20.8% 뒷걸음질한 반도체를")
    r"\s?(?:늘어난|증가한|감소한|줄어든|급증한|급감한|상승한|하락한|[가-힣]{1,5}(?:한|된|난|든|진))\s"
)
# "ㅇ 환율 부담에도 디스플레이 수출이 늘며 증가세 유지": an item that is the subject of a figureless reason's clause
# (-며/-면서) before a main predicate of no subject of its own is what moved the total, no subject for the next line
_KO_REASON_SUBJECT = re.compile(
    r"\s?(?:수출|수입|출하|판매)?(?:액|량)?[이가]\s(?:[가-힣]{1,4}\s)?[가-힣]{1,5}(?:며|면서)\s[^\d]{2,}$"
    # "반도체와 컴퓨터 등이 수입 증가를 이끌었다": the items drove the flow's growth
    r"|\s?(?:등)?[이가]\s(?:[가-힣]{1,4}\s)?(?:수출|수입)\s?(?:증가|확대|회복|성장|감소|부진)?[을를]\s?(?:이끌|견인|주도)"
)
# "… 이끈 것은 디스플레이 패널로, 수출액이": a cleft sentence's focus, then its own figures
_CLEFT_OPENS = re.compile(r"(?:[가-힣]\s것|공신|주역|효자|주인공|견인차)은\s(?:[^\s,]+\s){0,2}[^\s,]*$")
_CLEFT_FOCUS_CLOSES = re.compile(
    r"(?:으로|로|이었고|였고|이며|였으며|이었는데|였는데)?,\s(?:[^\s,]+\s)?"
)  # ("…로, 상반기 수출액이")
_WHOLE_AND = re.compile(r"\b(?:overall|in\stotal)\s(?:and|as\swell\sas)\s(?:to|for|with)?\s?(?:the\s)?$")
_AND_WHOLE = re.compile(r"\s(?:and|as\swell\sas)\s(?:overall|in\stotal)\b")
_ENDS_A_CAUSE = re.compile(r"(?<=[진된한난린른은])\s?결과$|(?:탓에|덕분에|덕에|여파로|힘입어)$")
# "OLED 호조(↑28.4%)로": a cause's noun, its trend word, and the noun's own change in brackets
_CAUSE_BRACKET_OPENS = re.compile(
    r"\s?(?:수출\s?)?(?:호조|부진|강세|약세|증가|감소|확대|회복|급증|급감|성장)\s?\(\s?[↑↓▲▼△+\-−]?\s?"
)
_BRACKET_CLOSES_A_CAUSE = re.compile(r"\s?[↑↓]?\s?\)\s?(?:으로|로|에|에도|덕분|덕에|영향)")
_KO_VALUE_THEN_CHANGE = re.compile(r"\s?(?:으로|로)\s[^\d,.]{0,24}")
# "996억 달러어치를 수출한 반도체", "124.8억달러를 기록한 반도체는": the noun whose amount it is
_KO_TRADED_AMOUNT = re.compile(r"(?:어치)?\s?[를을]\s?(?:수출한|수입한|기록한|달성한)\s")
_KO_CAUSE_NEXT = re.compile(r"\s?(?:의\s)?(?:덕분|덕에|영향|힘입|때문|여파|호조|부진)")
# "20.8% 감소한 반도체를 앞질러": the noun the modified clause names is the object of the main verb
# (or the noun a next one follows, "… 반도체에 이어", or the subject with its own value, "… 늘어난 메모리(69.9억불)가",
# or the topic: "1년 전보다 36.3% 늘어난 반도체는 …")
_KO_OBJECT_NEXT = re.compile(r"[을를이가은는][\s,]|에\s?이어|\s?\([^()]*\d[^()]*\)[이가]\s")
# the whole a share is of: "ICT 수출 전체의 58%를 차지", "accounting for 58 percent of total ICT exports"
_KO_WHOLE_OF_A_SHARE = re.compile(
    r"\s?(?:수출|수입)?\s?(?:전체|총)?\s?(?:액)?의\s?(?:약\s?)?\d[\d.,]*\s?%\s?(?:를|을|에)?\s?(?:차지|점유|달하|해당)"
)
# the goods a part named in an aside is made for: "… helped by OLED panels for foldable smartphones"
_MADE_FOR = re.compile(r"[a-z]s\sfor\s(?:[\w-]+\s){0,2}?$")
_EN_SHARE_OF = re.compile(  # ("$7.14 billion of the exports": the part an amount is of the whole)
    r"(?:\d\s?(?:%|percent|per\scent)|\d\s?(?:billion|million|bn|mn))\sof\s(?:the\s)?"
    r"(?:(?:country's|nation's|Korea's)\s)?(?:total\s|overall\s|all\s)?(?:(?:ICT|IT)\s)?$"
)
_ITS_POLICY = re.compile(
    r"['’]?s?\s(?:(?:import|reciprocal|retaliatory|new|higher|additional)\s)?(?:tariffs?|levies|duties|sanctions|"
    r"export\scontrols?|policy|policies|government|administration|officials?|elections?|lawmakers|Congress)\b",
    re.I,
)
_LINE_LABEL_BEFORE = re.compile(r"\s*(?:[-·▲○◦ㅇ□■●•▶*]\s*)?")
_LABEL_COLON = re.compile(r"\s?(?:수출|수입)?\s?[:：]\s")
_TRADED_BY = re.compile(r"(?:어치)?\s?[를을]\s?")
_KO_THAT_ITEM_AT = re.compile(_KO_THAT_ITEM.pattern + r"(?=[은는이가의을를]\s)")  # (as a noun of its clause)
_NAME_THEN_COMMA = re.compile(r"\s?(?:수출|수입)?\s?,")
_A_MONTHS_CHANGE = re.compile(r"동월|같은\s?달|same\smonth|month\sa\syear", re.I)
# "26.7% 줄어든 22억 달러를 기록한 곳은 베트남이다": a placeholder noun whose name the sentence gives last
_KO_PLACEHOLDER = re.compile(r"(?:곳|국가|나라|지역|시장|품목|제품|분야)[은는]\s")
_KO_NAMED_LAST = re.compile(
    r"\s?(?:\([^()]*\))?(?:이다|다|였다|이었다|이었고|였고|이며|였으며|이고|으로|로)?(?:[,.\s]|$)"
)


# A sentence whose subject is another statistic with its own period: goods' prices, housing deals, spending ("Prices
# for 55-inch TV panels slipped 3 percent in early May", "OFFICIAL: Apartment sales fell 38 percent in August",
# "- Private consumption -0.2%", "TV용 패널 가격은 …", "1분기 가계소비는 …"); a speaker's label or a bullet may open it
_OTHER_STATISTIC_WORDS = re.compile(r"[Pp]rice|sales|transactions|deals|consumption|spending|가격|거래|매매|소비")
_OTHER_STATISTIC_WORDS = guarded(_OTHER_STATISTIC_WORDS)  # (`re` tried it at every position)


_OF_THE_BALANCE = re.compile(r"\b(?:in|of|for|on)\s$")

# "the country", "the island", "the bloc", "해당 국가" as a partner traded with: the figures of its clause are that
# partner's, and when nothing before says which it is, nobody's (not the world's)
_UNKNOWN_PARTNER = re.compile(r"(?i).*\b(?:country|nation|island|bloc)|해당\s?(?:국가|지역)")
_TRADED_WITH_BEFORE = re.compile(r"\b(?:to|from|with)\s$", re.I)
_TRADED_WITH_AFTER = re.compile(r"\s?(?:으로|로|에서|에|과|와)")


# "…늘었으나, 6월에는 …": a clause of contrast ended, the topic going on into the next
_KO_CONTRAST_GOES_ON = re.compile(r"[가-힣](?:지만|으나)\s?,?\s")


def _unit_of_bare_amounts(sentence: str, assembler: Assembler) -> str | None:
    """The unit the sentence's bare amounts are in: declared by the line before, by a unit note above (or in the
    sentence itself: "품목별(억 달러, 증감률)로는 디스플레이 15.2(△4.4%), …"), or by the release's 억불."""
    unit = assembler.carried_unit or (assembler.row_unit if assembler.row_unit and _bare_row(sentence) else None)
    unit = unit or (
        assembler.noted_unit if assembler.noted_unit and _SHORTHAND_AMOUNT.search(sentence) else None
    )  # (only a unit note makes the shorthand test worth its search)
    if unit is None and "억 달러," in sentence and _SHORTHAND_AMOUNT.search(sentence):
        note = _UNIT_NOTE.search(sentence)
        unit = "eok_pct" if note is not None and note.group("eok_pair") else None
    if unit is None and assembler.eok_document and "→" in sentence and _TREND_LINE.search(sentence):
        unit = "eok_pct"  # "ICT 수출 추이 : ('26.6월)247.5(19.0↑) → …" in a release that counts in 억불
    return unit


class SentenceReader(OpeningFlow, Asides, NoiseMuting, Causes, SubjectSettling, PartnerScope, FigurePeriods):
    """Reads one sentence into the assembler's draft book. (Its handler groups are `@trait`s: mypyc compiles a class
    of several bases only when they are, setup.py.)"""

    def __init__(self, assembler: Assembler, original: str) -> None:
        self.doc = assembler.document
        self.ko = self.doc.lang == "ko"  # asked by most handlers
        self.para = assembler.paragraph
        self.assembler = assembler
        self.original = original
        self.sentence = sentence = numbers.normalise_spoken_numbers(original) if assembler.spells_numbers else original
        self.mentions = scan(sentence, _unit_of_bare_amounts(sentence, assembler), assembler.patterns)
        if _may_buy_from_korea(sentence) and _BOUGHT_FROM_KOREA.search(
            sentence
        ):  # "Vietnam imported $2.5 billion of ICT goods from Korea"
            self.mentions = [m._replace(kind="flow:export") if m.kind == "flow:import" else m for m in self.mentions]
        elif ("mport" in sentence or "MPORT" in sentence) and _NAMES_A_BUYER.search(sentence.lower()):
            self.mentions = _buyer_importing(sentence, self.mentions)
        self.resolved: dict[int, ResolvedPeriod] = {}
        self._period_layout: PeriodLayout | None = None  # of `resolved`, once it is placed
        self.series: dict[int, Period] = {}
        named = _Kinds(self.mentions)
        self.words = SentenceWords(self.sentence, named.kinds)  # what each figure's reading asks of the sentence
        self.names = named.names  # the items and partners named, in order
        self._figure_starts = named.figure_starts
        frame = Frame(flow=self._opening_flow(named))
        listed, self.named = list_assignments(
            self.sentence,
            self.mentions,
            self.doc.parent_item,
            self.para.named_subjects,
            (named.figures, named.subjects),
        )
        self.state = SentenceState(frame=frame, listed=listed, quiet_parens=parentheses_without_figures(self.sentence))
        self.forecast_from = len(self.sentence)  # figures from here on are a forecast's
        self.modal_forecast = False  # ... one an English modal opened ("is likely to fall short of …")
        if named.first_figure is not None:  # (what follows only matters to figures)
            lowered = self.sentence.lower()
            if FORECAST_WORD.search(lowered):
                self.forecast_from = forecast_start(self.sentence, self.ko)
                self.modal_forecast = 0 < self.forecast_from < len(self.sentence) and not self.ko
            if self.ko:
                self._skip_unknown_subject()
            else:
                self._skip_unknown_goods()
            if _OTHER_STATISTIC_WORDS.search(self.sentence):
                self._skip_other_statistic()
        self._includes = ")" in self.sentence and _may_say_included(self.sentence)  # what `_included` needs
        self._names_a_part = "중" in self.sentence or "가운데" in self.sentence  # what `_PART_OF` needs
        # "베트남 23.8(2.2) / 미국 18.5(△4.9)": a line that marks its falls states its unmarked changes as rises
        self._marks_its_falls = "△" in self.sentence or "▼" in self.sentence
        self._dateline_end: int | None = None  # found when a partner is first named near the start
        kinds = self._kinds = named.kinds
        self.state.named_world = "world" in kinds
        self.state.named_ict_trade = "item:ict" in kinds and bool(kinds & {"flow:export", "flow:import"})
        for kind in kinds:
            if kind.startswith(("item:", "ctxitem:")):
                self.state.named_item = True
            elif kind.startswith("region:"):
                self.state.named_region = True

    @property
    def footnote(self) -> bool:
        return bool(FOOTNOTE.match(self.sentence)) or "→" in self.sentence

    def read(self) -> None:
        self._carry_unit()
        self.assembler.settle_unsigned(self.mentions)
        self.series = month_series(self.sentence, self.mentions, self.doc.published)
        if self.para.partner is not None and self._opens_items_breakdown():
            self.para.partner = None  # "Exports to India rose …. Among major items, chips …" are the world's
        if self.ko:
            self.note_partner_breakdown()
        self.resolved = resolve_periods(
            self.sentence,
            self.mentions,
            self.doc.published,
            self.para.topic_period or self.doc.reference_period,
            self.doc.last_month,
            self.doc.last_period,
            self.doc.last_named,
        )
        if not self.series and self.resolved and not self.ko:
            self.series = periods_respectively(self.sentence, self.mentions, self.resolved)
        if not self.series and len(self.resolved) > 1:
            self.series = periods_each_in_turn(self.sentence, self.mentions, self.resolved)
        self.state.subordinate_until = max(self.state.subordinate_until, self._opening_cause_end())
        if "noise" in self._kinds:
            self._mute_figures_of_noise()
        if self.para.foreign_story:
            self._mute_foreign_story()
        if self.para.economy_story:
            self._mute_economy_story()
        if self.para.tally_story:
            self._mute_tally_story()
        if not self.ko and (self.para.market_story or "noise" in self._kinds):
            self._mute_market_story()
        if self.ko and (self.para.firms_story or "noise" in self._kinds):
            self._mute_firms_story()
        if self.ko:
            self._mute_local_figures()
            self._mute_recalled_economy()
        for index, mention in enumerate(self.mentions):  # (the kinds of the branches are disjoint)
            kind = mention.kind
            if kind == "money" or kind == "pct":
                self._number(index, mention)
            elif kind.startswith(("flow:", "item:", "ctxitem:", "region:")):
                if kind != "item:ict" or not self._names_a_measure(mention):  # "Chips on the ICT basis rose …"
                    self._name(mention)
            elif kind in ("subord", "examples", "noise"):
                self._marker(mention)
            elif kind == "period" and self._new_clause_of_the_whole(index):
                self.state.frame.item, self.state.frame.region = "ict", "world"
            elif (
                kind == "noyoy_after"
                and _OF_TOTAL.search(mention.text)
                and not _ICT_NEXT.match(self.sentence, mention.end)
            ):
                self._marker(Mention("noise", mention.start, mention.end, None, mention.text))
        self._finish()

    # -- handlers --------------------------------------------------------------------------------
    def _carry_unit(self) -> None:
        """A declaration that ends its line ("증감률 추이(%) :") declares the next line's figures; a unit note
        ("(단위: 억 달러, %)") declares the bare amounts of the shorthand lines after it ("수출 171.5(+4.4%)")."""
        note = _UNIT_NOTE.search(self.sentence) if _MAY_NOTE_A_UNIT.search(self.sentence) else None
        if note and note.group("eok_pair"):
            self.assembler.noted_unit = "eok_pct"
        elif note:
            unit = "eok" if note.group("eok") or note.group("eok_en") else None
            unit = unit or (
                "mil" if note.group("mil") or note.group("mil_en") else ("bil" if note.group("bil") else None)
            )
            self.assembler.noted_unit = unit and (f"{unit}_pct" if "%" in note.group(0) else unit)
        declared = declared_unit(self.sentence)
        wrapped = self.sentence.rstrip().endswith((",", "/"))  # "… 507(27.5↑) /" goes on on the next line
        if declared and (not self.sentence[declared[1] :].strip() or wrapped):
            self.assembler.carried_unit = declared[0]
        elif not (self.assembler.carried_unit and wrapped):
            self.assembler.carried_unit = None
        if declared:
            self.assembler.row_unit = self.assembler.carried_unit
        elif not _bare_row(self.sentence):
            self.assembler.row_unit = None  # (the rows under a declaration go on while each is a month's bare row)

    def _aside_after_the_topic(self, mention: Mention) -> bool:
        """After a topic-marked subject, a Korean name whose clause ends in a connector before the next figure
        names a cause or an example (`korean_aside`), unless it gives its own figures or is a new clause's topic."""
        state, sentence = self.state, self.sentence
        return (
            (0 <= state.topic_end <= mention.start or self._in_focus_before(mention))
            and (
                not state.frame.dirty
                or self._figures_only_in_the_topic()
                or self._topic_goes_on_past_a_contrast(mention)
            )
            and korean_aside(sentence, mention, self._next_figure_at(mention.end))
            and not _OWN_FIGURE_CLAUSE.match(sentence, mention.end)  # (an aside that gives the name figures)
            and not _A_TOPIC_OF_ITS_OWN.match(sentence, mention.end)  # "…늘었고, 유럽연합(EU)은 재정위기 속에서도 …"
        )

    def _whole_broken_down(self, mention: Mention) -> tuple[str, str, str] | None:
        """'디스플레이 수출은 …, 이 중 베트남행이 …', '대만으로부터의 수입은 …. 이 가운데 반도체가 …': the subject a
        name right after "이 중" is a part of (this sentence's, else the last sentence's)."""
        if not self._names_a_part or not _PART_OF.search(self.sentence, max(0, mention.start - 8), mention.start):
            return None
        frame = self.state.frame
        if self.state.named_any:
            return frame.subject
        return self.para.last_frame

    def _open_a_new_clause(self, mention: Mention) -> None:
        """A flow after a Korean clause break, or "ICT" after an ellipsis, starts a subject of its own."""
        state, frame, kind, sentence = self.state, self.state.frame, mention.kind, self.sentence
        if (
            self.ko
            and kind.startswith("flow:")
            and state.last_subject_end >= 0
            and _CLAUSE_BREAK.search(sentence, state.last_subject_end, mention.start)
            and not frame.dirty
            and not self._market_of_the_headline(mention)
            and not self._topic_past_its_causes(mention)
            and not self._cleft_focus_before(mention)
        ):
            frame.item, frame.region = "ict", "world"  # a new clause with its own subject ("부진…1분기 흑자")
        if (
            kind == "item:ict"
            and state.last_region_end >= 0
            and _ELLIPSIS.search(sentence, state.last_region_end, mention.start)
        ):
            frame.region = "world"  # "日 수출규제 한 달…7월 ICT 수출 22.7% 급감": the partner was another clause's
        if frame.flow != "export" and kind.startswith("item:") and self._flow_before_an_ellipsis(mention):
            frame.flow = "export"  # "무역흑자 71억달러…반도체 12% 증가": the item's clause names no flow: exports
        if frame.flow == "balance" and frame.dirty and kind.startswith("item:") and self._last_flow_is_balance(mention):
            frame.flow = "export"  # "… a surplus of $7.16 billion, and displays fell 4.2%": the balance had its figure

    def _cleft_focus_before(self, mention: Mention) -> bool:
        """'수출 회복을 이끈 것은 디스플레이 패널로, 수출액이 …': the name a cleft sentence puts in focus is the
        subject of the flow right after it."""
        state, sentence = self.state, self.sentence
        return (
            "은 " in sentence[: state.last_subject_end]
            and _CLEFT_FOCUS_CLOSES.fullmatch(sentence, state.last_subject_end, mention.start) is not None
            and _CLEFT_OPENS.search(sentence, max(0, state.last_subject_end - 40), state.last_subject_end) is not None
        )

    def _topic_past_its_causes(self, mention: Mention) -> bool:
        """'휴대폰은 공장 이전, 현지 생산 확대로 수출이 줄었다', '휴대폰은 부분품 감소가 이어진 결과, 수출액이':
        a flow right after causes that close in (으)로 or another reason's ending is still the 은/는-marked topic's,
        before any figure; the comma only parts the causes."""
        state = self.state
        if state.topic_subject != (state.frame.item, state.frame.region) or state.first_number_at is not None:
            return False
        before = self.sentence[: mention.start].rstrip().rstrip(",").rstrip()
        return 0 <= state.topic_end <= mention.start and (
            before.endswith("로") or _ENDS_A_CAUSE.search(before) is not None
        )

    def _market_of_the_headline(self, mention: Mention) -> bool:
        """'韓 ICT, 멕시코서 순항…9월 수출 9% 늘어': a headline's partner named as where the trade does well or badly,
        with no figure of its own, is the market of the bare flow after the ellipsis."""
        state = self.state
        if state.last_region_end < 0 or state.last_number is not None or not self._in_headline():
            return False
        return bool(_MARKET_AT.match(self.sentence, state.last_region_end)) and bool(
            _ELLIPSIS.search(self.sentence, state.last_region_end, mention.start)
        )

    def _last_flow_is_balance(self, mention: Mention) -> bool:
        """Is the last flow word before `mention` a balance ("surplus", "무역수지")?"""
        if _OF_THE_BALANCE.search(self.sentence, max(0, mention.start - 6), mention.start):
            return False  # "a surplus of $3.61 billion in ICT goods with China": what the balance is in
        flows = [m.kind for m in self.mentions if m.kind.startswith("flow:") and m.end <= mention.start]
        return bool(flows) and flows[-1] == "flow:balance"

    def _new_clause_of_the_whole(self, index: int) -> bool:
        """'미국 수출 20% 늘어…1~9월 누적 1288억달러': a clause after an ellipsis that opens with a period of its own
        and gives a figure with no name is the whole's, not the partner's or item the clause before was about."""
        frame, last = self.state.frame, self.state.last_number
        if frame.item == "ict" and frame.region == "world":
            return False
        if "…" not in self.sentence and "..." not in self.sentence:
            return False
        mention = self.mentions[index]
        if self.doc.report_period is None and (last is not None or not self._drivers_listed(mention)):
            return False  # a partner's own story ("ICT 대베트남 수출 N달러…1~7월 누적 5.3%↑") goes on with it
        end = max(self.state.last_subject_end, last.end if last is not None else -1)
        if end < 0 or not _ELLIPSIS_ENDS.search(self.sentence, end, mention.start):
            return False
        following = next((m for m in self.mentions[index + 1 :] if not self._no_subject_of_the_clause(m)), None)
        return following is not None and following.kind in ("money", "pct")

    def _no_subject_of_the_clause(self, mention: Mention) -> bool:
        """A period; or an item named for its price and the direction of that price ("12월은 메모리 가격 하락에 10.6%
        감소"): a cause, no subject."""
        if mention.kind == "period":
            return True
        if mention.kind.startswith("item:"):
            return self.sentence.startswith(("가격", " 가격"), mention.end)
        return mention.kind in ("up", "down") and self.sentence.startswith(("가격", " 가격"), max(0, mention.start - 3))

    def _drivers_listed(self, mention: Mention) -> bool:
        """Items listed without a flow or figure of their own before the clause of `mention` are the drivers the
        headline credits: "반도체·휴대폰 쌍끌이…1분기 425억달러" is the total's."""
        before = [m for m in self.mentions if m.end <= mention.start and m.kind.startswith(("item:", "flow:"))]
        items = [m for m in before if m.kind.startswith("item:") and m.kind != "item:ict"]
        return len(items) >= 2 and before[-1] is items[-1] and self.state.frame.region == "world"

    def _flow_before_an_ellipsis(self, mention: Mention) -> bool:
        """Was the last flow word named before an ellipsis that comes before `mention`?"""
        flows = [m.end for m in self.mentions if m.kind.startswith("flow:") and m.end <= mention.start]
        return bool(flows) and _ELLIPSIS.search(self.sentence, flows[-1], mention.start) is not None

    def _name(self, mention: Mention) -> None:
        state, kind, sentence = self.state, mention.kind, self.sentence
        if kind.startswith("region:") and self._no_partner_of_the_figures(mention):
            return
        if kind.startswith("ctxitem:") and _OTHER_WHOLE.search(sentence, max(0, mention.start - 12), mention.start):
            return  # "자동차 부품", "auto parts": the parts of a whole the lexicon does not know
        if self._includes and self._included(mention):
            return  # "디지털TV(LCD TV 포함)", "Mobile phones (incl. parts)": what the name before includes
        if kind.startswith("item:") and "ers" in sentence and _MAKERS.match(sentence, mention.end):
            return  # "the country's chipmakers and display makers": the companies, not the goods
        if self._only_a_cause(mention):
            return  # "due to chips": a cause; "due to chips (up 6.8% to $2.1 billion)": a breakdown
        if self._moved_by_an_item(mention):
            return  # causes, backgrounds and the totals items drove ("…, lifting October's ICT exports")
        if (kind == "item:ict" or kind.startswith("flow:")) and self._only_describes(mention):
            return  # "… ICT 수출 전체의 58%를 차지했고, … 28.6% 증가했다", "Semiconductors (largest ICT item): $X"
        frame = state.frame
        if state.deferred and self._closes_deferred(mention):
            if not frame.dirty and not state.named_any:
                self._inherit_context_subject()  # "휴대폰은 선방했다. 11억달러로 3% 늘었는데, 부분품이 …"
            self._flush_deferred()  # "지난달에는 139억 달러, 수입은 74억 달러로": the first clause's figure is its own
        if self.ko and self._aside_after_the_topic(mention):
            return
        self._open_a_new_clause(mention)
        if kind == "region:_same":
            if (partner := self._partner_of_a_reference(mention)) is None:
                return
            kind = f"region:{partner}"
        whole, flow_before = self._whole_broken_down(mention), frame.flow
        changed = apply_name(
            kind, mention, frame, sentence, self.doc, state.seen_import, state.last_region_end, state.last_number
        )
        if changed is None:
            return
        if whole is not None and changed.startswith(("item:", "ctxitem:", "region:")):
            _keep_the_whole(frame, changed, whole)  # (not "이중 수입은": a flow is no part)
        if self.ko and changed.startswith("flow:"):
            self._keep_the_marked_partner()
            self._flush_what_the_flow_traded(mention, flow_before)
        state.seen_import = state.seen_import or changed == "flow:import"
        state.named_only_flows = changed.startswith("flow:") and (state.named_only_flows or not state.named_any)
        state.named_subject = state.named_any = True
        if changed.startswith(("item", "region")):
            state.last_subject_end = mention.end
        if changed.startswith("region:") and self._breaks_down_the_partner(mention):
            self._open_the_partners_breakdown(changed.split(":", 1)[1])
        marked = self._topic_marker(mention) if self.ko else None
        if marked:
            state.topic_end = marked.end()  # "컴퓨터·주변기기 수출은": the main clause's subject
            state.topic_subject = (state.frame.item, state.frame.region)
        self._note_own_figures(mention, marked is not None)
        if changed.startswith("region"):
            state.last_region_end = mention.end
            self.doc.last_bloc = changed[7:] if changed[7:] in BLOCS else self.doc.last_bloc

    def _no_partner_of_the_figures(self, mention: Mention) -> bool:
        """A place named where the story was filed ("HONG KONG — …"), as the trader ("Taiwan's chip exports": its
        clause is muted), or paired with the whole ("both overall and to the United States")."""
        if mention.start < 30 and self._in_dateline(mention):
            return True
        if not self.ko and _ITS_POLICY.match(self.sentence, mention.end):
            return True  # "ahead of expected U.S. levies": the place's policy, not a partner traded with
        if mention.kind != "region:_same" and OWN_TRADE.match(self.sentence, mention.end):
            self._mute_own_trade(mention)
            return True
        return self._paired_with_the_whole(mention)

    def _paired_with_the_whole(self, mention: Mention) -> bool:
        """Is the partner named in a pair with the whole ("both overall and to the U.S.", "to the U.S. and
        overall")? The sentence tells where the trade grew, not whose the figures are."""
        sentence = self.sentence
        if "overall" not in sentence and "in total" not in sentence:
            return False
        return bool(
            _WHOLE_AND.search(sentence, max(0, mention.start - 30), mention.start)
            or _AND_WHOLE.match(sentence, mention.end)
        )

    def _partner_of_a_reference(self, mention: Mention) -> str | None:
        """The partner "the country" refers to; when none is known and it is traded with ("chip imports from the
        island …"), its clause is muted: the figure is some partner's, not the world's."""
        partner = self._partner_referred_to(mention)
        if partner is None and _UNKNOWN_PARTNER.fullmatch(mention.text) and self._trades_with(mention):
            self._mute_clause(mention.start, mention.end)
        return partner

    def _trades_with(self, mention: Mention) -> bool:
        """Is `mention` the partner a flow goes to or comes from ("exports to the country", "해당 국가로의 수출")?"""
        if self.ko:
            return _TRADED_WITH_AFTER.match(self.sentence, mention.end) is not None
        return _TRADED_WITH_BEFORE.search(self.sentence, max(0, mention.start - 6), mention.start) is not None

    def _figures_only_in_the_topic(self) -> bool:
        """'반도체 수출(112.3억 달러)은 … 메모리와 시스템 반도체가 함께 늘어 34.3% 증가': the figures so far stand in
        the topic's own parentheses; its predicate, and the causes before it, are still to come."""
        last = self.state.last_number
        return last is not None and last.end <= self.state.topic_end

    def _topic_goes_on_past_a_contrast(self, mention: Mention) -> bool:
        """'휴대폰 수출은 상반기 9.1% 늘었으나, 6월에는 부품 수출이 부진해 6.2% 줄었다': after a contrast, the marked
        topic is still the subject of the clause whose cause the next noun names."""
        last = self.state.last_number
        if last is None or last.end > mention.start or _TOPIC_PARTICLE.match(self.sentence, mention.end):
            return False  # (not "…부진했지만 휴대폰은 신제품 효과로": a topic of its own)
        between = self.sentence[last.end : mention.start]
        return ("지만" in between or "으나" in between) and _KO_CONTRAST_GOES_ON.search(between) is not None

    def _only_a_cause(self, mention: Mention) -> bool:
        """Is the name inside an aside, and only a cause there ("due to chips")? One with its own figures ("led by
        chips ($5.0 billion, up 7.0 percent)") is their subject, until the aside ends (`_back_to_the_topic`)."""
        state = self.state
        if not state.in_aside(mention.start):
            state.before_aside = None  # ("…, led by memory (…); system chips were …": a subject of its own)
            return False
        if not _OWN_FIGURES.match(self.sentence, mention.end):
            if not _MADE_FOR.search(self.sentence, max(0, mention.start - 30), mention.start):
                state.last_aside_name = mention  # (not "OLED panels for foldable phones, which …": the panels')
            return True
        if not self.ko and state.before_aside is None:
            state.before_aside = (state.frame.item, state.frame.region)
        return False

    def _open_the_partners_breakdown(self, partner: str) -> None:
        """'Of the exports to China, chips …, while phones …': the items after it are the partner's (another
        partner's total measures none of them)."""
        if self.para.partner != partner:
            self.para.partner_total = None
        self.para.partner = partner

    def _note_own_figures(self, mention: Mention, marked: bool) -> None:
        """Does a Korean name come with figures of its own ("메모리(-33.7%)와", "메모리가 12.4% 늘어난 덕분에"), after
        which a figure is the marked subject's again (`_back_to_the_topic`)?"""
        state, sentence = self.state, self.sentence
        if mention.start < state.own_figures_end:
            return  # a name inside that clause ("LCD 패널이 TV 신제품 효과로 …"): the clause's cause
        clause = _OWN_FIGURE_CLAUSE.match(sentence, mention.end) if self.ko and not marked else None
        state.own_figures_end = clause.end() if clause else 0
        state.own_figures_named = (
            self.ko
            and not marked
            and (clause is not None or bool(_LISTED_WITH_OWN_FIGURES.match(sentence, mention.end)))
        )

    def _back_to_the_topic(self, mention: Mention) -> None:
        """'반도체 수출은 메모리(-33.7%)와 시스템(-0.9%) 모두 줄어 93억달러에 그쳤다': after names given with their own
        figures in parentheses, a figure outside them is the marked subject's again."""
        state = self.state
        if self.sentence.count("(", 0, mention.start) != self.sentence.count(")", 0, mention.start):
            return  # (inside the brackets: the named item's own figures)
        if mention.start < state.own_figures_end:
            return  # (inside the clause of cause: "메모리가 12.4% 늘어난 덕분에")
        if state.own_figures_named and state.topic_subject is not None:
            state.frame.item, state.frame.region = state.topic_subject
            state.own_figures_named = False
        elif state.before_aside is not None and mention.start >= state.subordinate_until:
            state.frame.item, state.frame.region = state.before_aside  # "Imports, led by chips (…), rose 4.0% to …"
            state.before_aside = None

    def _change_of_a_won_level(self, index: int) -> bool:
        """'slipped 2.1% to 86,600 won': a change to a bare number of won is a share price's (writers who
        mean dollars by 'won' still give a scale: '5.9 billion won')."""
        mention = self.mentions[index]
        if mention.kind != "pct" or index + 1 >= len(self.mentions):
            return False
        following = self.mentions[index + 1]
        return (
            following.kind == "won"
            and not _WON_SCALE.search(following.text)
            and bool(_TO_A_LEVEL.fullmatch(self.sentence, mention.end, following.start))
        )

    def _not_a_figure(self, index: int, mention: Mention) -> bool:
        """A forecast, a noise clause's figure, a won level's change, a gap between two amounts."""
        return (
            (mention.start >= self.forecast_from and not self._counted_before_the_forecast(index))
            or self.state.in_noise(mention.start)
            or self._change_of_a_won_level(index)
            or self._difference_before_a_level(index)
        )

    def _counted_before_the_forecast(self, index: int) -> bool:
        """'… is likely to fall short of last year's record of US$173.8 billion': a forecast an English modal opens
        compares with an amount its sentence dates to a period already over; that amount was counted. So does any
        forecast when the amount carries its own past marker ("are expected to surpass last year's record of $X",
        "compared with $X in 2008", "지난해 기록한 X를 넘어설 것으로 전망된다"): its period is that marker's."""
        mention = self.mentions[index]
        reference = self.doc.reference_period
        if mention.kind != "money" or reference is None:
            return False
        owned = self._past_of_its_own(mention)
        if owned is None and not self.modal_forecast:
            return False  # (a sentence `FORECAST` matches states no other figures at all)
        period, stated = (owned, True) if owned is not None else self._period_of(index)
        if not stated or period is None or period.end >= reference.start:
            return False
        if owned is not None:
            self.series[index] = owned  # (the period the figure is read with)
        return True

    def _past_of_its_own(self, mention: Mention) -> Period | None:
        """The year an amount a forecast compares with is marked with by its own words (`own_past_year`)."""
        last_year = self.doc.published.year - 1 if self.doc.published is not None else None
        year = own_past_year(self.sentence, mention.start, mention.end, self.ko, last_year)
        return Period((year, 1), (year, 12)) if year is not None else None

    def _difference_before_a_level(self, index: int) -> bool:
        """'속보치보다 8000만달러 적은 23억5000만달러': an amount that says how far apart two figures are."""
        mention = self.mentions[index]
        if mention.kind != "money" or index + 1 >= len(self.mentions):
            return False
        following = next((m for m in self.mentions[index + 1 :] if m.kind not in ("up", "down")), None)
        return (
            following is not None
            and following.kind == "money"
            and bool(_APART_BY.fullmatch(self.sentence, mention.end, following.start))
        )

    def _number(self, index: int, mention: Mention) -> None:
        state, sentence = self.state, self.sentence
        if state.first_number_at is None:
            state.first_number_at = mention.start
        if self._not_a_figure(index, mention):
            state.last_number = mention
            return
        period, stated = self._period_of(index)
        # "3억2000만달러 적자를 봤다": the word after the amount names the balance, and its sign
        balance_after = mention.kind == "money" and _BALANCE_AFTER.match(sentence, mention.end) is not None
        flow = "balance" if balance_after else state.frame.flow
        field_name, value, approximate, sign_unstated = read_number_and_sign(
            sentence, self.mentions, index, flow, self.doc.lang, state.last_pct, state.last_sign, self.words
        )
        previous, state.last_number = state.last_number, mention
        if mention.kind == "pct":
            state.last_pct = mention
        if field_name is None or period is None or (approximate and self._recalled_bound(index, field_name, period)):
            if mention.kind == "money" and state.named_subject:
                self._bound_ends_the_clause()
            return
        if field_name == "yoy_pct":
            state.last_sign = -1 if value < 0 else 1
            period = period if stated else self._span_the_change_completes(period)
        if field_name == "prior_usd":
            field_name, period = self._base_dated_years_back(index, period, stated)
        elif field_name == "yoy_pct" and self._gap_to_an_older_base(mention, period, stated):
            return  # "2년 전인 2014년 6월(142억달러)과 비교하면 6.3% 많다": no change on a year earlier
        if self.ko and self._record_for_modified_noun(index, field_name, value, period):
            return
        if (
            self.ko
            and not state.named_subject
            and not state.frame.dirty
            and (previous is None or state.deferred)
            and index not in state.listed
        ):
            state.deferred.append((index, period, stated))
            return
        subject_stated = self._settle_subject(index, field_name, period, balance_after)
        if state.own_figures_named or state.before_aside is not None:
            self._back_to_the_topic(mention)
        self._apply_partner_scope(index, listed=index in state.listed)
        if state.deferred:
            self._flush_deferred()
        frame = state.frame
        key = (period.label, frame.flow, frame.item, frame.region)
        evidence = Evidence.of(subject_stated, stated)
        if not stated and self._in_headline() and self.para.topic_period is None:
            # a headline figure without a period waits for the body to say which period it is about
            self.assembler.headline.append((state.frame.subject, field_name, value, mention.text, self.original))
            state.frame.dirty = True
            return
        kept = self.assembler.book.record(key, field_name, value, mention.text, self.original, approximate, evidence)
        state.note_recorded()
        if kept and field_name == "yoy_pct" and sign_unstated and not self._marks_its_falls:
            self.assembler.unsigned.append(key)
        self._note_bound(period, stated, field_name == "value_usd")
        state.frame.dirty = True
        state.named_subject = False

    def _span_the_change_completes(self, period: Period) -> Period:
        """A change with no period of its own after a sentence that gave a span's amount only, when the report's
        month of that subject already has its change, is the span's change, not a second one for the month ("1~9월
        누적 ICT 수출은 1,295억달러. ICT는 … 0.2% 증가했다"): the span, else the period carried."""
        last, frame = self.doc.last_period, self.doc.last_subject
        if last is None or last == period or last.is_month or frame is None or self.resolved:
            return period
        if _A_MONTHS_CHANGE.search(self.sentence) or (self.state.named_any and self.state.frame.subject != frame):
            return period  # "전년 동월 대비 30.5% 증가": the month's; "Display exports slipped 2.0%": another's
        book = self.assembler.book
        span, month = book.get((last.label, *frame)), book.get((period.label, *frame))
        if span is None or "yoy_pct" in span.values or month is None or "yoy_pct" not in month.values:
            return period
        return last

    def _bound_ends_the_clause(self) -> None:
        """'반도체 1000억 달러 첫 돌파, 인도 수출 …': a bound ends its subject's clause; the subjectless figures before
        it, when only a flow was named ("태블릿이 효자다. 7억달러로 수출액 5억달러를 넘었다"), are the context's."""
        state = self.state
        if state.deferred and state.named_only_flows and not state.frame.dirty:
            self._inherit_context_subject()
            self._flush_deferred()
        state.frame.dirty = True

    def _note_bound(self, period: Period, stated: bool, amount: bool = False) -> None:
        """A figure was recorded for this period: the sentence's topic, maybe the report's own period."""
        frame = self.state.frame
        if not stated and frame.subject == ("export", "ict", "world") and period == self.doc.default_period:
            self.doc.default_total_read = True
        if stated and frame.item == "ict" and not self._only_in_brackets(period):
            if frame.region == "world":
                self.doc.note_headline(period, in_lead=self._in_lead())
            else:
                self.doc.note_partner_total(period, in_lead=self._in_lead())
        elif stated and frame.region == "world" and frame.flow == "export" and not self._only_in_brackets(period):
            # an item story ("Korea's chip exports rose 50.3% … in the second quarter"): its period stands for the
            # report's, as a partner story's does, until an ICT total names one
            self.doc.note_partner_total(period, in_lead=self._in_lead())
        self.state.bound.append(period)
        if recent(self.doc, period) or (stated and amount and self._side_span(period)):
            self.doc.last_period = period  # a historical figure is no "same period" for the next sentence
            self.doc.last_subject = self.state.frame.subject
            if period.is_month:
                self.doc.last_month = period.start  # nor is its month "같은 달"

    def _side_span(self, period: Period) -> bool:
        """The first half named with its amount in a July report, the year in a February one: a span the story turns
        to, which "같은 기간", "over the same period" in the next sentence refer back to (a month before, or a span's
        change named only to compare, "2분기(△27.1%)에 비하면", is no such turn)."""
        reference = self.doc.reference_period
        return (
            reference is not None
            and not period.is_month
            and period.end[0] == reference.end[0] - (reference.end[1] <= 2)
            and period.end < reference.end
        )

    def _in_headline(self) -> bool:
        """The title, or a short subtitle line right under it."""
        return self.doc.paragraphs_read <= 1 or (self.doc.paragraphs_read == 2 and len(self.original) < 60)

    def _in_lead(self) -> bool:
        """Body prose, not the title, a subtitle or a bullet ("-6월 수출 165억달러, 6월 기준 최대", "□ 9월 ICT
        수출은 …")."""
        stripped = self.original.strip()
        return (
            self.doc.paragraphs_read > 1
            and stripped[:1] not in LINE_BULLET_MARKS
            and reads_as_lead(stripped)
            # "June shipments jump 30.4% to $19.9 billion, 13th straight monthly gain": a deck has no full stop
            and not (self.doc.paragraphs_read <= 3 and stripped[-1:].isascii() and stripped[-1:].isalnum())
        )

    def _record_for_modified_noun(self, index: int, field_name: str, value: float, period: Period) -> bool:
        """'41.2% 늘어난 OLED 덕분에', 'OLED 호조(↑28.4%)로': a figure in a clause that modifies a cause's noun, or in
        the brackets of a cause's noun, is that noun's."""
        mention = self.mentions[index]
        noun = self._noun_of_a_bracketed_cause(index) or self._modified_noun(index)
        if noun is None:
            return False
        dimension, code = noun.kind.split(":", 1)
        frame = Frame(
            flow=self.state.frame.flow,
            item=code if dimension == "item" else self.state.frame.item,
            region=code if dimension == "region" else self.state.frame.region,
        )
        self.assembler.book.record(
            (period.label, *frame.subject), field_name, value, mention.text, self.original, False, Evidence.STATED
        )
        return True

    def _modified_noun(self, index: int) -> Mention | None:
        """The cause's, or the object's, noun that the clause of the figure at `index` modifies, if any ("60.2%
        증가한 996억 달러어치를 수출한 반도체를 비롯해": the amount's and the change's)."""
        mention = self.mentions[index]
        modifier = _KO_MODIFIES.match(self.sentence, mention.end) or _KO_TRADED_AMOUNT.match(self.sentence, mention.end)
        if modifier is None:
            return self._noun_of_the_change_after(index)
        noun = next((m for m in self.mentions[index + 1 :] if m.start >= modifier.end()), None)
        if noun is not None and noun.kind == "money" and noun.start == modifier.end():
            traded = _KO_TRADED_AMOUNT.match(self.sentence, noun.end)  # (the change of the amount that follows it)
            if traded is None:
                return None
            noun, modifier = next((m for m in self.mentions if m.start >= traded.end()), None), traded
        if (noun is None or noun.start != modifier.end()) and (referred := self._item_referred_to(modifier.end())):
            return referred  # "전년비 28.6% 늘어난 이 품목은": the item the last sentence named
        if noun is not None and noun.start != modifier.end():
            noun = self._named_last(modifier.end(), noun) or noun
        if (
            noun is None
            or noun.start != modifier.end()
            or not noun.kind.startswith(("item:", "region:"))
            or not (
                modifier.re is _KO_TRADED_AMOUNT  # (the amount the noun traded is the noun's, whatever follows)
                or _KO_CAUSE_NEXT.match(self.sentence, noun.end)
                or _KO_OBJECT_NEXT.match(self.sentence, noun.end)
                or self._own_flow_before(mention)
                or _KO_PLACEHOLDER.match(self.sentence, modifier.end())
            )
        ):
            return None
        return noun

    def _topic_marker(self, mention: Mention) -> re.Match[str] | None:
        """What marks the name as the main clause's topic: a particle ("컴퓨터·주변기기 수출은"), or the colon of a line
        it labels ("- 메모리 반도체: HBM 주문이 폭주하면서 … 79억6천만 달러")."""
        marked = _TOPIC_PARTICLE.match(self.sentence, mention.end)
        if marked is None and mention.start < 6 and _LINE_LABEL_BEFORE.fullmatch(self.sentence, 0, mention.start):
            marked = _LABEL_COLON.match(self.sentence, mention.end)
        if marked is None and not any(m.kind.startswith(_NAMES) and m.end <= mention.start for m in self.mentions):
            marked = _FIRST_SUBJECT.match(self.sentence, mention.end)  # "메모리가 HBM과 DDR5 판매 확대로 11.9% 증가한"
        return marked

    def _flush_what_the_flow_traded(self, mention: Mention, flow_before: str) -> None:
        """'124억달러어치를 들여온 수입을 빼면 무역수지는 …': the amount right before another flow's verb is that
        flow's (one of the flow already in force waits for its subject: "507억 달러어치를 수출해 …")."""
        if (
            self.state.deferred
            and self.state.frame.flow != flow_before
            and _TRADED_BY.fullmatch(self.sentence, self.mentions[self.state.deferred[-1][0]].end, mention.start)
        ):
            self._flush_deferred()

    def _item_referred_to(self, at: int) -> Mention | None:
        """'이 품목은', '해당 품목의' at `at`, as the mention of the item the last sentence named last."""
        reference = _KO_THAT_ITEM_AT.match(self.sentence, at)
        if reference is None or not self.para.last_item_names:
            return None
        code, text = self.para.last_item_names[-1]
        return Mention(f"item:{code}", at, reference.end(), None, text)

    def _in_focus_before(self, mention: Mention) -> bool:
        """'감소 폭이 가장 큰 품목은 컴퓨터·주변기기였다. 보조기억장치 수출이 줄면서 5억9000만 달러, 66.7% 감소':
        with no topic of its own, the sentence goes on with the item the figureless sentence before put in focus,
        and an item named in its reason's clause is that clause's."""
        focus = self.para.figureless_subject
        if self.state.topic_end >= 0 or focus is None or focus[0] == "ict" or not mention.kind.startswith("item:"):
            return False
        # (not "컴퓨터는 SSD 수요 확대로", "반도체 수출, 메모리 가격 회복으로": a topic, a headline's subject)
        return _TOPIC_PARTICLE.match(self.sentence, mention.end) is None and not _NAME_THEN_COMMA.match(
            self.sentence, mention.end
        )

    def _only_describes(self, mention: Mention) -> bool:
        """The ICT word or a flow names the whole of a share, or an ICT word describes the name before it: still
        the subject before's figures."""
        if self._whole_of_a_share(mention):
            return True
        return mention.kind == "item:ict" and "(" in self.sentence and self._describes_the_name_before(mention)

    def _describes_the_name_before(self, mention: Mention) -> bool:
        """Is the ICT word inside figureless brackets right after another name ("Semiconductors (over half of ICT
        exports)", "반도체(ICT 최대 품목)")?"""
        opened = self.sentence.rfind("(", 0, mention.start)
        if opened < 0 or ")" in self.sentence[opened : mention.start]:
            return False
        closed = self.sentence.find(")", mention.end)
        if closed < 0 or any(c.isdigit() for c in self.sentence[opened:closed]):
            return False
        return any(
            m.end == opened or m.end + 1 == opened for m in self.mentions if m.kind.startswith(("item:", "region:"))
        )

    def _whole_of_a_share(self, mention: Mention) -> bool:
        """Is the name the whole a share is of ("ICT 수출 전체의 58%를 차지", "58 percent of total ICT exports", "$7.14
        billion of the exports")?"""
        if self.ko:
            return "%" in self.sentence and _KO_WHOLE_OF_A_SHARE.match(self.sentence, mention.end) is not None
        if "%" not in self.sentence and "cent" not in self.sentence and "illion of" not in self.sentence:
            return False  # (most English sentences: no share to be of)
        return _EN_SHARE_OF.search(self.sentence, max(0, mention.start - 40), mention.start) is not None

    def _named_last(self, at: int, noun: Mention) -> Mention | None:
        """The name a placeholder noun at `at` stands for, given last ('… 기록한 곳은 베트남이다'), as if it stood at
        `at` (the modified noun)."""
        placeholder = _KO_PLACEHOLDER.match(self.sentence, at)
        if placeholder is None or noun.start != placeholder.end() or not _KO_NAMED_LAST.match(self.sentence, noun.end):
            return None
        return noun._replace(start=at)

    def _noun_of_the_change_after(self, index: int) -> Mention | None:
        """'수출액이 293억 달러로 작년 대비 10.6% 늘어난 반도체에 이어': the amount goes with its change, and so with
        the noun that change's clause modifies."""
        mention = self.mentions[index]
        if mention.kind != "money":
            return None
        after = next((at for at in range(index + 1, len(self.mentions)) if self.mentions[at].kind == "pct"), None)
        if after is None or not _KO_VALUE_THEN_CHANGE.fullmatch(self.sentence, mention.end, self.mentions[after].start):
            return None
        return self._modified_noun(after)

    def _noun_of_a_bracketed_cause(self, index: int) -> Mention | None:
        """'디스플레이는 OLED 호조(↑28.4%)로 …': the item whose trend the cause names, when the figure stands alone
        in the cause's brackets."""
        mention, sentence = self.mentions[index], self.sentence
        if mention.kind != "pct" or index == 0 or not _BRACKET_CLOSES_A_CAUSE.match(sentence, mention.end):
            return None
        noun = self.mentions[index - 1]
        if not _CAUSE_BRACKET_OPENS.fullmatch(sentence, noun.end, mention.start):
            return None
        if noun.kind.startswith("ctxitem:"):  # "휴대폰은 부분품 호조(↑17.3%)로": the topic's parts
            parent, child = noun.kind[8:].split(">")
            return noun._replace(kind=f"item:{child}") if parent == self.state.frame.item else None
        return noun if noun.kind.startswith("item:") else None

    def _flush_deferred(self) -> None:
        frame = self.state.frame
        while self.state.deferred:
            index, period, stated = self.state.deferred.pop(0)
            field_name, value, approximate = read_number(
                self.sentence, self.mentions, index, frame.flow, self.doc.lang, None, 0, self.words
            )
            if field_name == "prior_usd":
                field_name, period = self._base_dated_years_back(index, period, stated)
            if field_name is not None:
                self._note_bound(period, stated, field_name == "value_usd")
                self.assembler.book.record(
                    (period.label, *frame.subject),
                    field_name,
                    value,
                    self.mentions[index].text,
                    self.sentence,
                    approximate,
                    Evidence.of(self.state.named_any, True),
                )

    def _finish(self) -> None:
        state, frame = self.state, self.state.frame
        if state.deferred:
            if not state.named_any and not frame.dirty and self._awaits_deferred():
                frame.flow, frame.item, frame.region = self.para.last_frame  # type: ignore[misc]
            elif not frame.dirty and (not state.named_any or state.named_only_flows):
                self._inherit_context_subject()
            self._flush_deferred()
        if state.first_number_at is None:
            self._note_named_month()
        if state.first_number_at is None and self.ko and _ONLY_A_REASON.search(self.sentence):
            return  # its names are causes: "이 가운데 OLED는 …" after it is still a part of the figure before
        if state.first_number_at is None and self.ko and self._item_moved_the_total(state.frame.item):
            self.para.last_frame = None  # "반도체 등이 수입 증가를 이끌었다. 수입액은 …": the total's, next
            self.para.figureless_subject = None
            return
        if state.named_any or state.bound:
            self.para.last_frame = self._frame_ended_on()
        self.para.last_item_names = tuple(
            (m.kind[5:], m.text) for m in self.mentions if m.kind.startswith("item:") and m.kind != "item:ict"
        )
        if state.named_any:
            last = self._subject_left_over()
            self.para.last_subject = last if last != ("ict", "world") else None
            recorded = state.recorded_subject
            both = recorded is not None and recorded[0] != "ict" and recorded[1] != "world"
            named_both = both and state.named_item and state.named_region and not _BREAKDOWN.search(self.sentence)
            # an item after its partner's total ("일본 수출은 … 절반 이상이 디스플레이(…)였다", "…, most of it
            # displays (…)") breaks that total down: the next partner named is that partner's total
            named_both = named_both and recorded is not None and state.partner_total != recorded[1]
            # so does one after the total of the partner the paragraph is about ("Exports to India rose … to $370
            # million. Handset parts sent to India jumped …. Latin America fell …": Latin America's total)
            named_both = named_both and recorded is not None and self.para.partner != recorded[1]
            self.para.item_and_partner = recorded if named_both else None
            self.para.item_and_partner_mark = bullet_mark(self.sentence) if named_both else ""
            if state.named_item and last == ("ict", "world"):
                self.para.previous_subject = None  # the paragraph has named the total: the last one's item is past
        figureless = explicit_subject = state.named_any and (frame.item != "ict" or frame.region != "world")
        figureless = figureless and state.first_number_at is None and not state.named_world  # (not "전체 수출과
        # 대미 수출이 증가세를 이어갔다": the whole and a partner, no one subject for the next sentence)
        self.para.figureless_subject = (frame.item, frame.region) if figureless and explicit_subject else None
        self.para.figureless_periods = self._named_periods() if figureless else ()

    def _item_moved_the_total(self, item: str) -> bool:
        """The figureless sentence's item is the subject of its reason's clause only ("… 디스플레이 수출이 늘며
        증가세 유지"): the trend it moved is the total's."""
        named = [m for m in self.mentions if m.kind == f"item:{item}"]
        return bool(named) and _KO_REASON_SUBJECT.match(self.sentence, named[-1].end) is not None

    def _frame_ended_on(self) -> tuple[str, str, str]:
        """The subject the next sentence's "이는 …" or "That was …" refers to: the last figure's. A sentence whose
        last figure is an item's and which then names the whole only without a figure of its own, in a rank or a
        threshold ("반도체는 507억달러로 전체 수출 1위에 올랐다", "chips hit $50bn, topping annual exports"),
        ends on the item."""
        frame, recorded = self.state.frame, self.state.recorded_subject
        if recorded is not None and recorded[0] != "ict" and (frame.item, frame.region) == ("ict", "world"):
            return (frame.flow, *recorded)
        return frame.subject

    def _note_named_month(self) -> None:
        """A sentence without figures that names one month ("The ministry also revised its July number.") is
        the month "that month" and "the same month" of the next sentence mean."""
        months = [r.period for r in self.resolved.values() if r.period is not None and not r.anchor]
        if len(months) == 1 and months[0].is_month:
            self.doc.last_month = months[0].start

    def _closes_deferred(self, mention: Mention) -> bool:
        """A clause break after the waiting figures, or a bracket they open that breaks them down by its own
        names and figures ("61억달러(수출 170억달러·수입 109억달러)"): the figures before are not the names'."""
        end = self.mentions[self.state.deferred[-1][0]].end
        if _CLAUSE_BREAK.search(self.sentence, end, mention.start):
            return True
        if "(" not in self.sentence[end : mention.start]:
            return False
        breakdown = _OWN_BREAKDOWN.match(self.sentence, end)
        return breakdown is not None and breakdown.end() == mention.end

    def _inherit_context_subject(self) -> None:
        """Figures with no subject of their own in the sentence take the context's."""
        inherited = self._context_subject() or self.para.last_subject
        if inherited is None and _OPENS_WITH_PERIOD.match(self.sentence):
            inherited = self.para.previous_subject
        if inherited is not None:
            self.state.frame.item, self.state.frame.region = inherited

    def _awaits_deferred(self) -> bool:
        index, period, _ = self.state.deferred[0]
        field_name, _, _ = read_number(
            self.sentence, self.mentions, index, self.para.flow, self.doc.lang, None, 0, self.words
        )
        return field_name is not None and self.assembler.awaits(field_name, period)
