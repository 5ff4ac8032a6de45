"""news1.kr (Next.js): `/latest?page=N`, server-rendered, whose items are in `__NEXT_DATA__.props.pageProps.data`
(url, title with HTML entities, pubdate `YYYY-MM-DD HH:MM:SS`) while the visible cards carry no time; article
pages whose data sits in `__NEXT_DATA__` too."""

from __future__ import annotations

import json

from scraper.replica.sites.base import (
    ContentStyle,
    Page,
    Request,
    Site,
    esc,
    find,
    html_page,
    not_found,
    page_number,
    paginate,
)

BUILD_ID = "replica-build-1"


def next_data(props: dict) -> str:
    blob = json.dumps({"buildId": BUILD_ID, "props": {"pageProps": props}}, ensure_ascii=False)
    blob = blob.replace("</", "<\\/")  # a "</script>" inside a string must not end the script
    return f"<script id='__NEXT_DATA__' type='application/json'>{blob}</script>"


def latest(request: Request, entries) -> Page:
    page = page_number(request, "page")
    chunk, _ = paginate(entries, page, SITE.page_size)
    rows = [
        {
            "id": e.id,
            "title": esc(e.title),
            "url": f"/economy/trade/{e.id}",
            "pubdate": f"{e.published} 12:00:00",
            "summary": esc(e.lede[:120]),
            "author": "기자",
            "section": "경제",
        }
        for e in chunk
    ]
    cards = "".join(
        f"<div class='row'><div class='thumb'><img alt=''></div><h2 class='n1-header-title-1-2'>"
        f"<a href='{request.prefix}/economy/trade/{e.id}'>{esc(e.title)}</a></h2>"
        f"<p class='n1-body-text'>{esc(e.lede[:80])}</p></div>"
        for e in chunk
    )
    props = {"data": rows, "page": page, "total": len(entries)}
    return html_page(f"<div class='row-bottom-border-2'>{cards}</div>{next_data(props)}", lang="ko")


def article(request: Request, entries) -> Page:
    entry = find(entries, request.query["id"])
    if entry is None:
        return not_found()
    elements = [{"type": "text", "content": p} for p in entry.paragraphs]
    elements.insert(1, {"type": "image", "content": "photo.jpg"})
    elements.append({"type": "text", "content": "reporter@news1.kr"})
    view = {"title": entry.title, "pubdate_at": f"{entry.published} 12:00:00", "contentArrange": elements}
    body = (
        f"<div class='gnb'>정치 경제 산업 IT과학</div><h1 class='article-h2-header-title'>{esc(entry.title)}</h1>"
        f"<div id='article_created'><time>{entry.published} 12:00</time></div>"
        f"<div id='articleBodyContent'><p>(본문 불러오는 중)</p></div>{next_data({'articleView': view})}"
    )
    return html_page(body, lang="ko", head=f"<title>{esc(entry.title)} - 뉴스1</title>", last_modified=entry.published)


SITE = Site(
    name="news1_ko",
    routes=[
        ("/latest", latest),
        (r"/(?:economy|industry|it-science)/[a-z-]+/(?P<id>\d{7})", article),
        (r"/articles/?", lambda r, e: not_found()),
    ],
    make_id=lambda e: str(5500000 + 13 * e.index),
    robots_disallow=("/search", "/ads"),
    style=ContentStyle(opener="(세종=뉴스1) 기자 = ", voice="wire"),
)
