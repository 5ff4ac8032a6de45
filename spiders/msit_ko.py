"""MSIT 보도자료 (bbsSeqNo=94): RSS first; the list's rows are filled by an inline script, so ids come from
`fn_detail(...)`, titles from `unescape('...')` and dates from string literals, each paired with the next
`$('#td_'+'NTT_SJ'+'_N').html(...)` (or REG_DT / PSTG_YMD) assignment however many statements and comments
lie between. View URLs keep `bbsSeqNo` (without it the site answers 200 with a maintenance page); canonical
URLs keep only the board and article ids (menu ids and session ids are noise)."""

from __future__ import annotations

import re
from urllib.parse import unquote

from scraper.cleaner.dates import parse_date
from spiders.base import Listed, SourceSpider

ROW_ID = re.compile(r"fn_detail\(\s*'?(\d+)'?\s*\)")
COMMENTS = re.compile(r"/\*.*?\*/|(?<![:'\"\\])//[^\n]*", re.DOTALL)
_JOIN = r"""(?:['"]\s*\+\s*['"])?"""  # '#td_'+'NTT_SJ'+'_0' or '#td_NTT_SJ_0'
_CELL = r"""\$\(\s*['"]#td_""" + _JOIN + r"(?P<field>NTT_SJ|REG_DT|PSTG_YMD)" + _JOIN + r"""_(?P<row>\d+)['"]\s*\)"""
SCRIPT_TOKENS = re.compile(
    r"unescape\(\s*'(?P<escaped>[^']*)'\s*\)"
    + r"|"
    + _CELL
    + r"""\s*\.html\(\s*(?:'(?P<literal>[^']*)'|"(?P<dliteral>[^"]*)"|(?P<variable>[\w$]+))\s*\)"""
    + r"|'(?P<date>(?:19|20)\d{2}\s?[-.]\s?\d{1,2}\s?[-.]\s?\d{1,2}\.?)'"
)


def js_unescape(text: str) -> str:
    """JavaScript's unescape(): %uXXXX and %XX."""
    text = re.sub(r"%u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return unquote(text, encoding="latin-1")


def script_rows(html: str) -> dict[int, tuple[str, str]]:
    """row index -> (title, date) from the inline fill script, comments removed first. Each `unescape(...)`
    belongs to the next title assignment, each date literal to the next date assignment."""
    script = COMMENTS.sub("", html)
    titles: dict[int, str] = {}
    dates: dict[int, str] = {}
    pending_title: list[str] = []
    pending_date = ""
    for token in SCRIPT_TOKENS.finditer(script):
        if token["escaped"] is not None:
            pending_title.append(js_unescape(token["escaped"]))
        elif token["date"] is not None:
            pending_date = token["date"]
        elif token["field"] == "NTT_SJ":
            literal = token["literal"] or token["dliteral"]
            titles[int(token["row"])] = (literal if literal and not pending_title else "".join(pending_title)).strip()
            pending_title = []
        elif token["field"]:
            dates[int(token["row"])] = token["literal"] or token["dliteral"] or pending_date
            pending_date = ""
    return {row: (title, dates.get(row, "")) for row, title in titles.items()}


class MsitKoSpider(SourceSpider):
    name = "msit_ko"
    default_base_url = "https://www.msit.go.kr"
    key_params = ("bbsSeqNo", "nttSeqNo")
    list_path = "/bbs/list.do?sCode=user&mPid=208&mId=307&bbsSeqNo=94"
    view_path = "/bbs/view.do?sCode=user&mId=307&mPid=208&bbsSeqNo=94"

    def list_url(self, page: int) -> str:
        return f"{self.base_url}{self.list_path}&pageIndex={page}"

    def parse_entries(self, response) -> list[Listed]:
        ids = ROW_ID.findall(" ".join(response.css("a::attr(onclick), a::attr(href)").getall()))
        rows = script_rows(response.text)
        entries = []
        for index, ntt in enumerate(dict.fromkeys(ids)):
            title, day = rows.get(index, ("", ""))
            entries.append(Listed(f"{self.base_url}{self.view_path}&nttSeqNo={ntt}", title, parse_date(day)))
        return entries
