"""The distribution's top-level names, and the check that they are ours.

The wheel installs the packages `archive`, `scraper`, `spiders` and the module `scheduler` at the top level
(the project's layout); a compiled build (setup.py) adds the parser's shared library, `ictarchive_parser__mypyc`,
a name no one else uses. Generic names can meet another distribution's in a shared environment: ours could
overwrite theirs on install, or theirs could be imported instead of ours. Both are found here without
importing anything: `foreign_modules` (a name that resolves outside this installation; the CLI refuses to run
on it) and `shared_names` (another installed distribution that claims one of the names; `--version` says so).
"""

from __future__ import annotations

import importlib.util
import re
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "ictarchive"
TOP_LEVEL = ("archive", "scraper", "spiders", "scheduler")
_HOME = Path(__file__).resolve().parent.parent  # the directory that holds scraper/ (site-packages or a checkout)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def foreign_modules() -> dict[str, str]:
    """Our top-level names that Python would import from somewhere other than this installation."""
    found: dict[str, str] = {}
    for name in TOP_LEVEL:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        where = Path(origin).resolve() if origin and origin not in ("built-in", "frozen", "namespace") else None
        if where is None or (where.parent.parent != _HOME and where.parent != _HOME):
            found[name] = origin or "nowhere"
    return found


def shared_names() -> dict[str, list[str]]:
    """Other installed distributions that also install one of our top-level names (e.g. their own `archive`)."""
    owners = metadata.packages_distributions()
    shared: dict[str, list[str]] = {}
    for name in TOP_LEVEL:
        others = sorted({d for d in owners.get(name, []) if _canonical(d) != DISTRIBUTION})
        if others:
            shared[name] = others
    return shared


def advice() -> str:
    return (
        "install ictarchive in its own virtual environment (python3 -m venv; or pipx install .), where no "
        "other package provides archive, scraper, spiders or scheduler"
    )
