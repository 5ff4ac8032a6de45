"""The body classifier: ICT trade reports in every wording, and what is not one. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from scraper.parser import parse
from scraper.parser.classify import is_ict_trade_report

REPORTS = [
    "지난달 ICT산업 수출은 172억달러로 집계됐다.",  # ICT glued to the Korean noun
    "반도체 등 IT 품목 수출이 석 달째 늘었다.",  # IT before a noun other than 수출
    "정보통신기술 분야가 9.4% 늘어난 수출 실적을 냈다.",  # a decimal between the two words
    "Korea's information technology exports reached $14.1 billion.",
    "Exports of digital electronics rose 6.2 percent.",
    "Outbound shipments of ICT goods slowed in May.",
    # trade as "shipped" or "sold … abroad" next to ICT goods
    "Korea shipped $14.3 billion worth of ICT products in April.",
    "Korea sold 15.6 billion dollars' worth of ICT goods abroad in May.",
    "Korean-made ICT products worth $15.2 billion left the country in June, the ministry said.",
    "In June the country brought in $8.1 billion worth of ICT products.",
    # exports to a partner ("베트남 ICT 수출"), with that partner's statistics office quoted beside Korea's ministry
    "베트남 ICT 수출 두 달째 증가\n산업부는 지난달 대베트남 ICT 수출이 41억달러로 6.3% 늘었다고 밝혔다."
    " 베트남 통계총국은 한국산 부품 수입이 늘었다고 전했다.",
    "Korea's ICT exports to India rose 4.2% to $0.61 billion. India's commerce ministry said imports of phones fell.",
    # Korea's own report under a foreign wire's dateline, quoting the country's statistics office beside it
    "S. Korea's ICT exports up 6.8 pct\nBEIJING, Aug. 2 (Xinhua) -- South Korea's ICT exports rose 6.8 percent to"
    " 17.9 billion U.S. dollars in July. China's customs said its chip imports from the country rose.",
    # Korea's own report that names a partner's ICT imports from South Korea in passing
    "Korea's ICT exports to Thailand rose 8.1 percent to $1.32 billion in May. Thailand's ICT imports from South"
    " Korea have grown for a year, traders said.",
    # the country's ICT trade first, a province's in a box after it
    "9월 ICT 수출 5.4% 증가\n9월 ICT 수출은 171억2천만달러로 5.4% 늘었다. 한편 무역협회 경북지역본부에 따르면"
    " 도내 ICT 수출은 11억달러였다.",
    "Korea's ICT exports rose 5.4 percent to $17.12 billion in September. The province's ICT exports fell 3 percent.",
    # the country's ICT exports, with the SMEs' share named too
    "ICT 수출이 168억달러로 5.1% 늘었다. 이 중 중소기업 ICT 수출은 14억달러였다. ICT 수입은 94억달러였다.",
]
NOT_REPORTS = [
    # another economy's own ICT trade, its capital standing for its government as the source
    "Japan's ICT exports slip in June\nJapan's exports of information and communication goods fell 6.1 percent to "
    "$5.2 billion in June, figures released in Tokyo showed. Its exports of chips dropped 4.4 percent.",
    # a total-trade release that points to the separate ICT release still to come
    "Exports up 6.2% in August\nKorea's exports grew 6.2 percent to $51.3 billion in August, led by cars. Chip exports"
    " rose 9.1 percent to $9.4 billion. The ministry will release ICT export figures next Tuesday.",
    "8월 수출 6.2% 증가\n8월 수출은 513억달러로 6.2% 늘었다. 반도체 수출은 94억달러였다."
    " 정보통신(ICT) 수출입 동향은 다음 주 별도로 발표할 예정이다.",
    # ... said in the present tense: "따로 발표한다", "are released separately"
    "7월 수출 3.4% 감소…자동차 부진\n산업부는 7월 수출이 462억7000만달러로 3.4% 줄었다고 밝혔다. 수입은 419억달러였다."
    " 정보통신기술(ICT) 수출입 실적은 다음 주 과기정통부가 따로 발표한다.",
    "Exports slip 3.4% in July\nKorea's exports fell 3.4 percent to $46.27 billion in July, as car shipments weakened."
    " ICT trade figures are released separately by the science ministry.",
    # a foreign lead ("Thailand's …exports", "베트남의 … 수출") with an unnamed ministry or the foreign office; Korea's
    # ICT trade named only in passing, with no figure
    "Thai electronics shipments slip in June\nBANGKOK, July 22 -- Thailand's exports of electronics and ICT goods"
    " fell 4.6 percent to $3.71 billion in June, the Commerce Ministry said. Korean ICT exports held up better,"
    " traders said.",
    "베트남 휴대전화 수출 석 달째 증가\n베트남 통계총국에 따르면 베트남의 9월 휴대전화·부품 수출은 58억 달러로 11.3%"
    " 늘었다. 이 가운데 정보통신 제품 수출은 41억 달러였다.",
    # another country's own ICT exports, from its own statistics office: not Korea's
    "말레이시아 ICT 수출 반년 만에 반등\n말레이시아 통계청은 14일 지난달 전기·전자제품 수출이 93억 달러로 1년 전보다"
    " 7.7% 늘었다고 발표했다. 국내 반도체 업계도 수요 회복을 기대하고 있다.",
    "Vietnam's ICT exports climb for a third month\nVietnam's General Statistics Office said on Friday that exports"
    " of phones and components rose 9.3 percent to $5.4 billion in August.",
    # another economy's own electronics trade, told with its ICT trade with Korea ("Thailand's ICT exports to South
    # Korea", "imports of ICT parts from South Korea"): that economy's statistics, not Korea's
    "Thai electronics makers ship more\nComputer parts brought in $14.2 billion and phones earned $3.3 billion in the"
    " first half, according to customs figures. Thailand's ICT exports to South Korea rose 5.6 percent to $1.9"
    " billion, while imports of ICT parts from South Korea reached $4.4 billion.",
    # another economy's own report, its office named by what it is ("the island's finance authority") or its lead
    # under a foreign dateline: its ICT line and its imports are that economy's, not Korea's
    "Taiwan's exports climb 7.4 pct in May\nTAIPEI, June 9 (Xinhua) -- Taiwan's exports in May grew 7.4 percent to"
    " 31.06 billion U.S. dollars, the island's finance authority said Tuesday. Exports of information and"
    " communication technology (ICT) products rose 15.3 percent to 5.02 billion dollars. Imports fell 0.8 percent.",
    "Japan's exports edge up\nTOKYO, Feb. 20 (Kyodo) -- Japan's exports rose 2.9 percent in January to 6.41"
    " trillion yen, government data showed. Exports of ICT goods increased 8.2 percent to $4.27 billion.",
    # a province's own ICT trade, from its regional office: the district's figures, with the country's only as
    # what the district's share is of
    "전남 상반기 ICT 수출 21억달러\n한국무역협회 광주전남지역본부에 따르면 상반기 도내 ICT 수출은 21억4천만달러로"
    " 7.3% 늘었다. 도내 ICT 수입은 9억2천만달러였다. 전국 ICT 수출에서 전남이 차지하는 비중은 2.4%다.",
    "Gangwon's ICT exports climb 12%\nThe province's ICT exports rose 12.4 percent to $310 million in the first"
    " half, the regional office of the Korea International Trade Association said.",
    # an all-industry story whose item lines are labelled as IT ones: ICT names a group of items, not ICT trade
    "Exports up 7.2% in April\nOutbound shipments grew 7.2 percent to $49.8 billion. Chip exports rose 12.4 percent."
    " Among other IT items, handset exports slid 3.3 percent to $1.1 billion. Ship exports doubled.",
    "5월 수출 6.1% 증가\n5월 수출은 481억달러로 6.1% 늘었다. 반도체 수출은 96억달러였다. IT 품목 가운데 컴퓨터 수출은"
    " 11억달러로 31% 늘었다. 자동차 수출은 4.2% 줄었다.",
    # ... and a group of items as a subject after the trade word ("… 늘었고 가전 등 IT 품목은 부진했다")
    "4월 수출 3.8% 증가\n4월 수출은 455억달러로 3.8% 늘었다. 주력 품목 중 반도체 수출은 61억달러로 4.4% 늘었고"
    " 가전 등 IT 품목은 부진했다. 선박 수출은 9.9% 줄었다.",
    "Korea's exports rose 5.1% in May on strong car sales.",
    "It exported more cars than a year earlier.",  # "It" is no IT
    "The ICT ministry named a new vice minister. Car exports rose.",  # not in one sentence
    "반도체 수출이 20% 늘었다.",
    # the ICT exports of one kind of firm, or of software and services: a neighbouring measure
    "3분기 ICT 중소기업 수출 31억달러\n3분기 ICT 분야 중소기업 수출은 31억4천만달러로 2.2% 늘었다."
    " 대기업을 포함한 전체 ICT 수출은 498억달러였다.",
    "Exports of packaged software and IT services climbed 6.6 percent to $5.87 billion last year.",
    # a production story that names exports once, in passing
    '상반기 IT 생산액은 171조원으로 12.2% 늘었다. 업계는 "수출 호조로 IT 생산이 계속 늘 것"이라고 봤다.',
]


@pytest.mark.parametrize("text", REPORTS)
def test_reports_are_recognised(text: str) -> None:
    assert is_ict_trade_report(text)


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_other_texts_are_not(text: str) -> None:
    assert not is_ict_trade_report(text)


def test_a_total_trade_story_naming_it_related_items_is_no_ict_trade_report() -> None:
    from datetime import date

    from scraper.parser import parse

    text = (
        "Exports rise for the first time in five months\n\nOutbound shipments rose 6.1 percent on-year to $47.5"
        " billion, while imports gained 2.0 percent to $40.1 billion.\n\nAmong the 15 major export items,"
        " IT-related products led the rebound: semiconductors rose 9.8 percent to $8.4 billion."
    )
    assert not parse(text, published=date(2020, 10, 1)).is_ict_trade_report


def test_a_production_story_gives_no_production_figures_as_exports() -> None:
    from datetime import date

    from scraper.parser import parse

    text = (
        "2분기 ICT 수출입 동향\n2분기 ICT 수출은 562.1억 달러로 4.4% 늘었고 수입은 301.7억 달러였다.\n"
        "같은 기간 반도체 생산은 41조원으로 17.5% 증가했다. 2분기 ICT 수출의 반도체 비중은 55%였다."
    )
    facts = parse(text, published=date(2016, 7, 14)).facts
    assert {(f.item, f.yoy_pct) for f in facts if f.yoy_pct is not None} == {("ict", 4.4)}


# Stories about something else that quote an ICT trade figure or two as background: the figures come from
# at most two sentences and the lead names no trade (invented wording and figures)
PASSING_MENTIONS = [
    (
        "Seoul, Canberra open joint quantum lab\n\nKorea and Australia opened a joint quantum computing laboratory"
        " in Sydney on Thursday, the science ministry said in a statement.\n\nAustralia is a small but growing"
        " market: Korea's ICT exports to Australia rose 9.4 percent to $2.13 billion last year.\n\n"
        "The lab will host 40 researchers from both countries.",
        "2024-05-16",
    ),
    (
        "'스마트팩토리 엑스포' 폐막…구매 상담 6억2천만달러\n\n국내 최대 제조 혁신 전시회가 사흘간의 일정을 마치고"
        " 17일 막을 내렸다. 320개 기업이 참가해 구매 상담 6억2천만달러의 성과를 올렸다.\n\n"
        '개막식에서 차관은 "작년 ICT 수출은 2,104억달러로 4.1% 늘었다"고 말했다.',
        "2023-03-18",
    ),
]
# Short genuine briefs: the lead is the ICT trade news (a photo caption before it is no lead)
SHORT_BRIEFS = [
    (  # a photo caption and its credit ("… / Herald file") run into the lead on one line: they are no lead
        "Phone exports jump\nEngineers test handsets at a factory in Cheonan, South Chungcheong Province. / Herald"
        " file Korea's ICT exports climbed 9.6 percent in April from a year earlier to $15.81 billion.",
        "2017-05-15",
    ),
    (
        "[사진] 부산항 신선대부두에 컨테이너가 가득 쌓여 있다. 2024.5.1 연합뉴스\n\n"
        "지난달 ICT 수출이 185억3천만달러로 11.2% 늘었다고 과학기술정보통신부가 14일 밝혔다.",
        "2024-05-14",
    ),
    (
        "Tech exports edge up\n\nSouth Korea's exports of information and communications technology goods rose"
        " 1.3 percent on-year to $16.42 billion in August, the science ministry said Friday.",
        "2019-09-13",
    ),
]


@pytest.mark.parametrize(("text", "published"), SHORT_BRIEFS)
def test_a_short_brief_whose_lead_is_the_trade_news_is_a_report(text: str, published: str) -> None:
    from datetime import date

    from scraper.parser import parse

    result = parse(text, published=date.fromisoformat(published))
    assert result.is_ict_trade_report and any(f.item == "ict" and f.value_usd for f in result.facts)


# An outlook: a headline that looks ahead over a lead that forecasts ICT trade; the year it restates as its base
# is background (invented wording and figures). A report whose headline adds an outlook still leads with its month.
OUTLOOKS = [
    (
        '"ICT 수출 올해 2,380억 달러 넘본다"…진흥회, 전망 세미나\n전자정보진흥회는 19일 세미나를 열고 올해 ICT 수출이'
        " 2,380억 달러로 4.8% 늘 것으로 내다봤다.\n지난해 ICT 수출은 2,271억 달러로 23.7% 늘었고, 수입은"
        " 1,262억 달러였다.",
        "2022-01-19",
    ),
    (
        "ICT exports seen rising 5% this year\nThe Korea Institute for Industrial Economics forecast that ICT exports"
        " will grow 5.1 percent to $238 billion this year. Last year ICT exports rose 23.9 percent to $227.1 billion.",
        "2022-01-19",
    ),
    # an outlook whose only figure is the past amount its forecast compares with ("last year's record of $X"),
    # under a headline that does not look ahead
    (
        "Institute: ICT exports to set another record\nICT exports are expected to exceed last year's record of"
        " $196.71 billion this year, a state institute said on Tuesday, as chip prices keep rising.",
        "2021-06-22",
    ),
    (
        "ICT 수출, 올해도 사상 최대 경신\n올해 ICT 수출은 지난해 기록한 1,983억7천만 달러를 넘어설 것으로 전망된다고"
        " 연구원이 22일 밝혔다.",
        "2021-06-22",
    ),
    # the unfinished year estimated in a paragraph of its own: "are estimated to total approximately $X"
    (
        "Semiconductor exports of next year forecasted to reach 112 billion dollars\nThe ICT exports of next year is"
        " forecasted that it will record 198.4 billion dollars, increasing by 2.2 percent, the institute said.\n\n"
        "This year's ICT exports are estimated to total approximately 194.1 billion dollars, a decrease of 3.7"
        " percent.",
        "2019-11-20",
    ),
]


def test_a_report_with_an_outlook_in_its_headline_is_one() -> None:
    from datetime import date

    from scraper.parser import parse

    text = (
        "12월 ICT 수출 7.1% 증가…올해도 증가 전망\n12월 ICT 수출은 198억 달러로 7.1% 늘었다. 정부는 올해도 ICT 수출이"
        " 늘 것으로 내다봤다."
    )
    result = parse(text, published=date(2022, 1, 14))
    assert result.is_ict_trade_report and any(f.period == "2021-12" and f.value_usd == 19.8e9 for f in result.facts)


# A fair's buyer meetings are talks, not trade: their amounts are no ICT exports, and a story about the fair that
# gives only them is no report (invented wording and figures)
FAIR_TALKS = [
    (
        "Daegu ICT Fair wraps up with $640 million in export consultations\n\nThe Daegu ICT Fair closed on Friday"
        " after three days, with organizers reporting export consultations worth more than US$640 million. About 180"
        " firms took part.",
        "2018-11-12",
    ),
    (
        "광주 ICT 박람회 폐막…수출상담 5억4천만달러\n\n광주 ICT 박람회가 사흘간의 일정을 마치고 9일 폐막했다."
        " 주최 측은 수출 상담 5억4천만달러의 성과를 올렸다고 밝혔다. 150개 기업이 참가했다.",
        "2018-11-12",
    ),
]


# A support programme's terms: the share of a cost a firm pays or is given, and an eligibility cap on its exports,
# are no ICT trade figures, and a notice that gives only them is no report (invented wording and figures)
PROGRAMME_TERMS = [
    (
        "Localization grants for ICT exporters\nICT makers planning overseas launches can claim up to 40 million won"
        " for translation work, with a 25 percent co-payment.",
        "2019-04-10",
    ),
    (
        "ICT 수출기업 해외마케팅 지원 안내\n진흥원은 ICT 수출 확대를 위해 참가기업을 모집한다.\n ○ 통역비 60% 및"
        " 자료 번역비 일부 지원",
        "2019-04-10",
    ),
    (
        "ICT 수출기업 해외마케팅 지원 안내\n진흥원은 ICT 수출 확대를 위해 참가기업을 모집한다.\n ○ 직전연도"
        " 수출실적 300만 달러 미만 기업 우대",
        "2019-04-10",
    ),
]


# English estimates, forecasts and targets: "are estimated to have come to", "are seen easing to", "aims to keep …
# above", "its baseline has … slipping by 4 to 6 per cent" (figures no one has counted yet)
ENGLISH_ESTIMATES = [
    (
        "2018 outlook\nThe industry's ICT exports this year are estimated to have come to roughly $171 billion,"
        " down about 4 per cent, the council said. Display exports are seen easing to about $23 billion.",
        "2017-11-20",
    ),
    (
        "ICT export strategy\nThe ministry aims to keep ICT exports above $200 billion this year and to lift them to"
        " $260 billion by 2028. Trade insurance for small ICT exporters will be expanded by 20 per cent.",
        "2022-03-10",
    ),
    (
        "ICT outlook\nAs memory prices softened in the second quarter, the institute sees a downturn this year; its"
        " baseline has ICT exports slipping by 4 to 6 per cent.",
        "2019-07-01",
    ),
]


# The exports of a subset of firms: a programme's, a survey's respondents, one industrial complex's (not Korea's)
SUBSET_EXPORTS = [
    (
        "Export voucher results: $61 million in deals\nICT small firms backed by the agency's overseas-marketing"
        " programme won export deals worth $60.8 million this year, up 12.4% from $54.1 million a year earlier, the"
        " agency said.\nThe 120 firms in the scheme found buyers in 17 countries. China accounted for 31% of deal"
        " value and Vietnam for 14%.",
        "2018-12-20",
    ),
    (
        "수출기업 설문\n진흥회가 ICT 수출기업 180곳을 조사한 결과 44.6%가 올해 수출이 줄었다고 답했다. 응답 기업의"
        " 지난해 평균 수출액은 930만달러였다.",
        "2019-05-10",
    ),
    (
        # the respondents named in the first sentence under a blank line after the headline (a source line here)
        '회원사 10곳 중 4곳 "미국 수출통제 영향 있다"\n\n전자정보통신산업진흥회 회원사 긴급 설문 결과'
        " (2020.3.2)\n\n진흥회가 ICT 회원사 240곳을 대상으로 미국 수출통제 영향을 조사한 결과 43.8%가"
        " '영향이 있다'고 답했다. 응답 기업의 지난해 평균 수출액은 1,520만달러였다.",
        "2020-03-02",
    ),
    (
        "창원산단 동향\n창원국가산업단지의 1분기 수출액은 52억4천만달러였다. 이 가운데 IT·전자 업종 수출은"
        " 21억3천만달러로 5.2% 늘었다.",
        "2019-04-25",
    ),
]


# a guess, not a count: "…억달러 안팎에 머물 것 같다" in a December interview
GUESSES = [
    (
        '[대담] 업계 전문가 "내년 ICT 수출 회복 기대"\n\n-내년은 어떻게 보나.\n=재고 조정이 끝나간다. 내년 ICT 수출은'
        " 올해보다 4% 안팎 늘어 1600억달러 수준이 될 것으로 본다.\n\n-올해는 어땠나.\n=반도체 가격이 약해 힘들었다."
        " 연간으로는 1540억달러 안팎에 머물 것 같다.",
        "2013-12-18",
    ),
]


@pytest.mark.parametrize(
    ("text", "published"),
    PASSING_MENTIONS + OUTLOOKS + FAIR_TALKS + PROGRAMME_TERMS + ENGLISH_ESTIMATES + SUBSET_EXPORTS + GUESSES,
)
def test_a_story_about_something_else_makes_no_report(text: str, published: str) -> None:
    """Figures quoted in passing, an outlook's base year, a fair's buyer meetings, estimates and targets, a subset
    of exporters, a guess: no report, no facts."""
    from datetime import date

    from scraper.parser import parse

    result = parse(text, published=date.fromisoformat(published))
    assert not result.is_ict_trade_report and result.facts == []


def test_a_broadcast_script_that_spells_its_figures_out_is_classified_on_their_digits() -> None:
    """ "Korea shipped twenty-one-point-four billion dollars' worth of information and communication technology
    products": spelled out, the amount puts the trade word too far from the ICT words; in digits it does not."""
    script = (
        "NEWS DESK | Business | Tuesday\n\nANCHOR: Tech sales abroad keep climbing.\n\nREPORTER: Last month, Korea"
        " shipped twenty-one-point-four billion dollars' worth of information and communication technology products,"
        " the ministry said. A year earlier the number was eighteen-point-two billion dollars."
    )
    result = parse(script, date(2031, 5, 13))
    assert result.is_ict_trade_report
    assert any(fact.value_usd == 2.14e10 for fact in result.facts)


