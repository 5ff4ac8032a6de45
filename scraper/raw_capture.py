"""`RawCaptureMiddleware` (a downloader middleware) writes every response to raw/ before anything else looks at
it and refuses requests to hosts the source does not live on (Scrapy's DownloaderStats counts requests and
responses: scraper.run_stats)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest

from archive.raw import RawCapture
from scraper.crawl_run import CrawlRun, run_of
from scraper.crawler_aware import CrawlerAware
from scraper.problems import ProblemKind


class RawCaptureMiddleware(CrawlerAware):
    """Every response to raw/ first (after decompression, before retry and the spider see it)."""

    def process_request(self, request, spider=None):
        spider = self._spider(spider)
        run = run_of(self.crawler)
        host = urlsplit(request.url).hostname or ""
        allowed = getattr(spider, "allowed_hosts", None)
        if allowed and host not in allowed:
            # a redirect or link to a host the source does not live on: refused, whatever dont_filter says
            if run is not None:
                stats = run.source_stats(spider.name)
                stats.refused += 1
                stats.add_problem(ProblemKind.REFUSED_HOST, f"refused {request.url} (host {host} is not the source's)")
            raise IgnoreRequest(f"host {host} is not allowed for {spider.name}")
        return None  # requests are counted by Scrapy's DownloaderStats (scraper.run_stats)

    def process_response(self, request, response, spider=None):
        store(request, response, self._spider(spider), run_of(self.crawler))
        return response


def store(request, response, spider, run: CrawlRun | None) -> None:
    """One response to raw/, as it arrived (nothing outside a run). On a full disk the request is dropped
    quietly and the run stops (see `CrawlRun.stop_if_disk_full`)."""
    if run is None:
        return
    if run.fatal is not None:
        raise IgnoreRequest("the disk is full")
    try:
        _store(request, response, spider, run)
    except (OSError, sqlite3.Error) as error:
        if not run.stop_if_disk_full(error):
            raise
        raise IgnoreRequest("the disk is full") from error


def _store(request, response, spider, run: CrawlRun) -> None:
    page_type = "robots" if request.url.endswith("/robots.txt") else request.meta.get("page_type", "other")
    capture = RawCapture(
        url=response.url,
        status=response.status,
        headers=_headers(response),
        body=response.body,
        fetched_at=datetime.now(UTC),
        source=spider.name,
        page_type=page_type,
        canonical_url=request.meta.get("canonical_url") or spider.canonical(response.url),
        run_id=run.run_id,
    )
    request.meta["raw_capture"] = run.capture(capture)
    run.show_progress()


def _headers(response) -> list[tuple[str, str]]:
    pairs = []
    for name, values in response.headers.items():
        for value in values:
            pairs.append((name.decode("latin-1"), value.decode("latin-1")))
    return pairs
