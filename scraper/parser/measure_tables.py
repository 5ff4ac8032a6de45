"""Tables of one period with an amount and a change column: "품목 | 금액 | 증감률" under a caption "10월 주요 품목
수출 실적 (단위: 억달러, %)", or "Item | Value | YoY" under "April exports by item (US$ billion)".

`tables.py` reads tables whose header row is periods. These have one period, named in the caption, so they are
spelled out as the one sentence a release would write for them ("10월 주요 품목 수출 실적: 반도체 128.5억달러(21.9%),
디스플레이 25.1억달러(-10.5%)"), which the sentence reader, knowing items, partners, periods and flows, reads as
any other. A table whose unit is not stated is left alone: its scale would be a guess.
"""

from __future__ import annotations

import re
from functools import cache

from scraper.parser.prefilter import guarded
from scraper.parser.scanner import scan

_SEP = r"\s*\|?\s*"
# the English heads of a change column: "YoY", "y-o-y", "On-year", "% change", "Growth"
_EN_CHANGE = r"yoy|y/y|y-o-y|(?:year-)?on-year|%\s?change|change|growth"
_HEADER_PERIOD = r"(?:[A-Z][a-z]{2,8}\.?\s)?(?:19|20)\d{2}|(?:(?:19|20)\d{2}\s?년\s?)?\d{1,2}\s?월"
# the head of a label column: "품목", "지역별", "Country", "Partners"
_LABEL_HEAD = r"(?:품목|지역|국가)별?|items?|regions?|countr(?:y|ies)|destinations?|products?|partners?|markets?"
_HEADER = re.compile(  # one label column or two ("국가 품목": a partner's items)
    rf"^{_SEP}(?P<first>{_LABEL_HEAD}|구분){_SEP}(?:(?P<second>{_LABEL_HEAD}){_SEP})?"
    r"(?:금액|수출액|수입액|수출|수입|values?|amounts?|exports|imports"  # (or its period, "May 2023", "2월 수출액")
    rf"|(?P<period>(?P<column_period>{_HEADER_PERIOD})(?:\s?(?:금액|수출액|수입액|수출|수입))?))"
    r"(?:\s*\((?P<unit>[^)]*)\))?"
    rf"{_SEP}(?:(?P=column_period)\s?)?(?:증감률|증감율|증가율|증감|{_EN_CHANGE})(?:\s*\([^)]*\))?{_SEP}"
    r"(?P<share>(?:비중|점유율|share)(?:\s*\([^)]*\))?)?"  # a share column after them is skipped
    rf"{_SEP}(?P<main>(?:주요|주력)\s?품목|main\s(?:items?|products?))?"  # "반도체 44.0 (9.1)": the row's main item
    rf"{_SEP}$",
    re.I,
)
_ROW = re.compile(  # a sub-row may open with a dash: " - Memory 2.96 +29.9" under "Semiconductors …"
    rf"^{_SEP}(?:[-–•·*]\s+)?(?P<label>[^\d|△▲▼+\-−\s][^|]*?){_SEP}(?P<amount>\d[\d,]*(?:\.\d+)?)(?:\s*\|\s*|\s+)"
    r"(?:(?:YoY|y/y|전년\s?(?:동월\s?)?대비|증감률?)\s?:?\s?)?"  # "58.2   YoY 26.3"
    rf"\(?(?P<sign>[△▲▼+\-−]?)\s?(?P<change>\d+(?:\.\d+)?)\s*%?\)?{_SEP}$"
)
_SHARE_CELL = r"(?:\s*\|\s*|\s+)\d+(?:\.\d+)?\s*%?"
# a main-item cell, "반도체 44.0 (9.1)": the item, its amount and its change in brackets
_MAIN_ITEM_CELL = (
    r"\s*\|\s*(?P<item>[^\d|△▲▼+\-−\s][^\d|]*?)\s?(?P<item_amount>\d[\d,]*(?:\.\d+)?)\s?"
    r"\(\s?(?P<item_sign>[△▲▼+\-−]?)\s?(?P<item_change>\d+(?:\.\d+)?)\s?%?\s?\)"
)
_ROW_WITH_SHARE = re.compile(_ROW.pattern.removesuffix(f"{_SEP}$") + rf"{_SHARE_CELL}{_SEP}$")
_LABEL_CELL = r"(?P<label>[^\d|△▲▼+\-−\s][^|]*?)"
_TWO_LABEL_CELLS = r"(?P<label>[^\d|△▲▼+\-−\s][^|]*?(?:\s*\|\s*[^\d|△▲▼+\-−\s][^|]*?)?)"  # "중국 | 반도체"


@cache
def _row_pattern_of(two_labels: bool, share: bool, main: bool) -> re.Pattern[str]:
    """The row pattern for a header: with a second label column, a share column, a main-item column."""
    pattern = _ROW.pattern.removesuffix(f"{_SEP}$")
    if two_labels:
        pattern = pattern.replace(_LABEL_CELL, _TWO_LABEL_CELLS, 1)
    return re.compile(pattern + (_SHARE_CELL if share else "") + (_MAIN_ITEM_CELL if main else "") + f"{_SEP}$")


