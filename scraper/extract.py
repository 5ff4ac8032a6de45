"""One page in, one JSON-ready record out: the glue behind `ictarchive extract`."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from scraper.cleaner import clean, clean_text
from scraper.cleaner.decode import decode_text
from scraper.models import CleanedPage
from scraper.parser import parse

_HTML_MARKERS = (b"<html", b"<!doctype html", b"<body", b"<head", b"<div", b"<article", b"<p>", b"<meta")
# one case-blind search for any of them (ASCII only, as `bytes.lower`), not a lowered copy and eight searches
_HTML_MARKER = re.compile(b"|".join(map(re.escape, _HTML_MARKERS)), re.I)


def looks_like_html(data: bytes, path: str | None = None) -> bool:
    """Plain text by extension (.txt), otherwise sniff the first few KB for markup."""
    if path and Path(path).suffix.lower() in {".txt", ".text"}:
        return False
    return _HTML_MARKER.search(data, 0, 4096) is not None  # (a marker within the first 4 KB)


def clean_bytes(data: bytes, url: str | None = None, path: str | None = None) -> CleanedPage:
    if looks_like_html(data, path):
        return clean(data, url=url)
    text, encoding = decode_text(data)  # the cleaner's one decoder for undeclared text
    page = clean_text(text, url=url)
    if page.encoding is None:
        page = CleanedPage(**{**page.__dict__, "encoding": encoding})
    return page


def extract_record(
    data: bytes, url: str | None = None, published: date | None = None, path: str | None = None
) -> dict[str, Any]:
    """Clean and parse one document; `published` overrides the page's own date (which may still date the story:
    a page that shows an earlier date than the one given is a story written then)."""
    page = clean_bytes(data, url=url, path=path)
    pub = published or page.published
    result = parse(page.text, published=pub, title=page.title, lang=page.lang, stated=page.published)
    return {
        "url": url,
        "title": page.title,
        "published": pub.isoformat() if pub else None,
        "lang": page.lang,
        "encoding": page.encoding,
        "is_ict_trade_report": result.is_ict_trade_report,
        "text": page.text,
        "facts": [fact.to_dict() for fact in result.facts],
    }
