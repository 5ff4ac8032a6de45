"""Partner-by-item tables: partners down, items across, each cell an amount and its change ("구분 | 반도체 | 휴대폰 |
ICT 합계" over "일본 | 2.4(7.7) | 0.6(△3.1) | 6.8(2.2)", under "(단위: 억 달러, %)"). The table readers take a header
of periods; read as a row of shorthand, a partner's first cell would pass for its total. So such a table is spelled
out as the sentences a release would write for it, one per cell ("일본 반도체 수출은 2.4억달러(7.7%)이다."), and
read by the sentence reader, which knows partners, items and the paragraph's period. A header of items alone over
one row of cells ("반도체 | 휴대폰" over "34.6(14.5↑) | 6.8(2.2↑)") is the same table for one subject: its cells are
spelled out with the flow the lines over it name last ("○ 1월 ICT 수입은 …")."""

from __future__ import annotations

import re
from itertools import pairwise

from scraper.parser.scanner import scan
from scraper.parser.table_facts import SPACED_HANGUL

_CORNER = re.compile(r"^[ \t|│¦┃]*(?:구\s?분|국\s?가\s?별?|지\s?역\s?별?)[ \t|│¦┃]+")
# the total's column: "ICT 합계", "IT 계", "전체"
_TOTAL = re.compile(r"(?:(?:ICT|IT)\s?)?(?:합\s?계|총\s?계|계|전\s?체)(?=[ \t|│¦┃]|$)")
_CELL = re.compile(
    r"(?P<amount>[△\-−]?\d[\d,]*(?:\.\d+)?)"
    r"(?:\s?\(\s?(?P<change>[△▲▼+\-−]?\s?\d+(?:\.\d+)?)\s?%?\s?(?P<arrow>[↑↓])?\s?\))?"
)
_FIRST_CELL = re.compile(r"[ \t|│¦┃][△\-−]?\d")
_EOK_NOTE = re.compile(r"억\s?(?:달러|불)")
_FILLER = re.compile(r"[\s|│¦┃·,]*")
_FLOW_WORD = re.compile(r"수\s?출|수\s?입")  # the flow the lines over a lone row name last
_CELLS_ONLY = re.compile(r"[ \t|│¦┃]*")
_LONE_ROW = re.compile(r"[ \t|│¦┃]*[△\-−]?\d[\d,]*(?:\.\d+)?\s?\(")
_WORLD = re.compile(r"세\s?계(?:\s?전\s?체)?|전\s?체|합\s?계|world|total", re.I)


def _columns(header: str) -> list[str] | None:
    """The items across a header after its corner cell (if any), in order and as written ("ICT" for the total's),
    or None when the header names anything else."""
    corner = _CORNER.match(header)
    rest = header[corner.end() :] if corner else header
    spans: list[tuple[int, int, str]] = [(m.start(), m.end(), "ICT") for m in _TOTAL.finditer(rest)]
    for mention in scan(rest):
        if mention.kind.startswith("item:") and not any(a <= mention.start < b for a, b, _ in spans):
            spans.append((mention.start, mention.end, mention.text))
    spans.sort()
    leftover = "".join(rest[end:start] for (_, end, _), (start, _, _) in pairwise(spans))
    if len(spans) < 2 or not _FILLER.fullmatch(rest[: spans[0][0]] + leftover + rest[spans[-1][1] :]):
        return None
    return [item for _, _, item in spans]


def _row(line: str, count: int) -> tuple[str, list[re.Match[str]]] | None:
    """A partner's label and its `count` cells, or None for a line that is not such a row."""
    first = _FIRST_CELL.search(line)
    if first is None:
        return None
    label = line[: first.start()].strip(" \t|│¦┃")
    cells = list(_CELL.finditer(line, first.start()))
    if len(cells) != count or not label:
        return None
    if _WORLD.fullmatch(label):
        return "", cells  # "세계 전체": the items' own totals
    for written in (label, SPACED_HANGUL.sub("", label)):  # a table spaces short names out: "미 국", "일 본"
        names = [m for m in scan(written) if m.kind.startswith("region:") and not m.kind.endswith("_same")]
        if len(names) == 1:
            return written, cells
    return None


