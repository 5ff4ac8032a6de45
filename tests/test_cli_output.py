"""Every command speaks three ways: text by default, one JSON object with --json, nothing with --quiet."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.archive_helpers import build


def run(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scraper.cli", *arguments], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return build(tmp_path_factory.mktemp("archive"), count=3)


@pytest.mark.parametrize("command", [["compact"], ["reparse"], ["status"], ["series", "--item", "ict"]])
def test_json_text_and_quiet(archive, command) -> None:
    data = ["--data-dir", str(archive.root)]
    as_json = run(*command, *data, "--json")
    assert as_json.stdout.strip(), as_json.stderr
    json.loads(as_json.stdout)  # one JSON document
    text = run(*command, *data)
    assert text.stdout.strip() and not text.stdout.lstrip().startswith(("{", "["))
    quiet = run(*command, *data, "--quiet")
    assert quiet.returncode == text.returncode == as_json.returncode
    if command[0] == "series":
        assert quiet.stdout == text.stdout  # the data is the result, not a summary: --quiet keeps it
    else:
        assert quiet.stdout == ""


def test_bad_input_is_one_line_and_status_2(archive) -> None:
    for arguments in (["crawl", "--source", "nowhere"], ["backfill", "--from", "2024-13", "--to", "2024-12"],
                      ["status", "--config", "/no/such/file.toml"]):
        result = run(*arguments, "--data-dir", str(archive.root))
        assert result.returncode == 2 and result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_help_names_the_exit_statuses() -> None:
    result = run("--help")
    assert result.returncode == 0 and "75" in result.stdout and "--json" in result.stdout
