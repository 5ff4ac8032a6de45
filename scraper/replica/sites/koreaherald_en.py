"""koreaherald.com: search list (`q`, `np` paging) and `/article/<id>` pages; legacy `view.php?ud=` redirects."""

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
)

SEARCH = "/search/index.php"


def search(request: Request, entries) -> Page:
    words = request.query.get("q", "").lower().split()
    matching = [e for e in entries if all(w in (e.title + " " + e.lede).lower() for w in words)]
    page = page_number(request, "np")
    chunk, more = paginate(matching, page, SITE.page_size)
    items = "".join(
        f"<li><a href='{request.prefix}/article/{e.id}'><div class='main_l_t1'>{esc(e.title)}</div>"
        f"<div class='main_l_t2'>{esc(e.lede[:160])}</div><span class='date'>{e.published:%Y.%m.%d} 10:00</span></a></li>"
        for e in chunk)
    paging = f"<a class='next' href='?q={esc('+'.join(words))}&amp;np={page + 1}'>Next</a>" if more else ""
    return html_page(f"<ul class='main_sec_li'>{items}</ul><div class='paging'>{paging}</div>")


def article(request: Request, entries) -> Page:
    entry = find(entries, request.query["id"])
    if entry is None:
        return not_found()
    published = f"{entry.published:%b %d, %Y} - 10:00"
    body = ("<div class='gnb'>Back To Top National Business Finance Life&amp;Culture</div>"
            f"<h1 class='news_title'>{esc(entry.title)}</h1><p class='news_date'>Published : {published}"
            f"       Updated : {published}</p><p class='byline'>By Korea Herald</p>"
            f"<div class='news_content'>{paragraphs_html(entry)}<p>(khnews@heraldcorp.com)</p></div>"
            "<div class='related'><h4>Related articles</h4><ul><li>Chip stocks rally</li></ul></div>"
            "<footer>Copyright Herald Corporation. All rights reserved.</footer>")
    head = (f"<title>{esc(entry.title)} - The Korea Herald</title><meta property='og:title' content='{esc(entry.title)}'>"
            f"<meta property='article:published_time' content='{entry.published}T10:00:00+09:00'>")
    return html_page(body, head=head, last_modified=entry.published)


SITE = Site(
    name="koreaherald_en",
    routes=[(SEARCH, search), (r"/article/(?P<id>\d{8})", article)],
    make_id=lambda e: str(10400000 + 97 * e.index),
)
