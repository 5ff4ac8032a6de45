"""MSIT Korean press-release board (www.msit.go.kr, bbsSeqNo=94)."""

from scraper.profiles.base import SourceProfile

PROFILE = SourceProfile(
    name="msit_ko",
    hosts=("www.msit.go.kr",),
    lang="ko",
    kind="ministry",
    article_pattern=r"^/bbs/view\.do\?.*\bbbsSeqNo=94&.*\bnttSeqNo=\d+",
    layers=("feed", "list", "links"),
    feed_path="/user/rss/rss.do?bbsSeqNo=94",
    list_reader="inline script: unescape('...') paired with the next $('#td_'+'NTT_SJ'+'_N').html(...)",
    script_links=((r"fn_detail\((\d+)\)", "/bbs/view.do?sCode=user&mId=307&mPid=208&bbsSeqNo=94&nttSeqNo={0}"),),
    title=("div.view_head h2", "div.view_head h3", "h2.title"),
    date=("div.view_head .date", "span.date", "dd.date"),
    body=("div#cont-wrap", "div.view_cont", "article"),
    drop=("div.view_file", "div.file_list", "ul.view_nav"),
    path_prefix="/bbs/",
)
