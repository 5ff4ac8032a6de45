"""Yonhap English: RSS, then the economy list (`page`); stories are keyed on their AEN id. A "(LEAD)"
re-filing of a story listed beside its first version is fetched instead of it, not as well."""

from __future__ import annotations

import re
from datetime import date

from spiders.base import Listed, SourceSpider

REFILING = re.compile(r"^\s*\((?:URGENT|LEAD|\d+(?:st|nd|rd|th) LD|News Focus)\)\s*", re.IGNORECASE)


def story_key(title: str, published: date | None = None) -> tuple[str, str]:
    """A story is its headline without "(LEAD)" and the like, in the month it was filed: a re-filing comes
    within hours, while a headline that names no year ("ICT exports rise 9.6% in May") recurs in other years."""
    return REFILING.sub("", title).strip().lower(), f"{published:%Y-%m}" if published else ""


class YonhapEnSpider(SourceSpider):
    name = "yonhap_en"
    default_base_url = "https://en.yna.co.kr"
    key_params = ()
    page_param = "page"

    def list_url(self, page: int) -> str:
        return f"{self.base_url}/economy/all?page={page}"

    def keep(self, entries: list[Listed]) -> list[Listed]:
        """Feeds and lists are newest first: the first filing of a story seen in a run is its latest one."""
        seen = self.__dict__.setdefault("stories", set())
        kept = []
        for entry in entries:
            key = story_key(entry.title, entry.published) if entry.title.strip() else (entry.url, "")
            if key not in seen:
                seen.add(key)
                kept.append(entry)
        return kept
