"""Rules of the language found after the causes of `test_parser_causes.py`: each case is an invented
sentence (new wording, new figures) that the parser read wrongly before its rule existed.

Same shape as the cause tests: the facts a text must give, and keys it must not give.
"""

from __future__ import annotations

import pytest

from tests.test_parser_causes import Key, Numbers, close, k, read

CASES: list[tuple[str, str, str, dict[Key, Numbers], list[Key]]] = [
    (
        "ko: bare 패널 is the older word for display panels",
        "2008-03-05",
        "2월 IT 수출은 95억2천만불이었다. 반도체(21억4천만불, △3.1%), 패널(17억6천만불, 22.4%↑) 순이었다.",
        {k("2008-02", item="displays"): (1.76e9, 22.4, None)},
        [],
    ),
    (
        "ko: 태양광 패널 is not a display",
        "2012-05-10",
        "4월 ICT 수출은 131억2000만달러였다. 태양광 패널 수출은 2억1000만달러로 12.5% 줄었다.",
        {},
        [k("2012-04", item="displays")],
    ),
    (
        "ko: a year named as comparison base, its figure in parentheses, is the prior",
        "2013-01-14",
        "2012년 IT 수출은 1천551억달러로 2011년(1천566억달러)에 비해 1.0% 줄었다.",
        {k("2012-01/2012-12"): (155.1e9, -1.0, 156.6e9)},
        [],
    ),
    (
        "ko: '1년 전(…)' is the prior",
        "2016-06-13",
        "5월 ICT 수출액은 1년 전(141억8000만달러)보다 2.9% 감소한 137억7000만달러였다.",
        {k("2016-05"): (13.77e9, -2.9, 14.18e9)},
        [],
    ),
    (
        "ko: a comparison base dated in an earlier year is the prior",
        "2023-11-15",
        "수출은 2022년 10월 191억3000만달러에 비해 6.2% 감소한 179억4000만달러를 기록했다.",
        {k("2023-10"): (17.94e9, -6.2, 19.13e9)},
        [],
    ),
    (
        "en: 'compared to $X tallied a year earlier' is the prior",
        "2024-03-14",
        "Outbound ICT shipments reached $18.3 billion, compared to $15.9 billion tallied a year earlier.",
        {k("2024-02"): (18.3e9, None, 15.9e9)},
        [],
    ),
    (
        "a value stated for the same month a year before fills the prior",
        "2019-05-15",
        "4월 ICT 수출은 157억1000만달러였다. 이는 역대 4월 최대였던 2018년 4월 162억2000만달러에 못 미친다.",
        {k("2019-04"): (15.71e9, None, 16.22e9), k("2018-04"): (16.22e9, None, None)},
        [],
    ),
    (
        "ko: a figure read before its subject sets the paragraph's year",
        "2014-01-08",
        "산업통상자원부는 지난해 842억3000만달러의 ICT 무역흑자를 냈다고 밝혔다. ICT 수출은 전년 대비 8.1% 증가한 "
        "1694억1000만달러였다.",
        {k("2013-01/2013-12", flow="balance"): (84.23e9, None, None), k("2013-01/2013-12"): (169.41e9, 8.1, None)},
        [k("2013-12")],
    ),
    (
        "ko: a cause phrase after another name is that name's ('반도체 수출, 메모리 가격 회복으로')",
        "2016-10-14",
        "9월 ICT 수출 동향\n\n휴대폰 수출은 줄었다. 반도체 수출, 메모리 가격 회복으로 15.2% 증가한 58억달러",
        {k("2016-09", item="semiconductors"): (5.8e9, 15.2, None)},
        [k("2016-09", item="mobile_phones")],
    ),
    (
        "ko: '전체 수출액' in an ICT report is the ICT total, not the economy's",
        "2021-08-13",
        "7월 ICT 수출은 호조를 이어갔다. 전체 수출액은 191억5000만달러로 19.5% 늘었다.",
        {k("2021-07"): (19.15e9, 19.5, None)},
        [],
    ),
    (
        "ko: '우리나라 전체 수출' is the economy's, not ICT's",
        "2021-08-13",
        "7월 ICT 수출은 191억5000만달러였다. 같은 달 우리나라 전체 수출은 554억4000만달러였다.",
        {k("2021-07"): (19.15e9, None, None)},
        [],
    ),
    (
        "ko: '두 품목은 각각' lists the figures of the last sentence's items",
        "2021-04-14",
        "반도체와 디스플레이 수출이 호조를 보였다. 두 품목은 각각 95억1000만달러, 25억3000만달러로 집계됐다.",
        {
            k("2021-03", item="semiconductors"): (9.51e9, None, None),
            k("2021-03", item="displays"): (2.53e9, None, None),
        },
        [],
    ),
    (
        "ko: '각각' with two kinds of figures for the last sentence's partners",
        "2021-04-14",
        "중국과 베트남으로의 수출이 늘었다. 각각 80억2000만달러(12.1%↑), 30억5000만달러(20.3%↑)였다.",
        {k("2021-03", region="china"): (8.02e9, 12.1, None), k("2021-03", region="vietnam"): (3.05e9, 20.3, None)},
        [],
    ),
    (
        "en: 'They rose … respectively' after a sentence naming two items",
        "2021-04-14",
        "Shipments of chips and displays led the gains. They rose 14.2 percent and 11.7 percent, respectively.",
        {k("2021-03", item="semiconductors"): (None, 14.2, None), k("2021-03", item="displays"): (None, 11.7, None)},
        [],
    ),
    (
        "an item larger than the month's ICT total was bound to the wrong period",
        "2011-01-05",
        "12월 IT 수출은 140억달러로 집계됐다. 휴대폰은 276억달러로 연간 최대 실적을 올렸다.",
        {k("2010-12"): (14.0e9, None, None)},
        [k("2010-12", item="mobile_phones")],
    ),
]


@pytest.mark.parametrize(
    ("rule", "published", "text", "expected", "absent"), [pytest.param(*case, id=case[0]) for case in CASES]
)
def test_rule(rule: str, published: str, text: str, expected: dict[Key, Numbers], absent: list[Key]) -> None:
    facts = read(text, published)
    for key, numbers in expected.items():
        assert key in facts, f"{rule}: no {key} in {sorted(facts)}"
        assert close(facts[key], numbers), f"{rule}: {key} is {facts[key]}, want {numbers}"
    for key in absent:
        assert key not in facts, f"{rule}: {key} should not be read ({facts.get(key)})"


def test_whole_economy_figure_is_not_ict() -> None:
    facts = read("7월 ICT 수출은 191억5000만달러였다. 같은 달 우리나라 전체 수출은 554억4000만달러였다.", "2021-08-13")
    assert all(value != 55.44e9 for value, _, _ in facts.values())
