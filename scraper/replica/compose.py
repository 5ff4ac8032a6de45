"""Write replica content: one JSON file per page, `<source>/<slug>.json` = {title, published, body}.

The monthly figures come from `figures.csv` (published ICT trade figures, compiled by hand); every sentence
around them is ours, picked from a few phrasings per language so the parser meets more than one form.
`compose(dest)` writes the bundled set; `compose(dest, per_source=N)` writes N ICT pages per source,
cycling through the months with figures scaled a little (for benchmarks that need thousands of pages).
Run `python -m scraper.replica.compose DEST [--per-source N]`.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections import defaultdict
from datetime import date
from pathlib import Path

from scraper.profiles import all_specs
from scraper.replica.sites import all_sites
from scraper.replica.sites.base import ContentStyle

FIGURES = Path(__file__).with_name("figures.csv")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
EN_ITEMS = {
    "semiconductors": "semiconductors",
    "displays": "displays",
    "mobile_phones": "mobile phones",
    "computers_peripherals": "computers and peripherals",
    "communication_equipment": "communication equipment",
}
KO_ITEMS = {
    "semiconductors": "반도체",
    "displays": "디스플레이",
    "mobile_phones": "휴대폰",
    "computers_peripherals": "컴퓨터·주변기기",
    "communication_equipment": "통신장비",
}
FIRST_YEAR = 1990  # the archive's first possible year: a big replica dates nothing earlier


def load_figures(path: Path = FIGURES) -> dict[str, dict[tuple[str, str], tuple[float, float | None]]]:
    """period -> {(flow, item): (value, yoy)}: exports of the total and of items, total imports and balance
    (the figures the pages state)."""
    table: dict[str, dict] = defaultdict(dict)
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            if row["flow"] != "export" and row["item"] != "ict":
                continue
            yoy = float(row["yoy_pct"]) if row["yoy_pct"] else None
            table[row["period"]][(row["flow"], row["item"])] = (float(row["value_usd"]), yoy)
    return dict(table)


def release_day(period: str, day: int = 14) -> date:
    year, month = (int(x) for x in period.split("-"))
    return date(year + (month == 12), month % 12 + 1, day)


def billions(value: float) -> str:
    return f"{value / 1e9:.2f}".rstrip("0").rstrip(".") if value % 1e8 else f"{value / 1e9:.1f}"


def eok(value: float) -> str:
    return f"{value / 1e8:.1f}"


def en_change(yoy: float | None, rng: random.Random) -> str:
    if yoy is None:
        return ""
    word = ("up", "down") if rng.random() < 0.5 else ("an increase of", "a decrease of")
    return f", {word[0] if yoy >= 0 else word[1]} {abs(yoy)}% from a year earlier"


def english_body(period: str, figures: dict, rng: random.Random, speaker: str) -> list[str]:
    year, month = (int(x) for x in period.split("-"))
    name = MONTHS[month - 1]
    value, yoy = figures[("export", "ict")]
    paragraphs = []
    if yoy is not None and rng.random() < 0.5:
        verb = "rose" if yoy >= 0 else "fell"
        paragraphs.append(
            f"Korea's ICT exports {verb} {abs(yoy)} percent on-year to ${billions(value)} billion "
            f"in {name} {year}, {speaker} said."
        )
    else:
        paragraphs.append(
            f"ICT exports came to ${billions(value)} billion in {name} {year}"
            f"{en_change(yoy, rng)}, according to {speaker}."
        )
    if ("import", "ict") in figures:
        imports, imports_yoy = figures[("import", "ict")]
        sentence = f"ICT imports amounted to ${billions(imports)} billion in {name}{en_change(imports_yoy, rng)}"
        if ("balance", "ict") in figures:
            sentence += f", leaving a trade surplus of ${billions(figures[('balance', 'ict')][0])} billion"
        paragraphs.append(sentence + ".")
    for item, label in EN_ITEMS.items():
        if ("export", item) in figures:
            amount, change = figures[("export", item)]
            if change is None:
                paragraphs.append(f"Exports of {label} stood at ${billions(amount)} billion in {name}.")
            else:
                verb = "increased" if change >= 0 else "decreased"
                paragraphs.append(
                    f"Exports of {label} {verb} {abs(change)} percent to ${billions(amount)} billion in {name}."
                )
    paragraphs.append(
        rng.choice(
            [
                "Officials said demand for servers and data centres would keep shaping shipments in the coming months.",
                "The ministry said it would keep working with exporters to widen their markets.",
                "Officials pointed to prices of memory chips as the main swing factor for the months ahead.",
            ]
        )
    )
    return paragraphs


def korean_body(period: str, figures: dict, rng: random.Random, opener: str = "") -> list[str]:
    year, month = (int(x) for x in period.split("-"))
    value, yoy = figures[("export", "ict")]
    change = "" if yoy is None else f" 전년 동월 대비 {abs(yoy)}% {'증가' if yoy >= 0 else '감소'}한"
    paragraphs = [f"{opener}{year}년 {month}월 정보통신산업(ICT) 수출은{change} {eok(value)}억 달러를 기록했다."]
    if ("import", "ict") in figures:
        imports, imports_yoy = figures[("import", "ict")]
        change = "" if imports_yoy is None else f"{abs(imports_yoy)}% {'증가' if imports_yoy >= 0 else '감소'}한 "
        sentence = f"같은 달 ICT 수입은 {change}{eok(imports)}억 달러"
        if ("balance", "ict") in figures:
            sentence += f", 무역수지는 {eok(figures[('balance', 'ict')][0])}억 달러 흑자였다"
        else:
            sentence += "였다"
        paragraphs.append(sentence + ".")
    items = []
    for item, label in KO_ITEMS.items():
        if ("export", item) in figures:
            amount, change_pct = figures[("export", item)]
            mark = "" if change_pct is None else f", {abs(change_pct)}%{'↑' if change_pct >= 0 else '↓'}"
            items.append(f"{label}({eok(amount)}억 달러{mark})")
    if items:
        paragraphs.append(f"{month}월 품목별 수출은 " + ", ".join(items) + "로 집계됐다.")
    paragraphs.append(
        rng.choice(
            [
                "정부는 수출 기업의 시장 다변화를 계속 지원할 계획이다.",
                "업계는 인공지능 서버 수요가 당분간 이어질 것으로 보고 있다.",
            ]
        )
    )
    return paragraphs


def english_title(period: str, figures: dict) -> str:
    _, month = (int(x) for x in period.split("-"))
    yoy = figures[("export", "ict")][1]
    if yoy is None:
        return f"Korea's ICT exports in {MONTHS[month - 1]}"
    return f"Korea's ICT exports {'rise' if yoy >= 0 else 'fall'} {abs(yoy)}% in {MONTHS[month - 1]}"


def other_pages(lang: str, day: date) -> list[tuple[str, str, list[str]]]:
    """Pages that are not ICT trade reports: the spiders must pass them over."""
    if lang == "ko":
        return [
            (
                f"{day.year}년 {day.month}월 수출입 동향",
                "total-trade",
                [
                    f"{day.month}월 전체 수출은 전년 대비 소폭 늘었다고 정부가 밝혔다.",
                    "자동차와 선박이 증가를 이끌었다.",
                ],
            ),
            ("6G 연구개발 사업 착수", "6g-research", ["정부는 차세대 통신 기술 연구에 착수한다고 밝혔다."]),
            ("소프트웨어 인재 양성 계획 발표", "sw-talent", ["정부는 소프트웨어 인재 양성 계획을 발표했다."]),
        ]
    return [
        (
            f"Exports in {MONTHS[day.month - 1]} {day.year}",
            "total-trade",
            [
                "Korea's total exports grew slightly from a year earlier, the ministry said.",
                "Cars and ships led the gain while petrochemicals declined.",
            ],
        ),
        (
            "Government launches 6G research program",
            "6g-research",
            ["The government will fund research into next-generation networks over five years."],
        ),
        (
            "Plan to train software engineers announced",
            "sw-talent",
            ["The ministry announced a plan to train more software engineers in regional universities."],
        ),
    ]


def _write(dest: Path, source: str, slug: str, title: str, published: date, paragraphs: list[str]) -> None:
    folder = dest / source
    folder.mkdir(parents=True, exist_ok=True)
    page = {"title": title, "published": published.isoformat(), "body": "\n\n".join(paragraphs)}
    (folder / f"{slug}.json").write_text(json.dumps(page, ensure_ascii=False, indent=1) + "\n")


def _scaled(figures: dict, factor: float) -> dict:
    return {key: (round(value * factor, -7), yoy) for key, (value, yoy) in figures.items()}


def compose(dest: Path, per_source: int | None = None, seed: int = 0) -> int:
    """Write a content directory for every declared source; returns the number of pages written. Each
    source draws from its own random stream, so adding a source changes no other source's pages."""
    table = load_figures()
    periods = sorted(table)
    sites = all_sites()
    written = 0
    for source, spec in sorted(all_specs().items()):
        style = sites[source].style if source in sites else ContentStyle()
        rng = random.Random(f"{seed}:{source}")
        if per_source is None:
            chosen = periods if style.months is None else periods[-style.months :]
            months = [(p, table[p]) for p in chosen]
        else:
            months = []
            for index in range(per_source):
                base = periods[index % len(periods)]
                # a year back per lap, starting over before FIRST_YEAR (the archive holds no earlier year)
                shift = (index // len(periods)) % (int(periods[0][:4]) - FIRST_YEAR)
                year, month = (int(x) for x in base.split("-"))
                period = f"{year - shift:04d}-{month:02d}" if shift else base  # a year back per lap
                months.append((period, _scaled(table[base], 1 + 0.01 * (shift % 7))))
        for period, figures in months:
            day = release_day(period, 12 + rng.randrange(5))
            title, body = page_text(spec.lang, spec.kind, style, period, figures, day, rng)
            slug = f"{period}-ict-trade" if per_source is None else f"{period}-ict-trade-{written:05d}"
            _write(dest, source, slug, title, day, body)
            written += 1
        if style.refiling and months:
            period, figures = months[-1]
            day = release_day(period, 15)
            title, body = page_text(spec.lang, spec.kind, style, period, figures, day, random.Random(seed + 1))
            _write(dest, source, f"{period}-ict-trade-lead", style.refiling + title, day, body)
            written += 1
        last = release_day(months[-1][0], 1) if months else date(2025, 1, 1)
        for title, slug, paragraphs in other_pages(spec.lang, last):
            _write(dest, source, f"{last.isoformat()}-{slug}", title, last, paragraphs)
            written += 1
    return written


def page_text(
    lang: str, kind: str, style: ContentStyle, period: str, figures: dict, day: date, rng: random.Random
) -> tuple[str, list[str]]:
    """The title and paragraphs of one ICT release page, in the source's language and style."""
    if lang == "en":
        body, title = english_body(period, figures, rng, style.speaker), english_title(period, figures)
        if style.dateline:
            body[0] = style.dateline.format(mon=MONTHS[day.month - 1][:3], day=day.day) + body[0]
        return title, body + ([style.sign_off] if style.sign_off else [])
    body = korean_body(period, figures, rng, style.opener)
    year, month = (int(x) for x in period.split("-"))
    title = (
        f"{year}년 {month}월 정보통신산업(ICT) 수출입 동향"
        if kind == "ministry"
        else f"{month}월 ICT 수출 {eok(figures[('export', 'ict')][0])}억 달러"
    )
    return title, body + ([style.sign_off] if style.sign_off else [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--per-source", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(compose(args.dest, args.per_source, args.seed))


if __name__ == "__main__":
    main()
