"""A story's own date stands for the page's where the page's is later (a repost, a blog's copy): cause C7 of
`../shared/eval/ERRORS.md` ("last month" read from a republication date). Invented stories and figures."""

from __future__ import annotations

from datetime import date

import pytest

from scraper.parser import parse
from scraper.parser.story_date import story_date


def facts_of(text: str, published: str) -> dict[tuple[str, str, str, str], tuple[float | None, float | None]]:
    return {
        fact.key: (fact.value_usd, fact.yoy_pct) for fact in parse(text, published=date.fromisoformat(published)).facts
    }


@pytest.mark.parametrize(
    "head",
    [
        "SEOUL, Feb. 10 (Newswire) -- ",
        "[Tech Digest, February 10, 2031] Tech exports slide\n\n",
        "Reposted by a reader\n\nThe ministry said on Feb. 10 that ",
    ],
)
def test_a_repost_reads_last_month_from_the_storys_own_date(head: str) -> None:
    text = f"{head}Korea's ICT exports fell 12.6 percent last month from a year earlier to $14.41 billion."
    facts = facts_of(text, "2031-03-04")  # the page's date: the blog's copy, weeks later
    assert facts[("2031-01", "export", "ict", "world")] == (1.441e10, -12.6)
    assert ("2031-02", "export", "ict", "world") not in facts


def test_a_story_date_in_the_pages_own_month_changes_nothing() -> None:
    assert story_date("SEOUL, March 2 (Newswire) -- ICT exports fell last month.", date(2031, 3, 4)) is None


def test_a_story_date_before_the_month_the_story_reports_is_a_typo() -> None:
    # "announced on March 17" over April's figures: a report cannot be about a month not yet over
    text = "The ministry announced on March 17 that ICT exports rose 8.1 percent to $16.2 billion in April."
    assert story_date(text, date(2031, 5, 17)) is None
    assert facts_of(text, "2031-05-17")[("2031-04", "export", "ict", "world")] == (1.62e10, 8.1)


def test_a_dateline_without_a_year_is_the_last_such_day_before_the_page() -> None:
    assert story_date("SEOUL, Dec. 14 (Newswire) -- ICT exports rose last month.", date(2031, 1, 20)) == date(
        2030, 12, 14
    )


@pytest.mark.parametrize("month", ["Feb.", "Feb", "February"])
def test_a_month_shortened_in_the_head_after_the_story_date_keeps_the_pages_year(month: str) -> None:
    """'announced on March 15 that … in Feb. stood at': the page (March 13) predates the date it gives, so that
    date is last year's, unless a month the head names (shortened or not) is read from the page's date."""
    text = f"The ministry announced on March 15 that ICT exports in {month} stood at $15.9 billion, up 7.5 percent."
    assert story_date(text, date(2031, 3, 13)) is None
    assert facts_of(text, "2031-03-13")[("2031-02", "export", "ict", "world")] == (1.59e10, 7.5)


_STORY = "Outbound shipments of ICT goods rose 4.4% from a year earlier to $16.05 billion, the ministry said."


@pytest.mark.parametrize(
    "date_line",
    [
        "September 11, 2031 / 6:10 AM / Updated 3 hours ago",  # (left in the text: the cleaner's date lines are bare)
        "Posted by Mina Cho | Sept. 11, 2031",
        "뉴스바다 | 입력 2031.09.11 10:05",
    ],
)
def test_a_date_line_above_the_story_dates_it_when_the_page_is_dated_later(date_line: str) -> None:
    text = f"Tech wire\n{date_line}\nKorea's tech exports climb\n{_STORY}\n"
    assert story_date(text, date(2031, 10, 6)) == date(2031, 9, 11)
    assert facts_of(text, "2031-10-06")[("2031-08", "export", "ict", "world")] == (1.605e10, 4.4)


def test_a_dated_line_below_the_story_is_another_posts() -> None:
    """'Related: chip output report (2031. 8. 2.)' under the text dates that post, not this one."""
    text = f"Korea's tech exports climb\n{_STORY}\nRelated: chip output report (2031. 8. 2.)\n"
    assert story_date(text, date(2031, 9, 12)) is None


