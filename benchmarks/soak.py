"""Soak: a replica of ~10,000 articles with 10% of its pages faulty, crawled once and retried once.

    python benchmarks/soak.py [--per-source 1100] [--scale 3 | --sizes 1100,3300] [--seed 6] [--quick]

For each size (articles per source; 9 sources, so 1100 is ~9,900 ICT articles and the default 3x run ~29,700):
compose a replica, serve it with a seeded 10% of its request targets misbehaving, run `crawl` twice against the
same server (the second run is the "one retry run": nothing is cleared in between), then check the archive
itself, not the crawl's report: every ICT article of the replica has exactly one row, under one canonical URL,
with the replica's title and date, and no fact id is doubled. Then damage at rest (a flipped bit in a facts
file, an articles file cut in half, a flipped byte in one article's WARC record, another WARC file cut short,
a state file that is no database), `ictarchive verify --repair`, and one more retry run: every figure must
equal what it was before the damage (`--no-at-rest` skips this). Every figure at the end must also equal a
clean run's: the same replica crawled once with no faults, before the faulty runs. Exits 1 if any article is
missing or doubled, or a figure differs.

Besides the faults, 2% of the article pages that draw none are served wrapped in 200 nested <div>s, on every
request (pages exported from word processors nest that deep): their figures must equal the clean run's.

The faults. Article pages meet all ten kinds: 503, 429 with Retry-After 1, a reset connection, a truncated
body and a response slower than `download_timeout` (retried by the crawler within a run), and 404, a gzip bomb,
a redirect loop, a PDF in the page's place and an oversize body (not retried within a run: the page is missed
and the next run must fetch it). A retried kind lasts 1, 2 or retry_times + 1 requests (drawn per target), so
a third of those outlast the first run's retries and only the second run gets the page; the other kinds last one
request. List pages and feeds (any page, the first included) meet only the retried kinds, lasting at most
retry_times requests, so each run's retries get through: a list page that stayed broken would hide the
articles it lists (the crawl goes on to the next page), and those would meet their own faults for the first
time in the retry run, so a third run could be needed; that is a different contract from "one retry run". On a
loaded machine a healthy page can still time out after all its tries; the crawl then reads on past it, so the
loss is at most one page's articles, for one run. robots.txt is never faulty.

The replica's `RandomFaults` draws one fault per request target and the same `times` for all; this benchmark
subclasses it (`SoakFaults`) to draw `times` per target as above and to ignore the `hop` parameter a redirect
loop adds, so a looping target keeps looping until the crawler gives up (with the stock class the hop target is
a fresh draw and the "loop" is one redirect). The crawl's error budget (CLOSESPIDER_ERRORCOUNT, 50 by
default) is set to 100,000: ~1,000 faults would otherwise close the spiders early.

The expected set comes from the composed content, not from the spiders: `compose` names ICT reports
`*-ict-trade-*`, and each site gives an entry its id (`Site.make_id`), which every site puts in the article's
URL; an archived row is matched to the entry whose id is a token of its canonical URL.

Memory: each crawl runs in its own process, reaped with os.wait4, whose rusage is that child's own peak RSS.
Printed per size: articles, faults by kind, faults recovered by run 1 / by run 2, exactly once or not, the wall
time and peak RSS of each run; then the peak-RSS ratio between the largest and smallest size (goal: flat,
<= 1.5x at 3x the articles). Timings depend on the machine's load (other processes share its cores).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

from archive.layout import DataDir
from archive.reader import connect
from scraper.config import write_config
from scraper.replica import content as content_mod
from scraper.replica.compose import compose
from scraper.replica.server import Fault, RandomFaults, Replica, ReplicaServer

RETRY_TIMES = 2
TIMEOUT = 3.0  # download_timeout; a "slow" fault answers after TIMEOUT + 1.5 s
MAX_BODY = 2 * 1024 * 1024
SETTINGS = {
    "autothrottle": False,
    "download_delay": 0,
    "concurrency_per_domain": 16,
    "concurrent_requests": 32,
    "retry_times": RETRY_TIMES,
    "retry_backoff": 0.25,
    "download_timeout": TIMEOUT,
    "max_body_bytes": MAX_BODY,
    "max_retry_after": 10,
    "error_budget": 100_000,
}
RETRIED = (
    Fault("", status=503),
    Fault("", status=429, headers={"Retry-After": "1"}),
    Fault("", kind="reset"),
    Fault("", kind="truncate"),
    Fault("", kind="slow", seconds=TIMEOUT + 1.5),
)
NOT_RETRIED = (
    Fault("", status=404),
    Fault("", kind="gzip_bomb", size=2 * MAX_BODY),
    Fault("", kind="redirect_loop"),
    Fault("", kind="binary"),
    Fault("", kind="oversize", size=MAX_BODY + 512 * 1024),
)
OK = (200, 304)
NESTED = Fault("", kind="nested", depth=200, times=10**9)  # not a failure: a page shape, shown for ever


def kind_name(fault: Fault) -> str:
    return f"http{fault.status}" if fault.kind == "status" else fault.kind


def without_hop(target: str) -> str:
    """The target a redirect loop started from (the loop adds `hop=N` to the query)."""
    parts = urlsplit(target)
    if "hop=" not in parts.query:
        return target
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "hop"]
    return parts._replace(query=urlencode(query)).geturl()


@dataclass
class SoakFaults(RandomFaults):
    """`RandomFaults` with `times` drawn per target by kind, list pages limited to retried kinds, and the
    redirect loop's `hop` parameter ignored (see the module docstring)."""

    replica: Replica | None = None
    retry_times: int = RETRY_TIMES
    list_kinds: tuple[Fault, ...] = RETRIED
    nested_rate: float = 0.02  # of the article pages that draw no fault
    _article: dict[str, bool] = field(default_factory=dict)

    def is_article(self, target: str) -> bool:
        """What the replica itself calls an article: a page with a Last-Modified date (lists and feeds have none)."""
        if target not in self._article:
            page = self.replica.page_for(target, "http://127.0.0.1")
            self._article[target] = page.status == 200 and page.last_modified is not None
        return self._article[target]

    def pick(self, target: str) -> Fault | None:
        base = without_hop(target)
        if base == "/robots.txt" or not re.search(self.match, base):
            return None
        digest = hashlib.sha256(f"{self.seed}:{base}".encode()).digest()
        if int.from_bytes(digest[:8]) / 2**64 >= self.rate:
            if int.from_bytes(digest[24:32]) / 2**64 < self.nested_rate and self.is_article(base):
                return replace(NESTED, match=re.escape(target))  # the page as it is, on every request
            return None
        article = self.is_article(base)
        kinds = self.kinds if article else self.list_kinds
        prototype = kinds[int.from_bytes(digest[8:16]) % len(kinds)]
        if prototype not in RETRIED:
            times = 1
        elif article:  # 1 .. retry_times + 1: the last outlasts one run's retries
            times = 1 + digest[16] % (self.retry_times + 1)
        else:  # a list page always recovers within the run
            times = 1 + digest[16] % max(1, self.retry_times)
        return replace(prototype, match=re.escape(target), times=times)


