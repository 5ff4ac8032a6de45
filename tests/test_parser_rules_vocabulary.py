"""Vocabulary, units and names: spellings of the dollar and the percent, partner and item names as foreign
outlets, data bullets and Korean lists write them. Each case is an invented sentence (new wording, new
figures) that the parser read wrongly before its rule existed.

Same shape as `test_parser_rules.py`: the facts a text must give, and keys it must not give.
"""

from __future__ import annotations

import pytest

from tests.test_parser_causes import Key, Numbers, assert_reads, k, read

CASES: list[tuple[str, str, str, dict[Key, Numbers], list[Key]]] = [
    (
        "en: a deficit listed with its sign after the currency ('Japan USD -0.47 bn') is a negative balance",
        "2016-08-12",
        "ICT exports fell 6.1 percent to $13.26 billion in July. ICT trade balance by partner: China USD 3.35 bn,"
        " Japan USD -0.47 bn, US USD 0.52 bn",
        {
            k("2016-07", "balance", region="japan"): (-0.47e9, None, None),
            k("2016-07", "balance", region="china"): (3.35e9, None, None),
        },
        [],
    ),
    (
        "en: 'the mainland' named alone is China",
        "2016-03-14",
        "ICT exports slipped 1.9 percent to $12.37 billion in February. Shipments to Hong Kong rose 3.4% to $1.21"
        " billion, and imports from the mainland fell 7.7% to $2.86 billion.",
        {k("2016-02", "import", region="china"): (2.86e9, -7.7, None)},
        [k("2016-02", "import")],
    ),
    (
        "ko: '본토' named alone is China (mainland China), not the world",
        "2016-03-14",
        "2월 ICT 수출은 123억7천만달러로 1.9% 줄었다. 본토로부터의 ICT 수입은 28억6천만달러로 7.7% 감소했다.",
        {k("2016-02", "import", region="china"): (2.86e9, -7.7, None)},
        [k("2016-02", "import")],
    ),
    (
        "en: 'system semis' is brokers' and bloggers' shorthand for system semiconductors",
        "2017-06-13",
        "Korea's ICT exports climbed 7.3 percent to $14.88 billion in May. Memory chips rose 3.2% to $4.07 billion,"
        " while system semis gained 9.4% to $2.31 billion.",
        {k("2017-05", item="system_semiconductors"): (2.31e9, 9.4, None)},
        [],
    ),
    (
        "en: a lower-case letter 'o' as a release's bullet ('o Exports for January-June …') is a bullet",
        "2013-07-15",
        "Highlights\no ICT exports in June 2013 were USD 14.42 billion, up 6.8% year-on-year.\no Exports for"
        " January-June came to USD 81.73 billion (up 4.4%), with a cumulative surplus of USD 39.12 billion.",
        {
            k("2013-01/2013-06"): (81.73e9, 4.4, None),
            k("2013-01/2013-06", "balance"): (39.12e9, None, None),
        },
        [],
    ),
    (
        "en: 'and the US $X' in a list of partners sharing one verb is the partner and its value, not 'US$'",
        "2013-04-12",
        "IT exports climbed 4.6 percent to $12.91 billion in March. Shipments to Hong Kong reached $2.05 billion,"
        " up 11.2 percent, and the US $1.12 billion, down 3.9 percent.",
        {
            k("2013-03", region="hong_kong"): (2.05e9, 11.2, None),
            k("2013-03", region="us"): (1.12e9, -3.9, None),
        },
        [],
    ),
    (
        "ko: an item a headline's total 'rode on' ('… 업고 12% 증가', '… 타고') is its cause, not the change's subject",
        "2022-07-14",
        "상반기 ICT 수출 1,180억달러…데이터센터 SSD 업고 12% 증가\n\n상반기 ICT 수출은 1,180억4천만달러로"
        " 12.3% 늘었다.",
        {k("2022-01/2022-06"): (118.04e9, 12.3, None)},
        [k("2022-01/2022-06", item="ssd")],
    ),
    (
        "ko: a round figure something nearly reached ('60억 달러에 육박', '근접') is a bound, not its value",
        "2021-05-14",
        "4월 ICT 수출은 171억2천만달러로 28.4% 늘었다. 베트남 수출은 60억 달러에 육박했고, 대만 수출은 20억"
        " 달러에 근접했다. 인도 수출은 3억2700만 달러에 육박했다.",
        {k("2021-04", region="india"): (0.327e9, None, None)},
        [k("2021-04", region="vietnam"), k("2021-04", region="taiwan")],
    ),
    (
        "en: 'approached $X' / 'neared $X' with a round figure is a bound, not the value",
        "2021-05-14",
        "ICT exports rose 28.4 percent to $17.12 billion in April. Exports to Vietnam approached $6 billion, and"
        " those to Taiwan neared $2 billion.",
        {k("2021-04"): (17.12e9, 28.4, None)},
        [k("2021-04", region="vietnam"), k("2021-04", region="taiwan")],
    ),
    (
        "en: an item the total was 'riding on' is its cause",
        "2022-07-14",
        "H1 ICT exports reach $118bn, riding on data-centre SSDs to a 12% gain\n\nICT exports for the first half"
        " came to $118.04 billion, up 12.3 percent from a year earlier.",
        {k("2022-01/2022-06"): (118.04e9, 12.3, None)},
        [k("2022-01/2022-06", item="ssd")],
    ),
    (
        "en: the place a wire story was filed from ('HONG KONG — …') is no partner",
        "2018-04-16",
        "HONG KONG — South Korea's ICT exports rose 10.6 per cent year on year to US$18.1 billion in March, its"
        " ministry said.",
        {k("2018-03"): (18.1e9, 10.6, None)},
        [k("2018-03", region="hong_kong")],
    ),
    (
        "en: a broker's bullet 'Semis US$8.4bn (-9.1% YoY)' names semiconductors",
        "2019-02-15",
        "- Jan ICT exports US$15.61bn (-12.1% YoY).\n- Semis US$8.43bn (-21.2% YoY); displays US$1.98bn (-5.1%).",
        {k("2019-01", item="semiconductors"): (8.43e9, -21.2, None)},
        [],
    ),
    (
        "ko: '딸라' (Yanbian and North Korean spelling) is the dollar",
        "2021-06-15",
        "한국 정보통신기술(ICT) 수출은 5월에 163억 4,000만딸라로 지난해 같은 달보다 8.7% 늘어났다."
        " 디스플레이는 21억 2,000만 딸라로 3.1% 감소했다.",
        {k("2021-05"): (16.34e9, 8.7, None), k("2021-05", item="displays"): (2.12e9, -3.1, None)},
        [],
    ),
    (
        "en: 'handsets and handset parts', 'phones incl. parts', 'phone shipments, parts included' are the phones'"
        " whole category",
        "2031-06-14",
        "ICT exports rose 2.6 percent to $18.38 billion in May. Handsets and handset parts brought in $1.02 billion,"
        " down 3.3 percent.\nICT imports fell 1.1 percent. Imported phones incl. parts +4.4% to $0.81b.",
        {
            k("2031-05", item="mobile_phones"): (1.02e9, -3.3, None),
            k("2031-05", flow="import", item="mobile_phones"): (8.1e8, 4.4, None),
        },
        [k("2031-05", item="mobile_phone_parts")],
    ),
    (
        "ko: the partner prefix with its Hanja gloss ('대(對)중', '대(對)미') names the partner",
        "2031-05-14",
        "4월 ICT 수출은 171억2000만달러였다. 반도체는 61억4000만달러로 4.2% 늘었다. 대(對)중 반도체 수출은 "
        "30억1000만달러로 8.8% 증가했고, 대(對)미 휴대폰 수출은 3억9000만달러로 2.2% 줄었다.",
        {
            k("2031-04", item="semiconductors", region="china"): (3.01e9, 8.8, None),
            k("2031-04", item="mobile_phones", region="us"): (3.9e8, -2.2, None),
        },
        [],
    ),
    (
        "en: 'pc' right after a number is percent ('6.4pc', '2 pc'), upper-case 'PC' is a computer",
        "2019-12-16",
        "KARACHI: South Korea's ICT exports rose 6.4pc year-on-year to $18.32 billion in November, while ICT"
        " imports fell 2 pc to $9.11 billion. Exports of 30 PC models were shown at the fair.",
        {k("2019-11"): (18.32e9, 6.4, None), k("2019-11", "import"): (9.11e9, -2.0, None)},
        [],
    ),
    (
        "en: 'Việt Nam', the Vietnamese spelling with diacritics, is Vietnam",
        "2021-06-15",
        "South Korea's ICT exports to Việt Nam rose 5.2 per cent to $2.44 billion in May. Overall ICT exports"
        " were $17.1 billion in May, up 1.1 per cent.",
        {k("2021-05", region="vietnam"): (2.44e9, 5.2, None), k("2021-05"): (17.1e9, 1.1, None)},
        [],
    ),
    (
        "ko: '대인도' is exports to India, not world",
        "2021-06-15",
        "5월 ICT 수출은 171억달러로 3.3% 늘었다. 한국의 5월 대인도 ICT 수출은 5억3천만달러로 6.1% 늘었다.",
        {k("2021-05", region="india"): (5.3e8, 6.1, None), k("2021-05"): (17.1e9, 3.3, None)},
        [],
    ),
    (
        "ko: bare 대중 / 대일 prefixes before their amounts in a list of balances",
        "2019-08-14",
        "7월 ICT 수출은 154억달러, 수입은 86억달러였다. 국가별 수지는 대중 41억2000만 달러 흑자, 대베트남 18억5000만"
        " 달러 흑자, 대일 3억9000만 달러 적자였다.",
        {
            k("2019-07", "balance", region="china"): (4.12e9, None, None),
            k("2019-07", "balance", region="vietnam"): (1.85e9, None, None),
            k("2019-07", "balance", region="japan"): (-3.9e8, None, None),
        },
        [],
    ),
    (
        "en: abbreviated item labels of data bullets ('Semis', 'PCs & periph.', 'Comm. equip.', 'Telecom gear')",
        "2020-09-14",
        "KR trade wrap\n• KR ICT exports (Aug): $15.02B, +2.6% y/y\n• Semis: $8.11B, +4.9% y/y\n• PCs & periph.:"
        " $1.02B, +31.5% y/y\n• Comm. equip.: $0.22B, -8.8% y/y\n- Telecom gear: $0.19B (+1.4%)",
        {
            k("2020-08", item="semiconductors"): (8.11e9, 4.9, None),
            k("2020-08", item="computers_peripherals"): (1.02e9, 31.5, None),
            k("2020-08", item="communication_equipment"): (0.22e9, -8.8, None),
        },
        [k("2020-08", item="computers")],
    ),
    (
        "en: 'Comms gear' is communication equipment; 'semis' alone (traders' chip stocks) names no item",
        "2020-09-14",
        "Korea's ICT exports came in at $15.02 billion in August, +2.6% vs August 2019.\n- Comms gear: $0.21B"
        " (+7.7%)\nSemis rallied 3.1% on the day.",
        {k("2020-08", item="communication_equipment"): (0.21e9, 7.7, None)},
        [k("2020-08", item="semiconductors")],
    ),
    (
        "en: a wire's '(prior yr $X)' is the year-earlier value",
        "2019-07-15",
        "KR trade wrap\n• KR ICT exports (Jun): $16.22B, -4.1% y/y (prior yr $16.91B)",
        {k("2019-06"): (16.22e9, -4.1, 16.91e9)},
        [],
    ),
    (
        "en: 'down from $X in <Month Year>' a year back is the prior; two years back, that month's own value",
        "2016-05-16",
        "SEOUL -- ICT exports fell 7.2% from a year earlier to $14.11 billion in April, down from $15.20 billion in"
        " April 2015, the ministry said. Imports rose 3.1% to $8.2 billion in April, up from $7.61 billion in April"
        " 2014.",
        {k("2016-04"): (14.11e9, -7.2, 15.20e9), k("2014-04", "import"): (7.61e9, None, None)},
        [k("2015-04", "import")],
    ),
    (
        "ko: '중국, 홍콩을 합친 수출은' (a comma apposition) is China's",
        "2016-05-13",
        "4월 ICT 수출은 139억8000만달러로 6.2% 줄었다. 중국, 홍콩을 합친 수출은 71억4천만 달러로 8.8% 감소했다.",
        {k("2016-04", region="china"): (7.14e9, -8.8, None)},
        [k("2016-04", region="hong_kong")],
    ),
    (
        "en: 'China including Hong Kong' is one partner, not an aside that swallows 'and those from Vietnam'",
        "2018-03-15",
        "Korea's ICT imports rose 1.9% to $9.35 billion in February. Imports from China including Hong Kong grew 3.3%"
        " to $3.41 billion and those from Vietnam fell 2.2% to $0.87 billion.",
        {
            k("2018-02", "import", region="china"): (3.41e9, 3.3, None),
            k("2018-02", "import", region="vietnam"): (0.87e9, -2.2, None),
        },
        [],
    ),
    (
        "en: a plural possessive ('The Philippines'') or a coordinated item phrase before 'exports' is that country's",
        "2022-03-15",
        "South Korea's ICT exports rose 4.4 percent to $17.9 billion in February. The Philippines' own electronics"
        " exports rose 3.8 percent to $2.26 billion in February. Taiwan's ICT and audio-video product exports grew"
        " 11.2 per cent to USD 8.4 billion.",
        {k("2022-02"): (17.9e9, 4.4, None)},
        [k("2022-02", region="other:philippines"), k("2022-02", item="other:electronic components")],
    ),
    (
        "en: 'from $X in the second half of 2013' names the year-ago base with its own period: the prior",
        "2015-01-15",
        "ICT exports reached $15.8 billion in December. Second-half ICT exports came to $52.6 billion, down 12.5"
        " percent from $60.1 billion in the second half of 2013.",
        {k("2014-07/2014-12"): (52.6e9, -12.5, 60.1e9)},
        [],
    ),
    (
        "ko: a past-tense clause ('…줄었으며,') before a forecast clause states its figures; the forecast's do not",
        "2016-12-14",
        "11월 ICT 수출은 158억 달러로 2.8% 증가했다. 1~11월 누적 ICT 수출은 1,578억2천만달러로 6.1% 줄었으며,"
        " 올해 연간 수출은 1,720억 달러 안팎에 그칠 것으로 전망된다.",
        {k("2016-01/2016-11"): (157.82e9, -6.1, None)},
        [k("2016-01/2016-12")],
    ),
    (
        "ko: after '휴대폰은', parts named in a reason clause ending '…줄어' are the reason, not the figure's item",
        "2017-08-14",
        "7월 ICT 수출은 157억 달러로 20.2% 증가했다. 휴대폰은 해외 조립 물량이 늘면서 부품 출하가 줄어"
        " 11.3억 달러(△9.4%)에 머물렀다.",
        {k("2017-07", item="mobile_phones"): (1.13e9, -9.4, None)},
        [k("2017-07", item="mobile_phone_parts")],
    ),
    (
        "en: an item in 'on <item> demand' is a reason: the next clause's partner figure is that partner's total",
        "2021-04-15",
        "ICT exports rose 12.5 percent to $15.7 billion in March. Exports to Vietnam climbed 9.8 percent to $2.93"
        " billion on display panel demand, while shipments to Mexico edged down 1.7 percent to $0.21 billion.",
        {k("2021-03", region="other:mexico"): (0.21e9, -1.7, None)},
        [k("2021-03", item="displays", region="other:mexico")],
    ),
    (
        "en: an item in 'that hosts …' describes the partner, not the figure; nor is it carried to the next partner",
        "2021-04-15",
        "ICT exports rose 12.5 percent to $15.7 billion in March. Exports to Hungary, the European country that hosts"
        " Samsung's biggest TV plant, rose 6.4 percent to $310 million. Exports to India fell 2.2 percent to $540"
        " million.",
        {k("2021-03", region="india"): (0.54e9, -2.2, None)},
        [k("2021-03", item="digital_tv", region="india")],
    ),
    (
        "en: a month's possessive before a change ('than March's 11.6% fall') dates that change, comparison or not",
        "2016-06-14",
        "ICT exports fell 6.8% to $14.2 billion in May. The drop was smaller than March's 11.6% fall.",
        {k("2016-05"): (14.2e9, -6.8, None), k("2016-03"): (None, -11.6, None)},
        [],
    ),
    (
        "ko: a list of changes closed by a copula ('…%였고') takes no sign from the next subject's verb",
        "2017-05-15",
        "4월 ICT 수출은 152억3천만달러로 9.1% 늘었다. 품목별 증가율은 메모리 41.7%, 컴퓨터 12.9%였으며,"
        " 휴대폰은 27.4% 감소했다.",
        {
            k("2017-04", item="memory"): (None, 41.7, None),
            k("2017-04", item="computers"): (None, 12.9, None),
            k("2017-04", item="mobile_phones"): (None, -27.4, None),
        },
        [],
    ),
    (
        "ko: '뛴'/'뛰었다' is a rise: the sentence-final decrease after 반면 is the other clause's",
        "2017-05-15",
        "4월 ICT 수출은 152억3천만달러로 9.1% 늘었다. 시스템반도체는 22억1천만달러로 16.3% 뛴 반면"
        " 디스플레이는 21억4천만달러로 8.6% 줄었다.",
        {
            k("2017-04", item="system_semiconductors"): (2.21e9, 16.3, None),
            k("2017-04", item="displays"): (2.14e9, -8.6, None),
        },
        [],
    ),
    (
        "ko: 'AMOLED' (active-matrix OLED, the 2010-2013 name of OLED panels) is OLED, not all displays",
        "2011-06-14",
        "5월 IT 수출은 136억4000만달러로 4.2% 늘었다. 갤럭시용 AMOLED 패널 수출은 4억8000만달러로 62.3% 급증했다.",
        {k("2011-05", item="oled"): (0.48e9, 62.3, None)},
        [k("2011-05", item="displays")],
    ),
    (
        "en: 'AMOLED displays' are OLED panels",
        "2011-06-14",
        "IT exports rose 4.2 percent to $13.64 billion in May. Shipments of AMOLED displays jumped 62.3 percent to"
        " $480 million.",
        {k("2011-05", item="oled"): (0.48e9, 62.3, None)},
        [k("2011-05", item="displays")],
    ),
    (
        "en: a partner named by its adjective before ICT goods or parts ('Imports of Taiwanese ICT products',"
        " 'Chinese IT parts and components') is that partner; ICT parts are a sub-item, not all ICT imports",
        "2011-05-13",
        "IT exports rose 9.5 percent to $13.12 billion in April. Imports of Taiwanese ICT products rose 8.2 percent"
        " to $2.44 billion, while imports of Chinese IT parts and components slid 2.9 percent to $3.17 billion.",
        {
            k("2011-04", "import", region="taiwan"): (2.44e9, 8.2, None),
            k("2011-04", "import", item="other:parts and components", region="china"): (3.17e9, -2.9, None),
        },
        [k("2011-04", "import"), k("2011-04", "import", region="china")],
    ),
]


