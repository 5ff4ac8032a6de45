"""The reader's shortcuts against the plain computations they stand for: each gate may only skip work
whose answer it knows, so on every input the shortcut and the plain rule must agree."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.parser import (
    _FOOTNOTE_MARK,
    binding,
    causes,
    figures,
    forecasts,
    lists,
    locales,
    measure_tables,
    numbers,
    reader,
    sentences,
    subjects,
)
from scraper.parser.binding import ResolvedPeriod, _periods_around
from scraper.parser.carry import SECTION_RESET, may_reset_section
from scraper.parser.periods import Period
from scraper.parser.scanner import Mention, scan

# invented sentences: stated and unstated signs, lists of bare figures, rates named before their figure
PERCENT_SENTENCES = [
    ("ko", "수출은 169.1억불(23.6%), 수입은 88.2억불(4.1%)을 기록했다."),
    ("ko", "반도체 수출은 3.8%, 10.9% 각각 늘었다."),
    ("ko", "감소폭이 4.3%로 확대됐다."),
    ("en", "Chip exports fell 7.2 percent, 3.1 percent and 0.4 percent in the three months."),
    ("en", "Display shipments were 12.5% of the total, with growth of 2.2%."),
    ("en", "Imports of phones rose to $1.9 billion (9.9%)."),
    ("en", "Growth slowed to 4.1% in June from 6.0% in May."),
]


@pytest.mark.parametrize(("lang", "sentence"), PERCENT_SENTENCES)
def test_read_number_and_sign_tells_what_sign_unstated_tells(lang: str, sentence: str) -> None:
    mentions = scan(sentence)
    last_pct: Mention | None = None
    last_sign = 0
    checked = 0
    for index, mention in enumerate(mentions):
        if mention.kind != "pct":
            continue
        field_name, value, _, unstated = figures.read_number_and_sign(
            sentence, mentions, index, "export", lang, last_pct, last_sign
        )
        if field_name == "yoy_pct":
            assert unstated == figures.sign_unstated(sentence, mentions, index, last_pct, last_sign, lang)
            last_sign = -1 if value < 0 else 1
            checked += 1
        last_pct = mention
    assert checked  # every sentence above has a growth figure


def test_an_unstated_sign_is_told_apart_from_a_stated_one() -> None:
    sentence = "수출은 169.1억불(23.6%)을 기록했다."
    mentions = scan(sentence)
    index = next(i for i, m in enumerate(mentions) if m.kind == "pct")
    assert figures.read_number_and_sign(sentence, mentions, index, "export", "ko", None, 0)[3]
    stated = "수출은 169.1억불로 23.6% 감소했다."
    mentions = scan(stated)
    index = next(i for i, m in enumerate(mentions) if m.kind == "pct")
    assert not figures.read_number_and_sign(stated, mentions, index, "export", "ko", None, 0)[3]


def _plain_periods_around(resolved: dict[int, ResolvedPeriod], index: int) -> tuple:
    """The formulation `_periods_around` replaced: a sort and two list scans."""
    modified = next((r for i, r in sorted(resolved.items()) if i > index and r.period is not None), None)
    before = [r for i, r in resolved.items() if i < index and r.period is not None and not r.anchor]
    after = [r for i, r in resolved.items() if i > index and r.period is not None and not r.anchor]
    return modified, (before[-1] if before else None), (after[0] if after else None)


def test_periods_around_a_figure_agree_with_the_plain_scans() -> None:
    month = Period.month(2024, 3)
    kinds = [None, (month, False), (month, True), (None, False)]  # no period, placed, anchor, unplaced
    for layout in itertools.product(kinds, repeat=5):
        resolved = {
            position: ResolvedPeriod(Mention("period", position, position + 1), period, anchor)
            for position, entry in enumerate(layout)
            if entry is not None
            for period, anchor in [entry]
        }
        for index in range(5):
            if index in resolved:
                continue  # a figure is never a period
            assert _periods_around(resolved, index) == _plain_periods_around(resolved, index)


@pytest.mark.parametrize(
    "sentence",
    ["By item, chips led.", "BY REGION, exports fell.", "bY country the picture differs.", "Bypass by product"],
)
def test_section_reset_gate_lets_every_match_through(sentence: str) -> None:
    assert SECTION_RESET.search(sentence)
    assert may_reset_section(sentence)


def test_comparison_words_cover_what_the_from_patterns_need() -> None:
    """Each pattern the gate stands before needs one of the words it looks for."""
    needs = [
        (figures._FROM_BEFORE, 0),
        (figures._FROM_THE_BEFORE, 0),
        (figures._KO_FROM_AFTER, 1),
        (figures._CHANGE_FROM, 0),
        (figures._FROM_VERSUS_GAP, 2),
        (figures._MONTH_VERSUS_GAP, 2),
        (figures._KO_BASE_AFTER, 3),
    ]
    samples = [
        "rose from ",
        "FROM US",
        "up From the ",
        "percent FROM ",
        " 에서",
        " vs. ",
        " versus ",
        " in March versus ",
        " from US",
        "Fro m",
        "to ",
        "에 비해",
        "에비하면",
        ") 보다",
        "(78억달러) 대비",
        "와 비교",
        "과비교하면",
    ]
    for sample in samples:
        words = figures._comparison_words(f"x{sample}")
        for pattern, which in needs:
            if pattern.search(sample):
                assert words[which], (pattern.pattern, sample)


def test_no_period_means_no_binding() -> None:
    """A sentence that names no period binds its figures to the fallback, as the full rule would."""
    sentence = "Chip exports reached $9.1 billion."
    mentions = scan(sentence)
    assert not any(m.kind == "period" for m in mentions)
    assert binding.resolve_periods(sentence, mentions, None, None, None) == {}
    index = next(i for i, m in enumerate(mentions) if m.kind == "money")
    fallback = Period.month(2024, 2)
    assert binding.bind_period(sentence, mentions, index, {}, "en", fallback) == (fallback, False)


LIST_SENTENCES = [
    "Exports to China, the U.S. and Japan fell 1.3 percent, 13.9 percent and 5.3 percent, respectively.",
    "Chips and displays rose 14.2% and 11.7%.",
    "ICT exports reached $18.2 billion, up 4.4 percent.",
    "Semiconductors: $11.69 billion",
    "중국, 미국 반도체 수출은 각각 12.1%, 3.4% 늘었다.",
    "반도체(112.3억 달러, 34.3%↑)와 디스플레이(21.0억 달러, 5.1%↓)가 증가를 이끌었다.",
    "수출은 139억 달러, 수입은 74억 달러였다.",
    "The ministry gave no figures.",
]


@pytest.mark.parametrize("sentence", LIST_SENTENCES)
def test_list_assignments_skip_only_what_lists_nothing(sentence: str) -> None:
    mentions = scan(sentence)
    assignments, named = lists.list_assignments(sentence, mentions)
    reader = lists._ListReader(sentence, mentions, None, None)  # the full reading, never skipped
    assert assignments == reader.read()
    assert named.get() == reader.named()


@pytest.mark.parametrize("sentence", LIST_SENTENCES + [s for _, s in PERCENT_SENTENCES])
def test_the_one_pass_over_mentions_finds_what_the_plain_scans_find(sentence: str) -> None:
    """`reader._Kinds` gathers in one pass what `list_assignments` counts and the reader's handlers look up."""
    mentions = scan(sentence)
    kinds = reader._Kinds(mentions)
    assert (kinds.figures, kinds.subjects) == lists._count_figures_and_names(mentions)
    assert kinds.names == [m for m in mentions if m.kind.startswith(("item:", "region:"))]
    assert kinds.figure_starts == [m.start for m in mentions if m.kind in ("money", "pct")]
    assert kinds.kinds == {m.kind for m in mentions}
    assert kinds.first_flow == next((m for m in mentions if m.kind.startswith("flow:")), None)
    assert kinds.first_figure == next((m for m in mentions if m.kind in ("money", "pct")), None)
    counted = (kinds.figures, kinds.subjects)
    assert (
        lists.list_assignments(sentence, mentions, None, None, counted)[0]
        == lists.list_assignments(sentence, mentions)[0]
    )


