"""BusinessKorea (ND Soft CMS): RSS, then the article search list (`sc_word`, `page`); articles keyed on
`idxno`. The spec reads the list (`ul.type2 > li`, `h2.titles a`, the date in the byline's last `em`)."""

from __future__ import annotations

from spiders.base import SourceSpider


class BusinessKoreaEnSpider(SourceSpider):
    name = "businesskorea_en"
    default_base_url = "https://www.businesskorea.co.kr"
    key_params = ("idxno",)
    page_param = "page"

    def list_url(self, page: int) -> str:
        return f"{self.base_url}/news/articleList.html?page={page}&sc_area=A&sc_word=ICT&view_type=sm"