# "Japan    (0.33)": one amount a row, a deficit in parentheses as accounts write it
_AMOUNT_ROW = re.compile(
    rf"^{_SEP}(?P<label>[^\d|△▲▼+\-−\s(][^|\d]*?){_SEP}(?P<open>\()?(?P<sign>[△▲▼\-−]?)\s?(?P<amount>\d[\d,]*(?:\.\d+)?)"
    rf"(?(open)\)){_SEP}$"
)
_SCALES = (
    (re.compile(r"억\s?(?:달러|불)|(?:US\s?\$|USD)\s?100\s?million|100\s?million\s(?:dollars|USD)", re.I), 1e8),
    (
        re.compile(
            r"백만\s?(?:달러|불)|(?:US)?\$\s?(?:mn|million)|USD\s?(?:mn|million)|million\s(?:dollars|USD)", re.I
        ),
        1e6,
    ),
    (re.compile(r"(?:US)?\$\s?(?:bn|billion)|billion\s(?:dollars|USD)|USD\s?(?:bn|billion)", re.I), 1e9),
)
# a caption that ends in its unit: "ICT exports by region (US$ billion, %)"
_UNIT_CAPTION = re.compile(  # (also after the period: "By destination (May, billion dollars / change from …)")
    r"\((?:단위\s?:\s?)?(?:[^()]{0,20}[,;]\s?)?(?:억\s?(?:달러|불)|(?:US\s?\$|USD|\$)\s?(?:billion|bn|million|mn)"
    # (no columns' periods; a colon may close it: "Key items (US$ bn, y/y):")
    r"|(?:billions?|millions?)\s(?:of\s)?(?:US\s)?dollars)(?:[^()]{0,10}|[^()\d]{0,40})\)\s*:?\s*$",
    re.I,
)


def _unit_caption(line: str) -> bool:
    """`_UNIT_CAPTION`, searched only on a line that ends in ")" but for white space and a colon, as each match
    does ("Key items (US$ bn, y/y):")."""
    return line.rstrip().rstrip(":").rstrip().endswith(")") and _UNIT_CAPTION.search(line) is not None


_NOTE = re.compile(r"\[표\s?\d*\]|<표\s?\d*>|\(\s?(?:단위|unit)\s?[:：][^)]*\)", re.I)
_HANGUL = re.compile(r"[가-힣]")
# (the cheap look for a sideways table: a line that opens with a rate and its cells)
_SIDEWAYS_HINT = re.compile(rf"(?im)^[ \t|¦│┃]*(?:증감|증가율|전년|{_EN_CHANGE})[^\n]{{0,20}}?[ \t|¦│┃]+[△▲▼+\-−]?\d")


# A table set one cell a line, its header too ("국가" / "수출액" / "증감률" / "주요 품목", then "중국" / "78.4" /
# "5.2" / "반도체 44.0 (9.1)", as text extraction leaves a table): a label heading, then two or more column names
_STACKED_HINT = re.compile(
    r"(?im)^[ \t]*(?:국[ \t]?가|지[ \t]?역|품[ \t]?목|구[ \t]?분|countr(?:y|ies)|regions?|items?|destinations?)(?:별)?"
    r"[ \t]*\n[ \t]*(?:금[ \t]?액|수출액|수입액|수[ \t]?출|수[ \t]?입|values?|amounts?|exports|imports)"
    r"[ \t]*(?:\([^)\n]*\))?[ \t]*\n"
)
_STACKED_COLUMN = re.compile(
    r"^\s*(?:(?P<main>(?:주요|주력)\s?품목|main\s(?:items?|products?))|(?P<amount>금\s?액|수출액|수입액|수\s?출|수\s?입"
    rf"|values?|amounts?|exports|imports)|증감률|증감율|증가율|증감|{_EN_CHANGE}|비중|점유율|share)"
    r"(?:\s*\([^)]*\))?\s*$",
    re.I,
)
_STACKED_LABEL = re.compile(
    r"^\s*(?:국\s?가|지\s?역|품\s?목|구\s?분|countr(?:y|ies)|regions?|items?|destinations?)(?:별)?\s*$", re.I
)
_MAIN_CELL_LINE = re.compile(_MAIN_ITEM_CELL.removeprefix(r"\s*\|\s*") + r"\s*$")
_LABEL_LINE = re.compile(r"^\s*[^\d\s△▲▼+\-−|(\[<][^|]{0,30}$")


