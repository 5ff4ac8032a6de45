"""The one item hierarchy: which ICT item is a part of which. The consistency checks (a part cannot exceed
its whole) and the parser (a context word such as "parts" belongs to the whole named before it) both read it.

Memory chips (DRAM, NAND, HBM) are memory; memory and system semiconductors are semiconductors. Every item is
a part of the ICT total ("ict"), which is not listed."""

from __future__ import annotations

PART_OF: dict[str, str] = {
    "memory": "semiconductors",
    "system_semiconductors": "semiconductors",
    "dram": "memory",
    "nand": "memory",
    "hbm": "memory",
    "oled": "displays",
    "lcd": "displays",
    "mobile_phone_parts": "mobile_phones",
    "finished_phones": "mobile_phones",
    "computers": "computers_peripherals",
    "peripherals": "computers_peripherals",
    "ssd": "computers_peripherals",
}


def wholes_of(item: str) -> list[str]:
    """Every item `item` is a part of, nearest first: dram -> [memory, semiconductors]."""
    wholes = []
    while item in PART_OF:
        item = PART_OF[item]
        wholes.append(item)
    return wholes


def top_whole(item: str) -> str | None:
    """The largest item `item` is a part of (dram -> semiconductors), None for an item that is no part."""
    wholes = wholes_of(item)
    return wholes[-1] if wholes else None
