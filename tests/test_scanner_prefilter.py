"""The scanner's speed-ups must not change what it finds.

Four shortcuts are checked against the plain computation: patterns run on lower-cased text instead of
with IGNORECASE, a pattern is skipped when a string every match needs is missing, a document drops
the branches of an alternation it cannot match, and a document's sentences are tested only for the
strings the document contains. Sentences are assembled by hypothesis from phrases
of the kinds the patterns look for, in random case, plus the sentences of the fixture pages.
"""

from __future__ import annotations

import re
import string
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.cleaner import clean
from scraper.parser import numbers, scanner
from scraper.parser.casefold import case_folded, caseless, lower_ascii
from scraper.parser.prefilter import (
    LITERALS,
    MAX_CONDITIONS,
    Found,
    digit_lead,
    guarded,
    required_conditions,
    required_literals,
    top_level_branches,
)
from scraper.parser.sentences import split_sentences
from tests.source_fixtures import article_pages

CASE_FOLD = str.maketrans(
    {**{c: c.lower() for c in string.ascii_uppercase}, "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
)

PHRASES = [
    "Korea's ICT exports",
    "rose 6.0 percent",
    "fell 3.1%",
    "to $16.4 billion",
    "USD 15.0 billion",
    "in June",
    "the first half of 2024",
    "from January 1 to 20",
    "compared to the same month last year",
    "daily average",
    "semiconductors",
    "mobile phones",
    "to China (including Hong Kong)",
    "the United States",
    "a surplus of",
    "total exports",
    "per day",
    "accounted for",
    "month-on-month",
    "more than",
    "nearly",
    "such as",
    "(END)",
    "6월 ICT 수출은",
    "182.6억 달러",
    "전년 동월 대비",
    "7.2% 감소",
    "(△4.9%)",
    "2천204억 불",
    "지난달",
    "상반기",
    "반도체",
    "중국(홍콩 포함)",
    "무역수지는",
    "흑자",
    "1~20일",
    "일평균",
    "전체 수출",
    "3개월 연속",
    "2024년",
    "’23.4월",
    "15억 원",
    "1,200 billion won",
    "twenty-point-one percent",
    "13-point-93 billion dollars",
]


def fixture_sentences() -> list[str]:
    sentences = []
    for _, raw, url in article_pages():
        sentences += split_sentences(clean(raw, url=url).text)
    return sentences


def random_case(draw, phrase: str) -> str:
    style = draw(st.sampled_from(["as is", "upper", "lower", "title"]))
    return {"as is": phrase, "upper": phrase.upper(), "lower": phrase.lower(), "title": phrase.title()}[style]


@st.composite
def sentences(draw) -> str:
    phrases = draw(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=8))
    joiners = st.sampled_from([" ", ", ", " and ", "이 ", "로 ", " (", ") "])
    return "".join(random_case(draw, phrase) + draw(joiners) for phrase in phrases)


def spans(mentions: list[scanner.Mention]) -> list[tuple]:
    return [(m.kind, m.start, m.end, repr(m.value)) for m in mentions]


@pytest.mark.parametrize("pattern", [r"a|b(?:c|d)", r"[|]x|\|y", r"(?P<n>a|b)c", r"[]|]z|w"])
def test_top_level_branches_rejoin_to_the_same_language(pattern: str) -> None:
    branches = top_level_branches(pattern)
    for text in ("a", "bc", "bd", "|x", "|y", "ac", "]z", "|z", "w", "x"):
        whole = re.fullmatch(pattern, text) is not None
        split = any(re.fullmatch(branch, text) for branch in branches)
        assert whole == split, (pattern, text)


@cache
def branch_twins() -> list[tuple[re.Pattern[str], re.Pattern[str], bool]]:
    pairs = []
    for _kind, alternation, _read, _priority in scanner._scan_patterns():
        for branch in alternation.branches:
            original = re.compile(f"(?:{branch}){alternation.suffix}", alternation.flags)
            pairs.append((original, *caseless(original)))
    return pairs


@settings(max_examples=100, deadline=None)
@given(sentences())
def test_lower_cased_twins_match_like_ignorecase(sentence: str) -> None:
    lowered = lower_ascii(sentence)
    for original, twin, on_lowered in branch_twins():
        text = lowered if on_lowered else sentence
        assert [m.span() for m in original.finditer(sentence)] == [m.span() for m in twin.finditer(text)]


