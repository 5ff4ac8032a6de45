"""Is this page a report of ICT trade statistics? And which language is it in?"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from scraper.language import detect_language as detect_language  # moved there; re-exported
from scraper.parser.casefold import case_folded
from scraper.parser.forecasts import FORECAST, FORECAST_WORD, forecast_throughout
from scraper.parser.locales import PLACE
from scraper.parser.prefilter import folded_twin, guarded, guarded_ignoring_case
from scraper.parser.sentences import photo_caption, split_paragraphs, split_sentences

_ICT_WORD = (
    r"(?:(?<![A-Za-z])ICT(?![A-Za-z])|(?<![A-Za-z])(?-i:IT)(?![A-Za-z])(?![-\s]related)|information\s(?:and\s)?communications?"
    r"\stechnolog|information\stechnology|정보통신|정보기술|digital\selectronics)"
)
_TRADE_WORD = r"(?:export|import|shipment|outbound|수출|수입|무역)"
# next to an ICT word, trade is also "shipped", "sold … abroad", "left the country" and "brought in": "Korea shipped
# $14.3 billion worth of ICT products", "sold $15.6 billion worth of ICT goods abroad", "ICT goods worth $15.9
# billion left the country"
_TRADE_NEAR_ICT = (
    r"(?:export|import|shipment|shipped|outbound|abroad|overseas|left\sthe\scountry|brought\sin|수출|수입|무역)"
)
_NEAR = r"(?:[^.\n]|\.\d)"  # within one sentence; a decimal point does not end it
_ICT_TRADE_UNGUARDED = re.compile(
    rf"{_ICT_WORD}{_NEAR}{{0,60}}?{_TRADE_NEAR_ICT}|{_TRADE_NEAR_ICT}{_NEAR}{{0,40}}?{_ICT_WORD}"
    rf"|{_ICT_WORD}\strade\b",
    re.I,
)  # "February ICT trade in brief"
# the same behind its first characters: case-blind, `re` would try it at every position of the whole text
ICT_TRADE = guarded_ignoring_case(_ICT_TRADE_UNGUARDED)


_ICT_WORD_AT = re.compile(_ICT_WORD, re.I)


# "IT 생산액", "ICT production": a story about output may name exports once in passing
_ICT_OUTPUT = re.compile(rf"{_ICT_WORD}\s?(?:산업\s?)?(?:생산|production|output)", re.I)
_TRADE_WORD_ALONE = re.compile(_TRADE_WORD, re.I)
_TRADE_WORD_FOLDED = folded_twin(_TRADE_WORD_ALONE)


@lru_cache(maxsize=2)
def _folded(text: str) -> str:
    """`case_folded`, once for the few tests of one text that read it folded."""
    return case_folded(text)


def _names_trade_thrice(text: str) -> bool:
    """Three trade words or more? Counted on the folded text and only up to three: a report names trade
    early and often, so the count stops near the top instead of searching the whole text case-blind."""
    return len(list(islice(_TRADE_WORD_FOLDED.finditer(_folded(text)), 3))) == 3


# "4/14 3월 ICT 수출입 동향 발표 예정", "Korea's July ICT export figures are due Wednesday": a release still to come;
# so is the ICT release a total-trade release points to ("The ministry will publish ICT trade data next week",
# "ICT 수출입 동향은 별도로 발표할 예정이다")
_UPCOMING = re.compile(
    r"(?:발표|공개|발표될|공개될|나올|발표할|공개할)\s?예정|\b(?:is|are)\s(?:due|scheduled)\b"
    r"|\bwill\s(?:be\s(?:released|published|out)|release|publish|announce)\b"
    r"|\bdue\s(?:out\s)?(?:on\s)?(?:next|this|[A-Z][a-z]+day)\b"
    # data awaited: "Won weakens ahead of ICT export data", "investors awaited ICT export figures", "지표 발표를 앞두고"
    r"|\bahead\sof\b|\bawait(?:ed|ing|s)?\b|앞두고|앞둔",
    re.I,
)
_UPCOMING = guarded_ignoring_case(_UPCOMING)  # (`re` tried it at every position)
_SENTENCE_END = re.compile(r"\n|\.(?!\d)")
# a release told in the present as another office's, apart from this one: "ICT 수출입 동향은 … 따로 발표한다",
# "별도로 공개된다", "ICT trade figures are released separately"
_SEPARATE_RELEASE = re.compile(
    r"(?:따로|별도로?)\s?(?:\S+\s)?(?:발표|공개|집계)(?:한다|된다|하며|되며|할\s|될\s|하기로)"
    r"|\b(?:released|published|announced|issued|releases|publishes|announces)\s(?:[^.\n]{0,40}\s)?separately\b",
    re.I,
)


def _announces_elsewhere(sentence: str) -> bool:
    if "따로" not in sentence and "별도" not in sentence and "separately" not in case_folded(sentence):
        return False  # (nearly every sentence)
    return _SEPARATE_RELEASE.search(sentence) is not None


# ICT as the label of a group of items, one of which is then named: "Among other IT items, computer exports …",
# "IT items such as displays", "IT 품목 가운데 컴퓨터 수출은", "IT 품목은 엇갈렸다": an all-industry story's item
# lines, not ICT trade
_GROUP_BEFORE = re.compile(r"\b(?:among|other)\s(?:(?:other|major|key)\s)?$", re.I)
_GROUP_AFTER = re.compile(
    r"(?:\s?\((?:ICT|IT)\))?"  # (after the word in full: "정보통신(ICT) 품목인")
    r"(?:\s?(?:items?|products?|goods|품목|제품)(?:\s?(?:,|such\sas|like|including)|\s?(?:중|가운데|중에서는?)\s)"
    r"|\s?품목(?:들)?(?:은|는|이|가|도)\s"  # "무선통신기기 등 IT 품목은 엇갈렸다": the group as a subject
    r"|\s?품목인\s)",  # "정보통신(ICT) 품목인 컴퓨터 수출도": what kind of item one is
    re.I,
)


def _ict_labels_a_group_of_items(text: str, found: re.Match[str]) -> bool:
    if _GROUP_BEFORE.search(text, max(0, found.start() - 16), found.start()):
        return True
    word = _ICT_WORD_AT.match(text, found.start())
    if word is None:  # (the trade word first: "수출은 … 늘었고 … 등 IT 품목은 …", the ICT word ends the match)
        words = list(_ICT_WORD_AT.finditer(text, found.start(), found.end()))
        word = words[-1] if words else None
    return word is not None and _GROUP_AFTER.match(text, word.end()) is not None


def _names_ict_trade_done(text: str) -> bool:
    """Does a sentence name ICT trade other than to announce a release still to come, or to label some items
    of an all-industry story? A calendar or a market preview names the next ICT release and none of its
    figures."""
    for found in ICT_TRADE.finditer(text):
        if _ict_labels_a_group_of_items(text, found):
            continue
        start, end = _sentence_bounds(text, found)
        if _UPCOMING.search(text, start, end) or _announces_elsewhere(text[start:end]):
            continue
        if not _ANY_DIGIT.search(text, start, end) and FORECAST.search(text, start, end):
            continue  # "회사 측은 ICT 수출 호조가 이어질 것으로 내다봤다": an expectation, no figure reported
        if not _ANY_DIGIT.search(text, start, end) and _MEASURED_AGAINST.search(text, start, end):
            continue  # "웹툰 수출은 … 정보통신 제품 수출보다 규모는 작지만": what another story is measured against
        return True
    return False


_ANY_DIGIT = re.compile(r"\d")
_MEASURED_AGAINST = re.compile(
    rf"{_ICT_WORD}[^.\n]{{0,12}}?(?:수출|수입)(?:액)?(?:보다|에\s?비해|에\s?비하면|과\s?비교|와\s?비교)", re.I
)


_SENTENCE_REACH = 1000  # no sentence is longer: searched no further, a text without stops is not read quadratically


def _sentence_end(text: str, found: re.Match[str]) -> int:
    """Where the sentence of `found` ends, searched at most `_SENTENCE_REACH` characters on."""
    reach = min(len(text), found.end() + _SENTENCE_REACH)
    end_found = _SENTENCE_END.search(text, found.end(), reach)
    return end_found.start() if end_found else reach


def _sentence_bounds(text: str, found: re.Match[str]) -> tuple[int, int]:
    """Where the sentence of `found` starts and ends (a sentence is shorter than 300 characters: no scan from
    the top for every match)."""
    near = max(0, found.start() - 300)
    start = max((m.end() for m in _SENTENCE_END.finditer(text, near, found.start())), default=near)
    return start, _sentence_end(text, found)


# ICT exports of one kind of firm or of services, not of the country's ICT goods: "ICT 중소·벤처기업 수출",
# "software and IT services exports", "디지털 서비스 수출"
_NEIGHBOURING_MEASURE = re.compile(
    r"중소|중견|벤처|스타트업|\bSMEs?\b|small\s(?:and|&)\smedium|start-?ups?|software|소프트웨어|\bSW|콘텐츠|content"
    r"|services?|서비스",
    re.I,
)

_NEIGHBOURING_FOLDED = folded_twin(_NEIGHBOURING_MEASURE)


def _about_a_neighbouring_measure(text: str) -> bool:
    """A story about the exports of ICT SMEs, software or digital content names ICT trade mostly with that
    qualifier; it may compare with the country's ICT exports once ("대기업을 포함한 전체 ICT 수출은 …")."""
    if not _NEIGHBOURING_FOLDED.search(_folded(text)):
        return False  # (most pages: no such word at all, and no need to find every naming of ICT trade)
    qualified = unqualified = 0
    for found in ICT_TRADE.finditer(text):
        if _NEIGHBOURING_MEASURE.search(found.group()):
            qualified += 1
        elif (unqualified := unqualified + 1) > 1:
            return False  # (a report names ICT trade plainly at once: no need to read on)
    return qualified >= max(1, unqualified)


