"""Bad input to any command is one line on stderr that says what is wrong and what to do, exit status 2,
no traceback, and nothing written: the real CLI in a subprocess, with real files, a real read-only mount."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.archive_helpers import build

ROOT = Path(__file__).parent.parent


@dataclass(frozen=True)
class Case:
    """One bad invocation: `{tmp}` in an argument is the test's directory, `{archive}` a small real archive."""

    name: str
    argv: tuple[str, ...]
    says: tuple[str, ...]  # what the line must name: the problem and what to do about it
    env: tuple[tuple[str, str], ...] = ()


# Configs that would make a crawl that got past validation reach only a closed local port, never the internet.
OFFLINE = '[crawl]\nretry_times = 0\n[sources.motie_en]\nbase_url = "http://127.0.0.1:9"\n'
CONFIGS = {
    "offline.toml": OFFLINE,
    "not_toml.toml": "[crawl\nretry_times = 3\n",
    "retry_type.toml": '[crawl]\nretry_times = "x"\n',
    "bool_number.toml": "[crawl]\ndownload_delay = true\n",
    "sources_type.toml": '[crawl]\nsources = "motie_en"\n',
    "base_url.toml": "[sources.motie_en]\nbase_url = 5\n",
    "schedule_type.toml": '[schedule]\nexpected_day = "x"\n',
    "weekday.toml": '[schedule]\ncompact_weekday = "someday"\n',
    "typo_table.toml": "[crawll]\nretry_times = 3\n",
    "typo_delay.toml": "[crawl]\ndownload_dealy = 5\n",
    "typo_retry.toml": "[crawl]\nretry_time = 9\n",
    "typo_source.toml": '[sources.motei_en]\nbase_url = "http://127.0.0.1:9"\n',
    "typo_source_key.toml": '[sources.motie_en]\nbase_ur = "http://127.0.0.1:9"\n',
    "typo_schedule.toml": '[schedule]\ndaily_att = "09:00"\n',
    "range_concurrency.toml": "[crawl]\nconcurrency_per_domain = 0\n",
    "range_delay.toml": "[crawl]\ndownload_delay = -1\n",
    "log_level.toml": '[crawl]\nlog_level = "LOUD"\n',
    "crawl_sources_typo.toml": '[crawl]\nsources = ["motie_en", "yonhap"]\n',
    "crawl_not_table.toml": "crawl = 3\n",
    "binary.toml": "",  # written as bytes below: not UTF-8
}
CFG = "{tmp}/offline.toml"
FILE = "{tmp}/afile"  # an existing regular file
UNDER_FILE = "{tmp}/afile/data"  # a path whose parent is a regular file: cannot exist, even for root
PROC = "/proc/ictarchive-test/data"  # cannot be created, even by root

