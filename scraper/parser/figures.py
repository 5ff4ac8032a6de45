"""One number in its sentence: which field it fills, with which sign, or whether it is no fact at all."""

from __future__ import annotations

import re
from collections.abc import Iterable

from scraper.parser.casefold import folded_sentence
from scraper.parser.lexicon import EN_CHANGE_NOUN
from scraper.parser.prefilter import folded_twin, guarded
from scraper.parser.scanner import Mention

DEFICIT = re.compile(r"deficit|적자", re.I)
SURPLUS = re.compile(r"surplus|흑자", re.I)
MIN_MONEY_USD = 1e6
# "rose by $1.2 billion", "3000만달러 늘었다": the size of a change, not a value
CHANGE_AMOUNT = guarded(  # opens with a word boundary: searched behind a look-ahead for its first characters
    re.compile(
        r"\bby\s(?:US)?\$|(?:달러|불)\s?(?:[이가]\s)?"
        r"(?:늘었|늘어|줄었|줄어|증가했|감소했|많았|적었)"
    )
)


# "The balance was in the black by $4.2 billion": the size of the surplus, not of a change
# "in the black by $X", "was in surplus by $X": the size of the balance, not a change's
_IN_THE_BLACK_BY = re.compile(r"\bin\s(?:the\sblack|(?:a\s)?surplus|(?:a\s)?deficit|the\sred)\sby\s(?:US)?$", re.I)


def _change_amount(window: str) -> bool:
    """`CHANGE_AMOUNT`, searched only where one of its branches can match: "by" and "$" (English) or
    달러/불 (Korean) in the window. Most English amounts ("$9.1 billion") have no "by" near them."""
    if not (("by" in window and "$" in window) or "달러" in window or "불" in window):
        return False
    return CHANGE_AMOUNT.search(window) is not None


# "33.6 percent of South Korea's total exports": a share
SHARE_OF_TOTAL = re.compile(
    r"\s(?:of\s)?(?:the\s)?(?:South\s)?(?:country's|Korea's|nation's)\s(?:total|overall|entire)", re.I
)


# "from the $153.9 billion tallied in 2010", "from $12 billion a year earlier", "down from $15.0 billion in
# February 2015", "from $57.1 billion in the third quarter of 2018" (a base dated two years back, or in the
# figure's own year, is made that period's own value later, by the reader)
_BASE_AFTER = re.compile(
    r"\s*(?:tally|figure|total|level|tallied|recorded|posted)?\s*"
    r"(?:a\syear|in\sthe\ssame|the\sprevious\syear|last\syear|in\s(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s)?(?:19|20)\d{2}\b"
    r"|in\s(?:the\s)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s(?:quarter|half)\sof\s(?:19|20)\d{2}\b"
    r"|in\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[-–](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s(?:19|20)\d{2}\b"
    r"|in\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(?:of\s)?last\syear\b)",
    re.I,
)
# what may stand between "the same month last year" and its figure: "(", "of", "실적(", the balance it was
# ("전년 동월 흑자(70억 달러)보다", "the year-earlier surplus of $7 billion") ...
_PRIOR_GAP = re.compile(
    r"[\s(:,]*(?:of|at|when\sit\swas|which\swas|level\sof|의|실적|수출액|수입액|수준|흑자|적자|(?:무역\s?)?수지"
    r"|(?:surplus|deficit)\sof)?[\s(:]*",
    re.I,
)
_KO_ADJACENT = re.compile(r"\s?(?:전환|세로?|폭)?\s?\(?\s?")
_PARENTHESES = re.compile(r"\([^()]*\)")
# "3.9% short of a year earlier", "shy of": the figure falls short of its base
_MORE_OR_LESS = re.compile(
    r"\s(?:more|higher|greater|above|(?P<less>less|lower|smaller|below|(?:short|shy)\sof))\b", re.I
)
# "보다 3.5% 많은 수치로": more or fewer, said right after the rate, is its sign whatever verb a later clause has
_KO_MORE_OR_LESS = re.compile(r"\s?(?:더\s?)?(?:많|(?P<less>적))(?:은|았|다|아|고|으며)")
_PRIOR_MONTH_BASE = re.compile(r"\s?(?:\([^()]*\)\s?)?(?:대비|보다|에\s?비해|[과와]\s?비교)")
SHARE_WORD = re.compile(r"\b(?:market\s)?share\b|점유율|비중", re.I)
# compiled once: these run for every figure
_NOT_DIGIT = re.compile(r"\D")
_SIGN_BEFORE = re.compile(r"[△▼\-−]\s?$")
_SIGN_AFTER_CURRENCY = re.compile(r"(?:US\s?\$|USD|\$)\s?[-−]")  # "Taiwan USD -0.85 bn": a deficit in a list
# "fell 9.2 percent on-year in March and 4.1 percent in April": the basis of the change stands between the entries
_LIST_GAP = re.compile(
    r"[\s,]*(?:(?:in|for|during|to|and|or|및|와|과|,|(?:year[\s-])?on[\s-]year|from\sa\syear\s(?:earlier|ago))[\s,]*)*",
    re.I,
)
_POINTS_AFTER = re.compile(r"\s?(?:p\b|포인트|%p)")
_FROM_BEFORE = re.compile(r"\bfrom\s(?:US)?$", re.I)
_TO_BEFORE = re.compile(r"\bto\s(?:US)?$", re.I)
_KO_FROM_AFTER = re.compile(r"\s?에서")
_KO_TO_AFTER = re.compile(r"\s?(?:으로|로)")
_REACHED_BEFORE = re.compile(
    r"(?<!compared\s)(?<!relative\s)\b(?:to|reaching|reached|hit|at|totaled|totalling|totaling)\s$", re.I
)
# a match ends at the end (or before a last line break): it starts at most this far back (the look-behinds
# still see what is before the search start)
_REACHED_REACH = len("totalling") + 2
# the last letters of the words `_REACHED_BEFORE` ends on (none of them folds from another character)
_REACHED_LAST_LETTERS = frozenset("ogdtOGDT")


def _reached_before(before: str) -> bool:
    """`_REACHED_BEFORE` near the end of `before`, searched only when the text ends, but for white space, in
    a last letter of one of its words (a match is the word, one white space and the end)."""
    return before.rstrip()[-1:] in _REACHED_LAST_LETTERS and bool(
        _REACHED_BEFORE.search(before, max(0, len(before) - _REACHED_REACH))
    )


_PRIOR_AFTER_GAP = re.compile(
    r"[\s)]*(?:tallied|recorded|posted|logged|seen|reported|shipped|exported|imported|booked|tally|total|level"
    r"|figure|amount|surplus|deficit)?"  # "the $2.39 billion surplus a year earlier"
    r"\s*(?:in\s|of\s)?(?:the\s)?"
    r"(?:(?:ICT\s|IT\s)?(?:exports|imports|shipments)\s)?"  # "$14.91 billion of exports a year earlier"
    r"(?:same\s(?:month|period|quarter)\s)?",  # "$8.14 billion in the same month a year earlier"
    re.I,
)
_FROM_THE_BEFORE = re.compile(r"\bfrom\s(?:the\s)?$|\bup\sfrom\s$|\bdown\sfrom\s$", re.I)
# "which make up roughly 40 percent of", "accounting for 52%": the verb of a share right before its figure
_SHARE_VERB_BEFORE = re.compile(
    r"\b(?:account(?:s|ed|ing)?\sfor|(?:make|makes|made|making)\sup)(?:\s[a-z]+)?\s?$", re.I
)


def significant_figures(text: str) -> int:
    digits = _NOT_DIGIT.sub("", text.split("%")[0]).strip("0")
    return len(digits)  # a figure below $1 million has lost its unit ("$40.33")


# the kinds of mention that make a figure a bound or an approximate value (`bound_kind`)
_BOUND_KINDS = frozenset(("threshold_before", "approx", "threshold_after"))


