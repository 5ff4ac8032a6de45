"""Cleaner: raw page bytes (or plain text) -> CleanedPage (title, date, language, paragraphs).

Placeholder interface; the real implementation replaces the bodies, not the signatures.
"""

from __future__ import annotations

from collections.abc import Mapping

from scraper.models import CleanedPage


def clean(body: bytes, url: str | None = None, headers: Mapping[str, str] | None = None) -> CleanedPage:
    """Decode and clean one HTML page."""
    text = body.decode("utf-8", errors="replace")
    return clean_text(text, url=url)


def clean_text(text: str, url: str | None = None) -> CleanedPage:
    """Clean plain text (already extracted from a page): drop boilerplate lines."""
    paragraphs = tuple(line.strip() for line in text.splitlines() if line.strip())
    lang = "ko" if sum("\uac00" <= ch <= "\ud7a3" for ch in text) > 20 else "en"
    return CleanedPage(title=paragraphs[0] if paragraphs else None, published=None, lang=lang,
                       paragraphs=paragraphs, encoding=None, url=url)
