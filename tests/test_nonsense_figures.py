"""Nonsense figures are flagged, kept in `facts` for inspection, and left out of `series`; real published
figures (the replica's, taken from the ministries' releases, and the saved source pages) earn no such flag."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from archive import ids
from archive.checks import ITEM_MONTHLY_CEILING_USD, PART_OF, SEVERE, check_article, check_fact, containers
from archive.layout import DataDir
from archive.reader import connect
from scraper.extract import extract_record
from scraper.ingest import fact_row
from scraper.models import Fact
from scraper.parser import parse
from scraper.parser.lexicon import ITEMS
from scraper.replica.content import BUNDLED, load
from tests.archive_helpers import Release, capture_of, ingest, release_html
from tests.source_fixtures import article_pages

FIGURES = Path(__file__).parent.parent / "scraper" / "replica" / "figures.csv"
ARTICLE = {
    "article_id": ids.article_id("https://english.motie.go.kr/eng/article/1/view"),
    "source": "motie_en",
    "source_kind": "ministry",
    "url": "https://english.motie.go.kr/eng/article/1/view",
    "published_date": date(2024, 6, 14),
    "run_id": "r",
}


def rows(*facts: Fact, article: dict = ARTICLE) -> list[dict]:
    """Fact rows as the archive builds them (ids, period bounds) for one article."""
    return [fact_row(f, article, datetime(2024, 6, 20, tzinfo=UTC)) for f in facts]


def flags_by_key(facts: list[dict]) -> dict[tuple, list[str]]:
    flags = check_article(facts)
    return {(f["period"], f["flow"], f["item"], f["region"]): flags[f["fact_id"]] for f in facts}


def f(
    value: float | None,
    item: str = "ict",
    region: str = "world",
    flow: str = "export",
    period: str = "2024-05",
    yoy: float | None = None,
    prior: float | None = None,
) -> Fact:
    return Fact(period, flow, item, region, value, yoy, prior)


# -- each severe flag fires on a nonsense figure, and only on it ------------------------------------------


@pytest.mark.parametrize(
    ("nonsense", "flag"),
    [
        (f(-3e9, item="displays"), "negative_value"),
        (f(1.2e9, item="displays", yoy=-130.0), "yoy_out_of_range"),
        (f(5e12), "implausible_value"),  # five trillion dollars of ICT exports in a month
        (f(15.1e9, item="displays"), "implausible_value"),  # displays never came near $15 billion a month
        (f(9e9, item="communication_equipment"), "implausible_value"),
        (f(2.5e10, item="mobile_phones", flow="import"), "implausible_value"),
        (f(4e4, item="semiconductors"), "implausible_value"),  # $40,000: a misread unit
    ],
)
def test_a_nonsense_figure_earns_its_severe_flag(nonsense: Fact, flag: str) -> None:
    assert flag in SEVERE
    assert flag in check_fact(rows(nonsense)[0])


@pytest.mark.parametrize(
    "plausible",
    [
        f(13.8e9, item="semiconductors"),
        f(2.96e9, item="displays"),
        f(0.22e9, item="communication_equipment"),
        f(15.1e9, item="displays", period="2024-01/2024-12"),  # a year of displays: ceilings scale with months
        f(-6.1e9, flow="balance"),  # a deficit is a negative balance, not a negative value
        f(25.43e9),
        f(1e9, item="other:robots"),
    ],
)
def test_a_plausible_figure_earns_no_severe_flag(plausible: Fact) -> None:
    assert not set(check_fact(rows(plausible)[0])) & set(SEVERE)


def test_a_part_larger_than_its_total_is_flagged_and_the_total_is_not() -> None:
    flags = flags_by_key(
        rows(
            f(20.1e9),
            f(25.3e9, item="semiconductors"),
            f(30.2e9, region="china"),
            f(11.0e9, item="dram"),
            f(9.8e9, item="memory"),
            f(12.0e9, item="memory", flow="import"),
            f(6.0e9, flow="import"),
        )
    )
    assert flags[("2024-05", "export", "ict", "world")] == []
    assert flags[("2024-05", "export", "semiconductors", "world")] == ["exceeds_total"]  # chips > all ICT
    assert flags[("2024-05", "export", "ict", "china")] == ["exceeds_total"]  # one partner > the world
    assert flags[("2024-05", "export", "dram", "world")] == ["exceeds_total"]  # DRAM > all memory
    assert flags[("2024-05", "export", "memory", "world")] == []
    assert flags[("2024-05", "import", "memory", "world")] == ["exceeds_total"]  # memory imports > ICT imports


def test_exceeds_total_allows_rounding_and_compares_like_with_like() -> None:
    flags = flags_by_key(
        rows(
            f(20e9),
            f(20.4e9, item="semiconductors"),  # "$20 billion" vs "$20.4 billion": within rounding
            f(9.0e9, flow="balance"),
            f(12.3e9, flow="balance", region="china"),  # a partner surplus may exceed it
            f(45.0e9, item="semiconductors", period="2024-03/2024-05"),  # a quarter is not compared with a month
            f(7.7e9, item="semiconductors", region="china"),
            f(5.1e9, item="semiconductors", region="us"),
        )
    )
    assert all(not found for found in flags.values()), flags


def test_exceeds_total_needs_both_figures_in_one_article() -> None:
    other = {**ARTICLE, "article_id": ids.article_id("https://english.motie.go.kr/eng/article/2/view")}
    together = rows(f(20.1e9)) + rows(f(25.3e9, item="semiconductors"), article=other)
    assert all(flags == [] for flags in check_article(together[:1]).values())
    assert all(flags == [] for flags in check_article(together[1:]).values())


def test_the_tables_know_every_item_the_parser_knows() -> None:
    """A new canonical item in the lexicon needs a ceiling (and, if it is a part of another item, an entry in
    PART_OF); named other items ("other:printed circuit boards") take the general ceiling."""
    canonical = {item for item in ITEMS if not item.startswith("other:")}
    assert canonical - {"ict"} == set(ITEM_MONTHLY_CEILING_USD)
    assert set(PART_OF) | set(PART_OF.values()) <= set(ITEMS)
    for part, whole in PART_OF.items():
        assert ITEM_MONTHLY_CEILING_USD[part] <= ITEM_MONTHLY_CEILING_USD[whole], part
        assert (whole, "world") in containers(part, "world") and ("ict", "world") in containers(part, "us")


# -- through the archive: flagged figures stay in facts, out of series ------------------------------------


def test_nonsense_in_a_page_is_kept_in_facts_and_left_out_of_series(tmp_path) -> None:
    release = Release(2024, 5, exports=20.1, exports_yoy=4.0, imports=11.2, chips=25.3, chips_yoy=10.0)
    html = release_html(release).replace(
        b"</article>", b"<p>Exports of displays rose 2.0 percent to $15.1 billion.</p></article>"
    )
    data = DataDir(tmp_path)
    ingest(data, [capture_of(release, "run1", html=html)], "run1")
    connection = connect(data)
    stored = dict(
        connection.execute("SELECT item, checks FROM facts WHERE flow = 'export' AND period = '2024-05'").fetchall()
    )
    assert stored["semiconductors"] == ["exceeds_total"] and stored["displays"] == ["implausible_value"]
    assert stored["ict"] == []
    in_series = {row[0] for row in connection.execute("SELECT item FROM series WHERE flow = 'export'").fetchall()}
    assert in_series == {"ict"}


# -- real figures earn no severe flag ----------------------------------------------------------------------


def severe(facts: list[dict]) -> list[tuple]:
    flags = check_article(facts)
    return [
        (f["period"], f["flow"], f["item"], f["region"], f["value_usd"], flags[f["fact_id"]])
        for f in facts
        if set(flags[f["fact_id"]]) & set(SEVERE)
    ]


def test_the_published_figures_earn_no_severe_flag() -> None:
    """figures.csv: the releases' own numbers, each month's taken together as one article would state them."""
    by_period: dict[str, list[Fact]] = defaultdict(list)
    with FIGURES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            by_period[row["period"]].append(
                Fact(
                    row["period"],
                    row["flow"],
                    row["item"],
                    row["region"],
                    float(row["value_usd"]) if row["value_usd"] else None,
                    float(row["yoy_pct"]) if row["yoy_pct"] else None,
                )
            )
    assert sum(len(facts) for facts in by_period.values()) > 150
    found = []
    for period, facts in by_period.items():
        found += severe(rows(*facts, article={**ARTICLE, "article_id": ids.article_id(period)}))
    assert found == []


def test_every_replica_page_parses_to_figures_without_a_severe_flag() -> None:
    """The replica's pages are written from those figures in each source's style; what the parser reads from
    them is what a crawl archives."""
    count, found = 0, []
    for source, entries in load(BUNDLED).items():
        for entry in entries:
            parsed = parse("\n\n".join(entry.paragraphs), published=entry.published, title=entry.title)
            article = {**ARTICLE, "article_id": ids.article_id(f"{source}/{entry.slug}"), "source": source}
            facts = rows(*parsed.facts, article=article)
            count += len(facts)
            found += [(source, entry.slug, *flagged) for flagged in severe(facts)]
    assert count > 400 and found == []


def test_the_saved_source_pages_earn_no_severe_flag() -> None:
    count, found = 0, []
    for name, raw, url in article_pages():
        record = extract_record(raw, url=url, path=name)
        facts = rows(*(Fact(**{k: v for k, v in fact.items() if k != "period_type"}) for fact in record["facts"]))
        count += len(facts)
        found += [(name, *flagged) for flagged in severe(facts)]
    assert count > 20 and found == []
