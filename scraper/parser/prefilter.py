"""Skip a pattern for a sentence that cannot contain a match, without running it.

From the parsed form of a regular expression we derive a set of literal strings of which every
match must contain at least one ("percent", "%" for a percentage; "same", "previous", ... for a
year-earlier marker). A substring test over the sentence is a fraction of the cost of running a
long alternation, and most of the scanner's hundred patterns find nothing in most sentences.
The set is only ever a necessary condition: when one cannot be derived the pattern always runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import import_module
from itertools import compress
from typing import Any

from scraper.parser.casefold import caseless, lower_ascii

# the parser `re` itself uses; stable since 3.11, private, so typed as Any
sre: Any = import_module("re._constants")
sre_parse: Any = import_module("re._parser")

MAX_NARROWED = 512  # compiled narrowings kept per alternation
MAX_CLASS_LITERALS = 12  # a character class of this many plain characters or fewer gates as a set of them
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


def required_literals(compiled: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match contains one, or None when nothing can be said."""
    if compiled.flags & re.IGNORECASE:
        return None
    try:
        return _sequence(sre_parse.parse(compiled.pattern, compiled.flags))
    except Exception:  # an unfamiliar parse tree: no gate, the pattern simply always runs
        return None


def _sequence(items: Any) -> frozenset[str] | None:
    """Every item of a sequence must match, so any one item's requirement is the sequence's: pick the
    most selective (longest shortest string)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, argument in items:
        if op is sre.LITERAL:
            run.append(chr(argument))
            continue
        flush()
        found: frozenset[str] | None = None
        if op is sre.IN:
            found = _class_literals(argument)
        elif op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, body = argument
            if not add_flags & re.IGNORECASE:
                found = _sequence(body)
        elif op is sre.BRANCH:
            branches = [_sequence(branch) for branch in argument[1]]
            known = [branch for branch in branches if branch is not None]
            if len(known) == len(branches):
                found = frozenset[str]().union(*known)
        elif op in _REPEATS:
            low, _high, body = argument
            if low >= 1:
                found = _sequence(body)
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            found = _sequence(argument)
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _class_literals(items: Any) -> frozenset[str] | None:
    """A class of a few plain characters ("[억만]", "[이2]") needs one of them; ranges, categories
    (\\d, \\s) and negated classes say nothing cheap to test."""
    if len(items) > MAX_CLASS_LITERALS or any(op is not sre.LITERAL for op, _argument in items):
        return None
    return frozenset(chr(argument) for _op, argument in items)


def may_match(required: frozenset[str] | None, text: str) -> bool:
    return required is None or any(map(text.__contains__, required))


# Gate strings are tested in groups: on the text as it is or lower-cased (`on_lowered`), and, for a
# whole document, on its words (strings without white space) or on the text itself (strings with some).
Group = tuple[bool, bool]  # (on_lowered, spaced)
GROUPS: tuple[Group, ...] = ((False, False), (True, False), (False, True), (True, True))


class LiteralBits:
    """Every string some gate needs, each with its own bit, so a text's gates are settled at once.

    Which strings a text contains is found by one pass of `str.__contains__` run from C (`map`), and
    kept as an int; a pattern's gate is then one AND of that int with the pattern's own mask, instead
    of a Python loop over its strings for every pattern and sentence. New strings get bits as patterns
    are narrowed; `size` tells a caller that something was added since it looked.
    """

    def __init__(self) -> None:
        self._bits: dict[tuple[bool, str], int] = {}
        self.strings: dict[Group, list[str]] = {group: [] for group in GROUPS}
        self.bits: dict[Group, list[int]] = {group: [] for group in GROUPS}  # the same order: each string's bit

    @property
    def size(self) -> int:
        return len(self._bits)

    def mask(self, on_lowered: bool, required: frozenset[str] | None) -> int | None:
        """The bits of `required` (None: the pattern has no gate and always runs)."""
        if required is None:
            return None
        mask = 0
        for string in required:
            bit = self._bits.get((on_lowered, string))
            if bit is None:
                bit = self._bits[(on_lowered, string)] = 1 << len(self._bits)
                group = (on_lowered, any(char.isspace() for char in string))
                self.strings[group].append(string)
                self.bits[group].append(bit)
            mask |= bit
        return mask


LITERALS = LiteralBits()


@dataclass(frozen=True)
class Found:
    """The gate strings a document contains (its sentences need test no others) and their bits."""

    strings: dict[Group, list[str]]
    bits: dict[Group, list[int]]
    mask: int

    @classmethod
    def in_texts(cls, texts: dict[Group, str]) -> Found:
        """The registered strings of each group found in that group's text."""
        strings: dict[Group, list[str]] = {}
        bits: dict[Group, list[int]] = {}
        for group, text in texts.items():
            hits = list(map(text.__contains__, LITERALS.strings[group]))
            strings[group] = list(compress(LITERALS.strings[group], hits))
            bits[group] = list(compress(LITERALS.bits[group], hits))
        return cls(strings, bits, sum(sum(group_bits) for group_bits in bits.values()))

    @classmethod
    def in_document(cls, text: str) -> Found:
        """A string without white space is in a text exactly when it is in one of the text's words, and
        a document repeats its words: searching its distinct words is most of the saving on long texts."""
        words = "\n".join(set(text.split()))
        lowered_words, lowered = lower_ascii(words), lower_ascii(text)
        return cls.in_texts(
            {(False, False): words, (True, False): lowered_words, (False, True): text, (True, True): lowered}
        )

    @classmethod
    def everywhere(cls, text: str, lowered: str) -> Found:
        """Against every registered string: for text that is not part of a known document."""
        return cls.in_texts({(False, False): text, (True, False): lowered, (False, True): text, (True, True): lowered})

    def within(self, text: str, lowered: str) -> int:
        """The mask of a part of the document (a sentence): only strings the document has can be in it."""
        mask = 0
        for (on_lowered, _spaced), strings in self.strings.items():
            if strings:
                mask += sum(
                    compress(
                        self.bits[(on_lowered, _spaced)], map((lowered if on_lowered else text).__contains__, strings)
                    )
                )
        return mask


