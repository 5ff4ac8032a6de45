"""Turn one sentence into an ordered list of typed mentions (numbers, items, partners, flows, periods,
directions and markers). The assembler reads that list; nothing here decides what a figure means."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from scraper.parser import lexicon, numbers, periods
from scraper.parser.casefold import lower_ascii
from scraper.parser.prefilter import LITERALS, UNKNOWN, Alternation, Found, Narrowed, matches_at_starts


class Mention(NamedTuple):
    """One thing found in a sentence. Immutable like a frozen dataclass, but built several times faster:
    a sentence makes a handful and a page some fifty (read by attribute only)."""

    kind: str  # money|won|pct|num|period|item|ctxitem|region|flow|up|down|prior|noyoy|noise|subord|skip
    start: int
    end: int
    value: Any = None
    text: str = ""


_new_mention = tuple.__new__
_BY_PLACE_LENGTH_PRIORITY_KIND = itemgetter(
    0, 1, 2, 3
)  # a Mention from its five fields without NamedTuple's Python-level __new__


def _by_length(patterns: list[str]) -> list[str]:
    """Longer alternatives first, so that at one position the longest name is the one matched."""
    return sorted(patterns, key=len, reverse=True)


# No Latin letter may follow a name (Korean attaches particles, so Hangul may). The check that no Latin
# letter precedes it is made after matching (see `scan`): a leading look-behind would stop the regex
# engine from skipping ahead to the possible first characters, which is most of its speed.
_NAME_END = r"(?![A-Za-z])"


@cache
def _table_patterns() -> list[tuple[str, Alternation, int]]:
    """(kind, pattern, priority) for every lexicon table; lower priority wins ties of equal length."""
    table: list[tuple[str, Alternation, int]] = []

    def add(kind: str, alternatives: list[str], priority: int, flags: int = re.I, suffix: str = _NAME_END) -> None:
        table.append((kind, Alternation(_by_length(alternatives), suffix, flags), priority))

    for code, alternatives in lexicon.ITEMS.items():
        add(f"item:{code}", alternatives, 3)
    for code, alternatives in lexicon.REGIONS.items():
        add(f"region:{code}", alternatives, 3, flags=0 if code in {"us", "eu", "india"} else re.I)
    for name, alternatives in lexicon.OTHER_REGIONS.items():
        add(f"region:other:{name}", alternatives, 3, flags=0)
    for code, alternatives in lexicon.FLOWS.items():
        add(f"flow:{code}", alternatives, 4)
    for parent, children in lexicon.CONTEXT_ITEMS.items():
        for code, alternatives in children.items():
            add(f"ctxitem:{parent}>{code}", alternatives, 5)
    add("up", lexicon.UP_WORDS, 6)
    add("down", lexicon.DOWN_WORDS, 6)
    add("prior", lexicon.PRIOR_MARKERS, 2)
    add("noise", lexicon.NOISE_CLAUSE, 2)
    add("subord", lexicon.SUBORDINATE, 6)
    add("noyoy_before", lexicon.NOT_YOY_BEFORE, 6)
    add("noyoy_after", lexicon.NOT_YOY_AFTER, 6)
    add("examples", lexicon.EXAMPLES, 6)
    add("world", lexicon.WORLD_CUES, 6)
    add("threshold_before", lexicon.THRESHOLD_BEFORE, 7)
    add("threshold_after", lexicon.THRESHOLD_AFTER, 7, suffix="")
    add("approx", lexicon.APPROXIMATE_BEFORE, 7)
    return table


_WORD = object()  # marks a lexicon pattern: a name, checked for a Latin letter before it
ScanPattern = tuple[str, Alternation, Any, int]  # kind, pattern, value reader, priority


@cache
def _scan_patterns() -> tuple[ScanPattern, ...]:
    """(kind, pattern, value reader, priority) for everything `scan` looks for. Patterns whose reader
    takes named groups stay whole; the others are split into branches a document can drop."""
    readers: list[ScanPattern] = [
        ("won", Alternation.of(numbers.KO_WON_RE, split=True), None, 0),
        ("won", Alternation.of(numbers.EN_WON_RE, split=True), None, 0),
        ("money", Alternation.of(numbers.KO_MONEY_RE, split=False), numbers.korean_money_value, 0),
        ("money", Alternation.of(numbers.EN_MONEY_RE, split=False), numbers.en_money_value, 0),
        ("pct", Alternation.of(numbers.PERCENT_RE, split=False), numbers.percent_value, 0),
        ("skip", Alternation.of(periods.NOT_PERIOD, split=True), None, 1),
        *(("period", Alternation.of(pattern, split=False), handler, 1) for pattern, handler in periods.PATTERNS),
        *((kind, pattern, _WORD, priority) for kind, pattern, priority in _table_patterns()),
        ("pct", Alternation.of(IMPLIED_PERCENT, split=False), _implied_percent, 8),
    ]
    return tuple(readers)


@dataclass
class ScanPlan:
    """What `scan` runs over the sentences of one document.

    `patterns` are those with a branch that can match somewhere in the document (`found`: the gate
    strings it contains); each sentence then narrows them again to the branches its own strings allow.
    A sentence's strings are those of its words (plus any with white space in it), and a sentence's
    words are mostly words its document had: their answers are kept, so a sentence costs a dictionary
    lookup per word. Whether a pattern can match only grows with the strings present, so a sentence
    whose strings are all its document's needs no list of the document's patterns: that list is worked
    out only for a sentence with a string of its own (its spoken numbers rewritten otherwise than in the
    document as a whole).
    `narrow=False` runs every pattern whole on every sentence: the plain computation the shortcuts must
    agree with."""

    found: Found | None = None  # None: every pattern is possible
    narrow: bool = True

    @cached_property
    def numbers(self) -> frozenset[int]:
        """The numbers (in `_scan_patterns()`) of the patterns that can match in the document."""
        if self.found is None:
            return frozenset(range(len(_scan_patterns())))
        present = self.found.mask
        numbers = []
        for number, mask, gated, alternation in _gate_table():  # inlined `narrowed_for`: mostly known answers
            key = present & mask
            if not key and gated:
                continue
            narrowed = alternation.answers.get(key, UNKNOWN)
            if narrowed is UNKNOWN:
                narrowed = alternation.narrowed_for(present)
            if narrowed is not None:
                numbers.append(number)
        return frozenset(numbers)

    @property
    def patterns(self) -> tuple[ScanPattern, ...]:
        """The patterns that can match in the document (every one, for `all_patterns`)."""
        return tuple(pattern for number, pattern in enumerate(_scan_patterns()) if number in self.numbers)

    def holds(self, present: int) -> bool:
        """Are all of a sentence's gate strings (`present`) in the document?"""
        return self.found is not None and present | self.found.mask == self.found.mask

    @staticmethod
    def present(sentence: str, lowered: str) -> int:
        """The gate strings in a sentence, as LITERALS bits."""
        mask = LITERALS.words_mask(sentence.split())
        if LITERALS.any_spaced:
            mask |= LITERALS.finder((False, True)).mask(sentence) | LITERALS.finder((True, True)).mask(lowered)
        return mask


