"""Deeply nested pages (issue 17 case 3): libxml2 stops at 256 levels by default and drops the rest of the
page silently. Word-processor exports nest hundreds of <div>s or leave <font> tags unclosed; every line
and every figure of such a page must survive, and a page cut anyway must say so."""

from __future__ import annotations

import logging

import pytest

from scraper.cleaner import clean
from scraper.extract import extract_record

GENERIC_URL = "https://www.example-deep-export.com/news/ict-may"
PROFILE_URL = "https://www.msit.go.kr/eng/bbs/view.do?sCode=eng&mId=4&mPid=2&bbsSeqNo=42&nttSeqNo=9001"
BODY = (
    "<p>Outbound shipments of information and communication technology goods reached 21.4 billion dollars in May,"
    " up 11.2 percent from a year earlier, the science ministry said on Tuesday.</p>"
    "<p>ICT imports came to 12.6 billion dollars, leaving a surplus of 8.8 billion dollars for the month.</p>"
    "<p>Semiconductor exports rose 20.1 percent to 13.5 billion dollars on steady orders for memory chips.</p>"
)
CLOSING_LINE = "The ministry will publish the June figures in the middle of next month."


def page(opening: str = "", closing: str = "") -> bytes:
    return (
        "<html><head><title>ICT exports rise 11.2% in May</title>"
        '<meta property="article:published_time" content="2025-06-10"></head><body>'
        f"{opening}{BODY}{closing}<p>{CLOSING_LINE}</p></body></html>"
    ).encode()


NESTINGS = {
    "300 divs": ("<div>" * 300, "</div>" * 300),
    "260 unclosed font tags": ('<font size="2">' * 260, ""),
    "1500 divs": ('<div class="wrap">' * 1500, "</div>" * 1500),  # deeper than Python recursion goes
    "3000 divs": ("<div>" * 3000, "</div>" * 3000),  # past huge_tree's 2048 levels: flattened
}


@pytest.mark.parametrize("url", [GENERIC_URL, PROFILE_URL])
@pytest.mark.parametrize("nesting", NESTINGS)
def test_deep_nesting_keeps_every_line_and_figure(nesting: str, url: str) -> None:
    flat = extract_record(page(), url)
    assert len(flat["facts"]) >= 4  # the flat page is a real report: the deep one must match it
    deep_page = clean(page(*NESTINGS[nesting]), url)
    deep = extract_record(page(*NESTINGS[nesting]), url)
    assert CLOSING_LINE in deep_page.text
    assert "13.5 billion dollars" in deep_page.text
    assert not deep_page.truncated
    assert deep["facts"] == flat["facts"]


def test_page_cut_anyway_is_flagged(caplog: pytest.LogCaptureFixture) -> None:
    """<q> is no wrapper the flattening removes: 3000 of them stay past every limit, and the caller sees it."""
    with caplog.at_level(logging.WARNING, logger="scraper.cleaner"):
        cut = clean(page("<q>" * 3000, "</q>" * 3000), GENERIC_URL)
    assert cut.truncated
    assert any("deeper than the parser's limit" in record.getMessage() for record in caplog.records)
    assert not clean(page(), GENERIC_URL).truncated


def test_deep_article_body_in_json_ld_keeps_every_line() -> None:
    """An app shell whose article body (HTML in JSON-LD) is nested 300 deep: parsed like the page itself."""
    import json

    body_html = "<div>" * 300 + BODY + f"<p>{CLOSING_LINE}</p>" + "</div>" * 300
    jsonld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": "ICT exports rise 11.2% in May",
            "datePublished": "2025-06-10",
            "articleBody": body_html,
        }
    )
    shell = (
        '<html><head><title>ICT exports rise 11.2% in May</title><script type="application/ld+json">'
        f'{jsonld}</script></head><body><div id="root"></div></body></html>'
    ).encode()
    text = clean(shell, GENERIC_URL).text
    assert "13.5 billion dollars" in text and CLOSING_LINE in text
