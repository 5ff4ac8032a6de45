"""Flattened tables: a header row of periods, then rows of a label and one cell per column.

Ministry releases carry their key figures in tables, and after HTML, HWP or PDF extraction a table is
text: "구분 | '23.9월 | '24.9월P" then "수출 | 188.1(4.1%↑) | 204.7(8.8%↑)" and "(단위: 억불)", tab- or
space-aligned, or glued onto one line. The sentence reader has no columns: it would give a row's first
percentage to the last period named. This stage finds such tables before the prose is read, so that
`without_tables` can take them out of it, and reads their grid; `table_facts` turns the grid into figures.

- A header is a run of columns: periods ('16.8월, 2024.9월, 2024년 9월, 1~9월, 상반기, 3Q, Sep. 2024), changes
  (증감률, YoY (%)) and columns nothing is read from (비중, 전월비). It stands at the start of its line, after a
  label heading (구분, Item) or after a unit note, and holds at least one period and two columns.
- A row is a label of words and exactly one cell per column ("143.7(4.9%↑)", "△1.6", "-"); the first row
  that does not fit ends the table.
- The unit note ("(단위: 억달러, %)", "(Unit: USD 100 million)") may stand on the line before the header, in
  the header's line or right after the last row; a note after the rows that is followed by another header
  is that header's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from scraper.parser import numbers
from scraper.parser.casefold import case_folded, caseless
from scraper.parser.periods import MONTHS, Period, PeriodSpec, resolve

_SEP = re.compile(r"[\s|¦│┃]*")
_END = r"(?=[\s|¦│┃]|$)"
_M1 = r"(?P<m1>1[0-2]|0?[1-9])(?:\s?[~∼\-–]\s?(?P<m2>1[0-2]|0?[1-9]))?"
_YEAR = r"(?:['’‘]\s?(?P<y2>\d{2})|(?P<y4>(?:19|20)\d{2}))"
_YEAR_EN = r"(?:['’‘]?(?P<y2>\d{2})|(?P<y4>(?:19|20)\d{2}))"
_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_PERIODS = (
    rf"(?:['’‘]?\s?(?P<y2>\d{{2}})|(?P<y4>(?:19|20)\d{{2}}))\s?(?:\.|년)\s?{_M1}\s?월",  # '16.8월, 2024년 1~9월
    r"(?:['’‘]\s?(?P<y2>\d{2})|(?P<y4>(?:19|20)\d{2}))\.\s?(?:(?P<q>[1-4])Q|Q(?P<q2>[1-4]))",  # '13.3Q
    rf"['’‘]\s?(?P<y2>\d{{2}})\.{_M1}",  # '23.9
    rf"(?P<y4>(?:19|20)\d{{2}})\.{_M1}(?=[\s|¦│┃]|$)",  # 2019.3
    rf"{_M1}\s?월",  # 9월, 1~9월: the year from the publication date
    rf"(?:{_YEAR}\s?[년.]?\s?)?(?P<half>[상하])\s?반기",
    rf"(?:{_YEAR}\s?[년.]?\s?)?(?P<q>[1-4])\s?(?:/4\s?)?분기",  # '20.1분기, 2024년 1분기
    rf"(?:{_YEAR}\s?\.\s?)?(?P<q>[1-4])\s?/\s?4(?![\d/])",  # an HWP table's '11.1/4, 2/4
    r"(?P<y2>\d{2})\.(?P<q>[1-4])Q",  # 17.1Q
    # the report's month, a year before, its year, its running total
    r"(?P<this>당\s?월|this\smonth|monthly)|(?P<last>전년\s?동월)|(?P<annual>연\s?간)"
    r"|(?P<cum>누\s?계|누\s?적|year[\s-]to[\s-]date|YTD|cumulative)",
    rf"(?:(?P<q>[1-4])Q|Q(?P<q2>[1-4]))(?:\s?{_YEAR_EN})?",  # 3Q, 3Q24, Q3 2024
    rf"{_YEAR_EN}\s?(?:(?P<q>[1-4])Q|Q(?P<q2>[1-4]))",  # 2024 3Q
    rf"(?:(?P<h>[12])H|H(?P<h2>[12]))(?:\s?{_YEAR_EN})?",  # 1H 2024, H1
    rf"(?P<mon>{_MONTH_WORD})\.?(?:\s?[\s\-]\s?|\s?)(?:['’‘]?(?P<y2>\d{{2}})|(?P<y4>(?:19|20)\d{{2}}))",  # Sep. 2024
    rf"(?P<mon>{_MONTH_WORD})\.?\s?[-–~]\s?(?P<mon2>{_MONTH_WORD})\.?(?:\s?{_YEAR_EN})?",  # Jan.-Sep. 2024, Jan-Aug
    rf"(?P<mon>{_MONTH_WORD})\.?",  # Jun.: the year from the publication date, as "9월"
    r"(?P<y4>(?:19|20)\d{2})\s?년?",  # a year
    r"['’‘](?P<y2>\d{2})\s?년?",
)
_PROVISIONAL = (  # "'17.8월P", "Sep. 2024 (p)", "'24년*"; a quarter's months glossed after it, "3분기(7~9월)"
    rf"(?:\s?\(\s?\d{{1,2}}\s?[~∼\-–]\s?\d{{1,2}}\s?월\s?\))?(?:\s?(?:누계|누적))?(?:\s?\(?[Pp]\)?|\*{{1,2}})?{_END}"
)  # "'17.8월P", "Sep. 2024 (p)", "'24년*"
PERIOD_PATTERNS = tuple(re.compile(rf"(?:{pattern}){_PROVISIONAL}", re.I) for pattern in _PERIODS)
# where a header may start: any period, at a token boundary (named groups dropped to join them); the
# look-ahead of first characters lets most positions fail at once (it halves the time of the scan)
HEADER_START = re.compile(
    r"(?=[\d'’‘상하당전연누QqHhJjFfMmAaSsOoNnDdTtYyCc])(?<![\w.,'’‘])(?:"
    + "|".join(re.sub(r"\(\?P<\w+>", "(?:", p) for p in _PERIODS)
    + rf"){_PROVISIONAL}",
    re.I,
)

# The same search without IGNORECASE (which costs `re` its fast scan for possible first characters), on
# the text case-folded as IGNORECASE folds it: the same positions.
_HEADER_START_FOLDED = caseless(HEADER_START)[0]

_PCT_SUFFIX = r"(?:\s?\(\s?%\s?\))?"
SKIP_COLUMN = re.compile(
    r"(?:비중|점유율|share|전월\s?(?:대비|비)(?:\s?증감률?)?|MoM|m-o-m|기여도|contribution|순위|rank|증감액|차이"
    r"|difference|증감\s?\(\s?%\s?p\s?\)|%\s?p|증감\s?\(\s?(?:억|백만|천)?\s?(?:달러|불|\$)\s?\))"
    rf"{_PCT_SUFFIX}{_END}",
    re.I,
)
CHANGE_COLUMN = re.compile(
    r"(?P<word>전년\s?(?:동월|동기|동분기|같은\s?달)?\s?(?:대비|비)(?:\s?증감률?|\s?증가율)?|YoY(?:\s(?:change|growth))?"
    r"|y-o-y|y/y|year[\s-]on[\s-]year(?:\s(?:change|growth))?|증감률|증감율|증가율|growth\srate|%\s?change|증감|change"
    # "증감률(연간)": the change of the year, a column only after the year's own ("연간 | 증감률(연간)")
    rf"|growth|%)(?:\s?\(\s?(?P<of>연\s?간|annual|yearly|full[\s-]year)\s?\))?{_PCT_SUFFIX}{_END}",
    re.I,
)
AMOUNT_COLUMN = re.compile(rf"(?:금액|수출액|수입액|실적|Value|Amount){_END}", re.I)
_CELL_UNIT = re.compile(rf"\s?\(\s?(?:억|백만)\s?(?:달러|불)\s?\){_END}")
_HEADER_NOISE = re.compile(rf"\(\s?%\s?\)|\(\s?[Pp]\s?\){_END}")
YOY_WORDS = re.compile(r"전년|yoy|y-o-y|y/y|year", re.I)
RATE_WORDS = re.compile(r"증감률|증감율|증가율|growth\srate", re.I)

NOTE = re.compile(
    r"[(\[<〈［]\s*(?:단\s?위|unit)\s*[:：]?\s*(?P<body>[^()\[\]<>〈〉［］\n]{1,40})[)\]>〉］]"
    # "(억 달러, %)", and with what the % is: "(억 달러, 괄호 안은 전년 동월 대비 증감률 %)"
    r"|\(\s*(?P<short>(?:억|백만|천만|십억|만|천)\s?(?:달러|불)(?:\s?,\s?(?:[^()\n%]{1,30}\s)?%)?"
    # "($0.1B, %, compared to the same month of the last year)": a tenth of a billion, what the % is after it
    r"|(?:US\s?\$|USD|\$)\s?0\.1\s?B(?:n|illion)?(?:\s?,\s?%)?(?:\s?,\s?[^()\n\d]{1,60})?"
    r"|(?:US\s?\$|USD|\$)\s?(?:100\s)?(?:billions?|bn|millions?|mn)"  # "(US$ billion, %)", "(USD billion, y-o-y %)"
    r"(?:\s?[,;]\s?(?:(?:y-o-y|yoy|y/y|change)\s)?%(?:\s(?:y-o-y|yoy|y/y|change))?)?"  # "(US$ bn, % y/y)"
    r"|in\s(?:(?:US\s?)?\$\s?)?(?:billions?|millions?)(?:\sof\s(?:US\s)?dollars)?(?:\s?[,;]\s?%)?"
    r"|in\s(?:billion|million)\s(?:US\s)?dollars)\s*\)",  # "(in billions of dollars)", "(in billion dollars)"
    re.I,
)
_DOLLARS = r"(?:of\s)?(?:US\s)?(?:dollars|USD)"
_PREFIX = r"(?:US\s?\$|USD|\$)\s?"
_SCALES = (
    (rf"십억\s?(?:달러|불)|{_PREFIX}(?:1\s)?(?:billions?|bn|bil\.?)(?!\w)|(?:billions?|bn)\s{_DOLLARS}", 1e9),
    (r"천만\s?(?:달러|불)", 1e7),
    (rf"{_PREFIX}0\.1\s?B(?:n|illion)?(?!\w)", 1e8),  # "$0.1B": a tenth of a billion
    (rf"{_PREFIX}100\s?(?:millions?|mn|mil\.?)(?!\w)|100\s?millions?\s{_DOLLARS}", 1e8),
    (rf"백만\s?(?:달러|불)|{_PREFIX}(?:1\s)?(?:millions?|mn|mil\.?)(?!\w)|millions?\s{_DOLLARS}", 1e6),
    (r"억\s?(?:달러|불|\$)", 1e8),
    (r"만\s?(?:달러|불)", 1e4),
    (rf"천\s?(?:달러|불)|{_PREFIX}(?:1\s)?thousands?|thousands?\s{_DOLLARS}", 1e3),
)
SCALES = tuple((re.compile(pattern, re.I), scale) for pattern, scale in _SCALES)
_NOT_DOLLARS = re.compile(r"원|won|KRW|엔|yen|위안|yuan|euro|유로", re.I)

CELL = re.compile(
    # (the releases' "(-)7.5" too; a dash set apart, "- 331.1", is an empty cell before a number)
    r"(?P<sign>\(\s?[-−]\s?\)\s?|[△▽▼▲+]\s?|[\-−–])?"
    # an amount in 억 and 만, "184억3000만달러", is one cell in 억
    r"(?:(?P<eok>\d{1,5})\s?억\s?(?P<man>\d{1,4}|\d,\d{3})\s?만\s?(?:불|달러)"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<pct>\s?%)|(?P<unit>\s?(?:억|백만)\s?(?:불|달러)))?)(?P<arrow>\s?[↑↓])?"
    r"(?P<balance>\s(?:흑자|적자))?"  # "78억달러 흑자 | 41.1억달러 흑자": a balance's cells say which way
    r"(?:\s?\(\s?(?P<csign>[△▽▼▲+\-−–])?\s?(?P<cnum>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<cpct>%)?"
    rf"\s?(?P<carrow>[↑↓▲▼])?\s?\))?(?:\*{{1,2}}|주\s?\d\))?{_END}"  # a footnote's mark: "171.9*", "74.4주1)"
)
EMPTY_CELL = re.compile(rf"(?:-|–|—|n\.?a\.?|N/A|…|\.{{3}}|0\.0\(-\)){_END}", re.I)
_WORD = re.compile(r"[^\s|¦│┃]+")
LEAD_LABEL = re.compile(
    r"(?:구\s{0,3}분|항\s{0,3}목|품\s{0,3}목(?:별)?|지\s{0,3}역(?:별)?|국\s{0,3}가(?:별)?|Items?|Category|Categories"
    r"|Classification|Division"
    r"|Regions?|Countr(?:y|ies)|Products?|Destinations?|Markets?|Partners?|Origins?|Months?|Periods?"
    r"|(?:ICT\s?)?(?:수출|수입|Exports?|Imports?))$",
    re.I,
)
NEXT_HEADER = re.compile(
    r"[\s|]*(?:구\s{0,3}분|항\s{0,3}목|품\s{0,3}목|Items?\b|Category|Classification|Division)", re.I
)
_NEGATIVE = {*"△▽▼-−–↓", "(-)", "(−)", "( - )", "(- )", "( -)"}
MAX_LABEL_WORDS = 8
MAX_LEAD = 200  # characters before a header that may hold its caption, label heading and unit note
CLOSED_SENTENCE = re.compile(r"(?:[.!?]|[다요음임함]\.?)\s*$")  # a line of prose above a table is no caption


@dataclass(frozen=True)
class Column:
    kind: str  # "period" | "change" | "skip"
    period: Period | None = None
    wording: str = ""  # a change column's: "yoy" (전년 대비, YoY), "rate" (증감률) or "generic" (증감, %)
    flow: str | None = None  # a period column that names its flow ("9월 수출", "Mar 2019 exports")


@dataclass(frozen=True)
class Cell:
    """One cell as written: a number, and a change in parentheses after it ("143.7(4.9%↑)")."""

    number: float | None
    text: str  # the digits of the number, for its precision
    percent: bool = False  # the number itself carries a % sign
    change: float | None = None
    change_text: str = ""
    change_marked: bool = False  # the change carries a sign or an arrow
    scale: float | None = None  # a unit written in the cell ("143.7억불") outranks the table's note


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[Cell, ...]
    text: str


@dataclass(frozen=True)
class Table:
    start: int  # the span taken out of the prose
    end: int
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    scale: float | None  # dollars per unit of a cell, from the unit note
    caption: str  # the words before the header on its line and the line above


# a unit note set on a line of its own without brackets ("Unit: US$ million, %", "단위: 억 달러"): a table's
# note all the same, so it is bracketed the way the stages after it read notes
_BARE_NOTE_LINE = re.compile(
    r"(?im)^[ \t]*(?P<note>(?:단[ \t]?위|unit)[ \t]?[:：][ \t]?"
    r"(?=[^\n]{0,30}(?:달러|불|\$|USD|dollar|million|billion))[^()\[\]<>\n]{1,50}?)[ \t]*$"
)


def bracket_bare_unit_lines(text: str) -> str:
    """A bare unit line, "Unit: US$ million, %", is read as the note "(Unit: US$ million, %)"."""
    if "위" not in text and "nit" not in text and "NIT" not in text:
        return text
    return _BARE_NOTE_LINE.sub(r"(\g<note>)", text)


# "수출 / 220.7 / 13.7 / 1,172.6 / 8.0": a row whose cells are set apart by spaced slashes, each one word, after a
# label with no figure (not a trend's "전년동월비 -8.7 / 2.0 / -14.4", read with the line of periods above it)
# "(단위: 억 달러, %, ( )는 감소)": a note that writes decreases in parentheses; the rows under it, to the first
# line of prose, mean "(3.9)" as "△3.9"
_PARENTHESES_ARE_DECREASES = re.compile(r"\(\s?\)\s?(?:는|은|:)?\s?(?:감소|마이너스|decrease|negative)", re.I)
_BARE_IN_PARENTHESES = re.compile(r"(?<=[\s|¦│┃])\((\d[\d,]*(?:\.\d+)?)\)(?=[\s|¦│┃]|$)")


def decreases_in_parentheses(text: str) -> str:
    """The text with each bare number in parentheses under a note that says parentheses are decreases written
    with its minus sign ("반도체 51.7 (3.9)" -> "반도체 51.7 △3.9")."""
    if "( )" not in text and "()" not in text:
        return text  # (most texts)
    lines = text.split("\n")
    inside = False
    for at, line in enumerate(lines):
        if _PARENTHESES_ARE_DECREASES.search(line):
            inside = True
        elif inside and CLOSED_SENTENCE.search(line) and not any(c.isdigit() for c in line[-6:]):
            inside = False  # a line of prose ends the table
        elif inside:
            lines[at] = _BARE_IN_PARENTHESES.sub(r"△\1", line)
    return "\n".join(lines)


# A row whose label the table's narrow column wrapped ("컴퓨터 및   6.2   4.1" over "주변기기", "휴대폰 (부분품   20.1"
# over "포함)"): the label ends on a joining word or inside its brackets, the next line holds the rest alone
_CUT_LABEL_ROW = re.compile(
    r"^(?P<label>[ \t|¦│┃]*[^\d\n]*?(?:\s및|\s[&·]|\([^)\d\n]*?))"
    r"(?P<cells>[ \t|¦│┃]+[△▲▼+\-−]?\d(?![\d,.]*\s?(?:million|billion|mn|bn)\b).*)$"  # (not "(USD 100 million")
)
_LABEL_REST = re.compile(r"^[ \t|¦│┃]*(?P<rest>[가-힣A-Za-z][^\d\n|]{0,15}?)[ \t|¦│┃]*$")


def join_wrapped_labels(text: str) -> str:
    """The text with each table row's label that wrapped onto the next line joined again ("컴퓨터 및 주변기기")."""
    if "및" not in text and "(" not in text and "&" not in text:
        return text  # (most texts)
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        rest = _LABEL_REST.match(line) if out else None
        cut = _CUT_LABEL_ROW.match(out[-1]) if rest else None
        if rest and cut:
            out[-1] = f"{cut.group('label').rstrip()} {rest.group('rest').strip()}{cut.group('cells')}"
            continue
        out.append(line)
    return "\n".join(out)