# Another country's own trade from its own statistics office: "대만 ICT 수출 사상 최대" over "대만 재정부는 … 전자부품
# 수출이 215억 달러로 …", "Japan's ICT exports hit high" over "Japan's finance ministry said …": not Korea's figures.
_ABROAD_KO = (
    r"(?:대만|일본|중국|미국|베트남|인도|독일|홍콩|싱가포르|말레이시아|태국|필리핀"
    r"|인도네시아|멕시코|유럽연합|EU)"
)
_ABROAD_EN = (
    r"(?:Taiwan|Japan|China|(?:the\s)?U\.?S\.?|America|Vietnam|India|Germany|Hong\sKong|Singapore|Malaysia|Thailand"
    r"|(?:the\s)?Philippines|Indonesia|Mexico|(?:the\s)?EU)"
)
_OWNED_ABROAD = re.compile(rf"(?:{_ABROAD_KO}(?:의)?|(?<![A-Za-z]){_ABROAD_EN}(?:'s|’s)?)\s?$")
_OWNED_AT_HOME = re.compile(r"(?:한국|우리나라|국내|국산|Korea(?:'s|’s|n)?)\s?(?:의\s?)?$")
_ABROAD_AGENCY = re.compile(
    rf"{_ABROAD_KO}\s?(?:정부\s?)?(?:재정부|재무성|재무부|경제부|경제산업성|상무부|해관총서|해관|관세총국|통계청|통계국|통계총국)"
    rf"|{_ABROAD_EN}(?:'s|’s)\s(?:(?:finance|commerce|economy|economic\saffairs|trade)\sministry|customs\b"
    r"|Ministry\sof\s(?:Finance|Commerce|Economic\sAffairs|Economy|Industry)|General\sAdministration\sof\sCustoms"
    r"|(?:General\s)?Statistics\sOffice|statistics\s(?:office|agency|bureau)|Census\sBureau|Commerce\sDepartment)"
    # unnamed, when the lead names the foreign trade (`_FOREIGN_LEAD`): "the Ministry of Economic Affairs said"
    r"|(?<![A-Za-z])the\s(?:(?:finance|commerce|economic\saffairs)\sministry"
    r"|Ministry\sof\s(?:Finance|Commerce|Economic\sAffairs)(?!\s(?:and|,))"
    # or as the economy's own office: "the island's finance authority", "the country's statistics bureau"
    r"|(?:island|country|nation|city|territory|kingdom)(?:'s|’s)\s(?:finance|commerce|customs|statistics|census)"
    r"\s(?:authorit(?:y|ies)|bureau|office|agency|department|ministry))",
    re.I,
)
# a foreign dateline over the lead: "TAIPEI, Oct. 8 (Xinhua) --", "TOKYO (Reuters) -"
_FOREIGN_DATELINE = re.compile(
    r"^(?:TAIPEI|TOKYO|BEIJING|SHANGHAI|HANOI|NEW\sDELHI|WASHINGTON|BERLIN|SINGAPORE|KUALA\sLUMPUR|BANGKOK|MANILA"
    r"|JAKARTA|MEXICO\sCITY|HONG\sKONG|BRUSSELS)\b[^\n]{0,40}?(?:--|—|-\s)",
    re.M,
)
# a foreign capital standing for its government as the figures' source: "data from Taipei showed", "figures
# released in Tokyo"
_CAPITAL_AS_SOURCE = re.compile(
    r"\b(?:data|figures|statistics|numbers)\s(?:from|released\sin|published\sin|issued\sin)\s(?:Taipei|Tokyo|Beijing"
    r"|Hanoi|New\sDelhi|Washington|Berlin|Singapore|Kuala\sLumpur|Bangkok|Manila|Jakarta|Mexico\sCity|Brussels)\b"
)
_CAPITAL_AS_SOURCE = guarded(_CAPITAL_AS_SOURCE)  # (`re` tried it at every position)
# The lead names the foreign economy's own trade: "Taiwan's export orders rose …", "중국의 7월 전자제품 수출은 …"
_FOREIGN_LEAD = re.compile(
    rf"(?:(?<![A-Za-z]){_ABROAD_EN}(?:'s|’s)|{_ABROAD_KO}의)\s{_NEAR}{{0,24}}?{_TRADE_WORD}", re.I
)
_LEAD_SPAN = 400  # (headline, dateline and lead sentence)
_DIGIT = re.compile(r"\d")
_KOREAN_SOURCE = re.compile(
    r"과학기술정보통신부|과기정통부|과기부|산업통상자원부|산업통상부|산업부|관세청|미래창조과학부|미래부|지식경제부|지경부"
    r"|정보통신부|무역협회|(?:South\s)?Korea(?:'s|’s|n)\s(?:\w+\s){0,3}(?:ministry|Ministry)|Ministry\sof\s(?:Science|Trade"
    r"|Knowledge|Information)|\bMSIT\b|\bMOTIE\b|Korea\sCustoms|\bKITA\b"
)


