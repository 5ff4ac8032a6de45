"""Turn one sentence into an ordered list of typed mentions (numbers, items, partners, flows, periods,
directions and markers). The assembler reads that list; nothing here decides what a figure means."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from scraper.parser import lexicon, numbers, periods


@dataclass(frozen=True)
class Mention:
    kind: str  # money|won|pct|num|period|item|ctxitem|region|flow|up|down|prior|noyoy|noise|subord|skip
    start: int
    end: int
    value: Any = None
    text: str = ""


def _alternation(patterns: list[str]) -> str:
    return "|".join(sorted(patterns, key=len, reverse=True))


def _word(pattern: str) -> str:
    """No Latin letter may follow a name (Korean attaches particles, so Hangul may). The check that no
    Latin letter precedes it is made after matching (see `scan`): a leading look-behind would stop
    the regex engine from skipping ahead to the possible first characters, which is most of its speed."""
    return rf"(?:{pattern})(?![A-Za-z])"


@cache
def _table_patterns() -> list[tuple[str, re.Pattern[str], int]]:
    """(kind, pattern, priority) for every lexicon table; lower priority wins ties of equal length."""
    table: list[tuple[str, re.Pattern[str], int]] = []
    for code, alternatives in lexicon.ITEMS.items():
        table.append((f"item:{code}", re.compile(_word(_alternation(alternatives)), re.I), 3))
    for code, alternatives in lexicon.REGIONS.items():
        flags = 0 if code in {"us", "eu", "india"} else re.I
        table.append((f"region:{code}", re.compile(_word(_alternation(alternatives)), flags), 3))
    for name, alternatives in lexicon.OTHER_REGIONS.items():
        table.append((f"region:other:{name}", re.compile(_word(_alternation(alternatives))), 3))
    for code, alternatives in lexicon.FLOWS.items():
        table.append((f"flow:{code}", re.compile(_word(_alternation(alternatives)), re.I), 4))
    for parent, children in lexicon.CONTEXT_ITEMS.items():
        for code, alternatives in children.items():
            table.append((f"ctxitem:{parent}>{code}", re.compile(_word(_alternation(alternatives)), re.I), 5))
    table.append(("up", re.compile(_word(_alternation(lexicon.UP_WORDS)), re.I), 6))
    table.append(("down", re.compile(_word(_alternation(lexicon.DOWN_WORDS)), re.I), 6))
    table.append(("prior", re.compile(_word(_alternation(lexicon.PRIOR_MARKERS)), re.I), 2))
    table.append(("noise", re.compile(_word(_alternation(lexicon.NOISE_CLAUSE)), re.I), 2))
    table.append(("subord", re.compile(_word(_alternation(lexicon.SUBORDINATE)), re.I), 6))
    table.append(("noyoy_before", re.compile(_word(_alternation(lexicon.NOT_YOY_BEFORE)), re.I), 6))
    table.append(("noyoy_after", re.compile(_word(_alternation(lexicon.NOT_YOY_AFTER)), re.I), 6))
    table.append(("examples", re.compile(_word(_alternation(lexicon.EXAMPLES)), re.I), 6))
    table.append(("threshold_before", re.compile(_word(_alternation(lexicon.THRESHOLD_BEFORE)), re.I), 7))
    table.append(("threshold_after", re.compile(_alternation(lexicon.THRESHOLD_AFTER), re.I), 7))
    table.append(("approx", re.compile(_word(_alternation(lexicon.APPROXIMATE_BEFORE)), re.I), 7))
    return table


# A line that declares its unit ("증감률(%)", "(억불)", "($0.1B, %)") makes its bare numbers figures.
UNIT_DECLARATION = re.compile(
    r"(?:(?P<pct>\(\s?%\s?\)|\([^()]{0,20}%\s?\))|(?P<eok>\(\s?억\s?(?:불|달러)\s?\)))\s?:"
)
# Korean copy sometimes drops the % sign: "전년보다 0.9 감소한", "3분기 ... 25.9↑".
IMPLIED_PERCENT = re.compile(r"(?<![\d.,])(?P<num>\d{1,3}\.\d)\s?(?P<dir>감소|증가|하락|상승|↑|↓)")
DOWN_MARKS = {"감소", "하락", "↓"}
BARE_NUMBER = re.compile(
    r"(?<![\d.,’'])(?P<sign>[△▼-])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<after>\s?[↑↓])?(?![\d.,%]|\s?위)"
)


def declared_unit(sentence: str) -> tuple[str, int] | None:
    """The unit a line declares for its bare numbers ("pct", "eok" or "eok_pct") and where it ends."""
    declared = UNIT_DECLARATION.search(sentence)
    if not declared:
        return None
    if declared.group("eok"):
        return "eok", declared.end()
    inside = declared.group("pct")
    return ("eok_pct" if "억" in inside else "pct"), declared.end()


def scan(sentence: str, inherited_unit: str | None = None) -> list[Mention]:
    """All mentions in a sentence, left to right, overlaps resolved longest-first. `inherited_unit` is a
    unit declared by the line before ("추이(%) :" with the figures on the next line)."""
    candidates: list[tuple[int, int, int, str, Any]] = []  # (start, -length, priority, kind, value)

    def add(kind: str, match: re.Match[str], value: Any, priority: int) -> None:
        if match.end() > match.start():
            candidates.append((match.start(), -(match.end() - match.start()), priority, kind, value))

    def add_word(kind: str, match: re.Match[str], priority: int) -> None:
        start = match.start()
        if start and sentence[start - 1].isascii() and sentence[start - 1].isalpha() and match.group(0)[:1].isascii():
            return  # inside a longer Latin word ("EU" in "SEOUL")
        add(kind, match, None, priority)

    for match in numbers.KO_WON_RE.finditer(sentence):
        add("won", match, None, 0)
    for match in numbers.EN_WON_RE.finditer(sentence):
        add("won", match, None, 0)
    for match in numbers.KO_MONEY_RE.finditer(sentence):
        add("money", match, numbers.korean_amount(match.group("amount")), 0)
    for match in numbers.EN_MONEY_RE.finditer(sentence):
        add("money", match, numbers.en_money_value(match), 0)
    for match in numbers.PERCENT_RE.finditer(sentence):
        add("pct", match, numbers.percent_value(match), 0)
    for match in periods.NOT_PERIOD.finditer(sentence):
        add("skip", match, None, 1)
    for pattern, handler in periods.PATTERNS:
        for match in pattern.finditer(sentence):
            add("period", match, handler(match), 1)
    for kind, pattern, priority in _table_patterns():
        for match in pattern.finditer(sentence):
            add_word(kind, match, priority)

    for match in IMPLIED_PERCENT.finditer(sentence):
        add("pct", match, (numbers.to_float(match.group("num")), -1 if match.group("dir") in DOWN_MARKS else 1), 8)

    declared = declared_unit(sentence)
    if declared is None and inherited_unit:
        declared = (inherited_unit, 0)
    if declared:
        unit, start = declared
        for match in BARE_NUMBER.finditer(sentence, start):
            value = numbers.to_float(match.group("num"))
            in_parentheses = sentence[max(0, match.start() - 1):match.start()] == "("
            if unit == "pct" or (unit == "eok_pct" and in_parentheses):
                marks = (match.group("sign") or "") + (match.group("after") or "")
                sign = -1 if any(m in "△▼-↓" for m in marks) else (1 if "↑" in marks else 0)
                add("pct", match, (value, sign), 7)
            elif in_parentheses and re.fullmatch(r"\d{2}", match.group("num")) and \
                    sentence[match.end():match.end() + 1] == ")":
                add("period", match, periods.PeriodSpec(1, 12, year=2000 + int(match.group("num"))), 7)
            else:
                add("money", match, value * 1e8, 7)

    candidates.sort()
    mentions: list[Mention] = []
    taken_until = -1
    for start, neg_length, _priority, kind, value in candidates:
        end = start - neg_length
        if start < taken_until:
            continue
        mentions.append(Mention(kind, start, end, value, sentence[start:end]))
        taken_until = end
    return mentions
