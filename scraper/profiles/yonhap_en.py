"""Yonhap News Agency English (en.yna.co.kr); stories end with "(END)"."""

from scraper.profiles.base import SourceProfile

PROFILE = SourceProfile(
    name="yonhap_en",
    hosts=("en.yna.co.kr", "m-en.yna.co.kr"),
    lang="en",
    kind="news",
    article_pattern=r"^/view/AEN\d{17}(?:\?|$)",
    layers=("feed", "list", "links"),
    feed_path="/RSS/news.xml",
    list_items=("ul.list > li",),
    list_title=(".tit", "strong"),
    list_date=("[data-date]::attr(data-date)", ".txt-time"),
    title=(".title-article01 h1", "h1.tit", "h1"),
    date=("[data-published-time]", 'meta[property="article:published_time"]', "p.update-time", ".update-time"),
    body=("article.story-news", "div.story-news.article", "div.story-news", "div.article-story", "div.article-txt"),
    embedded=("jsonld",),
    drop=("figure", "figcaption", "div.img-con", "div.share-box", "div.related"),
    title_suffixes=(" | Yonhap News Agency",),
)