def all_patterns() -> ScanPlan:
    """Every pattern whole, no branch dropped: what `patterns_for` must always agree with."""
    return ScanPlan(narrow=False)


@cache
def _gate_table() -> tuple[tuple[int, int, bool, Alternation], ...]:
    """(number, gate mask, gated, alternation) of every scan pattern: what `ScanPlan.numbers` reads of each
    pattern, looked up once (masks are fixed when an alternation is built)."""
    return tuple(
        (number, pattern[1].mask, pattern[1].gated, pattern[1]) for number, pattern in enumerate(_scan_patterns())
    )


def patterns_for(document: str) -> ScanPlan:
    """The plan of a document (pass the text after spoken-number rewriting too): the gate strings it
    contains, found once for all its sentences."""
    _gate_table()  # first: building the patterns registers their gate strings
    return ScanPlan(Found.in_document(document))


_DIGIT = re.compile(r"\d")  # the digits `\d` in the patterns match (lower-casing moves none)

# A line that declares its unit ("증감률(%)", "(억불)", "($0.1B, %)") makes its bare numbers figures.
# "(단위: %):", "(USD billion, YoY %):"; never a figure's own change before a colon ("17.6억 달러(△24.3%): OLED …")
UNIT_DECLARATION = re.compile(
    r"(?:(?P<pct>\(\s?%\s?\)|\([^()]{0,20}[^\d.()\s]\s?%\s?\))|(?P<eok>\((?:[^()%]{0,20}[,·]\s?)?억\s?(?:불|달러)(?:\s?[,·]\s?[^()%\d]{1,12})?\s?\)))\s?(?:추이\s?|현황\s?)?:"
)
# Korean copy sometimes drops the % sign: "전년보다 0.9 감소한", "3분기 ... 25.9↑".
# ... and with the plain verbs: "1년 전보다 0.9 줄었고", "2.1 늘었다"
IMPLIED_PERCENT = re.compile(
    r"(?<![\d.,])(?P<num>\d{1,3}\.\d)\s?(?P<dir>감소|증가|하락|상승|↑|↓|줄(?=[었어])|늘(?=[었어]))"
)
DOWN_MARKS = {"감소", "하락", "↓", "줄"}
BARE_NUMBER = re.compile(
    r"(?<![\d.,’'])(?P<sign>[△▼+-])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<after>\s?[↑↓])?"
    r"(?![\d.%]|,\d|\s?(?:위|년|월|일|개|분기|배|명|건|차))"  # ("2차 전지": an ordinal, no amount)
)


