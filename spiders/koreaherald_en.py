"""The Korea Herald: search results (`q`, `np` paging) for ICT export stories; `/article/<id>` pages."""

from __future__ import annotations

from scraper.cleaner.dates import parse_date
from spiders.base import Listed, SourceSpider


class KoreaHeraldEnSpider(SourceSpider):
    name = "koreaherald_en"
    default_base_url = "https://www.koreaherald.com"
    key_params = ("ud",)  # legacy view.php?ud=...; /article/<id> needs no parameter

    def list_url(self, page: int) -> str:
        return f"{self.base_url}/search/index.php?q=ICT+exports&sort=1&mode=list&np={page}"

    def parse_entries(self, response) -> list[Listed]:
        return [Listed(response.urljoin(link.attrib["href"]), " ".join(link.css(".main_l_t1 ::text").getall()),
                       parse_date(link.css(".date::text").get()))
                for link in response.css("ul.main_sec_li > li > a[href]")]
