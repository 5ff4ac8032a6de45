"""Rules for the border of an ICT trade report: figures that are not facts (forecasts, estimates, deal
values, another economy's trade) and texts that are no report at all. Each case is an invented sentence
(new wording, new figures) that the parser read wrongly before its rule existed.

Same shape as `test_parser_rules.py`: the facts a text must give, and keys it must not give; then the
classification cases, read through `parse` as a page would be.
"""

from __future__ import annotations

from datetime import date

import pytest

from scraper.parser import parse
from tests.test_parser_causes import Key, Numbers, assert_reads, k

CASES: list[tuple[str, str, str, dict[Key, Numbers], list[Key]]] = [
    (
        "ko: '…이어질 것으로 본다' is what someone reckons, not a figure",
        "2015-08-13",
        "7월 ICT 수출은 148억2000만달러로 3.9% 줄었다. 업계는 8월에도 145억달러 안팎의 수출이 이어질 것으로 본다.",
        {k("2015-07"): (14.82e9, -3.9, None)},
        [k("2015-08")],
    ),
    (
        "ko: '…의 수출을 예상했다' is a forecast",
        "2012-05-14",
        "4월 ICT 수출은 128억6000만달러였다. 협회는 5월에도 131억달러 안팎의 수출을 예상했다.",
        {k("2012-04"): (12.86e9, None, None)},
        [k("2012-05")],
    ),
    (
        "ko: 'X로 추정했다' and '추정치는' state an estimate, not a count",
        "2021-12-03",
        "11월 ICT 수출은 206억1000만달러였다. 한 연구원은 올해 ICT 수출을 2,240억달러로 추정했다."
        " 이 추정치는 지난해보다 22.6% 많은 규모다.",
        {k("2021-11"): (20.61e9, None, None)},
        [k("2021-01/2021-11"), k("2021-01/2021-12"), k("2020-01/2020-12")],
    ),
    (
        "en: 'expected at around $N (agency estimate)' is a forecast",
        "2011-09-15",
        "- ICT exports: $13.42 bn (+6.7% y/y)\n- September exports are expected at about $14.0 bn (agency estimate)",
        {k("2011-08"): (13.42e9, 6.7, None)},
        [k("2011-09")],
    ),
    (
        "en: 'on course to', 'could reach' and a 'consensus for' the year are no figures of the year",
        "2018-07-16",
        "ICT exports rose 18.2% to $18.7 billion in June. Annual shipments are on track to reach $215 billion,"
        " and could climb to $222 billion next year. The consensus for full-year ICT exports of $209 billion"
        " looks low.",
        {k("2018-06"): (18.7e9, 18.2, None)},
        [k("2018-01/2018-12"), k("2017-01/2017-12"), k("2018-01/2018-06")],
    ),
    (
        "ko: a partner's exports to Korea ('대한국 수출') and the two countries' turnover ('교역액') are not Korea's",
        "2019-06-14",
        "5월 ICT 수출은 163억달러로 4.1% 줄었다. 한편 말레이시아의 대한국 반도체 수출은 같은 달 2억1천만 달러였다."
        " 올해 1~5월 몽골과 한국의 교역액은 1억3천만 달러로 집계됐다.",
        {k("2019-05"): (16.3e9, -4.1, None)},
        [k("2019-05", item="semiconductors", region="other:malaysia"), k("2019-01/2019-05")],
    ),
    (
        "en: agreements signed between two governments are worth no exports",
        "2019-06-14",
        "South Korea's ICT exports fell 4.1% to $16.3 billion in May. Oman and South Korea signed agreements worth"
        " $4 billion in April.",
        {k("2019-05"): (16.3e9, -4.1, None)},
        [k("2019-04")],
    ),
    (
        "ko: a share's move 'A%에서 B%로' is no year-on-year change, its second rate far from '비중' too",
        "2016-03-14",
        "2월 ICT 수출은 125억7천만달러로 10.6% 줄었다. 전체 ICT 수출에서 디스플레이가 차지하는 비중은 2011년 21%에서"
        " 올해 13%로 내려왔다.",
        {k("2016-02"): (12.57e9, -10.6, None)},
        [k("2011-01/2011-12", item="displays"), k("2016-02", item="displays")],
    ),
    (
        "ko: a district's customs figures, and the sentences that go on about it, are not Korea's until '전국'",
        "2017-09-15",
        "광양세관에 따르면 8월 광양 지역 수출은 17억2천만달러로 5.4% 늘었다. 수입은 9억8천만달러로 2.1% 줄었다."
        " 이 가운데 반도체 수입은 1억1천만달러였다.\n같은 달 전국의 ICT 수출은 171억3천만달러로 6.8% 증가했다.",
        {k("2017-08"): (17.13e9, 6.8, None)},
        [k("2017-08", flow="import"), k("2017-08", flow="import", item="semiconductors")],
    ),
    (
        "ko: a headcount's change ('종사자 수는 …명으로 3.1% 늘었다') is no item's export change",
        "2019-07-12",
        "6월 ICT 수출은 167억8천만달러로 21.9% 줄었다. 반도체 수출은 88억달러였다."
        " 지난해 반도체 업계 종사자 수는 18만4000명으로 3.1% 늘었다.",
        {k("2019-06"): (16.78e9, -21.9, None)},
        [k("2018-01/2018-12", item="semiconductors"), k("2018-01/2018-12")],
    ),
    (
        "en/ko: another indicator's line tagged with a quarter (a related headline, a calendar line) is no ICT figure",
        "2021-07-15",
        "ICT exports rose 7.4% to $18.2 billion in June.\nMore news:\nKorea's household debt climbs 4.1 pct in Q2\n"
        "[JP] GDP (Q2, prelim.): +0.5% q/q\n2분기 소비자물가 2.6% 상승",
        {k("2021-06"): (18.2e9, 7.4, None)},
        [k("2021-04/2021-06")],
    ),
    (
        "en: 'but its trade surplus' after the whole economy's exports is the whole economy's balance",
        "2019-06-14",
        "ICT exports fell 3.3% to $16.9 billion in May. The country's overall exports slid 6.1% to $51.2 billion,"
        " but its trade surplus widened to $3.7 billion, the ministry said.",
        {k("2019-05"): (16.9e9, -3.3, None)},
        [k("2019-05", flow="balance")],
    ),
    (
        "en: '…, while its total ICT exports …' after a partner's figure is the world total",
        "2021-07-15",
        "Korea's ICT shipments to Vietnam climbed 8.8 percent to $5.12 billion in June, while its total ICT exports"
        " edged up 1.4 percent to $18.63 billion.",
        {k("2021-06"): (18.63e9, 1.4, None), k("2021-06", region="vietnam"): (5.12e9, 8.8, None)},
        [],
    ),
    (
        "en: a partner named by its adjective ('Middle Eastern buyers', 'Japanese components', 'US-bound') or as"
        " 'the island' after Taiwan",
        "2017-05-15",
        "ICT exports grew 6.6% to $15.02 billion in April. US-bound shipments slipped 1.9% to $1.62 billion, and"
        " Middle Eastern buyers took $310 million, up 7.7%.\nICT imports rose 3.3% to $7.71 billion. Imports of"
        " Japanese components shrank 4.8% to $0.93 billion. Imports from Taiwan rose 9.1% to $1.66 billion;"
        " chip imports from the island gained 11.5% to $1.27 billion.",
        {
            k("2017-04", region="us"): (1.62e9, -1.9, None),
            k("2017-04", region="middle_east"): (0.31e9, 7.7, None),
            k("2017-04", flow="import", region="japan"): (0.93e9, -4.8, None),
            k("2017-04", flow="import", item="semiconductors", region="taiwan"): (1.27e9, 11.5, None),
            k("2017-04", flow="import"): (7.71e9, 3.3, None),
        },
        [k("2017-04", flow="import", item="semiconductors")],
    ),
    (
        "ko: an amount before '적자' whose balance word comes only after it ('… 적자를 봤다') is a deficit",
        "2014-04-14",
        "3월 ICT 수출은 147억1000만달러로 3.8% 늘었다. 대만과의 거래에서 우리나라는 2억6000만달러 적자를 봤다.",
        {k("2014-03", flow="balance", region="taiwan"): (-0.26e9, None, None)},
        [],
    ),
    (
        "en: 'a $X ICT trade deficit with P', 'ICT surpluses of $X with A and $Y with B': those partners' balances",
        "2016-11-14",
        "ICT exports slid 2.7% to $14.66 billion in October. Display exports fell 9.4% to $2.03 billion, and Korea"
        " ran a $0.48 billion ICT trade deficit with Japan. It posted ICT trade surpluses of $3.86 billion with"
        " China and $1.12 billion with India.",
        {
            k("2016-10", flow="balance", region="japan"): (-0.48e9, None, None),
            k("2016-10", flow="balance", region="china"): (3.86e9, None, None),
            k("2016-10", flow="balance", region="india"): (1.12e9, None, None),
        },
        [k("2016-10", flow="balance", item="displays"), k("2016-10", region="china")],
    ),
    (
        "ko: a parent's own change before a colon ('…억 달러(△y%): …') declares no unit for the sub-items after it",
        "2019-06-14",
        "5월 ICT 수출은 162.8억 달러로 13.5% 감소했다.\n ○ 반도체 84.2억 달러(△27.1%): D램 35.6억 달러(△43.2%),"
        " 낸드 7.7억 달러(△37.4%)",
        {
            k("2019-05", item="dram"): (3.56e9, -43.2, None),
            k("2019-05", item="nand"): (0.77e9, -37.4, None),
        },
        [],
    ),
    (
        "ko: parentheses that label a bullet line ('○ (컴퓨터·주변기기) …') name its subject, not examples",
        "2018-08-14",
        "7월 ICT 수출은 186.5억 달러로 6.9% 증가했다.\n ○ (컴퓨터·주변기기) 10.3억 달러(+21.4%)\n"
        " ○ (휴대폰 완제품·부분품) 14.1억 달러(△13.6%)",
        {
            k("2018-07", item="computers_peripherals"): (1.03e9, 21.4, None),
            k("2018-07", item="mobile_phones"): (1.41e9, -13.6, None),
        },
        [],
    ),
    (
        "ko: 'X달러의 무역흑자/무역적자' after the import figure is the balance, not a second import figure",
        "2013-06-13",
        "5월 ICT 수출은 145억1000만달러(3.2%↑), 수입은 71억4000만달러(1.9%↓)로 73억7000만달러의 무역흑자를 거뒀다.",
        {
            k("2013-05", flow="import"): (7.14e9, -1.9, None),
            k("2013-05", flow="balance"): (7.37e9, None, None),
        },
        [],
    ),
    (
        "en: a balance's partner fronted ('With Japan, the deficit …') or after its goods ('… in ICT goods with P')",
        "2015-12-14",
        "ICT exports dipped 1.6% to $15.27 billion in November, and the surplus was $7.48 billion. With Japan, the"
        " deficit narrowed to $0.36 billion. Korea logged a surplus of $2.91 billion in ICT goods with Vietnam.",
        {
            k("2015-11", flow="balance"): (7.48e9, None, None),
            k("2015-11", flow="balance", region="japan"): (-0.36e9, None, None),
            k("2015-11", flow="balance", region="vietnam"): (2.91e9, None, None),
        },
        [],
    ),
]