def _implied_percent(match: re.Match[str]) -> tuple[float, int]:
    return numbers.to_float(match.group("num")), -1 if match.group("dir") in DOWN_MARKS else 1


_BILLIONS = re.compile(r"billions?|\bbn\b|십억", re.I)
_HUNDRED_MILLIONS = re.compile(r"\b100\s?(?:millions?|mn)\b", re.I)
_MILLIONS = re.compile(r"millions?|\bmn\b|백만", re.I)


# a caption with no figure that ends on its note, without the colon ("※ 월별 ICT 수출 증감률(전년 동월 대비, %)"
# over "'26년 11월 △2.1 / 12월 3.4 / …"): the same declaration
_CAPTION_NOTE = re.compile(
    r"(?:(?P<pct>\(\s?%\s?\)|\([^()]{0,20}[^\d.()\s]\s?%\s?\))|(?P<eok>\((?:[^()%]{0,20}[,·]\s?)?억\s?(?:불|달러)(?:\s?[,·]\s?[^()%\d]{1,12})?\s?\)))\s*$"
)
_NOT_A_CAPTION = re.compile(r"\d(?![\d.]*\s?(?:월|년|분기))|[|│┃\t]")  # (a month it names is no figure)


def _caption_note(sentence: str) -> re.Match[str] | None:
    if not sentence.rstrip().endswith(")"):
        return None
    note = _CAPTION_NOTE.search(sentence)
    return note if note and not _NOT_A_CAPTION.search(sentence, 0, note.start()) else None


@lru_cache(maxsize=64)  # asked by the reader and by `scan` for the same sentence
def declared_unit(sentence: str) -> tuple[str, int] | None:
    """The unit a line declares for its bare numbers ("pct", "eok", "eok_pct" or "bil_pct") and where it ends."""
    if "(" not in sentence:
        return None  # a declaration is "(…):" (most lines have neither)
    declared = UNIT_DECLARATION.search(sentence) if ":" in sentence else _caption_note(sentence)
    if not declared:
        return None
    if declared.group("eok"):
        return "eok", declared.end()
    inside = declared.group("pct")
    if "억" in inside or _HUNDRED_MILLIONS.search(inside):
        return "eok_pct", declared.end()  # "(억 달러, %)", "(USD 100 million, YoY %)"
    if _MILLIONS.search(inside):
        return "mil_pct", declared.end()
    return ("bil_pct" if _BILLIONS.search(inside) else "pct"), declared.end()  # "(USD billion, YoY %):"


def _declared_figures(sentence: str, unit: str, start: int) -> list[tuple[str, re.Match[str], Any]]:
    """Bare numbers under a declared unit: percentages, 억 amounts, or a two-digit year "(21)"."""
    found: list[tuple[str, re.Match[str], Any]] = []
    for match in BARE_NUMBER.finditer(sentence, start):
        value = numbers.to_float(match.group("num"))
        in_parentheses = sentence[max(0, match.start() - 1) : match.start()] == "("
        if unit == "pct" or (unit.endswith("_pct") and in_parentheses) or match.group("after"):
            # an arrow makes a change of any number: "(억 달러) : ('16.7월)51.2(2.6↓)" declares the amounts only
            marks = (match.group("sign") or "") + (match.group("after") or "")
            sign = -1 if any(m in "△▼-↓" for m in marks) else (1 if "↑" in marks else 0)
            found.append(("pct", match, (value, sign)))
        elif (
            in_parentheses
            and re.fullmatch(r"\d{2}", match.group("num"))
            and sentence[match.end() : match.end() + 1] == ")"
        ):
            found.append(("period", match, periods.PeriodSpec(1, 12, year=2000 + int(match.group("num")))))
        else:
            scale = 1e9 if unit.startswith("bil") else (1e6 if unit.startswith("mil") else 1e8)
            found.append(("money", match, float(round(value * scale))))
    return found


