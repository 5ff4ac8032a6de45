"""Is this page a report of ICT trade statistics? And which language is it in?"""

from __future__ import annotations

import re

ICT_TRADE = re.compile(
    r"(?:\bICT\b|(?<![A-Za-z])IT(?=\s?(?:수출|수입|무역|산업|exports?\b|imports?\b))"
    r"|information\sand\scommunications?\stechnology|정보통신(?:기술|산업)?|정보기술|digital\selectronics)"
    r"[^.\n]{0,60}?(?:export|import|shipment|수출|수입|무역)"
    r"|(?:export|import|shipment|outbound)[^.\n]{0,40}?(?:\bICT\b|information\sand\scommunications?\stechnology)"
    r"|(?:수출|수입)[^.\n]{0,15}?(?:ICT|정보통신)",
    re.I,
)


def is_ict_trade_report(text: str) -> bool:
    """ICT trade statistics are named as such: 'ICT exports', '정보통신산업(ICT) 수출입'. A chip or
    total-trade story names semiconductors and exports but not ICT trade."""
    return len(ICT_TRADE.findall(text)) >= 1


HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    hangul = len(HANGUL.findall(text))
    latin = len(LATIN.findall(text))
    return "ko" if hangul > latin * 0.2 else "en"
