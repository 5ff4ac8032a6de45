"""Does the parser read the language or the wording it was tuned on? Texts against their paraphrased twins.

A twin tells the same facts as its original in other words: a writer who never saw the parser rewrote every
sentence (verbs, clause order, how periods, changes and amounts are written, lists split or merged), kept every
fact, figure and piece of boilerplate, and copied the original's gold. The facts are the same, so every number the
twin loses is one the parser found only because of the original's wording. A structure twin keeps the words and
changes the layout (facts moved between sentences and paragraphs, a subject named once, back-references); an
other-outlet twin tells the same facts in another newsroom's order and style. On the eval's development texts this
gap predicted the held-out score where helper-written corpora did not (see RESULTS.md).

The twins of the eval texts are derived from texts that belong to their publishers, so they live outside the
project like the eval itself; this script only scores them.

    .venv/bin/python benchmarks/paraphrase_gap.py --original ../shared/eval --twins /path/to/twins [--new]

`--original` is an eval folder (docs/ + gold/) or a corpus folder (<id>.txt + <id>.json); twins are
`<id>-<letter>.txt` + `.json` with the original's gold. `--new` lists, per text, the MISS / WRONG / EXTRA lines the
twin has and its original has not: what the wording cost.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # runnable as a plain script from any directory
sys.path.insert(0, str(ROOT / "benchmarks"))

from invented_score import DocScore, run_parser, score_doc, summary  # noqa: E402

_TWIN_SUFFIX = re.compile(r"-[a-z]$")


def texts_and_gold(folder: Path) -> Iterator[tuple[Path, Path]]:
    """(text, gold) pairs of an eval folder (docs/ + gold/) or a corpus folder (<id>.txt + <id>.json)."""
    if (folder / "gold").is_dir():
        for gold in sorted((folder / "gold").glob("*.json")):
            yield folder / "docs" / f"{gold.stem}.txt", gold
    else:
        for gold in sorted(folder.glob("*.json")):
            yield gold.with_suffix(".txt"), gold


def scores(folder: Path, twins: bool) -> dict[str, DocScore]:
    """Each text's score, keyed by its original's id (a twin's "-p" suffix dropped)."""
    out: dict[str, DocScore] = {}
    for text, gold_path in texts_and_gold(folder):
        if not text.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        out[_TWIN_SUFFIX.sub("", gold_path.stem) if twins else gold_path.stem] = score_doc(
            gold_path.stem, gold, run_parser(text, gold)
        )
    return out


def line(name: str, docs: dict[str, DocScore]) -> str:
    total: Counter[str] = sum((d.counts for d in docs.values()), Counter())
    s = summary(total, len(docs))
    return (
        f"{name:9} recall {s['recall']:.4f} ({s['correct']}/{s['gold_numbers']}) wrong {s['wrong']} "
        f"({s['wrong_rate']:.2%}) unverified {s['unverified']} headline {s['headline_recall']:.4f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--original", type=Path, required=True, help="eval folder (docs/ + gold/) or corpus folder")
    ap.add_argument("--twins", type=Path, required=True, help="folder of <id>-<letter>.txt + .json")
    ap.add_argument("--new", action="store_true", help="per text, the failures the twin has and the original not")
    args = ap.parse_args(argv)

    twins = scores(args.twins, twins=True)
    originals = {doc_id: s for doc_id, s in scores(args.original, twins=False).items() if doc_id in twins}
    if not twins or len(originals) != len(twins):
        print(f"every twin in {args.twins} needs its original in {args.original}", file=sys.stderr)
        return 2
    print(line("originals", originals))
    print(line("twins", twins))
    if args.new:
        for doc_id, twin in sorted(twins.items()):
            lost = [x for x in twin.lines if x not in set(originals[doc_id].lines)]
            if lost:
                print(doc_id, *(f"  {x}" for x in lost), sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
