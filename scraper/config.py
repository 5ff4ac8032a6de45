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

Every table and key is known (`CRAWL`, `SCHEDULE`, `SOURCE` below): a typo is an error naming the nearest
known name, never a setting silently ignored. A source without a table uses its spider's real-site default.
`--config FILE`, else `$ICTARCHIVE_CONFIG`.
"""

from __future__ import annotations

import difflib
import importlib.util
import os
import pkgutil
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from scraper.errors import UsageError

USER_AGENT = "ictarchive/0.1 (+https://github.com/ictarchive/ictarchive; monthly archive of Korea ICT trade releases)"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_URL = re.compile(r"^https?://[^/\s]+")
# the Scrapy setting under which the crawl runner hands each crawler its run (scraper.crawl_run.run_of)
CRAWL_RUN_SETTING = "ICTARCHIVE_CRAWL_RUN"


@dataclass(frozen=True)
class Setting:
    """One configuration key: its TOML type, default, allowed range and what it means."""

    kind: str  # bool | int | number | str | list[str]
    default: Any
    help: str
    low: float | None = None  # inclusive bounds for numbers
    high: float | None = None
    above_zero: bool = False  # strictly greater than `low` (0)
    choices: tuple[str, ...] = ()


CRAWL: dict[str, Setting] = {
    "sources": Setting("list[str]", None, "sources every command covers by default (unset: all)"),
    "autothrottle": Setting("bool", True, "Scrapy AutoThrottle (off only for the local replica)"),
    "download_delay": Setting("number", 1.0, "seconds between requests to one host", 0, 3600),
    "concurrency_per_domain": Setting("int", 2, "requests in flight per host", 1, 64),
    "concurrent_requests": Setting("int", 16, "requests in flight per source", 1, 512),
    "retry_times": Setting("int", 3, "retries of a 429, 5xx or timeout", 0, 20),
    "retry_backoff": Setting("number", 2.0, "seconds before the first retry, doubling after each", 0, 3600),
    "max_retry_after": Setting("number", 600, "longest Retry-After waited out, in seconds", 0, 86400),
    "host_backoff_errors": Setting(
        "int", 3, "consecutive 5xx/timeouts from one host that slow the whole host", 1, 1000
    ),
    "max_host_delay": Setting(
        "number", 60.0, "longest delay between requests a slowed host is given, in seconds", 0, 86400
    ),
    "download_timeout": Setting("number", 30, "seconds before a request times out", 0, 3600, above_zero=True),
    "max_body_bytes": Setting("int", 8 * 1024 * 1024, "largest body (decompressed too)", 1024, 2**31),
    "error_budget": Setting("int", 50, "errors before a spider closes", 1, 1_000_000),
    "user_agent": Setting("str", USER_AGENT, "the User-Agent header"),
    "log_level": Setting("str", "WARNING", "Scrapy's log level", choices=LOG_LEVELS),
}
SCHEDULE: dict[str, Setting] = {
    "daily_at": Setting("str", "08:30", "daily crawl, Korea time (HH:MM)"),
    "compact_weekday": Setting("str", "sun", 'day(s) of the weekly compaction, e.g. "sun" or "wed,sun"'),
    "compact_at": Setting("str", "04:00", "weekly compaction, Korea time (HH:MM)"),
    "crawl_timeout_minutes": Setting("number", 60, "a crawl child is killed after this", 0, 24 * 60, above_zero=True),
    "misfire_grace_hours": Setting("number", 6, "a missed run still runs if this late", 0, 24 * 7),
    "expected_day": Setting("int", 20, "month M's release is overdue after this day of month M+1", 1, 28),
    "watch_from": Setting("str", None, "status lists missing months from here (unset: the last 12 months)"),
}
SOURCE: dict[str, Setting] = {
    "base_url": Setting("url", None, "where the source's site is (unset: the real site)"),
}
TABLES = {"crawl": CRAWL, "schedule": SCHEDULE, "sources": SOURCE}


def source_names() -> list[str]:
    """The sources there are spiders for, found without importing them (Scrapy loads only when a crawl runs)."""
    spec = importlib.util.find_spec("spiders")
    locations = list(spec.submodule_search_locations or []) if spec else []
    return sorted(info.name for info in pkgutil.iter_modules(locations) if info.name != "base")


def _nearest(name: str, known: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f"did you mean {close[0]}? " if close else ""


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
        """The [schedule] table, every key known and checked (also used for `--daily-at`)."""
        if not isinstance(table, dict):
            raise UsageError(f"config file {file}: [schedule] must be a table of settings")
        _check_table(file, "schedule", table, SCHEDULE)
        schedule = cls(**table)
        for name in ("daily_at", "compact_at"):
            value = getattr(schedule, name)
            parts = str(value).split(":")
            limits = (24, 60, 60)[: len(parts)]
            valid = all(p.isdigit() and int(p) < n for p, n in zip(parts, limits, strict=False))
            if not (2 <= len(parts) <= 3 and valid):
                raise UsageError(f"config file {file}: [schedule] {name} must be HH:MM (or HH:MM:SS), not {value!r}")
        if not set(schedule.compact_weekday.lower().split(",")) <= set(WEEKDAYS):
            raise UsageError(
                f"config file {file}: [schedule] compact_weekday must be a day ({', '.join(WEEKDAYS)}) "
                f"or a comma-separated list of days, not {schedule.compact_weekday!r}"
            )
        if schedule.watch_from is not None and not _MONTH.match(schedule.watch_from):
            raise UsageError(
                f'config file {file}: [schedule] watch_from must be a month as "YYYY-MM", not {schedule.watch_from!r}'
            )
        return schedule


@dataclass
class Config:
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    crawl: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    schedule: Schedule = field(default_factory=Schedule)
    # (table, key) -> where a value that is not the default came from, e.g. "--verbose"
    overrides: dict[tuple[str, str], str] = field(default_factory=dict)
    given: set[tuple[str, str]] = field(default_factory=set)  # (table, key) set in the file

    def source(self, name: str) -> dict[str, Any]:
        return self.sources.get(name, {})

    def crawl_value(self, key: str) -> Any:
        """A [crawl] setting as given, else its default."""
        return self.crawl.get(key, CRAWL[key].default)

    def selected_sources(self) -> list[str] | None:
        """`[crawl] sources`, the sources every command covers by default; None means all."""
        chosen = self.crawl.get("sources")
        if chosen is None:
            return None
        if not isinstance(chosen, list) or not all(isinstance(name, str) for name in chosen):
            raise UsageError(f"config file {self.path}: [crawl] sources must be a list of source names")
        return list(chosen)

    def override(self, table: str, key: str, value: Any, origin: str) -> None:
        """A value the command line sets on top of the file (`--verbose`, `--daily-at`), remembered for
        `--print-config`."""
        if table == "crawl":
            self.crawl[key] = value
        else:
            self.schedule = Schedule(**{**self.schedule.__dict__, key: value})
        self.overrides[(table, key)] = origin


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
        raise UsageError(
            f"config file {file} cannot be read ({exc.strerror}); check the path and its permissions"
        ) from None
    for table in data:
        if table not in TABLES:
            raise UsageError(
                f"config file {file}: unknown table [{table}]; {_nearest(table, list(TABLES))}"
                "expected [crawl], [sources.<name>] and [schedule]"
            )
    config = Config(
        sources=_check_sources(data.get("sources", {}), file),
        crawl=_check_crawl(data.get("crawl", {}), file),
        path=file,
        schedule=Schedule.from_table(data.get("schedule", {}), file),
    )
    config.given = {(table, key) for table in ("crawl", "schedule") for key in data.get(table, {})}
    config.given |= {(f"sources.{name}", key) for name, keys in config.sources.items() for key in keys}
    return config


def _kind(value: Any) -> str:
    return {
        bool: "true/false",
        int: "a whole number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def _check_table(file: Path | None, table: str, values: dict[str, Any], known: dict[str, Setting]) -> None:
    """Every key known, of its TOML type and in its range; the first problem is the error."""
    for key, value in values.items():
        if key not in known:
            raise UsageError(
                f"config file {file}: unknown key {key} in [{table}]; {_nearest(key, list(known))}"
                f"known keys: {', '.join(known)}"
            )
        _check_value(file, table, key, value, known[key])


def _check_value(file: Path | None, table: str, key: str, value: Any, setting: Setting) -> None:
    """One setting of the expected TOML type (bool is not taken for a number, nor a number for a bool)."""
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    ok = {
        "bool": isinstance(value, bool),
        "int": number and isinstance(value, int),
        "number": number,
        "str": isinstance(value, str),
        "list[str]": isinstance(value, list) and all(isinstance(item, str) for item in value),
        "url": isinstance(value, str) and bool(_URL.match(value)),
    }[setting.kind]
    where = f"config file {file}: [{table}] {key}"
    if not ok:
        expected = {
            "bool": "true or false",
            "int": "a whole number",
            "number": "a number",
            "str": "a string in quotes",
            "list[str]": 'a list of names, e.g. ["motie_en"]',
            "url": 'an http(s) URL, e.g. "https://example.org"',
        }[setting.kind]
        raise UsageError(f"{where} must be {expected}, not {_kind(value)} ({value!r}); fix the file")
    if number and setting.low is not None:
        too_low = value <= setting.low if setting.above_zero else value < setting.low
        if too_low or (setting.high is not None and value > setting.high):
            lower = f"greater than {setting.low:g}" if setting.above_zero else f"at least {setting.low:g}"
            raise UsageError(f"{where} must be {lower} and at most {setting.high:g}, not {value!r}; fix the file")
    if setting.choices and value not in setting.choices:
        raise UsageError(f"{where} must be one of {', '.join(setting.choices)}, not {value!r}; fix the file")


def _check_crawl(table: Any, file: Path) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise UsageError(f"config file {file}: [crawl] must be a table of settings")
    _check_table(file, "crawl", table, CRAWL)
    known = source_names()
    for name in table.get("sources", []):
        if name not in known:
            raise UsageError(
                f"config file {file}: [crawl] sources names unknown source {name}; "
                f"{_nearest(name, known)}known sources: {', '.join(known)}"
            )
    return table


def _check_sources(table: Any, file: Path) -> dict[str, dict[str, Any]]:
    if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
        raise UsageError(f"config file {file}: [sources.<name>] tables expected")
    known = source_names()
    for name, settings in table.items():
        if name not in known:
            raise UsageError(
                f"config file {file}: unknown source [sources.{name}]; {_nearest(name, known)}"
                f"known sources: {', '.join(known)}"
            )
        _check_table(file, f"sources.{name}", settings, SOURCE)
    return table


def effective(config: Config, default_base_urls: dict[str, str]) -> dict[str, dict[str, tuple[Any, str]]]:
    """Every setting's value in force and where it came from: the command line, the file, or the default
    (a source's default address is its spider's, handed in by the caller: config sits below the spiders)."""
    from_file = f"config file {config.path}" if config.path else ""

    def origin(table: str, key: str) -> str:
        return config.overrides.get((table, key)) or (from_file if (table, key) in config.given else "default")

    result: dict[str, dict[str, tuple[Any, str]]] = {"crawl": {}, "schedule": {}}
    for key in CRAWL:
        value = config.crawl_value(key)
        if key == "sources" and value is None:
            value = source_names()
        result["crawl"][key] = (value, origin("crawl", key))
    for key in SCHEDULE:
        result["schedule"][key] = (getattr(config.schedule, key), origin("schedule", key))
    for name, default in sorted(default_base_urls.items()):
        base_url = config.source(name).get("base_url")
        result[f"sources.{name}"] = {"base_url": (base_url or default, origin(f"sources.{name}", "base_url"))}
    return result


def render_effective(config: Config, default_base_urls: dict[str, str]) -> str:
    """The effective configuration as TOML (written by tomli-w), each value followed by where it came from."""
    lines = ["# ictarchive: the configuration in force; '# from' says where each value came from"]
    for table, values in effective(config, default_base_urls).items():
        lines += ["", f"[{table}]"]
        for key, (value, origin) in values.items():
            if value is None:
                setting = TABLES["sources" if table.startswith("sources.") else table][key]
                lines.append(f"# {key} is unset: {setting.help}  # from {origin}")
            else:
                lines.append(f"{tomli_w.dumps({key: value}).strip()}  # from {origin}")
    return "\n".join(lines) + "\n"


def write_config(path: Path, base_urls: dict[str, str], crawl: dict[str, Any] | None = None) -> None:
    """A config pointing every source at `base_urls` (used by `mirror serve --write-config`), written by tomli-w."""
    document = {
        "crawl": dict(crawl or {}),
        "sources": {name: {"base_url": url} for name, url in sorted(base_urls.items())},
    }
    header = "# written by ictarchive: every source points at a local replica\n"
    path.write_text(header + tomli_w.dumps(document), encoding="utf-8")
