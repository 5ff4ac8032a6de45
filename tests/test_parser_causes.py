"""One test per cause of error measured on texts the parser was not tuned on (the causes C1-C33 that
`../shared/eval/ERRORS.md` sorts them into). Every sentence here is invented: new wording, new figures.

Each case reads a short text through the assembler (the classifier is tested elsewhere) and checks the
facts it must give, and where it matters, a key it must not give. Causes the parser does not handle yet
are strict xfails: the day one starts passing, the suite says so.
"""

from __future__ import annotations

from datetime import date

import pytest

from scraper.parser import normalise
from scraper.parser.assembler import Assembler
from scraper.parser.classify import detect_language

Key = tuple[str, str, str, str]
Numbers = tuple[float | None, float | None, float | None]


def read(text: str, published: str) -> dict[Key, Numbers]:
    text = normalise(text)
    assembler = Assembler(date.fromisoformat(published), detect_language(text))
    assembler.feed(text)
    return {fact.key: (fact.value_usd, fact.yoy_pct, fact.prior_usd) for fact in assembler.facts()}


def k(period: str, flow: str = "export", item: str = "ict", region: str = "world") -> Key:
    return (period, flow, item, region)


def close(got: Numbers, want: Numbers) -> bool:
    return all(
        (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= max(abs(b) * 1e-6, 1e-6))
        for a, b in zip(got, want, strict=True)
    )