# Pieces of text for the regex gates below: the words their patterns look for, in several cases and with the
# characters IGNORECASE takes for ASCII letters ("ı", "İ", "ſ", "K"), next to figures, Korean and white space.
_GATE_PIECES = [
    "last month's release put",  # an earlier release's figure (`figures._put_by_an_earlier_release`)
    "the earlier tables had",
    "THE PRIOR REPORT SHOWED",
    "as",  # (" at " or " as " before the figure)
    "AS",
    "to",
    "TO",
    "reached",
    "Reached",
    "hit",
    "at",
    "totalling",
    "totaled",
    "compared",
    "relative",
    "since",
    "than in",
    "SINCE",
    "versus",
    "vs.",
    "the same period of",
    "biggest",
    "from",
    "FROM",
    "the",
    "$",
    "US$",
    "$153.9 billion",
    "153.9 billion dollars",
    "153.9 billion U.S. DOLLARS",
    "USD",
    "usd 153.9 billion",
    "billion",
    "tallied",
    "in",
    "month",
    "MONTH",
    "record for the month",
    "for the month ever",
    "revised",
    "REVISED",
    "revıſed",
    "initially reported at",
    "수정",
    "잠정",
    "상향 조정",
    "by",
    "by $",
    "by US$",
    "달러",
    "불",
    "늘었다",
    "3000만달러 늘었다",
    "seven",
    "Seven",
    "ſeven",
    "twenty-one",
    "one",
    "percent",
    "per cent",
    "Percent",
    "trillion",
    "imports",
    "IMPORTED",
    "import",
    "Korea",
    "KOREA",
    "South Korea",
    "한국",
    "우리나라",
    "한국산",
    "수입",
    "으로부터",
    "(US$ billion)",
    "(억달러)",
    "(단위: 억불, %)",
    ")",
    "(",
    "rose",
    ",",
    ".",
    "4.5",
    "2024",
    "x" * 30,
    "\n",
    " ",
    "  ",
    "\t",
]
_gate_texts = st.lists(st.sampled_from(_GATE_PIECES), max_size=10).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_gate_texts)
def test_anchor_before_twin_and_dollar_gate_agree_with_the_patterns(window: str) -> None:
    plain = binding.ANCHOR_BEFORE.search(window)
    twin = binding._ANCHOR_BEFORE_FOLDED.search(binding.case_folded(window))
    assert (plain and plain.span()) == (twin and twin.span())
    if binding.EN_COMPARED_FIGURE.search(window):
        assert binding._names_dollars(window)


@settings(max_examples=400, deadline=None)
@given(_gate_texts)
def test_for_the_month_gate_lets_every_match_through(sentence: str) -> None:
    assert binding._for_the_month(sentence) == bool(binding._FOR_THE_MONTH.search(sentence))


@settings(max_examples=400, deadline=None)
@given(_gate_texts, st.integers(min_value=0, max_value=80))
def test_figure_gates_agree_with_their_patterns(sentence: str, start: int) -> None:
    start = min(start, len(sentence))
    mention = scan("$1 billion")[0]._replace(start=start, end=start)
    plain_superseded = bool(
        (
            figures._REVISED.search(sentence)
            and (
                figures._PRELIMINARY_BEFORE.search(sentence, max(0, start - 30), start)
                or figures._ANNOUNCED_AFTER.match(sentence, start)
            )
        )
        or (
            figures._EARLIER_RELEASE_PUT.search(sentence, max(0, start - 120), start)
            and figures._LATER_AMOUNT.search(sentence, start)
        )
    )
    assert figures._superseded(sentence, mention) == plain_superseded
    words = figures.SentenceWords(sentence)  # (the reader's, kept for all the figures of its sentence)
    assert figures._superseded(sentence, mention, words) == plain_superseded
    assert words.names_a_revision == bool(figures._REVISED.search(sentence))
    assert words.names_a_pace == bool(figures._PACE_WORDS.search(sentence))
    assert words.comparison_words == figures._comparison_words(sentence)
    assert figures._change_amount(sentence) == bool(figures.CHANGE_AMOUNT.search(sentence))
    before = sentence[max(0, start - 21) : start]
    plain_reached = bool(figures._REACHED_BEFORE.search(before, max(0, len(before) - figures._REACHED_REACH)))
    assert figures._reached_before(before) == plain_reached


@settings(max_examples=400, deadline=None)
@given(_gate_texts)
def test_spoken_whole_gate_lets_every_match_through(text: str) -> None:
    folded = numbers.case_folded(text)
    assert numbers._spoken_whole(folded) == bool(numbers._SPOKEN_WHOLE_FOLDED.search(folded))


@settings(max_examples=400, deadline=None)
@given(_gate_texts)
def test_bought_from_korea_gate_is_the_old_gate_where_the_pattern_matches(sentence: str) -> None:
    """The reader asked `_BOUGHT_FROM_KOREA` of sentences with "mport" or 수입; the gate asks it of fewer, never
    of one where the answer differs."""
    asked_before = "mport" in sentence or "수입" in sentence
    found = bool(reader._BOUGHT_FROM_KOREA.search(sentence))
    assert (reader._may_buy_from_korea(sentence) and found) == (asked_before and found)


@settings(max_examples=400, deadline=None)
@given(_gate_texts)
def test_line_gates_agree_with_their_patterns(line: str) -> None:
    assert sentences._hard_wrapped(line) == bool(sentences.HARD_WRAPPED.search(line))
    assert measure_tables._unit_caption(line) == bool(measure_tables._UNIT_CAPTION.search(line))


