"""MOTIE/MOTIR English press releases: board EATCLdfa319ada, `pageIndex` paging, "date" label glued to dates."""

from __future__ import annotations

from scraper.cleaner.dates import parse_date
from spiders.base import Listed, SourceSpider

BOARD = "/eng/article/EATCLdfa319ada"


class MotieEnSpider(SourceSpider):
    name = "motie_en"
    default_base_url = "https://english.motir.go.kr"
    host_aliases = {"english.motie.go.kr": "english.motir.go.kr"}
    key_params = ()

    def list_url(self, page: int) -> str:
        return f"{self.base_url}{BOARD}?pageIndex={page}"

    def parse_entries(self, response) -> list[Listed]:
        entries = []
        for item in response.css("ul.board_list li, ul.board-list li, div.board_list li"):
            link = item.css("a::attr(href)").get()
            if not link:
                continue
            date_text = " ".join(item.css(".date ::text").getall())
            entries.append(Listed(response.urljoin(link), " ".join(item.css("a ::text").getall()).strip(),
                                  parse_date(date_text.replace("date", " "))))
        return entries
