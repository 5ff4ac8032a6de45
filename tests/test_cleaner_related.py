"""Related-article blocks: the headlines listed under a "관련기사" heading are links to other stories, not this
article's text, however the heading is marked and however the headlines end."""

from __future__ import annotations

import pytest

from scraper.cleaner import clean, clean_text

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


EN_BODY = "Shipments of ICT goods came to $17.36 billion in May, up 6.1 percent from a year before."


@pytest.mark.parametrize(
    "heading", ["Related:", "[Related]", "Related", "RELATED", "Popular Articles", "Most Popular", "Popular News:"]
)
def test_a_short_related_or_popular_label_drops_its_headlines(heading: str) -> None:
    """Wires label their link lists with a bare "Related:" or "[Related]", magazines with "Popular Articles";
    the headlines under them are other stories, with figures for other months and other things."""
    text = (
        f"{EN_BODY}\n{heading}\nChip exports slip 3.8% in April\n"
        "2 Memory maker mulls trimming wafer input by 12%\nPhone exports rose 2.2 percent."
    )
    kept = clean_text(text).text
    assert "$17.36 billion" in kept and "Phone exports rose 2.2 percent." in kept
    assert "3.8%" not in kept and "12%" not in kept


def test_a_sentence_that_opens_with_related_or_popular_is_article_text() -> None:
    text = f"{EN_BODY}\nRelated parts exports rose 4.0 percent to $2.1 billion.\nPopular handsets sold 9 percent more."
    kept = clean_text(text).text
    assert "Related parts exports rose 4.0 percent" in kept and "Popular handsets" in kept


def test_a_related_label_inside_a_page_body_drops_its_headlines() -> None:
    page = (
        "<html><head><title>ICT exports up in May</title></head><body><article><h1>ICT exports up in May</h1>"
        f"<p>{EN_BODY}</p><p>Imports of ICT goods fell 2.4 percent to $9.80 billion.</p>"
        "<p>Related:</p><p>Display exports fall 7.7% in April</p><p>Chip exports hit record in March</p>"
        "</article></body></html>"
    )
    text = clean(page.encode(), "https://news.example-wire.com/2016/06/ict").text
    assert "$9.80 billion" in text and "7.7%" not in text


@pytest.mark.parametrize(
    "heading", ["전자신문 관련기사", "머니투데이 인기기사", "이 기사와 관련된 뉴스", "[한경닷컴 많이 본 뉴스]"]
)
def test_a_heading_with_the_papers_name_or_as_a_phrase_drops_its_headlines(heading: str) -> None:
    text = f"{BODY}\n{heading}\n6월 ICT 수출 171억달러…2.9%↑\n하반기 D램 가격 15% 하락 전망"
    kept = clean_text(text).text
    assert "163억4000만달러" in kept
    assert "171억달러" not in kept and "D램 가격" not in kept


def test_english_prose_ending_like_a_heading_is_not_one() -> None:
    """'Korea imported more from China' ends like "More from …" but is prose: the lines after it stay."""
    text = "ICT exports rose 4.4% to $16.3 billion.\nKorea imported more from China\nChip exports rose 9.1% to $8.8 bn"
    assert "$8.8 bn" in clean_text(text).text


@pytest.mark.parametrize("heading", ["More To Read", "Read more", "Recent Posts", "Top 10 Most Popular", "Don't miss"])
def test_more_list_headings_drop_their_headlines(heading: str) -> None:
    """Blogs and portals head their link lists in many ways ("More To Read", "Recent Posts", "Top 10 Most
    Popular"); the headlines under them are other stories, with other months' figures."""
    links = "• Chip exports slip 3.8% in April\n2. Won hits 1,170 per dollar"
    text = f"{EN_BODY}\n{heading}\n{links}\nPhone exports rose 2.2 percent."
    kept = clean_text(text).text
    assert "$17.36 billion" in kept and "Phone exports rose 2.2 percent." in kept
    assert "3.8%" not in kept and "1,170" not in kept


@pytest.mark.parametrize(
    "link",
    [
        "Previous: ICT exports rise 6.4% in April",
        "Next article: ICT exports rise 6.4% in April",
        "이전기사 4월 ICT 수출 183억 달러…6.4%↑",
        "다음기사 D램 고정거래가 한 달 새 12% 올라",
        "Related: ICT exports rise 6.4% in April",
        "See also: D-RAM contract prices up 12% in a month",
        "▶ 관련기사: 4월 ICT 수출 183억 달러…6.4%↑",
        "[관련기사] D램 고정거래가 한 달 새 12% 올라",
        "관련기사 4월 ICT 수출 6.4% 늘어",
    ],
)
def test_a_link_to_another_article_labelled_on_its_line_is_dropped(link: str) -> None:
    """A labelled link ("Previous article: …", "이전기사 …") is one link to another story, its label on the
    headline's own line."""
    kept = clean_text(f"{EN_BODY}\n{link}\n{BODY}").text
    assert "$17.36 billion" in kept and "163억4000만달러" in kept
    assert "6.4%" not in kept and "12%" not in kept


def test_a_line_that_only_mentions_related_news_is_kept() -> None:
    line = "관련 기사에 따르면 4월 ICT 수출은 6.4% 늘었다."
    assert line in clean_text(f"{BODY}\n{line}").text


@pytest.mark.parametrize(
    "caption",
    [
        "평택 반도체 공장에서 직원들이 웨이퍼를 살펴보고 있다. [사진=연합뉴스]",
        "부산항에 수출 컨테이너가 쌓여 있다. (사진=해양수산부 제공)",
    ],
)
def test_a_photo_caption_between_paragraphs_that_ends_on_its_credit_is_dropped(caption: str) -> None:
    kept = clean_text(f"{BODY}\n{caption}\n반도체 수출은 90억달러였다.").text
    assert "163억4000만달러" in kept and "90억달러" in kept
    assert "살펴보고" not in kept and "컨테이너" not in kept


@pytest.mark.parametrize(
    "heading",
    [
        "오늘의 핫 클릭",
        "누리일보 랭킹 뉴스",
        "한빛경제 Pick!",
        "동해신문 인기 뉴스",
        "이 시각 주요뉴스",
        "누리통신 랭킹 뉴스 오후 2시~3시까지 집계한 결과입니다.",
    ],
)
def test_a_portals_ranked_or_picked_list_drops_its_headlines(heading: str) -> None:
    """A portal's or paper's ranked list ("핫 클릭", "랭킹 뉴스", "Pick!", "인기 뉴스", "이 시각 주요뉴스") holds
    other stories' headlines, with other months' figures."""
    text = f"{BODY}\n{heading}\n1 3월 ICT 수출 151억달러, 6.2%↓\n2 꽃샘추위 주말까지 이어져"
    kept = clean_text(text).text
    assert "163억4000만달러" in kept
    assert "151억달러" not in kept


def test_a_wires_running_story_label_above_the_article_is_a_link() -> None:
    """ "[실시간 뉴스] 7월 ICT 수출 …" above another story's headline is a link to that story, not this page's."""
    text = "[실시간 뉴스] 7월 ICT 수출 153억달러…13개월째 감소\n선박 수출 호조 이어가\n선박 수출액은 21억달러로 늘었다."
    kept = clean_text(text).text
    assert "153억달러" not in kept
    assert "선박 수출액은 21억달러로 늘었다." in kept