class SentenceWords:
    """What the readings of a sentence's figures ask of the sentence as a whole: its folded text, whether it
    names a revision, a pace, an earlier release, the words of a comparison. The same for every figure, so
    found once per sentence, when first asked (the reader keeps one for its sentence). (Plain attributes, not
    `functools.cached_property`: in Python 3.11 its first access takes a lock, dearer than most answers.)

    `kinds`, the kinds of the sentence's mentions, when known, tell which neighbours a figure need not be
    searched for: a sentence with no bound word ("over", "nearly", "surpassed") has no bound, one with no
    year-earlier marker ("a year earlier", "전년 동월") names no prior beside its figures. Most have neither."""

    __slots__ = (
        "_comparison",
        "_folded",
        "_pace",
        "_period_before",
        "_release",
        "_revision",
        "names_a_bound",
        "names_a_prior",
        "sentence",
    )

    def __init__(self, sentence: str, kinds: Iterable[str] | None = None) -> None:
        self.sentence = sentence
        named = None if kinds is None else frozenset(kinds)
        self.names_a_bound = named is None or not named.isdisjoint(_BOUND_KINDS)
        self.names_a_prior = named is None or "prior" in named
        self._folded: str | None = None
        self._revision: bool | None = None
        self._pace: bool | None = None
        self._release: bool | None = None
        self._comparison: tuple[bool, bool, bool, bool] | None = None
        self._period_before: bool | None = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = folded_sentence(self.sentence)
        return self._folded

    @property
    def names_a_revision(self) -> bool:
        """`_REVISED`, by its folded twin: most sentences revise nothing, and then `_superseded` need not
        search before each of their amounts."""
        if self._revision is None:
            self._revision = _REVISED_FOLDED.search(self.folded) is not None
        return self._revision

    @property
    def names_a_pace(self) -> bool:
        if self._pace is None:
            self._pace = _PACE_WORDS_FOLDED.search(self.folded) is not None
        return self._pace

    @property
    def may_quote_an_earlier_release(self) -> bool:
        """Can `_EARLIER_RELEASE_PUT` match? It needs " at " or " as " and one of its nouns, in any case."""
        if self._release is None:
            folded = self.folded
            self._release = (" at " in folded or " as " in folded) and any(
                word in folded for word in _EARLIER_RELEASE_WORDS
            )
        return self._release

    @property
    def opens_on_the_period_before(self) -> bool:
        """'From the first quarter, second-quarter exports were up 2.4 percent': every change of the sentence
        is on the period before (`not_yoy`)."""
        if self._period_before is None:
            self._period_before = _ON_THE_PERIOD_BEFORE.match(self.sentence) is not None
        return self._period_before

    @property
    def comparison_words(self) -> tuple[bool, bool, bool, bool]:
        if self._comparison is None:
            self._comparison = _comparison_words(self.sentence)
        return self._comparison


def read_number(
    sentence: str,
    mentions: list[Mention],
    index: int,
    flow: str,
    lang: str,
    last_number: Mention | None,
    last_sign: int,
    words: SentenceWords | None = None,
) -> tuple[str | None, float, bool]:
    """Which field a number fills (None: not a fact), its signed value, and whether it is approximate.

    `flow` is the frame's flow (a balance figure takes its sign from surplus/deficit); `last_number` and
    `last_sign` are the sentence's previous percentage and its sign, for lists of bare figures; `words`: the
    sentence's `SentenceWords`, when the caller keeps them for all its figures."""
    field_name, value, approximate, _ = read_number_and_sign(
        sentence, mentions, index, flow, lang, last_number, last_sign, words
    )
    return field_name, value, approximate


def read_number_and_sign(
    sentence: str,
    mentions: list[Mention],
    index: int,
    flow: str,
    lang: str,
    last_number: Mention | None,
    last_sign: int,
    words: SentenceWords | None = None,
) -> tuple[str | None, float, bool, bool]:
    """`read_number`, and whether nothing in the sentence states the sign of a percentage (what
    `sign_unstated` asks, found by the same reading instead of a second one)."""
    mention = mentions[index]
    words = words or SentenceWords(sentence, (m.kind for m in mentions))
    bound = bound_kind(sentence, mentions, index) if words.names_a_bound else None
    if bound == "threshold" or bound == "a_little_over":
        if bound == "a_little_over" or significant_figures(mention.text) < 3:
            return None, 0.0, False, False
        bound = "approximate"  # "shrank to below $417 million": a precise figure is the value
    if (
        mention.kind == "money"
        and _change_amount(sentence[max(0, mention.start - 4) : mention.end + 8])
        and not _IN_THE_BLACK_BY.search(sentence, max(0, mention.start - 20), mention.start)
    ):
        return None, 0.0, False, False
    approximate = bound == "approximate"
    if mention.kind == "pct":
        if not_yoy(sentence, mentions, index, words) or _change_of_a_superseded_figure(
            sentence, mentions, index, words
        ):
            return None, 0.0, False, False
        magnitude, sign = mention.value
        unstated = False
        if (
            sign == 0
            and last_number is not None
            and last_sign
            and not minus_marked(last_number)
            and continues_list(sentence, mentions, last_number, mention)
        ):
            sign = last_sign  # "fell 1.3 percent, 13.9 percent and 5.3 percent"
        if sign == 0:
            sign = direction(sentence, mentions, index, last_number, lang, words)
            unstated = sign == 0  # (what `sign_unstated` tells: nothing around the figure states a direction)
        if sign == 0 and lang == "en" and last_number is not None and last_sign:
            sign = last_sign  # "Phones dropped 4.4 percent …, and displays 6.2 percent …": the verb is elided
            unstated = False  # (the elided verb states it: the next sentence's does not re-sign it)
        if sign == 0:
            sign = 1
        return "yoy_pct", (-magnitude if sign < 0 else magnitude), approximate, unstated
    value: float = mention.value
    if value < MIN_MONEY_USD or _superseded(sentence, mention, words):
        return None, 0.0, False, False
    if is_prior(sentence, mentions, index, words):
        if flow == "balance" and _deficit_so_far(sentence, mention):
            value = -value  # "the deficit with Japan widened to $520 million from $390 million"
        return "prior_usd", value, approximate, False
    if flow == "balance" and _a_deficit(sentence, mention):
        value = -value
    return "value_usd", value, approximate, False


def _a_deficit(sentence: str, mention: Mention) -> bool:
    """Is a balance amount a deficit: signed, or named one around it, earlier, or by the list it closes?"""
    after = sentence[mention.end : mention.end + 12].split(";", 1)[0]  # (not "…; deficit with Taiwan")
    window = sentence[max(0, mention.start - 30) : mention.end] + after
    return bool(
        _signed_amount(sentence, mention)
        or (DEFICIT.search(window) and not SURPLUS.search(sentence[mention.end : mention.end + 8]))
        or _DEFICIT_AFTER.match(sentence, mention.end)
        or _deficit_so_far(sentence, mention)
        or (_SHARED_DEFICIT.match(sentence, mention.end) and not _own_surplus(sentence, mention))
    )


def _signed_amount(sentence: str, mention: Mention) -> bool:
    """A minus on the amount: before it ("-$0.85 billion", "△6.3억불") or after its currency ("USD -0.85 bn")."""
    before = sentence[max(0, mention.start - 2) : mention.start]
    return bool(_SIGN_BEFORE.search(before) or _SIGN_AFTER_CURRENCY.match(mention.text))


# "a $2.22 billion ICT trade deficit": the deficit word may stand further than the window after the amount
_DEFICIT_AFTER = re.compile(r"\s(?:(?:ICT|IT)\s)?(?:trade\s)?deficit", re.I)
# "일본과는 4억2천만 달러, 대만과는 9억1천만 달러 적자": the list's closing deficit word is every amount's
_SHARED_DEFICIT = re.compile(
    r"(?:,\s?[^,.\d]{1,20}?\d[\d,.]*\s?(?:[억만천]\s?[\d,.]*\s?)*(?:달러|불))+\s?(?:의\s)?적자"
)


def _own_surplus(sentence: str, mention: Mention) -> bool:
    """The amount is the subject's that names it a surplus ("대미 흑자는 10억달러, 대만 수지는 6억달러 적자였다"):
    the list's closing deficit word is only the later amounts'."""
    before = sentence[max(0, mention.start - 16) : mention.start]
    return "흑자" in before and _SURPLUS_SUBJECT.search(before) is not None


# "흑자는 ", "흑자 규모는 약 ": a surplus named as the subject right before its amount
_SURPLUS_SUBJECT = re.compile(r"흑자\s?(?:규모|액|폭)?(?:는|가|은)\s?(?:약\s?)?$")


def _deficit_so_far(sentence: str, mention: Mention) -> bool:
    """A balance named a deficit earlier in the sentence, and no surplus since or right after the figure."""
    deficits = list(DEFICIT.finditer(sentence, 0, mention.start))
    return bool(deficits) and not SURPLUS.search(sentence, deficits[-1].end(), mention.end + 8)


def minus_marked(mention: Mention) -> bool:
    """'△7.2%': the statistical minus is written on each figure it signs, so a bare figure listed after one
    ("1월 △7.2%, 2월 8.2%") is a rise, not a fall that carries on."""
    return mention.text.lstrip().startswith(("△", "▽"))


def continues_list(sentence: str, mentions: list[Mention], previous: Mention, current: Mention) -> bool:
    """'fell 1.3 percent, 13.9 percent and 5.3 percent', 'contracted 31.3 percent in March and 25.9
    percent in February': a bare figure listed after a signed one keeps its sign."""
    gap = sentence[previous.end : current.start]
    for mention in mentions:
        if previous.end <= mention.start and mention.end <= current.start:
            if mention.kind in ("up", "down") or mention.kind.startswith(("item:", "region:", "flow:")):
                return False
            if mention.kind == "period":
                gap = gap.replace(mention.text, " ")
    return bool(_LIST_GAP.fullmatch(gap))


