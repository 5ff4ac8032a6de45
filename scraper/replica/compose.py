"""Write replica content: one JSON file per page, `<source>/<slug>.json` = {title, published, body}.

The monthly figures come from `figures.csv` (published ICT trade figures, compiled by hand); the partner
figures are invented (`partner_figures`). Every sentence around them is ours, written in the voice of the
source's `ContentStyle` (wire brief, ministry release with item and partner tables, daily or business paper
with cause clauses; Korean ministry list or wire lead with causes), so the parser meets each form the live
sources use; `stated_figures` is what a page states, for tests that check the parser reads it all back.
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

from scraper.months import MONTH_NAMES
from scraper.profiles import all_specs
from scraper.replica.sites import all_sites
from scraper.replica.sites.base import ContentStyle

FIGURES = Path(__file__).with_name("figures.csv")
MONTHS = list(MONTH_NAMES)
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
    """$ billions with as many decimals as the value needs (at least one), so the text states it exactly."""
    text = f"{value / 1e9:.3f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def eok(value: float) -> str:
    """억 달러 (units of $100 million) with the decimals the value needs (at least one)."""
    text = f"{value / 1e8:.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


PARTNERS = {  # partner -> (English name, Korean name, share range of ICT exports)
    "china": ("China", "중국", (0.30, 0.38)),
    "us": ("the U.S.", "미국", (0.12, 0.17)),
    "vietnam": ("Vietnam", "베트남", (0.11, 0.15)),
    "eu": ("the EU", "EU", (0.04, 0.06)),
    "japan": ("Japan", "일본", (0.02, 0.04)),
}
EN_CAUSES = {  # cause clauses of the daily voice: no item or partner named, so they bind to nothing
    True: ["as overseas orders picked up", "on firmer prices", "helped by new product launches"],
    False: ["as buyers worked through their stock", "on weaker prices", "amid softer overseas demand"],
}
KO_CAUSES = {
    True: ["데이터센터 투자 확대로", "가격 회복에 힘입어", "신제품 출시 효과로"],
    False: ["재고 조정 영향으로", "단가 하락으로", "소비 둔화 여파로"],
}


def partner_figures(period: str, ict_exports: float) -> dict[str, float]:
    """ICT exports by partner. figures.csv holds no partner figures, so these are made up: each partner's
    share is drawn from a plausible range by an RNG seeded with the period, rounded to $0.1 billion, so
    every run and every source states the same invented numbers for a month."""
    rng = random.Random(f"partners:{period}")
    return {code: round(ict_exports * rng.uniform(*share), -8) for code, (_, _, share) in PARTNERS.items()}


def annual_exports(period: str, figures: dict) -> float | None:
    """A December release also sums up the year. figures.csv holds no annual totals, so the year's ICT
    exports are made up: about twelve times the month's, scaled by an RNG seeded with the year and rounded to
    $0.1 billion. None for any other month."""
    if not period.endswith("-12"):
        return None
    rng = random.Random(f"annual:{period[:4]}")
    return round(figures[("export", "ict")][0] * 12 * rng.uniform(0.93, 1.07), -8)


def en_change(yoy: float | None, rng: random.Random) -> str:
    if yoy is None:
        return ""
    word = ("up", "down") if rng.random() < 0.5 else ("an increase of", "a decrease of")
    return f", {word[0] if yoy >= 0 else word[1]} {abs(yoy)}% from a year earlier"


def en_history(yoy: float | None) -> str:
    """A comparison with earlier years, in words only (a number here would be read as a figure)."""
    if yoy is None:
        return ""
    if yoy >= 20:
        return " That was among the sharpest on-year gains of recent years."
    if yoy >= 0:
        return " That put shipments above the level of the same month last year."
    if yoy <= -20:
        return " That was among the steepest on-year drops of recent years."
    return " That left shipments below the level of the same month last year."


def english_lead(voice: str, value: float, yoy: float | None, when: str, speaker: str, rng: random.Random) -> str:
    """The first sentence, in the voice's own form (with or without a change on a year earlier)."""
    amount = f"${billions(value)} billion"
    if voice == "wire":
        if yoy is None:
            return f"Korea's ICT exports reached {amount} in {when}, {speaker} said."
        verb = "rose" if yoy >= 0 else "fell"
        return f"Korea's ICT exports {verb} {abs(yoy)} percent on-year to {amount} in {when}, {speaker} said."
    if voice == "daily":
        change = (
            "" if yoy is None else f" {'climbed' if yoy >= 0 else 'dropped'} {abs(yoy)} percent from a year earlier"
        )
        return (
            f"Exports of information and communications technology (ICT) products{change or ' amounted'} "
            f"to {amount} in {when}, data from {speaker} showed."
        )
    if voice == "business":
        change = "" if yoy is None else f", {abs(yoy)}% {'more' if yoy >= 0 else 'less'} than a year earlier"
        return f"Korea's ICT exports totaled {amount} in {when}{change}, {speaker} said."
    return f"ICT exports came to {amount} in {when}{en_change(yoy, rng)}, according to {speaker}."


