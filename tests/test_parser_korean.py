"""Korean number forms, signs, comparisons and bracketed pairs (texts written for these tests)."""

from __future__ import annotations

import pytest

from tests.parser_helpers import facts_of, numbers

A = pytest.approx
JUNE = ("2024-06", "export", "ict", "world")


@pytest.mark.parametrize(
    ("amount", "usd"),
    [
        ("2천204억 불", 220.4e9),
        ("996억8,000만달러", 99.68e9),
        ("149억 6000만 달러", 14.96e9),
        ("1,976억달러", 197.6e9),
        ("251.7억 달러", 25.17e9),
        ("182.6억불", 18.26e9),
        ("128억4천만 달러", 12.84e9),
        ("1천281.5억 불", 128.15e9),
    ],
)
def test_korean_amounts(amount: str, usd: float) -> None:
    """(Chips, stated for a year: some of these amounts are larger than any month's, some smaller than a year's ICT
    exports.)"""
    facts = facts_of(f"2023년 ICT 수출 가운데 반도체 수출은 {amount}로 집계됐다.")
    assert facts[("2023-01/2023-12", "export", "semiconductors", "world")].value_usd == A(usd)


@pytest.mark.parametrize(
    ("phrase", "pct"),
    [
        ("전년 동월 대비 7.2% 감소했다", -7.2),
        ("전년 동월 대비 7.2% 줄었다", -7.2),
        ("전년 대비 7.2% 하락했다", -7.2),
        ("(△7.2%)", -7.2),
        ("(▼7.2%)", -7.2),
        ("(7.2%↓)", -7.2),
        ("전년 동월 대비 7.2% 증가했다", 7.2),
        ("(7.2%↑)", 7.2),
    ],
)
def test_korean_signs(phrase: str, pct: float) -> None:
    facts = facts_of(f"6월 ICT 수출은 150억 달러 {phrase}.")
    assert facts[JUNE].yoy_pct == pct


def test_prior_value_in_comparison() -> None:
    facts = facts_of("6월 ICT 수입(109.4억불)은 전년 동월(117.9억불) 대비 7.2% 감소하였다.")
    assert numbers(facts[("2024-06", "import", "ict", "world")]) == (A(10.94e9), -7.2, A(11.79e9))


def test_bracketed_item_pairs() -> None:
    facts = facts_of("6월 ICT 수출은 증가했다. ○ (반도체 : 110.7억불, 19.3%↑) 메모리(69.9억불, 57.5%↑)가 증가를 견인")
    assert numbers(facts[("2024-06", "export", "semiconductors", "world")]) == (A(11.07e9), 19.3, None)
    assert numbers(facts[("2024-06", "export", "memory", "world")]) == (A(6.99e9), 57.5, None)


def test_partner_pairs_with_hong_kong_inside_china() -> None:
    facts = facts_of(
        "6월 ICT 수출은 지역별로 중국(홍콩 포함, 16.3%↑), 베트남(4.3%↑)은 증가, 유럽연합(△8.0%)은 감소했다."
    )
    assert facts[("2024-06", "export", "ict", "china")].yoy_pct == 16.3
    assert facts[("2024-06", "export", "ict", "vietnam")].yoy_pct == 4.3
    assert facts[("2024-06", "export", "ict", "eu")].yoy_pct == -8.0


def test_surplus_and_deficit() -> None:
    surplus = facts_of("6월 ICT 수출은 182.6억불, 수입은 109.4억불, 무역수지는 73.1억불 흑자로 집계되었다.")
    assert surplus[("2024-06", "balance", "ict", "world")].value_usd == A(7.31e9)
    assert surplus[("2024-06", "import", "ict", "world")].value_usd == A(10.94e9)
    deficit = facts_of("6월 ICT 무역수지는 12억 달러 적자를 기록했다.")
    assert deficit[("2024-06", "balance", "ict", "world")].value_usd == A(-1.2e9)


def test_figure_before_its_subject() -> None:
    facts = facts_of(
        "6월 ICT 수출이 늘었다. 전년 동월 대비 21.9% 증가하며 역대 최대를 기록한 반도체 수출액은 "
        "166억 2천만 달러로 집계됐다."
    )
    assert numbers(facts[("2024-06", "export", "semiconductors", "world")]) == (A(16.62e9), 21.9, None)


def test_trend_line_with_declared_unit() -> None:
    facts = facts_of("ICT 수출이 증가했다.\n* 반도체 수출 증감률(%) : (’24.4월) △4.7 → (5월) 10.7↑ → (6월) 19.3↑")
    assert facts[("2024-04", "export", "semiconductors", "world")].yoy_pct == -4.7
    assert facts[("2024-05", "export", "semiconductors", "world")].yoy_pct == 10.7
    assert facts[("2024-06", "export", "semiconductors", "world")].yoy_pct == 19.3


def test_respectively_with_subjects_before_the_figures() -> None:
    facts = facts_of("6월 ICT 수출 가운데 미국과 베트남 수출이 각각 31.9%, 14.4% 늘었다.")
    assert facts[("2024-06", "export", "ict", "us")].yoy_pct == 31.9
    assert facts[("2024-06", "export", "ict", "vietnam")].yoy_pct == 14.4


def test_cause_phrases_are_not_subjects() -> None:
    facts = facts_of("6월 ICT 수입은 반도체, 디스플레이를 중심으로 13.4% 늘어난 79억9000만 달러를 기록했다.")
    assert numbers(facts[("2024-06", "import", "ict", "world")]) == (A(7.99e9), 13.4, None)


def test_amount_in_the_next_sentence_completes_the_subject() -> None:
    facts = facts_of("6월 ICT 수출은 5.1% 늘어난 182억 달러였고 ICT 수입은 9.8% 증가했다. 모두 97억5천만 달러 규모다.")
    assert numbers(facts[("2024-06", "import", "ict", "world")]) == (A(9.75e9), 9.8, None)
    assert facts[("2024-06", "export", "ict", "world")].value_usd == A(18.2e9)


@pytest.mark.parametrize(
    ("follow_up", "pct"),
    [
        ("글로벌 수요 둔화로 주요 품목의 수출 감소", -12.4),
        ("주요 품목의 수출 증가", 12.4),
        ("수입은 감소", 12.4),  # says nothing about exports
    ],
)
def test_unsigned_change_takes_the_next_lines_direction(follow_up: str, pct: float) -> None:
    facts = facts_of(f"◇ (6월) ICT 수출은 155.2억불(12.4%), 수입은 98.1억불\n{follow_up}")
    assert facts[JUNE].yoy_pct == pct


def test_a_next_line_never_flips_a_sign_stated_earlier() -> None:
    facts = facts_of(
        "6월 ICT 수출은 155.2억불로 12.4% 증가했다.\n◇ (6월) ICT 수출은 155.2억불(12.4%)\n주요 품목의 수출 감소"
    )
    assert facts[JUNE].yoy_pct == 12.4