@settings(max_examples=100, deadline=None)
@given(sentences(), sentences())
def test_narrowed_patterns_find_what_the_whole_ones_find(sentence: str, rest_of_document: str) -> None:
    document = f"{sentence}\n{rest_of_document}"
    narrowed = scanner.patterns_for(document)
    for line in (sentence, rest_of_document):
        assert spans(scanner.scan(line, None, narrowed)) == spans(scanner.scan(line, None, scanner.all_patterns()))


def test_fixture_pages_scan_the_same_either_way() -> None:
    lines = fixture_sentences()
    assert len(lines) > 10
    document = "\n".join(lines)
    narrowed = scanner.patterns_for(document)
    for line in lines:
        assert spans(scanner.scan(line, None, narrowed)) == spans(scanner.scan(line, None, scanner.all_patterns()))


@cache
def gated_patterns() -> list[tuple[re.Pattern[str], bool, tuple[frozenset[str], ...]]]:
    """Every whole pattern and every branch (with the alternation's suffix) with the conditions that gate it."""
    gated = []
    for _kind, alternation, _read, _priority in scanner.all_patterns().patterns:
        whole = alternation.whole
        gated.append((whole.pattern, whole.on_lowered, required_conditions(whole.pattern)))
        for branch, conditions in zip(alternation.branches, alternation.branch_conditions, strict=True):
            twin, on_lowered = caseless(re.compile(f"(?:{branch}){alternation.suffix}", alternation.flags))
            gated.append((twin, on_lowered, conditions))
    return [entry for entry in gated if entry[2]]


@settings(max_examples=100, deadline=None)
@given(sentences())
def test_a_text_with_a_match_contains_a_string_of_each_condition(sentence: str) -> None:
    lowered = lower_ascii(sentence)
    for pattern, on_lowered, conditions in gated_patterns():
        text = lowered if on_lowered else sentence
        if pattern.search(text):
            for condition in conditions:
                assert any(literal in text for literal in condition), (pattern.pattern[:60], condition)


def test_a_look_around_is_a_requirement_of_the_text() -> None:
    """'(24, 1,234억': the year needs a parenthesis before it and 억 after it, neither inside the match."""
    conditions = required_conditions(re.compile(r"(?<=\()(?P<yy>\d{2})(?=\s?,\s?[\d,.]+\s?억)"))
    assert conditions[0] == frozenset({"억"})  # '(' and ',' are in many sentences: they only come after it
    assert set(conditions[1:]) == {frozenset({"("}), frozenset({","})}
    assert required_conditions(re.compile(r"(?<!\()\d{2}(?!억)")) == ()  # a negative one requires nothing


def test_a_pattern_needs_each_part_of_a_sequence() -> None:
    """'Korea's total exports' needs all three words: a sentence with only "Korea's" skips the pattern."""
    pattern = re.compile(r"(?:korea's|the\scountry's)\s(?:total|overall)\s(?:exports|imports)")
    conditions = required_conditions(pattern)
    assert len(conditions) == MAX_CONDITIONS > 1
    assert set(conditions) <= {
        frozenset({"korea's", "country's"}),
        frozenset({"total", "overall"}),
        frozenset({"exports", "imports"}),
    }


def test_a_condition_met_by_nearly_every_sentence_comes_last() -> None:
    """'.' and 'a' gate little: they come after every better condition, in a place left spare."""
    assert required_conditions(re.compile(r"a\sdaily\saverage\s\.")) == (
        frozenset({"average"}),
        frozenset({"daily"}),
        frozenset({"a"}),
    )
    assert required_conditions(re.compile(r"\d\.\d")) == (frozenset({"."}),)


def test_a_class_of_a_few_characters_is_a_requirement() -> None:
    """'2천204억 달러' patterns need one of the Korean units: English sentences skip them untried."""
    assert required_literals(re.compile(r"\d+\s?[억만]")) == frozenset({"억", "만"})
    assert required_literals(re.compile(r"\d+[^억만]")) is None  # a negated class needs nothing in particular
    assert required_literals(re.compile(r"[a-z]+")) is None  # nor does a range