def expected_articles(content: Path, replica: Replica) -> tuple[dict[str, dict[str, tuple[str, str]]], int]:
    """source -> {entry id: (title, published ISO)} of every ICT report the composed content holds, and how
    many Yonhap entries are left out as earlier filings (see `superseded`)."""
    loaded = content_mod.load(content)
    expected: dict[str, dict[str, tuple[str, str]]] = {}
    left_out = 0
    for name, site in replica.sites.items():
        entries = site.with_ids(loaded.get(name, []))  # newest first, as the lists show them
        earlier = superseded(entries) if name == "yonhap_en" else set()
        left_out += len(earlier)
        expected[name] = {
            e.id: (e.title, e.published.isoformat()) for e in entries if "-ict-trade" in e.slug and e.id not in earlier
        }
    return expected, left_out


def superseded(entries: list) -> set[str]:
    """Yonhap's rule (spiders/yonhap_en.py `keep`): feeds and lists are newest first, and a story is archived
    once per run, as the first filing seen under its `story_key` (the headline without "(LEAD)" and the like),
    e.g. "(LEAD) X" above "X", within the month it was filed (the same headline in another year is another
    story)."""
    from spiders.yonhap_en import story_key

    earlier = set()
    seen = set()
    for entry in entries:
        key = story_key(entry.title, entry.published)
        if key in seen:
            earlier.add(entry.id)
        seen.add(key)
    return earlier


