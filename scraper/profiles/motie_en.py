"""MOTIE/MOTIR English press releases (english.motie.go.kr, renamed english.motir.go.kr in 2025)."""

from scraper.profiles.base import SourceProfile

PROFILE = SourceProfile(
    name="motie_en",
    hosts=("english.motie.go.kr", "english.motir.go.kr"),
    lang="en",
    kind="ministry",
    aliases={"english.motie.go.kr": "english.motir.go.kr"},
    article_pattern=r"^/eng/article/EATCLdfa319ada/\d+/view(?:\?|$)",
    layers=("list", "links"),
    list_items=("div.board-list li", "ul.board_list li", "ul.board-list li", "div.board_list li"),
    list_date=(".date",),  # the label is glued to the value: "date2024-09-13"
    script_links=((r"article\.view\(\s*'?(\d+)'?\s*\)", "/eng/article/EATCLdfa319ada/{0}/view"),),
    title=("div.view_head h3", "div.view_head h4", "h3.view_title", "dl.view dt.title", "h3", "h4"),
    date=("div.view_head .date", "span.date", "dd.date", ".date"),
    body=("div.detail-cont", "article", "div.view_cont", "div.board_view", "dl.view dd.cont"),
    drop=("div.file_list", "div.view_file", "ul.view_nav", "div.btn_area", "div.share"),
)
