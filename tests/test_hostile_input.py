"""Pages that mislead rather than fail: an endless list, an article with an impossible date (issue 17)."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.http import HtmlResponse, Request

from archive.layout import DataDir
from scraper.backfill import Chunk, ChunkResult, outcomes
from scraper.months import Month
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
    spider = all_spiders()["motie_en"](run=run, base_url="http://127.0.0.1:9/motie_en", since=(1990, 1), max_pages=1)
    requests = list(spider.parse_list(_list_response(spider, 1)))
    assert requests, "the page lists articles"
    assert all(r.meta["page_type"] == "article" for r in requests), "no list page past max_pages"
    summary = run.source_stats("motie_en").summary()
    assert summary["health"] == "degraded"
    assert "list did not end within 1 pages" in summary["reason"]
    assert not summary["list_exhausted"]
    months = outcomes(Chunk("motie_en", (Month(1995, 1),)), ChunkResult(ok=True, summary=summary, error=None), {})
    assert months["1995-01"][0] != "empty", "a month beyond an unfinished list is not known to be empty"
    state.close()


IMPOSSIBLE_DATE = """<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>ICT exports rise</title>
</head><body><div class='view_head'><h3>ICT exports rise</h3><p class='date'><span>date</span>{day}</p></div>
<article><p>ICT exports rose 4.5 percent from a year earlier to $21.3 billion in May, the ministry said.</p>
<p>In April 2025 ICT exports had reached $19.6 billion.</p></article></body></html>"""


def test_an_article_without_a_trustworthy_date_invents_no_months(tmp_path):
    from datetime import UTC, datetime

    from archive.raw import RawCapture
    from archive.reader import connect

    data = DataDir(tmp_path)
    state = StateStore(data.state_db)
    run = CrawlRun(data, "run1", state)
    listed = run.source_stats("motie_en")
    listed.list_pages, listed.list_links = 1, 2
    listed.layer_links["list"] = 2
    for number, day in enumerate(("1899-12-31", "2999-01-01")):
        url = f"https://english.motie.go.kr/eng/article/EATCLdfa319ada/{900 + number}/view"
        capture = RawCapture(
            url=url,
            status=200,
            headers=[("Content-Type", "text/html; charset=utf-8")],
            body=IMPOSSIBLE_DATE.format(day=day).encode(),
            source="motie_en",
            page_type="article",
            fetched_at=datetime(2025, 12, 3, tzinfo=UTC),
            canonical_url=url,
            run_id="run1",
        )
        run.archive_article(run.capture(capture))
    run.finish()
    summary = run.source_stats("motie_en").summary()
    state.close()
    series = (
        connect(data)
        .execute("SELECT period, value_usd FROM series WHERE flow = 'export' AND item = 'ict' ORDER BY period")
        .fetchall()
    )
    assert series == [("2025-04", 19.6e9)], "only the figure whose sentence names its year"
    flagged = (
        connect(data).execute("SELECT count(*) FROM facts WHERE list_contains(checks, 'undated_period')").fetchone()[0]
    )
    assert flagged >= 2, "the guessed figures are kept, flagged"
    assert summary["health"] == "degraded" and summary["figures_undated"] == flagged
    assert "no trustworthy publication date" in summary["reason"]
