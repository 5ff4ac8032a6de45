"""Tables of one period with an amount and a change column: "품목 | 금액 | 증감률" under a caption "10월 주요 품목
수출 실적 (단위: 억달러, %)", or "Item | Value | YoY" under "April exports by item (US$ billion)".

`tables.py` reads tables whose header row is periods. These have one period, named in the caption, so they are
spelled out as the one sentence a release would write for them ("10월 주요 품목 수출 실적: 반도체 128.5억달러(21.9%),
디스플레이 25.1억달러(-10.5%)"), which the sentence reader, knowing items, partners, periods and flows, reads as
any other. A table whose unit is not stated is left alone: its scale would be a guess.
"""

from __future__ import annotations

import re

_SEP = r"\s*\|?\s*"
_HEADER = re.compile(
    rf"^{_SEP}(?:품목|지역|국가|구분|items?|regions?|countr(?:y|ies)|destinations?|products?){_SEP}"
    r"(?:금액|수출액|수입액|수출|수입|values?|amounts?|exports|imports)(?:\s*\((?P<unit>[^)]*)\))?"
    rf"{_SEP}(?:증감률|증감율|증가율|증감|yoy|y/y|change|growth)(?:\s*\([^)]*\))?{_SEP}$",
    re.I,
)
_ROW = re.compile(
    rf"^{_SEP}(?P<label>[^\d|△▲▼+\-−\s][^|]*?){_SEP}(?P<amount>\d[\d,]*(?:\.\d+)?){_SEP}"
    rf"(?P<sign>[△▲▼+\-−]?)\s?(?P<change>\d+(?:\.\d+)?)\s*%?{_SEP}$"
)
_SCALES = (
    (re.compile(r"억\s?(?:달러|불)"), 1e8),
    (re.compile(r"백만\s?(?:달러|불)|(?:US)?\$\s?(?:mn|million)|million\s(?:dollars|USD)", re.I), 1e6),
    (re.compile(r"(?:US)?\$\s?(?:bn|billion)|billion\s(?:dollars|USD)|USD\s?(?:bn|billion)", re.I), 1e9),
)
_NOTE = re.compile(r"\[표\s?\d*\]|<표\s?\d*>|\(\s?(?:단위|unit)\s?[:：][^)]*\)", re.I)
_HANGUL = re.compile(r"[가-힣]")


def spell_out_measure_tables(text: str) -> str:
    """The text with each such table (its caption, header and rows) replaced by one sentence."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        header = _HEADER.match(lines[index])
        rows = _rows_after(lines, index) if header else []
        caption = out[-1] if out else ""
        scale = _scale(f"{caption} {header.group('unit') or ''}") if header else None
        if not header or not rows or scale is None:
            out.append(lines[index])
            index += 1
            continue
        out[-1:] = [_sentence(caption, rows, scale)] if out else [_sentence("", rows, scale)]
        index += 1 + len(rows)
    return "\n".join(out)


def _rows_after(lines: list[str], header: int) -> list[re.Match[str]]:
    rows: list[re.Match[str]] = []
    for line in lines[header + 1 :]:
        row = _ROW.match(line)
        if row is None:
            break
        rows.append(row)
    return rows


def _scale(note: str) -> float | None:
    return next((scale for pattern, scale in _SCALES if pattern.search(note)), None)


def _sentence(caption: str, rows: list[re.Match[str]], scale: float) -> str:
    korean = bool(_HANGUL.search(caption) or any(_HANGUL.search(row.group("label")) for row in rows))
    cells = []
    for row in rows:
        usd = float(row.group("amount").replace(",", "")) * scale
        amount = f"{usd / 1e8:g}억달러" if korean else f"${usd / 1e9:g} billion"
        sign = "-" if row.group("sign") in ("△", "▼", "-", "−") else ""
        cells.append(f"{row.group('label').strip()} {amount}({sign}{row.group('change')}%)")
    lead = _NOTE.sub("", caption).strip(" :")
    return f"{lead}: {', '.join(cells)}." if lead else f"{', '.join(cells)}."


# "ICT exports by item (US$ billion; Oct. 2013, Oct. 2014, change in %)": the columns named in the caption
_DECLARED = re.compile(
    r"^(?P<caption>[^()\n|]{3,80}?)\s*\((?P<unit>[^;()\n]{2,30});\s?(?P<columns>[^()\n]{5,80})\)\s*$"
)
_SAME_COLUMNS = re.compile(r"^(?P<caption>[^()\n|]{3,80}?)\s*\((?:same|as\sabove)[^()\n]{0,20}\)\s*$", re.I)
_SPACED_ROW = re.compile(r"^(?P<label>[^\d|\n]*?[^\d\s|])\s+(?P<cells>[-−+]?\d[\d,.]*(?:\s+[-−+]?\d[\d,.]*)+)\s*$")


def header_the_declared_columns(text: str) -> str:
    """A caption that names its columns, over rows of a label and space-separated numbers, as the flattened
    table `tables.py` reads: the caption with its unit, then a header row and the rows with bars."""
    if ";" not in text:
        return text  # no caption names its columns (and "(same columns)" needs one above): most texts
    lines = text.split("\n")
    out: list[str] = []
    columns: list[str] | None = None
    unit = ""
    index = 0
    while index < len(lines):
        declared = _DECLARED.match(lines[index])
        same = _SAME_COLUMNS.match(lines[index]) if declared is None else None
        if declared is not None:
            columns = [part.strip() for part in declared.group("columns").split(",")]
            unit = declared.group("unit")  # "(same columns)" below keeps it
        rows = _spaced_rows(lines, index + 1, len(columns)) if (declared or same) and columns else []
        if not rows or columns is None:
            out.append(lines[index])
            index += 1
            continue
        caption = (declared or same).group("caption").strip()  # type: ignore[union-attr]
        out.append(f"{caption} (unit: {unit})")
        out.append(" | ".join(["Item", *columns]))
        out.extend(" | ".join([row.group("label"), *row.group("cells").split()]) for row in rows)
        index += 1 + len(rows)
    return "\n".join(out)


def _spaced_rows(lines: list[str], start: int, width: int) -> list[re.Match[str]]:
    rows: list[re.Match[str]] = []
    for line in lines[start:]:
        row = _SPACED_ROW.match(line)
        if row is None or len(row.group("cells").split()) != width:
            break
        rows.append(row)
    return rows
