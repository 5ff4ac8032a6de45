"""The bundled replica content reads like its sources and the parser reads back every figure it states."""

from __future__ import annotations

import pytest

from scraper.parser import parse
from scraper.profiles import all_specs
from scraper.replica.compose import compose, load_figures, stated_figures
from scraper.replica.content import BUNDLED, load
from scraper.replica.sites import all_sites

SOURCES = sorted(all_specs())


@pytest.fixture(scope="module")
def composed(tmp_path_factory):
    dest = tmp_path_factory.mktemp("content")
    compose(dest)
    return load(dest)


def ict_pages(entries):
    return [e for e in entries if "-ict-trade" in e.slug]


def test_the_bundled_content_is_what_compose_writes(composed) -> None:
    bundled = load(BUNDLED)
    assert sorted(composed) == sorted(bundled)
    for source in composed:
        assert [(e.slug, e.title, e.paragraphs) for e in composed[source]] == [
            (e.slug, e.title, e.paragraphs) for e in bundled[source]
        ], f"{source}: run python -m scraper.replica.compose scraper/replica/content"


@pytest.mark.parametrize("source", SOURCES)
def test_the_parser_reads_back_every_figure_a_source_states(composed, source: str) -> None:
    table = load_figures()
    pages = ict_pages(composed[source])
    assert pages
    for entry in pages:
        period = entry.slug[:7]
        stated = stated_figures(period, table[period])
        read = {
            (f.period, f.flow, f.item, f.region, f.value_usd)
            for f in parse("\n\n".join(entry.paragraphs), published=entry.published, title=entry.title).facts
        }
        assert stated - read == set(), f"{source} {entry.slug}: not read back"
        values = {fact[:4]: fact[4] for fact in stated}
        wrong = {fact for fact in read if fact[:4] in values and fact[4] != values[fact[:4]]}
        assert not wrong, f"{source} {entry.slug}: read with another value"
        partners = {fact[3] for fact in stated if fact[3] != "world"}
        assert partners >= {"china", "us", "vietnam"}  # every page breaks exports down by partner


def test_each_voice_writes_its_own_headline_and_body(composed) -> None:
    """Sources of different voices no longer share one headline and one lead for the same month."""
    sites = all_sites()
    by_month: dict[tuple[str, str], dict[str, tuple[str, str]]] = {}
    for source in SOURCES:
        voice = sites[source].style.voice
        for entry in ict_pages(composed[source]):
            if not entry.title.startswith("(LEAD)"):
                key = (all_specs()[source].lang, entry.slug[:7])
                by_month.setdefault(key, {})[voice] = (entry.title, entry.paragraphs[0])
    compared = [pages for pages in by_month.values() if len(pages) >= 2]
    assert len(compared) >= 7
    for pages in compared:
        assert len({title for title, _ in pages.values()}) == len(pages), pages
        assert len({lead for _, lead in pages.values()}) == len(pages), pages
