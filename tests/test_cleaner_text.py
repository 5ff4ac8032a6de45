"""The cleaner's small parts: date forms, boilerplate lines, decoding, plain text with a glued title date."""

from __future__ import annotations

from datetime import date

import pytest

from scraper.cleaner import clean, clean_text
from scraper.cleaner.boilerplate import is_boilerplate
from scraper.cleaner.dates import parse_date
from scraper.cleaner.decode import decode_html


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-09-13", date(2024, 9, 13)),
        ("2024.09.13", date(2024, 9, 13)),  # MSIT RSS pubDate
        ("date2024-09-13", date(2024, 9, 13)),  # MOTIE list label glued to the date
        ("Published : Aug 3, 2022 - 10:00", date(2022, 8, 3)),
        ("All News 17:32 September 13, 2022", date(2022, 9, 13)),
        ("입력 2026.01.06. 08:15", date(2026, 1, 6)),
        ("승인 2005.02.01 12:01", date(2005, 2, 1)),
        ("2025-07-13T16:30:00Z", date(2025, 7, 14)),  # Arc XP UTC: already the 14th in Seoul
        ("2025-07-13T16:30:00+00:00", date(2025, 7, 14)),
        ("2024-12-16 12:00:00", date(2024, 12, 16)),  # News1, naive KST
        ("2013년 1월 9일", date(2013, 1, 9)),
    ],
)
def test_date_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_impossible_dates_are_none() -> None:
    assert parse_date("2024-02-31") is None
    assert parse_date("no date here") is None


@pytest.mark.parametrize(
    "line",
    [
        "Skip Menu",
        "Main Content Menu",
        "Go to Contents",
        "home PRESS CENTER구분선Press Releases",
        "  • Print",
        "facebook",
        "List",
        "Prev",
        "Next",
        "(END)",
        "댓글 0",
        "이 기사를 공유합니다",
        "글자크기 설정",
        "Copyright © BusinessKorea. All rights reserved.",
        "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
        "kim@yna.co.kr",
        "홍길동 기자",
        "A chip line in Pyeongtaek. /Courtesy of Samsung Electronics",
        "This file photo shows a chip plant. (Yonhap)",
        "*Short version",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "ICT exports rose 6 percent to $16.4 billion in March.",
        "- 수출 182.6억불, 수입 109.4억불, 무역수지 73.1억불 흑자",
        "By region, Korean ICT exports to Vietnam and the U.S. increased.",
        "Exports of displays fell 5.2 percent to $1.5 billion. (END)",  # a figure sentence is never furniture
        # a figure sentence worded with shipments, not exports, ends on a wire credit: still the article's
        "Among buyers, shipments bound for India climbed 7.4 percent to $620 million. (Yonhap)",
        "Outbound sales to Mexico slid 3.9 percent to $410 million. (Yonhap)",
    ],
)
def test_article_lines_survive(line: str) -> None:
    assert not is_boilerplate(line)


def test_boilerplate_prefilter_changes_no_verdict() -> None:
    """The cheap marker check before the slow line patterns must not change any verdict: every line of the saved
    source pages, the generic corpus and a few built to hit each pattern gets the verdict of the full scan."""
    from benchmarks.generic_sites import build_pages
    from scraper.cleaner import boilerplate
    from tests.source_fixtures import article_pages

    def full_scan(line: str) -> bool:
        stripped = boilerplate._BULLETS.sub("", line).strip()
        if not stripped:
            return True
        if boilerplate._WHOLE.match(stripped) and not boilerplate._FIGURE_SENTENCE.search(stripped):
            return True
        if boilerplate._menu_line(stripped):
            return True
        if boilerplate._FIGURE_SENTENCE.search(stripped):
            return False
        return bool(boilerplate._ANYWHERE.search(stripped))

    lines = [
        "Photo: a chip plant",
        "사진=연합뉴스",
        "(사진=과기정통부)",
        "Source: KITA",
        "ⓒ Example Daily",
        "Daniel Park reporter",
        "입력 2024.10.14 09:12",
        "자료 제공",
        "2024/05/01 chip line (Yonhap)",
        "(Yonhap)",
        "이 자료는 과학기술정보통신부의 보도자료를 전재하여 제공함",
        "All Rights Reserved 2024",
    ]
    for _, page_bytes, url in article_pages():
        lines += clean(page_bytes, url).paragraphs
        lines += page_bytes.decode("utf-8", errors="replace").splitlines()
    for page in build_pages():  # the text between tags of every corpus page: article lines and furniture
        lines += [
            chunk.split(">", 1)[-1]
            for chunk in page.html.decode("cp949" if b"euc-kr" in page.html[:300] else "utf-8").split("<")
        ]
    assert len(lines) > 5000
    for line in lines:
        assert is_boilerplate(line) == full_scan(line), line


