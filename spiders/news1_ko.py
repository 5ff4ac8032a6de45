"""News1 (Next.js): `/latest?page=N`, whose items are read from `__NEXT_DATA__` (the cards are a fallback)."""

from __future__ import annotations

import json

from scraper.cleaner.dates import parse_date
from spiders.base import Listed, SourceSpider


class News1KoSpider(SourceSpider):
    name = "news1_ko"
    default_base_url = "https://www.news1.kr"
    key_params = ()

    def list_url(self, page: int) -> str:
        return f"{self.base_url}/latest?page={page}"

    def parse_entries(self, response) -> list[Listed]:
        blob = response.css("script#__NEXT_DATA__::text").get()
        try:
            rows = json.loads(blob)["props"]["pageProps"]["listData"] if blob else []
        except (ValueError, KeyError, TypeError):
            rows = []
        if rows:
            return [Listed(self.base_url + row["url"], row.get("title", ""), parse_date(row.get("pubdate")))
                    for row in rows if row.get("url", "").startswith("/")]
        return [Listed(response.urljoin(a.attrib["href"]), " ".join(a.css("::text").getall()), None)
                for a in response.css("h2.n1-header-title-1-2 > a[href]")]

    def has_next(self, response, entries) -> bool:
        return len(entries) > 0
