"""MOTIE/MOTIR English press releases: board EATCLdfa319ada, `pageIndex` paging. The spec reads the list
(links as hrefs or `javascript:article.view('<seq>')`, the "date" label glued to the date)."""

from __future__ import annotations

from spiders.base import SourceSpider

BOARD = "/eng/article/EATCLdfa319ada"


class MotieEnSpider(SourceSpider):
    name = "motie_en"
    default_base_url = "https://english.motir.go.kr"
    key_params = ()

    def list_url(self, page: int) -> str:
        return f"{self.base_url}{BOARD}?pageIndex={page}"