# kind, the pattern narrowed for a sentence, whether it runs on the lower-cased sentence, how far before a
# digit a match starts (`Narrowed.lead`), the strings every match starts with (`Narrowed.starts`), value reader,
# priority: the narrowed pattern's fields taken out once, not looked up again for every sentence that runs it
Run = tuple[str, re.Pattern[str], bool, int | None, tuple[str, ...] | None, Any, int]


def _run(kind: str, narrowed: Narrowed, read: Any, priority: int, plain: bool = False) -> Run:
    """The run of a narrowed pattern (`plain`: searched at every position, for the plain computation)."""
    starts = None if plain else narrowed.starts
    return (kind, narrowed.pattern, narrowed.on_lowered, narrowed.lead, starts, read, priority)


MAX_RUNS = 4096  # sets of gate strings whose runs are kept (a few hundred after a few hundred documents)
# per set of gate strings: the pattern numbers of its runs, the runs, and the runs with their numbers
_runs_by_present: dict[int, tuple[frozenset[int], list[Run], tuple[tuple[int, Run], ...]]] = {}


def _runs(plan: ScanPlan, sentence: str, lowered: str) -> list[Run]:
    """The patterns to run on a sentence, each narrowed to the branches the sentence's strings allow.
    That depends on which gate strings the sentence has and nothing else, and sentences share those
    sets (some 250 sets over 600 distinct sentences): each set's runs are worked out once."""
    if not plan.narrow:
        return [
            _run(kind, alternation.whole, read, priority, plain=True)
            for kind, alternation, read, priority in plan.patterns
        ]
    present = plan.present(sentence, lowered)
    known = _runs_by_present.get(present)
    if known is None:
        if len(_runs_by_present) >= MAX_RUNS:
            _runs_by_present.clear()
        runs = _runs_for(present)
        known = _runs_by_present[present] = (frozenset(n for n, _ in runs), [run for _, run in runs], runs)
    needed, plain, numbered = known
    if plan.holds(present):
        return plain  # (the usual case: the document has the sentence's strings, so it allows its patterns)
    numbers = plan.numbers
    if needed <= numbers:
        return plain  # (the document allows every pattern the sentence's strings allow)
    return [run for number, run in numbered if number in numbers]


def _runs_for(present: int) -> tuple[tuple[int, Run], ...]:
    """(pattern number, run) for every scan pattern with a branch the `present` strings allow."""
    runs = []
    for number, (kind, alternation, read, priority) in enumerate(_scan_patterns()):
        key = present & alternation.mask
        if not key and alternation.gated:
            continue
        narrowed = alternation.answers.get(key, UNKNOWN)
        if narrowed is UNKNOWN:
            narrowed = alternation.narrowed_for(present)
        if narrowed is not None:
            runs.append((number, _run(kind, narrowed, read, priority)))
    return tuple(runs)


def _candidates(runs: list[Run], sentence: str, lowered: str) -> list[tuple[int, int, int, str, Any]]:
    """Every match of the patterns to run, as (start, -length, priority, kind, value)."""
    candidates: list[tuple[int, int, int, str, Any]] = []
    append = candidates.append
    digit = _DIGIT.search(sentence)
    digit_at = digit.start() if digit is not None else -1
    for kind, pattern, on_lowered, lead, starts, read, priority in runs:
        if lead is None:
            search_from = 0
        elif digit_at < 0:
            continue  # every match has a digit near its start
        else:
            search_from = digit_at - lead if digit_at > lead else 0
        text = lowered if on_lowered else sentence
        found = matches_at_starts(pattern, text, starts, search_from) if starts else pattern.finditer(text, search_from)
        if read is _WORD:
            for match in found:
                start, end = match.span()
                if end == start:
                    continue
                if start and sentence[start - 1].isascii() and sentence[start - 1].isalpha() and text[start].isascii():
                    continue  # inside a longer Latin word ("EU" in "SEOUL")
                append((start, start - end, priority, kind, None))
        else:
            for match in found:
                value = read(match) if read is not None else None
                start, end = match.span()
                if end > start:
                    append((start, start - end, priority, kind, value))
    return candidates


# "반도체 131.8억 달러 (+29.2%) 👉 메모리 83.4억(+33.5%)": after an amount in 억 dollars, a bare 억 amount with its
# change in brackets is in the same unit, the currency left out
_BARE_EOK = re.compile(r"(?<![\d.,])(\d{1,4}(?:\.\d{1,2})?)억(?=\s?\([+\-△▲▼]?\s?\d)")
_DOLLAR_EOK = re.compile(r"억\s?(?:달러|불|弗)")
_WON = re.compile(r"[억조]\s?원")


