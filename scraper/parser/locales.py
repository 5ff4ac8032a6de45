"""A city's or province's own trade, or the whole economy's: figures that are not Korea's ICT trade.

A local paper tells its district's exports ("구미세관에 따르면 11월 구미 수출은 …") and goes on about them in
sentences that name the district no more ("수입은 …", "이 가운데 휴대폰은 …", "품목별로는 전자제품 …"). So the
district's story lasts, sentence after sentence and across paragraphs, until the text turns to the whole
country: "전국", "우리나라", a national ministry's release, or an ICT total (districts count 전자제품, not ICT).

An ICT story may open by recalling the all-industry release of the 1st ("앞서 … 지난 1일 발표한 10월 수출입 동향에서
전체 수출은 …, 이 가운데 반도체 수출은 …. 전체 무역수지는 …"): the economy's figures, up to the ICT part.
"""

from __future__ import annotations

import re

from scraper.parser.prefilter import guarded

# Provinces (not a bare 경기, which also means "the economy"), the metropolitan cities, and the cities whose
# customs offices and plants make local export news
PLACE = (
    r"(?:경기도|경기\s?지역|강원도?|충북|충남|전북|전남|경북|경남|제주도?|충청북도|충청남도|전라북도|전라남도|경상북도|경상남도"
    r"|서울|부산|대구|인천|광주|대전|울산|세종"
    r"|구미|천안|아산|평택|이천|청주|수원|화성|파주|용인|창원|포항|거제|김해|여수|광양|당진|오창|탕정|안산|시흥|성남|원주"
    r"|전주|익산|군산|진주|양산|경산|김천|칠곡)"
)
# "구미세관에 따르면", "대구본부세관이 발표한", "무역협회 충북지역본부에 따르면", "11월 구미 수출은",
# "경북 지역 수출이", "대구·경북 수출입": the district names its own trade (the place right before the flow,
# or one word between: "충남 상반기 수출")
# (three patterns, each behind what it cannot match without: one alternation of all three, tried at every position,
# cost a tenth of the parse of a Korean sentence)
_OFFICE = re.compile(r"[가-힣]{1,6}(?:세관|지역본부)(?:가|이|은|는|의|에\s?따르면|\s?관할)")
_WITHIN = re.compile(r"(?<![가-힣])(?:도내|관내)\s(?:[가-힣A-Z]{1,8}\s)?(?:수출|수입)")  # "도내 ICT 수출은"
_PLACE_TRADE = re.compile(
    rf"(?<![가-힣]){PLACE}(?:시|도)?(?:\s?지역|\s?도내)?(?:의)?\s(?:[가-힣A-Z]{{1,8}}\s)?(?:수출|수입)"
)
LOCAL_PATTERNS = (_OFFICE, _WITHIN, _PLACE_TRADE)
_PLACE_NAME = re.compile(PLACE)


def local_match(sentence: str) -> re.Match[str] | None:
    """Where the sentence names a district's own trade: the leftmost match of `LOCAL_PATTERNS`, the earlier one
    first where two start together (as one alternation of them would)."""
    found = []
    if "세관" in sentence or "지역본부" in sentence:
        found.append(_OFFICE.search(sentence))
    if "도내" in sentence or "관내" in sentence:
        found.append(_WITHIN.search(sentence))
    place = _PLACE_NAME.search(sentence)
    if place is not None:
        found.append(_PLACE_TRADE.search(sentence, place.start()))
    matches = [match for match in found if match is not None]
    return min(matches, key=lambda match: match.start()) if matches else None


# The whole country again: "전국 ICT 수출은", "우리나라 전체", the ministries and agencies of national figures
_NATIONAL = re.compile(
    r"전국|우리나라|(?<![가-힣])한국(?!\s?(?:은행|산업단지|산단))|국가\s?전체"
    r"|과학기술정보통신부|과기정통부|과기부|산업통상자원부|산업통상부|산업부|관세청|미래창조과학부|미래부|지식경제부|지경부"
)
_NATIONAL = guarded(_NATIONAL)  # (`re` tried it at every position)


def local_span(sentence: str, in_story: bool, names_ict_trade: bool) -> tuple[tuple[int, int] | None, bool]:
    """The part of a Korean sentence whose figures are a district's (start, end), and whether the district's
    story goes on after the sentence."""
    if not in_story and not any(word in sentence for word in ("세관", "본부", "수출", "수입")):
        return None, False  # (most sentences)
    local = local_match(sentence)
    national = _NATIONAL.search(sentence, local.end() if local else 0)
    end = national.start() if national else len(sentence) + 1
    if local is not None:
        return (local.start(), end), national is None
    if not in_story:
        return None, False
    if national is None and names_ict_trade:
        return None, False  # "10월 ICT 수출은 …": an ICT total is the country's
    return (0, end), national is None


# "전체 수출은", "전체 무역수지는": the whole's trade as a sentence's subject
_WHOLE_SUBJECT = re.compile(r"전체\s?(?:수출|수입|무역\s?수지|무역\s?흑자|수지)(?:액)?\s?(?:은|는|이|가)\s")
# the all-industry release, named as one given out before the ICT one: "앞서", "지난 1일 발표한", "10월 수출입 동향"
# (not the "ICT 수출입 동향")
_ALL_INDUSTRY_RELEASE = re.compile(
    r"앞서|(?<!\d)1\s?일\s?(?:발표|내놓|공개)|(?<!ICT\s)(?<!IT\s)(?<!\)\s)(?<!ICT)수출입\s?동향"
    # or by the offices that give the all-industry figures, as their source: "산업통상자원부에 따르면", "관세청 집계로",
    # and the ministry that gave both releases from 2008 to 2013 ("지식경제부에 따르면 9월 전체 수출은 …")
    r"|(?:산업통상자원부|산업부|관세청|지식경제부|지경부)(?:에\s?따르면|\s?(?:집계|통계|자료)(?:로|에\s?따르면|를\s?보면))"
)


def recalled_economy(sentence: str, in_recall: bool) -> int | None:
    """Where a Korean sentence's figures of the recalled all-industry release begin (its whole's subject, or the
    sentence's start in a paragraph that recalls it), if they do."""
    if in_recall:
        return 0
    if "전체" not in sentence:
        return None  # (most sentences)
    subject = _WHOLE_SUBJECT.search(sentence)
    if subject is None or not _ALL_INDUSTRY_RELEASE.search(sentence, 0, subject.start()):
        return None
    return subject.start()