# line ends for the hard wrap: every stop, white space of every kind, line breaks inside and at the end
_LINE_END_PIECES = [
    "x" * 25,
    "rose 3.2",
    "percent",
    *'.!?:;"”’]다요함음임',
    " ",
    "\t",
    "\u3000",
    "\x1c",
    "\n",
    "\r",
    "\xa0",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LINE_END_PIECES), max_size=8).map("".join))
def test_the_hard_wrap_is_told_as_its_pattern_tells_it(line: str) -> None:
    assert sentences._hard_wrapped(line) == bool(sentences.HARD_WRAPPED.search(line))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Exports rose 3.1% to $9.1 billion from $8.8 billion.", False),
        ("Exports were initially reported at $15.63 billion and were revised to $15.7 billion.", True),
        ("잠정 136.9억불에서 확정 137.3억불로 수정됐다.", True),
    ],
)
def test_a_revised_figure_is_still_found(sentence: str, expected: bool) -> None:
    mentions = scan(sentence)
    first_money = next(m for m in mentions if m.kind == "money")
    assert figures._superseded(sentence, first_money) == expected


# The plain-string gates written in session 11 ask for words each pattern cannot match without.
_SESSION11_PIECES = [
    "Taiwan's",
    "Japan's",
    "the",
    "finance ministry",
    "Finance\nMinistry",
    "Ministry of Economic Affairs",
    "ministry of economy",
    "customs",
    "Census Bureau",
    "statistics office",
    "the island's",
    "country’s",
    "finance authority",
    "census\nbureau",
    "대만",
    "재정부",
    "통계청",
    "해관총서",
    "said",
    "full-year 2015",
    "total of",
    "TOTAL",
    "export volume of",
    "value",
    "including",
    "INCLUDING",
    "$1.3 billion",
    "US$",
    "of",
    "SSDs",
    "□",
    "○",
    "•",
    "ㅇ",
    "-",
    "rose 3%",
    "\n",
]
_session11_texts = st.lists(st.sampled_from(_SESSION11_PIECES), max_size=10).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_session11_texts)
def test_session11_gates_let_every_match_through(text: str) -> None:
    from scraper.parser import classify, subjects

    if classify._ABROAD_AGENCY.search(text):
        assert classify._may_name_a_foreign_agency(text)
    if binding._TOTAL_OF.search(text):
        assert any(word in binding.case_folded(text) for word in binding._TOTAL_WORDS)
    if subjects._INCLUDING_BEFORE.search(text):
        assert subjects._may_include(text)
    if sentences._INLINE_BULLET.search(text):
        assert any(mark in text for mark in sentences._BULLET_MARKS)


# the forecast gate (`forecasts.FORECAST_WORD`, asked of the lower-cased sentence) before `forecasts.FORECAST`: pieces
# of invented forecasts, targets and estimates, English and Korean, and words around them
_FORECAST_PIECES = [
    "반도체 수출도",
    "돌아설 것이란",
    "늘어날 것이라고",
    "것으로 봅니다",
    "증가할 전망이다",
    '5% 안팎 증가할 것"이라고',
    "수준으로 예측했다",
    "로 추산됐다",
    "목표 1,780억 달러는",
    "The ministry",
    "expects",
    "Wants ICT exports to reach",
    "aims to help 40 firms hit",
    "is estimated at",
    "this year's ICT exports",
    "could top",
    "I reckon",
    "12.4%",
    "$3.1 billion",
    "\n",
]
_forecast_texts = st.lists(st.sampled_from(_FORECAST_PIECES), max_size=8).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_forecast_texts)
def test_the_forecast_gate_lets_every_forecast_through(text: str) -> None:
    """'…플러스로 돌아설 것이란 관측이다' once passed the pattern and not the gate: the gate skipped it."""
    if forecasts.FORECAST.search(text):
        assert forecasts.FORECAST_WORD.search(text.lower())


@settings(max_examples=400, deadline=None)
@given(_forecast_texts)
def test_the_forecast_twin_finds_what_the_pattern_finds(text: str) -> None:
    """`forecast_start` searches `forecasts._FORECAST_FOLDED` on the folded sentence: the same match, same place."""
    plain = forecasts.FORECAST.search(text)
    twin = forecasts._FORECAST_FOLDED.search(forecasts.folded_sentence(text))
    assert (plain and plain.span()) == (twin and twin.span())


@settings(max_examples=400, deadline=None)
@given(_forecast_texts)
def test_the_forecast_word_tree_finds_what_the_word_list_finds(text: str) -> None:
    """`_FORECAST_WORD` is a prefix tree of `_FORECAST_WORDS`: it finds a word where the plain list does."""
    lowered = text.lower()
    assert bool(forecasts.FORECAST_WORD.search(lowered)) == any(word in lowered for word in forecasts._FORECAST_WORDS)


# the reader's per-sentence gates of session 13: pieces that match the patterns, and words around them
_READER_GATE_PIECES = [
    "디지털TV(LCD TV",
    "포함)",
    "제외 )",
    "Mobile phones (incl.",
    "(INCLUDING",
    "(Excl.",
    "parts included)",
    "EXCLUDED)",
    "(",
    ")",
    "이 중",
    "그가운데",
    "이중 베트남행이",
    "반도체",
    "HONG KONG —",
    "Hanoi, Nov. 12 (VNA) --",
    "exports to China",
    "$1.2 billion",
    "\n",
]
_reader_gate_texts = st.lists(st.sampled_from(_READER_GATE_PIECES), max_size=8).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_reader_gate_texts)
def test_reader_name_gates_let_every_match_through(text: str) -> None:
    if reader._INCLUDED.search(text) or reader._INCLUDED_AFTER.search(text):
        assert reader._may_say_included(text)
    if reader._PART_OF.search(text):
        assert "중" in text or "가운데" in text


_MODAL_PIECES = ["OLED exports", "May", "may", "Might", "could", "are", "Likely to", "poised to", "climb", "slip", "in"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MODAL_PIECES), max_size=6).map(" ".join))
def test_the_forecast_gate_lets_every_modal_forecast_through(text: str) -> None:
    """`forecasts._EN_MODAL` runs only behind the same gate as `forecasts.FORECAST`."""
    if forecasts._EN_MODAL.search(text):
        assert forecasts.FORECAST_WORD.search(text.lower())


# a district's trade: pieces of the three patterns of `locales.LOCAL_PATTERNS`, places, offices and words between
_LOCAL_PIECES = [
    "구미세관에 따르면",
    "대구본부세관이",
    "충북지역본부의",
    "도내",
    "관내",
    "ICT",
    "수출은",
    "수입",
    "경북 지역",
    "충남",
    "상반기",
    "경기도의",
    "서울시",
    "전국",
    "10월",
    "반도체",
    "세관",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LOCAL_PIECES), max_size=7).map(" ".join))
