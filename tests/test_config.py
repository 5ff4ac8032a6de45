"""The configuration in force is what the operator can see: `--print-config` shows every value and where it
came from (the file, a flag, the default), and config files ictarchive writes are real TOML (tomli-w)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from scraper.config import CRAWL, SCHEDULE, load_config, source_names, write_config

ROOT = Path(__file__).parent.parent


def cli(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("ICTARCHIVE_CONFIG", "ICTARCHIVE_DATA")}
    return subprocess.run(
        [sys.executable, "-m", "scraper.cli", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**environment, **(env or {})},
    )


def origins(text: str) -> dict[str, str]:
    """`key = value  # from X` lines of --print-config, table-qualified: {"crawl.download_delay": "X"}."""
    found, table = {}, ""
    for line in text.splitlines():
        if line.startswith("["):
            table = line.strip("[]")
        elif " = " in line and "  # from " in line:
            found[f"{table}.{line.split(' = ')[0]}"] = line.rsplit("  # from ", 1)[1]
    return found


def test_print_config_shows_every_value_and_where_it_came_from(tmp_path) -> None:
    config = tmp_path / "site.toml"
    config.write_text(
        "[crawl]\ndownload_delay = 5.5\n[schedule]\nexpected_day = 20\n"
        '[sources.motie_en]\nbase_url = "http://127.0.0.1:9"\n'
    )
    result = cli(
        "schedule",
        "--print-config",
        "--daily-at",
        "09:15",
        "-v",
        "--data-dir",
        str(tmp_path / "d"),
        env={"ICTARCHIVE_CONFIG": str(config)},
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "d").exists()  # printing the config runs nothing
    parsed = tomllib.loads(result.stdout)  # the output is TOML that can be saved as a config file
    assert parsed["crawl"]["download_delay"] == 5.5 and parsed["crawl"]["retry_times"] == CRAWL["retry_times"].default
    assert parsed["schedule"]["daily_at"] == "09:15"
    assert parsed["sources"]["motie_en"]["base_url"] == "http://127.0.0.1:9"
    assert parsed["sources"]["yonhap_en"]["base_url"].startswith("https://")
    where = origins(result.stdout)
    assert where["crawl.download_delay"] == f"config file {config}"
    assert where["schedule.expected_day"] == f"config file {config}"  # given, even though it equals the default
    assert where["crawl.retry_times"] == "default"
    assert where["crawl.log_level"] == "--verbose" and where["schedule.daily_at"] == "--daily-at"
    assert where["sources.motie_en.base_url"] == f"config file {config}"
    assert where["sources.news1_ko.base_url"] == "default"
    listed = {f"crawl.{key}" for key in CRAWL} | {f"schedule.{key}" for key in SCHEDULE}
    assert listed - {"crawl.sources", "schedule.watch_from"} <= set(where)  # (a list spans lines; unset: a comment)
    assert f"# data directory: {tmp_path / 'd'}  # from --data-dir" in result.stdout


def test_print_config_as_json(tmp_path) -> None:
    result = cli("status", "--print-config", "--json", env={"ICTARCHIVE_DATA": str(tmp_path / "env-data")})
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["data_dir"] == {"value": str(tmp_path / "env-data"), "from": "$ICTARCHIVE_DATA"}
    assert shown["crawl"]["download_delay"] == {"value": CRAWL["download_delay"].default, "from": "default"}
    assert shown["crawl"]["sources"]["value"] == source_names()


def test_written_config_is_toml_that_reads_back(tmp_path) -> None:
    """Strings with both kinds of quote, backslashes and lists survive (a hand-built file broke on them)."""
    crawl = {
        "user_agent": 'it\'s a "polite" bot \\ v1',
        "sources": ["motie_en", "news1_ko"],
        "autothrottle": False,
        "download_delay": 0.25,
        "retry_times": 2,
    }
    path = tmp_path / "written.toml"
    write_config(path, {"motie_en": "http://127.0.0.1:8765/motie_en"}, crawl)
    loaded = load_config(path)
    assert loaded.crawl == crawl
    assert loaded.source("motie_en") == {"base_url": "http://127.0.0.1:8765/motie_en"}
