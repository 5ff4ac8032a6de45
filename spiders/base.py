"""What every source spider shares: discovery layers -> article pages, bounded by month, incremental.

A source module subclasses `SourceSpider` and says only what differs: its real base URL, how to build a
list page's URL, and (only where the list is written by script or carried as JSON) how to read it. The
source's spec (`scraper/profiles/<name>.py`) declares the rest: hosts and aliases, the discovery layers
(feed, list, links), the list selectors and the article URL pattern.

Discovery goes down the layers in order: the feed first where the site has one; then the list pages, read
by their markup (or JSON); on a list page where that finds nothing, every link matching the article
pattern. A layer that finds nothing while a lower one finds articles is reported (the run is `broken`:
the site changed), and the articles are still fetched. Month bounds hold on every layer: paging stops once
a page is older than `since`, and a page whose entries carry no date does not lead to the next page.

Everything else is here: the ICT filter, conditional requests from the state store, and the bookkeeping the
run's health verdict needs: every listed article is requested once per run (by canonical URL) and ends as
an archived page, a 304, or a named problem; one that ends as none of these (a request dropped on the way)
is reported when the spider closes.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
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

from scraper.config import CRAWL_RUN_SETTING
from scraper.months import Month
from scraper.parser.classify import is_ict_trade_headline
from scraper.problems import ProblemKind
from scraper.profiles import SourceSpec, get_spec
from spiders.discovery import Listed, is_notice_page, pager_has_next, read_feed, read_links, read_markup_list

__all__ = ["Listed", "SourceSpider", "is_ict_trade_title"]

TRACKING = (
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "call_from",
    "pWise",
    "pWiseSub",
    "outputType",
    "section",
    "currentPage",
    "pageIndex",
    "bbsCdN",
)


def is_ict_trade_title(title: str) -> bool:
    """The spiders fetch only what this lets through, so it is the parser's high-recall headline filter: any
    ICT word with any trade word; the body classifier decides after."""
    return is_ict_trade_headline(title)


class SourceSpider(scrapy.Spider):
    """Subclasses set `name`, `default_base_url` and `list_url`; `parse_entries` only when the list is not
    markup the spec's selectors can read."""

    default_base_url = ""
    key_params: tuple[str, ...] | None = None  # when set, canonical URLs keep only these query parameters
    page_param = "pageIndex"  # the list's page-number parameter (how a renamed pager is still followed)
    handle_httpstatus_list = [304]
    first_page = 1

    def __init__(
        self,
        run=None,
        base_url: str | None = None,
        since: Month | None = None,
        until: Month | None = None,
        max_pages: int = 1000,
        historical: bool = False,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.spec: SourceSpec = get_spec(self.name)
        self.host_aliases = dict(self.spec.aliases)  # other hosts of the same site -> the one canonical URLs use
        self.run = run
        self.base_url = (base_url or self.default_base_url).rstrip("/")
        self.since, self.until = since, until
        self.max_pages = max_pages
        # A backfill of old months: the list's first page may be unchanged since the daily run and still
        # lead to months never crawled, so it is always fetched; an article already archived is old news
        # and is not requested again (the daily run re-checks recent ones for revisions).
        self.historical = historical
        self.list_validators: tuple | None = None  # the first page's ETag etc., stored if the run ends well
        # canonical URL -> URL of every article requested and not yet answered or failed: whatever is left
        # when the spider closes was dropped somewhere (a duplicate filter, a redirect back to a seen URL)
        self.outstanding: dict[str, str] = {}
        self.requested: set[str] = set()  # canonical URLs requested this run: one article, one request
        # the only hosts requests may go to: where this run reaches the source, its real host and aliases
        self.allowed_hosts = {urlsplit(url).hostname for url in (self.base_url, self.default_base_url) if url}
        self.allowed_hosts |= set(self.host_aliases) | set(self.host_aliases.values())
        self.allowed_hosts |= {"m." + host[4:] for host in self.allowed_hosts if host and host.startswith("www.")}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        """The run comes with the crawler (its settings, set by the crawl runner), not as a spider argument."""
        kwargs.setdefault("run", crawler.settings.get(CRAWL_RUN_SETTING))
        return super().from_crawler(crawler, *args, **kwargs)

    # -- what a source says about itself ------------------------------------------------------------
    def list_url(self, page: int) -> str:
        raise NotImplementedError

    def feed_url(self) -> str:
        return self.base_url + self.spec.feed_path

    def parse_entries(self, response) -> list[Listed]:
        """The list layer: by default the spec's markup selectors."""
        return read_markup_list(response, self.spec, self.base_url)

    def parse_links(self, response) -> list[Listed]:
        """The links layer: every link on the page matching the spec's article pattern."""
        return read_links(response, self.spec, self.base_url)

    def keep(self, entries: list[Listed]) -> list[Listed]:
        """The entries of a page (any layer) worth a request; sources with re-filings override this."""
        return entries

    def canonical(self, url: str) -> str:
        """The site's own form of a URL: the real host, no session id, no tracking or paging parameters."""
        url = re.sub(r";jsessionid=[^?#]*", "", url, flags=re.IGNORECASE)
        if self.base_url and url.startswith(self.base_url):
            url = self.default_base_url.rstrip("/") + url[len(self.base_url) :]
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

    def _page_request(self, url: str, layer: str, page: int, first: bool) -> scrapy.Request:
        key = "list:" + self.canonical(url)  # the first page's validators, whatever host or port served it
        headers = self.conditional(key) if first and not self.historical else {}
        callback = self.parse_feed if layer == "feed" else self.parse_list
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.failed,
            headers=headers,
            dont_filter=True,
            meta={
                "page_type": "list",
                "page": page,
                "canonical_url": self.canonical(url),
                "state_key": key,
                "layer": layer,
                "first": first,
            },
        )

    def list_request(self, page: int) -> scrapy.Request:
        first = page == self.first_page and self.spec.layers[0] != "feed"
        return self._page_request(self.list_url(page), "list", page, first)

    def feed_request(self) -> scrapy.Request:
        return self._page_request(self.feed_url(), "feed", self.first_page, True)

    async def start(self):
        yield self.feed_request() if self.spec.layers[0] == "feed" else self.list_request(self.first_page)

    def in_range(self, day: date | None) -> bool:
        if day is None:
            return True
        month = Month.of(day)
        return (self.since is None or month >= self.since) and (self.until is None or month <= self.until)

    def stop_if_run_failed(self) -> None:
        if self.run is not None and self.run.fatal is not None:
            raise CloseSpider("disk_full")

    def _page_seen(self, response) -> bool:
        """Counts the page; False when it needs no reading (304: unchanged since the last run)."""
        stats = self.stats()
        if response.status == 304:
            stats.list_unchanged = True
            return False
        stats.list_pages += 1
        if response.meta.get("first"):
            # kept until the run ends well: with the validators stored, the next run would get a 304 and
            # never retry an article that failed this time
            self.list_validators = (
                response.meta["state_key"],
                response.url,
                response.headers.get("ETag", b"").decode() or None,
                response.headers.get("Last-Modified", b"").decode() or None,
                response.status,
            )
        return True

    def _read(self, reader, response, layer: str) -> list[Listed]:
        try:
            return reader(response)
        except (ValueError, AttributeError) as error:  # JSON that is not JSON, a feed that is not XML
            self.stats().add_problem(
                ProblemKind.UNREADABLE_PAGE,
                f"{layer} layer: page unreadable ({type(error).__name__}: {error}): {response.url}",
            )
            return []

    def parse_feed(self, response) -> Iterator[scrapy.Request]:
        self.stop_if_run_failed()
        if not self._page_seen(response):
            return
        stats = self.stats()
        entries = self._read(lambda r: read_feed(r.body, self.spec, self.base_url), response, "feed")
        stats.layer_links["feed"] += len(entries)
        if not entries:
            stats.layer_empty.setdefault("feed", f"feed layer found nothing at {response.url}")
        yield from self._requests_for(entries)
        dated = [e.published for e in entries if e.published]
        if not (self.since is not None and dated and Month.of(min(dated)) < self.since):
            # the feed does not reach back to `since` (or says nothing): the list pages go on from here
            yield self.list_request(self.first_page)

    def parse_list(self, response) -> Iterator[scrapy.Request]:
        self.stop_if_run_failed()
        if not self._page_seen(response):
            return
        stats = self.stats()
        page = response.meta["page"]
        notice = is_notice_page(response, self.spec)
        if notice:
            stats.add_problem(ProblemKind.NOTICE_PAGE, f"a {notice!r} notice in place of the list: {response.url}")
        entries = self._read(self.parse_entries, response, "list")
        titled = [e for e in entries if e.title]
        if entries and (not titled or not any(e.published for e in entries)):
            missing = "titles" if not titled else "dates"
            stats.silent_lists.setdefault(
                "list",
                f"list layer: {len(entries)} links but no {missing} ({self.spec.list_selector}) on {response.url}",
            )
        if not titled and "links" in self.spec.layers:
            links = self._read(self.parse_links, response, "links")
            if links and not entries:
                stats.layer_empty.setdefault(
                    "list", f"list layer found nothing ({self.spec.list_selector}) on {response.url}"
                )
            entries = links or entries
        elif entries and not titled:
            entries = []
        stats.list_links += len(entries)
        for entry in entries:
            stats.layer_links[entry.layer] += 1
        if not entries and page == self.first_page:
            stats.layer_empty.setdefault(
                "list", f"list layer found nothing ({self.spec.list_selector}) on {response.url}"
            )
        yield from self._requests_for(entries)
        dated = [e.published for e in entries if e.published]
        older_than_since = self.since is not None and dated and Month.of(min(dated)) < self.since
        more = bool(entries) and self.has_next(response, entries)
        if more and page >= self.max_pages and not older_than_since:
            stats.list_truncated_at = self.max_pages  # an endless list (a trap, a broken pager) is not its end
        elif entries and not dated and more and self.since is not None:
            # no date on the page: its last (oldest) article's own page says whether to read on
            yield scrapy.Request(
                entries[-1].url,
                callback=self.parse_date_probe,
                errback=self.failed_probe,
                dont_filter=True,
                meta={"page_type": "other", "page": page, "canonical_url": self.canonical(entries[-1].url)},
            )
        elif more and not older_than_since:
            yield self.list_request(page + 1)
        elif not older_than_since:
            stats.list_exhausted = True  # the source's list ends here: older months are not on the site

    def page_date(self, response) -> date | None:
        """An article page's publication date, as the cleaner reads it."""
        from scraper.cleaner import clean  # only needed for lists that carry no dates

        headers = {k.decode("latin-1"): v[0].decode("latin-1") for k, v in response.headers.items() if v}
        if not hasattr(response, "text"):
            return None
        return clean(response.body, url=self.canonical(response.url), headers=headers).published

    def parse_date_probe(self, response) -> Iterator[scrapy.Request]:
        """The oldest article of a list page without dates: the list goes on only while it is not older
        than `since`, so an undated list never pages on unbounded."""
        self.stop_if_run_failed()
        page, day = response.meta["page"], self.page_date(response)
        if day is None:
            self.stats().add_problem(
                ProblemKind.UNDATED_LIST,
                f"no dates on list page {page} nor on its last article {response.url}; paging stopped there",
            )
        elif self.since is None or Month.of(day) >= self.since:
            yield self.list_request(page + 1)

    def failed_probe(self, failure) -> None:
        self.stop_if_run_failed()
        self.stats().add_problem(
            ProblemKind.DATING_FAILED,
            f"{describe_failure(failure.value)} on the article dating list page "
            f"{failure.request.meta.get('page')} ({failure.request.url}); paging stopped",
        )

    def _requests_for(self, entries: list[Listed]) -> Iterator[scrapy.Request]:
        stats = self.stats()
        dated = [e.published for e in entries if e.published]
        if dated:
            oldest = min(dated).isoformat()
            stats.oldest_listed = min(stats.oldest_listed or oldest, oldest)
        for entry in self.keep(entries):
            judged_on_page = not entry.title or entry.published is None
            if not self.in_range(entry.published) or (entry.title and not is_ict_trade_title(entry.title)):
                continue
            canonical = self.canonical(entry.url)
            if canonical in self.requested:  # the same article under a second URL (or listed twice)
                continue
            if self.historical and self.run is not None and self.run.state.known(canonical):
                stats.articles_skipped += 1
                continue
            self.requested.add(canonical)
            self.outstanding[canonical] = entry.url
            stats.layer_requested[entry.layer] += 1
            yield scrapy.Request(
                entry.url,
                callback=self.parse_article,
                errback=self.failed,
                headers=self.conditional(canonical),
                meta={
                    "page_type": "article",
                    "canonical_url": canonical,
                    "layer": entry.layer,
                    "judge_on_page": judged_on_page,
                },
            )

    def closed(self, reason: str) -> None:
        stats = self.stats() if self.run is not None else None
        if stats is None:
            return
        if reason != "finished" and self.outstanding:
            stats.errors += len(self.outstanding)
            stats.add_problem(
                ProblemKind.NOT_FETCHED,
                f"{len(self.outstanding)} listed articles not fetched: the crawl stopped ({reason})",
            )
        else:
            for url in self.outstanding.values():
                stats.errors += 1
                stats.add_problem(
                    ProblemKind.NO_ANSWER, f"no answer for article {url} (the request was dropped: a redirect loop?)"
                )
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
        """A "next" link in the pager (found by class, text or page number); JSON sources override this."""
        return pager_has_next(response, response.meta.get("page", self.first_page), self.page_param)

    def parse_article(self, response):
        self.stop_if_run_failed()
        self.outstanding.pop(response.meta["canonical_url"], None)
        stats = self.stats()
        if response.status == 304:
            stats.articles_unchanged += 1
            return
        notice = is_notice_page(response, self.spec)
        if notice:  # MSIT answers 200 with a maintenance page: a failure, never an article
            stats.errors += 1
            stats.add_problem(ProblemKind.NOTICE_PAGE, f"a {notice!r} notice in place of article {response.url}")
            return
        if response.meta.get("judge_on_page") and not self.wanted_on_page(response):
            stats.articles_not_wanted += 1
            return
        stats.layer_articles[response.meta.get("layer", "list")] += 1
        yield {"capture": response.meta["raw_capture"], "layer": response.meta.get("layer", "list")}

    def wanted_on_page(self, response) -> bool:
        """For a link listed without title or date (the links layer): the article page's own title and date
        decide whether it is an ICT report within the run's months."""
        from scraper.cleaner import clean

        headers = {k.decode("latin-1"): v[0].decode("latin-1") for k, v in response.headers.items() if v}
        page = clean(response.body, url=self.canonical(response.url), headers=headers)
        return (
            bool(page.title and is_ict_trade_title(page.title))
            and page.published is not None
            and self.in_range(page.published)
        )

    def failed(self, failure) -> list[scrapy.Request]:
        """Count and describe the failure at once (not when Scrapy gets round to iterating a generator)."""
        self.stop_if_run_failed()
        stats = self.stats()
        stats.errors += 1
        request = failure.request
        self.outstanding.pop(request.meta.get("canonical_url", ""), None)
        stats.add_problem(
            ProblemKind.FETCH_FAILED,
            f"{describe_failure(failure.value)} on {request.meta.get('page_type', 'page')} {request.url}",
        )
        return list(self.page_after_failed(request, failure.value))

    def page_after_failed(self, request: scrapy.Request, error: BaseException) -> Iterator[scrapy.Request]:
        """A list page that failed after its retries must not hide every page after it: ask for the next page
        once (the page number says where it is). Only one: if that fails too, the list is not there today.
        Not after a 429: the site asked us to stay away, not to try another page."""
        page = request.meta.get("page")
        if request.meta.get("layer") == "feed":  # the feed failed: the list pages are the next layer
            yield self.list_request(self.first_page)
            return
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