_BOUND_WORDS = ("more than", "over")  # "jumped more than 70 percent": a bound, where "about 70 percent" is a value


def _round_change_bound(mention: Mention, word: Mention) -> bool:
    """A round percentage (tens) after "more than" or "over" ("surged over 40 percent") is a threshold, as an
    amount after "surpassed" is; "more than 13 percent" stays an approximate value (measured: writers use those
    as the figure)."""
    return mention.kind == "pct" and mention.value[0] % 10 == 0 and word.text.strip().lower() in _BOUND_WORDS


def round_amount_after_bound_word(mentions: list[Mention], index: int) -> bool:
    """A round amount after "more than" or "over" ("It was over $7bn a year ago"): a bound, where one is recalled."""
    mention = mentions[index]
    if mention.kind != "money" or significant_figures(mention.text) >= 3:
        return False
    return any(
        other.kind == "approx" and mention.start - other.end <= 3 and other.text.strip().lower() in _BOUND_WORDS
        for other in mentions[max(0, index - 2) : index]
    )


def bound_kind(sentence: str, mentions: list[Mention], index: int) -> str | None:
    """ "threshold" ("surpassed $20 billion": a bound, not a value), "a_little_over" ("105억 달러를 조금 넘었다"),
    "approximate" ("nearly"), or None."""
    mention = mentions[index]
    # (a slice reversed by [::-1], not reversed(): mypyc 2.4 fails on reversed() of a slice, setup.py)
    for other in mentions[max(0, index - 2) : index][::-1]:
        gap = mention.start - other.end
        if other.kind == "threshold_before" and gap <= 5:
            return "threshold"
        if other.kind == "approx" and gap <= 3:
            return "threshold" if _round_change_bound(mention, other) else "approximate"
    for other in mentions[index + 1 : index + 4]:
        if other.kind in ("won", "approx"):
            continue
        if other.kind == "threshold_after":  # the first other mention after the figure
            between = _PARENTHESES.sub("", sentence[mention.end : other.start])  # "200억 달러(약 28조 원)를 넘어"
            if len(between) <= 3:  # "105억 달러를 조금 넘었다": a little over it, a bound however precise
                return "a_little_over" if _A_LITTLE.search(other.text) else "threshold"
        break
    return None


_A_LITTLE = re.compile(r"조금|약간|살짝")


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_LEVEL_OF = re.compile(r"\s?(?:수준|에\s?(?:그치|불과|해당|달하))")
_PART_OF_A_WHOLE = re.compile(r"[가-힣)]의\s?(?:(?:약|대략|거의|무려)\s?)?$")
_PART_NAMED_NEXT = re.compile(r"(?:가|이|를|을)\s|\s\(")  # "…의 약 60%가 반도체에", "지원금의 30% (…)"
_ON_THE_PERIOD_BEFORE = re.compile(
    r"\s*(?:From|Compared\s(?:with|to)|Against)\s(?:the\s)?(?:first|second|third|fourth|previous|preceding|prior)"
    r"\s(?:quarter|half|month)\b",
    re.I,
)
_FROM_A_MONTH = re.compile(
    rf"\s(?:from|over|than\sin)\s{_MONTHS}(?!\s(?:of\s)?(?:19|20)\d\d|\s(?:of\s)?(?:last|a)\syear|,\s(?:19|20)\d\d)"
)


_RATE_REVISED_FROM = re.compile(r"\s?에서\s?[△▽+\-−]?\s?\d[\d.]*\s?%\s?(?:으로|로)")


def _dated_right_before(sentence: str, mentions: list[Mention], index: int) -> bool:
    before = mentions[index - 1] if index else None
    return before is not None and before.kind == "period" and not sentence[before.end : mentions[index].start].strip()


def _on_a_period_this_year(period: Mention) -> bool:
    """A month or span named without a year ("3분기", "상반기"): a base that is no year before the figure's
    period, so a change on it is no year-on-year one."""
    spec = period.value
    return spec.relative is None and spec.first_month is not None and spec.year is None and spec.year_offset is None


_PAIR_FROM = re.compile(r"\s?(?:대)?에서\s")  # "51%대에서": in the range of that rate
# "비중은 2029년 61%였으나 올해 1분기에는 70.2%까지": a copula's contrast, then the same share's later level
_PAIR_WAS = re.compile(r"\s?(?:이)?[였었](?:으나|지만|는데),?\s")
# a rate in brackets after a period, right after another rate: "…%로 지난해 같은 기간(", "…%로 전년(": the
# comparison's base, a rate of the same measure
_BASE_OF_THE_RATE_BEFORE = re.compile(r"\s?(?:으로|로)?,?\s(?:[가-힣\d]{1,6}\s){0,2}[가-힣\d]{1,6}\s?\(\s?")


def _tags_next(sentence: str, mentions: list[Mention], at: int) -> bool:
    """'(YoY +3.0%, MoM +4.1%)': a "MoM" after a comma and right before a figure is that figure's tag, not the
    one before's (as it is in "up 4.1% MoM, 3.0% YoY")."""
    tag = mentions[at]
    if (
        tag.text not in ("QoQ", "MoM")
        or at + 1 >= len(mentions)
        or "," not in sentence[mentions[at - 1].end : tag.start]
    ):
        return False
    following = mentions[at + 1]
    return following.kind == "pct" and not sentence[tag.end : following.start].strip()


_RATE_AS_SUBJECT = re.compile(r"[가이]\s?")


def _names_what_the_share_is(sentence: str, mentions: list[Mention], index: int) -> bool:
    """A rate marked as the subject with an item or partner right after it ("수출 44%가 반도체", "38%가 중국향")
    is a share of the whole named before: no change stands as a subject of a name."""
    following = mentions[index + 1] if index + 1 < len(mentions) else None
    if following is None or not following.kind.startswith(("item:", "region:")):
        return False
    subject = _RATE_AS_SUBJECT.match(sentence, mentions[index].end)
    return subject is not None and subject.end() == following.start


# "…디스플레이가 18%" closing a headline: the item marked as the subject, a bare rate, no verb: its share
_SUBJECT_MARK = re.compile(r"\s?[이가]\s")
_SEGMENT_END = re.compile(r"\s*(?:$|…|\.\.\.|[,·|/]\s)")


def _headline_share_of_a_name(sentence: str, mentions: list[Mention], index: int) -> bool:
    """A headline segment that ends on a name marked with 이/가 and a bare rate ("반도체가 57%") gives the name's
    share of the whole: a change would carry its verb or arrow ("반도체 18%↑", "반도체가 18% 늘어")."""
    if index == 0 or mentions[index].text.strip()[:1] in "+-△▲▼↑↓":
        return False
    before = mentions[index - 1]
    if not before.kind.startswith(("item:", "region:")):
        return False
    end = mentions[index].end
    return (
        _SUBJECT_MARK.fullmatch(sentence, before.end, mentions[index].start + 1) is not None
        and _SEGMENT_END.match(sentence, end) is not None
        and not _verb_ahead(sentence, mentions, index)  # (not "반도체가 16.2%, 디스플레이가 9.6% … 줄었다": a list)
    )


# the kinds of mention before a percentage that may make it no year-on-year change (`not_yoy`)
_NOT_YOY_BEFORE_KINDS = frozenset(("noyoy_before", "noyoy_after", "period"))


_EARLIER_LEVEL_FROM = re.compile(r"\b(?:up|down|rising|falling|climbing|slipping)?\s?from(?:\s(?:about|around))?\s?$")


def _after_a_share(sentence: str, mentions: list[Mention], index: int) -> bool:
    """Is the percentage before this one in the sentence a share or another rate that is no change?"""
    before = next((at for at in range(index - 1, -1, -1) if mentions[at].kind == "pct"), None)
    return before is not None and not_yoy(sentence, mentions, before)


# a bare rate that opens an amount's brackets, its change after it with its direction word: "(6.8 percent, down …"
_AFTER_AN_AMOUNTS_BRACKET = re.compile(r"(?:billion|million|bn|mn|[\dB])\s?\(\s?$")
_OPENS_BRACKET_BEFORE_A_CHANGE = re.compile(r"[,;]\s(?:up|down)\s\d[\d.]*\s?(?:%|percent|per\scent)\s?\)")