def _lone_row(line: str, count: int) -> list[re.Match[str]] | None:
    """The `count` cells of a row that is nothing but cells ("34.6(14.5↑) | 5.7(△9.5)"), or None."""
    if not _LONE_ROW.match(line):
        return None
    cells = list(_CELL.finditer(line))
    return cells if len(cells) == count and _CELLS_ONLY.fullmatch(_CELL.sub("", line)) else None


def _sentence(partner: str, item: str, cell: re.Match[str], flow: str = "수출") -> str:
    amount = cell.group("amount").replace(",", "").replace("△", "-").replace("−", "-")
    change = (cell.group("change") or "").replace(" ", "").replace("△", "-").replace("▼", "-").replace("▲", "")
    if cell.group("arrow") == "↓" and not change.startswith("-"):
        change = f"-{change}"
    subject = " ".join(word for word in (partner, item, flow) if word)
    return f"{subject}은 {float(amount):g}억달러{f'({change}%)' if change else ''}이다."


_TWO_CORNERS = re.compile(r"^(?P<corner>[ \t|│¦┃]*(?:국\s?가|지\s?역)별?)[ \t|│¦┃]+구\s?분(?=[ \t|│¦┃])")
_NUMBERS = r"(?P<cells>(?:[ \t|│¦┃]+[△▲▼+\-−]?\d[\d,]*(?:\.\d+)?)+)[ \t|│¦┃]*$"
_AMOUNT_LINE = re.compile(rf"^(?P<label>[^\t|│¦┃\d]+?)[ \t|│¦┃]+(?:금\s?액|수출액){_NUMBERS}")
_CHANGE_LINE = re.compile(rf"^[ \t|│¦┃]*(?:증감률|증가율|증감){_NUMBERS}")
_NUMBER = re.compile(r"[△▲▼+\-−]?\d[\d,]*(?:\.\d+)?")


def _amount_and_change_lines_joined(lines: list[str]) -> list[str]:
    """A matrix whose partners take two lines each ("국가 | 구분 | 반도체 | …" over "중국 | 금액 | 68.9 | …" and
    "| 증감률 | 24.8 | …") written as one row a partner ("중국 | 68.9(24.8) | …")."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        corner = _TWO_CORNERS.match(lines[at])
        out.append(lines[at])
        at += 1
        if corner and at + 1 < len(lines) and _AMOUNT_LINE.match(lines[at]) and _CHANGE_LINE.match(lines[at + 1]):
            out[-1] = corner["corner"] + out[-1][corner.end() :]  # (the measures' corner cell goes with them)
        while (
            corner
            and at + 1 < len(lines)
            and (amount := _AMOUNT_LINE.match(lines[at]))
            and (change := _CHANGE_LINE.match(lines[at + 1]))
        ):
            pairs = zip(_NUMBER.findall(amount["cells"]), _NUMBER.findall(change["cells"]), strict=False)
            out.append("\t".join([amount["label"].strip(), *(f"{value}({rate})" for value, rate in pairs)]))
            at += 2
    return out


def spell_out_item_matrices(text: str) -> str:
    """The text with each partner-by-item table, and each row of cells under a header of items, under a note in
    억 달러 written out as sentences."""
    if "억" not in text:
        return text  # (most texts)
    lines = text.split("\n")
    if "구분" in text or "구 분" in text:
        lines = _amount_and_change_lines_joined(lines)
    for index, line in enumerate(lines):
        if not _EOK_NOTE.search(" ".join(lines[max(0, index - 3) : index + 1])):
            continue
        if _CORNER.match(line) and (columns := _columns(line)) is not None:
            rows = []
            for below in lines[index + 1 :]:
                if (row := _row(below, len(columns))) is None:
                    break
                rows.append(row)
            sentences = [
                _sentence(label, item, cell) for label, cells in rows for item, cell in zip(columns, cells, strict=True)
            ]
        elif index + 1 < len(lines) and _LONE_ROW.match(lines[index + 1]) and (columns := _columns(line)) is not None:
            cells = _lone_row(lines[index + 1], len(columns)) or []
            rows = [("", cells)] if cells else []
            flows = _FLOW_WORD.findall(" ".join(lines[max(0, index - 3) : index]))
            sentences = [
                _sentence("", item, cell, flows[-1] if flows else "") for item, cell in zip(columns, cells, strict=True)
            ]
        else:
            continue
        if rows:
            return spell_out_item_matrices("\n".join([*lines[:index], *sentences, *lines[index + 1 + len(rows) :]]))
    return text