# (a cell may hold an unspaced slash: "품목 / '11.1/4 / '12.1/4 / 증감률")
_SLASHED_ROW = re.compile(r"^[^/\n\d]+(?:[ \t]/[ \t][^\s/]+(?:/[^\s/]+)*){3,}[ \t]*$", re.M)
# "반도체 150.0 / 25.3", "일본 3.7 / △5.1": an amount and its change, in a text whose unit note names both
# (a pair alone, not a link of a chain of slashes: "155.4 / 2020.3월 159.2 / …", "-8.7 / 2.0 / -14.4")
_SLASHED_PAIR = re.compile(
    r"(?<![\d.,/])(?<!/[ \t])(?<![\-−])(\d(?:[\d,]*\d)?(?:\.\d+)?)[ \t]/[ \t]([△▲▼+\-]?\d+(?:\.\d+)?%?)"
    r"(?![\d./월년])(?![ \t]/)"
)
_AMOUNTS_AND_CHANGES_NOTE = re.compile(r"억\s?(?:달러|불)\s?,\s?(?:[^,()\d]{0,10}\s)?(?:%|증감률)")


# a row of a label and two or more figures set apart by spaced slashes or middle dots ("China / 5,120 / +4.4",
# "반도체 · 52.7 · 6.1"), and the header right over such rows with as many of them ("품목 · '10.1월 · '11.1월 · 증감률")
_SPACED_MARKS_ROW = re.compile(r"[^\n\d·/]+(?:[ \t](?P<mark>[/·])[ \t][△▲▼+\-−]?\d[\d,.]*%?){2,}[ \t]*")