def not_yoy(sentence: str, mentions: list[Mention], index: int, words: SentenceWords | None = None) -> bool:
    """Shares, percentage points and month-on-month changes are percentages but not year-on-year."""
    mention = mentions[index]
    for at, other in enumerate(mentions[index + 1 : index + 3], index + 1):
        if other.kind == "noyoy_after" and other.start - mention.end <= 4 and not _tags_next(sentence, mentions, at):
            return True
    if _marked_before(sentence, mentions, index):
        return True
    if _POINTS_AFTER.match(sentence[mention.end : mention.end + 4]) or SHARE_OF_TOTAL.match(sentence, mention.end):
        return True
    if _RATE_REVISED_FROM.match(sentence, mention.end) and not _dated_right_before(sentence, mentions, index):
        return True  # "증가율이 2.4%에서 2.6%로 올라갔다" (not "전월 15.3%에서": that month's own change)
    if _LEVEL_OF.match(sentence, mention.end) and sentence[: mention.start].rstrip().endswith("의"):
        return True  # "2014년 연간 수출액(…)의 77% 수준": a share of another figure
    if _PART_OF_A_WHOLE.search(sentence, max(0, mention.start - 8), mention.start) and _PART_NAMED_NEXT.match(
        sentence, mention.end
    ):
        return True  # "ICT 수출의 약 60%가 반도체에", "지원금의 30%": a part of the noun before
    if _OPENS_BRACKET_BEFORE_A_CHANGE.match(sentence, mention.end) and _AFTER_AN_AMOUNTS_BRACKET.search(
        sentence, max(0, mention.start - 12), mention.start
    ):
        return True  # "$0.93 billion (6.8 percent, down 14.1 percent)": the share, then the change
    if _names_what_the_share_is(sentence, mentions, index):
        return True  # "수출 44%가 반도체": the rate is the subject, and what it is an item
    if _headline_share_of_a_name(sentence, mentions, index):
        return True  # "…반도체가 57%": the item's share
    words = words or SentenceWords(sentence)
    if words.opens_on_the_period_before or _FROM_A_MONTH.match(sentence, mention.end):
        return True  # "From the first quarter, second-quarter exports were up 2.4 percent", "9.3 percent from July"
    if _SHARE_VERB_BEFORE.search(sentence[max(0, mention.start - 30) : mention.start]):
        return True
    if _EARLIER_LEVEL_FROM.search(sentence, max(0, mention.start - 16), mention.start) and _after_a_share(
        sentence, mentions, index
    ):
        return True  # "… made up 71.0 percent of ICT exports, up from 66.4 percent": the share's earlier level
    # "the global market share of Korean smartphones reached 27.1 percent": a share named earlier in the clause
    floor = 0  # the end of the figure before (mentions do not overlap: the last one ends last)
    for other in mentions[:index][::-1]:
        if other.kind == "pct" and _PAIR_FROM.match(sentence, other.end):
            continue  # "비중은 2012년 19%에서 올해 8%로": the pair's first rate is of the same share
        if other.kind == "pct" and _PAIR_WAS.match(sentence, other.end) and not _named_between(mentions, other, index):
            continue  # "비중은 2029년 61%였으나 올해 1분기에는 70.2%까지": the same share, later
        if other.kind == "pct" and _BASE_OF_THE_RATE_BEFORE.fullmatch(sentence, other.end, mention.start):
            continue  # "비중은 38.9%로 지난해 같은 기간(37.1%)보다": the base of the same share
        if other.kind in ("money", "pct"):
            floor = other.end
            break
    share = _SHARE_WORD_FOLDED.search(words.folded, floor, mention.start)
    if share is not None and floor and not words.folded[floor : share.start()].strip():
        share = _SHARE_WORD_FOLDED.search(words.folded, share.end(), mention.start)  # "(6.8 percent share, down …"
    return share is not None and not _inside_closed_aside(sentence, share.start(), mention.start)


def _named_between(mentions: list[Mention], other: Mention, index: int) -> bool:
    """Is a flow, an item or a partner named between the figure `other` and the figure at `index`?"""
    return any(other.end <= m.start and m.kind.startswith(("item:", "flow:", "region:")) for m in mentions[:index])


# "memory chips, which make up the lion's share, contracted 40.6 percent": a relative clause set off by commas; so
# is an apposition that tells the subject's share ("ICT exports, a large share of Korea's exports, sank 15 percent")
_WHICH_ASIDE = re.compile(r",\s(?:which\s|that\s|(?:[\w-]+\s){0,3}share\sof\s)[^,]*,", re.I)


def _inside_closed_aside(sentence: str, at: int, before: int) -> bool:
    """Does a ", which …," aside hold position `at` and close before `before`?"""
    return any(a.start() < at < a.end() <= before for a in _WHICH_ASIDE.finditer(sentence, 0, before))


# A rate named right before its figure, whatever verb follows: "감소폭이 4.3%로 확대", "negative growth of 4.3%",
# "증가율은 지난 8월 2.2%에서": the month the rate is of may stand between, and so may its base ("증가율은 전년
# 동월 대비 9.1%로, … 떨어졌다": the verb after is the rate's own fall)
_RATE_NAMED_BEFORE = re.compile(
    r"(?:(?P<down>(?:감소|하락)\s?(?:율|률|폭)|negative\s(?:growth|expansion)(?:\srate)?)|"
    r"(?:증가|상승)\s?(?:율|률|폭))\s?(?:[이은가는도]|(?:of|at))?"
    r"(?:\s?전월|\s?전년(?:\s?(?:동월|동기|같은\s?달))?(?:\s?대비)?)?"
    # "증가율은 1~3월(4.6%)보다 낮아졌다": the rate of a span written in brackets after it
    r"(?:\s?(?:지난\s?)?(?:\d{4}년\s?)?(?:(?:\d{1,2}\s?[~∼-]\s?)?\d{1,2}월(?:\s?말(?:까지의?)?\s?(?:누계|누적))?"
    r"|[1-4]분기|[상하]반기)(?:에는|에|엔)?)?\s?\(?$",  # (or the running total to a month's end: "9월말 누계(7.4%)")
    re.I,
)
_NEGATIVE_BEFORE = re.compile(r"\b(?:negative|minus)\s?$", re.I)
# "… 2.2%에서 9월 -8.2%로": the second figure of a from-to pair is a value of the same rate as the first
_KO_RATE_PAIR_GAP = re.compile(r"\s?에서\s?(?:(?:\d{4}년\s?)?\d{1,2}월(?:에는|에)?\s?)?")


_PERCENT_OPENS = re.compile(r"^\s?%")
# "감소율은 반도체 41.5%, 디스플레이 42.2%였다": a rate marked as the topic heads a list of names and their figures
_KO_RATE_HEADS_A_LIST = re.compile(r"(?:(?P<down>감소|하락)|증가|상승)\s?(?:율|률|폭)\s?[은는이가]\s")
_RATE_ENDINGS = ("율", "률", "폭")
_KO_LIST_COMMA = re.compile(r"\s?[,·]\s?")


def _lists_a_name(mention: Mention) -> bool:
    """An item, or a period ("1분기 44.8%, 2분기 38.6%"), as the name of a list's figure."""
    return mention.kind.startswith("item:") or mention.kind == "period"


def _rate_heads_the_list(sentence: str, mentions: list[Mention], index: int) -> int:
    """+1 or -1 when the percentage is one of a list of names with their figures that a rate marked as the
    topic opens ("감소율은 반도체 41.5%, 디스플레이 42.2%", "분기별 증가율은 1분기 44.8%, 2분기 38.6%"); 0 otherwise."""
    mention = mentions[index]
    start = max(0, mention.start - 90)
    if not any(word in sentence[start : mention.start] for word in _RATE_ENDINGS):
        return 0  # (the head's rate ends in one of them)
    heads = list(_KO_RATE_HEADS_A_LIST.finditer(sentence, start, mention.start))
    if not heads:
        return 0
    head = heads[-1]
    listed = [m for m in mentions[:index] if m.start >= head.end()]
    if not listed or not _lists_a_name(listed[0]) or sentence[head.end() : listed[0].start].strip():
        return 0
    for before, after in zip(listed, [*listed[1:], mention], strict=True):
        if _lists_a_name(before):
            alternates = after.kind == "pct" and not sentence[before.end : after.start].strip()
        else:
            alternates = (
                before.kind == "pct"
                and _lists_a_name(after)
                and _KO_LIST_COMMA.fullmatch(sentence, before.end, after.start) is not None
            )
        if not alternates:
            return 0  # the list goes name, figure, comma, name …, and nothing else stands in it
    return -1 if head.group("down") else 1


def _rate_named(sentence: str, mentions: list[Mention], index: int) -> int:
    """+1 or -1 when the percentage is a value of a rate named before it (growth or decline), else 0."""
    mention = mentions[index]
    named = _RATE_NAMED_BEFORE.search(sentence[max(0, mention.start - 30) : mention.start])
    if named:
        return -1 if named.group("down") else 1
    listed = _rate_heads_the_list(sentence, mentions, index)
    if listed:
        return listed
    earlier = mentions[index - 1] if index else None
    if earlier is not None and earlier.kind == "period" and index > 1:
        earlier = mentions[index - 2]
    if earlier is not None and earlier.kind == "pct":
        gap = sentence[earlier.end : mention.start]
        if _KO_RATE_PAIR_GAP.fullmatch(gap) or _KO_RATE_PAIR_GAP.fullmatch(_PERCENT_OPENS.sub("", gap)):
            return _rate_named(sentence, mentions, mentions.index(earlier))
    return 0


