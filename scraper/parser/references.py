"""'Displays and phones both weakened. The former dropped 8.3 percent …, and the latter shrank 15.4 percent …':
"the former" and "the latter" point back to the two names of a pair, the nearest pair before them. The sentence
reader knows names, not references, so each reference is written out as the name it points to before reading."""

from __future__ import annotations

import re

from scraper.parser.scanner import Mention, scan

_REFERENCE = re.compile(r"\b(?P<article>[Tt]he)\s(?P<which>former|latter)\b")
_AND = re.compile(r"\s(?:and|&)\s(?:(?:the|of)\s)?")
_KINDS = ("item:", "region:")


def _last_pair(sentence: str, end: int) -> tuple[str, str] | None:
    """The last two names of one kind joined by "and" before `end` ("displays and phones"), as written."""
    names: list[Mention] = [m for m in scan(sentence[:end]) if m.kind.startswith(_KINDS) and m.kind != "item:ict"]
    for first, second in zip(names[-2::-1], names[:0:-1], strict=False):
        same_kind = first.kind.split(":")[0] == second.kind.split(":")[0]
        if same_kind and _AND.fullmatch(sentence, first.end, second.start):
            return first.text, second.text
    return None


def _written_out(sentence: str, pair: tuple[str, str]) -> str:
    return _REFERENCE.sub(lambda m: pair[0] if m.group("which") == "former" else pair[1], sentence)


def former_and_latter(paragraphs: list[list[str]]) -> list[list[str]]:
    """The paragraphs' sentences with each "the former"/"the latter" written as the name of the pair before it."""
    pair: tuple[str, str] | None = None
    out: list[list[str]] = []
    for sentences in paragraphs:
        written: list[str] = []
        for sentence in sentences:
            if "former" not in sentence and "latter" not in sentence:
                pair = (_last_pair(sentence, len(sentence)) or pair) if "and" in sentence else pair
                written.append(sentence)
                continue
            first = _REFERENCE.search(sentence)
            pair = (_last_pair(sentence, first.start()) if first else None) or pair
            written.append(_written_out(sentence, pair) if pair is not None else sentence)
        out.append(written)
    return out
