"""A full disk fails a run cleanly: exit 74 with one line naming the file, nothing half-written visible, the
archive as it was, and once space is freed a re-run ends where a run without the fault ends.

The disk is real: a small tmpfs mounted in a private mount namespace (`unshare --mount`, root here and on CI),
filled with a real file. Every command is the real CLI; the replica server runs in this process on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from archive import schema
from archive.layout import DataDir
from archive.raw import read_warc, warc_files
from archive.reader import connect
from archive.writer import ingested_marker
from scraper.config import write_config
from scraper.replica.server import ReplicaServer
from tests.replica_helpers import FAST

ROOT = Path(__file__).parent.parent
CLI = f"{sys.executable} -m scraper.cli"
SOURCE = "motie_en"
FIRST = ("--source", SOURCE, "--since", "2025-06")  # the daily run: three recent releases
SECOND = ("--source", SOURCE, "--since", "2024-01", "--historical")  # then older releases: more to write


def can_mount_tmpfs() -> str | None:
    """Why a private tmpfs cannot be mounted here, or None when it can."""
    if shutil.which("unshare") is None:
        return "no unshare(1)"
    command = ["unshare", "--mount", "--propagation", "private", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"]
    if os.geteuid() != 0:
        command[1:1] = ["--user", "--map-root-user"]
    probe = subprocess.run(command, capture_output=True, text=True)
    return None if probe.returncode == 0 else f"cannot mount a tmpfs in a mount namespace: {probe.stderr.strip()}"


WHY_NOT = can_mount_tmpfs()
needs_tmpfs = pytest.mark.skipif(WHY_NOT is not None, reason=WHY_NOT or "")


def in_namespace(script: str, timeout: float = 180) -> subprocess.CompletedProcess:
    """Run `script` with its own mounts (a tmpfs mounted there is gone when it ends)."""
    command = ["unshare", "--mount", "--propagation", "private", "sh", "-c", "set -u\n" + script]
    if os.geteuid() != 0:
        command[1:1] = ["--user", "--map-root-user"]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


SHELL_HELPERS = """
run() {{ name=$1; shift; {cli} "$@" >{out}/$name.out 2>{out}/$name.err; echo $? >{out}/$name.rc; }}
# fill the tmpfs, leaving about $1 KiB free (0: completely full)
fill() {{ dd if=/dev/zero of={mnt}/reserve bs=1k count=$1 2>/dev/null
         dd if=/dev/zero of={mnt}/filler bs=64k 2>/dev/null; dd if=/dev/zero of={mnt}/filler-tail bs=1k 2>/dev/null
         rm -f {mnt}/reserve; df -k {mnt} | tail -1 >>{out}/df; }}
free() {{ rm -f {mnt}/filler {mnt}/filler-tail; }}
"""


@pytest.fixture(scope="module")
def scenario(tmp_path_factory) -> dict:
    """crawl; fill; crawl more (fault); free; re-run; fill up; compact (fault); free; compact. Beside it, on
    the ordinary disk, the same two crawls without a fault: the reference. (`reparse` replaces partitions
    through the same commit as `compact`.)"""
    if WHY_NOT is not None:
        pytest.skip(WHY_NOT)
    base = tmp_path_factory.mktemp("diskfull")
    mnt, out = base / "mnt", base / "out"
    mnt.mkdir()
    out.mkdir()
    data = mnt / "data"
    with ReplicaServer() as server:
        config = base / "replica.toml"
        write_config(config, {SOURCE: server.base_url(SOURCE)}, FAST)
        crawl = f"crawl --config {config} --data-dir {data} --json"
        script = (
            SHELL_HELPERS.format(cli=CLI, out=out, mnt=mnt)
            + f"""
