"""What one source's crawl did (requests, responses, articles new / changed / unchanged, facts, errors,
problems) and the verdict drawn from it: ok, degraded or broken."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

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

    def take_downloader_counts(self, scrapy_stats: dict[str, Any]) -> None:
        """Requests and responses by status as Scrapy's DownloaderStats counted them (see scraper.run_stats)."""
        self.requests = int(scrapy_stats.get("downloader/request_count", 0))
        prefix = "downloader/response_status_count/"
        self.responses = Counter({int(key[len(prefix):]): int(count) for key, count in scrapy_stats.items()
                                  if key.startswith(prefix)})

    def verdict(self) -> tuple[str, str]:
        """ok | degraded | broken, and why: a list with no links or articles with no body is a layout change."""
        fetched = self.articles_new + self.articles_changed + self.articles_without_body
        if self.list_pages == 0 and not self.list_unchanged:
            return "broken", self.problems[0] if self.problems else "no list page could be fetched"
        if self.list_pages and self.list_links == 0 and not self.list_unchanged:
            return "broken", "list pages yield no article links (layout change?)"
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
                "oldest_listed": self.oldest_listed, "list_exhausted": self.list_exhausted, "health": health,
                "reason": reason, "problems": self.problems[:MAX_PROBLEMS_SHOWN]}
