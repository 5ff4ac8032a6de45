"""Property tests: amounts and changes written in every supported style read back to the same number."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scraper.parser.numbers import parse_money, parse_percent

tenths = st.integers(min_value=1, max_value=99_999)  # a figure with one decimal place, in tenths
hundredths = st.integers(min_value=1, max_value=999_999)


def close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= abs(b) * 1e-9


@given(tenths, st.sampled_from(["${} billion", "USD {} billion", "US${} billion", "US$ {} billion", "$ {} bn"]))
def test_english_billions(n: int, style: str) -> None:
    text = style.format(f"{n / 10:.1f}")
    assert close(parse_money(text), n / 10 * 1e9)


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(["${} million", "USD {} million"]))
def test_english_millions_with_thousands_commas(n: int, style: str) -> None:
    assert close(parse_money(style.format(f"{n:,}")), n * 1e6)


@given(hundredths)
def test_english_broadcast_style(n: int) -> None:
    whole, frac = divmod(n, 100)
    assert close(parse_money(f"{whole}-point-{frac:02d} billion dollars"), (whole + frac / 100) * 1e9)


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(["{}억 달러", "{}억달러", "{}억불", "{}억 불"]))
def test_korean_eok(n: int, style: str) -> None:
    number = f"{n:,}" if n >= 1000 and n % 2 else str(n)  # "1,976억달러" and "1976억달러" both occur
    assert close(parse_money(style.format(number)), n * 1e8)


@given(tenths)
def test_korean_eok_with_decimal(n: int) -> None:
    assert close(parse_money(f"{n / 10:.1f}억 불"), n / 10 * 1e8)


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=999))
def test_korean_thousands_inside_eok(thousands: int, rest: int) -> None:
    assert close(parse_money(f"{thousands}천{rest}억 달러"), (thousands * 1000 + rest) * 1e8)


@given(
    st.integers(min_value=1, max_value=9_999),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["{e}억{m},000만달러", "{e}억 {m}000만 달러", "{e}억{m}천만 달러"]),
)
def test_korean_eok_and_man(eok: int, man_thousands: int, style: str) -> None:
    text = style.format(e=eok, m=man_thousands)
    assert close(parse_money(text), eok * 1e8 + man_thousands * 1000 * 1e4)


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9_999))
def test_korean_jo_and_eok(jo: int, eok: int) -> None:
    assert close(parse_money(f"{jo}조 {eok}억 달러"), jo * 1e12 + eok * 1e8)


@given(st.integers(min_value=1, max_value=9_999), st.sampled_from(["{}억원", "{} trillion won", "약 {}조원"]))
def test_won_is_never_dollars(n: int, style: str) -> None:
    assert parse_money(style.format(n)) is None


NEGATIVE = ["-{}%", "−{}%", "△{}%", "▼{}%", "↓{}%", "{}%↓", "minus {} percent", "down {} percent", "{}% 감소"]
POSITIVE = ["{}%", "+{}%", "{}%↑", "▲{}%", "{} percent", "{} pct", "plus {} percent", "{}% 증가"]


@given(tenths, st.sampled_from(NEGATIVE))
def test_negative_changes(n: int, style: str) -> None:
    assert parse_percent(style.format(f"{n / 10:.1f}")) == -(n / 10)


@given(tenths, st.sampled_from(POSITIVE))
def test_positive_changes(n: int, style: str) -> None:
    assert parse_percent(style.format(f"{n / 10:.1f}")) == n / 10
