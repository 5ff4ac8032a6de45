"""A table's grid (`tables.Table`) into figures: whose each row is, what a cell is worth, which changes are
year on year.

- A row's label must be named completely by the lexicon: an item, a partner, a flow, or words that only
  say "total" (합계, Total). "광학기기" or "기타" name nothing the lexicon knows, so their rows give nothing.
  A flow row ("수입") opens a section: the item rows under it are that flow's; before any, the caption's
  flow, exports by default. A caption about all industries ("전산업", "총수출") gives no figures.
- A cell is worth its number times the unit note's scale; without a note a table gives no values.
- A change is only a year-on-year change when the table's own figures bear it out: where the column of the
  same period a year before is in the table, every row's change must follow from its two values (so a
  column of differences in 억 dollars, or of shares, is never read as growth). Where nothing can be
  checked, the header must say so (전년 대비, YoY; 증감률 when the table has no other period of that length),
  and a change in parentheses must carry a sign or an arrow ("4.9%↑", "△1.6"), unless the caption says what the
  brackets hold ("괄호 안은 전년 동월 대비 증감률 %").

Figures are recorded after the prose with the weakest evidence, `Evidence.TABLE`: a sentence that states
the same key first keeps it; the table refines it only when it states the same number more precisely.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial

from scraper.parser.drafts import MAX_MONTHLY_USD, DraftBook, Evidence, Key  # (a larger cell misread its unit)
from scraper.parser.lexicon import CONTEXT_ITEMS
from scraper.parser.periods import Period, year_before
from scraper.parser.scanner import scan
from scraper.parser.tables import RATE_WORDS, YOY_WORDS, Cell, Column, Row, Table

Subject = tuple[str, str, str]  # flow, item, region
Figure = tuple[Key, str, float, str, str]  # key, field, value, the value as written, the row

_NAME_KINDS = ("item", "region", "flow", "ctxitem")
FILLER = re.compile(
    r"(?:[\s\-–·ㆍ・ㅇㄴ└├┗○◦•▪■□◆◇*()\[\],.&/+:]|합계|총계|전체|계|총|Total|Sum|Overall|및|and)*", re.I
)
SPACED_HANGUL = re.compile(r"(?<=(?<![가-힣])[가-힣])\s(?=[가-힣](?![가-힣]))")  # "수 출": one syllable apart
TOTAL_WORDS = re.compile(r"합계|총계|^\W*계\W*$|전체|total|overall", re.I)
OTHER_TRADE = re.compile(
    r"전\s?산업|전체\s?산업|총\s?수출|all[\s-]industr|overall\s(?:exports|imports|trade)|국가\s?전체"
    r"|(?:Korea's|South\sKorea's)\s(?:total|overall)"
    r"|일\s?평균|하루\s?평균|daily\saverage|per\s(?:working\s)?day",  # (a day's average is no month's trade)
    re.I,
)


# "(홍콩 포함)", "(incl. Hong Kong)": what a partner's total takes in, not another partner
_UNIT_NOTED = re.compile(
    r"\(\s?(?:(?:억|백만|천만|십억)\s?(?:달러|불)|%|(?:US)?\$\s?(?:bn|billion|mn|million)?)\s?\)", re.I
)
# a caption whose note says every cell is a year-on-year change: "ICT 수출 증감률 추이 (전년 동월 대비, %)"
_CAPTION_OF_CHANGES = re.compile(
    r"(?:증감률|증가율|YoY|y-o-y|year-on-year|change)[^()\n]{0,12}\(\s?(?:전년\s?(?:동월|동기|같은\s?달)?\s?(?:대비|比|비)|YoY|y-o-y|"
    r"year-on-year)\s?,?\s?%\s?\)\s*$",
    re.I,
)
_INCLUDED = re.compile(r"\(\s?(?:[^()]{0,20}?\s?포함|(?:incl\.?|including)\s[^()]{0,20})\s?\)", re.I)

# "IT" as a whole row label, or with only total words ("Total IT"): prose needs a noun after it ("IT exports"),
# a table's row label is the noun
_IT_ALONE = re.compile(r"(?<![A-Za-z])IT(?![A-Za-z])")
_FLOW_ALONE = re.compile(r"\s*(?:수\s?출|수\s?입|수\s?지|무역\s?수지)\s*")
_NOTE_MARK = re.compile(r"주\s?\d\)")  # a footnote's mark glued to a label: "휴대폰주2)"


def _names(label: str, parent: str | None) -> tuple[set[str], set[str], set[str]] | None:
    """Flows, items and partners a label names, or None when words the lexicon does not know remain.
    Tables space short words out ("수 출", "중 국"); read that way, they are read closed up too."""
    if "(" in label or ")" in label:
        label = _UNIT_NOTED.sub(
            " ", _INCLUDED.sub(" ", _NOTE_MARK.sub(" ", label))
        )  # "휴대폰(부분품 포함)", "휴대폰주2)"
    if (
        "IT" in label
        and (rest := _IT_ALONE.sub("", label, 1))
        and (FILLER.fullmatch(rest) or _FLOW_ALONE.fullmatch(rest))
    ):
        label = _IT_ALONE.sub("ICT", label, 1)  # "Total IT", "IT 합계", "IT 수지": a row of all IT goods
    names = _names_as_written(label, parent)
    closed = SPACED_HANGUL.sub("", label)
    return names if names is not None or closed == label else _names_as_written(closed, parent)


def _names_as_written(label: str, parent: str | None) -> tuple[set[str], set[str], set[str]] | None:
    mentions = [mention for mention in scan(label) if mention.kind.split(":")[0] in _NAME_KINDS]
    leftover = label
    for mention in mentions:
        leftover = leftover[: mention.start] + " " * (mention.end - mention.start) + leftover[mention.end :]
    if not FILLER.fullmatch(leftover):
        return None
    flows: set[str] = set()
    items: set[str] = set()
    regions: set[str] = set()
    for mention in mentions:
        dimension, code = mention.kind.split(":", 1)
        if dimension == "ctxitem":
            whole, code = code.split(">")
            if whole != parent:
                return None  # "부분품" names phone parts only under phones
        if dimension == "region" and code == "_same":
            return None
        {"flow": flows, "region": regions}.get(dimension, items).add(code)
    return flows, items, regions


def _caption_names(caption: str) -> tuple[set[str], set[str], set[str]] | None:
    """What a caption names, for the one unlabelled row under it ("분기별 ICT 수출 추이" over a row of values);
    None when it names no flow (a chart of something else)."""
    flows: set[str] = set()
    items: set[str] = set()
    regions: set[str] = set()
    for mention in scan(caption[-80:]):
        dimension, _, code = mention.kind.partition(":")
        if dimension in ("flow", "item", "region") and code != "_same":
            {"flow": flows, "region": regions}.get(dimension, items).add(code)
    return (flows, items, regions) if flows else None


def caption_flow(caption: str) -> str:
    """The flow a table's caption names ("ICT 수입 현황"); exports when it names none or both."""
    flows = {mention.kind for mention in scan(caption[-80:]) if mention.kind.startswith("flow:")}
    if flows == {"flow:import"}:
        return "import"
    return "balance" if flows == {"flow:balance"} else "export"


