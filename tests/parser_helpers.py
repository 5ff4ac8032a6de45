"""Shared helpers for the parser tests: facts keyed the way the archive keys them."""

from __future__ import annotations

from datetime import date

from scraper.models import Fact
from scraper.parser import parse

Key = tuple[str, str, str, str]


def facts_of(text: str, published: str | None = "2024-07-15") -> dict[Key, Fact]:
    result = parse(text, published=date.fromisoformat(published) if published else None)
    return {fact.key: fact for fact in result.facts}


def numbers(fact: Fact) -> tuple[float | None, float | None, float | None]:
    return fact.value_usd, fact.yoy_pct, fact.prior_usd
