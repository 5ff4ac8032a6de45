"""en.yna.co.kr: economy list (`page`), RSS, and `/view/AEN<date><seq><desk>` story pages ending "(END)"."""

from __future__ import annotations

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
    paragraphs_html,
    rss,
)

LIST = "/economy/all"


def listing(request: Request, entries) -> Page:
    page = page_number(request, "page")
    chunk, more = paginate(entries, page, SITE.page_size)
    items = "".join(
        f"<li><a href='{request.prefix}/view/{e.id}?section=economy-finance%2Feconomy'>"
        f"<strong class='tit'>{esc(e.title)}</strong></a><span class='txt-time'>"
        f"{e.published:%m-%d} 11:00</span><span class='date' data-date='{e.published}'></span></li>"
        for e in chunk
    )
    paging = f"<a class='next' href='?page={page + 1}'>Next</a>" if more else ""
    return html_page(
        f"<div class='skip'>Go to Contents Go to Navigation</div><ul class='list'>{items}</ul>"
        f"<div class='paging'>{paging}</div>"
    )


def feed(request: Request, entries) -> Page:
    return rss(
        "Yonhap News Agency",
        [
            (
                e.title,
                f"{request.origin}{request.prefix}/view/{e.id}",
                f"{e.published:%a, %d %b %Y} 02:00:00 +0000",
                e.lede[:200],
            )
            for e in entries[:20]
        ],
    )


def view(request: Request, entries) -> Page:
    entry = find(entries, request.query["id"])
    if entry is None:
        return not_found()
    body = (
        "<div class='skip'>Go to Contents Go to Navigation</div>"
        f"<div class='title-article01'><h1 class='tit'>{esc(entry.title)}</h1></div><p class='update-time' data-published-time='{entry.published}"
        f"T11:00:00+09:00'>All News 11:00 {entry.published:%B} {entry.published.day}, {entry.published.year}</p>"
        f"<article class='story-news article'>{paragraphs_html(entry)}"
        "<div class='img-con'><figure><figcaption>A container terminal in Busan (Yonhap)</figcaption></figure></div>"
        "</article><div class='share'>Facebook Twitter Email</div>"
    )
    head = (
        f"<title>{esc(entry.title)} | Yonhap News Agency</title>"
        f"<meta property='article:published_time' content='{entry.published}T11:00:00+09:00'>"
    )
    return html_page(body, head=head, last_modified=entry.published)


SITE = Site(
    name="yonhap_en",
    routes=[(LIST, listing), ("/RSS/news.xml", feed), (r"/view/(?P<id>AEN\d{17})", view)],
    make_id=lambda e: f"AEN{e.published:%Y%m%d}{(4000 + 17 * e.index) % 1_000_000:06d}320",
    style=ContentStyle(dateline="SEOUL, {mon}. {day} (Yonhap) -- ", sign_off="(END)", refiling="(LEAD) ", voice="wire"),
)
