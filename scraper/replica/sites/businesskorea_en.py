"""businesskorea.co.kr (ND Soft CMS): RSS allArticle.xml with naive KST dates, search list, articleView."""

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

LIST = "/news/articleList.html"


def listing(request: Request, entries) -> Page:
    word = request.query.get("sc_word", "").lower()
    matching = [e for e in entries if word in (e.title + " " + e.lede).lower()]
    page = page_number(request, "page")
    chunk, more = paginate(matching, page, SITE.page_size)
    view = f"{request.prefix}/news/articleView.html?idxno="
    items = "".join(
        f"<li><a class='thumb' href='{view}{e.id}'><img alt=''></a><h2 class='titles'>"
        f"<a href='{view}{e.id}'>{esc(e.title)}</a></h2><p class='lead line-6x2'>"
        f"<a href='{view}{e.id}'>{esc(e.lede[:160])}</a></p><span class='byline'><em>ICT</em>"
        f"<em>Desk Reporter</em><em>{e.published:%Y.%m.%d} 10:12</em></span></li>"
        for e in chunk
    )
    paging = f"<a class='next' href='?page={page + 1}&amp;sc_area=A&amp;sc_word={esc(word)}'>Next</a>" if more else ""
    return html_page(
        f"<section id='section-list'><ul class='type2'>{items}</ul></section><div class='paging'>{paging}</div>"
    )


def feed(request: Request, entries) -> Page:
    return rss(
        "BusinessKorea",
        [
            (
                e.title,
                f"{request.origin}{request.prefix}/news/articleView.html?idxno={e.id}",
                f"{e.published} 10:12:00",
                e.lede[:200],
            )
            for e in entries[:20]
        ],
    )


def view(request: Request, entries) -> Page:
    entry = find(entries, request.query.get("idxno", ""))
    if entry is None:
        return not_found()
    body = (
        f"<div id='article-view'><div><header><div class='kicker'>ICT Exports</div><h3 class='heading'>"
        f"{esc(entry.title)}</h3><ul class='infomation'><li>Reporter</li><li>승인 {entry.published:%Y.%m.%d} "
        f"10:12</li><li>댓글 0</li></ul></header></div></div><p>이 기사를 공유합니다</p>"
        f"<article id='article-view-content-div'>{paragraphs_html(entry)}"
        "<figure><figcaption>Semiconductor wafers. /Courtesy of BusinessKorea</figcaption></figure></article>"
        "<article class='writer'>reporter@businesskorea.co.kr</article>"
        "<footer>Copyright © BusinessKorea. All rights reserved.</footer>"
    )
    head = (
        f"<title>{esc(entry.title)} - BusinessKorea</title>"
        f"<meta property='article:published_time' content='{entry.published}T10:12:00+09:00'>"
    )
    return html_page(body, head=head, last_modified=entry.published)


SITE = Site(
    name="businesskorea_en",
    routes=[(LIST, listing), ("/rss/allArticle.xml", feed), ("/news/articleView.html", view)],
    make_id=lambda e: str(220000 + 11 * e.index),
    style=ContentStyle(voice="business"),
)
