"""korea.kr press releases: the keyword search list (`srchWord`, `pageIndex`), filtered to the ministries
that publish the ICT release (the ministry is the second span of a row's source line)."""

from __future__ import annotations

from urllib.parse import quote

from spiders.base import Listed, SourceSpider
from spiders.discovery import read_markup_list

MINISTRIES = ("과학기술정보통신부", "산업통상자원부", "산업통상부")


class KoreaKrKoSpider(SourceSpider):
    name = "koreakr_ko"
    default_base_url = "https://www.korea.kr"
    key_params = ("newsId",)

    def list_url(self, page: int) -> str:
        return f"{self.base_url}/briefing/pressReleaseList.do?srchWord={quote('ICT')}&pageIndex={page}"

    def parse_entries(self, response) -> list[Listed]:
        ministry_of = {}
        for link in response.css("div.list_type ul li a[href]"):
            spans = [s.strip() for s in link.css("span.source span::text").getall()]
            ministry_of[response.urljoin(link.attrib["href"])] = spans[1] if spans[1:] else None
        return [
            entry
            for entry in read_markup_list(response, self.spec, self.base_url)
            if ministry_of.get(entry.url) in (None, *MINISTRIES)
        ]