def join_stacked_cells(text: str) -> str:
    """Each row of a table set one cell a line (header first) joined onto one line with bars, as the table
    readers take it: "국가 | 수출액 | 증감률 | 주요 품목", "중국 | 78.4 | 5.2 | 반도체 44.0 (9.1)"."""
    if "\n" not in text or not _STACKED_HINT.search(text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        columns = _stacked_columns(lines, index)
        rows = _stacked_grid(lines, index + 1 + len(columns), columns) if columns else []
        if not rows:
            out.append(lines[index])
            index += 1
            continue
        for row in [lines[index : index + 1 + len(columns)], *rows]:
            out.append(" | ".join(cell.strip() for cell in row))
        index += (1 + len(columns)) * (1 + len(rows))
    return "\n".join(out)


def _stacked_columns(lines: list[str], index: int) -> list[re.Match[str]]:
    """The column names under a label heading, one a line, when one of them is an amount."""
    if not _STACKED_LABEL.match(lines[index]):
        return []
    columns: list[re.Match[str]] = []
    while index + 1 + len(columns) < len(lines) and (column := _STACKED_COLUMN.match(lines[index + 1 + len(columns)])):
        columns.append(column)
    return columns if len(columns) >= 2 and any(column["amount"] for column in columns) else []


def _stacked_grid(lines: list[str], start: int, columns: list[re.Match[str]]) -> list[list[str]]:
    """Rows of a label line and one line per column, until a group of lines does not fit."""
    rows: list[list[str]] = []
    width = 1 + len(columns)
    while start + width <= len(lines):
        row = lines[start : start + width]
        if (
            not _LABEL_LINE.match(row[0])
            or _STACKED_COLUMN.match(row[0])
            or not all(
                (_MAIN_CELL_LINE if column["main"] else _CELL_LINE).match(cell)
                for column, cell in zip(columns, row[1:], strict=True)
            )
        ):
            break
        rows.append(row)
        start += width
    return rows


# A table laid on its side (HWP releases): the partners or items across, the measures down ("구 분 | 중국 | 미국 |
# 베트남" over "수출액 | 70.2 | 14.8 | 26.5" and "증감률 | 4.4 | △1.9 | 12.4"), box-drawn, barred or spaced
_BORDER = r"[\s|¦│┃]"
_BOX_RULE = re.compile(r"^[\s┌┐└┘├┤┬┴┼─━│┃═║╔╗╚╝╠╣╦╩╬+\-]*[─━═][\s┌┐└┘├┤┬┴┼─━│┃═║╔╗╚╝╠╣╦╩╬+\-]*$")
_SIDEWAYS_HEAD = re.compile(
    rf"^{_BORDER}*(?:구\s?분|항\s?목|지\s?역별?|국\s?가별?|품\s?목별?|regions?|countr(?:y|ies)|items?|partners?|markets?|category)"
    rf"{_BORDER}+(?P<names>[^\d\n]+?){_BORDER}*$",
    re.I,
)
_SIDEWAYS_CELLS = rf"(?P<cells>(?:{_BORDER}+[△▲▼+\-−]?\s?\d[\d,]*(?:\.\d+)?%?)+){_BORDER}*$"
_AMOUNT_LINE = re.compile(
    rf"^{_BORDER}*(?P<label>수출액|수입액|수\s?출|수\s?입|금\s?액|실\s?적|exports?|imports?|values?|amounts?)"
    rf"(?:\s?\([^)]*\))?{_SIDEWAYS_CELLS}",
    re.I,
)
_RATE_LINE = re.compile(
    rf"^{_BORDER}*(?:증감률|증감율|증가율|전년\s?(?:동월|동기)?\s?(?:대비|비)(?:\s?증감률)?|{_EN_CHANGE})"
    rf"(?:\s?\([^)]*\))?{_SIDEWAYS_CELLS}",
    re.I,
)
_SIDEWAYS_CELL = re.compile(r"[△▲▼+\-−]?\s?\d[\d,]*(?:\.\d+)?")
_INCLUDED = re.compile(
    r"\(\s?(?:[^()]{0,20}?\s?포함|(?:incl\.?|including)\s[^()]{0,20}|[^()]{1,20}?\s(?:incl\.?|included))\s?\)", re.I
)
_IMPORTS = re.compile(r"수\s?입|import", re.I)


def _sideways_names(names: str, count: int) -> list[str] | None:
    """The `count` partners or items across a sideways header, each as written ("중국(홍콩포함)"), or None
    unless the lexicon names every one of them and nothing else is there."""
    hidden = _INCLUDED.sub(lambda match: " " * len(match.group(0)), names)  # what a partner includes
    found = [m for m in scan(hidden) if m.kind.split(":")[0] in ("region", "item") and not m.kind.endswith("_same")]
    leftover = hidden
    for mention in found:
        leftover = leftover[: mention.start] + " " * (mention.end - mention.start) + leftover[mention.end :]
    if len(found) != count or leftover.strip(" \t|¦│┃"):
        return None
    ends = [mention.start for mention in found[1:]] + [len(names)]
    return [names[mention.start : end].strip(" \t|¦│┃") for mention, end in zip(found, ends, strict=True)]


def _sideways_at(lines: list[str], index: int) -> tuple[list[str], int] | None:
    """A sideways table whose header is `lines[index]`, turned upright ("구분 | 수출액 | 증감률", then a row
    per partner), and the index after it (its box's rules and a unit note right after it are the table's)."""
    head = _SIDEWAYS_HEAD.match(lines[index])
    at = index + 1
    while head and at < len(lines) and _BOX_RULE.match(lines[at]):
        at += 1
    amount = _AMOUNT_LINE.match(lines[at]) if head and at + 1 < len(lines) else None
    rate = _RATE_LINE.match(lines[at + 1]) if amount else None
    if not (head and amount and rate):
        return None
    if _IMPORTS.match(amount["label"]) and not _IMPORTS.search(lines[index - 1] if index else ""):
        return None  # rows read as the caption's flow: "수입액" under a caption that does not say imports
    values = _SIDEWAYS_CELL.findall(amount["cells"])
    changes = _SIDEWAYS_CELL.findall(rate["cells"])
    names = _sideways_names(head["names"], len(values))
    if names is None or len(changes) != len(values):
        return None
    upright = ["구분 | 금액 | 증감률", *(f"{n} | {v} | {c}" for n, v, c in zip(names, values, changes, strict=True))]
    above = next((line for line in reversed(lines[max(0, index - 3) : index]) if not _BOX_RULE.match(line)), "")
    at, unit = at + 2, _scale(above)
    while unit == 1e8 and at < len(lines) and (more := _more_flow_rows(lines, at, names)):
        upright.append(more[0])  # "수입액 | … / 증감률 | …" and "수지 | …" under the exports' pair: a sentence each
        at = more[1]
    while at < len(lines) and _BOX_RULE.match(lines[at]):
        at += 1
    if at < len(lines) and _NOTE_LINE.match(lines[at]):
        upright.append(lines[at])
        at += 1
    return upright, at


_BALANCE_LINE = re.compile(rf"^{_BORDER}*(?P<label>(?:무역\s?)?수\s?지|balance){_SIDEWAYS_CELLS}", re.I)


def _more_flow_rows(lines: list[str], at: int, names: list[str]) -> tuple[str, int] | None:
    """The imports' amount and rate lines or the balance's line at `at`, under a sideways table of exports in 억
    달러, as the sentence a release would write ("수입: 중국 37.4억달러(△9.8%), …"), and the index after them."""
    amount, balance = _AMOUNT_LINE.match(lines[at]), _BALANCE_LINE.match(lines[at])
    if amount and _IMPORTS.match(amount["label"]) and at + 1 < len(lines) and (rate := _RATE_LINE.match(lines[at + 1])):
        values, changes = _SIDEWAYS_CELL.findall(amount["cells"]), _SIDEWAYS_CELL.findall(rate["cells"])
        if len(values) == len(changes) == len(names):
            cells = zip(names, values, changes, strict=True)
            return "수입: " + ", ".join(
                f"{n} {v.replace(' ', '')}억달러({c.replace(' ', '')}%)" for n, v, c in cells
            ) + ".", at + 2
    if balance and len(values := _SIDEWAYS_CELL.findall(balance["cells"])) == len(names):
        return "수지: " + ", ".join(
            f"{n} {v.replace(' ', '')}억달러" for n, v in zip(names, values, strict=True)
        ) + ".", at + 1
    return None


def set_sideways_tables_upright(lines: list[str]) -> list[str]:
    """Every sideways table in a text's lines turned upright, for `spell_out_measure_tables`."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        upright = _sideways_at(lines, index)
        if upright is None:
            out.append(lines[index])
            index += 1
            continue
        while out and _BOX_RULE.match(out[-1]):
            out.pop()  # the box's top rule: the caption is the line above it
        out.extend(upright[0])
        index = upright[1]
    return out


# Every row a table reader takes (a barred or spaced row, a cell set on its own line, a sideways table's amount
# and rate lines) ends in a figure, maybe followed by "%", ")", a border, or a dash for an empty cell; and no row
# is a text's first line (a caption or a header is above it)
_ROW_END = re.compile(r"\d[%)|¦│┃\s]*(?:\s[-–—]\s*)?$", re.M)


def may_hold_a_table(text: str) -> bool:
    """Does a line after the first end as a row does? Prose ends its lines in words and full stops: most
    texts have no such line, and then no table of any kind here, so their lines are not looked at one by one."""
    first_break = text.find("\n")
    return first_break >= 0 and _ROW_END.search(text, first_break + 1) is not None


def spell_out_measure_tables(text: str) -> str:
    """The text with each such table (its caption, header and rows) replaced by one sentence."""
    return spelled_out(text) if may_hold_a_table(text) else text


def spelled_out(text: str) -> str:
    """`spell_out_measure_tables` on any text, without the look for a row first."""
    lines = join_stacked_cells(text).split("\n")
    if _SIDEWAYS_HINT.search(text):
        lines = set_sideways_tables_upright(lines)
    out: list[str] = []
    index = 0
    while index < len(lines):
        header = _HEADER.match(lines[index])
        rows = _rows_after(lines, index, _row_pattern(header)) if header else []
        caption = out[-1] if out else ""
        scale = _scale(f"{caption} {header.group('unit') or ''}") if header else None
        after = index + 1 + len(rows)
        if header and rows and scale is None and not header["period"] and (scale := _note_line_scale(lines, after)):
            del lines[after]  # the unit note after the rows: the table's (a period column's table is `tables.py`'s)
        if header is None and (spelled := _under_unit_caption(lines, index)):
            out.append(spelled[0])
            index = spelled[1]
            continue
        if header is None and (headed := _under_unit_header(lines, index, out[-1] if out else "")):
            out[-1 if headed[2] and out else len(out) :] = [headed[0]]  # "Value (US$ bn) | YoY (%)"
            index = headed[1]
            continue
        if header is None and (spelled := _stacked_over_a_note(lines, index)):
            out.extend((lines[index], spelled[0]))  # as if the note stood above the rows
            index = spelled[1]
            continue
        if not header or not rows or scale is None:
            out.append(lines[index])
            index += 1
            continue
        period = header["period"] or ""  # the amount column named by its period: the caption's period
        labels = _carried_labels(header, rows)
        out[-1:] = [_sentence(f"{caption} {period}" if out else period, rows, scale, labels)]
        index += 1 + len(rows)
    return "\n".join(out)


# a caption that heads a breakdown: under it even one row is a table's ("Destinations (US$ bn, % y-o-y)" over
# "Vietnam 1.83 +18.4")
_HEADING_CAPTION = re.compile(
    r"\s*(?:(?:major|main|top|key)\s)?(?:by\s)?(?:items?|products?|destinations?|markets?|regions?|countries|partners)"
    r"\s*\(",
    re.I,
)


def _under_unit_caption(lines: list[str], index: int) -> tuple[str, int] | None:
    """Rows right under a caption that ends in its unit, as one sentence, and the line after them."""
    if not _unit_caption(lines[index]):
        return None
    scale = _scale(lines[index]) or 0.0
    rows = _rows_after(lines, index)
    if len(rows) >= 2 or (rows and _HEADING_CAPTION.match(lines[index])):
        return _sentence(lines[index], rows, scale), index + 1 + len(rows)
    if len(rows := _rows_after(lines, index, _AMOUNT_ROW)) >= 2:
        return _amounts_sentence(lines[index], rows, scale), index + 1 + len(rows)
    if len(rows := _stacked_rows(lines, index)) >= 2:
        return _sentence(lines[index], rows, scale), index + 1 + 3 * len(rows)  # one cell a line
    return None


def _stacked_over_a_note(lines: list[str], index: int) -> tuple[str, int] | None:
    """Rows one cell a line under a caption with the unit note right after them ("중국(홍콩 포함)" / "67.9" /
    "△11.7" / … / "(단위: 억달러, %)"), as one sentence, and the line after the note."""
    if index + 3 >= len(lines) or not _CELL_LINE.match(lines[index + 2]):
        return None  # (a cheap look first: a label and a cell line under the caption)
    rows = _stacked_rows(lines, index)
    after = index + 1 + 3 * len(rows)
    if len(rows) < 2 or not (scale := _note_line_scale(lines, after)):
        return None
    return _sentence(lines[after], rows, scale), after + 1


# a header of only the amount column, its unit in it, and the change column, after the table's caption or none:
# "EXPORTS BY ITEM   Value (US$ bn)   YoY (%)"
_UNIT_HEADER = re.compile(
    r"^(?P<caption>[^\d|()]{0,60}?)\s?(?:values?|amounts?|exports|imports|금액|수출액|수입액)\s?"
    rf"\((?P<unit>[^()]{{2,20}})\)\s?(?:{_EN_CHANGE}|증감률|증감율|증가율)(?:\s?\([^()]{{0,10}}\))?\s*$",
    re.I,
)


def _under_unit_header(lines: list[str], index: int, caption: str) -> tuple[str, int, bool] | None:
    """Rows under a header that names only the amount column with its unit and the change column, as one
    sentence; the line after them; and whether the caption above was the table's (the header had none)."""
    line = lines[index]
    if "(" not in line or (header := _UNIT_HEADER.match(line)) is None:
        return None
    scale = _scale(header["unit"])
    rows = _rows_after(lines, index)
    if scale is None or len(rows) < 2:
        return None
    own = header["caption"].strip()
    cut = _after_the_flows(rows)  # item rows under "Imports" and "Balance" are exports: a line of their own
    parts = [rows[:cut], rows[cut:]] if 0 < cut < len(rows) else [rows]
    spelled = "\n".join(_sentence(own or caption, part, scale) for part in parts)
    return spelled, index + 1 + len(rows), not own


_FLOW_LABEL = re.compile(r"exports?|imports?|balance|surplus|deficit|수\s?출|수\s?입|수\s?지|흑자|적자", re.I)


def _after_the_flows(rows: list[re.Match[str]]) -> int:
    """Where the rows that name a flow (exports, imports, balance) end and the items or partners begin."""
    for at, row in enumerate(rows):
        if not _FLOW_LABEL.search(row.group("label")):
            return at
    return len(rows)


# a line that is only a unit note: "(단위: 억달러, 전년동월대비 %)"
_NOTE_LINE = re.compile(r"^\s*[(\[]\s?(?:단\s?위|unit)\s?[:：][^()\[\]]{1,40}[)\]]\s*$", re.I)


def _note_line_scale(lines: list[str], at: int) -> float | None:
    if at >= len(lines) or not _NOTE_LINE.match(lines[at]):
        return None
    if at + 1 < len(lines) and (_HEADER.match(lines[at + 1]) or _STACKED_LABEL.match(lines[at + 1])):
        return None  # the note of the table that follows
    return _scale(lines[at])


def _row_pattern(header: re.Match[str]) -> re.Pattern[str]:
    if not header["second"] and not header["main"]:
        return _ROW_WITH_SHARE if header["share"] else _ROW
    return _row_pattern_of(bool(header["second"]), bool(header["share"]), bool(header["main"]))


_CELL_LINE = re.compile(r"^\s*[△▲▼+\-−]?\s?\d[\d,]*(?:\.\d+)?\s*%?\s*$")


def _stacked_rows(lines: list[str], caption: int) -> list[re.Match[str]]:
    """Rows flattened one cell a line under a caption: a label, its amount, its change, again and again."""
    rows: list[re.Match[str]] = []
    at = caption + 1
    while (
        at + 2 < len(lines)
        and not _CELL_LINE.match(lines[at])
        and all(_CELL_LINE.match(lines[at + offset]) for offset in (1, 2))
    ):
        row = _ROW.match(f"{lines[at].strip()}  {lines[at + 1].strip()}  {lines[at + 2].strip()}")
        if row is None:
            break
        rows.append(row)
        at += 3
    return rows


def _rows_after(lines: list[str], header: int, pattern: re.Pattern[str] = _ROW) -> list[re.Match[str]]:
    rows: list[re.Match[str]] = []
    for line in lines[header + 1 :]:
        row = pattern.match(line) or (_balance_row(line) if pattern is not _AMOUNT_ROW else None)
        if row is None:
            break
        rows.append(row)
    return rows


# "ICT balance   5.69" among rows of an amount and a change: a balance has no year-on-year change to give
_BALANCE_LABEL = re.compile(r"balance|surplus|deficit|수지|흑자|적자", re.I)


_EMPTY_CELL = re.compile(r"\s[-–—]\s*$")  # "Balance  9.29  -": a dash for a change the row has none of


def _balance_row(line: str) -> re.Match[str] | None:
    row = _AMOUNT_ROW.match(_EMPTY_CELL.sub("", line) if line.endswith(("-", "–", "—", " ")) else line)
    return row if row is not None and _BALANCE_LABEL.search(row.group("label")) else None


def _scale(note: str) -> float | None:
    return next((scale for pattern, scale in _SCALES if pattern.search(note)), None)


# a row labelled "US" is the partner: written before "$1.84 billion" it would read as the currency "US$"
# (`normalise` spells a listed "US $" out the same way, but these sentences are written after it)
_US_LABEL = re.compile(r"\bUS$")


def _label(row: re.Match[str]) -> str:
    return _US_LABEL.sub("U.S.", _BAR.sub(" ", row.group("label").strip()))


_BAR = re.compile(r"\s*\|\s*")
_FIRST_KIND = {"region": ("region",), "item": ("item", "ctxitem")}


def _carried_labels(header: re.Match[str], rows: list[re.Match[str]]) -> list[str] | None:
    """Labels under two label columns, partner and item ("국가 | 품목"): a row that leaves the first one out
    ("디스플레이  15.8  △3.3" under "중국  반도체 …") takes it from the row above, as a merged cell does."""
    if not header["second"]:
        return None
    kinds = _FIRST_KIND["item" if header["first"].startswith(("품", "item", "Item", "prod", "Prod")) else "region"]
    labels: list[str] = []
    carried = ""
    for row in rows:
        label = _label(row)
        named = [m for m in scan(label) if m.kind.split(":")[0] in kinds and not m.kind.endswith(":_same")]
        if named:
            carried = label[named[0].start : named[0].end]
        elif carried:
            label = f"{carried} {label}"
        labels.append(label)
    return labels


def _sentence(caption: str, rows: list[re.Match[str]], scale: float, labels: list[str] | None = None) -> str:
    korean = bool(_HANGUL.search(caption) or any(_HANGUL.search(row.group("label")) for row in rows))
    cells = []
    for at, row in enumerate(rows):
        label = labels[at] if labels else _label(row)
        usd = float(row.group("amount").replace(",", "")) * scale
        amount = f"{usd / 1e8:g}억달러" if korean else f"${usd / 1e9:g} billion"
        if "change" not in row.re.groupindex:  # a balance row: its amount alone, a deficit signed
            cells.append(f"{label} {'-' if row['open'] or row['sign'] else ''}{amount}")
            continue
        sign = "-" if row.group("sign") in ("△", "▼", "-", "−") else "+"  # a bare change would take a sign nearby
        cells.append(f"{label} {amount}({sign}{row.group('change')}%)")
        if "item" in row.re.groupindex:  # the row's main item: the partner's exports of it
            cells.append(_main_item(row, label, scale, korean))
    lead = _NOTE.sub("", caption).strip(" :")
    return f"{lead}: {', '.join(cells)}." if lead else f"{', '.join(cells)}."


def _main_item(row: re.Match[str], label: str, scale: float, korean: bool) -> str:
    usd = float(row.group("item_amount").replace(",", "")) * scale
    amount = f"{usd / 1e8:g}억달러" if korean else f"${usd / 1e9:g} billion"
    sign = "-" if row.group("item_sign") in ("△", "▼", "-", "−") else "+"
    return f"{label} {row.group('item').strip()} {amount}({sign}{row.group('item_change')}%)"


def _amounts_sentence(caption: str, rows: list[re.Match[str]], scale: float) -> str:
    """'Trade balance by partner (US$ billion)' over rows of one amount each, written out as a list."""
    korean = bool(_HANGUL.search(caption) or any(_HANGUL.search(row.group("label")) for row in rows))
    cells = []
    for row in rows:
        usd = float(row.group("amount").replace(",", "")) * scale
        minus = "-" if row.group("open") or row.group("sign") else ""
        amount = f"{minus}{usd / 1e8:g}억달러" if korean else f"{minus}${usd / 1e9:g} billion"
        cells.append(f"{_label(row)} {amount}")
    lead = _NOTE.sub("", _UNIT_CAPTION.sub("", caption)).strip(" :")
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


# A trend graphic flattened to text: periods across one line, values under them, changes under those
# ("2023.3 | 2023.9 | 2024.3" / "158.0 | 172.3 | 189.3" / "-28.0 | -13.2 | 19.8"), or each period with its value
# ("2019.5월 155.4 / 2020.3월 159.2 / …") and a line of changes ("전년동월비 -8.7 / 2.0 / …")
_PERIOD_TOKEN = (
    r"(?:(?:19|20)\d{2}\.\s?\d{1,2}월?|'\d{2}\.\d{1,2}월|(?:19|20)\d{2}년\s?\d{1,2}월"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{2})"  # a broker's "Jun-19"
)
_CELL = r"[-−△+]?\d[\d,]*(?:\.\d+)?"
_OWN_CHANGE = r"\s?\(\s?(?P<change>[-−+]?\d+(?:\.\d+)?)\s?%?\s?\)"  # "15.52 (-21.9%)": the value's change
_TREND_SEP = r"\s*[|/]\s*|\s+"
_TREND_HEAD = re.compile(rf"^\s*(?:{_PERIOD_TOKEN})(?:(?:{_TREND_SEP})(?:{_PERIOD_TOKEN})){{2,}}\s*$")
_OPTIONAL_CHANGE = _OWN_CHANGE.replace("?P<change>", "?:")
_TREND_PAIRS = re.compile(
    rf"^\s*{_PERIOD_TOKEN}\s+{_CELL}(?:{_OPTIONAL_CHANGE})?"
    rf"(?:(?:{_TREND_SEP}){_PERIOD_TOKEN}\s+{_CELL}(?:{_OPTIONAL_CHANGE})?){{2,}}\s*$"
)
_CELLS = re.compile(rf"^\s*(?P<label>[^\d|/+\-−△]{{0,12}}?)\s*(?P<cells>{_CELL}(?:(?:{_TREND_SEP}){_CELL})+)\s*$")
_TREND_HINT = guarded(  # behind a look-ahead for its first characters: `re` would try it at every position
    re.compile(rf"{_PERIOD_TOKEN}(?:\s+{_CELL}(?:{_OPTIONAL_CHANGE})?)?(?:{_TREND_SEP}){_PERIOD_TOKEN}")
)  # two periods in a row: the cheap gate
_CHANGE_LABEL = re.compile(r"^(?:전년\s?동월\s?(?:비|대비)|증감률|증감율|증감|yoy|y/y|change|%)?$", re.I)
_ICT_EXPORTS = re.compile(r"(?:ICT|IT|정보통신)[^\n]{0,20}?(?:수출|exports?)", re.I)
_TREND_UNITS = (
    (re.compile(r"억\s?(?:달러|불)|US\$\s?100\s?million", re.I), "(단위: 억달러)"),
    (re.compile(r"US\$\s?(?:bn|billion)|\$\s?billion|billion\s(?:dollars|USD)", re.I), "(unit: US$ billion)"),
    (re.compile(r"백만\s?(?:달러|불)|US\$\s?(?:mn|million)", re.I), "(unit: US$ million)"),
)


