"""MSIT English press releases (www.msit.go.kr/eng, bbsSeqNo=42)."""

from scraper.profiles.base import SourceProfile

PROFILE = SourceProfile(
    name="msit_en",
    hosts=("www.msit.go.kr",),
    lang="en",
    kind="ministry",
    article_pattern=r"^/eng/bbs/view\.do\?.*\bbbsSeqNo=42&.*\bnttSeqNo=\d+",
    layers=("list", "links"),
    list_reader="inline script: unescape('...') paired with the next $('#td_'+'NTT_SJ'+'_N').html(...)",
    script_links=((r"fn_detail\((\d+)\)", "/eng/bbs/view.do?sCode=eng&mId=4&mPid=2&bbsSeqNo=42&nttSeqNo={0}"),),
    title=("div.view_head h2", "h2.title"),
    date=("div.view_head .date", "span.date", "dd.date"),
    body=("div#cont-wrap", "div.view_cont", "article"),
    drop=("div.view_file", "div.file_list", "ul.view_nav"),
    path_prefix="/eng/",
)