CASES = [
    # unknown source
    Case(
        "crawl-unknown-source",
        ("crawl", "--source", "nowhere", "--config", CFG, "--data-dir", "{tmp}/new1"),
        ("unknown source nowhere", "known sources: ", "motie_en"),
    ),
    Case(
        "backfill-unknown-source",
        ("backfill", "--from", "2024-01", "--to", "2024-02", "--source", "nowhere", "--data-dir", "{tmp}/new2"),
        ("unknown source nowhere", "known sources"),
    ),
    Case(
        "status-unknown-source",
        ("status", "--source", "nowhere", "--data-dir", "{archive}"),
        ("unknown source nowhere", "known sources"),
    ),
    Case(
        "probe-unknown-source",
        ("probe", "--source", "nowhere", "--config", CFG),
        ("unknown source nowhere", "known sources"),
    ),
    Case("probe-config-missing", ("probe", "--config", "{tmp}/missing.toml"), ("not found", "--config FILE")),
    # bad months
    Case(
        "crawl-month-13",
        ("crawl", "--from", "2024-13", "--config", CFG, "--data-dir", "{tmp}/new3"),
        ("--from '2024-13'", "YYYY-MM"),
    ),
    Case(
        "crawl-since-alias-month-13",
        ("crawl", "--since", "2024-13", "--config", CFG, "--data-dir", "{tmp}/new3"),
        ("--from '2024-13'", "YYYY-MM"),
    ),  # the old name still works, and the message uses the new one
    Case(
        "crawl-until-short",
        ("crawl", "--until", "24-1", "--config", CFG, "--data-dir", "{tmp}/new3"),
        ("--to '24-1'", "YYYY-MM"),
    ),
    Case(
        "crawl-from-after-to",
        ("crawl", "--from", "2024-05", "--to", "2024-01", "--config", CFG, "--data-dir", "{tmp}/new3"),
        ("--from 2024-05 is after --to 2024-01",),
    ),
    Case("series-from-abc", ("series", "--from", "abc", "--data-dir", "{archive}"), ("--from 'abc'", "YYYY-MM")),
    Case("series-to-month-0", ("series", "--to", "2024-00", "--data-dir", "{archive}"), ("--to '2024-00'",)),
    Case(
        "series-from-after-to",
        ("series", "--from", "2024-05", "--to", "2024-01", "--data-dir", "{archive}"),
        ("--from 2024-05 is after --to 2024-01", "swap"),
    ),
    Case("reparse-month-13", ("reparse", "--from", "2024-13", "--data-dir", "{archive}"), ("--from '2024-13'",)),
    Case(
        "report-month",
        ("report", "--from", "2024-1", "--out", "{tmp}/report", "--data-dir", "{archive}"),
        ("--from '2024-1'", "YYYY-MM"),
    ),
    Case(
        "backfill-from-abc",
        ("backfill", "--from", "abc", "--to", "2024-01", "--data-dir", "{tmp}/new4"),
        ("--from 'abc'", "YYYY-MM"),
    ),
    Case(
        "extract-published",
        ("extract", "--published", "2024-13-01", str(ROOT / "README.md")),
        ("bad date '2024-13-01'", "YYYY-MM-DD"),
    ),
    Case("extract-missing-file", ("extract", "{tmp}/no-such-page.html"), ("no such file",)),
    # unreadable config
    Case(
        "crawl-config-missing",
        ("crawl", "--config", "{tmp}/missing.toml", "--data-dir", "{tmp}/new5"),
        ("config file {tmp}/missing.toml not found", "--config FILE"),
    ),
    Case(
        "status-config-env-missing",
        ("status", "--data-dir", "{archive}"),
        ("config file {tmp}/missing.toml not found", "ICTARCHIVE_CONFIG"),
        env=(("ICTARCHIVE_CONFIG", "{tmp}/missing.toml"),),
    ),
    Case(
        "schedule-config-missing",
        ("schedule", "--config", "{tmp}/missing.toml", "--data-dir", "{tmp}/new6"),
        ("not found",),
    ),
    Case(
        "config-is-directory",
        ("status", "--config", "{tmp}", "--data-dir", "{archive}"),
        ("is a directory", "TOML file"),
    ),
    Case(
        "crawl-config-not-toml",
        ("crawl", "--config", "{tmp}/not_toml.toml", "--data-dir", "{tmp}/new5"),
        ("not_toml.toml is not valid TOML", "fix the file"),
    ),
    Case(
        "crawl-config-not-utf8",
        ("crawl", "--config", "{tmp}/binary.toml", "--data-dir", "{tmp}/new5"),
        ("not UTF-8", "UTF-8 TOML"),
    ),
    Case(
        "crawl-config-wrong-type",
        ("crawl", "--config", "{tmp}/retry_type.toml", "--data-dir", "{tmp}/new5"),
        ("[crawl] retry_times must be a whole number", "'x'", "fix the file"),
    ),
    Case(
        "backfill-config-bool-for-number",
        (
            "backfill",
            "--from",
            "2024-01",
            "--to",
            "2024-01",
            "--config",
            "{tmp}/bool_number.toml",
            "--data-dir",
            "{tmp}/new5",
        ),
        ("[crawl] download_delay must be a number",),
    ),
    Case(
        "status-config-sources-string",
        ("status", "--config", "{tmp}/sources_type.toml", "--data-dir", "{archive}"),
        ("[crawl] sources must be a list",),
    ),
    Case(
        "crawl-config-base-url",
        ("crawl", "--config", "{tmp}/base_url.toml", "--data-dir", "{tmp}/new5"),
        ("[sources.motie_en] base_url must be an http(s) URL",),
    ),
    Case(
        "status-config-schedule-type",
        ("status", "--config", "{tmp}/schedule_type.toml", "--data-dir", "{archive}"),
        ("[schedule] expected_day must be a whole number",),
    ),
    Case(
        "schedule-config-weekday",
        ("schedule", "--config", "{tmp}/weekday.toml", "--data-dir", "{tmp}/new6"),
        ("[schedule] compact_weekday", "'someday'"),
    ),
    Case(
        "crawl-config-typo-table",
        ("crawl", "--config", "{tmp}/typo_table.toml", "--data-dir", "{tmp}/new5"),
        ("unknown table [crawll]", "did you mean crawl?"),
    ),
    # every key is known: a typo names the nearest known key instead of being ignored
    Case(
        "crawl-config-typo-key",
        ("crawl", "--config", "{tmp}/typo_delay.toml", "--data-dir", "{tmp}/new5"),
        ("unknown key download_dealy in [crawl]", "did you mean download_delay?"),
    ),
    Case(
        "backfill-config-typo-key",
        (
            "backfill",
            "--from",
            "2024-01",
            "--to",
            "2024-01",
            "--config",
            "{tmp}/typo_retry.toml",
            "--data-dir",
            "{tmp}/new5",
        ),
        ("unknown key retry_time in [crawl]", "did you mean retry_times?"),
    ),
    Case(
        "crawl-config-typo-source",
        ("crawl", "--config", "{tmp}/typo_source.toml", "--data-dir", "{tmp}/new5"),
        ("unknown source [sources.motei_en]", "did you mean motie_en?"),
    ),
    Case(
        "status-config-typo-source-key",
        ("status", "--config", "{tmp}/typo_source_key.toml", "--data-dir", "{archive}"),
        ("unknown key base_ur in [sources.motie_en]", "base_url?"),
    ),
    Case(
        "schedule-daily-at",
        ("schedule", "--daily-at", "8h30", "--data-dir", "{tmp}/new6"),
        ("--daily-at '8h30'", "HH:MM"),
    ),
    Case(
        "schedule-config-typo-key",
        ("schedule", "--config", "{tmp}/typo_schedule.toml", "--data-dir", "{tmp}/new6"),
        ("unknown key daily_att in [schedule]", "did you mean daily_at?"),
    ),
    Case(
        "crawl-config-range",
        ("crawl", "--config", "{tmp}/range_concurrency.toml", "--data-dir", "{tmp}/new5"),
        ("[crawl] concurrency_per_domain must be at least 1", "not 0"),
    ),
    Case(
        "crawl-config-negative",
        ("crawl", "--config", "{tmp}/range_delay.toml", "--data-dir", "{tmp}/new5"),
        ("[crawl] download_delay must be at least 0", "not -1"),
    ),
    Case(
        "crawl-config-choice",
        ("crawl", "--config", "{tmp}/log_level.toml", "--data-dir", "{tmp}/new5"),
        ("[crawl] log_level must be one of DEBUG, INFO", "'LOUD'"),
    ),
    Case(
        "status-config-sources-unknown",
        ("status", "--config", "{tmp}/crawl_sources_typo.toml", "--data-dir", "{archive}"),
        ("unknown source yonhap", "did you mean yonhap_en?"),
    ),
    Case(
        "crawl-config-not-table",
        ("crawl", "--config", "{tmp}/crawl_not_table.toml", "--data-dir", "{tmp}/new5"),
        ("[crawl] must be a table",),
    ),
    # a data directory that is a file, is under a file, or cannot be created
    *[
        Case(
            f"{argv[0]}-data-dir-is-file",
            (*argv, "--data-dir", FILE),
            ("data directory {tmp}/afile is a file", "pass --data-dir DIR"),
        )
        for argv in (
            ("crawl", "--config", CFG),
            ("backfill", "--from", "2024-01", "--to", "2024-01"),
            ("status",),
            ("reparse",),
            ("compact",),
            ("series",),
            ("query", "SELECT 1"),
            ("views",),
            ("verify",),
            ("report", "--out", "{tmp}/report"),
            ("demo",),
            ("schedule",),
        )
    ],
    *[
        Case(
            f"{argv[0]}-data-dir-under-file",
            (*argv, "--data-dir", UNDER_FILE),
            ("{tmp}/afile/data is under {tmp}/afile, which is a file", "pass --data-dir DIR"),
        )
        for argv in (("crawl", "--config", CFG), ("compact",), ("series",), ("demo",))
    ],
    *[
        Case(
            f"{argv[0]}-data-dir-in-proc",
            (*argv, "--data-dir", PROC),
            (f"data directory {PROC} cannot be created", "directory you can write to"),
        )
        for argv in (("compact",), ("demo",))
    ],
    # object storage is not a filesystem: refused before anything is read or created (no ./s3:/bucket/x)
    *[
        Case(
            f"{argv[0]}-data-dir-{url.split(':')[0]}",
            (*argv, "--data-dir", url),
            (
                f"data directory {url} is a {url.split(':')[0]}:// URL",
                "only a local or mounted filesystem path",
                "pass --data-dir DIR",
            ),
        )
        for argv, url in (
            (("crawl", "--config", CFG), "s3://bucket/x"),
            (("backfill", "--from", "2024-01", "--to", "2024-01"), "gs://bucket/x"),
            (("status",), "s3://bucket/x"),
            (("reparse",), "az://container/x"),
            (("compact",), "abfs://fs@account.dfs.core.windows.net/x"),
            (("series",), "s3://bucket/x"),
            (("query", "SELECT 1"), "hdfs://namenode/x"),
            (("views",), "s3://bucket/x"),
            (("report", "--out", "{tmp}/report"), "https://example.org/x"),
            (("demo",), "s3://bucket/x"),
            (("schedule",), "gs://bucket/x"),
        )
    ],
    Case(
        "status-data-env-s3",
        ("status",),
        ("data directory s3://bucket/x is a s3:// URL", "ICTARCHIVE_DATA"),
        env=(("ICTARCHIVE_DATA", "s3://bucket/x"),),
    ),
    Case(
        "report-out-s3",
        ("report", "--out", "s3://bucket/report", "--data-dir", "{archive}"),
        ("report directory s3://bucket/report is a s3:// URL", "pass --out DIR"),
    ),
    Case(
        "report-out-is-file",
        ("report", "--out", FILE, "--data-dir", "{archive}"),
        ("report directory {tmp}/afile is a file", "pass --out DIR"),
    ),
    # the replica server's options (a good invocation serves until Ctrl-C, so only refusals are run here)
    Case("mirror-port-range", ("mirror", "serve", "--port", "70000"), ("--port 70000", "0..65535")),
    Case(
        "mirror-layout-unknown",
        ("mirror", "serve", "--port", "0", "--layout", "motie_en=nope"),
        ("--layout motie_en=nope: no such layout", "motie_en=current|older"),
    ),
    Case(
        "mirror-content-missing",
        ("mirror", "serve", "--port", "0", "--content", "{tmp}/no-content"),
        ("--content {tmp}/no-content: not a directory",),
    ),
    Case(
        "mirror-write-config-under-file",
        ("mirror", "serve", "--port", "0", "--write-config", "{tmp}/afile/x.toml"),
        ("{tmp}/afile is a file", "--write-config"),
    ),
]


