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
from typing import Any

from scraper.parser.casefold import caseless, lower_ascii

# the parser `re` itself uses; stable since 3.11, private, so typed as Any
sre: Any = import_module("re._constants")
sre_parse: Any = import_module("re._parser")

MAX_NARROWED = 512  # compiled narrowings kept per alternation
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
        if op is sre.SUBPATTERN:
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


def may_match(required: frozenset[str] | None, text: str) -> bool:
    return required is None or any(map(text.__contains__, required))


@dataclass(frozen=True)
class Narrowed:
    """A pattern as one document needs it: only the branches that can match there."""

    pattern: re.Pattern[str]
    on_lowered: bool  # run it on `lower_ascii(text)`
    required: frozenset[str] | None  # strings a match needs, checked per sentence


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
        self._narrowed: dict[tuple[int, ...], Narrowed] = {}

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
            pattern, on_lowered = caseless(
                re.compile(f"(?:{source}){self.suffix}" if self.suffix else source, self.flags)
            )
            narrowed = self._narrowed[active] = Narrowed(pattern, on_lowered, required_literals(pattern))
        return narrowed


class AlternationIndex:
    """Which branches of many alternations can match in a document, from one substring test per
    distinct required string (the same month names and verbs serve many patterns)."""

    def __init__(self, alternations: Sequence[Alternation]):
        self.alternations = tuple(alternations)
        self.always: dict[int, list[int]] = {}
        self.needs: dict[tuple[bool, str], list[tuple[int, int]]] = {}
        for number, alternation in enumerate(self.alternations):
            for branch, required in enumerate(alternation.branch_required):
                if required is None:
                    self.always.setdefault(number, []).append(branch)
                    continue
                for literal in required:
                    self.needs.setdefault((alternation.on_lowered, literal), []).append((number, branch))

    def narrowed(self, text: str) -> dict[int, Narrowed]:
        """Alternation number -> its pattern narrowed to `text`, for those that can match there at all."""
        lowered = lower_ascii(text)
        active = {number: set(branches) for number, branches in self.always.items()}
        for (on_lowered, literal), users in self.needs.items():
            if literal in (lowered if on_lowered else text):
                for number, branch in users:
                    active.setdefault(number, set()).add(branch)
        return {
            number: self.alternations[number].narrowed(tuple(sorted(branches)))
            for number, branches in sorted(active.items())
        }


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