def _more_or_less(sentence: str, mention: Mention, lang: str) -> int:
    found = _MORE_OR_LESS.match(sentence, mention.end)
    if found is None and lang == "ko":
        after = sentence[mention.end : mention.end + 5]
        if "많" in after or "적" in after:
            found = _KO_MORE_OR_LESS.match(sentence, mention.end)
    if found is None:
        return 0
    return -1 if found.group("less") else 1


_LABEL_OF_A_LIST = re.compile(
    r"\s?(?:[가-힣]{0,4}\s)?(?:곳|품목|지역|국가|나라|시장|items?|markets?|destinations?)?\s?:"
)


def _label_direction(sentence: str, mentions: list[Mention], index: int) -> int:
    """The direction a list's label names ("줄어든 곳:", "Decliners:"), when no direction word stands between its
    colon and the figure; 0 when there is none."""
    colon = sentence.rfind(":", 0, mentions[index].start)
    words = [m for m in mentions[:index] if m.kind in ("up", "down")]
    if colon < 0 or not words or words[-1].end > colon:
        return 0
    if not _LABEL_OF_A_LIST.fullmatch(sentence, words[-1].end, colon + 1):
        return 0
    return 1 if words[-1].kind == "up" else -1


def direction(
    sentence: str,
    mentions: list[Mention],
    index: int,
    last_number: Mention | None,
    lang: str,
    words: SentenceWords | None = None,
) -> int:
    """The sign of a bare percentage from the words around it."""
    mention = mentions[index]
    named = _rate_named(sentence, mentions, index)
    if named:
        return named  # "감소폭이 4.3%로 확대됐다": the rate is a decline's
    if _NEGATIVE_BEFORE.search(sentence, max(0, mention.start - 10), mention.start):
        return -1  # "posted negative 12.7 percent growth": the sign written before the figure, whatever noun follows
    if "from" in sentence and (earlier := _earlier_rate_of_the_same_move(sentence, mentions, index)):
        return earlier  # "increased 22.1%, slowing from 27.7% in May": May's rate was a rise too
    pace, pace_end = _pace_before(sentence, mention.start, words)
    # (not past an amount: "감소 폭을 줄여오다 12월에는 151억달러로 5.3% 늘었다" is the amount's own clause)
    if pace and not any(m.kind in ("up", "down", "money") and pace_end <= m.start < mention.start for m in mentions):
        return pace  # "growth eased to 4.1%": the rate is growth whichever way its pace moves
    more_or_less = _more_or_less(sentence, mention, lang)
    if more_or_less:
        return more_or_less  # "0.8 percent more compared with last April", "3.5% 많은 수치로"
    # right after the figure: "(21.2% increase)", "15.3% 감소"
    for other in mentions[index + 1 : index + 3]:
        if other.kind in ("money", "pct") or other.kind.startswith(("item:", "region:", "ctxitem:")):
            break  # "chips fell 24.8 percent, displays up 3.4 percent": the next name's word is its own
        if (
            other.kind in ("up", "down")
            and other.start - mention.end <= 12
            and not _CLOSED_AFTER.search(sentence, mention.end, other.start)
        ):
            return 1 if other.kind == "up" else -1
    # Korean puts the verb after its figures: "각각 3.8%, 10.9% 늘었다" looks ahead before it looks back
    if lang == "ko" and (korean := _korean_direction(sentence, mentions, index)):
        return korean
    if ":" in sentence and (labelled := _label_direction(sentence, mentions, index)):
        return labelled  # "- 줄어든 곳: 유럽연합 8.0%, 일본 2.7%": the label's word signs every figure of its list
    # before it, back to the previous figure: "fell 34.9 percent", "(down 13.9%)"
    floor = last_number.end if last_number is not None else 0
    for position, other in enumerate(mentions[:index][::-1], start=1):
        if other.end <= floor:
            break
        if other.kind in ("up", "down") and not _signs_a_figure(sentence, mentions, index - position):
            if _CONTRAST.search(sentence, other.end, mention.start) or (
                lang == "ko" and _another_subject_between(sentence, mentions, other, mention)
            ):
                break  # "12.4% 감소했지만 휴대폰은 14.6억 달러(8.7%)를", "2.7% 감소, 수입은 192.4억불(1.3%)"
            return 1 if other.kind == "up" else -1
    if lang == "ko":
        return 0  # (the verb at the end of the clause, "... 8.4% 증가한", was looked for ahead above)
    return _en_verb_ahead(sentence, mentions, index)


# a pace verb and "from" right before a rate: the rate the change moved on from ("…, slowing from 27.7%")
_PACE_FROM = re.compile(
    r"\b(?:slow|eas|moderat|decelerat|accelerat|quicken|cool)\w*(?:\s(?:down|up))?\sfrom(?:\s(?:an?|the))?\s?$", re.I
)


def _earlier_rate_of_the_same_move(sentence: str, mentions: list[Mention], index: int) -> int:
    """The sign of an earlier rate a pace verb compares the change with: that of the change's own verb before
    the pace verb ("increased 22.1%, slowing from 27.7%" a rise; "fell 3.2%, easing from 12.1%" a fall)."""
    mention = mentions[index]
    pace = _PACE_FROM.search(sentence, max(0, mention.start - 30), mention.start)
    if pace is None:
        return 0
    for at in range(index - 1, -1, -1):
        other = mentions[at]
        if other.end <= pace.start() and other.kind in ("up", "down"):
            return 1 if other.kind == "up" else -1
    return 0


def _en_verb_ahead(sentence: str, mentions: list[Mention], index: int) -> int:
    """The sign of the first verb of change after an English figure, before the next figure."""
    mention = mentions[index]
    for position, other in enumerate(mentions[index + 1 :], start=index + 1):
        if other.kind in ("money", "pct"):
            break
        if other.kind in ("up", "down") and not _signs_a_figure(sentence, mentions, position):
            if _CONTRAST.search(sentence, mention.end, other.start):
                break  # "rose to A (8%) and B (3%), but fell to C (-2%)": the verb after "but" is C's
            return 1 if other.kind == "up" else -1
    return 0


# "(21.2% increase)" and "15.3% 감소" sign the figure before; ", up" after a comma opens the next change
# ("down 8.2% on-year, up 5.5% month-on-month"), and so does "and down" ("up 5.7 percent and down 2.3 percent")
_CLOSED_AFTER = re.compile(r"[),;]|\b(?:and|or)\b")
_CONTRAST = re.compile(r"지만|반면|으나\s|\b(?:but|while|whereas|(?:al)?though)\b")


def _korean_direction(sentence: str, mentions: list[Mention], index: int) -> int:
    """A Korean direction word right before the figure or its brackets, else the verb ahead in its clause."""
    mention = mentions[index]
    before = mentions[index - 1] if index else None
    if (
        before is not None
        and before.kind in ("up", "down")
        and _KO_ADJACENT.fullmatch(sentence[before.end : mention.start])
    ):
        return 1 if before.kind == "up" else -1  # "증가(13.0%)했지만", "증가 전환(1.0%·45억달러)"
    bracketed = _direction_before_brackets(sentence, mentions, index)
    if bracketed:
        return bracketed  # "증가(45억달러, 1.0%)로 전환하며 감소 폭을 좁혔다"
    return _verb_ahead(sentence, mentions, index)


def _direction_before_brackets(sentence: str, mentions: list[Mention], index: int) -> int:
    """'증가(45억달러, 1.0%)로 돌아섰다': the direction word right before the brackets that hold the figure, after
    an amount of its own in them, signs it."""
    mention = mentions[index]
    opened = sentence.rfind("(", 0, mention.start)
    if opened < 0 or ")" in sentence[opened : mention.start]:
        return 0
    for other in mentions[:index][::-1]:
        if other.end > opened:
            if other.kind not in ("money", "period"):
                return 0  # only the figure's own amount and date may stand before it in the brackets
            continue
        if other.kind in ("up", "down") and _KO_ADJACENT.fullmatch(sentence[other.end : opened + 1]):
            return 1 if other.kind == "up" else -1
        return 0
    return 0


def _another_subject_between(sentence: str, mentions: list[Mention], word: Mention, figure: Mention) -> bool:
    """A comma after a direction word, then a name before the figure: the word ended another subject's clause."""
    comma = sentence.find(",", word.end, figure.start)
    return comma >= 0 and any(
        comma < m.start < figure.start and m.kind.startswith(("flow:", "item:", "region:")) for m in mentions
    )


