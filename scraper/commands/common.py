"""Options and helpers shared by subcommands: data directory, months, run ids, output formats."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
import tempfile
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from archive.layout import DataDir, resolve_data_dir
from scraper.config import Config, Schedule, effective, load_config, render_effective
from scraper.errors import DISK_FULL_ERRNOS, UsageError
from scraper.months import Month

# Object storage and remote filesystems: a URL (`s3://b/x`), or what pathlib makes of one (`s3:/b/x`).
_OBJECT_STORE = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://|(?:s3a?|gs|gcs|az|abfss?|adl|wasbs?|hdfs|https?|ftp|file):/)", re.IGNORECASE
)


def add_output_flags(parser: argparse.ArgumentParser) -> None:
    """`--quiet`, `--verbose` and `--json` on every command (added by the CLI to each subcommand)."""
    options = {option for action in parser._actions for option in action.option_strings}
    group = parser.add_argument_group("output")
    if "--json" not in options:
        group.add_argument("--json", action="store_true", help="print the result as one JSON object")
    group.add_argument(
        "-q", "--quiet", action="store_true", help="no progress or summary (data that was asked for is still printed)"
    )
    group.add_argument("-v", "--verbose", action="store_true", help="log what is being done (INFO)")


def emit(args: argparse.Namespace, result: dict[str, Any], text: str) -> None:
    """A command's result: JSON with --json, nothing with --quiet, else the human-readable text."""
    if getattr(args, "json", False):
        print(dumps(result))
    elif not getattr(args, "quiet", False):
        print(text)


def terminal_progress(args: argparse.Namespace) -> Callable[[str], None]:
    """One updating stderr line on a terminal; nothing otherwise, or with --quiet or --json."""
    if getattr(args, "quiet", False) or getattr(args, "json", False) or not sys.stderr.isatty():
        return lambda _: None

    def show(text: str) -> None:
        sys.stderr.write("\r\033[K" + text)
        sys.stderr.flush()

    return show


def end_progress(args: argparse.Namespace) -> None:
    if not (getattr(args, "quiet", False) or getattr(args, "json", False)) and sys.stderr.isatty():
        sys.stderr.write("\r\033[K")


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", help="archive directory (default: $ICTARCHIVE_DATA or ./ictarchive-data)"
    )


def add_config(parser: argparse.ArgumentParser) -> None:
    """`--config FILE` and `--print-config` (show the configuration in force and where each value came from)."""
    parser.add_argument("--config", metavar="FILE", help="TOML config (default: $ICTARCHIVE_CONFIG)")
    parser.add_argument(
        "--print-config",
        action="store_true",
        help="print the configuration in force (TOML; each value with where it came from) and exit",
    )


def configured(args: argparse.Namespace) -> Config:
    """The command's configuration: the file (`--config` or $ICTARCHIVE_CONFIG), then what flags override."""
    config = load_config(getattr(args, "config", None))
    if getattr(args, "verbose", False):
        config.override("crawl", "log_level", "INFO", "--verbose")
    if getattr(args, "daily_at", None):
        try:
            Schedule.from_table({"daily_at": args.daily_at}, config.path)  # validates HH:MM
        except UsageError:
            raise UsageError(f"--daily-at {args.daily_at!r}: expected HH:MM (Korea time), e.g. 08:30") from None
        config.override("schedule", "daily_at", args.daily_at, "--daily-at")
    return config


def print_config(args: argparse.Namespace) -> int:
    """`--print-config`: the effective configuration, as TOML with origins, or one JSON object with --json."""
    config = configured(args)
    given = getattr(args, "data_dir", None)
    root = resolve_data_dir(given)
    where = "--data-dir" if given else "$ICTARCHIVE_DATA" if os.environ.get("ICTARCHIVE_DATA") else "default"
    from spiders import all_spiders  # the real sites' addresses are the spiders' defaults

    defaults = {name: spider.default_base_url for name, spider in all_spiders().items()}
    if getattr(args, "json", False):
        values = {
            table: {key: {"value": value, "from": origin} for key, (value, origin) in keys.items()}
            for table, keys in effective(config, defaults).items()
        }
        print(dumps({"data_dir": {"value": str(root), "from": where}, **values}))
    else:
        sys.stdout.write(f"# data directory: {root}  # from {where}\n" + render_effective(config, defaults))
    return 0


def add_wait(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for another writer to finish (default: exit at once, status 75)",
    )


def data_dir(args: argparse.Namespace, write: bool = False) -> DataDir:
    """The archive directory; checked first so a mistyped path is one clear line, not a traceback later.
    Writers (`write=True`) get it created and proven writable."""
    given = getattr(args, "data_dir", None)
    if given:
        refuse_remote(given, "data directory", "--data-dir DIR")
    elif os.environ.get("ICTARCHIVE_DATA"):
        refuse_remote(os.environ["ICTARCHIVE_DATA"], "data directory", "ICTARCHIVE_DATA")
    root = resolve_data_dir(given)
    check_directory(root, "data directory", "--data-dir DIR", write)
    return DataDir(root)


