"""Build small archives for tests: our own release pages, captured into WARC and ingested for real."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from archive.layout import DataDir
from archive.raw import RawCapture, RawWriter
from archive.writer import ArchiveWriter, mark_ingested
from scraper.ingest import ingest_capture
from scraper.months import MONTH_NAMES

MONTH_NAMES = list(MONTH_NAMES)


@dataclass(frozen=True)
class Release:
    """The figures one monthly release states (billions of dollars, percent)."""

    year: int
    month: int
    exports: float
    exports_yoy: float
    imports: float
    chips: float
    chips_yoy: float

    @property
    def balance(self) -> float:
        return round(self.exports - self.imports, 1)

    @property
    def published(self) -> date:
        return date(self.year + (self.month == 12), self.month % 12 + 1, 14)

    @property
    def seq(self) -> int:
        return 1000 + self.year * 12 + self.month


def release_html(release: Release, source: str = "motie_en") -> bytes:
    name = MONTH_NAMES[release.month - 1]
    change = "rose" if release.exports_yoy >= 0 else "fell"
    chip_change = "increased" if release.chips_yoy >= 0 else "decreased"
    body = (
        f"<p>ICT exports {change} {abs(release.exports_yoy)} percent from a year earlier to ${release.exports} "
        f"billion in {name} {release.year}, the ministry said.</p>"
        f"<p>ICT imports reached ${release.imports} billion, leaving a surplus of ${release.balance} billion.</p>"
        f"<p>Exports of semiconductors {chip_change} {abs(release.chips_yoy)} percent to ${release.chips} "
        "billion.</p>"
    )
    title = f"ICT exports in {name} {release.year}"
    html = (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div class='skip'><a href='#c'>Skip Menu</a></div>"
        f"<div class='view_head'><h3>{title}</h3><p class='date'><span>date</span>"
        f"{release.published.isoformat()}</p></div><article>{body}</article>"
        "<footer>Copyright © Ministry. All rights reserved.</footer></body></html>"
    )
    return html.encode("utf-8")


def release_url(release: Release) -> str:
    return f"https://english.motie.go.kr/eng/article/EATCLdfa319ada/{release.seq}/view"


def capture_of(
    release: Release, run_id: str, fetched_at: datetime | None = None, html: bytes | None = None
) -> RawCapture:
    url = release_url(release)
    return RawCapture(
        url=url,
        status=200,
        headers=[("Content-Type", "text/html; charset=utf-8")],
        body=html if html is not None else release_html(release),
        fetched_at=fetched_at or datetime(2026, 1, 5, 3, 0, tzinfo=UTC),
        source="motie_en",
        page_type="article",
        canonical_url=url,
        run_id=run_id,
    )


def ingest(data: DataDir, captures: list[RawCapture], run_id: str) -> ArchiveWriter:
    """What a crawl does: raw first, then rows, then mark the WARC file ingested."""
    path = data.warc_path("motie_en", run_id)
    writer = ArchiveWriter(data, run_id)
    with RawWriter(path, data.root) as raw:
        for capture in captures:
            writer.add(ingest_capture(raw.write(capture)))
    writer.finish()
    mark_ingested(path)
    return writer


def sample_releases(count: int = 6) -> list[Release]:
    releases = []
    for index in range(count):
        year, month = 2023 + (index + 6) // 12, (index + 6) % 12 + 1
        releases.append(
            Release(
                year,
                month,
                exports=round(17.0 + index * 0.7, 1),
                exports_yoy=round(-3.5 + index, 1),
                imports=round(10.2 + index * 0.3, 1),
                chips=round(9.1 + index * 0.4, 1),
                chips_yoy=round(2.5 + index * 1.5, 1),
            )
        )
    return releases


def build(root: Path, count: int = 6, run_id: str = "run1") -> DataDir:
    data = DataDir(root)
    ingest(data, [capture_of(r, run_id) for r in sample_releases(count)], run_id)
    return data