def _signs_a_figure(sentence: str, mentions: list[Mention], at: int) -> bool:
    """'△6.3억불': a sign mark written on an amount is that amount's, no direction for a later figure."""
    mark, following = mentions[at], mentions[at + 1] if at + 1 < len(mentions) else None
    return (
        mark.text in ("△", "▼", "-", "−")
        and following is not None
        and following.kind == "money"
        and following.start - mark.end <= 1
    )


# A rate named as growth or as a decline, then a verb for its pace: the pace verb says nothing of the sign.
_SAME_SENTENCE = r"(?:[^.;]|\.\d){0,60}"  # decimals do not end it
_GROWTH_PACE = re.compile(
    rf"\b(?:growth|gains?|increases?|rises?|expansion)\b{_SAME_SENTENCE}\b(?:eas|slow|"
    r"decelerat|moderat|cool|accelerat|quicken|pick|speed|narrow|widen|halv)\w*"
    r"|\bgrowth(?:\srate)?(?:\s(?:in|of)(?:\s[\w-]+){1,4}?)?\s(?:fell|dropped|declined|slipped|slid|sank|dipped|plunged|retreated|shrank|rose|climbed)\b"
    r"|증가\s?(?:율|폭)[이은가]?\s?[^.\d]{0,10}?(?:둔화|축소|확대|줄|커|낮아|높아)\w*",
    re.I,
)
_DECLINE_PACE = re.compile(
    rf"\b(?:falls?|declines?|decreases?|drops?|contraction|slump|losses)\b{_SAME_SENTENCE}"
    r"\b(?:eas|slow|decelerat|moderat|deepen|accelerat|speed|narrow|widen|halv)\w*"
    r"|(?:감소|하락)\s?(?:율|폭)[이은가]?\s?[^.\d]{0,10}?(?:둔화|축소|확대|줄|커|낮아|높아)\w*",
    re.I,
)


_PACE_WORDS = re.compile(
    r"growth|gain|increase|rise|expansion|fall|decline|decrease|drop|contraction|slump|loss|"
    r"(?:증가|감소|하락)\s?(?:율|폭)",
    re.I,
)


# what runs over whole sentences or long stretches of one, as folded twins
_PACE_WORDS_FOLDED = folded_twin(_PACE_WORDS)
_GROWTH_PACE_FOLDED = folded_twin(_GROWTH_PACE)
_DECLINE_PACE_FOLDED = folded_twin(_DECLINE_PACE)
_SHARE_WORD_FOLDED = folded_twin(SHARE_WORD)


def _pace_before(sentence: str, start: int, words: SentenceWords | None) -> tuple[int, int]:
    """`rate_of_change_sign` of the words before a figure, asked only of a sentence that names a pace."""
    words = words or SentenceWords(sentence)
    if not words.names_a_pace:
        return 0, -1
    return rate_of_change_sign(words.folded, start)


def rate_of_change_sign(folded: str, end: int) -> tuple[int, int]:
    """+1 for "growth slowed to", -1 for "the decline deepened to", 0 when the words say neither; and where
    the phrase ends. Of the `case_folded` text up to `end` (folding keeps every offset, and a search that
    stops at `end` sees the text as if it ended there: the folded sentence serves every figure of it)."""
    growth = max((m.end() for m in _GROWTH_PACE_FOLDED.finditer(folded, 0, end)), default=-1)
    decline = max((m.end() for m in _DECLINE_PACE_FOLDED.finditer(folded, 0, end)), default=-1)
    if growth < 0 and decline < 0:
        return 0, -1
    return (1, growth) if growth > decline else (-1, decline)


# "반도체 22.6%, OLED 14.1%였고, SSD는 6.8% 줄었다", "3월 1.1%였다가 4월 △15.3%로": a figure's clause closed by a
# copula stated no direction
_KO_COPULA_CLOSE = re.compile(r"(?:%|달러|불)\s?(?:였|이었|이)(?:고|으며|며|다가)(?=[\s,])")


def _ko_clause_end(sentence: str, start: int) -> int:
    """Where a Korean figure's clause ends when it closes with a copula, not a verb; else the sentence's end."""
    closed = _KO_COPULA_CLOSE.search(sentence, start)
    return closed.end() if closed else len(sentence)


def _verb_ahead(sentence: str, mentions: list[Mention], index: int) -> int:
    end = _ko_clause_end(sentence, mentions[index].start)
    for position, other in enumerate(mentions[index + 1 :], start=index + 1):
        if other.start >= end:
            break  # the verb is another clause's
        if other.kind == "pct" and minus_marked(other) and any(minus_marked(m) for m in mentions[:index]):
            break  # "1월 △7.2%, 2월 8.2%에 이어 3월 △15.3%로 떨어졌다": a list that marks its falls; the verb is theirs
        if other.kind in ("up", "down") and (
            not _signs_a_figure(sentence, mentions, position) or _parallel_to(sentence, mentions, index, position)
        ):
            return 1 if other.kind == "up" else -1
    return 0


_PARALLEL_NEXT = re.compile(r"\s?,\s?")  # "반도체가 16.2%, 디스플레이가 9.6%, 컴퓨터는 30.9% 줄었다"


def _parallel_to(sentence: str, mentions: list[Mention], index: int, verb_at: int) -> bool:
    """Is the figure at `index` one of a list of verbless "<name>가 N%," fragments that the verb at `verb_at`
    closes? Every figure up to the verb is followed by a comma and the next name."""
    figures = [at for at in range(index, verb_at) if mentions[at].kind == "pct"]
    for at in figures[:-1]:
        after = mentions[at + 1] if at + 1 < len(mentions) else None
        if (
            after is None
            or not after.kind.startswith(("item:", "region:", "ctxitem:"))
            or not _PARALLEL_NEXT.fullmatch(sentence, mentions[at].end, after.start)
        ):
            return False
    return len(figures) >= 2


def sign_unstated(
    sentence: str, mentions: list[Mention], index: int, last_number: Mention | None, last_sign: int, lang: str
) -> bool:
    """A percentage whose sign nothing in its sentence states: "수출은 169.1억불(23.6%)" where a ▼ glyph was
    lost with the page's images. It is read as growth unless the next sentence says otherwise."""
    mention = mentions[index]
    if mention.kind != "pct" or mention.value[1] != 0:
        return False
    if (
        last_number is not None
        and last_sign
        and not minus_marked(last_number)
        and continues_list(sentence, mentions, last_number, mention)
    ):
        return False
    return direction(sentence, mentions, index, last_number, lang) == 0


def stated_trend(mentions: list[Mention], flow: str) -> int:
    """The direction a figure-free sentence gives a flow ("주요품목 및 지역별 수출 감소"): the first up/down word
    after the flow is named, 0 if there is none or the sentence has figures of its own."""
    if any(m.kind in ("money", "pct") for m in mentions):
        return 0
    named = False
    for mention in mentions:
        if mention.kind == f"flow:{flow}":
            named = True
        elif mention.kind.startswith("flow:"):
            named = False
        elif named and mention.kind in ("up", "down"):
            return 1 if mention.kind == "up" else -1
    return 0


def _from_to_pair(sentence: str, mentions: list[Mention], index: int) -> bool:
    """'fell from $97.6 billion to $86.3 billion', '24억달러에서 ... 19억달러로': the first is the earlier value."""
    mention = mentions[index]
    following = next((m for m in mentions[index + 1 :] if m.kind == "money"), None)
    if following is None or following.start - mention.end > 40 or _own_period(sentence, mentions, index):
        return False  # "2015년 1천729억 달러에서 2016년 …로": a dated figure is its period's value
    if _FROM_BEFORE.search(sentence[max(0, mention.start - 6) : mention.start]):
        return bool(_TO_BEFORE.search(sentence[max(0, following.start - 6) : following.start]))
    return bool(
        _KO_FROM_AFTER.match(sentence[mention.end : mention.end + 3])
        and _KO_TO_AFTER.match(sentence[following.end : following.end + 3])
    )


_FROM_VERSUS_GAP = re.compile(r"\s(?:from|versus|vs\.?)\s(?:US)?")
_TO_BEFORE_AS_WRITTEN = re.compile(r"\bto\s(?:US)?$")
_MONTH_VERSUS_GAP = re.compile(r"(?:\s(?:in|for)\s[A-Z][a-z]+)?,?\s(?:versus|vs\.?)\s(?:US)?")
# "down 4.4 percent from $X", "a 0.5% on-year rise from $X": the base of the change
# "a 4.1% gain on the $7.2 billion", "a 2 percent drop over the $5 billion": the base the change is measured on
_CHANGE_ON = re.compile(
    rf"(?:percent|%|pct)\s(?:(?:on-year|year-on-year)\s)?{EN_CHANGE_NOUN}"
    r" (?:on|over) (?:the\s)?(?:US)?$",  # (plain spaces round "on": `_on_or_over` gates it)
    re.I,
)
_CHANGE_FROM = re.compile(
    rf"(?:percent|%|pct)\s(?:(?:on-year|year-on-year)\s)?(?:{EN_CHANGE_NOUN}\s)?"
    r"from\s(?:US)?$",
    re.I,
)


