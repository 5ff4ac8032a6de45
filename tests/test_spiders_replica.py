"""Every spider crawls the replica for real (Scrapy over HTTP on 127.0.0.1) into a real archive."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from archive.layout import DataDir
from archive.reader import connect
from scraper.config import write_config
from scraper.parser import parse
from scraper.profiles import all_specs
from scraper.replica.content import BUNDLED, load
from scraper.replica.server import Fault, ReplicaServer
from spiders import all_spiders
from spiders.base import is_ict_trade_title
from spiders.yonhap_en import story_key
from tests.replica_helpers import FAST

SOURCES = sorted(all_spiders())


def crawl(config: Path, data: Path, *extra: str) -> tuple[int, dict]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scraper.cli",
            "crawl",
            "--config",
            str(config),
            "--data-dir",
            str(data),
            "--since",
            "2000-01",
            "--json",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.stdout.strip(), result.stderr[-2000:]
    return result.returncode, json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def replica(tmp_path_factory):
    content = tmp_path_factory.mktemp("content")
    shutil.copytree(BUNDLED, content, dirs_exist_ok=True)
    with ReplicaServer(content) as server:
        config = tmp_path_factory.mktemp("config") / "replica.toml"
        write_config(config, {name: server.base_url(name) for name in SOURCES}, FAST)
        yield server, content, config


@pytest.fixture(scope="module")
def first_run(replica, tmp_path_factory):
    _, _, config = replica
    data = tmp_path_factory.mktemp("data")
    status, report = crawl(config, data)
    return data, status, report


def expected_ict_pages(content: Path, source: str) -> list:
    pages = [e for e in load(content)[source] if is_ict_trade_title(e.title)]
    if source == "yonhap_en":  # a (LEAD) re-filing replaces the earlier filing of the same story
        newest = {}
        for entry in pages:  # newest first
            newest.setdefault(story_key(entry.title, entry.published), entry)
        pages = list(newest.values())
    return pages


def test_the_first_run_is_healthy_everywhere(first_run):
    _, status, report = first_run
    assert status == 0 and report["status"] == "ok"
    assert set(report["sources"]) == set(SOURCES)


@pytest.mark.parametrize("source", SOURCES)
def test_each_source_archives_its_ict_releases_and_their_figures(first_run, replica, source):
    data, _, report = first_run
    _, content, _ = replica
    summary = report["sources"][source]
    expected = expected_ict_pages(content, source)
    assert summary["health"] == "ok", summary
    assert summary["articles_new"] == len(expected)
    # Scrapy's counts (scraper.run_stats): robots.txt, at least one list page, and every article, each answered
    assert summary["requests"] >= len(expected) + 2
    assert summary["responses"].get("200", summary["responses"].get(200, 0)) >= len(expected) + 1
    connection = connect(DataDir(data))
    titles = {row[0] for row in connection.execute("SELECT title FROM articles WHERE source = ?", [source]).fetchall()}
    assert titles == {e.title for e in expected}  # exactly the ICT releases served, titles as the sites show them
    # the facts archived are exactly what the parser reads in the pages we served
    stored = set(
        connection.execute(
            "SELECT period, flow, item, region, value_usd FROM facts WHERE source = ?", [source]
        ).fetchall()
    )
    wanted = set()
    for entry in load(content)[source]:
        if entry.title in titles:
            for fact in parse("\n\n".join(entry.paragraphs), published=entry.published, title=entry.title).facts:
                wanted.add((fact.period, fact.flow, fact.item, fact.region, fact.value_usd))
    assert stored == wanted and len(stored) >= len(expected)
    assert summary["facts"] == connection.execute("SELECT count(*) FROM facts WHERE source = ?", [source]).fetchone()[0]


def test_a_second_run_over_unchanged_content_asks_once_per_source_and_adds_nothing(first_run, replica):
    data, _, _ = first_run
    _, _, config = replica
    before = (
        connect(DataDir(data))
        .execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM facts)")
        .fetchone()
    )
    status, report = crawl(config, data)
    assert status == 0
    for source, summary in report["sources"].items():
        assert summary["requests"] <= 2, (source, summary)  # robots.txt + a conditional list request (304)
        assert summary["articles_new"] == summary["articles_changed"] == 0
    after = (
        connect(DataDir(data))
        .execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM facts)")
        .fetchone()
    )
    assert after == before


def test_an_edited_article_is_fetched_again_and_its_new_version_archived(tmp_path):
    """Its own copy of the content and its own server: editing the module's shared replica would make the tests
    after this one depend on the order they run in."""
    content = tmp_path / "content"
    shutil.copytree(BUNDLED / "motie_en", content / "motie_en")
    with ReplicaServer(content) as server:
        config = tmp_path / "replica.toml"
        write_config(config, {"motie_en": server.base_url("motie_en")}, FAST)
        data = tmp_path / "data"
        status, _ = crawl(config, data, "--source", "motie_en")
        assert status == 0
        page_file = sorted((content / "motie_en").glob("*-ict-trade.json"))[-1]
        page = json.loads(page_file.read_text())
        page["body"] = page["body"].replace("ICT exports", "ICT exports (revised)", 1)
        page_file.write_text(json.dumps(page, ensure_ascii=False))
        server.replica.reload()
        status, report = crawl(config, data, "--source", "motie_en")
    summary = report["sources"]["motie_en"]
    assert status == 0 and summary["articles_changed"] == 1 and summary["articles_new"] == 0
    versions = (
        connect(DataDir(data))
        .execute(
            "SELECT count(*) FROM articles WHERE article_id = (SELECT article_id FROM articles WHERE text LIKE "
            "'%(revised)%')"
        )
        .fetchone()[0]
    )
    assert versions == 2


def test_a_list_page_that_keeps_failing_hides_only_its_own_articles(first_run, replica, tmp_path):
    """Page 2 of MOTIE's board answers 503 to every try: the crawl still reads page 3 on (only page 2's
    articles are missed), and the next run, page 2 healthy again, archives what the clean first run did."""
    reference_data, _, _ = first_run
    server, _, config = replica
    board = "/motie_en/eng/article/EATCLdfa319ada"

    def motie_articles(data: Path) -> set[str]:
        """Article numbers (the board's ids) archived for MOTIE."""
        with connect(DataDir(data)) as db:
            urls = db.execute("SELECT canonical_url FROM articles WHERE source = 'motie_en'").fetchall()
        return {re.search(r"/(\d+)/view", url).group(1) for (url,) in urls}

    def listed_on(page: int) -> set[str]:
        body = server.replica.respond(f"{board}?pageIndex={page}").body.decode()
        return set(re.findall(r"article\.view\('(\d+)'\)", body))  # the board links by script

    reference = motie_articles(reference_data)
    on_page_2, later = listed_on(2) & reference, set().union(*(listed_on(p) for p in range(3, 8))) & reference
    assert on_page_2 and later  # the test means something: both pages list archived releases
    server.replica.faults.append(Fault(re.escape(f"{board}?pageIndex=2") + "$", status=503, times=99))
    try:
        status, report = crawl(config, tmp_path / "data", "--source", "motie_en")
    finally:
        server.replica.faults.clear()
    summary = report["sources"]["motie_en"]
    assert status == 1 and summary["health"] == "degraded"
    assert any(p.startswith("HTTP 503 on list") for p in summary["problems"]), summary["problems"]
    assert motie_articles(tmp_path / "data") == reference - on_page_2  # page 3 on was read

    status, report = crawl(config, tmp_path / "data", "--source", "motie_en")
    assert status == 0 and motie_articles(tmp_path / "data") == reference


@pytest.mark.slow
def test_renamed_list_markup_falls_back_to_the_links_layer_archives_everything_and_says_so(replica, tmp_path):
    """Every class and id of MOTIE's pages renamed: the list selectors find nothing, the links layer (URLs
    matching the article pattern, script links included) still archives every release, and the run is
    broken with the layer and the selector named, not a quiet success."""
    server, content, config = replica
    server.replica.layout_changed.add("motie_en")
    try:
        status, report = crawl(config, tmp_path / "data", "--source", "motie_en")
    finally:
        server.replica.layout_changed.discard("motie_en")
    summary = report["sources"]["motie_en"]
    assert status == 1 and report["status"] == "broken"
    assert "list layer found nothing (div.board-list li" in summary["reason"]
    assert "found instead by the links layer" in summary["reason"]
    assert summary["articles_new"] == len(expected_ict_pages(content, "motie_en"))
    assert summary["layers"]["links"]["archived"] == summary["articles_new"] and summary["layer_worked"] == "links"


@pytest.mark.slow
def test_with_its_first_layer_gone_every_source_archives_everything_through_the_next_and_says_so(replica, tmp_path):
    """Each source's first discovery layer knocked out at once (feeds answer an HTML page, list markup is
    renamed, MSIT's fill script is gone): every source still archives every ICT release through its next
    layer, and each run is broken, naming the layer that found nothing."""
    server, content, config = replica
    specs = all_specs()
    knocked = {}
    for source in SOURCES:
        first = specs[source].layers[0]
        if first == "feed":
            server.replica.faults.append(
                Fault("^" + re.escape(f"/{source}{specs[source].feed_path}"), kind="empty", times=99)
            )
        elif specs[source].list_items:
            server.replica.layout_changed.add(source)
        else:
            list_path = urlsplit(all_spiders()[source](base_url=server.base_url(source)).list_url(1)).path
            server.replica.faults.append(Fault("^" + re.escape(list_path), kind="no_script", times=99))
        knocked[source] = first
    try:
        status, report = crawl(config, tmp_path / "data")
    finally:
        server.replica.faults.clear()
        server.replica.layout_changed.clear()
    assert status == 1
    for source, layer in knocked.items():
        summary = report["sources"][source]
        assert summary["health"] == "broken", (source, summary)
        assert f"{layer} layer found nothing" in summary["reason"] or f"{layer} layer: " in summary["reason"], (
            source,
            summary["reason"],
        )
        assert summary["articles_new"] == len(expected_ict_pages(content, source)), (source, summary)
        assert summary["layer_worked"] != layer, (source, summary)


@pytest.mark.slow
def test_month_bounds_hold_on_the_links_layer_when_lists_carry_no_dates(replica, tmp_path):
    """News1's cards and MSIT's script-less rows carry no dates: the articles' own pages decide which are in
    the months asked for, and the list is read on only while its oldest article is not older than --since."""
    server, content, config = replica
    server.replica.layout_changed.add("news1_ko")
    list_path = urlsplit(all_spiders()["msit_en"](base_url=server.base_url("msit_en")).list_url(1)).path
    server.replica.faults.append(Fault("^" + re.escape(list_path), kind="no_script", times=99))
    before = len(server.replica.requests)
    try:
        _, report = crawl(
            config,
            tmp_path / "data",
            "--source",
            "news1_ko",
            "--source",
            "msit_en",
            "--since",
            "2025-06",
            "--until",
            "2025-08",
        )
    finally:
        server.replica.faults.clear()
        server.replica.layout_changed.clear()
    for source in ("news1_ko", "msit_en"):
        summary = report["sources"][source]
        wanted = [e for e in expected_ict_pages(content, source) if date(2025, 6, 1) <= e.published < date(2025, 9, 1)]
        assert summary["articles_new"] == len(wanted) > 0, (source, summary)
        assert summary["layer_worked"] == "links"
    list_requests = [path for _, path, _ in server.replica.requests[before:] if path.startswith(list_path)]
    assert len(list_requests) < 3  # page 1 dated its rows through its oldest article: older than 2025-06, done


@pytest.mark.slow
def test_a_maintenance_notice_in_place_of_an_article_is_a_failure_not_an_article(replica, tmp_path):
    server, content, config = replica
    newest = next(e for e in load(content)["msit_ko"] if is_ict_trade_title(e.title))
    server.replica.faults.append(Fault(rf"nttSeqNo={newest_id(server, 'msit_ko', newest)}$", kind="notice", times=99))
    try:
        status, report = crawl(config, tmp_path / "data", "--source", "msit_ko")
    finally:
        server.replica.faults.clear()
    summary = report["sources"]["msit_ko"]
    assert status == 1 and summary["health"] == "degraded"
    assert any("'시스템 점검' notice in place of article" in p for p in summary["problems"]), summary["problems"]
    assert summary["articles_new"] == len(expected_ict_pages(content, "msit_ko")) - 1
    with connect(DataDir(tmp_path / "data")) as db:
        assert not db.execute("SELECT count(*) FROM articles WHERE title LIKE '%점검%'").fetchone()[0]


def newest_id(server, source: str, entry) -> str:
    return next(e.id for e in server.replica.entries[source] if e.slug == entry.slug)


@pytest.mark.slow
def test_the_older_layouts_crawl_as_well_as_the_current_ones(replica, tmp_path):
    """Every site with a known older layout (MOTIE's href + onclick board with the release in <article>,
    MSIT's adjacent fill script, the Korea Herald's main_sec_li list and view.php pages) served in it."""
    server, content, config = replica
    older = {name: site.layouts[1] for name, site in server.replica.sites.items() if len(site.layouts) > 1}
    server.replica.layouts.update(older)
    try:
        status, report = crawl(config, tmp_path / "data", *[arg for name in older for arg in ("--source", name)])
    finally:
        server.replica.layouts.clear()
    assert status == 0 and set(report["sources"]) == set(older)
    for source, summary in report["sources"].items():
        assert summary["health"] == "ok" and summary["layer_worked"] in ("feed", "list"), (source, summary)
        assert summary["articles_new"] == len(expected_ict_pages(content, source)), (source, summary)
    with connect(DataDir(tmp_path / "data")) as db:
        legacy = db.execute("SELECT count(*) FROM articles WHERE canonical_url LIKE '%view.php?ud=%'").fetchone()[0]
    assert legacy == len(expected_ict_pages(content, "koreaherald_en"))


@pytest.mark.slow
def test_a_list_with_no_links_at_all_is_broken(replica, tmp_path):
    server, _, config = replica
    server.replica.layout_changed.add("news1_ko")
    server.replica.faults.append(Fault(r"^/news1_ko/latest", kind="empty", times=99))
    try:
        status, report = crawl(config, tmp_path / "data", "--source", "news1_ko")
    finally:
        server.replica.layout_changed.discard("news1_ko")
        server.replica.faults.clear()
    assert status == 1 and "no article links" in report["sources"]["news1_ko"]["reason"]


def test_date_bounds_limit_what_is_fetched(replica, tmp_path):
    _, content, config = replica
    status, report = crawl(config, tmp_path / "data", "--source", "msit_ko", "--since", "2025-01")
    expected = [e for e in load(content)["msit_ko"] if is_ict_trade_title(e.title) and e.published >= date(2025, 1, 1)]
    assert status == 0 and report["sources"]["msit_ko"]["articles_new"] == len(expected) > 0
    assert report["sources"]["msit_ko"]["requests"] < 10  # paging stopped once pages were older than --since