@pytest.mark.parametrize(("rule", "published", "text", "expected", "absent"), CASES, ids=[c[0] for c in CASES])
def test_rule(rule: str, published: str, text: str, expected: dict[Key, Numbers], absent: list[Key]) -> None:
    assert_reads(rule, published, text, expected, absent)


# (why, published, text): pages that name ICT trade and still report none of it
NOT_REPORTS: list[tuple[str, str, str]] = [
    (
        "ko: an outlook whose only figures are next year's and this year's estimate",
        "2014-12-09",
        "내년 ICT 수출 1,790억달러 전망\n연구원은 내년 ICT 수출이 1,790억달러로 늘어날 것으로 내다봤다."
        " 연구원은 올해 ICT 수출을 1,735억달러로 추정했다. 올해 추정치는 지난해보다 2.4% 많다.",
    ),
    (
        "en: deals signed at an export fair, talks valued at a sum and a sales goal",
        "2018-11-23",
        "Korean game studios ink $12.4 million in deals at Lima ICT export expo\n"
        "Twenty-two Korean firms signed contracts worth $12.4 million at the two-day expo, organizers said."
        " Consultations at the booths were valued at $88.7 million. The biggest single deal was a $2.3 million"
        " contract for a Korean e-learning firm. The ministry set a goal of lifting such firms' overseas sales to"
        " $3 billion by 2025.",
    ),
    (
        "en: a market preview: a share index, share prices, and ICT export data still to come",
        "2021-06-04",
        "WEEK AHEAD\nSeoul shares rose 2.2% this week as the KOSPI gained ground. LG Electronics ended the week at"
        " 98,500 won, up 0.8%, while Samsung SDI gained 1.4% to 712,000 won.\nNext week: Korea's May ICT export"
        " data is due Tuesday.",
    ),
    (
        "ko: an indicator blog with the all-industry release and the ICT release only announced",
        "2022-09-05",
        "지난주 지표 정리\n1) 8월 수출입 (산업부)\n- 수출 566억7천만달러 (+6.6%)\n- 무역수지 94억7천만달러 적자\n"
        "- 반도체 수출 107억8천만달러 (-7.8%)\n2) 8월 소비자물가 5.7% 상승\n다음 주: 8월 ICT 수출입 동향 발표 예정",
    ),
    (
        "ko: a city's customs figures: its exports, balance and 전자제품 are no ICT trade report",
        "2021-07-22",
        "창원 상반기 수출 증가…전자제품은 줄어\n창원세관이 발표한 자료에 따르면 상반기 창원 지역 수출은 98억4천만달러로"
        " 7.7% 늘었다. 무역수지는 41억2천만달러 흑자였다.\n품목별로는 전자제품 수출이 12억6천만달러로 3.9% 감소했다."
        " 업계는 IT 경기가 살아나면 전자제품 수출도 늘 것으로 본다.",
    ),
    (
        "ko: ICT output in a headline ('ICT 생산 521조원, 5.1% 증가') and a headcount, with ICT exports only hoped for",
        "2020-06-18",
        "ICT 생산 521조원, 5.1% 증가…ICT 수출 회복 기대\n지난해 ICT 산업 생산액은 521조4000억원으로 5.1% 늘었다."
        " 고용 인원은 97만3000명으로 1.2% 증가했다. 업계는 하반기 ICT 수출과 수입이 모두 살아날 것으로 기대한다.",
    ),
]


@pytest.mark.parametrize(("why", "published", "text"), NOT_REPORTS, ids=[c[0] for c in NOT_REPORTS])
def test_not_a_report(why: str, published: str, text: str) -> None:
    result = parse(text, published=date.fromisoformat(published))
    assert not result.is_ict_trade_report, f"{why}: {result.facts}"


@pytest.mark.parametrize(
    "text",
    [
        "Korea's May ICT export figures are due Monday. Economists see a 6% rise.",
        "이번 주 목요일 11월 ICT 수출입 동향이 발표될 예정이다.",
    ],
)
def test_an_announced_release_alone_names_no_ict_trade(text: str) -> None:
    from scraper.parser.classify import is_ict_trade_report

    assert not is_ict_trade_report(text)
    assert is_ict_trade_report(f"ICT exports rose 4.2% to $15.1 billion in April. {text}")
