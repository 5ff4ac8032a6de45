"""MSIT English press releases (www.msit.go.kr/eng, bbsSeqNo=42)."""

from scraper.profiles.base import SourceProfile

PROFILE = SourceProfile(
    name="msit_en",
    hosts=("www.msit.go.kr",),
    lang="en",
    kind="ministry",
    title=("div.view_head h2", "h2.title"),
    date=("div.view_head .date", "span.date", "dd.date"),
    body=("div#cont-wrap", "div.view_cont", "article"),
    drop=("div.view_file", "div.file_list", "ul.view_nav"),
    path_prefix="/eng/",
)