def test_title_line_with_glued_date_gives_title_and_date() -> None:
    page = clean_text(
        "Skip Menu\nPress Releases\n  • Print\nKorea’s ICT export growth turns positive in June "
        "2020-07-13\nThe ministry said exports rose 1.0 percent to USD 15.0 billion.\n"
    )
    assert page.title == "Korea’s ICT export growth turns positive in June"
    assert page.published == date(2020, 7, 13)
    assert page.paragraphs[1:] == ("The ministry said exports rose 1.0 percent to USD 15.0 billion.",)


def test_meta_charset_is_used_when_the_header_names_none() -> None:
    body = '<html><head><meta charset="euc-kr"></head><body><p>반도체 수출</p></body></html>'.encode("cp949")
    text, encoding = decode_html(body, {"Content-Type": "text/html"})
    assert encoding == "cp949" and "반도체 수출" in text


def test_header_charset_wins_over_meta() -> None:
    body = '<html><head><meta charset="utf-8"></head><body><p>정보통신</p></body></html>'.encode("cp949")
    text, encoding = decode_html(body, {"Content-Type": "text/html; charset=EUC-KR"})
    assert encoding == "cp949" and "정보통신" in text


def test_undeclared_korean_page_is_detected() -> None:
    sentence = "정보통신산업 수출은 전년 동월 대비 증가했다. "
    body = ("<html><body><p>" + sentence * 20 + "</p></body></html>").encode("cp949")
    text, encoding = decode_html(body)
    assert encoding == "cp949" and "정보통신산업" in text


def test_unknown_host_uses_generic_extraction() -> None:
    body = (
        b"<html><head><title>Chip news | Example Daily</title></head><body><nav>Home World Tech</nav>"
        b"<article><h1>ICT exports rise</h1><p>" + b"Korea's ICT exports rose 6.0 percent to $16.4 billion "
        b"in March, the ministry said on Friday, as chip demand recovered. " * 3 + b"</p></article>"
        b"<footer>Copyright 2024 Example Daily. All rights reserved.</footer></body></html>"
    )
    page = clean(body, url="https://example.com/tech/1")
    assert page.source is None
    assert "rose 6.0 percent to $16.4 billion" in page.text
    assert "Home World Tech" not in page.text and "All rights reserved" not in page.text


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html><body></body></html>",
        b"<html><script>var a = 1;</script></html>",
        b"   ",
    ],
)
def test_pages_without_text_give_no_paragraphs(body: bytes) -> None:
    page = clean(body, url="https://en.yna.co.kr/view/AEN20240101000100320")
    assert page.paragraphs == ()
    assert page.title is None


def test_undecodable_bytes_become_replacement_characters_not_errors() -> None:
    page = clean(b"<p>\xff\xfe\x00 ICT exports rose 5 percent to $9 billion</p>", url=None)
    assert "ICT exports rose 5 percent" in page.text


