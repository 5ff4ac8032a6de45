"""Money and percentage expressions, English and Korean, as regexes plus value functions.

The parser scans text with the compiled patterns here and converts each match; `parse_money` and
`parse_percent` are the same conversions for a single expression (used by tests and callers).
"""

from __future__ import annotations

import re
from functools import lru_cache

from scraper.parser.casefold import case_folded, folded_sentence
from scraper.parser.prefilter import folded_twin

SCALE_WORDS = {
    "trillion": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "bil": 1e9,
    "b": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "m": 1e6,
    "thousand": 1e3,
    "k": 1e3,
}
KOREAN_BIG_UNITS = {"조": 1e12, "억": 1e8, "만": 1e4}
KOREAN_SMALL_UNITS = {"천": 1e3, "백": 1e2, "십": 10.0}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SPOKEN_NUM = r"\d+-point-\d+"  # broadcast style: "13-point-93"
# wire copy: "US$16.58 bln"; a house style glues "bil"/"mil" on: "US$16.06bil", "US$780mil" (not "US$ 5 mil
# millones", Spanish for thousand)
_SCALE = r"trillion|billion|million|thousand|bln|bn|mln|mn|(?<=\d)(?:bil|mil)(?![a-zA-Z])|[BMK](?![a-zA-Z])"

# "$16.4 billion", "US$15.24 billion", "USD 15.0 billion", "$885 million", "$17.06B"
# (not "us $" inside "surplus $5.5 billion"; "USD +6.42 bln" is a surplus; "China took $7.4 billion, and the US $1.6
# billion": a partner in a list with no verb of its own, not "US$"; so is one after a list's semicolon, "China+HK
# $7.71bn (+3.3%); US $1.84bn (+8.8%)")
# "USD -0.85 bn": a balance's sign may follow the currency (`figures` signs the balance by it)
_EN_PREFIXED = (
    rf"(?:(?<![A-Za-z])(?:US\$|(?<!\bthe\s)(?<!;\s)US\s\$)|(?<![A-Za-z])USD\s?|\$)\s?[+\-−]?(?P<pnum>{_NUM})"
    rf"(?:(?:\s?|-)(?P<pscale>{_SCALE}))?"  # (and the adjective's hyphen: "a $6.7-billion surplus")
)
# "13-point-93 billion dollars", "15 billion US dollars", "1.2 billion USD"
_EN_SUFFIXED = (
    rf"(?P<snum>{_SPOKEN_NUM}|{_NUM})\s?(?P<sscale>trillion|billion|million|thousand|bln|mln)\s"
    r"(?:U\.?S\.?\s)?(?:dollars|dollar|USD)\b"
)
# "went up 17.9 percent to 2.9 billion", "a surplus of 7.16 billion": the currency dropped, the amount still dollars
_EN_BARE_AFTER_TO = (
    rf"(?:(?<=\bto\s)(?P<bnum>{_NUM})\s(?P<bscale>billion|million|bln|mln)"
    rf"|(?<=:\s)(?P<cnum>{_NUM})\s(?P<cscale>billion|bln|bn)"  # "Chips: 4.88 bn" (a count is in millions)
    rf"|(?<=(?:surplus|deficit)\sof\s)(?P<dnum>{_NUM})\s(?P<dscale>billion|million|bln|mln|bn))\b"
    r"(?!\s(?:won|yen|yuan|euros?|units|people|tons|won\)))"
)
EN_MONEY_RE = re.compile(rf"{_EN_PREFIXED}|{_EN_SUFFIXED}|{_EN_BARE_AFTER_TO}", re.IGNORECASE)

# Korean amount: groups of digits with units, e.g. "2천204억", "996억8,000만", "1조 2천억", "251.7억".
_KO_GROUP = rf"(?:{_NUM})\s?(?:[천백십](?:\s?[조억만])?|[조억만])"
_KO_AMOUNT = rf"(?:{_KO_GROUP})(?:\s?(?:{_KO_GROUP}|{_NUM}(?=\s?[조억만])))*"
KO_MONEY_RE = re.compile(
    rf"(?P<amount>{_KO_AMOUNT})(?:(?<=억)\s?(?P<noman>\d{{3,4}})(?=\s?달러))?"
    r"(?:\s?(?:미국\s?)?(?P<cur>달러|불|弗|USD|\$)|(?<=만)(?=\s?(?:의\s)?(?:흑자|적자)))"
)


