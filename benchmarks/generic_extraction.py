"""Main-text quality of the cleaner's generic path (unknown hosts) next to plain trafilatura, on hand-written
pages with known main text (benchmarks/generic_pages/<name>.html + <name>.txt).

Score: word 4-gram shingles (multisets) of the extracted text against the .txt truth -> precision, recall, F1.
Text is lower-cased and split on whitespace; tokens without any letter or digit ("|" of trafilatura's
table rows, "□"/"○" bullets, "--") are dropped so that table and list formatting is not scored as text.
An empty extraction scores 0/0/0. No network: every URL is on a made-up host no profile serves.

    .venv/bin/python benchmarks/generic_extraction.py [--rounds N] [--show NAME]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # runnable as a plain script from any directory

import trafilatura  # noqa: E402

from scraper.cleaner import clean  # noqa: E402
from scraper.profiles import profile_for_url  # noqa: E402

PAGES = Path(__file__).resolve().parent / "generic_pages"
SHINGLE = 4

# where each page claims to live: unknown hosts, so clean() takes the generic path
URLS = {
    "tech_daily_article": "https://www.example-tech-daily.com/trade/2024/06/13/ict-exports-eighth-month",
    "business_wire_content": "https://news.example-business-wire.net/view/20240408-semiconductor-record",
    "display_news_body": "https://www.example-korea-electronics.org/news/articleView.html?idxno=88231",
    "ministry_press_table": "https://www.example-science.go.kr/eng/press/view?no=1182",
    "jsonld_app_shell": "https://www.example-asia-markets.com/story/ict-trade-surplus-april",
    "jsonld_with_html": "https://www.example-seoul-times.com/business/2024/11/14/phone-exports-foldables",
    "malformed_markup": "http://example-trade-monitor.info/2024/03/ict-imports-outpace",
    "legacy_table_layout": "http://www.example-ictnews.co.kr/news/read.asp?id=20240117001",
    "very_short_brief": "https://www.example-flash-wire.com/brief/ict-may",
    "comments_section": "https://blog.example-chipwatch.io/2024/10/ssd-exports-september",
    "photo_captions": "https://www.example-peninsula-post.com/article/20240814000612",
    "subheads_and_bullets": "https://www.example-econ-review.com/analysis/h1-ict-trade-review",
    "blog_author_box": "https://www.example-datanotes.dev/posts/reading-the-november-ict-release",
    "inline_ads_readmore": "https://www.example-network-times.com/telecom/equipment-exports-april",
    "ministry_board_view": "https://english.example-ict-agency.or.kr/board/view.do?bbsId=press&nttId=5521",
    "destination_table_article": "https://www.example-global-trade-news.com/2024/10/vietnam-second-ict-market",
    "short_with_long_teasers": "https://www.example-morning-economy.com/news/q3-ict-surplus",
    "br_paragraphs_end_marker": "https://www.example-asia-newswire.com/view/AEN20240214000600320",
}


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    html: bytes
    truth: str


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


def load_pages(directory: Path = PAGES) -> list[Page]:
    """Every <name>.html with its <name>.txt truth, in name order."""
    pages = []
    for html in sorted(directory.glob("*.html")):
        url = URLS.get(html.stem, f"https://www.example-unknown-host.com/{html.stem}")
        truth = html.with_suffix(".txt").read_text(encoding="utf-8")
        pages.append(Page(html.stem, url, html.read_bytes(), truth))
    return pages


def tokens(text: str) -> list[str]:
    """Lower-cased whitespace tokens, minus pure punctuation/formatting tokens."""
    return [token for token in text.lower().split() if any(char.isalnum() for char in token)]


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Multiset of word n-grams; a text shorter than `size` words is one shingle."""
    words = tokens(text)
    if not words:
        return Counter()
    if len(words) < size:
        return Counter([tuple(words)])
    return Counter(tuple(words[i:i + size]) for i in range(len(words) - size + 1))


def score(extracted: str, truth: str) -> Score:
    """Shingle precision, recall and F1 of `extracted` against `truth`."""
    got, want = shingles(extracted), shingles(truth)
    if not got or not want:
        return Score(0.0, 0.0, 0.0)
    overlap = sum((got & want).values())
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return Score(precision, recall, f1)


def ours(page: Page) -> str:
    """The cleaner as the pipeline calls it (decode, title/date, generic body, boilerplate filter)."""
    return clean(page.html, page.url).text


def theirs(page: Page) -> str:
    """Plain trafilatura with the settings named in the brief (no recall bias, no comments)."""
    return trafilatura.extract(page.html.decode("utf-8"), url=page.url, deduplicate=False,
                               include_comments=False) or ""


def timed(extractor: Callable[[Page], str], page: Page, rounds: int) -> tuple[str, float]:
    """Extracted text and mean seconds per call over `rounds` calls."""
    text = extractor(page)
    started = time.perf_counter()
    for _ in range(rounds):
        extractor(page)
    return text, (time.perf_counter() - started) / rounds


def show(page: Page) -> None:
    """Print both extractions of one page with lines not found verbatim in the truth marked '+'."""
    truth_lines = {" ".join(line.split()) for line in page.truth.splitlines() if line.strip()}
    for label, extractor in (("ours", ours), ("trafilatura", theirs)):
        print(f"--- {label}: {page.name} ({page.url})")
        for line in extractor(page).splitlines():
            if line.strip():
                print(f"{' ' if ' '.join(line.split()) in truth_lines else '+'} {line}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed calls per page and extractor")
    parser.add_argument("--show", action="append", default=[], metavar="NAME", help="print the extractions of NAME")
    args = parser.parse_args()
    pages = load_pages()
    for page in pages:
        if profile_for_url(page.url) is not None:
            raise SystemExit(f"{page.name}: {page.url} has a source profile; the benchmark needs unknown hosts")
    for page in pages:
        if page.name in args.show:
            show(page)
    ours(pages[0]), theirs(pages[0])  # warm up imports and compiled patterns

    header = f"{'page':<28}{'ours P':>8}{'R':>7}{'F1':>7}{'ms':>7}  {'traf P':>8}{'R':>7}{'F1':>7}{'ms':>7}"
    print(f"{len(pages)} pages, word {SHINGLE}-gram shingles, {args.rounds} timed rounds per page")
    print(header)
    print("-" * len(header))
    rows: dict[str, list[tuple[Score, float]]] = {"ours": [], "trafilatura": []}
    for page in pages:
        cells = []
        for label, extractor in (("ours", ours), ("trafilatura", theirs)):
            text, seconds = timed(extractor, page, args.rounds)
            result = score(text, page.truth)
            rows[label].append((result, seconds))
            mark = " (empty)" if not text.strip() else ""
            cells.append(f"{result.precision:>8.3f}{result.recall:>7.3f}{result.f1:>7.3f}{seconds * 1000:>7.1f}{mark}")
        print(f"{page.name:<28}{cells[0]}  {cells[1]}")
    print("-" * len(header))
    print(f"{'extractor':<28}{'mean P':>8}{'mean R':>8}{'mean F1':>9}{'ms/page':>9}{'F1 < 0.9':>10}")
    for label, results in rows.items():
        scores = [result for result, _ in results]
        print(f"{label:<28}{statistics.fmean(s.precision for s in scores):>8.3f}"
              f"{statistics.fmean(s.recall for s in scores):>8.3f}{statistics.fmean(s.f1 for s in scores):>9.3f}"
              f"{statistics.fmean(t for _, t in results) * 1000:>9.1f}{sum(s.f1 < 0.9 for s in scores):>10}")


if __name__ == "__main__":
    main()