# words without which `_ABROAD_AGENCY` cannot match (searched as plain strings, which costs next to nothing)
_AGENCY_WORDS_KO = (
    "재정부",
    "재무성",
    "재무부",
    "경제부",
    "경제산업성",
    "상무부",
    "해관",
    "관세총국",
    "통계청",
    "통계국",
    "통계총국",
)
_AGENCY_WORDS_EN = (
    "finance ministry",
    "commerce ministry",
    "economy ministry",
    "affairs ministry",
    "trade ministry",
    "customs",
    "ministry of finance",
    "ministry of commerce",
    "ministry of economic",
    "ministry of economy",
    "ministry of industry",
    "statistics office",
    "statistics agency",
    "statistics bureau",
    "census bureau",
    "commerce department",
    "s finance ",
    "s commerce ",
    "s customs ",
    "s statistics ",
    "s census ",
)


def _may_name_a_foreign_agency(text: str) -> bool:
    if any(word in text for word in _AGENCY_WORDS_KO):
        return True
    folded = _folded(text).replace("\n", " ")  # ("\s" in the pattern: a line break may part the words)
    return any(word in folded for word in _AGENCY_WORDS_EN)


def _figure_in_sentence(text: str, found: re.Match[str]) -> bool:
    """Does the sentence of `found` hold a digit (searched to its end only)?"""
    return _DIGIT.search(text, found.start(), _sentence_end(text, found)) is not None


