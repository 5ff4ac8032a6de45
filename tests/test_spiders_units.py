"""Per-source rules that need no network: canonical URLs, ids hidden in scripts, list dates, the ICT filter."""

from __future__ import annotations

from datetime import date

import pytest
from scrapy.http import HtmlResponse, Request

from scraper.cleaner.dates import parse_date
from spiders import all_spiders
from spiders.base import is_ict_trade_title
from spiders.msit_ko import js_unescape, script_rows
from spiders.yonhap_en import story_key


def spider(name: str):
    return all_spiders()[name]()


@pytest.mark.parametrize(
    ("source", "url", "canonical"),
    [
        (
            "motie_en",
            "http://english.motie.go.kr/eng/article/EATCLdfa319ada/2518/view?bbsCdN=2&pageIndex=1",
            "https://english.motir.go.kr/eng/article/EATCLdfa319ada/2518/view",
        ),
        (
            "msit_ko",
            "https://www.msit.go.kr/bbs/view.do;jsessionid=AbC123.AP_msit_2?sCode=user&mId=113&mPid=238"
            "&pageIndex=&bbsSeqNo=94&nttSeqNo=3184474&searchOpt=ALL&searchTxt=",
            "https://www.msit.go.kr/bbs/view.do?bbsSeqNo=94&nttSeqNo=3184474",
        ),
        (
            "msit_ko",
            "https://www.msit.go.kr/bbs/view.do?sCode=user&mId=307&mPid=208&bbsSeqNo=94&nttSeqNo=3184474",
            "https://www.msit.go.kr/bbs/view.do?bbsSeqNo=94&nttSeqNo=3184474",
        ),
        (
            "koreakr_ko",
            "https://m.korea.kr/briefing/pressReleaseView.do?newsId=156680269&call_from=rsslink",
            "https://www.korea.kr/briefing/pressReleaseView.do?newsId=156680269",
        ),
        (
            "chosunbiz_en",
            "https://biz.chosun.com/en/en-policy/2025/03/16/DCK7ANNGPFGV5KGW2LJY253XP4?outputType=amp",
            "https://biz.chosun.com/en/en-policy/2025/03/16/DCK7ANNGPFGV5KGW2LJY253XP4/",
        ),
        (
            "yonhap_en",
            "https://m-en.yna.co.kr/view/AEN20240502004751315?section=economy-finance%2Feconomy",
            "https://en.yna.co.kr/view/AEN20240502004751315",
        ),
        (
            "businesskorea_en",
            "https://www.businesskorea.co.kr/news/articleView.html?idxno=222485&utm_source=x",
            "https://www.businesskorea.co.kr/news/articleView.html?idxno=222485",
        ),
        (
            "koreaherald_en",
            "https://m.koreaherald.com/article/10493730",
            "https://www.koreaherald.com/article/10493730",
        ),
    ],
)
def test_canonical_urls(source, url, canonical):
    assert spider(source).canonical(url) == canonical


def test_a_replica_url_maps_back_to_the_real_site():
    instance = all_spiders()["news1_ko"](base_url="http://127.0.0.1:9999/news1_ko")
    assert (
        instance.canonical("http://127.0.0.1:9999/news1_ko/economy/trade/5500013")
        == "https://www.news1.kr/economy/trade/5500013"
    )


def test_msit_rows_come_from_the_fill_script_with_comments_ignored():
    title = "2024년 4월 정보통신산업(ICT) 수출입 동향"
    # escaped by hand as the site's script has it (not by the replica's encoder, which would test itself)
    escaped = "2024%uB144%204%uC6D4%20%uC815%uBCF4%uD1B5%uC2E0%uC0B0%uC5C5(ICT)%20%uC218%uCD9C%uC785%20%uB3D9%uD5A5"
    html = f"""<table><tr><td><a href="javascript:;" onclick="fn_detail(3184474);"><div id="td_NTT_SJ_0"></div></a>
    </td></tr></table><script>var sHtml = replyHrml; sHtml += unescape('{escaped}');
    $('#td_'+'NTT_SJ'+'_0').html(sHtml); $('#td_'+'REG_DT'+'_0').html('2024-05-14');
    /* $('#td_'+'REG_DT'+'_0').html('1999-01-01'); */</script>"""
    assert script_rows(html) == {0: (title, "2024-05-14")}
    response = HtmlResponse(
        "https://www.msit.go.kr/bbs/list.do?bbsSeqNo=94",
        body=html.encode(),
        encoding="utf-8",
        request=Request("https://www.msit.go.kr/bbs/list.do?bbsSeqNo=94"),
    )
    [entry] = spider("msit_ko").parse_entries(response)
    assert entry.title == title and entry.published == date(2024, 5, 14)
    assert entry.url.endswith("bbsSeqNo=94&nttSeqNo=3184474")


def test_js_unescape_reads_both_escape_forms():
    assert js_unescape("%uC815%uBCF4 ICT%20%28") == "정보 ICT ("


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("date2024-09-13", date(2024, 9, 13)),
        ("2024.05.14", date(2024, 5, 14)),
        ("2025-07-13T18:00:00.000Z", date(2025, 7, 14)),  # Arc dates are UTC; the Seoul date is the next day
        ("2025-07-14 10:12:00", date(2025, 7, 14)),
        ("2025.07.14 10:12", date(2025, 7, 14)),
    ],
)
def test_list_date_forms(text, day):
    assert parse_date(text.replace("date", " ")) == day


@pytest.mark.parametrize(
    ("title", "wanted"),
    [
        ("Korea’s ICT exports climb 28.5% in August", True),
        ("2026년 2월 정보통신산업(ICT) 수출입 동향", True),
        ("9월 ICT 수출 254.3억 달러", True),
        ("Exports in June 2024", False),
        ("6G 연구개발 사업 착수", False),
    ],
)
def test_ict_title_filter(title, wanted):
    assert is_ict_trade_title(title) is wanted


def test_yonhap_the_same_headline_in_another_year_is_another_story():
    title = "Korea's ICT exports rise 9.6% in May"
    assert story_key(title, date(2024, 6, 12)) != story_key(title, date(2025, 6, 12))
    assert story_key(f"(LEAD) {title}", date(2025, 6, 12)) == story_key(title, date(2025, 6, 12))


def test_yonhap_refilings_share_a_story_key():
    assert story_key("(LEAD) Korea's ICT exports rise 9.6% in May") == story_key("Korea's ICT exports rise 9.6% in May")
    assert story_key("(2nd LD) ICT exports") == story_key("ICT exports")
