"""The Korea Herald (legacy view.php?ud= and current /article/<id> pages)."""

from scraper.profiles.base import SourceProfile

PROFILE = SourceProfile(
    name="koreaherald_en",
    hosts=("www.koreaherald.com",),
    lang="en",
    kind="news",
    article_pattern=r"^/article/\d{7,8}(?:\?|$)|^/view\.php\?ud=\d+",
    layers=("feed", "list", "links"),
    feed_path="/rss/newsAll",
    list_items=("ul.sub_content_list > li", "ul.main_sec_li > li"),  # Dec-2024 redesign, then the older list
    list_title=(".news_title", ".main_l_t1", "strong"),
    list_date=(".date", ".news_date"),
    title=("h1.news_title", "h1.view_tit", "h1"),
    date=('meta[property="article:published_time"]', "p.news_date", "div.view_tit_byline_r", ".date"),
    body=("div.news_text_area", "#articleText", "div.news_content", "div.view_con_t", "div.article-txt", "article"),
    embedded=("jsonld",),
    drop=("figure", "figcaption", "div.img_caption", "div.view_sns", "div.related_news", "div.byline"),
    title_suffixes=(" - The Korea Herald", " | The Korea Herald"),
)
