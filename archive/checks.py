"""Consistency checks on the figures of one article: they flag, they never drop.

Figures in prose are rounded, so every comparison allows for the rounding of each figure involved,
inferred from its digits (17,600,000,000 was stated to the nearest 100 million).
"""

from __future__ import annotations

from collections import defaultdict

# Flags that mean "do not treat as truth" (the `series` view leaves such figures out).
SEVERE = ("negative_value", "yoy_out_of_range", "implausible_value")
MONTHLY_CEILING_USD = 1e11  # Korea's whole ICT exports are ~2e10 a month; ten times that is a misreading
FLOOR_USD = 1e5  # below $100k a national trade figure is a misreading


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


def check_fact(fact: dict) -> list[str]:
    """Flags one figure earns on its own."""
    flags = []
    value, prior, yoy = fact.get("value_usd"), fact.get("prior_usd"), fact.get("yoy_pct")
    if fact["flow"] in ("export", "import") and any(v is not None and v < 0 for v in (value, prior)):
        flags.append("negative_value")
    if yoy is not None and (yoy <= -100 or yoy > 10000):
        flags.append("yoy_out_of_range")
    ceiling = MONTHLY_CEILING_USD * months_in(fact["period"])
    if any(v is not None and (abs(v) > ceiling or 0 < abs(v) < FLOOR_USD) for v in (value, prior)):
        flags.append("implausible_value")
    if value is not None and prior and yoy is not None and prior > 0 and value >= 0:
        stated = yoy / 100
        computed = value / prior - 1
        tolerance = (0.5 * precision(value) + 0.5 * precision(prior) * value / prior) / prior + 0.0011
        if abs(computed - stated) > tolerance:
            flags.append("yoy_mismatch")
    return flags


def check_article(facts: list[dict]) -> dict[str, list[str]]:
    """fact_id -> flags, adding the cross-figure check: balance = exports - imports, within rounding."""
    flags = {fact["fact_id"]: check_fact(fact) for fact in facts}
    triples: dict[tuple, dict[str, dict]] = defaultdict(dict)
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
