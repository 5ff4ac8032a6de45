"""Does the parser read the language or the layout? Every invented corpus scored as written and in two relayouts.

Pages reach the parser in layouts their writers never chose: some extractors lose the breaks between paragraphs (a
story in one <div> with <br>s, <p>s joined), some sites put every sentence on a line of its own. The facts do not
change with the layout, so neither should the parser's reading of them. Two relayouts of each text, made here:

- `A` one sentence per line, no blank lines: the paragraph breaks are lost and every sentence break is a line break;
- `B` consecutive prose paragraphs merged into one line: the paragraph breaks are lost; the title line, bullets,
  tables and short lines stay as they were.

A paragraph is prose when each of its lines is long (40 characters or more) and none starts with a bullet or holds a
table's tab, bar or column gap. Sentences are split after a full stop that follows a lower-case letter, a digit, "%",
a bracket or Korean "다"/"요", before a capital, a quote, a bracket or Hangul: "U.S." and "$1.5 billion" stay whole.

    .venv/bin/python benchmarks/layout_robustness.py [--corpus benchmarks/invented21 ...] [--per-corpus]

Prints, per layout, the scorer's totals over all corpora (correct/gold, wrong, unverified) in the definitions of
`invented_score.py`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # runnable as a plain script from any directory
sys.path.insert(0, str(ROOT / "benchmarks"))

from invented_score import score_doc, summary  # noqa: E402

from scraper.extract import extract_record  # noqa: E402

_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9%)\]다요][.!?])\s+(?=[A-Z\"“‘'가-힣(\[])|(?<=다\.)\s+")
_BULLET = re.compile(r"^\s*(?:[-•*·▲▶□■○●◇◆ㅇ▢△①-⑳]|\d+\.|\(\d+\)|[IVX]+\.)")


def _is_prose(block: list[str]) -> bool:
    def table_like(line: str) -> bool:
        return "\t" in line or "|" in line or "  " in line.strip()

    return all(len(line) >= 40 and not _BULLET.match(line) and not table_like(line) for line in block)


def _blocks(body: str) -> Iterator[list[str]]:
    """The body's paragraphs: runs of non-blank lines."""
    block: list[str] = []
    for line in body.split("\n"):
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def one_sentence_per_line(text: str) -> str:
    """Layout A."""
    title, _, body = text.partition("\n")
    lines = [title]
    for block in _blocks(body):
        if not _is_prose(block):
            lines.extend(block)
            continue
        for line in block:
            lines.extend(part.strip() for part in _SENTENCE_BREAK.split(line) if part.strip())
    return "\n".join(lines) + "\n"


def prose_run_together(text: str) -> str:
    """Layout B."""
    title, _, body = text.partition("\n")
    out, run = [title, ""], []
    for block in _blocks(body):
        if _is_prose(block):
            run.append(" ".join(line.strip() for line in block))
            continue
        if run:
            out += [" ".join(run), ""]
            run = []
        out += ["\n".join(block), ""]
    if run:
        out += [" ".join(run), ""]
    return "\n".join(out)


LAYOUTS: dict[str, Callable[[str], str]] = {
    "as written": lambda text: text,
    "A one sentence per line": one_sentence_per_line,
    "B paragraphs run together": prose_run_together,
}


def score_corpus(corpus: Path, relayout: Callable[[str], str]) -> Counter[str]:
    total: Counter[str] = Counter()
    for gold_path in sorted(corpus.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_suffix(".txt")
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        text = relayout(text_path.read_text(encoding="utf-8"))
        record = extract_record(text.encode("utf-8"), url=gold.get("url"), published=published, path=str(text_path))
        total += score_doc(gold.get("doc_id") or gold_path.stem, gold, record).counts + Counter(docs=1)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, nargs="*", help="corpus folders (default: every benchmarks/invented*)")
    ap.add_argument("--per-corpus", action="store_true", help="a line per corpus and layout too")
    args = ap.parse_args(argv)
    corpora = args.corpus or sorted(p for p in (ROOT / "benchmarks").glob("invented*") if p.is_dir())
    for name, relayout in LAYOUTS.items():
        total: Counter[str] = Counter()
        for corpus in corpora:
            counts = score_corpus(corpus, relayout)
            total += counts
            if args.per_corpus:
                print(f"  {name:<26} {corpus.name:<12} {counts['correct']}/{counts['gold']} wrong {counts['wrong']}")
        result = summary(total, total["docs"])
        print(
            f"{name:<26} recall {result['recall']:.4f} ({result['correct']}/{result['gold_numbers']}) "
            f"wrong {result['wrong']} unverified {result['unverified']} headline {result['headline_recall']:.4f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