def test_a_districts_trade_is_found_where_one_alternation_finds_it(text: str) -> None:
    """`locales.local_match` runs each branch behind its gate: it must find what their alternation finds."""
    alternation = re.compile("|".join(pattern.pattern for pattern in locales.LOCAL_PATTERNS))
    expected = alternation.search(text)
    found = locales.local_match(text)
    assert (found and found.span()) == (expected and expected.span())


# the case-blind guard (`prefilter.guarded_ignoring_case`): pieces in every case IGNORECASE folds together,
# with the four characters beyond ASCII it takes for "i", "s" and "k"
_CASE_PIECES = [
    "ICT",
    "ict",
    "İct",
    "ıCT",
    "IT",
    "It",
    "exports",
    "EXPORTS",
    "ſhipments",
    "Shipped",
    "outbound",
    "ABROAD",
    "Overseas",
    "İmports",
    "ımport",
    "trade",
    "information technology",
    "INFORMATION AND COMMUNICATIONS TECHNOLOGY",
    "Digital Electronics",
    "정보통신",
    "수출",
    "무역",
    "KOSPI",
    "Kospi",
    "\u212aospi",
    "rose 3.2%.",
    "ſurplus of 5 billion",
    "DEFICIT 2%",
    "흑자 3억",
    "\n",
]
_KOSPI = re.compile(r"(?<![a-z])kospi\s?\d*|ship(?:ment)?s?", re.I)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CASE_PIECES), max_size=10).map(" ".join))
def test_the_case_blind_guard_lets_every_match_through(text: str) -> None:
    from scraper.parser import classify
    from scraper.parser.prefilter import guarded_ignoring_case

    def spans(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [found.span() for found in pattern.finditer(text)]

    assert classify.ICT_TRADE is not classify._ICT_TRADE_UNGUARDED  # (guarded indeed)
    assert spans(classify.ICT_TRADE) == spans(classify._ICT_TRADE_UNGUARDED)
    assert spans(guarded_ignoring_case(_KOSPI)) == spans(_KOSPI)


# the plain-string gates of session 13 in front of case-blind patterns: the gate may only skip what cannot match
_CASE_GATE_PIECES = ["ICT", "IT", "ict", "Trade", "TRADE", "tRaDe", "trade", "goods", "Review", "2009"]
_CASE_GATE_PIECES += ["ICT 수출입 동향은", "따로", "별도로", "발표한다", "figures", "are", "released", "ſeparately"]
_CASE_GATE_PIECES += ["SEPARATELY", "Separately", "published", "\n", "firms", "backed", "BY", "by\n", "Member\tfirms"]
_CASE_GATE_PIECES += ["industrial\ncomplex", "응답 기업", "ſurveyed", "the agency"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CASE_GATE_PIECES), max_size=8).map(" ".join))
def test_the_session13_case_gates_let_every_match_through(text: str) -> None:
    from scraper.parser import carry, classify

    assert carry.names_ict_trade(text) == bool(carry._ICT_TRADE.search(text))
    assert classify._announces_elsewhere(text) == bool(classify._SEPARATE_RELEASE.search(text))
    head = "Title\n" + text.replace("\n", " ").replace(".", " ")  # (it reads the title and the first sentence)
    assert classify._a_subset_of_exporters(head) == bool(classify._SUBSET_OF_EXPORTERS.search(head))


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="가A1 ()", max_size=20),
    st.sampled_from(["가", "A", ")"]),
    st.sampled_from(["", " "]),
    st.integers(-1, 31),
    st.sampled_from("은는"),
    st.sampled_from([" ", "\n", "\t"]),
    st.sampled_from(["", "\n"]),
    st.text(alphabet="가A1 ()", max_size=10),
    st.integers(0, 100),
)
def test_a_subject_marked_before_a_flow_is_found_in_the_window(
    lead: str, name: str, gap: str, held: int, mark: str, space: str, newline: str, tail: str, end: int
) -> None:
    """`subjects._KO_MARKED_BEFORE` is searched only `_KO_MARKED_REACH` characters back from the flow: invented
    subjects marked by 은/는, with figures in parentheses up to the pattern's longest, ending where the flow starts."""
    aside = f"({'가' * held})" if held >= 0 else ""
    marked = f"{lead}{name}{gap}{aside}{mark}{space}{newline}"
    text = marked + tail
    for at in (len(marked), min(end, len(text))):
        plain = subjects._KO_MARKED_BEFORE.search(text[:at])
        windowed = subjects._KO_MARKED_BEFORE.search(text, max(0, at - subjects._KO_MARKED_REACH), at)
        assert bool(plain) == bool(windowed), (text, at)


@pytest.mark.parametrize("word", ["at", "as", "AS"])
def test_an_earlier_release_figure_is_still_found(word: str) -> None:
    """`SentenceWords.may_quote_an_earlier_release` lets through both words `_EARLIER_RELEASE_PUT` ends on."""
    sentence = f"last month's release put August ICT exports {word} $15.41 billion; the tables now show $15.48 billion"
    mention = next(m for m in scan(sentence) if m.kind == "money")
    assert figures._superseded(sentence, mention, figures.SentenceWords(sentence))


# lines of the tables `spell_out_measure_tables` reads (barred, spaced, one cell a line, sideways, under a unit
# caption or a unit note), and prose around them: the look for a row's ending may only skip texts without a table
_TABLE_LINES = [
    "10월 주요 품목 수출 실적 (단위: 억달러, %)",
    "April exports by item (US$ billion)",
    "Destinations (US$ bn, % y-o-y)",
    "품목 | 금액 | 증감률",
    "Item | Value | YoY",
    "국가 품목 | 수출액 | 증감률 | 비중 | 주요 품목",
    "반도체 | 128.5 | 21.9",
    "Vietnam 1.83 +18.4",
    " - Memory 2.96 +29.9%",
    "Balance  9.29  -",
    "ICT balance   5.69",
    "Japan    (0.33)",
    "중국 | 78.4 | 5.2 | 12.1 | 반도체 44.0 (9.1)",
    "디스플레이 | 25.1 | △10.5 |",
    "국가",
    "수출액",
    "증감률",
    "주요 품목",
    "중국",
    "78.4",
    "△11.7",
    "반도체 44.0 (9.1)",
    "(단위: 억달러, %)",
    "구 분 | 중국 | 미국 | 베트남",
    "┌──────┬──────┐",
    "수출액 │ 70.2 │ 14.8 │ 26.5",
    "증감률 │ 4.4 │ △1.9 │ 12.4 ┃",
    "수입액 │ 30.1 │ 9.9 │ 8.0",
    "수지 | 40.1 | 4.9 | △18.5",
    "EXPORTS BY ITEM   Value (US$ bn)   YoY (%)",
    "Semiconductors 9.12 12.5\u3000",
    "ICT exports rose 3.9 percent.",
    "Exports to China came to $6.4 billion in March 2024",
    "",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TABLE_LINES), max_size=9).map("\n".join))