# the other country's trade *with Korea* ("Vietnam's ICT exports to South Korea", "imports of ICT parts from South
# Korea"): told from that country's side, as its own statistics tell it (not in Korean, where "중국 ICT 수출" is
# often Korea's exports to China)
_TRADE_WITH_KOREA = re.compile(
    r"\b(?i:exports?|imports?|shipments?)\s(?:[\w,-]+\s){0,6}?(?:to|from|with)\s(?:South\s)?Korea\b(?!['’-])"
)


def _names_foreign_source(text: str) -> bool:
    """Is the text told from another country's side: its statistics office, a foreign dateline, or its trade
    with Korea?"""
    if _may_name_a_foreign_agency(text) and _ABROAD_AGENCY.search(text) is not None:
        return True
    if _FOREIGN_DATELINE.search(text, 0, _LEAD_SPAN) is not None or _CAPITAL_AS_SOURCE.search(text) is not None:
        return True
    return "Korea" in text and _TRADE_WITH_KOREA.search(text) is not None


def _another_countrys_own_trade(text: str) -> bool:
    """Does the text name a foreign country's ICT trade ("대만 ICT 수출", "Japan's ICT exports") and never Korea's,
    with figures from that country's statistics office (or told as its trade with Korea) and none from Korea's?
    (Korean news writes "중국 수출" for exports to China: the foreign office as the source is what tells the
    country's own story.)"""
    if not _names_foreign_source(text):
        return False  # (most texts: no foreign office, and no need to look at every naming of ICT trade)
    if _KOREAN_SOURCE.search(text) is not None:
        return False
    foreign_lead = _FOREIGN_LEAD.search(text, 0, _LEAD_SPAN) is not None
    abroad = False
    for found in ICT_TRADE.finditer(text):
        # (after a foreign lead, "Korean ICT exports have also been climbing" is in passing)
        home = _OWNED_AT_HOME.search(text, max(0, found.start() - 16), found.start()) is not None
        if home and (not foreign_lead or _figure_in_sentence(text, found)):
            return False
        abroad = abroad or _OWNED_ABROAD.search(text, max(0, found.start() - 16), found.start()) is not None
    return abroad or foreign_lead