# A figure the same sentence revises: "initially reported at $15.63 billion, were revised to …", "잠정 136.9억불에서
# 확정 137.3억불로 수정"
_PRELIMINARY_BEFORE = re.compile(
    r"(?:initially|originally|previously|first)\s(?:reported|estimated|put|given)\s(?:at|as)\s(?:US)?$|잠정(?:치)?\s?[(:]?\s?$"
    r"|당초(?:\s(?:발표|집계)(?:된|한|치))?\s?$",  # "당초 130억8000만 달러로 집계됐으나 … 로 수정"
    re.I,
)
_REVISED = re.compile(r"revised|수정|정정|상향\s?조정|하향\s?조정", re.I)


_REVISED_FOLDED = folded_twin(_REVISED)


# "156억3천만 달러로 발표됐으나, 확정치는 … 수정됐다", "…로 전해 드렸으나": the figure a revision replaces
_KO_ANNOUNCED_AFTER = re.compile(
    r"\s?(?:으로|로)\s(?:발표|집계|공표|공개|보도|전해\s?드|알려)[^\s,.]{0,6}?(?:으나|지만)"
)


def _superseded(sentence: str, mention: Mention, words: SentenceWords | None = None) -> bool:
    words = words or SentenceWords(sentence)
    if words.names_a_revision and (
        _PRELIMINARY_BEFORE.search(sentence, max(0, mention.start - 30), mention.start)
        or _ANNOUNCED_AFTER.match(sentence, mention.end)
        or _KO_ANNOUNCED_AFTER.match(sentence, mention.end)
    ):
        return True
    return words.may_quote_an_earlier_release and _put_by_an_earlier_release(sentence, mention)


# "last month's release put August ICT exports at $15.41 billion, up 2.3%; the new tables show $15.48 billion": what
# an earlier release said, told to give the figure that replaces it
_EARLIER_RELEASE_PUT = re.compile(
    r"(?:last\s(?:month|week)'s|(?:the|an?)\s(?:earlier|previous|prior|first|initial|original|preliminary))\s"
    r"(?:release|report|data|figures?|estimates?|print|reading|tally|tables?)\s(?:had\s)?(?:put|showed|gave|pegged|had)\s"
    r"[^$\d;.]{0,60}?\s(?:at|as)\s(?:US)?$",
    re.I,
)
_EARLIER_RELEASE_WORDS = ("release", "report", "data", "figure", "estimate", "print", "reading", "tally", "table")
_LATER_AMOUNT = re.compile(r"\$\s?\d|\d\s?(?:billion|million|bn)\b", re.I)


def _put_by_an_earlier_release(sentence: str, mention: Mention) -> bool:
    """A figure an earlier release gave, in a sentence that goes on to give another amount (the revised one).
    Asked only where `SentenceWords.may_quote_an_earlier_release` (most sentences quote no earlier release)."""
    return bool(
        _EARLIER_RELEASE_PUT.search(sentence, max(0, mention.start - 120), mention.start)
        and _LATER_AMOUNT.search(sentence, mention.end)
    )


# "… revised to $14.87 billion from the $14.79 billion it announced a month ago / announced earlier": the
# estimate the revision replaces, named by when it was given out
_ANNOUNCED_AFTER = re.compile(
    r"\s(?:(?:that|which)\s)?(?:(?:it|they|the\s[a-z]+)\s)?(?:had\s)?(?:(?:initially|first|originally)\s)?"
    r"(?:announced|reported|released|published|estimated|given)\b",
    re.I,
)


def _change_of_a_superseded_figure(
    sentence: str, mentions: list[Mention], index: int, words: SentenceWords | None = None
) -> bool:
    """'잠정치 145억2000만달러(+3.5%)에서 확정치 …(+4.2%)로': the change in the superseded figure's parentheses."""
    if index == 0:
        return False
    before = mentions[index - 1]
    if before.kind in ("up", "down") and index > 1:
        before = mentions[index - 2]  # ("…, up 2.3%": the direction word between)
    return (
        before.kind == "money"
        and _CHANGE_OF_BEFORE.fullmatch(sentence, before.end, mentions[index].start) is not None
        and _superseded(sentence, before, words)
    )


_CHANGE_OF_BEFORE = re.compile(r"\s?(?:\(|,\s(?:up|down))?\s?")  # "$15.41 billion (+2.3%)", "…, up 2.3%"


def _marked_before(sentence: str, mentions: list[Mention], index: int) -> bool:
    """Do the words just before the percentage make it no year-on-year change: a share's ("전체 ICT 수출의"), a
    tag's ("QoQ"), a comparison with the month before or with a period of this year?"""
    mention = mentions[index]
    for other in mentions[max(0, index - 3) : index][::-1]:
        if other.kind not in _NOT_YOY_BEFORE_KINDS:
            continue
        gap = len(_PARENTHESES.sub("", sentence[other.end : mention.start]))  # "전월(141억3천만달러)보다 6.2%"
        if (
            other.kind == "noyoy_before"
            and gap <= 16
            and not _money_between(mentions, other, mention)
            and not _figure_between(mentions, other, mention)
        ):
            return True  # not "accounted for $3.05 billion, 7.7 percent more": the share's verb took the amount
        if other.kind == "noyoy_after" and other.text in ("QoQ", "MoM") and gap <= 2:
            return True  # "메모리 ASP QoQ -4%": the tag before the figure
        if other.kind == "period" and gap <= 20 and (base := _PRIOR_MONTH_BASE.match(sentence, other.end)):
            if other.value.relative == "prior_month" and base.end() <= mention.start:
                return True  # a change on the month before: "전월(…) 대비로는 8.6%", "전월(…)과 비교하면 6.2%"
                # (not "감소 폭은 전월(△13.5%)보다 줄었다": the figure in the brackets is that month's own change)
            if _on_a_period_this_year(other) and base.end() <= mention.start:
                return True  # "3분기(498억달러)보다 4.7% 많았다" (not "1월(△33.7%)보다": that month's own change)
    return False


def _money_between(mentions: list[Mention], first: Mention, last: Mention) -> bool:
    return any(m.kind == "money" and first.end <= m.start < last.start for m in mentions)


def _figure_between(mentions: list[Mention], first: Mention, last: Mention) -> bool:
    """'전체 ICT 수출의 35.6%를 차지했으며 3.1% 감소했다': the words before a share qualify the rate right after
    them, not the change after it."""
    return any(m.kind == "pct" and first.end <= m.start < last.start for m in mentions)


def _to_from_pair(sentence: str, mentions: list[Mention], index: int) -> bool:
    """'narrowed to $7.01 billion from $10.72 billion': the figure after "from" is the earlier value, unless it
    names its own period ("from $10.7 billion in March")."""
    earlier = [m for m in mentions[max(0, index - 2) : index] if m.kind == "money"]
    if not earlier or _own_period(sentence, mentions, index):
        return False
    before = earlier[-1]
    gap = sentence[before.end : mentions[index].start]
    if _MONTH_VERSUS_GAP.fullmatch(gap):
        return True  # "$12.40 billion in February versus $12.03 billion"
    return bool(
        _FROM_VERSUS_GAP.fullmatch(gap)
        and _TO_BEFORE_AS_WRITTEN.search(sentence[max(0, before.start - 6) : before.start])
    )


def _own_period(sentence: str, mentions: list[Mention], index: int) -> bool:
    """Is the figure dated right beside it ("2015년 1천729억 달러", "$97.6 billion in 2015")?"""
    mention = mentions[index]
    before = mentions[index - 1] if index else None
    if before is not None and before.kind == "period" and not sentence[before.end : mention.start].strip(" (의"):
        return True
    after = mentions[index + 1] if index + 1 < len(mentions) else None
    return after is not None and after.kind == "period" and sentence[mention.end : after.start] in (" in ", " for ")


# "199억1000만달러에 비해", "… than $X": a figure named as what another is compared with
_KO_BASE_AFTER = re.compile(r"\s?\)?\s?(?:\([^()]{0,30}\))?\s?(?:에\s?비해|에\s?비하면|보다|대비|[과와]\s?비교)")


def _dated_comparison_base(sentence: str, mentions: list[Mention], index: int) -> bool:
    """'2021년 10월 199억1000만달러에 비해', '지난해 10월 78억달러보다': the base of a comparison dated in an
    earlier year is the year-earlier value (a base dated without a year may be last month's)."""
    if index == 0 or not _KO_BASE_AFTER.match(sentence, mentions[index].end):
        return False
    before = mentions[index - 1]
    if before.kind != "period" or sentence[before.end : mentions[index].start].strip(" (의"):
        return False
    spec = before.value
    return bool(spec.year is not None or spec.year_offset == -1)


