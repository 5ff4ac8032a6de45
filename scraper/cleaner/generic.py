"""Main text of a page from a host we have no profile for (or whose profile stopped matching): trafilatura's
full pipeline, its own extractor checked against readability and jusText, on the tree we already parsed.

What we measured (benchmarks/generic_extraction.py: hand pages, and 24 invented articles in 14 site styles
split into a half to develop on and a held-out half):
- Full mode, not `fast=True` after removing furniture by class name ([class*=sidebar], [class*=share],
  [class*=teaser] ...): that scored higher on the hand pages it was written against and lost whole
  articles on layouts it was not (every WebForms page, whose one <form> holds the page and forms were
  "never text"): held-out F1 0.803 against trafilatura's 0.891; now 0.903. The class-name removal,
  guarded so it never takes the article, still helped one held-out page and hurt one development page
  (a lead paragraph styled "article-teaser"), so it is gone.
- Only what never carries article text is dropped beforehand: scripts other than JSON-LD, styles, SVG,
  form controls, comments, nav/footer/aside, the <head> once title and date are read. trafilatura drops
  them too, but after copying the tree several times, so the whole clean (decode, parse, title, date,
  extraction) is faster than trafilatura's extraction alone: 8% on the corpus pages (23 KB), 3.7x on
  pages carrying 200 KB of styles, app state and menus as big news sites do.
- `deduplicate=False` keeps repeated runs over the same page identical (trafilatura #778);
  `favor_recall` stays off (it kept teasers and menus); comments are not article text.
"""

from __future__ import annotations

import logging

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from scraper.cleaner.html import block_lines, first, remove

# trafilatura logs an ERROR for every page it finds empty; for us that is an ordinary outcome
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

GENERIC_CONTAINERS = (
    "[itemprop=articleBody]",
    "#articleBody",
    ".article-body",
    ".article_body",
    "#article-body",
    ".articleBody",
    ".story-body",
    ".entry-content",
    ".post-content",
    "article",
    "main",
    "div#content",
    "div.content",
)
# Elements whose content is never article text: code, styles, graphics, and HTML5's page chrome (menus,
# footers, side columns). <form> is not one of them: WebForms pages live inside one.
NOT_TEXT = (
    "style",
    "template",
    "svg",
    "noscript",
    "iframe",
    "object",
    "embed",
    "canvas",
    "select",
    "button",
    "input",
    "textarea",
    "datalist",
    "nav",
    "footer",
    "aside",
    etree.Comment,
)
CONTAINER_NOT_TEXT = ("script", *NOT_TEXT, "button", "select", "textarea", "nav")


def drop_non_text(root: lxml_html.HtmlElement) -> None:
    """Remove what never holds article text, and the <head> once title and date are read, keeping JSON-LD
    (trafilatura reads it to tell forum threads, whose replies are content, from articles)."""
    head = root.find("head")
    if head is not None:
        for element in [child for child in head if child.tag != "title"]:
            if element.tag != "script" or element.get("type") != "application/ld+json":
                head.remove(element)
    scripts = [script for script in root.iter("script") if script.get("type") != "application/ld+json"]
    for script in scripts:
        script.drop_tree()
    etree.strip_elements(root, *NOT_TEXT, with_tail=False)


def trafilatura_lines(document: str | lxml_html.HtmlElement, url: str | None) -> list[str]:
    """`document` may be the page already parsed, which spares trafilatura a second parse of the same
    bytes (and keeps our parser's depth limits); trafilatura works on a copy of it."""
    extracted = trafilatura.extract(document, url=url, deduplicate=False, include_comments=False, include_tables=True)
    return [line.strip() for line in (extracted or "").split("\n") if line.strip()]


def container_lines(root: lxml_html.HtmlElement) -> list[str]:
    """The generic article containers, for pages trafilatura returns nothing for."""
    container = first(root, GENERIC_CONTAINERS)
    if container is None:
        container = root.find("body") if root.find("body") is not None else root
    remove(
        container,
        ("header", "footer", "aside", "figure", "figcaption", ".share", ".related", ".comments"),
        never_text=CONTAINER_NOT_TEXT,
    )
    return block_lines(container, never_text=CONTAINER_NOT_TEXT)
