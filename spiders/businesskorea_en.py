"""BusinessKorea (ND Soft CMS): the article search list (`sc_word`, `page`); articles keyed on `idxno`."""

from __future__ import annotations

from scraper.cleaner.dates import parse_date
from spiders.base import Listed, SourceSpider


class BusinessKoreaEnSpider(SourceSpider):
    name = "businesskorea_en"
    default_base_url = "https://www.businesskorea.co.kr"
    key_params = ("idxno",)

    def list_url(self, page: int) -> str:
        return f"{self.base_url}/news/articleList.html?page={page}&sc_area=A&sc_word=ICT&view_type=sm"

    def parse_entries(self, response) -> list[Listed]:
        entries = []
        for block in response.css("#section-list .list-block, ul.type2 li"):
            link = block.css("h4.titles a, h2.titles a")
            if not link:
                continue
            stamps = block.css(".byline em::text").getall()
            entries.append(Listed(response.urljoin(link.attrib["href"]), " ".join(link.css("::text").getall()),
                                  parse_date(stamps[-1]) if stamps else None))
        return entries
