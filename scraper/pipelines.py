"""Where responses become archive data during a crawl.

`RawCaptureMiddleware` (a downloader middleware) writes every response to raw/ before anything else looks at
it and counts requests and responses per source; `ArchivePipeline` (an item pipeline) turns article captures
into rows and decides new / changed / unchanged against the state store. `CrawlRun` holds what one run shares.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TextIO
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest

from archive.layout import DataDir
from archive.raw import RawCapture, RawWriter
from archive.rows import Ingested, capture_row, ingest_capture
from archive.writer import ArchiveWriter, mark_ingested
from scraper.errors import disk_full
from scraper.profiles import LAYERS
from scraper.state import StateStore

MAX_PROBLEMS_SHOWN = 50  # per source in a run's summary; the count is in `errors`


@dataclass
class SourceStats:
    requests: int = 0
    responses: Counter = field(default_factory=Counter)
    articles_new: int = 0
    articles_changed: int = 0
    articles_unchanged: int = 0
    facts: int = 0
    errors: int = 0
    list_pages: int = 0
    list_links: int = 0
    list_unchanged: bool = False
    articles_without_body: int = 0
    articles_skipped: int = 0  # already archived, not requested (historical runs)
    refused: int = 0  # requests to hosts outside the source's (redirects, stray links)
    oldest_listed: str | None = None  # the oldest publication date the lists showed (ISO)
    list_exhausted: bool = False  # the last list page was reached before --since
    problems: list[str] = field(default_factory=list)
    # per discovery layer (feed, list, links): links found, articles requested, articles archived
    layer_links: Counter = field(default_factory=Counter)
    layer_requested: Counter = field(default_factory=Counter)
    layer_articles: Counter = field(default_factory=Counter)
    layer_empty: dict[str, str] = field(default_factory=dict)  # layer -> what it failed to find, and where
    silent_lists: dict[str, str] = field(default_factory=dict)  # layer -> links without titles or dates
    articles_not_wanted: int = 0  # fetched from an untitled/undated link; the page showed it is not wanted

    def layer_worked(self) -> str | None:
        """The first layer (feed, list, links) that found links this run."""
        return next((layer for layer in LAYERS if self.layer_links[layer]), None)

    def verdict(self) -> tuple[str, str]:
        """ok | degraded | broken, and why: a list with no links or articles with no body is a layout change,
        and so is a layer that finds nothing while another one finds the articles."""
        fetched = self.articles_new + self.articles_changed + self.articles_without_body
        if self.list_pages == 0 and not self.list_unchanged:
            return "broken", self.problems[0] if self.problems else "no list page could be fetched"
        if self.silent_lists:
            return "broken", next(iter(self.silent_lists.values())) + " (layout change?)"
        if self.list_pages and not sum(self.layer_links.values()) and not self.list_unchanged:
            return "broken", "list pages yield no article links (layout change?)"
        for layer, reason in self.layer_empty.items():
            others = [f"the {other} layer ({count} links)" for other, count in self.layer_links.items()
                      if other != layer and count]
            if others:
                return "broken", f"{reason}; found instead by {' and '.join(others)} (layout change?)"
        if fetched and self.articles_without_body == fetched:
            return "broken", "articles yield no body (layout change?)"
        if self.errors or self.articles_without_body or self.refused:
            return "degraded", "; ".join(self.problems[:3]) or f"{self.errors} errors"
        return "ok", ""

    def summary(self) -> dict[str, Any]:
        health, reason = self.verdict()
        return {"requests": self.requests, "responses": dict(sorted(self.responses.items())),
                "articles_new": self.articles_new, "articles_changed": self.articles_changed,
                "articles_unchanged": self.articles_unchanged, "articles_skipped": self.articles_skipped,
                "facts": self.facts, "errors": self.errors, "refused": self.refused,
                "layers": {layer: {"links": self.layer_links[layer], "requested": self.layer_requested[layer],
                                   "archived": self.layer_articles[layer]} for layer in LAYERS
                           if self.layer_links[layer] or layer in self.layer_empty},
                "layer_worked": self.layer_worked(), "articles_not_wanted": self.articles_not_wanted,
                "oldest_listed": self.oldest_listed, "list_exhausted": self.list_exhausted, "health": health,
                "reason": reason, "problems": self.problems[:MAX_PROBLEMS_SHOWN]}


class CrawlRun:
    """One run's shared parts: raw writers per source, the archive writer, the state store, statistics."""

    def __init__(self, data: DataDir, run_id: str, state: StateStore, progress: TextIO | None = None):
        self.data = data
        self.run_id = run_id
        self.state = state
        self.writer = ArchiveWriter(data, run_id)
        self.stats: dict[str, SourceStats] = {}
        self._raw: dict[str, RawWriter] = {}
        self.progress = progress  # a terminal to show one updating line on, or None
        self._shown_at = 0.0
        self.fatal: BaseException | None = None  # a full disk: the run stops, nothing more is written

    def stop_if_disk_full(self, error: BaseException) -> bool:
        """Whether `error` is a full disk; if so it is kept, and every spider stops at its next callback
        (each further write would fail the same way). What was fetched is in raw/ already or not at all."""
        if not disk_full(error, self.data.root)[0]:
            return False
        self.fatal = self.fatal or error
        return True

    def show_progress(self, force: bool = False) -> None:
        """Requests, new articles, facts and errors so far, at most every half second, on one terminal line."""
        if self.progress is None or (not force and time.monotonic() - self._shown_at < 0.5):
            return
        self._shown_at = time.monotonic()
        every = self.stats.values()
        line = (f"crawl: {sum(1 for s in every if s.requests)} sources, {sum(s.requests for s in every)} requests, "
                f"{sum(s.articles_new + s.articles_changed for s in every)} new articles, "
                f"{sum(s.facts for s in every)} facts, {sum(s.errors for s in every)} errors")
        self.progress.write("\r\033[K" + line + ("\n" if force else ""))
        self.progress.flush()

    def source_stats(self, source: str) -> SourceStats:
        return self.stats.setdefault(source, SourceStats())

    def capture(self, capture: RawCapture) -> RawCapture:
        writer = self._raw.get(capture.source)
        if writer is None:
            writer = self._raw[capture.source] = RawWriter(self.data.warc_path(capture.source, self.run_id),
                                                           self.data.root)
        stored = writer.write(capture)
        if stored.page_type != "article" or stored.status != 200:
            self.writer.add(Ingested(capture=capture_row(stored)))
        return stored

    def archive_article(self, capture: RawCapture, layer: str | None = None) -> None:
        stats = self.source_stats(capture.source)
        result = ingest_capture(capture)
        self.writer.add(result)
        if result.article is None:
            if result.problem and result.problem.startswith("not an HTML page"):
                stats.errors += 1  # the site served something else in the article's place
            else:
                stats.articles_without_body += 1
            stats.problems.append(f"{result.problem}: {capture.url}")
            return
        known = self.state.known(capture.canonical_url)
        text_hash = result.article["text_sha256"]
        if known is None or known.sha256 is None:
            stats.articles_new += 1
        elif known.sha256 != text_hash:
            stats.articles_changed += 1
        else:
            stats.articles_unchanged += 1
        stats.facts += len(result.facts)
        self.state.remember(capture.canonical_url, capture.source, capture.url, capture.header("ETag"),
                            capture.header("Last-Modified"), text_hash, capture.status, layer)

    def abandon(self) -> None:
        """After a full disk: close WARC files without marking them ingested, so the next run's recovery
        ingests whatever rows this run could not commit."""
        for writer in self._raw.values():
            with contextlib.suppress(OSError):
                writer.close()

    def finish(self) -> None:
        """Commit rows, close WARC files, and only then mark them ingested."""
        self.show_progress(force=True)
        self.writer.finish()
        for writer in self._raw.values():
            writer.close()
            mark_ingested(writer.path)


