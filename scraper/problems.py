"""What went wrong with a page, as a value the code can branch on (the kind) and a sentence people read (the
message): run summaries show the message; the crawl's counts follow the kind, never the wording."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class ProblemKind(Enum):
    NOT_HTML = "not_html"  # a PDF, an image or a download served in an article's place: an error of the site
    NO_BODY = "no_body"  # an HTML page with no article text: a layout change if every article does it
    REGRESSED = "regressed"  # a maintenance/error notice or a gutted version in place of a good one: kept in raw/


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    message: str  # e.g. "not an HTML page (application/pdf)"

    def __str__(self) -> str:
        return self.message