def _eok_after_dollar_eok(sentence: str, candidates: list[tuple[int, int, int, str, Any]]) -> list[Any]:
    """Bare 억 amounts after the sentence's first amount in 억 dollars (never in a sentence that counts won)."""
    first = _DOLLAR_EOK.search(sentence)
    if first is None or _WON.search(sentence):
        return []
    return [
        (match.start(), match.start() - match.end(), 7, "money", float(round(numbers.to_float(match.group(1)) * 1e8)))
        for match in _BARE_EOK.finditer(sentence, first.end())
    ]


# a unit note is no amount: "(unit: USD 100 million, % change)", "(100 million USD, %, on-year)" name the unit of a
# chart's or table's figures (a round 1, 10, 100 or 1,000 of a scale after "unit:" or before ", %")
_ROUND_SCALE = r"(?:1|10|100|1,000)\s?(?:[Mm]illion|[Bb]illion|bn|mn)\b"
_UNIT_NOTE = re.compile(
    rf"\b[Uu][Nn][Ii][Tt][Ss]?\s?:\s?(?:US\$|USD|\$)?\s?{_ROUND_SCALE}"
    rf"|\(\s?(?:US\$|USD|\$)?\s?{_ROUND_SCALE}(?:\s?(?:USD|US\sdollars|dollars))?\s?, ?%"
)


def _unit_notes(sentence: str, lowered: str) -> list[tuple[int, int]]:
    """Spans of unit notes written like amounts (looked for only where "unit" or ", %" is)."""
    if "unit" not in lowered and ", %" not in sentence and ",%" not in sentence:
        return []
    return [match.span() for match in _UNIT_NOTE.finditer(sentence)]


def scan(sentence: str, inherited_unit: str | None = None, patterns: ScanPlan | None = None) -> list[Mention]:
    """All mentions in a sentence, left to right, overlaps resolved longest-first. `inherited_unit` is a
    unit declared by the line before ("추이(%) :" with the figures on the next line); `patterns` narrows
    the search to those `patterns_for` the document found possible."""
    lowered = lower_ascii(sentence)
    runs = _runs(patterns if patterns is not None else patterns_for(sentence), sentence, lowered)
    candidates = _candidates(runs, sentence, lowered)

    declared = declared_unit(sentence)
    if declared is None and inherited_unit:
        declared = (inherited_unit, 0)
    if declared:
        for kind, match, value in _declared_figures(sentence, *declared):
            if match.end() > match.start():
                candidates.append((match.start(), match.start() - match.end(), 7, kind, value))

    if "억(" in sentence or "억 (" in sentence:
        candidates.extend(_eok_after_dollar_eok(sentence, candidates))
    if notes := _unit_notes(sentence, lowered):
        candidates = [c for c in candidates if c[3] != "money" or not any(a <= c[0] < b for a, b in notes)]
    candidates.sort(
        key=_BY_PLACE_LENGTH_PRIORITY_KIND
    )  # (two patterns may find the same span: their values never compare)
    mentions: list[Mention] = []
    taken_until = -1
    for start, neg_length, _priority, kind, value in candidates:
        end = start - neg_length
        if start < taken_until:
            continue
        mentions.append(_new_mention(Mention, (kind, start, end, value, sentence[start:end])))
        taken_until = end
    return [m for m in mentions if m.kind != "period" or not _names_an_event(sentence, m)]


_MONTH_NAME = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
# what a month names when it is a period of the figures ("the February figure", "the March data", "the June quarter")
_PERIOD_NOUN = re.compile(
    r"\s(?:exports?|imports?|shipments?|outbound|trade|figures?|numbers?|data|tally|totals?|readings?|release|report"
    r"|levels?|results?|records?|surplus|deficit|balance|period|quarter|half|value|amounts?|rise|fall|drop|gain"
    r"|decline|increase|growth|performance|high|low|peak|month|sales|level|pace|count|statistics|tallies|and|to|"
    r"through|or)\b"
)
_LOWER_WORD = re.compile(r"\s[a-z]")


def _names_an_event(sentence: str, mention: Mention) -> bool:
    """'still recovering from the February floods', 'hit by the March earthquake': a bare month as the label of
    an event, not the period of a figure."""
    return (
        sentence.endswith("the ", 0, mention.start)
        and _MONTH_NAME.fullmatch(mention.text) is not None
        and _LOWER_WORD.match(sentence, mention.end) is not None
        and _PERIOD_NOUN.match(sentence, mention.end) is None
    )