def header_the_trend_rows(text: str) -> str:
    """A trend graphic's lines as the flattened table `tables.py` reads, when a caption above names ICT
    exports and a unit (otherwise the rows stay as they are: their subject or scale would be a guess)."""
    if "\n" not in text or not _TREND_HINT.search(text):
        return text
    lines = text.split("\n")
    for index in range(1, len(lines)):
        periods, values = _trend_periods_and_values(lines[index], lines[index + 1 : index + 2])
        if not periods:
            continue
        caption = " ".join(lines[max(0, index - 2) : index])
        unit = next((note for pattern, note in _TREND_UNITS if pattern.search(caption)), None)
        if unit is None or not _ICT_EXPORTS.search(caption):
            continue
        used = 1 if _TREND_PAIRS.match(lines[index]) else 2
        changes = _inline_changes(lines[index]) or _changes(lines[index + used : index + used + 1], len(periods))
        cells = [
            f"{value}({'+' if not change.startswith(('-', '−', '△')) else ''}{change}%)" if change else value
            for value, change in zip(values, changes or [""] * len(values), strict=True)
        ]
        table = [unit, " | ".join(["구분", *periods]), " | ".join(["ICT 수출", *cells])]
        return "\n".join([*lines[:index], *table, *lines[index + used + (1 if changes else 0) :]])
    return text