def run(argv: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("ICTARCHIVE_CONFIG", "ICTARCHIVE_DATA")}
    # a command that wrongly got past its checks must not reach the internet: every proxy is a closed port
    environment.update(
        {name: "http://127.0.0.1:9" for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")}
    )
    return subprocess.run(
        [sys.executable, "-m", "scraper.cli", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**environment, **(env or {})},
    )


def fill(text: str, tmp: Path, archive: Path) -> str:
    return text.replace("{tmp}", str(tmp)).replace("{archive}", str(archive))


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, tuple[Case, subprocess.CompletedProcess, Path, Path]]:
    """Every case run once, two at a time (each is a separate interpreter)."""
    tmp = tmp_path_factory.mktemp("bad")
    archive = build(tmp_path_factory.mktemp("archive"), count=2).root
    (tmp / "afile").write_text("a regular file where a directory should be\n")
    for name, text in CONFIGS.items():
        (tmp / name).write_text(text)
    (tmp / "binary.toml").write_bytes(b'[crawl]\nuser_agent = "\xff\xfe"\n')

    def one(case: Case):
        argv = [fill(a, tmp, archive) for a in case.argv]
        return case.name, (case, run(argv, {k: fill(v, tmp, archive) for k, v in case.env}), tmp, archive)

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(one, CASES))


