"""One module per source: how that site's replica renders list pages, feeds and articles.

Each module defines `SITE`, a `Site` whose `routes` map the real site's paths onto our pages. Markup is
ours; the structure (URL patterns, ids hidden in scripts, embedded JSON, boilerplate) follows what is
known of the real site. Modules are discovered, so adding a source adds a file here.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from scraper.replica.sites.base import Site


@cache
def all_sites() -> dict[str, Site]:
    sites = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name == "base":
            continue
        site = getattr(importlib.import_module(f"{__name__}.{info.name}"), "SITE", None)
        if isinstance(site, Site):
            sites[site.name] = site
    return sites