# A province's or a city's own ICT trade, from its regional office ("무역협회 충북지역본부", "도내 ICT 수출은 …",
# "경기도의 상반기 ICT 수출", "the province's ICT exports"): the district's figures, not Korea's
# (not Seoul nor Sejong: "Seoul's exports" are often the country's, and the ministries sit in Sejong)
_PLACE_EN = (
    r"(?:Gyeonggi|Gangwon|(?:North\s|South\s)?(?:Chungcheong|Jeolla|Gyeongsang)|Jeju|Busan|Daegu|Incheon|Gwangju"
    r"|Daejeon|Ulsan|Gumi|Cheonan|Asan|Pyeongtaek|Icheon|Cheongju|Suwon|Hwaseong|Paju|Changwon|Pohang)"
)
_OWNED_BY_DISTRICT = re.compile(
    # (a comma after the place in a headline: "전남도, 상반기 ICT 수출 …")
    rf"(?:(?<![가-힣]){PLACE}(?:시|도)?(?:\s?지역)?(?:의|,)?|(?<![가-힣])(?:도내|관내|시내)"
    r"|\b(?:[Pp]rovince|[Pp]rovincial|city|county)(?:'s|’s)?|-do(?:'s|’s)?"
    rf"|\b{_PLACE_EN}(?:-do|\sProvince|\sCity)?(?:'s|’s))\s(?:[\w()]{{1,10}}\s)?$"
)
_OWNED_BY_DISTRICT = guarded(_OWNED_BY_DISTRICT)  # (`re` tried it at every position)
_OWNED_BY_NATION = re.compile(
    r"(?:전국|우리나라|(?<![가-힣])한국|국내|국가\s?전체|nationwide|national|(?:South\s)?Korea(?:'s|’s|n)"
    r"|the\scountry(?:'s|’s))(?:\s|의\s?)(?:[\w()]{1,10}\s)?$",  # (not "한국무역협회")
    re.I,
)
# (a share told as what the part comes to: "전국 ICT 수출의 38.2%에 해당한다", "6.1% of the nation's ICT exports")
_SHARE_SENTENCE = re.compile(
    r"비중|차지|점유|%\s?에\s?(?:해당|달하는\s규모)|\bshare\b|account(?:s|ed)?\sfor"
    r"|(?:%|percent|per\scent)\sof\s(?:the\s)?(?:nation|country)",
    re.I,
)


def _a_districts_own_ict_trade(text: str) -> bool:
    """Is the ICT trade the text tells a province's or a city's ("충북 3분기 ICT 수출 58억달러", "도내 ICT 수출은
    …")? Its first naming of ICT trade that is a district's or has a figure is a district's, and the country's
    is named with a figure only as what the district's share is of ("전국 ICT 수출에서 경기도가 차지하는 비중은
    …"). A national report with a provincial box names the country's ICT trade, or a bare figure, first."""
    district = False
    for found in ICT_TRADE.finditer(text):
        before = text[max(0, found.start() - 24) : found.start()]
        if _OWNED_BY_NATION.search(before):
            if _figure_in_sentence(text, found) and not _SHARE_SENTENCE.search(text, *_sentence_bounds(text, found)):
                return False
        elif not district:
            if _OWNED_BY_DISTRICT.search(before):
                district = True
            elif _figure_in_sentence(text, found):
                return False  # "9월 ICT 수출 168억달러": the country's, named bare
    return district


