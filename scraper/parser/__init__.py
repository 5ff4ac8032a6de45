"""Parser: cleaned text -> ICT trade figures (facts), English and Korean.

`parse` is the whole interface: it decides whether the text reports ICT trade statistics and, if so,
returns every figure in it. The work is split by concern: `numbers` (amounts and percentages),
`lexicon` (names of items, partners, flows), `periods` (what time a figure is about), `scanner`
(sentence -> mentions), `assembler` (mentions -> facts) and `classify` (is this an ICT trade report).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from scraper.models import ParseResult
from scraper.parser import numbers
from scraper.parser.assembler import Assembler
from scraper.parser.classify import (
    detect_language,
    is_ict_trade_report,
    mentions_in_passing,
    outlook_story,
    restated_only_by_forecasts,
)
from scraper.parser.story_date import story_date
from scraper.parser.version import PARSER_VERSION

__all__ = ["MAX_TEXT_CHARS", "PARSER_VERSION", "normalise", "parse"]

# A monthly release with all its tables is some 20,000 characters; a page fifteen times that is not an
# article, and reading all of a multi-megabyte one would take minutes. Figures past this point are not read.
MAX_TEXT_CHARS = 300_000


_SPACES = re.compile(r"[^\S\n]+")  # runs of spaces and tabs (not line breaks) are one space
# the white space `\s` matches but for the space and the line break: without any, and without two spaces in a
# row, every run `_SPACES` replaces is one space already (most texts: the replacing is then skipped)
_OTHER_SPACES = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_DOTS = {"\u2027": "·", "\u30fb": "·", "\uff65": "·", "\u2219": "·", "\u318d": "·", "\u2019": "'"}


# "- US $1.71bn, +3.9% y/y", "CN+HK $8.0bn (+3.2%), US $1.9bn": at the head of a list line or after another
# entry's change "US" is the partner, not the currency's prefix; so after a flag ("🇺🇸 US $2.96B"), after an
# entry's change and a bar ("(+4.4%) | US $1.48B"), and at a bare line's head before its change ("US $1.48B (-1.9%)")
_LISTED_US = re.compile(
    r"(?m)(^\s*[-–•·*▪]\s*|\),\s|\)\s?[/|]\s|[\U0001F1E6-\U0001F1FF]{2}\s?"
    r"|^\s*(?=US \$\d[\d.,]*\s?[A-Za-z]{0,8}\s?[(,]))US \$"
)  # also "…(+3.2%), US $1.9bn"


# "반도체 997억, 디스플레이 304억, 휴대폰 172억 달러": the list's last amount names the currency for all
_SHARED_UNIT = re.compile(
    r"(\d[\d,.]*억(?:\s?\d[\d,]*만)?)(?=,\s?(?:[가-힣A-Za-z·]{1,12}\s?\d[\d,.]*억(?:\s?\d[\d,]*만)?,\s?)*"
    r"[가-힣A-Za-z·]{1,12}\s?\d[\d,.]*억(?:\s?\d[\d,]*만)?\s?(?:달러|불))"
)


# "수출/수입 = 182.6/95.1억불", "수출입은 182.6/95.1억 달러": two flows' amounts written as one pair
_SLASH_PAIR = re.compile(
    r"(?:수출\s?/\s?수입|수출입)\s?(?:은|는|이|[=:])?\s?(?P<a>\d[\d,.]*)\s?/\s?(?P<b>\d[\d,.]*)\s?(?P<unit>억\s?(?:달러|불))"
)


# "① 12월 182.6 ② 9월 180.4": circled numbers rank or mark a list's entries; NFKC would make them digits, read
# as figures ("2 9월" as 2억불), so they go first (a space each)
_CIRCLED = re.compile(r"[\u2460-\u2473\u24ea\u3251-\u325f\u32b1-\u32bf]")


# "ICT 수입*은 …": a footnote's asterisk between a noun and its particle; the particle marks the noun again
_FOOTNOTE_MARK = re.compile(r"(?<=[가-힣A-Za-z)])\*{1,3}(?=[은는이가을를의도와과])")


# "o Exports for January-November reached …": a lower-case letter o as a release's bullet
_LETTER_O_BULLET = re.compile(r"(?m)^(\s*)o(?=\s+[A-Z0-9])")


_PER_CENT = re.compile(r"\b([Pp])er\scent\b")


def normalise(text: str) -> str:
    """One spelling for what writers type many ways: full-width digits and signs, non-breaking and thin
    spaces (NFKC) and runs of them, the middle dots that join Korean item names ("컴퓨터‧주변기기"), the
    typographic apostrophe, a letter "o" as a bullet; and three shorthands written out in full, so the scanner
    needs no special case: a listed "US $1.7bn" (the partner), "997억, 304억, 172억 달러" (one currency for the
    list), "수출/수입 = A/B억불"; the dollar spelled "딸라" as "달러"; and the partner prefix "대(對)" as "대"."""
    for char, replacement in _DOTS.items():  # `str.translate` is slow on any non-ASCII text; these are rare
        if char in text:
            text = text.replace(char, replacement)
    text = _CIRCLED.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    if "\u110b" in text:  # NFKC turns the bullet "ㅇ" (U+3147) into a leading consonant (U+110B): back to the bullet
        text = text.replace("\u110b", "ㅇ")
    if "\u1102" in text:  # and the tree mark "ㄴ" of a sub-item row ("ㄴ메모리 | 51.2 | …") into U+1102
        text = text.replace("\u1102", "ㄴ")
    if "  " in text or _OTHER_SPACES.search(text):
        text = _SPACES.sub(" ", text)
    if "US $" in text:
        text = _LISTED_US.sub(r"\1U.S. $", text)
    if "억," in text:
        text = _SHARED_UNIT.sub(r"\1 달러", text)
    if "/" in text and "수출" in text:
        text = _SLASH_PAIR.sub(r"수출 \g<a>\g<unit>, 수입 \g<b>\g<unit>", text)
    if "\no " in text or "\n o " in text or text.startswith("o "):
        text = _LETTER_O_BULLET.sub("\\1◦", text)  # (same length: positions kept)
    if "*" in text:
        text = _FOOTNOTE_MARK.sub("", text)
    if "per cent" in text or "Per cent" in text:
        text = _PER_CENT.sub(r"\1ercent", text)  # British copy: the rules need one spelling ("off 6.2 per cent")
    if "딸라" in text:  # Yanbian and North Korean copy spell the dollar 딸라; same length, positions kept
        text = text.replace("딸라", "달러")
    if "(對)" in text:  # "대(對)중 반도체 수출", "대(對)미": the partner prefix with its Hanja gloss
        text = text.replace("대(對)", "대").replace("대 (對)", "대")
    return text


def parse(
    text: str,
    published: date | None = None,
    title: str | None = None,
    lang: str | None = None,
    stated: date | None = None,
) -> ParseResult:
    """The facts of one text. `stated` is the date the page itself showed, where the caller's `published` came from
    elsewhere (`story_date`)."""
    text = normalise(text[:MAX_TEXT_CHARS])
    title = normalise(title) if title else title
    full_text = f"{title}\n{text}" if title and title not in text[: len(title) + 200] else text
    language = lang or detect_language(full_text)
    # (else on the figures in digits: "shipped thirty-three-point-six billion dollars' worth of ICT goods" is near)
    if not is_ict_trade_report(full_text) and not is_ict_trade_report(numbers.normalise_spoken_numbers(full_text)):
        return ParseResult(is_ict_trade_report=False, facts=[])
    assembler = Assembler(story_date(full_text, published, stated) or published, language)
    assembler.feed(full_text)
    facts = assembler.facts()
    evidence = {fact.evidence for fact in facts}
    if facts and (
        mentions_in_passing(full_text, language, evidence)
        or outlook_story(full_text, language, tuple((fact.period, fact.evidence) for fact in facts))
        or restated_only_by_forecasts(evidence, language)
    ):
        return ParseResult(is_ict_trade_report=False, facts=[])
    return ParseResult(is_ict_trade_report=bool(facts), facts=facts)
