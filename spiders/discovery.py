"""The discovery layers every spider shares, read from the source's spec:

- feed: an RSS 2.0 / Atom feed or a (news) sitemap. Feeds outlive redesigns of the pages around them.
- list: the list page's own markup (`list_items`, `list_title`, `list_date`), or code in the spider for lists
  written by script or carried as JSON.
- links: every link on a list page whose URL matches the source's `article_pattern` (JavaScript links such as
  `javascript:article.view('123')` through `script_links`); the title is the link text, the date the first
  date in the link's row, else the article page's.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from lxml import etree

from scraper.cleaner.dates import SEOUL, parse_date
from scraper.profiles import SourceSpec

NEXT_WORDS = {"next", "다음", "다음 페이지", "›", ">", "»", "next page"}


@dataclass(frozen=True)
class Listed:
    """One link found on a list page or feed, and the layer that found it."""

    url: str
    title: str
    published: date | None
    layer: str = "list"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text or "")).strip()


def feed_date(text: str | None) -> date | None:
    """RFC 822 dates of RSS (`Tue, 14 Oct 2025 02:00:00 +0000`), ISO dates of Atom and sitemaps, and the
    forms sites write by hand (MSIT's `2025.10.14` in CDATA), as the Seoul calendar day."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        stamp = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return parse_date(text)
    if stamp.tzinfo is None:
        return stamp.date()
    return stamp.astimezone(SEOUL).date()


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(element, *names: str) -> str:
    for child in element.iter():
        if _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return ""


def read_feed(body: bytes, spec: SourceSpec, base_url: str) -> list[Listed]:
    """Items of an RSS, Atom or sitemap document that link to the source's articles (a site-wide sitemap
    lists other sections too); raises ValueError when it is not XML."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False, huge_tree=False)
    try:
        root = etree.fromstring(body.strip(), parser=parser)
    except etree.XMLSyntaxError as error:
        raise ValueError(f"not a feed: {error}") from None
    entries = []
    for element in root.iter():
        kind = _local(element.tag)
        if kind == "item":  # RSS
            link = _child_text(element, "link", "guid")
            title, when = _child_text(element, "title"), _child_text(element, "pubDate", "date")
        elif kind == "entry":  # Atom
            found = next((c for c in element if _local(c.tag) == "link" and c.get("href")), None)
            link = found.get("href") if found is not None else ""
            title, when = _child_text(element, "title"), _child_text(element, "published", "updated")
        elif kind == "url":  # sitemap, with Google News' title and date where present
            link = _child_text(element, "loc")
            title, when = _child_text(element, "title"), _child_text(element, "publication_date", "lastmod")
        else:
            continue
        if link and is_article_url(absolute(link, base_url), spec, base_url):
            entries.append(Listed(absolute(link, base_url), squash(title), feed_date(when), "feed"))
    return entries


def absolute(url: str, base_url: str) -> str:
    """A feed's or page's link made absolute; a link to the real host is moved to where this run reaches
    the site (the replica), keeping its path, so a feed written with absolute URLs works on both."""
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    if url.startswith("/"):
        base = urlsplit(base_url)
        return f"{base.scheme}://{base.netloc}{url}"
    return url


def script_link(text: str, spec: SourceSpec, base_url: str) -> str | None:
    for pattern, template in spec.script_links:
        match = re.search(pattern, text)
        if match:
            return base_url.rstrip("/") + template.format(*match.groups())
    return None


def link_url(link, spec: SourceSpec, base_url: str, response) -> str | None:
    """Where a link goes: its href, or for `javascript:` and `#` links the article its onclick names."""
    href = (link.attrib.get("href") or "").strip()
    if href and not href.lower().startswith("javascript:") and not href.startswith("#"):
        return response.urljoin(href)
    return script_link(f"{href} {link.attrib.get('onclick', '')}", spec, base_url)


def text_of(selection) -> str:
    return squash(" ".join(selection.css("::text").getall()))


def first_text(item, selectors: tuple[str, ...]) -> str:
    """The text of the first selector that matches (`::attr(name)` selectors give the attribute)."""
    for selector in selectors:
        found = item.css(selector)
        value = squash(found.get() or "") if "::attr(" in selector else text_of(found[:1]) if found else ""
        if value:
            return value
    return ""


def site_path(url: str, base_url: str) -> str:
    """An URL's path and query as the real site has them: without the prefix under which this run reaches
    the site (the replica's `/<source>`) and without a session id."""
    parts = urlsplit(url)
    path = re.sub(r";jsessionid=[^/?#]*", "", parts.path, flags=re.IGNORECASE)
    prefix = urlsplit(base_url).path.rstrip("/")
    if prefix and path.startswith(prefix + "/"):
        path = path[len(prefix) :]
    return path + ("?" + parts.query if parts.query else "")


def is_article_url(url: str, spec: SourceSpec, base_url: str) -> bool:
    return not spec.article_pattern or bool(re.search(spec.article_pattern, site_path(url, base_url)))


def read_markup_list(response, spec: SourceSpec, base_url: str) -> list[Listed]:
    """The list layer for sites whose list is markup: one entry per `list_items` match."""
    items = []
    for selector in spec.list_items:
        items = response.css(selector)
        if items:
            break
    entries = []
    for item in items:
        link = item if item.root.tag == "a" else (item.css("a[href], a[onclick]")[:1] or [None])[0]
        url = link_url(link, spec, base_url, response) if link is not None else None
        if not url:
            continue
        title = first_text(item, spec.list_title) or text_of(link)
        when = first_text(item, spec.list_date) if spec.list_date else ""
        entries.append(Listed(url, title, parse_date(when) or parse_date(text_of(item)), "list"))
    return entries


def row_of(link):
    """The list row a link sits in: its closest li, tr, article or dd (the link itself when none)."""
    rows = link.xpath("ancestor::*[self::li or self::tr or self::article or self::dd][1]")
    return rows[0] if rows else link


def read_links(response, spec: SourceSpec, base_url: str) -> list[Listed]:
    """The links layer: every link matching the article pattern, once each (the longest text wins)."""
    found: dict[str, Listed] = {}
    for link in response.css("a"):
        url = link_url(link, spec, base_url, response)
        if not url:
            continue
        if not is_article_url(url, spec, base_url):
            continue
        title = text_of(link)
        entry = Listed(url, title, parse_date(text_of(row_of(link))), "links")
        if url not in found or len(title) > len(found[url].title):
            found[url] = entry
    return list(found.values())


def pager_has_next(response, page: int, page_param: str) -> bool:
    """A "next" link, whatever the pager's classes are called: rel/class next, a link whose text says next,
    or one to the next page number."""
    if response.css("a.next, a[rel=next]"):
        return True
    wanted = re.compile(rf"[?&]{re.escape(page_param)}={page + 1}(?!\d)") if page_param else None
    for link in response.css("a"):
        if text_of(link).lower() in NEXT_WORDS:
            return True
        if wanted is not None and wanted.search(html.unescape(link.attrib.get("href", ""))):
            return True
    return False


def is_notice_page(response, spec: SourceSpec) -> str | None:
    """The marker when a 200 page is a maintenance or error notice in place of the content: a marker in its
    title or headings, and none of the source's article body containers (an article that mentions a
    maintenance in a subheading is still an article)."""
    if not hasattr(response, "selector"):  # not text at all (a PDF): the archive's own check reports it
        return None
    try:
        heads = " ".join(response.css("title::text, h1 ::text, h2 ::text, h3 ::text").getall())
        if any(response.css(selector) for selector in spec.body):
            return None
    except (AttributeError, ValueError):
        return None
    return next((marker for marker in spec.notice_markers if marker.lower() in heads.lower()), None)