def korean_money_value(match: re.Match[str]) -> float:
    """'61억7000달러' is 61억7000만 with the 만 dropped: no one states dollars below 만 after 억."""
    value = korean_amount(match.group("amount"))
    if match.group("noman"):
        value += to_float(match.group("noman")) * 1e4
    return value


# Korean won amounts are recognised so their digits are never read as anything else.
KO_WON_RE = re.compile(rf"(?:{_KO_AMOUNT}|{_NUM})\s?원(?![가-힣])")
EN_WON_RE = re.compile(
    rf"(?:(?:{_NUM})\s?(?:trillion|billion|million)?\s?(?:and\s)?)+(?:Korean\s)?won\b", re.IGNORECASE
)

# "(-)6.2%" too; not the second hyphen of a dash ("… in June -- 7.9 per cent more …")
_SIGN_PREFIX = r"\(\s?[-−]\s?\)|(?<![-−–—])[-−–](?![-−–—])|[△▽▼↓↑▲+]|minus\s|plus\s"
_SIGN_SUFFIX = r"[↑↓▲▼]"
# "31.6pc" (Pakistani and British copy) in lower case only: "20 PC" is computers
PERCENT_RE = re.compile(
    rf"(?P<sign>{_SIGN_PREFIX})?\s?(?P<num>{_NUM})\s?"
    r"(?P<unit>%|％|-?percent\b|per\scent\b|pct\b|(?-i:pc)\b|퍼센트)"
    rf"(?:\s?(?P<after>{_SIGN_SUFFIX}))?",
    re.IGNORECASE,
)

_NEGATIVE_MARKS = {"-", "−", "–", "△", "▽", "▼", "↓", "minus", "(-)", "(−)", "( - )", "(- )", "( -)"}
_POSITIVE_MARKS = {"+", "↑", "▲", "plus"}


def to_float(number: str) -> float:
    """'1,976' -> 1976.0; '13-point-93' -> 13.93."""
    if "-point-" in number:
        whole, frac = number.split("-point-")
        return float(f"{whole}.{frac}")
    return float(number.replace(",", ""))


_KO_AMOUNT_PARTS = re.compile(rf"(?P<num>{_NUM})?\s?(?P<unit>[조억만천백십])|(?P<bare>{_NUM})")


@lru_cache(maxsize=4096)  # a pure function of a short string; amounts recur within and across documents
def korean_amount(amount: str) -> float:
    """Value of a Korean-unit amount: '2천204억' -> 2.204e11, '996억8,000만' -> 9.968e10."""
    total = 0.0
    group = 0.0  # value accumulated below the next big unit (조/억/만)
    last_big = float("inf")  # units descend: "25억 7000억" is 25억 7000만 with 억 typed twice
    for match in _KO_AMOUNT_PARTS.finditer(amount):
        if match.group("bare"):
            group += to_float(match.group("bare"))
            continue
        value = to_float(match.group("num")) if match.group("num") else None
        unit = match.group("unit")
        if unit in KOREAN_BIG_UNITS and KOREAN_BIG_UNITS[unit] >= last_big and value is not None and value >= 1000:
            unit = "만" if last_big > 1e4 else unit
        if unit in KOREAN_BIG_UNITS:
            last_big = min(last_big, KOREAN_BIG_UNITS[unit])
        if unit in KOREAN_SMALL_UNITS:
            group += (value if value is not None else 1.0) * KOREAN_SMALL_UNITS[unit]
        else:
            group += value or 0.0
            total += group * KOREAN_BIG_UNITS[unit]
            group = 0.0
    return round(total + group, 2)


def en_money_value(match: re.Match[str]) -> float:
    if match.group("pnum") is not None:
        value = to_float(match.group("pnum"))
        scale = match.group("pscale")
    elif match.group("bnum") is not None:
        value = to_float(match.group("bnum"))
        scale = match.group("bscale")
    elif match.group("cnum") is not None:
        value = to_float(match.group("cnum"))
        scale = match.group("cscale")
    elif match.group("dnum") is not None:  # "for a surplus of 7.16 billion"
        value = to_float(match.group("dnum"))
        scale = match.group("dscale")
    else:
        value = to_float(match.group("snum"))
        scale = match.group("sscale")
    return round(value * (SCALE_WORDS[scale.lower()] if scale else 1.0), 2)