# (cause, published, text, {key: (value_usd, yoy_pct, prior_usd)}, keys that must not appear)
CASES: list[tuple[str, str, str, dict[Key, Numbers], list[Key]]] = [
    (
        "C1 a historical month stays with its figure",
        "2023-10-13",
        "ICT exports grew 6.1% to $18.34 billion in September. Growth had stalled in June, when shipments dipped 1.2%. "
        "Display exports gained 4.4% to $2.07 billion.",
        {
            k("2023-09"): (18.34e9, 6.1, None),
            k("2023-06"): (None, -1.2, None),
            k("2023-09", item="displays"): (2.07e9, 4.4, None),
        },
        [k("2023-06", item="displays")],
    ),
    (
        "C1 ko: a cumulative span ends with its paragraph",
        "2022-11-14",
        "10월 ICT 수출은 171억2000만달러로 3.1% 줄었다. 10월까지 누적 ICT 수출은 1883억달러였다.\n"
        "반도체는 102억6000만달러로 5.8% 감소했다.",
        {
            k("2022-10"): (17.12e9, -3.1, None),
            k("2022-01/2022-10"): (188.3e9, None, None),
            k("2022-10", item="semiconductors"): (10.26e9, -5.8, None),
        },
        [k("2022-01/2022-10", item="semiconductors")],
    ),
    (
        "C2 a partner's breakdown keeps the partner",
        "2022-03-15",
        "Shipments to India climbed 11.3 percent to $1.74 billion. Chips sold to the country jumped 20.2 percent to "
        "$690 million, while handsets slipped 2.5 percent to $120 million.",
        {
            k("2022-02", region="india"): (1.74e9, 11.3, None),
            k("2022-02", item="semiconductors", region="india"): (0.69e9, 20.2, None),
            k("2022-02", item="mobile_phones", region="india"): (0.12e9, -2.5, None),
        },
        [k("2022-02", item="semiconductors")],
    ),
    (
        "C2 a breakdown inside a cause clause",
        "2020-10-12",
        "Exports to Japan fell 4.9 percent to $1.01 billion on weaker sales of displays (down 12.1 percent to $210 "
        "million).",
        {
            k("2020-09", region="japan"): (1.01e9, -4.9, None),
            k("2020-09", item="displays", region="japan"): (0.21e9, -12.1, None),
        },
        [],
    ),
    (
        "C2 ko: an item named in a figure-less sentence",
        "2018-04-13",
        "디스플레이는 중국 업체 증설로 두 달째 부진하다. 3월 수출액은 21억4000만달러로 7.7% 줄었다.",
        {k("2018-03", item="displays"): (2.14e9, -7.7, None)},
        [k("2018-03")],
    ),
    (
        "C2 a relative clause about a cause's noun",
        "2024-07-15",
        "Display exports rose 3.1 percent to $1.71 billion, thanks to brisk sales of OLED panels, which climbed 18.2 "
        "percent to $1.12 billion.",
        {k("2024-06", item="displays"): (1.71e9, 3.1, None), k("2024-06", item="oled"): (1.12e9, 18.2, None)},
        [],
    ),
    (
        "C3 ko: a noun in a cause clause is no subject",
        "2021-05-14",
        "디스플레이 수출은 TV 판매 부진 속에 OLED 출하가 늘며 3.6% 증가한 19억8000만달러를 기록했다.",
        {k("2021-04", item="displays"): (1.98e9, 3.6, None)},
        [k("2021-04", item="oled")],
    ),
    (
        "C3 ko: a flow in a cause clause is no subject",
        "2015-09-14",
        "ICT 수지는 반도체 단가 상승으로 수출이 늘면서 71억2000만달러 흑자를 냈다.",
        {k("2015-08", flow="balance"): (7.12e9, None, None)},
        [k("2015-08")],
    ),
    (
        "C4 item names",
        "2024-07-15",
        "Exports of computers and accessories rose 17.2 percent to $1.11 billion. Flash memory chips slid 4.1% to "
        "$1.32 billion, and printed circuit boards brought in $0.87 billion.",
        {
            k("2024-06", item="computers_peripherals"): (1.11e9, 17.2, None),
            k("2024-06", item="nand"): (1.32e9, -4.1, None),
            k("2024-06", item="other:printed circuit boards"): (0.87e9, None, None),
        },
        [],
    ),
    (
        "C4 ko item names",
        "2024-07-15",
        "보조기억장치(6억2000만달러, 44.1%↑), 메모리MCP(13억3000만달러, 8.8%↑), TV(1억7000만달러, 3.2%↓)",
        {
            k("2024-06", item="ssd"): (0.62e9, 44.1, None),
            k("2024-06", item="other:memory multi-chip packages"): (1.33e9, 8.8, None),
            k("2024-06", item="digital_tv"): (0.17e9, -3.2, None),
        },
        [],
    ),
    (
        "C5 a year named alone",
        "2013-01-14",
        "In 2012, IT exports totalled $155.2 billion, 0.8 percent less than the year before.",
        {k("2012-01/2012-12"): (155.2e9, -0.8, None)},
        [k("2012-12")],
    ),
    (
        "C5 the whole of a year",
        "2018-01-16",
        "For the whole of 2017, ICT imports advanced 11.9 per cent to $97.3 billion.",
        {k("2017-01/2017-12", flow="import"): (97.3e9, 11.9, None)},
        [],
    ),
    (
        "C5 ko: last year as a whole",
        "2019-01-15",
        "작년 한 해 ICT 수출은 호조였다. 수출액은 2203억달러로 8.8% 늘었다.",
        {k("2018-01/2018-12"): (220.3e9, 8.8, None)},
        [],
    ),
    (
        "C6 ko: an import paragraph's item breakdown is imports",
        "2019-08-14",
        "7월 ICT 수입은 88억1000만달러로 2.2% 줄었다. 품목별로는 반도체(38억5000만달러, 1.9%↓), "
        "컴퓨터(9억9000만달러, 6.3%↑) 순이었다.",
        {
            k("2019-07", flow="import"): (8.81e9, -2.2, None),
            k("2019-07", flow="import", item="semiconductors"): (3.85e9, -1.9, None),
        },
        [],
    ),
    (
        "C6 a paragraph break ends the flow section",
        "2020-01-15",
        "연간 ICT 수입은 1089억달러로 1.4% 줄었다.\n반도체는 연간 951억달러로 25.9% 감소했다.",
        {k("2019-01/2019-12", item="semiconductors"): (95.1e9, -25.9, None)},
        [k("2019-01/2019-12", flow="import", item="semiconductors")],
    ),
    (
        "C7 a month in its own publication month",
        "2021-06-08",
        "June ICT exports came to $18.02 billion, 31.6% above a year earlier.",
        {k("2021-06"): (18.02e9, 31.6, None)},
        [k("2020-06")],
    ),
    (
        "C8 ko: a compared year is no period",
        "2018-05-14",
        "4월 ICT 수출은 2017년 동월 대비 21.3% 늘었다.",
        {k("2018-04"): (None, 21.3, None)},
        [k("2017-01/2017-12")],
    ),
    (
        "C8 ko: a period inside a cause clause",
        "2022-08-12",
        "모바일 D램은 작년 상반기 재고 확보에 따른 기저 영향으로 9.9% 줄었다.",
        {k("2022-07", item="dram"): (None, -9.9, None)},
        [k("2021-01/2021-06", item="dram")],
    ),
    (
        "C9 ko: an amount without 만",
        "2024-07-15",
        "낸드 수출은 17억3000달러로 6.4% 늘었다.",
        {k("2024-06", item="nand"): (1.73e9, 6.4, None)},
        [],
    ),
    (
        "C9 ko: a surplus without its currency",
        "2024-07-15",
        "ICT 무역수지는 71억2000만 흑자였다.",
        {k("2024-06", flow="balance"): (7.12e9, None, None)},
        [],
    ),
    (
        "C9 ko: 억 typed twice",
        "2024-07-15",
        "휴대폰 수출은 13억 2000억 달러였다.",
        {k("2024-06", item="mobile_phones"): (1.32e9, None, None)},
        [],
    ),
    (
        "C2 ko: an item breakdown after a partner list is world level",
        "2024-07-15",
        "지역별로는 중국이 81억 달러, 베트남이 27억 달러다. 품목별로는 반도체가 112억 달러였다.",
        {
            k("2024-06", region="vietnam"): (2.7e9, None, None),
            k("2024-06", item="semiconductors"): (11.2e9, None, None),
        },
        [k("2024-06", item="semiconductors", region="vietnam")],
    ),
    (
        "C10 respectively over flows",
        "2023-03-14",
        "수출과 수입은 152억달러와 101억달러로 각각 10.4%, 3.3% 감소했다.",
        {k("2023-02"): (15.2e9, -10.4, None), k("2023-02", flow="import"): (10.1e9, -3.3, None)},
        [],
    ),
    (
        "C10 respectively over items",
        "2024-07-15",
        "Shipments of computers and peripherals rose 6.1% and 2.2%, reaching $210 million and $480 million "
        "respectively.",
        {k("2024-06", item="computers"): (210e6, 6.1, None), k("2024-06", item="peripherals"): (480e6, 2.2, None)},
        [k("2024-06", item="computers_peripherals")],
    ),
    (
        "C11 forecasts and shares are no facts",
        "2024-07-15",
        "The ministry projects ICT exports to expand 4~7% next year. 반도체가 전체 ICT 수출의 61.2%를 차지했다.",
        {},
        [k("2024-06"), k("2024-06", item="semiconductors")],
    ),
    (
        "C12 the prior month",
        "2015-03-12",
        "Phone shipments rose 5.1 percent last month, after shrinking 2.6 percent in the prior month.",
        {k("2015-02", item="mobile_phones"): (None, 5.1, None), k("2015-01", item="mobile_phones"): (None, -2.6, None)},
        [],
    ),
    (
        "C12 ko: cumulative to the end of a month",
        "2016-07-13",
        "ICT 수출은 6월말 누적 812억달러를 기록했다.",
        {k("2016-01/2016-06"): (81.2e9, None, None)},
        [],
    ),
    (
        "C12 ko: a month range listed figure by figure",
        "2022-06-14",
        "ICT 수출 증가율은 2월부터 4월까지 각각 15.2%, 9.8%, 11.6%였다.",
        {k("2022-02"): (None, 15.2, None), k("2022-03"): (None, 9.8, None), k("2022-04"): (None, 11.6, None)},
        [],
    ),
    (
        "C13 a subject named after its figure",
        "2024-07-15",
        "Behind the gain was a 19.4% jump in OLED sales. Manufacturers sent $2.31 billion worth of smartphones abroad.",
        {k("2024-06", item="oled"): (None, 19.4, None), k("2024-06", item="mobile_phones"): (2.31e9, None, None)},
        [],
    ),
    (
        "C14 from-to pairs",
        "2021-12-14",
        "11월 휴대폰 수출은 2020년 같은 달 11억4000만 달러에서 올해 13억2000만 달러로 늘었다.",
        {k("2021-11", item="mobile_phones"): (1.32e9, None, 1.14e9)},
        [k("2020-01/2020-12", item="mobile_phones")],
    ),
    (
        "C14 annual from-to",
        "2020-01-16",
        "Annual display exports fell from $24.9 billion to $20.7 billion.",
        {k("2019-01/2019-12", item="displays"): (20.7e9, None, 24.9e9)},
        [],
    ),
    (
        "C15 a precise figure after a bound word is a value",
        "2024-07-15",
        "Shipments to Taiwan shrank 3.4 percent to below $538 million. Chip exports grew more than 40 percent.",
        {k("2024-06", region="taiwan"): (538e6, -3.4, None)},
        [k("2024-06", item="semiconductors")],
    ),
    (
        "C15 ko: a round threshold",
        "2024-12-13",
        "11월 ICT 수출은 4개월 연속 200억 달러(약 28조 원)를 넘어섰다.",
        {},
        [k("2024-11")],
    ),
    (
        "C16 an item's own total",
        "2021-01-18",
        "올해 휴대폰 총 수출액은 118억6000만달러로 6.0% 줄었다.",
        {k("2020-01/2020-12", item="mobile_phones"): (11.86e9, -6.0, None)},
        [],
    ),
    (
        "C17 a month of a kind dated by later years",
        "2024-07-15",
        "6월 기준으로 보면 2021년에는 183억2000만달러, 2022년에는 197억5000만달러가 수출됐다.",
        {k("2021-06"): (18.32e9, None, None), k("2022-06"): (19.75e9, None, 18.32e9)},
        [],
    ),
    (
        "C18 region names",
        "2024-07-15",
        "Exports to the Association of Southeast Asian Nations rose 6.6 percent to $2.21 billion; Oceania (down 1.1%) "
        "lagged.",
        {k("2024-06", region="asean"): (2.21e9, 6.6, None), k("2024-06", region="other:oceania"): (None, -1.1, None)},
        [],
    ),
    (
        "C19 a surplus named after its figure",
        "2017-04-14",
        "ICT 부문은 지난달 84억1000만달러 흑자를 냈다.",
        {k("2017-03", flow="balance"): (8.41e9, None, None)},
        [k("2017-03")],
    ),
    (
        "C20 a place in a concessive clause",
        "2024-07-15",
        "Despite flooding in Malaysia, ICT exports rose 2.9% to $17.71 billion.",
        {k("2024-06"): (17.71e9, 2.9, None)},
        [k("2024-06", region="other:malaysia")],
    ),
    (
        "C21 month-on-month and change amounts",
        "2024-07-15",
        "Phone exports reached $1.98 billion, 6.1% more than in May. 5월과 비교하면 반도체는 4000만달러 늘었다.",
        {k("2024-06", item="mobile_phones"): (1.98e9, None, None)},
        [k("2024-06", item="semiconductors")],
    ),
    (
        "C22 the all-industry total is no ICT figure",
        "2024-07-15",
        "ICT goods made up 34.1% of the country's total exports of $56.2 billion.",
        {},
        [k("2024-06")],
    ),
    (
        "C23 ko: a flow verb keeps the subject",
        "2024-07-15",
        "D램은 31억4000만달러어치가 수출돼 22.7% 증가했다. 베트남(28억1000만 달러)은 수출이 9.9% 늘었다.",
        {k("2024-06", item="dram"): (3.14e9, 22.7, None), k("2024-06", region="vietnam"): (2.81e9, 9.9, None)},
        [],
    ),
    (
        "C24 a period in parentheses belongs to its own figure",
        "2020-08-13",
        "ICT 수출은 156.2억불('19.7월 161.4억불)을 기록했다.",
        {k("2020-07"): (15.62e9, None, 16.14e9), k("2019-07"): (16.14e9, None, None)},
        [],
    ),
    (
        "C25 a partner buying from Korea",
        "2024-07-15",
        "Japan bought $1.27 billion worth of ICT goods from South Korea, 3.3% less than a year earlier.",
        {k("2024-06", region="japan"): (1.27e9, -3.3, None)},
        [],
    ),
    (
        "C26 direction words",
        "2024-07-15",
        "ICT imports edged downward 2.7 percent. 휴대폰 수출은 전년보다 5.5% 낮은 수준이었다.",
        {k("2024-06", flow="import"): (None, -2.7, None), k("2024-06", item="mobile_phones"): (None, -5.5, None)},
        [],
    ),
    (
        "C27 ko: a subject with a parenthetical",
        "2024-07-15",
        "일본(3위 수출국)이 반도체 재고 조정 여파로 4.4% 감소한 3억3000만 달러를 기록했다.",
        {k("2024-06", region="japan"): (0.33e9, -4.4, None)},
        [],
    ),
    (
        "C28 the sign of a slowing growth rate",
        "2018-06-14",
        "Export growth cooled to 3.3% in May, slowing from 12.4% in March and 8.1% in April.",
        {k("2018-05"): (None, 3.3, None), k("2018-03"): (None, 12.4, None), k("2018-04"): (None, 8.1, None)},
        [],
    ),
    (
        "C29 a headline without a period does not take the report's month",
        "2023-07-14",
        "ICT exports down 21.1% y/y\nIn the first half, ICT exports fell 21.1% to $92.4 billion.",
        {k("2023-01/2023-06"): (92.4e9, -21.1, None)},
        [k("2023-06")],
    ),
    (
        "C29 a rounded headline figure gives way to the body's precise one",
        "2019-08-06",
        "Korea's ICT exports drop 13 pct in July\nICT exports declined 13.8 percent on-year in July to $15.02 billion.",
        {k("2019-07"): (15.02e9, -13.8, None)},
        [],
    ),
    (
        "C33 ko: a figure waiting for its subject stays in its own clause",
        "2024-07-15",
        "지난달에는 151억2000만 달러, 수입은 88억1000만 달러로 63억1000만 달러의 무역수지를 기록했다.",
        {
            k("2024-06"): (15.12e9, None, None),
            k("2024-06", flow="import"): (8.81e9, None, None),
            k("2024-06", flow="balance"): (6.31e9, None, None),
        },
        [],
    ),
    (
        "C30 a flattened table with period columns",
        "2017-09-14",
        "구분 | '16.8월 | '17.8월P\n수출 | 143.7(4.9%↑) | 171.9(19.6%↑)\n(단위: 억불)",
        {k("2016-08"): (14.37e9, 4.9, None), k("2017-08"): (17.19e9, 19.6, 14.37e9)},
        [],
    ),
    (
        "C31 spoken numbers",
        "2024-07-15",
        "ICT imports rose nine-and-a-half percent, while exports edged up point-four percent.",
        {k("2024-06", flow="import"): (None, 9.5, None), k("2024-06"): (None, 0.4, None)},
        [],
    ),
    (
        "C32 a possessive prior",
        "2024-07-15",
        "ICT exports reached $16.92 billion, up 2.2% from the previous year's $16.56 billion.",
        {k("2024-06"): (16.92e9, 2.2, 16.56e9)},
        [],
    ),
    (
        "C33 ko: a figure in a modifier clause belongs to its noun",
        "2024-07-15",
        "반도체는 수출이 38.2% 늘어난 HBM 덕분에 11.1% 증가한 112억1000만달러였다.",
        {k("2024-06", item="semiconductors"): (11.21e9, 11.1, None), k("2024-06", item="hbm"): (None, 38.2, None)},
        [],
    ),
]

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(
    ("cause", "published", "text", "expected", "absent"),
    [
        pytest.param(
            *case,
            id=case[0],
            marks=[pytest.mark.xfail(reason=NOT_YET[case[0]], strict=True)] if case[0] in NOT_YET else [],
        )
        for case in CASES
    ],
)
def test_cause(cause: str, published: str, text: str, expected: dict[Key, Numbers], absent: list[Key]) -> None:
    assert_reads(cause, published, text, expected, absent)


def assert_reads(label: str, published: str, text: str, expected: dict[Key, Numbers], absent: list[Key]) -> None:
    """The one check of every table of invented sentences: the facts a text must give, and keys it must not."""
    facts = read(text, published)
    for key, numbers in expected.items():
        assert key in facts, f"{label}: no {key} in {sorted(facts)}"
        assert close(facts[key], numbers), f"{label}: {key} is {facts[key]}, want {numbers}"
    for key in absent:
        assert key not in facts, f"{label}: {key} should not be read ({facts.get(key)})"
