"""Related-article blocks: the headlines listed under a "관련기사" heading are links to other stories, not this
article's text, however the heading is marked and however the headlines end."""

from __future__ import annotations

import pytest

from scraper.cleaner import clean_text

BODY = "5월 ICT 수출은 163억4000만달러로 4.4% 늘었다."


@pytest.mark.parametrize("heading", ["▶ 관련기사", "☞관련 기사", "■ 관련 뉴스"])
def test_a_marked_related_heading_drops_its_headlines(heading: str) -> None:
    text = f"{BODY}\n{heading}\n· 4월 ICT 수출 149억달러…반도체 부진\n· 휴대폰 부품 수출 석 달째 감소"
    kept = clean_text(text).text
    assert "163억4000만달러" in kept
    assert "149억달러" not in kept and "부품 수출" not in kept


def test_a_korean_headline_ending_in_a_plain_verb_is_still_a_headline() -> None:
    """'올해 12% 늘어난다' ends like a sentence but has no full stop; the body's sentences have one."""
    text = f"{BODY}\n관련 기사\n카메라 모듈 발주, 올해 12% 늘어난다\n반도체 수출은 88억달러였다."
    kept = clean_text(text).text
    assert "늘어난다" not in kept
    assert "반도체 수출은 88억달러였다." in kept
