"""A line of amounts and, under it, a line of their changes in the same order:

    □ (국가) 중국(홍콩 포함) 98.3억불 · 미국 27.9억불 · 베트남 27.6억불
       증감률 : +19.6% · +48.8% · +7.2%

Releases set them so to keep a bullet short. A sentence reader would give the changes to whatever subject came
last, so each change is written back after its amount ("98.3억불(+19.6%)") and the changes' line goes.
"""

from __future__ import annotations

import re

# the line of changes: a label, then two or more signed percentages between separators
_CHANGES = re.compile(
    r"^\s*[-ㅇ·*]?\s*\(?(?:증감률|증감율|증감|전년\s?(?:동월|동기)?\s?(?:대비|비)|YoY|y/y|change)\)?\s*[:：]?\s*"
    r"(?P<cells>[△▲▼+\-−]?\s?\d+(?:\.\d+)?\s?%?(?:\s*[·,/|ㆍ]\s*[△▲▼+\-−]?\s?\d+(?:\.\d+)?\s?%?)+)\s*$",
    re.I,
)
_CELL = re.compile(r"[△▲▼+\-−]?\s?\d+(?:\.\d+)?\s?%?")
_AMOUNT = re.compile(
    r"\d[\d,]*(?:\.\d+)?\s?(?:억\s?(?:불|달러)|백만\s?(?:불|달러)|(?:billion|bn|million|mn)\b)(?!\s?\()", re.I
)
_CHANGE_LABELS = ("증감", "대비", "비 ", "yoy", "y/y", "change")


def pair_changes_with_amounts(text: str) -> str:
    """The text with every line of changes folded into the line of amounts above it, when their counts agree."""
    lowered = text.lower()
    if not any(label in lowered for label in _CHANGE_LABELS):
        return text  # most texts have no such line
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        changes = _CHANGES.match(line)
        if changes and out:
            amounts = list(_AMOUNT.finditer(out[-1]))
            cells = [cell.group(0).replace(" ", "") for cell in _CELL.finditer(changes["cells"])]
            if len(amounts) == len(cells):
                out[-1] = _with_changes(out[-1], amounts, cells)
                continue
        out.append(line)
    return "\n".join(out)


def _with_changes(line: str, amounts: list[re.Match[str]], cells: list[str]) -> str:
    parts: list[str] = []
    last = 0
    for amount, cell in zip(amounts, cells, strict=True):
        parts.extend((line[last : amount.end()], f"({cell if cell.endswith('%') else cell + '%'})"))
        last = amount.end()
    parts.append(line[last:])
    return "".join(parts)
