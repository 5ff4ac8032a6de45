"""english.motie.go.kr / english.motir.go.kr: press-release board EATCLdfa319ada, `pageIndex` paging.

Current layout: rows link by `javascript:article.view('<seq>')` as the ministry's boards do, the "date" label
glued to the date, the release in `div.detail-cont`. Older layout: real hrefs with an `onclick` beside them,
the release in `<article>`."""

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
)

BOARD = "/eng/article/EATCLdfa319ada"
MENU = (
    "<div class='skip'><a href='#c'>Skip Menu</a><a href='#m'>Main Content Menu</a></div>"
    "<nav><ul><li>About</li><li>PRESS CENTER</li><li>Policies</li></ul></nav>"
    "<div class='location'>home PRESS CENTER<span>구분선</span>Press Releases</div>"
)


def board(request: Request, entries) -> Page:
    page = page_number(request)
    chunk, more = paginate(entries, page, SITE.page_size)
    if request.layout == "current":
        links = [f"<a href=\"javascript:article.view('{e.id}')\" class='subject'>" for e in chunk]
        wrap = "<div class='board-list'><ul>{}</ul></div>"
    else:
        links = [
            f"<a href='{request.prefix}{BOARD}/{e.id}/view?bbsCdN=2&amp;pageIndex={page}' "
            f"onclick=\"article.view('{e.id}'); return false;\">"
            for e in chunk
        ]
        wrap = "<ul class='board_list'>{}</ul>"
    items = "".join(
        f"<li>{link}{esc(e.title)}</a><p class='lede'>{esc(e.lede[:300])}</p>"
        f"<span class='date'><em class='blind'>date</em>{e.published}</span></li>"
        for link, e in zip(links, chunk, strict=True)
    )
    paging = f"<a class='next' href='{request.prefix}{BOARD}?pageIndex={page + 1}'>Next</a>" if more else ""
    script = (
        f"<script>var article = {{ view: function (seq) {{ location.href = '{request.prefix}{BOARD}/' + seq "
        "+ '/view?bbsCdN=2'; } };</script>"
    )
    return html_page(f"{MENU}{wrap.format(items)}<div class='paging'>{paging}</div>{script}")


def view(request: Request, entries) -> Page:
    entry = find(entries, request.query["id"])
    if entry is None:
        return not_found()
    figure = (
        "<figure><img src='/chart.png'><figcaption>ICT exports by month / Courtesy of the ministry"
        "</figcaption></figure>"
    )
    container = "<div class='detail-cont'>{}</div>" if request.layout == "current" else "<article>{}</article>"
    body = (
        f"{MENU}<ul class='util'><li>Print</li><li>facebook</li></ul>"
        f"<div class='view_head'><h3>{esc(entry.title)}</h3><p class='date'><span>date</span>"
        f"{entry.published}</p></div>{container.format(paragraphs_html(entry) + figure)}"
        "<div class='view_file'>Attachment <a href='/f.hwp'>release.hwp</a></div>"
        "<ul class='view_nav'><li>List</li><li>Prev</li><li>Next</li></ul>"
        "<footer>Copyright © Ministry of Trade, Industry and Resources. All rights reserved.</footer>"
    )
    return html_page(body, head=f"<title>{esc(entry.title)} | Press Releases</title>", last_modified=entry.published)


SITE = Site(
    name="motie_en",
    routes=[
        (BOARD, board),
        (BOARD + r"/(?P<id>\d+)/view", view),
        (r"/en/pc/pressreleases/bbs/bbsView\.do", lambda r, e: not_found()),
    ],  # legacy board: retired
    make_id=lambda e: str(2000 + e.index),
    layouts=("current", "older"),
    style=ContentStyle(months=None, speaker="the Ministry of Trade, Industry and Energy", voice="ministry"),
)