def _spaced_marks_as_bars(text: str) -> str:
    lines = text.split("\n")
    for index, line in enumerate(lines):
        row = _SPACED_MARKS_ROW.fullmatch(line)
        if row is None:
            continue
        mark = f" {row.group('mark')} "
        lines[index] = line.replace(mark, " | ")
        above = lines[index - 1] if index else ""
        if above.count(mark) == line.count(mark) and "|" not in above:
            lines[index - 1] = above.replace(mark, " | ")
    return "\n".join(lines)


def slashes_as_cells(text: str) -> str:
    """Rows set apart by spaced slashes (or middle dots, row by row) read as rows set apart by bars; an amount and
    its change set apart by one ("반도체 150.0 / 25.3") read as the shorthand "150.0(25.3)" where a note says they
    are 억 달러 and %."""
    if " · " in text:
        text = _spaced_marks_as_bars(text)
    if " / " not in text:
        return text
    text = _SLASHED_ROW.sub(lambda row: row.group(0).replace(" / ", " | "), text)
    text = _spaced_marks_as_bars(text)
    if _AMOUNTS_AND_CHANGES_NOTE.search(text):
        text = _SLASHED_PAIR.sub(r"\1(\2)", text)
    return text


# "Semiconductors ........ 5.47 .... +3.8": dot leaders run from a row's label to its cells; four dots or more
# (three may be an empty cell or an ellipsis), from a word or a cell to the next cell; in a text that has
# them, a long label leaves a short one: "Computers & peripherals . 0.56"
_LEADER = re.compile(r"(?<=[^\s.])[ \t]*\.{4,}[ \t]*(?=[△▲▼+\-−]?\d)|(?<=[^\s.\d])[ \t]\.{1,2}[ \t](?=[△▲▼+\-−]?\d)")