def caption_partner(caption: str) -> str:
    """The one partner a table's caption names ("ICT exports to India by item"): the rows' partner where they name
    none; the world when it names none or several."""
    regions = {
        mention.kind for mention in scan(_INCLUDED.sub(" ", caption[-80:])) if mention.kind.startswith("region:")
    }
    return next(iter(regions)).split(":", 1)[1] if len(regions) == 1 and "region:_same" not in regions else "world"


def row_subjects(table: Table) -> list[Subject | None]:
    """Each row's (flow, item, region); None for a row the lexicon does not name completely."""
    flow, parent = caption_flow(table.caption), None
    partner = caption_partner(table.caption)
    subjects: list[Subject | None] = []
    for row in table.rows:
        if not row.cells:  # a section heading: "< 주요 품목별 수출 >" opens the exports' section again
            flow, parent = caption_flow(row.label), None
            subjects.append(None)
            continue
        names = _names(row.label, parent) if row.label else _caption_names(table.caption)
        if names is None or any(len(found) > 1 for found in names) or not (any(names) or TOTAL_WORDS.search(row.label)):
            subjects.append(None)
            continue
        flows, items, regions = names
        item, region = next(iter(items), "ict"), next(iter(regions), partner)
        if flows and (item, region) == ("ict", "world"):
            # "수입" opens the import section for the item rows under it; a balance row opens none (the items
            # listed after "Exports | Imports | Balance" are exports)
            flow = next(iter(flows)) if flows != {"balance"} else caption_flow(table.caption)
        if item in CONTEXT_ITEMS:
            parent = item
        subjects.append((next(iter(flows), flow), item, region))
    return subjects


