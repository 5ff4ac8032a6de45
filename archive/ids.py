"""Stable identifiers: the same article or figure gets the same id on every run and machine."""

from __future__ import annotations

import hashlib


def stable_hash(*parts: str) -> str:
    """First 16 bytes of SHA-256 over the parts joined by a separator no part contains."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def article_id(canonical_url: str) -> str:
    return stable_hash("article", canonical_url)


def fact_id(article: str, period: str, flow: str, item: str, region: str) -> str:
    return stable_hash("fact", article, period, flow, item, region)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
