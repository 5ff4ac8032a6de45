"""The TOML configuration: where each source lives and how politely to crawl.

    [crawl]
    autothrottle = true          # AutoThrottle on the real sites; the replica turns it off
    download_delay = 1.0
    concurrency_per_domain = 2
    [sources.motie_en]
    base_url = "https://english.motir.go.kr"

A source without a table uses its spider's real-site default. `--config FILE`, else `$ICTARCHIVE_CONFIG`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scraper.errors import UsageError


@dataclass
class Config:
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    crawl: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def source(self, name: str) -> dict[str, Any]:
        return self.sources.get(name, {})


def load_config(path: str | os.PathLike | None = None) -> Config:
    chosen = path or os.environ.get("ICTARCHIVE_CONFIG")
    if not chosen:
        return Config()
    file = Path(chosen)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"config file {file} not found; pass --config FILE or unset ICTARCHIVE_CONFIG") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"config file {file} is not readable TOML: {exc}") from None
    sources = data.get("sources", {})
    if not isinstance(sources, dict) or not all(isinstance(v, dict) for v in sources.values()):
        raise UsageError(f"config file {file}: [sources.<name>] tables expected")
    return Config(sources=sources, crawl=data.get("crawl", {}), path=file)


def write_config(path: Path, base_urls: dict[str, str], crawl: dict[str, Any] | None = None) -> None:
    """A config pointing every source at `base_urls` (used by `mirror serve --write-config`)."""
    lines = ["# written by ictarchive: every source points at a local replica", "[crawl]"]
    for key, value in (crawl or {}).items():
        lines.append(f"{key} = {str(value).lower() if isinstance(value, bool) else value!r}")
    for name, url in sorted(base_urls.items()):
        lines += ["", f"[sources.{name}]", f'base_url = "{url}"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
