"""Retries that wait: Retry-After when the server names a time (429, 503), else exponential backoff.

Scrapy's own RetryMiddleware re-queues a failed request at once; a site that answered 429 would then be
asked again immediately. This subclass waits first, without blocking the rest of the crawl (an
awaited sleep on the asyncio reactor holds only this request). A Retry-After beyond `RETRY_AFTER_MAX`
seconds is not waited out: the request gives up and the run reports it.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.response import response_status_message

LOG = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for: delta-seconds or an HTTP date; None if absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.backoff = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX", 600.0)

    def delay_for(self, request, response) -> float:
        asked = retry_after_seconds(response.headers.get(b"Retry-After"))
        if asked is not None:
            return asked
        return self.backoff * (2 ** request.meta.get("retry_times", 0))

    async def process_response(self, request, response, spider=None):  # type: ignore[override]  # Scrapy awaits it
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        delay = self.delay_for(request, response)
        if delay > self.max_wait:
            LOG.warning("%s asks to retry %s in %.0f s, more than RETRY_AFTER_MAX (%.0f s): giving up",
                        response.url, request.url, delay, self.max_wait)
            return response
        if delay > 0:
            await asyncio.sleep(delay)
        return self._retry(request, response_status_message(response.status)) or response

    async def process_exception(self, request, exception, spider=None):  # type: ignore[override]  # Scrapy awaits it
        """Timeouts and dropped connections: the same backoff before the retry, not an immediate re-ask."""
        if isinstance(exception, self.exceptions_to_retry) and not request.meta.get("dont_retry", False):
            retries = request.meta.get("retry_times", 0)
            if retries < request.meta.get("max_retry_times", self.max_retry_times):
                await asyncio.sleep(self.backoff * (2 ** retries))
        return super().process_exception(request, exception)