def percent_value(match: re.Match[str]) -> tuple[float, int]:
    """Magnitude and explicit sign (+1, -1, or 0 when the expression itself carries none)."""
    value = to_float(match.group("num"))
    marks = [(match.group("sign") or "").strip().lower(), (match.group("after") or "").strip()]
    if any(mark in _NEGATIVE_MARKS for mark in marks):
        return value, -1
    if any(mark in _POSITIVE_MARKS for mark in marks):
        return value, 1
    return value, 0


def parse_money(text: str) -> float | None:
    """One money expression -> absolute US dollars; None for won amounts or no money."""
    text = text.strip()
    if KO_WON_RE.search(text) or EN_WON_RE.search(text):
        return None
    match = KO_MONEY_RE.search(text)
    if match:
        return korean_money_value(match)
    match = EN_MONEY_RE.search(text)
    if match:
        return en_money_value(match)
    return None


_WORD_SIGNS = re.compile(r"\b(?:down|decrease[ds]?|fell|declined?)\b|감소|하락|줄", re.IGNORECASE)


def parse_percent(text: str) -> float | None:
    """One percentage expression -> signed float ('△11.3%' -> -11.3, '28.6%↑' -> 28.6)."""
    match = PERCENT_RE.search(text)
    if not match:
        return None
    value, sign = percent_value(match)
    if sign == 0 and _WORD_SIGNS.search(text):
        sign = -1
    return -value if sign < 0 else value


SMALL_NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_WORD = "|".join(sorted(SMALL_NUMBER_WORDS, key=len, reverse=True))
SPOKEN_RE = re.compile(
    rf"\b(?P<whole>\d+|(?:{_WORD})(?:-(?:{_WORD}))?)-point-"
    # "19-point-4-8 billion": digits read out one by one before a unit are one fraction
    r"(?P<frac>\d+(?:-\d)+(?=[\s-]?(?:billion|million|trillion|percent\b|per\scent\b|%))"
    rf"|\d+|(?:(?:{_WORD})-?)+)\b",
    re.IGNORECASE,
)


# Transcripts also write the point as a word between figures: "17 point 4 billion dollars", "six point two
# percent", "15 point 2-4 billion" (digits read out one by one). Only before a unit: "at one point 3 firms" is none.
_DIGIT_WORD = "zero|one|two|three|four|five|six|seven|eight|nine"
SPOKEN_POINT_RE = re.compile(
    rf"(?<![\w.,-])(?P<whole>\d+|(?:{_WORD})(?:-(?:{_WORD}))?)\spoint\s"
    rf"(?P<frac>\d+(?:-\d)*|(?:{_DIGIT_WORD})(?:[\s-](?:{_DIGIT_WORD}))*)"
    r"(?=\s?(?:billion|million|trillion|percent\b|per\scent\b|%))",
    re.IGNORECASE,
)


def _spoken_point(match: re.Match[str]) -> str:
    frac = match.group("frac").replace(" ", "-")
    frac = frac.replace("-", "") if frac[0].isdigit() else _spoken_part(frac, True)
    return f"{_spoken_part(match.group('whole'), False)}.{frac}"


# "six hundred eighty million dollars", "nine hundred and forty million": hundreds spoken before a unit
SPOKEN_HUNDREDS_RE = re.compile(
    rf"\b(?P<hundreds>{_DIGIT_WORD})\shundred(?:\s(?:and\s)?(?P<rest>(?:{_WORD})(?:-(?:{_WORD}))?))?"
    r"(?=\s(?:billion|million|percent\b|per\scent\b))",
    re.IGNORECASE,
)


def _spoken_hundreds(match: re.Match[str]) -> str:
    rest = match.group("rest")
    return str(
        100 * SMALL_NUMBER_WORDS[case_folded(match.group("hundreds"))] + int(_spoken_part(rest, False) if rest else 0)
    )


SPOKEN_WHOLE_RE = re.compile(
    rf"\b(?P<whole>(?:{_WORD})(?:-(?:{_WORD}))?)\s(?P<unit>percent|per\scent|billion|million|trillion)\b",
    re.IGNORECASE,
)