mount -t tmpfs -o size=4m tmpfs {mnt} || exit 99
run crawl1 {crawl} {" ".join(FIRST)}
cp -a {data} {out}/before
fill 96
run crawl2 {crawl} {" ".join(SECOND)}
cp -a {data} {out}/after_crawl2
free
run rerun {crawl} {" ".join(SECOND)}
fill 0
run compact compact --data-dir {data}
cp -a {data} {out}/after_compact
free
run compact_again compact --data-dir {data}
cp -a {data} {out}/final
"""
        )
        reference = base / "reference"

        def reference_run() -> list[int]:
            codes = []
            for extra in (FIRST, SECOND):
                done = subprocess.run(
                    [*CLI.split(), *crawl.replace(str(data), str(reference)).split(), *extra],
                    capture_output=True,
                    text=True,
                    timeout=180,
                    cwd=ROOT,
                )
                codes.append(done.returncode)
            return codes

        with ThreadPoolExecutor(max_workers=2) as pool:
            faulty = pool.submit(in_namespace, script)
            reference_codes = pool.submit(reference_run)
            done, reference_codes = faulty.result(), reference_codes.result()
    if done.returncode == 99:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.strip()}")
    assert reference_codes == [0, 0]

    def result(name: str) -> subprocess.CompletedProcess:
        return subprocess.CompletedProcess(
            [name],
            int((out / f"{name}.rc").read_text()),
            (out / f"{name}.out").read_text(),
            (out / f"{name}.err").read_text(),
        )

    names = ("crawl1", "crawl2", "rerun", "compact", "compact_again")
    return {
        "out": out,
        "mount": mnt,
        "data": data,
        "reference": DataDir(reference),
        "results": {name: result(name) for name in names},
        "df": (out / "df").read_text(),
        "shell": done,
    }


def disk_full_line(result: subprocess.CompletedProcess, data: Path) -> str:
    assert result.returncode == 74, (result.returncode, result.stderr[-3000:])
    lines = result.stderr.strip().splitlines()
    assert lines and lines[-1].startswith(f"ictarchive: error: disk full writing {data}"), result.stderr[-3000:]
    assert "free space and run again" in lines[-1]
    assert sum(line.startswith("ictarchive: error:") for line in lines) == 1
    return lines[-1]


def test_the_scenario_ran_on_a_small_real_filesystem(scenario) -> None:
    """The faults were real: the tmpfs was nearly or entirely full when each faulty command ran."""
    results = scenario["results"]
    assert results["crawl1"].returncode == 0, results["crawl1"].stderr[-2000:]
    available = [int(line.split()[3]) for line in scenario["df"].splitlines()]
    assert len(available) == 2 and available[0] <= 128 and available[1] == 0, scenario["df"]


def test_a_compaction_on_a_full_disk_exits_74_with_one_line(scenario) -> None:
    result = scenario["results"]["compact"]
    line = disk_full_line(result, scenario["data"])
    assert result.stderr.strip() == line and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_crawl_that_fills_the_disk_exits_74_naming_the_file(scenario) -> None:
    """The crawl stops at once with one error line, naming the file it could not write, and nothing else on
    stderr (no Scrapy traceback: the capture middleware and the pipeline stop the run themselves)."""
    result = scenario["results"]["crawl2"]
    line = disk_full_line(result, scenario["data"])
    assert result.stderr.strip() == line, result.stderr[-3000:]
    assert (
        "/_stage-" in line
        or ".warc.gz" in line
        or "state.sqlite" in line
        or line.endswith("free space and run again (nothing half-written was kept)")
    )


def rows(data: DataDir, dataset: str) -> list[dict]:
    """Every row of a dataset, opening each file on its own with pyarrow; fails on a duplicate key."""
    found = []
    for year, month in data.partitions(dataset):
        keys = []
        for path in data.files(dataset, year, month):
            table = pq.read_table(path, schema=schema.DATASETS[dataset])
            found += table.to_pylist()
            keys += [tuple(row[k] for k in schema.KEYS[dataset]) for row in table.to_pylist()]
        assert len(keys) == len(set(keys)), f"{dataset} {year}-{month}: a key twice"
    return found


def content(data: DataDir, dataset: str) -> set:
    """A dataset's rows without the columns that only say which run wrote them."""
    volatile = set(schema.VOLATILE[dataset]) | {"parser_version"}
    return {
        json.dumps({k: v for k, v in row.items() if k not in volatile}, default=str, sort_keys=True)
        for row in rows(data, dataset)
    }


def assert_intact(data: DataDir) -> None:
    for dataset in schema.DATASETS:
        rows(data, dataset)
        leftovers = list(data.dataset(dataset).glob("year=*/_*-month=*"))
        assert not leftovers, f"half-built partitions visible after the fault: {leftovers}"
    connection = connect(data)
    for view in ("captures", "articles", "facts", "series"):
        connection.execute(f"SELECT count(*) FROM {view}").fetchone()
    for path in warc_files(data.raw):
        list(read_warc(path, data.root))  # whole records only, or a torn last one that is skipped
    with sqlite3.connect(data.state_db) as state:
        assert state.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("copy", ["after_crawl2", "after_compact"])
def test_the_archive_is_intact_and_lost_nothing_after_a_fault(scenario, copy) -> None:
    before = DataDir(scenario["out"] / "before")
    data = DataDir(scenario["out"] / copy)
    assert_intact(data)
    for dataset in ("articles", "facts"):
        assert content(before, dataset) <= content(data, dataset), f"{copy}: {dataset} lost rows"
    captured = {row["warc_record_id"] for row in rows(before, "captures")}
    assert captured <= {row["warc_record_id"] for row in rows(data, "captures")}


