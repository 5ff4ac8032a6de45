"""Main-text quality and speed of the cleaner's generic path (unknown hosts) next to trafilatura's default
extraction, on pages with known main text:

- `hand`: hand-written pages (benchmarks/generic_pages/<name>.html + <name>.txt), the ones the generic path
  was first written against;
- `dev` and `check`: the two halves of a corpus of invented articles in 14 site styles
  (benchmarks/generic_sites.py). Develop on `dev`; `check` is the held-out half that decides.

Score: word 4-gram shingles (multisets) of the extracted text against the truth -> precision, recall, F1
(the measure of public article-extraction benchmarks); `tok F1` is the same over single words.
Text is lower-cased and split on whitespace; tokens without any letter or digit ("|" of trafilatura's
table rows, "□"/"○" bullets, "--") are dropped so that table and list formatting is not scored as text.
An empty extraction scores 0/0/0. Time: each page's fastest of `--rounds` calls, the two extractors
alternating (the machine is shared; the minimum is the least noisy estimate), averaged over pages.
No network: every URL is on a made-up host no profile serves.

    .venv/bin/python benchmarks/generic_extraction.py [--rounds N] [--corpus hand|dev|check ...] [--per-page]
                                                      [--show NAME]
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

from benchmarks.generic_sites import build_pages  # noqa: E402
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
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def score(extracted: str, truth: str) -> Score:
    """Shingle precision, recall and F1 of `extracted` against `truth`."""
    got, want = shingles(extracted), shingles(truth)
    if not got or not want:
        return Score(0.0, 0.0, 0.0)
    overlap = sum((got & want).values())
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return Score(precision, recall, f1)


def token_f1(extracted: str, truth: str) -> float:
    """F1 of single words (multisets): blind to order, kinder to extractions that reflow text."""
    got, want = Counter(tokens(extracted)), Counter(tokens(truth))
    overlap = sum((got & want).values())
    return 2 * overlap / (sum(got.values()) + sum(want.values())) if overlap else 0.0


def corpora() -> dict[str, list[Page]]:
    """hand, dev and check pages, in that order."""
    sites = build_pages()
    return {
        "hand": load_pages(),
        **{half: [Page(p.name, p.url, p.html, p.truth) for p in sites if p.half == half] for half in ("dev", "check")},
    }


def ours(page: Page) -> str:
    """The cleaner as the pipeline calls it (decode, title/date, generic body, boilerplate filter)."""
    return clean(page.html, page.url).text


def theirs(page: Page) -> str:
    """trafilatura's default extraction of the page as served (bytes: it finds the encoding itself); comments
    are not main text, and deduplication would make repeated calls differ."""
    return trafilatura.extract(page.html, url=page.url, deduplicate=False, include_comments=False) or ""


EXTRACTORS: dict[str, Callable[[Page], str]] = {"ours": ours, "trafilatura": theirs}


@dataclass(frozen=True)
class Result:
    page: Page
    score: Score
    token_f1: float
    seconds: float
    empty: bool


def measure(page: Page, rounds: int) -> dict[str, Result]:
    """Both extractors on one page: each one's fastest of `rounds` calls, alternating between them."""
    texts = {label: extractor(page) for label, extractor in EXTRACTORS.items()}  # also the untimed warm-up
    fastest = dict.fromkeys(EXTRACTORS, float("inf"))
    for _ in range(rounds):
        for label, extractor in EXTRACTORS.items():
            started = time.perf_counter()
            extractor(page)
            fastest[label] = min(fastest[label], time.perf_counter() - started)
    return {
        label: Result(page, score(text, page.truth), token_f1(text, page.truth), fastest[label], not text.strip())
        for label, text in texts.items()
    }


def show(page: Page) -> None:
    """Print both extractions of one page with lines not found verbatim in the truth marked '+'."""
    truth_lines = {" ".join(line.split()) for line in page.truth.splitlines() if line.strip()}
    for label, extractor in (("ours", ours), ("trafilatura", theirs)):
        print(f"--- {label}: {page.name} ({page.url})")
        for line in extractor(page).splitlines():
            if line.strip():
                print(f"{' ' if ' '.join(line.split()) in truth_lines else '+'} {line}")
    print()


def summary_line(label: str, results: list[Result]) -> str:
    scores = [result.score for result in results]
    return (
        f"{label:<20}{len(results):>6}{statistics.fmean(s.precision for s in scores):>8.3f}"
        f"{statistics.fmean(s.recall for s in scores):>8.3f}{statistics.fmean(s.f1 for s in scores):>9.3f}"
        f"{statistics.fmean(r.token_f1 for r in results):>8.3f}"
        f"{statistics.fmean(r.seconds for r in results) * 1000:>9.2f}{sum(s.f1 < 0.9 for s in scores):>10}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed calls per page and extractor")
    parser.add_argument("--corpus", action="append", choices=("hand", "dev", "check"), help="default: all three")
    parser.add_argument("--per-page", action="store_true", help="print every page's scores")
    parser.add_argument("--show", action="append", default=[], metavar="NAME", help="print the extractions of NAME")
    args = parser.parse_args()
    chosen = {name: pages for name, pages in corpora().items() if name in (args.corpus or ("hand", "dev", "check"))}
    for pages in chosen.values():
        for page in pages:
            if profile_for_url(page.url) is not None:
                raise SystemExit(f"{page.name}: {page.url} has a source profile; the benchmark needs unknown hosts")
            if page.name in args.show:
                show(page)
    first = next(iter(chosen.values()))[0]
    ours(first), theirs(first)  # warm up imports and compiled patterns

    print(f"word {SHINGLE}-gram shingles, fastest of {args.rounds} alternating calls per page")
    header = (
        f"{'corpus/extractor':<20}{'pages':>6}{'mean P':>8}{'mean R':>8}{'mean F1':>9}{'tok F1':>8}"
        f"{'ms/page':>9}{'F1 < 0.9':>10}"
    )
    summaries: list[str] = []
    every: dict[str, list[Result]] = {label: [] for label in EXTRACTORS}
    for corpus, pages in chosen.items():
        measured = [measure(page, args.rounds) for page in pages]
        if args.per_page:
            print(f"\n{corpus}: {'page':<44}{'ours F1':>8}{'ms':>6}{'traf F1':>9}{'ms':>6}")
            for row in measured:
                ours_row, traf_row = row["ours"], row["trafilatura"]
                print(
                    f"{'':<8}{ours_row.page.name:<44}{ours_row.score.f1:>8.3f}{ours_row.seconds * 1000:>6.1f}"
                    f"{traf_row.score.f1:>9.3f}{traf_row.seconds * 1000:>6.1f}"
                )
        for label in EXTRACTORS:
            results = [row[label] for row in measured]
            every[label].extend(results)
            summaries.append(summary_line(f"{corpus}/{label}", results))
        losses = sorted(
            (row for row in measured if row["ours"].score.f1 < row["trafilatura"].score.f1),
            key=lambda row: row["ours"].score.f1 - row["trafilatura"].score.f1,
        )
        summaries.append(
            f"{'':<20}pages where ours scores below trafilatura: "
            + (
                ", ".join(
                    f"{row['ours'].page.name} {row['ours'].score.f1:.2f}/{row['trafilatura'].score.f1:.2f}"
                    for row in losses[:3]
                )
                or "none"
            )
        )
    for label, results in every.items():
        summaries.append(summary_line(f"all/{label}", results))
    print()
    print(header)
    print("-" * len(header))
    print("\n".join(summaries))


if __name__ == "__main__":
    main()
