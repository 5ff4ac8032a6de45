"""MSIT 보도자료 (bbsSeqNo=94): rows are filled by script, so ids come from `fn_detail(...)`, titles from
`unescape('...')` and dates from `$('#td_'+'REG_DT'+'_N').html('...')`; canonical URLs keep only the board
and article ids (menu ids and session ids are noise)."""

from __future__ import annotations

import re
from urllib.parse import unquote

from scraper.cleaner.dates import parse_date
from spiders.base import Listed, SourceSpider

ROW_ID = re.compile(r"fn_detail\((\d+)\)")
TITLE_FILL = re.compile(r"unescape\('([^']*)'\)\s*;\s*\$\('#td_'\s*\+\s*'NTT_SJ'\s*\+\s*'_(\d+)'\)")
DATE_FILL = re.compile(r"\$\('#td_'\s*\+\s*'(?:REG_DT|PSTG_YMD)'\s*\+\s*'_(\d+)'\)\.html\('([^']*)'\)")
COMMENTS = re.compile(r"/\*.*?\*/|(?<![:'\"])//[^\n]*", re.DOTALL)


def js_unescape(text: str) -> str:
    """JavaScript's unescape(): %uXXXX and %XX."""
    text = re.sub(r"%u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return unquote(text, encoding="latin-1")


def script_rows(html: str) -> dict[int, tuple[str, str]]:
    """row index -> (title, date) from the inline fill script, comments removed first."""
    script = COMMENTS.sub("", html)
    titles = {int(row): js_unescape(raw) for raw, row in TITLE_FILL.findall(script)}
    dates = {int(row): value for row, value in DATE_FILL.findall(script)}
    return {row: (title, dates.get(row, "")) for row, title in titles.items()}


class MsitKoSpider(SourceSpider):
    name = "msit_ko"
    default_base_url = "https://www.msit.go.kr"
    key_params = ("bbsSeqNo", "nttSeqNo")
    board = "94"
    list_path = "/bbs/list.do?sCode=user&mPid=208&mId=307&bbsSeqNo=94"
    view_path = "/bbs/view.do?sCode=user&mId=307&mPid=208&bbsSeqNo=94"

    def list_url(self, page: int) -> str:
        return f"{self.base_url}{self.list_path}&pageIndex={page}"

    def parse_entries(self, response) -> list[Listed]:
        ids = ROW_ID.findall(" ".join(response.css("a::attr(onclick)").getall()))
        rows = script_rows(response.text)
        entries = []
        for index, ntt in enumerate(ids):
            title, day = rows.get(index, ("", ""))
            entries.append(Listed(f"{self.base_url}{self.view_path}&nttSeqNo={ntt}", title, parse_date(day)))
        return entries
