"""www.msit.go.kr 보도자료 (bbsSeqNo=94): RSS with `YYYY.MM.DD` CDATA dates, and a list whose rows are
filled by script (ids only in `fn_detail(...)`, titles in `unescape('%uXXXX')`)."""

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

LIST = "/bbs/list.do"
VIEW = "/bbs/view.do"
RSS = "/user/rss/rss.do"


def js_escape(text: str) -> str:
    """What JavaScript's escape() makes of a string: %XX for Latin-1, %uXXXX beyond."""
    out = []
    for char in text:
        code = ord(char)
        if char.isascii() and (char.isalnum() or char in "@*_+-./"):
            out.append(char)
        elif code < 256:
            out.append(f"%{code:02X}")
        else:
            out.append(f"%u{code:04X}")
    return "".join(out)


def script_list(request: Request, entries, date_field: str, view_base: str, extra_query: str) -> Page:
    """The board as MSIT writes it since its 2026-07 redesign: empty title and date cells, filled by a script
    that builds each value in a variable, with other statements and comments before the assignment (dates
    like `2026. 10. 1`). The older layout assigned each value right after building it, dates ISO."""
    page = page_number(request)
    chunk, more = paginate(entries, page, SITE.page_size)
    rows, script = [], ["var newHtml = ''; // the 'new' badge, empty for old rows"]
    for row, entry in enumerate(chunk):
        number = len(entries) - (page - 1) * SITE.page_size - row
        if request.layout == "current":
            rows.append(
                f"<tr><td class='num'>{number}</td><td class='subject'><a href=\"javascript:;\" "
                f"onclick=\"fn_detail({entry.id});\"><p id='td_NTT_SJ_{row}' class='title'></p></a></td>"
                f"<td class='date'><span id='td_{date_field}_{row}'></span></td></tr>"
            )
            script.append(
                f"var sHtml = '';\nsHtml+= unescape('{js_escape(entry.title)}');\nsHtml+= newHtml;\n"
                f"/* row {row}: attachments are marked elsewhere */\n"
                f"$('#td_'+'NTT_SJ'+'_{row}').html(sHtml);\n"
                f"var sDate = '{entry.published.year}. {entry.published.month}. {entry.published.day}';\n"
                f"// the date cell\n$('#td_'+'{date_field}'+'_{row}').html(sDate);"
            )
        else:
            rows.append(
                f"<tr><td>{number}</td><td><a href='javascript:;' onclick='fn_detail({entry.id});'>"
                f"<div id='td_NTT_SJ_{row}'></div></a></td><td id='td_{date_field}_{row}'></td></tr>"
            )
            script.append(
                f"var sHtml = replyHrml; sHtml += unescape('{js_escape(entry.title)}');"
                f"$('#td_'+'NTT_SJ'+'_{row}').html(sHtml);"
                f"$('#td_'+'{date_field}'+'_{row}').html('{entry.published}');"
            )
    script.append("// $('#td_'+'REG_DT'+'_99').html('1999-01-01'); (a commented-out row)")
    script.append(
        f"function fn_detail(id) {{ location.href = '{request.prefix}{view_base}?{extra_query}&nttSeqNo=' + id; }}"
    )
    paging = f"<a class='next' href='?pageIndex={page + 1}'>다음</a>" if more else ""
    body = (
        f"<div id='skipnav'><a href='#cont'>본문 바로가기</a></div><input type='hidden' name='bbsSeqNo' "
        f"id='bbsSeqNo' value='94'><table class='board_list'>{''.join(rows)}</table>"
        f"<div class='paging'>{paging}</div><script>{chr(10).join(script)}</script>"
    )
    return html_page(body, lang="ko")


def maintenance() -> Page:
    """What the site answers, with status 200, to a view URL without `bbsSeqNo`."""
    return html_page(
        "<div class='error_wrap'><h2>시스템 점검 안내</h2><p>보다 나은 서비스를 위해 시스템 점검 중입니다. "
        "이용에 불편을 드려 죄송합니다.</p></div>",
        lang="ko",
        head="<title>시스템 점검 중</title>",
    )


def listing(request: Request, entries) -> Page:
    return script_list(request, entries, "REG_DT", VIEW, "sCode=user&mId=307&mPid=208&bbsSeqNo=94")


def feed(request: Request, entries) -> Page:
    items = "".join(
        f"<item><title>{esc(e.title)}</title><link>{request.origin}{request.prefix}{VIEW}?sCode=user&amp;mId=307&amp;"
        f"mPid=208&amp;bbsSeqNo=94&amp;nttSeqNo={e.id}</link><pubDate><![CDATA[{e.published:%Y.%m.%d}]]></pubDate>"
        f"<description>{esc(e.lede[:200])}</description></item>"
        for e in entries[:20]
    )
    text = f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>보도자료</title>{items}</channel></rss>"
    return Page(text.encode("utf-8"), "application/rss+xml; charset=utf-8")


def view(request: Request, entries) -> Page:
    if "bbsSeqNo" not in request.query:
        return maintenance()
    entry = find(entries, request.query.get("nttSeqNo", ""))
    if entry is None:
        return not_found()
    body = (
        f"<div id='skipnav'><a href='#cont'>본문 바로가기</a><a href='#gnb'>주메뉴 바로가기</a></div>"
        f"<div class='view_head'><h2>{esc(entry.title)}</h2><span class='date'>{entry.published}</span>"
        f"<span class='dept'>정보통신산업정책과</span></div><!-- <div class='old_body'>이전 양식</div> -->"
        f"<div id='cont-wrap' class='view_cont'>{paragraphs_html(entry)}</div>"
        "<div class='view_file'><a class='ico_file_hwp'>보도자료.hwp</a></div>"
        "<ul class='view_nav'><li>이전글</li><li>다음글</li><li>목록</li></ul>"
    )
    return html_page(
        body, lang="ko", head=f"<title>{esc(entry.title)} | 과학기술정보통신부</title>", last_modified=entry.published
    )


SITE = Site(
    name="msit_ko",
    routes=[(LIST, listing), (r"/bbs/view\.do(;jsessionid=[^/?]*)?", view), (RSS, feed)],
    make_id=lambda e: str(3180000 + 3 * e.index),
    layouts=("current", "older"),
    style=ContentStyle(months=None, voice="ministry"),
)