def test_after_freeing_space_a_rerun_ends_as_a_run_without_the_fault(scenario) -> None:
    results = scenario["results"]
    for name in ("rerun", "compact_again"):
        assert results[name].returncode == 0, (name, results[name].stderr[-2000:])
    final, reference = DataDir(scenario["out"] / "final"), scenario["reference"]
    assert_intact(final)
    for dataset, at_least in (("articles", 7), ("facts", 20)):  # 3 releases, then 4 older ones
        assert content(final, dataset) == content(reference, dataset), dataset
        assert len(content(final, dataset)) >= at_least
    article_pages = {
        (row["canonical_url"], row["sha256"]) for row in rows(final, "captures") if row["page_type"] == "article"
    }
    assert article_pages == {
        (row["canonical_url"], row["sha256"]) for row in rows(reference, "captures") if row["page_type"] == "article"
    }
    series = "SELECT * EXCLUDE (url, published_date) FROM series ORDER BY ALL"
    assert connect(final).execute(series).fetchall() == connect(reference).execute(series).fetchall()
    assert all(ingested_marker(path).exists() for path in warc_files(final.raw))
    leftovers = [*final.root.glob("*/year=*/_*"), *final.root.glob("series/_*"), *final.root.glob("_probe-*")]
    leftovers = [path for path in leftovers if path.name != "_manifest.json"]  # a series year's own manifest
    assert not leftovers, leftovers


WARC_CHILD = """
import errno, json, os, sys
from datetime import UTC, datetime
from pathlib import Path
from archive.raw import RawCapture, RawWriter, read_warc

mount = Path(sys.argv[1])
ballast = mount / "ballast"
ballast.write_bytes(b"0" * 96 * 1024)  # freed later to make room again
writer = RawWriter(mount / "raw" / "motie_en" / "run.warc.gz", mount)
def capture(index):
    body = os.urandom(3000) + f"<p>page {index}</p>".encode()  # incompressible: fills the disk fast
    return RawCapture(url=f"https://english.motie.go.kr/eng/article/{index}/view", status=200,
                      headers=[("Content-Type", "text/html")], body=body, fetched_at=datetime.now(UTC),
                      source="motie_en", page_type="article", canonical_url="", run_id="run")
written, error = [], None
for index in range(10_000):
    try:
        written.append(writer.write(capture(index)))
    except OSError as exc:
        error = [exc.errno, exc.filename]
        break
size_after_fault = writer.path.stat().st_size
read_after_fault = [(c.record_id, c.sha256) for c in read_warc(writer.path, mount)]
ballast.unlink()
for index in range(10_000, 10_003):
    written.append(writer.write(capture(index)))
writer.close()
read_at_end = [(c.record_id, c.sha256, c.warc_offset, c.warc_length) for c in read_warc(writer.path, mount)]
# a crawler killed in the middle of a record leaves a torn tail: the whole records before it still read
with open(writer.path, "ab") as handle:
    handle.write(writer.path.read_bytes()[:700])
read_torn = [c.record_id for c in read_warc(writer.path, mount)]
print(json.dumps({"error": error, "written": [(c.record_id, c.sha256, c.warc_offset, c.warc_length) for c in written],
                  "size_after_fault": size_after_fault, "read_after_fault": read_after_fault,
                  "read_at_end": read_at_end, "read_torn": read_torn}))
"""


@needs_tmpfs
def test_a_warc_write_that_fails_leaves_only_whole_records(tmp_path) -> None:
    """ENOSPC in the middle of a record: the file is cut back to its last whole record, the writer goes on
    once there is room, and every record reads back; a torn tail (SIGKILL) is skipped, not an error."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    child = tmp_path / "warc_child.py"
    child.write_text(WARC_CHILD)
    done = in_namespace(f"mount -t tmpfs -o size=160k tmpfs {mnt} || exit 99\n{sys.executable} {child} {mnt}")
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    errno_, filename = result["error"]
    assert errno_ == 28 and filename.endswith("run.warc.gz")
    written = [tuple(w) for w in result["written"]]
    before_fault = len(result["read_after_fault"])
    assert before_fault > 5
    assert [tuple(r) for r in result["read_after_fault"]] == [w[:2] for w in written[:before_fault]]
    last = written[before_fault - 1]
    assert result["size_after_fault"] == last[2] + last[3]  # nothing of the failed record is left
    assert [tuple(r) for r in result["read_at_end"]] == written  # offsets and lengths as the writer reported
    assert len(result["read_torn"]) == len(written), (len(result["read_torn"]), len(written))
    assert result["read_torn"] == [w[0] for w in written]


def test_help_lists_the_disk_full_status() -> None:
    result = subprocess.run([*CLI.split(), "--help"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0 and "74 disk full" in " ".join(result.stdout.split())