def test_a_sentence_from_outside_the_document_is_gated_on_its_own_strings() -> None:
    """A document's sentences are tested only for the gate strings the document has; any other text
    (here one that says 'percent' where the document said '%') is tested for every string."""
    plan = scanner.patterns_for("ICT exports rose 5% in June.")
    outside = "ICT exports rose 5 percent in June."
    assert spans(scanner.scan(outside, None, plan)) == spans(scanner.scan(outside, None, scanner.all_patterns()))
    assert any(mention.kind == "pct" for mention in scanner.scan(outside, None, plan))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["twenty", "Five", "SIX", "ſix", "fİve", "sıxty", "Kıl", "nine-teen", "percent", "billion", "x"]
        ),
        min_size=1,
        max_size=6,
    ).map(" ".join)
)
def test_the_number_word_gate_never_hides_a_spelled_out_figure(text: str) -> None:
    """IGNORECASE matches 'ſix' and 'fİve' too: the gate before SPOKEN_WHOLE_RE must let them through."""
    twin = [match.span() for match in numbers._SPOKEN_WHOLE_FOLDED.finditer(case_folded(text))]
    assert twin == [match.span() for match in numbers.SPOKEN_WHOLE_RE.finditer(text)]
    assert case_folded(text) == text.translate(CASE_FOLD)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=40) | st.sampled_from(["Korea’s ICT 수출", "ABC\ud800z", "ÀÉ K İ"]))
def test_lower_ascii_lowers_a_to_z_only(text: str) -> None:
    """The fast paths (str.lower for ASCII, UTF-8 bytes otherwise) change exactly what translate would."""
    assert lower_ascii(text) == text.translate(str.maketrans(string.ascii_uppercase, string.ascii_lowercase))


def test_a_digit_lead_is_the_widest_prefix_before_a_digit() -> None:
    """'minus 3.5%' starts 6 characters before its digit; a pattern that needs no digit has no lead."""
    assert digit_lead(re.compile(r"(?:[-+]|minus\s)?\s?\d+(?:\.\d+)?%")) == 7
    assert digit_lead(re.compile(r"(?:us\$|\$)\d+|\d+\swon")) == 3
    assert digit_lead(re.compile(r"(?:january|june)\s\d{1,2}")) == 8
    assert digit_lead(re.compile(r"percent")) is None
    assert digit_lead(re.compile(r"\w*\d")) is None  # an unbounded prefix


@settings(max_examples=100, deadline=None)
@given(sentences())
def test_searching_from_the_digit_lead_finds_what_a_whole_search_finds(sentence: str) -> None:
    lowered = lower_ascii(sentence)
    digit = re.search(r"\d", sentence)
    for _kind, alternation, _read, _priority in scanner.all_patterns().patterns:
        whole = alternation.whole
        if whole.lead is None:
            continue
        text = lowered if whole.on_lowered else sentence
        everywhere = [match.span() for match in whole.pattern.finditer(text)]
        if digit is None:
            assert everywhere == []
        else:
            start = max(0, digit.start() - whole.lead)
            assert [match.span() for match in whole.pattern.finditer(text, start)] == everywhere


def test_sentences_read_out_of_order_are_still_found_in_their_document() -> None:
    """A sentence's strings come from its own words, whatever was read before it."""
    first, second = "ICT exports rose 5% to $3 billion in June.", "Chip imports fell 2 percent."
    plan = scanner.patterns_for(f"{first}\n{second}")
    for line in (second, first, second):
        assert spans(scanner.scan(line, None, plan)) == spans(scanner.scan(line, None, scanner.all_patterns()))


@settings(max_examples=100, deadline=None)
@given(sentences(), sentences())
def test_a_sentence_has_the_strings_of_its_words_in_or_out_of_its_document(sentence: str, other: str) -> None:
    """The strings a sentence is gated on, from its words' kept answers, are every registered string
    in it: read as part of its document or from elsewhere, first or again."""
    plan = scanner.patterns_for(f"{other}\n{sentence}")
    lowered = lower_ascii(sentence)
    for text, text_lowered in ((sentence, lowered), (other, lower_ascii(other)), (sentence, lowered)):
        assert plan.present(text, text_lowered) == Found.mask_everywhere(text, text_lowered)