def test_the_look_for_a_row_skips_no_table(text: str) -> None:
    spelled = measure_tables.spelled_out(text)
    assert measure_tables.spell_out_measure_tables(text) == spelled
    assert spelled == text or measure_tables.may_hold_a_table(text)


# lines run together: datelines, dashes and bullet marks inside a line, for the guarded patterns that break them
_RUN_TOGETHER_PIECES = ["rise", "Seoul,", "SEOUL", "May 15", "Sept. 3, 2024", "(IBW)", "(Yonhap)", "South", "Korea's"]
_RUN_TOGETHER_PIECES += [
    "--",
    "-",
    "–",
    "—",
    "rose 3.9%.",
    "늘었다.",
    "증가",
    "• Vietnam: $2.9 billion",
    "○",
    "ㅇ",
    "\t",
]
_RUN_TOGETHER_PIECES += ["phones $0.4 billion", "(US$ 1.2 bn)", "U.S.", "China", "a", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_RUN_TOGETHER_PIECES), max_size=10).map(" ".join))
def test_the_guarded_line_breakers_find_what_their_patterns_find(text: str) -> None:
    for pattern in (
        sentences._DATELINE_INSIDE,
        sentences._DASH_AFTER_END,
        sentences._DASH_AFTER_FIGURE,
        sentences._INLINE_BULLET,
    ):
        guard, _, plain = pattern.pattern.partition(")(?:")
        assert guard.startswith("(?=[")  # (guarded indeed)
        unguarded = re.compile(plain.removesuffix(")"), pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in unguarded.finditer(text)]


# line openings for the line-start patterns of `split_paragraphs`: each is asked only of a line whose first
# character other than white space can start its match
_OPENING_PIECES = [" ", "\t", "\u3000", "\xa0", "US$", "USD", "$", "3", "١", "１", "12.5", "percent", "billion", "억"]
_OPENING_PIECES += ["(", "△", "▲", "▼", "+", "-", "–", "ㅇ", "○", "◦", "•", "·", "※", "*", "▸", "▹", "a", "가", ")"]
_OPENING_PIECES += ["A", "Q", "답변", "답", ":", ".", "：", "달러", "Exports", "수출은", "U", "D", "8.3억"]
_OPENING_PIECES += ["-8.3억", "△1.2억", "(3.1억", "+2조", "▲5만", "ㅇ 수출", "(a) ", "(가)", "A: ", "답: ", "답변： "]
_OPENING_PIECES += ["$3.1 billion", "US$ 2 bn", "USD 4.5 million", "12.5%", "3 percent", "- 반도체", "–", "▸ "]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_OPENING_PIECES), max_size=6).map("".join))
def test_line_openings_let_every_line_start_match_through(line: str) -> None:
    opening = line.lstrip()[:1]
    for pattern, openings, digit in (
        (sentences._FIGURE_START, sentences._FIGURE_OPENINGS, True),
        (sentences._KO_AMOUNT_START, sentences._KO_AMOUNT_OPENINGS, True),
        (sentences.CONTINUATION, sentences._CONTINUATION_OPENINGS, False),
        (sentences._ANSWER, sentences._ANSWER_OPENINGS, False),
    ):
        assert not pattern.match(line) or sentences.opens_with(opening, openings, digit)


# units after words, numerals and spaces of every kind, for the spoken-number gates of `normalise_spoken_numbers`
_SPOKEN_PIECES = ["seven", "twenty", "one", "three", "six", "ten", "phone", "often", "4", "1.2", "percent", "per"]
_SPOKEN_PIECES += ["cent", "billion", "million", "trillion", "billions", "illion", "\t", "\n", "\u3000", "-", "s"]
_SPOKEN_PIECES += ["삼", "백사십삼", "억", "만", "천", "백만", "달러", "이백", "오"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_SPOKEN_PIECES), max_size=8).map(lambda pieces: "".join(pieces)))
def test_the_spoken_number_gates_let_every_match_through(text: str) -> None:
    folded = numbers.case_folded(text)
    assert numbers.unit_after_a_word(folded) == bool(numbers._UNIT_AFTER_A_WORD.search(folded))
    assert numbers.may_spell_korean(text) == bool(numbers._KO_SPELLED_GATE.search(text))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_SPOKEN_PIECES), max_size=8).map(" ".join))
def test_the_spoken_number_gates_agree_on_spaced_words(text: str) -> None:
    folded = numbers.case_folded(text)
    assert numbers.unit_after_a_word(folded) == bool(numbers._UNIT_AFTER_A_WORD.search(folded))


# the cleaner's line gates: a bullet or white space before a bullet run, a colon in a comment's time stamp
_BOILERPLATE_PIECES = [" ", "\t", "\u3000", "\xa0", "•", "·", "▪", "◦", "‣", "∙", "*", "-", "–", "○", "Share", "x"]
_BOILERPLATE_PIECES += ["reader99", "2024-07-12", "2024.7.1.", "오후", "11:00", "11:00:05", ":", "송고시간", "Updated"]
_BOILERPLATE_PIECES += ["reader99 2024-07-12 11:00", "kim*** 2024.7.1. 오후 3:15", "abc 2024.07.12 9:05:33  "]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_BOILERPLATE_PIECES), max_size=8).map(lambda pieces: "".join(pieces)))
def test_the_cleaner_line_gates_let_every_match_through(line: str) -> None:
    from scraper.cleaner import boilerplate

    assert boilerplate.without_bullets(line) == boilerplate._BULLETS.sub("", line)
    assert boilerplate.comment_author(line) == bool(boilerplate._COMMENT_AUTHOR.match(line))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_BOILERPLATE_PIECES), max_size=8).map(" ".join))
def test_the_cleaner_line_gates_agree_on_spaced_pieces(line: str) -> None:
    from scraper.cleaner import boilerplate

    assert boilerplate.without_bullets(line) == boilerplate._BULLETS.sub("", line)
    assert boilerplate.comment_author(line) == bool(boilerplate._COMMENT_AUTHOR.match(line))


