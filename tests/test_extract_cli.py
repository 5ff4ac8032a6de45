"""`ictarchive extract`: one file, and JSON Lines batches where one bad request never ends the batch."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from scraper import cli

RELEASE_TEXT = (
    "Korea's ICT exports rose 6.0 percent to $16.4 billion in March, the ministry said on April 14.\n\n"
    "Imports fell 2.1 percent to $9.8 billion, leaving a surplus of $6.6 billion.\n"
)


@pytest.fixture
def release(tmp_path: Path) -> Path:
    path = tmp_path / "release.txt"
    path.write_text(RELEASE_TEXT, encoding="utf-8")
    return path


def run_batch(requests: list[dict], monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[dict]]:
    stdin = io.StringIO("".join(json.dumps(r) + "\n" for r in requests))
    stdout = io.StringIO()
    monkeypatch.setattr("sys.stdin", stdin)
    monkeypatch.setattr("sys.stdout", stdout)
    status = cli.main(["extract", "-"])
    return status, [json.loads(line) for line in stdout.getvalue().splitlines()]


def test_single_file_prints_one_object_with_facts(release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["extract", str(release), "--published", "2023-04-14"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["published"] == "2023-04-14"
    assert record["lang"] == "en"
    assert record["is_ict_trade_report"] is True
    keyed = {(f["period"], f["flow"], f["item"], f["region"]): f for f in record["facts"]}
    assert keyed[("2023-03", "export", "ict", "world")]["value_usd"] == pytest.approx(16.4e9)
    assert keyed[("2023-03", "import", "ict", "world")]["yoy_pct"] == pytest.approx(-2.1)
    assert keyed[("2023-03", "balance", "ict", "world")]["value_usd"] == pytest.approx(6.6e9)


def test_batch_keeps_order_and_reports_bad_requests(
    release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    requests = [
        {"id": "a", "path": str(release), "url": None, "published": "2023-04-14"},
        {"id": "missing", "path": str(tmp_path / "nope.txt"), "url": None, "published": None},
        {"id": "bad-date", "path": str(release), "url": None, "published": "14/04/2023"},
        {"id": "b", "path": str(release), "url": None, "published": None},
    ]
    status, records = run_batch(requests, monkeypatch)
    assert [r["id"] for r in records] == ["a", "missing", "bad-date", "b"]
    assert "error" in records[1] and "nope.txt" in records[1]["error"]
    assert "error" in records[2]
    assert records[0]["facts"] and "error" not in records[3]
    assert status == 1  # failures are reported in the exit status, after the whole batch


def test_missing_file_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["extract", "/nonexistent/page.html"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ictarchive: error:") and err.count("\n") == 1


def test_euc_kr_plain_text_is_decoded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "release.txt"
    path.write_bytes("지난달 ICT 수출은 182.6억불로 전년 동월 대비 19.3% 증가했다.".encode("cp949"))
    assert cli.main(["extract", str(path), "--published", "2024-01-16"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["encoding"] == "cp949"
    fact = record["facts"][0]
    assert (fact["period"], fact["value_usd"], fact["yoy_pct"]) == ("2023-12", pytest.approx(18.26e9), 19.3)
