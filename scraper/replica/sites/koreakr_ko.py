"""www.korea.kr press releases: a keyword search list (`srchWord`, `pageIndex`) and views served in EUC-KR."""

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

LIST = "/briefing/pressReleaseList.do"
VIEW = "/briefing/pressReleaseView.do"
MINISTRY = "과학기술정보통신부"


def listing(request: Request, entries) -> Page:
    word = request.query.get("srchWord", "").strip()
    matching = [e for e in entries if not word or word.lower() in (e.title + e.lede).lower()]
    page = page_number(request)
    chunk, more = paginate(matching, page, SITE.page_size)
    items = "".join(
        f"<li><a href='{request.prefix}{VIEW}?newsId={e.id}&amp;pWise=mSub&amp;pWiseSub=C7'><span class='text'>"
        f"<strong>{esc(e.title)}</strong><span class='lead'>{esc(e.lede[:160])}</span></span>"
        f"<span class='source'><span>{e.published}</span><span>{MINISTRY}</span></span></a></li>"
        for e in chunk
    )
    paging = f"<a class='next' href='?srchWord={esc(word)}&amp;pageIndex={page + 1}'>다음</a>" if more else ""
    return html_page(f"<div class='list_type'><ul>{items}</ul></div><div class='paging'>{paging}</div>", lang="ko")


def view(request: Request, entries) -> Page:
    entry = find(entries, request.query.get("newsId", ""))
    if entry is None:
        return not_found()
    body = (
        "<div class='skip'>본문 바로가기 메인메뉴 바로가기</div>"
        "<p class='banner'>이 누리집은 대한민국 공식 전자정부 누리집입니다.</p><div class='lnb'>브리핑룸</div>"
        f"<div class='view_title'><h1>{esc(entry.title)}</h1><div class='info'><span>"
        f"{entry.published:%Y.%m.%d}</span><span>{MINISTRY}</span></div></div>"
        "<div class='tools'>글자크기 설정 목록</div>"
        f"<div class='view_cont'>{paragraphs_html(entry)}</div><div class='filedown'>첨부파일 보도자료.hwpx</div>"
        f"<p class='source_notice'>이 자료는 {MINISTRY}의 보도자료를 전재하여 제공함을 알려드립니다.</p>"
    )
    head = f"<meta http-equiv='Content-Type' content='text/html; charset=euc-kr'><title>{esc(entry.title)}</title>"
    page = html_page(body, lang="ko", head=head, charset="euc-kr", last_modified=entry.published)
    page.body = page.body.replace(b'<meta charset="euc-kr">', b"")
    return page


SITE = Site(
    name="koreakr_ko",
    routes=[(LIST, listing), (VIEW, view)],
    make_id=lambda e: str(156000000 + 37 * e.index),
    style=ContentStyle(months=14, voice="ministry"),
)
