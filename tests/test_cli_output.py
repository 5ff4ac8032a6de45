"""Every command speaks three ways: text by default, one JSON object with --json, nothing with --quiet; and
the conventions other tools expect: --version, a closed pipe is not an error, CSV and JSON that spreadsheets
and parsers read without fixing (true/false, whole numbers as integers, ISO 8601)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from importlib import metadata

import duckdb
import pytest

from scraper.parser.version import PARSER_VERSION
from tests.archive_helpers import build


def run(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scraper.cli", *arguments], capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return build(tmp_path_factory.mktemp("archive"), count=3)


@pytest.mark.parametrize("command", [["compact"], ["reparse"], ["status"], ["series", "--item", "ict"]])
def test_json_text_and_quiet(archive, command) -> None:
    data = ["--data-dir", str(archive.root)]
    as_json = run(*command, *data, "--json")
    assert as_json.stdout.strip(), as_json.stderr
    assert isinstance(json.loads(as_json.stdout), dict)  # one JSON object, not a list
    text = run(*command, *data)
    assert text.stdout.strip() and not text.stdout.lstrip().startswith(("{", "["))
    quiet = run(*command, *data, "--quiet")
    assert quiet.returncode == text.returncode == as_json.returncode
    if command[0] == "series":
        assert quiet.stdout == text.stdout  # the data is the result, not a summary: --quiet keeps it
    else:
        assert quiet.stdout == ""


def test_bad_input_is_one_line_and_status_2(archive) -> None:
    for arguments in (
        ["crawl", "--source", "nowhere"],
        ["backfill", "--from", "2024-13", "--to", "2024-12"],
        ["status", "--config", "/no/such/file.toml"],
    ):
        result = run(*arguments, "--data-dir", str(archive.root))
        assert result.returncode == 2 and result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_help_names_the_exit_statuses() -> None:
    result = run("--help")
    assert result.returncode == 0 and "75" in result.stdout and "--json" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == (
        f"ictarchive {metadata.version('ictarchive')} (parser {PARSER_VERSION}, pure Python)"  # (an editable install)
    )


@pytest.mark.parametrize(
    "command",
    [
        ["query", "SELECT range AS n FROM range(300000)", "--format", "csv"],  # far more than a pipe holds
        ["series", "--format", "csv"],
    ],
)
def test_a_closed_pipe_ends_quietly(archive, command) -> None:
    """`ictarchive ... | head -1`: the reader leaves early; exit 0, nothing on stderr (was a traceback, exit 1)."""
    reader = subprocess.run(
        [
            "bash",
            "-c",
            'set -o pipefail; "$@" | head -1',
            "bash",
            sys.executable,
            "-m",
            "scraper.cli",
            *command,
            "--data-dir",
            str(archive.root),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert reader.returncode == 0, reader.stderr
    assert reader.stderr == "" and reader.stdout.count("\n") == 1


def test_csv_and_json_conventions(archive) -> None:
    data = ["--data-dir", str(archive.root)]
    rows = list(csv.DictReader(io.StringIO(run("series", "--format", "csv", *data).stdout)))
    assert rows and {row["conflict"] for row in rows} <= {"true", "false"}
    assert all(row["value_usd"].lstrip("-").isdigit() for row in rows)  # whole dollars: 12840000000, not .0
    sql = "SELECT fetched_at, status = 200 AS ok FROM captures LIMIT 3"
    stamps = list(csv.DictReader(io.StringIO(run("query", sql, "--format", "csv", *data).stdout)))
    assert stamps and all("T" in row["fetched_at"] and row["ok"] in ("true", "false") for row in stamps)
    one = json.loads(run("query", sql, "--json", *data).stdout)
    assert one["columns"] == ["fetched_at", "ok"] and one["count"] == len(one["rows"]) == len(stamps)
    assert all("T" in row["fetched_at"] and isinstance(row["ok"], bool) for row in one["rows"])
    lines = run("series", "--format", "jsonl", *data).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(rows) and all(isinstance(r["value_usd"], int) for r in records)


def test_series_with_sources(archive) -> None:
    data = ["--data-dir", str(archive.root)]
    plain = json.loads(run("series", "--item", "ict", "--json", *data).stdout)
    assert "url" not in plain["columns"]
    shown = json.loads(run("series", "--item", "ict", "--with-sources", "--json", *data).stdout)
    assert {"source", "url", "published_date", "n_sources"} <= set(shown["columns"])
    assert shown["count"] == plain["count"] > 0
    for row in shown["rows"]:
        assert row["url"].startswith("http") and row["source"] and row["n_sources"] >= 1
        assert row["published_date"] > row["period"]  # published after the month it reports


def test_views_relative(archive, tmp_path) -> None:
    """`views --relative` names no absolute path, and DuckDB run from the same directory reads the same rows."""
    where = archive.root.parent
    script = subprocess.run(
        [sys.executable, "-m", "scraper.cli", "views", "--relative", "--data-dir", str(archive.root)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=where,
    )
    assert script.returncode == 0 and str(where) not in script.stdout
    assert f"'{archive.root.name}/facts/" in script.stdout
    before = os.getcwd()
    os.chdir(where)
    try:
        connection = duckdb.connect()
        for statement in script.stdout.split(";\n"):
            if statement.strip():
                connection.execute(statement)
        relative_count = connection.execute("SELECT count(*) FROM facts").fetchone()[0]
    finally:
        os.chdir(before)
    absolute = run("query", "SELECT count(*) AS n FROM facts", "--json", "--data-dir", str(archive.root))
    assert relative_count == json.loads(absolute.stdout)["rows"][0]["n"] > 0
