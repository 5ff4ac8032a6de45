"""koreaherald.com: RSS (`/rss/newsAll`), the search list (`q`, `np` paging) and article pages.

Current layout (the December 2024 redesign, `/article/<id>` URLs since 2025): list rows
`ul.sub_content_list > li > a.news_link`, the headline in `h1.news_title` inside `div.news_title_area`, the
text in `div.news_text_area` around `#articleText`. Older layout: `ul.main_sec_li > li > a`, legacy
`view.php?ud=` URLs, `h1.view_tit` and `div#articleText`."""

from __future__ import annotations

from scraper.replica.sites.base import (
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

SEARCH = "/search/index.php"


def legacy_id(entry) -> str:
    return f"{entry.published:%Y%m%d}{entry.index:06d}"


def link_of(request: Request, entry) -> str:
    if request.layout == "current":
        return f"{request.prefix}/article/{entry.id}"
    return f"{request.prefix}/view.php?ud={legacy_id(entry)}"


def search(request: Request, entries) -> Page:
    words = request.query.get("q", "").lower().split()
    matching = [e for e in entries if all(w in (e.title + " " + e.lede).lower() for w in words)]
    page = page_number(request, "np")
    chunk, more = paginate(matching, page, SITE.page_size)
    if request.layout == "current":
        items = "".join(
            f"<li><a class='news_link' href='{link_of(request, e)}'><div class='news_img'><img alt=''></div>"
            f"<div class='news_txt'><p class='news_title'>{esc(e.title)}</p><p class='news_text'>"
            f"{esc(e.lede[:160])}</p><p class='date'>{e.published:%Y.%m.%d} 10:00</p></div></a></li>"
            for e in chunk
        )
        listing = f"<ul class='sub_content_list'>{items}</ul>"
    else:
        items = "".join(
            f"<li><a href='{link_of(request, e)}'><div class='main_l_t1'>{esc(e.title)}</div>"
            f"<div class='main_l_t2'>{esc(e.lede[:160])}</div><span class='date'>{e.published:%Y.%m.%d} 10:00"
            "</span></a></li>"
            for e in chunk
        )
        listing = f"<ul class='main_sec_li'>{items}</ul>"
    paging = f"<a class='next' href='?q={esc('+'.join(words))}&amp;np={page + 1}'>Next</a>" if more else ""
    return html_page(f"{listing}<div class='paging'>{paging}</div>")


def feed(request: Request, entries) -> Page:
    return rss(
        "The Korea Herald",
        [
            (
                e.title,
                f"{request.origin}{link_of(request, e)}",
                f"{e.published:%a, %d %b %Y} 01:00:00 +0000",
                e.lede[:200],
            )
            for e in entries[:20]
        ],
    )


def article_page(request: Request, entry) -> Page:
    published = f"{entry.published:%b %d, %Y} - 10:00"
    text = f"{paragraphs_html(entry)}<p>(khnews@heraldcorp.com)</p>"
    if request.layout == "current":
        main = (
            f"<div class='news_content'><div class='news_title_area'><h1 class='news_title'>{esc(entry.title)}"
            f"</h1><p class='news_date'>Published : {published}</p><p class='byline'>By Korea Herald</p></div>"
            f"<div class='news_text_area'><div id='articleText' class='article-text'>{text}</div></div></div>"
        )
    else:
        main = (
            f"<div class='view_tit_byline'><h1 class='view_tit'>{esc(entry.title)}</h1>"
            f"<div class='view_tit_byline_r'>Published : {published}</div></div>"
            f"<div id='articleText' class='view_con_t'>{text}</div>"
        )
    body = (
        "<div class='gnb'>Back To Top National Business Finance Life&amp;Culture</div>"
        + main
        + "<div class='related'><h4>Related articles</h4><ul><li>Chip stocks rally</li></ul></div>"
        "<footer>Copyright Herald Corporation. All rights reserved.</footer>"
    )
    head = (
        f"<title>{esc(entry.title)} - The Korea Herald</title><meta property='og:title' content='{esc(entry.title)}'>"
        f"<meta property='article:published_time' content='{entry.published}T10:00:00+09:00'>"
    )
    return html_page(body, head=head, last_modified=entry.published)


def article(request: Request, entries) -> Page:
    entry = find(entries, request.query["id"])
    return not_found() if entry is None or request.layout != "current" else article_page(request, entry)


def legacy_article(request: Request, entries) -> Page:
    entry = next((e for e in entries if legacy_id(e) == request.query.get("ud")), None)
    return not_found() if entry is None else article_page(request, entry)


SITE = Site(
    name="koreaherald_en",
    routes=[
        (SEARCH, search),
        ("/rss/newsAll", feed),
        (r"/article/(?P<id>\d{8})", article),
        (r"/view\.php", legacy_article),
    ],
    make_id=lambda e: str(10400000 + 97 * e.index),
    layouts=("current", "older"),
)
