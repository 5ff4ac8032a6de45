"""Figure-first rows: a "by the numbers" box writes the figure, a dash, then what it is ("$8.97 billion — chip
exports, down 2.2%", "621억 달러 — 상반기 ICT 무역수지 흑자"). Read as written, the leading figure would take the
subject and period of the row before it; so such a row is turned round into the label-first line a release would
write ("chip exports: $8.97 billion, down 2.2%", "상반기 ICT 무역수지 흑자 621억 달러")."""

from __future__ import annotations

import re

_ROW = re.compile(
    r"(?m)^(?P<mark>[ \t]*(?:[-•*·▪]\s)?)"
    r"(?P<figure>(?:(?:US)?\$\s?|USD\s?)?\d[\d.,]*(?:\s?(?:억|조)(?:\s?\d[\d,]*\s?(?:천만|만|천))?)?"
    r"\s?(?:billion|million|bn|mn|B|달러|불|%|percent)?)"
    r"\s(?:—|–|--|-)\s(?P<label>[^,(\n]*[A-Za-z가-힣][^,(\n]*?)(?P<rest>\s?[,(].*)?$"
)
_UNIT = re.compile(r"\$|USD|billion|million|bn|mn|억|조|달러|불|%|percent|\dB$")


def _label_first(match: re.Match[str]) -> str:
    figure = match.group("figure").strip()
    if not _UNIT.search(figure):
        return match.group(0)  # "2 - Memory maker mulls …": a list's number, not a figure
    label, rest = match.group("label").strip(), match.group("rest") or ""
    joint = " " if re.search(r"[가-힣]", label) else ": "
    return f"{match.group('mark')}{label}{joint}{figure}{rest}"


def label_figure_first_rows(text: str) -> str:
    """The text with each figure-first row written label first."""
    if "—" not in text and " – " not in text and " - " not in text and " -- " not in text:
        return text  # (most texts have no such row)
    return _ROW.sub(_label_first, text)