@pytest.mark.parametrize(
    "text",
    [
        # a province's own exports, the country's told only as what they come to
        "충남도, 1분기 ICT 수출 88억 달러…전국의 9% 차지\n충청남도는 1분기 도내 정보통신기술(ICT) 수출액이 88억1천만 "
        "달러로 11.3% 늘었다고 밝혔다. 이는 전국 ICT 수출의 9.2%에 해당한다.\n"
        "품목별로는 디스플레이가 31억 달러로 4.1% 늘었다.",
        # an outlook whose last figure is foreseen ("안팎으로 내다봤다")
        "내후년 ICT 수출 2,530억 달러 전망\n연구원은 내후년 ICT 수출이 2,530억 달러로 3.3% 늘어날 것으로 예상했다. "
        "무역수지 흑자는 1,040억 달러 안팎으로 내다봤다.",
    ],
)
def test_a_provinces_share_or_a_foreseen_balance_is_no_report(text: str) -> None:
    result = parse(text, date(2031, 4, 20))
    assert not result.is_ict_trade_report and not result.facts


@pytest.mark.parametrize(
    "rate_line",
    ["· 한국은행 금통위 기준금리 결정 (현 3.25%)", "· Bank of Korea rate decision (base rate now 3.25%)"],
)
def test_a_calendars_rate_decision_gives_the_release_above_it_no_change(rate_line: str) -> None:
    """A week's calendar lists the ICT release to come and, below it, a rate decision with the current rate: the
    rate is no change of ICT exports, and the calendar no report."""
    text = (
        "[이번주 경제 일정] 3월 ICT 수출입 동향 발표\n▶ 13일(월)\n· 과기정통부, 3월 ICT 수출입 동향 발표\n"
        f"▶ 15일(수)\n{rate_line}\n"
    )
    result = parse(text, date(2031, 4, 11))
    assert not result.facts and not result.is_ict_trade_report


def test_ict_exports_named_only_as_what_another_story_is_measured_against_make_no_report() -> None:
    """A story on game exports that says they are smaller than "정보통신 제품 수출" is not about ICT trade; with the
    comparison gone it is no report either."""
    text = (
        "게임 수출 70억달러 돌파\n\n콘진원에 따르면 지난해 게임 수출액은 71억2000만달러로 전년보다 5.5% 늘었다.\n\n"
        "게임 수출은 휴대폰 같은 정보통신 제품 수출보다 규모는 작지만 성장이 빠르다."
    )
    result = parse(text, date(2031, 2, 10))
    assert not result.is_ict_trade_report and not result.facts
