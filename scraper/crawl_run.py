"""What one crawl run shares across its spiders: raw writers per source, the archive writer, the state store,
each source's statistics, and the stop on a full disk."""

from __future__ import annotations

import contextlib
import time
from typing import TYPE_CHECKING, TextIO

from archive.checks import UNDATED
from archive.layout import DataDir
from archive.raw import RawCapture, RawWriter
from archive.regression import Baseline, judge
from archive.rows import Ingested, capture_row
from archive.writer import ArchiveWriter, mark_ingested
from scraper.config import CRAWL_RUN_SETTING
from scraper.errors import disk_full
from scraper.ingest import ingest_capture
from scraper.problems import Problem, ProblemKind
from scraper.source_stats import SourceStats
from scraper.state import StateStore

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector


def run_of(crawler: Crawler) -> CrawlRun | None:
    """The run a crawler belongs to: the crawl runner puts it in the crawler's settings before the crawl
    starts (scraper.crawl), so the spider, the middlewares, the pipeline and the stats extension all take it
    from the one place Scrapy gives each of them. None for a crawler started without a run (a probe)."""
    run = crawler.settings.get(CRAWL_RUN_SETTING)
    return run if isinstance(run, CrawlRun) else None


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
        self._scrapy_stats: dict[str, StatsCollector] = {}  # each source's crawler's, while it runs
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
        requests = [self.requests_so_far(source) for source in self.stats]
        line = (
            f"crawl: {sum(1 for n in requests if n)} sources, {sum(requests)} requests, "
            f"{sum(s.articles_new + s.articles_changed for s in every)} new articles, "
            f"{sum(s.facts for s in every)} facts, {sum(s.errors for s in every)} errors"
        )
        self.progress.write("\r\033[K" + line + ("\n" if force else ""))
        self.progress.flush()

    def attach_stats(self, source: str, collector: StatsCollector) -> None:
        """The source's crawler's stats collector, read live by the progress line (scraper.run_stats)."""
        self._scrapy_stats[source] = collector

    def requests_so_far(self, source: str) -> int:
        collector = self._scrapy_stats.get(source)
        live = int(collector.get_value("downloader/request_count", 0)) if collector is not None else 0
        return max(live, self.source_stats(source).requests)

    def source_stats(self, source: str) -> SourceStats:
        return self.stats.setdefault(source, SourceStats())

    def capture(self, capture: RawCapture) -> RawCapture:
        writer = self._raw.get(capture.source)
        if writer is None:
            writer = self._raw[capture.source] = RawWriter(
                self.data.warc_path(capture.source, self.run_id), self.data.root
            )
        stored = writer.write(capture)
        if stored.page_type != "article" or stored.status != 200:
            self.writer.add(Ingested(capture=capture_row(stored)))
        return stored

    def archive_article(self, capture: RawCapture, layer: str | None = None) -> None:
        stats = self.source_stats(capture.source)
        result = ingest_capture(capture)
        known = self.state.known(capture.canonical_url)
        if result.article is not None and known is not None and known.text_length is not None:
            why = judge(result.article["text"], len(result.facts), Baseline(known.text_length, known.n_facts or 0))
            if why is not None:
                result = Ingested(capture=result.capture, problem=Problem(ProblemKind.REGRESSED, why))
        self.writer.add(result)
        if result.article is None:
            kind = result.problem.kind if result.problem is not None else None
            if kind is ProblemKind.NOT_HTML:
                stats.errors += 1  # the site served something else in the article's place
            elif kind is ProblemKind.REGRESSED:
                # a regression: the last good version stays; not remembered, so the next run asks again
                stats.errors += 1
                stats.articles_regressed += 1
            else:
                stats.articles_without_body += 1
            problem = result.problem or Problem(ProblemKind.NO_BODY, "no article body found")
            stats.add_problem(problem.kind, f"{problem.message}: {capture.url}")
            return
        text_hash = result.article["text_sha256"]
        if known is None or known.sha256 is None:
            stats.articles_new += 1
        elif known.sha256 != text_hash:
            stats.articles_changed += 1
        else:
            stats.articles_unchanged += 1
        stats.facts += len(result.facts)
        undated = sum(1 for fact in result.facts if UNDATED in fact["checks"])
        if undated:  # said at default verbosity: these figures are not in `series`
            stats.figures_undated += undated
            stats.add_problem(
                ProblemKind.UNDATED_FIGURES,
                f"no trustworthy publication date: {undated} figures whose sentence does not "
                f"name the year kept out of series: {capture.url}",
            )
        self.state.remember(
            capture.canonical_url,
            capture.source,
            capture.url,
            capture.header("ETag"),
            capture.header("Last-Modified"),
            text_hash,
            capture.status,
            layer,
            text_length=len(result.article["text"]),
            n_facts=len(result.facts),
        )

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