def assert_one_clear_line(result: subprocess.CompletedProcess, *says: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ictarchive: error: ")
    for text in says:
        assert text in lines[0], (text, lines[0])
    assert result.stdout == ""


@pytest.mark.parametrize("name", [case.name for case in CASES])
def test_bad_input_is_one_line_and_exit_2(outcomes, name) -> None:
    case, result, tmp, archive = outcomes[name]
    assert_one_clear_line(result, *(fill(text, tmp, archive) for text in case.says))


def test_refused_commands_create_nothing(outcomes) -> None:
    """A command refused at the door leaves no directory behind (the `new*` and `report` paths above)."""
    _, _, tmp, _ = next(iter(outcomes.values()))
    assert not list(tmp.glob("new*")) and not (tmp / "report").exists()
    assert not [p for p in ROOT.iterdir() if ":" in p.name]  # no ./s3:/bucket/x made of a URL
    assert (tmp / "afile").is_file()


def test_every_command_that_takes_these_options_is_covered() -> None:
    """A new command with --data-dir, --config or months must join the cases above."""
    from scraper.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    taking = {
        name
        for name, sub in commands.items()
        if {"--data-dir", "--config", "--from", "--since"} & {o for a in sub._actions for o in a.option_strings}
    }
    covered = {case.argv[0] for case in CASES}
    assert taking and taking <= covered, taking - covered


def test_a_good_invocation_still_passes(tmp_path) -> None:
    """The checks refuse only bad input: a fresh data directory is created and an archive is read."""
    archive = build(tmp_path / "archive", count=2).root
    fresh = tmp_path / "deep" / "new" / "data"
    compact = run(["compact", "--data-dir", str(fresh)])
    assert compact.returncode == 0, compact.stderr
    assert fresh.is_dir() and not list(fresh.glob("_probe-*"))
    series = run(["series", "--item", "ict", "--format", "csv", "--data-dir", str(archive)])
    assert series.returncode == 0 and series.stdout.startswith("period,"), series.stderr


def mount_namespace_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--mount", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.mount
@pytest.mark.skipif(not mount_namespace_works(), reason="needs `unshare --mount` (root or user namespaces)")
def test_a_read_only_archive_is_read_but_not_written(tmp_path) -> None:
    """A read-only mount refuses writes even to root: writers say so in one line; readers still read."""
    archive = build(tmp_path / "archive", count=2).root
    mount = tmp_path / "ro"
    mount.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    cli = f"{sys.executable} -m scraper.cli"
    script = (
        f"set -u; mount --bind {archive} {mount} && mount -o remount,bind,ro {mount} || exit 99; "
        f"cd {ROOT}; "
        f"{cli} compact --data-dir {mount} >{out}/compact.out 2>{out}/compact.err; echo $? >{out}/compact.rc; "
        f"{cli} reparse --data-dir {mount} >{out}/reparse.out 2>{out}/reparse.err; echo $? >{out}/reparse.rc; "
        f"{cli} demo --data-dir {mount}/sub >{out}/demo.out 2>{out}/demo.err; echo $? >{out}/demo.rc; "
        f"{cli} series --item ict --format csv --data-dir {mount} >{out}/series.out 2>{out}/series.err; "
        f"echo $? >{out}/series.rc"
    )
    before = sorted(p.relative_to(archive) for p in archive.rglob("*"))
    done = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode == 99:
        pytest.skip(f"cannot bind-mount read-only here: {done.stderr.strip()}")

    def outcome(name: str) -> subprocess.CompletedProcess:
        return subprocess.CompletedProcess(
            [name],
            int((out / f"{name}.rc").read_text()),
            (out / f"{name}.out").read_text(),
            (out / f"{name}.err").read_text(),
        )

    assert_one_clear_line(
        outcome("compact"), f"data directory {mount} is not writable (Read-only file system)", "pass --data-dir DIR"
    )
    assert_one_clear_line(outcome("reparse"), "is not writable (Read-only file system)")
    assert_one_clear_line(outcome("demo"), f"data directory {mount}/sub cannot be created (Read-only file system)")
    series = outcome("series")
    assert series.returncode == 0 and series.stdout.startswith("period,"), series.stderr
    assert sorted(p.relative_to(archive) for p in archive.rglob("*")) == before


def test_backfill_rerun_choices_match_the_ledger() -> None:
    """`backfill --rerun` lists its choices without importing the backfill module; they must agree."""
    from scraper.backfill import RERUN_CHOICES
    from scraper.commands import ops_cmds

    assert ops_cmds.RERUN_CHOICES == RERUN_CHOICES


def test_a_port_in_use_is_one_line_too() -> None:
    """`mirror serve` on a port another socket holds: exit 2 naming the port, not a bind traceback."""
    import socket

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = run(["mirror", "serve", "--port", str(port)])
    assert_one_clear_line(result, f"port {port}", "pick another --port")
