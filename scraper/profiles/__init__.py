"""Source specs (`SourceSpec`, also called profiles): one module per source defines `PROFILE`, the one
declaration of that source (hosts, language, kind, discovery layers, list and article selectors).

Modules are discovered, so adding a source adds a file here and touches nothing else. The cleaner picks a
spec by URL host (aliases included); spiders, the replica and the tests look them up by name.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache
from urllib.parse import urlsplit

from scraper.profiles.base import LAYERS, SourceProfile, SourceSpec

__all__ = [
    "LAYERS",
    "SourceProfile",
    "SourceSpec",
    "all_profiles",
    "all_specs",
    "get_profile",
    "get_spec",
    "profile_for_url",
]


@cache
def all_profiles() -> dict[str, SourceProfile]:
    profiles: dict[str, SourceProfile] = {}
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        profile = getattr(module, "PROFILE", None)
        if isinstance(profile, SourceProfile):
            profiles[profile.name] = profile
    return profiles


def get_profile(name: str) -> SourceProfile:
    try:
        return all_profiles()[name]
    except KeyError:
        known = ", ".join(sorted(all_profiles()))
        raise KeyError(f"unknown source {name!r} (known: {known})") from None


all_specs = all_profiles
get_spec = get_profile


def normalise_host(host: str) -> str:
    host = host.lower().split(":")[0]
    for prefix in ("www.", "m."):
        if host.startswith(prefix):
            return host[len(prefix) :]
    return host


@cache
def _host_index() -> dict[str, tuple[SourceProfile, ...]]:
    index: dict[str, list[SourceProfile]] = {}
    for profile in all_profiles().values():
        for host in profile.hosts:
            index.setdefault(normalise_host(host), []).append(profile)
    return {host: tuple(profiles) for host, profiles in index.items()}


# "https://host[:port]/path…", in the characters urlsplit keeps as they are: its host and path read directly
_PLAIN_URL = re.compile(r"https?://([A-Za-z0-9.-]+)(?::[0-9]*)?(/[^?#\t\r\n]*)?(?=[?#]|\Z)")


def _host_and_path(url: str) -> tuple[str, str]:
    """`urlsplit(url)`'s hostname ("" for none) and path. A plain URL is read by one match (the extractor asks this of
    every page: urlsplit's own cache holds 128 URLs, and a crawl seldom asks for one twice)."""
    plain = _PLAIN_URL.match(url)
    if plain is not None:
        return plain.group(1).lower(), plain.group(2) or ""
    parts = urlsplit(url)
    return parts.hostname or "", parts.path


def profile_for_url(url: str | None) -> SourceProfile | None:
    """The profile whose host (or an alias of it) serves `url`; None for unknown hosts. Sources that
    share a host (MSIT Korean /bbs/ and English /eng/) are told apart by their path prefix."""
    if not url:
        return None
    host, path = _host_and_path(url)
    candidates = _host_index().get(normalise_host(host), ())
    matching = [p for p in candidates if path.startswith(p.path_prefix)]
    if not matching:
        return None
    return max(matching, key=lambda p: len(p.path_prefix))
