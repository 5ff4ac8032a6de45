"""A raw capture -> its rows: the single place where a response becomes archive data (clean, parse, check),
shared by the crawl, crash recovery and `reparse` (so they cannot disagree). The archive stores what this gives
and is handed this function where it re-ingests (`archive.writer.recover`, `archive.maintenance.reparse`)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from archive import ids
from archive.checks import UNDATED, check_article, names_its_year
from archive.layout import MAX_YEAR, MIN_YEAR
from archive.raw import RawCapture
from archive.regression import notice
from archive.rows import Ingested, capture_row, period_bounds
from archive.schema import Row
from scraper.cleaner import clean
from scraper.cleaner.decode import not_html
from scraper.models import Fact
from scraper.parser import PARSER_VERSION, parse
from scraper.problems import Problem, ProblemKind
from scraper.profiles import all_profiles

SEOUL = ZoneInfo("Asia/Seoul")
NOTICE_PROBLEM = "article became a maintenance or error page"


def fact_row(fact: Fact, article: Row, extracted_at: datetime) -> Row:
    start, end, kind = period_bounds(fact.period)
    return {
        "fact_id": ids.fact_id(article["article_id"], fact.period, fact.flow, fact.item, fact.region),
        "article_id": article["article_id"],
        "source": article["source"],
        "source_kind": article["source_kind"],
        "url": article["url"],
        "published_date": article["published_date"],
        "period": fact.period,
        "period_start": start,
        "period_end": end,
        "period_type": kind,
        "flow": fact.flow,
        "item": fact.item,
        "region": fact.region,
        "value_usd": fact.value_usd,
        "yoy_pct": fact.yoy_pct,
        "prior_usd": fact.prior_usd,
        "evidence": fact.evidence,
        "checks": [],
        "parser_version": PARSER_VERSION,
        "extracted_at": extracted_at,
        "run_id": article["run_id"],
    }


def ingest_capture(capture: RawCapture, extracted_at: datetime | None = None) -> Ingested:
    """Capture row always; article and fact rows for a successful article page with a body."""
    result = Ingested(capture=capture_row(capture))
    if capture.page_type != "article" or capture.status != 200:
        return result
    headers = {name: value for name, value in capture.headers}
    refusal = not_html(capture.body, headers)
    if refusal is not None:
        result.problem = Problem(ProblemKind.NOT_HTML, refusal)
        return result
    # the canonical URL names the real site (a replica or mirror serves it under another host)
    page = clean(capture.body, url=capture.canonical_url or capture.url, headers=headers)
    result.page = page
    if not page.paragraphs:
        result.problem = Problem(ProblemKind.NO_BODY, "no article body found")
        return result
    if notice(page.title, page.text):
        # a 200 maintenance or error notice in the article's place: kept in raw/, never an article version
        result.problem = Problem(ProblemKind.REGRESSED, NOTICE_PROBLEM)
        return result
    profile = all_profiles().get(capture.source)
    # a stated date no partition can hold (a CMS placeholder such as 1900-01-01) is no date at all
    stated = page.published if page.published and MIN_YEAR <= page.published.year <= MAX_YEAR else None
    published = stated or capture.fetched_at.astimezone(SEOUL).date()
    parsed = parse(page.text, published=published, title=page.title, lang=page.lang)
    canonical = capture.canonical_url or capture.url
    text_hash = ids.text_sha256(page.text)
    article = {
        "article_id": ids.article_id(canonical),
        "source": capture.source,
        "source_kind": profile.kind if profile else "news",
        "url": capture.url,
        "canonical_url": canonical,
        "title": page.title,
        "published_date": stated,
        "lang": page.lang,
        "encoding": page.encoding,
        "is_ict_trade_report": parsed.is_ict_trade_report,
        "text": page.text,
        "text_sha256": text_hash,
        "capture_sha256": capture.sha256,
        "fetched_at": capture.fetched_at,
        "parser_version": PARSER_VERSION,
        "run_id": capture.run_id,
    }
    when = extracted_at or datetime.now(UTC)
    facts = [fact_row(fact, article, when) for fact in parsed.facts]
    flags = check_article(facts)
    for row in facts:
        row["checks"] = flags[row["fact_id"]]
        if stated is None and not names_its_year(row["evidence"], row["period"]):
            row["checks"] = [*row["checks"], UNDATED]  # kept, flagged, left out of `series`
    result.article = article
    result.facts = facts
    return result