@dataclass(frozen=True)
class Narrowed:
    """A pattern as one document needs it: only the branches that can match there."""

    pattern: re.Pattern[str]
    on_lowered: bool  # run it on `lower_ascii(text)`
    required: frozenset[str] | None  # strings a match needs, checked per sentence
    mask: int | None  # `required` as LITERALS bits; None: no gate

    @classmethod
    def of(cls, pattern: re.Pattern[str], on_lowered: bool) -> Narrowed:
        required = required_literals(pattern)
        return cls(pattern, on_lowered, required, LITERALS.mask(on_lowered, required))


class Alternation:
    """A pattern kept as its top-level branches.

    A long alternation costs time at every position of the text for every branch, matching or not.
    For one document we drop the branches whose required strings the document lacks: they could
    never match there, so the narrowed pattern finds exactly what the whole one would.
    """

    def __init__(self, branches: Sequence[str], suffix: str = "", flags: int = 0):
        self.branches = tuple(branches)
        self.suffix = suffix
        self.flags = flags
        self.on_lowered = bool(flags & re.IGNORECASE)
        self.branch_required = [
            required_literals(caseless(re.compile(f"(?:{branch}){suffix}", flags))[0]) for branch in self.branches
        ]
        self.branch_masks = [LITERALS.mask(self.on_lowered, required) for required in self.branch_required]
        self.mask = 0  # every bit a branch's gate looks at
        for mask in self.branch_masks:
            self.mask |= mask or 0
        self._narrowed: dict[tuple[int, ...], Narrowed] = {}
        self._by_found: dict[int, Narrowed | None] = {}

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
            narrowed = self._narrowed[active] = Narrowed.of(*caseless(compiled))
        return narrowed

    def narrowed_for(self, found: int) -> Narrowed | None:
        """The pattern narrowed to a document that contains the `found` strings (None: no branch can
        match there). Documents that agree on this alternation's strings share the answer, so most
        documents cost one dictionary lookup here."""
        key = found & self.mask
        if key in self._by_found:
            return self._by_found[key]
        if len(self._by_found) >= MAX_NARROWED:
            self._by_found.clear()
        active = tuple(i for i, mask in enumerate(self.branch_masks) if mask is None or mask & found)
        narrowed = self._by_found[key] = self.narrowed(active) if active else None
        return narrowed


class AlternationIndex:
    """Which branches of many alternations can match in a document, from one substring test per
    distinct required string (the same month names and verbs serve many patterns)."""

    def __init__(self, alternations: Sequence[Alternation]):
        self.alternations = tuple(alternations)

    def narrowed(self, text: str) -> tuple[dict[int, Narrowed], Found]:
        """Alternation number -> its pattern narrowed to `text`, for those that can match there at all;
        and the gate strings `text` contains, for its sentences."""
        found = Found.in_document(text)
        size = LITERALS.size
        narrowed = {}
        for number, alternation in enumerate(self.alternations):
            pattern = alternation.narrowed_for(found.mask)
            if pattern is not None:
                narrowed[number] = pattern
        if LITERALS.size != size:  # a new narrowing brought strings `found` did not look for
            found = Found.in_document(text)
        return narrowed, found


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
