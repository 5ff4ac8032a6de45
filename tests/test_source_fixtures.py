"""Offline tests per source, without a server: each discovery layer reads the list pages and feeds written
in the live sites' shape (current and older layouts), and the cleaner reads the article pages."""

from __future__ import annotations

from datetime import date

import pytest
from scrapy.http import HtmlResponse, Request

from scraper.cleaner import clean
from scraper.extract import extract_record
from scraper.profiles import profile_for_url
from spiders import all_spiders
from spiders.discovery import is_notice_page, read_feed
from tests.source_fixtures import body, expected, response, source_dirs

PAGES = [(source, case) for source in source_dirs() for case in expected(source)["pages"]]
ARTICLES = [(source, case) for source in source_dirs() for case in expected(source)["articles"]]


def case_id(value) -> str:
    return (
        f"{value['file']}:{value['layer']}"
        if isinstance(value, dict) and "layer" in value
        else value["file"]
        if isinstance(value, dict)
        else str(value)
    )


@pytest.mark.parametrize(("source", "case"), PAGES, ids=case_id)
def test_each_layer_reads_its_page(source: str, case: dict) -> None:
    spider = all_spiders()[source]()
    page = response(source, case["file"], case["url"])
    if case["layer"] == "feed":
        entries = read_feed(page.body, spider.spec, spider.base_url)
    elif case["layer"] == "list":
        entries = spider.parse_entries(page)
    else:
        entries = spider.parse_links(page)
    assert {e.layer for e in entries} <= {case["layer"]}
    got = [[e.url, e.title, e.published.isoformat() if e.published else None] for e in entries]
    assert got == case["entries"]


@pytest.mark.parametrize(("source", "case"), [(s, c) for s, c in PAGES if c["layer"] == "list"], ids=case_id)
def test_list_entries_have_titles_and_dates_for_the_month_bounds(source: str, case: dict) -> None:
    """The list layer must give every entry a title and a date: without dates, month bounds stop no paging."""
    assert case["entries"] and all(title and day for _, title, day in case["entries"])


@pytest.mark.parametrize(("source", "case"), ARTICLES, ids=case_id)
def test_cleaner_reads_the_article(source: str, case: dict) -> None:
    raw = body(source, case["file"])
    page = clean(raw, url=case["url"], headers=case["headers"])
    expect = case["expect"]
    assert page.source == source == profile_for_url(case["url"]).name
    assert page.title == expect["title"]
    assert page.published == date.fromisoformat(expect["published"])
    assert page.lang == expect["lang"] and page.encoding == case["encoding"]
    for wanted in expect["body"]:
        assert wanted in page.text
    for unwanted in expect["absent"]:
        assert unwanted not in page.text, f"boilerplate left in {source}/{case['file']}: {unwanted!r}"


@pytest.mark.parametrize(("source", "case"), ARTICLES, ids=case_id)
def test_article_yields_its_headline_figure(source: str, case: dict) -> None:
    record = extract_record(body(source, case["file"]), url=case["url"])
    period, flow, item, region, value = case["expect"]["fact"]
    keyed = {(f["period"], f["flow"], f["item"], f["region"]): f for f in record["facts"]}
    assert record["is_ict_trade_report"] is True
    assert keyed[(period, flow, item, region)]["value_usd"] == pytest.approx(value)


@pytest.mark.parametrize(("source", "case"), ARTICLES, ids=case_id)
def test_an_article_page_is_not_a_notice(source: str, case: dict) -> None:
    spider = all_spiders()[source]()
    assert is_notice_page(response(source, case["file"], case["url"]), spider.spec) is None


@pytest.mark.parametrize(
    ("source", "case"), [(s, c) for s in source_dirs() for c in expected(s).get("notices", [])], ids=case_id
)
def test_a_maintenance_page_is_a_notice(source: str, case: dict) -> None:
    spider = all_spiders()[source]()
    assert is_notice_page(response(source, case["file"], case["url"]), spider.spec) == case["marker"]


def test_an_article_about_a_maintenance_is_not_a_notice() -> None:
    spider = all_spiders()["msit_ko"]()
    url = "https://www.msit.go.kr/bbs/view.do?sCode=user&mId=307&mPid=208&bbsSeqNo=94&nttSeqNo=3186999"
    html = (
        "<html><head><title>통신망 안정성 강화 대책</title></head><body><div class='view_head'><h2>"
        "통신망 안정성 강화 대책</h2></div><div id='cont-wrap'><h3>정기 시스템 점검 절차 개선</h3><p>본문</p>"
        "</div></body></html>"
    )
    page = HtmlResponse(url, body=html.encode(), encoding="utf-8", request=Request(url))
    assert is_notice_page(page, spider.spec) is None
    bare = HtmlResponse(url, body=html.replace("cont-wrap", "error").encode(), encoding="utf-8", request=Request(url))
    assert is_notice_page(bare, spider.spec) == "시스템 점검"
