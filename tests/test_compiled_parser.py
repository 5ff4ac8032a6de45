"""The compiled parser (setup.py, ICTARCHIVE_USE_MYPYC=1) is the same parser: built from this tree by mypyc,
every module of scraper/parser is an extension, it finds exactly the facts the pure modules find in every text of
the project's invented corpora, and it passes the parser's own tests. The editable install the tests run is pure
Python, so this is where a difference in the compiled build (a construct mypyc reads otherwise, a type it
enforces at run time) would show."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent

pytestmark = pytest.mark.slow  # a C build of the parser (about 90 s on two cores)

# Every invented text with its gold file's publication date, parsed; one line of facts per text. It prints on
# its first line where the parser was imported from, so that the run proves which build it used.
FACTS_OF_EVERY_TEXT = """
import json, sys
from datetime import date
from pathlib import Path
import scraper.parser.reader
from scraper.parser import parse
print(scraper.parser.reader.__file__)
for text in sorted(Path(sys.argv[1]).glob("invented*/*.txt")):
    gold = json.loads(text.with_suffix(".json").read_text(encoding="utf-8"))
    published = gold.get("published")
    result = parse(text.read_text(encoding="utf-8"), date.fromisoformat(published) if published else None)
    print(text.name, result.is_ict_trade_report, json.dumps([fact.to_dict() for fact in result.facts], sort_keys=True))
"""


PARSER_TESTS = (
    "tests/test_parser_causes.py",
    "tests/test_parser_drafts.py",
    "tests/test_parser_english.py",
    "tests/test_parser_korean.py",
    "tests/test_parser_metamorphic.py",
    "tests/test_parser_not_facts.py",
    "tests/test_parser_periods.py",
    "tests/test_parser_rules.py",
    "tests/test_parser_rules_border.py",
    "tests/test_parser_rules_vocabulary.py",
    "tests/test_parser_shortcuts.py",
    "tests/test_parser_tables.py",
    "tests/test_classify.py",
    "tests/test_fuzz_extract.py",
    "tests/test_hostile_input.py",
)


def facts_of_every_text(pythonpath: Path) -> list[str]:
    environment = {**os.environ, "PYTHONPATH": str(pythonpath)}
    result = subprocess.run(
        [sys.executable, "-c", FACTS_OF_EVERY_TEXT, str(ROOT / "benchmarks")],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=pythonpath,
        env=environment,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.splitlines()


def test_the_compiled_parser_finds_the_facts_the_pure_one_finds_and_passes_the_parser_tests(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, tree / name)
    for name in ("scraper", "tests", "benchmarks"):
        shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    build = subprocess.run(
        [sys.executable, "setup.py", "-q", "build_ext", "--inplace", "-j", "2"],
        capture_output=True,
        text=True,
        timeout=1200,
        cwd=tree,
        env={**os.environ, "ICTARCHIVE_USE_MYPYC": "1"},
    )
    assert build.returncode == 0, build.stderr[-3000:]
    modules = sorted(path.stem for path in (tree / "scraper" / "parser").glob("*.py"))
    compiled = {
        path.name.split(".")[0]
        for path in (tree / "scraper" / "parser").iterdir()
        if any(path.name.endswith(suffix) for suffix in EXTENSION_SUFFIXES)
    }
    assert set(modules) <= compiled, sorted(set(modules) - compiled)  # (no module fell back to pure Python)

    compiled_run, pure_run = facts_of_every_text(tree), facts_of_every_text(ROOT)
    assert compiled_run[0].startswith(str(tree)) and compiled_run[0].endswith(tuple(EXTENSION_SUFFIXES))
    assert pure_run[0] == str(ROOT / "scraper" / "parser" / "reader.py")
    assert len(pure_run) > 1000 and sum(line.split(" ", 2)[1] == "True" for line in pure_run[1:]) > 900
    assert len(compiled_run) == len(pure_run)
    differing = [(ours, theirs) for ours, theirs in zip(compiled_run[1:], pure_run[1:], strict=True) if ours != theirs]
    assert not differing, differing[:3]

    # the parser's unit, rule and property tests, run in the tree (pytest puts it first on the path: compiled)
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not slow", *PARSER_TESTS],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=tree,
        env={key: value for key, value in os.environ.items() if key != "PYTHONPATH"},
    )
    assert tests.returncode == 0, tests.stdout[-3000:]