@settings(max_examples=100, deadline=None)
@given(sentences())
def test_the_string_finders_find_exactly_the_strings_in_a_text(sentence: str) -> None:
    """One regex pass reports the longest string at each position; its prefixes in the set are found
    with it. The bits must be those of every registered string the text contains, no more."""
    scanner.all_patterns()  # registers every gate string
    lowered = lower_ascii(sentence)
    expected = 0
    for (on_lowered, _spaced), strings in LITERALS.strings.items():
        for literal, bit in zip(strings, LITERALS.bits[(on_lowered, _spaced)], strict=True):
            if literal in (lowered if on_lowered else sentence):
                expected |= bit
    assert Found.mask_everywhere(sentence, lowered) == expected
    assert Found.everywhere(sentence, lowered).mask == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(sentences(), min_size=1, max_size=4))
def test_a_document_finds_the_strings_of_its_words_asked_once_or_again(lines: list[str]) -> None:
    """A document's gate strings come from its distinct words, each word's answer kept for the next
    document: asked cold or from what was kept, the bits are those of every string the text contains."""
    scanner.all_patterns()
    document = "\n".join(lines)
    expected = 0
    for (on_lowered, _spaced), strings in LITERALS.strings.items():
        for literal, bit in zip(strings, LITERALS.bits[(on_lowered, _spaced)], strict=True):
            if literal in (lower_ascii(document) if on_lowered else document):
                expected |= bit
    assert Found.in_document(document).mask == expected
    assert Found.in_document(document).mask == expected  # the words' answers kept from the first call


def test_case_folding_covers_every_character_ignorecase_takes_for_an_ascii_letter() -> None:
    """A lower-cased pattern on `case_folded` text is exact only if no other character matches an ASCII
    letter under IGNORECASE: every code point is asked."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x110000):
        char = chr(code)
        if letter.fullmatch(char):
            (matched,) = [ascii for ascii in string.ascii_lowercase if re.fullmatch(ascii, char, re.IGNORECASE)]
            assert case_folded(char) == matched, char


@settings(max_examples=200, deadline=None)
@given(sentences())
def test_table_headers_are_found_the_same_on_folded_text(sentence: str) -> None:
    """tables.py looks for header starts with a lower-cased twin on the folded text."""
    from scraper.parser import tables

    text = f"{sentence} 'Jan-Mar. ſep 2024 İ 1Q Q3"
    expected = [match.span() for match in tables.HEADER_START.finditer(text)]
    assert [match.span() for match in tables._HEADER_START_FOLDED.finditer(case_folded(text))] == expected


@cache
def guard_pairs() -> list[tuple[re.Pattern[str], re.Pattern[str], bool]]:
    """(the scanner's whole pattern as it runs, the same without a first-character guard, on lowered text)."""
    pairs = []
    for _kind, alternation, _read, _priority in scanner._scan_patterns():
        source = "|".join(alternation.branches)
        plain = re.compile(f"(?:{source}){alternation.suffix}" if alternation.suffix else source, alternation.flags)
        unguarded, on_lowered = caseless(plain)
        pairs.append((alternation.whole.pattern, unguarded, on_lowered))
    return pairs


def same_matches(first: re.Pattern[str], second: re.Pattern[str], text: str) -> bool:
    return [(m.span(), m.groupdict()) for m in first.finditer(text)] == [
        (m.span(), m.groupdict()) for m in second.finditer(text)
    ]


@settings(max_examples=100, deadline=None)
@given(sentences())
def test_guarded_patterns_find_what_the_unguarded_ones_find(sentence: str) -> None:
    lowered = lower_ascii(sentence)
    for running, unguarded, on_lowered in guard_pairs():
        assert same_matches(running, unguarded, lowered if on_lowered else sentence)


def test_fixture_sentences_match_the_same_guarded_or_not() -> None:
    assert any(
        running is not unguarded and running.pattern != unguarded.pattern for running, unguarded, _ in guard_pairs()
    )
    for line in fixture_sentences():
        for running, unguarded, on_lowered in guard_pairs():
            assert same_matches(running, unguarded, lower_ascii(line) if on_lowered else line)


@pytest.mark.parametrize(
    ("pattern", "guard"),
    [
        (r"(?:the\s)?(?:from\s)?(?:may|june)\s\d+", "(?=[tfmj])"),  # optional parts: their first letters count
        (r"\b(?:in|for)\s\d{4}", "(?=[if])"),  # a boundary consumes nothing
        (r"[-+]?\s?\d+%", r"(?=[\-\+\s\d])"),
        (r"(?:x|)y", "(?=[xy])"),
    ],
)
def test_a_guard_names_the_first_characters_of_a_match(pattern: str, guard: str) -> None:
    assert guarded(re.compile(pattern)).pattern == f"{guard}(?:{pattern})"


@pytest.mark.parametrize(
    "pattern",
    [
        r"percent|%",  # `re` has a first-character set of its own
        r"abc\d",  # and a literal prefix
        r"(?:a)?",  # can match nothing
        r"(?:[^a]|b)c",  # a negated class
        r".x",  # any character
        r"(?i:a)?b",  # a letter of both cases
    ],
)
def test_no_guard_where_it_cannot_help_or_be_exact(pattern: str) -> None:
    assert guarded(re.compile(pattern)).pattern == pattern


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["RESPECTIVELY", "reſpectively", "Each", "EACH other", "각각", "차례로", "respective", "eac h", "x", "3.1%"]
        ),
        min_size=1,
        max_size=5,
    ).map(" ".join)
)
def test_the_list_word_gate_never_hides_a_list_word(text: str) -> None:
    """IGNORECASE finds 'reſpectively' too: the plain test before `_LIST_WORD` must let it through."""
    from scraper.parser import lists

    if lists._LIST_WORD.search(text):
        assert lists._may_list(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["compared", "relative", "to", "totalling", "reached", "at", "x", "\n", " ", "  "]),
        max_size=8,
    ).map(" ".join)
)
def test_a_figure_reached_is_found_from_near_the_end_as_from_the_start(before: str) -> None:
    from scraper.parser import figures

    before = before[-21:]
    found = figures._REACHED_BEFORE.search(before)
    near = figures._REACHED_BEFORE.search(before, max(0, len(before) - figures._REACHED_REACH))
    assert (found and found.span()) == (near and near.span())


