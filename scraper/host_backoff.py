"""Backoff per site: a host that says "slow down" (429/503 with Retry-After) or keeps failing (5xx, timeouts)
is slowed as a whole, through its Scrapy download slot, not one request at a time.

Scrapy keeps one download slot per host (`Downloader.slots`, keyed by hostname); a slot sends its next request
only `slot.delay` after the last one (`slot.lastseen`). Pausing a host is therefore moving its `lastseen`
into the future, and slowing it is raising its `delay`; both happen in the `response_downloaded` signal, which
Scrapy sends before the slot picks its next request, so not one more request reaches a host that just asked
for a pause. Each answer that is not a failure lowers the raised delay again (by a quarter, down to
DOWNLOAD_DELAY), the way AutoThrottle eases off.

Requests waiting for a paused host wait in that host's slot queue, not in a middleware sleep, and
`PoliteDownloader` does not count them against CONCURRENT_REQUESTS: requests for other hosts keep flowing.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from time import monotonic

from scrapy import Request, signals
from scrapy.core.downloader import Downloader, Slot
from scrapy.http import Response

LOG = logging.getLogger(__name__)
MIN_PAUSE_DELAY = 0.001  # a slot with delay 0 never checks `lastseen`: a paused slot needs a positive delay
RELAX = 0.75  # each good answer takes a quarter off the raised delay


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


def retry_after_seconds_from(response: Response) -> float | None:
    return retry_after_seconds(response.headers.get(b"Retry-After"))


class PoliteDownloader(Downloader):
    """Scrapy's downloader, except that requests queued for a paused host do not hold the global
    CONCURRENT_REQUESTS: the engine keeps feeding the hosts that are not paused."""

    def needs_backout(self) -> bool:
        now = monotonic()
        waiting = sum(len(slot.queue) for slot in self.slots.values() if slot.lastseen > now)
        return 0 < self.total_concurrency <= len(self.active) - waiting


class HostBackoff:
    """Pauses and slows download slots; owned by the retry middleware, which decides what is retried."""

    def __init__(self, crawler, retry_codes: set[int], backoff: float, max_wait: float):
        self.crawler = crawler
        settings = crawler.settings
        self.retry_codes = retry_codes
        self.backoff = backoff
        self.max_wait = max_wait
        self.base_delay = settings.getfloat("DOWNLOAD_DELAY")
        self.errors_to_slow = settings.getint("HOST_BACKOFF_ERRORS", 3)
        self.max_delay = settings.getfloat("HOST_BACKOFF_MAX_DELAY", 60.0)
        self.failures: dict[str, int] = {}  # slot key -> consecutive failures
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)

    def _slot(self, request: Request) -> tuple[str, Slot] | tuple[None, None]:
        engine = getattr(self.crawler, "engine", None)
        key = request.meta.get(Downloader.DOWNLOAD_SLOT)
        if engine is None or key is None or key not in engine.downloader.slots:
            return None, None
        return key, engine.downloader.slots[key]

    def wait_for(self, request: Request, response: Response | None) -> float:
        """What a failed request waits before its retry: the Retry-After asked for, else exponential backoff."""
        asked = retry_after_seconds_from(response) if response is not None else None
        if asked is not None:
            return asked
        return self.backoff * (2 ** request.meta.get("retry_times", 0))

    def response_downloaded(self, response: Response, request: Request, spider=None) -> None:
        if response.status in self.retry_codes:
            asked = retry_after_seconds_from(response)
            self.failed(request, response, slow=asked is not None)
        else:
            self.succeeded(request)

    def failed(self, request: Request, response: Response | None, slow: bool = False) -> None:
        """A 429/5xx or a timeout: pause the host for the wait, and slow it when the site asked (Retry-After) or
        after `HOST_BACKOFF_ERRORS` failures in a row."""
        key, slot = self._slot(request)
        if key is None or slot is None:
            return
        self.failures[key] = self.failures.get(key, 0) + 1
        pause = min(self.wait_for(request, response), self.max_wait)
        slot.delay = max(slot.delay, MIN_PAUSE_DELAY)
        slot.lastseen = max(slot.lastseen, monotonic() + pause)
        if slow or self.failures[key] >= self.errors_to_slow:
            raised = min(self.max_delay, max(slot.delay * 2, self.backoff))
            if raised > slot.delay:
                LOG.warning(
                    "%s is throttling or failing (%s): pausing it %.1f s, then one request every %.2f s",
                    key,
                    response.status if response is not None else "no answer",
                    pause,
                    raised,
                )
            slot.delay = raised

    def succeeded(self, request: Request) -> None:
        key, slot = self._slot(request)
        if key is None or slot is None:
            return
        self.failures.pop(key, None)
        if slot.delay > self.base_delay:
            relaxed = slot.delay * RELAX
            slot.delay = relaxed if relaxed > self.base_delay + MIN_PAUSE_DELAY else self.base_delay
