"""The body classifier: ICT trade reports in every wording, and what is not one. Invented sentences."""

from __future__ import annotations

import pytest

from scraper.parser.classify import is_ict_trade_report

REPORTS = [
    "지난달 ICT산업 수출은 172억달러로 집계됐다.",  # ICT glued to the Korean noun
    "반도체 등 IT 품목 수출이 석 달째 늘었다.",  # IT before a noun other than 수출
    "정보통신기술 분야가 9.4% 늘어난 수출 실적을 냈다.",  # a decimal between the two words
    "Korea's information technology exports reached $14.1 billion.",
    "Exports of digital electronics rose 6.2 percent.",
    "Outbound shipments of ICT goods slowed in May.",
]
NOT_REPORTS = [
    "Korea's exports rose 5.1% in May on strong car sales.",
    "It exported more cars than a year earlier.",  # "It" is no IT
    "The ICT ministry named a new vice minister. Car exports rose.",  # not in one sentence
    "반도체 수출이 20% 늘었다.",
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
