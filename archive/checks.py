"""Consistency checks on the figures of one article: they flag, they never drop.

Severe flags (SEVERE) mark a figure that cannot be true as read: negative trade, a fall of 100% or more, a
value outside the plausible range for its item, a part larger than its whole in the same article, and a
figure of an article with no trustworthy date whose sentence does not name its year (`undated_period`: "in
May" placed against a fetch date is a guess, and it invents months).

Figures in prose are rounded, so every comparison allows for the rounding of each figure involved,
inferred from its digits (17,600,000,000 was stated to the nearest 100 million).
"""

from __future__ import annotations

import re
from collections import defaultdict

from archive.schema import Row
from scraper import items

# Flags that mean "do not treat as truth" (the `series` view leaves such figures out).
SEVERE = ("negative_value", "yoy_out_of_range", "implausible_value", "exceeds_total", UNDATED := "undated_period")


def names_its_year(evidence: str | None, period: str) -> bool:
    """Whether the sentence states the year of the figure's period itself ("May 2025", "'25.5월", "25년"),
    rather than leaving it to the publication date ("in May", "last month", "지난해")."""
    text = evidence or ""
    for year in {int(part[:4]) for part in period.split("/")}:
        short = f"{year % 100:02d}"
        if re.search(rf"(?<!\d){year}(?!\d)|[’'‘`]{short}(?!\d)|(?<!\d){short}\s*년", text):
            return True
    return False


MONTHLY_CEILING_USD = 1e11  # Korea's whole ICT exports are ~2e10 a month; ten times that is a misreading
FLOOR_USD = 1e5  # below $100k a national trade figure is a misreading

# The most one month of an item's exports or imports can plausibly be, in US dollars: a few times the largest
# month Korea has published (2010-2025; in brackets), so that growth is room, not a flag, while a figure read
# with the wrong unit or from the wrong sentence (a $15.1 billion display month) is caught. A period of N
# months may be N times as much. Items not listed (the ICT total, `other:` items) have MONTHLY_CEILING_USD.
ITEM_MONTHLY_CEILING_USD: dict[str, float] = {
    "semiconductors": 6e10,  # (~1.7e10)
    "memory": 4e10,  # (~1.2e10)
    "system_semiconductors": 2e10,  # (~5e9)
    "dram": 3e10,  # (~8e9)
    "nand": 1.5e10,  # (~3e9)
    "hbm": 2e10,  # (newly reported; a part of DRAM)
    "ssd": 1e10,  # (~1.5e9)
    "displays": 1.5e10,  # (~3.6e9)
    "oled": 1e10,  # (~2.5e9)
    "lcd": 1e10,  # (~2.8e9)
    "mobile_phones": 1.5e10,  # (~3.5e9 in the 2000s-2010s)
    "mobile_phone_parts": 1e10,  # (~2e9)
    "finished_phones": 1e10,  # (~2.5e9)
    "computers_peripherals": 1e10,  # (~2e9)
    "computers": 6e9,  # (~1e9)
    "peripherals": 6e9,  # (~1.5e9)
    "communication_equipment": 5e9,  # (~6e8)
    "digital_tv": 4e9,  # (~6e8)
    "graphics_cards": 3e9,  # (~2e8)
    "medium_large_computers": 3e9,  # (~3e8)
    "secondary_batteries": 1e10,  # (~1e9)
}

# What each item is a part of (a figure for the part cannot exceed the whole, same article, period, flow and
# partner): the one hierarchy the parser reads too. Every item is a part of the ICT total, every partner of the world.
PART_OF = items.PART_OF


def precision(value: float) -> float:
    """The unit of the last stated digit: 17.6 billion -> 1e8, 15 billion -> 1e9. A figure is taken to
    have at least two significant digits ("$10 billion" -> 1e9, not 1e10)."""
    whole = abs(round(value))
    if whole == 0:
        return 1.0
    ceiling = 10.0 ** max(0, len(str(whole)) - 2)
    unit = 1.0
    while unit < ceiling and whole % (unit * 10) == 0:
        unit *= 10
    return unit