# The exports of a subset of the country's exporters, named in the headline or the lead: a programme's firms ("ICT
# small firms backed by the agency's programme", "참여 기업"), a survey's respondents ("응답 기업", "…곳을 조사한
# 결과"), one industrial complex ("창원국가산업단지의 1분기 수출액"): their figures are not Korea's ICT trade
_SUBSET_OF_EXPORTERS = re.compile(
    r"응답\s?(?:기업|업체)|(?:을|를)\s?(?:대상으로\s?)?조사한\s?결과|설문|(?:참여|참가|수혜)\s?(?:기업|업체)"
    r"|산업\s?단지|산단|\brespondents?\b|\bsurveyed\b|\b(?:participating|member)\s(?:firms|companies|start-?ups)\b"
    r"|\b(?:firms|companies|start-?ups|SMEs|exporters)\s(?:supported|backed|selected|funded)\sby\b"
    r"|\bindustrial\s(?:complex|cluster|park|estate)\b",
    re.I,
)
_A_SURVEY = re.compile(r"응답\s?(?:기업|업체)|(?:을|를)\s?(?:대상으로\s?)?조사한\s?결과|설문")
_SUBSET_WORDS = (
    "응답",
    "조사한",
    "설문",
    "참여",
    "참가",
    "수혜",
    "단지",
    "산단",
    "respondent",
    "surveyed",
    "participating",
    "member",
    "by",
    "industrial",
)


def _a_subset_of_exporters(text: str) -> bool:
    """Does the headline or the first sentence under it name a subset of exporters (a programme's, a survey's,
    an industrial complex's)? Its figures are theirs; a report of the country's ICT trade leads with that."""
    title, _, body = text.lstrip().partition("\n")
    end = _SENTENCE_END.search(body)
    head = f"{title}\n{body[: end.start() if end else len(body)]}"
    folded = case_folded(head)  # (as the pattern ignores case; the words carry no spaces: its gaps are any space)
    if any(word in folded for word in _SUBSET_WORDS) and _SUBSET_OF_EXPORTERS.search(head) is not None:
        return True
    if not body.startswith("\n") or ("설문" not in body and "조사한" not in body and "응답" not in body):
        return False  # (nearly every text)
    # under a blank line after the headline, a survey named in the first line ("회원사 긴급 설문 결과"); not an
    # association's readers ("for member companies") or a cluster named in a subtitle: those lead real reports too
    lead = body.lstrip()
    end = _SENTENCE_END.search(lead)
    return _A_SURVEY.search(lead, 0, end.start() if end else len(lead)) is not None


def is_ict_trade_report(text: str) -> bool:
    """ICT trade statistics are named as such: 'ICT exports', '정보통신산업(ICT) 수출입'. A chip or
    total-trade story names semiconductors and exports but not ICT trade; a production story names ICT
    output and trade hardly at all; a calendar names only the release to come. (The trade words are counted
    first: with three of them the output test, which has to search the whole text when it finds nothing,
    cannot matter.)"""
    if not _names_ict_trade_done(text) or _about_a_neighbouring_measure(text) or _another_countrys_own_trade(text):
        return False
    if _a_districts_own_ict_trade(text) or _a_subset_of_exporters(text):
        return False
    return _names_trade_thrice(text) or _ICT_OUTPUT.search(text) is None


# The words that make a headline about ICT trade. "IT" only in capitals and not inside a Latin word
# ("IT수출" and "IT exports" count; "it exports" does not).
_ICT_WORDS = re.compile(
    r"(?<![A-Za-z])(?:ICT|IT)(?![A-Za-z])|(?i:information\s(?:and\s)?communications?\stechnolog)|정보통신|정보기술"
    r"|(?i:digital\selectronics)"
    # a headline's short word for the sector: "Tech exports climb on AI chips", "Korea's tech trade surplus hits record"
    r"|(?i:\btech(?:nology)?(?=\s(?:exports?|imports?|shipments?|trade|goods|products)\b))"
)
_TRADE_WORDS = re.compile(
    r"export|import|shipment|outbound|overseas\ssales|trade|surplus|deficit"
    r"|수출|수입|무역|수지|흑자|적자",
    re.I,
)


