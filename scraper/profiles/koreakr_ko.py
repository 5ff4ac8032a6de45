"""korea.kr (정책브리핑) press-release views, which reproduce the ministries' releases."""

from scraper.profiles.base import SourceProfile

PROFILE = SourceProfile(
    name="koreakr_ko",
    hosts=("www.korea.kr",),
    lang="ko",
    kind="ministry",
    article_pattern=r"^/briefing/pressReleaseView\.do\?(?:.*&)?newsId=\d+",
    layers=("list", "links"),  # its RSS ended on 2026-07-01
    list_items=("div.list_type ul li",),
    list_title=("strong",),
    list_date=("span.source span",),
    cadence_days=45,
    title=("div.view_title h1", "div.article_head h1", "h1"),
    date=("div.view_title .info span", "span.date", ".info .date"),
    body=("div.view_cont", "div.article_body", "div#contents_body", "article"),
    drop=("div.filedown", "div.file_list", "div.source_notice", "ul.view_nav", "div.btn_list"),
)
