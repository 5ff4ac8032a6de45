"""The parser against invented articles nobody tuned it on: recall, wrong rate, precision, classification.

`benchmarks/invented/` holds 40 articles written for this yardstick (20 English, 20 Korean; wire copy, ministry
releases, features, newspaper articles, 2008-2026; monthly, quarterly, half-year and annual reports; a few that are
not ICT trade reports at all) as `<id>.txt`, each with its hand-made gold `<id>.json` (the eval schema: one fact
per (period, flow, item, region) with value_usd, yoy_pct, prior_usd). Wording and figures are made up.

It is a measurement of whether the parser knows the language, not a target: never add or change a rule to make one
of these texts pass. Study a miss, name its general cause, write a new invented sentence for the tests.

Scoring (the eval scorer's definitions): each number of a fact is compared under its key;
- correct: equal to gold (a value within 0.25% or one dollar, a change within 0.051 points);
- wrong: gold has the key and field, the parser gives a different number;
- unverified: the parser gives a number gold does not have (every number on a distractor);
- missed: a gold number the parser does not give.
A prior-year value counts the same as `prior_usd` on the current fact or as a value for the period a year
earlier. recall = correct / gold, precision = correct / predicted, wrong rate = wrong / (correct + wrong);
headline = the ICT total (item ict, region world).

    .venv/bin/python benchmarks/invented_score.py [--dir benchmarks/invented2] [--diff] [--only en-,ko-] [--json]

`--dir` (alias `--corpus`) scores another corpus of the same format, e.g. `benchmarks/invented2/`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # runnable as a plain script from any directory

from scraper.extract import extract_record  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "invented"
FIELDS = ("value_usd", "yoy_pct", "prior_usd")
Key = tuple[str, str, str, str]
Slots = dict[Key, dict[str, float]]


def fact_key(fact: dict[str, Any]) -> Key:
    """(period, flow, item, region); a span whose two ends are the same month is that month."""
    period = str(fact.get("period") or "").strip()
    start, _, end = period.partition("/")
    if end and start == end:
        period = start
    return (
        period,
        str(fact.get("flow") or "").lower(),
        str(fact.get("item") or "ict").lower(),
        str(fact.get("region") or "world").lower(),
    )


def slots_of(facts: list[dict[str, Any]]) -> Slots:
    """Numbers by key and field; the first statement of a field is the one scored."""
    slots: Slots = {}
    for fact in facts:
        slot = slots.setdefault(fact_key(fact), {})
        for name in FIELDS:
            if fact.get(name) is not None and name not in slot:
                slot[name] = float(fact[name])
    return slots


def a_year_earlier(period: str) -> str | None:
    try:
        return "/".join(f"{int(end[:4]) - 1:04d}{end[4:]}" for end in period.split("/"))
    except ValueError:
        return None


def with_priors_both_ways(slots: Slots) -> Slots:
    """A prior on a figure and a value for the period a year earlier are one number: fill each from the other."""
    for (period, flow, item, region), slot in list(slots.items()):
        earlier = a_year_earlier(period)
        if earlier is None:
            continue
        earlier_key = (earlier, flow, item, region)
        if "prior_usd" in slot:
            slots.setdefault(earlier_key, {}).setdefault("value_usd", slot["prior_usd"])
        elif "value_usd" in slots.get(earlier_key, {}):
            slot["prior_usd"] = slots[earlier_key]["value_usd"]
    return slots


def agrees(name: str, got: float, want: float) -> bool:
    if name == "yoy_pct":
        return abs(got - want) <= 0.051
    return abs(got - want) <= max(abs(want) * 0.0025, 1.0)


@dataclass
class DocScore:
    doc_id: str
    counts: Counter[str] = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)


def score_doc(doc_id: str, gold: dict[str, Any], record: dict[str, Any]) -> DocScore:
    is_report = bool(gold.get("is_ict_trade_report", True))
    want = with_priors_both_ways(slots_of(gold["facts"])) if is_report else {}
    got = with_priors_both_ways(slots_of(record.get("facts") or []))
    score = DocScore(doc_id)
    c = score.counts
    for key, slot in sorted(want.items()):
        headline = key[2] == "ict" and key[3] == "world"
        for name, value in slot.items():
            c["gold"] += 1
            c["gold_head"] += headline
            mine = got.get(key, {}).get(name)
            if mine is None:
                c["missed"] += 1
                score.lines.append(f"MISS  {'|'.join(key)} {name}={value:g}")
            elif agrees(name, mine, value):
                c["correct"] += 1
                c["correct_head"] += headline
            else:
                c["wrong"] += 1
                c["wrong_head"] += headline
                score.lines.append(f"WRONG {'|'.join(key)} {name}={mine:g} (gold {value:g})")
    for key, slot in sorted(got.items()):
        for name, mine in slot.items():
            c["pred"] += 1
            if want.get(key, {}).get(name) is None:
                c["unverified"] += 1
                score.lines.append(f"EXTRA {'|'.join(key)} {name}={mine:g}")
    c["classified_right"] += bool(record.get("is_ict_trade_report")) == is_report
    return score


def run_parser(text_path: Path, gold: dict[str, Any]) -> dict[str, Any]:
    published = date.fromisoformat(gold["published"]) if gold.get("published") else None
    return extract_record(text_path.read_bytes(), url=gold.get("url"), published=published, path=str(text_path))


def ratio(a: float, b: float) -> float:
    return round(a / b, 4) if b else 0.0


def summary(total: Counter[str], docs: int) -> dict[str, Any]:
    return {
        "docs": docs,
        "recall": ratio(total["correct"], total["gold"]),
        "wrong_rate": ratio(total["wrong"], total["correct"] + total["wrong"]),
        "precision": ratio(total["correct"], total["pred"]),
        "classification_acc": ratio(total["classified_right"], docs),
        "headline_recall": ratio(total["correct_head"], total["gold_head"]),
        "headline_wrong": total["wrong_head"],
        "gold_numbers": total["gold"],
        "correct": total["correct"],
        "wrong": total["wrong"],
        "missed": total["missed"],
        "unverified": total["unverified"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", "--dir", type=Path, default=CORPUS, help="folder of <id>.txt + <id>.json")
    ap.add_argument("--only", default="", help="comma-separated id prefixes to keep (en-,ko-)")
    ap.add_argument("--diff", action="store_true", help="per document MISS / WRONG / EXTRA lines")
    ap.add_argument("--json", action="store_true", help="the summary as JSON")
    args = ap.parse_args(argv)

    prefixes = tuple(p for p in args.only.split(",") if p)
    gold_paths = sorted(p for p in args.corpus.glob("*.json") if not prefixes or p.stem.startswith(prefixes))
    if not gold_paths:
        print(f"no gold files in {args.corpus}", file=sys.stderr)
        return 2
    total: Counter[str] = Counter()
    by_lang: dict[str, Counter[str]] = {}
    for gold_path in gold_paths:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_id = gold.get("doc_id") or gold_path.stem
        score = score_doc(doc_id, gold, run_parser(gold_path.with_suffix(".txt"), gold))
        total += score.counts
        by_lang.setdefault(doc_id.split("-")[0], Counter()).update(score.counts + Counter(docs=1))
        if args.diff and score.lines:
            c = score.counts
            print(f"{doc_id}: gold {c['gold']} correct {c['correct']} wrong {c['wrong']} extra {c['unverified']}")
            for line in score.lines:
                print(f"  {line}")
    result = summary(total, len(gold_paths))
    result["by_lang"] = {lang: summary(c, c["docs"]) for lang, c in sorted(by_lang.items())}
    if args.json:
        print(json.dumps(result))
    else:
        print(" ".join(f"{k}={v}" for k, v in result.items() if k != "by_lang"))
        for lang, part in result["by_lang"].items():
            print(f"  {lang}: " + " ".join(f"{k}={part[k]}" for k in ("docs", "recall", "wrong_rate", "precision")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
