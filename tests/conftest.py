"""Test tiers and the CI rule on skips.

Markers (registered in pyproject.toml): `slow` (crawls, subprocesses, crash trials: the outer loop), `spark` (needs
Java and pyspark), `mount` (needs mount namespaces or root). `pytest -m "not slow"` is the inner loop.

With CI_NO_SKIPS=1 (set by .ci/run) a skipped test fails unless its reason is in ALLOWED_SKIPS: CI must not pass
without a check it could have run (the Spark reader check silently skipped where Java was missing).
"""

from __future__ import annotations

import os
import re

import pytest

# reasons a test may skip even in CI: what a CI machine cannot be asked to provide
ALLOWED_SKIPS = {
    r"needs `unshare --mount`": "mount namespaces need root or user namespaces, which containers often refuse",
    r"cannot bind-mount read-only here": "the same, found out only when trying",
    r"cannot mount a tmpfs": "the same, for the disk-full tests",
    r"no unshare\(1\)": "no util-linux unshare on this machine",
    r"no Chromium here": "the screenshot check needs a browser CI does not install",
    r"no non-loopback address": "a machine with loopback only has no other address to refuse",
}


# whole modules in the outer loop: each test crawls the replica, runs child processes or kills them
SLOW_MODULES = {
    "test_archive_crash": (),
    "test_backfill": (),
    "test_crash_commands": (),
    "test_disk_full": ("mount",),
    "test_faults": (),
    "test_host_backoff": (),
    "test_packaging": (),
    "test_politeness": (),
    "test_schedule": (),
    "test_spiders_replica": (),
}


# single tests of seconds each in otherwise fast modules
SLOW_TESTS = {
    "test_pathological_shapes_finish_with_sane_records": (),  # megabyte pages, 5000-deep nesting
    "test_a_column_added_next_month_is_read_back_by_every_documented_path": ("spark",),  # Spark among the paths
    "test_the_next_crawl_fetches_again_what_a_damaged_warc_lost": (),  # a replica crawl
    "test_readers_in_a_loop_never_fail_during_reparses_and_compactions": (),  # reader processes
}


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = item.module.__name__.rpartition(".")[2] if item.module else ""
        if module in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
            for marker in SLOW_MODULES[module]:
                item.add_marker(getattr(pytest.mark, marker))
        name = getattr(item, "originalname", item.name)
        if name in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
            for marker in SLOW_TESTS[name]:
                item.add_marker(getattr(pytest.mark, marker))
        if item.get_closest_marker("spark"):
            item.add_marker(pytest.mark.slow)  # a JVM start is seconds
    items.sort(key=lambda item: item.module is None or item.module.__name__.rpartition(".")[2] not in RUN_FIRST)


# The longest module starts first: under pytest-xdist (`--dist loadfile --no-loadscope-reorder`, pyproject.toml) one
# worker takes it while the other works through the rest, instead of starting it last and running on alone.
RUN_FIRST = ("test_compiled_parser",)  # a C build of the parser and two passes over every invented text: ~4 min


def skip_allowed(reason: str) -> bool:
    return any(re.search(pattern, reason) for pattern in ALLOWED_SKIPS)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> object:
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI_NO_SKIPS") != "1" or not report.skipped or hasattr(report, "wasxfail"):
        return
    reason = str(report.longrepr[2]) if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if not skip_allowed(reason):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI (CI_NO_SKIPS=1), and not in conftest.ALLOWED_SKIPS: {reason}"
