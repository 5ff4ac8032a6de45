"""`ictarchive probe` against the replica: the current layout passes, the older layouts pass, and a renamed
list container fails with the layer and its selector named (exit status 1)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from scraper.config import write_config
from scraper.profiles import all_specs
from scraper.replica.server import ReplicaServer
from spiders import all_spiders
from tests.replica_helpers import FAST

SOURCES = sorted(all_spiders())
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def replica(tmp_path_factory):
    with ReplicaServer() as server:
        config = tmp_path_factory.mktemp("config") / "replica.toml"
        write_config(config, {name: server.base_url(name) for name in SOURCES}, FAST)
        yield server, config


def probe(config, *extra: str) -> tuple[int, dict]:
    result = subprocess.run(
        [sys.executable, "-m", "scraper.cli", "probe", "--config", str(config), "--json", *extra],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.stdout.strip(), result.stderr[-2000:]
    return result.returncode, json.loads(result.stdout)


def test_the_current_layout_passes_every_layer_of_every_source(replica):
    server, config = replica
    before = len(server.replica.requests)
    status, report = probe(config)
    assert status == 0 and report["ok"], {s: r["problems"] for s, r in report["sources"].items() if not r["ok"]}
    for source, found in report["sources"].items():
        assert [layer["layer"] for layer in found["layers"]] == list(all_specs()[source].layers)
        assert all(layer["links"] > 0 for layer in found["layers"]), (source, found["layers"])
        article = found["article"]
        assert article["body_chars"] > 200 and article["facts"] > 0, (source, article)
    paths = [path for _, path, _ in server.replica.requests[before:]]
    assert paths.count("/robots.txt") == len(SOURCES)  # robots.txt once per source, then at most a page per layer
    assert len(paths) <= sum(1 + len(all_specs()[s].layers) + 1 for s in SOURCES)


def test_the_older_layouts_pass(replica):
    server, config = replica
    older = {name: site.layouts[1] for name, site in server.replica.sites.items() if len(site.layouts) > 1}
    assert {"koreaherald_en", "motie_en", "msit_ko", "msit_en"} <= set(older)
    server.replica.layouts.update(older)
    try:
        status, report = probe(config, *[arg for name in older for arg in ("--source", name)])
    finally:
        server.replica.layouts.clear()
    assert status == 0, {s: r["problems"] for s, r in report["sources"].items()}
    assert set(report["sources"]) == set(older)


def test_a_renamed_list_container_fails_naming_the_layer_and_the_selector(replica):
    server, config = replica
    server.replica.layout_changed.add("koreaherald_en")
    try:
        status, report = probe(config, "--source", "koreaherald_en", "--source", "yonhap_en")
    finally:
        server.replica.layout_changed.discard("koreaherald_en")
    assert status == 1 and not report["ok"]
    herald = report["sources"]["koreaherald_en"]
    assert not herald["ok"] and report["sources"]["yonhap_en"]["ok"]
    [problem] = herald["problems"]
    assert problem.startswith("list layer: found nothing (ul.sub_content_list > li, ul.main_sec_li > li)")
    links = next(layer for layer in herald["layers"] if layer["layer"] == "links")
    assert links["links"] > 0  # the next layer still finds the articles


def test_the_table_says_what_each_layer_found(replica):
    _, config = replica
    result = subprocess.run(
        [sys.executable, "-m", "scraper.cli", "probe", "--config", str(config), "--source", "motie_en"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "motie_en" in result.stdout and "links" in result.stdout and "1 of 1 sources ok" in result.stdout
