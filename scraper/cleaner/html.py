"""Reading a parsed page: text of an element by blocks, first match of a selector chain."""

from __future__ import annotations

import re
from functools import cache

from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector

BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "blockquote", "dd", "dt", "dl", "header", "footer", "pre", "hr", "figure", "td", "th",
}
# C0 controls XML forbids: lxml parses a page holding one, then refuses to move its text when an element around
# it is dropped (a stray \x01 in a news page stopped extraction with a ValueError)
NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
NEVER_TEXT = ("script", "style", "noscript", "template", "iframe", "svg", "button", "select", "form", "nav")


def parse_html(text: str) -> lxml_html.HtmlElement | None:
    """lxml copes with broken markup; an empty or markup-free document yields None."""
    if not text.strip():
        return None
    try:
        return lxml_html.document_fromstring(NOT_XML_CHARS.sub(" ", text))
    except (etree.ParserError, ValueError):
        return None


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


def remove(root: lxml_html.HtmlElement, selectors: tuple[str, ...]) -> None:
    for selector in (*NEVER_TEXT, *selectors):
        for element in select(root, selector):
            element.drop_tree()


def block_lines(element: lxml_html.HtmlElement) -> list[str]:
    """The element's text with a line break at every block boundary, so paragraphs stay paragraphs."""
    chunks: list[str] = []

    def walk(node: lxml_html.HtmlElement, root: bool = False) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in NEVER_TEXT:
            if node.tail:
                chunks.append(node.tail)
            return
        block = tag in BLOCK_TAGS
        if block:
            chunks.append("\n")
        if node.text and tag:
            chunks.append(node.text)
        for child in node:
            walk(child)
        if block:
            chunks.append("\n")
        if node.tail and not root:
            chunks.append(node.tail)

    walk(element, root=True)
    lines = "".join(chunks).split("\n")
    return [" ".join(line.split()) for line in lines if line.strip()]
