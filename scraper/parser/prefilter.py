"""Skip a pattern, or the branches of one, for a text that cannot contain a match, without running it.

From the parsed form of a regular expression we derive sets of literal strings of which a text with
a match must contain one ("percent", "%" for a percentage; "same", "previous", ... for a year-earlier
marker); a pattern may need several such sets at once ("korea's" and "total" and "exports"). A
substring test is a fraction of the cost of running a long alternation, and most of the scanner's
hundred patterns find nothing in most sentences. The sets are only ever a necessary condition: when
none can be derived the pattern always runs.

A document's gate strings are found once; a sentence tests only those the document has, and each
alternation keeps, per combination of strings present, its pattern narrowed to the branches that can
match: a dictionary lookup per alternation and sentence instead of a regex run.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, reduce
from importlib import import_module
from operator import or_
from typing import Any

from scraper.parser.casefold import caseless, lower_ascii

# the parser `re` itself uses; stable since 3.11, private, so typed as Any
sre: Any = import_module("re._constants")
sre_parse: Any = import_module("re._parser")

MAX_NARROWED = 512  # compiled narrowings kept per alternation
MAX_BY_FOUND = 1024  # answers kept per alternation (a few hundred after 400 documents; each is cheap to redo)
MAX_WORDS = 200_000  # words whose gate strings are kept (a few MB)
MAX_CLASS_LITERALS = 12  # a character class of this many plain characters or fewer gates as a set of them
MAX_CONDITIONS = 3  # sets of strings a pattern is gated on (all must be present)
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}

Condition = frozenset[str]  # a match contains one of these strings


def required_conditions(compiled: re.Pattern[str]) -> tuple[Condition, ...]:
    """Sets of strings of which a text with a match contains one string from each (in the match, or
    next to it where a look-around asks for it), most selective first; empty when nothing can be said."""
    return analyse(compiled)[0]


def analyse(compiled: re.Pattern[str]) -> tuple[tuple[Condition, ...], int | None]:
    """`required_conditions` and `digit_lead` of a pattern, from one parse of it."""
    try:
        parsed = sre_parse.parse(compiled.pattern, compiled.flags)
    except Exception:  # an unfamiliar pattern: no gate, the pattern simply always runs
        return (), None
    return _ranked_conditions(parsed, compiled.flags), _safe(_lead, parsed)


def _ranked_conditions(parsed: Any, flags: int) -> tuple[Condition, ...]:
    if flags & re.IGNORECASE:
        return ()
    conditions = _safe(_conditions, parsed) or []
    ranked = sorted(set(conditions), key=_rank, reverse=True)
    strong = [condition for condition in ranked if not _weak(condition)]
    weak = [condition for condition in ranked if _weak(condition)]
    return tuple((strong + weak)[:MAX_CONDITIONS])


def _safe(function: Any, parsed: Any) -> Any:
    """An unfamiliar parse tree says nothing (None) rather than failing the parser."""
    try:
        return function(parsed)
    except Exception:
        return None


def _weak(condition: Condition) -> bool:
    """A condition met by most sentences ('.', 'a', '20' of a year): alone it saves few regex runs. It
    comes after every other and still fills a place left spare: a sentence's gate strings are found from
    its words (each word's kept), so one more condition costs no more per sentence, and a pattern that
    needs "billion" and a "(" (the year before "(US$ 5 billion)") is skipped where the "(" is missing."""
    return any(
        (len(literal) == 1 and literal in _COMMON_CHARACTERS) or (len(literal) <= 2 and literal.isdigit())
        for literal in condition
    )


_COMMON_CHARACTERS = frozenset(string.ascii_letters + string.digits + string.whitespace + '.,;:"()-~')


def _rank(condition: Condition) -> tuple[bool, int, int, tuple[str, ...]]:
    """Better conditions sort last: not weak, then more selective."""
    return (not _weak(condition), *_selectivity(condition))


def required_literals(compiled: re.Pattern[str]) -> Condition | None:
    """The most selective of `required_conditions`, or None when there is none."""
    conditions = required_conditions(compiled)
    return conditions[0] if conditions else None


def _selectivity(condition: Condition) -> tuple[int, int, tuple[str, ...]]:
    """Longer shortest string first, then fewer strings (the strings themselves only break ties)."""
    return min(map(len, condition)), -len(condition), tuple(sorted(condition))


def _best(conditions: list[Condition]) -> Condition | None:
    return max(conditions, key=_rank) if conditions else None


def _conditions(items: Any) -> list[Condition]:
    """Every item of a sequence must match, so each item's conditions are the sequence's; a branch
    point needs one of its branches, so it contributes the union of each branch's best condition."""
    conditions: list[Condition] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            conditions.append(frozenset(["".join(run)]))
            run.clear()

    for op, argument in items:
        if op is sre.LITERAL:
            run.append(chr(argument))
            continue
        flush()
        if op is sre.IN:
            found = _class_literals(argument)
            conditions.extend([found] if found else [])
        elif op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, body = argument
            conditions.extend([] if add_flags & re.IGNORECASE else _conditions(body))
        elif op is sre.BRANCH:
            branches = [_best(_conditions(branch)) for branch in argument[1]]
            known = [branch for branch in branches if branch is not None]
            conditions.extend([frozenset[str]().union(*known)] if known and len(known) == len(branches) else [])
        elif op in _REPEATS:
            low, _high, body = argument
            conditions.extend(_conditions(body) if low >= 1 else [])
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            conditions.extend(_conditions(argument))
        elif op is sre.ASSERT:  # a look-ahead or look-behind: its strings are in the text, next to the match
            _direction, body = argument
            conditions.extend(_conditions(body))
    flush()
    return conditions


def _class_literals(items: Any) -> Condition | None:
    """A class of a few plain characters ("[억만]", "[이2]") needs one of them; ranges, categories
    (\\d, \\s) and negated classes say nothing cheap to test."""
    if len(items) > MAX_CLASS_LITERALS or any(op is not sre.LITERAL for op, _argument in items):
        return None
    return frozenset(chr(argument) for _op, argument in items)


# Gate strings are tested in groups: on the text as it is or lower-cased (`on_lowered`), and, for a
# whole document, on its words (strings without white space) or on the text itself (strings with some).
Group = tuple[bool, bool]  # (on_lowered, spaced)
GROUPS: tuple[Group, ...] = ((False, False), (True, False), (False, True), (True, True))


def word_tree(strings: Sequence[str]) -> str:
    """A regex matching, at a position, the longest of `strings` that starts there: the strings as a
    tree of shared prefixes, each step a short alternation (so a position costs a few character tests,
    not one test per string)."""
    tree: dict[str, Any] = {}
    for literal in strings:
        node = tree
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}  # a string ends here
    return _trie_source(tree, root=True)


