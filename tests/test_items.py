"""One item hierarchy (scraper/items.py): the checks use it, and the parser's notion of which whole a part
belongs to agrees with it."""

from __future__ import annotations

from archive import checks
from scraper import items
from scraper.parser import subjects
from scraper.parser.lexicon import CONTEXT_ITEMS, ITEMS


def test_memory_chips_are_memory_and_memory_is_semiconductors() -> None:
    assert items.wholes_of("dram") == ["memory", "semiconductors"]
    assert items.wholes_of("hbm") == ["memory", "semiconductors"]
    assert items.wholes_of("system_semiconductors") == ["semiconductors"]
    assert items.top_whole("nand") == "semiconductors" and items.top_whole("semiconductors") is None


def test_the_checks_use_the_one_hierarchy() -> None:
    assert checks.PART_OF is items.PART_OF
    assert checks.containers("dram", "world") == [("memory", "world"), ("semiconductors", "world"), ("ict", "world")]


def test_the_parser_reads_the_one_hierarchy() -> None:
    """The parser has no item tree of its own: a context word ('parts' after 'mobile phones') belongs to a
    whole of the hierarchy, and naming a part keeps its whole in context (dram under semiconductors)."""
    assert set(items.PART_OF) | set(items.PART_OF.values()) <= set(ITEMS)
    assert not hasattr(subjects, "CHILDREN")
    for whole, parts in CONTEXT_ITEMS.items():
        assert all(items.PART_OF[part] == whole for part in parts), whole
    assert {items.top_whole(part) for part in items.PART_OF} >= subjects.PARENTS