def _headers(response) -> list[tuple[str, str]]:
    pairs = []
    for name, values in response.headers.items():
        for value in values:
            pairs.append((name.decode("latin-1"), value.decode("latin-1")))
    return pairs


class _CrawlerAware:
    """Scrapy passes the spider to middleware methods only in older versions; keep the crawler instead."""

    crawler = None

    @classmethod
    def from_crawler(cls, crawler):
        instance = cls()
        instance.crawler = crawler
        return instance

    def _spider(self, spider):
        return spider if spider is not None else self.crawler.spider


class RawCaptureMiddleware(_CrawlerAware):
    """Every response to raw/ first (after decompression, before retry and the spider see it)."""

    def process_request(self, request, spider=None):
        spider = self._spider(spider)
        run: CrawlRun | None = getattr(spider, "run", None)
        host = urlsplit(request.url).hostname or ""
        allowed = getattr(spider, "allowed_hosts", None)
        if allowed and host not in allowed:
            # a redirect or link to a host the source does not live on: refused, whatever dont_filter says
            if run is not None:
                stats = run.source_stats(spider.name)
                stats.refused += 1
                stats.problems.append(f"refused {request.url} (host {host} is not the source's)")
            raise IgnoreRequest(f"host {host} is not allowed for {spider.name}")
        if run is not None:
            run.source_stats(spider.name).requests += 1
        return None

    def process_response(self, request, response, spider=None):
        store(request, response, self._spider(spider))
        return response


REDIRECTS = (301, 302, 303, 307, 308)


class RedirectCaptureMiddleware(_CrawlerAware):
    """Redirects to raw/ too: Scrapy's RedirectMiddleware (600) turns them into new requests before
    `RawCaptureMiddleware` sees them, so this one sits on the network side of it (610)."""

    def process_response(self, request, response, spider=None):
        if response.status in REDIRECTS:
            store(request, response, self._spider(spider))
        return response


def store(request, response, spider) -> None:
    """One response to raw/ (and the run's counts), as it arrived. On a full disk the request is dropped
    quietly and the run stops (see `CrawlRun.stop_if_disk_full`)."""
    run: CrawlRun | None = getattr(spider, "run", None)
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
        url=response.url, status=response.status, headers=_headers(response), body=response.body,
        fetched_at=datetime.now(UTC), source=spider.name, page_type=page_type,
        canonical_url=request.meta.get("canonical_url") or spider.canonical(response.url), run_id=run.run_id)
    request.meta["raw_capture"] = run.capture(capture)
    run.source_stats(spider.name).responses[response.status] += 1
    run.show_progress()


class ArchivePipeline(_CrawlerAware):
    """Article captures -> articles and facts rows (through the same code as reparse)."""

    def process_item(self, item, spider=None):
        run = self._spider(spider).run
        if run.fatal is not None:
            return item
        try:
            run.archive_article(item["capture"], item.get("layer"))
        except (OSError, sqlite3.Error) as error:
            if not run.stop_if_disk_full(error):
                raise
        return item