ROOT_BUCKET = 40  # first characters per guarded group at the root of a `word_tree`


def _trie_source(node: dict[str, Any], root: bool = False) -> str:
    """The regex of one tree node. The regex engine tries an alternation's branches one by one, and the
    root has a branch per first character (some 170 with Hangul): there the branches go in groups
    behind a character-class guard, so a position tests a few guards instead of every branch."""
    children = [(char, child) for char, child in sorted(node.items()) if char]
    steps = [re.escape(char) + _trie_source(child) for char, child in children]
    if not steps:
        return ""
    if root and len(steps) > ROOT_BUCKET:
        groups = []
        for first in range(0, len(steps), ROOT_BUCKET):
            chars = "".join(re.escape(char) for char, _child in children[first : first + ROOT_BUCKET])
            groups.append(f"(?=[{chars}])(?:{'|'.join(steps[first : first + ROOT_BUCKET])})")
        steps = groups
    joined = steps[0] if len(steps) == 1 else f"(?:{'|'.join(steps)})"
    return f"(?:{joined})?" if "" in node else joined  # greedy: a longer string first


class StringFinder:
    """Which of many strings a text contains, from one regex pass instead of one search per string.

    A look-ahead reports, at every position, the longest string starting there; any shorter string
    starting there is a prefix of it, so each string found also stands for its prefixes in the set."""

    def __init__(self, strings: Sequence[str], bits: Sequence[int]) -> None:
        self.size = len(strings)
        self.pattern = re.compile(f"(?=({word_tree(strings)}))") if strings else None
        bit_of = dict(zip(strings, bits, strict=True))
        self.closure_mask: dict[str, int] = {}  # a string -> the bits of it and its prefixes in the set
        for literal in strings:
            prefixes = {literal[:end] for end in range(1, len(literal) + 1)}
            self.closure_mask[literal] = sum(bit_of[prefix] for prefix in prefixes if prefix in bit_of)

    def mask(self, text: str) -> int:
        """The bits of the strings in `text`."""
        if self.pattern is None:
            return 0
        return reduce(or_, map(self.closure_mask.__getitem__, set(self.pattern.findall(text))), 0)  # shared prefixes


