"""The spiders' headline filter: it decides which articles are fetched at all, so it must let every
shape of ICT trade headline through (the body classifier decides after). All headlines are invented."""

from __future__ import annotations

import pytest

from scraper.parser.classify import is_ict_trade_headline

THROUGH = [
    "ICT exports rise 7.2% in March on chip demand",  # the plain shape
    "Korea's IT exports hit record high in 2010",  # the older vocabulary
    "Exports of ICT goods fall for third month",  # exports before ICT
    "Outbound shipments of information and communications technology products slow",
    "ICT trade surplus widens to $8.1 billion",  # leads with the balance
    "Chip boom lifts ICT shipments to new peak",  # chip-led ICT story
    "5월 ICT 수출 183억달러…반도체 호조",
    "정보통신기술 수출 두 달 연속 증가",
    "IT수출 석 달째 감소세",  # IT glued to 수출
    "ICT 무역수지 62억달러 흑자",  # the balance first
    "반도체가 이끈 ICT 수출, 상반기 최대",
    "정보기술 산업 수입 늘어",
    "Digital electronics trade surplus reaches record",
    "Information And Communications Technology Exports Rise",  # title case
    "Tech exports climb on AI chips",  # the sector's short word
    "Korea's tech trade surplus hits record",
]
HELD_BACK = [
    "Samsung unveils new foldable phone",
    "Korea's exports rise 5.1% in May",  # total trade, no ICT word
    "it exports more than it imports, says analyst",  # "it" is a pronoun
    "ICT minister visits AI research centre",  # ICT but no trade
    "반도체 업황 회복 기대",
    "정보통신 기술 인재 양성 계획 발표",
    "Tech stocks rally as chip exports rise",  # "tech" of shares, not of trade
    "Biotech exports rise 4%",
]


@pytest.mark.parametrize("headline", THROUGH)
def test_ict_trade_headlines_pass(headline: str) -> None:
    assert is_ict_trade_headline(headline)


@pytest.mark.parametrize("headline", HELD_BACK)
def test_other_headlines_are_held_back(headline: str) -> None:
    assert not is_ict_trade_headline(headline)
