"""ChosunBiz English (biz.chosun.com/en/): Arc XP pages carry the story in `Fusion.globalContent`."""

from scraper.profiles.base import SourceProfile

PROFILE = SourceProfile(
    name="chosunbiz_en",
    hosts=("biz.chosun.com",),
    lang="en",
    kind="news",
    article_pattern=r"^/en/en-[a-z]+/\d{4}/\d{2}/\d{2}/[A-Z0-9]{26}/?(?:\?|$)",
    layers=("feed", "list"),
    feed_path="/arc/outboundfeeds/news-sitemap/?outputType=xml",
    list_reader="story-feed API content_elements (canonical_url, headlines.basic, display_date)",
    title=("h1.article-header__headline", "h1"),
    date=('meta[property="article:published_time"]', "span.article-header__date", "time"),
    body=("section.article-body", "div.article-body"),
    embedded=("fusion", "jsonld"),
    drop=("figure", "figcaption", "div.article-share", "div.related"),
    path_prefix="/en/",
    title_suffixes=(" - 조선비즈", " - ChosunBiz"),
)