def refuse_remote(path: str | os.PathLike, what: str, flag: str) -> None:
    """A URL where a directory is expected is refused before anything is read or created: the archive needs a
    POSIX filesystem (hard links, an atomic rename exchange, flock, SQLite), which object stores are not."""
    text = os.fspath(path)
    match = _OBJECT_STORE.match(text)
    if match:
        scheme = match.group(0).split(":")[0]
        raise UsageError(
            f"{what} {text} is a {scheme}:// URL; only a local or mounted filesystem path is supported "
            f"(the archive needs hard links, atomic renames and file locks): pass {flag} with a local "
            "directory, then copy or sync it to object storage, or mount the bucket (s3fs, gcsfuse, "
            "blobfuse2) and pass its mount point"
        )


def check_directory(path: Path, what: str, flag: str, write: bool) -> None:
    """A usable directory, or a UsageError saying what is wrong with it and what to pass instead.

    An existing regular file where the directory (or one of its parents) should be, a path that cannot be
    created, and a directory no file can be created in (read-only mount, permissions) are all the user's to
    fix. A full disk is not: that error goes on to the command line's disk-full report (exit 74)."""
    refuse_remote(path, what, flag)
    absolute = Path(os.path.abspath(path))
    existing = next((p for p in (absolute, *absolute.parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():
        if existing == absolute:
            raise UsageError(f"{what} {path} is a file, not a directory; pass {flag} with a directory")
        raise UsageError(
            f"{what} {path} is under {existing}, which is a file, not a directory; pass {flag} with another path"
        )
    if not write:
        return
    try:
        absolute.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if exc.errno in DISK_FULL_ERRNOS:
            raise
        raise UsageError(
            f"{what} {path} cannot be created ({exc.strerror or exc}); pass {flag} with a directory you can write to"
        ) from None
    try:
        handle, probe = tempfile.mkstemp(prefix="_probe-", dir=absolute)
    except OSError as exc:
        if exc.errno in DISK_FULL_ERRNOS:
            raise
        raise UsageError(
            f"{what} {path} is not writable ({exc.strerror or exc}); pass {flag} with a directory you can write to"
        ) from None
    os.close(handle)
    os.unlink(probe)


def parse_month(value: str | None, flag: str) -> Month | None:
    """'2024-05' -> Month(2024, 5); anything else is a usage error naming the flag."""
    if value is None:
        return None
    try:
        return Month.parse(value)
    except ValueError:
        raise UsageError(f"{flag} {value!r}: expected a month as YYYY-MM, e.g. 2024-05") from None


def parse_range(args: argparse.Namespace) -> tuple[Month | None, Month | None]:
    """`--from` and `--to` as months, in order."""
    first = parse_month(args.from_month, "--from")
    last = parse_month(args.to_month, "--to")
    if first and last and first > last:
        raise UsageError(f"--from {args.from_month} is after --to {args.to_month}; swap them")
    return first, last


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


def plain(value: Any) -> Any:
    """One value as every machine-readable output writes it: whole numbers as integers (12840000000, not
    12840000000.0), timestamps and dates in ISO 8601 with a `T`, booleans as booleans."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def _json_default(value: Any) -> Any:
    converted = plain(value)
    return converted if converted is not value else str(value)


def dumps(result: Any) -> str:
    """One JSON document (the `--json` convention: one object), ISO 8601 timestamps, whole numbers as integers."""
    return json.dumps(_plain_tree(result), ensure_ascii=False, default=_json_default)


def _plain_tree(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain_tree(v) for key, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain_tree(v) for v in value]
    return plain(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


def _csv_cell(value: Any) -> Any:
    """CSV as other tools read it: true/false, integers for whole numbers, ISO 8601, lists joined by ';'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(plain(v)) for v in value)
    return plain(value)


def render(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    """Rows as an aligned table, CSV, JSON Lines (one object per row) or JSON (one object: columns and rows)."""
    records = ({c: plain(v) for c, v in zip(columns, row, strict=True)} for row in rows)
    if fmt == "jsonl":
        return "\n".join(dumps(record) for record in records)
    if fmt == "json":
        rows_out = list(records)
        return dumps({"columns": list(columns), "count": len(rows_out), "rows": rows_out})
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_csv_cell(v) for v in row] for row in rows])
        return out.getvalue().rstrip("\n")
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines)


def warn_left_out(notes: list[str]) -> int:
    """Say on stderr which damaged files a reader left out (`archive.reader.damaged`); the exit status: 1 when
    any was, since the answer may then lack their rows."""
    for note in notes:
        print(f"ictarchive: {note}", file=sys.stderr)
    return 1 if notes else 0
