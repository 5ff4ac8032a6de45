"""Archive at scale: ingest synthetic facts (10k, 100k, 1M), then compact and query `series`.

    python benchmarks/archive_scale.py [--sizes 10000 100000 1000000]

Prints per size: ingest rows/s, peak memory of writing (ingest, store, compact; before any query), files
before and after compaction, the time to store the series, and DuckDB query times on `series` (count, one
item/partner series, every row into Arrow) and on `series_live` (every fact ranked at query time).
Goals: memory flat as N grows (bounded batches), one file per partition after compaction, `series` over 1M
facts under 0.2 s. Each size runs in its own process so peak memory is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

BATCH = 20_000


def synthetic_facts(count: int):
    from archive import ids
    from archive.rows import period_bounds

    items = ("ict", "semiconductors", "displays", "mobile_phones", "computers_peripherals")
    sources = (("motie_en", "ministry"), ("yonhap_en", "news"), ("news1_ko", "news"))
    for index in range(count):
        month_index = index % 240
        year, month = 2006 + month_index // 12, month_index % 12 + 1
        period = f"{year}-{month:02d}"
        source, kind = sources[(index // 240) % 3]
        article = ids.article_id(f"https://{source}/{index // 40}")
        item = items[(index // 720) % 5]
        start, end, period_type = period_bounds(period)
        yield {
            "fact_id": ids.fact_id(article, period, "export", item, f"r{index // 3600}"),
            "article_id": article,
            "source": source,
            "source_kind": kind,
            "url": "https://x/",
            "published_date": date(year, month, 28),
            "period": period,
            "period_start": start,
            "period_end": end,
            "period_type": period_type,
            "flow": "export",
            "item": item,
            "region": f"r{index // 3600}",
            "value_usd": 1e9 + (index % 97) * 1e7,
            "yoy_pct": (index % 41) - 20.0,
            "checks": [],
            "parser_version": "1",
            "extracted_at": datetime(2026, 1, 1, tzinfo=UTC),
            "run_id": "bench",
        }


def run_one(size: int, root: Path) -> dict:
    from archive.layout import DataDir
    from archive.maintenance import compact
    from archive.reader import connect
    from archive.writer import ArchiveWriter

    data = DataDir(root)
    writer = ArchiveWriter(data, "bench", batch_rows=BATCH)
    started = time.perf_counter()
    writer.add_rows("facts", synthetic_facts(size))
    writer.flush()
    ingest = time.perf_counter() - started
    started = time.perf_counter()
    writer.finish()  # stores the series of every partition
    finish = time.perf_counter() - started
    files_before = len(list(root.glob("facts/year=*/month=*/*.parquet")))
    compact(data, "compact", ("facts",))
    files_after = len(list(root.glob("facts/year=*/month=*/*.parquet")))
    writer_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before any query runs
    connection = connect(data)
    timings = {}
    for name, sql in (
        ("count", "SELECT count(*) FROM series"),
        ("one_series", "SELECT * FROM series WHERE item = 'ict' AND region = 'r1' ORDER BY period"),
        ("all_rows", "SELECT * FROM series"),
        ("all_rows_live", "SELECT * FROM series_live"),
    ):
        connection.execute(sql).to_arrow_table()  # warm: file footers, OS cache
        started = time.perf_counter()
        result = connection.execute(sql).to_arrow_table()
        timings[name] = time.perf_counter() - started
        if name == "all_rows":
            rows = result.num_rows
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "size": size,
        "rows_per_s": size / ingest,
        "peak_mb": writer_peak_mb,
        "query_peak_mb": peak_mb,
        "files_before": files_before,
        "files_after": files_after,
        "partitions": len(data.partitions("facts")),
        "series_rows": rows,
        "finish_s": finish,
        **{f"series_{k}_s": v for k, v in timings.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, Path(tempfile.mkdtemp(prefix="ictarchive-scale-")))))
        return
    print(
        f"{'facts':>9} {'rows/s':>9} {'write MB':>8} {'files':>6} {'after':>6} {'store s':>8} {'count s':>8} "
        f"{'1 series':>9} {'all s':>7} {'live s':>7}  (series queries; 'all' = every row to Arrow)"
    )
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"{size:>9} {result['rows_per_s']:>9.0f} {result['peak_mb']:>8.0f} {result['files_before']:>6} "
            f"{result['files_after']:>6} {result['finish_s']:>8.1f} {result['series_count_s']:>8.3f} "
            f"{result['series_one_series_s']:>9.3f} {result['series_all_rows_s']:>7.3f} "
            f"{result['series_all_rows_live_s']:>7.3f}"
        )


if __name__ == "__main__":
    main()
