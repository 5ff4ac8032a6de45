"""What one source's crawl did (requests, responses, articles new / changed / unchanged, facts, errors,
problems) and the verdict drawn from it: ok, degraded or broken."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from scraper.problems import Problem, ProblemKind
from scraper.profiles import LAYERS

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
    figures_undated: int = 0  # figures of undated articles whose period was a guess (flagged undated_period)
    articles_regressed: int = 0  # maintenance pages, lost figures: the last good version kept
    articles_skipped: int = 0  # already archived, not requested (historical runs)
    refused: int = 0  # requests to hosts outside the source's (redirects, stray links)
    oldest_listed: str | None = None  # the oldest publication date the lists showed (ISO)
    list_exhausted: bool = False  # the last list page was reached before --since
    list_truncated_at: int | None = None  # the list still went on after max_pages pages
    problems: list[Problem] = field(default_factory=list)  # typed: counts follow the kind, people read the text
    # per discovery layer (feed, list, links): links found, articles requested, articles archived
    layer_links: Counter = field(default_factory=Counter)
    layer_requested: Counter = field(default_factory=Counter)
    layer_articles: Counter = field(default_factory=Counter)
    layer_empty: dict[str, str] = field(default_factory=dict)  # layer -> what it failed to find, and where
    silent_lists: dict[str, str] = field(default_factory=dict)  # layer -> links without titles or dates
    articles_not_wanted: int = 0  # fetched from an untitled/undated link; the page showed it is not wanted

    def add_problem(self, kind: ProblemKind, message: str) -> None:
        """One problem of this source's crawl: its kind for the code, its message for the run summary."""
        self.problems.append(Problem(kind, message))

    def problem_messages(self, limit: int) -> list[str]:
        return [problem.message for problem in self.problems[:limit]]

    def layer_worked(self) -> str | None:
        """The first layer (feed, list, links) that found links this run."""
        return next((layer for layer in LAYERS if self.layer_links[layer]), None)

    def take_downloader_counts(self, scrapy_stats: dict[str, Any]) -> None:
        """Requests and responses by status as Scrapy's DownloaderStats counted them (see scraper.run_stats)."""
        self.requests = int(scrapy_stats.get("downloader/request_count", 0))
        prefix = "downloader/response_status_count/"
        self.responses = Counter(
            {int(key[len(prefix) :]): int(count) for key, count in scrapy_stats.items() if key.startswith(prefix)}
        )

    def verdict(self) -> tuple[str, str]:
        """ok | degraded | broken, and why: a list with no links or articles with no body is a layout change,
        and so is a layer that finds nothing while another one finds the articles."""
        fetched = self.articles_new + self.articles_changed + self.articles_without_body
        if self.list_pages == 0 and not self.list_unchanged:
            return "broken", self.problems[0].message if self.problems else "no list page could be fetched"
        if self.silent_lists:
            return "broken", next(iter(self.silent_lists.values())) + " (layout change?)"
        if self.list_pages and not sum(self.layer_links.values()) and not self.list_unchanged:
            return "broken", "list pages yield no article links (layout change?)"
        for layer, reason in self.layer_empty.items():
            others = [
                f"the {other} layer ({count} links)"
                for other, count in self.layer_links.items()
                if other != layer and count
            ]
            if others:
                return "broken", f"{reason}; found instead by {' and '.join(others)} (layout change?)"
        if fetched and self.articles_without_body == fetched:
            return "broken", "articles yield no body (layout change?)"
        if self.list_truncated_at is not None:
            ended = f"list did not end within {self.list_truncated_at} pages"
            return "degraded", "; ".join([ended, *self.problem_messages(2)])
        if self.errors or self.articles_without_body or self.refused or self.figures_undated:
            return "degraded", "; ".join(self.problem_messages(3)) or f"{self.errors} errors"
        return "ok", ""

    def summary(self) -> dict[str, Any]:
        health, reason = self.verdict()
        return {
            "requests": self.requests,
            "responses": dict(sorted(self.responses.items())),
            "articles_new": self.articles_new,
            "articles_changed": self.articles_changed,
            "articles_unchanged": self.articles_unchanged,
            "articles_regressed": self.articles_regressed,
            "figures_undated": self.figures_undated,
            "articles_skipped": self.articles_skipped,
            "facts": self.facts,
            "errors": self.errors,
            "refused": self.refused,
            "layers": {
                layer: {
                    "links": self.layer_links[layer],
                    "requested": self.layer_requested[layer],
                    "archived": self.layer_articles[layer],
                }
                for layer in LAYERS
                if self.layer_links[layer] or layer in self.layer_empty
            },
            "layer_worked": self.layer_worked(),
            "articles_not_wanted": self.articles_not_wanted,
            "oldest_listed": self.oldest_listed,
            "list_exhausted": self.list_exhausted,
            "list_truncated_at": self.list_truncated_at,
            "health": health,
            "reason": reason,
            "problems": self.problem_messages(MAX_PROBLEMS_SHOWN),
        }