def months_in(period: str) -> int:
    first, _, last = period.partition("/")
    last = last or first
    (y1, m1), (y2, m2) = (tuple(int(x) for x in part.split("-")) for part in (first, last))
    return (y2 - y1) * 12 + (m2 - m1) + 1


def check_fact(fact: Row) -> list[str]:
    """Flags one figure earns on its own."""
    flags = []
    value, prior, yoy = fact.get("value_usd"), fact.get("prior_usd"), fact.get("yoy_pct")
    if fact["flow"] in ("export", "import") and any(v is not None and v < 0 for v in (value, prior)):
        flags.append("negative_value")
    if yoy is not None and (yoy <= -100 or yoy > 10000):
        flags.append("yoy_out_of_range")
    ceiling = ITEM_MONTHLY_CEILING_USD.get(fact["item"], MONTHLY_CEILING_USD) * months_in(fact["period"])
    if any(v is not None and (abs(v) > ceiling or 0 < abs(v) < FLOOR_USD) for v in (value, prior)):
        flags.append("implausible_value")
    if value is not None and prior and yoy is not None and prior > 0 and value >= 0:
        stated = yoy / 100
        computed = value / prior - 1
        tolerance = (0.5 * precision(value) + 0.5 * precision(prior) * value / prior) / prior + 0.0011
        if abs(computed - stated) > tolerance:
            flags.append("yoy_mismatch")
    return flags


def containers(item: str, region: str) -> list[tuple[str, str]]:
    """The (item, region) figures that include (item, region): its item group, the ICT total, the world."""
    found = [(whole, region) for whole in items.wholes_of(item)]
    if item != "ict":
        found.append(("ict", region))
    if region != "world":
        found += [(whole, "world") for whole, _ in [(item, region), *found]]
    return found


def _exceeds_total(facts: list[Row]) -> set[str]:
    """Export or import figures larger than a figure of the same article that includes them (the ICT total,
    the item's group, the world), beyond the rounding of both. Balances are left alone: a partner's surplus
    may well exceed the whole surplus."""
    values = {
        (f["period"], f["flow"], f["item"], f["region"]): f["value_usd"]
        for f in facts
        if f["flow"] in ("export", "import") and f.get("value_usd") is not None
    }
    flagged = set()
    for fact in facts:
        key = (fact["period"], fact["flow"], fact["item"], fact["region"])
        value = values.get(key)
        if value is None:
            continue
        for item, region in containers(fact["item"], fact["region"]):
            whole = values.get((fact["period"], fact["flow"], item, region))
            if whole is not None and value > whole + 0.5 * (precision(value) + precision(whole)):
                flagged.add(fact["fact_id"])
                break
    return flagged


def check_article(facts: list[Row]) -> dict[str, list[str]]:
    """fact_id -> flags, adding the cross-figure checks: balance = exports - imports, within rounding; no part
    larger than its whole."""
    flags = {fact["fact_id"]: check_fact(fact) for fact in facts}
    for fact_id in _exceeds_total(facts):
        flags[fact_id].append("exceeds_total")
    triples: dict[tuple[str, str, str], dict[str, Row]] = defaultdict(dict)
    for fact in facts:
        if fact.get("value_usd") is not None:
            triples[(fact["period"], fact["item"], fact["region"])][fact["flow"]] = fact
    for flows in triples.values():
        if {"export", "import", "balance"} <= flows.keys():
            exp, imp, bal = (flows[f]["value_usd"] for f in ("export", "import", "balance"))
            tolerance = 0.5 * (precision(exp) + precision(imp) + precision(bal)) + 1
            if abs(exp - imp - bal) > tolerance:
                for flow in ("export", "import", "balance"):
                    flags[flows[flow]["fact_id"]].append("balance_mismatch")
    return flags
