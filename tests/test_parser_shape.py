"""The parser's shape: small stages, and a version that moves with its code."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import scraper.parser
from scraper.parser.version import PARSER_VERSION, source_digest

PACKAGE = Path(scraper.parser.__file__).parent


def test_no_parser_function_is_over_sixty_lines() -> None:
    long = []
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno is not None:
                length = node.end_lineno - node.lineno + 1
                if length > 60:
                    long.append(f"{path.name}:{node.name} ({length} lines)")
    assert not long


def test_the_version_is_the_code(tmp_path: Path) -> None:
    copy = tmp_path / "parser"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert source_digest(copy) == PARSER_VERSION
    lexicon = copy / "lexicon.py"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# a changed rule\n", encoding="utf-8")
    assert source_digest(copy) != PARSER_VERSION
