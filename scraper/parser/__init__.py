"""Parser: cleaned text -> ICT trade figures (facts). English and Korean."""

from __future__ import annotations

from datetime import date

from scraper.models import ParseResult


def parse(text: str, published: date | None = None, title: str | None = None,
          lang: str | None = None) -> ParseResult:
    return ParseResult(is_ict_trade_report=False, facts=[])
