"""Period forms, resolved against the publication date."""

from __future__ import annotations

import pytest

from tests.parser_helpers import facts_of
from tests.test_parser_causes import k, read

A = pytest.approx


def keys(text: str, published: str) -> set[str]:
    return {key[0] for key in facts_of(text, published)}


def test_last_month() -> None:
    assert keys("ICT exports rose 5 percent to $18 billion last month.", "2024-07-12") == {"2024-06"}


def test_month_name_in_the_year_before_a_january_release() -> None:
    assert keys("ICT exports rose 5 percent to $18 billion in December.", "2024-01-15") == {"2023-12"}


def test_month_name_in_the_same_year() -> None:
    assert keys("ICT exports rose 5 percent to $18 billion in June.", "2024-07-12") == {"2024-06"}


def test_month_with_year() -> None:
    assert keys("In October 2023, ICT exports reached $17.06 billion.", "2023-11-15") == {"2023-10"}


def test_first_half_of_this_year() -> None:
    assert keys("In the first half of this year, ICT exports rose 5 percent to $110 billion.", "2024-07-15") == {
        "2024-01/2024-06"
    }


def test_quarter() -> None:
    assert keys("ICT exports fell 12.5 percent to $48.3 billion in the first quarter.", "2024-04-15") == {
        "2024-01/2024-03"
    }


def test_whole_year_in_an_annual_release() -> None:
    assert keys("ICT exports for 2023 as a whole fell 10 percent to $190 billion.", "2024-01-15") == {"2023-01/2023-12"}


def test_january_to_n_cumulative() -> None:
    assert keys("From January to May, ICT exports totaled $88.2 billion, up 3 percent.", "2024-06-14") == {
        "2024-01/2024-05"
    }


@pytest.mark.parametrize(
    ("phrase", "period"),
    [
        ("상반기 ICT 수출은 1030.4억 달러로 21.5% 증가했다.", "2024-01/2024-06"),
        ("1분기 ICT 수출은 483억 달러로 12.5% 감소했다.", "2024-01/2024-03"),
        ("1~5월 누적 ICT 수출은 882억 달러로 집계됐다.", "2024-01/2024-05"),
        ("지난달 ICT 수출은 188억 달러로 19.4% 늘었다.", "2024-06"),
        ("지난해 ICT 수출은 1,900억 달러로 10% 감소했다.", "2023-01/2023-12"),
        ("올해 상반기 ICT 수출은 1,100억 달러였다.", "2024-01/2024-06"),
        ("’23년 12월 ICT 수출은 182.6억불이었다.", "2023-12"),
    ],
)
def test_korean_period_forms(phrase: str, period: str) -> None:
    assert keys(phrase, "2024-07-15") == {period}


def test_historical_comparison_is_a_fact_for_its_own_period() -> None:
    facts = facts_of(
        "In the first half of this year, ICT exports were $115.16 billion. The highest first-half "
        "figure was $122.46 billion in 2022.",
        "2025-07-14",
    )
    assert facts[("2022-01/2022-06", "export", "ict", "world")].value_usd == A(122.46e9)
    assert facts[("2025-01/2025-06", "export", "ict", "world")].value_usd == A(115.16e9)


def test_paragraph_period_carries_to_the_next_sentence() -> None:
    text = "6월 ICT 수출은 193.0억 달러로 집계됐다. 반도체(112.3억 달러, 34.3%↑)가 수출을 이끌었다."
    facts = facts_of(text, "2024-07-14")
    assert ("2024-06", "export", "semiconductors", "world") in facts


def test_trend_sentence_binds_each_figure_to_its_month() -> None:
    facts = facts_of(
        "ICT exports rose 0.3 percent in August. They plunged 15.3 percent on-year in April and "
        "contracted 2.6 percent in the following month before a rebound in June with 1 percent growth.",
        "2020-09-15",
    )
    assert facts[("2020-04", "export", "ict", "world")].yoy_pct == -15.3
    assert facts[("2020-05", "export", "ict", "world")].yoy_pct == -2.6
    assert facts[("2020-06", "export", "ict", "world")].yoy_pct == 1.0
    assert facts[("2020-08", "export", "ict", "world")].yoy_pct == 0.3


def test_a_quarter_to_date_after_its_own_months_is_the_quarter() -> None:
    """ "4~6월 2분기 누적": the quarter's months, summed; "2분기 누적" alone stays January to June."""
    text = "6월 ICT 수출은 181.2억 달러로 2.2% 증가했다.\n4~6월 2분기 누적 ICT 수출은 531억2천만달러로 3.1% 늘었다."
    facts = read(text, "2031-07-14")
    assert facts[k("2031-04/2031-06")] == (5.312e10, 3.1, None)
    alone = read(text.replace("4~6월 2분기 누적", "2분기 누적").replace("531억", "1031억"), "2031-07-14")
    assert alone[k("2031-01/2031-06")][0] == pytest.approx(1.0312e11)