def _trend_periods_and_values(line: str, below: list[str]) -> tuple[list[str], list[str]]:
    if _TREND_PAIRS.match(line):
        pairs = re.findall(rf"({_PERIOD_TOKEN})\s+({_CELL})", line)
        return [_header_period(p) for p, _ in pairs], [v for _, v in pairs]
    if not _TREND_HEAD.match(line) or not below:
        return [], []
    periods = [_header_period(p) for p in re.findall(_PERIOD_TOKEN, line)]
    row = _CELLS.match(below[0])
    values = re.split(_TREND_SEP, row.group("cells").strip()) if row and not row.group("label").strip() else []
    return (periods, values) if len(values) == len(periods) else ([], [])


def _inline_changes(line: str) -> list[str]:
    """The changes written in parentheses after each value of a line of pairs, when every value has one."""
    found = re.findall(rf"{_PERIOD_TOKEN}\s+{_CELL}{_OWN_CHANGE}", line)
    pairs = re.findall(rf"{_PERIOD_TOKEN}\s+{_CELL}", line)
    return [change.replace("−", "-").lstrip("+") for change in found] if found and len(found) == len(pairs) else []


def _changes(lines: list[str], count: int) -> list[str]:
    row = _CELLS.match(lines[0]) if lines else None
    if row is None or not _CHANGE_LABEL.match(row.group("label").strip()):
        return []
    cells = re.split(_TREND_SEP, row.group("cells").strip())
    return [cell.replace("△", "-").replace("−", "-") for cell in cells] if len(cells) == count else []


