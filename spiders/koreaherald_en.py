"""The Korea Herald: RSS, then search results (`q`, `np` paging) in the Dec-2024 layout or the older one;
`/article/<id>` pages (legacy `view.php?ud=`)."""

from __future__ import annotations

from spiders.base import SourceSpider


class KoreaHeraldEnSpider(SourceSpider):
    name = "koreaherald_en"
    default_base_url = "https://www.koreaherald.com"
    key_params = ("ud",)  # legacy view.php?ud=...; /article/<id> needs no parameter
    page_param = "np"

    def list_url(self, page: int) -> str:
        return f"{self.base_url}/search/index.php?q=ICT+exports&sort=1&mode=list&np={page}"
