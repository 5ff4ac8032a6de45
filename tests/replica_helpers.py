"""What tests that crawl the replica share: crawl settings for a local server (no throttling, quick retries)."""

from __future__ import annotations

FAST = {
    "autothrottle": False,
    "download_delay": 0,
    "concurrency_per_domain": 16,
    "retry_times": 1,
    "retry_backoff": 0.1,
}
