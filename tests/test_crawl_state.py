"""Crawl state the Scrapy way (issue 15 item 4): the run comes with the crawler, problems are typed values."""

from __future__ import annotations

import ast
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request
from twisted.python.failure import Failure

from archive.layout import DataDir
from archive.raw import RawCapture
from scraper.config import CRAWL_RUN_SETTING
from scraper.crawl_run import CrawlRun, run_of
from scraper.problems import Problem, ProblemKind
from scraper.raw_capture import RawCaptureMiddleware
from scraper.state import StateStore
from spiders import all_spiders

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "motie_en"
BASE = "http://127.0.0.1:9/motie_en"


def _modules() -> list[Path]:
    return sorted(p for package in ("scraper", "spiders", "archive") for p in (ROOT / package).rglob("*.py"))


def test_no_module_fetches_the_run_off_the_spider_by_name() -> None:
    found = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"getattr", "hasattr", "setattr"}
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and node.args[1].value == "run"
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            elif isinstance(node, ast.Attribute) and node.attr == "run" and path.parent.name != "spiders":
                # `spider.run`, `self._spider(spider).run`: the run is the crawler's, not the spider's
                owner = node.value.func if isinstance(node.value, ast.Call) else node.value
                name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
                if "spider" in name:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found


@pytest.fixture
def run(tmp_path):
    state = StateStore(DataDir(tmp_path).state_db)
    yield CrawlRun(DataDir(tmp_path), "run1", state)
    state.close()


def _crawler(run: CrawlRun | None) -> Crawler:
    crawler = Crawler(all_spiders()[SOURCE], {"TELNETCONSOLE_ENABLED": False})
    if run is not None:
        crawler.settings.set(CRAWL_RUN_SETTING, run, priority="cmdline")
    return crawler


def test_the_spider_and_the_middlewares_take_the_run_from_their_crawler(run) -> None:
    crawler = _crawler(run)
    spider = all_spiders()[SOURCE].from_crawler(crawler, base_url=BASE)
    assert spider.run is run and run_of(crawler) is run
    outside = _crawler(None)
    assert run_of(outside) is None and all_spiders()[SOURCE].from_crawler(outside, base_url=BASE).run is None


def test_every_problem_a_source_records_is_a_typed_value_with_its_own_kind(run) -> None:
    crawler = _crawler(run)
    spider = all_spiders()[SOURCE].from_crawler(crawler, base_url=BASE)
    stats = run.source_stats(SOURCE)
    # a request to a host the source does not live on
    with pytest.raises(IgnoreRequest):
        RawCaptureMiddleware.from_crawler(crawler).process_request(Request("http://elsewhere.example/x"), spider)
    # a request that failed: robots.txt said no
    failed = Failure(IgnoreRequest("Forbidden by robots.txt"))
    failed.request = Request(BASE + "/article/1", meta={"page_type": "article", "canonical_url": "c1"})
    spider.failed(failed)
    # a list page that is not the JSON it should be
    page = HtmlResponse(BASE + "/list", body=b"{not json", encoding="utf-8")
    assert spider._read(lambda r: json.loads(r.text), page, "list") == []
    # an article served as a PDF
    pdf = RawCapture(
        url=BASE + "/article/2",
        status=200,
        headers=[("Content-Type", "application/pdf")],
        body=b"%PDF-1.4 invented",
        source=SOURCE,
        page_type="article",
        fetched_at=datetime(2025, 12, 3, tzinfo=UTC),
        canonical_url=BASE + "/article/2",
        run_id="run1",
    )
    run.archive_article(run.capture(pdf))
    # an article listed, requested and never answered
    spider.outstanding["c3"] = BASE + "/article/3"
    spider.closed("finished")

    assert all(isinstance(p, Problem) for p in stats.problems), stats.problems
    kinds = [p.kind for p in stats.problems]
    assert kinds == [
        ProblemKind.REFUSED_HOST,
        ProblemKind.FETCH_FAILED,
        ProblemKind.UNREADABLE_PAGE,
        ProblemKind.NOT_HTML,
        ProblemKind.NO_ANSWER,
    ]
    summary = stats.summary()
    assert summary["problems"] == [p.message for p in stats.problems]  # the summary still reads as before
    assert "disallowed by robots.txt on article" in summary["problems"][1]
    # no list page was read: the verdict names the first problem, in its own words
    assert summary["health"] == "broken" and summary["reason"] == stats.problems[0].message


def test_every_kind_says_what_it_is_in_plain_words() -> None:
    reasons = [kind.reason for kind in ProblemKind]
    assert all(len(reason.split()) >= 6 for reason in reasons), reasons
    assert len(set(reasons)) == len(reasons)