# "percent" is in most sentences, so the test for a unit lets SPOKEN_WHOLE_RE run on nearly all of them,
# slowly (IGNORECASE). Its lower-cased twin on the text folded as IGNORECASE folds it finds the same matches
# without the case-blind search: the replacing runs only where there is one (a number word inside "phone"
# or "often" no longer sends a whole page through it).
_SPOKEN_WHOLE_FOLDED = folded_twin(SPOKEN_WHOLE_RE)
# Every number word ends in one of these letters: a unit with none of them right before its space has no
# spoken number before it ("1.2 billion", "4 percent"). One scan of white space instead of a try at every
# letter a number word can start with.
_NUMBER_WORD_ENDS = "".join(sorted({word[-1] for word in SMALL_NUMBER_WORDS}))
_UNIT_AFTER_A_WORD = re.compile(rf"\s(?<=[{_NUMBER_WORD_ENDS}]\s)(?:percent|per\scent|billion|million|trillion)\b")
# The same, found from the units' endings: `re` looks for a string a match starts with far faster than it tries
# every space (the word ending and the rest of the unit are looked at behind it)
_AFTER_A_WORD = rf"(?<=[{_NUMBER_WORD_ENDS}]\s"
_ILLION_AFTER_A_WORD = re.compile(rf"illion\b(?:{_AFTER_A_WORD}[bm]illion)|{_AFTER_A_WORD}trillion))")
_CENT_AFTER_A_WORD = re.compile(rf"cent\b(?:{_AFTER_A_WORD}percent)|{_AFTER_A_WORD}per\scent))")


def unit_after_a_word(folded: str) -> bool:
    """`_UNIT_AFTER_A_WORD.search(folded)`: a unit right after a word that may be a number."""
    return _ILLION_AFTER_A_WORD.search(folded) is not None or _CENT_AFTER_A_WORD.search(folded) is not None


def _spoken_whole(folded: str) -> bool:
    """`_SPOKEN_WHOLE_FOLDED.search(folded)`, asked only where a unit follows a word that may be a number."""
    return unit_after_a_word(folded) and _SPOKEN_WHOLE_FOLDED.search(folded) is not None


SPOKEN_FRACTION_RE = re.compile(
    rf"\b(?P<whole>\d+|(?:{_WORD})(?:-(?:{_WORD}))?)-and-a-(?P<part>half|quarter)\b", re.IGNORECASE
)
LEADING_POINT_RE = re.compile(rf"(?<![\w-])point-(?P<frac>\d+|(?:(?:{_WORD})-?)+)\b", re.IGNORECASE)


def _spoken_part(part: str, digits_only: bool) -> str:
    if part.isdigit():
        return part
    words = [w for w in case_folded(part).split("-") if w]  # IGNORECASE matched "sıx" and "ſix" too
    if digits_only:  # after "point", every word is one digit: "seven-five" -> "75"
        return "".join(str(SMALL_NUMBER_WORDS[w]) for w in words)
    return str(sum(SMALL_NUMBER_WORDS[w] for w in words))


# Korean broadcast scripts spell amounts out in Hangul numerals: "백사십삼억 달러", "이백사십일억 삼천만 달러"
_KO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_KO_UNITS = {"십": 10, "백": 100, "천": 1000}
_KO_NUMERAL = "[일이삼사오육칠팔구십백천]"
KO_SPELLED_AMOUNT_RE = re.compile(
    rf"(?<![가-힣\d,.])(?P<eok>{_KO_NUMERAL}+)억(?:\s?(?P<man>{_KO_NUMERAL}+)만)?(?=\s?(?:달러|불))"
    rf"|(?<![가-힣\d,.])(?P<man_only>{_KO_NUMERAL}*[일이삼사오육칠팔구]{_KO_NUMERAL}*)만(?=\s?(?:달러|불))"  # not 백만
)


# ... and rates: "이십일 점 팔 퍼센트", "십이 점 사 프로", "이십 퍼센트"
_KO_DIGIT_NAMES = {"영": "0", "공": "0", **{name: str(digit) for name, digit in _KO_DIGITS.items()}}
KO_SPELLED_RATE_RE = re.compile(
    rf"(?<![가-힣\d])(?P<whole>{_KO_NUMERAL}+)\s?(?:점\s?(?P<frac>[영공일이삼사오육칠팔구]+)\s?)?(?:퍼센트|프로|%)"
)


def _spelled_korean_rate(match: re.Match[str]) -> str:
    whole, frac = match.group("whole"), match.group("frac")
    if frac is None and not any(unit in whole for unit in "십백"):
        return match.group(0)  # "이 퍼센트": maybe "this", not two
    digits = "".join(_KO_DIGIT_NAMES[name] for name in frac) if frac else ""
    return f"{_hangul_number(whole)}{'.' + digits if digits else ''}%"


