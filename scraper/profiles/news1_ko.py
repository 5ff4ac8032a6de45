"""News1 (news1.kr): Next.js pages whose `__NEXT_DATA__` carries the article."""

from scraper.profiles.base import SourceProfile

PROFILE = SourceProfile(
    name="news1_ko",
    hosts=("www.news1.kr", "news1.kr"),
    lang="ko",
    kind="news",
    article_pattern=r"^/[a-z-]+/[a-z-]+/\d{7}(?:\?|$)",
    layers=("list", "links"),
    list_reader="__NEXT_DATA__ props.pageProps.data (url, title, pubdate)",
    title=("h1.article-h2-header-title", "h1"),
    date=("#article_created time", 'meta[property="article:published_time"]', "time"),
    body=("div#articleBodyContent",),
    embedded=("next_data", "jsonld"),
    drop=("figure", "figcaption", ".ads-article-warp", ".article_content_stitle"),
    title_suffixes=(" - 뉴스1", " | 뉴스1"),
)