def without_dot_leaders(text: str) -> str:
    """Each dot leader of a plain-text table made one space, as a space-aligned row is written."""
    if "...." not in text:
        return text
    return _LEADER.sub(" ", text)


def unit_scale(note: re.Match[str]) -> float | None:
    """Dollars per unit a note declares; None for a note in another currency or of percentages only."""
    body = note.group("body") or note.group("short") or ""
    if _NOT_DOLLARS.search(body):
        return None
    return next((scale for pattern, scale in SCALES if pattern.search(body)), None)


def _months_of(groups: dict[str, str]) -> tuple[int, int]:
    """First and last month a header's period names."""
    if "half" in groups or "h" in groups or "h2" in groups:
        half = 1 if groups.get("half") == "상" or "1" in (groups.get("h"), groups.get("h2")) else 2
        return 6 * half - 5, 6 * half
    if "q" in groups or "q2" in groups:
        quarter = int(groups.get("q") or groups["q2"])
        return 3 * quarter - 2, 3 * quarter
    if "mon" in groups:
        first = MONTHS[groups["mon"].lower()[:3]]
        return first, MONTHS[groups["mon2"].lower()[:3]] if "mon2" in groups else first
    if "m1" in groups:
        return int(groups["m1"]), int(groups.get("m2") or groups["m1"])
    return 1, 12


