"""Which profile a URL selects (hosts, aliases, mobile hosts, path prefixes). What each profile reads from
its source's pages is tested on the per-source fixtures (test_source_fixtures.py)."""

from __future__ import annotations

from scraper.profiles import profile_for_url


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
