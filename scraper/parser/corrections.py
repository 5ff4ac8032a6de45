"""Correction notices: the figure a notice withdraws is no fact, the one it puts in its place is.

A ministry corrects a release by quoting the wrong figure and then the right one ('"US$8.64 billion (+6.0%)"
should read "US$8.46 billion (+3.8%)"', "디스플레이 '18.4억 달러(△7.1%)' → '18.9억 달러(△4.6%)'"). Read as they
stand, the withdrawn figure comes first and takes the key; so before any reading the withdrawn part is cut and the
right one is left without its quote marks (a quote mark before "18.4억" would read as the year '18).
"""

from __future__ import annotations

import re

_QUOTE = "\"'‘’“”"
# the withdrawn figure in quotes, the correcting words or arrow, the right figure in quotes
_CORRECTION_PAIR = re.compile(
    rf"[{_QUOTE}](?P<old>[^{_QUOTE}\n]{{1,60}}?\d[^{_QUOTE}\n]{{0,40}}?)[{_QUOTE}]\s?"
    r"(?:should\s(?:read|be|have\sread)|is\scorrected\sto|(?:→|->|⇒|=>)|(?:으로|로)\s?(?:정정|바로잡|수정))\s?"
    rf"[{_QUOTE}](?P<new>[^{_QUOTE}\n]{{1,60}}?\d[^{_QUOTE}\n]{{0,40}}?)[{_QUOTE}]",
    re.I,
)


def without_withdrawn_figures(text: str) -> str:
    """The text with each correction pair replaced by its right figure alone."""
    if "→" not in text and "should" not in text and "정정" not in text and "->" not in text and "⇒" not in text:
        return text  # (most texts correct nothing)
    return _CORRECTION_PAIR.sub(lambda match: match.group("new"), text)