def period_of(
    match: re.Match[str], published: date | None, after: Period | None = None, caption_year: int | None = None
) -> Period | None:
    """A header's period. Without a year it follows the column before it ("'16.11월 | 12월 | 1월" runs into
    2017; "2024.9월 | 1~9월" is the same year's January to September), or, first in its header, takes the year
    its caption names ("2017년 분기별 실적" over "1분기 | 2분기"), or is placed like a period named in prose."""
    groups = {name: value for name, value in match.groupdict().items() if value}
    if "this" in groups or "last" in groups or "annual" in groups or "cum" in groups:
        return _named_by_a_word(groups, published, after, caption_year)
    year = int(groups["y4"]) if "y4" in groups else None
    if "y2" in groups:
        year = 2000 + int(groups["y2"]) if int(groups["y2"]) < 70 else 1900 + int(groups["y2"])
    first, last = _months_of(groups)
    if last < first:
        return None
    if year is None and after is not None:
        if last == after.end[1] and first == last:
            return None  # "'23.9월 | 9월": which year the second is, the header does not say
        year = after.end[0] if last >= after.end[1] else after.end[0] + 1
    year = year or caption_year
    return resolve(PeriodSpec(first, last, year=year), published)


def _named_by_a_word(
    groups: dict[str, str], published: date | None, after: Period | None, caption_year: int | None
) -> Period | None:
    """'당월' (the month before publication), '전년동월' (that month a year before), '연간' (the year of the
    column before, else the caption's)."""
    if "annual" in groups:
        year = after.end[0] if after is not None else caption_year
        return Period((year, 1), (year, 12)) if year else None
    if "cum" in groups and after is not None and after.is_month:
        return Period((after.end[0], 1), after.end)  # "당월 | 증감률 | 누계": January to the month before it
    if published is None:
        return None
    year, month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
    if "cum" in groups:
        return Period((year, 1), (year, month))
    return Period((year - ("last" in groups), month), (year - ("last" in groups), month))


def _longest_period(text: str, position: int) -> re.Match[str] | None:
    found = [match for pattern in PERIOD_PATTERNS if (match := pattern.match(text, position))]
    return max(found, key=lambda match: match.end(), default=None)


def _skip(text: str, position: int) -> int:
    match = _SEP.match(text, position)
    return match.end() if match else position