_KO_SPELLED_GATE = re.compile(f"{_KO_NUMERAL}(?:억|만)")  # what every spelled amount has (a tenth of the search)


def may_spell_korean(text: str) -> bool:
    """`_KO_SPELLED_GATE.search(text)`, asked only of a text with a 억 or a 만 (no English text has either)."""
    return ("억" in text or "만" in text) and _KO_SPELLED_GATE.search(text) is not None


def _hangul_number(word: str) -> int:
    """'백사십삼' -> 143, '천구백칠십칠' -> 1977, '삼천' -> 3000."""
    total, digit = 0, None
    for character in word:
        if character in _KO_DIGITS:
            digit = _KO_DIGITS[character]
        else:
            total += (digit or 1) * _KO_UNITS[character]
            digit = None
    return total + (digit or 0)


def _spelled_korean_amount(match: re.Match[str]) -> str:
    if match.group("man_only"):
        return f"{_hangul_number(match.group('man_only'))}만"
    man = match.group("man")
    return f"{_hangul_number(match.group('eok'))}억" + (f" {_hangul_number(man)}만" if man else "")


# Korean groups an amount as 134억3000만 달러; translated, it comes out split: "13 billion 430 million dollars".
# Two whole parts side by side, billions then fewer than a thousand millions, are one amount (13.43 billion).
SPLIT_AMOUNT_RE = re.compile(r"(?<![\d.,])(?P<whole>\d{1,4})\sbillion\s(?P<part>\d{1,3})\smillion\b", re.IGNORECASE)


def _joined_amount(match: re.Match[str]) -> str:
    fraction = f"{int(match.group('part')):03d}".rstrip("0")
    return f"{match.group('whole')}.{fraction} billion" if fraction else f"{match.group('whole')} billion"


def normalise_spoken_numbers(text: str) -> str:
    """Broadcast copy spells figures out ("ten-point-six percent", "one-point-seven billion dollars");
    rewrite them as digits so the ordinary patterns read them. Length may change; callers that need
    positions scan the rewritten text."""

    def digits(match: re.Match[str]) -> str:
        frac = match.group("frac")
        frac = frac.replace("-", "") if frac[0].isdigit() else _spoken_part(frac, True)
        return f"{_spoken_part(match.group('whole'), False)}.{frac}"

    lowered = text.lower()  # every test below needs a literal; most text has none, so skip them cheaply
    # a spoken unit ("percent" and "per cent" end in "cent"): tested once, for the gate and the last test
    units = "cent" in lowered or "billion" in lowered or "million" in lowered or "trillion" in lowered
    spelled_rate = "퍼센트" in text or "프로" in text
    if not (units or spelled_rate or "point" in lowered or "-and-a-" in lowered or may_spell_korean(lowered)):
        return text  # none of the strings the four tests below look for
    if "-and-a-" in lowered:
        text = SPOKEN_FRACTION_RE.sub(
            lambda m: f"{_spoken_part(m.group('whole'), False)}{'.5' if m.group('part').lower() == 'half' else '.25'}",
            text,
        )
    if "point-" in lowered:
        text = LEADING_POINT_RE.sub(lambda m: f"0.{_spoken_part(m.group('frac'), True)}", text)
    if "-point-" in lowered:
        text = SPOKEN_RE.sub(digits, text)
    if " point " in lowered:
        text = SPOKEN_POINT_RE.sub(_spoken_point, text)
    if may_spell_korean(text) and KO_SPELLED_AMOUNT_RE.search(text):
        text = KO_SPELLED_AMOUNT_RE.sub(_spelled_korean_amount, text)
    if ("퍼센트" in text or "프로" in text) and KO_SPELLED_RATE_RE.search(text):
        text = KO_SPELLED_RATE_RE.sub(_spelled_korean_rate, text)
    if units and "hundred" in lowered:
        text = SPOKEN_HUNDREDS_RE.sub(_spoken_hundreds, text)
    if units and _spoken_whole(folded_sentence(text)):
        text = SPOKEN_WHOLE_RE.sub(lambda m: f"{_spoken_part(m.group('whole'), False)} {m.group('unit')}", text)
    if "billion" in lowered and "million" in lowered:  # (not "billion ": the pattern's gaps are any space)
        text = SPLIT_AMOUNT_RE.sub(_joined_amount, text)  # after the words: "seven billion 810 million"
    return text
