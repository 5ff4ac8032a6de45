"""BusinessKorea (ND Soft CMS): body in #article-view-content-div, Korean labels in the byline list."""

from scraper.profiles.base import SourceProfile

PROFILE = SourceProfile(
    name="businesskorea_en",
    hosts=("www.businesskorea.co.kr",),
    lang="en",
    kind="news",
    article_pattern=r"^/news/articleView\.html\?idxno=\d+",
    layers=("feed", "list", "links"),
    feed_path="/rss/allArticle.xml",
    list_items=("section#section-list ul.type2 > li", "#section-list .list-block"),
    list_title=("h2.titles a", "h4.titles a"),
    list_date=("span.byline em:last-child",),
    title=("h3.heading", "header h3", "h1"),
    date=('meta[property="article:published_time"]', "ul.infomation li:nth-of-type(2)", "ul.info li"),
    body=("article#article-view-content-div", "div#article-view-content-div", "article.article-veiw-body"),
    drop=("figure", "figcaption", "table", "article.writer", "div.article-bottom", "div.clearfix"),
    title_suffixes=(" - BusinessKorea", " < ICT < 기사본문 - BusinessKorea"),
)