# issue numbers and dates in every case, with figures beside them, for the furniture test's folded twin
_FURNITURE_PIECES = [
    "산업 소식",
    "제87호",
    "제 87 호",
    "(2020년 1월)",
    "2020.1",
    "2020-01-05",
    "1월호",
    "Vol. 3",
    "VOL3",
]
_FURNITURE_PIECES += [
    "vol 12",
    "No. 5",
    "NO.7",
    "nO 9",
    "issue",
    "ISSUE",
    "◆",
    "숫자로 보는 산업",
    "3.9%",
    "12",
    " ",
    "K",
]
_FURNITURE_PIECES += ["ſ", "İ", "ı", "\u212a", "Nov", "2024년", "호"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_FURNITURE_PIECES), max_size=6).map(" ".join))
def test_the_folded_issue_test_finds_the_figures_the_plain_one_finds(line: str) -> None:
    from scraper.parser import assembler

    plain = re.search(r"\d", assembler._ISSUE_OR_DATE.sub("", line)) is not None
    assert assembler._figure_besides_issue_or_date(line) == plain


# month names and the words before and after them, lower-cased as the scanner searches them: a pattern with
# start strings is tried only where one occurs, and must find what a search at every position finds
_START_PIECES = ["january", "jan.", "jan", "in jan", "jan 2024", "jan '24", "feb", "march", "mar", "mar 2016", "may"]
_START_PIECES += ["may rise", "in may", "june", "jun.", "july", "aug", "sept.", "sep", "october", "nov", "dec."]
_START_PIECES += ["december", "decline", "market", "innovation", "the", "from", "period", "the period from", "to"]
_START_PIECES += ["through", "-", "–", "~", "2024", "'24", "15", "3.9%", "korea's", "south korea's", "exports", "ict"]
_START_PIECES += [
    "mainland china",
    "china",
    "mobile phones",
    "more than",
    "over",
    "the same month",
    "compared to",
    "\t",
]
_START_PIECES += ["from march - may 2024", "the period from jan to march", "january-march", "jan.–sept. 2024"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_START_PIECES), max_size=8).map(" ".join), st.integers(min_value=0, max_value=12))
def test_patterns_tried_at_their_start_strings_find_what_a_search_finds(text: str, pos: int) -> None:
    from scraper.parser import scanner
    from scraper.parser.prefilter import matches_at_starts

    tried = 0
    for _kind, alternation, _read, _priority in scanner.all_patterns().patterns:
        narrowed = alternation.whole
        if narrowed.starts is None:
            continue
        searched = text if narrowed.on_lowered else text.title()
        found = matches_at_starts(narrowed.pattern, searched, narrowed.starts, pos)
        assert [m.span() for m in found] == [m.span() for m in narrowed.pattern.finditer(searched, pos)]
        tried += 1
    assert tried >= 5  # (the month patterns among them)


def test_start_strings_are_the_strings_every_match_starts_with() -> None:
    from scraper.parser.prefilter import start_strings

    assert start_strings(re.compile(r"(?<![a-z])(?:january|jan\.|feb)(?![a-z])")) == ("feb", "jan.", "january")
    assert start_strings(re.compile(r"(?:the\s)?(?:from\s)?(?:march|april)")) == ("april", "from", "march", "the")
    assert start_strings(re.compile(r"(?:(?<=in\s)|(?<=of\s))jan|dec")) == ("dec", "jan")
    assert start_strings(re.compile(r"(?:march|april)?\d")) is None  # may start with a digit
    assert start_strings(re.compile(r"(?:march|)april")) is None  # an empty branch: starts with what follows
    assert start_strings(re.compile(r"(?i:march)|april")) is None  # case-blind strings
    assert start_strings(re.compile(r"march|april", re.I)) is None
    assert start_strings(re.compile(r"march|ap")) is None  # a start too short to be worth looking for
    assert start_strings(re.compile(r"march")) is None  # one string: `re`'s own literal prefix


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([" ", "\t", "\n", "\u3000"]), max_size=6).map("".join),
    st.sampled_from(["Among major items", "Among the key IT products", "By item", "By product", "Amid", "Bytes"]),
    st.sampled_from([",", " chips", ""]),
)
def test_the_items_lead_in_gate_lets_every_lead_in_through(spaces: str, lead: str, tail: str) -> None:
    """`SentenceReader._opens_items_breakdown` asks the opening words after any leading whitespace before
    `reader._ITEMS_LEAD_IN`, whose `\\s*` skips that whitespace too."""
    text = spaces + lead + tail
    if reader._ITEMS_LEAD_IN.match(text):
        assert text.lstrip().startswith(("Among", "By"))


_BACKGROUND_FIGURE_PIECES = [
    "수출이",
    "31억",
    "5,000만",
    "달러로",
    "컸던",
    "높던",
    "데 따른",
    "기저효과",
    "탓",
    " ",
    "던",
    "불",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_BACKGROUND_FIGURE_PIECES), max_size=8).map(" ".join))
def test_the_background_figure_gate_lets_every_match_through(text: str) -> None:
    """`starts_a_from_pair` asks `KO_BACKGROUND_FIGURE` only of a sentence with "던": every match holds it."""
    if binding.KO_BACKGROUND_FIGURE.match(text):
        assert "던" in text


_FOOTNOTE_PIECES = ["수입", "*", "**", "은", "이", ")", "ICT", " ", "\n", "4.2%"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FOOTNOTE_PIECES), max_size=8).map("".join))
def test_footnote_mark_gate_lets_every_match_through(text: str) -> None:
    """normalise looks for a footnote's asterisk before a particle only in a text with an asterisk."""
    if _FOOTNOTE_MARK.search(text):
        assert "*" in text


# the pace of a rate, read from the folded sentence up to the figure (`figures.rate_of_change_sign`): pieces that
# name a growth or a decline and a verb for its pace, in any case, and words around them
_PACE_PIECES = [
    "Growth",
    "GROWTH",
    "growth rate in chips",
    "the decline",
    "Declines",
    "eased",
    "slowed",
    "deepened",
    "SLOWED",
    "fell",
    "ſlowed",
    "증가율이",
    "감소폭이",
    "둔화됐다",
    "확대",
    "4.1%",
    "to",
    ".",
    "\n",
]
_pace_texts = st.lists(st.sampled_from(_PACE_PIECES), max_size=8).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_pace_texts, st.integers(min_value=0, max_value=120))
def test_the_pace_read_up_to_a_figure_is_the_pace_of_the_text_before_it(text: str, end: int) -> None:
    """The folded sentence searched up to `end` reads as the folded text cut at `end` would."""
    end = min(end, len(text))
    whole = figures.rate_of_change_sign(figures.folded_sentence(text), end)
    cut = figures.rate_of_change_sign(figures.folded_sentence(text[:end]), end)
    assert whole == cut


_BOUND_AND_PRIOR_SENTENCES = [
    ("en", "Exports rose more than 40 percent to over $20 billion, from $15.2 billion a year earlier."),
    ("en", "Shipments surpassed $20 billion, up nearly 9%, against $18.31 billion in the same month last year."),
    ("ko", "수출은 전년 동월(117.9억불) 대비 약 5% 늘어 200억 달러를 넘어섰다."),
]


