"""One saved page per source profile (written by us, stored as the bytes a server would send), each with
the title, date, language, encoding, body text and absent boilerplate it must give (fundus-style)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scraper.cleaner import clean
from scraper.extract import extract_record
from scraper.profiles import all_profiles, profile_for_url

PAGES = Path(__file__).parent / "fixtures" / "pages"
FIXTURES = sorted(p.stem for p in PAGES.glob("*.json"))


def load(name: str) -> tuple[bytes, dict]:
    return (PAGES / f"{name}.html").read_bytes(), json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


def test_every_profile_has_a_fixture() -> None:
    assert set(FIXTURES) == set(all_profiles())


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_url_selects_its_profile(name: str) -> None:
    _, meta = load(name)
    profile = profile_for_url(meta["url"])
    assert profile is not None and profile.name == name


@pytest.mark.parametrize("name", FIXTURES)
def test_clean_reads_title_date_language_and_encoding(name: str) -> None:
    body, meta = load(name)
    page = clean(body, url=meta["url"], headers=meta["headers"])
    expect = meta["expect"]
    assert page.title == expect["title"]
    assert page.published is not None and page.published.isoformat() == expect["published"]
    assert page.lang == expect["lang"]
    assert page.encoding == meta["encoding"]
    assert page.source == name


@pytest.mark.parametrize("name", FIXTURES)
def test_clean_keeps_the_body_and_drops_the_furniture(name: str) -> None:
    body, meta = load(name)
    text = clean(body, url=meta["url"], headers=meta["headers"]).text
    for wanted in meta["expect"]["body"]:
        assert wanted in text
    for unwanted in meta["expect"]["absent"]:
        assert unwanted not in text, f"boilerplate left in {name}: {unwanted!r}"


@pytest.mark.parametrize("name", FIXTURES)
def test_page_yields_its_headline_figure(name: str) -> None:
    body, meta = load(name)
    record = extract_record(body, url=meta["url"])
    period, flow, item, region, value = meta["expect"]["fact"]
    keyed = {(f["period"], f["flow"], f["item"], f["region"]): f for f in record["facts"]}
    assert record["is_ict_trade_report"] is True
    assert keyed[(period, flow, item, region)]["value_usd"] == pytest.approx(value)


def test_host_aliases_and_mobile_hosts_share_a_profile() -> None:
    legacy = profile_for_url("http://english.motie.go.kr/eng/article/EATCLdfa319ada/947/view")
    renamed = profile_for_url("https://english.motir.go.kr/eng/article/EATCLdfa319ada/2394/view")
    assert legacy is not None and legacy is renamed
    mobile = profile_for_url("https://m.korea.kr/briefing/pressReleaseView.do?newsId=156455939")
    assert mobile is not None and mobile.name == "koreakr_ko"


def test_shared_host_is_split_by_path() -> None:
    korean = profile_for_url("https://www.msit.go.kr/bbs/view.do?bbsSeqNo=94&nttSeqNo=1")
    english = profile_for_url("https://www.msit.go.kr/eng/bbs/view.do?bbsSeqNo=42&nttSeqNo=1")
    assert (korean.name, english.name) == ("msit_ko", "msit_en")
    assert profile_for_url("https://biz.chosun.com/it-science/2025/07/14/ABC/") is None  # Korean edition
    assert profile_for_url("https://example.com/news/1") is None
