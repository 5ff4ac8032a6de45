"""The declaration of a source: one spec says where the site lives, how its articles are found and where
each article page keeps its title, date and body. The spider, the cleaner, the replica site and the replica
content are all looked up by the spec's `name`; nothing else in the code branches on a source's name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LAYERS = ("feed", "list", "links")  # discovery layers, in the order they are tried
NOTICE_MARKERS = ("시스템 점검", "서비스 점검", "시스템점검", "System maintenance", "under maintenance")


@dataclass(frozen=True)
class SourceSpec:
    name: str
    hosts: tuple[str, ...]  # every host the site answers on (aliases included; www./m. are implied)
    lang: str  # "en" | "ko"
    kind: str  # "ministry" | "news"
    # -- the article page --------------------------------------------------------------------------
    title: tuple[str, ...] = ()  # CSS selectors, tried in order
    date: tuple[str, ...] = ()  # CSS selectors (text, or the content/datetime/data-published-time attribute)
    body: tuple[str, ...] = ()  # CSS selectors for the article body container, tried in order
    embedded: tuple[str, ...] = ()  # embedded-JSON readers tried before the body: "jsonld", "fusion", "next_data"
    drop: tuple[str, ...] = ()  # CSS selectors removed from the body before reading it (captions, share bars)
    path_prefix: str = ""  # only URLs under this path belong to the source
    title_suffixes: tuple[str, ...] = field(default=())  # " | Yonhap News Agency" and the like
    # -- discovery ----------------------------------------------------------------------------------
    aliases: dict[str, str] = field(default_factory=dict)  # another host of the site -> the one URLs are keyed on
    article_pattern: str = ""  # regular expression an article URL's path+query matches (the links layer)
    layers: tuple[str, ...] = ("list",)  # discovery layers this site has, a subset of LAYERS in that order
    feed_path: str = ""  # RSS, Atom or news sitemap below the base URL (the feed layer)
    list_items: tuple[str, ...] = ()  # CSS selectors of one listed article (markup lists), tried in order
    list_title: tuple[str, ...] = ()  # within an item; the link text when none matches
    list_date: tuple[str, ...] = ()  # within an item; a date anywhere in the item's text when none matches
    list_reader: str = ""  # what a list read by code (script, JSON) reads, named in reports and probes
    script_links: tuple[tuple[str, str], ...] = ()  # (regex on href/onclick, path template with {0}) for JS links
    cadence_days: int = 40  # an ICT report is expected at least this often (monthly releases)
    notice_markers: tuple[str, ...] = NOTICE_MARKERS  # a 200 page with one of these in its title is not an article

    def __post_init__(self) -> None:
        unknown = [layer for layer in self.layers if layer not in LAYERS]
        if unknown or list(self.layers) != sorted(self.layers, key=LAYERS.index):
            raise ValueError(f"{self.name}: layers must be among {LAYERS}, in that order (got {self.layers})")
        if "links" in self.layers and not self.article_pattern:
            raise ValueError(f"{self.name}: the links layer needs an article_pattern")
        if "feed" in self.layers and not self.feed_path:
            raise ValueError(f"{self.name}: the feed layer needs a feed_path")
        re.compile(self.article_pattern)

    @property
    def list_selector(self) -> str:
        """What the list layer reads, as an operator would look for it in the page."""
        return self.list_reader or ", ".join(self.list_items)


SourceProfile = SourceSpec  # the cleaner's older name for the same declaration