def _searched(on_lowered: bool, literal: str) -> tuple[bool, str]:
    """Where a string is looked for: a string without ASCII letters ("억", "%") is in a text exactly when
    it is in the lower-cased text, so all such strings share one search of the lower-cased text."""
    return on_lowered or not any(char in _ASCII_LETTERS for char in literal), literal


_ASCII_LETTERS = frozenset(string.ascii_letters)


class LiteralBits:
    """Every string some gate needs, each with its own bit, so a text's gates are settled at once.

    Which strings a text contains is kept as an int; a condition is then one AND of that int with the
    condition's own mask, instead of a Python loop over its strings for every pattern and sentence.
    """

    def __init__(self) -> None:
        self._bits: dict[tuple[bool, str], int] = {}
        self.strings: dict[Group, list[str]] = {group: [] for group in GROUPS}
        self.bits: dict[Group, list[int]] = {group: [] for group in GROUPS}  # the same order: each string's bit
        self._finders: dict[Group, StringFinder] = {}
        self._word_masks: dict[str, int] = {}  # a word -> the bits of the unspaced strings in it
        self._word_sizes = (0, 0)  # the number of unspaced strings `_word_masks` was made with

    def mask(self, on_lowered: bool, condition: Condition) -> int:
        """The bits of a condition's strings (registered on first sight) for a pattern that runs on the
        lower-cased text (`on_lowered`) or on the text as it is."""
        mask = 0
        for literal in condition:
            key = _searched(on_lowered, literal)
            bit = self._bits.get(key)
            if bit is None:
                bit = self._bits[key] = 1 << len(self._bits)
                group = (key[0], any(char.isspace() for char in literal))
                self.strings[group].append(literal)
                self.bits[group].append(bit)
            mask |= bit
        return mask

    def finder(self, group: Group) -> StringFinder:
        """The group's finder, built again when strings were registered since."""
        finder = self._finders.get(group)
        if finder is None or finder.size != len(self.strings[group]):
            finder = self._finders[group] = StringFinder(self.strings[group], self.bits[group])
        return finder

    @property
    def any_spaced(self) -> bool:
        """Is a string with white space registered (then a text's strings are not just its words')?"""
        return bool(self.strings[(False, True)] or self.strings[(True, True)])

    def words_mask(self, words: Iterable[str]) -> int:
        """The bits of the strings without white space in any of `words`. Each word's answer is kept: a
        sentence's words are mostly words its document had, and the same words come back in document
        after document."""
        sizes = (len(self.strings[(False, False)]), len(self.strings[(True, False)]))
        if sizes != self._word_sizes or len(self._word_masks) >= MAX_WORDS:
            self._word_masks.clear()  # strings registered since (or a bound for months-long runs)
            self._word_sizes = sizes
        known = self._word_masks
        mask = 0
        for word in words:
            word_mask = known.get(word)
            if word_mask is None:
                word_mask = known[word] = self.finder((False, False)).mask(word) | self.finder((True, False)).mask(
                    lower_ascii(word)
                )
            mask |= word_mask
        return mask


LITERALS = LiteralBits()


