"""A base for middlewares and pipelines that need the running spider whatever Scrapy version calls them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class CrawlerAware:
    """Scrapy passes the spider to middleware methods only in older versions; keep the crawler instead."""

    crawler: Crawler  # set by from_crawler

    @classmethod
    def from_crawler(cls, crawler):
        instance = cls()
        instance.crawler = crawler
        return instance

    def _spider(self, spider):
        return spider if spider is not None else self.crawler.spider