def test_each_document_runs_only_its_own_patterns_whatever_another_asked_before() -> None:
    """The runs of a set of gate strings are kept across documents; a document still runs only the
    patterns it can match (a line from elsewhere gets no figure kind its document lacks)."""
    line = "ICT exports rose 5 percent in June."
    with_percent = scanner.patterns_for(line)
    without = scanner.patterns_for("Chip imports fell in June.")
    for plan in (with_percent, without, with_percent, without):
        kinds = {mention.kind for mention in scanner.scan(line, None, plan)}
        assert ("pct" in kinds) == (plan is with_percent)


@settings(max_examples=200, deadline=None)
@given(
    sentences(),
    st.lists(
        st.sampled_from(
            ["Growth", "GAINS", "ſlowed", "eaſed", "market ſhare", "SHARE", "deCLINE", "İncrease", "증가율이", "둔화"]
        ),
        max_size=5,
    ).map(" ".join),
)
def test_folded_twins_in_figures_match_like_the_ignorecase_patterns(sentence: str, words: str) -> None:
    """figures.py runs some IGNORECASE patterns as lower-cased twins on case-folded text."""
    from scraper.parser import figures

    text = f"{words} {sentence} {words}"
    folded = case_folded(text)
    for original, twin in (
        (figures._PACE_WORDS, figures._PACE_WORDS_FOLDED),
        (figures._GROWTH_PACE, figures._GROWTH_PACE_FOLDED),
        (figures._DECLINE_PACE, figures._DECLINE_PACE_FOLDED),
        (figures.SHARE_WORD, figures._SHARE_WORD_FOLDED),
    ):
        assert [m.span() for m in original.finditer(text)] == [m.span() for m in twin.finditer(folded)]
        assert [m.span() for m in original.finditer(text, 3, len(text) - 2)] == [
            m.span() for m in twin.finditer(folded, 3, len(text) - 2)
        ]


