"""Every fault the web has, injected into one crawl of all sources: each is handled as the table in
docs/operations.md ("When things go wrong") says.

One module-wide scenario, because a crawl is a process start: a clean reference crawl, then a crawl where
each fault hits its own article (or list page), then a run with the faults gone. Per fault the tests check
what the run did and reported, what reached the archive (never an article or fact from a bad page, never a
duplicate), and that the next run archives exactly what the reference run did.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from archive.layout import DataDir
from archive.reader import connect
from scraper.config import write_config
from scraper.replica.server import Fault, RandomFaults, ReplicaServer
from spiders import all_spiders
from tests.replica_helpers import FAST

SETTINGS = {**FAST, "retry_times": 1, "download_timeout": 4, "max_body_bytes": 2 * 1024 * 1024}
SINCE = "2024-01"


@dataclass
class Case:
    """A fault on one article of `source`: `said` is what the run's problems must say about it."""

    name: str
    source: str
    fault: Fault | None  # None: robots.txt disallows the article
    said: str = ""
    archived_anyway: bool = False  # the page is still readable (charset, markup): archived as the reference
    status: int | None = None  # the status raw/ must hold for the article (a response did arrive)
    url: str = field(default="", init=False)


CASES = [
    Case("slow", "motie_en", Fault("", kind="slow", seconds=6, times=8), "timed out"),
    Case("reset", "motie_en", Fault("", kind="reset", times=12), "connection failed"),
    Case("truncated", "motie_en", Fault("", kind="truncate", times=12), "body cut short"),
    Case("malformed", "motie_en", Fault("", kind="malformed"), archived_anyway=True),
    Case("http_503", "msit_en", Fault("", status=503, times=8), "HTTP 503", status=503),
    Case("http_404", "msit_en", Fault("", status=404), "HTTP 404", status=404),
    Case("oversize", "yonhap_en", Fault("", kind="oversize", size=3 * 1024 * 1024), "larger than max_body_bytes"),
    Case("gzip_bomb", "yonhap_en", Fault("", kind="gzip_bomb", size=64 * 1024 * 1024), "compression bomb"),
    Case("redirect_loop", "koreaherald_en", Fault("", kind="redirect_loop", times=50), "redirect loop", status=302),
    Case(
        "pdf_in_place", "businesskorea_en", Fault("", kind="binary"), "not an HTML page (application/pdf)", status=200
    ),
    Case("robots_disallow", "chosunbiz_en", None, "disallowed by robots.txt"),
    Case("utf8_labelled_euckr", "koreakr_ko", Fault("", kind="mislabel"), archived_anyway=True),
    Case("no_charset", "koreakr_ko", Fault("", kind="no_charset"), archived_anyway=True),
    Case("euckr_labelled_utf8", "msit_ko", Fault("", kind="mislabel"), archived_anyway=True),
]
EMPTY_LIST_SOURCE = "news1_ko"  # its first list page is an empty board
DOUBLED_SOURCE = "yonhap_en"  # its list pages link every article twice (a tracking parameter on the twin)


def crawl(server: ReplicaServer, config: Path, data: Path) -> tuple[int, dict]:
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
            SINCE,
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result.returncode, json.loads(result.stdout.strip().splitlines()[-1])


def target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def archived(data: Path) -> tuple[dict[str, int], set[tuple], dict[str, str]]:
    """Versions per canonical URL, (fact_id, value) pairs, and article text per canonical URL."""
    with connect(DataDir(data)) as db:
        versions = dict(db.execute("SELECT canonical_url, count(*) FROM articles GROUP BY 1").fetchall())
        facts = set(db.execute("SELECT fact_id, value_usd, yoy_pct FROM facts").fetchall())
        texts = dict(db.execute("SELECT canonical_url, text FROM articles").fetchall())
        fact_ids = db.execute("SELECT count(*) - count(DISTINCT fact_id) FROM facts").fetchone()[0]
    assert fact_ids == 0, "a fact archived twice"
    return versions, facts, texts


def facts_of(data: Path, canonical: str) -> set[tuple]:
    with connect(DataDir(data)) as db:
        return set(
            db.execute(
                "SELECT f.fact_id, f.value_usd, f.yoy_pct FROM facts f JOIN articles a "
                "USING (article_id) WHERE a.canonical_url = ?",
                [canonical],
            ).fetchall()
        )


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    base = tmp_path_factory.mktemp("faults")
    with ReplicaServer() as server:
        config = base / "replica.toml"
        write_config(config, {name: server.base_url(name) for name in all_spiders()}, SETTINGS)
        reference_status, reference = crawl(server, config, base / "reference")
        assert reference_status == 0, {name: s["problems"] for name, s in reference["sources"].items()}
        with connect(DataDir(base / "reference")) as db:
            listed = db.execute("SELECT source, url, canonical_url FROM articles ORDER BY source, url").fetchall()
        free = {source: [(url, canonical) for s, url, canonical in listed if s == source] for source, *_ in listed}
        canonical_of = {}
        for case in CASES:
            case.url, canonical_of[case.name] = free[case.source].pop(0)
            if case.fault is None:
                server.replica.robots_disallow.append(urlsplit(case.url).path)
            else:
                case.fault.match = re.escape(target(case.url)) + r"([?&]hop=\d+)?$"
                server.replica.faults.append(case.fault)
        empty = r"^/news1_ko/latest\?page=1$"
        assert server.replica.respond("/news1_ko/latest?page=1").status == 200  # the list page the fault hits
        server.replica.faults.append(Fault(empty, kind="empty", times=3))
        server.replica.doubled_links.add(DOUBLED_SOURCE)
        served_before = len(server.replica.requests)
        faulted_status, faulted = crawl(server, config, base / "data")
        faulted_requests = server.replica.requests[served_before:]
        after_fault = archived(base / "data")
        server.replica.faults.clear()
        server.replica.robots_disallow.clear()
        next_status, next_run = crawl(server, config, base / "data")
    return {
        "base": base,
        "reference": archived(base / "reference"),
        "faulted": (faulted_status, faulted),
        "after_fault": after_fault,
        "next": (next_status, next_run),
        "canonical": canonical_of,
        "requests": faulted_requests,
    }


