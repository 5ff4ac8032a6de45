"""`ArchivePipeline` (an item pipeline) turns article captures into rows and decides new / changed /
unchanged against the state store.

The crawl's other parts live one per module: `scraper.raw_capture` and `scraper.redirect_capture` (downloader
middlewares), `scraper.crawl_run` (what a run shares), `scraper.source_stats` (a source's counts and verdict).
Their names are re-exported here for code that imported them from this module.
"""

from __future__ import annotations

import sqlite3

from archive.writer import mark_ingested
from scraper.crawl_run import CrawlRun, run_of
from scraper.crawler_aware import CrawlerAware
from scraper.raw_capture import RawCaptureMiddleware, store
from scraper.redirect_capture import RedirectCaptureMiddleware
from scraper.source_stats import MAX_PROBLEMS_SHOWN, SourceStats

__all__ = [
    "MAX_PROBLEMS_SHOWN",
    "ArchivePipeline",
    "CrawlRun",
    "RawCaptureMiddleware",
    "RedirectCaptureMiddleware",
    "SourceStats",
    "mark_ingested",
    "store",
]


class ArchivePipeline(CrawlerAware):
    """Article captures -> articles and facts rows (through the same code as reparse)."""

    def process_item(self, item, spider=None):
        run = run_of(self.crawler)
        if run is None or run.fatal is not None:
            return item
        try:
            run.archive_article(item["capture"], item.get("layer"))
        except (OSError, sqlite3.Error) as error:
            if not run.stop_if_disk_full(error):
                raise
        return item
