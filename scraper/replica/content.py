"""Replica content: `<dir>/<source>/<slug>.json` files, loaded as entries newest first.

Each site gives its entries ids in its own style (`Site.make_id`), from their order by date, so ids are
stable while content is only added at the new end, as on the real sites.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

BUNDLED = Path(__file__).with_name("content")


@dataclass(frozen=True)
class Entry:
    slug: str
    title: str
    published: date
    paragraphs: tuple[str, ...]
    index: int  # 0 = oldest
    id: str = ""

    @property
    def lede(self) -> str:
        return self.paragraphs[0] if self.paragraphs else ""


def load_source(folder: Path) -> list[Entry]:
    """Entries of one source, newest first; files starting with `_` are not pages."""
    raw = []
    for path in sorted(folder.glob("*.json")):
        if path.name.startswith("_"):
            continue
        page = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = tuple(p.strip() for p in page["body"].split("\n\n") if p.strip())
        raw.append((date.fromisoformat(page["published"]), path.stem, page["title"], paragraphs))
    raw.sort()
    entries = [Entry(slug, title, day, paragraphs, index) for index, (day, slug, title, paragraphs) in enumerate(raw)]
    return entries[::-1]


def load(content_dir: Path) -> dict[str, list[Entry]]:
    return {
        folder.name: load_source(folder)
        for folder in sorted(content_dir.iterdir())
        if folder.is_dir() and not folder.name.startswith(("_", "."))
    }
