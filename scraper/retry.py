"""Retries that wait: Retry-After when the server names a time (429, 503), else exponential backoff.

Scrapy's own RetryMiddleware re-queues a failed request at once; a site that answered 429 would then be
asked again immediately. Here the wait is the host's, not the request's (`scraper.host_backoff`): the failure
pauses the host's download slot, and the retry goes back to the scheduler at once and waits in that slot
with every other request for the host, holding none of the crawl's concurrency meanwhile. A Retry-After
beyond `RETRY_AFTER_MAX` seconds is not waited out: the request gives up and the run reports it.
"""

from __future__ import annotations

import logging

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.response import response_status_message

from scraper.host_backoff import HostBackoff, retry_after_seconds

__all__ = ["BackoffRetryMiddleware", "retry_after_seconds"]

LOG = logging.getLogger(__name__)


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings, crawler=None):
        super().__init__(settings)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX", 600.0)
        self.hosts = None
        if crawler is not None:
            self.hosts = HostBackoff(
                crawler, set(self.retry_http_codes), settings.getfloat("RETRY_BACKOFF_BASE", 2.0), self.max_wait
            )

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler.settings, crawler)
        middleware.crawler = crawler
        return middleware

    async def process_response(self, request, response, spider=None):  # type: ignore[override]  # Scrapy awaits it
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        asked = retry_after_seconds(response.headers.get(b"Retry-After"))
        if asked is not None and asked > self.max_wait:
            LOG.warning(
                "%s asks to retry %s in %.0f s, more than RETRY_AFTER_MAX (%.0f s): giving up",
                response.url,
                request.url,
                asked,
                self.max_wait,
            )
            return response
        return self._retry(request, response_status_message(response.status)) or response

    async def process_exception(self, request, exception, spider=None):  # type: ignore[override]  # Scrapy awaits it
        """Timeouts and dropped connections pause the host too, then the retry waits in its slot."""
        retried = isinstance(exception, self.exceptions_to_retry) and not request.meta.get("dont_retry", False)
        if retried and self.hosts is not None:
            self.hosts.failed(request, None)
        return super().process_exception(request, exception)