def test_a_wire_line_with_abbreviated_figures_survives() -> None:
    """A line ending "(Yonhap)" is furniture unless it states trade figures, also written "pct" and "bln"."""
    line = "ICT imports rose 5.3 pct on-year to US$7.76 bln in January, data showed. (Yonhap)"
    assert "US$7.76 bln" in clean_text(f"ICT trade in January\n{line}").text


def test_headlines_listed_under_related_articles_are_dropped() -> None:
    text = (
        "10월 ICT 수출 171억 달러\n[사진=게티이미지뱅크]\n10월 ICT 수출은 171억2000만달러로 5.3% 늘었다.\n"
        "관련기사\n9월 ICT 수출 11.8% 증가…석 달 만에 반등\n8월 ICT 수출 1.4% 감소\n"
        "반도체 수출은 92억달러였다."
    )
    kept = clean_text(text).text
    assert "171억2000만달러" in kept and "반도체 수출은 92억달러였다." in kept
    assert "9월 ICT 수출" not in kept and "8월 ICT 수출" not in kept and "사진=" not in kept


def test_a_listed_related_headline_that_ends_in_an_abbreviation_is_dropped() -> None:
    text = (
        "ICT exports rose 6.2 percent to $15.8 billion in October.\nRelated Articles\n"
        "- Display exports to Vietnam top $1.1b in Sept.\n- Memory prices slide again\nChip exports rose 9.9 percent."
    )
    kept = clean_text(text).text
    assert "$1.1b" not in kept and "Memory prices" not in kept
    assert "Chip exports rose 9.9 percent." in kept


