"""`ictarchive` command line: one subcommand per job."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

from scraper import distribution
from scraper.errors import EXIT_DISK_FULL, EXIT_USAGE, UsageError, disk_full

# Modules that add subcommands: each has `register(subparsers)`; their handlers return an exit status and
# raise UsageError for bad input.
COMMAND_MODULES: tuple[str, ...] = (
    "scraper.commands.archive_cmds",
    "scraper.commands.crawl_cmds",
    "scraper.commands.ops_cmds",
    "scraper.commands.probe_cmds",
)

__all__ = ["UsageError", "build_parser", "main"]


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"bad date {value!r}: expected YYYY-MM-DD") from exc


def _extract_one(path: str, url: str | None, published: str | None) -> dict[str, Any]:
    day = _parse_date(published)
    data = Path(path).read_bytes()
    from scraper.extract import extract_record  # imported once the input is known good: bad input is answered at once

    return extract_record(data, url=url, published=day, path=path)


def _extract_batch(stdin, stdout) -> int:
    """JSON Lines in, JSON Lines out, in order, one flush per line; a bad request never stops the batch."""
    failures = 0
    for line in stdin:
        if not line.strip():
            continue
        request_id = None
        try:
            request = json.loads(line)
            request_id = request.get("id")
            record = _extract_one(request["path"], request.get("url"), request.get("published"))
            record = {"id": request_id, **record}
        except Exception as exc:  # one bad document must not end the batch
            failures += 1
            record = {"id": request_id, "error": f"{type(exc).__name__}: {exc}"}
        stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0 if failures == 0 else 1


def cmd_extract(args: argparse.Namespace) -> int:
    if args.file == "-":
        return _extract_batch(sys.stdin, sys.stdout)
    if not Path(args.file).is_file():
        raise UsageError(f"no such file: {args.file}")
    record = _extract_one(args.file, args.url, args.published)
    print(json.dumps(record, ensure_ascii=False, indent=2 if args.pretty else None))
    return 0


class VersionAction(argparse.Action):
    """`--version`: the version, and a warning naming any other distribution that installs our top-level names."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, **kwargs):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        from scraper.parser.version import PARSER_VERSION, parser_build

        print(f"ictarchive {package_version()} (parser {PARSER_VERSION}, {parser_build()})")
        for name, others in distribution.shared_names().items():
            print(
                f"ictarchive: warning: {', '.join(others)} also install(s) the top-level name {name!r}; "
                f"{distribution.advice()}",
                file=sys.stderr,
            )
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    from scraper.commands.common import add_output_flags

    parser = argparse.ArgumentParser(
        prog="ictarchive",
        description="Scrape, parse and archive Korea's monthly ICT export/import figures.",
        epilog="Every command also takes --json (one JSON object), -q/--quiet and -v/--verbose. Exit status: 0 "
        "done; 1 done with problems (a source degraded, broken or overdue; a month failed); 2 bad input (a bad month, "
        "source, config file or data directory); 74 disk full (nothing half-written is kept: free space and run "
        "again); 75 another ictarchive process is writing the archive. `ictarchive COMMAND --help` for each "
        "command.",
    )
    parser.add_argument("--version", action=VersionAction, help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = sub.add_parser(
        "extract",
        help="clean one page and print its figures as JSON",
        description="Clean one page (HTML in any encoding, or plain text) and print its figures as JSON. "
        "With FILE '-', read JSON Lines requests {id, path, url, published} on stdin "
        "and write one JSON object per request.",
    )
    extract.add_argument("file", metavar="FILE", help="page to read, or '-' for JSON Lines on stdin")
    extract.add_argument("--url", help="the page's URL (selects the source profile)")
    extract.add_argument("--published", metavar="YYYY-MM-DD", help="publication date (else the page's own)")
    extract.add_argument("--pretty", action="store_true", help="indent the JSON")
    extract.set_defaults(func=cmd_extract)

    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(sub)
    for command in sub.choices.values():
        add_output_flags(command)
    return parser


def package_version() -> str:
    """The installed distribution's version (pyproject.toml), or the source tree's when not installed."""
    try:
        return metadata.version("ictarchive")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def quiet_broken_pipe() -> int:
    """The reader went away (`ictarchive series | head -1`): that is the reader's choice, not an error. Point
    stdout at /dev/null so the interpreter's final flush cannot raise again, and exit 0."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 0


def configure_logging(args: argparse.Namespace) -> None:
    level = logging.WARNING
    if getattr(args, "verbose", False):
        level = logging.INFO
    if getattr(args, "quiet", False):
        level = logging.ERROR
    handler = logging.StreamHandler()
    handler.setLevel(level)  # on the handler too: Scrapy lowers the root logger's level when it starts
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])


def _damaged_file(exc: BaseException) -> bool:
    """A reader's failure on a Parquet file that is not what it should be (truncated, bits flipped)."""
    kind = type(exc).__module__ or ""
    return (kind.startswith(("duckdb", "_duckdb", "pyarrow")) or isinstance(exc, OSError)) and ".parquet" in str(exc)


def main(argv: list[str] | None = None) -> int:
    foreign = distribution.foreign_modules()  # before anything imports them: another package's `archive` ...
    if foreign:
        where = "; ".join(f"{name} from {origin}" for name, origin in foreign.items())
        print(
            f"ictarchive: error: another package shadows ictarchive's modules ({where}); {distribution.advice()}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from archive.layout import resolve_data_dir
    from scraper.commands.common import print_config

    args = build_parser().parse_args(argv)
    configure_logging(args)
    try:
        status = print_config(args) if getattr(args, "print_config", False) else args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return status
    except BrokenPipeError:
        return quiet_broken_pipe()
    except Exception as exc:  # errors that carry an exit status are the user's to read, not a crash
        root = resolve_data_dir(getattr(args, "data_dir", None))
        full, path = disk_full(exc, root)
        if full:
            target = path or getattr(args, "out", None) or root
            print(
                f"ictarchive: error: disk full writing {target}: free space and run again (nothing half-written "
                "was kept)",
                file=sys.stderr,
            )
            return EXIT_DISK_FULL
        status = getattr(exc, "exit_status", None)
        if status is None and _damaged_file(exc):
            print(
                f"ictarchive: error: the archive has a damaged file ({str(exc).splitlines()[0][:300]}); "
                "`ictarchive verify --repair` rebuilds it from raw/",
                file=sys.stderr,
            )
            return 1
        if status is None:
            raise
        print(f"ictarchive: error: {exc}", file=sys.stderr)
        return status


if __name__ == "__main__":
    sys.exit(main())