def is_ict_trade_headline(headline: str) -> bool:
    """Could this headline be an ICT trade report? The spiders fetch only what passes, so this errs on the
    side of letting through: any word for ICT (ICT, IT, 정보통신, 정보기술) together with any trade word
    (exports before or after it, the balance, a surplus), in either order; the body classifier decides."""
    text = headline.replace("’", "'")
    return bool(_ICT_WORDS.search(text) and _TRADE_WORDS.search(text))


# A story about something else (a forum, a speech, an exhibition, a business survey) may quote an ICT trade
# figure or two as background. Its figures then come from no more than this many sentences, and its lead,
# the first real sentence of the body, is not one of them and names no trade at all: the news is elsewhere.
MAX_SENTENCES_IN_PASSING = 2
_LEAD_LENGTH = {"en": 60, "ko": 30}  # shorter lines are headlines, bylines, date lines
_SENTENCE_CLOSE = re.compile(r"(?:(?<!\d)\.|[!?]|다|요)[\"'”’)]?\s*$")  # (not "| 2013. 8. 14.": a date line)
_CAPTION = re.compile(r"사진|[Pp]hoto|[Cc]aption|▲|ⓒ|©")


def lead_sentence(text: str, lang: str) -> str | None:
    """The first sentence ended as one that names trade, or is long enough to be the lead (photo captions
    aside): a short lead is news too ("ICT exports grew 8.7% to $19.84 billion in June.")."""
    length = _LEAD_LENGTH.get(lang, 30)
    for paragraph in split_paragraphs(text):
        sentences = split_sentences(paragraph)
        for sentence in sentences:
            closed = sentence is not sentences[-1] or _SENTENCE_CLOSE.search(sentence)  # (a split one ended)
            if " " not in sentence or not closed:
                continue
            if _TRADE_WORDS.search(sentence) or (
                len(sentence) >= length and not _CAPTION.search(sentence) and not photo_caption(sentence)
            ):
                return sentence
    return None


def mentions_in_passing(text: str, lang: str, figure_sentences: set[str]) -> bool:
    """Are the ICT trade figures (from `figure_sentences`) background to a story about something else?"""
    if len(figure_sentences) > MAX_SENTENCES_IN_PASSING:
        return False
    lead = lead_sentence(text, lang)
    return lead is not None and lead not in figure_sentences and not _TRADE_WORDS.search(lead)


# An outlook: a headline that looks ahead ("올해 ICT 수출 5.9% 증가 전망", "ICT exports seen rising 6% next year")
# over a lead that forecasts ICT trade ("협회는 올해 ICT 수출이 … 늘 것으로 내다봤다"). The year it restates as
# its base is background to the forecast, not a report of it.
_LOOKS_AHEAD = re.compile(r"전망|내다|예상|예측|outlook|forecast|projected|expected|\bseen\b", re.I)
_LOOKS_AHEAD = guarded_ignoring_case(_LOOKS_AHEAD)  # (`re` tried it at every position)


def outlook_story(text: str, lang: str, results: tuple[tuple[str, str], ...] = ()) -> bool:
    """Does the story lead with a forecast of ICT trade under a headline that looks ahead, and report no month's
    results? `results` are the (period, evidence) of its figures: a month's or a cumulative figure read from a
    sentence with no word of forecast ("Through November, IT exports stood at …") is the release the outlook
    quotes, and the story reports it."""
    title = text.lstrip().split("\n", 1)[0]
    if not _LOOKS_AHEAD.search(title):
        return False  # (most texts)
    lead = lead_sentence(text, lang)
    if lead is None or ICT_TRADE.search(lead) is None or FORECAST.search(lead) is None:
        return False
    return not any(_a_months_result(period, evidence) for period, evidence in results)


def _a_months_result(period: str, evidence: str) -> bool:
    """Is the figure a month's or a part-year's (not a whole year's, which outlooks estimate), told as a fact?"""
    whole_year = period.endswith("-12") and "-01/" in period
    return not whole_year and FORECAST_WORD.search(evidence.lower()) is None


def restated_only_by_forecasts(evidence: set[str], lang: str) -> bool:
    """Is every figure the past amount a forecast compares with ("are expected to exceed last year's record of $X"):
    each figure's sentence a forecast from its start? Then the story is an outlook, not a report."""
    return all(forecast_throughout(sentence, lang == "ko") for sentence in evidence)