def test_page_furniture_of_captures_does_not_reach_the_text() -> None:
    """Market strips, related lists under other headings, readers' comments; and a dated headline far down a
    page (a related item) is no title."""
    page = "\n".join(
        [
            "The Morning Ledger",
            "Seoul 21°C  USD/KRW 1,133.20 ▲1.80  KOSPI 2,101.5 ▼0.4%",
            "ICT exports edge up in March",
            "ICT exports rose 2.1 percent to $14.9 billion in March.",
            "Imports fell 1.2 percent to $8.0 billion.",
            "Semiconductor exports rose 3.3 percent.",
            "Displays fell.",
            "Phones rose.",
            "Also in this section",
            "Unemployment rate falls to 3.9% in March",
            "Comments 2",
            "reader_01  2016.04.12. 10:12",
            "Back in 2000 it was $5 billion a month.",
            "Related Articles",
            "ICT Exports Drop 13.6% in January 2016-02-11",
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.title == "The Morning Ledger" or cleaned.title == "ICT exports edge up in March"
    for furniture in ("KOSPI", "Unemployment", "Back in 2000", "13.6%"):
        assert furniture not in cleaned.text
    assert "$14.9 billion" in cleaned.text


def test_menus_share_bars_breadcrumbs_and_a_masthead_are_not_article_text() -> None:
    page = "\n".join(
        [
            "The Daily Ledger",
            "Log in | Register",
            "Economy | Industry | Tech | World",
            "Industry > Electronics",
            "ICT exports climb 5.5% on server chips",
            "Share  Facebook  X  Kakao  Copy link",
            "ICT exports rose 5.5 percent to $19.2 billion in June.",
            "<ICT 수출입 현황> (단위: 억불, %)",
            "Item | Value | Change",
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.title == "ICT exports climb 5.5% on server chips"
    for furniture in ("Log in", "Economy |", "Industry >", "Kakao", "Daily Ledger"):
        assert furniture not in cleaned.text
    assert "<ICT 수출입 현황> (단위: 억불, %)" in cleaned.text and "Item | Value | Change" in cleaned.text


def test_a_header_row_of_months_under_its_label_is_kept() -> None:
    """ "Month | Jan. | Feb. | Mar." has a menu's shape (short parts, bars) but is a flattened table's header."""
    page = "ICT exports rose 3.1 percent in March.\nMonth | Jan. | Feb. | Mar.\nExports | 16.2 | 15.9 | 17.4"
    assert "Month | Jan. | Feb. | Mar." in clean_text(page).text


def test_a_line_of_item_names_over_a_row_of_cells_is_a_header_and_the_same_line_alone_a_menu() -> None:
    """ "Chips | Displays | Phones" has a menu's shape; over "41.2(8.8) | 6.0(-3.0) | 7.3(1.4)" it is a table's
    header."""
    menu, row = "Chips | Displays | Phones", "41.2(8.8) | 6.0(-3.0) | 7.3(1.4)"
    story = "ICT imports rose 4.0 percent to $8.81 billion in May."
    assert menu in clean_text(f"{story}\n{menu}\n{row}").text
    assert menu not in clean_text(f"{menu}\n{story}\n{row}").text


def test_a_bracketed_related_news_heading_with_dotted_bullets_is_furniture() -> None:
    text = (
        "11월 ICT 수출은 160.2억달러로 2.1% 늘었다.\n[관련 뉴스]\n· 메모리 가격 바닥 논쟁\n"
        "· 10월 ICT 수출 147억달러, 석 달 만에 감소"
    )
    kept = clean_text(text).text
    assert "147억달러" not in kept and "160.2억달러" in kept


def test_an_updated_dateline_is_no_readers_comment_handle() -> None:
    text = "Tech desk\nUpdated 2023.06.14 11:00\nICT exports fell 28.0 percent to $15.8 billion in May.\nMore to come."
    cleaned = clean_text(text)
    assert "$15.8 billion" in cleaned.text and "11:00" not in cleaned.text
    assert str(cleaned.published) == "2023-06-14"


def test_a_release_letterhead_over_the_headline_is_no_title() -> None:
    text = (
        "MINISTRY OF SCIENCE AND ICT\nPRESS RELEASE | Embargoed until: April 14, 2021\n"
        "Q1 ICT exports reach first-quarter high of $48.9 billion\n"
        "ICT exports rose 14.8 percent to $48.92 billion in the first quarter."
    )
    cleaned = clean_text(text)
    assert cleaned.title == "Q1 ICT exports reach first-quarter high of $48.9 billion"
    assert "PRESS RELEASE" not in cleaned.text and "$48.92 billion" in cleaned.text


def test_a_site_name_and_a_dated_section_line_over_the_headline_are_no_title() -> None:
    text = (
        "The Lagos Courier\nMarkets | 16/01/2019\nKorea's ICT exports set record at $220bn\n"
        "South Korea's ICT exports reached a record $220.34 billion last year."
    )
    assert clean_text(text).title == "Korea's ICT exports set record at $220bn"


def test_a_line_that_is_only_a_date_dates_the_page_and_is_no_text() -> None:
    for dateline in ("【서울=연합뉴스】 2018-07-13 09:30", "2018.07.13", "July 13, 2018"):
        text = f"6월 ICT 수출 7% 증가\n{dateline}\n6월 ICT 수출은 185억 달러로 7.1% 늘었다."
        cleaned = clean_text(text)
        assert str(cleaned.published) == "2018-07-13", dateline
        assert "09:30" not in cleaned.text and "2018.07" not in cleaned.text and "July 13" not in cleaned.text
        assert "185억 달러" in cleaned.text


TWO_COLUMNS_EN = (
    "ICT Trade Trends, May 2019\n"
    "ICT exports in May 2019 were USD 16.13 billion, down 13.6%.\n"
    "\n"
    " Items                                        Partners\n"
    "Chip exports slid 22.1% to                   Shipments to Vietnam climbed 4.8% to\n"
    "USD 8.37 billion, and displays lost          USD 2.77 billion, while those to Japan\n"
    "11.9% to USD 1.92 billion.                   eased 2.6% to USD 0.31 billion.\n"
)
TWO_COLUMNS_KO = (
    "5월 ICT 수출입 동향\n"
    "□ 지역별로는 베트남 증가, 일본 감소\n"
    "  ㅇ 베트남은 27.7억 달러로 4.8% 증가하며       ㅇ 일본은 3.1억 달러로 2.6% 감소,\n"
    "     3개월 연속 증가, 휴대폰(9.2억 달러,           반도체 수요 둔화가 영향을\n"
    "     7.5%↑) 수출 호조                                미친 것으로 분석\n"
)


def test_two_columns_set_side_by_side_are_read_one_after_the_other() -> None:
    """pdftotext -layout puts two columns side by side: each column is read down, its wrapped lines joined."""
    paragraphs = clean_text(TWO_COLUMNS_EN).text.split("\n\n")
    assert "Items Chip exports slid 22.1% to USD 8.37 billion, and displays lost 11.9% to USD 1.92 billion." in (
        paragraphs
    )
    assert (
        "Partners Shipments to Vietnam climbed 4.8% to USD 2.77 billion, while those to Japan eased 2.6% to USD 0.31"
        " billion." in paragraphs
    )
    paragraphs = clean_text(TWO_COLUMNS_KO).text.split("\n\n")
    assert "ㅇ 베트남은 27.7억 달러로 4.8% 증가하며 3개월 연속 증가, 휴대폰(9.2억 달러, 7.5%↑) 수출 호조" in paragraphs
    assert "ㅇ 일본은 3.1억 달러로 2.6% 감소, 반도체 수요 둔화가 영향을 미친 것으로 분석" in paragraphs


def test_two_columns_are_read_into_their_own_figures() -> None:
    from scraper.extract import extract_record

    facts = {
        (f["item"], f["region"]): (f["value_usd"], f["yoy_pct"])
        for f in extract_record(TWO_COLUMNS_EN.encode(), published=date(2019, 6, 14))["facts"]
    }
    assert facts[("semiconductors", "world")] == (8.37e9, -22.1)
    assert facts[("displays", "world")] == (1.92e9, -11.9)
    assert facts[("ict", "vietnam")] == (2.77e9, 4.8)
    assert facts[("ict", "japan")] == (0.31e9, -2.6)


@pytest.mark.parametrize(
    "text",
    [
        "Item            Sep 2015     Sep 2016\nICT exports     14.76        15.20\nSemiconductors  5.53         5.83\n"
        "Displays        2.41         2.31\n",
        "Region          Main items\nUnited States   Semiconductors, computers\n"
        "Viet Nam        Display panels, phones\nEuropean Union  Phones, parts and components\n",
        "Ministry of Science and ICT         Release 2024. 11. 14.\nICT Policy Division     Contact  044 202 0000\n"
        "Press release      Embargo   11:00\n",
    ],
)
def test_tables_and_letterheads_are_no_columns(text: str) -> None:
    from scraper.cleaner.columns import read_columns

    assert read_columns(text) == text


@pytest.mark.parametrize("footer", ["- 3 -", "– 3 –", "— 3 —", "-3-", "Page 3 of 8"])
def test_a_pdf_page_number_line_is_furniture_and_the_row_over_it_is_read(footer: str) -> None:
    """A PDF's page number ("- 3 -") under a table's last row is no cell of that row."""
    from scraper.extract import extract_record

    text = (
        "ICT Exports in May 2019\nICT exports in May 2019 were USD 15.02 billion, down 12.4% from a year earlier.\n"
        "< Exports by region > (USD billion, %)\nRegion 2018.5 2019.5 Change\nHong Kong 0.62 0.57 -8.1\n"
        f"Taiwan 0.44 0.41 -6.8\n\n{footer}\n\nExports to Taiwan fell on weak panel demand.\n"
    )
    facts = extract_record(text.encode(), published=date(2019, 6, 14))["facts"]
    taiwan = [f for f in facts if f["region"] == "taiwan" and f["period"] == "2019-05"]
    assert [(f["value_usd"], f["yoy_pct"]) for f in taiwan] == [(0.41e9, -6.8)]
    assert is_boilerplate(footer)


@pytest.mark.parametrize(
    "byline",
    [
        "서울경제 박영희기자 | 입력 : 2015.07.14 09:30",
        "[이데일리 박영희 기자] 입력 2015-07-14 09:30",
        "By Park Young-hee, staff reporter | Posted : 2015-07-14 09:30",
    ],
)
def test_a_byline_with_its_time_stamp_is_furniture_and_the_subtitle_under_it_stays_a_headline(byline: str) -> None:
    """Kept, the byline made the subtitle under it a body line, and the body's own figure for the item the
    subtitle named went to the month the body turned to."""
    from scraper.extract import extract_record

    text = (
        f"상반기 ICT 수출 867억불…휴대폰 주춤\n{byline}\n반도체 호조…컴퓨터는 8.1% 감소\n\n"
        "올해 상반기 ICT 수출이 867억2000만달러로 전년 동기 대비 1.8% 늘었다고 미래창조과학부가 14일 밝혔다.\n\n"
        "6월 ICT 수출은 153억4000만달러로 지난해 같은 달보다 2.2% 감소했다.\n\n"
        "품목별로는 반도체 수출이 311억달러로 9.7% 늘었고, 휴대폰은 124억5000만달러로 11.3% 감소했다. "
        "반면 컴퓨터는 30억2000만달러로 8.1% 감소했다.\n"
    )
    facts = extract_record(text.encode(), published=date(2015, 7, 14))["facts"]
    computers = [(f["period"], f["value_usd"], f["yoy_pct"]) for f in facts if f["item"] == "computers"]
    assert computers == [("2015-01/2015-06", 3.02e9, -8.1)]
    assert is_boilerplate(byline)


def test_a_wire_filing_time_is_no_readers_comment_handle() -> None:
    # Yonhap's "송고시간" dates the filing; the one-paragraph story under it is no reader's comment
    text = (
        "8월 ICT 수출 173억달러\n송고시간 2031-09-12 11:00\n"
        "(세종=연합뉴스) 8월 ICT 수출이 늘었다. 반도체는 96억3천만달러로 12.4% 증가했다."
    )
    cleaned = clean_text(text)
    assert "96억3천만달러" in cleaned.text and "11:00" not in cleaned.text
    assert str(cleaned.published) == "2031-09-12"


@pytest.mark.parametrize("label", ["기사승인", "최초입력", "기사입력"])
def test_an_article_approval_time_is_no_readers_comment_handle(label: str) -> None:
    # "기사승인 2031-03-12 15:00:27" dates the story; the paragraph under it (here a caption run into the lead, as
    # an extractor that loses breaks leaves it) is the story, no reader's comment
    text = (
        "2월 ICT 수출 201억달러\n"
        f"{label} 2031-03-12 15:00:27\n"
        "전시장에 놓인 메모리 모듈. 가상통신 올해 2월 ICT 수출은 201억2000만 달러로 14.2% 증가했다.\n"
    )
    cleaned = clean_text(text)
    assert "201억2000만 달러" in cleaned.text and "15:00" not in cleaned.text
    assert str(cleaned.published) == "2031-03-12"


def test_an_outlets_dateline_above_the_story_is_no_readers_comment_handle() -> None:
    """ "누리일보  2031-06-14 08:10" above the lead dates the story; the same shape below the story's prose is a
    reader's handle, and the line under it the comment."""
    text = (
        "5월 ICT 수출 191억 달러\n누리일보  2031.06.14 08:10\n"
        "5월 ICT 수출이 190억6천만 달러로 7.1% 늘었다.\n반도체는 128억 달러로 15.2% 증가했다.\n"
        "별빛고래  2031.06.14 09:02\n수출 191억이면 나쁘지 않네요"
    )
    kept = clean_text(text).text
    assert "190억6천만 달러" in kept and "128억 달러" in kept
    assert "별빛고래" not in kept and "나쁘지 않네요" not in kept
