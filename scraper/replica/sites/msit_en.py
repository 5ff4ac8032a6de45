"""www.msit.go.kr English press releases (bbsSeqNo=42): the same script-filled list, dated by PSTG_YMD."""

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
    paragraphs_html,
)
from scraper.replica.sites.msit_ko import maintenance, script_list

VIEW = "/eng/bbs/view.do"


def listing(request: Request, entries) -> Page:
    return script_list(request, entries, "PSTG_YMD", VIEW, "sCode=eng&mId=4&mPid=2&bbsSeqNo=42")


def view(request: Request, entries) -> Page:
    if "bbsSeqNo" not in request.query:
        return maintenance()
    entry = find(entries, request.query.get("nttSeqNo", ""))
    if entry is None:
        return not_found()
    body = (
        f"<div id='skipnav'><a href='#cont'>Skip to content</a></div>"
        f"<div class='view_head'><h2>{esc(entry.title)}</h2><span class='date'>{entry.published}</span></div>"
        f"<div id='cont-wrap' class='view_cont'>{paragraphs_html(entry)}</div>"
        "<div class='view_file'><a class='ico_file_pdf'>Press release.pdf</a></div>"
        "<ul class='view_nav'><li>Prev</li><li>Next</li><li>List</li></ul>"
    )
    head = f"<title>{esc(entry.title)}</title><meta name='description' content='{esc(entry.lede[:150])}'>"
    return html_page(body, head=head, last_modified=entry.published)


SITE = Site(
    name="msit_en",
    routes=[("/eng/bbs/list.do", listing), (r"/eng/bbs/view\.do(;jsessionid=[^/?]*)?", view)],
    make_id=lambda e: str(1000 + e.index),
    layouts=("current", "older"),
    style=ContentStyle(months=14, speaker="the Ministry of Science and ICT", voice="ministry"),
)
