"""Does the parser read the facts or the page's accidents? Real texts scored as written and under perturbations
that change no fact.

A page reaches the parser with accidents its writer never chose: the date its metadata gives may be a repost's or
a crawl's, weeks after the story (a text that names its months must not depend on it); an extractor may run its
paragraphs together or put every sentence on a line of its own; a site may glue its sentences without a space,
write "$14.8bn" for "$14.8 billion", "Sep." for "September", "12.3 per cent" for "12.3%", "163억 4000만 달러" for
"163억4000만달러", or set a photo caption and a related story's link between two paragraphs. Each perturbation
below keeps every fact of every text, so every number the parser loses under one is a number it found only by the
accident of the original page. Run on the eval's development texts (which the parser was tuned on) it finds what the
held-out texts may trip on, without reading them; it found the dated labels read as readers' comments, the date
"12th March, 2026" read as a period and "지역 별로는" not opening a breakdown (RESULTS.md). Run on the invented
corpora too (`--original benchmarks/inventedN`): two thousand texts, and the same question.

    .venv/bin/python benchmarks/perturbation_gap.py --original ../shared/eval [--only date+25,run] [--new]

`--original` is an eval folder (docs/ + gold/) or a corpus folder (<id>.txt + <id>.json). `date+25` moves only the
texts that name no relative period ("last month", "지난달", "last year's", "지난해 N월": their dates are facts) 25
days on. `--new` lists, per text, the MISS / WRONG / EXTRA lines a perturbation adds: what the accident cost.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # runnable as a plain script from any directory
sys.path.insert(0, str(ROOT / "benchmarks"))

from invented_score import DocScore, score_doc, summary  # noqa: E402
from layout_robustness import one_sentence_per_line, prose_run_together  # noqa: E402
from paraphrase_gap import texts_and_gold  # noqa: E402

from scraper.extract import extract_record  # noqa: E402

# a text that dates its figures by the page's date: moving the date moves its facts, so it is not moved
_RELATIVE_PERIOD = re.compile(
    r"(?i)last\smonth|previous\smonth|past\smonth|지난\s?달|지난\s한\s달|지난해\s\d|이번\s달|last\syear's"
)
_GLUE = re.compile(r"(?<=[.다])[ \t]+(?=[A-Z가-힣])")  # a sentence's space after its full stop, not a line break
_BILLION = re.compile(r"(\$\s?[\d.,]+) billion")
_MONTH = re.compile(r"\b(January|February|March|April|August|September|October|November|December)\b")

_HANGUL = re.compile(r"[가-힣]")
_KO_UNIT_SPACE = re.compile(r"(\d[억만])(?=\d|달러|불)")  # a space after 억 and 만 in an amount
_KO_UNIT_GAP = re.compile(r"(\d[억만])\s(?=\d|달러|불)")  # ... and none
_PERCENT = re.compile(r"(?<=\d)%|(?<=\d)\spercent\b")  # "12.3%" and "12.3 percent" swapped
# a photo caption and a link to a related story, as sites set them between an article's paragraphs
# (one of three, by the text's length: the forms vary as the sites do)
_ASIDE = {
    "en": (
        "Workers check wafers at a chip plant south of Seoul. (Yonhap)\nRelated: Chip exports hit a record last year",
        "A container ship leaves Busan port in March. / Yonhap\nSee also: Display makers bet on OLED for 2027",
        "Visitors try new phones at a Seoul store. (Newswire)\nRead more: Semiconductor shipments to China slow",
    ),
    "ko": (
        "경기 평택의 반도체 공장에서 직원들이 웨이퍼를 살펴보고 있다. [사진=연합뉴스]\n"
        "▶ 관련기사: 반도체 수출, 지난해 역대 최대",
        "부산항 신선대부두에 수출 컨테이너가 쌓여 있다. /뉴스1\n[관련기사] 휴대폰 수출 3월 반등",
        "서울 한 매장에서 시민들이 새 스마트폰을 살펴보고 있다. (사진=과학기술정보통신부 제공)\n"
        "관련기사 디스플레이 수출 상반기 감소",
    ),
}


def with_an_aside(text: str) -> str:
    """The caption and the link after the second paragraph of prose (80 characters or more)."""
    lines = text.split("\n")
    prose = [at for at, line in enumerate(lines) if len(line) >= 80]
    if len(prose) < 3:
        return text
    forms = _ASIDE["ko" if _HANGUL.search(text) else "en"]
    aside = forms[len(text) % len(forms)]
    return "\n".join([*lines[: prose[1] + 1], aside, *lines[prose[1] + 1 :]])


Perturbation = Callable[[str, date | None], tuple[str, date | None] | None]  # None: the text is left out


def date_later(days: int) -> Perturbation:
    def moved(text: str, published: date | None) -> tuple[str, date | None] | None:
        if published is None or _RELATIVE_PERIOD.search(text):
            return None
        return text, published + timedelta(days=days)

    return moved


def text_only(change: Callable[[str], str]) -> Perturbation:
    return lambda text, published: (change(text), published)


PERTURBATIONS: dict[str, Perturbation] = {
    "date+25": date_later(25),
    "run": text_only(prose_run_together),  # consecutive prose paragraphs on one line
    "sentence": text_only(one_sentence_per_line),  # every sentence a line of its own, no blank lines
    "aside": text_only(with_an_aside),  # a photo caption and a related story's link between paragraphs
    "glue": text_only(lambda text: _GLUE.sub("", text)),
    "kospace": text_only(lambda text: _KO_UNIT_SPACE.sub(r"\1 ", text)),  # "163억 4000만 달러"
    "kotight": text_only(lambda text: _KO_UNIT_GAP.sub(r"\1", text)),  # "163억4000만달러"
    "percent": lambda text, published: (  # "12.3%" as "12.3 per cent" and "12.3 percent" as "12.3%" (English)
        None
        if _HANGUL.search(text)
        else (_PERCENT.sub(lambda m: " per cent" if m.group(0) == "%" else "%", text), published)
    ),  # "늘었다.반도체는 …", "rose.Imports …"
    "bn": text_only(lambda text: _BILLION.sub(r"\1bn", text)),  # "$14.8bn"
    "month.": text_only(lambda text: _MONTH.sub(lambda m: m.group(1)[:3] + ".", text)),  # "Sep. 2024"
}


def score(text_path: Path, gold: dict[str, Any], text: str, published: date | None) -> DocScore:
    record = extract_record(text.encode("utf-8"), url=gold.get("url"), published=published, path=str(text_path))
    return score_doc(text_path.stem, gold, record)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--original", type=Path, required=True, help="eval folder (docs/ + gold/) or corpus folder")
    parser.add_argument("--only", default="", help="comma-separated perturbations (default: all)")
    parser.add_argument("--new", action="store_true", help="per text, the lines a perturbation adds")
    args = parser.parse_args(argv)
    names = [name for name in args.only.split(",") if name] or list(PERTURBATIONS)
    pairs = [(text, json.loads(gold.read_text(encoding="utf-8"))) for text, gold in texts_and_gold(args.original)]
    print(f"{'perturbation':<14}{'docs':>6}{'recall as written':>20}{'perturbed':>11}{'wrong':>8}{'unverified':>12}")
    for name in names:
        as_written: Counter[str] = Counter()
        perturbed: Counter[str] = Counter()
        docs = 0
        for text_path, gold in pairs:
            text = text_path.read_text(encoding="utf-8")
            published = date.fromisoformat(gold["published"]) if gold.get("published") else None
            changed = PERTURBATIONS[name](text, published)
            if changed is None:
                continue
            docs += 1
            before, after = score(text_path, gold, text, published), score(text_path, gold, *changed)
            as_written += before.counts
            perturbed += after.counts
            added = [line for line in after.lines if line not in before.lines]
            if args.new and added:
                print(f"  {name} {text_path.stem}: " + "; ".join(added))
        first, second = summary(as_written, docs), summary(perturbed, docs)
        print(
            f"{name:<14}{docs:>6}{first['recall']:>20.4f}{second['recall']:>11.4f}"
            f"{second['wrong']:>8}{second['unverified']:>12}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