def _header(
    text: str, position: int, published: date | None, caption_year: int | None = None
) -> tuple[list[Column], int, float | None]:
    """The columns from the first period on, where they end, and a unit note among them."""
    columns: list[Column] = []
    scale: float | None = None
    while True:
        at = _skip(text, position)
        if note := NOTE.match(text, at):
            scale, position = unit_scale(note) or scale, note.end()
        elif cell_unit := _CELL_UNIT.match(text, at):  # "1분기 수출(억달러)": the column's unit in its cell
            scale, position = (1e8 if "억" in cell_unit.group(0) else 1e6), cell_unit.end()
        elif noise := _HEADER_NOISE.match(text, at):
            position = noise.end()
        elif skipped := SKIP_COLUMN.match(text, at):
            columns.append(Column("skip"))
            position = skipped.end()
        elif period := _longest_period(text, at):
            after = next((column.period for column in reversed(columns) if column.period), None)
            resolved = period_of(period, published, after, caption_year)
            flow = _COLUMN_FLOW.match(text, period.end())
            if resolved is None and flow and after is not None and after.is_month:
                resolved = after  # "9월 수출 | 증감률 | 9월 수입": the same month, another flow
            if resolved is None:
                return [], position, scale
            columns.append(Column("period", resolved, flow=flow and _FLOWS[flow["flow"][:3].lower()]))
            position = flow.end() if flow else period.end()
        elif change := CHANGE_COLUMN.match(text, at):
            last = columns[-1].period if columns else None
            of_the_year = last is not None and last.start[1] == 1 and last.end[1] == 12
            columns.append(Column("skip") if change.group("of") and not of_the_year else _change_column(change))
            position = change.end()
        else:
            return columns, position, scale


_COLUMN_FLOW = re.compile(r"[ \t]?(?P<flow>수\s?출|수\s?입|exports?|imports?)(?=[\s|¦│┃(]|$)", re.I)  # "수출(억달러)"
_FLOWS = {"수출": "export", "수 출": "export", "exp": "export", "수입": "import", "수 입": "import", "imp": "import"}


def _change_column(match: re.Match[str]) -> Column:
    word = match.group("word")
    wording = "yoy" if YOY_WORDS.search(word) else ("rate" if RATE_WORDS.search(word) else "generic")
    return Column("change", wording=wording)


_SUB_HEADER_LABEL = re.compile(
    r"[ \t|¦│┃]*\n[ \t|¦│┃]*(?:구\s{0,3}분|항\s{0,3}목|품\s{0,3}목|Items?|Category)(?=[ \t|¦│┃])", re.I
)


def _without_trailing_shares(below: list[Column | None], periods: int) -> tuple[list[Column | None], list[Column]]:
    """A share column after the last group is the last period's alone ("금액 증감률 | 금액 증감률 비중"): the
    groups, and the skipped columns after them."""
    cut = len(below)
    while cut > periods and cut % periods and (column := below[cut - 1]) is not None and column.kind == "skip":
        cut -= 1
    return below[:cut], [column for column in below[cut:] if column is not None]


def _under_periods(text: str, position: int, columns: list[Column]) -> tuple[list[Column], int]:
    """A second header row under the periods ("금액 | 증감률 | 금액 | 증감률"): each period spans the same
    group of columns, its amount first. Returns one column per cell, and where the header ends."""
    if not columns or any(column.kind != "period" for column in columns):
        return columns, position
    below: list[Column | None] = []  # None: the period's own amount
    end = position
    if heading := _SUB_HEADER_LABEL.match(text, position):
        end = heading.end()  # "'12월 | 1~12월" over "구분 | 금액 | 증감률 | …": the label heading opens the second row
    while match := (
        AMOUNT_COLUMN.match(text, at := _skip(text, end))
        or SKIP_COLUMN.match(text, at)
        or CHANGE_COLUMN.match(text, at)
    ):
        kind = (
            None
            if match.re is AMOUNT_COLUMN
            else (Column("skip") if match.re is SKIP_COLUMN else _change_column(match))
        )
        below.append(kind)
        end = match.end()
    below, shares = _without_trailing_shares(below, len(columns))
    if not below or len(below) % len(columns):
        return columns, position
    width, expanded = len(below) // len(columns), []
    for index, period in enumerate(columns):
        group = below[index * width : (index + 1) * width]
        if group[0] is not None or None in group[1:]:
            return columns, position
        expanded += [period, *(column for column in group[1:] if column is not None)]
    return expanded + shares, end


def _unit_scale(unit: str | None) -> float | None:
    return (1e8 if "억" in unit else 1e6) if unit else None


def _eok_man(match: re.Match[str]) -> str:
    """'184억3000만' as the digits of 억: '184.3'."""
    return f"{match.group('eok')}.{match.group('man').replace(',', '').zfill(4)}".rstrip("0").rstrip(".")


def _cell(match: re.Match[str]) -> Cell:
    digits = _eok_man(match) if match.group("eok") else match.group("num")
    number = numbers.to_float(digits)
    if match.group("sign") in _NEGATIVE or (match.group("arrow") or "").strip() == "↓":
        number = -number
    if (match.group("balance") or "").strip() == "적자":
        number = -abs(number)
    change: float | None = None
    if match.group("cnum"):
        change = numbers.to_float(match.group("cnum"))
        marks = (match.group("csign") or "") + (match.group("carrow") or "")
        if any(mark in _NEGATIVE or mark == "▼" for mark in marks):
            change = -change
    return Cell(
        number,
        digits,
        percent=bool(match.group("pct")),
        change=change,
        change_text=match.group("cnum") or "",
        change_marked=bool(match.group("csign") or match.group("carrow")),
        scale=1e8 if match.group("eok") else _unit_scale(match.group("unit")),
    )