def _header_period(token: str) -> str:
    """ "2023.3" as the "2023.3월" a table header reads."""
    token = re.sub(r"\s", "", token)
    return token if token.endswith("월") or token[0].isalpha() else f"{token}월"  # ("Jun-19" as written)


# A one-period table by flow: "국가 │ 수출 │ 증감률 │ 수입 │ 증감률 │ 수지", or "국 가 │ 수 출 │ 수 입" over
# "│ 금액 │ 증감률 │ 금액 │ 증감률", rows of a partner or an item with an amount (and a change) per flow, under a
# caption that names the period and the unit ("< 국가별 ICT 수출입 (2015년) > (단위: 억불, %)")
# (a flow's amount column may say so: "수출 금액", "수출액", "Export amount")
_FLOW_TOKEN = re.compile(
    r"^(?:(?:수\s?출|수\s?입)(?:\s?(?:금\s?액|액))?|수\s?지|(?:exports?|imports?)(?:\s(?:amount|value))?|balance)$",
    re.I,
)
_CHANGE_TOKEN = re.compile(
    r"^(?:증감률|증감율|증감|증가율|yoy|y/y|y-o-y|change|%|전년\s?(?:동월|동기|동분기)?\s?대비)(?:\s?\(%\))?$", re.I
)
_AMOUNT_TOKEN = re.compile(r"^(?:금\s?액|amount|value)$", re.I)
# the corner cell over the rows' labels: partners, items, or periods ("월 | 수출 | 수입" over "10월 | 141.2 | 72.5")
_CORNER = (
    r"국\s?가|지\s?역|품\s?목|구\s?분|월\s?별?|연\s?도\s?별?|기\s?간|countr(?:y|ies)|regions?|items?|months?|periods?"
)
_LABEL_TOKEN = re.compile(rf"^(?:{_CORNER})$", re.I)
_NUMBER_CELL = re.compile(rf"^{_CELL}$")
_FLOW_HEADER_HINT = re.compile(rf"(?m)^[ \t|│¦┃]*(?:{_CORNER})[ \t|│¦┃]+(?:수\s?[출입]|exports?|imports?)", re.I)
_CAPTION_PERIOD = re.compile(
    r"(?:(?:19|20)\d{2}년\s?)?(?:\d{1,2}월|[1-4](?:/4)?\s?분기|[상하]반기)|(?:19|20)\d{2}년|\d{1,2}월"
)


