"""Reading a parsed page: text of an element by blocks, first match of a selector chain."""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from functools import cache

from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector

BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "dd",
    "dt",
    "dl",
    "header",
    "footer",
    "pre",
    "hr",
    "figure",
    "td",
    "th",
}
# C0 controls XML forbids: lxml parses a page holding one, then refuses to move its text when an element around
# it is dropped (a stray \x01 in a news page stopped extraction with a ValueError)
NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
NEVER_TEXT = ("script", "style", "noscript", "template", "iframe", "svg", "button", "select", "form", "nav")


LOGGER = logging.getLogger(__name__)

# Wrapper tags that pages exported from word processors nest hundreds deep (unclosed <font>, <div> in
# <div>). When even huge_tree's depth limit is hit they are taken out and the page parsed again: block
# wrappers leave a line break so paragraphs stay apart, inline ones leave nothing.
_BLOCK_WRAPPERS = re.compile(
    r"</?(?:div|section|article|main|aside|header|footer|blockquote|center|table|tbody|thead|tfoot|tr|td|th"
    r"|ul|ol|dl|dd|dt|li|form|fieldset|figure|figcaption)\b[^>]*>",
    re.I,
)
_INLINE_WRAPPERS = re.compile(
    r"</?(?:font|span|b|i|u|s|strong|em|small|big|sup|sub|nobr|label|mark|a|abbr)\b[^>]*>", re.I
)


@dataclass(frozen=True)
class Parsed:
    """A parsed page; `truncated` when the markup nested deeper than the parser allows even after
    flattening, so text after the cut is missing (the caller reports it)."""

    root: lxml_html.HtmlElement | None
    truncated: bool = False


_PARSERS = threading.local()


def _parser() -> lxml_html.HTMLParser:
    """One parser per thread (lxml parsers are not thread-safe): trees of one parser share its name
    dictionary, and selectors run a third slower on trees whose parser was made for them alone."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = lxml_html.HTMLParser(huge_tree=True)
    return parser


def _parse_once(text: str) -> tuple[lxml_html.HtmlElement | None, bool]:
    """(root, cut by the depth limit). huge_tree lifts libxml2's nesting limit from 256 to 2048 levels:
    without it a page of 300 nested <div>s parses as an empty body, silently."""
    parser = _parser()
    try:
        root = lxml_html.document_fromstring(NOT_XML_CHARS.sub(" ", text), parser=parser)
    except (etree.ParserError, ValueError):
        root = None
    cut = any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log.filter_from_fatals())
    return root, cut


def parse_page(text: str) -> Parsed:
    """lxml copes with broken markup; an empty or markup-free document has no root. A page nested past
    the depth limit is parsed again with its wrapper tags flattened, and flagged if still cut."""
    if not text.strip():
        return Parsed(None)
    root, cut = _parse_once(text)
    if not cut:
        return Parsed(root)
    flattened = _INLINE_WRAPPERS.sub("", _BLOCK_WRAPPERS.sub("<br>", text))
    root, cut = _parse_once(flattened)
    if cut:
        LOGGER.warning("page nests deeper than the parser's limit even flattened: text after the cut is lost")
    return Parsed(root, truncated=cut)


def parse_fragment(markup: str) -> lxml_html.HtmlElement:
    """An HTML fragment (an article body carried in JSON) with the same depth limit as whole pages."""
    return lxml_html.fromstring(markup, parser=_parser())


def parse_html(text: str) -> lxml_html.HtmlElement | None:
    """The tree of `parse_page`, for callers that need no truncation flag."""
    return parse_page(text).root


@cache
def _compiled(selector: str) -> CSSSelector | None:
    """Translating CSS to XPath costs more than running it; profiles reuse a few dozen selectors."""
    try:
        return CSSSelector(selector)
    except Exception:  # a malformed selector in a profile must not break extraction
        return None


def select(root: lxml_html.HtmlElement, selector: str) -> list[lxml_html.HtmlElement]:
    compiled = _compiled(selector)
    return compiled(root) if compiled is not None else []


def first(root: lxml_html.HtmlElement, selectors: tuple[str, ...]) -> lxml_html.HtmlElement | None:
    for selector in selectors:
        found = select(root, selector)
        if found:
            return found[0]
    return None


def element_value(element: lxml_html.HtmlElement) -> str:
    """Text of an element, or the attribute that carries its value (meta content, time datetime)."""
    for attribute in ("content", "datetime", "data-published-time"):
        value = element.get(attribute)
        if value:
            return str(value).strip()
    return " ".join(element.text_content().split())


_SIBLING_MARKS = re.compile(r"[:+~]")  # pseudo-classes and sibling combinators


@cache
def _joined(selectors: tuple[str, ...]) -> CSSSelector | None:
    """The selectors as one, where that drops the same elements (see `remove`). What is not a CSS string
    (`etree.Comment` in a list of tags) selects nothing, as on its own."""
    css = [selector for selector in selectors if isinstance(selector, str)]
    if any(_SIBLING_MARKS.search(selector) for selector in css):
        return None
    return _compiled(", ".join(css))


def remove(root: lxml_html.HtmlElement, selectors: tuple[str, ...], never_text: tuple[str, ...] = NEVER_TEXT) -> None:
    """Drop every element a selector matches, keeping its tail text. One pass of the selectors joined
    leaves the same tree as one pass per selector: an element inside a dropped one is gone either way,
    and each tail lands, in document order, on what precedes it that stays. Not so for a selector that
    looks at siblings (":first-child", "h2 + p"): what an earlier selector dropped changes its matches."""
    every = (*never_text, *selectors)
    joined = _joined(every)
    if joined is None:  # one selector at a time (a malformed one among them: the others still apply)
        for selector in every:
            for element in select(root, selector):
                element.drop_tree()
        return
    for element in joined(root):
        element.drop_tree()


def block_lines(element: lxml_html.HtmlElement, never_text: tuple[str, ...] = NEVER_TEXT) -> list[str]:
    """The element's text with a line break at every block boundary, so paragraphs stay paragraphs.
    lxml's iterwalk, not recursion: pages nest deeper (up to lxml's 2048 levels) than Python recurses."""
    chunks: list[str] = []
    append = chunks.append
    walker = etree.iterwalk(element, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event == "start":
            if node.tag in never_text:
                walker.skip_subtree()  # its "end" still comes, for the tail
                continue
            if node.tag in BLOCK_TAGS:
                append("\n")
            if node.text:
                append(node.text)
            continue
        if event == "end" and node.tag not in never_text and node.tag in BLOCK_TAGS:
            append("\n")
        if node.tail and node is not element:  # a comment's or processing instruction's tail is text too
            append(node.tail)
    lines = "".join(chunks).split("\n")
    return [" ".join(line.split()) for line in lines if line.strip()]
