"""Pages that mislead rather than fail: an endless list, an article with an impossible date (issue 17)."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.http import HtmlResponse, Request

from archive.layout import DataDir
from scraper.backfill import Chunk, ChunkResult, outcomes
from scraper.pipelines import CrawlRun
from scraper.replica.server import Replica
from scraper.state import StateStore
from spiders import all_spiders


def _list_response(spider, page: int) -> HtmlResponse:
    url = spider.list_url(page)
    parts = urlsplit(url)
    served = Replica().respond(parts.path + (f"?{parts.query}" if parts.query else ""))
    meta = {"page_type": "list", "page": page, "canonical_url": spider.canonical(url), "state_key": "list:" + url}
    return HtmlResponse(url, body=served.body, encoding="utf-8", request=Request(url, meta=meta))


def test_an_endless_list_is_degraded_and_never_marks_months_empty(tmp_path):
    data = DataDir(tmp_path)
    state = StateStore(data.state_db)
    run = CrawlRun(data, "run1", state)
    spider = all_spiders()["motie_en"](run=run, base_url="http://127.0.0.1:9/motie_en", since=(1990, 1),
                                         max_pages=1)
    requests = list(spider.parse_list(_list_response(spider, 1)))
    assert requests, "the page lists articles"
    assert all(r.meta["page_type"] == "article" for r in requests), "no list page past max_pages"
    summary = run.source_stats("motie_en").summary()
    assert summary["health"] == "degraded"
    assert "list did not end within 1 pages" in summary["reason"]
    assert not summary["list_exhausted"]
    months = outcomes(Chunk("motie_en", ((1995, 1),)), ChunkResult(ok=True, summary=summary, error=None), {})
    assert months["1995-01"][0] != "empty", "a month beyond an unfinished list is not known to be empty"
    state.close()
