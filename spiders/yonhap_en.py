"""Yonhap English: the economy list (`page`); stories are keyed on their AEN id. A "(LEAD)" re-filing of a
story listed beside its first version is fetched instead of it, not as well."""

from __future__ import annotations

import re

from scraper.cleaner.dates import parse_date
from spiders.base import Listed, SourceSpider

REFILING = re.compile(r"^\s*\((?:URGENT|LEAD|\d+(?:st|nd|rd|th) LD|News Focus)\)\s*", re.IGNORECASE)


def story_key(title: str) -> str:
    return REFILING.sub("", title).strip().lower()


class YonhapEnSpider(SourceSpider):
    name = "yonhap_en"
    default_base_url = "https://en.yna.co.kr"
    key_params = ()

    def list_url(self, page: int) -> str:
        return f"{self.base_url}/economy/all?page={page}"

    def parse_entries(self, response) -> list[Listed]:
        listed = [Listed(response.urljoin(item.css("a::attr(href)").get()),
                         " ".join(item.css("a ::text").getall()).strip(),
                         parse_date(item.css(".date::attr(data-date)").get()))
                  for item in response.css("ul.list > li") if item.css("a::attr(href)").get()]
        newest: dict[str, Listed] = {}
        for entry in listed:  # newest first on the page: the first seen of a story is its latest filing
            newest.setdefault(story_key(entry.title), entry)
        return list(newest.values())
