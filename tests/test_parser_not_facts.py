"""What is not an ICT trade fact, and which pages are not ICT trade reports."""

from __future__ import annotations

from datetime import date

import pytest

from scraper.parser import parse
from tests.parser_helpers import facts_of

A = pytest.approx


def test_won_conversions_are_never_dollars() -> None:
    facts = facts_of("ICT exports reached $22.03 billion (approximately 30 trillion 344.1 billion won) in June.")
    assert facts[("2024-06", "export", "ict", "world")].value_usd == A(22.03e9)
    assert all(f.value_usd is None or f.value_usd < 1e12 for f in facts.values())
    ko = facts_of("6월 ICT 수출은 116억9000만달러(약 16조1700억원)로 33.9% 늘었다.")
    assert ko[("2024-06", "export", "ict", "world")].value_usd == A(11.69e9)


def test_share_of_total_exports_is_not_a_change() -> None:
    facts = facts_of(
        "ICT exports rose 5 percent to $18 billion in June, accounting for 30.3 percent of the country's total exports."
    )
    assert facts[("2024-06", "export", "ict", "world")].yoy_pct == 5.0
    assert [f.yoy_pct for f in facts.values()] == [5.0]


def test_percentage_points_are_not_a_change() -> None:
    facts = facts_of("ICT exports rose 5 percent in June; the chip share rose 3.2 percentage points.")
    assert [f.yoy_pct for f in facts.values()] == [5.0]


def test_month_on_month_is_not_year_on_year() -> None:
    facts = facts_of("ICT exports were $18 billion in June, up 2.4 percent from the previous month.")
    assert facts[("2024-06", "export", "ict", "world")].yoy_pct is None


def test_daily_average_is_skipped() -> None:
    facts = facts_of("6월 ICT 수출은 180억 달러였다. 일평균 수출은 전년 동월(6.3억불) 대비 7.6% 감소한 5.9억불 기록")
    assert [f.value_usd for f in facts.values()] == [A(18e9)]


def test_all_industry_totals_are_skipped() -> None:
    facts = facts_of(
        "ICT exports rose 5 percent to $18 billion in June, while Korea's total exports fell 3 percent to $55 billion."
    )
    assert list(facts) == [("2024-06", "export", "ict", "world")]
    assert facts[("2024-06", "export", "ict", "world")].value_usd == A(18e9)


def test_thresholds_are_not_values() -> None:
    facts = facts_of("ICT exports surpassed $20 billion in June. They totaled $20.5 billion, up 14.8 percent.")
    assert facts[("2024-06", "export", "ict", "world")].value_usd == A(20.5e9)


@pytest.mark.parametrize(
    "text",
    [
        "Korea's exports rose 5.1 percent to $56 billion in June, the trade ministry said, with chip shipments up 50 "
        "percent and car exports down 3 percent.",  # a total-trade release
        "Samsung Electronics said memory chip prices rose 15 percent in the second quarter as demand for HBM grew.",
        "The ministry will hold a briefing on the hydrogen economy roadmap next week.",
        "2020년 5월 수출입 동향: 5월 수출 348.6억 달러, 전년동기대비 23.7% 감소, 수입 344.2억 달러",
        # an all-industry release that names one item as an ICT one: "정보통신(ICT) 품목인 컴퓨터"
        "11월 수출 571억 달러\n\n11월 수출이 571억2천만 달러로 작년 같은 달보다 2.3% 늘었다. 수입은 511억 달러로 1.1%"
        " 줄었다. 정보통신(ICT) 품목인 컴퓨터 수출도 14억 달러로 80.2% 늘었다.",
        # a company's story whose only ICT-trade words are an expectation: "ICT 수출 호조가 이어질 것으로 내다봤다"
        "가상전자, 3분기 반도체 수출 최대\n\n가상전자의 3분기 반도체 수출이 310억 달러로 작년 같은 기간보다 21.4%"
        " 늘었다. 회사 측은 ICT 수출 호조가 이어질 것으로 내다봤다.",
        # a market report waiting for the ICT data: its figures are the currency's and the index's
        "Won slips ahead of ICT export data\n\nThe won fell 0.6 percent against the dollar on Monday as traders awaited"
        " October ICT export figures. The KOSPI lost 1.1 percent.",
    ],
)
def test_pages_that_are_not_ict_trade_reports(text: str) -> None:
    result = parse(text, published=date(2024, 7, 1))
    assert result.is_ict_trade_report is False
    assert result.facts == []


def test_an_ict_release_is_a_report() -> None:
    result = parse(
        "2024년 6월 정보통신산업(ICT) 수출입 동향\n6월 ICT 수출은 200억 달러로 10% 증가했다.",
        published=date(2024, 7, 15),
    )
    assert result.is_ict_trade_report is True and len(result.facts) == 1


def test_an_outlook_that_quotes_a_months_results_reports_them() -> None:
    """An outlook headline and lead ("… seen growing …", "… 전망") over a paragraph of the month's or the year-to-date
    results told as facts: the story reports those results; an outlook with only its estimates reports nothing."""
    outlook = (
        "ICT exports seen growing 6% in 2032\n"
        "Korea's ICT exports are expected to climb 6.3 percent to $241.5 billion next year, a think tank said Monday.\n"
    )
    results = (
        "Through October, ICT exports stood at $188.2 billion, up 3.1 percent on-year, customs data showed. "
        "October shipments alone rose 7.4 percent to $20.6 billion.\n"
    )
    reported = parse(outlook + results, published=date(2031, 11, 17))
    assert reported.is_ict_trade_report
    facts = {fact.key: fact for fact in reported.facts}
    assert facts[("2031-01/2031-10", "export", "ict", "world")].value_usd == A(188.2e9)
    assert facts[("2031-10", "export", "ict", "world")].yoy_pct == 7.4
    estimate = "This year's ICT exports are estimated at $227.2 billion, up 4.0 percent, the think tank said.\n"
    assert not parse(outlook + estimate, published=date(2031, 11, 17)).is_ict_trade_report
    korean = (
        "내년 ICT 수출 6% 증가 전망\n"
        "연구원은 17일 내년 ICT 수출이 올해보다 6.3% 늘어난 2415억달러에 이를 것으로 전망했다.\n"
        "산업부 집계로 1~10월 ICT 수출은 1882억달러로 전년 동기 대비 3.1% 늘었다.\n"
    )
    reported = parse(korean, published=date(2031, 11, 17))
    assert reported.is_ict_trade_report
    assert {fact.key for fact in reported.facts} == {("2031-01/2031-10", "export", "ict", "world")}
