"""What went wrong in a crawl, as a value the code can branch on (the kind) and a sentence people read (the
message): run summaries show the message; the crawl's counts follow the kind, never the wording. Every kind
says in plain words what it stands for (`ProblemKind.reason`), whoever records it: the spiders, the raw
capture middleware or the archive side of the run."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class ProblemKind(Enum):
    # an article page the archive could not use
    NOT_HTML = "not_html"
    NO_BODY = "no_body"
    REGRESSED = "regressed"
    UNDATED_FIGURES = "undated_figures"
    # a request or a page the spider could not use
    FETCH_FAILED = "fetch_failed"
    REFUSED_HOST = "refused_host"
    NOTICE_PAGE = "notice_page"
    UNREADABLE_PAGE = "unreadable_page"
    # a list the spider could not follow to its end
    UNDATED_LIST = "undated_list"
    DATING_FAILED = "dating_failed"
    # listed articles that never ended as an archived page, a 304 or another problem
    NOT_FETCHED = "not_fetched"
    NO_ANSWER = "no_answer"

    @property
    def reason(self) -> str:
        """What this kind of problem is, in plain words (the message says which page and what exactly)."""
        return REASONS[self]


REASONS: dict[ProblemKind, str] = {
    ProblemKind.NOT_HTML: "a PDF, an image or a download served in an article's place: an error of the site",
    ProblemKind.NO_BODY: "an HTML page with no article text: a layout change if every article does it",
    ProblemKind.REGRESSED: "a maintenance notice or a gutted version in place of a good article: the good one stays",
    ProblemKind.UNDATED_FIGURES: "an article with no trustworthy date: its figures are kept out of the series",
    ProblemKind.FETCH_FAILED: "a request that failed after its retries (an HTTP error, a timeout, robots.txt)",
    ProblemKind.REFUSED_HOST: "a request to a host the source does not live on, refused before it was sent",
    ProblemKind.NOTICE_PAGE: "a maintenance or error notice served in place of a list page or an article",
    ProblemKind.UNREADABLE_PAGE: "a feed or list page that could not be read at all (broken JSON or XML)",
    ProblemKind.UNDATED_LIST: "a list page without dates whose oldest article shows none either: paging stopped",
    ProblemKind.DATING_FAILED: "the article that dates an undated list page could not be fetched: paging stopped",
    ProblemKind.NOT_FETCHED: "listed articles left unfetched because the crawl stopped early",
    ProblemKind.NO_ANSWER: "an article request that never got an answer (dropped on the way, a redirect loop?)",
}


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    message: str  # e.g. "not an HTML page (application/pdf)"

    def __str__(self) -> str:
        return self.message
