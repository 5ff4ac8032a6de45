"""The storage layer knows nothing of cleaning or parsing: importing every archive module loads neither (the
whole layer contract is checked by import-linter in CI; this is the part a reader of the archive relies on)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import archive

DOMAIN = ("scraper.parser", "scraper.cleaner", "scraper.profiles", "scraper.ingest", "spiders", "scrapy")


def test_importing_the_archive_imports_no_cleaner_parser_or_crawler() -> None:
    modules = sorted(f"archive.{m.name}" for m in pkgutil.iter_modules(archive.__path__))
    assert "archive.writer" in modules and "archive.maintenance" in modules
    probe = (
        f"import importlib, sys\nfor name in {modules!r}: importlib.import_module(name)\n"
        f"print('\\n'.join(sorted(m for m in sys.modules if m.startswith({DOMAIN!r}))))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []
