"""What every source spider shares: list pages -> article pages, bounded by month, incremental.

A source module subclasses `SourceSpider` and says only what differs: its real base URL, how to build a
list page's URL, how to read links (title, date) out of a list page, and how to canonicalise its URLs.
Everything else is here: date bounds, the ICT filter, conditional requests from the state store, paging
that stops at `since`, and the bookkeeping the run's health verdict needs: every listed article is
requested once per run (by canonical URL) and ends as an archived page, a 304, or a named problem; one
that ends as none of these (a request dropped on the way) is reported when the spider closes.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy.exceptions import (
    CloseSpider,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from twisted.internet.error import ConnectionDone, ConnectionLost
from w3lib.url import url_query_cleaner

ICT_TITLE = re.compile(r"\bICT\b.{0,40}(export|import|trade|수출|수입)|정보통신산업\s*\(?ICT\)?\s*수출|ICT\s*수출",
                       re.IGNORECASE)
TRACKING = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "call_from", "pWise",
            "pWiseSub", "outputType", "section", "currentPage", "pageIndex", "bbsCdN")
Month = tuple[int, int]


@dataclass(frozen=True)
class Listed:
    """One link found on a list page or feed."""

    url: str
    title: str
    published: date | None


def is_ict_trade_title(title: str) -> bool:
    return bool(ICT_TITLE.search(title.replace("’", "'")))


def month_of(day: date) -> Month:
    return (day.year, day.month)


class SourceSpider(scrapy.Spider):
    """Subclasses set `name`, `default_base_url` and implement `list_url` and `parse_entries`."""

    default_base_url = ""
    host_aliases: dict[str, str] = {}  # other hosts of the same site -> the one canonical URLs use
    key_params: tuple[str, ...] | None = None  # when set, canonical URLs keep only these query parameters
    handle_httpstatus_list = [304]
    first_page = 1

    def __init__(self, run=None, base_url: str | None = None, since: Month | None = None,
                 until: Month | None = None, max_pages: int = 1000, historical: bool = False, **kwargs):
        super().__init__(**kwargs)
        self.run = run
        self.base_url = (base_url or self.default_base_url).rstrip("/")
        self.since, self.until = since, until
        self.max_pages = max_pages
        # A backfill of old months: the list's first page may be unchanged since the daily run and still
        # lead to months never crawled, so it is always fetched; an article already archived is old news
        # and is not requested again (the daily run re-checks recent ones for revisions).
        self.historical = historical
        self.list_validators: tuple | None = None  # the first list page's ETag etc., stored if the run ends well
        # canonical URL -> URL of every article requested and not yet answered or failed: whatever is left
        # when the spider closes was dropped somewhere (a duplicate filter, a redirect back to a seen URL)
        self.outstanding: dict[str, str] = {}
        self.requested: set[str] = set()  # canonical URLs requested this run: one article, one request
        # the only hosts requests may go to: where this run reaches the source, its real host and aliases
        self.allowed_hosts = {urlsplit(url).hostname for url in (self.base_url, self.default_base_url) if url}
        self.allowed_hosts |= set(self.host_aliases) | set(self.host_aliases.values())
        self.allowed_hosts |= {"m." + host[4:] for host in self.allowed_hosts if host and host.startswith("www.")}

    # -- what a source says about itself ------------------------------------------------------------
    def list_url(self, page: int) -> str:
        raise NotImplementedError

    def parse_entries(self, response) -> list[Listed]:
        raise NotImplementedError

    def canonical(self, url: str) -> str:
        """The site's own form of a URL: the real host, no session id, no tracking or paging parameters."""
        url = re.sub(r";jsessionid=[^?#]*", "", url, flags=re.IGNORECASE)
        if self.base_url and url.startswith(self.base_url):
            url = self.default_base_url.rstrip("/") + url[len(self.base_url):]
        parts = urlsplit(url)
        host = parts.netloc.lower()
        if host.startswith("m."):
            host = "www." + host[2:]
        elif host.startswith("m-"):
            host = host[2:]
        host = self.host_aliases.get(host, host)
        scheme = "https" if parts.scheme == "http" else parts.scheme
        url = urlunsplit((scheme, host, parts.path, parts.query, ""))
        if self.key_params is not None:
            return url_query_cleaner(url, self.key_params, keep_fragments=False).rstrip("?&")
        return url_query_cleaner(url, TRACKING, remove=True, keep_fragments=False).rstrip("?&")

    # -- the crawl ----------------------------------------------------------------------------------
    def stats(self):
        return self.run.source_stats(self.name)

    def conditional(self, canonical_url: str) -> dict[str, str]:
        known = self.run.state.known(canonical_url) if self.run else None
        headers = {}
        if known and known.etag:
            headers["If-None-Match"] = known.etag
        if known and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        return headers

    def list_request(self, page: int) -> scrapy.Request:
        url = self.list_url(page)
        key = "list:" + self.canonical(url)  # page 1's validators, whatever host or port served it
        headers = self.conditional(key) if page == self.first_page and not self.historical else {}
        return scrapy.Request(url, callback=self.parse_list, errback=self.failed, headers=headers, dont_filter=True,
                              meta={"page_type": "list", "page": page, "canonical_url": self.canonical(url),
                                    "state_key": key})

    async def start(self):
        yield self.list_request(self.first_page)

    def in_range(self, day: date | None) -> bool:
        if day is None:
            return True
        month = month_of(day)
        return (self.since is None or month >= self.since) and (self.until is None or month <= self.until)

    def stop_if_run_failed(self) -> None:
        if self.run is not None and self.run.fatal is not None:
            raise CloseSpider("disk_full")

    def parse_list(self, response) -> Iterator[scrapy.Request]:
        self.stop_if_run_failed()
        stats = self.stats()
        page = response.meta["page"]
        if response.status == 304:
            stats.list_unchanged = True
            return
        stats.list_pages += 1
        try:
            entries = self.parse_entries(response)
        except ValueError as error:  # JSON that is not JSON, a feed that is not XML: the site changed
            stats.problems.append(f"list page unreadable ({type(error).__name__}: {error}): {response.url}")
            entries = []
        stats.list_links += len(entries)
        if page == self.first_page:
            # kept until the run ends well: with the validators stored, the next run would get a 304 and
            # never retry an article that failed this time
            self.list_validators = (response.meta["state_key"], response.url,
                                    response.headers.get("ETag", b"").decode() or None,
                                    response.headers.get("Last-Modified", b"").decode() or None, response.status)
        dated = [e.published for e in entries if e.published]
        if dated:
            oldest = min(dated).isoformat()
            stats.oldest_listed = min(stats.oldest_listed or oldest, oldest)
        for entry in entries:
            if not self.in_range(entry.published) or not is_ict_trade_title(entry.title):
                continue
            canonical = self.canonical(entry.url)
            if canonical in self.requested:  # the same article under a second URL (or listed twice)
                continue
            if self.historical and self.run is not None and self.run.state.known(canonical):
                stats.articles_skipped += 1
                continue
            self.requested.add(canonical)
            self.outstanding[canonical] = entry.url
            yield scrapy.Request(entry.url, callback=self.parse_article, errback=self.failed,
                                 headers=self.conditional(canonical),
                                 meta={"page_type": "article", "canonical_url": canonical})
        older_than_since = self.since is not None and dated and month_of(min(dated)) < self.since
        more = bool(entries) and not older_than_since and self.has_next(response, entries)
        if more and page < self.max_pages:
            yield self.list_request(page + 1)
        elif more:  # an endless list (a trap or a broken pager) is not the end of the source's history
            stats.list_truncated_at = self.max_pages
        elif not older_than_since:
            stats.list_exhausted = True  # the source's list ends here: older months are not on the site

    def closed(self, reason: str) -> None:
        stats = self.stats() if self.run is not None else None
        if stats is None:
            return
        if reason != "finished" and self.outstanding:
            stats.errors += len(self.outstanding)
            stats.problems.append(f"{len(self.outstanding)} listed articles not fetched: the crawl stopped ({reason})")
        else:
            for url in self.outstanding.values():
                stats.errors += 1
                stats.problems.append(f"no answer for article {url} (the request was dropped: a redirect loop?)")
        if self.list_validators is None or reason != "finished" or self.run.fatal is not None:
            return
        if stats.errors or stats.articles_without_body or stats.refused:
            return  # something was missed: the next run must read the list again
        key, url, etag, last_modified, status = self.list_validators
        try:
            self.run.state.remember(key, self.name, url, etag, last_modified, None, status)
        except (OSError, sqlite3.Error) as error:  # a full disk ends the run with one error, not a traceback
            if not self.run.stop_if_disk_full(error):
                raise

    def has_next(self, response, entries: list[Listed]) -> bool:
        """A "next" link in the pager; JSON sources override this."""
        return bool(response.css("a.next, a[rel=next]"))

    def parse_article(self, response):
        self.stop_if_run_failed()
        self.outstanding.pop(response.meta["canonical_url"], None)
        if response.status == 304:
            self.stats().articles_unchanged += 1
            return
        yield {"capture": response.meta["raw_capture"]}

    def failed(self, failure) -> list[scrapy.Request]:
        """Count and describe the failure at once (not when Scrapy gets round to iterating a generator)."""
        self.stop_if_run_failed()
        stats = self.stats()
        stats.errors += 1
        request = failure.request
        self.outstanding.pop(request.meta.get("canonical_url", ""), None)
        stats.problems.append(f"{describe_failure(failure.value)} on {request.meta.get('page_type', 'page')} "
                              f"{request.url}")
        return list(self.page_after_failed(request, failure.value))

    def page_after_failed(self, request: scrapy.Request, error: BaseException) -> Iterator[scrapy.Request]:
        """A list page that failed after its retries must not hide every page after it: ask for the next page
        once (the page number says where it is). Only one: if that fails too, the list is not there today.
        Not after a 429: the site asked us to stay away, not to try another page."""
        page = request.meta.get("page")
        if request.meta.get("page_type") != "list" or page is None or request.meta.get("after_failed"):
            return
        if getattr(getattr(error, "response", None), "status", None) == 429:
            return
        if page < self.max_pages:
            following = self.list_request(page + 1)
            following.meta["after_failed"] = True
            yield following


def describe_failure(error: BaseException) -> str:
    """What went wrong, in the words an operator needs (not an exception class name)."""
    response = getattr(error, "response", None)
    if response is not None:
        return f"HTTP {response.status}"
    message = str(error)
    if isinstance(error, IgnoreRequest):
        if "robots.txt" in message:
            return "disallowed by robots.txt"
        if "max redirections" in message:
            return "redirect loop (too many redirects)"
        if "decompression" in message:
            return "body inflates past max_body_bytes (a compression bomb?)"
        return f"ignored ({message})" if message else "ignored"
    if isinstance(error, DownloadTimeoutError):
        return "timed out (download_timeout)"
    if isinstance(error, DownloadCancelledError):
        return "body larger than max_body_bytes"
    if isinstance(error, ResponseDataLossError):
        return "body cut short (the connection closed before Content-Length bytes)"
    if isinstance(error, (DownloadFailedError, DownloadConnectionRefusedError, ConnectionLost, ConnectionDone)):
        return f"connection failed ({type(error).__name__})"
    return type(error).__name__
