"""The draft book's document-wide rules, on figures recorded as the reader records them."""

from __future__ import annotations

from scraper.parser.drafts import DraftBook, Evidence

TOTAL = ("2030-01/2030-12", "export", "ict", "world")
CHINA = ("2030-01/2030-12", "export", "ict", "china")
CHIPS = ("2030-01/2030-12", "export", "semiconductors", "world")


def test_a_part_restating_the_total_is_dropped_and_counted() -> None:
    book = DraftBook()
    book.record(TOTAL, "value_usd", 1.724e11, "1724억달러", "headline")
    book.record(CHINA, "value_usd", 1.7232e11, "1723억2천만달러", "body", evidence=Evidence.CARRIED)
    book.record(CHINA, "yoy_pct", 7.6, "7.6%", "body", evidence=Evidence.CARRIED)
    book.record(CHIPS, "value_usd", 6.31e10, "631억달러", "body")
    book.drop_parts_restating_their_whole()
    facts = {fact.key: fact for fact in book.facts()}
    assert CHINA not in facts
    assert facts[CHIPS].value_usd == 6.31e10 and facts[TOTAL].value_usd == 1.724e11
    assert book.conflicts == 1


def test_a_year_earlier_value_on_weaker_evidence_than_the_stated_prior_is_dropped() -> None:
    book = DraftBook()
    current, before = ("2031-01", "export", "ict", "world"), ("2030-01", "export", "ict", "world")
    book.record(current, "value_usd", 1.329e10, "132억9000만달러", "a")
    book.record(current, "prior_usd", 1.582e10, "158억2000만달러", "a")
    book.record(before, "value_usd", 9.63e9, "96억3000만달러", "b", evidence=Evidence.CARRIED)
    book.drop_values_a_prior_disputes()
    book.fill_priors()
    facts = {fact.key: fact for fact in book.facts()}
    assert facts[before].value_usd == 1.582e10  # the stated prior's, as a value of its own period
    assert book.conflicts == 1
