"""Options and helpers shared by subcommands: data directory, months, run ids, output formats."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from archive.layout import DataDir, resolve_data_dir
from scraper.errors import UsageError

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def add_output_flags(parser: argparse.ArgumentParser) -> None:
    """`--quiet`, `--verbose` and `--json` on every command (added by the CLI to each subcommand)."""
    options = {option for action in parser._actions for option in action.option_strings}
    group = parser.add_argument_group("output")
    if "--json" not in options:
        group.add_argument("--json", action="store_true", help="print the result as one JSON object")
    group.add_argument("-q", "--quiet", action="store_true",
                       help="no progress or summary (data that was asked for is still printed)")
    group.add_argument("-v", "--verbose", action="store_true", help="log what is being done (INFO)")


def emit(args: argparse.Namespace, result: dict[str, Any], text: str) -> None:
    """A command's result: JSON with --json, nothing with --quiet, else the human-readable text."""
    if getattr(args, "json", False):
        print(json.dumps(result, ensure_ascii=False, default=str))
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
    parser.add_argument("--data-dir", metavar="DIR",
                        help="archive directory (default: $ICTARCHIVE_DATA or ./ictarchive-data)")


def add_wait(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                        help="wait this long for another writer to finish (default: exit at once, status 75)")


def data_dir(args: argparse.Namespace) -> DataDir:
    return DataDir(resolve_data_dir(getattr(args, "data_dir", None)))


def parse_month(value: str | None, flag: str) -> tuple[int, int] | None:
    """'2024-05' -> (2024, 5); anything else is a usage error naming the flag."""
    if value is None:
        return None
    match = _MONTH.match(value.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise UsageError(f"{flag} {value!r}: expected a month as YYYY-MM, e.g. 2024-05")
    return int(match.group(1)), int(match.group(2))


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return value


def render(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    """Rows as an aligned table, CSV or JSON (one object per row, in a list)."""
    if fmt == "json":
        return json.dumps([dict(zip(columns, row, strict=True)) for row in rows], default=str,
                          ensure_ascii=False, indent=1)
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
