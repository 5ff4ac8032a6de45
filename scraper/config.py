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
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scraper.errors import UsageError

# The TOML type of each known setting ("int"/"number" also mean >= 0).
CRAWL_TYPES = {"autothrottle": "bool", "download_delay": "number", "concurrency_per_domain": "int",
               "concurrent_requests": "int", "retry_times": "int", "retry_backoff": "number",
               "max_retry_after": "number", "download_timeout": "number", "max_body_bytes": "int",
               "error_budget": "int", "sources": "list[str]", "user_agent": "str", "log_level": "str"}
SCHEDULE_TYPES = {"daily_at": "str", "compact_weekday": "str", "compact_at": "str",
                  "crawl_timeout_minutes": "number", "misfire_grace_hours": "number", "expected_day": "int",
                  "watch_from": "str"}
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


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
        if not isinstance(table, dict):
            raise UsageError(f"config file {file}: [schedule] must be a table of settings")
        unknown = set(table) - set(cls.__dataclass_fields__)
        if unknown:
            raise UsageError(f"config file {file}: unknown [schedule] keys {', '.join(sorted(unknown))}")
        for key, value in table.items():
            _check_type(file, "schedule", key, value, SCHEDULE_TYPES[key])
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
        if not set(schedule.compact_weekday.lower().split(",")) <= set(WEEKDAYS):
            raise UsageError(f"config file {file}: [schedule] compact_weekday must be a day ({', '.join(WEEKDAYS)}) "
                             f"or a comma-separated list of days, not {schedule.compact_weekday!r}")
        if schedule.watch_from is not None and not _MONTH.match(schedule.watch_from):
            raise UsageError(f"config file {file}: [schedule] watch_from must be a month as \"YYYY-MM\", "
                             f"not {schedule.watch_from!r}")
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
    except IsADirectoryError:
        raise UsageError(f"config file {file} is a directory; pass --config FILE with a TOML file") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"config file {file} is not valid TOML ({exc}); fix the file") from None
    except UnicodeDecodeError:
        raise UsageError(f"config file {file} is not UTF-8 text; save it as UTF-8 TOML") from None
    except OSError as exc:
        raise UsageError(f"config file {file} cannot be read ({exc.strerror}); check the path and its "
                         "permissions") from None
    unknown = set(data) - {"crawl", "sources", "schedule"}
    if unknown:
        raise UsageError(f"config file {file}: unknown tables {', '.join(sorted(unknown))}; "
                         "expected [crawl], [sources.<name>] and [schedule]")
    return Config(sources=_check_sources(data.get("sources", {}), file),
                  crawl=_check_crawl(data.get("crawl", {}), file), path=file,
                  schedule=Schedule.from_table(data.get("schedule", {}), file))


def _kind(value: Any) -> str:
    return {bool: "true/false", int: "a whole number", float: "a number", str: "a string", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)


def _check_type(file: Path | None, table: str, key: str, value: Any, wanted: str) -> None:
    """One setting of the expected TOML type (bool is not taken for a number, nor a number for a bool)."""
    ok = {
        "bool": isinstance(value, bool),
        "int": isinstance(value, int) and not isinstance(value, bool) and value >= 0,
        "number": isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0,
        "str": isinstance(value, str),
        "list[str]": isinstance(value, list) and all(isinstance(item, str) for item in value),
    }[wanted]
    if not ok:
        expected = {"bool": "true or false", "int": "a whole number >= 0", "number": "a number >= 0",
                    "str": "a string in quotes", "list[str]": 'a list of names, e.g. ["motie_en"]'}[wanted]
        raise UsageError(f"config file {file}: [{table}] {key} must be {expected}, not {_kind(value)} "
                         f"({value!r}); fix the file")


def _check_crawl(table: Any, file: Path) -> dict[str, Any]:
    """Known [crawl] settings must have their type; unknown ones are kept (a newer setting is not an error)."""
    if not isinstance(table, dict):
        raise UsageError(f"config file {file}: [crawl] must be a table of settings")
    for key, value in table.items():
        if key in CRAWL_TYPES:
            _check_type(file, "crawl", key, value, CRAWL_TYPES[key])
    for key in ("concurrency_per_domain", "concurrent_requests", "download_timeout", "max_body_bytes"):
        if key in table and table[key] <= 0:
            raise UsageError(f"config file {file}: [crawl] {key} must be greater than 0; fix the file")
    return table


def _check_sources(table: Any, file: Path) -> dict[str, dict[str, Any]]:
    if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
        raise UsageError(f"config file {file}: [sources.<name>] tables expected")
    for name, settings in table.items():
        base_url = settings.get("base_url")
        if base_url is None:
            continue
        if not isinstance(base_url, str) or not re.match(r"^https?://[^/\s]+", base_url):
            raise UsageError(f"config file {file}: [sources.{name}] base_url must be an http(s) URL, "
                             f"not {base_url!r}; fix the file")
    return table


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
