"""Scrapy settings for every crawl: polite and bounded on real sites, fast on the local replica."""

from __future__ import annotations

from typing import Any

from scraper.config import Config

USER_AGENT = "ictarchive/0.1 (+https://github.com/ictarchive/ictarchive; monthly archive of Korea ICT trade releases)"


def crawl_settings(config: Config) -> dict[str, Any]:
    crawl = config.crawl
    return {
        "BOT_NAME": "ictarchive",
        "USER_AGENT": crawl.get("user_agent", USER_AGENT),
        "ROBOTSTXT_OBEY": True,
        "COOKIES_ENABLED": False,  # session ids in cookies would only split one article into many URLs
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": crawl.get("log_level", "WARNING"),
        "LOG_INSTALL_ROOT_HANDLER": False,  # the CLI has configured logging (one line per message, not two)
        "AUTOTHROTTLE_ENABLED": bool(crawl.get("autothrottle", True)),
        "AUTOTHROTTLE_START_DELAY": float(crawl.get("download_delay", 1.0)),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "DOWNLOAD_DELAY": float(crawl.get("download_delay", 1.0)),
        "CONCURRENT_REQUESTS": int(crawl.get("concurrent_requests", 16)),
        "CONCURRENT_REQUESTS_PER_DOMAIN": int(crawl.get("concurrency_per_domain", 2)),
        "RETRY_ENABLED": True,
        "RETRY_TIMES": int(crawl.get("retry_times", 3)),
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "RETRY_BACKOFF_BASE": float(crawl.get("retry_backoff", 2.0)),  # seconds; doubles per retry
        "RETRY_AFTER_MAX": float(crawl.get("max_retry_after", 600)),  # a longer Retry-After gives up
        "DOWNLOAD_TIMEOUT": float(crawl.get("download_timeout", 30)),
        "DOWNLOAD_MAXSIZE": int(crawl.get("max_body_bytes", 8 * 1024 * 1024)),  # also caps decompression
        "DOWNLOAD_WARNSIZE": 2 * 1024 * 1024,
        "CLOSESPIDER_ERRORCOUNT": int(crawl.get("error_budget", 50)),
        "REDIRECT_MAX_TIMES": 5,
        "HTTPCACHE_ENABLED": False,
        "DOWNLOADER_MIDDLEWARES": {"scraper.raw_capture.RawCaptureMiddleware": 585,
                                   "scraper.redirect_capture.RedirectCaptureMiddleware": 610,
                                   "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
                                   "scraper.retry.BackoffRetryMiddleware": 550},
        "ITEM_PIPELINES": {"scraper.pipelines.ArchivePipeline": 300},
        "EXTENSIONS": {"scraper.run_stats.RunStats": 500},  # requests and responses from Scrapy's own stats
    }
