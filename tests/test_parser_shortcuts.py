"""The reader's shortcuts against the plain computations they stand for: each gate may only skip work
whose answer it knows, so on every input the shortcut and the plain rule must agree."""

from __future__ import annotations

import itertools

import pytest

from scraper.parser import binding, figures, lists
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