@dataclass(frozen=True)
class Found:
    """The gate strings a text contains, as LITERALS bits."""

    mask: int

    @classmethod
    def in_document(cls, text: str) -> Found:
        """A string without white space is in a text exactly when it is in one of the text's words, and
        a document repeats its words: each distinct word is looked up once."""
        mask = LITERALS.words_mask(set(text.split()))
        if LITERALS.any_spaced:
            mask |= LITERALS.finder((False, True)).mask(text) | LITERALS.finder((True, True)).mask(lower_ascii(text))
        return cls(mask)

    @classmethod
    def everywhere(cls, text: str, lowered: str) -> Found:
        """Against every registered string, by the string finders alone (no kept answers)."""
        return cls(cls.mask_everywhere(text, lowered))

    @staticmethod
    def mask_everywhere(text: str, lowered: str) -> int:
        """The bits of every registered string in the text."""
        mask = 0
        for (on_lowered, spaced), searched in (((False, False), text), ((True, False), lowered)):
            mask |= LITERALS.finder((on_lowered, spaced)).mask(searched)
            mask |= LITERALS.finder((on_lowered, True)).mask(searched)
        return mask


@dataclass(frozen=True)
class Narrowed:
    """A pattern as one text needs it: only the branches that can match there."""

    pattern: re.Pattern[str]
    on_lowered: bool  # run it on `lower_ascii(text)`
    lead: int | None = None  # a match starts at most this far before a digit (None: needs no digit)
    starts: tuple[str, ...] | None = None  # every match starts with one of these (`start_strings`)


UNKNOWN = Narrowed(re.compile(""), False)  # not yet in an alternation's table of answers

# Start strings worth looking for: several (one is `re`'s own literal prefix), none shorter than a month's
# abbreviation (a common short string would leave as many places to try as the guard does), not too many
MIN_STARTS, MAX_STARTS, MIN_START_LENGTH = 2, 16, 3