def english_body(period: str, figures: dict, rng: random.Random, speaker: str, voice: str = "daily") -> list[str]:
    year, month = (int(x) for x in period.split("-"))
    name = MONTHS[month - 1]
    value, yoy = figures[("export", "ict")]
    paragraphs = []
    paragraphs = [english_lead(voice, value, yoy, f"{name} {year}", speaker, rng)]
    if voice != "ministry":
        paragraphs[0] += en_history(yoy)
    annual = annual_exports(period, figures)
    if annual is not None:
        paragraphs.append(
            f"For the whole of {year}, ICT exports added up to ${billions(annual)} billion."
            if voice == "ministry"
            else f"Over all of {year}, the country shipped ${billions(annual)} billion worth of ICT products abroad."
        )
    if ("import", "ict") in figures:
        imports, imports_yoy = figures[("import", "ict")]
        sentence = f"ICT imports amounted to ${billions(imports)} billion in {name}{en_change(imports_yoy, rng)}"
        if ("balance", "ict") in figures:
            sentence += f", leaving a trade surplus of ${billions(figures[('balance', 'ict')][0])} billion"
        paragraphs.append(sentence + ".")
    items = [(label, *figures[("export", item)]) for item, label in EN_ITEMS.items() if ("export", item) in figures]
    partners = partner_figures(period, value)
    if voice == "ministry":  # a release: an item table and a partner table, one row a line
        if items:
            rows = [f"{label.capitalize()}: ${billions(amount)} billion" for label, amount, _ in items]
            paragraphs.append(f"By item, exports in {name} were as follows.\n" + "\n".join(rows))
        rows = [f"{PARTNERS[c][0].removeprefix('the ')}: ${billions(v)} billion" for c, v in partners.items()]
        paragraphs.append(f"By destination, exports in {name} were as follows.\n" + "\n".join(rows))
    else:
        for label, amount, change in items:
            if change is None:
                paragraphs.append(f"Exports of {label} stood at ${billions(amount)} billion in {name}.")
                continue
            verb = "increased" if change >= 0 else "decreased"
            cause = f", {rng.choice(EN_CAUSES[change >= 0])}" if voice in ("daily", "business") else ""
            paragraphs.append(
                f"Exports of {label} {verb} {abs(change)} percent to ${billions(amount)} billion in {name}{cause}."
            )
        first, *rest = [f"{PARTNERS[c][0]} ${billions(v)} billion" for c, v in partners.items()]
        paragraphs.append(
            f"By destination, exports to {first.replace(' $', ' came to $', 1)}, those to "
            + ", ".join(rest[:-1])
            + f" and {rest[-1]}."
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


def korean_body(period: str, figures: dict, rng: random.Random, opener: str = "", voice: str = "ministry") -> list[str]:
    year, month = (int(x) for x in period.split("-"))
    value, yoy = figures[("export", "ict")]
    change = "" if yoy is None else f" 전년 동월 대비 {abs(yoy)}% {'증가' if yoy >= 0 else '감소'}한"
    paragraphs = [f"{opener}{year}년 {month}월 정보통신산업(ICT) 수출은{change} {eok(value)}억 달러를 기록했다."]
    annual = annual_exports(period, figures)
    if annual is not None:
        paragraphs.append(f"{year}년 연간 ICT 수출은 {eok(annual)}억 달러로 집계됐다.")
    if ("import", "ict") in figures:
        imports, imports_yoy = figures[("import", "ict")]
        change = "" if imports_yoy is None else f"{abs(imports_yoy)}% {'증가' if imports_yoy >= 0 else '감소'}한 "
        sentence = f"같은 달 ICT 수입은 {change}{eok(imports)}억 달러"
        if ("balance", "ict") in figures:
            sentence += f", 무역수지는 {eok(figures[('balance', 'ict')][0])}억 달러 흑자였다"
        else:
            sentence += "였다"
        paragraphs.append(sentence + ".")
    if voice == "wire":  # a news lead: one sentence per item, each with its cause
        for item, label in KO_ITEMS.items():
            if ("export", item) in figures:
                amount, change_pct = figures[("export", item)]
                if change_pct is None:
                    paragraphs.append(f"{label} 수출은 {eok(amount)}억 달러였다.")
                else:
                    cause = rng.choice(KO_CAUSES[change_pct >= 0])
                    word = "늘어난" if change_pct >= 0 else "줄어든"
                    paragraphs.append(f"{label} 수출은 {cause} {abs(change_pct)}% {word} {eok(amount)}억 달러였다.")
    else:
        items = []
        for item, label in KO_ITEMS.items():
            if ("export", item) in figures:
                amount, change_pct = figures[("export", item)]
                mark = "" if change_pct is None else f", {abs(change_pct)}%{'↑' if change_pct >= 0 else '↓'}"
                items.append(f"{label}({eok(amount)}억 달러{mark})")
        if items:
            paragraphs.append(f"{month}월 품목별 수출은 " + ", ".join(items) + "로 집계됐다.")
    partners = partner_figures(period, value)
    named = ", ".join(f"{PARTNERS[c][1]}({eok(v)}억 달러)" for c, v in partners.items())
    paragraphs.append(f"국가별 수출은 {named} 순이었다.")
    paragraphs.append(
        rng.choice(
            [
                "정부는 수출 기업의 시장 다변화를 계속 지원할 계획이다.",
                "업계는 인공지능 서버 수요가 당분간 이어질 것으로 보고 있다.",
            ]
        )
    )
    return paragraphs


def english_title(period: str, figures: dict, voice: str = "daily") -> str:
    year, month = (int(x) for x in period.split("-"))
    value, yoy = figures[("export", "ict")]
    name = MONTHS[month - 1]
    if voice == "ministry":
        return f"ICT exports and imports in {name} {year}"
    if voice == "wire":
        if yoy is None:
            return f"S. Korea's ICT exports at ${billions(value)} bln in {name}"
        return f"S. Korea's ICT exports {'up' if yoy >= 0 else 'down'} {abs(yoy)} pct in {name}"
    if voice == "business":
        return f"{name} ICT exports total ${billions(value)} billion"
    if yoy is None:
        return f"Korea's ICT exports reach ${billions(value)} billion in {name}"
    return f"ICT exports {'climb' if yoy >= 0 else 'slip'} to ${billions(value)} billion in {name}"


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
    """The title and paragraphs of one ICT release page, in the source's language, voice and style."""
    if lang == "en":
        body = english_body(period, figures, rng, style.speaker, style.voice)
        title = english_title(period, figures, style.voice)
        if style.dateline:
            body[0] = style.dateline.format(mon=MONTHS[day.month - 1][:3], day=day.day) + body[0]
        return title, body + ([style.sign_off] if style.sign_off else [])
    body = korean_body(period, figures, rng, style.opener, style.voice)
    year, month = (int(x) for x in period.split("-"))
    title = (
        f"{year}년 {month}월 정보통신산업(ICT) 수출입 동향"
        if kind == "ministry"
        else f"{month}월 ICT 수출 {eok(figures[('export', 'ict')][0])}억 달러"
    )
    return title, body + ([style.sign_off] if style.sign_off else [])


def stated_figures(period: str, figures: dict) -> set[tuple[str, str, str, str, float]]:
    """Every figure a composed ICT page states, as (period, flow, item, region, value): what a parser that
    reads the page right gives back (tests check it does, for every source's voice)."""
    stated = {(period, flow, item, "world", value) for (flow, item), (value, _) in figures.items()}
    value = figures[("export", "ict")][0]
    stated |= {(period, "export", "ict", code, v) for code, v in partner_figures(period, value).items()}
    annual = annual_exports(period, figures)
    if annual is not None:
        stated.add((f"{period[:4]}-01/{period[:4]}-12", "export", "ict", "world", annual))
    return stated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--per-source", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(compose(args.dest, args.per_source, args.seed))


if __name__ == "__main__":
    main()