def _half_unit(digits: str) -> float:
    return 0.5 * 10.0 ** -(len(digits.split(".")[1]) if "." in digits else 0)


def growth_fits(prior: Cell, current: Cell, change: float, change_text: str) -> bool | None:
    """Does a change follow from the two values it compares, given how far each was rounded? None when
    the values cannot tell (missing, negative, percentages)."""
    if prior.number is None or current.number is None or prior.percent or current.percent:
        return None
    low_base, high_base = prior.number - _half_unit(prior.text), prior.number + _half_unit(prior.text)
    if low_base <= 0 or current.number < 0:
        return None
    low = ((current.number - _half_unit(current.text)) / high_base - 1) * 100
    high = ((current.number + _half_unit(current.text)) / low_base - 1) * 100
    slack = _half_unit(change_text) + 0.1
    return low - slack <= change <= high + slack


def _year_before(columns: tuple[Column, ...], target: int) -> int | None:
    period = columns[target].period
    if period is None:
        return None
    earlier = year_before(period)
    return next((index for index, column in enumerate(columns) if column.period == earlier), None)


def _target(columns: tuple[Column, ...], index: int) -> int | None:
    """The period a change column is about: the latest of the periods since the last change column."""
    candidates: list[tuple[tuple[int, int], int]] = []
    for before in range(index - 1, -1, -1):
        period = columns[before].period
        if columns[before].kind == "change":
            break
        if period is not None:
            candidates.append((period.end, before))
    latest = [before for end, before in candidates if end == max(candidates)[0]] if candidates else []
    return latest[0] if len(latest) == 1 else None


def _checks(
    table: Table, subjects: list[Subject | None], prior: int, current: int, change_of: Callable[[Row], Cell | None]
) -> list[bool]:
    """For every row that allows it, does its change follow from its two values?"""
    found: list[bool] = []
    for row, subject in zip(table.rows, subjects, strict=True):
        if not row.cells:
            continue  # a section heading
        change = change_of(row)
        if (subject is not None and subject[0] == "balance") or change is None or change.number is None:
            continue
        fits = growth_fits(row.cells[prior], row.cells[current], change.number, change.text)
        if fits is not None:
            found.append(fits)
    return found


def _each_period_with_its_change(columns: tuple[Column, ...]) -> bool:
    """ "2019년 | 증감률 | 2020년 | 증감률": every period has its own change column right after it, so each change is
    that period's on the year before (not "8월 | 9월 | 증감률", which may be month on month)."""
    periods = [at for at, column in enumerate(columns) if column.kind == "period"]
    return len(periods) > 1 and all(at + 1 < len(columns) and columns[at + 1].kind == "change" for at in periods)


_CAPTION_SAYS_ON_YEAR = re.compile(
    r"\bon[\s-]year\b|year[\s-]on[\s-]year|\byoy\b|y-o-y|y/y|from\sa\syear\s(?:earlier|ago|before)|전년\s?(?:동월|동기)?\s?대비",
    re.I,
)


def trusted_changes(table: Table, subjects: list[Subject | None]) -> dict[int, int]:
    """Change columns read as year-on-year changes, each with the period column it is about. Once one plain
    "Change" column checks against its year-earlier column, the table's other plain ones are year on year too
    ("Aug 2017 | Aug 2018 | Change | Jan-Aug 2018 | Change")."""
    columns, trusted = table.columns, {}
    checked_generic = False
    for index, column in enumerate(columns):
        target = _target(columns, index) if column.kind == "change" else None
        if target is None:
            continue
        prior = _year_before(columns, target)
        checks = [] if prior is None else _checks(table, subjects, prior, target, partial(_in_column, at=index))
        period = columns[target].period
        others = any(
            c.period is not None and period is not None and c.period != period and c.period.months == period.months
            for c in columns
        )
        wording = column.wording
        if wording == "generic" and (checked_generic or _CAPTION_SAYS_ON_YEAR.search(table.caption)):
            wording = "yoy"  # "(unit: $ billion, % change on year)" over "… | Change": the caption says which change
        if checks:
            ok = all(checks)
            checked_generic = checked_generic or (ok and wording == "generic")
        elif prior is not None or not others or _each_period_with_its_change(columns):
            ok = wording in ("yoy", "rate")
        else:
            ok = wording == "yoy"  # "8월 | 9월 | 증감률" may well be month on month
        if ok:
            trusted[index] = target
    return trusted