def _cells(text: str, position: int, count: int, least: int | None = None) -> tuple[list[Cell], int] | None:
    """Exactly `count` cells from `position`, and no further number after them; a row that ends its line after
    `least` cells has its last ones (the change columns) blank: a balance's "-" the extraction lost."""
    cells: list[Cell] = []
    for _ in range(count):
        at = _skip(text, position)
        if cell := CELL.match(text, at):
            cells.append(_cell(cell))
            position = cell.end()
        elif empty := EMPTY_CELL.match(text, at):
            cells.append(Cell(None, ""))
            position = empty.end()
        elif least is not None and least <= len(cells) and _ends_a_line(text, position):
            return [*cells, *[Cell(None, "")] * (count - len(cells))], position
        else:
            return None
    if CELL.match(text, _skip(text, position)):
        return None
    return cells, position


# A section heading inside a table: a short line of words, no figures, no cells ("< 주요 품목별 수출 >", "[By item]")
_SECTION = re.compile(r"[<\[【〈《■□▶◆]?[ \t]*(?P<title>[^|\d\n<>\[\]【】〈〉《》]{2,30}?)[ \t]*[>\]】〉》]?[ \t]*\n")


def _row(text: str, position: int, count: int, least: int | None = None) -> tuple[Row, int] | None:
    """A label (up to eight words, none of them a number) and its cells."""
    start = at = _skip(text, position)
    words: list[re.Match[str]] = []
    while len(words) <= MAX_LABEL_WORDS:
        if words and (CELL.match(text, at) or EMPTY_CELL.match(text, at)):
            read = _cells(text, at, count, least)
            if read is None:
                return None
            label = text[start : words[-1].end()]
            if "\n" in label:
                return None  # a label is on its row's line: the line above is a heading, not part of it
            return Row(label, tuple(read[0]), text[start : read[1]]), read[1]
        word = _WORD.match(text, at)
        if word is None or CELL.match(text, at) or NOTE.match(text, at):
            return None
        words.append(word)
        at = _skip(text, word.end())
    return None


def _rows(text: str, position: int, count: int, least: int | None = None) -> tuple[list[Row], int, float | None]:
    """Rows until one does not fit; a unit note between or after them is the table's unless another
    header follows it. A row may leave its change cells out from the `least`-th on."""
    rows: list[Row] = []
    end, scale = position, None
    while True:
        at = _skip(text, position)
        note = NOTE.match(text, at)
        if note:
            if NEXT_HEADER.match(text, note.end()):
                return rows, end, scale
            scale, position = unit_scale(note) or scale, note.end()
            end = position if rows else end
            continue
        read = _row(text, position, count, least)
        if read is None and not rows and (cells := _cells(text, at, count)) and _ends_a_line(text, cells[1]):
            rows.append(Row("", tuple(cells[0]), text[at : cells[1]]))  # a chart's one row: the caption names it
            return rows, cells[1], scale
        heading = _SECTION.match(text, at) if read is None else None
        if heading is not None and _row(text, heading.end(), count, least) is not None:
            title = heading.group("title").strip()  # "< 주요 품목별 수출 >": the table goes on under a new heading
            rows.append(Row(title, (), title))
            position = heading.end()
            continue
        if read is None:
            return rows, end, scale
        rows.append(read[0])
        position = end = read[1]


def _ends_a_line(text: str, position: int) -> bool:
    end = text.find("\n", position)
    return not text[position : end if end >= 0 else len(text)].strip()


def _line_start(text: str, position: int) -> int:
    """Where the line holding `position` starts, looking back at most MAX_LEAD characters: a text that is
    one long line must not make every candidate header scan back to its beginning."""
    return max(text.rfind("\n", max(0, position - MAX_LEAD), position) + 1, position - MAX_LEAD, 0)


def _caption_over(text: str, start: int) -> str:
    """The line above a note line of its own ("<Table 1> ICT imports by item" over "(Unit: USD billion, %)"):
    the table's caption, when it is a short title and not prose."""
    if not start:
        return ""
    line_start = _line_start(text, start - 1)
    line = text[line_start : start - 1]
    return line if line.strip() and len(line) <= 80 and not CLOSED_SENTENCE.search(line) else ""


_ENDS_ON_NOTE = re.compile(r"[ \t]*:[ \t]*$")


