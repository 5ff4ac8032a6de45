"""The shape of a source profile: declarative, so the cleaner and the spiders share one description."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceProfile:
    name: str
    hosts: tuple[str, ...]  # every host the site answers on (aliases included; www./m. are implied)
    lang: str  # "en" | "ko"
    kind: str  # "ministry" | "news"
    title: tuple[str, ...] = ()  # CSS selectors, tried in order
    date: tuple[str, ...] = ()  # CSS selectors (text, or the content/datetime/data-published-time attribute)
    body: tuple[str, ...] = ()  # CSS selectors for the article body container, tried in order
    embedded: tuple[str, ...] = ()  # embedded-JSON readers tried before the body: "jsonld", "fusion", "next_data"
    drop: tuple[str, ...] = ()  # CSS selectors removed from the body before reading it (captions, share bars)
    path_prefix: str = ""  # only URLs under this path belong to the source
    title_suffixes: tuple[str, ...] = field(default=())  # " | Yonhap News Agency" and the like