def _parenthesised(row: Row, at: int) -> Cell | None:
    cell = row.cells[at]
    return Cell(cell.change, cell.change_text) if cell.change is not None else None


def _in_column(row: Row, at: int) -> Cell:
    return row.cells[at]


# a caption's note that the figures in brackets are year-on-year changes ("괄호 안은 전년 동월 대비 증감률 %")
_BRACKETS_ARE_YOY = re.compile(
    r"괄호\s?(?:안|속|내)[은의]?\s?(?:수치는\s?)?전년\s?(?:동월|동기|같은\s?달)?\s?(?:대비|比|비)"
)

# a unit note naming an amount's unit, then a year-on-year change's: "(억 달러, 전년 동월 대비 %)", "(USD bn, YoY %)"
_UNITS_VALUE_THEN_YOY = re.compile(
    r"(?:억|백만)\s?(?:달러|불)\s?,\s?전년\s?(?:동월|동기|같은\s?달|동분기)?\s?(?:대비|比|비)\s?(?:증감률?\s?)?,?\s?%\s?\)"
    r"|(?:US\s?\$|USD|\$)\s?(?:100\s)?(?:billion|bn|million|mn)\s?,\s?(?:YoY|y-o-y|year[\s-]on[\s-]year)\s?,?\s?%\s?\)"
    # "($0.1B, %, compared to the same month of the last year)": the % then what it is compared with
    r"|(?:US\s?\$|USD|\$)\s?[\w.]{1,10}\s?,\s?%\s?,\s?(?:compared\s(?:to|with)|from|over|versus|vs\.?)\s"
    r"(?:the\s)?(?:same\s(?:month|period|quarter)\s(?:of\s)?(?:the\s)?(?:last|previous|prior)\syear|a\syear\s(?:earlier|ago))",
    re.I,
)


def parentheses_trusted(table: Table, subjects: list[Subject | None]) -> bool:
    """Are the changes in parentheses after values year-on-year changes?"""
    checks: list[bool] = []
    for current, column in enumerate(table.columns):
        prior = _year_before(table.columns, current) if column.kind == "period" else None
        if prior is not None:
            checks += _checks(table, subjects, prior, current, partial(_parenthesised, at=current))
    if checks:
        return all(checks)
    changes = [cell for row in table.rows for cell in row.cells if cell.change is not None]
    if changes and "괄호" in table.caption and _BRACKETS_ARE_YOY.search(table.caption):
        return True  # the note says so: "(억 달러, 괄호 안은 전년 동월 대비 증감률 %)"
    if changes and "%" in table.caption and _UNITS_VALUE_THEN_YOY.search(table.caption):
        return True  # the units, in the order a "value(change)" cell holds them: "(억 달러, 전년 동월 대비 %)"
    return bool(changes) and all(cell.change_marked for cell in changes)


def _cell_figures(table: Table, period: Period, cell: Cell, subject: Subject, parentheses: bool) -> Iterator[Figure]:
    key = (period.label, *subject)
    scale = cell.scale or table.scale
    if scale and cell.number and not cell.percent:
        value = round(cell.number * scale, 2)
        if (value > 0 or subject[0] == "balance") and abs(value) <= MAX_MONTHLY_USD * period.months:
            yield key, "value_usd", value, cell.text, ""
    if parentheses and cell.change is not None and subject[0] != "balance":
        yield key, "yoy_pct", cell.change, cell.change_text, ""
    elif (
        scale is None
        and cell.number is not None
        and subject[0] != "balance"
        and _CAPTION_OF_CHANGES.search(table.caption)
    ):
        yield key, "yoy_pct", cell.number, cell.text, ""  # "ICT 수출 증감률 추이 (전년 동월 대비, %)" over bare rates


# A row of changes under a row of values: "ICT 수출 YoY(%)", "증감률", "(YoY, %)"; the rest of the label, if any,
# names its subject. A month-on-month or quarter-on-quarter row, or shares, are not year-on-year changes.
_CHANGE_LABEL = re.compile(
    r"[\s(\[]*(?P<word>YoY|y-o-y|y/y|전년\s?(?:동월|동기|동분기|같은\s?달)?\s?(?:대비|비)(?:\s?증감률?|\s?증가율)?"
    r"|증감률|증감율|증가율|growth(?:\s?rate)?|%\s?change|change|증감)(?:\s?[,(]?\s?%\s?\)?)?[\s)\]]*$",
    re.I,
)
_NOT_YOY_LABEL = re.compile(r"전월|전분기|전기|MoM|m-o-m|QoQ|q-o-q|기여도|비중|share|%\s?p|contribution", re.I)


