"""`ictarchive report` renders a page and charts from a small real archive (our own release pages)."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from scraper.report import write_report
from tests.archive_helpers import build, sample_releases

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


@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")), reason="no Chromium here")
def test_the_page_loads_in_a_headless_browser(report, tmp_path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    shot = tmp_path / "shot.png"
    subprocess.run([browser, "--headless", "--no-sandbox", f"--screenshot={shot}", "--window-size=1000,2000",
                    report.index.as_uri()], check=True, capture_output=True, timeout=120)
    assert shot.read_bytes().startswith(PNG_MAGIC)
