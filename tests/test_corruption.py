"""Reliability under damage at rest and bad versions: raw is sacred, regressions are not revisions, capture
order rather than the clock decides which version is newest (issue 17)."""

from __future__ import annotations

from datetime import UTC, datetime

from archive import maintenance
from archive.layout import DataDir
from archive.raw import read_warc, warc_files
from archive.reader import connect
from scraper.cli import main
from scraper.ingest import ingest_capture
from scraper.state import StateStore
from tests.archive_helpers import Release, build, capture_of, ingest, release_url, sample_releases


def _ict_exports(data: DataDir) -> dict[str, float]:
    rows = (
        connect(data)
        .execute(
            "SELECT period, value_usd FROM facts WHERE flow = 'export' AND item = 'ict' "
            "AND region = 'world' AND period_type = 'month'"
        )
        .fetchall()
    )
    return dict(rows)


def _article_captures(data: DataDir) -> list[tuple[str, int, int, str]]:
    return (
        connect(data)
        .execute(
            "SELECT canonical_url, warc_offset, warc_length, warc_record_id FROM captures "
            "WHERE page_type = 'article' ORDER BY warc_offset"
        )
        .fetchall()
    )


def _flip(path, offset: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x40
    path.write_bytes(bytes(raw))


def test_a_damaged_warc_record_costs_only_itself(tmp_path, capsys):
    data = build(tmp_path, count=6)
    before = _ict_exports(data)
    assert len(before) == 6
    state = StateStore(data.state_db)
    for url, *_ in _article_captures(data):
        state.remember(url, "motie_en", url, '"etag"', None, "sha", 200, text_length=500, n_facts=7)
    state.remember("list:https://english.motie.go.kr/list", "motie_en", "x", '"l"', None, None, 200)
    state.close()
    damaged_url, offset, length, record_id = _article_captures(data)[1]  # the second of six records
    (path,) = warc_files(data.raw)
    _flip(path, offset + length // 2)

    damage = []
    read = list(read_warc(path, data.root, damage))
    assert len(read) == 5, "every intact record after the damaged one is read"
    assert [(d.offset, d.tail) for d in damage] == [(offset, False)]

    status = main(["reparse", "--data-dir", str(data.root)])
    err = capsys.readouterr().err
    assert status == 1, "damage in raw/ is a problem"
    assert path.name in err and f"offset {offset}" in err and record_id in err
    after = _ict_exports(data)
    assert len(after) == 5 and all(after[p] == before[p] for p in after)
    marked = connect(data).execute("SELECT canonical_url FROM captures WHERE damage IS NOT NULL").fetchall()
    assert marked == [(damaged_url,)], "the unreadable record's captures row is marked, not orphaned"
    state = StateStore(data.state_db)
    assert state.known(damaged_url) is None, "the next crawl fetches the damaged article again"
    assert state.known(_article_captures(data)[0][0]) is not None
    assert state.known("list:https://english.motie.go.kr/list") is None, "and reads its list again"


def test_a_warc_cut_in_half_reports_the_committed_records_it_lost(tmp_path, capsys):
    data = build(tmp_path, count=6)
    (path,) = warc_files(data.raw)
    raw = path.read_bytes()
    # cut inside the record at the middle of the file: six records of near-equal size put a record boundary
    # at exactly half about one run in eight, and a cut there loses whole records without tearing one
    middle = next(c for c in read_warc(path, data.root) if c.warc_offset + c.warc_length > len(raw) // 2)
    path.write_bytes(raw[: middle.warc_offset + middle.warc_length // 2])
    assert main(["reparse", "--data-dir", str(data.root)]) == 1
    assert "to the end of the file" in capsys.readouterr().err
    lost = connect(data).execute("SELECT count(*) FROM captures WHERE damage IS NOT NULL").fetchone()[0]
    assert lost >= 2


def test_a_warc_cut_between_two_records_still_reports_the_records_it_lost(tmp_path, capsys):
    """A cut that falls exactly between two gzip members leaves a file that reads as intact (the cut in half
    above lands there about one time in six, as record lengths vary with their ids and dates)."""
    data = build(tmp_path, count=6)
    (path,) = warc_files(data.raw)
    fourth_offset = _article_captures(data)[3][1]
    path.write_bytes(path.read_bytes()[:fourth_offset])
    damage = []
    assert len(list(read_warc(path, data.root, damage))) == 3 and damage == [], "the reader alone cannot tell"
    assert main(["reparse", "--data-dir", str(data.root)]) == 1
    err = capsys.readouterr().err
    assert f"offset {fourth_offset}" in err and "to the end of the file" in err
    marked = connect(data).execute("SELECT warc_offset FROM captures WHERE damage IS NOT NULL ORDER BY 1").fetchall()
    assert [offset for (offset,) in marked] == [row[1] for row in _article_captures(data)[3:]]
    assert len(_ict_exports(data)) == 3


def test_a_killed_writers_torn_tail_is_not_damage(tmp_path, capsys):
    data = build(tmp_path, count=3)
    (path,) = warc_files(data.raw)
    extra = capture_of(sample_releases(4)[3], "run1")
    from archive.raw import RawWriter

    with RawWriter(path, data.root) as writer:
        stored = writer.write(extra)
    raw = path.read_bytes()
    path.write_bytes(raw[: stored.warc_offset + stored.warc_length // 2])  # never committed: no captures row
    assert main(["reparse", "--data-dir", str(data.root)]) == 0
    assert "raw damage" not in capsys.readouterr().err


MAINTENANCE = (
    b"<!DOCTYPE html><html lang='en'><head><title>System maintenance</title></head><body>"
    b"<article><p>System maintenance is in progress. We apologise for the inconvenience; please "
    b"visit again later.</p></article></body></html>"
)


def test_a_maintenance_page_never_replaces_an_article(tmp_path, capsys):
    data = build(tmp_path, count=4, run_id="run1")
    before = _ict_exports(data)
    later = datetime(2026, 2, 5, 3, 0, tzinfo=UTC)
    ingest(data, [capture_of(r, "run2", later, MAINTENANCE) for r in sample_releases(4)], "run2")
    assert _ict_exports(data) == before, "the crawl's writer keeps the facts"
    assert main(["reparse", "--data-dir", str(data.root)]) == 0
    assert _ict_exports(data) == before, "reparse: the notice is the newest capture, not the newest version"
    titles = {t for (t,) in connect(data).execute("SELECT title FROM articles").fetchall()}
    assert not any("maintenance" in t.lower() for t in titles)


def test_a_version_that_lost_its_figures_is_not_a_revision(tmp_path):
    release = sample_releases(1)[0]
    data = build(tmp_path, count=1, run_id="run1")
    before = _ict_exports(data)
    gutted = (
        b"<!DOCTYPE html><html lang='en'><head><title>ICT exports</title></head><body><article><p>The "
        b"ministry published its monthly review of information and communication technology trade, with "
        b"detailed tables to follow in the attached file for readers who want them.</p></article></body>"
        b"</html>"
    )
    ingest(data, [capture_of(release, "run2", datetime(2026, 2, 5, tzinfo=UTC), gutted)], "run2")
    maintenance.reparse(data, "reparse1", ingest_capture)
    assert _ict_exports(data) == before


def test_newest_version_is_capture_order_not_the_clock(tmp_path):
    first = sample_releases(1)[0]
    revised = Release(
        first.year,
        first.month,
        exports=round(first.exports + 0.1, 1),
        exports_yoy=first.exports_yoy,
        imports=first.imports,
        chips=first.chips,
        chips_yoy=first.chips_yoy,
    )
    data = DataDir(tmp_path)
    ingest(data, [capture_of(first, "run1", datetime(2026, 1, 5, tzinfo=UTC))], "run1")
    # the host clock went back a month before the second run fetched the revision
    behind = datetime(2025, 12, 5, tzinfo=UTC)
    from tests.archive_helpers import release_html

    ingest(data, [capture_of(first, "run2", behind, release_html(revised))], "run2")
    assert list(_ict_exports(data).values()) == [round(revised.exports * 1e9)]
    maintenance.reparse(data, "reparse1", ingest_capture)
    assert list(_ict_exports(data).values()) == [round(revised.exports * 1e9)]
    assert release_url(first)


def _crawl_like(data: DataDir, run_id: str, captures) -> dict:
    """What the crawl's middleware and pipeline do with each article response (no network needed)."""
    from scraper.pipelines import CrawlRun

    state = StateStore(data.state_db)
    run = CrawlRun(data, run_id, state)
    listed = run.source_stats("motie_en")
    listed.list_pages, listed.list_links = 1, len(captures)  # as if a list page had linked them
    listed.layer_links["list"] = len(captures)
    for capture in captures:
        run.archive_article(run.capture(capture))
    run.finish()
    summary = run.source_stats("motie_en").summary()
    state.close()
    return summary


def test_the_crawl_keeps_the_last_good_version_and_says_why(tmp_path):
    data = DataDir(tmp_path)
    releases = sample_releases(3)
    first = _crawl_like(data, "run1", [capture_of(r, "run1") for r in releases])
    assert first["health"] == "ok" and first["articles_new"] == 3
    before = _ict_exports(data)
    later = datetime(2026, 2, 5, tzinfo=UTC)
    gutted = release_html_without_figures()
    second = _crawl_like(
        data,
        "run2",
        [capture_of(releases[0], "run2", later, MAINTENANCE), capture_of(releases[1], "run2", later, gutted)],
    )
    assert _ict_exports(data) == before
    assert second["health"] == "degraded"
    assert "article became a maintenance or error page" in second["reason"]
    assert any("lost" in p for p in second["problems"]), second["problems"]
    assert second["articles_regressed"] == 2
    state = StateStore(data.state_db)
    assert state.known(release_url(releases[0])).n_facts >= 4, "the good version stays the baseline"


def release_html_without_figures() -> bytes:
    return (
        b"<!DOCTYPE html><html lang='en'><head><title>ICT exports</title></head><body><article><p>The "
        b"ministry published its monthly review of information and communication technology trade, with "
        b"detailed tables to follow in the attached file for readers who want them.</p></article></body>"
        b"</html>"
    )


def test_run_ids_keep_capture_order_when_the_clock_goes_back(tmp_path):
    from archive.raw import monotonic_run_id

    data = DataDir(tmp_path)
    ingest(data, [capture_of(sample_releases(1)[0], "20260105T030000Z-aaaaaa")], "20260105T030000Z-aaaaaa")
    later = monotonic_run_id(data.raw, "20251201T000000Z-bbbbbb")  # the clock is a month behind
    assert later > "20260105T030000Z-aaaaaa" and later.endswith("-bbbbbb")
    assert monotonic_run_id(data.raw, "20260301T000000Z-cccccc") == "20260301T000000Z-cccccc"


def _state_with_history(data: DataDir) -> None:
    state = StateStore(data.state_db)
    for url, *_ in _article_captures(data):
        state.remember(url, "motie_en", url, '"e"', None, "sha", 200, text_length=500, n_facts=4)
    state.record_source("run1", "motie_en", "ok", "", {})
    state.close()


def test_a_corrupt_state_file_is_set_aside_and_rebuilt_from_the_archive(tmp_path, caplog):
    data = build(tmp_path, count=3)
    _state_with_history(data)
    raw = bytearray(data.state_db.read_bytes())
    page = 4096
    raw[page + 8 : page + 200] = b"\xa5" * 192  # flipped bytes mid-page (a table's b-tree page)
    data.state_db.write_bytes(bytes(raw))
    state = StateStore(data.state_db)
    assert list(tmp_path.glob("state.sqlite.corrupt-*")), "the corrupt file is kept aside"
    warned = [r.getMessage() for r in caplog.records if "state.sqlite was corrupt" in r.getMessage()]
    assert len(warned) == 1 and "rebuilt from the archive (3 articles, 1 sources)" in warned[0]
    url = _article_captures(data)[0][0]
    known = state.known(url)
    assert known is not None and known.etag is None and known.n_facts == 4, "validators from the archive"
    assert state.last_source_runs()["motie_en"]["run_id"] == "run1"
    state.close()


def test_a_state_file_that_is_not_a_database_is_rebuilt_too(tmp_path):
    data = build(tmp_path, count=2)
    _state_with_history(data)
    data.state_db.write_bytes(b"garbage" * 1000)
    state = StateStore(data.state_db)
    assert state.known(_article_captures(data)[0][0]) is not None
    state.close()


def test_the_next_crawl_fetches_again_what_a_damaged_warc_lost(tmp_path):
    """End to end over the replica: crawl, damage one article's record, reparse (exit 1), crawl again: the
    article is fetched again and its facts are back."""
    import json
    import subprocess
    import sys

    from scraper.config import write_config
    from scraper.replica.server import ReplicaServer
    from tests.replica_helpers import FAST

    data = DataDir(tmp_path / "data")
    config = tmp_path / "config.toml"

    def crawl() -> dict:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "scraper.cli",
                "crawl",
                "--config",
                str(config),
                "--source",
                "motie_en",
                "--data-dir",
                str(data.root),
                "--since",
                "2024-01",
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert "Traceback" not in result.stderr, result.stderr[-2000:]
        return json.loads(result.stdout.strip().splitlines()[-1])

    with ReplicaServer() as server:
        write_config(config, {"motie_en": server.base_url("motie_en")}, FAST)
        assert crawl()["status"] == "ok"
        facts_before = connect(data).execute("SELECT count(*) FROM facts").fetchone()[0]
        url, offset, length, _ = _article_captures(data)[2]
        lost = (
            connect(data)
            .execute("SELECT count(*) FROM facts f JOIN articles a USING (article_id) WHERE a.canonical_url = ?", [url])
            .fetchone()[0]
        )
        assert lost > 0
        (path,) = warc_files(data.raw)
        _flip(path, offset + length // 2)
        assert main(["reparse", "--data-dir", str(data.root)]) == 1
        assert connect(data).execute("SELECT count(*) FROM facts").fetchone()[0] == facts_before - lost
        second = crawl()["sources"]["motie_en"]
        assert second["articles_new"] == 1, second
    assert connect(data).execute("SELECT count(*) FROM facts").fetchone()[0] == facts_before