_ALL_GOODS = re.compile(r"전\s?산업|전체\s?산업|총\s?수출|all[\s-]industr|overall\s(?:exports|trade)", re.I)


def spell_out_flow_tables(text: str) -> str:
    """Such a table as the sentences a release would write ("2015년 중국 수출은 1000.2억달러(-1.6%)이다.", one per
    flow and row), when the lines above give the unit; the period is the caption's."""
    if not _FLOW_HEADER_HINT.search(text):
        return text
    lines = text.split("\n")
    for index in range(1, len(lines) - 1):
        if not _FLOW_HEADER_HINT.match(lines[index]):
            continue
        columns, used = _flow_columns(lines, index)
        if not columns:
            continue
        caption = " ".join(lines[max(0, index - 2) : index])
        scale = _scale(caption)
        rows = _flow_rows(lines[index + used :], len(columns))
        if scale is None or not rows or (_ALL_GOODS.search(caption) and any(label[0].isdigit() for label, _ in rows)):
            continue  # (periods' rows under an all-industry caption are all goods' trade)
        period = _CAPTION_PERIOD.search(lines[index - 1]) or _CAPTION_PERIOD.search(caption)
        lead = period.group(0) if period else ""
        sentences = [
            _flow_sentence(lead, label, flow, cells[at], cells[at + 1] if changed else "", scale)
            for label, cells in rows
            for at, (flow, changed) in _amount_columns(columns)
        ]
        return "\n".join([*lines[:index], *sentences, *lines[index + used + len(rows) :]])
    return text