def start_strings(compiled: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match starts with ("jan", "feb", … for a month's name), where they are
    worth looking for; None otherwise. A pattern that `re` can only guard by its first characters (some
    twenty letters for the months: a try at every third position of a text, each trying every branch) is
    then tried only where one of them occurs (`matches_at_starts`)."""
    if compiled.flags & re.IGNORECASE:
        return None  # its strings would need every case
    try:
        found = _starts(list(sre_parse.parse(compiled.pattern, compiled.flags)))
    except Exception:  # an unfamiliar pattern (or `re` internals changed): no start strings
        return None
    if not found:
        return None
    shortest = {string for string in found if not any(other != string and string.startswith(other) for other in found)}
    if not MIN_STARTS <= len(shortest) <= MAX_STARTS or min(map(len, shortest)) < MIN_START_LENGTH:
        return None
    return tuple(sorted(shortest))


def _starts(items: list[Any]) -> set[str] | None:
    """The strings a match of a sequence starts with: its leading literals, or the start strings of its
    first item that consumes text (a group's, each branch's, an optional part's together with what follows
    it). None where a match may start otherwise (a class, a category, any character)."""
    prefix = ""
    for index, (op, argument) in enumerate(items):
        if _zero_width(op, argument):
            if prefix:
                break
            continue  # a look-around or an anchor: the match starts where the next item does
        if op is sre.LITERAL:
            prefix += chr(argument)
            continue
        if prefix:
            break
        if op is sre.SUBPATTERN:
            return None if argument[1] & re.IGNORECASE else _starts(list(argument[3]))
        if op is sre.BRANCH:
            union: set[str] = set()
            for branch in argument[1]:
                found = _starts(list(branch))
                if found is None:
                    return None  # a branch that may start otherwise
                union |= found
            return union
        if op in _REPEATS:
            low, high, body = argument
            if low >= 1:
                return _starts(list(body))
            inside, after = _starts(list(body)), _starts(items[index + 1 :])
            return None if high != 1 or inside is None or after is None else inside | after
        return None
    return {prefix} if prefix else None


def _zero_width(op: Any, argument: Any) -> bool:
    """Does an item consume nothing whatever it matches (a look-around, an anchor, a group of them)?"""
    if op in _ZERO_WIDTH:
        return True
    if op is sre.BRANCH:
        return all(all(_zero_width(*item) for item in branch) for branch in argument[1])
    if op is sre.SUBPATTERN:
        return all(_zero_width(*item) for item in argument[3])
    return False


def matches_at_starts(
    pattern: re.Pattern[str], text: str, starts: tuple[str, ...], pos: int = 0
) -> list[re.Match[str]]:
    """`list(pattern.finditer(text, pos))` for a pattern whose every match starts with one of `starts`: the
    pattern is tried where they occur, left to right, each try after the last match's end (as `finditer`
    goes on), and nowhere else. A match is never empty (it starts with a string), so no empty-match rule
    applies."""
    places: set[int] = set()
    for start in starts:
        at = text.find(start, pos)
        while at >= 0:
            places.add(at)
            at = text.find(start, at + 1)
    found: list[re.Match[str]] = []
    end = pos
    for place in sorted(places):
        if place >= end and (match := pattern.match(text, place)) is not None:
            found.append(match)
            end = match.end()
    return found


MAX_LEAD = 30  # longest prefix before a digit worth measuring


def digit_lead(compiled: re.Pattern[str]) -> int | None:
    """How far before its first digit a match can start, when every match has a digit that close to
    its start ("minus 3.5%": 6): a text without digits is skipped, and a search starts that far before
    the text's first digit instead of at every position before it. None when nothing can be said."""
    return analyse(compiled)[1]


def _combined_lead(leads: Sequence[int | None]) -> int | None:
    """The lead of an alternation: its widest branch's, if every branch has one."""
    return None if not leads or any(lead is None for lead in leads) else max(lead for lead in leads if lead is not None)


def _lead(items: Any) -> int | None:
    """The lead of a sequence: the widest the items before one that starts with a digit can be."""
    lead = 0
    for op, argument in items:
        inner = _item_lead(op, argument)
        if inner is not None:
            return lead + inner
        _low, high = sre_parse.SubPattern(items.state, [(op, argument)]).getwidth()
        if high > MAX_LEAD:
            return None
        lead += high
    return None


def _item_lead(op: Any, argument: Any) -> int | None:
    if op is sre.LITERAL:
        return 0 if chr(argument).isdigit() else None
    if op is sre.IN:
        digits = all(
            (kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT)
            or (kind is sre.LITERAL and chr(value).isdigit())
            or (kind is sre.RANGE and value[0] >= ord("0") and value[1] <= ord("9"))
            for kind, value in argument
        )
        return 0 if digits and argument else None
    if op in _REPEATS:
        low, _high, body = argument
        return _lead(body) if low >= 1 else None
    if op is sre.SUBPATTERN:
        return _lead(argument[3])
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _lead(argument)
    if op is sre.BRANCH:
        leads = [_lead(branch) for branch in argument[1]]
        return None if any(lead is None for lead in leads) else max(lead for lead in leads if lead is not None)
    return None


sre_compile: Any = import_module("re._compiler")
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_CATEGORY_CLASSES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
MAX_GUARD_PARTS = 60  # a longer class of first characters is no cheaper than the pattern's own first step


class _NoGuard(Exception):
    """A part whose first characters the guard cannot state (any character, a negated class)."""


def guarded(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern behind a look-ahead for the characters a match can start with, where `re` has no
    literal prefix or first-character set of its own (a pattern that opens with an optional part or a
    word boundary is tried in full at every position). Every match starts with one of those
    characters, so the guarded pattern finds the same matches; it only fails sooner elsewhere."""
    if compiled.flags & re.IGNORECASE:
        return compiled  # its first characters would need every case (the scanner runs none this way)
    try:
        parsed = sre_parse.parse(compiled.pattern, compiled.flags)
        if sre_compile._get_literal_prefix(parsed, compiled.flags)[0] or sre_compile._get_charset_prefix(
            parsed, compiled.flags
        ):
            return compiled
        parts, can_be_empty = _first_characters(parsed.data)
    except Exception:  # an unfamiliar pattern (or `re` internals changed): run it as it is
        return compiled
    parts = list(dict.fromkeys(parts))
    if can_be_empty or not parts or len(parts) > MAX_GUARD_PARTS:
        return compiled
    first = f"[{''.join(parts)}]"
    source = f"(?={first})(?:{compiled.pattern})"
    return _with_first_characters(source, compiled.flags, first) or re.compile(source, compiled.flags)


_sre: Any = import_module("_sre")


def _with_first_characters(source: str, flags: int, first: str, every_case: bool = False) -> re.Pattern[str] | None:
    """`re.compile(source, flags)` for a pattern that opens with the look-ahead `(?=first)`, with `first` also
    given to the regex engine as the characters a match starts with (what `re` records for a pattern that
    opens with a class, not for one behind a look-ahead). A search then skips every other position in one
    tight loop instead of trying the pattern there; the look-ahead stays, so the matches are the same. None
    when `re`'s internals are not the ones this was written against (the look-ahead alone then guards). The
    engine compares a text's characters with `first` as they are: under IGNORECASE (`every_case`) `first` has
    to list every character the pattern's first ones stand for."""
    try:
        parsed = sre_parse.parse(source, flags)
        first_class = sre_parse.parse(first, flags).data
        if len(first_class) != 1 or first_class[0][0] is not sre.IN or (flags & re.IGNORECASE and not every_case):
            return None
        flags |= parsed.state.flags
        low, high = parsed.getwidth()
        if low == 0:
            return None
        code: list[int] = [
            sre.INFO,
            0,
            sre.SRE_INFO_CHARSET,
            min(low, sre_compile.MAXCODE),
            min(high, sre_compile.MAXCODE),
        ]
        charset, has_cased = sre_compile._optimize_charset(first_class[0][1])
        if has_cased:
            return None
        sre_compile._compile_charset(charset, flags, code)
        code[1] = len(code) - 1  # the skip to the pattern itself, as `re` writes it
        if not flags & re.IGNORECASE:
            _guard_branches_opening_with_assertions(parsed.data, flags)
        sre_compile._compile(code, parsed.data, flags)
        code.append(sre.SUCCESS)
        index_group: list[str | None] = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            index_group[index] = name
        compiled: re.Pattern[str] = _sre.compile(
            source, flags, code, parsed.state.groups - 1, parsed.state.groupdict, tuple(index_group)
        )
    except Exception:  # `re` internals changed: the plain compile
        return None
    return compiled


def _guard_branches_opening_with_assertions(items: Any, flags: int) -> None:
    """Put a look-ahead for its first characters in front of each alternative (at any depth) that opens
    with a look-around or an anchor. `re` turns an alternative away by its first character only when that
    is a literal or a class; any other it enters in full, and a month's name behind eight look-behinds
    ("in ", "of ", ... before "jan") evaluates all eight at every position a search tries. The look-ahead
    fails at once where the alternative cannot start, so the matches are the same. Look-around bodies
    are left as they are."""
    for op, argument in items:
        if op is sre.BRANCH:
            for branch in argument[1]:
                _guard_branches_opening_with_assertions(branch, flags)
                guard = _opening_guard(branch, flags)
                if guard is not None:
                    branch.data.insert(0, guard)
        elif op is sre.SUBPATTERN:
            _guard_branches_opening_with_assertions(argument[3], flags)
        elif op in _REPEATS:
            _guard_branches_opening_with_assertions(argument[2], flags)
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            _guard_branches_opening_with_assertions(argument, flags)


def _opens_with_assertion(items: Any) -> bool:
    """Does a sequence start with a zero-width item (alone or inside a leading group or alternation)?"""
    if not items:
        return False
    op, argument = items[0]
    if op in _ZERO_WIDTH:
        return True
    if op is sre.SUBPATTERN:
        return _opens_with_assertion(argument[3])
    if op is sre.BRANCH:
        return any(_opens_with_assertion(branch) for branch in argument[1])
    return False


def _opening_guard(branch: Any, flags: int) -> Any:
    """The parsed look-ahead `(?=[first characters])` for an alternative that opens with an assertion
    (None when it does not, or when its first characters cannot be stated)."""
    if not _opens_with_assertion(branch):
        return None
    try:
        parts, can_be_empty = _first_characters(branch)
    except _NoGuard:
        return None
    parts = list(dict.fromkeys(parts))
    if can_be_empty or not parts or len(parts) > MAX_GUARD_PARTS:
        return None
    return sre_parse.parse(f"(?=[{''.join(parts)}])", flags).data[0]


# under IGNORECASE an ASCII letter stands for itself, its capital and these (see `casefold._CASE_FOLD_EXTRA`)
_OTHER_CASES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def guarded_ignoring_case(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """`guarded` for an IGNORECASE pattern (which `re` tries at every position): its first characters with
    every character IGNORECASE takes for each, when they are plain characters and the only cased ones are
    ASCII letters; otherwise the pattern as it is."""
    try:
        parts, can_be_empty = _first_characters(sre_parse.parse(compiled.pattern, compiled.flags).data)
    except Exception:  # an unfamiliar pattern (or `re` internals changed): run it as it is
        return compiled
    chars: set[str] = set()
    for part in parts:
        if part in _CATEGORY_CLASSES.values():
            return compiled  # "\\d", "\\w": no plain characters
        char = part[-1] if len(part) == 2 and part[0] == "\\" else part  # (`re.escape` of one character)
        if len(char) != 1 or (not char.isascii() and char.lower() != char.upper()):
            return compiled  # a range, a category, a cased letter beyond ASCII: its cases are not listed here
        chars.update({char, char.lower(), char.upper(), *_OTHER_CASES.get(char.lower(), "")})
    if can_be_empty or not chars or len(chars) > MAX_GUARD_PARTS:
        return compiled
    first = f"[{''.join(re.escape(char) for char in sorted(chars))}]"
    source = f"(?={first})(?:{compiled.pattern})"
    guarded = _with_first_characters(source, compiled.flags, first, every_case=True)
    return guarded if guarded is not None else compiled


def folded_twin(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """An IGNORECASE pattern as a lower-cased twin to run on `case_folded` text: the same matches at the
    same offsets, without the case-blind search that costs `re` its fast scan for first characters."""
    return guarded(caseless(compiled)[0])


def _first_characters(items: Any) -> tuple[list[str], bool]:
    """Class parts a match of a sequence can start with, and whether the sequence can match nothing."""
    parts: list[str] = []
    for op, argument in items:
        item_parts, can_be_empty = _item_first_characters(op, argument)
        parts.extend(item_parts)
        if not can_be_empty:
            return parts, False
    return parts, True


def _item_first_characters(op: Any, argument: Any) -> tuple[list[str], bool]:
    if op is sre.LITERAL:
        return [re.escape(chr(argument))], False
    if op is sre.IN:
        return [_class_part(kind, value) for kind, value in argument], False
    if op in _ZERO_WIDTH:  # a boundary or look-around consumes nothing: the next part starts the match
        return [], True
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = argument
        if add_flags & re.IGNORECASE:
            raise _NoGuard(op)  # "(?i:...)": a letter would stand for both cases
        return _first_characters(body)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _first_characters(argument)
    if op is sre.BRANCH:
        parts: list[str] = []
        can_be_empty = False
        for branch in argument[1]:
            branch_parts, branch_empty = _first_characters(branch)
            parts.extend(branch_parts)
            can_be_empty = can_be_empty or branch_empty
        return parts, can_be_empty
    if op in _REPEATS:
        low, _high, body = argument
        parts, can_be_empty = _first_characters(body)
        return parts, can_be_empty or low == 0
    raise _NoGuard(op)


def _class_part(kind: Any, value: Any) -> str:
    if kind is sre.LITERAL:
        return re.escape(chr(value))
    if kind is sre.RANGE:
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if kind is sre.CATEGORY and value in _CATEGORY_CLASSES:
        return str(_CATEGORY_CLASSES[value])
    raise _NoGuard(kind)  # a negated class, a locale category


class Alternation:
    """A pattern kept as its top-level branches.

    A long alternation costs time at every position of the text for every branch, matching or not.
    For one text we drop the branches whose required strings the text lacks: they could never match
    there, so the narrowed pattern finds exactly what the whole one would.
    """

    def __init__(self, branches: Sequence[str], suffix: str = "", flags: int = 0):
        self.branches = tuple(branches)
        self.suffix = suffix
        self.flags = flags
        self.on_lowered = bool(flags & re.IGNORECASE)
        analysed = [analyse(caseless(re.compile(f"(?:{branch}){suffix}", flags))[0]) for branch in self.branches]
        self.branch_conditions = [conditions for conditions, _lead in analysed]
        self.branch_leads = [lead for _conditions, lead in analysed]  # a match by a branch is that close to a digit
        # per branch, the masks that must all meet the strings present (none: the branch always runs)
        self.branch_masks = [
            tuple(LITERALS.mask(self.on_lowered, condition) for condition in conditions)
            for conditions in self.branch_conditions
        ]
        self.mask = 0  # every bit a branch's gate looks at
        for masks in self.branch_masks:
            for mask in masks:
                self.mask |= mask
        self._narrowed: dict[tuple[int, ...], Narrowed] = {}
        self.answers: dict[int, Narrowed | None] = {}  # `found & mask` -> narrowed pattern (None: no branch)
        # every branch needs a string (most patterns): a text with none of them needs no lookup
        self.gated = all(self.branch_masks)

    @cached_property
    def whole(self) -> Narrowed:
        """Every branch: the plain pattern the narrowed ones must agree with."""
        return self.narrowed(tuple(range(len(self.branches))))

    @classmethod
    def of(cls, compiled: re.Pattern[str], split: bool) -> Alternation:
        """From a compiled pattern; `split` only where no reader depends on a branch's named groups."""
        branches = top_level_branches(compiled.pattern) if split else [compiled.pattern]
        return cls(branches, "", compiled.flags)

    def narrowed(self, active: tuple[int, ...]) -> Narrowed:
        """The pattern made of the `active` branches only (compiled once per distinct set)."""
        narrowed = self._narrowed.get(active)
        if narrowed is None:
            if len(self._narrowed) >= MAX_NARROWED:
                self._narrowed.clear()  # a bound for months-long runs; typical pages reuse a few dozen sets
            source = "|".join(self.branches[i] for i in active)
            compiled = re.compile(f"(?:{source}){self.suffix}" if self.suffix else source, self.flags)
            lead = _combined_lead([self.branch_leads[i] for i in active])
            pattern, on_lowered = caseless(compiled)
            narrowed = self._narrowed[active] = Narrowed(guarded(pattern), on_lowered, lead, start_strings(pattern))
        return narrowed

    def narrowed_for(self, found: int) -> Narrowed | None:
        """The pattern narrowed to a text that contains the `found` strings (None: no branch can match
        there). Texts that agree on this alternation's strings share the answer, so most texts cost one
        dictionary lookup here."""
        key = found & self.mask
        narrowed = self.answers.get(key, UNKNOWN)
        if narrowed is UNKNOWN:
            if len(self.answers) >= MAX_BY_FOUND:
                self.answers.clear()
            active = tuple(
                number
                for number, masks in enumerate(self.branch_masks)
                if all(mask & found for mask in masks)  # every condition of the branch met
            )
            narrowed = self.answers[key] = self.narrowed(active) if active else None
        return narrowed


def top_level_branches(pattern: str) -> list[str]:
    """Split a pattern at the `|` that are outside every group and character class."""
    branches: list[str] = []
    depth = 0
    in_class = False
    start = 0
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]" or pattern[index - 1] == "["
        elif char == "[":
            in_class = True
            if pattern.startswith(("[]", "[^]"), index):
                index += 2 if pattern[index + 1] == "]" else 3
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches
