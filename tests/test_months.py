"""One Month type: labels, parsing, arithmetic across year ends, and "now" in Korea time."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.months import Month

months = st.builds(Month, st.integers(1990, 2100), st.integers(1, 12))


def test_label_and_parse() -> None:
    assert Month(2024, 5).label == str(Month(2024, 5)) == "2024-05"
    assert Month.parse(" 2024-05 ") == Month(2024, 5) == (2024, 5)
    for bad in ("2024-13", "2024-5", "24-05", "2024-00", "May 2024"):
        with pytest.raises(ValueError):
            Month.parse(bad)


def test_shift_crosses_year_ends() -> None:
    assert Month(2024, 1).shift(-1) == Month(2023, 12)
    assert Month(2023, 12).next() == Month(2024, 1)
    assert Month(2024, 3).shift(-14) == Month(2023, 1)
    assert list(Month(2023, 11).through(Month(2024, 2))) == [(2023, 11), (2023, 12), (2024, 1), (2024, 2)]
    assert list(Month(2024, 2).through(Month(2024, 1))) == []


@given(months, st.integers(-400, 400))
def test_shift_is_reversible_and_ordered(month: Month, count: int) -> None:
    moved = month.shift(count)
    assert moved.shift(-count) == month
    assert (moved > month) == (count > 0) and 1 <= moved.month <= 12
    assert Month.parse(moved.label) == moved


def test_now_is_korea_time_whatever_the_host_zone() -> None:
    """23:30 UTC on 31 May is 08:30 on 1 June in Seoul: the crawl of that morning is June's."""
    assert Month.current(datetime(2024, 5, 31, 23, 30, tzinfo=UTC)) == Month(2024, 6)
    assert Month.of(datetime(2024, 5, 31, 14, 0, tzinfo=UTC)) == Month(2024, 5)
    assert Month.of(date(2024, 5, 31)) == Month(2024, 5)
