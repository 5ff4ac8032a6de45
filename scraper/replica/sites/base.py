"""What every replica site shares: a route table, id styles, paging, and page furniture."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import format_datetime
from typing import Any

from scraper.replica.content import Entry


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    last_modified: date | None = None
    headers: dict[str, str] = field(default_factory=dict)
    fault: Any = None  # a replica fault that happens on the wire (slow, reset, truncate): see server.Handler


@dataclass
class Request:
    path: str  # below the site's prefix, e.g. "/eng/article/EATCLdfa319ada"
    query: dict[str, str]
    prefix: str  # e.g. "/motie_en": every link the site renders starts with it
    origin: str = "http://127.0.0.1"  # scheme and host the client used, for absolute links in feeds
    layout: str = "current"  # which of the site's layouts to render (`Site.layouts`)


Handler = Callable[[Request, list[Entry]], Page | None]


@dataclass(frozen=True)
class ContentStyle:
    """How the replica's content for a site is written (`scraper.replica.compose`): how many months of
    releases the bundled set holds, who the English text quotes, how Korean leads and wire stories open
    and end, whether re-filings ("(LEAD) ...") are published, and in which voice headlines and bodies are
    written, so each replica source reads like the kind of outlet it stands for."""

    months: int | None = 7  # the newest months with a release (None: every month with figures)
    speaker: str = "the government"  # English: "..., {speaker} said."
    opener: str = ""  # Korean: the lead's opening, e.g. "(세종=뉴스1) 기자 = "
    dateline: str = ""  # English: "SEOUL, {mon}. {day} (Yonhap) -- " before the first paragraph
    sign_off: str = ""  # a last paragraph such as "(END)"
    refiling: str = ""  # a prefix such as "(LEAD) ": the newest release is filed a second time with it
    # headline and body form: "wire" brief, "ministry" release with item and partner tables, "daily" or
    # "business" paper with cause clauses (they differ in headline and lead)
    voice: str = "daily"


@dataclass
class Site:
    name: str
    routes: list[tuple[str, Handler]]
    make_id: Callable[[Entry], str]
    page_size: int = 10
    extra_hosts: tuple[str, ...] = ()
    layouts: tuple[str, ...] = ("current",)  # the first is served by default; others where evidence shows them
    robots_disallow: tuple[str, ...] = ()  # paths below the site's prefix that its robots.txt disallows
    style: ContentStyle = field(default_factory=ContentStyle)  # how its replica content is written

    def with_ids(self, entries: list[Entry]) -> list[Entry]:
        return [Entry(e.slug, e.title, e.published, e.paragraphs, e.index, self.make_id(e)) for e in entries]

    def handle(self, request: Request, entries: list[Entry]) -> Page | None:
        for pattern, handler in self.routes:
            match = re.fullmatch(pattern, request.path)
            if match:
                request.query.update({k: v for k, v in match.groupdict().items() if v is not None})
                return handler(request, entries)
        return None


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def page_number(request: Request, name: str = "pageIndex") -> int:
    try:
        return max(1, int(request.query.get(name, "1") or 1))
    except ValueError:
        return 1


def paginate(entries: list[Entry], page: int, size: int) -> tuple[list[Entry], bool]:
    chunk = entries[(page - 1) * size : page * size]
    return chunk, page * size < len(entries)


def find(entries: list[Entry], entry_id: str) -> Entry | None:
    return next((e for e in entries if e.id == entry_id), None)


def html_page(
    body: str, lang: str = "en", head: str = "", charset: str = "utf-8", last_modified: date | None = None
) -> Page:
    text = f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}">{head}</head><body>{body}</body></html>'
    content_type = f"text/html; charset={charset}" if charset == "utf-8" else "text/html"
    codec = "cp949" if charset == "euc-kr" else charset  # sites labelled EUC-KR really send its superset
    return Page(text.encode(codec, errors="xmlcharrefreplace"), content_type, last_modified=last_modified)


def paragraphs_html(entry: Entry) -> str:
    return "".join(f"<p>{esc(p)}</p>" for p in entry.paragraphs)


def http_date(day: date) -> str:
    return format_datetime(datetime(day.year, day.month, day.day, tzinfo=UTC), usegmt=True)


def rss(title: str, items: list[tuple[str, str, str, str]]) -> Page:
    """RSS 2.0: items are (title, link, pubDate text, description)."""
    body = "".join(
        f"<item><title>{esc(t)}</title><link>{esc(link)}</link><pubDate>{when}</pubDate>"
        f"<description>{esc(d)}</description></item>"
        for t, link, when, d in items
    )
    text = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{esc(title)}</title>{body}</channel></rss>'
    return Page(text.encode("utf-8"), "application/rss+xml; charset=utf-8")


def news_sitemap(items: list[tuple[str, str, str]]) -> Page:
    """A Google News sitemap: items are (link, title, ISO publication time)."""
    body = "".join(
        f"<url><loc>{esc(link)}</loc><news:news><news:publication><news:name>Replica</news:name>"
        f"<news:language>en</news:language></news:publication><news:publication_date>{when}"
        f"</news:publication_date><news:title>{esc(title)}</news:title></news:news></url>"
        for link, title, when in items
    )
    text = (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{body}</urlset>'
    )
    return Page(text.encode("utf-8"), "application/xml; charset=utf-8")


def not_found() -> Page:
    return Page(b"<html><body><h1>404 Not Found</h1></body></html>", status=404)
