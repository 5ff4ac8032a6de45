"""MSIT Korean press-release board (www.msit.go.kr, bbsSeqNo=94)."""

from scraper.profiles.base import SourceProfile

PROFILE = SourceProfile(
    name="msit_ko",
    hosts=("www.msit.go.kr",),
    lang="ko",
    kind="ministry",
    title=("div.view_head h2", "div.view_head h3", "h2.title"),
    date=("div.view_head .date", "span.date", "dd.date"),
    body=("div#cont-wrap", "div.view_cont", "article"),
    drop=("div.view_file", "div.file_list", "ul.view_nav"),
    path_prefix="/bbs/",
)
