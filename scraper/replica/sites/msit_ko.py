"""www.msit.go.kr 보도자료 (bbsSeqNo=94): RSS with `YYYY.MM.DD` CDATA dates, and a list whose rows are
filled by script (ids only in `fn_detail(...)`, titles in `unescape('%uXXXX')`)."""

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
    page = page_number(request)
    chunk, more = paginate(entries, page, SITE.page_size)
    rows, script = [], ["var replyHrml = '';"]
    for row, entry in enumerate(chunk):
        rows.append(f"<tr><td>{len(entries) - (page - 1) * SITE.page_size - row}</td>"
                    f"<td><a href='javascript:;' onclick='fn_detail({entry.id});'><div id='td_NTT_SJ_{row}'></div>"
                    f"</a></td><td id='td_{date_field}_{row}'></td></tr>")
        script.append(f"var sHtml = replyHrml; sHtml += unescape('{js_escape(entry.title)}');"
                      f"$('#td_'+'NTT_SJ'+'_{row}').html(sHtml);"
                      f"$('#td_'+'{date_field}'+'_{row}').html('{entry.published}');")
    script.append("// $('#td_'+'REG_DT'+'_99').html('1999-01-01'); (a commented-out row)")
    script.append(f"function fn_detail(id) {{ location.href = '{request.prefix}{view_base}?{extra_query}"
                  "&nttSeqNo=' + id; }")
    paging = f"<a class='next' href='?pageIndex={page + 1}'>다음</a>" if more else ""
    body = (f"<div id='skipnav'><a href='#cont'>본문 바로가기</a></div><input type='hidden' name='bbsSeqNo' "
            f"id='bbsSeqNo' value='94'><table class='board_list'>{''.join(rows)}</table>"
            f"<div class='paging'>{paging}</div><script>{' '.join(script)}</script>")
    return html_page(body, lang="ko")


def listing(request: Request, entries) -> Page:
    return script_list(request, entries, "REG_DT", VIEW, "sCode=user&mId=307&mPid=208&bbsSeqNo=94")


def feed(request: Request, entries) -> Page:
    items = "".join(
        f"<item><title>{esc(e.title)}</title><link>{request.origin}{request.prefix}{VIEW}?sCode=user&amp;mId=307&amp;"
        f"mPid=208&amp;bbsSeqNo=94&amp;nttSeqNo={e.id}</link><pubDate><![CDATA[{e.published:%Y.%m.%d}]]></pubDate>"
        f"<description>{esc(e.lede[:200])}</description></item>" for e in entries[:20])
    text = f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>보도자료</title>{items}</channel></rss>"
    return Page(text.encode("utf-8"), "application/rss+xml; charset=utf-8")


def view(request: Request, entries) -> Page:
    entry = find(entries, request.query.get("nttSeqNo", ""))
    if entry is None:
        return not_found()
    body = (f"<div id='skipnav'><a href='#cont'>본문 바로가기</a><a href='#gnb'>주메뉴 바로가기</a></div>"
            f"<div class='view_head'><h2>{esc(entry.title)}</h2><span class='date'>{entry.published}</span>"
            f"<span class='dept'>정보통신산업정책과</span></div><!-- <div class='old_body'>이전 양식</div> -->"
            f"<div id='cont-wrap' class='view_cont'>{paragraphs_html(entry)}</div>"
            "<div class='view_file'><a class='ico_file_hwp'>보도자료.hwp</a></div>"
            "<ul class='view_nav'><li>이전글</li><li>다음글</li><li>목록</li></ul>")
    return html_page(body, lang="ko", head=f"<title>{esc(entry.title)} | 과학기술정보통신부</title>",
                     last_modified=entry.published)


SITE = Site(
    name="msit_ko",
    routes=[(LIST, listing), (r"/bbs/view\.do(;jsessionid=[^/?]*)?", view), (RSS, feed)],
    make_id=lambda e: str(3180000 + 3 * e.index),
)