@pytest.mark.parametrize("lang,sentence", PERCENT_SENTENCES + _BOUND_AND_PRIOR_SENTENCES)
def test_a_figure_reads_the_same_whether_the_sentence_kinds_are_known_or_not(lang: str, sentence: str) -> None:
    """`SentenceWords` told the sentence's mention kinds skips neighbour scans (bound words, year-earlier markers)
    for kinds the sentence lacks: every figure reads as it does when the kinds are not known."""
    mentions = scan(sentence)
    kinds = {m.kind for m in mentions}
    for index, mention in enumerate(mentions):
        if mention.kind not in ("money", "pct"):
            continue
        known = figures.SentenceWords(sentence, kinds)
        unknown = figures.SentenceWords(sentence)
        assert figures.read_number_and_sign(sentence, mentions, index, "export", lang, None, 0, known) == (
            figures.read_number_and_sign(sentence, mentions, index, "export", lang, None, 0, unknown)
        )


_THOSE_PIECES = ["those to", "THOSE TO", "thoſe to", "Those bound for", "the EU", "Peru", "5%", ",", "and", "x" * 30]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_THOSE_PIECES), max_size=8).map(" ".join))
def test_those_to_gate_lets_every_match_through(text: str) -> None:
    from scraper.parser import casefold, reader

    if reader._THOSE_TO.search(text):
        assert "those" in casefold.folded_sentence(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["대만", "대미", "인도", "중국으로의", " ", "- ", "수출", "수입", "액", "은 ", "이 ", "각각", "X"]
        ),
        max_size=8,
    ).map("".join)
)
def test_the_partners_total_lead_gate_lets_every_lead_through(text: str) -> None:
    """`subjects.opens_on_a_partners_total` asks for a flow word before `_KO_PARTNER_TOTAL_LEAD`, which needs one."""
    if subjects._KO_PARTNER_TOTAL_LEAD.match(text) and "각각" not in text:
        assert subjects.opens_on_a_partners_total(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["수출", "수입", "액", "이", "가", " ", ", ", "며", "반도체"]), max_size=6).map("".join)
)
def test_the_own_flow_gate_lets_every_clause_opening_through(before: str) -> None:
    """`SentenceReader._own_flow_before` asks for a flow word before `_KO_OWN_FLOW_BEFORE`, which needs one."""
    if reader._KO_OWN_FLOW_BEFORE.search(before):
        assert "수출" in before or "수입" in before


_BRACKET_NOTE_PIECES = [
    "괄호",
    "안은",
    "속",
    "전년",
    "동월",
    "대비",
    "증감률",
    "(억 달러,",
    "%)",
    "(%)",
    "(억불)",
    ")",
    " ",
    "\n",
    "ICT 수출",
    "3.1",
]
_bracket_note_texts = st.lists(st.sampled_from(_BRACKET_NOTE_PIECES), max_size=10).map("".join)


@settings(max_examples=400, deadline=None)
@given(_bracket_note_texts)
def test_the_bracket_and_caption_note_gates_let_every_match_through(text: str) -> None:
    from scraper.parser import scanner, table_facts

    if table_facts._BRACKETS_ARE_YOY.search(text):
        assert "괄호" in text
    if scanner._CAPTION_NOTE.search(text):
        assert text.rstrip().endswith(")")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["(", "UNIT", "Units", "unit", ":", " ", "\t", "USD", "$", "100", "1,000", "million", "Billion"]
        )
        | st.sampled_from(["bn", ",", "%", ", %", ",%", "dollars", "US dollars", "15", ")"]),
        max_size=10,
    ).map("".join)
)
def test_the_unit_note_gate_lets_every_note_through(text: str) -> None:
    from scraper.parser import scanner
    from scraper.parser.casefold import lower_ascii

    if scanner._UNIT_NOTE.search(text):
        assert scanner._unit_notes(text, lower_ascii(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["(EU)", ",", "，", " ", "인도", "행", "은", "15.3%", ")"]), max_size=8).map("".join))
def test_the_parallel_partner_gate_lets_every_gap_through(text: str) -> None:
    from scraper.parser import subjects

    if subjects._PARALLEL_GAP.search(text):
        assert "," in text


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["pulled", "sent", " ", "South ", "Korea", "'s", "’s", "the country", " down", " up", "ICT"])
        | st.sampled_from(["exports", "4", "%", ".", "dragged", "s", "'", "Korea's "]),
        max_size=12,
    ).map("".join)
)
def test_the_caused_to_move_gate_lets_every_match_through(text: str) -> None:

    if causes._CAUSED_TO_MOVE.search(text):
        assert "'s" in text


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a 3.9", "percent", "%", "pct", " ", "\t", "gain", "Drop", "on", "ON", "over", "Over"])
        | st.sampled_from(["on-year", "the", "The", "US", "$", "onto", "overall"]),
        max_size=10,
    ).map("".join)
)
def test_the_change_on_a_base_gate_lets_every_match_through(text: str) -> None:
    from scraper.parser import figures

    if figures._CHANGE_ON.search(text):
        assert figures._on_or_over(text)


@given(
    st.lists(
        st.sampled_from([" ", "수출", "수입", "액", "의", "에서", "중", "57", ".4", "%", "를", "을", "차지"])
        | st.sampled_from(["점유", "X"]),
        max_size=9,
    ).map("".join)
)
def test_the_share_base_gate_lets_every_share_through(text: str) -> None:
    """`sentences.korean_background` asks for "차지" or "점유" before `_SHARE_BASE`, which needs one of them."""
    if sentences._SHARE_BASE.match(text):
        assert "차지" in text or "점유" in text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([" ", "-", "·", "2038", "년", "7", "월", "222.9", "(", "△", "2.6", ")", "X"]),
        max_size=10,
    ).map("".join)
)
def test_the_bare_row_gate_lets_every_row_through(text: str) -> None:
    """`reader._bare_row` asks for "월" and a closing bracket before `_BARE_ROW`, which needs both."""
    if reader._BARE_ROW.match(text):
        assert reader._bare_row(text)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["감소", "증가", "하락", "상승", "율", "률", "폭", " ", "은", "이", "가", "는"]), max_size=8
    )
)
def test_the_rate_that_heads_a_list_needs_its_ending(pieces: list[str]) -> None:
    from scraper.parser import figures

    text = "".join(pieces)
    if figures._KO_RATE_HEADS_A_LIST.search(text):
        assert any(word in text for word in figures._RATE_ENDINGS)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["늘었", "지만", "으나", "나", ",", " ", "줄", "었", "9월"]), max_size=8))