def _tokens(line: str) -> list[str]:
    """A header line's words: split at bars, or at spaces (the parser's text has single spaces), with the
    syllables of a spaced-out word joined again ("국 가 수 출" -> "국가", "수출")."""
    parts = re.split(r"[ \t]*[|│¦┃][ \t]*" if re.search(r"[|│¦┃]", line) else r"\s+", line.strip())
    joined: list[str] = []
    for part in (p for p in parts if p):
        if joined and len(part) == 1 and len(joined[-1]) == 1 and "가" <= part <= "힣":
            joined[-1] += part
        else:
            joined.append(part)
    return joined


def _flow_columns(lines: list[str], index: int) -> tuple[list[tuple[str, str]], int]:
    """The header's columns as (flow, "amount" | "change"), and how many lines it takes."""
    tokens = _tokens(lines[index])
    if len(tokens) < 3 or not _LABEL_TOKEN.match(tokens[0]) or not _FLOW_TOKEN.match(tokens[1]):
        return [], 0
    columns: list[tuple[str, str]] = []
    for token in tokens[1:]:
        if _FLOW_TOKEN.match(token):
            columns.append((_flow_word(token), "amount"))
        elif _CHANGE_TOKEN.match(token) and columns:
            columns.append((columns[-1][0], "change"))
        else:
            return [], 0
    below = _tokens(lines[index + 1])
    if (
        all(kind == "amount" for _, kind in columns)
        and below
        and all(_AMOUNT_TOKEN.match(t) or _CHANGE_TOKEN.match(t) for t in below)
    ):
        flows = iter(flow for flow, _ in columns)
        columns = []
        for token in below:
            if _AMOUNT_TOKEN.match(token):
                columns.append((next(flows, ""), "amount"))
            elif columns:
                columns.append((columns[-1][0], "change"))
        return ([], 0) if any(not flow for flow, _ in columns) else (columns, 2)
    return columns, 1


_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")


def _flow_rows(lines: list[str], count: int) -> list[tuple[str, list[str]]]:
    rows: list[tuple[str, list[str]]] = []
    for line in lines:
        tokens = [token for token in re.split(r"[ \t]*[|│¦┃][ \t]*|\s+", line.strip()) if token]
        cells, label = tokens[-count:], " ".join(tokens[:-count])
        if len(tokens) <= count or not all(_NUMBER_CELL.match(t) for t in cells) or not label:
            break
        if _BARE_YEAR.fullmatch(label):
            label = f"{label}년"  # "2012 | 1,552.4 | 796.5" under "연도 | 수출 | 수입": the year's row
        if label[0].isdigit() and not _CAPTION_PERIOD.fullmatch(label):
            break  # (a row of a period, "4월 | 152.4 | 3.1 | …", is the caption's subject in that period)
        rows.append((label.rstrip("*").strip(), cells))
    return rows


def _amount_columns(columns: list[tuple[str, str]]) -> list[tuple[int, tuple[str, bool]]]:
    return [
        (at, (flow, at + 1 < len(columns) and columns[at + 1] == (flow, "change")))
        for at, (flow, kind) in enumerate(columns)
        if kind == "amount"
    ]


def _flow_sentence(lead: str, label: str, flow: str, amount: str, change: str, scale: float) -> str:
    value = float(_signed(amount).replace(",", "")) * scale / 1e8
    if flow == "수지":
        return f"{lead} {label} 무역수지는 {abs(value):g}억달러 {'적자' if value < 0 else '흑자'}이다."
    rate = f"({_signed(change)}%)" if change else ""
    return f"{lead} {label} {flow}은 {value:g}억달러{rate}이다."


def _flow_word(header: str) -> str:
    word = re.sub(r"\s|금액$|액$|amount$|value$", "", re.sub(r"\s", "", header).lower())
    return {
        "수출": "수출",
        "exports": "수출",
        "export": "수출",
        "수입": "수입",
        "imports": "수입",
        "import": "수입",
    }.get(word, "수지")


def _signed(change: str) -> str:
    return change.replace("△", "-").replace("−", "-")