@pytest.mark.parametrize(
    ("rule", "published", "text", "expected", "absent"), [pytest.param(*case, id=case[0]) for case in CASES]
)
def test_rule(rule: str, published: str, text: str, expected: dict[Key, Numbers], absent: list[Key]) -> None:
    assert_reads(rule, published, text, expected, absent)


def test_a_span_across_the_turn_of_the_year_starts_the_year_before() -> None:
    """'July-February' (a fiscal year's months so far) is not a backward period."""
    from datetime import date

    from scraper.parser.periods import PeriodSpec, resolve

    period = resolve(PeriodSpec(first_month=7, last_month=2), date(2022, 3, 15))
    assert period is not None and period.label == "2021-07/2022-02"


@pytest.mark.parametrize(
    ("words", "item"),
    [
        ("4월 핸드셋 수출은 11억2000만달러로 9.1% 늘었다.", "mobile_phones"),
        ("4월 액정표시장치(LCD) 패널 수출은 8억1000만달러로 9.1% 늘었다.", "lcd"),
        ("4월 유기발광다이오드(OLED) 패널 수출은 8억1000만달러로 9.1% 늘었다.", "oled"),
        ("Rechargeable battery exports rose 9.1 percent to $811 million in April.", "secondary_batteries"),
        ("Finished smartphones rose 9.1 percent to $811 million in April.", "finished_phones"),
    ],
)
def test_more_names_of_phones_panels_and_batteries(words: str, item: str) -> None:
    """핸드셋 (handsets), the panels named by their full Korean names, a rechargeable battery in the singular and
    finished smartphones."""
    facts = read(f"ICT exports in April 2031\n\n{words}", "2031-05-14")
    assert facts[k("2031-04", item=item)][1] == 9.1


@pytest.mark.parametrize("word", ["요인도", "원인도", "견인도"])
def test_india_is_not_read_inside_another_word(word: str) -> None:
    """ "… 18.4% 줄어 계절적 요인도 작용": 요인도 is "the factor, too", not India."""
    text = f"5월 ICT 수출\n\n○ 5월 ICT 수출은 141.2억달러 / ○ 전월(152.7억달러) 대비로는 7.5% 줄어 계절적 {word} 작용"
    facts = read(text, "2031-06-14")
    assert not [key for key in facts if key[3] == "india"]