def test_the_other_spaces_are_every_white_space_but_the_space_and_the_line_break() -> None:
    """parse's normalise skips replacing runs of spaces when the text has neither two spaces in a row nor
    any of `_OTHER_SPACES`: that class must hold every other character `\\s` matches."""
    from scraper import parser

    other = {chr(code) for code in range(0x110000) if re.match(r"\s", chr(code))} - {" ", "\n"}
    assert {char for char in other if parser._OTHER_SPACES.match(char)} == other
    assert not any(parser._OTHER_SPACES.match(chr(code)) for code in range(0x110000) if chr(code) not in other)


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (r"(?:the\s)?(?:from\s)?(?:may|june)\s\d+", ["from may 5 and june 7, the june 8", "xx the june 8", "may"]),
        (r"\b(?:in|for)\s\d{4}", ["in 2024 for 2025", "within 2024", "for2024 in  2024"]),
        (r"[-+]?\s?\d+%", ["-3% and + 4% or 5 %", " 6%", "%%"]),
        (r"(?<![a-z])(?P<m>may|june)(?=\s\d)", ["dismay 5 may 5 june 6", "June 6"]),
        # alternatives behind look-behinds get a guard of their own
        (
            r"(?:the\s)?(?:(?:(?<=\bin\s)|(?<=\bof\s))jan|(?<![a-z])(?:feb|mar)(?=\s\d)|^apr|may)",
            ["in jan, of jan; xjan feb 5 mar x, the mar 7", "apr 1 and apr 2", "jan in jan", "the may"],
        ),
    ],
)
def test_a_guard_given_to_the_engine_finds_what_the_look_ahead_alone_finds(pattern: str, texts: list[str]) -> None:
    """The guard's class is also handed to `re` as the characters a match starts with (skipped through in one
    loop); the look-ahead stays, and the matches are those of the plain compile of the same source."""
    running = guarded(re.compile(pattern))
    plain = re.compile(running.pattern, running.flags)
    for text in texts:
        assert same_matches(running, plain, text)
        for start in range(len(text) + 1):
            assert [m.span() for m in running.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]
            matched, plainly = running.match(text, start), plain.match(text, start)
            assert (matched and (matched.span(), matched.groupdict())) == (
                plainly and (plainly.span(), plainly.groupdict())
            )


def test_an_alternative_behind_an_assertion_gets_a_guard_for_its_first_characters() -> None:
    """`re` turns an alternative away by its first character only when that is a literal or a class: one
    that opens with look-behinds gets a look-ahead in front (at any depth), one that opens with a literal not."""
    from scraper.parser import prefilter

    parsed = prefilter.sre_parse.parse(r"(?:(?<=\bin\s)|(?<=\bof\s))jan|(?<![a-z])(?:feb|mar)|apr", 0)
    prefilter._guard_branches_opening_with_assertions(parsed.data, 0)
    ((_branch, (_none, alternatives)),) = parsed.data
    first_items = [alternative[0] for alternative in alternatives]
    assert [op for op, _argument in first_items] == [prefilter.sre.ASSERT, prefilter.sre.ASSERT, prefilter.sre.LITERAL]
    guards = [str(argument[1]) for _op, argument in first_items[:2]]
    assert "106" in guards[0]  # ord("j")
    assert "102" in guards[1] and "109" in guards[1]  # "f", "m"


def test_the_engine_is_given_the_first_characters_on_this_python() -> None:
    """On the Python versions the project supports, `re`'s internals take the charset (None would mean the
    look-ahead guards alone: still exact, only slower)."""
    from scraper.parser.prefilter import _with_first_characters

    source = r"(?=[tfmj])(?:(?:the\s)?(?:from\s)?(?:may|june)\s\d+)"
    given_to_engine = _with_first_characters(source, re.compile(source).flags, "[tfmj]")
    assert given_to_engine is not None and given_to_engine.pattern == source
    assert given_to_engine.groupindex == re.compile(source).groupindex


def test_no_scan_pattern_matches_the_empty_string() -> None:
    """An empty branch (a stray "|") matches everywhere at no length: it is dropped silently, hides the
    branches written after it in a comment, and costs a search at every position of every sentence."""
    from scraper.parser.scanner import _scan_patterns

    empty = [kind for kind, alternation, _, _ in _scan_patterns() if alternation.whole.pattern.fullmatch("")]
    assert not empty