def test_the_faulted_run_reports_itself(scenario) -> None:
    status, report = scenario["faulted"]
    assert status == 1 and report["status"] == "broken"
    sources = report["sources"]
    assert sources[EMPTY_LIST_SOURCE]["health"] == "broken"
    assert "no article links" in sources[EMPTY_LIST_SOURCE]["reason"]
    for case in CASES:
        if not case.archived_anyway:
            assert sources[case.source]["health"] == "degraded", (case.name, sources[case.source])


@pytest.mark.parametrize("case", [c for c in CASES if not c.archived_anyway], ids=lambda c: c.name)
def test_a_bad_page_is_named_and_nothing_of_it_is_archived(scenario, case: Case) -> None:
    _, report = scenario["faulted"]
    problems = report["sources"][case.source]["problems"]
    named = [p for p in problems if target(case.url) in p]
    assert named and all(case.said in p for p in named), (case.name, problems)
    versions, _, _ = scenario["after_fault"]
    assert scenario["canonical"][case.name] not in versions  # no article, so no fact, from the bad page


@pytest.mark.parametrize("case", [c for c in CASES if c.archived_anyway], ids=lambda c: c.name)
def test_a_readable_page_with_bad_labels_or_markup_is_archived_as_the_clean_one(scenario, case: Case) -> None:
    canonical = scenario["canonical"][case.name]
    versions, _, texts = scenario["after_fault"]
    _, _, reference_texts = scenario["reference"]
    assert versions.get(canonical) == 1
    assert texts[canonical] == reference_texts[canonical]
    clean = facts_of(scenario["base"] / "reference", canonical)
    assert clean and facts_of(scenario["base"] / "data", canonical) == clean


@pytest.mark.parametrize("case", [c for c in CASES if c.status], ids=lambda c: c.name)
def test_raw_keeps_the_response_that_arrived(scenario, case: Case) -> None:
    with connect(DataDir(scenario["base"] / "data")) as db:
        statuses = [
            row[0]
            for row in db.execute(
                "SELECT status FROM captures WHERE url = ? ORDER BY fetched_at", [case.url]
            ).fetchall()
        ]
    assert statuses and statuses[0] == case.status, statuses


def test_an_article_under_two_urls_is_fetched_and_archived_once(scenario) -> None:
    prefix = f"/{DOUBLED_SOURCE}/"
    articles = Counter(
        path.split("?")[0]
        for _, path, status in scenario["requests"]
        if path.startswith(prefix) and "/view" in path and status == 200
    )
    assert articles and set(articles.values()) == {1}, articles
    assert not [path for _, path, _ in scenario["requests"] if "utm_source" in path]


def test_the_next_run_recovers_everything_exactly_once(scenario) -> None:
    status, report = scenario["next"]
    assert status == 0, {name: s["reason"] for name, s in report["sources"].items() if s["reason"]}
    versions, facts, _ = archived(scenario["base"] / "data")
    reference_versions, reference_facts, _ = scenario["reference"]
    assert versions == reference_versions  # every article, one version each
    assert facts == reference_facts
    missed = len(reference_versions) - len(scenario["after_fault"][0])
    assert missed > len(CASES) // 2 and sum(s["articles_new"] for s in report["sources"].values()) == missed


def test_random_faults_are_reproducible_and_near_their_rate() -> None:
    targets = [f"/motie_en/eng/article/EATCLdfa319ada/{n}/view" for n in range(4000)]
    kinds = (Fault("", status=503), Fault("", kind="reset"), Fault("", kind="truncate"))
    first = RandomFaults(rate=0.1, seed=7, kinds=kinds).faulty(targets)
    assert first == RandomFaults(rate=0.1, seed=7, kinds=kinds).faulty(targets)
    assert first != RandomFaults(rate=0.1, seed=8, kinds=kinds).faulty(targets)
    assert 340 <= len(first) <= 460  # 400 expected; binomial sd 19
    drawn = Counter(RandomFaults(rate=0.1, seed=7, kinds=kinds).pick(t).kind for t in first)
    assert set(drawn) == {"status", "reset", "truncate"}
