"""`RedirectCaptureMiddleware`: redirects are responses too, and go to raw/ like the rest."""

from __future__ import annotations

from scraper.crawl_run import run_of
from scraper.crawler_aware import CrawlerAware
from scraper.raw_capture import store

REDIRECTS = (301, 302, 303, 307, 308)


class RedirectCaptureMiddleware(CrawlerAware):
    """Redirects to raw/ too: Scrapy's RedirectMiddleware (600) turns them into new requests before
    `RawCaptureMiddleware` sees them, so this one sits on the network side of it (610)."""

    def process_response(self, request, response, spider=None):
        if response.status in REDIRECTS:
            store(request, response, self._spider(spider), run_of(self.crawler))
        return response
