"""BusinessKorea (ND Soft CMS): body in #article-view-content-div, Korean labels in the byline list."""

from scraper.profiles.base import SourceProfile

PROFILE = SourceProfile(
    name="businesskorea_en",
    hosts=("www.businesskorea.co.kr",),
    lang="en",
    kind="news",
    title=("h3.heading", "header h3", "h1"),
    date=('meta[property="article:published_time"]', "ul.infomation li:nth-of-type(2)", "ul.info li"),
    body=("article#article-view-content-div", "div#article-view-content-div", "article.article-veiw-body"),
    drop=("figure", "figcaption", "table", "article.writer", "div.article-bottom", "div.clearfix"),
    title_suffixes=(" - BusinessKorea", " < ICT < 기사본문 - BusinessKorea"),
)