def test_the_date_a_page_showed_dates_the_story_when_the_caller_gives_a_later_one() -> None:
    """The cleaner takes a bare date line off the text ("2031.09.11 10:05"); `extract_record` passes it on."""
    from scraper.extract import extract_record

    text = f"Tech wire\n2031.09.11 10:05\nKorea's tech exports climb\n{_STORY}\n"
    record = extract_record(text.encode(), published=date(2031, 10, 6), path="story.txt")
    assert record["published"] == "2031-10-06"  # (the record keeps the date it was given)
    assert {(f["period"], f["value_usd"]) for f in record["facts"]} == {("2031-08", 1.605e10)}
    assert story_date(_STORY, date(2031, 10, 6), stated=date(2031, 10, 1)) is None  # the same month: no story date


@pytest.mark.parametrize(
    ("head", "key"),
    [
        (
            "Tech hour, transcript\nHOST: The trade numbers.\nREPORTER: ICT exports fell for a ninth month in July.\n",
            ("2031-07", "export", "ict", "world"),
        ),
        (
            "Handsets slump\nBy Ahn Mi-rae\nKorea's mobile phone exports dropped in July, a drag on its ICT exports.\n",
            ("2031-07", "export", "mobile_phones", "world"),
        ),
    ],
)
def test_a_figureless_lead_names_the_reports_month_for_the_figures_after_it(
    head: str, key: tuple[str, str, str, str]
) -> None:
    """A feature dated weeks after the release (September 5 for July's figures): the lead's month is the report's."""
    subject = "They" if "REPORTER" in head else "Overseas shipments of mobile phones"
    facts = facts_of(f"{head}{subject} were down 12.4 percent from a year earlier at $14.2 billion.\n", "2031-09-05")
    assert facts == {key: (1.42e10, -12.4)}


def test_a_lead_that_names_a_month_as_an_anchor_names_no_report_period() -> None:
    text = (
        "Tech exports\nBy Ahn Mi-rae\nICT exports have risen every month since March.\nThey rose 5.1% to $15.0 billion."
    )
    assert facts_of(text, "2031-09-05") == {("2031-08", "export", "ict", "world"): (1.5e10, 5.1)}


def test_a_date_line_above_a_long_first_paragraph_dates_the_story() -> None:
    """The head (700 characters) may end inside the first paragraph: a line that long is prose all the same."""
    lead = "Korea's science ministry put out its monthly tech trade numbers, and they make for grim reading " * 9
    text = f"Tech notes\nPosted May 17, 2031 by A. Lee | 4 comments\n{lead}.\n"
    assert story_date(text, date(2031, 6, 11)) == date(2031, 5, 17)


def test_a_title_whose_second_part_is_only_its_period_names_the_reports_period() -> None:
    """'ICT TRADE SCORECARD — OCTOBER 2031' (a second part that is more than a period is another story's)."""
    text = "ICT TRADE SCORECARD — OCTOBER 2031\n\nExports: $15.61bn actual\nYoY: -2.8% actual\n"
    assert facts_of(text, "2031-12-08") == {("2031-10", "export", "ict", "world"): (1.561e10, -2.8)}


def test_a_titles_second_part_that_opens_on_a_month_is_another_story() -> None:
    text = (
        "ICT exports drop for a sixth month; March figure revised up\n\n"
        "Exports of ICT goods reached $15.44 billion last month, down 13.5 percent from a year earlier.\n\n"
        "Semiconductors fell 20.1 percent to $8.54 billion.\n"
    )
    facts = facts_of(text, "2031-05-13")
    assert facts[("2031-04", "export", "semiconductors", "world")] == (8.54e9, -20.1)


def test_a_dateline_with_a_single_dash_neither_parts_the_lead_nor_hides_its_month() -> None:
    """'SEOUL, Oct 15 - … kept growing in September': the dash ends the dateline; the lead names the report's month."""
    text = (
        "Chip boom cools\n\nSEOUL, Oct 15 - South Korea's ICT exports kept growing in September, data showed.\n\n"
        "Exports of ICT goods rose 13.4 percent from a year earlier to $21.07 billion.\n"
    )
    assert facts_of(text, "2031-11-09") == {("2031-09", "export", "ict", "world"): (2.107e10, 13.4)}
    assert story_date(text, date(2031, 11, 9)) == date(2031, 10, 15)


def test_a_day_month_year_date_line_dates_the_story() -> None:
    lead = "South Korea's trade in ICT goods produced a record surplus in the first half of the year, data showed."
    assert story_date(f"Chip boom\n\nFRANKFURT | 20.07.2031\n\n{lead}\n", date(2031, 8, 14)) == date(2031, 7, 20)
