"""ChosunBiz English (Arc XP): the story-feed API pages by offset; bodies are read from Fusion.globalContent
by the cleaner. Canonical URLs keep the trailing slash and drop `?outputType=amp`."""

from __future__ import annotations

import json
from urllib.parse import quote

from scraper.cleaner.dates import parse_date
from spiders.base import Listed, SourceSpider

PAGE_SIZE = 20


class ChosunBizEnSpider(SourceSpider):
    name = "chosunbiz_en"
    default_base_url = "https://biz.chosun.com"
    key_params = ()
    first_page = 0

    def list_url(self, page: int) -> str:
        query = json.dumps(
            {"includeSections": "/en", "includeContentTypes": "story", "offset": page * PAGE_SIZE, "size": PAGE_SIZE},
            separators=(",", ":"),
        )
        return f"{self.base_url}/pf/api/v3/content/fetch/story-feed?query={quote(query)}&_website=chosunbiz"

    def parse_entries(self, response) -> list[Listed]:
        data = json.loads(response.text)  # not JSON: the layer reports the page unreadable
        self._has_more = data.get("next") is not None
        return [
            Listed(
                response.urljoin(self.base_url + element["canonical_url"]),
                element.get("headlines", {}).get("basic", ""),
                parse_date(element.get("display_date")),
            )
            for element in data.get("content_elements", [])
            if element.get("canonical_url")
        ]

    def has_next(self, response, entries) -> bool:
        return getattr(self, "_has_more", False)

    def canonical(self, url: str) -> str:
        canonical = super().canonical(url)
        return canonical if canonical.endswith("/") else canonical + "/"
