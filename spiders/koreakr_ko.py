"""korea.kr press releases: the keyword search list (`srchWord`, `pageIndex`), filtered to MSIT releases."""

from __future__ import annotations

from urllib.parse import quote

from scraper.cleaner.dates import parse_date
from spiders.base import Listed, SourceSpider

MINISTRIES = ("과학기술정보통신부", "산업통상자원부", "산업통상부")


class KoreaKrKoSpider(SourceSpider):
    name = "koreakr_ko"
    default_base_url = "https://www.korea.kr"
    key_params = ("newsId",)
    keyword = "ICT 수출"

    def list_url(self, page: int) -> str:
        return f"{self.base_url}/briefing/pressReleaseList.do?srchWord={quote('ICT')}&pageIndex={page}"

    def parse_entries(self, response) -> list[Listed]:
        entries = []
        for link in response.css("div.list_type ul li a[href*='pressReleaseView.do']"):
            spans = [s.strip() for s in link.css("span.source span::text").getall()]
            if spans[1:] and spans[1] not in MINISTRIES:
                continue
            entries.append(Listed(response.urljoin(link.attrib["href"]), link.css("strong::text").get(default=""),
                                  parse_date(spans[0]) if spans else None))
        return entries
