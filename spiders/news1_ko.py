"""News1 (Next.js): `/latest?page=N`, whose items are `__NEXT_DATA__.props.pageProps.data` (url, title with
HTML entities, pubdate `YYYY-MM-DD HH:MM:SS`). The visible cards carry no time: they are the links layer."""

from __future__ import annotations

import json
from typing import Any

from scraper.cleaner.dates import parse_date
from spiders.base import Listed, SourceSpider
from spiders.discovery import squash

ITEM_KEYS = ("data", "listData")  # the current key, and an older one


class News1KoSpider(SourceSpider):
    name = "news1_ko"
    default_base_url = "https://www.news1.kr"
    key_params = ()
    page_param = "page"

    def list_url(self, page: int) -> str:
        return f"{self.base_url}/latest?page={page}"

    def parse_entries(self, response) -> list[Listed]:
        blob = response.css("script#__NEXT_DATA__::text").get()
        if not blob:
            return []
        props = json.loads(blob).get("props", {}).get("pageProps", {})
        rows: list[Any] = next((props[key] for key in ITEM_KEYS if isinstance(props.get(key), list)), [])
        return [
            Listed(self.base_url + row["url"], squash(row.get("title", "")), parse_date(row.get("pubdate")))
            for row in rows
            if isinstance(row, dict) and str(row.get("url", "")).startswith("/")
        ]

    def has_next(self, response, entries) -> bool:
        return len(entries) > 0
