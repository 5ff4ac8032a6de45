"""Who buys from whom: the patterns that turn a partner's imports from Korea into Korea's exports.

A partner named as a buyer or importer of Korean goods ("China, the largest buyer of Korean IT products,
importing $5.2 billion", "imports from South Korea", "한국산 … 수입") reports Korea's exports in the words of
the other side. `SentenceReader` asks these before it reads a sentence's mentions; they live here, apart from
its handlers, because they rewrite the mentions (an import flow becomes an export) rather than read them.
"""

from __future__ import annotations

import re

from scraper.parser.scanner import Mention

# A partner's imports from Korea are Korea's exports to it
_BOUGHT_FROM_KOREA = re.compile(
    r"\bimport(?:s|ed|ing)?\b(?:[^.;]|\.\d){0,120}?\bfrom\s(?:the\sRepublic\sof\s|South\s)?Korea\b"
    r"|(?:한국|우리나라)(?:으로부터|에서|로부터)의?\s(?:[가-힣A-Za-z]+\s){0,3}?수입|한국산\s(?:[가-힣A-Za-z]+\s){0,3}?수입",
    re.I,
)
# "China, the largest buyer of Korean IT products, importing $5.2 billion": the buyer's purchase, Korea's export
_BUYER_IMPORTING = re.compile(r"\b(?:buyer|importer|customer)s?\b(?:[^.;]|\.\d){0,80}?\b(import(?:ed|ing))\b", re.I)
_NAMES_A_BUYER = re.compile(r"buyer|importer|customer")  # (asked of the lower-cased sentence first)
_KOREA_AS_BUYER = re.compile(r"\s*(?:South\s)?Korea\b(?!n)(?!['’]s)")  # "Korea remained the top buyer of …"


def _buyer_importing(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """A partner named as the buyer ("…, the largest buyer of Korean IT products, importing $X") imports
    Korea's exports: the import word that follows the buyer is an export flow. Not where Korea is the buyer."""
    if _KOREA_AS_BUYER.match(sentence):
        return mentions
    spans = [found.span(1) for found in _BUYER_IMPORTING.finditer(sentence)]
    if not spans:
        return mentions
    return [
        m._replace(kind="flow:export") if m.kind == "flow:import" and any(a <= m.start < b for a, b in spans) else m
        for m in mentions
    ]


def _may_buy_from_korea(sentence: str) -> bool:
    """Is `_BOUGHT_FROM_KOREA` asked (a sentence with "mport" or 수입), and can it match? Its English branch
    needs "Korea" ("orea" in any case: no other character folds to these letters), the Korean ones 수입 and
    한국/우리나라. Most sentences about imports name no Korea at all."""
    if "수입" in sentence and ("한국" in sentence or "우리나라" in sentence):
        return True
    return ("mport" in sentence or "수입" in sentence) and "orea" in sentence.lower()