@dataclass
class Run:
    seconds: float
    exit_status: int
    peak_mb: float
    started: float  # time.monotonic(), comparable with the replica's request log
    ended: float
    report: dict | None
    stderr: str


def crawl(config: Path, data: Path) -> Run:
    """One `crawl` in its own process; os.wait4 gives that child's own peak RSS."""
    command = [
        sys.executable,
        "-m",
        "scraper.cli",
        "crawl",
        "--config",
        str(config),
        "--data-dir",
        str(data),
        "--since",
        "1900-01",
        "--json",
    ]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started, clock = time.monotonic(), time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        seconds, ended = time.perf_counter() - clock, time.monotonic()
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    lines = stdout.strip().splitlines()
    try:
        report = json.loads(lines[-1]) if lines else None
    except json.JSONDecodeError:
        report = None
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB elsewhere
    return Run(seconds, child.returncode, peak, started, ended, report, stderr)


def health(run: Run) -> str:
    if run.report is None:
        return "no report: " + run.stderr.strip()[-300:]
    verdicts = Counter(s["health"] for s in run.report["sources"].values())
    return f"{run.report['status']} ({', '.join(f'{n} {v}' for v, n in sorted(verdicts.items()))})"


def recoveries(replica: Replica, faults: SoakFaults, runs: list[Run]) -> tuple[Counter, dict[str, Counter]]:
    """Faulty targets by kind, and by kind how many first got a good answer in run 1, in run 2, or never."""
    answers: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for when, path, status in replica.requests:
        answers[path].append((when, status))
    kinds: Counter = Counter()
    recovered: dict[str, Counter] = defaultdict(Counter)
    for base in sorted({without_hop(t) for t in replica.random_shown}):
        fault = faults.pick(base)
        kind = kind_name(fault) + ("" if faults.is_article(base) else " (list)")
        kinds[kind] += 1
        # the first `times` requests of the target met the fault (a PDF or a bomb also answers 200); a nested
        # page is the page itself, good from its first answer
        shown = 0 if fault.kind == "nested" else fault.times
        good = [when for when, status in answers.get(base, [])[shown:] if status in OK]
        run = next((i + 1 for i, r in enumerate(runs) if any(r.started <= t <= r.ended for t in good)), None)
        recovered[kind][f"run {run}" if run else "never"] += 1
    return kinds, recovered


def verify(data: Path, expected: dict[str, dict[str, tuple[str, str]]]) -> dict:
    """Every expected article archived exactly once, checked in the archive's own tables."""
    db = connect(DataDir(data))
    rows = db.execute(
        "SELECT source, canonical_url, text_sha256, title, CAST(published_date AS VARCHAR) FROM articles"
    ).fetchall()
    doubled_facts = db.execute("SELECT count(*) - count(DISTINCT fact_id) FROM facts").fetchone()[0]
    facts = db.execute("SELECT count(*) FROM facts").fetchone()[0]
    db.close()
    by_url: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for source, url, text_hash, title, published in rows:
        by_url[(source, url)].append((text_hash, title, published))
    urls_of: dict[tuple[str, str], list[str]] = defaultdict(list)  # (source, entry id) -> canonical URLs
    stray, wrong = [], []
    for (source, url), versions in by_url.items():
        ids = set(re.split(r"[^0-9A-Za-z]+", url)) & expected.get(source, {}).keys()
        if len(ids) != 1:
            stray.append(url)
            continue
        entry_id = ids.pop()
        urls_of[(source, entry_id)].append(url)
        if any((title, published) != expected[source][entry_id] for _, title, published in versions):
            wrong.append(url)
    wanted = {(source, entry_id) for source, entries in expected.items() for entry_id in entries}
    missing = wanted - urls_of.keys()
    return {
        "expected": len(wanted),
        "rows": len(rows),
        "missing": sorted(missing),
        "two_urls": sorted(k for k, urls in urls_of.items() if len(urls) > 1),
        "doubled_rows": sum(len(v) - len(set(v)) for v in by_url.values()),  # same URL, same text, twice
        "versions": sum(len({h for h, _, _ in v}) > 1 for v in by_url.values()),  # same URL, other text
        "stray": stray,
        "wrong": wrong,
        "facts": facts,
        "doubled_facts": doubled_facts,
        "once": sum(
            1 for (source, _), urls in urls_of.items() if len(urls) == 1 and len(by_url[(source, urls[0])]) == 1
        ),
    }


