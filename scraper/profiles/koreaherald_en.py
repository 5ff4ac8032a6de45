"""The Korea Herald (legacy view.php?ud= and current /article/<id> pages)."""

from scraper.profiles.base import SourceProfile

PROFILE = SourceProfile(
    name="koreaherald_en",
    hosts=("www.koreaherald.com",),
    lang="en",
    kind="news",
    title=("h1.news_title", "h1.view_tit", "h1"),
    date=('meta[property="article:published_time"]', "p.news_date", "div.view_tit_byline_r", ".date"),
    body=("div.news_content", "div.view_con_t", "div.article-txt", "article"),
    embedded=("jsonld",),
    drop=("figure", "figcaption", "div.img_caption", "div.view_sns", "div.related_news", "div.byline"),
    title_suffixes=(" - The Korea Herald", " | The Korea Herald"),
)
