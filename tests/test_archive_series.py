"""The reconciled `series` view and the consistency checks."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from archive import ids
from archive.checks import check_article, check_fact, precision
from archive.layout import DataDir
from archive.reader import connect
from archive.rows import period_bounds
from archive.writer import ArchiveWriter


def fact(
    source: str,
    kind: str,
    value: float | None,
    yoy: float | None = None,
    period: str = "2024-05",
    flow: str = "export",
    item: str = "ict",
    published: date = date(2024, 6, 14),
    checks=(),
) -> dict:
    article = ids.article_id(f"https://{source}.example/{published}/{value}")
    start, end, period_type = period_bounds(period)
    return {
        "fact_id": ids.fact_id(article, period, flow, item, "world"),
        "article_id": article,
        "source": source,
        "source_kind": kind,
        "url": f"https://{source}.example/",
        "published_date": published,
        "period": period,
        "period_start": start,
        "period_end": end,
        "period_type": period_type,
        "flow": flow,
        "item": item,
        "region": "world",
        "value_usd": value,
        "yoy_pct": yoy,
        "prior_usd": None,
        "evidence": "",
        "checks": list(checks),
        "parser_version": "1",
        "extracted_at": datetime(2024, 6, 20, tzinfo=UTC),
        "run_id": "r",
    }


def series(tmp_path, facts: list[dict]) -> dict:
    data = DataDir(tmp_path)
    writer = ArchiveWriter(data, "r")
    writer.add_rows("facts", facts)
    writer.finish()
    rows = (
        connect(data)
        .execute("SELECT period, flow, item, value_usd, yoy_pct, source, n_sources, conflict FROM series")
        .fetchall()
    )
    return {(r[0], r[1], r[2]): r[3:] for r in rows}


def test_rounding_differences_are_not_conflicts(tmp_path):
    rows = series(tmp_path, [fact("yonhap_en", "news", 14.9e9, 4.2), fact("koreaherald_en", "news", 15.0e9, 4.2)])
    value, _yoy, _, n_sources, conflict = rows[("2024-05", "export", "ict")]
    assert n_sources == 2 and conflict is False
    assert value == 14.9e9  # the more precise figure wins


def test_real_disagreement_is_a_conflict(tmp_path):
    rows = series(tmp_path, [fact("yonhap_en", "news", 14.9e9), fact("koreaherald_en", "news", 16.4e9)])
    assert rows[("2024-05", "export", "ict")][4] is True


def test_a_disagreeing_change_is_a_conflict_too(tmp_path):
    rows = series(tmp_path, [fact("yonhap_en", "news", 14.9e9, 4.2), fact("koreaherald_en", "news", 14.9e9, 7.5)])
    assert rows[("2024-05", "export", "ict")][4] is True


def test_ministry_beats_news_even_when_news_is_more_precise(tmp_path):
    rows = series(tmp_path, [fact("yonhap_en", "news", 17.63e9), fact("motie_en", "ministry", 17.6e9)])
    value, _, source, n_sources, conflict = rows[("2024-05", "export", "ict")]
    assert (value, source, n_sources, conflict) == (17.6e9, "motie_en", 2, False)


def test_the_latest_revision_wins_among_equals(tmp_path):
    rows = series(
        tmp_path,
        [
            fact("motie_en", "ministry", 17.6e9, published=date(2024, 6, 14)),
            fact("motie_en", "ministry", 17.8e9, published=date(2024, 7, 15)),
        ],
    )
    assert rows[("2024-05", "export", "ict")][0] == 17.8e9


def test_nonsense_figures_stay_in_facts_but_not_in_series(tmp_path):
    bad = fact("yonhap_en", "news", -3e9, flow="export", item="displays")
    bad["checks"] = check_fact(bad)
    rows = series(tmp_path, [bad, fact("motie_en", "ministry", 17.6e9)])
    assert ("2024-05", "export", "displays") not in rows
    data = DataDir(tmp_path)
    stored = connect(data).execute("SELECT checks FROM facts WHERE item = 'displays'").fetchone()[0]
    assert stored == ["negative_value"]


@pytest.mark.parametrize(
    ("value", "expected"), [(17.6e9, 1e8), (15e9, 1e9), (885e6, 1e6), (17_630_000_000.000002, 1e7)]
)
def test_precision_is_the_unit_of_the_last_stated_digit(value, expected):
    assert precision(value) == expected


def test_balance_and_change_checks_flag_without_dropping():
    ok = [
        fact("m", "ministry", 15.0e9, flow="export"),
        fact("m", "ministry", 9.0e9, flow="import"),
        fact("m", "ministry", 6.0e9, flow="balance"),
    ]
    assert all(flags == [] for flags in check_article(ok).values())
    bad = [
        fact("m", "ministry", 15.0e9, flow="export"),
        fact("m", "ministry", 9.0e9, flow="import"),
        fact("m", "ministry", 8.0e9, flow="balance"),
    ]
    assert all(flags == ["balance_mismatch"] for flags in check_article(bad).values())
    consistent = {**fact("m", "ministry", 11.0e9, yoy=10.0), "prior_usd": 10.0e9}
    inconsistent = {**fact("m", "ministry", 11.0e9, yoy=25.0), "prior_usd": 10.0e9}
    assert check_fact(consistent) == []
    assert check_fact(inconsistent) == ["yoy_mismatch"]
    assert "yoy_out_of_range" in check_fact(fact("m", "ministry", 1e9, yoy=-120.0))
    assert "implausible_value" in check_fact(fact("m", "ministry", 5e12))
    assert "implausible_value" not in check_fact(fact("m", "ministry", 2.3e11, period="2024-01/2024-12"))


@pytest.mark.parametrize(
    ("period", "kind"),
    [
        ("2024-05", "month"),
        ("2024-04/2024-06", "quarter"),
        ("2024-07/2024-12", "half"),
        ("2024-01/2024-12", "year"),
        ("2024-01/2024-05", "ytd"),
        ("2024-03/2024-07", "span"),
    ],
)
def test_period_types(period, kind):
    assert period_bounds(period)[2] == kind


def all_rows(connection, view: str) -> list[tuple]:
    return sorted(connection.execute(f"SELECT * FROM {view}").fetchall(), key=repr)


def test_the_stored_series_equals_the_live_ranking_and_is_never_stale(tmp_path):
    from archive import derived, partition, schema

    data = DataDir(tmp_path)
    writer = ArchiveWriter(data, "r")
    writer.add_rows(
        "facts",
        [
            fact("motie_en", "ministry", 17.1e9, 3.0),
            fact("yonhap_en", "news", 17.0e9, 3.1),
            fact("news1_ko", "news", 9.2e9, period="2024-04", published=date(2024, 5, 14)),
        ],
    )
    writer.finish()
    assert derived.is_current(data) and (data.dataset("series") / "year=2024").is_dir()
    connection = connect(data)
    assert (
        "read_parquet" in connection.execute("SELECT sql FROM duckdb_views() WHERE view_name = 'series'").fetchone()[0]
    )  # the stored one is read
    assert all_rows(connection, "series") == all_rows(connection, "series_live")
    # a facts write the series has not caught up with (as after a crash between the two): readers rank live
    revised = fact("motie_en", "ministry", 18.3e9, 9.9, published=date(2024, 6, 28))
    partition.upsert(data, "facts", 2024, 5, schema.to_table("facts", [revised]), "r2")
    assert not derived.is_current(data)
    values = {r[0] for r in connect(data).execute("SELECT value_usd FROM series WHERE period = '2024-05'").fetchall()}
    assert values == {18.3e9}
    assert derived.refresh(data) == 1 and derived.is_current(data)  # the one year that changed
    connection = connect(data)
    assert all_rows(connection, "series") == all_rows(connection, "series_live")
