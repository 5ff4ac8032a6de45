"""`ictarchive report` renders a page and charts from a small real archive (our own release pages)."""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser

import pytest

from archive.layout import DataDir
from scraper.report import caption, with_gaps, write_report
from tests.archive_helpers import build, capture_of, ingest, sample_releases

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "img":
            self.images.append(values["src"] or "")
        elif tag == "a":
            self.links.append(values["href"] or "")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    data = build(tmp_path_factory.mktemp("archive"), count=6)
    return write_report(data, tmp_path_factory.mktemp("report"))


def test_the_page_shows_every_chart_and_each_is_a_real_png(report) -> None:
    parser = Links()
    parser.feed(report.index.read_text(encoding="utf-8"))
    assert sorted(parser.images) == sorted(chart.name for chart in report.charts) and len(parser.images) == 3
    for chart in report.charts:
        blob = chart.read_bytes()
        assert blob.startswith(PNG_MAGIC) and len(blob) > 10_000  # drawn, not an empty canvas


def test_the_latest_month_and_its_sources(report) -> None:
    newest = sample_releases(6)[-1]
    assert report.latest == f"{newest.year:04d}-{newest.month:02d}" and report.months == 6
    page = report.index.read_text(encoding="utf-8")
    assert f"${newest.exports:,.2f}B" in page  # the export figure of the latest release
    assert f"{newest.exports_yoy:+.1f}" in page
    parser = Links()
    parser.feed(page)
    assert any(re.search(r"motie", link) for link in parser.links)  # the article it came from


def test_a_range_without_figures_still_renders(tmp_path) -> None:
    data = build(tmp_path / "archive", count=2)
    empty = write_report(data, tmp_path / "out", first=(2001, 1), last=(2001, 12))
    assert empty.months == 0 and empty.latest is None
    assert all(chart.read_bytes().startswith(PNG_MAGIC) for chart in empty.charts)


def test_a_missing_month_is_a_gap_in_the_line() -> None:
    """A month without a figure becomes NaN, where matplotlib lifts the pen: no line drawn across it."""
    days, values = with_gaps([(date(2024, 1, 1), 10.0), (date(2024, 4, 1), 13.0), (date(2024, 2, 1), 11.0)])
    assert days == [date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1), date(2024, 4, 1)]
    assert values[:2] == [10.0, 11.0] and math.isnan(values[2]) and values[3] == 13.0
    across_years = with_gaps([(date(2023, 11, 1), 1.0), (date(2024, 2, 1), 2.0)])
    assert [d.month for d in across_years[0]] == [11, 12, 1, 2] and sum(map(math.isnan, across_years[1])) == 2


def test_each_chart_says_its_source_and_range(tmp_path) -> None:
    releases = sample_releases(6)
    skipped = releases[3]  # one month never published
    data = DataDir(tmp_path / "archive")
    ingest(data, [capture_of(r, "run1") for r in releases if r is not skipped], "run1")
    report = write_report(data, tmp_path / "out")
    first, last = releases[0], releases[-1]
    span = f"{first.year:04d}-{first.month:02d} to {last.year:04d}-{last.month:02d}, 5 of 6 months"
    missing = f"no figure for {skipped.year:04d}-{skipped.month:02d}"
    assert len(report.captions) == len(report.charts) == 3
    page = report.index.read_text(encoding="utf-8")
    for note in report.captions[:2]:  # the partner chart has no partner figures in these releases
        assert "motie_en" in note and span in note and missing in note, note
        assert f"<figcaption>{note}</figcaption>" in page
    asked = caption({"motie_en"}, {date(2024, 2, 1)}, (2024, 1), (2024, 3))
    assert "2024-01 to 2024-03, 1 of 3 months; no figure for 2024-01, 2024-03" in asked


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


# CI installs Chromium (.ci/run); there a missing browser is a failure, elsewhere the test is skipped.
@pytest.mark.skipif(not chromium() and not os.environ.get("CI"), reason="no Chromium here (CI installs it)")
def test_the_page_loads_in_a_headless_browser(report, tmp_path) -> None:
    browser = chromium()
    assert browser, "Chromium is not installed: .ci/run installs it with apt-get (package chromium)"
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            f"--screenshot={shot}",
            "--window-size=1000,2000",
            report.index.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert shot.read_bytes().startswith(PNG_MAGIC)
