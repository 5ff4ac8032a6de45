"""One Scrapy spider per source. Modules are discovered: adding a source adds a module here (plus its
profile, its replica site and its tests) and touches nothing else."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from spiders.base import SourceSpider


@cache
def all_spiders() -> dict[str, type[SourceSpider]]:
    found: dict[str, type[SourceSpider]] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            defined_here = isinstance(value, type) and value.__module__ == module.__name__
            if defined_here and issubclass(value, SourceSpider):
                found[value.name] = value
    return found
