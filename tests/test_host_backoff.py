"""Backoff per site: a host that throttles is slowed as a whole, and the other sources go on at full speed.

Two replica servers, two hosts (127.0.0.1 and localhost), one source each, one crawl: the first host answers
one article with 429 + Retry-After, the second never misbehaves. Requests to each host are spaced by a small
download delay, so a host's pages/s is set by the crawler's pacing, not by how busy the machine is."""

from __future__ import annotations

import json
import subprocess
import sys

from scraper.config import write_config
from scraper.replica.server import Fault, ReplicaServer
from tests.replica_helpers import FAST

THROTTLED, STEADY = "motie_en", "msit_ko"
SETTINGS = {**FAST, "download_delay": 0.05, "retry_times": 3, "max_retry_after": 10}
PAUSE = 3  # seconds of Retry-After
ARTICLE = r"^/motie_en/eng/article/EATCLdfa319ada/\d+/view"
IN_FLIGHT = 1.0  # seconds for a request sent just before a refusal to arrive on a busy machine (0.35 s seen)


def crawl(tmp_path, name: str, throttle: bool) -> tuple[dict, list, list]:
    """One crawl of both sources; the (time, path, status) requests each server saw."""
    with ReplicaServer() as throttled, ReplicaServer() as steady:
        if throttle:
            throttled.replica.faults.append(Fault(ARTICLE, 429, times=1, headers={"Retry-After": str(PAUSE)}))
        config = tmp_path / f"{name}.toml"
        write_config(
            config,
            {
                THROTTLED: throttled.base_url(THROTTLED),
                STEADY: steady.base_url(STEADY).replace("127.0.0.1", "localhost"),
            },
            SETTINGS,
        )
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "scraper.cli",
                "crawl",
                "--config",
                str(config),
                "--data-dir",
                str(tmp_path / name),
                "--source",
                THROTTLED,
                "--source",
                STEADY,
                "--since",
                "2010-01",
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return json.loads(done.stdout), list(throttled.replica.requests), list(steady.replica.requests)


def pages_per_second(requests: list) -> float:
    times = sorted(when for when, _, _ in requests)
    return (len(times) - 1) / (times[-1] - times[0])


def test_a_throttling_host_is_paused_as_a_whole_and_the_other_goes_on(tmp_path) -> None:
    _, _, steady_alone = crawl(tmp_path, "baseline", throttle=False)
    report, throttled, steady = crawl(tmp_path, "throttled", throttle=True)

    assert report["sources"][THROTTLED]["health"] == "ok"  # the retry after the pause succeeded
    refused_at, refused_path = next((when, path) for when, path, status in throttled if status == 429)
    retried_at = next(when for when, path, status in throttled if path == refused_path and when > refused_at)
    assert retried_at - refused_at >= PAUSE - 0.05, retried_at - refused_at
    # Requests already on their way when the 429 was sent may still arrive just after it (IN_FLIGHT); after
    # that not one request reaches the host, for the refused page or any other, until the pause is over.
    during = [when - refused_at for when, _, _ in throttled if IN_FLIGHT < when - refused_at < PAUSE - 0.05]
    assert during == [], during
    assert len(steady) == len(steady_alone) > 40
    # the steady host was not held back: its pages/s at least 80% of a crawl where nobody throttled (faster is
    # fine: the first crawl also warms the machine up, and CI once saw 12.1 pages/s alone, 14.5 beside)
    alone, beside = pages_per_second(steady_alone), pages_per_second(steady)
    assert beside >= 0.8 * alone, (alone, beside)
    # and it ran while the throttled host was paused
    assert any(refused_at < when < refused_at + PAUSE for when, _, _ in steady) or steady[-1][0] < refused_at


def test_requests_waiting_for_a_paused_host_hold_no_concurrency() -> None:
    """CONCURRENT_REQUESTS counts requests in the downloader; those queued behind a paused host are only
    waiting, so the engine must still take requests for other hosts (Scrapy's own downloader would back out).
    The downloader's bookkeeping is set up by hand: building a whole one needs a running reactor."""
    from time import monotonic

    from scrapy import Request
    from scrapy.core.downloader import Slot
    from twisted.internet.defer import Deferred

    from scraper.host_backoff import PoliteDownloader

    downloader = object.__new__(PoliteDownloader)
    downloader.total_concurrency = 4
    waiting = [Request(f"http://paused.example/{n}") for n in range(4)]
    slot = Slot(concurrency=2, delay=1.0, jitter=0)
    downloader.slots, downloader.active = {"paused.example": slot}, set(waiting)
    slot.queue.extend((request, Deferred()) for request in waiting)
    slot.lastseen = monotonic() + 30  # the host asked for 30 s of quiet
    assert not downloader.needs_backout()
    slot.lastseen = monotonic() - 30  # the pause is over: the same four requests are due, the limit holds
    assert downloader.needs_backout()


def test_repeated_server_errors_pause_and_then_slow_the_host(tmp_path) -> None:
    """Each 5xx pauses the whole host for the backoff; three in a row also raise its delay for a while."""
    # one request at a time, so each request after a 503 was sent after the 503 was received
    settings = {**SETTINGS, "retry_backoff": 0.5, "host_backoff_errors": 3, "concurrency_per_domain": 1}
    with ReplicaServer() as server:
        server.replica.faults.append(Fault(ARTICLE, 503, times=3))
        config = tmp_path / "errors.toml"
        write_config(config, {THROTTLED: server.base_url(THROTTLED)}, settings)
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "scraper.cli",
                "crawl",
                "--config",
                str(config),
                "--data-dir",
                str(tmp_path / "data"),
                "--source",
                THROTTLED,
                "--from",
                "2023-01",
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        seen = list(server.replica.requests)
    assert done.returncode == 0, done.stderr[-3000:]
    failures = [index for index, (_, _, status) in enumerate(seen) if status == 503]
    assert len(failures) == 3
    for index in failures:  # nothing else reached the host during the backoff after a 503
        assert seen[index + 1][0] - seen[index][0] >= 0.45, (seen[index], seen[index + 1])
    resumed = failures[-1] + 1
    gaps = [
        later[0] - earlier[0]
        for earlier, later in zip(seen[resumed : resumed + 3], seen[resumed + 1 : resumed + 4], strict=True)
    ]
    assert min(gaps) >= 0.09, gaps  # slowed to one request per ~0.5 s (jittered), easing back; was every 0.05 s
