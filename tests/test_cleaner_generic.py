"""The generic path (hosts without a profile, profiles whose selectors stopped matching) against layouts it was
not written for, and against trafilatura's default extraction on the held-out half of the site-style corpus."""

from __future__ import annotations

import re
import statistics

import pytest

from benchmarks.generic_extraction import corpora, ours, score, theirs
from scraper.cleaner import clean
from scraper.extract import extract_record
from tests.source_fixtures import body, expected, source_dirs

URL = "https://www.example-unknown-publisher.com/news/2024/10/ict-exports"
PARAGRAPHS = [
    "Outbound shipments of information and communication technology goods reached 22.7 billion dollars in "
    "October, up 9.4 percent from a year earlier, extending the rising streak to nine months.",
    "Imports of ICT goods rose 3.1 percent to 12.9 billion dollars, leaving a surplus of 9.8 billion dollars.",
    "Semiconductor exports climbed 18.6 percent to 14.1 billion dollars on demand from data centre operators.",
    "The ministry expects memory prices to stay firm through the end of the year, officials said on Friday.",
]


def body_html(lead_class: str = "") -> str:
    first, *rest = PARAGRAPHS
    return f'<p class="{lead_class}">{first}</p>' + "".join(f"<p>{p}</p>" for p in rest)


def test_webforms_page_inside_one_form_keeps_its_article() -> None:
    """ASP.NET WebForms pages put the whole page in one <form>; forms are not furniture."""
    page = (
        '<html><head><title>ICT exports up</title></head><body><form id="aspnetForm" method="post">'
        '<input type="hidden" name="__VIEWSTATE" value="abc"><div id="menu"><a href="/">Home</a></div>'
        f'<div id="ctl00_ContentPlaceHolder1_view"><h1>ICT exports up</h1>{body_html()}</div>'
        "</form></body></html>"
    )
    text = clean(page.encode(), URL).text
    for paragraph in PARAGRAPHS:
        assert paragraph in text


def test_column_named_after_its_sidebar_keeps_lead_and_body() -> None:
    """Utility-class layouts name the article's column after the sidebar and share rail next to it: class
    names say nothing about what is furniture."""
    page = (
        '<html><head><title>ICT exports up</title></head><body><nav><a href="/">Home</a><a href="/b">Business'
        '</a></nav><div class="l-container l-container--with-sidebar"><div class="l-main has-share-rail">'
        '<div class="share-rail"><a>Share</a></div><article><h1>ICT exports up</h1>'
        f'{body_html("lead")}</article></div><div class="l-sidebar"><h2>Popular now</h2><ol>'
        "<li><a href='/1'>Night trains return to the eastern line</a></li></ol></div></div>"
        "<footer>© Example Media</footer></body></html>"
    )
    text = clean(page.encode(), URL).text
    for paragraph in PARAGRAPHS:
        assert paragraph in text
    assert "Night trains" not in text


def test_forum_thread_keeps_every_post() -> None:
    """A thread marked up as DiscussionForumPosting: the replies are the content (trafilatura reads the
    JSON-LD to know it, so the cleaner must leave that script in place)."""
    posts = [
        "Since the firmware update my router drops the connection every evening around nine o'clock and "
        "comes back after roughly ten minutes, while the lights stay green the whole time.",
        "Check the maintenance menu for a scheduled update window; mine was set to nine in the evening "
        "and moving it to four in the morning fixed the drops completely.",
        "Thanks, that was it: the window was set to 21:00 and the last three evenings were fine.",
    ]
    replies = "".join(f'<div class="comment"><div class="comment-body"><p>{post}</p></div></div>' for post in posts[1:])
    page = (
        '<html><head><title>Router drops</title><script type="application/ld+json">'
        '{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Router drops"}'
        f'</script></head><body><h1>Router drops</h1><div class="topic"><p>{posts[0]} {posts[0]}</p></div>'
        f'<div id="comments">{replies}</div></body></html>'
    )
    text = clean(page.encode(), URL).text
    for post in posts:
        assert post in text


@pytest.mark.parametrize("half", ["dev", "check"])
def test_generic_path_at_least_as_good_as_trafilatura_default(half: str) -> None:
    """Mean word-4-gram F1 over a half of benchmarks/generic_sites.py, pages in 14 site styles the generic
    path was not tuned on page by page (the `check` half was only ever measured)."""
    pages = corpora()[half]
    our_f1 = statistics.fmean(score(ours(page), page.truth).f1 for page in pages)
    their_f1 = statistics.fmean(score(theirs(page), page.truth).f1 for page in pages)
    assert our_f1 >= their_f1, f"{half}: ours {our_f1:.3f} < trafilatura {their_f1:.3f}"
    assert our_f1 > 0.8


def redesigned(markup: str) -> str:
    """The page after a redesign that renamed every class and id and swapped <article>/<main> for <section>:
    none of its profile's body or date selectors match any more (embedded JSON keeps its script id)."""

    def rename(match: re.Match[str]) -> str:
        names = match.group(2).split()
        return f'{match.group(1)}="{" ".join(n if n.startswith("__") else f"v2-{n}" for n in names)}"'

    markup = re.sub(r'\b(class|id)="([^"]*)"', rename, markup)
    return re.sub(r"<(/?)(article|main)\b", r"<\1section", markup)


ARTICLE_FIXTURES = [(source, case) for source in source_dirs() for case in expected(source)["articles"]]


@pytest.mark.parametrize(("source", "case"), ARTICLE_FIXTURES, ids=[f"{s}/{c['file']}" for s, c in ARTICLE_FIXTURES])
def test_profile_whose_selectors_stopped_matching_still_gives_body_date_and_figure(source: str, case: dict) -> None:
    """Every source's article fixture, redesigned: the generic path (or the page's embedded data) still yields
    the body, the publication date and the headline figure (businesskorea_en and koreakr_ko lost the date, and
    with it every figure, before the markup-date fallback)."""
    encoding = case["encoding"]
    page_bytes = redesigned(body(source, case["file"]).decode(encoding)).encode(encoding)
    page = clean(page_bytes, case["url"])
    for wanted in case["expect"]["body"]:
        assert wanted in page.text
    assert page.published is not None and page.published.isoformat() == case["expect"]["published"]
    period, flow, item, region, value = case["expect"]["fact"]
    facts = extract_record(page_bytes, case["url"])["facts"]
    assert any(
        (f["period"], f["flow"], f["item"], f["region"], f["value_usd"]) == (period, flow, item, region, value)
        for f in facts
    )
