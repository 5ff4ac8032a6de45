"""English phrasing families, one test each (texts written for these tests; figures are real)."""

from __future__ import annotations

import pytest

from tests.parser_helpers import facts_of, numbers

A = pytest.approx


def test_rose_percent_to_value() -> None:
    facts = facts_of("Korea's ICT exports rose 6 percent to $16.4 billion in June, the ministry said.")
    assert numbers(facts[("2024-06", "export", "ict", "world")]) == (A(16.4e9), 6.0, None)


def test_increase_compared_to_same_period_gives_prior() -> None:
    facts = facts_of(
        "ICT exports in the first half of this year came to $115.16 billion, a 5.8% increase "
        "compared to the same period last year ($108.83 billion)."
    )
    assert numbers(facts[("2024-01/2024-06", "export", "ict", "world")]) == (A(115.16e9), 5.8, A(108.83e9))


def test_edged_down_is_negative() -> None:
    facts = facts_of("ICT exports in June were flat. Semiconductor exports edged down 0.5 percent to $8.4 billion.")
    assert numbers(facts[("2024-06", "export", "semiconductors", "world")]) == (A(8.4e9), -0.5, None)


def test_those_to_partner() -> None:
    facts = facts_of(
        "ICT exports to China fell 1.6 percent to $7.3 billion. Those to the U.S. went up 26.0 percent to $1.9 billion."
    )
    assert numbers(facts[("2024-06", "export", "ict", "us")]) == (A(1.9e9), 26.0, None)
    assert numbers(facts[("2024-06", "export", "ict", "china")]) == (A(7.3e9), -1.6, None)


def test_parenthesised_change_and_value() -> None:
    facts = facts_of(
        "ICT exports grew in June as solid-state drives lifted peripheral devices (up 103.2 percent to $1.1 billion)."
    )
    assert numbers(facts[("2024-06", "export", "peripherals", "world")]) == (A(1.1e9), 103.2, None)


def test_usd_prefix() -> None:
    facts = facts_of("The ministry said ICT exports reached USD 15.0 billion in June, up 1.0 percent.")
    assert numbers(facts[("2024-06", "export", "ict", "world")]) == (A(15.0e9), 1.0, None)


def test_spoken_figures() -> None:
    facts = facts_of("ICT exports dropped ten-point-six percent on-year last month to 13-point-93 billion dollars.")
    assert numbers(facts[("2024-06", "export", "ict", "world")]) == (A(13.93e9), -10.6, None)


def test_millions() -> None:
    facts = facts_of("ICT exports rose in June. Mobile phone exports fell 10.6 percent to $885 million.")
    assert numbers(facts[("2024-06", "export", "mobile_phones", "world")]) == (A(885e6), -10.6, None)


def test_surplus_and_deficit() -> None:
    surplus = facts_of(
        "ICT imports grew 4.8 percent to $9.0 billion, and the ICT trade balance stood at a "
        "surplus of $6.0 billion in June."
    )
    assert surplus[("2024-06", "balance", "ict", "world")].value_usd == A(6.0e9)
    deficit = facts_of("Korea's ICT trade posted a deficit of $1.2 billion in June as ICT imports jumped 30 percent.")
    assert deficit[("2024-06", "balance", "ict", "world")].value_usd == A(-1.2e9)


def test_item_to_partner() -> None:
    facts = facts_of("ICT exports slowed in June. Semiconductors to China fell 34.9 percent to $4.9 billion.")
    assert numbers(facts[("2024-06", "export", "semiconductors", "china")]) == (A(4.9e9), -34.9, None)


def test_lists_of_items_with_parenthesised_changes() -> None:
    facts = facts_of(
        "In the first half of this year, ICT exports increased for semiconductors (up 11.4%), mobile "
        "phones (up 9.1%), while exports decreased for displays (down 13.9%)."
    )
    assert facts[("2024-01/2024-06", "export", "semiconductors", "world")].yoy_pct == 11.4
    assert facts[("2024-01/2024-06", "export", "mobile_phones", "world")].yoy_pct == 9.1
    assert facts[("2024-01/2024-06", "export", "displays", "world")].yoy_pct == -13.9


def test_respectively_assigns_in_order_and_keeps_the_sign() -> None:
    facts = facts_of(
        "ICT exports to Vietnam, the United States and Japan fell 1.3 percent, 13.9 percent and "
        "5.3 percent, respectively, in June."
    )
    assert facts[("2024-06", "export", "ict", "vietnam")].yoy_pct == -1.3
    assert facts[("2024-06", "export", "ict", "us")].yoy_pct == -13.9
    assert facts[("2024-06", "export", "ict", "japan")].yoy_pct == -5.3


def test_china_including_hong_kong_is_china() -> None:
    facts = facts_of("ICT exports to China (including Hong Kong) fell 11.5 percent in June.")
    assert ("2024-06", "export", "ict", "china") in facts
    assert not any(key[3] == "hong_kong" for key in facts)


def test_rounded_headline_gives_way_to_precise_body() -> None:
    facts = facts_of(
        "ICT exports hit $22 billion in June.\nICT exports came to $22.03 billion in June, up 4.7 percent."
    )
    assert facts[("2024-06", "export", "ict", "world")].value_usd == A(22.03e9)


def test_evidence_is_the_sentence() -> None:
    facts = facts_of("Intro line about ICT exports.\nICT imports fell 2.1 percent to $9.8 billion in June.")
    sentence = "ICT imports fell 2.1 percent to $9.8 billion in June."
    assert facts[("2024-06", "import", "ict", "world")].evidence == sentence