def is_prior(sentence: str, mentions: list[Mention], index: int, words: SentenceWords | None = None) -> bool:
    """The year-earlier value: "compared to the same month last year ($21.04 billion)", "전년 동월(117.9억불)"."""
    mention = mentions[index]
    if mention.kind == "money" and _bracketed_base(sentence, mentions, index):
        return True
    before = sentence[max(0, mention.start - 21) : mention.start]
    if _reached_before(before):
        return False  # "rose 130% to $430 million compared to the same period last year"
    words = words or SentenceWords(sentence)
    any_from, korean_from, from_as_written, korean_base = words.comparison_words
    if korean_base and _dated_comparison_base(sentence, mentions, index):
        return True
    if words.names_a_prior and _prior_marker_beside(sentence, mentions, index):
        return True
    if (any_from or korean_from) and _from_to_pair(sentence, mentions, index):
        return True
    if from_as_written and _to_from_pair(sentence, mentions, index):
        return True
    before = sentence[max(0, mention.start - 12) : mention.start]
    if (
        any_from
        and _CHANGE_FROM.search(sentence, max(0, mention.start - 20), mention.start)
        and not _own_period(sentence, mentions, index)
    ):
        return True  # "down 4.4 percent from $2.11 billion": the base of the change
    if (
        any_from
        and _FROM_THE_BEFORE.search(before)
        and (_BASE_AFTER.match(sentence, mention.end) or _moved_from_the_year_before(sentence, mentions, index))
    ):
        return True
    wider = sentence[max(0, mention.start - 30) : mention.start]
    if mention.kind == "money" and _above_the_year_earlier(sentence, mention):
        return True
    return _on_or_over(wider) and bool(_CHANGE_ON.search(wider))  # "a 3.9% gain on the $X"


# "6.9% above the $16.69 billion posted in May of last year", "well above the $60.31 billion chalked up a year
# earlier": the amount a figure is measured against, said to be the year before's
_ABOVE_THE = re.compile(
    r"(?:(?P<rate>%|percent|per\scent)|\b(?:well|far|slightly|just|still|comfortably))?\s"
    r"(?:above|below|higher\sthan|lower\sthan|more\sthan|less\sthan|short\sof)\s(?:the\s)?(?:US)?$",
    re.I,
)
_YEAR_EARLIER_TAIL = re.compile(
    r"(?:\s(?:posted|recorded|logged|chalked\sup|reported|marked|booked|seen|shipped|exported))?"
    r"(?:\s(?:in|during|for)\s(?:the\s)?(?:same\s)?(?:(?:month|period|quarter)\s)?(?:[A-Z][a-z]{2,8}\.?\s)?(?:of\s)?)?"
    r"\s?(?:last\syear|a\syear\s(?:earlier|ago|before)|the\s(?:previous|prior)\syear|the\syear\sbefore)\b",
)


def _above_the_year_earlier(sentence: str, mention: Mention) -> bool:
    """'6.9% above the $16.69 billion posted in May of last year': the amount a rate or a level is measured
    against, the year before's (where a rate measures it, nothing need be said after it)."""
    above = _ABOVE_THE.search(sentence, max(0, mention.start - 30), mention.start)
    if above is None:
        return False
    if _YEAR_EARLIER_TAIL.match(sentence, mention.end):
        return True
    return above.group("rate") is not None and _CLAUSE_CLOSES.match(sentence, mention.end) is not None


_BRACKET_OPENS = re.compile(r"\s?\(\s?")
_BRACKET_CLOSES = re.compile(r"\s?\)")


def _bracketed_base(sentence: str, mentions: list[Mention], index: int) -> bool:
    """'fell 1.2 percent to US$50.1 billion (US$50.7 billion)': an amount alone in brackets right after the
    figure's amount is the year-earlier one when the figure's change (just before or after) is the step between
    them; a conversion or a part would not be."""
    if index < 1 or mentions[index - 1].kind != "money":
        return False
    amount, base = mentions[index - 1], mentions[index]
    if not _BRACKET_OPENS.fullmatch(sentence, amount.end, base.start) or not _BRACKET_CLOSES.match(sentence, base.end):
        return False
    near = (*mentions[max(0, index - 3) : index - 1], *mentions[index + 1 : index + 3])
    changes = [m for m in near if m.kind == "pct"]
    if not changes or not base.value:
        return False
    step = abs(amount.value / base.value - 1) * 100
    return any(abs(step - change.value[0]) <= 0.6 for change in changes)


def _on_or_over(text: str) -> bool:
    """The gate of `_CHANGE_ON`: every match has " on " or " over " (in any case)."""
    folded = text.lower()
    return " on " in folded or " over " in folded


# "…, up from $19.04 billion," closing its clause, after a change named year-on-year
_MOVED_FROM_CLOSED = re.compile(r"\b(?:up|down)\sfrom\s(?:US)?$", re.I)
_CLAUSE_CLOSES = re.compile(r"\s?(?:[,;)]|\.(?!\d)|$)")
_ON_YEAR = re.compile(r"\b(?:on[\s-]year|year[\s-]on[\s-]year|y/y|yoy)\b", re.I)


def _moved_from_the_year_before(sentence: str, mentions: list[Mention], index: int) -> bool:
    """'rose 9.6% from the same month last year to $20.88 billion, up from $19.04 billion': the level a change
    measured on the year before moved from, with no period of its own, is the year-earlier value."""
    mention = mentions[index]
    if not _MOVED_FROM_CLOSED.search(sentence, max(0, mention.start - 12), mention.start):
        return False
    if not _CLAUSE_CLOSES.match(sentence, mention.end):
        return False
    earlier = mentions[:index]
    return any(m.kind == "prior" for m in earlier) or bool(_ON_YEAR.search(sentence, 0, mention.start))


def _prior_marker_beside(sentence: str, mentions: list[Mention], index: int) -> bool:
    """A year-earlier marker right before or after the figure ("전년 동월(117.9억불)", "$21.04 billion a year
    earlier"), or after the period the figure is named with."""
    mention = mentions[index]
    for other in mentions[max(0, index - 2) : index][::-1]:
        if other.kind == "prior":
            gap = sentence[other.end : mention.start]
            if _PRIOR_GAP.fullmatch(gap) or _prior_as_subject(gap):
                return True
    for other in mentions[index + 1 : index + 3]:
        if other.kind == "prior":
            gap = sentence[mention.end : other.start]
            if len(gap) <= 16 + 11 * ("same" in gap) and _PRIOR_AFTER_GAP.fullmatch(gap):
                return True
    return period_then_year_earlier(sentence, mentions, index)


# "전년 동기가 역대 최고 실적(…)이었던", "지난해 같은 기간 수출이 …로": the year-earlier period is the clause's subject
_KO_PRIOR_SUBJECT = re.compile(
    r"(?:\s?(?:수출|수입)(?:액|실적)?)?(?:가|이|은|는)\s(?:[^\d\s.,;%]+\s){0,4}?[^\d\s.,;%]*\s?"
)


def _prior_as_subject(gap: str) -> bool:
    """Is the gap from a year-earlier marker to the amount that marker's clause as its subject, with no figure,
    comparison or clause break between?"""
    if not may_open_on_a_subject(gap) or "대비" in gap or "보다" in gap:
        return False
    return bool(_KO_PRIOR_SUBJECT.fullmatch(gap))


def may_open_on_a_subject(gap: str) -> bool:
    """Can `_KO_PRIOR_SUBJECT` match? Its matches open with white space, a flow word or a subject particle."""
    return gap[:1].isspace() or gap[:1] in "가이은는수"


def period_then_year_earlier(sentence: str, mentions: list[Mention], index: int) -> bool:
    """'$43.30 billion in the July-September period a year earlier': the span named between the value and
    "a year earlier" is the figure's own, moved back a year."""
    following = mentions[index + 1 : index + 3]
    if len(following) < 2 or following[0].kind != "period" or following[1].kind != "prior":
        return False
    span, marker = following
    return sentence[mentions[index].end : span.start] == " in " and not sentence[span.end : marker.start].strip()


def _comparison_words(sentence: str) -> tuple[bool, bool, bool, bool]:
    """The words the from-to patterns need: "from" in any case (`_FROM_BEFORE`, `_FROM_THE_BEFORE`,
    `_CHANGE_FROM`: under IGNORECASE only F, R, O and M fold to those letters), "에서" (`_KO_FROM_AFTER`),
    "from", "versus" or "vs" as written (`_FROM_VERSUS_GAP`, `_MONTH_VERSUS_GAP`), and 비(해, 교 ...) or
    보다 (`_KO_BASE_AFTER`). Most sentences have none."""
    return (
        "from" in sentence.lower(),
        "에서" in sentence,
        "from" in sentence or "versus" in sentence or "vs" in sentence,
        "비" in sentence or "보다" in sentence,
    )
