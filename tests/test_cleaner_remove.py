"""Dropping page furniture: all selectors in one pass must leave the tree one pass per selector leaves."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from lxml import etree

from scraper.cleaner import clean
from scraper.cleaner.html import NEVER_TEXT, parse_html, remove, select
from scraper.profiles import all_profiles

FIXTURES = Path(__file__).parent / "fixtures"


def one_selector_at_a_time(root, selectors: tuple[str, ...]) -> None:
    for selector in (*NEVER_TEXT, *selectors):
        for element in select(root, selector):
            element.drop_tree()


def markup(root) -> bytes:
    return etree.tostring(root, encoding="utf-8")


@pytest.mark.parametrize(
    "page", sorted(FIXTURES.glob("*/*.html.gz")), ids=lambda path: f"{path.parent.name}/{path.name}"
)
def test_the_fixture_pages_lose_the_same_elements_in_one_pass(page: Path) -> None:
    drop = all_profiles()[page.parent.name].drop
    text = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
    joined, apart = parse_html(text), parse_html(text)
    assert joined is not None and apart is not None
    remove(joined, drop)
    one_selector_at_a_time(apart, drop)
    assert markup(joined) == markup(apart)


def test_tails_of_neighbours_dropped_by_different_selectors_keep_their_order() -> None:
    text = "<html><body><div>a<figure>x</figure>b<script>y</script>c<nav>z<button>w</button>d</nav>e</div></body>"
    joined, apart = parse_html(text), parse_html(text)
    assert joined is not None and apart is not None
    remove(joined, ("figure",))
    one_selector_at_a_time(apart, ("figure",))
    assert markup(joined) == markup(apart)
    assert select(joined, "div")[0].text_content() == "abce"


def test_a_selector_that_looks_at_siblings_sees_the_tree_after_the_others() -> None:
    """With the <script> gone, the first <p> is the first child: a joined pass would keep it."""
    text = "<html><body><div><script>s</script><p>first</p><p>second</p></div></body></html>"
    root = parse_html(text)
    assert root is not None
    remove(root, ("p:first-child",))
    assert select(root, "div")[0].text_content() == "second"


def test_a_tag_that_is_no_css_string_selects_nothing_and_the_others_still_apply() -> None:
    root = parse_html("<html><body><div>a<!-- note --><aside>x</aside>b</div></body></html>")
    assert root is not None
    remove(root, ("aside",), never_text=(etree.Comment, "script"))
    assert markup(select(root, "div")[0]) == b"<div>a<!-- note -->b</div>"


def test_a_page_whose_body_the_profile_misses_is_read_whole_by_the_generic_path() -> None:
    """The profile's furniture is dropped from the tree it reads its body from; when that body is not
    there (a redesign), the generic extractor gets the page as it came, the table the profile would
    drop included."""
    rows = "".join(f"<tr><td>Item {n}</td><td>{n}.{n} percent</td></tr>" for n in range(1, 6))
    prose = " ".join(
        f"Semiconductor exports rose {n}.4 percent on the year in the month, the ministry said on day {n}."
        for n in range(1, 5)
    )
    body = (
        "<html><head><title>Chip exports climb</title></head><body><main><div class='story'>"
        f"<p>{prose}</p><table><tr><th>Item</th><th>Change</th></tr>{rows}</table><p>{prose}</p>"
        "</div></main></body></html>"
    ).encode()
    page = clean(body, url="https://www.businesskorea.co.kr/news/articleView.html?idxno=1")
    assert "Item 3" in page.text and "3.3 percent" in page.text
