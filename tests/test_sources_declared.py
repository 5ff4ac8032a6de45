"""One source, one spec: every declared source has its spider, replica site, replica content, fixtures
and expected JSON; nothing is there without a spec; and no other module names a source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from scraper.profiles import all_specs
from scraper.replica.content import BUNDLED, load_source
from scraper.replica.sites import all_sites
from spiders import all_spiders
from spiders.base import is_ict_trade_title
from tests.source_fixtures import FIXTURES, expected, source_dirs

ROOT = Path(__file__).parent.parent
SPECS = sorted(all_specs())


def test_the_registries_name_the_same_sources() -> None:
    content = sorted(p.name for p in BUNDLED.iterdir() if p.is_dir())
    assert SPECS and sorted(all_spiders()) == SPECS == sorted(all_sites()) == content == source_dirs()


@pytest.mark.parametrize("source", SPECS)
def test_a_declared_source_has_everything_it_needs(source: str) -> None:
    spec = all_specs()[source]
    assert source in all_spiders(), f"{source}: no spider in spiders/{source}.py"
    assert source in all_sites(), f"{source}: no replica site in scraper/replica/sites/{source}.py"
    entries = load_source(BUNDLED / source)
    assert any(is_ict_trade_title(e.title) for e in entries), f"{source}: no ICT release in its replica content"
    assert (FIXTURES / source / "expected.json").exists(), f"{source}: no tests/fixtures/{source}/expected.json"
    cases = expected(source)
    assert cases["articles"], f"{source}: no article fixture"
    layers = {case["layer"] for case in cases["pages"]}
    assert set(spec.layers) <= layers, f"{source}: layers without a fixture: {set(spec.layers) - layers}"
    for case in cases["pages"] + cases["articles"]:
        assert (FIXTURES / source / case["file"]).exists(), f"{source}: {case['file']} is missing"
    assert len(spec.layers) >= 2, f"{source}: discovery needs a second layer to fall back on"


def source_modules() -> set[Path]:
    """The modules that belong to one source (named after it) and may name it."""
    return {
        ROOT / folder / f"{name}.py"
        for name in SPECS
        for folder in ("spiders", "scraper/profiles", "scraper/replica/sites")
    }


def test_no_other_module_branches_on_a_source_name() -> None:
    offenders = []
    for folder in ("scraper", "spiders", "archive"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path in source_modules():
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and node.value in SPECS:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} names {node.value!r}")
    assert not offenders, offenders
