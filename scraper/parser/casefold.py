"""Case-insensitive matching without re.IGNORECASE.

Python's `re` finds where a match can start by the set of first characters a pattern allows, but it
gives that up under IGNORECASE (every position is then tried against every branch). Lower-casing the
ASCII letters of the sentence once and of each pattern once gives the same matches at the same
offsets, and the scanner runs about five times faster (benchmarks/extract_speed.py).
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_ASCII_LOWER_BYTES = bytes.maketrans(string.ascii_uppercase.encode(), string.ascii_lowercase.encode())


def lower_ascii(text: str) -> str:
    """A–Z to a–z and nothing else, so every offset stays where it was.

    `str.translate` takes a slow path as soon as the text has one non-ASCII character (any Korean, a
    dash, a curly quote): some 25 µs per 600 characters. ASCII text lowers the same with `str.lower`;
    other text is lowered as UTF-8 bytes, where A–Z are single bytes and every byte of a longer
    character is above 0x7F, so exactly the same characters change (about 20 times faster)."""
    if text.isascii():
        return text.lower()
    return text.encode("utf-8", "surrogatepass").translate(_ASCII_LOWER_BYTES).decode("utf-8", "surrogatepass")


# Under IGNORECASE an ASCII letter matches itself, its capital and four other characters (found by testing
# every code point): folding those the same way makes a plain search of a lower-cased pattern exact.
_CASE_FOLD_EXTRA = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


def case_folded(text: str) -> str:
    """`lower_ascii`, and the four other characters IGNORECASE takes for ASCII letters folded to them: a
    `caseless` twin (of a pattern whose only cased letters are ASCII) finds on this text exactly what the
    IGNORECASE pattern finds on `text`, at the same offsets."""
    folded = lower_ascii(text)
    for char, ascii_char in _CASE_FOLD_EXTRA.items():
        if char in folded:
            folded = folded.replace(char, ascii_char)
    return folded


def _lower_pattern(pattern: str) -> str:
    """Lower the literal letters of a pattern, leaving escapes (\\S, \\D, \\N{...}) and group names alone."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if pattern.startswith(("(?P<", "(?P="), index):
            close = pattern.index(">" if pattern[index + 3] == "<" else ")", index)
            out.append(pattern[index : close + 1])
            index = close + 1
            continue
        out.append(lower_ascii(char))
        index += 1
    return "".join(out)


def caseless(compiled: re.Pattern[str]) -> tuple[re.Pattern[str], bool]:
    """The pattern to run and whether it runs on `lower_ascii(text)`: IGNORECASE patterns get a
    lower-cased twin without the flag; case-sensitive ones ("US", "EU") run on the text as it is."""
    if not compiled.flags & re.IGNORECASE:
        return compiled, False
    return re.compile(_lower_pattern(compiled.pattern), compiled.flags & ~re.IGNORECASE), True


@lru_cache(maxsize=16)
def folded_sentence(sentence: str) -> str:
    """`case_folded`, kept for a few sentences: the spoken-number test, the list test and the share and
    pace tests of each figure fold the same sentence."""
    return case_folded(sentence)