def _change_row_subject(table: Table, subjects: list[Subject | None], index: int) -> tuple[Subject, str] | None:
    """The subject a row of changes is about, and its wording, or None for a row of something else."""
    label = table.rows[index].label
    if not (words := _CHANGE_LABEL.search(label)) or _NOT_YOY_LABEL.search(label) or not table.rows[index].cells:
        return None
    rest = label[: words.start()]
    above = subjects[index - 1] if index else None
    if not rest.strip(" \t-·:"):
        subject = above
    elif (names := _names(rest, None)) is None or any(len(found) > 1 for found in names) or not any(names):
        return None
    else:
        flows, items, regions = names
        flow = next(iter(flows), caption_flow(table.caption))
        subject = (flow, next(iter(items), "ict"), next(iter(regions), "world"))
    if subject is None or subject[0] == "balance":
        return None
    word = words.group("word")
    return subject, "yoy" if YOY_WORDS.search(word) else ("rate" if RATE_WORDS.search(word) else "generic")


def change_rows(table: Table, subjects: list[Subject | None]) -> dict[int, Subject]:
    """Rows of year-on-year changes, each with its subject: where the values of that subject a year apart are
    in the table, every change must follow from them; where nothing can be checked, the label must say so."""
    found: dict[int, Subject] = {}
    for index in range(len(table.rows)):
        if (read := _change_row_subject(table, subjects, index)) is None:
            continue
        subject, wording = read
        values = next((table.rows[at] for at in range(index - 1, -1, -1) if subjects[at] == subject), None)
        checks: list[bool] = []
        for current, column in enumerate(table.columns):
            prior = _year_before(table.columns, current) if column.kind == "period" else None
            change = table.rows[index].cells[current]
            if values is not None and prior is not None and change.number is not None:
                fits = growth_fits(values.cells[prior], values.cells[current], change.number, change.text)
                checks += [] if fits is None else [fits]
        if all(checks) if checks else wording in ("yoy", "rate"):
            found[index] = subject
    return found


def _change_row_figures(table: Table, subjects: list[Subject | None]) -> Iterator[Figure]:
    for index, about in change_rows(table, subjects).items():
        row = table.rows[index]
        for column, cell in zip(table.columns, row.cells, strict=True):
            if column.period is not None and cell.number is not None:
                key = (column.period.label, *_column_subject(column, about))
                yield key, "yoy_pct", cell.number, cell.text, row.text


def table_figures(table: Table) -> Iterator[Figure]:
    """Every figure a table gives: values by period column, and the changes it can vouch for."""
    if OTHER_TRADE.search(table.caption):
        return
    subjects = row_subjects(table)
    changes, parentheses = trusted_changes(table, subjects), parentheses_trusted(table, subjects)
    yield from _change_row_figures(table, subjects)
    for row, subject in zip(table.rows, subjects, strict=True):
        if subject is None:
            continue
        for index, (column, cell) in enumerate(zip(table.columns, row.cells, strict=True)):
            if column.period is not None:
                own = _column_subject(column, subject)
                for key, field_name, value, text, _ in _cell_figures(table, column.period, cell, own, parentheses):
                    yield key, field_name, value, text, row.text
            elif index in changes and cell.number is not None and subject[0] != "balance":
                source = table.columns[changes[index]]
                if source.period is not None:
                    yield (
                        (source.period.label, *_column_subject(source, subject)),
                        "yoy_pct",
                        cell.number,
                        cell.text,
                        row.text,
                    )


def _column_subject(column: Column, subject: Subject) -> Subject:
    """A column that names its flow ("9월 수출") overrides the caption's; a balance row stays one."""
    if column.flow is None or subject[0] == "balance":
        return subject
    return (column.flow, subject[1], subject[2])


def record_tables(book: DraftBook, tables: list[Table]) -> None:
    """Record every table's figures, after the prose and with the weakest evidence."""
    for table in tables:
        for key, field_name, value, text, row in table_figures(table):
            book.record(key, field_name, value, text, row, False, Evidence.TABLE)
