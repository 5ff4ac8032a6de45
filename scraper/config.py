"""The TOML configuration: where each source lives and how politely to crawl.

    [crawl]
    sources = ["motie_en", "msit_ko"]  # what crawl, schedule, backfill and status cover (default: all)
    autothrottle = true          # AutoThrottle on the real sites; the replica turns it off
    download_delay = 1.0
    concurrency_per_domain = 2
    [sources.motie_en]
    base_url = "https://english.motir.go.kr"
    [schedule]                   # times are Korea time (Asia/Seoul), whatever the host's zone
    daily_at = "08:30"
    compact_weekday = "sun"
    compact_at = "04:00"
    crawl_timeout_minutes = 60
    misfire_grace_hours = 6
    expected_day = 20            # a month's release is overdue after this day of the next month
    watch_from = "2024-01"       # status reports months missing from here on (default: 12 months back)

A source without a table uses its spider's real-site default. `--config FILE`, else `$ICTARCHIVE_CONFIG`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scraper.errors import UsageError


@dataclass(frozen=True)
class Schedule:
    daily_at: str = "08:30"
    compact_weekday: str = "sun"
    compact_at: str = "04:00"
    crawl_timeout_minutes: float = 60
    misfire_grace_hours: float = 6
    expected_day: int = 20
    watch_from: str | None = None

    @classmethod
    def from_table(cls, table: dict[str, Any], file: Path | None = None) -> Schedule:
        unknown = set(table) - set(cls.__dataclass_fields__)
        if unknown:
            raise UsageError(f"config file {file}: unknown [schedule] keys {', '.join(sorted(unknown))}")
        schedule = cls(**table)
        for name in ("daily_at", "compact_at"):
            value = getattr(schedule, name)
            parts = str(value).split(":")
            limits = (24, 60, 60)[:len(parts)]
            valid = all(p.isdigit() and int(p) < n for p, n in zip(parts, limits, strict=True))
            if not (2 <= len(parts) <= 3 and valid):
                raise UsageError(f"config file {file}: [schedule] {name} must be HH:MM (or HH:MM:SS), not {value!r}")
        if not 1 <= int(schedule.expected_day) <= 28:
            raise UsageError(f"config file {file}: [schedule] expected_day must be 1..28")
        return schedule


@dataclass
class Config:
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    crawl: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    schedule: Schedule = field(default_factory=Schedule)

    def source(self, name: str) -> dict[str, Any]:
        return self.sources.get(name, {})

    def selected_sources(self) -> list[str] | None:
        """`[crawl] sources`, the sources every command covers by default; None means all."""
        chosen = self.crawl.get("sources")
        if chosen is None:
            return None
        if not isinstance(chosen, list) or not all(isinstance(name, str) for name in chosen):
            raise UsageError(f"config file {self.path}: [crawl] sources must be a list of source names")
        return list(chosen)


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
    return Config(sources=sources, crawl=data.get("crawl", {}), path=file,
                  schedule=Schedule.from_table(data.get("schedule", {}), file))


def write_config(path: Path, base_urls: dict[str, str], crawl: dict[str, Any] | None = None) -> None:
    """A config pointing every source at `base_urls` (used by `mirror serve --write-config`)."""
    lines = ["# written by ictarchive: every source points at a local replica", "[crawl]"]
    for key, value in (crawl or {}).items():
        if isinstance(value, bool):
            value = str(value).lower()
        elif isinstance(value, list):
            value = "[" + ", ".join(f'"{item}"' for item in value) + "]"
        else:
            value = repr(value)
        lines.append(f"{key} = {value}")
    for name, url in sorted(base_urls.items()):
        lines += ["", f"[sources.{name}]", f'base_url = "{url}"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
