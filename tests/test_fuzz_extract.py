"""Hostile and broken pages: whatever the bytes, clean + parse returns a record and never raises.

Random bytes, mutated copies of our fixture pages (truncated, bytes flipped, tags dropped), and the classic
pathological shapes: markup nested thousands deep, one enormous line, endless digit runs, a document that
declares a charset it does not use. Facts found in garbage must still be well-formed.
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.extract import extract_record
from tests.source_fixtures import article_pages

PAGES = article_pages()  # (name, bytes, URL)
FLOWS = {"export", "import", "balance"}


def well_formed(record: dict) -> None:
    assert isinstance(record["text"], str) and isinstance(record["facts"], list)
    for fact in record["facts"]:
        assert fact["flow"] in FLOWS and fact["item"] and fact["region"]
        assert fact["value_usd"] is None or isinstance(fact["value_usd"], float)
    json.dumps(record, ensure_ascii=False, default=str)  # always serialisable for `extract -`


@settings(max_examples=60, deadline=None)
@given(
    st.binary(max_size=4000),
    st.sampled_from([None, "https://www.msit.go.kr/bbs/view.do?nttSeqNo=1", "https://example.org/a.html"]),
)
def test_random_bytes(data: bytes, url: str | None) -> None:
    well_formed(extract_record(data, url=url))


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(PAGES),
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=255),
    st.sampled_from(["truncate", "flip", "drop_tags", "duplicate"]),
)
def test_mutated_fixture_pages(page: tuple[str, bytes, str], position: int, byte: int, mutation: str) -> None:
    data = bytearray(page[1])
    cut = position % len(data)
    if mutation == "truncate":
        data = data[:cut]
    elif mutation == "flip":
        data[cut] = byte
    elif mutation == "drop_tags":
        data = data.replace(b"</div>", b"").replace(b"</p>", b"")
    else:
        data = data[:cut] + data + data[cut:]
    well_formed(extract_record(bytes(data), url=page[2]))


def test_a_control_byte_beside_dropped_markup_is_read_past() -> None:
    """A \\x01 in the text next to page furniture the cleaner removes (found by the mutation test above)."""
    record = extract_record(
        b"<html><body><div><nav>menu</nav>x\x01y</div><p>ICT exports rose 5% to $20 billion "
        b"in May 2024.</p></body></html>"
    )
    well_formed(record)
    assert "ICT exports rose 5%" in record["text"]


def test_an_impossible_time_of_day_leaves_the_date() -> None:
    """A flipped byte made an hour of 93 (found by the mutation test above)."""
    record = extract_record(
        b"<html><head><meta property='article:published_time' content='2024-06-14T93:00:00+09:00'></head>"
        b"<body><p>ICT exports rose 5% to $20 billion in May 2024.</p></body></html>"
    )
    well_formed(record)
    assert record["published"] == "2024-06-14"  # the date part stands


def test_pathological_shapes_finish_with_sane_records() -> None:
    deep = b"<html><body>" + b"<div>" * 5000 + b"ICT exports rose 5% to $20 billion in May." + b"</div>" * 5000
    long_line = b"<p>" + b"ICT exports " * 200_000 + b"</p>"
    digits = b"<p>ICT exports reached $" + b"9" * 100_000 + b" billion in May.</p>"
    numbers = b"<p>" + b"ICT exports 1.2% 3.4% $5 billion " * 20_000 + b"</p>"
    lying = "<meta charset='utf-8'><p>6월 ICT 수출은 182.6억 달러</p>".encode("euc-kr")
    for page in (deep, long_line, digits, numbers, lying):
        record = extract_record(page, url="https://example.org/news/1.html")
        well_formed(record)
    assert extract_record(digits, url="https://example.org/x")["facts"] == [] or all(
        f["value_usd"] is None or f["value_usd"] < 1e15 for f in extract_record(digits)["facts"]
    )