def _lead(text: str, start: int) -> tuple[int, str, float | None] | None:
    """What stands before a header on its line: nothing, a label heading (구분, Item) or a unit note,
    perhaps after a caption. Returns where the table starts, its caption and the note's unit."""
    line_start = _line_start(text, start)
    lead = text[line_start:start].rstrip(" \t|¦│┃")
    table_start, scale, found = line_start + len(lead), None, lead == ""
    if label := LEAD_LABEL.search(lead):
        table_start, lead, found = line_start + label.start(), lead[: label.start()].rstrip(" \t|"), True
    notes = list(NOTE.finditer(lead))
    if notes and lead[notes[-1].end() :].strip(" \t|") == "":
        scale, table_start = unit_scale(notes[-1]), line_start + notes[-1].start()
        lead, found = lead[: notes[-1].start()], True
    if not found:
        return None
    above_start = _line_start(text, max(0, line_start - 1))
    above = text[above_start : max(above_start, line_start - 1)]
    if not lead.strip() and above_start and LEAD_LABEL.fullmatch(above.strip(" \t|¦│┃")):
        # a header set one cell a line: its label heading ("Item", "구 분") is the line above the first period,
        # and the caption and unit note stand above that
        table_start = above_start
        above_start = _line_start(text, above_start - 1)
        above = text[above_start : table_start - 1]
    above_notes = list(NOTE.finditer(above))
    # a long line counts when it ends on the note ("… Figures released by the ministry (USD billion):"): a
    # paragraph's last sentence declaring the unit of the lines below it
    if scale is None and above_notes and (len(above) <= 120 or _ENDS_ON_NOTE.match(above, above_notes[-1].end())):
        scale = unit_scale(above_notes[-1])
        if above.strip(" \t|") == above_notes[-1].group(0):
            table_start = above_start  # a line that is only the table's note goes with it
            above = _caption_over(text, above_start) or above
    caption = above if len(above) <= 80 and not CLOSED_SENTENCE.search(above) else ""
    if not caption and above_notes:
        caption = above_notes[-1].group(0)  # a long caption's note still says what its brackets hold
    return table_start, f"{caption} {lead}", scale


_NOTE_LINE = re.compile(
    r"(?im)^[ \t]*(?:[^\n]{0,40}[ \t])?(?P<note>[(\[][ \t]?(?:단[ \t]?위|unit)[^\n()\[\]]{1,40}[)\]])[ \t]*$"
)


def _section_unit(text: str, start: int) -> float | None:
    """A unit note on a line of its own a little above the table ("[단위: 백만 달러, %]" under a section
    heading, then a summary, then the table): the section's unit, when the table states none."""
    notes = list(_NOTE_LINE.finditer(text, max(0, start - 600), start))
    note = NOTE.match(notes[-1].group("note")) if notes else None
    return unit_scale(note) if note else None


def _before_the_changes(columns: list[Column]) -> int | None:
    """How many columns come before the change columns that end the header (after two periods at least)."""
    least = len(columns)
    while least and columns[least - 1].kind == "change":
        least -= 1
    return least if 2 <= least < len(columns) and all(c.kind == "period" for c in columns[:least]) else None


_CAPTION_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?년(?!\s?\d{1,2}\s?월)")  # "2017년 분기별 ICT 수출 실적"


def _table_at(text: str, start: int, published: date | None) -> Table | None:
    lead = _lead(text, start)
    if lead is None:
        return None
    table_start, caption, lead_scale = lead
    named = _CAPTION_YEAR.search(caption) if caption else None
    columns, position, header_scale = _header(text, start, published, int(named.group(1)) if named else None)
    columns, position = _under_periods(text, position, columns)
    periods = [column for column in columns if column.kind == "period"]
    if not periods or len(columns) < 2:
        return None
    rows, end, rows_scale = _rows(text, position, len(columns), _before_the_changes(columns))
    if not rows:
        return None
    scale = lead_scale or header_scale or rows_scale or _label_unit(rows) or _section_unit(text, table_start)
    return Table(table_start, end, tuple(columns), tuple(rows), scale, caption)


def _label_unit(rows: list[Row]) -> float | None:
    """The unit a row's label notes ("수출액(억달러) | 444.4 | 468.3"), when no note above or below gives one."""
    for row in rows:
        if "(" in row.label and (note := NOTE.search(row.label)) is not None:
            return unit_scale(note)
    return None


# Every table has a row of two cells or more (its header has two columns), read by `_cells`: a cell, the
# separators after it, the next cell. So the (folded) text has a cell's last character (a digit, "%", the 불/러 of
# a unit, an arrow, the ")" of a change, or an empty cell's "-", "a", "…", the last "." of "n.a." or "..."),
# separators, and the start of a cell (a sign, a digit) or an empty one. Most prose has no such pair: one
# search then spares the header reading at every period it names.
_TWO_CELLS = re.compile(
    r"[\d%불러↑↓)\-–—a….](?<![^a.]\.)[\s|¦│┃]+"
    rf"(?:[△▽▼▲+\-−–]?\s?\d|(?:-|–|—|n\.?a\.?|n/a|…|\.{{3}}){_END})"
)


def find_tables(text: str, published: date | None) -> list[Table]:
    """Every flattened table in a text, in order."""
    tables: list[Table] = []
    consumed = 0
    folded = case_folded(text)
    if _TWO_CELLS.search(folded) is None:
        return tables
    for hint in _HEADER_START_FOLDED.finditer(folded):
        if hint.start() < consumed:
            continue
        table = _table_at(text, hint.start(), published)
        if table is not None:
            tables.append(replace(table, start=max(table.start, consumed)))  # a note the last table took
            consumed = table.end
    return tables


def without_tables(text: str, tables: list[Table]) -> str:
    """The prose: each table's span becomes a line break, so no sentence reader sees its cells."""
    parts: list[str] = []
    last = 0
    for table in tables:
        parts.extend((text[last : table.start], "\n"))
        last = table.end
    parts.append(text[last:])
    return "".join(parts)
