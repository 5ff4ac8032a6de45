"""Scrapy settings for every crawl: polite and bounded on real sites, fast on the local replica."""

from __future__ import annotations

from typing import Any

from scraper.config import USER_AGENT, Config

__all__ = ["USER_AGENT", "crawl_settings"]


def crawl_settings(config: Config) -> dict[str, Any]:
    return {
        "BOT_NAME": "ictarchive",
        "USER_AGENT": config.crawl_value("user_agent"),
        "ROBOTSTXT_OBEY": True,
        "COOKIES_ENABLED": False,  # session ids in cookies would only split one article into many URLs
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": config.crawl_value("log_level"),
        "LOG_INSTALL_ROOT_HANDLER": False,  # the CLI has configured logging (one line per message, not two)
        "AUTOTHROTTLE_ENABLED": bool(config.crawl_value("autothrottle")),
        "AUTOTHROTTLE_START_DELAY": float(config.crawl_value("download_delay")),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "DOWNLOAD_DELAY": float(config.crawl_value("download_delay")),
        "CONCURRENT_REQUESTS": int(config.crawl_value("concurrent_requests")),
        "CONCURRENT_REQUESTS_PER_DOMAIN": int(config.crawl_value("concurrency_per_domain")),
        "RETRY_ENABLED": True,
        "RETRY_TIMES": int(config.crawl_value("retry_times")),
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "RETRY_BACKOFF_BASE": float(config.crawl_value("retry_backoff")),  # seconds; doubles per retry
        "RETRY_AFTER_MAX": float(config.crawl_value("max_retry_after")),  # a longer Retry-After gives up
        "HOST_BACKOFF_ERRORS": int(config.crawl_value("host_backoff_errors")),  # failures in a row slow the host
        "HOST_BACKOFF_MAX_DELAY": float(config.crawl_value("max_host_delay")),
        "DOWNLOADER": "scraper.host_backoff.PoliteDownloader",  # requests for a paused host hold no concurrency
        "DOWNLOAD_TIMEOUT": float(config.crawl_value("download_timeout")),
        "DOWNLOAD_MAXSIZE": int(config.crawl_value("max_body_bytes")),  # also caps decompression
        "DOWNLOAD_WARNSIZE": 2 * 1024 * 1024,
        "CLOSESPIDER_ERRORCOUNT": int(config.crawl_value("error_budget")),
        "REDIRECT_MAX_TIMES": 5,
        "HTTPCACHE_ENABLED": False,
        "DOWNLOADER_MIDDLEWARES": {
            "scraper.raw_capture.RawCaptureMiddleware": 585,
            "scraper.redirect_capture.RedirectCaptureMiddleware": 610,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "scraper.retry.BackoffRetryMiddleware": 550,
        },
        "ITEM_PIPELINES": {"scraper.pipelines.ArchivePipeline": 300},
        "EXTENSIONS": {"scraper.run_stats.RunStats": 500},  # requests and responses from Scrapy's own stats
    }
