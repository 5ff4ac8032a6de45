"""Requests and responses per source, counted by Scrapy itself: its `DownloaderStats` middleware keeps them in
each crawler's stats collector (one crawler per source), and this extension hands them to the run through
Scrapy's signals: live while the spider runs (the progress line), copied into the source's statistics when it
closes (the run summary)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy import Spider, signals

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector


from scraper.crawl_run import CrawlRun, run_of


class RunStats:
    def __init__(self, stats: StatsCollector, run: CrawlRun | None):
        self.stats = stats
        self.run = run  # None for a crawl outside a run (a probe): nothing to hand over

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunStats:
        assert crawler.stats is not None
        extension = cls(crawler.stats, run_of(crawler))
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        if self.run is not None:
            self.run.attach_stats(spider.name, self.stats)

    def spider_closed(self, spider: Spider) -> None:
        if self.run is not None:
            self.run.source_stats(spider.name).take_downloader_counts(self.stats.get_stats())
