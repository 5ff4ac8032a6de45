"""Readers during writes: reader processes query the archive in a loop while 5 reparses and 5 compactions
rewrite every partition of it (issue 17: 0 failed reads).

    python benchmarks/readers_during_writes.py [--articles 2500] [--rounds 5] [--quick]

Each round adds a revised version of 5% of the articles (so compaction has files to merge), compacts, and
reparses everything from raw/. Three readers run throughout: one through the views (`archive.reader.connect`,
what `ictarchive query/series/status/report` use), one through the documented plain-DuckDB glob over the
newest snapshot (`snapshots/CURRENT`, docs/archive.md), as an analyst would type it, and one through a glob
of the live tree. Goal: 0 failed reads through the views and the snapshot glob, and every count equal to a
committed state. The live-tree glob is reported for information: a reader that lists paths and opens them
later loses a path to any rewrite in between, whatever the writer does (see archive/snapshots.py).
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scraper.months import MONTH_NAMES  # after the path: runnable from a checkout

MONTHS = list(MONTH_NAMES)


def page(index: int, bump: float = 0.0) -> tuple[str, bytes, date]:
    year, month = 2016 + (index // 12) % 10, index % 12 + 1
    exports = round(15 + (index % 50) / 10 + bump, 1)
    imports = round(9 + (index % 30) / 10, 1)
    published = date(year + (month == 12), month % 12 + 1, 10 + index % 15)
    body = (
        f"<p>ICT exports rose {1 + index % 9}.5 percent from a year earlier to ${exports} billion in "
        f"{MONTHS[month - 1]} {year}, the ministry said.</p><p>ICT imports reached ${imports} billion.</p>"
    )
    html = (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>ICT exports {index}</title></head>"
        f"<body><div class='view_head'><h3>ICT exports in {MONTHS[month - 1]} {year}</h3><p class='date'>"
        f"{published.isoformat()}</p></div><article>{body}</article></body></html>"
    )
    return f"https://english.motie.go.kr/eng/article/EATCLdfa319ada/{100000 + index}/view", html.encode(), published


def crawl_like(data, run_id: str, indexes: list[int], bump: float) -> None:
    from archive.raw import RawCapture, RawWriter
    from archive.writer import ArchiveWriter, mark_ingested
    from scraper.ingest import ingest_capture

    path = data.warc_path("motie_en", run_id)
    writer = ArchiveWriter(data, run_id)
    with RawWriter(path, data.root) as raw:
        for index in indexes:
            url, body, _ = page(index, bump)
            capture = RawCapture(
                url=url,
                status=200,
                headers=[("Content-Type", "text/html; charset=utf-8")],
                body=body,
                fetched_at=datetime(2026, 1, 5, tzinfo=UTC),
                source="motie_en",
                page_type="article",
                canonical_url=url,
                run_id=run_id,
            )
            writer.add(ingest_capture(raw.write(capture)))
    writer.finish()
    mark_ingested(path)


def reader(root: str, how: str, stop, results) -> None:
    import duckdb

    from archive.layout import DataDir
    from archive.reader import connect

    data = DataDir(Path(root))
    glob = str(Path(root) / "facts" / "year=*" / "month=*" / "*.parquet")
    from archive.snapshots import READ_SQL  # the documented plain-DuckDB read (docs/archive.md)

    snapshot = [sql.replace("ictarchive-data", root) for sql in READ_SQL]
    ok = failed = 0
    errors: list[str] = []
    counts: set[int] = set()
    while not stop.is_set():
        try:
            if how == "views":
                with connect(data) as db:
                    counts.add(db.execute("SELECT count(*) FROM facts").fetchone()[0])
                    db.execute("SELECT count(*) FROM series").fetchone()
            elif how == "snapshot glob":
                with duckdb.connect() as db:
                    db.execute(snapshot[0])
                    counts.add(db.execute(snapshot[1]).fetchone()[0])
            else:
                with duckdb.connect() as db:
                    counts.add(
                        db.execute(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning = true)").fetchone()[
                            0
                        ]
                    )
            ok += 1
        except duckdb.Error as exc:
            failed += 1
            errors.append(str(exc).splitlines()[0][:160])
    results.put((how, ok, failed, sorted(counts), errors[:3]))


def verify_cost(data, repeats: int = 5) -> str:
    """What the views' check of each file against its manifest costs (archive.trust): `connect` plus a count,
    with no hashes remembered, with them remembered, and with the check switched off (median of `repeats`)."""
    import statistics

    from archive import trust
    from archive.reader import connect

    def median_ms(before=None) -> float:
        times = []
        for _ in range(repeats):
            if before is not None:
                before()
            started = time.perf_counter()
            with connect(data) as db:
                db.execute("SELECT count(*) FROM facts").fetchone()
            times.append(1000 * (time.perf_counter() - started))
        return statistics.median(times)

    cache = data.versions / trust.CACHE_NAME
    cold = median_ms(lambda: cache.unlink(missing_ok=True))
    warm = median_ms()
    real = trust.Verifier.check
    trust.Verifier.check = lambda self, path, recorded: None  # type: ignore[method-assign]
    try:
        unchecked = median_ms()
    finally:
        trust.Verifier.check = real  # type: ignore[method-assign]
    files = list(data.root.glob("*/year=*/**/*.parquet"))
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    return (
        f"verified reads ({len(files)} files, {megabytes:.1f} MB): connect + count {cold:.0f} ms hashing every file, "
        f"{warm:.0f} ms with the hashes remembered, {unchecked:.0f} ms unchecked"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2500)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="300 articles, 3 rounds")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.rounds = 300, 3
    from archive import maintenance
    from archive.layout import DataDir
    from archive.reader import connect
    from scraper.ingest import ingest_capture

    with tempfile.TemporaryDirectory() as scratch:
        data = DataDir(Path(scratch) / "data")
        started = time.perf_counter()
        crawl_like(data, "20260101T000000Z-base00", list(range(args.articles)), 0.0)
        facts = connect(data).execute("SELECT count(*) FROM facts").fetchone()[0]
        print(f"archive: {args.articles} articles, {facts} facts, built in {time.perf_counter() - started:.1f} s")
        print(verify_cost(data))
        stop = multiprocessing.Event()
        results = multiprocessing.Queue()
        readers = [
            multiprocessing.Process(target=reader, args=(str(data.root), how, stop, results))
            for how in ("views", "snapshot glob", "live glob")
        ]
        for process in readers:
            process.start()
        started = time.perf_counter()
        for round_number in range(1, args.rounds + 1):
            revised = list(range(round_number, args.articles, 20))
            crawl_like(data, f"20260101T0{round_number}0000Z-round{round_number}", revised, round_number / 10)
            maintenance.compact(data, f"compact{round_number}")
            maintenance.reparse(data, f"reparse{round_number}", ingest_capture)
        writes = time.perf_counter() - started
        stop.set()
        outcome = [results.get(timeout=120) for _ in readers]
        for process in readers:
            process.join()
        committed = connect(data).execute("SELECT count(*) FROM facts").fetchone()[0]
    print(f"{args.rounds} compactions + {args.rounds} reparses in {writes:.1f} s; facts at the end: {committed}")
    for how, ok, failed, counts, errors in sorted(outcome, reverse=True):
        share = 100 * failed / max(1, ok + failed)
        print(
            f"reads through the {how}: {ok + failed} reads, failed reads: {failed} ({share:.1f}%); "
            f"distinct counts seen: {counts}"
        )
        for error in errors:
            print(f"  e.g. {error}")
    must_not_fail = sum(failed for how, _, failed, _, _ in outcome if how != "live glob")
    return 0 if must_not_fail == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