def figures(data: Path) -> set[tuple]:
    with connect(DataDir(data)) as db:
        return set(db.execute("SELECT fact_id, value_usd, yoy_pct FROM facts").fetchall())


def corrupt_at_rest(data: DataDir, seed: int) -> list[str]:
    """Damage at rest, one of each kind (issue 17): a flipped bit in a facts file's values, an articles file cut
    in half, a flipped byte inside one article's WARC record, another WARC file cut short, and a state file
    that is no database."""
    import pyarrow.parquet as pq

    done = []
    facts = sorted(data.dataset("facts").glob("year=*/month=*/*.parquet"))
    path = facts[seed % len(facts)]
    meta = pq.ParquetFile(path).metadata
    column = meta.row_group(0).column(meta.schema.to_arrow_schema().get_field_index("value_usd"))
    raw = bytearray(path.read_bytes())
    raw[column.data_page_offset + column.total_compressed_size - 3] ^= 0x04
    path.write_bytes(bytes(raw))
    done.append(f"bit flipped in {path.relative_to(data.root)}")
    articles = sorted(data.dataset("articles").glob("year=*/month=*/*.parquet"))
    path = articles[(seed * 7) % len(articles)]
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    done.append(f"cut in half: {path.relative_to(data.root)}")
    with connect(data) as db:
        warc, offset, length = db.execute(
            "SELECT warc_file, warc_offset, warc_length FROM captures WHERE page_type = 'article' AND status = 200 "
            "ORDER BY warc_record_id LIMIT 1 OFFSET ?",
            [seed],
        ).fetchone()
    path = data.root / warc
    raw = bytearray(path.read_bytes())
    raw[offset + length // 2] ^= 0x40
    path.write_bytes(bytes(raw))
    done.append(f"byte flipped in the record at {warc}:{offset}")
    others = sorted(p for p in data.raw.glob("*/*.warc.gz") if p != path and p.stat().st_size > 4096)
    cut = others[seed % len(others)]
    size = cut.stat().st_size
    cut.write_bytes(cut.read_bytes()[: size * 3 // 5])
    done.append(f"cut to 60%: {cut.relative_to(data.root)} ({size} bytes)")
    data.state_db.write_bytes(b"not a database" * 100)
    for companion in ("state.sqlite-wal", "state.sqlite-shm"):
        (data.root / companion).unlink(missing_ok=True)
    done.append("state.sqlite overwritten")
    return done


def soak(per_source: int, rate: float, seed: int, keep: bool, at_rest: bool = True) -> dict:
    work = Path(tempfile.mkdtemp(prefix="ictarchive-soak-"))
    compose(work / "content", per_source=per_source)
    with ReplicaServer(work / "content") as server:
        replica = server.replica
        expected, left_out = expected_articles(work / "content", replica)
        config = work / "replica.toml"
        write_config(config, {n: server.base_url(n) for n in replica.sites}, SETTINGS)
        clean_run = crawl(config, work / "clean")  # the same replica with no faults: the figures to reach
        clean = figures(work / "clean")
        replica.requests.clear()
        faults = SoakFaults(rate=rate, seed=seed, kinds=RETRIED + NOT_RETRIED, replica=replica)
        replica.random_faults = faults
        runs = [crawl(config, work / "data"), crawl(config, work / "data")]
        kinds, recovered = recoveries(replica, faults, runs)
        rest = None
        if at_rest:  # then damage at rest, `verify --repair` and one more retry run: every figure must come back
            before = figures(work / "data")
            damage = corrupt_at_rest(DataDir(work / "data"), seed)
            repair = subprocess.run(
                [sys.executable, "-m", "scraper.cli", "verify", "--repair", "--data-dir", str(work / "data")],
                capture_output=True,
                text=True,
            )
            third = crawl(config, work / "data")
            after = figures(work / "data")
            rest = {
                "damage": damage,
                "repair_exit": repair.returncode,
                "repair": repair.stderr.strip()[-1500:],
                "third": third,
                "figures": len(before),
                "differ": len(before ^ after),
            }
        requested = {without_hop(p) for _, p, _ in replica.requests}
        requests = len(replica.requests)
    check = verify(work / "data", expected)
    final = figures(work / "data")
    check["clean"] = {
        "figures": len(clean),
        "missing": len(clean - final),
        "extra": len(final - clean),
        "seconds": clean_run.seconds,
        "exit": clean_run.exit_status,
    }
    if not keep:
        subprocess.run(["rm", "-rf", str(work)], check=False)
    return {
        "per_source": per_source,
        "work": work,
        "runs": runs,
        "kinds": kinds,
        "recovered": recovered,
        "requested": len(requested),
        "requests": requests,
        "check": check,
        "left_out": left_out,
        "at_rest": rest,
    }


def table(results: list[dict]) -> list[str]:
    header = (
        f"{'per source':>10} {'articles':>8} {'faulty':>7} {'run1 fix':>8} {'run2 fix':>8} {'never':>5} "
        f"{'once':>4} {'run1 s':>7} {'run2 s':>7} {'run1 MB':>8} {'run2 MB':>8}"
    )
    lines = [header]
    for r in results:
        total = Counter()
        for counts in r["recovered"].values():
            total.update(counts)
        ok = not r["check"]["missing"] and r["check"]["once"] == r["check"]["expected"]
        one, two = r["runs"]
        lines.append(
            f"{r['per_source']:>10} {r['check']['expected']:>8} {sum(r['kinds'].values()):>7} "
            f"{total['run 1']:>8} {total['run 2']:>8} {total['never']:>5} {'yes' if ok else 'NO':>4} "
            f"{one.seconds:>7.1f} {two.seconds:>7.1f} {one.peak_mb:>8.0f} {two.peak_mb:>8.0f}"
        )
    return lines


def describe(r: dict) -> list[str]:
    check, runs = r["check"], r["runs"]
    lines = [
        f"-- {r['per_source']} per source: {check['expected']} ICT articles expected ({r['left_out']} earlier "
        f"Yonhap filings left out), {r['requested']} targets requested, {r['requests']} requests over both runs"
    ]
    articles = sum(n for kind, n in r["kinds"].items() if "(list)" not in kind)
    lines.append(
        f"   faulty targets: {sum(r['kinds'].values())} ({articles} articles = "
        f"{articles / max(check['expected'], 1):.1%} of them, {sum(r['kinds'].values()) - articles} list "
        "pages); by kind, recovered in run 1 / run 2 / never:"
    )
    for kind in sorted(r["kinds"]):
        counts = r["recovered"][kind]
        lines.append(
            f"     {kind:<22} {r['kinds'][kind]:>5}  {counts['run 1']:>5} / {counts['run 2']:>5} / {counts['never']:>3}"
        )
    for number, run in enumerate(runs, 1):
        sources = run.report["sources"].values() if run.report else []
        lines.append(
            f"   run {number}: exit {run.exit_status}, {health(run)}, {run.seconds:.1f} s, peak RSS "
            f"{run.peak_mb:.0f} MB, {sum(s['requests'] for s in sources)} requests, "
            f"{sum(s['articles_new'] for s in sources)} new, {sum(s['articles_unchanged'] for s in sources)}"
            f" unchanged, {sum(s['errors'] for s in sources)} errors"
        )
    lines.append(
        f"   archive: {check['rows']} article rows, {check['once']} of {check['expected']} articles exactly "
        f"once; missing {len(check['missing'])}, under two URLs {len(check['two_urls'])}, doubled rows "
        f"{check['doubled_rows']}, second text {check['versions']}, stray {len(check['stray'])}, wrong "
        f"title/date {len(check['wrong'])}; {check['facts']} facts, doubled fact ids "
        f"{check['doubled_facts']}"
    )
    for label in ("missing", "two_urls", "stray", "wrong"):
        if check[label]:
            lines.append(f"   {label}: {', '.join(map(str, check[label][:10]))}")
    clean = check["clean"]
    lines.append(
        f"   against a clean run ({clean['seconds']:.1f} s, exit {clean['exit']}, {clean['figures']} figures): "
        f"{clean['missing']} missing at the end, {clean['extra']} not in the clean run"
    )
    rest = r.get("at_rest")
    if rest:
        lines.append(
            f"   at rest: {'; '.join(rest['damage'])}; verify --repair exit {rest['repair_exit']}; "
            f"retry run {health(rest['third'])}; figures differing from before the damage: "
            f"{rest['differ']} of {rest['figures']}"
        )
    if runs[1].exit_status != 0 or runs[1].report is None:
        lines.append(
            "   run 2 problems: "
            + "; ".join(p for s in (runs[1].report or {"sources": {}})["sources"].values() for p in s["problems"][:3])[
                :1500
            ]
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-source", type=int, default=1100, help="articles per source at 1x (9 sources)")
    parser.add_argument("--scale", type=int, default=3, help="the larger replica is this many times the first")
    parser.add_argument("--sizes", help="comma-separated per-source sizes, instead of --per-source and --scale")
    parser.add_argument("--rate", type=float, default=0.10, help="share of request targets that misbehave")
    parser.add_argument("--seed", type=int, default=6, help="seed of the fault draw")
    parser.add_argument("--quick", action="store_true", help="sizes 200 and 600 per source")
    parser.add_argument("--keep", action="store_true", help="keep the replica and archive directories")
    parser.add_argument(
        "--no-at-rest",
        dest="at_rest",
        action="store_false",
        help="skip the damage at rest (bit flips, a cut file, a corrupt state file) and its repair",
    )
    args = parser.parse_args()
    if args.sizes:
        sizes = [int(s) for s in args.sizes.split(",")]
    elif args.quick:
        sizes = [200, 600]
    else:
        sizes = [args.per_source, args.per_source * args.scale] if args.scale > 1 else [args.per_source]
    results = []
    for size in sizes:
        started = time.perf_counter()
        results.append(soak(size, args.rate, args.seed, args.keep, args.at_rest))
        print(f"[{size} per source done in {time.perf_counter() - started:.0f} s]", file=sys.stderr, flush=True)
    worst = min(r["check"]["once"] / max(r["check"]["expected"], 1) for r in results)
    failed = [
        r
        for r in results
        if r["check"]["missing"]
        or r["check"]["once"] != r["check"]["expected"]
        or (r["at_rest"] and r["at_rest"]["differ"])
        or r["check"]["clean"]["missing"]
        or r["check"]["clean"]["extra"]
    ]
    print(
        f"soak: {args.rate:.0%} faulty targets (seed {args.seed}), crawl + one retry run; "
        f"{sum(results[-1]['kinds'].values())} faulty targets at the largest size; "
        f"articles archived exactly once: {100 * worst:.1f}% (goal 100%, smallest share over the sizes)"
    )
    print("timings are noisy: the machine's cores are shared with other processes")
    for line in table(results):
        print(line)
    for r in results:
        for line in describe(r):
            print(line)
        if args.keep:
            print(f"   kept: {r['work']}")
    if len(results) > 1:
        small, large = results[0], results[-1]
        ratio = max(r.peak_mb for r in large["runs"]) / max(r.peak_mb for r in small["runs"])
        scale = large["check"]["expected"] / max(small["check"]["expected"], 1)
        print(
            f"peak RSS ratio: {ratio:.2f}x at {scale:.1f}x the articles "
            f"({max(r.peak_mb for r in small['runs']):.0f} -> {max(r.peak_mb for r in large['runs']):.0f} MB; "
            f"goal <= 1.5x: {'met' if ratio <= 1.5 else 'NOT met'})"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
