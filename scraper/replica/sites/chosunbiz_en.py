"""biz.chosun.com/en (Arc XP): a story-feed JSON API with offset paging; article bodies live only in the
`Fusion.globalContent` script, not in the static markup."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import datetime, timedelta

from scraper.replica.sites.base import Page, Request, Site, esc, html_page, news_sitemap, not_found

FEED = "/pf/api/v3/content/fetch/story-feed"


def arc_id(entry) -> str:
    return base64.b32encode(hashlib.sha256(entry.slug.encode()).digest()).decode()[:26]


def path_of(entry) -> str:
    return f"/en/en-policy/{entry.published:%Y/%m/%d}/{entry.id}/"


def iso(entry) -> str:
    return (
        datetime(entry.published.year, entry.published.month, entry.published.day, 9) - timedelta(hours=9)
    ).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def story_feed(request: Request, entries) -> Page:
    try:
        query = json.loads(request.query.get("query", "{}"))
        offset, size = int(query.get("offset", 0)), min(int(query.get("size", 10)), 50)
    except (ValueError, TypeError):
        return Page(b'{"error": "bad query"}', "application/json", status=400)
    chunk = entries[offset : offset + size]
    data = {
        "type": "results",
        "count": len(entries),
        "next": offset + size if offset + size < len(entries) else None,
        "content_elements": [
            {
                "_id": e.id,
                "canonical_url": path_of(e),
                "headlines": {"basic": e.title},
                "display_date": iso(e),
                "description": {"basic": e.lede[:200]},
            }
            for e in chunk
        ],
    }
    return Page(json.dumps(data).encode(), "application/json; charset=utf-8")


def sitemap(request: Request, entries) -> Page:
    """Arc's news sitemap: the site's newest stories, every section (the Korean edition's too)."""
    korean = [
        (
            f"{request.origin}{request.prefix}/it-science/ict/2025/10/14/KOREANEDITIONSTORY0000001/",
            "ICT 수출 석 달째 증가",
            "2025-10-14T09:00:00+09:00",
        )
    ]
    return news_sitemap(
        korean + [(f"{request.origin}{request.prefix}{path_of(e)}", e.title, iso(e)) for e in entries[:30]]
    )


def article(request: Request, entries) -> Page:
    entry = next((e for e in entries if e.id == request.query["id"]), None)
    if entry is None or request.path.rstrip("/") != path_of(entry).rstrip("/"):
        return not_found()
    elements = [{"type": "text", "content": esc(p)} for p in entry.paragraphs]
    elements.insert(1, {"type": "image", "caption": "Containers at a port. /Courtesy of Yonhap"})
    content = {
        "_id": entry.id,
        "headlines": {"basic": entry.title},
        "display_date": iso(entry),
        "canonical_url": path_of(entry),
        "content_elements": elements,
    }
    fusion = (
        f'window.Fusion=window.Fusion||{{}};Fusion.arcSite="chosunbiz";Fusion.globalContent='
        f'{json.dumps(content, ensure_ascii=False)};Fusion.globalContentConfig={{"source":"content-api"}};'
    )
    body = (
        "<div id='fusion-app'><header>ChosunBiz English</header><div class='article-share'>facebook twitter "
        f"link</div></div><script id='fusion-metadata' type='application/javascript'>{fusion}</script>"
    )
    head = (
        f"<title>{esc(entry.title)} - ChosunBiz</title><meta property='article:published_time' content='{iso(entry)}'>"
    )
    return html_page(body, head=head, last_modified=entry.published)


SITE = Site(
    name="chosunbiz_en",
    routes=[
        (FEED, story_feed),
        ("/arc/outboundfeeds/news-sitemap/?", sitemap),
        (r"/en/en-[a-z]+/\d{4}/\d{2}/\d{2}/(?P<id>[A-Z2-7]{26})/?", article),
    ],
    make_id=arc_id,
)
