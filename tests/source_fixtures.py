"""Per-source fixtures (city-scrapers style): `tests/fixtures/<source>/` holds pages written by us in the
live sites' shape, gzipped, and `expected.json` saying what each must give."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse

FIXTURES = Path(__file__).parent / "fixtures"


def source_dirs() -> list[str]:
    return sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.json").exists())


def expected(source: str) -> dict:
    return json.loads((FIXTURES / source / "expected.json").read_text(encoding="utf-8"))


def body(source: str, file: str) -> bytes:
    return gzip.decompress((FIXTURES / source / file).read_bytes())


def response(source: str, file: str, url: str, headers: dict | None = None):
    """The page as Scrapy would hand it to a spider (HTML, XML or JSON by the file's name)."""
    kind = HtmlResponse if ".html" in file else XmlResponse if ".xml" in file else TextResponse
    return kind(url, body=body(source, file), headers=headers or {}, encoding="utf-8", request=Request(url))


def article_pages() -> list[tuple[str, bytes, str]]:
    """(name, raw bytes, URL) of every article fixture of every source."""
    return [
        (f"{source}/{case['file']}", body(source, case["file"]), case["url"])
        for source in source_dirs()
        for case in expected(source)["articles"]
    ]