def test_the_contrast_the_topic_goes_on_past_needs_its_ending(pieces: list[str]) -> None:
    from scraper.parser import reader

    text = "".join(pieces)
    if reader._KO_CONTRAST_GOES_ON.search(text):
        assert "지만" in text or "으나" in text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "수출", "수입", " ", "1", "억달러", "·"]), max_size=8))
def test_a_breakdown_by_flow_needs_its_bracket(pieces: list[str]) -> None:
    from scraper.parser import reader

    text = "".join(pieces)
    if reader._OWN_BREAKDOWN.search(text):
        assert "(" in text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["■ 메모리 수출 증가율", "\n", "2031년 11월 ", "12월 ", "▲4.2% ", "→ ", "Nov 2031 ", "칩"]),
        max_size=10,
    ).map("".join)
)
def test_the_caption_over_a_trend_line_needs_its_arrows(text: str) -> None:
    """`sections.captions_over_trend_lines` returns a text without "→" as it is: each line of steps has two."""
    from scraper.parser import sections

    joined = sections.captions_over_trend_lines(text)
    if joined != text:
        assert text.count("→") >= 2


@given(st.lists(st.sampled_from(["등", ")", " ", "및", "과", "·"]), max_size=6))
def test_the_example_of_the_next_name_needs_deung(pieces: list[str]) -> None:
    from scraper.parser import sentences

    text = "".join(pieces)
    if sentences._EXAMPLE_OF_NEXT.fullmatch(text):
        assert "등" in text


@given(
    st.lists(st.sampled_from(["demand", "Sales", " led", " to", " the", " ", "for", "x", "contributed"]), max_size=9)
)
def test_the_cause_that_led_to_a_figure_needs_to(pieces: list[str]) -> None:

    text = "".join(pieces)
    if causes._CAUSE_LED_TO.search(text):
        assert " to " in text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" ", "(", ")", "'", "188.7", "28년"]), max_size=6).map("".join))
def test_the_period_in_parentheses_after_a_figure_needs_its_bracket(text: str) -> None:
    """`binding._each_in_parentheses_after` asks for "(" before `_OPENS_ITS_PERIOD`, which needs it."""
    from scraper.parser import binding

    if binding._OPENS_ITS_PERIOD.fullmatch(text):
        assert "(" in text


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["억 달러", "USD bn", ",", " ", "전년 동월", "대비", "YoY", "%", ")", "증감률"]), max_size=8
    ).map("".join)
)
def test_the_units_of_a_value_and_its_change_need_a_percent(text: str) -> None:
    """`table_facts.parentheses_trusted` asks for "%" before `_UNITS_VALUE_THEN_YOY`, which needs it."""
    from scraper.parser import table_facts

    if table_facts._UNITS_VALUE_THEN_YOY.search(text):
        assert "%" in text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Imports 수입 by item 0123.:", max_size=30))
def test_a_flow_heading_has_no_figure(text: str) -> None:
    from scraper.parser.sections import flow_heading

    if flow_heading(text) is not None:
        assert not any(c.isdigit() for c in text) and len(text.strip()) <= 40


@given(st.lists(st.sampled_from(["가", "이", "는", "수출", "수입액", " ", "\n", "역대", "실적(", "x"]), max_size=8))
def test_the_year_earlier_subject_gate_lets_every_match_through(pieces: list[str]) -> None:
    from scraper.parser import figures

    gap = "".join(pieces)
    if figures._KO_PRIOR_SUBJECT.fullmatch(gap):
        assert figures.may_open_on_a_subject(gap)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["수출", " ", "증가", "를", "을", "이끌", "견인", "주도", "확대", "x"]), max_size=8))
def test_the_driven_total_gate_lets_every_match_through(pieces: list[str]) -> None:
    from scraper.parser import reader

    text = "".join(pieces)
    if reader._DRIVEN_TOTAL.match(text):
        assert "견인" in text or "이끌" in text or "주도" in text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["The", "the", " ", "\t", "\n", "panels", "of", "x"]), max_size=6))
def test_the_item_referred_back_to_gate_lets_every_match_through(pieces: list[str]) -> None:
    from scraper.parser import reader

    text = "".join(pieces)
    if reader._THE_NOUN.match(text):
        assert text.lstrip().startswith("The")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Demand", "DEMAND", "sales", "Orders", " for chips", " lifted ", "those", "x"]), max_size=7
    )
)
def test_the_cause_moved_gate_lets_every_match_through(pieces: list[str]) -> None:
    from scraper.parser.casefold import folded_sentence

    text = "".join(pieces)
    if causes._CAUSE_MOVED.match(text):
        assert any(word in folded_sentence(text) for word in causes._CAUSE_WORDS)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["TWICE", "Double", "triple", "3 times", " the ", "level ", "of ", "in ", "x"]), max_size=8
    )
)
def test_the_multiple_of_a_base_gate_lets_every_match_through(pieces: list[str]) -> None:
    from scraper.parser import binding

    text = "".join(pieces)
    if binding._MULTIPLE_OF.search(text):
        assert binding._may_name_a_multiple(text)


@given(st.lists(st.sampled_from(["로", "으", " ", "9월", "12월", "x", "월"]), max_size=6))
def test_the_own_rate_after_an_amount_gate_lets_every_match_through(pieces: list[str]) -> None:
    from scraper.parser import subjects

    gap = "".join(pieces)
    if subjects._KO_AMOUNT_THEN.fullmatch(gap):
        assert "로" in gap


@given(st.lists(st.sampled_from([",", " ", "and", "or", "chips", "x", "y-z"]), max_size=10))
def test_the_list_goes_on_gate_lets_every_match_through(pieces: list[str]) -> None:
    from scraper.parser import reader

    text = "".join(pieces)
    if reader._LIST_GOES_ON.match(text):
        assert "and" in text


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["lifting", "propping up", "weighing on", " ", "\t", "ing", "x", "October's"]), max_size=6)
)
def test_the_lifted_total_gate_lets_every_match_through(pieces: list[str]) -> None:
    from scraper.parser import reader

    text = "".join(pieces)
    if reader._LIFTING.search(text):
        assert "ing " in text


@given(st.lists(st.sampled_from(["되고", "늘고", "하고", "고", " ", "나", "되", "수출이"]), max_size=8))
def test_the_joined_clause_gate_lets_every_match_through(pieces: list[str]) -> None:
    from scraper.parser import causes

    text = "".join(pieces)
    if causes._KO_AND_CLAUSE.search(text):
        assert "고" in text


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["led", "drove", " ", "\t", "the", "overall", "total", "whole", "all", "x"]), max_size=7)
)
def test_the_led_whole_gate_lets_every_match_through(pieces: list[str]) -> None:
    from scraper.parser import causes

    text = "".join(pieces)
    if causes._LED_WHOLE.search(text):
        assert "all" in text or "total" in text or "whole" in text
