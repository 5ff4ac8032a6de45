"""MSIT English press releases (bbsSeqNo=42): the Korean board's script-filled list, dated by PSTG_YMD."""

from __future__ import annotations

from spiders.msit_ko import MsitKoSpider


class MsitEnSpider(MsitKoSpider):
    name = "msit_en"
    list_path = "/eng/bbs/list.do?sCode=eng&mPid=2&mId=4&bbsSeqNo=42"
    view_path = "/eng/bbs/view.do?sCode=eng&mId=4&mPid=2&bbsSeqNo=42"
