"""Main text of a page from a host we have no profile for: trafilatura, the best-measured generic
extractor (benchmarks/generic_extraction.py compares it with the container heuristic below).

`deduplicate=False` keeps repeated runs over the same page identical (trafilatura #778); the
fallback cascade stays on because recall matters more than speed on the rare unknown host.
"""

from __future__ import annotations

import logging

import trafilatura
from lxml import html as lxml_html

from scraper.cleaner.html import block_lines, first, remove

# trafilatura logs an ERROR for every page it finds empty; for us that is an ordinary outcome
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

GENERIC_CONTAINERS = (
    "[itemprop=articleBody]", "#articleBody", ".article-body", ".article_body", "#article-body", ".articleBody",
    ".story-body", ".entry-content", ".post-content", "article", "main", "div#content", "div.content",
)


def trafilatura_lines(text: str, url: str | None) -> list[str]:
    extracted = trafilatura.extract(text, url=url, deduplicate=False, include_comments=False,
                                    include_tables=True, favor_recall=True)
    return [line.strip() for line in (extracted or "").split("\n") if line.strip()]


def container_lines(root: lxml_html.HtmlElement) -> list[str]:
    """The generic article containers, for pages trafilatura returns nothing for."""
    container = first(root, GENERIC_CONTAINERS)
    if container is None:
        container = root.find("body") if root.find("body") is not None else root
    remove(container, ("header", "footer", "aside", "figure", "figcaption", ".share", ".related", ".comments"))
    return block_lines(container)
