"""A capture becomes rows in one place (scraper.ingest); what it could not use is said as a typed problem."""

from __future__ import annotations

from dataclasses import replace

from scraper.ingest import ingest_capture
from scraper.problems import ProblemKind
from tests.archive_helpers import Release, capture_of

RELEASE = Release(2024, 5, exports=20.1, exports_yoy=4.0, imports=11.2, chips=13.0, chips_yoy=10.0)


def test_a_release_gives_an_article_facts_and_no_problem() -> None:
    result = ingest_capture(capture_of(RELEASE, "run1"))
    assert result.problem is None and result.article is not None and result.facts
    assert result.capture["url"] == result.article["url"]


def test_a_pdf_in_an_articles_place_is_a_not_html_problem() -> None:
    capture = replace(capture_of(RELEASE, "run1", html=b"%PDF-1.7 ..."), headers=[("Content-Type", "application/pdf")])
    result = ingest_capture(capture)
    assert result.article is None and result.problem is not None
    assert result.problem.kind is ProblemKind.NOT_HTML and str(result.problem) == "not an HTML page (application/pdf)"


def test_a_page_without_text_is_a_no_body_problem() -> None:
    result = ingest_capture(capture_of(RELEASE, "run1", html=b"<html><body><nav>Home</nav></body></html>"))
    assert result.article is None and result.problem is not None
    assert result.problem.kind is ProblemKind.NO_BODY and result.capture["status"] == 200
