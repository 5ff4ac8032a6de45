"""Build hook: with ICTARCHIVE_USE_MYPYC=1 the parser is compiled to C by mypyc (as mypy and black build their own
wheels); without it the package is pure Python. Everything else is declared in pyproject.toml.

The parser is the one hot path (a page's text read figure by figure in Python); compiled, it runs the same code
about 1.5x as fast. Editable installs stay pure Python, so that an edited parser module is the one that runs;
the compiled build is checked against the pure one by tests/test_compiled_parser.py. Without a C compiler the
extensions are skipped (they are optional) and the pure modules serve.
"""

from __future__ import annotations

import os
from glob import glob

from setuptools import setup


def compiled_parser() -> list:
    if os.environ.get("ICTARCHIVE_USE_MYPYC") != "1":
        return []
    from mypyc.build import mypycify  # (a build requirement: pyproject.toml's [build-system])

    modules = sorted(glob("scraper/parser/*.py"))
    # the other modules' mypy overrides are unused in a build of the parser alone: not a reason to stop
    # one shared library for all of them, named for what it is: the module ictarchive_parser__mypyc
    extensions = mypycify(["--no-warn-unused-configs", *modules], opt_level="3", group_name="ictarchive_parser")
    for extension in extensions:
        extension.optional = True  # no compiler: a warning, and the pure modules
    return extensions


setup(ext_modules=compiled_parser())
