"""The parser's version: a digest of its own source, so it changes whenever the code that turns text
into facts changes, and never when nothing did. Stored with every article and fact, it tells `reparse
--stale` which rows an older parser wrote."""

from __future__ import annotations

import hashlib
from pathlib import Path


def source_digest(package: Path = Path(__file__).parent) -> str:
    digest = hashlib.sha256()
    for path in sorted(package.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()[:12]


def parser_build() -> str:
    """How these modules run: as C extensions compiled by mypyc (setup.py, ICTARCHIVE_USE_MYPYC=1) or as Python."""
    return "pure Python" if __file__.endswith(".py") else "compiled by mypyc"


PARSER_VERSION = source_digest()
