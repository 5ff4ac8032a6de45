"""Which language a text is in, by its script: a neutral module both the cleaner and the parser use, so the
cleaner need not import the parser."""

from __future__ import annotations

import re

HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """'ko' when Hangul syllables are more than a fifth of the Latin letters (Korean copy names English
    brands and units), else 'en'."""
    hangul = len(HANGUL.findall(text))
    latin = len(LATIN.findall(text))
    return "ko" if hangul > latin * 0.2 else "en"
