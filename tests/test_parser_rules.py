"""Rules of the language found after the causes of `test_parser_causes.py`: each case is an invented
sentence (new wording, new figures) that the parser read wrongly before its rule existed.

Same shape as the cause tests: the facts a text must give, and keys it must not give.
"""

from __future__ import annotations

import pytest

from tests.test_parser_causes import Key, Numbers, assert_reads, k, read

CASES: list[tuple[str, str, str, dict[Key, Numbers], list[Key]]] = [
    (
        "en: a cause with a comparative ('grew on stronger phone parts exports') is an aside: the partner after it"
        " in the sentence is the ICT total's, not that item's",
        "2031-04-14",
        "Korea's ICT exports rose 3.4 percent in March 2031. Shipments to India (9.1%↑) grew on stronger phone parts"
        " exports, while those to Japan (2.6%↓) slipped.",
        {k("2031-03", region="india"): (None, 9.1, None), k("2031-03", region="japan"): (None, -2.6, None)},
        [k("2031-03", item="mobile_phone_parts", region="japan")],
    ),
    (
        "en: a name after 'led by' whose change and amount follow it set off by a comma ('led by memory, up 12.1"
        " percent to $X') is a breakdown with its own figures, not a cause",
        "2031-08-14",
        "Korea's ICT exports to Japan grew 6.3 percent to $1.42 billion in July 2031, led by memory, up 12.1 percent"
        " to $0.52 billion, and displays, down 2.2 percent at $0.31 billion.",
        {
            k("2031-07", region="japan"): (1.42e9, 6.3, None),
            k("2031-07", item="memory", region="japan"): (0.52e9, 12.1, None),
            k("2031-07", item="displays", region="japan"): (0.31e9, -2.2, None),
        },
        [],
    ),
    (
        "en: a share named in an apposition closed by a comma ('Displays, a big share of the sector's exports,"
        " gained 3.1 percent') leaves the change after it year on year",
        "2031-06-14",
        "Korea's IT exports rose 4.2 percent in May 2031. Displays, a big share of the sector's exports, gained 3.1"
        " percent to $2.05 billion.",
        {k("2031-05", item="displays"): (2.05e9, 3.1, None)},
        [],
    ),
    (
        "en: a price that opens the sentence as the cause that moves the trade ('Weaker DRAM prices pushed memory"
        " exports down …') is no other statistic: the figures are the exports'",
        "2031-05-14",
        "Korea's IT exports slipped 2.4 percent in April 2031. Weaker DRAM prices pushed memory exports down 9.2"
        " percent to $3.17 billion, while higher panel prices lifted display shipments 5.5 percent to $1.88 billion.",
        {k("2031-04", item="memory"): (3.17e9, -9.2, None), k("2031-04", item="displays"): (1.88e9, 5.5, None)},
        [],
    ),
    (
        "en: an apposition that tells the subject's share of a whole ('Handset exports, roughly a third of all IT"
        " shipments abroad, fell …', '…, a big part of the sector's exports,') leaves the subject the item's",
        "2031-06-14",
        "Korea's IT exports rose 4.2 percent in May 2031. Handset exports, roughly a third of all IT shipments"
        " abroad, fell 6.4 percent to $2.31 billion, while displays, a big part of the sector's exports, gained"
        " 3.1 percent to $2.05 billion.",
        {
            k("2031-05"): (None, 4.2, None),
            k("2031-05", item="mobile_phones"): (2.31e9, -6.4, None),
            k("2031-05", item="displays"): (2.05e9, 3.1, None),
        },
        [],
    ),
    (
        "en: a chart caption's unit note written like an amount ('(unit: USD 100 million, % change on-year)',"
        " '(10 billion USD, %, on-year)') is no amount, so the month's figure is the headline's",
        "2031-06-10",
        "Korea's ICT exports set a monthly record in May 2031.\n▲ICT exports by quarter (unit: USD 100 million, %"
        " change on-year)\nMay exports reach $23.4 Bn, 12% above a year ago",
        {k("2031-05"): (23.4e9, 12.0, None)},
        [],
    ),
    (
        "en: 'inbound' before 'shipments' names the flow, not goods the lexicon does not know ('Inbound shipments"
        " rose …' after the exports are the ICT imports)",
        "2029-11-14",
        "ICT exports hit $18.40 billion in October, the ministry said. Inbound shipments rose 6.2 percent to"
        " $10.15 billion.",
        {k("2029-10"): (18.40e9, None, None), k("2029-10", "import"): (10.15e9, 6.2, None)},
        [],
    ),
    (
        "en: an amount after 'down from' dated by its month and 'last year' ('down from $10.42 billion in March"
        " last year', 'in March of last year') is the year-earlier value, not a second figure of the month",
        "2030-04-11",
        "ICT exports weaken\n\nICT exports totaled $9.87 billion in March, down from $10.42 billion in March last"
        " year. Imports reached $6.15 billion, up from $5.96 billion in March of last year.",
        {k("2030-03"): (9.87e9, None, 10.42e9), k("2030-03", "import"): (6.15e9, None, 5.96e9)},
        [],
    ),
    (
        "en: a period after 'up from' and an amount written in words ('up from 7.71 billion dollars in April 2029',"
        " 'USD 4.02 billion in April 2029') dates that base, not every figure before it",
        "2030-05-13",
        "ICT trade in April\n\nICT exports rose 6.4% from a year earlier to 8.20 billion dollars, up from 7.71 billion"
        " dollars in April 2029. Imports grew 3.0% to USD 4.14 billion, up from USD 4.02 billion in April 2029.",
        {k("2030-04"): (8.20e9, 6.4, 7.71e9), k("2030-04", "import"): (4.14e9, 3.0, 4.02e9)},
        [],
    ),
    (
        "en: a month of last year after a change's 'over' or 'from' ('up 3.9% over August of last year', 'a 6.1% rise"
        " over August of last year, when they stood at $X') is the base of the change, not its period",
        "2029-09-12",
        "August ICT trade\n\nICT exports reached $17.26 billion in August, up 3.9% over August of last year. For"
        " August alone, imports came to $9.84 billion, a 6.1% rise over August of last year, when they stood at"
        " $9.27 billion. Chip exports were $8.10 billion, down 2.2% from August of 2028.",
        {
            k("2029-08"): (17.26e9, 3.9, None),
            k("2029-08", "import"): (9.84e9, 6.1, 9.27e9),
            k("2029-08", item="semiconductors"): (8.10e9, -2.2, None),
        },
        [k("2028-08")],
    ),
    (
        "en: 'in the black by $X' and '$X in black ink' are the size of a surplus, not a change or the exports",
        "2031-03-13",
        "ICT trade in February\n\nKorea's ICT industry closed February with $5.61 billion in black ink, as chip"
        " shipments stayed firm. Exports rose 2.8% to $14.90 billion. For January-February, the sector's trade"
        " balance was in the black by $10.37 billion.",
        {
            k("2031-02", "balance"): (5.61e9, None, None),
            k("2031-02"): (14.90e9, 2.8, None),
            k("2031-01/2031-02", "balance"): (10.37e9, None, None),
        },
        [],
    ),
    (
        "en: 'Middle Eastern countries' name the Middle East as a partner ('shipments to Middle Eastern countries"
        " rose …')",
        "2030-10-14",
        "ICT exports rose 4.4 percent to $16.02 billion in September. Shipments to Middle Eastern countries rose"
        " 12.6 percent.",
        {k("2030-09", region="middle_east"): (None, 12.6, None)},
        [],
    ),
    (
        "en: the amount after a change's noun and 'from' ('a 1.8% on-year gain from $7.66 billion') is the base of"
        " the change, the year-earlier value",
        "2028-11-13",
        "ICT exports rose 3.1% to $17.40 billion in October. Imports came to $7.80 billion, a 1.8% on-year gain"
        " from $7.66 billion.",
        {k("2027-10", "import"): (7.66e9, None, None), k("2028-10", "import"): (7.80e9, 1.8, 7.66e9)},
        [],
    ),
    (
        "ko: the flow word after a figure and its value in won ('7억4000만달러(9680억원)어치 수출에 그쳤다') is the"
        " figure's own, so the item goes on into a next sentence that gives only the change",
        "2016-05-13",
        "4월 ICT 수출\n\n4월 ICT 수출은 142억달러였다.\n\n디스플레이는 7억4000만달러(9680억원)어치 수출에 그쳤다."
        " 1년 전보다 11.2% 줄어든 수준이다.",
        {k("2016-04", item="displays"): (7.4e8, -11.2, None)},
        [],
    ),
    (
        "ko: a partner after a clause whose verb ends in any adnominal form ('디스플레이 수출이 크게 줄어든 중국',"
        " '늘어난', '커진') is the subject: the item is the clause's, the figures are the partner's whole",
        "2022-04-14",
        "3월 ICT 수출 증가\n3월 ICT 수출은 212억 달러로 2.3% 늘었다. 국가별로는 디스플레이 수출이 크게 줄어든"
        " 중국으로의 수출이 51억 달러로 8.8% 감소했다.",
        {k("2022-03", region="china"): (5.1e9, -8.8, None)},
        [k("2022-03", item="displays", region="china")],
    ),
    (
        "ko: a year-earlier figure a reason names ('작년 6월 수출이 31억 달러로 컸던 데 따른 기저효과로') is dated by"
        " its own period alone: the changes after the reason keep the story's month",
        "2020-07-15",
        "6월 ICT 수출 감소\n6월 ICT 수출은 151억 달러로 7.1% 줄었다. 디스플레이 수출은 18억 달러에 머물렀다. 작년 6월"
        " 수출이 31억 달러로 컸던 데 따른 기저효과로 LCD 수출은 28.4%, OLED 수출은 12.9% 감소했다.",
        {k("2020-06", item="lcd"): (None, -28.4, None), k("2020-06", item="oled"): (None, -12.9, None)},
        [k("2019-06", item="lcd"), k("2019-06", item="oled")],
    ),
    (
        "ko: a month in a clause that tells of a turn and describes the name after it ('8월에 11개월 만에 증가세로"
        " 전환한 디스플레이도 X') dates the turn, not the figure: the figure keeps the story's month",
        "2021-10-14",
        "9월 ICT 수출 증가\n9월 ICT 수출은 191억 달러로 3.2% 늘었다. 반도체 수출은 99억 달러로 1.1% 감소했다. 8월에"
        " 11개월 만에 증가세로 전환한 디스플레이도 24억3000만 달러로 6.8% 늘었다.",
        {k("2021-09", item="displays"): (2.43e9, 6.8, None)},
        [k("2021-08", item="displays")],
    ),
    (
        "ko: '역시' and '또한' after a name mark the sentence's topic as 도 does ('컴퓨터 역시 SSD 출하가 늘어 X어치가"
        " 수출됐다'), so a noun in the reason clause after it is no subject",
        "2019-11-14",
        "10월 ICT 수출 증가\n10월 ICT 수출은 183억 달러로 4.4% 늘었다. 컴퓨터 역시 SSD 출하가 늘어 9억2000만"
        " 달러어치가 수출됐다.",
        {k("2019-10", item="computers"): (9.2e8, None, None)},
        [k("2019-10", item="ssd")],
    ),
    (
        "ko: after a topic ('휴대폰은'), a noun marked 이/가 whose predicate ends in a -해/-려/-져 form ('부분품 수요가"
        " 탄탄해') names the reason, so the rate after it is the topic's",
        "2024-08-14",
        "7월 ICT 수출 증가\n7월 ICT 수출은 171억 달러로 6.2% 늘었다. 휴대폰은 인도향 부분품 수요가 탄탄해 감소율이"
        " 3.1%에 머물렀다. 완제품 수출은 9.4% 줄었다.",
        {k("2024-07", item="mobile_phones"): (None, -3.1, None)},
        [k("2024-07", item="mobile_phone_parts")],
    ),
    (
        "en: an item's name before 'makers' ('a tough quarter for the country's display makers') names"
        " companies, so the bare flow after it in the paragraph is the ICT total",
        "2024-04-16",
        "ICT exports slide in March\n\nKorea's ICT exports fell for a third month in March, a tough quarter for"
        " the country's display makers. Exports came to $15.72 billion in March, the ministry said, against $16.95"
        " billion a year earlier.",
        {k("2024-03"): (15.72e9, None, 16.95e9)},
        [k("2024-03", item="displays")],
    ),
    (
        "ko: where every line is one sentence, a breakdown a line opens with its period ('상반기 품목별로는 …') goes on"
        " into the next line that names no period of its own ('컴퓨터는 …, 휴대폰은 …다')",
        "2027-07-15",
        "6월 ICT 수출 4.1% 증가\n6월 ICT 수출은 201억3000만달러로 4.1% 늘었다.\n"
        "수입은 118억2000만달러로 2.2% 줄었다.\n무역수지는 83억1000만달러 흑자였다.\n"
        "상반기 품목별로는 반도체가 702.4억달러로 6.3% 늘었다.\n"
        "컴퓨터는 61.5억달러(△2.8%), 휴대폰은 57.3억달러(△4.4%)다.\n"
        "전문가들은 하반기 회복을 점쳤다.",
        {
            k("2027-01/2027-06", item="computers"): (6.15e9, -2.8, None),
            k("2027-01/2027-06", item="mobile_phones"): (5.73e9, -4.4, None),
        },
        [k("2027-06", item="computers"), k("2027-06", item="mobile_phones")],
    ),
    (
        "en: a paragraph's last sentence that ends on a unit note and a colon ('The ministry's own figures (USD"
        " billion):') declares the unit of the table below it, however long the paragraph",
        "2031-09-12",
        "Handset parts lift August ICT exports\n\nKorea's ICT exports grew for a ninth month in August, the ministry"
        " said on Friday, led by phone parts and memory chips shipped to India and Vietnam. The sector's surplus"
        " widened to $9.84 billion. The ministry's own figures (USD billion):\n\n| Item | Aug 2030 | Aug 2031 |"
        " YoY (%) |\n\n| ICT exports | 19.22 | 21.07 | 9.6 |\n\n| Memory | 6.31 | 7.45 | 18.1 |\n\n"
        "| Displays | 2.14 | 1.98 | -7.5 |",
        {
            k("2031-08"): (21.07e9, 9.6, 19.22e9),
            k("2031-08", item="memory"): (7.45e9, 18.1, 6.31e9),
            k("2031-08", item="displays"): (1.98e9, -7.5, 2.14e9),
        },
        [],
    ),
    (
        "ko: a verbless sentence's full stop before a sentence that opens on a figure ('흑자는 718억3000만달러. 9월만"
        " 보면 …') ends it, so a list of flows after it is its own",
        "2021-10-15",
        "1~9월 ICT 수출 1620억달러\n\n1~9월 ICT 수출은 1620억4000만달러로 4.2% 늘었다. 수입은 902억1000만달러"
        "(3.3%↑), 흑자는 718억3000만달러. 9월만 보면 수출 183억5000만달러, 수입 97억2000만달러로 각각 6.4%,"
        " 2.7% 늘었다.",
        {k("2021-09"): (18.35e9, 6.4, None), k("2021-09", "import"): (9.72e9, 2.7, None)},
        [k("2021-09", "balance")],
    ),
    (
        "ko: where every line is one sentence, a line that opens on a part of the last line's figure ('이 가운데"
        " 반도체가 …') breaks down that figure, a partner's imports too",
        "2022-09-15",
        "8월 ICT 수입 일본산 증가\n8월 ICT 수출은 188억1000만달러로 3.2% 줄었다.\n"
        "수입은 121억4000만달러로 9.9% 늘었다.\n증가를 주도한 것은 일본이다.\n"
        "일본으로부터의 ICT 수입은 17억6000만달러로 22.4% 늘었다.\n"
        "이 가운데 반도체가 9억3000만달러(31.5%↑)였다.\n"
        "중국산 수입은 40억2000만달러로 5.1% 증가했다.",
        {k("2022-08", "import", "semiconductors", "japan"): (9.3e8, 31.5, None)},
        [k("2022-08", "import", "semiconductors")],
    ),
    (
        "ko: a partner's exports a sentence opens on as its frame ('인도향 수출에서는 A가 …, B가 …') hold for every"
        " item of its list, at a line's head too",
        "2021-06-11",
        "5월 ICT 수출 동향\n\n5월 ICT 수출은 171억2000만달러로 9.8% 늘었다.\n인도향 수출에서는 휴대폰 부품이"
        " 5억2000만달러로 7.4%, 반도체가 3억1000만달러로 2.2% 각각 증가했다.",
        {
            k("2021-05", item="mobile_phone_parts", region="india"): (5.2e8, 7.4, None),
            k("2021-05", item="semiconductors", region="india"): (3.1e8, 2.2, None),
        },
        [k("2021-05", item="semiconductors")],
    ),
    (
        "en: a forecast keeps the amount it compares with when the amount carries its own past marker"
        " ('are expected to surpass last year's record of $X'; 'against $X in 2011'; 'the $X of 2021')",
        "2021-11-15",
        "ICT exports\nICT exports rose 9.4 percent to $17.2 billion in October. Full-year ICT exports are expected to"
        " surpass last year's record of $196.73 billion. The ministry forecasts chip exports of around $118 billion,"
        " against $98.42 billion in 2019. Analysts expect display exports to beat the $21.87 billion of 2018.",
        {
            k("2021-10"): (17.2e9, 9.4, None),
            k("2020-01/2020-12"): (196.73e9, None, None),
            k("2019-01/2019-12", item="semiconductors"): (98.42e9, None, None),
            k("2018-01/2018-12", item="displays"): (21.87e9, None, None),
        },
        [k("2021-01/2021-12"), k("2021-01/2021-12", item="semiconductors"), k("2020-01/2020-12", item="displays")],
    ),
    (
        "ko: a forecast keeps the amount it compares with when the amount carries its own past marker"
        " ('지난해 기록한 X를 넘어설 것으로 전망된다')",
        "2022-05-13",
        "4월 ICT 수출\n4월 ICT 수출은 198억 달러로 10.2% 늘었다. 올해 ICT 수출은 지난해 기록한 2,136억4천만 달러를"
        " 넘어설 것으로 전망된다.",
        {k("2022-04"): (19.8e9, 10.2, None), k("2021-01/2021-12"): (213.64e9, None, None)},
        [k("2022-01/2022-12")],
    ),
    (
        "en: a forecast's amount for a year to come, or one with no past marker of its own, stays muted"
        " ('expects ICT exports of $250 billion in 2022, up from this year')",
        "2021-12-15",
        "ICT exports\nICT exports rose 18.4 percent to $20.1 billion in November. The ministry expects ICT exports of"
        " $250 billion in 2022 and forecasts a surplus of about $90 billion against $80 billion.",
        {k("2021-11"): (20.1e9, 18.4, None)},
        [k("2022-01/2022-12"), k("2021-01/2021-12"), k("2022-01/2022-12", flow="balance")],
    ),
    (
        "en: an amount 'in contracts' and a share 'of contract value' are deals a programme's firms signed, not"
        " Korea's ICT exports",
        "2017-12-12",
        "Voucher scheme results: $61 million in contracts\n\nDevice makers backed by the agency's Global ICT Growth"
        " scheme signed export contracts worth $61.2 million this year.\n\nThe 96 participating firms found buyers"
        " in 17 countries. China accounted for 33% of contract value and India for 14%.",
        {},
        [k("2017-11"), k("2017-11", region="other:india"), k("2017-11", region="india")],
    ),
    (
        "ko: a figure '전체적으로' gives after a part's own figures on a bracket-labelled line ('○ (반도체) …"
        " 메모리 수출이 감소(…)하면서 전체적으로 X') is the label's whole, not the part's",
        "2012-05-02",
        "4월 IT 수출 동향\n□ 4월 IT 수출은 128.9억불(△2.2%)\n ○ (반도체) 낸드 가격 하락으로 메모리 수출이 감소(△5.3%,"
        " 21.8억불)하면서 전체적으로 39.6억불(△1.1%) 기록",
        {k("2012-04", item="memory"): (2.18e9, -5.3, None), k("2012-04", item="semiconductors"): (3.96e9, -1.1, None)},
        [],
    ),
    (
        "ko: a quarter 'to date' that its sentence measures against the same quarter a year before ('3분기 누적 … 작년"
        " 3분기보다') is the quarter, not January to its end",
        "2019-10-15",
        "3분기 ICT 수출 18% 감소\n\n9월 ICT 수출은 155억2000만달러로 12.1% 감소했다.\n\n3분기 누적 ICT 수출은"
        " 431억7000만달러로 작년 3분기보다 18.4% 줄었다.",
        {k("2019-07/2019-09"): (43.17e9, -18.4, None)},
        [k("2019-01/2019-09")],
    ),
    (
        "ko: after an amount in 억 dollars, a bare '억' amount with its change in brackets ('메모리 70.2억(+12.6%)') is"
        " in the same unit, the currency left out",
        "2022-04-02",
        "3월 ICT 수출 정리\n- 반도체 118.5억 달러 (+14.1%) 👉 메모리 70.2억(+12.6%), 시스템반도체 39.5억(+17.3%)\n"
        "지역별로는 중국 95.3억 달러로 9.0% 늘었고 미국 20.6억(+11.2%)도 증가했어요.",
        {
            k("2022-03", item="memory"): (7.02e9, 12.6, None),
            k("2022-03", item="system_semiconductors"): (3.95e9, 17.3, None),
            k("2022-03", region="us"): (2.06e9, 11.2, None),
        },
        [],
    ),
    (
        "ko: the partner prefix of a by-item list ('품목별 대미 수출은 반도체 …, 휴대폰 …') holds for every"
        " item in it, not the first alone",
        "2019-07-20",
        "상반기 대미 ICT 수출\n상반기 품목별 대미 수출은 반도체 41억2000만달러(+5.5%), 휴대폰 18억7000만달러(-6.1%),"
        " 디스플레이 9억9000만달러(+12.0%)로 집계됐다.",
        {
            k("2019-01/2019-06", item="semiconductors", region="us"): (4.12e9, 5.5, None),
            k("2019-01/2019-06", item="mobile_phones", region="us"): (1.87e9, -6.1, None),
            k("2019-01/2019-06", item="displays", region="us"): (0.99e9, 12.0, None),
        },
        [k("2019-01/2019-06", item="mobile_phones")],
    ),
    (
        "ko: a bracketed item that opens a release's bullet line labels it, before a reason ('○ (컴퓨터 및 주변기기)"
        " 수요 둔화로 …') or after the figures of the label before it in a run of labels",
        "2012-05-02",
        "4월 IT 수출 동향\n□ 4월 IT 수출은 131.2억불(△0.8%)\n ○ (컴퓨터 및 주변기기) 수요 둔화로 7.6억불(△4.4%)\n"
        " ○ (패널) 21.5억불(△3.3%), (컴퓨터·주변기기) 7.6억불(△4.4%), (통신장비) 1.2억불(△9.0%)",
        {
            k("2012-04", item="computers_peripherals"): (0.76e9, -4.4, None),
            k("2012-04", item="communication_equipment"): (0.12e9, -9.0, None),
        },
        [],
    ),
    (
        "en: 'Panels:' as the label of a release's item line is display panels",
        "2013-03-04",
        "IT exports\nIT exports in February were US$11.8 billion, up 1.2%.\n\n - Chips: US$3.96 billion, up 5.0%.\n"
        " - Panels: US$1.98 billion, up 4.2%, on new TV models.",
        {k("2013-02", item="displays"): (1.98e9, 4.2, None)},
        [],
    ),
    (
        "en: a partner that 'bought $X in Korean ICT products in the second half' bought it in the half, not in the"
        " month named in the sentence before",
        "2018-01-15",
        "ICT exports\nICT exports grew 5.0 percent in the second half. In December alone, ICT exports rose 1.5"
        " percent to US$16.2 billion.\n\nThe United States bought US$10.82 billion in Korean ICT products in the"
        " second half, up 6.1 percent.",
        {k("2017-07/2017-12", region="us"): (10.82e9, 6.1, None)},
        [k("2017-12", region="us")],
    ),
    (
        "en: the half or quarter a change is measured against ('5.2% above the same half of 2013', 'below the same"
        " quarter of 2015') is the base, not the period of the figure",
        "2015-02-13",
        "ICT trade\nICT imports were US$51.2 billion in the first half. Exports in the second half reached US$94.37"
        " billion, 5.2% above the same half of 2013.",
        {k("2014-07/2014-12"): (94.37e9, 5.2, None)},
        [k("2013-07/2013-12")],
    ),
    (
        "en: a quarter's gain over the first quarter of last year dates the base, not the quarter's figure",
        "2019-04-13",
        "ICT exports\nIn the first quarter ICT exports stood at US$44.08 billion, a 6.2% gain over the first quarter"
        " of last year.",
        {k("2019-01/2019-03"): (44.08e9, 6.2, None)},
        [k("2018-01/2018-03")],
    ),
    (
        "en: a forecast an English modal opens keeps the amount it compares with when its sentence dates it to a year"
        " already over ('are likely to fall short of 2018's peak of $220.3 billion')",
        "2019-08-14",
        "ICT exports\nICT exports fell 21.1 percent to $15.4 billion in July. Analysts say full-year shipments are"
        " likely to fall short of 2018's peak of $220.3 billion, and chip exports may drop 20 percent.",
        {k("2019-07"): (15.4e9, -21.1, None), k("2018-01/2018-12"): (220.3e9, None, None)},
        [k("2019-01/2019-12"), k("2019-07", item="semiconductors")],
    ),
    (
        "en: all-goods trade with a partner ('exports of all goods to Malaysia', 'goods deficit with Malaysia')"
        " in a story about that partner is not ICT trade with it",
        "2021-04-14",
        "Malaysia draws Korean gadget makers\n\nKorean exports of all goods to Malaysia came to $205 million in March,"
        " customs data show. Korea's ICT exports to Malaysia rose 6.4 percent to $47 million in March.\n\nKorea's goods"
        " deficit with Malaysia reached $2.8 billion last year.",
        {k("2021-03", region="other:malaysia"): (47e6, 6.4, None)},
        [k("2020-01/2020-12", "balance", region="other:malaysia")],
    ),
    (
        "ko: all goods to one partner ('대호주 전체 수출은', '캐나다 전체 수출은') in a partner story is not ICT trade"
        " with it",
        "2021-04-14",
        "호주향 ICT 수출 늘어\n\n산업부 집계로 3월 대호주 전체 수출은 8억7000만달러였다. 과기정통부에 따르면 호주로의"
        " ICT 수출은 1억3000만달러로 1년 전보다 5.6% 늘었다.",
        {k("2021-03", region="other:australia"): (0.13e9, 5.6, None)},
        [],
    ),
    (
        "en: Korea buying ICT goods from a partner ('South Korea purchased $X worth of ICT products from Thailand')"
        " is an import from it, not an export",
        "2021-09-14",
        "ICT exports rose 3.3 percent to $17.41 billion in August. South Korea purchased $38 million worth of ICT"
        " products from Thailand in the month, down 2.7 percent.",
        {k("2021-08"): (17.41e9, 3.3, None), k("2021-08", "import", region="other:thailand"): (38e6, -2.7, None)},
        [k("2021-08", region="other:thailand")],
    ),
    (
        "ko: a 종합 story's opening whole ('관세청 집계로 5월 전체 수출액은 …') sourced to the office of the"
        " all-industry figures is the economy's, with the imports and balance after it, up to the ICT part",
        "2021-06-15",
        "수출 호조…ICT 수출도 5월 최대(종합)\n\n관세청 집계로 5월 전체 수출액은 507억3000만달러로 45.6% 늘었다."
        " 수입은 477억1000만달러, 무역수지는 30억2000만달러 흑자다.\n\n과기정통부가 발표한 '5월 ICT 수출입 동향'을 보면"
        " ICT 수출은 177억2000만달러로 31.8% 증가했다.\n\nICT 수입은 96억4000만달러로 18.1% 늘었고, 수지는"
        " 80억8000만달러 흑자였다.",
        {
            k("2021-05"): (17.72e9, 31.8, None),
            k("2021-05", "import"): (9.64e9, 18.1, None),
            k("2021-05", "balance"): (8.08e9, None, None),
        },
        [k("2021-01/2021-05")],
    ),
    (
        "en: a columnist's 'overall trade deficit' is the economy's, not an ICT balance",
        "2021-06-15",
        "Opinion: Tech alone won't save us\n\nICT exports climbed to $17.72 billion in May, up 31.8 percent. Still,"
        " Korea posted an overall trade deficit of $0.9 billion in May.",
        {k("2021-05"): (17.72e9, 31.8, None)},
        [k("2021-05", "balance")],
    ),
    (
        "ko: a headline's partner named as where the trade fares ('…, 인도서 날개…6월 수출 15% 늘어') is the market of"
        " the bare flow after the ellipsis, not the ICT total",
        "2021-07-15",
        "K-ICT, 인도서 날개…6월 수출 15% 늘어\n\n과기정통부에 따르면 인도로의 ICT 수출은 5억6000만달러로 1년 전보다"
        " 14.8% 늘었다.\n\n같은 달 ICT 수출 전체는 188억8000만달러로 3.1% 증가했다.",
        {k("2021-06"): (18.88e9, 3.1, None), k("2021-06", region="india"): (0.56e9, 14.8, None)},
        [],
    ),
    (
        "en: a newsletter's shorthand 'M:' before an amount is imports, as 'X:' is exports",
        "2021-11-16",
        "Desk note: tech trade\n- Oct ICT X: $17.30bn, +4.2% YoY.\n- M: $9.12bn, +0.6%.",
        {k("2021-10"): (17.30e9, 4.2, None), k("2021-10", "import"): (9.12e9, 0.6, None)},
        [],
    ),
    (
        "en: a bullet listing destinations each with its amount ('Top markets: Vietnam $2.61bn …, Japan $0.44bn …')"
        " leaves no one partner to the total line after it",
        "2021-11-16",
        "TECH TRADE (MSIT)\n- Oct ICT X: $17.30bn, +4.2% YoY.\n- Top markets: Vietnam $2.61bn (+9.9%), Japan"
        " $0.44bn (-1.2%).\n- Jan-Oct cumulative X: $163.55bn, +6.8%.",
        {k("2021-01/2021-10"): (163.55e9, 6.8, None), k("2021-10", region="japan"): (0.44e9, -1.2, None)},
        [k("2021-01/2021-10", region="japan")],
    ),
    (
        "en: a partner as subject buying '$X worth of Korean <item>' is that item's exports to the partner, not the"
        " ICT total's",
        "2021-11-16",
        "Phone exports fell 2.9 percent to $1.04 billion in October. Vietnam stayed the top market, absorbing $0.37"
        " billion worth of Korean phones in October. ICT exports rose 4.2 percent to $17.30 billion.",
        {k("2021-10", item="mobile_phones", region="vietnam"): (0.37e9, None, None)},
        [k("2021-10", region="vietnam")],
    ),
    (
        "ko: '느는' is 늘다 without its ㄹ, a rise ('2.6% 느는 데 그쳤다' after a clause that fell)",
        "2021-04-14",
        "지난달 ICT 수출은 188억달러로 3.1% 증가했다. 반면 디스플레이는 14억2000만달러로 7.7% 줄었고 휴대폰은"
        " 9억1000만달러로 2.6% 느는 데 그쳤다.",
        {k("2021-03", item="displays"): (1.42e9, -7.7, None), k("2021-03", item="mobile_phones"): (0.91e9, 2.6, None)},
        [],
    ),
    (
        "en: 'the three months to June' are April to June, not January to June, and 'X% short of' a base is a fall",
        "2019-07-12",
        "Quarter note\nIn the three months to June, ICT exports came to $44.63 billion, 5.2% short of a year earlier."
        " Imports eased 0.7% to $25.12 billion.",
        {k("2019-04/2019-06"): (44.63e9, -5.2, None), k("2019-04/2019-06", "import"): (25.12e9, -0.7, None)},
        [k("2019-01/2019-06"), k("2019-06", "import")],
    ),
    (
        "en: a table whose header is only the amount column with its unit and the change column ('Value (US$ bn)"
        " YoY (%)'), its caption before it on the line or above it, is read row by row; items under the flows are"
        " exports",
        "2018-05-11",
        "ICT TRADE, APRIL 2018 (preliminary)\n\n              Value (US$ bn)   YoY (%)\nExports            16.84"
        "        +9.6\nImports             8.27        -1.4\nBalance             8.57           -\nDisplays    "
        "        2.36        -6.2\n\nMARKETS             Value (US$ bn)   YoY (%)\n Vietnam             3.41"
        "       +12.8\n Japan               0.62        -3.1\n",
        {
            k("2018-04"): (16.84e9, 9.6, None),
            k("2018-04", "import"): (8.27e9, -1.4, None),
            k("2018-04", "balance"): (8.57e9, None, None),
            k("2018-04", item="displays"): (2.36e9, -6.2, None),
            k("2018-04", region="vietnam"): (3.41e9, 12.8, None),
            k("2018-04", region="japan"): (0.62e9, -3.1, None),
        },
        [k("2018-04", "import", item="displays")],
    ),
    (
        "en: 'for the quarter as a whole' is the quarter of the month named before it, not that month",
        "2019-10-24",
        "Q3 review\nIn September ICT exports were $15.62 billion, down 4.4%. Phone exports fell 12.3% to $1.18 billion"
        " in the same month.\nFor the quarter as a whole, semiconductor exports came to $26.41 billion, down 1.9%.",
        {k("2019-07/2019-09", item="semiconductors"): (26.41e9, -1.9, None)},
        [k("2019-09", item="semiconductors")],
    ),
    (
        "en: a sentence with no figure that opens with a month of the report's quarter ('July was the best month of"
        " the quarter.') makes that month the subject of the figures after it",
        "2018-10-19",
        "ICT quarterly\nIn the third quarter Korea's ICT exports rose 6.2%. July was the best month of the quarter."
        " Exports of $16.35 billion were 11.7% higher than a year before, and chip exports reached $9.14 billion,"
        " a 28.6% gain.",
        {
            k("2018-07"): (16.35e9, 11.7, None),
            k("2018-07", item="semiconductors"): (9.14e9, 28.6, None),
        },
        [k("2018-07/2018-09", item="semiconductors")],
    ),
    (
        "en: an agency's annual review titled with last year ('2016 ICT Trade Review', out in April) is about that"
        " year: the lead's and the list lines' figures with no period of their own are the year's",
        "2017-04-07",
        "2016 ICT Trade Review\n\nKorea's ICT trade surplus reached US$71.87 billion in 2016. Exports fell 3.2% to"
        " US$162.38 billion, and imports slipped 2.6% to US$90.51 billion.\n\nMarkets\nVietnam: US$23.77 billion,"
        " up 21.4%.\nJapan: US$3.05 billion, down 9.8%.",
        {
            k("2016-01/2016-12"): (162.38e9, -3.2, None),
            k("2016-01/2016-12", "import"): (90.51e9, -2.6, None),
            k("2016-01/2016-12", region="vietnam"): (23.77e9, 21.4, None),
            k("2016-01/2016-12", region="japan"): (3.05e9, -9.8, None),
        },
        [k("2017-01/2017-03"), k("2017-03", region="japan")],
    ),
    (
        "en: a title that names ICT trade (not a flow) with its year ('Annual note: ICT trade in 2018') names the"
        " report's period for the item lines under it",
        "2019-01-22",
        "Annual note: ICT trade in 2018\n\nExports climbed 8.8% to US$220.31 billion.\n\nItems\nDisplays:"
        " US$24.91 billion, -9.6%.\nComputers: US$11.27 billion, +14.2%.",
        {
            k("2018-01/2018-12", item="displays"): (24.91e9, -9.6, None),
            k("2018-01/2018-12", item="computers"): (11.27e9, 14.2, None),
        },
        [k("2018-12", item="displays")],
    ),
    (
        "en: under a breakdown's caption with its unit ('Markets (US$ bn, % y-o-y)'), a single space-aligned row"
        " is that table's",
        "2019-05-16",
        "ICT TRADE WATCH - April 2019\n\nICT exports US$16.37 billion (+8.8% y-o-y)\n\nMarkets (US$ bn, % y-o-y)\n"
        "India 0.47 +13.9",
        {k("2019-04", region="india"): (0.47e9, 13.9, None)},
        [],
    ),
    (
        "en: a bare year after 'annual' in a running-total sentence ('… the previous annual record of … set in 2017')"
        " is that whole year, not the running total's months of it",
        "2019-11-14",
        "Korea's ICT exports fell 2.9 percent on-year to 16.21 billion dollars in October.\n\nICT exports for the"
        " first ten months of the year came to 168.73 billion dollars, already above the previous annual record"
        " of 165.2 billion dollars set in 2017.",
        {k("2017-01/2017-12"): (165.2e9, None, None)},
        [k("2017-01/2017-10")],
    ),
    (
        "en: a bare 'panels' as a list's label before its amount ('…, panels US$1.97bn (-6.4%)') is displays",
        "2019-05-17",
        "Seoul tech brief - 17 May 2019\n\n* ICT exports: US$16.37bn in April, +8.8% YoY.\n* Items: handsets"
        " US$1.21bn (-3.3%), panels US$1.97bn (-6.4%), PCs US$0.88bn (+12.0%).",
        {k("2019-04", item="displays"): (1.97e9, -6.4, None)},
        [],
    ),
    (
        "en: dot leaders from a table row's label to its cells ('Displays ....... 2.08 ..... -4.7', a long label's"
        " 'peripherals . 0.93') are a column gap, and a dashed sub-row ('  - OLED …') is a row",
        "2019-05-16",
        "TECH TRADE BULLETIN - April 2019\n\nICT exports US$16.37 billion (+8.8% y-o-y); imports US$9.05 billion"
        " (+3.4%)\n\nBy product (US$ bn, % y-o-y)\nDisplays ....... 2.08 ..... -4.7\n  - OLED ....... 1.02 ..... +9.6\n"
        "Computers and peripherals . 0.93 ..... +21.5\n\nBy market (US$ bn, % y-o-y)\n"
        "China ........... 8.12 ..... +5.3\nUnited States ... 2.64 ..... -1.8",
        {
            k("2019-04", item="displays"): (2.08e9, -4.7, None),
            k("2019-04", item="oled"): (1.02e9, 9.6, None),
            k("2019-04", item="computers_peripherals"): (0.93e9, 21.5, None),
            k("2019-04", region="china"): (8.12e9, 5.3, None),
            k("2019-04", region="us"): (2.64e9, -1.8, None),
        },
        [],
    ),
    (
        "en: with no month in the headline, a month before the one a partner's lead named is a comparison"
        " ('… from a 6.2 percent fall in March'), not the report's month for the sentences after",
        "2019-05-13",
        "Korea's IT shipments to Vietnam climb\nSEOUL, May 13 Kyodo\nSouth Korea's IT exports to Vietnam rose 11.3"
        " percent in April from a year earlier to $2.84 billion, the ministry said.\nOverall IT exports edged down"
        " 1.9 percent to $15.07 billion, easing from a 6.2 percent fall in March.\nIT imports from Vietnam"
        " amounted to $1.12 billion, up 7.5 percent.",
        {k("2019-04", flow="import", region="vietnam"): (1.12e9, 7.5, None)},
        [k("2019-03", flow="import", region="vietnam")],
    ),
    (
        "en: a bare flow after 'while' goes on about the whole economy that opened the sentence ('Korea's total"
        " exports …, while imports …'), so the ICT import line after it is kept",
        "2019-05-20",
        "Economy\nKorea's overall exports in April slipped 2.0 per cent on-year to US$48.86 billion, while imports"
        " climbed 2.6 per cent to US$44.72 billion.\nICT sector\nICT exports reached US$16.37 billion in April,"
        " up 8.8 per cent from a year earlier. ICT imports stood at US$9.05 billion (+3.4%).",
        {k("2019-04", flow="import"): (9.05e9, 3.4, None)},
        [],
    ),
    (
        "en: 'grew at a slower pace of X per cent' compares two growth rates; the verb, not 'slower', gives the sign",
        "2019-05-15",
        "South Korea's ICT exports climbed 8.8 per cent year-on-year to US$16.37 billion in April. Imports"
        " advanced at a slower pace of 3.4 per cent to US$9.05 billion.",
        {k("2019-04", flow="import"): (9.05e9, 3.4, None)},
        [],
    ),
    (
        "ko: a release block that opens with the year in brackets ('□ (\u201917년 연간) …') dates the bullets under it,"
        " though the year is January to the report's December",
        "2018-01-15",
        "2017년 ICT 수출 1,976억 달러, 12월은 역대 12월 최대\n□ ('17년 연간) ICT 수출은 1,976.1억 달러로"
        " 전년 대비 21.6% 증가\n ○ 지역별로는 중국(홍콩 포함, 1,064.2억 달러, 22.1%↑), EU(88.3억 달러, 9.4%↑)는"
        " 증가\n□ (12월) ICT 수출은 170.5억 달러로 10.3% 증가\n ○ 중국(홍콩 포함) 91.6억 달러(12.0%↑)",
        {
            k("2017-01/2017-12", region="eu"): (8.83e9, 9.4, None),
            k("2017-12", region="china"): (9.16e9, 12.0, None),
        },
        [k("2017-12", region="eu")],
    ),
    (
        "ko: a source in parentheses after the verb ('…성장했다(가트너).') still ends the sentence, so the next"
        " sentence's items keep their own figures",
        "2019-03-14",
        "2월 ICT 수출 감소\n2월 ICT 수출은 143억7000만달러로 8.2% 줄었다. 세계 메모리 시장은 전년 대비 4.4%"
        " 위축됐다(가트너). 디스플레이는 17억3000만달러로 6.1% 줄었으며, 컴퓨터는 8억9000만달러를 기록해 3.8% 늘었다.",
        {
            k("2019-02", item="displays"): (1.73e9, -6.1, None),
            k("2019-02", item="computers"): (0.89e9, 3.8, None),
        },
        [],
    ),
    (
        "en: an apposition saying what a partner's total consists of (', almost entirely …,' ', nearly all of them"
        " …,') names no item: the figure is the partner's total",
        "2021-06-11",
        "ICT exports up in May\nICT exports rose 11.8% to $17.44 billion in May. Exports to Japan, almost entirely"
        " phone parts, climbed 31.5 percent to $0.52 billion, and exports to India, nearly all of them computers,"
        " slipped 4.2 percent to $0.21 billion.",
        {
            k("2021-05", region="japan"): (0.52e9, 31.5, None),
            k("2021-05", region="india"): (0.21e9, -4.2, None),
        },
        [k("2021-05", item="computers", region="india"), k("2021-05", item="mobile_phones", region="japan")],
    ),
    (
        "en: bare 'panels' inside a sentence, before its figures or a verb of change or amount, is displays",
        "2013-05-14",
        "ICT exports edge up in April\nICT exports rose 1.7 percent to $12.86 billion in April. Chips (USD 4.03"
        " billion, ▲3.9%) and panels (USD 2.31 billion, ▼7.4%) diverged. Phones grew 4.4 percent, while panels"
        " slipped 7.4 percent. Exports to China came to $5.02 billion; of that, panels made up $1.12 billion.",
        {
            k("2013-04", item="displays"): (2.31e9, -7.4, None),
            k("2013-04", item="displays", region="china"): (1.12e9, None, None),
        },
        [k("2013-04", item="mobile_phones", region="china")],
    ),
    (
        "en: a world-market sentence opening with the adverb 'Worldwide,' is not Korea's trade",
        "2019-04-12",
        "ICT exports fall in March\nICT exports fell 9.6 percent to $16.01 billion in March. Worldwide, memory sales"
        " shrank 18.2 percent to $9.4 billion in February, an industry group said.",
        {k("2019-03"): (16.01e9, -9.6, None)},
        [k("2019-02", item="memory"), k("2019-02")],
    ),
    (
        "en: 'US $X' after a list's semicolon is the partner US and its amount, not the currency 'US$'",
        "2020-12-11",
        "ICT trade snapshot\nICT exports rose 4.1% to $17.2bn in November. Destinations: Japan $0.31bn (-2.5%); US"
        " $1.62bn (+15.1%); India $0.27bn (+6.0%).",
        {k("2020-11", region="us"): (1.62e9, 15.1, None), k("2020-11", region="india"): (0.27e9, 6.0, None)},
        [],
    ),
    (
        "en: a record's value keeps the month it was set in, however the clause qualifies how long ago ('set only"
        " four months earlier in')",
        "2018-11-13",
        "ICT exports hit a record in October\nICT exports rose 14.2 percent to $21.37 billion in October, a new monthly"
        " record. The previous record was $20.41 billion, set only four months earlier in June.",
        {k("2018-10"): (21.37e9, 14.2, None), k("2018-06"): (20.41e9, None, None)},
        [],
    ),
    (
        "en/ko: a change against a base two or more years back ('7.7% above March 2017, when …') or against the"
        " month before named in parentheses ('전달(2월)보다는') is no year-on-year change",
        "2019-04-12",
        "ICT exports in March\nICT exports fell 2.4 percent to $18.33 billion in March. Shipments were still 7.7% above"
        " March 2017, when they totaled $17.02 billion.\n3월 ICT 수입은 95억1000만달러로 1.3% 줄었다. 전달(2월)보다는"
        " 8.8% 많다.",
        {k("2019-03"): (18.33e9, -2.4, None), k("2017-03"): (17.02e9, None, None)},
        [k("2019-02", flow="import"), k("2019-02")],
    ),
    (
        "en: each member of a list that 'including' opens ('including $A of X (+a%) and $B of Y (+b%)') is a part"
        " named after its amount",
        "2022-06-14",
        "ICT exports in May\nICT exports rose 12.3% to $20.51 billion in May. Computer exports rose 21.7% to $1.64"
        " billion, including $0.98 billion of SSDs (+35.2%) and $0.41 billion of peripherals (+4.9%).",
        {
            k("2022-05", item="ssd"): (0.98e9, 35.2, None),
            k("2022-05", item="peripherals"): (0.41e9, 4.9, None),
        },
        [],
    ),
    (
        "en: a change set after its value as an apposition ('$X in the first half, a 3.2% drop, and $Y in June, down"
        " 0.8%', '1H $X (+11.6%), June $Y (+6.2%)') is that value's period's, not the next value's",
        "2019-07-15",
        "ICT exports in the first half\nKorea's ICT exports in the first half were $84.51 billion, down 2.2 percent."
        " June exports were $14.83 billion, up 1.3 percent.\nDisplay exports came to $9.87 billion in the first half,"
        " a 3.2% drop, and $1.64 billion in June, down 0.8%.\nExports to India: 1H $4.45 billion (+11.6%), June $0.81"
        " billion (+6.2%)",
        {
            k("2019-01/2019-06", item="displays"): (9.87e9, -3.2, None),
            k("2019-06", item="displays"): (1.64e9, -0.8, None),
            k("2019-01/2019-06", region="india"): (4.45e9, 11.6, None),
            k("2019-06", region="india"): (0.81e9, 6.2, None),
        },
        [],
    ),
    (
        "en: a partner's year named after its value ('$X for the year, up a percent, and $Y in December, up b"
        " percent') keeps its own change",
        "2019-01-14",
        "ICT exports in 2018\nKorea's ICT exports for the whole of last year were $220.34 billion, up 10.1 percent."
        " In December they were $16.83 billion, down 11.5 percent.\nShipments to India totaled $6.38 billion for the"
        " year, up 17.5 percent, and $0.49 billion in December, down 2.6 percent.",
        {
            k("2018-01/2018-12", region="india"): (6.38e9, 17.5, None),
            k("2018-12", region="india"): (0.49e9, -2.6, None),
        },
        [],
    ),
    (
        "en: 'but' between two figures parts their groups: the year's change and value before it ('for the year rose"
        " a percent to a record $X, but fell b percent to $Y in December') do not reach the month after it",
        "2019-01-14",
        "ICT exports in 2018\nKorea's ICT exports for the whole of last year were $220.34 billion, up 10.1 percent."
        " In December they were $16.83 billion, down 11.5 percent.\nDisplay exports for the year dropped 8.4 percent"
        " to $24.87 billion, but rose 3.9 percent to $2.31 billion in December.\nMemory exports for the year jumped"
        " 31.7 percent to a record $94.06 billion, but shrank 9.6 percent to $5.92 billion in December.",
        {
            k("2018-01/2018-12", item="displays"): (24.87e9, -8.4, None),
            k("2018-12", item="displays"): (2.31e9, 3.9, None),
            k("2018-01/2018-12", item="memory"): (94.06e9, 31.7, None),
            k("2018-12", item="memory"): (5.92e9, -9.6, None),
        },
        [],
    ),
    (
        "en: a month's figure that goes on to the running total it brings ('$X, up a percent, taking the first-half"
        " total to $Y') keeps its month; the total is the span's",
        "2019-07-15",
        "ICT exports in the first half\nKorea's ICT exports in the first half were $84.51 billion, down 2.2 percent."
        " June exports were $14.83 billion, up 1.3 percent.\nDisplay exports in June stood at $2.07 billion, up 4.6"
        " percent, taking the January-June total to $12.44 billion (up 1.9 percent).",
        {
            k("2019-06", item="displays"): (2.07e9, 4.6, None),
            k("2019-01/2019-06", item="displays"): (12.44e9, 1.9, None),
        },
        [],
    ),
    (
        "en: changes listed 'respectively' after values each named with its period ('$X in June and $Y in the first"
        " half, rises of a percent and b percent, respectively') go to those periods in order",
        "2019-07-15",
        "ICT exports in the first half\nKorea's ICT exports in the first half were $84.51 billion, down 2.2 percent."
        " June exports were $14.83 billion, up 1.3 percent.\nShipments to India came to $0.83 billion in June and"
        " $4.61 billion in the first half, rises of 9.7 percent and 14.2 percent, respectively.",
        {
            k("2019-06", region="india"): (0.83e9, 9.7, None),
            k("2019-01/2019-06", region="india"): (4.61e9, 14.2, None),
        },
        [],
    ),
    (
        "en: short words for the half once the story named it ('fell a percent in the half to $X', 'the six-month"
        " total shrank') are the half-year, not the month",
        "2019-07-15",
        "June ICT exports edge up\nICT exports came to $14.83 billion last month, up 1.3 percent on-year. For the"
        " first six months of the year they totaled $84.51 billion, 2.2 percent less than a year earlier.\nExports to"
        " Taiwan slid 5.8 percent in the half to $1.47 billion.\nComputers gained in both periods: June shipments rose"
        " 3.1 percent to $0.76 billion and the six-month total climbed 6.4 percent to $4.35 billion.",
        {
            k("2019-01/2019-06", region="taiwan"): (1.47e9, -5.8, None),
            k("2019-06", item="computers"): (0.76e9, 3.1, None),
            k("2019-01/2019-06", item="computers"): (4.35e9, 6.4, None),
        },
        [k("2019-06", region="taiwan")],
    ),
    (
        "en: a value with the goods it bought ('$X of Korean ICT goods last year') reaches the period after the goods",
        "2019-01-14",
        "ICT exports in 2018\nKorea's ICT exports for the whole of last year were $220.34 billion, up 10.1 percent."
        " In December they were $16.83 billion, down 11.5 percent.\nDecember's display exports alone fell 6.2 percent"
        " to $1.93 billion.\nIndia bought $6.38 billion of Korean ICT goods last year, a 17.5 percent rise.\nTaiwan"
        " took $0.52 billion of Korean IT products in December and $6.91 billion in 2018, gains of 2.2 percent and 8.4"
        " percent, respectively.",
        {
            k("2018-01/2018-12", region="india"): (6.38e9, 17.5, None),
            k("2018-12", region="taiwan"): (0.52e9, 2.2, None),
            k("2018-01/2018-12", region="taiwan"): (6.91e9, 8.4, None),
        },
        [k("2018-12", region="india")],
    ),
    (
        "ko: a Roman-numeral heading that names a period ('Ⅰ. 12월 ICT 수출입 동향') dates its section as a"
        " numbered one does, until the next ('Ⅱ. 연간 …')",
        "2019-01-15",
        "2018년 ICT 수출 2,203.4억 달러\nㅇ 12월 ICT 수출은 171.2억 달러로 8.3% 감소\n"
        "ㅇ 연간 ICT 수출은 2,203.4억 달러로 10.1% 증가\nⅠ. 12월 ICT 수출입 동향\n"
        "□ (품목) 반도체는 88.6억 달러로 9.1% 감소, 휴대폰은 11.9억 달러(3.4%↑)\n"
        "Ⅱ. 연간 ICT 수출입 동향\n□ (품목) 반도체 1,281.5억 달러(29.4%↑), 휴대폰 146.2억 달러(8.8%↓)",
        {
            k("2018-12", item="semiconductors"): (8.86e9, -9.1, None),
            k("2018-12", item="mobile_phones"): (1.19e9, 3.4, None),
            k("2018-01/2018-12", item="semiconductors"): (128.15e9, 29.4, None),
        },
        [],
    ),
    (
        "en: a newsletter's Roman-numeral headings ('I. ICT TRADE', 'II. STEEL: …') are sibling sections as numbered"
        " ones are: the steel section's rate is no ICT figure",
        "2018-05-15",
        "Trade Digest | No. 31 | May 15, 2018\n\nI. ICT TRADE\nKorea's ICT exports were $16.04 billion in April,"
        " up 7.2% on a year earlier.\n\nII. STEEL: QUOTAS BITE\nMills cut their list prices for two grades."
        " Year-to-date deliveries are down 4%.",
        {k("2018-04"): (16.04e9, 7.2, None)},
        [k("2018-01/2018-04")],
    ),
    (
        "en: a terse flow line ('Imports +4.3%.') after a sentence that opened with the whole economy's trade goes on"
        " about the economy, with a figureless sentence between them",
        "2019-08-14",
        "Trade brief\nOverall exports slid 11.0% to $46.1bn in July. Refiners cut shipments. Imports +4.3%.\n"
        "ICT exports: $14.2bn (-8.4%)\nICT imports $9.6bn; surplus $4.6bn",
        {k("2019-07", flow="import"): (9.6e9, None, None)},
        [],
    ),
    (
        "ko: a title led by the quarter over a lead on the month the quarter closes: what names no period is the"
        " month's",
        "2019-04-12",
        "ICT 수출 1분기 489억달러…디스플레이는 주춤\n\n3월 ICT 수출은 174억5000만달러로 1년 전보다 6.2% 늘었다. 1분기"
        " 전체로는 489억달러로 3.1% 증가했다.\n\n반도체는 91억2000만달러로 8.8% 늘었다. 수입은 91억2000만달러로 2.4%"
        " 늘었다.",
        {
            k("2019-03", item="semiconductors"): (9.12e9, 8.8, None),
            k("2019-03", "import"): (9.12e9, 2.4, None),
            k("2019-01/2019-03"): (48.9e9, 3.1, None),
        },
        [k("2019-01/2019-03", item="semiconductors"), k("2019-01/2019-03", "import")],
    ),
    (
        "ko: a subtitle bullet on the month under a half-year title leaves the half the report's period",
        "2019-07-12",
        "상반기 ICT 수출 905억달러\n\n-6월 수출 152억달러, 6월 기준 두 번째\n\n올해 상반기 ICT 수출은 905억1000만달러로"
        " 1년 전보다 2.9% 줄었다.\n\n반도체는 473억달러로 9.4% 감소했다.",
        {k("2019-01/2019-06", item="semiconductors"): (47.3e9, -9.4, None)},
        [k("2019-06", item="semiconductors")],
    ),
    (
        "ko/en: the quarter a month closes, named in passing after the month's total ('이로써 1분기 …', 'That brought"
        " first-quarter …'), is no topic for the sentences after it in the paragraph",
        "2019-04-12",
        "3월 ICT 수출 동향\n지난달 ICT 수출은 174억5000만달러로 6.2% 늘었다. 이로써 1분기 수출은 489억달러로 3.1%"
        " 증가했다. 수입은 91억2000만달러로 2.4% 늘었고, 3월 무역수지는 83억3000만달러 흑자였다.\nKorea's ICT exports"
        " rose 6.2 percent to $17.45 billion in March. That brought first-quarter chip shipments to $27.1 billion, up"
        " 4.5 percent. Display exports fell 3.3 percent to $2.05 billion.",
        {
            k("2019-03", "import"): (9.12e9, 2.4, None),
            k("2019-01/2019-03"): (48.9e9, 3.1, None),
            k("2019-03", item="displays"): (2.05e9, -3.3, None),
        },
        [k("2019-01/2019-03", "import"), k("2019-01/2019-03", item="displays")],
    ),
    (
        "ko: a broker's line that ends on '추정' ('4분기 ICT 수출 610억달러(YoY +7%) 추정') is an estimate, not a"
        " figure",
        "2024-10-15",
        "9월 ICT 수출 코멘트\n- 9월 ICT 수출 208.3억달러(YoY +10.2%).\n- 4분기 ICT 수출 610억달러(YoY +7%) 추정.",
        {k("2024-09"): (20.83e9, 10.2, None)},
        [k("2024-10/2024-12"), k("2023-10/2023-12"), k("2024-01/2024-09")],
    ),
    (
        "en: a partner named as the buyer 'IMPORTING' in capitals is an export to it, as in lower case",
        "2019-06-14",
        "ICT exports rose 5.0 percent to $15.2 billion in May.\nCHINA, THE LARGEST BUYER OF KOREAN IT PRODUCTS,"
        " IMPORTING $5.2 BILLION, ROSE 3 PERCENT.",
        {k("2019-05", region="china"): (5.2e9, 3.0, None)},
        [k("2019-05", "import", region="china")],
    ),
    (
        "en: 'maybe' and 'marched' name no month, nor does the verb 'may' ('Handset exports may rise …'); 'in may' of a"
        " lower-case caption does",
        "2017-05-15",
        "April ICT trade\nICT exports rose 9.6 percent to $15.81 billion in April.\nChips were maybe 8% stronger than"
        " I hoped, and displays marched 6.3 percent higher to $2.38 billion.\nHandset exports may rise 4.4 percent to"
        " $1.93 billion.\nict exports came to 16.2 billion dollars in may last year.",
        {k("2017-04", item="displays"): (2.38e9, 6.3, None), k("2016-05"): (16.2e9, None, None)},
        [k("2017-05", item="semiconductors"), k("2017-03", item="displays"), k("2017-05", item="mobile_phones")],
    ),
    (
        "en: a photo credit after a caption ('… Chungcheong Province. / Herald file') ends the caption, where the lead"
        " follows on the same line",
        "2017-05-15",
        "ICT exports climb in April\nEngineers test handsets at a factory in Cheonan, South Chungcheong Province. /"
        " Herald file Korea's ICT exports climbed 9.6 percent in April from a year earlier to $15.81 billion, the"
        " ministry said Monday. Imports rose 11.0 percent to $8.26 billion.",
        {k("2017-04"): (15.81e9, 9.6, None), k("2017-04", flow="import"): (8.26e9, 11.0, None)},
        [],
    ),
    (
        "ko: a transcript without full stops ends a sentence at its polite ending ('… 흑자를 냈습니다 지역별로는"
        " …'): the balance is no flow of the partners after it",
        "2018-05-14",
        "[뉴스] 4월 ICT 수출 증가\n기자 지난달 ICT 수출은 160억 달러로 7.5% 증가했습니다 무역수지는 83억 달러 흑자를"
        " 냈습니다 지역별로는 베트남이 28억 3천만 달러로 11.2% 늘었습니다",
        {k("2018-04", flow="balance"): (8.3e9, None, None), k("2018-04", region="vietnam"): (2.83e9, 11.2, None)},
        [k("2018-04", flow="balance", region="vietnam")],
    ),
    (
        "en: an item named after the balance has had its figure ('… leaving a surplus of $6.9 billion, and chips rose"
        " …') is exported",
        "2018-05-14",
        "ICT trade\nICT exports rose 7.5 percent to $16.0 billion in April, leaving a surplus of $6.9 billion, and"
        " chips rose 41.1 percent to $9.9 billion.",
        {k("2018-04", flow="balance"): (6.9e9, None, None), k("2018-04", item="semiconductors"): (9.9e9, 41.1, None)},
        [k("2018-04", flow="balance", item="semiconductors")],
    ),
    (
        "en: a hard-wrapped line goes on where the next starts with 'US$' ('… the IT trade surplus was' / 'US$6.02"
        " billion.')",
        "2016-06-14",
        "Trade note\nIT exports in May 2016 rose 4.4% to $13.31 billion from a year earlier, while the IT trade"
        " surplus was\nUS$6.02 billion.",
        {k("2016-05"): (13.31e9, 4.4, None), k("2016-05", flow="balance"): (6.02e9, None, None)},
        [],
    ),
    (
        "en: a quote's '> ' marks are not text: the quoted sentence wrapped across them goes on ('> … while imports'"
        " / '> climbed 5.7 percent …')",
        "2016-06-14",
        "From the ministry:\n> ICT exports in May fell 2.6 percent to USD 13.31 billion, while imports\n> climbed 5.7"
        " percent to USD 7.29 billion.",
        {k("2016-05"): (13.31e9, -2.6, None), k("2016-05", flow="import"): (7.29e9, 5.7, None)},
        [],
    ),
    (
        "en: a line of any length that stops at a verb of change ('Phone exports dropped') goes on at the figure on the"
        " next",
        "2016-06-14",
        "May ICT trade\nICT exports in May fell 2.6 percent to $13.31 billion.\nPhone exports dropped\n9.1 percent to"
        " USD 1.22 billion.",
        {k("2016-05", item="mobile_phones"): (1.22e9, -9.1, None)},
        [],
    ),
    (
        "en: a line that stops at an abbreviation ('Shipments to the U.K.') goes on in lower case on the next",
        "2016-06-14",
        "May ICT trade\nICT exports in May fell 2.6 percent to $13.31 billion.\nShipments to the U.K.\nclimbed 3.3"
        " percent to $0.47 billion.",
        {k("2016-05", region="other:united kingdom"): (0.47e9, 3.3, None)},
        [],
    ),
    (
        "ko: a wrapped line that stops on a name or a particle ('…, 베트남은') goes on at the amount on the next",
        "2016-06-14",
        "5월 ICT 수출입 동향\n□ 5월 ICT 수출은 133.1억 달러로 2.6% 감소\n"
        "  ㅇ 중국은 71.4억 달러로 2.2% 증가, 베트남은\n     26.1억 달러로 8.3% 증가",
        {k("2016-05", region="vietnam"): (2.61e9, 8.3, None)},
        [],
    ),
    (
        "en: 'PC & peripherals' is computers and peripherals",
        "2016-06-14",
        "- KR ICT exports (May): US$13.31bn, -2.6% YoY.\n- PC & peripherals US$0.61bn (+12.5% YoY).",
        {k("2016-05", item="computers_peripherals"): (0.61e9, 12.5, None)},
        [k("2016-05", item="peripherals")],
    ),
    (
        "ko: a numbered heading that names a period ('1. 12월 ICT 수출입 동향') dates its section's items,"
        " until the next numbered heading ('2. 연간 …')",
        "2020-01-15",
        "2019년 ICT 수출 1,769.5억 달러\nㅇ 12월 ICT 수출은 150.2억 달러로 10.0% 감소\nㅇ 연간 ICT 수출은 1,769.5억"
        " 달러로 19.4% 감소\n1. 12월 ICT 수출입 동향\n□ (품목) 반도체는 77.4억 달러로 17.5% 감소, 휴대폰은 10.8억 달러"
        "(2.1%↑)\n2. 연간 ICT 수출입 동향\n□ (품목) 반도체 951.6억 달러(25.7%↓), 휴대폰 139.5억 달러(7.4%↓)",
        {
            k("2019-12", item="semiconductors"): (7.74e9, -17.5, None),
            k("2019-12", item="mobile_phones"): (1.08e9, 2.1, None),
            k("2019-01/2019-12", item="semiconductors"): (95.16e9, -25.7, None),
            k("2019-01/2019-12", item="mobile_phones"): (13.95e9, -7.4, None),
        },
        [],
    ),
    (
        "ko: a deck clause after an ellipsis is the whole's after a clause with no figure too ('인도 수출 세"
        " 배로…1~5월 누적 N달러')",
        "2017-06-14",
        "5월 ICT 수출 161억달러\n인도 수출 세 배로…1~5월 누적 759억달러\n5월 ICT 수출은 161억2000만달러로 21.8%"
        " 늘었다. 1~5월 누적 수출은 759억4000만달러로 14.9% 증가했다.",
        {k("2017-01/2017-05"): (75.94e9, 14.9, None)},
        [k("2017-01/2017-05", region="india")],
    ),
    (
        "ko: a partner's own story ('5월 ICT 대만 수출 N달러…1~5월 누적 x%↑') goes on with the partner after the"
        " ellipsis",
        "2017-06-14",
        "5월 ICT 대만 수출 9억1천만달러…1~5월 누적 6.2%↑\n5월 한국의 대만 ICT 수출은 9억1천만달러로 3.1% 늘었다.",
        {k("2017-01/2017-05", region="taiwan"): (None, 6.2, None)},
        [k("2017-01/2017-05")],
    ),
    (
        "ko: a deck clause after an ellipsis that opens with its own period and names no subject ('…1~5월 누적"
        " N달러') is the whole's, not the partner's of the clause before",
        "2017-06-14",
        "5월 ICT 수출 161억달러\n베트남 수출 48% 늘어…1~5월 누적 759억달러\n5월 ICT 수출은 161억2000만달러로 21.8%"
        " 늘었다. 1~5월 누적 수출은 759억4000만달러로 14.9% 증가했다.",
        {k("2017-01/2017-05"): (75.94e9, 14.9, None), k("2017-05", region="vietnam"): (None, 48.0, None)},
        [k("2017-01/2017-05", region="vietnam")],
    ),
    (
        "ko: an item taken alone before a list of partners ('휴대폰만 떼어 보면 중국향이 …, 인도향이 …') is every"
        " partner's",
        "2015-11-13",
        "10월 ICT 수출은 161억달러로 1.6% 줄었다. 휴대폰만 떼어 보면 중국향이 6억2000만달러(12.3%↑), 인도향이"
        " 1억9000만달러(40.1%↑)였다.",
        {
            k("2015-10", item="mobile_phones", region="china"): (0.62e9, 12.3, None),
            k("2015-10", item="mobile_phones", region="india"): (0.19e9, 40.1, None),
        },
        [k("2015-10", region="india")],
    ),
    (
        "ko: a partner's total opening the sentence as its subject ('대만 수출이 …늘었지만 수입이 …') keeps the partner"
        " for the later clauses' flows",
        "2019-09-16",
        "8월 ICT 수출은 162억달러로 18.1% 줄었다. 수입은 85억달러였다.\n대만 수출이 7억3000만달러로 2.6% 늘었지만"
        " 수입이 13억1000만달러로 9.4% 증가해 5억8000만달러 적자를 기록했다.",
        {
            k("2019-08", region="taiwan"): (0.73e9, 2.6, None),
            k("2019-08", "import", region="taiwan"): (1.31e9, 9.4, None),
            k("2019-08", "balance", region="taiwan"): (-0.58e9, None, None),
            k("2019-08", "import"): (8.5e9, None, None),
        },
        [k("2019-08", "balance")],
    ),
    (
        "ko: '대중(對中) 수출을 품목별로 보면 …' opens the partner's breakdown: the next sentence's items are its too",
        "2018-03-14",
        "2월 ICT 수출은 142억달러로 21.3% 늘었다.\n대중(對中) 수출을 품목별로 살펴보면 디스플레이가 11억5000만달러로"
        " 4.2% 늘었다. 반면 컴퓨터는 2억4000만달러로 9.6% 줄었다.\n대일 수출을 품목별로 보면 반도체가 1억7000만달러로"
        " 3.3% 늘었다. 휴대폰은 6000만달러로 18.2% 감소했다.",
        {
            k("2018-02", item="displays", region="china"): (1.15e9, 4.2, None),
            k("2018-02", item="computers", region="china"): (0.24e9, -9.6, None),
            k("2018-02", item="semiconductors", region="japan"): (0.17e9, 3.3, None),
            k("2018-02", item="mobile_phones", region="japan"): (0.06e9, -18.2, None),
        },
        [k("2018-02", item="computers"), k("2018-02", item="mobile_phones")],
    ),
    (
        "ko: an item inside a demand phrase ('휴대폰 신제품 수요에 N% 증가') is the cause, not the subject before it",
        "2018-08-14",
        "7월 ICT 수출은 183억달러로 15.4% 늘었다. 휴대폰은 11억2000만달러로 27.5% 줄었다. 디스플레이 패널은 휴대폰"
        " 신제품 수요에 7.7% 증가했고, SSD는 서버용 D램과 함께 클라우드 수요로 33.1% 늘었다.",
        {
            k("2018-07", item="mobile_phones"): (1.12e9, -27.5, None),
            k("2018-07", item="displays"): (None, 7.7, None),
            k("2018-07", item="ssd"): (None, 33.1, None),
        },
        [k("2018-07", item="dram")],
    ),
    (
        "ko: names each with its amount in brackets, then as many changes ('미국(A)과 일본(B)은 x%, y% 늘었다'),"
        " pair in order without 'each'",
        "2017-05-15",
        "4월 ICT 수출은 151억2000만달러로 9.4% 늘었다. 미국(17억3000만 달러)과 일본(3억1000만 달러)은 6.2%, 14.8%"
        " 늘었다.",
        {
            k("2017-04", region="us"): (1.73e9, 6.2, None),
            k("2017-04", region="japan"): (0.31e9, 14.8, None),
        },
        [],
    ),
    (
        "ko: a rate marked as the subject with an item right after it ('수출 44%가 반도체') is a share, no change",
        "2015-06-15",
        "5월 ICT 수출 131억달러\n반도체 비중 커졌다…수출 44%가 반도체\n131억4000만달러. 5월 ICT 수출액이다. 작년"
        " 5월(126억9000만달러)보다 3.5% 많은 수치다.",
        {k("2015-05"): (13.14e9, 3.5, 12.69e9)},
        [k("2015-05", item="semiconductors")],
    ),
    (
        "ko: '…보다 N% 많은 수치로' signs the change as a rise, whatever a later concessive clause's verb says",
        "2015-06-15",
        "5월 ICT 수출 131억달러\n131억4000만달러. 5월 ICT 수출액이다. 작년 5월(126억9000만달러)보다 3.5% 많은"
        " 수치로, 디스플레이 단가가 떨어졌는데도 증가세를 이어갔다.",
        {k("2015-05"): (13.14e9, 3.5, 12.69e9)},
        [],
    ),
    (
        "en: a table row labelled 'Total IT' (or 'IT' alone) is the ICT total, and its year-ago cell is the prior",
        "2013-08-13",
        "IT exports in July\nIT exports in July came to US$13.44 billion, up 6.1% from a year earlier.\n"
        "  <Table 2> IT exports by item              (Unit: US$ 100 million, %)\n"
        "   Item                '12.7        '13.7        Change\n"
        "   Total IT            126.7        134.4          6.1\n"
        "   Displays             24.9         22.6         -9.2\n",
        {
            k("2013-07"): (13.44e9, 6.1, 12.67e9),
            k("2013-07", item="displays"): (2.26e9, -9.2, 2.49e9),
        },
        [],
    ),
    (
        "ko: a row of changes under a row of values in a quarterly table ('반도체 수출 YoY(%)', or 'YoY(%)' alone under"
        " its row) gives each quarter's change",
        "2019-07-20",
        "반도체 분기 수출\n[표2] 분기별 반도체 수출\n(십억달러)      1Q18   2Q18   3Q18   1Q19   2Q19\n"
        "반도체 수출      30.2   31.5   33.9   22.8   23.4\n반도체 수출 YoY(%)   43.8   38.6   29.1   -24.5   -25.7\n"
        "디스플레이 수출   6.1    5.6    6.9    5.2    5.0\nYoY(%)   -14.1   -16.4   -2.8   -14.8   -10.7\n",
        {
            k("2019-04/2019-06", item="semiconductors"): (23.4e9, -25.7, 31.5e9),
            k("2018-07/2018-09", item="semiconductors"): (33.9e9, 29.1, None),
            k("2019-01/2019-03", item="displays"): (5.2e9, -14.8, 6.1e9),
            k("2018-04/2018-06", item="displays"): (5.6e9, -16.4, None),
        },
        [],
    ),
    (
        "ko: a trend string under an amount-only unit ('수출액(억 달러) : (월)19.8(13.2↓) → …') gives each month the"
        " change marked by its arrow",
        "2019-07-15",
        "2019년 6월 ICT 수출입 동향\n□ 6월 ICT 수출은 147.2억 달러(21.6%↓), 수입은 86.1억 달러(3.4%↓)\n"
        "  * 디스플레이 수출액(억 달러) : ('19.4월)19.8(13.2↓) → ('19.5월)20.4(6.1↓) → ('19.6월)18.7(2.9↑)",
        {
            k("2019-04", item="displays"): (1.98e9, -13.2, None),
            k("2019-05", item="displays"): (2.04e9, -6.1, None),
            k("2019-06", item="displays"): (1.87e9, 2.9, None),
        },
        [],
    ),
    (
        "en: a table set one cell a line with month-name headers ('Item' / 'Jun 2017' / 'Jun 2018' / 'YoY') under its"
        " caption and an English unit note reads values and priors, in the caption's flow",
        "2018-07-16",
        "ICT Trade Trends, June 2018\nICT imports in June 2018 were USD 9.12 billion, up 11.8%.\n"
        "<Table 3> ICT imports by item\n(Unit: USD billion, %)\nItem\nJun 2017\nJun 2018\nYoY\n"
        "Memory chips\n1.41\n1.66\n17.7\nMobile phones\n0.95\n0.88\n-7.4\n",
        {
            k("2018-06", flow="import", item="memory"): (1.66e9, 17.7, 1.41e9),
            k("2018-06", flow="import", item="mobile_phones"): (0.88e9, -7.4, 0.95e9),
        },
        [k("2018-06", item="memory"), k("2018-06", item="mobile_phones")],
    ),
    (
        "en: the caption over a table's unit note line ('<Table 2> ICT imports by partner' / '(Unit: …)') gives the"
        " table its flow",
        "2018-07-16",
        "ICT imports in June 2018 were USD 9.12 billion, up 11.8%.\n<Table 2> ICT imports by partner\n"
        "(Unit: USD billion, %)\nCountry    Jun 2017    Jun 2018    YoY\nJapan    1.02    1.09    6.9\n"
        "Taiwan    1.37    1.52    10.9\n",
        {
            k("2018-06", flow="import", region="japan"): (1.09e9, 6.9, 1.02e9),
            k("2018-06", flow="import", region="taiwan"): (1.52e9, 10.9, 1.37e9),
        },
        [k("2018-06", region="japan"), k("2018-06", region="taiwan")],
    ),
    (
        "ko: a box-drawn table laid on its side (items across, '수출액' and '증감률' down) gives each item its amount"
        " and change",
        "2013-04-12",
        "3월 IT 수출 138.2억불\n□ 13년 3월 IT산업 수출이 138.2억불로 전년동월 대비 1.6% 증가\n"
        "□ 주요 품목별 수출 (단위 : 억불, %)\n┌──────┬──────┬──────┬──────┐\n"
        "│ 구 분 │ 반도체 │ 디스플레이 │ 휴대폰 │\n├──────┼──────┼──────┼──────┤\n"
        "│ 수출액 │ 41.7 │ 26.3 │ 21.9 │\n│ 증감률 │ 3.3 │ △12.6 │ 9.4 │\n└──────┴──────┴──────┴──────┘\n",
        {
            k("2013-03", item="semiconductors"): (4.17e9, 3.3, None),
            k("2013-03", item="displays"): (2.63e9, -12.6, None),
            k("2013-03", item="mobile_phones"): (2.19e9, 9.4, None),
        },
        [],
    ),
    (
        "ko: the flow a '-' sub-bullet names is its own: the next '○' bullet goes back to the exports",
        "2031-09-12",
        "○ 8월 ICT 수출은 161.4억불로 전년 동월 대비 3.9% 증가\n  - 수입은 1.7% 감소\n  - 반도체 수입은 30.2억불\n\n"
        "○ 품목별로는 반도체(60.3억불, +6.6%)와 디스플레이(19.9억불, △4.4%)가 엇갈림\n",
        {
            k("2031-08", flow="import", item="semiconductors"): (3.02e9, None, None),
            k("2031-08", item="semiconductors"): (6.03e9, 6.6, None),
            k("2031-08", item="displays"): (1.99e9, -4.4, None),
        },
        [k("2031-08", flow="import", item="displays")],
    ),
    (
        "en: after the month's paragraph of a half-year report, a paragraph whose figure is the half's by name takes"
        " the paragraphs after it back to the half",
        "2031-07-14",
        "ICT exports grew 4.4 percent to $120.3 billion in the first half.\n\n"
        "In June alone, exports came to $21.2 billion, up 2.0 percent.\n\n"
        "Displays stayed on top, with first-half shipments slipping 1.1 percent to $11.9 billion.\n\n"
        "Television exports gained 5.5 percent to $1.4 billion.\n",
        {
            k("2031-01/2031-06", item="displays"): (1.19e10, -1.1, None),
            k("2031-01/2031-06", item="digital_tv"): (1.4e9, 5.5, None),
        },
        [k("2031-06", item="digital_tv")],
    ),
    (
        "ko: a narrowing decline before an amount does not sign the rate of the amount's own clause",
        "2031-01-14",
        "ICT 수출은 넉 달째 감소 폭을 줄여가다 12월에는 170억4000만달러로 6.1% 늘었다.",
        {k("2030-12"): (1.704e10, 6.1, None)},
        [],
    ),
    (
        "en: the amount a rate or a level is 'above' (or 'below'), said to be the year before's, is the prior value",
        "2032-02-15",
        "ICT exports came to $19.02 billion in January, 4.4% above the $18.22 billion. Imports were $11.3 billion."
        " The ICT trade surplus last year reached $88.1 billion, comfortably above the $80.6 billion logged a year"
        " earlier.",
        {
            k("2032-01"): (1.902e10, 4.4, 1.822e10),
            k("2031-01/2031-12", flow="balance"): (8.81e10, None, 8.06e10),
        },
        [],
    ),
    (
        "ko: a sub-item given its own figure in a clause of cause ('메모리가 9.9% 늘어난 덕분에') keeps it; the figures"
        " after the clause are the marked subject's",
        "2031-05-14",
        "4월 ICT 수출은 171억2000만달러였다. 반도체는 메모리가 9.9% 늘어난 덕분에 61억4000만달러(↑4.2%)였다. "
        "디스플레이는 LCD가 5.5% 줄면서 20억1000만달러(↓2.3%)에 그쳤다.",
        {
            k("2031-04", item="semiconductors"): (6.14e9, 4.2, None),
            k("2031-04", item="memory"): (None, 9.9, None),
            k("2031-04", item="displays"): (2.01e9, -2.3, None),
            k("2031-04", item="lcd"): (None, -5.5, None),
        },
        [],
    ),
    (
        "ko: a sub-item's run with its figures bracketed ('부분품 호조(…)에도', 'OLED 호조(↑…)로') is the sub-item's;"
        " the figures after it are the marked subject's",
        "2031-05-14",
        "4월 ICT 수출은 171억2000만달러였다. 휴대폰은 부분품 호조(5억5000만달러, ↑6.1%)에도 완제품 부진으로 "
        "3.3% 줄어든 10억2000만달러였다. 디스플레이 패널은 OLED 호조(↑19.1%)로 20억9000만달러, 1.8% 증가했다.",
        {
            k("2031-04", item="mobile_phones"): (1.02e9, -3.3, None),
            k("2031-04", item="mobile_phone_parts"): (5.5e8, 6.1, None),
            k("2031-04", item="displays"): (2.09e9, 1.8, None),
            k("2031-04", item="oled"): (None, 19.1, None),
        },
        [],
    ),
    (
        "en: 'the nation's ICT exports and imports' are Korea's own, not the partner in scope: the flows take their"
        " figures respectively",
        "2031-04-14",
        "The nation's ICT exports and imports reached $17.92 billion and $10.05 billion in March, up 6.3 percent and"
        " 1.9 percent, respectively.",
        {k("2031-03"): (1.792e10, 6.3, None), k("2031-03", flow="import"): (1.005e10, 1.9, None)},
        [],
    ),
    (
        "ko: a partner that labels its sub-bullet ('- 중국 : 반도체 …, 디스플레이 …') is the partner of every item of"
        " that line and of no line after it",
        "2031-07-14",
        "6월 ICT 수출 166억불\n○ (지역) 중국(홍콩 포함) 80.2억불(3.3%↑), 미국 11.9억불(4.0%↓), 아세안 14.1억불(9.9%↑)\n"
        "  - 중국 : 반도체 35.2억불(7.7%↑), 디스플레이 패널 16.6억불(2.2%↓), 휴대폰 5.9억불(12.0%↑)\n"
        "○ (상반기 품목) 반도체 360.3억불(6.6%↑), 휴대폰 61.0억불(1.1%↑)\n",
        {
            k("2031-06", item="semiconductors", region="china"): (3.52e9, 7.7, None),
            k("2031-06", item="displays", region="china"): (1.66e9, -2.2, None),
            k("2031-06", item="mobile_phones", region="china"): (5.9e8, 12.0, None),
            k("2031-01/2031-06", item="mobile_phones"): (6.1e9, 1.1, None),
        },
        [k("2031-01/2031-06", item="mobile_phones", region="china")],
    ),
    (
        "ko: a year-earlier month before an amount's from-to pair ('작년 5월 A에서 B로', 'B로 작년 5월 A에서 X%')"
        " dates A alone: B is the report's month, A its prior",
        "2031-06-14",
        "5월 ICT 무역수지 흑자는 작년 5월 58억1000만달러에서 66억4000만달러로 늘었다. "
        "5월 ICT 수입은 101억2000만달러로 작년 5월 96억6000만달러에서 4.8% 늘었다.",
        {
            k("2031-05", flow="balance"): (6.64e9, None, 5.81e9),
            k("2031-05", flow="import"): (1.012e10, 4.8, 9.66e9),
        },
        [],
    ),
    (
        "ko: a sub-item whose own figures a clause gives ('LCD 패널이 … 9.1억달러(…)까지 불어나면서', 'SSD가 … 늘며')"
        " keeps them; the figures after it are the marked parent's",
        "2031-06-14",
        "5월 ICT 수출은 180억2천만달러였다. 디스플레이는 OLED 패널이 TV 신제품 효과로 11억1천만달러(9.4%↑)까지"
        " 불어나면서 전체로는 21억5천만달러, 2.3% 늘었다. 컴퓨터·주변기기는 SSD가 4억1천만달러로 33.2% 늘며"
        " 9억9천만달러(6.6%↑)를 기록했다. 반도체가 2030년 말 급증에 따른 기저효과가 겹치며 70억2천만달러로"
        " 4.4% 줄었다.",
        {
            k("2031-05", item="oled"): (1.11e9, 9.4, None),
            k("2031-05", item="displays"): (2.15e9, 2.3, None),
            k("2031-05", item="ssd"): (4.1e8, 33.2, None),
            k("2031-05", item="computers_peripherals"): (9.9e8, 6.6, None),
            k("2031-05", item="semiconductors"): (7.02e9, -4.4, None),
        },
        [],
    ),
    (
        "ko: a name's own turn told as the cause in a subtitle ('디스플레이는 OLED 감소에 6.1% 뒷걸음', '반도체 반등에"
        " 9% 증가') makes no subject of it",
        "2031-10-14",
        "9월 ICT 수출 9% 증가…반도체 반등에 9% 증가, 디스플레이는 OLED 감소에 6.1% 뒷걸음\n\n"
        "지난달 ICT 수출은 170억1천만달러로 9.0% 늘었다. 반도체는 80억2천만달러로 12.2% 늘었다. 디스플레이는"
        " 20억4천만달러로 6.1% 줄었다. OLED는 11억3천만달러로 10.3% 감소했다.",
        {
            k("2031-09", item="semiconductors"): (8.02e9, 12.2, None),
            k("2031-09", item="oled"): (1.13e9, -10.3, None),
            k("2031-09", item="displays"): (2.04e9, -6.1, None),
        },
        [],
    ),
    (
        "ko: a price or utilisation noun told as a cause ('고정거래가격 강세로', '가동률 하락에 따라') mutes no"
        " figure of the subject",
        "2031-03-14",
        "2월 ICT 수출은 160억1000만달러였다. 메모리가 D램 고정거래가격 강세로 61억2000만달러(↑11.5%)를 기록했다. "
        "디스플레이는 해외 공장 가동률 하락에 따라 17억7000만달러로 8.8% 줄었다.",
        {
            k("2031-02", item="memory"): (6.12e9, 11.5, None),
            k("2031-02", item="displays"): (1.77e9, -8.8, None),
        },
        [],
    ),
    (
        "en: an appositive that says what the subject's category is dominated by names no subject",
        "2031-05-14",
        "ICT exports rose 4.4 percent to $19.8 billion in April. Computers and peripherals, a category now dominated"
        " by server SSDs, climbed 21.3 percent to $1.92 billion.",
        {k("2031-04", item="computers_peripherals"): (1.92e9, 21.3, None)},
        [k("2031-04", item="ssd")],
    ),
    (
        "en: 'negative' written right before a rate signs it, whatever noun follows ('posted negative 9.9 percent"
        " growth')",
        "2031-03-14",
        "ICT exports rose 2.1 percent to $16.2 billion in February. Phone exports posted negative 9.9 percent growth"
        " at $1.01 billion. ICT exports to Japan booked minus 3.3 percent growth.",
        {k("2031-02", item="mobile_phones"): (1.01e9, -9.9, None), k("2031-02", region="japan"): (None, -3.3, None)},
        [],
    ),
    (
        "en: a period in the possessive owns the figure after it, not the one before ('The 5.5 percent rise followed"
        " May's 1.9 percent drop')",
        "2031-07-14",
        "ICT exports reached $18.2 billion in June. The 5.5 percent rise followed May's 1.9 percent drop.",
        {k("2031-06"): (1.82e10, 5.5, None), k("2031-05"): (None, -1.9, None)},
        [],
    ),
    (
        "en: 'the former' and 'the latter' are the two names of the pair before them",
        "2031-11-14",
        "ICT exports rose 3.3 percent to $18.1 billion in October. Computers and TVs both slowed. The former slid 4.4"
        " percent to $1.31 billion, while the latter lost 7.2 percent to $410 million.",
        {
            k("2031-10", item="computers"): (1.31e9, -4.4, None),
            k("2031-10", item="digital_tv"): (4.1e8, -7.2, None),
        },
        [],
    ),
    (
        "en: 'non-memory, or system, chips' are system chips; 'losing' signs a rate after 'held up'; an appositive"
        " saying what an item is used in or what a group contains names no subject",
        "2031-11-14",
        "ICT exports fell 2.2 percent to $17.1 billion in October. Memory chips grew 5.5 percent to $4.01 billion,"
        " while non-memory, or system, chips held up, losing only 0.9 percent to $2.55 billion. OLED panels, used in"
        " foldable smartphones, gained 7.7 percent to $880 million. DRAM, the product group that includes"
        " high bandwidth memory (HBM), rose 9.9 percent to $2.9 billion.",
        {
            k("2031-10", item="system_semiconductors"): (2.55e9, -0.9, None),
            k("2031-10", item="memory"): (4.01e9, 5.5, None),
            k("2031-10", item="oled"): (8.8e8, 7.7, None),
            k("2031-10", item="dram"): (2.9e9, 9.9, None),
        },
        [k("2031-10", item="mobile_phones"), k("2031-10", item="hbm")],
    ),
    (
        "ko: periods each with one amount after it, then '각각' and a rate for each, take the rates in turn",
        "2031-07-14",
        "상반기 ICT 수출은 1050억2천만달러였다. 반도체는 상반기에 560억1천만달러, 6월 한 달에만 101억3천만달러를 수출해"
        " 각각 11.1%, 14.4% 늘었다.",
        {
            k("2031-01/2031-06", item="semiconductors"): (5.601e10, 11.1, None),
            k("2031-06", item="semiconductors"): (1.013e10, 14.4, None),
        },
        [],
    ),
    (
        "ko: months joined as a list take the rates after '각각' in turn",
        "2032-04-14",
        "ICT 수출 증가율은 올해 2월과 3월에 각각 8.8%, 4.1%였다.",
        {k("2032-02"): (None, 8.8, None), k("2032-03"): (None, 4.1, None)},
        [],
    ),
    (
        "en: rates listed before months joined by 'and', respectively, take the months in turn",
        "2032-04-14",
        "ICT exports grew 8.8% and 4.1% in February and March, respectively.",
        {k("2032-02"): (None, 8.8, None), k("2032-03"): (None, 4.1, None)},
        [],
    ),
    (
        "ko: a half-year report's paragraph that ends on its month leaves the paragraphs after it to the half",
        "2031-07-15",
        "상반기 ICT 수출은 1020억5000만달러로 3.3% 늘었다. 수입은 520억1000만달러로 1.0% 줄었다. "
        "6월 ICT 수출은 180억2000만달러로 2.2% 증가했다.\n지역별로는 중국(홍콩 포함)이 481억달러로 5.1% 늘었다.\n"
        "인도는 14억4000만달러로 18.3% 증가했다. 일본은 27억1000만달러로 4.6% 줄었다.\n",
        {
            k("2031-06"): (1.802e10, 2.2, None),
            k("2031-01/2031-06", region="india"): (1.44e9, 18.3, None),
            k("2031-01/2031-06", region="japan"): (2.71e9, -4.6, None),
        },
        [k("2031-06", region="india"), k("2031-06", region="japan")],
    ),
    (
        "ko: a sideways table of partners goes on with the imports' amount and rate lines and the balance's line",
        "2030-08-14",
        "7월 ICT 수출 152.0억 달러\n▣ 지역별 수출입 (단위: 억 달러, %)\n┌──────┬──────┬──────┐\n"
        "│ 구 분 │ 중국(홍콩포함) │ 일본 │\n├──────┼──────┼──────┤\n"
        "│ 수출액 │ 70.5 │ 4.1 │\n│ 증감률 │ 2.2 │ △6.0 │\n│ 수입액 │ 35.0 │ 6.6 │\n"
        "│ 증감률 │ △1.4 │ 3.9 │\n│ 수지 │ 35.5 │ △2.5 │\n└──────┴──────┴──────┘\n",
        {
            k("2030-07", region="china"): (7.05e9, 2.2, None),
            k("2030-07", flow="import", region="china"): (3.5e9, -1.4, None),
            k("2030-07", flow="import", region="japan"): (6.6e8, 3.9, None),
            k("2030-07", flow="balance", region="china"): (3.55e9, None, None),
            k("2030-07", flow="balance", region="japan"): (-2.5e8, None, None),
        },
        [],
    ),
    (
        "en: a table laid on its side (regions across, 'Exports' and 'YoY' down) under a caption with its unit gives"
        " each region its amount and change",
        "2013-04-12",
        "IT exports in March rose 1.6% from a year earlier to US$13.82 billion.\n"
        "IT exports by region (Unit: US$ 100 million, %)\nRegion    China    Japan    EU\n"
        "Exports    66.1    6.8    7.7\nYoY    8.2    -5.5    -17.3\n",
        {
            k("2013-03", region="china"): (6.61e9, 8.2, None),
            k("2013-03", region="japan"): (0.68e9, -5.5, None),
            k("2013-03", region="eu"): (0.77e9, -17.3, None),
        },
        [],
    ),
    (
        "en: a whole year without its year in a half-year report ('pegged annual ICT exports at roughly $X') is the"
        " current year, a projection",
        "2014-07-15",
        "ICT exports in the first half rose 3.9 percent to $86.95 billion.\nA ministry official pegged annual ICT"
        " exports at roughly $174 billion.",
        {k("2014-01/2014-06"): (86.95e9, 3.9, None)},
        [k("2013-01/2013-12"), k("2014-01/2014-12")],
    ),
    (
        "en: a whole year without its year in a December report ('Full-year ICT exports rose') is the year that ended",
        "2014-01-14",
        "ICT exports in December rose 5.2 percent to $15.21 billion.\nFull-year ICT exports rose 2.6 percent to a"
        " record $169.4 billion.",
        {k("2013-12"): (15.21e9, 5.2, None), k("2013-01/2013-12"): (169.4e9, 2.6, None)},
        [],
    ),
    (
        "en: a round change after a bound word ('climbed more than 20 percent', 'soared over 60 percent') is no figure",
        "2010-04-14",
        "IT exports rose 28.4 percent to $11.92 billion in March.\nDisplay panels climbed more than 20 percent, while"
        " shipments to Vietnam soared over 60 percent.",
        {k("2010-03"): (11.92e9, 28.4, None)},
        [k("2010-03", item="displays"), k("2010-03", region="vietnam")],
    ),
    (
        "en: a change after 'more than' that is not round ('more than 13 percent') is an approximate figure",
        "2010-04-14",
        "IT exports rose 28.4 percent to $11.92 billion in March.\nDisplay panels climbed more than 13 percent.",
        {k("2010-03"): (11.92e9, 28.4, None), k("2010-03", item="displays"): (None, 13.0, None)},
        [],
    ),
    (
        "en: an estimate of the unfinished year with its change ('estimated this year's ICT exports at around $X,"
        " down Y percent') is no figure",
        "2019-11-21",
        "ICT exports will probably grow 3.8 percent to $181.7 billion next year, the institute said.\nIt estimated this"
        " year's ICT exports at around $175.1 billion, down 20.3 percent from last year.",
        {},
        [k("2019-01/2019-10"), k("2019-01/2019-12"), k("2019-10")],
    ),
    (
        "en: the passive estimate ('Full-year ICT shipments are estimated at about $X, up Y percent') is no figure",
        "2017-12-05",
        "ICT exports rose 22.4 percent to $17.76 billion in November. Full-year ICT shipments are estimated at about"
        " $197.3 billion, up 21.6 percent.",
        {k("2017-11"): (17.76e9, 22.4, None)},
        [k("2017-01/2017-11"), k("2017-01/2017-12"), k("2016-01/2016-12")],
    ),
    (
        "en: 'and up from $X in <Month>' after the month's own figures is the earlier month's value",
        "2021-07-13",
        "ICT exports jump in June\nShipments of ICT products totaled $20.33 billion last month, a 34.1 percent rise"
        " from a year earlier and up from $18.76 billion in May.",
        {k("2021-06"): (20.33e9, 34.1, None), k("2021-05"): (18.76e9, None, None)},
        [],
    ),
    (
        "en: 'up from $X in <Month>, when exports grew Y percent' gives that month its value and its change",
        "2021-07-13",
        "ICT exports hit $20.33 billion in June, up 34.1 percent on-year. That was up from $18.76 billion in May, when"
        " exports rose 36.9 percent on-year.",
        {k("2021-06"): (20.33e9, 34.1, None), k("2021-05"): (18.76e9, 36.9, None)},
        [],
    ),
    (
        "en: 'down from $X in <the month a year before>' stays the prior",
        "2016-06-13",
        "ICT exports fell 6.0 percent to $14.1 billion in May, down from $15.0 billion in May 2015.",
        {k("2016-05"): (14.1e9, -6.0, 15.0e9)},
        [],
    ),
    (
        "en: a partner named as the buyer ('…, the third-biggest customer for Korean ICT products, importing $X') buys"
        " Korea's exports",
        "2014-06-13",
        "ICT exports rose 2.9 percent to $14.87 billion in May.\nJapan stayed the third-biggest customer for Korean ICT"
        " products, importing $1.12 billion, down 4.6 percent from a year earlier.",
        {k("2014-05"): (14.87e9, 2.9, None), k("2014-05", region="japan"): (1.12e9, -4.6, None)},
        [k("2014-05", "import", region="japan")],
    ),
    (
        "en: Korea as the buyer ('Korea remained the top buyer of ICT goods from Japan, importing $X') imports",
        "2014-06-13",
        "ICT exports rose 2.9 percent to $14.87 billion in May.\nKorea remained the largest buyer of ICT goods from"
        " Japan, importing $0.93 billion, up 1.7 percent.",
        {k("2014-05", "import", region="japan"): (0.93e9, 1.7, None)},
        [k("2014-05", region="japan")],
    ),
    (
        "en: a trailing clause 'following a 2.3 percent drop in October' has its own period, not the lead's figures'",
        "2017-12-14",
        "ICT exports in the fourth quarter so far were strong.\nFor November alone, ICT shipments came to $17.24"
        " billion, down 4.8 percent, following a 2.3 percent on-year drop in October.",
        {k("2017-11"): (17.24e9, -4.8, None), k("2017-10"): (None, -2.3, None)},
        [],
    ),
    (
        "en: '…, after a 1.4 percent gain in May' is May's figure, not the June figures' period",
        "2019-07-12",
        "ICT exports rose in June.\nJune ICT exports totaled $15.66 billion, up 0.8 percent, after a 1.4 percent"
        " on-year gain in May.",
        {k("2019-06"): (15.66e9, 0.8, None), k("2019-05"): (None, 1.4, None)},
        [],
    ),
    (
        "en: a ranking apposition after the figures ('…, the highest monthly figure in 2017') does not date them",
        "2018-01-02",
        "ICT exports in 2017 rose 21.1 percent to $197.1 billion.\nDecember exports climbed 6.1 percent on-year to"
        " $17.52 billion, the highest monthly figure in 2017.",
        {k("2017-01/2017-12"): (197.1e9, 21.1, None), k("2017-12"): (17.52e9, 6.1, None)},
        [],
    ),
    (
        "ko: a reckoned figure ('…늘어난 것으로 추산됐다', '…로 추산했다') is an estimate, no actual",
        "2017-12-14",
        "11월 ICT 수출은 176억달러로 21.5% 늘었다. 올해 연간 ICT 수출은 1,950억달러로 17.4% 증가해 사상 최대를 기록한"
        " 것으로 추산됐다.\n\n협회는 반도체 수출을 960억달러로 추산했다.",
        {k("2017-11"): (17.6e9, 21.5, None)},
        [k("2017-01/2017-11"), k("2017-01/2017-12"), k("2017-01/2017-11", item="semiconductors")],
    ),
    (
        "en: a wish with its object ('wants ICT exports to reach $180 billion by 2021') or help towards a"
        " goal ('to help 150 startups hit a combined $400 million') is a target, no figure",
        "2017-03-15",
        "ICT exports rose 7.7 percent to $14.28 billion in February.\n\nThe ministry wants ICT exports to reach $180"
        " billion by 2021.\n\nThe agency also plans to help 150 startups hit a combined $400 million in exports"
        " by 2020.",
        {k("2017-02"): (14.28e9, 7.7, None)},
        [k("2017-01/2017-02"), k("2017-01"), k("2016-01/2016-12")],
    ),
    (
        "en: the combined exports of a programme's member firms ('Companies in the agency's incubator program shipped"
        " a combined …') are not the country's",
        "2017-03-15",
        "ICT exports rose 7.7 percent to $14.28 billion in February.\n\nCompanies in the agency's export incubator"
        " program shipped a combined $96 million abroad last year, up 14.2 percent.",
        {k("2017-02"): (14.28e9, 7.7, None)},
        [k("2016-01/2016-12"), k("2017-01/2017-02")],
    ),
    (
        "ko: the exports of a programme's firms ('수혜기업 94개사의 수출액은 …') and a part of a whole ('ICT 수출의 약"
        " 55%가') are not the country's change",
        "2017-03-15",
        "2월 ICT 수출은 142억8천만달러를 기록했다. ICT 수출의 약 55%가 반도체다.\n\n○ 수혜기업 94개사의 수출액은"
        " 전년보다 12.8% 늘었음",
        {k("2017-02"): (14.28e9, None, None)},
        [k("2016-01/2016-12")],
    ),
    (
        "ko: a share's rate compared with a period's rate in brackets ('비중은 14.2%로 지난해 같은 달(15.8%)보다') is"
        " the share's base, no change",
        "2019-05-14",
        "4월 ICT 수출은 152억3천만달러를 기록했다. ICT 수출에서 디스플레이가 차지하는 비중은 14.2%로"
        " 지난해 같은 달(15.8%)보다 낮아졌다.",
        {k("2019-04"): (15.23e9, None, None)},
        [k("2019-04", item="displays")],
    ),
    (
        "ko: a province's ICT trade from its regional office ('…지역본부에 따르면 도내 ICT 수출은') is not Korea's",
        "2019-05-14",
        "4월 ICT 수출은 152억3천만달러로 3.1% 줄었다.\n\n한편 무역협회 전북지역본부에 따르면 4월 도내 ICT 수출은"
        " 3억2천만달러로 8.4% 늘었다. 이 가운데 디스플레이는 1억1천만달러였다. 도내 ICT 수입은 9천만달러였다.",
        {k("2019-04"): (15.23e9, -3.1, None)},
        [k("2019-04", item="displays"), k("2019-04", flow="import")],
    ),
    (
        "ko: a headline's flow does not cross its ellipsis ('무역흑자 …억달러…디스플레이 9% 감소'"
        " is the displays' exports)",
        "2013-07-15",
        "6월 IT 수출 132억달러\n무역흑자 63억달러…디스플레이 9% 감소\n6월 IT 수출은 132억4천만달러로 2.7% 늘었고,"
        " 무역수지는 63억1천만달러 흑자였다. 디스플레이 수출은 24억2천만달러로 9.3% 줄었다.",
        {k("2013-06", item="displays"): (2.42e9, -9.3, None), k("2013-06", "balance"): (6.31e9, None, None)},
        [k("2013-06", "balance", item="displays")],
    ),
    (
        "ko/en: a plant's utilisation rate ('가동률이 48% 수준으로', 'utilization rate … 71%') is no trade change",
        "2019-03-14",
        '2월 ICT 수출은 141억2천만달러였다. 한 협력사 대표는 "라인 가동률이 48% 수준으로 내려앉았다"며'
        " 수출 회복을 기다린다고 말했다.\nThe capacity utilization rate at chip suppliers slid 9.5 percent to 71%"
        " as chip exports weakened.",
        {k("2019-02"): (14.12e9, None, None)},
        [k("2019-02", item="semiconductors")],
    ),
    (
        "ko: a part named in a contrast without figures ('부품 수출이 늘었지만 전체로는 …') leaves the figure"
        " to the whole",
        "2015-04-14",
        "3월 ICT 수출은 152억8천만달러로 1.9% 늘었다. 휴대폰은 부품 수출이 증가했지만 전체로는"
        " 23억1천만달러로 4.2% 감소했다. 디스플레이는 OLED 수출이 호조를 보였으나 전체로는"
        " 26억5천만달러로 9.8% 줄었다.",
        {
            k("2015-03", item="mobile_phones"): (2.31e9, -4.2, None),
            k("2015-03", item="displays"): (2.65e9, -9.8, None),
        },
        [k("2015-03", item="mobile_phone_parts"), k("2015-03", item="oled")],
    ),
    (
        "ko: a headline's short '컴퓨터 수출' beside the body's 컴퓨터 및 주변기기 with the same change is that figure",
        "2021-06-15",
        "5월 ICT 수출 183억달러…태블릿 수요에 컴퓨터 수출 27% 껑충\n과학기술정보통신부는 5월 ICT 수출이"
        " 183억1천만달러로 29.3% 늘었다고 15일 밝혔다. 컴퓨터 및 주변기기 수출은 9억4천만달러로 27.3% 증가했다.",
        {k("2021-05"): (18.31e9, 29.3, None), k("2021-05", item="computers_peripherals"): (0.94e9, 27.3, None)},
        [k("2021-05", item="computers")],
    ),
    (
        "ko: an item named as the weather of its market ('반도체 훈풍에', '메모리 한파에') is a cause, not the subject",
        "2017-12-14",
        "11월 ICT 수출 190억달러…반도체 훈풍에 21.4% 늘어\n과학기술정보통신부는 11월 ICT 수출이 190억2천만달러로"
        " 21.4% 증가했다고 14일 밝혔다. 반도체 수출은 98억6천만달러로 64.3% 늘었다.",
        {
            k("2017-11"): (19.02e9, 21.4, None),
            k("2017-11", item="semiconductors"): (9.86e9, 64.3, None),
        },
        [],
    ),
    (
        "ko: a headline's one-character partner before one item ('中 디스플레이 수출', '美 휴대폰 수출')"
        " is that partner",
        "2012-11-14",
        "10월 IT 수출 4.6%↑…中 디스플레이 수출 31%↑, 美 휴대폰 수출 17%↓\n지식경제부는 10월 IT 수출이"
        " 147억5천만달러로 4.6% 늘었다고 14일 밝혔다. 디스플레이 수출은 29억8천만달러로 6.2% 증가했고,"
        " 휴대폰 수출은 21억4천만달러로 3.9% 감소했다.",
        {
            k("2012-10", item="displays"): (2.98e9, 6.2, None),
            k("2012-10", item="displays", region="china"): (None, 31.0, None),
            k("2012-10", item="mobile_phones"): (2.14e9, -3.9, None),
            k("2012-10", item="mobile_phones", region="us"): (None, -17.0, None),
        },
        [],
    ),
    (
        "ko: a country named in a cause closed by '탓에' ('일본 업체와의 단가 경쟁 탓에', '대만산 부품 공세 탓에')"
        " is no destination",
        "2014-06-13",
        "5월 ICT 수출은 141억2천만달러로 2.4% 늘었다. 디스플레이는 일본 업체와의 단가 경쟁 탓에 25억7천만달러로"
        " 4.8% 줄었다.\n휴대폰은 대만산 부품 공세 탓에 19억3천만달러로 7.5% 감소했다.",
        {
            k("2014-05", item="displays"): (2.57e9, -4.8, None),
            k("2014-05", item="mobile_phones"): (1.93e9, -7.5, None),
        },
        [k("2014-05", item="displays", region="japan"), k("2014-05", item="mobile_phones", region="taiwan")],
    ),
    (
        "en: 'that month' after a sentence without figures that names one month ('revised its June number') is June",
        "2018-08-14",
        "ICT exports rose 9.4 percent to $18.36 billion in July.\nThe agency also revised its June number. Shipments"
        " for that month are now put at $17.12 billion.",
        {k("2018-07"): (18.36e9, 9.4, None), k("2018-06"): (17.12e9, None, None)},
        [],
    ),
    (
        "ko: a target's amount in a quoted answer ('올해 수출 목표 1,690억 달러는 … 넘을 것으로 봅니다') is no figure",
        "2013-05-14",
        '4월 ICT 수출은 137억4천만 달러로 3.6% 늘었다.\n\n[인터뷰] 미래부 관계자\n"하반기 수요가 살아나면 올해 ICT'
        ' 수출 목표 1,690억 달러는 넘어설 것으로 봅니다."',
        {k("2013-04"): (13.74e9, 3.6, None)},
        [k("2012-07/2012-12"), k("2013-07/2013-12"), k("2013-01/2013-12"), k("2012-01/2012-12")],
    ),
    (
        "ko: a running total whose '…로' hands on to the year's outlook ('…로 연간 최대 … 전망') is a fact",
        "2022-12-15",
        "11월 ICT 수출은 186억3천만 달러(-24.1%), 수입은 119억8천만 달러(+1.2%)였다.\n◇ 1~11월 누적 수출은"
        " 2,082억5천만 달러(+3.9%)로 연간 역대 최대치 경신 전망",
        {
            k("2022-11"): (18.63e9, -24.1, None),
            k("2022-01/2022-11"): (208.25e9, 3.9, None),
        },
        [],
    ),
    (
        "ko: an 'about' figure before the year's level ('…안팎으로 올해 수준을 … 전망했다') stays a forecast",
        "2022-11-20",
        "내년 ICT 수출은 2,230억달러로 2.1% 줄고, 수입은 1,405억달러 안팎으로 올해 수준을 이어갈 것으로 전망했다.",
        {},
        [k("2022-01/2022-10", "import"), k("2023-01/2023-12", "import"), k("2022-01/2022-10")],
    ),
    (
        "ko: '3분기 누적' beside a '1~9월' running total is the quarter summed over its months",
        "2015-10-15",
        "9월 ICT 수출은 148억2천만달러로 3.3% 늘었다. 3분기 누적 수출은 427억6천만달러로 0.8% 증가했으며,"
        " 1~9월 누적 수출은 1,262억3천만달러로 2.7% 줄었다.",
        {
            k("2015-09"): (14.82e9, 3.3, None),
            k("2015-07/2015-09"): (42.76e9, 0.8, None),
            k("2015-01/2015-09"): (126.23e9, -2.7, None),
        },
        [],
    ),
    (
        "ko: '3분기 누적' alone is still January to September",
        "2015-10-15",
        "9월 ICT 수출은 148억2천만달러로 3.3% 늘었다. 3분기 누적 수출은 1,262억3천만달러로 2.7% 줄었다.",
        {k("2015-09"): (14.82e9, 3.3, None), k("2015-01/2015-09"): (126.23e9, -2.7, None)},
        [k("2015-07/2015-09")],
    ),
    (
        "ko: an estimate or an expectation in the passive ('…안팎으로 추정됐다', '4% 감소가 예상된다') is no figure",
        "2019-11-14",
        "10월 ICT 수출은 151억달러로 17.2% 줄었다. 연간 ICT 수출은 1,760억달러 안팎으로 추정됐다."
        " 11월에도 반도체는 20% 감소가 예상된다.",
        {k("2019-10"): (15.1e9, -17.2, None)},
        [
            k("2019-01/2019-12"),
            k("2019-01/2019-10"),
            k("2019-11", item="semiconductors"),
            k("2019-10", item="semiconductors"),
        ],
    ),
    (
        "ko: 'ㅇ' bullets under an imports heading go on with its imports (NFKC no longer hides the 'ㅇ' bullet)",
        "2019-05-15",
        "4월 ICT 수출입 동향\n\n과학기술정보통신부는 4월 ICT 수출이 155억달러로 8.1% 줄었다고 밝혔다.\n\n"
        "□ 4월 ICT 수입은 91억2천만달러로 1.2% 늘었다.\nㅇ 반도체 38억5천만달러(4.4%↑), 디스플레이 4억1천만달러"
        "(12.0%↓)",
        {
            k("2019-04", "import", item="semiconductors"): (3.85e9, 4.4, None),
            k("2019-04", "import", item="displays"): (0.41e9, -12.0, None),
        },
        [k("2019-04", item="semiconductors"), k("2019-04", item="displays")],
    ),
    (
        "en: bilateral trade of all goods ('bilateral trade across all goods came to about $2.1 billion') is no ICT",
        "2021-03-16",
        "ICT exports grew 17.1 percent to $14.92 billion in February. Uzbekistan is a growing market: bilateral trade"
        " across all goods came to about $2.1 billion in 2020.",
        {k("2021-02"): (14.92e9, 17.1, None)},
        [k("2020-01/2020-12")],
    ),
    (
        "ko: a figure 'announced, but' revised ('…로 집계됐지만, 최종치는 … 로 정정됐다') gives way to the new one",
        "2016-06-14",
        "5월 ICT 수출은 141억5천만 달러로 4.4% 감소했다. 4월 ICT 수출은 당시 136억2천만 달러로 집계됐지만, 최종치는"
        " 137억4천만 달러로 정정됐다.",
        {k("2016-05"): (14.15e9, -4.4, None), k("2016-04"): (13.74e9, None, None)},
        [],
    ),
    (
        "en: a month opening the next clause (', and March by itself brought …') does not date the figure before it",
        "2013-04-15",
        "Over the January-March quarter, ICT exports gained 5.7 percent to $38.42 billion, and March by itself"
        " brought a rise of 3.9 percent to $13.61 billion.",
        {k("2013-01/2013-03"): (38.42e9, 5.7, None), k("2013-03"): (13.61e9, 3.9, None)},
        [],
    ),
    (
        "en: '<year> full-year' / '<year> annual' in a January-to-month sentence is that whole year",
        "2019-10-14",
        "Korea's ICT exports fell 24.1 percent to $14.93 billion in September. For January-September, ICT exports"
        " came to US$141.7bn (-21.4% YoY), below the 2018 full-year total of US$220.3bn and the 2017 annual"
        " figure of US$197.0bn.",
        {
            k("2019-01/2019-09"): (141.7e9, -21.4, None),
            k("2018-01/2018-12"): (220.3e9, None, 197.0e9),
            k("2017-01/2017-12"): (197.0e9, None, None),
        },
        [k("2018-01/2018-09"), k("2017-01/2017-09")],
    ),
    (
        "en: 'in the period' is the span named last ('during the period' after one in its own sentence is that one)",
        "2016-05-20",
        "ICT exports to Mexico totaled $1.12 billion in January-April.\n\nImports from Mexico were $310 million in the"
        " period.\n\nChip exports to Mexico were $420 million between January and March, with chip imports from Mexico"
        " at $95 million during the period.",
        {
            k("2016-01/2016-04", "import", region="other:mexico"): (310e6, None, None),
            k("2016-01/2016-03", "import", "semiconductors", "other:mexico"): (95e6, None, None),
        },
        [k("2016-04", "import", region="other:mexico")],
    ),
    (
        "en: a running total ending a month before the default month frames its paragraph (no report period yet)",
        "2016-07-20",
        "Korea shipped US$2.47 billion worth of ICT goods to India in the first five months of this year, up 18.2"
        " per cent. Display exports to India came to $830 million, up 9.6 per cent.",
        {
            k("2016-01/2016-05", region="india"): (2.47e9, 18.2, None),
            k("2016-01/2016-05", item="displays", region="india"): (830e6, 9.6, None),
        },
        [k("2016-06", item="displays", region="india")],
    ),
    (
        "en: '$X worth of ICT goods to <partner> in the first N months' reaches its span past the goods and partner",
        "2016-06-22",
        "Korea shipped US$2.47 billion worth of ICT goods to India in the first five months of this year, up 18.2"
        " per cent on a year earlier.",
        {k("2016-01/2016-05", region="india"): (2.47e9, 18.2, None)},
        [k("2016-05", region="india")],
    ),
    (
        "ko: a bullet that lists two parts of the year ('- 하반기 …, 4분기 …') sets no period for the bullets after it",
        "2020-02-11",
        "1. 2019년 실적\n"
        " - 2019년 ICT 수출은 1,768억7천만 달러로 전년 대비 19.6% 감소, 수입은 1,093억2천만 달러(△2.5%)\n"
        " - 하반기 수출은 861억5천만 달러(△16.4%), 4분기 수출은 437억1천만 달러(△11.8%)\n"
        " - 디스플레이 209억 달러(△15.9%) 가운데 OLED 108억 달러(△0.9%)",
        {
            k("2019-07/2019-12"): (86.15e9, -16.4, None),
            k("2019-10/2019-12"): (43.71e9, -11.8, None),
            k("2019-01/2019-12", item="displays"): (20.9e9, -15.9, None),
        },
        [k("2019-07/2019-12", item="displays"), k("2019-07/2019-12", item="oled")],
    ),
    (
        "en: an annual lead naming only the base's year ('up 24.1% from $X in 2020') under a 2021 headline: 2020's own",
        "2022-01-18",
        "Korea's ICT exports climbed by a quarter in 2021\n"
        "Outbound ICT shipments came to $227.4 billion, the ministry said Monday, up 24.1% from $183.2 billion"
        " in 2020.",
        {
            k("2021-01/2021-12"): (227.4e9, 24.1, 183.2e9),
            k("2020-01/2020-12"): (183.2e9, None, None),
        },
        [k("2019-01/2019-12")],
    ),
    (
        "en: an answer goes on from its question ('Q: What about imports?' / 'A: They climbed …') in a Q&A",
        "2021-07-15",
        "Korea's ICT exports reached $99.6 billion in the first half, up 24.1%, the ministry said.\n"
        "Q: What about imports?\nA: They climbed 16.2% to $57.3 billion.\n"
        "Q: And imports from China alone?\nA: Up 8.8% at $19.1 billion.",
        {
            k("2021-01/2021-06"): (99.6e9, 24.1, None),
            k("2021-01/2021-06", "import"): (57.3e9, 16.2, None),
            k("2021-01/2021-06", "import", region="china"): (19.1e9, 8.8, None),
        },
        [],
    ),
    (
        "en: a precise total after a bound word ('above the full-year 2012 total of $X') is that year's figure",
        "2014-11-14",
        "ICT exports grew 3.8 percent to $15.27 billion in October. For January through October, exports came to"
        " $143.8 billion, already above the full-year 2012 total of $142.6 billion and surpassing the whole-year"
        " 2011 total of $140.3 billion.",
        {
            k("2014-01/2014-10"): (143.8e9, None, None),
            k("2012-01/2012-12"): (142.6e9, None, 140.3e9),
            k("2011-01/2011-12"): (140.3e9, None, None),
        },
        [],
    ),
    (
        "en: an earlier release's figure ('the earlier release put January … at $X, up Y%; … show $Z') is replaced",
        "2022-03-15",
        "ICT exports grew 11.2 percent to $21.34 billion in February. January changed as well: the earlier release"
        " put January ICT exports at $19.87 billion, up 6.4%, but the final data show $19.95 billion and a 6.9% rise."
        " Last month's report had January ICT imports at $11.02 billion, down 1.1%; today's tables give $11.10"
        " billion and a 0.4% fall.",
        {
            k("2022-02"): (21.34e9, 11.2, None),
            k("2022-01"): (19.95e9, 6.9, None),
            k("2022-01", "import"): (11.10e9, -0.4, None),
        },
        [],
    ),
    (
        "en/ko: a guess ('Our bet is that … lands near $X') and '…억달러 안팎으로 전망하며' state no figure",
        "2021-05-13",
        "ICT exports rose 6.8 percent to $17.35 billion in April. Our bet is that the second quarter lands somewhere"
        " near $52 billion.\n\n4월 ICT 수출은 173억5000만달러로 6.8% 늘었다. 상반기 ICT 수출은 1000억달러 안팎으로"
        " 전망하며 업종 비중확대 의견을 유지한다.",
        {k("2021-04"): (17.35e9, 6.8, None)},
        [k("2020-04/2020-06"), k("2021-04/2021-06"), k("2020-01/2020-06"), k("2021-01/2021-06")],
    ),
    (
        "en: 'led by <partner> at N million dollars' (a transcript's spelled dollars) is the partner's own figure",
        "2015-08-14",
        "ICT exports fell 2.3 percent to 14.11 billion dollars in July. Shipments to the Middle East grew 9.1 percent"
        " to 430 million dollars, led by Saudi Arabia at 170 million dollars, up 15.4 percent.",
        {k("2015-07", region="other:saudi arabia"): (170e6, 15.4, None)},
        [],
    ),
    (
        "en: 'a $X ICT trade surplus with <partner>' after an item-by-partner sentence is the ICT balance",
        "2018-06-15",
        "ICT exports rose 9.6 percent to $16.41 billion in May. Korean phone exports to Brazil fell 4.2 per cent to"
        " $83 million. Korea ran a $171 million ICT trade surplus with Brazil in May.",
        {k("2018-05", "balance", region="other:brazil"): (171e6, None, None)},
        [k("2018-05", "balance", "mobile_phones", "other:brazil")],
    ),
    (
        "ko: a trend line alone under its caption ('< ICT 수출 추이 >') has its amounts in the release's 억 dollars",
        "2021-04-15",
        "3월 ICT 수출은 176.3억 달러로 22.6% 늘었다.\n< ICT 수출 추이 >\n('21.1월)162.4(8.8↑) → ('21.2월)151.9(17.5↑)"
        " → ('21.3월)176.3(22.6↑)",
        {k("2021-01"): (16.24e9, 8.8, None), k("2021-02"): (15.19e9, 17.5, None)},
        [],
    ),
    (
        "en: an earlier month in brackets after a line's figures ('(Jun: -7.3% YoY)', '(June: …)') dates only them",
        "2019-08-14",
        "Data recap\n- ICT exports: $15.91bn, -21.1% YoY (Jun: -7.3% YoY)\n- Chips: $8.05bn, -30.6% YoY (June:"
        " -26.0% YoY)\n- ICT imports: $8.62bn, +2.4% YoY",
        {
            k("2019-07"): (15.91e9, -21.1, None),
            k("2019-06"): (None, -7.3, None),
            k("2019-07", "import"): (8.62e9, 2.4, None),
            k("2019-07", item="semiconductors"): (8.05e9, -30.6, None),
            k("2019-06", item="semiconductors"): (None, -26.0, None),
        },
        [],
    ),
    (
        "en: a bare year labelling a figure in parentheses ('(2013: $X)') is the same months that year: the prior",
        "2014-10-15",
        "South Korea's IT exports grew 7.3 percent to $44.62 billion in the third quarter (2013: $41.58 billion)."
        " For all of last year they came to $169.40 billion (2012: $155.21 billion).",
        {
            k("2014-07/2014-09"): (44.62e9, 7.3, 41.58e9),
            k("2013-01/2013-12"): (169.40e9, None, 155.21e9),
        },
        [],
    ),
    (
        "en: a revision's base named by when it was given out ('from the $X it announced a month ago') is no figure",
        "2014-06-13",
        "ICT exports rose 2.9 percent to $14.35 billion in May. The ministry revised April's ICT exports to $14.02"
        " billion from the $13.96 billion it announced a month ago. It also revised March imports to $7.44 billion"
        " from $7.41 billion announced earlier.",
        {
            k("2014-04"): (14.02e9, None, None),
            k("2014-03", "import"): (7.44e9, None, None),
        },
        [k("2013-03", "import"), k("2013-04")],
    ),
    (
        "en: a headline's 'in 7 months reach $X' is January to July (not 'the highest in 7 months')",
        "2023-08-21",
        "Korea's ICT exports to India in 7 months reach USD 4.21 billion\n\nIn July, Korean ICT goods shipped to"
        " India were worth USD 0.66 billion, up 8.2% from July 2022, the highest in 7 months.",
        {
            k("2023-01/2023-07", region="india"): (4.21e9, None, None),
            k("2023-07", region="india"): (0.66e9, 8.2, None),
        },
        [],
    ),
    (
        "en: a transcript's spoken point between figures ('18 point 3 billion dollars', 'five point one percent')",
        "2019-03-14",
        "Newscaster: Korea's ICT exports reached 18 point 3 billion dollars in February, down five point one percent"
        " on-year. Display shipments came to 1 point 7-2 billion dollars.",
        {
            k("2019-02"): (18.3e9, -5.1, None),
            k("2019-02", item="displays"): (1.72e9, None, None),
        },
        [],
    ),
    (
        "ko: an item after a partner's total ('대만 수출은 … 대부분 반도체(…)였다') is its breakdown: the next partner"
        " is a total",
        "2021-04-14",
        "3월 ICT 수출은 195.3억 달러로 9.2% 증가했다. 대만 수출은 12.4억 달러로 20.1% 늘었는데 대부분"
        " 반도체(10.8억 달러, 25.6%↑)였다. 베트남 수출은 26.0억 달러로 2.2% 줄었다.",
        {
            k("2021-03", item="semiconductors", region="taiwan"): (1.08e9, 25.6, None),
            k("2021-03", region="vietnam"): (2.60e9, -2.2, None),
        },
        [k("2021-03", item="semiconductors", region="vietnam")],
    ),
    (
        "en: an item after a partner's total (', most of it chips ($X, …)') is its breakdown: the next partner is"
        " a total",
        "2021-04-14",
        "Korea's ICT exports grew 9.2 percent to $19.53 billion in March. Exports to Taiwan climbed 20.1 percent to"
        " $1.24 billion, most of it chips ($1.08 billion, up 25.6 percent). Exports to Vietnam slipped 2.2 percent to"
        " $2.60 billion.",
        {
            k("2021-03", item="semiconductors", region="taiwan"): (1.08e9, 25.6, None),
            k("2021-03", region="vietnam"): (2.60e9, -2.2, None),
        },
        [k("2021-03", item="semiconductors", region="vietnam")],
    ),
    (
        "en: bullets flattened onto one line ('… surplus of $X. ○ Computers (…) … - System chips …') are exports,"
        " as one bullet a line are",
        "2019-03-13",
        "Tech exports slip in February\n□ ICT exports in February were USD 13.74 billion, down 6.3% year-on-year,"
        " and imports were USD 7.92 billion, up 1.1%, for a trade surplus of USD 5.82 billion. ○ Computers (USD 0.81"
        " billion, +12.5%) and phones (USD 1.02 billion, -18.4%) went separate ways. - System chips USD 2.06 billion"
        " (+4.2%)",
        {
            k("2019-02", item="computers"): (0.81e9, 12.5, None),
            k("2019-02", item="mobile_phones"): (1.02e9, -18.4, None),
            k("2019-02", item="system_semiconductors"): (2.06e9, 4.2, None),
        },
        [k("2019-02", "balance", item="computers")],
    ),
    (
        "ko: bullets flattened onto one line ('… 수입은 1.1% 증가 □ (품목별) 컴퓨터(…) …') are exports, as one bullet"
        " a line are",
        "2019-03-13",
        "□ 과학기술정보통신부는 2019년 2월 ICT 수출이 137.4억 달러, 수입이 79.2억 달러로 무역수지는 58.2억 달러 흑자를"
        " 기록했다고 밝혔다. ㅇ 수출은 전년 동월 대비 6.3% 감소, 수입은 1.1% 증가 □ (품목별) 컴퓨터(8.1억불, 12.5%↑),"
        " 휴대폰(10.2억불, 18.4%↓) □ (지역별) 베트남(24.3억불, 2.7%↑), 일본(3.1억불, 9.9%↓) ㅇ 1~2월 누적 수출은"
        " 291.6억불로 8.0% 감소",
        {
            k("2019-02", item="computers"): (0.81e9, 12.5, None),
            k("2019-02", item="mobile_phones"): (1.02e9, -18.4, None),
            k("2019-02", region="vietnam"): (2.43e9, 2.7, None),
            k("2019-02", region="japan"): (0.31e9, -9.9, None),
            k("2019-01/2019-02"): (29.16e9, -8.0, None),
        },
        [k("2019-02", "import", region="vietnam")],
    ),
    (
        "en: guard: on a line of flattened bullets a dash after a figure opens a sub-bullet, so its item stays"
        " with its own partner ('• Japan: … – mobile phones … • India: …')",
        "2022-11-14",
        "Korea's ICT exports fell 5.7 percent to $17.40 billion in October, the ministry said.\nICT exports by"
        " destination, October 2022 • Japan: $0.52 billion, +3.1% – mobile phones $0.21 billion (+7.7%) • India:"
        " $0.44 billion, -2.6% • Mexico: $0.38 billion, +5.0%",
        {
            k("2022-10", item="mobile_phones", region="japan"): (0.21e9, 7.7, None),
            k("2022-10", region="india"): (0.44e9, -2.6, None),
        },
        [k("2022-10", item="mobile_phones", region="india")],
    ),
    (
        "en: guard: a dash inside a sentence after a figure ('rose 12.4% - the most in a year - to $X') is no bullet",
        "2018-11-14",
        "Korea's ICT exports rose 2.2 percent to $16.10 billion in October. Chip exports rose 12.4% - the most in a"
        " year - to $9.80 billion.",
        {k("2018-10", item="semiconductors"): (9.8e9, 12.4, None)},
        [],
    ),
    (
        "en: guard: ', where shipments of <item> fell …,' after the sentence's own partner stays an aside",
        "2018-07-13",
        "ICT exports grew 6.0 percent to $18.02 billion in June. Exports to Japan, where shipments of phones"
        " slid 4.4 percent, rose 9.7 percent to $0.51 billion.",
        {},
        [k("2018-06", item="mobile_phones", region="japan")],
    ),
    (
        "en: rows one a line in an annual release are the year's, like the big row beside them, not December's",
        "2013-01-14",
        "IT exports totaled US$155.20 billion in 2012, up 0.6% on the year.\n"
        "December IT exports came to US$13.61 billion, up 2.2%.\n"
        "Main items\n"
        "Semiconductors: US$50.43 billion (+0.9%)\n"
        "Display panels: US$3.05 billion (-6.1%)\n"
        "Main markets\n"
        "Japan: US$6.12 billion (-3.0%)",
        {
            k("2012-01/2012-12", item="semiconductors"): (50.43e9, 0.9, None),
            k("2012-01/2012-12", item="displays"): (3.05e9, -6.1, None),
            k("2012-01/2012-12", region="japan"): (6.12e9, -3.0, None),
        },
        [k("2012-12", item="displays"), k("2012-12", region="japan")],
    ),
    (
        "en: ', up Y% month-on-month' after 'down X% on-year' does not sign the on-year change",
        "2016-09-13",
        "ICT exports slipped 1.4 percent to $14.66 billion in August. Mobile phones: $1.37 billion, down 11.9% on-year,"
        " up 6.2% month-on-month. Computers: $0.72 billion, up 3.3% on-year, down 2.1% month-on-month.",
        {
            k("2016-08", item="mobile_phones"): (1.37e9, -11.9, None),
            k("2016-08", item="computers"): (0.72e9, 3.3, None),
        },
        [],
    ),
    (
        "ko: an item in a contrast after a partner's item ('대미 반도체 수출이 …지만, 휴대폰은 …') keeps the partner",
        "2016-12-14",
        "11월 ICT 수출은 157억달러로 2.4% 늘었다. 대미 반도체 수출이 8억2천만 달러로 3% 증가했지만, 휴대폰은"
        " 6억4천만 달러로 18.5% 줄었다.",
        {
            k("2016-11", item="semiconductors", region="us"): (0.82e9, 3.0, None),
            k("2016-11", item="mobile_phones", region="us"): (0.64e9, -18.5, None),
        },
        [k("2016-11", item="mobile_phones")],
    ),
    (
        "ko: a headline about one partner goes on with its balance ('대베트남 … 증가…흑자 21억 달러')",
        "2019-04-15",
        "3월 대베트남 ICT 수출 12.4% 증가…흑자 21억 달러\n\n3월 대베트남 ICT 수출은 32억5천만달러로 12.4% 늘었다."
        "\n\n3월 전체 ICT 수출은 187억달러로 5.5% 늘었다. ICT 무역수지는 83억2천만달러 흑자다.",
        {
            k("2019-03", "balance"): (8.32e9, None, None),
            k("2019-03", "balance", region="vietnam"): (2.1e9, None, None),
        },
        [],
    ),
    (
        "en: a target ('plans to boost ICT exports to $X next year', 'its target is …') states no figure",
        "2011-01-18",
        "IT exports totaled $156.2 billion in 2010, up 29.3 percent. The ministry plans to boost IT exports to"
        " $165 billion in 2011. Its target is a $78 billion surplus in 2011.",
        {k("2010-01/2010-12"): (156.2e9, 29.3, None)},
        [k("2011-01/2011-12"), k("2011-01/2011-12", "balance")],
    ),
    (
        "en: 'led by <partner>, where exports rose …' gives the partner its own figure",
        "2012-11-15",
        "IT exports edged up 1.2 percent to $13.07 billion in October. Exports to Latin America rose 6.6 percent to"
        " $0.93 billion, led by Brazil, where shipments surged 19.4 percent to $0.31 billion.",
        {
            k("2012-10", region="latin_america"): (0.93e9, 6.6, None),
            k("2012-10", region="other:brazil"): (0.31e9, 19.4, None),
        },
        [],
    ),
    (
        "en: a figure for a year not over yet ('sees … rising 6.5% in 2026', published in 2025) is a forecast",
        "2025-11-20",
        "Institute sees ICT exports rising 6.5% in 2026\n\nKorea's ICT exports rose 4.4 percent to $21.5 billion"
        " in October, the ministry said.",
        {k("2025-10"): (21.5e9, 4.4, None)},
        [k("2026-01/2026-12")],
    ),
    (
        "ko: '내년' is the year after publication, and its figures are forecasts",
        "2025-11-20",
        '"내년 ICT 수출 7% 반등"…연구원 전망 세미나\n\n올해 1~10월 ICT 수출은 1,980억달러로 5.2% 늘었다.',
        {k("2025-01/2025-10"): (198e9, 5.2, None)},
        [k("2025-10"), k("2026-01/2026-12")],
    ),
    (
        "en: an item in ', home to …,' describes the partner; the figure is the partner's total",
        "2017-04-14",
        "ICT exports jumped 10.4 percent to $15.19 billion in March. Shipments to Hungary, home to two battery and"
        " display module plants, rose 14.8 percent to $0.26 billion.",
        {k("2017-03", region="other:hungary"): (0.26e9, 14.8, None)},
        [k("2017-03", item="displays", region="other:hungary")],
    ),
    (
        "en: a partner described by other markets (', one of Korea's fastest-growing ASEAN buyers,') keeps its figure",
        "2019-09-16",
        "ICT exports fell 3.1 percent to $16.02 billion in August. Shipments to Malaysia, one of Korea's"
        " fastest-growing ASEAN buyers, grew 11.3 percent to $0.58 billion, and exports to Poland, the third-largest"
        " buyer in Europe after Germany and Hungary, rose 2.6 percent to $0.09 billion.",
        {
            k("2019-08", region="other:malaysia"): (0.58e9, 11.3, None),
            k("2019-08", region="other:poland"): (0.09e9, 2.6, None),
        },
        [k("2019-08", region="asean"), k("2019-08", region="other:germany")],
    ),
    (
        "ko: a newsletter's masthead with its issue and a section label over the headline are no title paragraphs",
        "2020-01-16",
        "반도체산업 소식 제87호\n◆ 숫자로 보는 산업\n2019년 ICT 수출 1,769억달러\n\n"
        "과기정통부 집계로 2019년 ICT 수출은 1,769억1천만달러로 23.0% 감소했다.\n\n"
        "12월 수출은 150억2천만달러로 15.3% 줄었다.\n\n지역별 연간 수출\nㅇ 중국(홍콩 포함) 846억달러(26.0%↓)"
        "\nㅇ 일본 41억3천만달러(6.3%↓)",
        {
            k("2019-12"): (15.02e9, -15.3, None),
            k("2019-01/2019-12", region="japan"): (4.13e9, -6.3, None),
        },
        [k("2019-12", region="japan")],
    ),
    (
        "ko: a newsletter heading that names bare the flow and month another heading names with ICT ('■ 5월 수출 …'"
        " beside '■ 5월 ICT 수출 …') heads the country's whole trade",
        "2019-06-14",
        "[산업 브리프] 제57호 (2019.06.14)\n\n■ 5월 수출 458.6억 달러, 9.4% 감소\n산업통상자원부에 따르면 5월 수출은"
        " 458.6억 달러로 전년 동월 대비 9.4% 감소했으며, 수입은 435.3억 달러로 무역수지는 23.3억 달러 흑자를 기록했다."
        "\n\n■ 5월 ICT 수출 152억 달러…반도체 부진에 17.5% 감소\n과학기술정보통신부에 따르면 5월 ICT 수출은 152.4억"
        " 달러로 전년 동월 대비 17.5% 감소했으며, 수입은 88.6억 달러(6.1%↓)로 무역수지는 63.8억 달러 흑자를 기록했다.",
        {
            k("2019-05"): (15.24e9, -17.5, None),
            k("2019-05", "import"): (8.86e9, -6.1, None),
            k("2019-05", "balance"): (6.38e9, None, None),
        },
        [k("2019-01/2019-05"), k("2019-01/2019-05", "import")],
    ),
    (
        "en: a newsletter section whose heading has no figure and that names no trade flow ('2. AUTOS: SALES STALL')"
        " is another subject's: its 'deliveries are down 6%' is no ICT change",
        "2017-03-14",
        "Seoul Markets Digest | No. 27 | March 14, 2017\n\n1. ICT TRADE\nKorea's ICT exports were $14.53 billion in"
        " February, up 19.8% on a year earlier, while imports came to $7.46 billion.\n\n2. AUTOS: SALES STALL\n"
        "Hyundai cut its list prices for two sedans. Year-to-date deliveries are down 6%.",
        {k("2017-02"): (14.53e9, 19.8, None), k("2017-02", "import"): (7.46e9, None, None)},
        [k("2017-01/2017-02")],
    ),
    (
        "en: a numbered heading under a long contents line ('Inside: ICT trade | Autos | …') starts a line of its"
        " own, not the contents line's wrapped end",
        "2017-03-14",
        "Seoul Markets Digest | No. 27 | March 14, 2017\n\nInside: ICT trade | Autos | Bond markets | Events calendar"
        "\n\n1. ICT TRADE\nKorea's ICT exports were $14.53 billion in February, up 19.8% on a year earlier.\n\n"
        "2. AUTOS: SALES STALL\nHyundai cut its list prices for two sedans. Year-to-date deliveries are down 6%.",
        {k("2017-02"): (14.53e9, 19.8, None)},
        [k("2017-01/2017-02")],
    ),
    (
        "ko: a newsletter section on a trade agreement ('■ 한·베트남 FTA 2주년', '… 관세(4.5%)가 철폐됐다') names no"
        " trade flow: its rate is no ICT change to the partner",
        "2017-03-14",
        "[통상 소식] 제118호 (2017.03.14)\n\n■ 2월 ICT 수출 145억 달러…19.8% 증가\n과학기술정보통신부에 따르면 2월 ICT"
        " 수출은 145.3억 달러로 전년 동월 대비 19.8% 증가했다.\n\n■ 한·베트남 FTA 2주년\n한국과 베트남은 12월 FTA 발효"
        " 2주년을 맞는다. 발효 당시 포도 관세(4.5%)가 즉시 철폐됐다.",
        {k("2017-02"): (14.53e9, 19.8, None)},
        [k("2017-02", region="vietnam")],
    ),
    (
        "ko: a table set one cell a line whose balance row ends without its change cell ('수지' / '62.3' / '68.5', the"
        " '-' lost) keeps the year-ago balance",
        "2017-06-14",
        "5월 ICT 수출은 158.7억 달러로 6.0% 늘었다.\n\n< 5월 ICT 수출입 >\n(단위: 억 달러, %)\n구분\n'16.5월\n'17.5월"
        "\n증감률\n수출\n149.7\n158.7\n6.0\n수입\n87.4\n90.2\n3.2\n수지\n62.3\n68.5\n\n□ 반도체 수출은 월간 최대를"
        " 기록했다.",
        {
            k("2017-05", "import"): (9.02e9, 3.2, 8.74e9),
            k("2017-05", "balance"): (6.85e9, None, 6.23e9),
            k("2016-05", "balance"): (6.23e9, None, None),
        },
        [],
    ),
    (
        "ko: a subsidiary's or a company's sales ('… 법인의 작년 매출은 약 N억달러') are no ICT exports to the partner",
        "2019-03-15",
        "2월 ICT 수출은 134억6000만달러로 17.4% 줄었다. 인도 수출은 3억8000만달러로 6.5% 늘었다.\n\n"
        "이와 별도로 삼성전자 인도 생산법인의 작년 매출은 약 110억달러로 집계됐다.",
        {k("2019-02", region="india"): (0.38e9, 6.5, None)},
        [k("2018-01/2018-12", region="india"), k("2018-01/2018-12")],
    ),
    (
        "ko: '…에서 N달러어치를 들여왔다' is an import: the verb after the figure is its flow, not the next clause's",
        "2014-08-14",
        "7월 ICT 수입은 69억8000만달러로 2.2% 증가했다. 대만에서는 8억1000만달러어치를 들여왔다.",
        {k("2014-07", "import", region="taiwan"): (0.81e9, None, None)},
        [k("2014-07", region="taiwan")],
    ),
    (
        "ko: a change 'over the year' ('1년 만에 N% 늘어난 셈') in the sentence of last year's value is this year's",
        "2018-04-13",
        "3월 ICT 수출은 171억4000만달러로 13.8% 늘었다. 반도체는 지난달 108억2000만달러어치가 수출됐다."
        " 지난해 3월 반도체 수출액은 79억5000만달러였으니, 1년 만에 36.1% 불어난 것이다.",
        {k("2018-03", item="semiconductors"): (10.82e9, 36.1, 7.95e9)},
        [],
    ),
    (
        "ko: '<partner> 수출 중 A가 …, B가 …' gives every item of the list that partner, not the one before",
        "2017-07-14",
        "6월 ICT 수출은 168억5000만달러로 9.7% 늘었다. 일본 수출은 3억9000만달러로 4.1% 감소했다."
        " 대만 수출 중 메모리반도체가 9억2000만달러, 디스플레이가 1억6000만달러였다.",
        {
            k("2017-06", item="memory", region="taiwan"): (0.92e9, None, None),
            k("2017-06", item="displays", region="taiwan"): (0.16e9, None, None),
        },
        [k("2017-06", item="displays", region="japan")],
    ),
    (
        "ko: '<partner> 수출 가운데' (of the exports to the partner) is a whole, not an 'amid' clause's cause",
        "2016-11-14",
        "10월 ICT 수출은 158억1000만달러로 6.3% 늘었다. 미국 수출은 14억7000만달러로 3.2% 감소했다."
        " 인도 수출 가운데 휴대폰은 2억3000만달러로 17.4% 늘었다.",
        {k("2016-10", item="mobile_phones", region="india"): (0.23e9, 17.4, None)},
        [k("2016-10", item="mobile_phones", region="us")],
    ),
    (
        "ko: a sentence that only gives a reason ('…주문이 늘어난 영향이다') is no whole for the 'of these' after it",
        "2016-12-14",
        "11월 ICT 수출은 163억4000만달러로 5.2% 늘었다.\n\n11월 휴대폰 수출은 31억2000만달러로 8.9% 증가했다."
        " 베트남과 인도 현지 조립공장의 주문이 늘어난 영향이다. 이 중 부분품은 17억5000만달러로 21.4% 늘었다.",
        {k("2016-11", item="mobile_phone_parts"): (1.75e9, 21.4, None)},
        [k("2016-11", item="mobile_phone_parts", region="india")],
    ),
    (
        "ko: a base month with its amount in parentheses before '과 비교하면' in a sentence of its own is the prior",
        "2016-10-14",
        "9월 ICT 수출은 152억7000만달러로 1.9% 늘었다.\n\n휴대폰 수출은 지난달 21억4000만달러를 기록했다."
        " 작년 9월(18억6000만달러)과 비교하면 15.1% 늘어난 규모다.",
        {
            k("2016-09", item="mobile_phones"): (2.14e9, 15.1, 1.86e9),
            k("2015-09", item="mobile_phones"): (1.86e9, None, None),
        },
        [k("2014-09", item="mobile_phones")],
    ),
    (
        "ko: a unit note that explains its parentheses ('(단위: 억 달러, 괄호 안은 … 증감률)') still declares 억 달러",
        "2015-11-13",
        "10월 정보통신기술 수출입 요약\n(단위: 억 달러, 괄호 안은 작년 같은 달과 비교한 증감률)\n"
        "● 전체 : 수출 153.9(-6.0%) / 수입 77.2(+2.4%)\n● 품목 : 반도체 55.1(+1.8%), 디스플레이 24.6(-14.3%)",
        {
            k("2015-10"): (15.39e9, -6.0, None),
            k("2015-10", "import"): (7.72e9, 2.4, None),
            k("2015-10", item="displays"): (2.46e9, -14.3, None),
        },
        [],
    ),
    (
        "en: 'including $X of <item>, up Y%' is the part's figure, named after its amount",
        "2021-08-13",
        "ICT exports climbed 24.1 percent to $19.44 billion in July. Computers and peripherals rose 8.8 percent to"
        " $1.47 billion, including $0.81 billion of SSDs, up 35.2 percent on-year.",
        {
            k("2021-07", item="computers_peripherals"): (1.47e9, 8.8, None),
            k("2021-07", item="ssd"): (0.81e9, 35.2, None),
        },
        [],
    ),
    (
        "ko: figures opening a sentence with no subject, before a clause that names a part, are the verdict's item",
        "2017-06-14",
        "5월 ICT 수출은 158억3000만달러로 18.4% 늘었다. 디스플레이는 주춤했다. 24억9000만달러로 2.7% 줄었는데,"
        " OLED가 9억6000만달러로 31.5% 늘었지만 LCD 부진을 메우지 못했다.",
        {
            k("2017-05", item="displays"): (2.49e9, -2.7, None),
            k("2017-05", item="oled"): (0.96e9, 31.5, None),
        },
        [],
    ),
    (
        "en: 'share' inside a ', which …,' aside leaves the change after the aside year-on-year",
        "2023-03-15",
        "ICT exports slid 9.1 percent to $15.44 billion in February. Display panels, which hold the biggest share"
        " after chips, shrank 27.4 percent to $1.38 billion.",
        {k("2023-02", item="displays"): (1.38e9, -27.4, None)},
        [],
    ),
    (
        "en: a deficit named after a semicolon ('…; deficit with Japan …') is not the amount's before it",
        "2018-05-15",
        "Korea's ICT exports rose 6.2 percent to $17.31 billion in April. Balance by partner: surplus with Mexico"
        " USD 0.62 billion and with India USD 0.27 billion; deficit with Japan USD 0.48 billion.",
        {
            k("2018-04", "balance", region="india"): (0.27e9, None, None),
            k("2018-04", "balance", region="japan"): (-0.48e9, None, None),
        },
        [],
    ),
    (
        "en: a noise noun inside a cause aside ('…, hurt by slower capital spending, …') mutes no figure after it",
        "2009-02-16",
        "IT exports sank 32.8 percent to $6.5 billion in January. Shipments to Japan, hurt by slower capital"
        " spending, slid 17 percent to $0.41 billion.",
        {k("2009-01", region="japan"): (0.41e9, -17.0, None)},
        [],
    ),
    (
        "en: 'That beat the previous record of $X' after a surplus is the balance's record",
        "2011-01-20",
        "IT exports totaled $153.9 billion in 2010. Imports rose 17.7 percent to $75.6 billion, producing a surplus of"
        " $78.3 billion. That topped the earlier record of $66.9 billion set in 2009.",
        {k("2009-01/2009-12", "balance"): (66.9e9, None, None)},
        [k("2009-01/2009-12")],
    ),
    (
        "en: 'up 12.3% from $X in Q2 2016' and '… from $Y in the first half of last year' date the base",
        "2017-07-14",
        "ICT exports for April-June were $45.02bn, up 12.3% from $40.09bn in Q2 2016. For January-June they came to"
        " $86.11 billion, up 10.2% from $78.14 billion in the first half of last year.",
        {
            k("2017-04/2017-06"): (45.02e9, 12.3, 40.09e9),
            k("2017-01/2017-06"): (86.11e9, 10.2, 78.14e9),
        },
        [],
    ),
    (
        "ko: a base period with its amount in parentheses ('최대였던 '18년(2,203.4억불) 실적') dates that amount only",
        "2022-01-14",
        "□ (연간) ICT 수출 2,276.2억불(24.0%↑)로 역대 최대였던 '18년(2,203.4억불) 실적을 넘어섰고, 수입 1,334.9억불"
        "(18.6%↑), 수지 941.3억불 흑자",
        {
            k("2021-01/2021-12", "import"): (133.49e9, 18.6, None),
            k("2021-01/2021-12", "balance"): (94.13e9, None, None),
            k("2018-01/2018-12"): (220.34e9, None, None),
        },
        [k("2018-01/2018-12", "import")],
    ),
    (
        "en: a reporting clause with a comma in the ministry's name ('…, Industry and Energy said that … in June')"
        " still opens with the period",
        "2023-07-17",
        "Korea's ICT exports set first-half low\n\nThe Ministry of Trade, Industry and Energy said on"
        " July 17 that ICT exports in June fell 27.0 percent to USD 16.02 billion. ICT imports slid 9.6 percent to USD"
        " 10.64 billion.\n\nFor the first half, ICT exports came to USD 91.37 billion and imports to USD 64.26"
        " billion.",
        {k("2023-06", "import"): (10.64e9, -9.6, None), k("2023-01/2023-06", "import"): (64.26e9, None, None)},
        [],
    ),
    (
        "en: a month's total displaces a carried one no month can have, and a copy of the year's is dropped",
        "2015-01-14",
        "Summary\n- 2014 ICT imports: USD 87.54 billion (+8.3%)\n- December ICT exports: USD 15.02 billion (+3.3%)\n\n"
        "The Ministry of Science, ICT and Future Planning said on January 14 that ICT exports in 2014 rose 2.6"
        " percent to USD 173.88 billion. ICT imports increased 8.3 percent to USD 87.54 billion.\n\nDecember\nICT"
        " exports in December rose 3.3 percent to USD 15.02 billion. Imports came to USD 7.71 billion.",
        {k("2014-12", "import"): (7.71e9, None, None), k("2014-01/2014-12", "import"): (87.54e9, 8.3, None)},
        [],
    ),
    (
        "ko: a part named after '이 중'/'이 가운데' keeps the whole's flow and its other dimension",
        "2019-04-15",
        "3월 ICT 수출은 170억 달러로 16.4% 줄었다. 반도체 수출은 86억 달러(16.6%↓), 이 중 중국행이 41억"
        " 달러(11.2%↓)였다. 대만으로부터의 ICT 수입은 12억 달러로 3.0% 늘었다. 이 가운데 반도체가 7억 달러(5.5%↑)였다.",
        {
            k("2019-03", item="semiconductors", region="china"): (4.1e9, -11.2, None),
            k("2019-03", "import", item="semiconductors", region="taiwan"): (7e8, 5.5, None),
        },
        [k("2019-03", region="china"), k("2019-03", "import", item="semiconductors")],
    ),
    (
        "en: 'Exports to the three rose a, b and c percent, respectively' lists the last sentence's partners",
        "2016-03-15",
        "ICT exports fell 7.9 percent to $13.13 billion in February. Vietnam, Japan and India came next, with"
        " $2.01 billion, $0.41 billion and $0.22 billion. Exports to the three rose 21.4 percent, 8.3 percent"
        " and 5.5 percent, respectively.",
        {k("2016-02", region="japan"): (0.41e9, 8.3, None), k("2016-02", region="india"): (0.22e9, 5.5, None)},
        [],
    ),
    (
        "ko: '각각 A, B 적자': the amounts the balance word closes are listed for the partners named",
        "2015-11-13",
        "10월 ICT 수출은 148억 달러로 5.3% 줄었다. 중국과는 59억 달러 흑자였지만 대만과 일본에는 각각 7억1천만달러,"
        " 3억9천만달러 적자를 냈다.",
        {
            k("2015-10", "balance", region="taiwan"): (-7.1e8, None, None),
            k("2015-10", "balance", region="japan"): (-3.9e8, None, None),
        },
        [],
    ),
    (
        "ko: a bullet of partners and amounts closed by one balance word gives every partner its balance",
        "2016-05-13",
        "4월 ICT 수출은 140억 달러로 6.2% 줄었다.\n\n□ 국가별 무역수지\n ㅇ 홍콩 38억1천만달러, 베트남 12억6천만달러,"
        " 미국 4억4천만달러 흑자\n ㅇ 일본 4억2천만달러, 대만 9억6천만달러 적자",
        {
            k("2016-04", "balance", region="vietnam"): (1.26e9, None, None),
            k("2016-04", "balance", region="us"): (4.4e8, None, None),
            k("2016-04", "balance", region="japan"): (-4.2e8, None, None),
            k("2016-04", "balance", region="taiwan"): (-9.6e8, None, None),
        },
        [k("2016-04", region="vietnam"), k("2016-04", region="japan")],
    ),
    (
        "ko: a production clause that ends in '-면서' mutes only itself ('해외 생산이 늘면서 …')",
        "2017-03-15",
        "2월 ICT 수출은 140억 달러로 13.5% 늘었다. 휴대폰은 해외 생산이 늘면서 11억 달러로 30.2% 줄었다.",
        {k("2017-02", item="mobile_phones"): (1.1e9, -30.2, None)},
        [],
    ),
    (
        "en: a period after a cause ('…, helped by a weak base last year') is the cause's, not the figure's",
        "2018-03-15",
        "ICT exports grew 14.2% to $16.28 billion in February. Computer exports jumped 41.3% to $0.93 billion,"
        " helped by a thin base last year.",
        {k("2018-02", item="computers"): (0.93e9, 41.3, None)},
        [k("2017-01/2017-12", item="computers")],
    ),
    (
        "ko: a trend line's bare amounts ('추이 : ('21.4월)172.5(20.0↑) → …') are in the 억 dollars the release uses",
        "2021-06-14",
        "5월 ICT 수출은 181.2억불로 29.8% 증가했다.\n ㅇ ICT 수출 추이 : ('21.3월)183.4(18.5↑) →"
        " ('21.4월)172.5(20.0↑) → ('21.5월)181.2(29.8↑)",
        {k("2021-03"): (18.34e9, 18.5, None), k("2021-04"): (17.25e9, 20.0, None)},
        [],
    ),
    (
        "en: a name after '(incl.' is what the name before includes, not a subject",
        "2013-08-14",
        "July ICT exports rose 6.9% to $14.27 billion.\n- Handsets (incl. parts): US$2.08bn, +11.5% YoY",
        {k("2013-07", item="mobile_phones"): (2.08e9, 11.5, None)},
        [k("2013-07", item="mobile_phone_parts")],
    ),
    (
        "en: a date written day first ('14 June 2019', 'released 12 June') names no period",
        "2019-06-14",
        "Seoul Equity Desk | Morning Tech Brief | 14 June 2019\nMay ICT trade: chips weigh again\nMain figures"
        " (MSIT, released 12 June)\n- ICT exports: US$15.41bn, -20.1% YoY\n- ICT imports: US$9.07bn, -5.0% YoY",
        {k("2019-05"): (15.41e9, -20.1, None), k("2019-05", "import"): (9.07e9, -5.0, None)},
        [k("2019-06"), k("2019-06", "import")],
    ),
    (
        "en: 'For the year, …' names the year; a month's stated figure displaces a carried one too large for it",
        "2015-01-15",
        "ICT exports rose 3.3 percent to $15.02 billion in December.\nFor the year, display exports fell 6.6 percent"
        " to $30.2 billion.\nIn December, display exports grew 1.5 percent to $2.44 billion.\nSemiconductor exports"
        " came to $62.6 billion, up 8.6 percent.\nIn December, chip exports rose 4.4 percent to $5.94 billion.",
        {
            k("2014-01/2014-12", item="displays"): (30.2e9, -6.6, None),
            k("2014-12", item="displays"): (2.44e9, 1.5, None),
            k("2014-12", item="semiconductors"): (5.94e9, 4.4, None),
            k("2014-01/2014-12", item="semiconductors"): (62.6e9, 8.6, None),
        },
        [],
    ),
    (
        "en: 'fell 7.2 percent for the year to $X' names the year (not 'the year to June')",
        "2015-01-15",
        "ICT exports rose 3.3 percent to $15.02 billion in December. Phones fell 7.2 percent for the year to $26.4"
        " billion, though they grew 2.0 percent in December to $2.31 billion.",
        {
            k("2014-01/2014-12", item="mobile_phones"): (26.4e9, -7.2, None),
            k("2014-12", item="mobile_phones"): (2.31e9, 2.0, None),
        },
        [],
    ),
    (
        "ko: '같은 달' after a sentence that cites an old record month is the month the text is about",
        "2018-04-13",
        "과기정통부는 3월 ICT 수출이 181억 달러로 10.6% 늘었다고 밝혔다. 3월 휴대폰 수출은 21억5천만달러로"
        " 종전 최고였던 2015년 6월의 20억8천만달러를 웃돌았다. 같은 달 베트남 수출은 27억 달러로 4.4%, 인도 수출은"
        " 5억 달러로 2.1% 각각 늘었다.",
        {k("2018-03", region="vietnam"): (2.7e9, 4.4, None)},
        [k("2015-06", region="vietnam")],
    ),
    (
        "en: 'Cumulative exports' and 'Accumulated shipments' are no goods the lexicon does not know",
        "2014-12-15",
        "Korea's ICT exports grew 6.5 percent to $15.71 billion in November. Cumulative exports for January-November"
        " came to $161.02 billion, up 4.8 percent.",
        {k("2014-01/2014-11"): (161.02e9, 4.8, None)},
        [],
    ),
    (
        "ko/en: a heading with no figure that names a running total heads the bullet under it",
        "2018-06-15",
        "5월 ICT 수출은 192.0억 달러로 25.1% 늘었고 수입은 95.2억 달러였다.\n\n□ 1~5월 누적\n"
        " - 수출 874.5억 달러(+22.3%), 수입 463.8억 달러(+9.1%)",
        {k("2018-01/2018-05"): (87.45e9, 22.3, None), k("2018-01/2018-05", "import"): (46.38e9, 9.1, None)},
        [],
    ),
    (
        "en: 'after sliding in May' is the after-clause's time, not the figure's",
        "2016-07-14",
        "ICT exports rose 1.1 percent to $15.10 billion in June. Chip exports bounced back 6.2 percent to $5.41"
        " billion after sliding in May.",
        {k("2016-06", item="semiconductors"): (5.41e9, 6.2, None)},
        [k("2016-05", item="semiconductors")],
    ),
    (
        "en: 'a surplus of 5.83 billion' with the currency dropped is dollars, like 'to 2.9 billion'",
        "2013-05-15",
        "ICT exports rose 2.2 percent in April to 13.16 billion dollars. Imports were 7.33 billion dollars, for a"
        " surplus of 5.83 billion.",
        {k("2013-04", "balance"): (5.83e9, None, None)},
        [],
    ),
    (
        "ko: a January recap's item figure too large for December, after December's own, is the year's",
        "2019-01-16",
        "12월 ICT 수출은 173억 달러로 7.6% 줄었다. 12월 휴대폰 수출은 12억 달러로 31.0% 감소했다.\n지난해 연간 ICT"
        " 수출은 2,203억 달러로 전년보다 10.1% 늘었다.\n품목별로는 휴대폰이 146억 달러로 23.5% 줄었다.",
        {
            k("2018-12", item="mobile_phones"): (1.2e9, -31.0, None),
            k("2018-01/2018-12", item="mobile_phones"): (14.6e9, -23.5, None),
        },
        [],
    ),
    (
        "en: a trend line under '(USD billion, YoY %):' with periods written ('16.5) and an arrow between them",
        "2017-06-14",
        "ICT exports climb in May\n○ ICT imports (USD billion, YoY %): ('16.5) 7.41 (2.6↓) → ('17.5) 8.05 (8.6↑)",
        {k("2016-05", "import"): (7.41e9, -2.6, None), k("2017-05", "import"): (8.05e9, 8.6, 7.41e9)},
        [k("2017-01/2017-12", "import")],
    ),
    (
        "ko: a partner before '…' in a headline is another clause's; '수출규제' and '수출입은행' are no flows",
        "2020-03-16",
        "中 수출통제 우려…2월 ICT 수출 9.4% 증가\n2월 ICT 수출은 141억 달러로 9.4% 늘었다. 대중 수출은 58억 달러로 2.2%"
        " 줄었다.",
        {k("2020-02"): (14.1e9, 9.4, None), k("2020-02", region="china"): (5.8e9, -2.2, None)},
        [],
    ),
    (
        "ko: a revision: the rate revised from ('A%에서 B%로'), the gap ('N달러 적은 V'), when the first figure came"
        " out",
        "2016-02-23",
        "2015년 ICT 수출 확정치는 1,728억7000만달러로, 전년 대비 감소율이 2.3%에서 2.1%로 줄었다. 지난달"
        " 발표된 잠정치(1,727억1000만달러)보다 소폭 많다. 디스플레이 수출은 잠정치보다 6000만달러 많은"
        " 296억6000만달러로 확정됐다.",
        {
            k("2015-01/2015-12"): (172.87e9, -2.1, None),
            k("2015-01/2015-12", item="displays"): (29.66e9, None, None),
        },
        [k("2016-01")],
    ),
    (
        "ko: '…에서 들여온' brings goods in: an import from that partner",
        "2014-04-15",
        "3월 ICT 수입은 68억 달러로 4.4% 늘었다.\n국가별로 보면 일본에서 들여온 ICT 제품이 9억7천만달러로 6.6% 줄었다.",
        {k("2014-03", "import", region="japan"): (9.7e8, -6.6, None)},
        [k("2014-03", region="japan")],
    ),
    (
        "en: an apposition ('displays, long the region's mainstay,') and a where-clause are asides",
        "2011-09-15",
        "ICT exports grew 3.8% to $13.92 billion in August. Chip exports slipped 1.1% to $4.02 billion, while displays,"
        " long the region's mainstay, gained 2.9% to $2.61 billion. Exports to India, where a Korean maker assembles"
        " handsets, jumped 24.4% to $0.33 billion.",
        {k("2011-08", item="displays"): (2.61e9, 2.9, None), k("2011-08", region="india"): (0.33e9, 24.4, None)},
        [k("2011-08", item="mobile_phones", region="india")],
    ),
    (
        "ko: '<기간>(값)보다': the value in parentheses is that period's; a change on it is no year-on-year one",
        "2013-07-15",
        "2분기 ICT 수출은 427억6000만달러로 1분기(402억9000만달러)보다 6.1% 많았다. 6월 ICT 수출은 141억 달러로"
        " 2010년 6월(118억2000만달러)보다도 많다. 1월(△3.3%)보다 감소율은 줄었다.",
        {
            k("2013-01/2013-03"): (40.29e9, None, None),
            k("2013-04/2013-06"): (42.76e9, None, None),
            k("2010-06"): (11.82e9, None, None),
        },
        [k("2012-01/2012-03")],
    ),
    (
        "ko: partners named bare after a partner's item are their totals; named with '도' the item goes on",
        "2019-09-16",
        "8월 ICT 수출은 155억 달러로 20.4% 줄었다. 대미 휴대폰 수출은 3억1천만달러로 8.8% 늘었다. 인도(5억2천만달러)와"
        " 대만(4억4천만달러)은 각각 2.6%, 11.3% 증가했다. 반도체 대미 수출은 9억 달러로 1.2% 줄었다. 일본 수출도 2억"
        " 달러로 4.1% 감소했다.",
        {
            k("2019-08", region="india"): (5.2e8, 2.6, None),
            k("2019-08", region="taiwan"): (4.4e8, 11.3, None),
            k("2019-08", item="semiconductors", region="japan"): (2e8, -4.1, None),
        },
        [k("2019-08", item="mobile_phones", region="india"), k("2019-08", region="japan")],
    ),
    (
        "en: 'against <period>', 'versus the same stretch of <year>', 'a drop on <month> last year' name the base",
        "2014-08-18",
        "Outbound ICT sales totaled $14.06 billion in July, a 6.2 percent rise against July 2013.\nShipments for"
        " January-July stand at $96.41bn, +3.4% versus the same stretch of 2013.\nImports were $7.35 billion, a"
        " 2.8 percent dip on July last year.",
        {
            k("2014-07"): (14.06e9, 6.2, None),
            k("2014-01/2014-07"): (96.41e9, 3.4, None),
            k("2014-07", "import"): (7.35e9, -2.8, None),
        },
        [k("2013-07"), k("2013-01/2013-07"), k("2013-07", "import")],
    ),
    (
        "en: 'Their exports' after a sentence that named an item without figures are that item's",
        "2015-06-15",
        "Shipments of ICT products abroad slid 3.2 percent to $14.77 billion in May. Displays stayed the weak"
        " spot. Their exports tumbled 18.4 percent to $2.31 billion.",
        {k("2015-05", item="displays"): (2.31e9, -18.4, None), k("2015-05"): (14.77e9, -3.2, None)},
        [],
    ),
    (
        "en: 'in the half' is the half-year of the month last named, also after '$X worth of IT goods'",
        "2011-07-11",
        "ICT exports came to $79.40 billion in the first half, up 8.1 percent.\nIn June alone, exports added 5.2"
        " percent to $14.47 billion.\nDisplay exports grew 3.3 percent to $14.12 billion in the half.\nBuyers in"
        " India took $2.05 billion worth of IT goods in the half, up 17.4 percent.",
        {
            k("2011-01/2011-06", item="displays"): (14.12e9, 3.3, None),
            k("2011-01/2011-06", region="india"): (2.05e9, 17.4, None),
        },
        [k("2011-06", item="displays"), k("2011-06", region="india")],
    ),
    (
        "en: an ordinal alone ('in the fourth') is the kind of span the sentence named before it",
        "2013-01-21",
        "Quarterly shipments of ICT goods climbed 2.2 percent to $37.15 billion in the third quarter and 4.8"
        " percent to $39.02 billion in the fourth. Sales abroad ranked in the third, behind two rivals.",
        {k("2012-10/2012-12"): (39.02e9, 4.8, None), k("2012-07/2012-09"): (37.15e9, 2.2, None)},
        [k("2012-12")],
    ),
    (
        "ko: a partner story's balance with its period names the report's period for the lines after it",
        "2018-01-15",
        "대일 ICT 수지 적자 축소\n"
        "지난해 대일 ICT 무역수지는 12억 달러 적자로, 전년(18억 달러 적자)보다 적자 폭이 줄었다.\n"
        "일본산 반도체 수입은 41억2천만 달러로 3.3% 늘었다.",
        {k("2017-01/2017-12", "import", "semiconductors", "japan"): (4.12e9, 3.3, None)},
        [k("2017-12", "import", "semiconductors", "japan")],
    ),
    (
        "ko: a flow in the next clause of a sentence whose marked subject is a partner stays with that partner",
        "2017-05-15",
        "4월 ICT 수출은 153.0억 달러였다. 대만 ICT 수출은 13억 달러로 4.0% 늘었지만 수입이 27억 달러(+11.0%)에 달했다."
        " 베트남 수출도 23.3억 달러로 51.7% 늘었고, 미국 수출도 16.1억 달러로 2.0% 증가했다.",
        {
            k("2017-04", "import", region="taiwan"): (2.7e9, 11.0, None),
            k("2017-04", region="us"): (1.61e9, 2.0, None),
        },
        [k("2017-04", "import")],
    ),
    (
        "en: 'led by X, which climbed, gaining N% to $V': the participle goes on with the which-clause's noun",
        "2024-04-15",
        "Korea's ICT exports rose 20.5% to $18.6 billion in March.\nChip exports rose 35.7% to $10.2 billion, led"
        " by memory chips, which soared, jumping 56.3% to $6.1 billion.",
        {k("2024-03", item="memory"): (6.1e9, 56.3, None), k("2024-03", item="semiconductors"): (10.2e9, 35.7, None)},
        [],
    ),
    (
        "en: 'Secondary battery exports' and 'Battery exports' are secondary batteries",
        "2023-09-14",
        "Korea's ICT exports fell 16.1% to $16.8 billion in August. Secondary battery exports fell 9.0% to $0.98"
        " billion.",
        {k("2023-08", item="secondary_batteries"): (0.98e9, -9.0, None)},
        [],
    ),
    (
        "en: 'took 12.6 percent of Korea's ICT exports' is a share",
        "2017-01-16",
        "US share of Korea's ICT exports rises\nThe United States took 12.6 percent of Korea's ICT exports last"
        " year.\nICT exports to the US came to $20.41 billion in 2016, up 1.2 percent from a year earlier.",
        {k("2016-01/2016-12", region="us"): (20.41e9, 1.2, None)},
        [k("2016-12", region="us")],
    ),
    (
        "en: 'those from China' keeps the item; 'from the country' is the partner the last sentence named",
        "2017-05-15",
        "ICT imports rose 9.9 percent to $8.84 billion in April. Imports of chips from Japan fell 4.4 percent to"
        " $510 million, outpacing those from China, which fell 1.2 percent to $730 million. Display imports from"
        " the country rose 6.6 percent to $190 million.",
        {
            k("2017-04", "import", "semiconductors", "china"): (0.73e9, -1.2, None),
            k("2017-04", "import", "displays", "china"): (0.19e9, 6.6, None),
        },
        [k("2017-04", "import", region="china"), k("2017-04", "import", "displays")],
    ),
    (
        "en: in a story about one partner, the partner's total names the report's period",
        "2018-01-15",
        "Korea's ICT Surplus with Vietnam Widens\nKorea's ICT trade surplus with Vietnam rose to US$19.6 billion last"
        " year.\nICT exports to Vietnam rose 51.7 percent to US$32.1 billion in 2017.\nChip exports to Vietnam"
        " increased 86.0 percent to US$14.3 billion.",
        {k("2017-01/2017-12", item="semiconductors", region="vietnam"): (14.3e9, 86.0, None)},
        [k("2017-12", item="semiconductors", region="vietnam")],
    ),
    (
        "en: 'Korea's total ICT exports' are ICT's; ', and in November they fell …' opens the next clause's period",
        "2018-02-13",
        "ICT exports to Japan rose 8.2 percent to $0.75 billion in January. Korea's total ICT exports in January"
        " were $17.07 billion, up 22.5 percent. In December, shipments to Japan had risen 3.1 percent to $0.71"
        " billion, and in November they fell 1.4 percent to $0.69 billion.",
        {
            k("2018-01"): (17.07e9, 22.5, None),
            k("2017-12", region="japan"): (0.71e9, 3.1, None),
            k("2017-11", region="japan"): (0.69e9, -1.4, None),
        },
        [],
    ),
    (
        "ko: '일본과는 A, 대만과는 B 적자': the closing deficit word is every listed amount's",
        "2018-02-13",
        "1월 ICT 무역수지는 80억 달러 흑자였다. 지역별로는 중국 45억 달러 흑자였지만 일본과는 3억1천만 달러, 대만과는"
        " 7억4천만 달러 적자를 냈다.",
        {
            k("2018-01", "balance", region="japan"): (-0.31e9, None, None),
            k("2018-01", "balance", region="taiwan"): (-0.74e9, None, None),
            k("2018-01", "balance", region="china"): (4.5e9, None, None),
        },
        [],
    ),
    (
        "ko: a note in 백만 달러 declares the bare amounts after the first one that writes its unit; a bare number"
        " before 년/월 is no amount",
        "2015-02-16",
        "1월 ICT 수출입 동향\n[단위: 백만 달러, %]\n○ (품목) 반도체 5,218백만 달러(9.1%), 디스플레이 2,406(△6.3%),"
        " 휴대폰 1,977(12.0%)\n○ 2014년 1,835(2.2%) 대비",
        {
            k("2015-01", item="displays"): (2.406e9, -6.3, None),
            k("2015-01", item="mobile_phones"): (1.977e9, 12.0, None),
        },
        [],
    ),
    (
        "en: 'to $X in 2021, up from $Y in 2020': the base dated in the year before is that year's own value",
        "2022-01-14",
        "South Korea's ICT exports rose 24.0% to USD 227.65 billion in 2021, up from USD 183.58 billion in 2020.",
        {k("2021-01/2021-12"): (227.65e9, 24.0, 183.58e9), k("2020-01/2020-12"): (183.58e9, None, None)},
        [k("2019-01/2019-12")],
    ),
    (
        "en: 'the quarterly total' is the last month's quarter; '$B posted in the same quarter of 2019' in 2021 is"
        " 2019's own value",
        "2021-07-15",
        "ICT exports rose 38.1 percent to $17.26 billion in May and 36.3 percent to $19.73 billion in June, bringing"
        " the quarterly total to $55.2 billion. The quarterly figure was well above the $48.82 billion posted in"
        " the same quarter of 2019.",
        {k("2021-04/2021-06"): (55.2e9, None, None), k("2019-04/2019-06"): (48.82e9, None, None)},
        [k("2020-04/2020-06")],
    ),
    (
        "ko: a figure too large for any month ('같은 기간 … 1,694억 달러' after a December sentence) is the year's",
        "2014-01-15",
        "2013년 패널 수출은 260억 달러로 4.1% 줄었다. 12월 한 달 패널 수출은 21억 달러로 9.0% 적었다.\n"
        "같은 기간 전체 ICT 수출은 1,694억 달러로 8.7% 늘었고, ICT 무역흑자는 876억 달러였다.",
        {k("2013-01/2013-12"): (169.4e9, 8.7, None), k("2013-01/2013-12", "balance"): (87.6e9, None, None)},
        [k("2013-12"), k("2013-12", "balance")],
    ),
    (
        "ko: a slash pair of the two flows ('수출입은 171.5/88.0억 달러', '수출/수입 = …')",
        "2016-09-13",
        "8월 ICT 수출입은 171.5/88.0억 달러였다. 7월 ICT 수출/수입 = 167.3/85.9억불.",
        {
            k("2016-08"): (17.15e9, None, None),
            k("2016-08", "import"): (8.8e9, None, None),
            k("2016-07", "import"): (8.59e9, None, None),
        },
        [],
    ),
    (
        "ko: a '□' heading after a month's sub-bullet is the year's again; '작년 같은 분기(…)' is the prior;"
        " '… 감소는 불가피하다' is an outlook",
        "2016-01-18",
        "2015년 ICT 수출 결산\n□ 2015년 ICT 수출은 1,729억 달러로 0.6% 감소\n  ○ 12월 수출은 151억 달러로 7.5% 감소\n"
        "□ 수입은 914억 달러(+4.3%)로 수지는 815억 달러 흑자\n"
        "4분기 ICT 수출이 466억 달러로 작년 같은 분기(471억 달러)보다 1.1% 적다."
        ' 관계자는 "1월에도 감소는 불가피하다"고 말했다.',
        {
            k("2015-01/2015-12", "import"): (91.4e9, 4.3, None),
            k("2015-01/2015-12", "balance"): (81.5e9, None, None),
            k("2015-10/2015-12"): (46.6e9, -1.1, 47.1e9),
        },
        [k("2015-12", "import"), k("2015-12", "balance")],
    ),
    (
        "ko: '반도체 1,267억, 디스플레이 248억, 휴대폰 146억 달러': the last amount's currency is the list's",
        "2019-01-15",
        "지난해 ICT 수출이 2,203억 달러로 10.1% 늘었다. 품목별로 보면 반도체 1,267억, 디스플레이 248억, 휴대폰 146억"
        " 달러였다. 수출 지원 예산은 300억, 인력 양성 예산은 50억 원이다.",
        {
            k("2018-01/2018-12", item="semiconductors"): (126.7e9, None, None),
            k("2018-01/2018-12", item="displays"): (24.8e9, None, None),
            k("2018-01/2018-12", item="mobile_phones"): (14.6e9, None, None),
        },
        [],
    ),
    (
        "brokers' shorthand: 'CN+HK $8.0bn', ', US $1.9bn', 'VN', 'TW', '越', '대미 20.5억', 'PC/peripherals',"
        " 'QoQ -4%'",
        "2016-09-14",
        "Korea tech daily\n- Aug ICT exports: $17.2bn, +5.0% YoY\n- PC/peripherals $1.1bn (+6.6%)\n"
        "- By region: CN+HK $8.0bn (+3.2%), US $1.9bn (+4.4%), VN $2.2bn (+12.5%), TW $0.9bn (+20.1%)",
        {
            k("2016-08", item="computers_peripherals"): (1.1e9, 6.6, None),
            k("2016-08", region="china"): (8.0e9, 3.2, None),
            k("2016-08", region="us"): (1.9e9, 4.4, None),
            k("2016-08", region="vietnam"): (2.2e9, 12.5, None),
            k("2016-08", region="taiwan"): (0.9e9, 20.1, None),
        },
        [],
    ),
    (
        "ko shorthand: '越 26.2억 달러', '대미 20.5억 달러', 'QoQ -4%' is no year-on-year change; '완제품 휴대폰'",
        "2017-10-16",
        "9월 ICT 수출 180.0억 달러 (YoY +12.1%)\n- 메모리 ASP QoQ -4%\n"
        "- 완제품 휴대폰 수출은 9.1억 달러로 8.5% 줄었다.\n"
        "· 지역: 中(홍콩 포함) 80.1억 달러(+9.0%) / 越 26.2억 달러(+30.5%)\n- 대미 20.5억 달러(+1.1%)",
        {
            k("2017-09", region="vietnam"): (2.62e9, 30.5, None),
            k("2017-09", region="us"): (2.05e9, 1.1, None),
            k("2017-09", item="finished_phones"): (0.91e9, -8.5, None),
        },
        [k("2017-09", item="memory")],
    ),
    (
        "en: 'flat panels' are displays",
        "2016-06-14",
        "Korea's ICT exports were $14.1 billion in May. Chips rose 4.0% to $5.0 billion, while flat panels slipped"
        " 7.5% to $2.1 billion.",
        {k("2016-05", item="displays"): (2.1e9, -7.5, None)},
        [],
    ),
    (
        "en: changes on another period: 'from July', 'From the second quarter, …' are no year-on-year changes",
        "2016-09-14",
        "ICT exports rose 4.2 percent to $14.61 billion in August. Display exports rose 9.3 percent from July to"
        " $2.24 billion but were down 5.1 percent from a year ago. From the second quarter, third-quarter exports"
        " were up 2.4 percent.",
        {k("2016-08", item="displays"): (2.24e9, -5.1, None)},
        [k("2016-07/2016-09")],
    ),
    (
        "ko: '월별로는 1월 …, 2월 …' lists each month; '…의 77% 수준' is a share",
        "2016-04-15",
        "1분기 ICT 수출은 412억3000만 달러로 2.1% 줄었다. 월별로는 1월 131억5000만 달러(-4.0%), 2월 125억2000만"
        " 달러(+1.3%)였다. 1분기 누적 수출은 2014년 연간 수출액(1738억8000만달러)의 24% 수준이다.",
        {
            k("2016-01"): (13.15e9, -4.0, None),
            k("2016-02"): (12.52e9, 1.3, None),
            k("2014-01/2014-12"): (173.88e9, None, None),
        },
        [],
    ),
    (
        "en: a period between a change and its value, or opening a when-clause, owns that value",
        "2018-01-16",
        "ICT exports grew 19.2 percent in the first quarter to $45.3 billion and 24.4 percent in the second quarter"
        " to $52.8 billion. The December figure followed a 2.6 percent rise in October, when exports totaled $17.1"
        " billion, and a 13.8 percent jump in November to $19.6 billion.",
        {
            k("2017-01/2017-03"): (45.3e9, 19.2, None),
            k("2017-04/2017-06"): (52.8e9, 24.4, None),
            k("2017-10"): (17.1e9, 2.6, None),
            k("2017-11"): (19.6e9, 13.8, None),
        },
        [],
    ),
    (
        "ko: a superseded figure ('당초 X로 집계됐으나 Y로 수정', '잠정치 X(a%)에서 확정치 Y(b%)로') and its change"
        " give way to the revision",
        "2017-03-15",
        "2월 ICT 수출은 131.4억 달러로 21.9% 늘었다. 1월 수출은 당초 136.2억 달러로 집계됐으나 137.0억 달러로 수정됐다."
        " 12월 수출은 잠정치 163.1억달러(+11.5%)에서 확정치 164.0억달러(+12.1%)로 상향 수정됐다.",
        {k("2017-01"): (13.7e9, None, None), k("2016-12"): (16.4e9, 12.1, None)},
        [],
    ),
    (
        "ko: a comparison base two years back ('2년 전인 2015년 2월(…)과 비교하면 N% 많다') is that month's value;"
        " the gap is no change on a year earlier",
        "2017-03-15",
        "2월 ICT 수출은 131.4억 달러로 21.9% 늘었다. 2년 전인 2015년 2월(121.7억달러)과 비교하면 8.0% 많다.",
        {k("2017-02"): (13.14e9, 21.9, None), k("2015-02"): (12.17e9, None, None)},
        [k("2014-02")],
    ),
    (
        "brokers' period codes: '2Q18', '1H18', \"3Q'24\"",
        "2018-07-16",
        "[Sector Note]\n• 2Q18 ICT 수출 551.3억 달러 (YoY +21.0%)\n• 1H18 누적 1,048.6억 달러 (YoY +21.6%)\n"
        "• 6월: 수출 186.2억 달러 (+22.3% YoY)",
        {
            k("2018-04/2018-06"): (55.13e9, 21.0, None),
            k("2018-01/2018-06"): (104.86e9, 21.6, None),
            k("2018-06"): (18.62e9, 22.3, None),
        },
        [],
    ),
    (
        "en: 'below 2015's $81.6 billion' dates that figure, not the sentence; 'then … in the second half' is"
        " another time",
        "2017-01-16",
        "Korea's ICT exports in 2016 were $162.5 billion, and the ICT trade surplus was $71.5 billion, a little below"
        " 2015's $81.6 billion. Exports fell 9.0% in the first half to $76.1 billion, then rose 4.1% in the second"
        " half to $86.4 billion.",
        {
            k("2016-01/2016-12", "balance"): (71.5e9, None, 81.6e9),
            k("2016-01/2016-06"): (76.1e9, -9.0, None),
            k("2016-07/2016-12"): (86.4e9, 4.1, None),
        },
        [],
    ),
    (
        "ko: a unit note declares the bare amounts of the shorthand lines after it; a '■' heading ends an imports"
        " section; '억$' is dollars",
        "2017-10-16",
        "9월 ICT 수출입\n(단위: 억 달러, %)\n■ 수출 196.1(+23.2%)\n수입 95.4(+8.9%)\n■ 반도체 96.9(+50.9%),"
        " 휴대폰 14.8(-11.5%)\n참고: 디스플레이 29.7억$(+11.3%)",
        {
            k("2017-09"): (19.61e9, 23.2, None),
            k("2017-09", "import"): (9.54e9, 8.9, None),
            k("2017-09", item="semiconductors"): (9.69e9, 50.9, None),
            k("2017-09", item="displays"): (2.97e9, 11.3, None),
        },
        [k("2017-09", "import", "semiconductors")],
    ),
    (
        "en: 'Of the exports to Vietnam, …, while …' keeps the partner for every item of the sentence",
        "2019-07-16",
        "ICT exports fell 18.3 percent in May. Of the exports to Vietnam, displays accounted for $1.02 billion,"
        " down 8.8 percent, while memory chips were at $0.63 billion, up 4.1 percent.",
        {
            k("2019-05", item="displays", region="vietnam"): (1.02e9, -8.8, None),
            k("2019-05", item="memory", region="vietnam"): (0.63e9, 4.1, None),
        },
        [k("2019-05", item="memory")],
    ),
    (
        "en: '- US $1.71bn' at the head of a list line names the partner",
        "2019-06-14",
        "Korea's ICT exports in May: $15.44bn (-18.3% y/y)\n- Vietnam $2.58bn, +4.4% y/y\n- US $1.71bn, +3.9% y/y",
        {k("2019-05", region="us"): (1.71e9, 3.9, None)},
        [],
    ),
    (
        "ko: a base dated two years back ('2013년(…)보다') is that year's own value, not the prior",
        "2016-01-15",
        "2015년 ICT 무역수지 흑자는 814.9억 달러로 2013년(874.8억 달러)보다 59.9억 달러 줄었다.",
        {
            k("2015-01/2015-12", "balance"): (81.49e9, None, None),
            k("2013-01/2013-12", "balance"): (87.48e9, None, None),
        },
        [k("2014-01/2014-12", "balance")],
    ),
    (
        "en: a headline bullet's change with a decimal is not the body's other change ('21.9%' is not '21.5%')",
        "2017-12-14",
        "ICT exports hit a monthly record in November\n• ICT exports: $19.21 billion (+21.9% YoY)\n"
        "• Jan.-Nov. ICT exports: $181.6 billion (+21.5% YoY)",
        {k("2017-11"): (19.21e9, 21.9, None), k("2017-01/2017-11"): (181.6e9, 21.5, None)},
        [],
    ),
    (
        "ko: a running total in a bullet of its own is no topic for the month's bullets after it",
        "2016-06-15",
        "■ 5월 ICT 수출 동향\n- 5월 ICT 수출 142.6억 달러(-4.3%)\n- 1~5월 누적 수출은 676.4억 달러(-8.9%)\n"
        "- 베트남 19.3억 달러(+11.2%), 인도 4.1억 달러(-2.2%)",
        {
            k("2016-01/2016-05"): (67.64e9, -8.9, None),
            k("2016-05", region="vietnam"): (1.93e9, 11.2, None),
            k("2016-05", region="india"): (0.41e9, -2.2, None),
        },
        [k("2016-01/2016-05", region="vietnam")],
    ),
    (
        "en: no sentence ends after a month's abbreviation ('• Jan.-Nov. ICT exports: …')",
        "2017-12-14",
        "ICT exports hit a monthly record in November\nICT exports in November rose 21.9% to $19.21 billion.\n"
        "• Jan.-Nov. ICT exports: $181.6 billion (+21.5% YoY)",
        {k("2017-01/2017-11"): (181.6e9, 21.5, None), k("2017-11"): (19.21e9, 21.9, None)},
        [],
    ),
    (
        "ko: a reason clause naming partners' exports ('대만·인도 수출 확대로 … 2.7% 증가') gives the change to the"
        " total",
        "2013-05-14",
        "4월 IT 수출 134.2억불\n미래부는 13년 4월 IT 수출이 134.2억불을 기록했다고 밝혔다\n"
        " ◦ PC 부진에도 불구하고 대만·인도 수출 확대로 전년동월 대비 2.7% 증가",
        {k("2013-04"): (13.42e9, 2.7, None)},
        [k("2013-04", region="india"), k("2013-04", region="taiwan")],
    ),
    (
        "ko: '(YoY +x%, MoM +y%)': the MoM tag after the comma is the next figure's, the YoY change stays",
        "2019-11-12",
        "10월 ICT 수출 점검\n- 10월 ICT 수출 142.7억달러(YoY -22.9%, MoM +2.6%).\n"
        "- 대미 18.1억달러(YoY -10.3%, QoQ -1.4%)",
        {k("2019-10"): (14.27e9, -22.9, None), k("2019-10", region="us"): (1.81e9, -10.3, None)},
        [],
    ),
    (
        "ko: a blogger's relayed expectation ('…반등(+6% 안팎)을 예상하더라구요') and a rumour ('베트남도 10월 수출 -8%"
        " 났다던데') state no figure",
        "2019-11-12",
        "10월 ICT 수출 정리\n10월 ICT 수출이 발표됐네요.\n수출: 142.7억 달러 (-22.9%)\n반도체: 64.3억 달러 (-32.1%)\n"
        "수입: 81.6억 달러 (-5.3%)\n💬 개인적인 생각\n- 메모리 재고가 줄고 있어서 내년엔 나아질 듯\n"
        "- 증권가에서는 1분기쯤 반등(+6% 안팎)을 예상하더라구요\n- 베트남도 10월 수출 -8% 났다던데 다 힘든가 봐요",
        {k("2019-10"): (14.27e9, -22.9, None)},
        [
            k("2019-01/2019-03", item="memory"),
            k("2020-01/2020-03", item="memory"),
            k("2019-10", region="vietnam"),
            k("2018-01/2018-03", item="memory"),
        ],
    ),
    (
        "en: 'I think <month> will be …, perhaps +x%?' is a guess; 'maybe' is no May",
        "2019-11-12",
        "Oct ICT exports\nICT exports fell 22.9% to $14.27 billion in October.\nI think November will be a bit"
        " better, perhaps -15%? Chips were maybe 32% lower on the year.",
        {k("2019-10"): (14.27e9, -22.9, None)},
        [k("2019-11"), k("2019-05", item="semiconductors"), k("2018-05", item="semiconductors")],
    ),
    (
        "en: 'US $X' after a flag, after an entry's change and a bar, or at a bare line's head before its change"
        " names the partner, not the currency",
        "2019-11-12",
        "Oct ICT exports\nExports: $14.27B (-22.9% YoY)\n🇻🇳 Vietnam $2.31B (-12.0%) | 🇺🇸 US $1.63B (+2.2%)\n"
        "Japan $0.31B (-7.5%) | US $1.63B (+2.2%)\nUS $1.63B (+2.2%)",
        {k("2019-10"): (14.27e9, -22.9, None), k("2019-10", region="us"): (1.63e9, 2.2, None)},
        [],
    ),
    (
        "en: auto captions in lower case: 'the us' is the United States",
        "2019-11-12",
        "ict exports\nict exports fell 22.9 percent to 14.27 billion dollars in october. shipments to the us rose 2.2"
        " percent to 1.63 billion dollars, while those to vietnam fell 12 percent.",
        {k("2019-10"): (14.27e9, -22.9, None), k("2019-10", region="us"): (1.63e9, 2.2, None)},
        [],
    ),
    (
        "en: a bare 'non-memory' in a broker's list is system semiconductors, not memory",
        "2019-11-12",
        "Oct ICT exports\n- KR ICT exports (Oct): US$14.27bn, -22.9% YoY.\n"
        "- Memory US$4.05bn (-45.1% YoY), non-memory US$2.38bn (-4.6% YoY).",
        {
            k("2019-10", item="memory"): (4.05e9, -45.1, None),
            k("2019-10", item="system_semiconductors"): (2.38e9, -4.6, None),
        },
        [],
    ),
    (
        "en: a chip's contract price ('NAND contract prices fell 10-12%') is no change in its exports; exports 'on"
        " higher contract prices' keep their figure",
        "2019-11-12",
        "Oct ICT exports\nKorea's October ICT exports fell 22.9% to $14.27bn. Chip exports fell 32.1% to $6.43bn"
        " despite firmer spot prices.\nForum note: NAND contract prices fell 10-12% this quarter, per a tracker.",
        {k("2019-10", item="semiconductors"): (6.43e9, -32.1, None)},
        [k("2019-10", item="nand"), k("2019-07/2019-09", item="nand"), k("2019-10/2019-12", item="nand")],
    ),
    (
        "en: another country's own billings, sales or orders ('Taiwan's smartphone orders rose 6%') are not Korea's"
        " exports to it",
        "2019-11-12",
        "Korea's October ICT exports fell 22.9% to $14.27bn.\nAROUND THE REGION\nTaiwan's smartphone orders rose 6%."
        " Japan's chip-equipment billings slipped 4%.",
        {k("2019-10"): (14.27e9, -22.9, None)},
        [
            k("2019-10", region="taiwan"),
            k("2019-10", item="mobile_phones", region="taiwan"),
            k("2019-10", item="semiconductors", region="japan"),
        ],
    ),
    (
        "ko: after a lead of another country's own trade ('일본의 10월 수출이 …'), the paragraph's sentences that name"
        " no subject ('수입은 …', '무역흑자는 …') are that country's; so is a headline over it that restates its"
        " figure",
        "2019-11-12",
        "10월 ICT 수출 142.7억달러\n10월 ICT 수출이 142억7000만달러로 작년 같은 달보다 22.9% 줄었다.\n\n"
        "日 10월 수출 9.2% 감소\n일본의 10월 수출이 작년 같은 달보다 9.2% 줄었다. 수입은 14.8% 감소했다."
        " 무역흑자는 163억4000만달러로…",
        {k("2019-10"): (14.27e9, -22.9, None)},
        [
            k("2019-10", region="japan"),
            k("2019-10", "import"),
            k("2019-10", "balance"),
            k("2019-01/2019-10", "balance"),
        ],
    ),
    (
        "ko: amounts spelled in Hangul numerals ('백오십일억 달러', '이십삼억 사천만 달러'); '백만 달러' stays a unit",
        "2014-03-17",
        "2월 ICT 수출 증가\n지난달 ICT 수출액은 백오십일억 달러로 1년 전보다 3.3% 늘었습니다. 수입은 칠십오억 달러,"
        " 반도체 수출은 이십삼억 사천만 달러였습니다.\n[단위: 백만 달러]",
        {k("2014-02"): (15.1e9, 3.3, None), k("2014-02", "import"): (7.5e9, None, None)},
        [],
    ),
    (
        "ko: a company ('LG디스플레이는'), '구미국가산업단지', a household surplus rate and 'MoM' give nothing;"
        " '60% 가까이', '40%대' are bounds",
        "2016-06-15",
        "5월 ICT 수출은 142.6억 달러로 4.3% 줄었습니다. LG디스플레이는 2.4% 내렸습니다. 반도체 수출은 1년 새 60% 가까이"
        " 불어났고, 메모리는 40%대 급증했다. 5월 구미국가산업단지 수출액은 21억 달러로 6.5% 줄었다.\n"
        "■ 가계 흑자율 26.1%\n- 미국 5월 소매판매 +0.4% MoM",
        {k("2016-05"): (14.26e9, -4.3, None)},
        [
            k("2016-05", item="displays"),
            k("2016-05", region="us"),
            k("2016-05", "balance"),
            k("2016-05", item="semiconductors"),
            k("2016-05", item="memory"),
        ],
    ),
    (
        "ko: '…반도체·OLED가 견인' after a figure names drivers; '상반기 … 호황에 힘입어' is background",
        "2023-01-16",
        "1월엔 143억1천만 달러…반도체·OLED가 견인\n지난해 ICT 수출이 상반기 반도체 호황에 힘입어 2,355억4천만 달러로"
        " 3.5% 늘었다.",
        {k("2022-01/2022-12"): (235.54e9, 3.5, None)},
        [k("2023-01", item="oled"), k("2022-01/2022-06")],
    ),
    (
        "en: a partner after the figure: imports 'from', a balance 'with' / 'in ICT trade with'; 'the USA'",
        "2019-08-14",
        "ICT exports fell 22.1 percent to $14.62 billion in July, while imports slipped 2.3 percent to $9.05"
        " billion. Korea posted a surplus of $2.17 billion in ICT trade with Vietnam and ran a deficit of $310"
        " million with Japan. The country imported $1.18 billion worth of ICT goods from Taiwan, up 4.4 percent."
        " Exports to the USA rose 2.6 percent to $1.77 billion.",
        {
            k("2019-07", "balance", region="vietnam"): (2.17e9, None, None),
            k("2019-07", "balance", region="japan"): (-0.31e9, None, None),
            k("2019-07", "import", region="taiwan"): (1.18e9, 4.4, None),
            k("2019-07", region="us"): (1.77e9, 2.6, None),
        },
        [k("2019-07", "balance")],
    ),
    (
        "en: 'rose 5% with China leading' names no partner; trade between another country and Korea is not Korea's;"
        " 'would likely recover' is an outlook",
        "2019-08-14",
        "ICT exports rose 5.5 percent to $19.2 billion in July with China leading the gains.\n"
        "Trade between Uzbekistan and South Korea reached $2.9 billion last year.\n"
        "An official said second-half exports would likely recover to the 5 percent range.",
        {k("2019-07"): (19.2e9, 5.5, None)},
        [k("2019-07", region="china"), k("2018-01/2018-12"), k("2018-07/2018-12")],
    ),
    (
        "en: 'led by system chips at $X (+Y%)': the name has its own figures",
        "2022-07-14",
        "ICT exports rose 11.2% in the first half.\nIn the half, chip exports totaled $70.1 billion (+16.9%), led by"
        " system semiconductors at $23.8 billion (+38.2%).",
        {
            k("2022-01/2022-06", item="system_semiconductors"): (23.8e9, 38.2, None),
            k("2022-01/2022-06", item="semiconductors"): (70.1e9, 16.9, None),
        },
        [],
    ),
    (
        "ko: '메모리 반도체의 강세로' is a cause",
        "2010-08-16",
        "7월 IT 수출은 142.7억 달러로 25.8% 늘었다. 반도체는 D램(18.1억 달러, 80.3%↑) 등 메모리 반도체의 강세로"
        " 49.7억 달러(51.2% 증가)를 기록했다.",
        {k("2010-07", item="semiconductors"): (4.97e9, 51.2, None)},
        [k("2010-07", item="memory")],
    ),
    (
        "en headline: '2018 ICT exports total $X' names the year, not the month before publication",
        "2019-01-15",
        "2018 ICT exports total $220.3 billion\nICT exports in December fell 10.7 percent to $18.41 billion.",
        {k("2018-01/2018-12"): (220.3e9, None, None), k("2018-12"): (18.41e9, -10.7, None)},
        [],
    ),
    (
        "ko headline: 'ICT 수출 2,450억달러 전망' is an outlook",
        "2022-01-13",
        '"올해 ICT 수출 2,450억달러 전망"…반도체가 견인\n작년 ICT 수출은 2,276.5억 달러로 24.0% 늘었다.',
        {k("2021-01/2021-12"): (227.65e9, 24.0, None)},
        [k("2022-01/2022-12")],
    ),
    (
        "ko: '중국의 가전 보조금 덕분에' is a cause; '부분품 수출 증가에도 불구하고' too",
        "2010-07-14",
        "6월 IT 수출은 137.6억달러로 36.1% 늘었다. 디스플레이 패널이 중국의 가전 보조금 정책 덕분에 30억2000만달러로"
        " 48.2% 늘었다. 휴대폰은 부분품 수출 증가에도 불구하고 8.3% 줄어든 21억5000만달러에 그쳤다.",
        {
            k("2010-06", item="displays"): (3.02e9, 48.2, None),
            k("2010-06", item="mobile_phones"): (2.15e9, -8.3, None),
        },
        [k("2010-06", item="displays", region="china"), k("2010-06", item="mobile_phone_parts")],
    ),
    (
        "ko: 전월 in a sentence that names no month is the month before the report's, not before the last month named",
        "2010-07-14",
        "6월 IT 수출은 137.6억달러로 36.1% 늘었다. 지난 4월(38.0%)에 이어 고성장이다. 무역수지는 66.0억달러 흑자로"
        " 전월(61.2억달러)보다 늘었다.",
        {k("2010-05", "balance"): (6.12e9, None, None)},
        [k("2010-03", "balance")],
    ),
    (
        "ko headline: '작년比 N% 증가' compares with last year; it is no figure of last year",
        "2010-07-14",
        "6월 IT수출 138억달러…작년比 36% 증가\n6월 IT 수출은 137.6억달러로 작년 같은 달보다 36.1% 늘었다.",
        {k("2010-06"): (13.76e9, 36.1, None)},
        [k("2009-01/2009-12")],
    ),
    (
        "en: ', and the surplus came to' is the ICT balance whatever item the clause before named",
        "2011-06-14",
        "May IT exports rose 8.8 percent to $12.87 billion. Imports grew 4.4 percent to $6.15 billion as makers"
        " stocked up on display panels, and the surplus came to $6.72 billion.",
        {k("2011-05", "balance"): (6.72e9, None, None)},
        [k("2011-05", "balance", "displays")],
    ),
    (
        "ko: a part and its whole in one sentence ('부분품 수출이 A로 … 전체 B로'): the part stays below the whole",
        "2011-06-14",
        "5월 IT 수출은 128.7억달러로 8.8% 늘었다. 휴대폰은 부분품 수출이 7억4000만달러로 22.1% 늘면서"
        " 전체 24억1000만달러로 3.9% 증가했다.",
        {
            k("2011-05", item="mobile_phones"): (2.41e9, 3.9, None),
            k("2011-05", item="mobile_phone_parts"): (0.74e9, 22.1, None),
        },
        [],
    ),
    (
        "ko: '감소,' then another subject: the next bare change in parentheses is not signed by it",
        "2011-06-14",
        "□ 5월 IT 수출은 128.7억불로 전년 동월 대비 1.2% 감소, 수입은 61.5억불(4.4%), 무역수지는 67.2억불 흑자",
        {k("2011-05", "import"): (6.15e9, 4.4, None)},
        [],
    ),
    (
        "ko: the periods of a quoted release title ('2023년 12월 및 연간 … 동향') date nothing",
        "2024-01-15",
        "과기정통부가 발표한 '2023년 12월 및 연간 ICT 수출입 동향'에 따르면 연간 ICT 수출은 1,885.6억 달러로 전년보다"
        " 19.3% 줄었다. 수입은 1,283.1억 달러로 10.5% 줄었고 수지는 602.5억 달러 흑자였다.",
        {
            k("2023-01/2023-12", "import"): (128.31e9, -10.5, None),
            k("2023-01/2023-12", "balance"): (60.25e9, None, None),
        },
        [k("2023-12", "import"), k("2023-12", "balance")],
    ),
    (
        "ko: a direction word before '지만' signs nothing in the next clause",
        "2023-10-16",
        "9월 ICT 수출은 187.1억 달러로 11.6% 감소했다. 메모리는 46.2억 달러로 22.9% 감소했지만 휴대폰은 신제품 효과로"
        " 12.3억 달러(6.4%)를 기록했다.",
        {k("2023-09", item="mobile_phones"): (1.23e9, 6.4, None)},
        [],
    ),
    (
        "en: 'nosediving' is a fall; a company's 'drop in operating profit' is no ICT figure",
        "2023-10-16",
        "ICT exports fell 11.6 percent to $18.71 billion in September. Memory took the biggest hit, nosediving 22.9"
        " percent to $4.62 billion. SK Display posted a 37 percent drop in third-quarter operating profit.",
        {k("2023-09", item="memory"): (4.62e9, -22.9, None)},
        [k("2023-07/2023-09", item="displays"), k("2023-07/2023-09")],
    ),
    (
        "ko: another industry's parts ('자동차 부품') are no phone parts; a quoted word before 기저효과",
        "2023-10-16",
        "9월 ICT 수출 187억 달러\n작년 '반도체 호황' 기저효과에 메모리 23% 급감\n"
        "9월 ICT 수출은 187.1억 달러로 11.6% 감소했다. 휴대폰은 12.3억 달러(6.4%)였다."
        " 같은 달 자동차 부품 수출은 20.1억 달러로 3.3% 줄었다.",
        {k("2023-09", item="mobile_phones"): (1.23e9, 6.4, None)},
        [k("2023-09", item="mobile_phone_parts"), k("2022-01/2022-12", item="memory")],
    ),
    (
        "ko: after a sub-item's own figures in a concessive clause, '전체 …' is the marked item's again",
        "2023-10-16",
        "9월 ICT 수출은 187.1억 달러로 11.6% 감소했다. 디스플레이는 OLED 수출(14.6억 달러, 6.5%)이 늘었지만"
        " 전체 21.4억 달러로 2.1% 줄었다.",
        {
            k("2023-09", item="oled"): (1.46e9, 6.5, None),
            k("2023-09", item="displays"): (2.14e9, -2.1, None),
        },
        [],
    ),
    (
        "ko headline: '…' and a bound figure end their subject's clause",
        "2022-01-13",
        "작년 ICT 수출 2276억 달러…반도체 1200억 달러 첫 돌파, 베트남 수출 21.9% 증가\n"
        "컴퓨터·부품 호조…4분기 흑자 291억 달러\n작년 ICT 수출은 2276.5억 달러로 전년보다 24.0% 늘었다.",
        {k("2021-01/2021-12", region="vietnam"): (None, 21.9, None)},
        [
            k("2021-01/2021-12", item="semiconductors", region="vietnam"),
            k("2021-10/2021-12", "balance", "computers_peripherals"),
            k("2021-10/2021-12", "balance", "computers"),
        ],
    ),
    (
        "en: ', mostly materials and parts,' is an aside of examples, no item",
        "2019-11-13",
        "ICT exports fell 24.2 percent in October.\nMobile phone exports dropped 7.1 percent to $1.06 billion.\n"
        "Imports from Taiwan, mostly wafers and parts, rose 9.9 percent to $1.32 billion.",
        {k("2019-10", "import", region="taiwan"): (1.32e9, 9.9, None)},
        [k("2019-10", "import", "mobile_phone_parts", "taiwan")],
    ),
    (
        "ko: '대미 반도체 수출만' singles out a part; the partners after it are totals; a label with '(홍콩 포함)'",
        "2015-06-15",
        "5월 ICT 수출은 141.9억 달러로 2.4% 늘었다. 대미 반도체 수출만 5.5억 달러로 9.9% 늘었다."
        " 반면 일본(8.1억 달러, △12.0%)은 줄었다.\n"
        "  ㅇ 중국(홍콩 포함) : 수출 70.2억불(△1.3%), 수입 30.4억불(4.4%), 수지 39.8억불",
        {
            k("2015-05", region="japan"): (0.81e9, -12.0, None),
            k("2015-05", "import", region="china"): (3.04e9, 4.4, None),
            k("2015-05", "balance", region="china"): (3.98e9, None, None),
        },
        [k("2015-05", item="semiconductors", region="japan")],
    ),
    (
        "ko: '각각' lists the figures after it; a figure alone before it and a balance's amount are not listed",
        "2015-06-15",
        "5월 ICT 수출은 141.9억 달러, 수입은 71.2억 달러로 각각 2.4%, 5.6% 늘며 70.7억 달러의 흑자를 기록했다.",
        {
            k("2015-05"): (14.19e9, 2.4, None),
            k("2015-05", "import"): (7.12e9, 5.6, None),
            k("2015-05", "balance"): (7.07e9, None, None),
        },
        [],
    ),
    (
        "ko: 대일 before 수지 names Japan; the △ of an amount signs no later change",
        "2015-06-15",
        "5월 ICT 수출은 141.9억 달러로 2.4% 늘었다.\n"
        " ㅇ 대일 ICT 수지는 △4.8억불로 적자(일본으로부터 수입 8.7억불, 2.2%)",
        {
            k("2015-05", "balance", region="japan"): (-0.48e9, None, None),
            k("2015-05", "import", region="japan"): (0.87e9, 2.2, None),
        },
        [],
    ),
    (
        "ko: headline slang '쑥' is a rise, '뚝' a fall",
        "2015-06-15",
        "5월 ICT 수출 142억달러…베트남 31% '쑥', 일본 12% '뚝'\n5월 ICT 수출은 141.9억 달러로 2.4% 늘었다.",
        {k("2015-05", region="vietnam"): (None, 31.0, None), k("2015-05", region="japan"): (None, -12.0, None)},
        [],
    ),
    (
        "ko: an item broken out of a partner ('이 중 반도체가') is not the next partner's; nor the same partner's",
        "2015-06-15",
        "5월 ICT 수출은 141.9억 달러로 2.4% 늘었다. 베트남 수출은 24.4억 달러로 31.0% 늘었고,"
        " 이 중 휴대폰이 8.2억 달러였다. 인도 수출은 3.3억 달러로 6.1% 줄었다."
        " 대미 반도체 수출만 5.5억 달러로 9.9% 늘었다. 미국 수출은 16.8억 달러로 1.2% 늘었다.",
        {
            k("2015-05", region="india"): (0.33e9, -6.1, None),
            k("2015-05", region="us"): (1.68e9, 1.2, None),
            k("2015-05", item="semiconductors", region="us"): (0.55e9, 9.9, None),
        },
        [k("2015-05", item="mobile_phones", region="india")],
    ),
    (
        "ko: a partner that labels its line ('ㅇ 인도 : 수출 …, 수입 …, 수지 …') keeps all three flows",
        "2015-06-15",
        "□ 5월 ICT 수출 141.9억불(2.4%), 수입 71.2억불(5.6%), 수지 70.7억불\n"
        "  ㅇ 인도 : 수출 3.3억불(△6.1%), 수입 0.9억불(11.0%), 수지 2.4억불",
        {
            k("2015-05", region="india"): (0.33e9, -6.1, None),
            k("2015-05", "import", region="india"): (0.09e9, 11.0, None),
            k("2015-05", "balance", region="india"): (0.24e9, None, None),
            k("2015-05", "import"): (7.12e9, 5.6, None),
        },
        [],
    ),
    (
        "ko: a bullet labelled '전망 :' or ending in '예상' is an outlook",
        "2015-06-15",
        "□ 5월 ICT 수출 141.9억불(2.4%)\n□ 6월 전망 : ICT 수출 150억불 안팎으로 증가세 지속 예상",
        {k("2015-05"): (14.19e9, 2.4, None)},
        [k("2015-06")],
    ),
    (
        "en: a deficit's year-ago level after 'from' is a deficit too",
        "2018-09-14",
        "ICT exports grew 9.4% to $17.7 billion in August. The ICT deficit with Japan deepened to $240 million"
        " from $170 million a year before.",
        {k("2018-08", "balance", region="japan"): (-0.24e9, None, -0.17e9)},
        [],
    ),
    (
        "en: 'Japan, for its part, said its chip exports rose' is Japan's own trade",
        "2018-09-14",
        "ICT exports grew 9.4% to $17.7 billion in August. Japan, for its part, said its display exports rose 3.3%.",
        {k("2018-08"): (17.7e9, 9.4, None)},
        [k("2018-08", item="displays", region="japan")],
    ),
    (
        "en: 'the ministry projects annual ICT exports of' is a forecast",
        "2018-09-14",
        "ICT exports grew 9.4% to $17.7 billion in August.\nThe ministry projects annual ICT exports of $215 billion"
        " this year, up 8.0 percent.",
        {k("2018-08"): (17.7e9, 9.4, None)},
        [k("2018-01/2018-12"), k("2017-01/2017-12")],
    ),
    (
        "en: 'N% less than the $B shipped in the same month of <year>' gives the prior",
        "2018-09-14",
        "August ICT exports were $17.7 billion, 9.4% more than the $16.18 billion shipped in the same month of 2017.",
        {k("2018-08"): (17.7e9, 9.4, 16.18e9)},
        [],
    ),
    (
        "en: 'a 30% jump in shipments to Vietnam' names its partner after the figure",
        "2018-09-14",
        "ICT exports grew 9.4% in August. Asia led, with a 27.6 percent jump in shipments to India, to $520 million.",
        {k("2018-08", region="india"): (0.52e9, 27.6, None)},
        [k("2018-08", region="asia")],
    ),
    (
        "en: 'the previous first-quarter high …, set last year' is last year's first quarter",
        "2018-04-13",
        "ICT exports in the first quarter rose 18.2 percent to $52.9 billion. The previous first-quarter high was"
        " $44.75 billion, set last year. Exports for all of last year came to $197.6 billion.",
        {k("2017-01/2017-03"): (44.75e9, None, None), k("2017-01/2017-12"): (197.6e9, None, None)},
        [],
    ),
    (
        "in a yearly release that turned to December, a phone figure of 70% of the month is the year's",
        "2023-01-16",
        "ICT exports for 2022 edged up 1.1% to $233.2 billion.\nIn December alone, ICT exports were $18.4 billion,"
        " down 24.1%.\nPhone exports totaled $13.1 billion, up 2.5%.",
        {k("2022-01/2022-12", item="mobile_phones"): (13.1e9, 2.5, None)},
        [k("2022-12", item="mobile_phones")],
    ),
    (
        "ko: an import part above the month's ICT exports is the year's, even with no import total",
        "2023-01-16",
        "□ 2022년 ICT 수출은 2,332.4억불(1.1%)\n  ㅇ 12월 ICT 수출은 184.3억불로 24.1% 줄어\n"
        "□ 수입은 반도체 612.7억불(8.4%), 컴퓨터 121.5억불(△9.3%)",
        {
            k("2022-01/2022-12", flow="import", item="semiconductors"): (61.27e9, 8.4, None),
            k("2022-01/2022-12", flow="import", item="computers"): (12.15e9, -9.3, None),
        },
        [k("2022-12", flow="import", item="semiconductors")],
    ),
    (
        "a period that opens parentheses holding its own figure dates only what they hold",
        "2016-07-13",
        "ICT exports in June stood at $14.07 billion (June 2015: $15.22 billion), down 7.6%, while imports"
        " slipped 2.9% to $7.38 billion, leaving a $6.69 billion surplus.",
        {
            k("2016-06"): (14.07e9, -7.6, 15.22e9),
            k("2016-06", flow="import"): (7.38e9, -2.9, None),
            k("2016-06", flow="balance"): (6.69e9, None, None),
        },
        [k("2015-06", flow="import"), k("2015-06", flow="balance")],
    ),
    (
        "ko: a period that opens parentheses holding its own figure dates only what they hold",
        "2016-07-13",
        "6월 ICT 수출은 140.7억불('15.6월 152.2억불)로 7.6% 줄었고, 수입은 73.8억불로 2.9% 감소했다.",
        {k("2016-06"): (14.07e9, -7.6, 15.22e9), k("2016-06", flow="import"): (7.38e9, -2.9, None)},
        [k("2015-06", flow="import")],
    ),
    (
        "a figure the same sentence revises is no fact: the revised one is",
        "2013-09-15",
        "July's ICT exports, initially reported at $14.92 billion, were revised to $15.04 billion."
        " 6월 수출은 잠정 131.5억불에서 확정 132.0억불로 수정됐다.",
        {k("2013-07"): (15.04e9, None, None), k("2013-06"): (13.2e9, None, None)},
        [],
    ),
    (
        "ko: a figureless heading with a period ('□ 품목별 (1/4분기)') dates the bullets under it",
        "2011-04-12",
        "□ 2011년 1/4분기 IT 수출은 370.2억불\n  ㅇ 3월 한 달 수출은 139.5억불\n"
        "□ 품목별 (1/4분기)\n  - 반도체 : 108.1억불(5.6%)",
        {k("2011-01/2011-03", item="semiconductors"): (10.81e9, 5.6, None)},
        [k("2011-03", item="semiconductors")],
    ),
    (
        "en: ', hurt by the DRAM price slide in the second half,' is an aside; 'for January and February reached'",
        "2012-03-15",
        "Semiconductor exports, hurt by the DRAM price slide in the second half, inched down 0.6 percent to $3.9"
        " billion in February. Combined exports for January and February reached $23.1 billion.",
        {k("2012-02", item="semiconductors"): (3.9e9, -0.6, None), k("2012-01/2012-02"): (23.1e9, None, None)},
        [k("2011-07/2011-12", item="dram")],
    ),
    (
        "en: 'N% below the $B of <month year>' is a fall from that month's value",
        "2019-12-16",
        "ICT exports were $15.5 billion, 21.8% below the $19.8 billion of November 2018.",
        {k("2019-11"): (15.5e9, -21.8, 19.8e9), k("2018-11"): (19.8e9, None, None)},
        [],
    ),
    (
        "en: 'more than in April 2020' is a year back; targets and shares of world orders are no facts",
        "2021-05-14",
        "ICT exports came to $16.9 billion, 27.1 percent more than in April 2020. Korean yards won 42% of global"
        " orders. The government set an export target of $610 billion.",
        {k("2021-04"): (16.9e9, 27.1, None)},
        [k("2021-01/2021-12")],
    ),
    (
        "en: a period after 'but' is another clause's ('H1 exports climb 9%, but June growth slows')",
        "2022-07-14",
        "H1 ICT exports climb 9% to record, but June growth slows\n\n"
        "June exports came to $21.3 billion, up 2.1 percent.",
        {k("2022-01/2022-06"): (None, 9.0, None), k("2022-06"): (21.3e9, 2.1, None)},
        [],
    ),
    (
        "en: 'off only 1.0 percent', 'off 14.3%.', '4.6% higher relative to April 2019'",
        "2020-05-15",
        "Chips held up at $8.1 billion, off only 1.0 percent. Displays: $1.39 billion, off 14.3%."
        " Imports reached USD 8.95 billion, 4.6% higher relative to April 2019.",
        {
            k("2020-04", item="semiconductors"): (8.1e9, -1.0, None),
            k("2020-04", item="displays"): (1.39e9, -14.3, None),
            k("2020-04", flow="import"): (8.95e9, 4.6, None),
        },
        [k("2019-04", flow="import")],
    ),
    (
        "en: '$X in overseas sales, N percent more …' is the subject's, and 'more' is a rise",
        "2020-05-15",
        "Semiconductors generated $8.55 billion in overseas sales, 0.8 percent more compared with last April,"
        " but phones fell 36.4% to $0.71 billion.",
        {k("2020-04", item="semiconductors"): (8.55e9, 0.8, None)},
        [k("2020-04")],
    ),
    (
        "ko: a sub-item's own figures in a cause ('OLED 패널 수출(…) 덕에') are its; those after, the subject's",
        "2023-12-15",
        "11월 ICT 수출은 190억달러였다. 디스플레이는 OLED 패널 수출(13억 1천만 달러, 19.2%↑) 덕에 18억 2천만 달러로"
        " 8.4% 증가했다.",
        {k("2023-11", item="oled"): (1.31e9, 19.2, None), k("2023-11", item="displays"): (1.82e9, 8.4, None)},
        [],
    ),
    (
        "en: 'relative to $B in <month year>' dates only B; the figures after it keep the story's month",
        "2013-10-15",
        "For September alone, exports were $13.9 billion, relative to $12.8 billion in September 2012, and imports"
        " $6.7 billion, for a surplus of $7.2 billion.",
        {
            k("2013-09"): (13.9e9, None, 12.8e9),
            k("2013-09", flow="import"): (6.7e9, None, None),
            k("2013-09", flow="balance"): (7.2e9, None, None),
        },
        [k("2012-09", flow="import")],
    ),
    (
        "en: a digest headed 'ICT trade'; 'Chips: 4.88 bn' is money, 'subscribers: 4.9 million' not",
        "2016-03-15",
        "February ICT trade in brief\n- Exports: US$12.40 billion (+3.1% y/y)\n- Semiconductors: 4.88 bn (+6.0%)\n"
        "- 5G subscribers: 4.9 million",
        {k("2016-02"): (12.4e9, 3.1, None), k("2016-02", item="semiconductors"): (4.88e9, 6.0, None)},
        [],
    ),
    (
        "en: a dated base after 'relative to' is another time's, not the current figure's",
        "2016-03-15",
        "Chip exports hit $4.71 billion, relative to $4.42 billion in February 2015.",
        {
            k("2016-02", item="semiconductors"): (4.71e9, None, 4.42e9),
            k("2015-02", item="semiconductors"): (4.42e9, None, None),
        },
        [],
    ),
    (
        "en: 'accounted for $X, N percent more': the share's verb took the amount, the change is the item's",
        "2016-03-15",
        "Memory chips accounted for $2.95 billion, 6.6 percent more than a year ago.",
        {k("2016-02", item="memory"): (2.95e9, 6.6, None)},
        [],
    ),
    (
        "en: 'down N percent from $B', 'versus $B' and 'the surplus $X'",
        "2016-03-15",
        "Phone exports were $2.02 billion, down 4.4 percent from $2.11 billion. ICT exports were $12.40 billion in"
        " February versus $12.03 billion, and the surplus $5.50 billion.",
        {
            k("2016-02", item="mobile_phones"): (2.02e9, -4.4, 2.11e9),
            k("2016-02"): (12.4e9, None, 12.03e9),
            k("2016-02", flow="balance"): (5.5e9, None, None),
        },
        [],
    ),
    (
        "en: a figure whose verb is elided takes the direction of the one before",
        "2016-03-15",
        "Phones dropped 4.4 percent to $2.02 billion, and displays 6.2 percent to $2.31 billion.",
        {k("2016-02", item="displays"): (2.31e9, -6.2, None)},
        [],
    ),
    (
        "en: 'off 6.2 percent' is a fall; ko: '(-)6.2%' is minus",
        "2016-03-15",
        "Display exports were $2.31 billion in February, off 6.2 percent. 휴대폰 수출은 20억달러로 (-)4.4%였다.",
        {k("2016-02", item="displays"): (2.31e9, -6.2, None), k("2016-02", item="mobile_phones"): (2.0e9, -4.4, None)},
        [],
    ),
    (
        "en: 'handsets plus parts' and 'Latin American buyers'; bare 'Panels fell'",
        "2016-03-15",
        "Handsets plus parts brought in $2.02 billion, down 4.4 percent. Panels fell 6.2 percent to $2.31 billion."
        "\n\nLatin American buyers took $0.41 billion, up 5.5 percent.",
        {
            k("2016-02", item="mobile_phones"): (2.02e9, -4.4, None),
            k("2016-02", region="latin_america"): (0.41e9, 5.5, None),
            k("2016-02", item="displays"): (2.31e9, -6.2, None),
        },
        [k("2016-02", item="mobile_phone_parts")],
    ),
    (
        "ko: '대중(홍콩 포함) 수출', a headline's '中 9%'; a correction's wrong figure is no figure",
        "2016-03-15",
        "2월 ICT 수출, 中 9.1%↑\n\n대중(홍콩 포함) 수출은 60억 5천만 달러로 9.1% 늘었다."
        " 수입은 '6억9천만달러'로 잘못 표기해 '69억달러'로 바로잡습니다.",
        {k("2016-02", region="china"): (6.05e9, 9.1, None)},
        [k("2016-02", flow="import")],
    ),
    (
        "en: 'for a full year' is a streak, 'the biggest so far this year' a comparison, not periods",
        "2016-03-15",
        "Display exports, which have fallen for a full year, were $2.31 billion, down 6.2 percent."
        " The surplus of $5.50 billion was the biggest so far this year.",
        {k("2016-02", item="displays"): (2.31e9, -6.2, None), k("2016-02", flow="balance"): (5.5e9, None, None)},
        [k("2015-01/2015-12", item="displays"), k("2016-01/2016-02", flow="balance")],
    ),
    (
        "ko: '…가 될 것으로 내다봤다' is an outlook",
        "2016-03-15",
        "정부는 3월 ICT 수출 증가율이 4% 안팎이 될 것으로 내다봤다.",
        {},
        [k("2016-03"), k("2016-02")],
    ),
    (
        "ko: after sub-items listed with their own figures, a figure outside the parentheses is the marked subject's",
        "2019-07-15",
        "반도체 수출은 D램(-38.1%)과 낸드(-21.4%) 모두 줄어 88억달러에 그쳤다.",
        {
            k("2019-06", item="semiconductors"): (8.8e9, None, None),
            k("2019-06", item="dram"): (None, -38.1, None),
            k("2019-06", item="nand"): (None, -21.4, None),
        },
        [],
    ),
    (
        "ko: ... but a name with its figures in parentheses and marked as subject ('반도체(…)가 6.3% 늘며') keeps them",
        "2016-09-13",
        "8월 ICT 수출은 140억달러였다. 반도체(53억달러)가 5.2% 늘며 회복을 이끌었다.",
        {k("2016-08", item="semiconductors"): (5.3e9, 5.2, None), k("2016-08"): (14.0e9, None, None)},
        [],
    ),
    (
        "ko: the flow's own word right after its figure ('15억달러 흑자로') starts no new clause",
        "2023-01-13",
        "대중국 ICT 무역수지는 17억달러 흑자로 전년 동월 대비 31.5% 감소했다.",
        {k("2022-12", flow="balance", region="china"): (1.7e9, -31.5, None)},
        [k("2022-12", flow="balance")],
    ),
    (
        "en: goods the lexicon does not know before the flow word ('Korea's game exports') are no one's",
        "2008-02-27",
        "IT exports rose 20.4 percent in January. Korea's game exports reached $781 million last year.",
        {k("2008-01"): (None, 20.4, None)},
        [k("2007-01/2007-12")],
    ),
    (
        "en: in a report published early in the year, a paragraph's figures for the year just ended set its topic",
        "2008-02-28",
        "IT exports to India soared 45.3 percent to $2.13 billion in 2007, while those to the Middle East climbed"
        " 28.7 percent to $3.41 billion. Exports to Latin America rose 21.4 percent to $6.02 billion.",
        {k("2007-01/2007-12", region="latin_america"): (6.02e9, 21.4, None)},
        [k("2008-01", region="latin_america")],
    ),
    (
        "en: 'the previous record for the month of $X set in <year>' is that year's same month",
        "2019-02-15",
        "ICT exports came to $15.9 billion in January, short of the previous record for the month of $16.2 billion"
        " set in 2018.",
        {k("2018-01"): (16.2e9, None, None)},
        [k("2018-01/2018-12")],
    ),
    (
        "en: a record sentence with no subject and no pronoun is the total's, not the last sentence's item's",
        "2012-01-16",
        "IT exports rose 2.2 percent to $15.8 billion in December. Exports should grow as new OLED panels launch."
        " The monthly record of $16.1 billion was set in October last year.",
        {k("2011-10"): (16.1e9, None, None)},
        [k("2011-10", item="oled")],
    ),
    (
        "en: 'the previous May record of $X set in <year>' is that year's May",
        "2023-06-15",
        "ICT exports reached $17.4 billion in May, short of the previous May record of $19.91 billion set in 2021.",
        {k("2021-05"): (19.91e9, None, None)},
        [k("2021-01/2021-12")],
    ),
    (
        "en: 'narrowed to $A from $B': B is the earlier value",
        "2019-06-14",
        "The ICT trade surplus narrowed to $6.42 billion from $9.88 billion.",
        {k("2019-05", flow="balance"): (6.42e9, None, 9.88e9)},
        [],
    ),
    (
        "en: 'A year earlier, August exports had reached …' dates August a year back",
        "2019-09-16",
        "ICT exports fell 19.1% to $15.8 billion in August. A year earlier, August exports had reached $19.53 billion.",
        {k("2019-08"): (15.8e9, -19.1, 19.53e9), k("2018-08"): (19.53e9, None, None)},
        [],
    ),
    (
        "en: '(parts included)' does not make the item its parts; 'January and February combined' is one span",
        "2012-03-15",
        "Handset exports (parts included) rose 7.1 percent to $2.2 billion in February."
        " For January and February combined, IT exports totaled $23.4 billion, up 1.2 percent.",
        {k("2012-02", item="mobile_phones"): (2.2e9, 7.1, None), k("2012-01/2012-02"): (23.4e9, 1.2, None)},
        [k("2012-02", item="mobile_phone_parts")],
    ),
    (
        "ko: a headline's Hanja 減 is a decline",
        "2009-06-15",
        "5월 IT수출 11.2% 減\n\n5월 IT 수출은 92억달러였다.",
        {k("2009-05"): (9.2e9, -11.2, None)},
        [],
    ),
    (
        "ko: outlooks said with '…것이라고 밝혔다', '…수준으로 예상했다', a headline's '증가 전망' are no figures",
        "2023-01-20",
        '"올해 ICT 수출 2,150억달러로 1.2% 증가 전망"\n\n연구원은 올해 ICT 수출이 2,150억달러에 이를 것이라고 밝혔다.'
        " 무역수지 흑자는 800억달러 수준으로 예상했다.",
        {},
        [k("2022-01/2022-12"), k("2023-01/2023-12"), k("2022-01/2022-12", flow="balance")],
    ),
    (
        "ko: after an imports summary that ends on the surplus, item sentences are exports again",
        "2016-09-13",
        "8월 ICT 수출은 140억달러였다. 수입은 76억달러로 1.1% 감소해 64억달러의 흑자를 냈다."
        " 반도체(53억달러)가 5.2% 늘었다.",
        {k("2016-08", item="semiconductors"): (5.3e9, 5.2, None)},
        [k("2016-08", flow="import", item="semiconductors")],
    ),
    (
        "budgets and investment are no trade figures",
        "2021-02-09",
        "The ministry will spend 1.5 trillion won ($1.3 billion) on ICT research, up 9.9 percent from last year's"
        " budget. 정부는 올해 ICT 수출 지원 예산으로 3천억원(2억7천만달러)을 편성했다.",
        {},
        [k("2021-01"), k("2020-01/2020-12"), k("2021-01/2021-12")],
    ),
    (
        "en: 'wireless communication device exports' are communication equipment, not the ICT total",
        "2009-02-04",
        "IT exports totaled $6.3 billion in January."
        " Wireless communication device exports fell 9.2 percent to $1.9 billion.",
        {k("2009-01"): (6.3e9, None, None), k("2009-01", item="communication_equipment"): (1.9e9, -9.2, None)},
        [],
    ),
    (
        "a carried part that would be nine tenths of its month's total is the quarter's, not the month's",
        "2012-10-12",
        "Third-quarter IT exports came to $39.1 billion, up 2.4 percent.\n\n"
        "In September alone, exports increased 6.1 percent to $13.6 billion.\n\n"
        "Chip exports rose 5.5 percent to $12.4 billion, and displays slipped 1.9 percent to $7.3 billion.",
        {
            k("2012-07/2012-09", item="semiconductors"): (12.4e9, 5.5, None),
            k("2012-07/2012-09", item="displays"): (7.3e9, -1.9, None),
        },
        [k("2012-09", item="semiconductors")],
    ),
    (
        "en: 'the U.S. ($X …)' ends no sentence; a half-year's paragraph after 'June alone' is the half's",
        "2018-07-16",
        "ICT exports hit a first-half record of $107.2 billion, up 23.6 percent.\n\n"
        "June exports alone rose 28.1 percent to $19.3 billion.\n\n"
        "Mobile phones fell 29.4 percent to $6.2 billion. By destination, exports rose to China ($56.4 billion,"
        " up 31.0 percent) and the U.S. ($8.6 billion, up 6.4 percent).",
        {
            k("2018-01/2018-06", region="china"): (56.4e9, 31.0, None),
            k("2018-01/2018-06", region="us"): (8.6e9, 6.4, None),
            k("2018-01/2018-06", item="mobile_phones"): (6.2e9, -29.4, None),
        },
        [k("2018-06", region="us"), k("2018-06", item="mobile_phones")],
    ),
    (
        "en: bullets after the balance's bullet: an item's line is no balance",
        "2019-06-14",
        "- ICT exports USD 14.9 bln (-18.6% y/y)\n- ICT trade balance USD +6.1 bln\n- Chips USD 7.8 bln (-24.1% y/y)",
        {k("2019-05", item="semiconductors"): (7.8e9, -24.1, None)},
        [k("2019-05", flow="balance", item="semiconductors")],
    ),
    (
        "en: 'those to Hong Kong' after 'China (excluding Hong Kong)' is Hong Kong",
        "2019-06-14",
        "Exports to China (excluding Hong Kong) slid 11.0% to $5.3 billion,"
        " and those to Hong Kong fell 30.1% to $1.6 billion.",
        {k("2019-05", region="china"): (5.3e9, -11.0, None), k("2019-05", region="hong_kong"): (1.6e9, -30.1, None)},
        [],
    ),
    (
        "ko: what a name includes in parentheses ('디지털TV(LCD TV 포함)') is no subject",
        "2016-12-14",
        "11월 디지털TV(LCD TV 포함) 수출은 4억1천만달러로 2.5% 줄었다.",
        {k("2016-11", item="digital_tv"): (0.41e9, -2.5, None)},
        [k("2016-11", item="lcd")],
    ),
    (
        "en: '$X worth of ICT goods to Vietnam': the goods, then where to",
        "2019-06-14",
        "Korea shipped $2.34 billion worth of ICT goods to Vietnam in May, up 4.4 percent.",
        {k("2019-05", region="vietnam"): (2.34e9, 4.4, None)},
        [k("2019-05")],
    ),
    (
        "ko: a province's or an industrial park's exports are not the country's",
        "2016-12-14",
        "11월 ICT 수출은 150억달러였다. 충북지역 ICT 수출은 21억달러로 4.1% 늘었고,"
        " 파주산업단지의 디스플레이 수출은 6억달러였다.",
        {k("2016-11"): (15.0e9, None, None)},
        [k("2016-11", item="displays")],
    ),
    (
        "en: wire bullets: 'USD +6.1 bln' is money and 'US:' a partner",
        "2019-06-14",
        "ICT exports fell 18.6% to $14.9 billion in May.\n- ICT trade balance USD +6.1 bln\n▲ US: USD 1.5 bn (↑2.4%)",
        {k("2019-05", flow="balance"): (6.1e9, None, None), k("2019-05", region="us"): (1.5e9, 2.4, None)},
        [],
    ),
    (
        "en: 'panel exports' are displays (the older word)",
        "2009-03-15",
        "IT exports fell 28.1% to $7.1 billion in February. Panel exports dropped 30.2 percent to $1.7 billion.",
        {k("2009-02", item="displays"): (1.7e9, -30.2, None)},
        [],
    ),
    (
        "ko: '전월(X)보다 Y%': X is the month before's value, Y no year-on-year change",
        "2016-12-14",
        "11월 ICT 수출은 150억달러로 전월(141억3천만달러)보다 6.2% 늘었다.",
        {k("2016-11"): (15.0e9, None, None), k("2016-10"): (14.13e9, None, None)},
        [],
    ),
    (
        "en: 'the fastest since <month>, when …' dates the when-clause only",
        "2010-04-05",
        "IT exports jumped 41.2% to $9.8 billion, the fastest since May 2006, when they rose 44.9 percent.",
        {k("2010-03"): (9.8e9, 41.2, None), k("2006-05"): (None, 44.9, None)},
        [],
    ),
    (
        "en: 'since records began in <year>' and 'on the same stretch of <year>' are anchors, not periods",
        "2012-12-14",
        "ICT exports hit $15.1 billion in November, the most for the month since records began in 1998 and 6.2"
        " percent above a year earlier. Shipments for January-November rose 2.1 percent on the same stretch of 2011.",
        {k("2012-11"): (15.1e9, 6.2, None), k("2012-01/2012-11"): (None, 2.1, None)},
        [k("1998-01/1998-12"), k("2011-01/2011-12")],
    ),
    (
        "en: 'over the 11 months' and 'the 11-month total' are this year's months so far",
        "2019-12-16",
        "ICT exports over the 11 months fell 12.9% to $165.2 billion."
        " Chips made up $88.1 billion of the 11-month total.",
        {
            k("2019-01/2019-11"): (165.2e9, -12.9, None),
            k("2019-01/2019-11", item="semiconductors"): (88.1e9, None, None),
        },
        [],
    ),
    (
        "en: 'within $X of the record of $Y set in <year>': the distance is no value, the record is that year's",
        "2012-12-14",
        "ICT exports reached $141.7 billion, within $3 billion of the annual record of $144.5 billion set in 2010.",
        {k("2010-01/2010-12"): (144.5e9, None, None)},
        [],
    ),
    (
        "en: in a list with a direction per element, each element keeps its own",
        "2020-05-15",
        "By item, chips declined 14.9 percent, displays up 8.2 percent and phones down 37.2 percent.",
        {
            k("2020-04", item="semiconductors"): (None, -14.9, None),
            k("2020-04", item="displays"): (None, 8.2, None),
            k("2020-04", item="mobile_phones"): (None, -37.2, None),
        },
        [],
    ),
    (
        "en: a direction word after a closing parenthesis is not the parenthesised figure's",
        "2020-05-15",
        "Shipments grew to the U.S. ($1.9 billion, up 9.3 percent), but shrank to Vietnam"
        " ($1.4 billion, down 34.6 percent).",
        {k("2020-04", region="us"): (1.9e9, 9.3, None), k("2020-04", region="vietnam"): (1.4e9, -34.6, None)},
        [],
    ),
    (
        "en: 'Of the total,' and '…% of the total' are ICT's own total, no all-industry noise",
        "2020-05-15",
        "Of the total, chip shipments to China rose 2.2 percent to $3.9 billion. Display exports, which make"
        " up a tenth of the total, fell 28.1 percent to $1.2 billion.",
        {
            k("2020-04", item="semiconductors", region="china"): (3.9e9, 2.2, None),
            k("2020-04", item="displays"): (1.2e9, -28.1, None),
        },
        [],
    ),
    (
        "a part larger than its month's ICT total, its period carried, is the span's (a half-year report)",
        "2023-07-14",
        "상반기 ICT 수출은 1,051억달러로 12.1% 감소했다.\n\n6월 한 달 수출은 182억달러로 15.1% 줄었다.\n\n"
        "지역별로는 중국(홍콩 포함) 471억달러(△24.2%), 베트남 151억달러(△14.0%)였다.",
        {
            k("2023-01/2023-06", region="china"): (47.1e9, -24.2, None),
            k("2023-01/2023-06", region="vietnam"): (15.1e9, -14.0, None),
        },
        [k("2023-06", region="china"), k("2023-06", region="vietnam")],
    ),
    (
        "en: a period right before a flow word opens the next clause ('…, and second-half exports …')",
        "2023-01-16",
        "Exports in the fourth quarter dropped 12.2% to $48.1 billion, and second-half exports declined 6.8% to"
        " $101.2 billion.",
        {k("2022-10/2022-12"): (48.1e9, -12.2, None), k("2022-07/2022-12"): (101.2e9, -6.8, None)},
        [],
    ),
    (
        "en: a title's second part ('…; February tally revised') does not name the report's period",
        "2019-04-15",
        "ICT exports slip for third month; February tally revised\n\nICT exports came to $14.9 billion last month,"
        " down 9.1 percent. Chip exports fell 16.1 percent to $8.0 billion.",
        {k("2019-03"): (14.9e9, -9.1, None), k("2019-03", item="semiconductors"): (8.0e9, -16.1, None)},
        [k("2019-02", item="semiconductors")],
    ),
    (
        "ko: 중화권 (Greater China) is China with Hong Kong",
        "2019-03-14",
        "2월 ICT 수출은 132억달러였다. 중화권(중국·홍콩) 수출은 61억달러로 24.3% 줄었다.",
        {k("2019-02", region="china"): (6.1e9, -24.3, None), k("2019-02"): (13.2e9, None, None)},
        [],
    ),
    (
        "ko: the one-character partner names of headlines and terse copy (中·美·日·越 수출)",
        "2019-03-14",
        "2월 ICT 수출은 132억달러였다. 中 수출은 61억달러로 24.3% 줄었고, 日 수출은 2억달러로 5.1% 늘었다.",
        {k("2019-02", region="china"): (6.1e9, -24.3, None), k("2019-02", region="japan"): (0.2e9, 5.1, None)},
        [],
    ),
    (
        "ko: '…보다 X% 적었다' is a decline",
        "2019-03-14",
        "2월 ICT 수출은 132억달러로 작년 2월보다 24.3% 적었다.",
        {k("2019-02"): (13.2e9, -24.3, None)},
        [],
    ),
    (
        "ko: a January report that opens with the year's surplus is about the year, line after line",
        "2011-01-06",
        "지경부는 지난해 IT 무역흑자가 781억달러로 사상 최대를 기록했다고 5일 밝혔다.\n"
        "IT 수출은 전년 대비 24.4% 증가한 1천539억달러였다.\nIT 수입은 19.2% 늘어난 758억달러였다.",
        {
            k("2010-01/2010-12", flow="balance"): (78.1e9, None, None),
            k("2010-01/2010-12"): (153.9e9, 24.4, None),
            k("2010-01/2010-12", flow="import"): (75.8e9, 19.2, None),
        },
        [k("2010-12")],
    ),
    (
        "ko: a change on the month before, its value in parentheses ('전월(…) 대비로는'), is no year-on-year change",
        "2019-12-13",
        "11월 ICT 수출은 152억3천만 달러로, 전월(149억 달러) 대비로는 2.2% 늘었다.",
        {k("2019-11"): (15.23e9, None, None)},
        [],
    ),
    (
        "ko: '… 증가할 전망이다' is an outlook, not a figure",
        "2019-12-13",
        "11월 ICT 수출은 152억3천만 달러였다. 내년 ICT 수출은 1천800억 달러로 3.1% 증가할 전망이다.",
        {k("2019-11"): (15.23e9, None, None)},
        [k("2020-01/2020-12")],
    ),
    (
        "ko: a from-to pair whose figures each name their year: the first is its year's value, not a prior",
        "2013-01-14",
        "IT 수출은 2011년 1천566억 달러에서 2012년 1천551억 달러로 줄었다.",
        {k("2011-01/2011-12"): (156.6e9, None, None), k("2012-01/2012-12"): (155.1e9, None, 156.6e9)},
        [k("2010-01/2010-12")],
    ),
    (
        "ko: 'X 매출도' marks X as the subject; a clause '부분품 감소세가 지속되며' names a cause",
        "2022-08-12",
        "7월 ICT 수출은 180억달러였다. 휴대폰 매출도 단말 수요 둔화로 부분품 감소세가 지속되며 "
        "수출액(9억3000만 달러)이 전년 같은 달보다 21.7% 줄었다.",
        {k("2022-07", item="mobile_phones"): (0.93e9, -21.7, None), k("2022-07"): (18.0e9, None, None)},
        [k("2022-07", item="mobile_phone_parts")],
    ),
    (
        "ko: '디스플레이(…)의 9월 수출 감소율은': the flow after a name's own figures is that name's",
        "2016-10-13",
        "9월 ICT 수출은 140억달러였다. 디스플레이(21억1000만 달러)의 9월 수출 감소율은 4.4%로 11개월 만에 가장 작았다.",
        {k("2016-09", item="displays"): (2.11e9, -4.4, None), k("2016-09"): (14.0e9, None, None)},
        [],
    ),
    (
        "en: a partner's imports from Korea are Korea's exports to it",
        "2021-04-20",
        "Indonesia imported 0.83 billion USD worth of electronics and ICT goods from South Korea in March,"
        " up 7.7 percent.",
        {k("2021-03", region="other:indonesia"): (0.83e9, 7.7, None)},
        [k("2021-03", flow="import", region="other:indonesia")],
    ),
    (
        "ko: 한국산 제품의 수입 by a partner is Korea's export",
        "2021-04-20",
        "인도의 한국산 ICT 제품 수입은 3월 6억2000만달러로 9.4% 늘었다.",
        {k("2021-03", region="india"): (0.62e9, 9.4, None)},
        [k("2021-03", flow="import", region="india")],
    ),
    (
        "en: 'incl.' does not end a sentence, so China including Hong Kong stays China",
        "2021-04-20",
        "ICT exports rose 12.0% in March.\n - China (incl. Hong Kong): USD 9.04 billion (up 5.5%)",
        {k("2021-03", region="china"): (9.04e9, 5.5, None)},
        [k("2021-03", region="hong_kong")],
    ),
    (
        "en: 'the first quarterly decline' is no first quarter",
        "2021-10-14",
        "In the July-September quarter, ICT exports shrank 3.3 percent to $52.0 billion,"
        " the first quarterly fall since 2019.",
        {k("2021-07/2021-09"): (52.0e9, -3.3, None)},
        [k("2021-01/2021-03")],
    ),
    (
        "en: a figure 'for the year' in a January report is the year's, and the month alone is the month's",
        "2021-01-14",
        "Display exports slipped 4.5 percent to $18.2 billion for the year,"
        " and in December alone they rose 2.2 percent.",
        {k("2020-01/2020-12", item="displays"): (18.2e9, -4.5, None), k("2020-12", item="displays"): (None, 2.2, None)},
        [],
    ),
    (
        "ko: another economy's exports with their month named between ('대만의 5월 반도체 수출') are not Korea's",
        "2021-06-15",
        "5월 ICT 수출은 190억달러였다. 대만의 5월 반도체 수출은 전년 대비 33% 늘었다.",
        {k("2021-05"): (19.0e9, None, None)},
        [k("2021-05", item="semiconductors", region="taiwan")],
    ),
    (
        "en/ko: a share of the global market and a change on the previous quarter are no year-on-year change",
        "2021-04-20",
        "LG, which shipped 9.9 million handsets in the first quarter,"
        " holds 3.1 percent of the global smartphone market."
        " 1분기 ICT 수출은 550억달러였다. 메모리 매출은 전 분기보다 11% 늘었다.",
        {k("2021-01/2021-03"): (55.0e9, None, None)},
        [k("2021-01/2021-03", item="mobile_phones"), k("2021-01/2021-03", item="memory")],
    ),
    (
        "ko: a sentence naming its one flow only after its figures is of that flow",
        "2021-06-15",
        "5월 ICT 수출입 동향\n□ 5월 ICT 수출은 190.1억불\nㅇ 수출은 12.1% 증가\nㅇ 수입은 3.3% 증가\n"
        "□ 품목별로는 반도체(99.8억불, 23.5%↑)가 수출 증가를 이끌었다.",
        {k("2021-05", item="semiconductors"): (9.98e9, 23.5, None)},
        [k("2021-05", flow="import", item="semiconductors")],
    ),
    (
        "ko: a record with no flow word after the imports is the exports'",
        "2021-06-15",
        "5월 ICT 수출은 190억달러였다. 수입은 110억달러로 9.9% 늘었다. 종전 최대치는 2018년 5월의 188억2000만달러였다.",
        {k("2018-05"): (18.82e9, None, None)},
        [k("2018-05", flow="import")],
    ),
    (
        "en: a which-clause that gives a share is an aside; the item it names is not the subject",
        "2019-03-14",
        "DRAM chips, which make up roughly 40 percent of semiconductor exports, sank 27.5 percent to $3.2 billion.",
        {k("2019-02", item="dram"): (3.2e9, -27.5, None)},
        [k("2019-02", item="semiconductors")],
    ),
    (
        "en: bare 'phones' in a run of items are mobile phones",
        "2019-03-14",
        "Chips slid 14.5% to $7.7 billion, and phones dropped 11.9% to $1.1 billion.",
        {
            k("2019-02", item="semiconductors"): (7.7e9, -14.5, None),
            k("2019-02", item="mobile_phones"): (1.1e9, -11.9, None),
        },
        [],
    ),
    (
        "ko: partners listed before one item, figures 'each': each partner's figure of that item",
        "2019-03-14",
        "반도체 수출은 8.1% 줄었다. 중국(홍콩 포함), 미국, 대만 반도체 수출은 각각 4.4%, 21.7%, 9.9% 감소했다.",
        {
            k("2019-02", item="semiconductors", region="china"): (None, -4.4, None),
            k("2019-02", item="semiconductors", region="us"): (None, -21.7, None),
            k("2019-02", item="semiconductors", region="taiwan"): (None, -9.9, None),
        },
        [k("2019-02", item="semiconductors", region="vietnam")],
    ),
    (
        "ko: figures 'each' before the names their modifier clause joins them to, even names of a cause",
        "2019-03-14",
        "반도체는 각각 전년 동월 대비 31.4%·8.8% 감소한 메모리반도체와 시스템반도체의 수출 부진으로 줄었다.",
        {
            k("2019-02", item="memory"): (None, -31.4, None),
            k("2019-02", item="system_semiconductors"): (None, -8.8, None),
        },
        [k("2019-02", item="semiconductors")],
    ),
    (
        "ko: after an item's exports to one partner, a sentence naming only partners goes on with that item",
        "2019-03-14",
        "2월 반도체의 대미 수출은 9억1000만달러로 17.2% 늘었다. 베트남 수출도 5.5% 증가했다.",
        {
            k("2019-02", item="semiconductors", region="us"): (0.91e9, 17.2, None),
            k("2019-02", item="semiconductors", region="vietnam"): (None, 5.5, None),
        },
        [k("2019-02", region="vietnam")],
    ),
    (
        "... but not after a partner's total whose sentence names items only as its causes",
        "2019-03-14",
        "2월 중국 수출은 반도체와 휴대폰 부진으로 9.3% 줄었다. 베트남 수출은 5.5% 늘었다.",
        {k("2019-02", region="china"): (None, -9.3, None), k("2019-02", region="vietnam"): (None, 5.5, None)},
        [k("2019-02", item="mobile_phones", region="vietnam")],
    ),
    (
        "ko: '90억달러대 수출' is a range, not a value",
        "2018-02-13",
        "1월 ICT 수출은 178억달러였다. 반도체는 석 달 연속 90억달러대 수출 실적을 냈다.",
        {k("2018-01"): (17.8e9, None, None)},
        [k("2018-01", item="semiconductors")],
    ),
    (
        "ko: 'LCD 패널' is one name, so its price is a cause under the bullet's (디스플레이) heading",
        "2014-01-20",
        "2013년 ICT 수출은 1694억달러였다.\n\n- (디스플레이) LCD 패널 가격 하락 등으로 수출이 감소(△4.1%)했다.",
        {k("2013-01/2013-12", item="displays"): (None, -4.1, None)},
        [k("2013-01/2013-12", item="lcd")],
    ),
    (
        "ko: a growth rate's values keep their sign when the verb says the rate fell",
        "2015-06-12",
        "ICT 수출 증가율이 지난 4월 6.4%에서 5월 0.7%로 떨어졌다.",
        {k("2015-04"): (None, 6.4, None), k("2015-05"): (None, 0.7, None)},
        [],
    ),
    (
        "ko: a growth rate that turned negative: only the stated minus is a decline",
        "2015-06-12",
        "ICT 수출 증가율은 4월 3.9%에서 5월 -2.6%로 하락 전환했다.",
        {k("2015-04"): (None, 3.9, None), k("2015-05"): (None, -2.6, None)},
        [],
    ),
    (
        "ko: a decline's rate that shrank is still a decline",
        "2015-06-12",
        "ICT 수출 감소폭은 4월 7.7%에서 5월 2.4%로 줄었다.",
        {k("2015-04"): (None, -7.7, None), k("2015-05"): (None, -2.4, None)},
        [],
    ),
    (
        "en: 'growth fell to' moves the rate, not the sign",
        "2015-06-12",
        "Growth in ICT exports fell to 0.7% in May from 6.4% in April.",
        {k("2015-05"): (None, 0.7, None), k("2015-04"): (None, 6.4, None)},
        [],
    ),
    (
        "a year-earlier value that the figure and its change contradict is not kept as the prior",
        "2021-09-14",
        "8월 ICT 수출은 186억4000만달러로 전년 동월(127억달러) 대비 12.3% 늘었다.",
        {k("2021-08"): (18.64e9, 12.3, None)},
        [k("2020-08")],
    ),
    (
        "ko: bare 패널 is the older word for display panels",
        "2008-03-05",
        "2월 IT 수출은 95억2천만불이었다. 반도체(21억4천만불, △3.1%), 패널(17억6천만불, 22.4%↑) 순이었다.",
        {k("2008-02", item="displays"): (1.76e9, 22.4, None)},
        [],
    ),
    (
        "ko: 태양광 패널 is not a display",
        "2012-05-10",
        "4월 ICT 수출은 131억2000만달러였다. 태양광 패널 수출은 2억1000만달러로 12.5% 줄었다.",
        {},
        [k("2012-04", item="displays")],
    ),
    (
        "ko: a year named as comparison base, its figure in parentheses, is the prior",
        "2013-01-14",
        "2012년 IT 수출은 1천551억달러로 2011년(1천566억달러)에 비해 1.0% 줄었다.",
        {k("2012-01/2012-12"): (155.1e9, -1.0, 156.6e9)},
        [],
    ),
    (
        "ko: '1년 전(…)' is the prior",
        "2016-06-13",
        "5월 ICT 수출액은 1년 전(141억8000만달러)보다 2.9% 감소한 137억7000만달러였다.",
        {k("2016-05"): (13.77e9, -2.9, 14.18e9)},
        [],
    ),
    (
        "ko: a comparison base dated in an earlier year is the prior",
        "2023-11-15",
        "수출은 2022년 10월 191억3000만달러에 비해 6.2% 감소한 179억4000만달러를 기록했다.",
        {k("2023-10"): (17.94e9, -6.2, 19.13e9)},
        [],
    ),
    (
        "en: 'compared to $X tallied a year earlier' is the prior",
        "2024-03-14",
        "Outbound ICT shipments reached $18.3 billion, compared to $15.9 billion tallied a year earlier.",
        {k("2024-02"): (18.3e9, None, 15.9e9)},
        [],
    ),
    (
        "a value stated for the same month a year before fills the prior",
        "2019-05-15",
        "4월 ICT 수출은 157억1000만달러였다. 이는 역대 4월 최대였던 2018년 4월 162억2000만달러에 못 미친다.",
        {k("2019-04"): (15.71e9, None, 16.22e9), k("2018-04"): (16.22e9, None, None)},
        [],
    ),
    (
        "ko: a figure read before its subject sets the paragraph's year",
        "2014-01-08",
        "산업통상자원부는 지난해 842억3000만달러의 ICT 무역흑자를 냈다고 밝혔다. ICT 수출은 전년 대비 8.1% 증가한 "
        "1694억1000만달러였다.",
        {k("2013-01/2013-12", flow="balance"): (84.23e9, None, None), k("2013-01/2013-12"): (169.41e9, 8.1, None)},
        [k("2013-12")],
    ),
    (
        "ko: a cause phrase after another name is that name's ('반도체 수출, 메모리 가격 회복으로')",
        "2016-10-14",
        "9월 ICT 수출 동향\n\n휴대폰 수출은 줄었다. 반도체 수출, 메모리 가격 회복으로 15.2% 증가한 58억달러",
        {k("2016-09", item="semiconductors"): (5.8e9, 15.2, None)},
        [k("2016-09", item="mobile_phones")],
    ),
    (
        "ko: '전체 수출액' in an ICT report is the ICT total, not the economy's",
        "2021-08-13",
        "7월 ICT 수출은 호조를 이어갔다. 전체 수출액은 191억5000만달러로 19.5% 늘었다.",
        {k("2021-07"): (19.15e9, 19.5, None)},
        [],
    ),
    (
        "ko: '우리나라 전체 수출' is the economy's, not ICT's",
        "2021-08-13",
        "7월 ICT 수출은 191억5000만달러였다. 같은 달 우리나라 전체 수출은 554억4000만달러였다.",
        {k("2021-07"): (19.15e9, None, None)},
        [],
    ),
    (
        "ko: '두 품목은 각각' lists the figures of the last sentence's items",
        "2021-04-14",
        "반도체와 디스플레이 수출이 호조를 보였다. 두 품목은 각각 95억1000만달러, 25억3000만달러로 집계됐다.",
        {
            k("2021-03", item="semiconductors"): (9.51e9, None, None),
            k("2021-03", item="displays"): (2.53e9, None, None),
        },
        [],
    ),
    (
        "ko: '각각' with two kinds of figures for the last sentence's partners",
        "2021-04-14",
        "중국과 베트남으로의 수출이 늘었다. 각각 80억2000만달러(12.1%↑), 30억5000만달러(20.3%↑)였다.",
        {k("2021-03", region="china"): (8.02e9, 12.1, None), k("2021-03", region="vietnam"): (3.05e9, 20.3, None)},
        [],
    ),
    (
        "en: 'They rose … respectively' after a sentence naming two items",
        "2021-04-14",
        "Shipments of chips and displays led the gains. They rose 14.2 percent and 11.7 percent, respectively.",
        {k("2021-03", item="semiconductors"): (None, 14.2, None), k("2021-03", item="displays"): (None, 11.7, None)},
        [],
    ),
    (
        "ko: a balance section goes on in the next sentence of its paragraph",
        "2013-01-10",
        "지난해 IT 무역흑자는 612억4000만달러였다. 2011년(583억1000만달러)을 넘어선 역대 최대 규모다.",
        {k("2011-01/2011-12", flow="balance"): (58.31e9, None, None)},
        [k("2011-01/2011-12")],
    ),
    (
        "en: 'Last year's IT trade surplus' is the year's",
        "2013-01-10",
        "Last year's IT trade surplus came to $61.24 billion.",
        {k("2012-01/2012-12", flow="balance"): (61.24e9, None, None)},
        [k("2012-12", flow="balance")],
    ),
    (
        "ko: a name whose clause ends in a connector before another name is the cause",
        "2025-09-14",
        "특히 반도체가 수출을 견인하면서 대만으로의 수출이 61.2% 증가했다.",
        {k("2025-08", region="taiwan"): (None, 61.2, None)},
        [k("2025-08", item="semiconductors", region="taiwan")],
    ),
    (
        "ko: '…로' of direction is no cause connector",
        "2025-10-14",
        "유럽 거점인 네덜란드로 SSD 수출액이 58.3% 급증했다.",
        {k("2025-09", item="ssd", region="other:netherlands"): (None, 58.3, None)},
        [],
    ),
    (
        "ko: bare figures under a declared unit, listed with commas",
        "2017-01-25",
        "2016년 ICT 수출 동향\n\n수출액(억불) : 반도체 622.3, 디스플레이 251.4, 휴대폰 297.2",
        {
            k("2016-01/2016-12", item="semiconductors"): (62.23e9, None, None),
            k("2016-01/2016-12", item="displays"): (25.14e9, None, None),
            k("2016-01/2016-12", item="mobile_phones"): (29.72e9, None, None),
        },
        [],
    ),
    (
        "a page with one sentence per line: the imports section goes on from line to line",
        "2021-06-14",
        "5월 ICT 수출입 동향\n과학기술정보통신부는 5월 ICT 수출이 187억달러라고 밝혔다.\n"
        "반도체 수출은 102억달러로 24.1% 늘었다.\nICT 수입은 110억달러로 20.2% 증가했다.\n"
        "반도체 수입은 47억2000만달러로 21.6% 늘었다.\n디스플레이는 2억9000만달러로 7.6% 줄었다.",
        {
            k("2021-05", flow="import", item="semiconductors"): (4.72e9, 21.6, None),
            k("2021-05", flow="import", item="displays"): (0.29e9, -7.6, None),
        },
        [k("2021-05", item="displays")],
    ),
    (
        "ko: a figure before the sentence's first flow word, imports, is the exports'",
        "2014-07-09",
        "상반기 수입은 421억5000만 달러였다. 지난달에는 139억4000만 달러, 수입은 74억5000만 달러였다.",
        {k("2014-06"): (13.94e9, None, None), k("2014-06", flow="import"): (7.45e9, None, None)},
        [],
    ),
    (
        "en: 'during this period' is the period the last sentence was about, across a line break",
        "2025-07-14",
        "ICT exports in the first half reached $112.4 billion.\nIn June, ICT exports reached $21.7 billion.\n"
        "During this period, imports rose 9.2% to $11.8 billion.",
        {k("2025-06", flow="import"): (11.8e9, 9.2, None)},
        [k("2025-01/2025-06", flow="import")],
    ),
    (
        "ko: '같은 기간' is the last sentence's period, not a historical one",
        "2025-07-14",
        "6월 ICT 수출은 217억달러였다. 역대 6월 최대는 2022년의 224억달러였다. 같은 기간 수입은 118억달러였다.",
        {k("2025-06", flow="import"): (11.8e9, None, None)},
        [k("2022-06", flow="import")],
    ),
    (
        "ko: '같은 달' is the month last named, even after a sentence about the year",
        "2024-01-15",
        "12월 ICT 수출은 190억달러였다. 연간 ICT 수출은 2050억달러로 집계됐다. 같은 달 ICT 수입은 105억달러였다.",
        {k("2023-12", flow="import"): (10.5e9, None, None)},
        [k("2023-01/2023-12", flow="import")],
    ),
    (
        "en: a lead-in ('By segment,') does not stop a period from framing what follows",
        "2021-04-14",
        "For the first quarter, ICT exports stood at $47.2 billion. By segment, chip exports last month rose 6.1 "
        "percent to $9.3 billion. Memory chips grew 7.4 percent to $6.0 billion.",
        {k("2021-03", item="memory"): (6.0e9, 7.4, None)},
        [k("2021-01/2021-03", item="memory")],
    ),
    (
        "en: 'South Korea's outbound shipments of chips' are the item's, not the whole economy's",
        "2020-01-20",
        "For the whole of 2019, South Korea's outbound shipments of chips fell 24.1 percent to $96.3 billion.",
        {k("2019-01/2019-12", item="semiconductors"): (96.3e9, -24.1, None)},
        [],
    ),
    (
        "ko: '<partner> 등으로' is a destination, not a cause",
        "2021-05-14",
        "4월 ICT 수출 동향\n\n베트남 등으로 수출이 23.1% 늘었다.",
        {k("2021-04", region="vietnam"): (None, 23.1, None)},
        [k("2021-04")],
    ),
    (
        "ko: '<item> 호황 등으로' is still a cause",
        "2021-05-14",
        "4월 ICT 수출 동향\n\n반도체 호황 등으로 수출이 23.1% 늘었다.",
        {k("2021-04"): (None, 23.1, None)},
        [k("2021-04", item="semiconductors")],
    ),
    (
        "a category beside the core items keeps its figures off the ICT total",
        "2017-01-25",
        "지난해 ICT 수출은 1622억달러였다. 이 중 전자부품 수출은 887억달러로 2.4% 줄었고, 가전은 118억달러였다.",
        {
            k("2016-01/2016-12"): (162.2e9, None, None),
            k("2016-01/2016-12", item="other:electronic components"): (88.7e9, -2.4, None),
        },
        [],
    ),
    (
        "en: software exports are not ICT goods",
        "2017-01-25",
        "ICT exports reached $162.2 billion last year. Software exports rose 5.1 percent to $5.9 billion.",
        {k("2016-01/2016-12"): (162.2e9, None, None)},
        [],
    ),
    (
        "ko: a sentence about a thing the lexicon does not know gives its figures to no one",
        "2017-10-16",
        "9월 ICT 수출은 181억달러였다. 반도체는 97억달러였다. 광섬유는 3.2% 줄었다.",
        {k("2017-09", item="semiconductors"): (9.7e9, None, None)},
        [],
    ),
    (
        "ko: a ministry as the subject is no unknown thing",
        "2017-10-16",
        "과학기술정보통신부는 9월 ICT 수출이 181억달러로 25.1% 늘었다고 밝혔다.",
        {k("2017-09"): (18.1e9, 25.1, None)},
        [],
    ),
    (
        "en: 'Exports of <goods the lexicon does not know>' give their figures to no one",
        "2017-10-16",
        "ICT exports reached $18.1 billion in September. Chips came to $9.7 billion. Exports of printers fell "
        "3.2 percent.",
        {k("2017-09", item="semiconductors"): (9.7e9, None, None), k("2017-09"): (18.1e9, None, None)},
        [],
    ),
    (
        "en: 'Imports of such goods' are the ICT imports",
        "2022-01-12",
        "ICT exports reached $227.6 billion last year. Imports of such goods rose 19.9 percent to $135 billion.",
        {k("2021-01/2021-12", flow="import"): (135e9, 19.9, None)},
        [],
    ),
    (
        "ko: '전월 X%에서 Y%로': the earlier month is the report month's previous one, and dates X only",
        "2020-06-14",
        "지난달 ICT 수출은 139억달러로 3.1% 감소했다. 수출 감소폭은 전월 14.8%에서 3.1%로 축소됐다. "
        "같은 달 ICT 무역수지는 48억달러 흑자였다.",
        {
            k("2020-05"): (13.9e9, -3.1, None),
            k("2020-04"): (None, -14.8, None),
            k("2020-05", flow="balance"): (4.8e9, None, None),
        },
        [k("2020-04", flow="balance")],
    ),
    (
        "ko: '2017년 결과보다' is a comparison's base, not the figure's year",
        "2019-01-17",
        "지난해 ICT 수출은 2203억달러였다. 이는 기존 최대인 2017년 결과보다 10.9% 늘어난 것이다.",
        {k("2018-01/2018-12"): (220.3e9, 10.9, None)},
        [k("2017-01/2017-12")],
    ),
    (
        "en: 'in 2018 for January' dates a record by the month it is a record for",
        "2021-02-10",
        "Outbound ICT shipments hit a record $16.9 billion in 2018 for January.",
        {k("2018-01"): (16.9e9, None, None)},
        [k("2018-01/2018-12")],
    ),
    (
        "ko: a year before '역대 5월' is that year's May",
        "2021-06-14",
        "지난달 ICT 수출액은 2018년 179억달러 이후 역대 5월 중 2위 규모를 기록했다.",
        {k("2018-05"): (17.9e9, None, None)},
        [k("2018-01/2018-12")],
    ),
    (
        "a half-year report's paragraph about June is followed by June's item figures",
        "2021-07-14",
        "상반기 ICT 수출 1030억 달러\n상반기 ICT 수출은 1030억 달러로 21.5% 늘었다.\n"
        "6월 ICT 수출은 193억 달러로 29.1% 늘었다.\n반도체(112억 달러, 34.3%↑)가 호조를 보였다.",
        {k("2021-06", item="semiconductors"): (11.2e9, 34.3, None)},
        [k("2021-01/2021-06", item="semiconductors")],
    ),
    (
        "ko: finished phones and parts named together are the phone category; '10%대' is a range",
        "2025-01-15",
        "지난해 휴대전화 완성품·부분품 수출은 151억 달러로 10%대의 성장을 보였다.",
        {k("2024-01/2024-12", item="mobile_phones"): (15.1e9, None, None)},
        [k("2024-01/2024-12", item="mobile_phone_parts")],
    ),
    (
        "ko: '완제품과 부분품이 각각' still lists the two",
        "2024-10-14",
        "휴대폰은 완제품과 부분품이 각각 3억1000만달러와 12억2000만달러였다.",
        {
            k("2024-09", item="finished_phones"): (0.31e9, None, None),
            k("2024-09", item="mobile_phone_parts"): (1.22e9, None, None),
        },
        [],
    ),
    (
        "en: 'mobile handsets and related parts' are the phone category",
        "2018-11-14",
        "The combined overseas sales of mobile handsets and related parts were down 12.7 percent last month.",
        {k("2018-10", item="mobile_phones"): (None, -12.7, None)},
        [k("2018-10", item="mobile_phone_parts")],
    ),
    (
        "ko: '…% 줄었던 1월에 이어': the figure is the month the clause modifies",
        "2023-03-14",
        "2월 메모리 수출은 53.1% 감소했다. 54.6% 줄었던 1월에 이어 50%대 감소세가 이어졌다.",
        {k("2023-02", item="memory"): (None, -53.1, None), k("2023-01", item="memory"): (None, -54.6, None)},
        [],
    ),
    (
        "a company's results are not the country's trade",
        "2016-11-17",
        "Mobile phone exports plunged 28.1 percent. Samsung lost about 4.9 billion dollars in sales due to the recall.",
        {k("2016-10", item="mobile_phones"): (None, -28.1, None)},
        [],
    ),
    (
        "ko: a company's operating profit is not an export figure",
        "2016-11-17",
        "휴대폰 수출은 18억1000만달러로 28.1% 급감했다. 삼성전자의 영업이익은 31.2% 줄었다.",
        {k("2016-10", item="mobile_phones"): (1.81e9, -28.1, None)},
        [],
    ),
    (
        "a country's own exports are not Korea's exports to it",
        "2024-11-14",
        "ICT exports rose 9.7% to $17.8 billion in October. Taiwan's chip exports jumped 21.4% to $11.9 billion.",
        {k("2024-10"): (17.8e9, 9.7, None)},
        [k("2024-10", item="semiconductors", region="taiwan")],
    ),
    (
        "ko: '대만의 반도체 수출은' is Taiwan's, '중국으로의 수출은' Korea's",
        "2024-11-14",
        "10월 ICT 수출은 178억달러였다. 대만의 반도체 수출은 21.4% 늘었다. 중국으로의 수출은 5.1% 늘었다.",
        {k("2024-10", region="china"): (None, 5.1, None)},
        [k("2024-10", item="semiconductors", region="taiwan")],
    ),
    (
        "the world market is not Korea's trade",
        "2024-11-14",
        "ICT exports rose 9.7% to $17.8 billion in October. Global chip sales rose 19.1 percent to $48.1 billion.",
        {k("2024-10"): (17.8e9, 9.7, None)},
        [k("2024-10", item="semiconductors")],
    ),
    (
        "ko: a paragraph recalling the all-industry release ('앞서 … 1일 공개한 … 전체 수출은') is no ICT figure",
        "2016-12-13",
        "11월 ICT 수출 184억달러\n\n앞서 산업부가 지난 1일 공개한 11월 수출입 동향을 보면"
        " 전체 수출은 488억2천만달러로 6.8% 증가했고, 이 중 반도체 수출은 97억4천만달러로"
        " 15.2% 늘었다. 전체 무역수지는 37억1천만달러 흑자를 냈다.\n\n과기정통부에 따르면"
        " 11월 ICT 수출액은 184억3000만달러로 전년 동월 대비 4.1% 증가했다. 수입은 96억1000만달러로"
        " 1.3% 줄었고 무역수지는 88억2000만달러 흑자였다.\n\nICT 기준 반도체 수출은 91억6000만달러로"
        " 17.9% 늘었다.",
        {
            k("2016-11"): (18.43e9, 4.1, None),
            k("2016-11", item="semiconductors"): (9.16e9, 17.9, None),
            k("2016-11", flow="balance"): (8.82e9, None, None),
            k("2016-11", flow="import"): (9.61e9, -1.3, None),
        },
        [],
    ),
    (
        "en: a partner's bullet after a sub-bullet of another partner's item is that partner's total",
        "2017-06-14",
        "ICT exports in May were USD 18.02 billion (+7.4%).\n\n□ Exports by destination\n ○ China (including"
        " Hong Kong): USD 8.61 billion (+9.3%)\n   - Memory chip exports to China were USD 3.27 billion, up 21.4%.\n"
        " ○ Vietnam: USD 2.94 billion (+4.2%)\n ○ EU: USD 0.83 billion (-1.7%)",
        {
            k("2017-05", region="china"): (8.61e9, 9.3, None),
            k("2017-05", item="memory", region="china"): (3.27e9, 21.4, None),
            k("2017-05", region="vietnam"): (2.94e9, 4.2, None),
        },
        [k("2017-05", item="memory", region="vietnam")],
    ),
    (
        "ko: a partner's bullet after a sub-bullet of another partner's item is that partner's total",
        "2017-06-14",
        "5월 ICT 수출은 180억2천만달러(+7.4%)였다.\n\n□ 지역별 수출\n ㅇ 중국(홍콩 포함) : 수출 86억1천만달러(+9.3%)\n"
        "   - 대중 메모리 수출은 32억7천만달러로 21.4% 늘었다.\n ㅇ 베트남 : 수출 29억4천만달러(+4.2%)",
        {
            k("2017-05", item="memory", region="china"): (3.27e9, 21.4, None),
            k("2017-05", region="vietnam"): (2.94e9, 4.2, None),
        },
        [k("2017-05", item="memory", region="vietnam")],
    ),
    (
        "en: a company's own sales of an item ('SK Hynix's DRAM sales hit …') are not Korea's exports",
        "2017-07-14",
        "ICT exports rose 8.8% to $16.91 billion in June. Chip exports climbed 21.3% to $8.02 billion.\n\nMemory"
        " makers are cashing in: SK Hynix's DRAM sales hit roughly $4.7 billion in the second quarter, according"
        " to TrendForce.",
        {k("2017-06", item="semiconductors"): (8.02e9, 21.3, None)},
        [k("2017-04/2017-06", item="dram"), k("2017-04/2017-06", item="semiconductors"), k("2017-06", item="dram")],
    ),
    (
        "ko: a company's own sales ('삼성전자의 2분기 메모리 매출은 …') are not Korea's exports",
        "2017-07-14",
        "6월 ICT 수출은 169억1천만달러로 8.8% 늘었다. 반도체 수출은 80억2천만달러로 21.3% 증가했다.\n\n메모리"
        " 업체들도 웃었다. 삼성전자의 2분기 메모리 매출은 9조8110억원(약 86억달러)으로 1년 전보다 22.7% 늘었다.",
        {k("2017-06", item="semiconductors"): (8.02e9, 21.3, None)},
        [k("2017-04/2017-06", item="memory"), k("2017-04/2017-06", item="semiconductors"), k("2017-06", item="memory")],
    ),
    (
        "ko: an institute's quoted forecast closed before '이라며' ('…줄어들 것\"이라며 … 내다봤다') is no figure",
        "2017-04-14",
        '3월 ICT 수출은 152억4천만달러로 4.3% 늘었다.\n\n산업연구원은 "2분기 ICT 수출은 전년 동기 대비 3% 안팎'
        ' 줄어들 것"이라며 "미·중 갈등이 변수"라고 내다봤다.',
        {k("2017-03"): (15.24e9, 4.3, None)},
        [k("2017-04/2017-06"), k("2016-04/2016-06")],
    ),
    (
        "ko: amounts an institute puts '…수준으로 예측했다' are a forecast",
        "2017-04-14",
        "3월 ICT 수출은 152억4천만달러로 4.3% 늘었다.\n\nKIET는 올해 ICT 수출을 1천810억달러, 휴대폰 수출을"
        " 152억달러 수준으로 예측했다.",
        {k("2017-03"): (15.24e9, 4.3, None)},
        [
            k("2017-01/2017-03"),
            k("2017-01/2017-12"),
            k("2017-01/2017-03", item="mobile_phones"),
            k("2017-01/2017-12", item="mobile_phones"),
        ],
    ),
    (
        "ko: a quote closing on a forecast keeps figures of what happened ('휴대폰(…)의 부진은 … 나아질 것')",
        "2017-04-14",
        '3월 ICT 수출은 152억4천만달러로 4.3% 늘었다. 과기정통부 관계자는 "휴대폰(9억6천만 달러,'
        ' △11.4%)의 부진은 하반기 신제품 효과로 다소 나아질 것"이라고 말했다.',
        {k("2017-03"): (15.24e9, 4.3, None), k("2017-03", item="mobile_phones"): (0.96e9, -11.4, None)},
        [],
    ),
    (
        "en: a measure named between an item and its verb ('Chips, by the ICT definition, climbed …') keeps the item",
        "2017-04-14",
        "ICT exports rose 6.2% to $17.45 billion in March. Chips, by the ICT definition, climbed 14.6% to $7.31"
        " billion, while phones in ICT terms slid 3.3% to $1.02 billion.",
        {
            k("2017-03"): (17.45e9, 6.2, None),
            k("2017-03", item="semiconductors"): (7.31e9, 14.6, None),
            k("2017-03", item="mobile_phones"): (1.02e9, -3.3, None),
        },
        [],
    ),
    (
        "ko: a record year's value in a quote said before the target's ('2021년(…) 기록을 웃돌 것\"며 …') is a fact",
        "2022-11-14",
        '10월 ICT 수출은 180억달러로 3.2% 줄었다. 산업부 관계자는 "올해 ICT 수출은 역대 최고였던'
        ' 2021년(2276억달러) 기록을 웃돌 것이 확실하다"며 "내년에는 2,350억달러 돌파를 목표로 수출'
        ' 지원을 늘리겠다"고 밝혔다.',
        {k("2022-10"): (18.0e9, -3.2, None), k("2021-01/2021-12"): (227.6e9, None, None)},
        [k("2023-01/2023-12"), k("2022-01/2022-10"), k("2022-01/2022-12")],
    ),
    (
        "ko: a Latin abbreviation spread letter by letter in an old ministry table or list ('E     U', 'A S E A N')"
        " names its partner, as the spaced Hangul labels ('중    국') do",
        "2015-04-01",
        "2015년 3월 IT 수출입 동향\n□ 3월 IT 수출은 131.6억불(2.2%↑)\n< 지역별 수출 >  (단위 : 억불, %)\n"
        "구    분 | '14.3월 | '15.3월 | 증감률\n중    국 | 60.1 | 62.3 | 3.7\nE     U | 9.4 | 8.7 | △7.4\n"
        "○ 그 밖에 A S E A N 15.2억불(4.1%↑)로 늘었다.",
        {
            k("2015-03", region="china"): (6.23e9, 3.7, 6.01e9),
            k("2015-03", region="eu"): (0.87e9, -7.4, 0.94e9),
            k("2015-03", region="asean"): (1.52e9, 4.1, None),
        },
        [],
    ),
    (
        "en: 'the bloc' is the trade bloc named last (EU, ASEAN), also after an item's sentence and a world"
        " sentence between; never another partner",
        "2011-08-12",
        "IT exports rose 2.7 percent to $13.41 billion in July.\nPhone exports to the EU sank 38.5 percent to $240"
        " million. Overall IT imports edged up 0.8 percent to $7.02 billion. Display exports to the 27-nation bloc,"
        " however, climbed 6.4 percent to $410 million.\nChip exports to China rose 11.2 percent to $2.05 billion."
        " Computer exports to the bloc fell 3.3 percent to $96 million.",
        {
            k("2011-07", item="displays", region="eu"): (0.41e9, 6.4, None),
            k("2011-07", item="computers", region="eu"): (0.096e9, -3.3, None),
        },
        [k("2011-07", item="displays"), k("2011-07", item="computers"), k("2011-07", item="computers", region="china")],
    ),
    (
        "ko: a trend line whose months are only its heading's range ('추이(2013.11월~'14.2월) : a → b → c → d') gives"
        " each change to the next month in order",
        "2014-03-03",
        "2014년 2월 IT 수출입 동향\n□ 2월 IT 수출은 118.6억불(4.4%↑), 수입은 63.9억불(2.5%↑)\n"
        "  ※ IT 수출 증감률 추이(2013.11월~'14.2월) : 7.3% → △1.8% → 2.6% → 4.4%",
        {
            k("2013-11"): (None, 7.3, None),
            k("2013-12"): (None, -1.8, None),
            k("2014-01"): (None, 2.6, None),
            k("2014-02"): (11.86e9, 4.4, None),
        },
        [],
    ),
    (
        "en: the abbreviation joined to peripherals ('PCs & peripherals', 'PC/peripheral') is the category",
        "2019-06-14",
        "ICT exports fell 11.2% to $15.66 billion in May.\n- PCs & peripherals: $0.71bn, +4.4%\n- Memory: $5.02bn,"
        " -30.1%\nICT imports rose 1.1% to $9.02 billion. PC/peripheral imports were $1.18 billion, up 6.2%.",
        {
            k("2019-05", item="computers_peripherals"): (0.71e9, 4.4, None),
            k("2019-05", "import", "computers_peripherals"): (1.18e9, 6.2, None),
        },
        [k("2019-05", item="peripherals"), k("2019-05", "import", "peripherals")],
    ),
    (
        "en: a round amount after 'over'/'more than' recalled for a year before ('It was over $6bn a year ago') is a"
        " bound, no prior; a precise one is",
        "2021-08-13",
        "ICT exports rose 21.6% to $19.23 billion in July. Imports grew 18.0% to $11.38bn, leaving a surplus of"
        " $7.85bn. It was over $6bn a year ago.\nChip exports reached $11.42 billion, up from more than $9 billion"
        " a year earlier. Display exports were $1.92 billion, against more than $1.73 billion a year earlier.",
        {
            k("2021-07", "balance"): (7.85e9, None, None),
            k("2021-07", item="semiconductors"): (11.42e9, None, None),
            k("2021-07", item="displays"): (1.92e9, None, 1.73e9),
        },
        [k("2020-07", "balance"), k("2020-07", item="semiconductors")],
    ),
    (
        "en: the amount of a fair's export consultations, before or after the words, is no export figure",
        "2018-11-14",
        "ICT exports rose 5.3% to $20.15 billion in October. Firms at the Seoul showcases logged $410 million in"
        " export consultations in the first ten months, and buyer consultations valued at $95 million were held in"
        " Busan in the third quarter.",
        {k("2018-10"): (20.15e9, 5.3, None)},
        [k("2018-01/2018-10"), k("2018-07/2018-09")],
    ),
    (
        "ko: a partner's figures in parentheses before '으로부터의 수입'/'에서 수입' are the imports from it",
        "2019-03-14",
        "2월 ICT 수출은 139.4억 달러, 수입은 77.2억 달러였다.\n ○ 국가별로 베트남(9.6억 달러, 12.7%↑)으로부터의 수입은"
        " 증가, 미국(5.3억 달러, △4.1%)은 감소\n ○ 대만(8.2억 달러, △2.9%)에서 수입한 반도체는 줄었다",
        {
            k("2019-02", "import", region="vietnam"): (0.96e9, 12.7, None),
            k("2019-02", "import", region="us"): (0.53e9, -4.1, None),
        },
        [k("2019-02", region="vietnam"), k("2019-02", region="taiwan")],
    ),
    (
        "en: a short sentence naming an item without figures leaves it to the next one's bare 'Exports …'",
        "2013-07-12",
        "IT exports rose 3.1 percent to $14.52 billion in June.\nDisplay panels were the bright spot. Exports climbed"
        " 12.6 percent to $2.87 billion on strong TV demand.\nImports fell 1.2 percent to $7.14 billion.",
        {
            k("2013-06"): (14.52e9, 3.1, None),
            k("2013-06", item="displays"): (2.87e9, 12.6, None),
            k("2013-06", "import"): (7.14e9, -1.2, None),
        },
        [k("2013-06", "import", "displays")],
    ),
    (
        "ko: a list's closing '적자' is not the deficit of an earlier amount its own clause names a surplus"
        " ('대베트남 흑자는 A, 대일 수지는 B 적자')",
        "2015-07-14",
        "6월 ICT 수출은 148억2000만달러로 2.4% 늘었다. 수입은 72억6000만달러였다. 대베트남 흑자는 23억4000만달러,"
        " 대일 수지는 4억8000만달러 적자를 기록했다.",
        {
            k("2015-06", "balance", region="vietnam"): (2.34e9, None, None),
            k("2015-06", "balance", region="japan"): (-0.48e9, None, None),
        },
        [],
    ),
    (
        "en: 'Shipments to X' names exports itself, after an imports sentence too (not 'shipments to Korea')",
        "2019-05-14",
        "ICT exports in April were $14.62 billion, down 3.1 percent. Imports fell 1.8 percent to $8.27 billion."
        " Shipments to India climbed 7.4 percent to $0.52 billion.",
        {k("2019-04", region="india"): (0.52e9, 7.4, None), k("2019-04", "import"): (8.27e9, -1.8, None)},
        [k("2019-04", "import", region="india")],
    ),
    (
        "en: 'the country' after a partner the same sentence named ('With Taiwan, the deficit …, though shipments to"
        " the country …') is that partner; 'shipments to $X' names an amount, not a partner",
        "2019-05-14",
        "ICT exports in April were $14.62 billion, down 3.1 percent. With Taiwan, the deficit narrowed to"
        " $0.38 billion,"
        " though shipments to the country dipped 4.4 percent to $0.61 billion.\nExports of computers rose 2.9 percent,"
        " helped by a 15.2 percent gain in SSD shipments to $0.27 billion.",
        {
            k("2019-04", region="taiwan"): (0.61e9, -4.4, None),
            k("2019-04", "balance", region="taiwan"): (-0.38e9, None, None),
            k("2019-04", item="computers"): (None, 2.9, None),
            k("2019-04", item="ssd"): (0.27e9, 15.2, None),
        },
        [k("2019-04", "balance")],
    ),
    (
        "en: a partner that 'imported $X worth of Korean ICT goods' is Korea's exports to it, a decimal amount"
        " between the verb and 'Korean'",
        "2019-05-14",
        "ICT exports in April were $14.62 billion, down 3.1 percent. By destination, Japan imported $1.37 billion"
        " worth of Korean ICT goods, up 5.6 percent.",
        {k("2019-04", region="japan"): (1.37e9, 5.6, None)},
        [k("2019-04", "import", region="japan")],
    ),
    (
        "en: the year-earlier value with the span named again before 'a year earlier' ('versus $X in the April-June"
        " period a year earlier') is the prior, not the span's own value",
        "2018-07-16",
        "Second-quarter ICT exports totaled $57.83 billion, up 6.4 percent versus $54.35 billion in the April-June"
        " period a year earlier.\nChip exports in the quarter were $32.16 billion, up 28.9 percent compared with"
        " $24.95 billion in the April-June period a year earlier.",
        {
            k("2018-04/2018-06"): (57.83e9, 6.4, 54.35e9),
            k("2017-04/2017-06"): (54.35e9, None, None),
            k("2018-04/2018-06", item="semiconductors"): (32.16e9, 28.9, 24.95e9),
        },
        [],
    ),
    (
        "ko: a bare '부분품' after '휴대폰 완제품' is phone parts, the sibling of the part named with its whole",
        "2017-04-14",
        "3월 ICT 수출은 170억6000만달러로 21.7% 늘었다. 휴대폰 완제품 수출은 7억2000만달러로 11.3% 감소한 반면"
        " 부분품은 12억5000만달러로 4.6% 증가했다.",
        {
            k("2017-03", item="finished_phones"): (0.72e9, -11.3, None),
            k("2017-03", item="mobile_phone_parts"): (1.25e9, 4.6, None),
        },
        [],
    ),
    (
        "en: 'compared with $X the year before' (also with 'a record' before the amount) gives the prior",
        "2020-01-15",
        "ICT exports for all of 2019 dropped 14.5% to $176.51 billion, compared with a record $206.44 billion the year"
        " before.\nChip exports slid 25.7% to $94.02 billion, compared to $126.53 billion the year before last.",
        {
            k("2019-01/2019-12"): (176.51e9, -14.5, 206.44e9),
            k("2018-01/2018-12"): (206.44e9, None, None),
            k("2019-01/2019-12", item="semiconductors"): (94.02e9, -25.7, None),
        },
        [],
    ),
    (
        "ko: a verbless fragment ('수지는 N달러 흑자.') is a sentence of its own: the balance does not go on to the"
        " next sentence's items",
        "2017-08-14",
        "7월 ICT 수출은 162억5000만달러로 24.7% 늘었다. 수입은 85억1000만달러, 수지는 77억4000만달러 흑자."
        " 메모리가 61억3000만달러로 88.4%, OLED가 9억6000만달러로 31.2% 각각 증가했다.",
        {
            k("2017-07", "balance"): (7.74e9, None, None),
            k("2017-07", item="memory"): (6.13e9, 88.4, None),
            k("2017-07", item="oled"): (0.96e9, 31.2, None),
        },
        [k("2017-07", "balance", "memory"), k("2017-07", "balance", "oled")],
    ),
    (
        "ko: an import named only by the verb after the figures ('인도에서 A, 일본에서 B를 각각 수입했다',"
        " '베트남으로부터 C를 수입해') is those partners' imports, not their exports",
        "2018-05-15",
        "4월 ICT 수출은 167억3000만달러로 9.1% 늘었다. 수입은 87억2000만달러였다. 인도에서 3억3000만달러(12.6%↑),"
        " 일본에서 9억4000만달러(5.1%↓)를 각각 수입했다.\n베트남으로부터는 17억8000만달러를 수입해 21.3% 늘었다.",
        {
            k("2018-04", "import", region="india"): (0.33e9, 12.6, None),
            k("2018-04", "import", region="japan"): (0.94e9, -5.1, None),
            k("2018-04", "import", region="vietnam"): (1.78e9, 21.3, None),
        },
        [k("2018-04", region="india"), k("2018-04", region="japan"), k("2018-04", region="vietnam")],
    ),
    (
        "ko: a sentence that opens with a bare '누적' ('누적 수입은 A, 흑자는 B로 집계됐다') is about the year's"
        " running total, as the '1~7월 누적' before it",
        "2019-08-14",
        "7월 ICT 수출은 153억8000만달러로 24.1% 줄었다. 1~7월 누적 수출은 1034억6000만달러로 19.8% 감소했다. 누적"
        " 수입은 629억5000만달러(△2.2%), 흑자는 405억1000만달러로 집계됐다.",
        {
            k("2019-01/2019-07"): (103.46e9, -19.8, None),
            k("2019-01/2019-07", "import"): (62.95e9, -2.2, None),
            k("2019-01/2019-07", "balance"): (40.51e9, None, None),
        },
        [k("2019-07", "import"), k("2019-07", "balance")],
    ),
    (
        "ko: a year described as what it was before its figure ('종전 최고였던 2011년(A)보다') is that year's own"
        " value, not the prior of the year it names",
        "2014-01-15",
        "지난해 ICT 수출은 1694억1000만달러로 8.7% 늘어 사상 최대였다. 종전 최고였던 2011년(1565억7000만달러)보다"
        " 128억달러 넘게 많다.",
        {
            k("2013-01/2013-12"): (169.41e9, 8.7, None),
            k("2011-01/2011-12"): (156.57e9, None, None),
        },
        [k("2010-01/2010-12")],
    ),
    (
        "en: the previous month named relatively ('the previous month's $X', '$X a month earlier') dates that value to"
        " the month before the one named",
        "2021-05-17",
        "ICT exports in April came to $16.42 billion, up 27.3% on-year. That also topped the previous month's $16.09"
        " billion.\nChip exports reached $9.31 billion in April, against $9.02 billion a month earlier.",
        {
            k("2021-04"): (16.42e9, 27.3, None),
            k("2021-03"): (16.09e9, None, None),
            k("2021-03", item="semiconductors"): (9.02e9, None, None),
        },
        [],
    ),
    (
        "en: 'X accounted for $V of first-half exports, up N%': the dated whole the amount is part of names no new"
        " subject, so the change is the item's",
        "2022-07-15",
        "ICT exports in the first half grew 11.2% to $128.45 billion. Displays accounted for $10.86 billion of"
        " first-half exports, up 4.7%.",
        {k("2022-01/2022-06"): (128.45e9, 11.2, None), k("2022-01/2022-06", item="displays"): (10.86e9, 4.7, None)},
        [],
    ),
    (
        "en: an earlier month's change in parentheses right after the month compared with ('from March (11.4%↓)') is"
        " that month's own change",
        "2019-05-14",
        "ICT exports dropped 8.2% on-year to $14.62 billion in April. The decline eased by 3.2 percentage points"
        " from March (11.4%↓).",
        {k("2019-04"): (14.62e9, -8.2, None), k("2019-03"): (None, -11.4, None)},
        [],
    ),
    (
        "en: a sentence with no subject of its own after one whose last item was named in an as-clause ('…, as display"
        " exports …. The growth rate slowed from March's N%') takes the main clause's subject",
        "2019-05-14",
        "ICT exports rose 3.6% on-year to $14.62 billion in April, as display exports jumped to $2.13 billion. The"
        " growth rate slowed from March's 5.9%.",
        {
            k("2019-04"): (14.62e9, 3.6, None),
            k("2019-04", item="displays"): (2.13e9, None, None),
            k("2019-03"): (None, 5.9, None),
        },
        [k("2019-03", item="displays")],
    ),
    (
        "ko: PDF copy wrapped at a fixed width between an item and its '(금액, 증감)' or inside the amount ('3.5억 /"
        " 달러') goes on with the line: the figure is the item's, not the total's",
        "2019-11-13",
        "2019년 10월 정보통신산업(ICT) 수출입 동향\n"
        "□ 10월 ICT 수출은 161.7억 달러, 수입은 88.2억 달러로 잠정 집계되었다.\n"
        " ○ 반도체(71.3억 달러, 2.6%↓), 디스플레이(19.4억 달러, 7.2%↑), 컴퓨터·주변기기\n"
        "(9.7억 달러, 5.8%↑)는 증가하였다.\n"
        " ○ 지역별로는 중국(70.2억 달러, 1.1%↑), 미국(16.3억\n달러, 8.4%↑)으로 나타났다.",
        {
            k("2019-10", item="computers_peripherals"): (0.97e9, 5.8, None),
            k("2019-10", region="us"): (1.63e9, 8.4, None),
            k("2019-10"): (16.17e9, None, None),
        },
        [],
    ),
    (
        "ko: a rival's nationality in a cause ('중국 제조사의 맹추격에', '일본 업체들의 물량 공세에') names the"
        " competitors, not the market: the figure is the world's",
        "2017-01-12",
        "지난해 ICT 수출 2.1% 감소\n지난해 ICT 수출은 1625억달러로 2.1% 줄었다. 스마트폰은 중국 제조사의 맹추격에"
        " 198억7000만달러로 11.4% 감소했고, 디스플레이는 일본 업체들의 물량 공세에 254억1000만달러로 6.8% 줄었다.",
        {
            k("2016-01/2016-12", item="mobile_phones"): (19.87e9, -11.4, None),
            k("2016-01/2016-12", item="displays"): (25.41e9, -6.8, None),
        },
        [
            k("2016-01/2016-12", item="mobile_phones", region="china"),
            k("2016-01/2016-12", item="displays", region="japan"),
        ],
    ),
    (
        "en: a year cut to two digits after an apostrophe ('vs $14.49B in March \\'16') dates the year-earlier value",
        "2017-04-13",
        "Markets memo: Korea's ICT trade\nICT shipments printed US$16.11B in March, +11.2% y/y vs $14.49B in March '16."
        " Imports were $8.02B in Feb. '17.",
        {
            k("2017-03"): (16.11e9, 11.2, 14.49e9),
            k("2016-03"): (14.49e9, None, None),
            k("2017-02", flow="import"): (8.02e9, None, None),
        },
        [k("2016-01/2016-12")],
    ),
    (
        "ko: an item in a figureless sentence dated to other months ('4~5월 컴퓨터 수출 둔화가 뚜렷했다') is news"
        " context: the next sentence's figures, dated to another month, are the total's",
        "2019-07-15",
        "6월 ICT 수출 동향\n6월 ICT 수출은 163억7000만달러로 1년 전보다 2.6% 줄었다. 4~5월 컴퓨터 수출 둔화가"
        " 뚜렷했다. 6월 한 달 수입은 86억2000만달러로 4.4% 늘었다.",
        {k("2019-06", "import"): (8.62e9, 4.4, None)},
        [k("2019-06", "import", item="computers")],
    ),
    (
        "ko: once a paragraph names the ICT total, the item of the paragraph before ('… 디스플레이는 회복했다') no"
        " longer goes to its figures that name only a month ('5월에는 …')",
        "2019-07-15",
        "6월 ICT 수출 164억달러\n\n메모리 값 하락에 ICT 수출이 두 달째 줄었다. 다만 대형 패널 판매로 디스플레이는"
        " 회복했다.\n\n6월 ICT 수출은 163억7000만달러로 작년 6월보다 2.6% 줄었다. 5월에는 157억4000만달러로 3.8%"
        " 감소했었다.",
        {k("2019-05"): (15.74e9, -3.8, None)},
        [k("2019-05", item="displays")],
    ),
    (
        "ko: a partner in the possessive that opens a scene-setting clause ('미국의 … 관세 인상으로 … 나빠진 가운데',"
        " '미국의 달러 강세로 … 떨어졌는데도') is no destination of the total named after it",
        "2019-07-15",
        "6월 ICT 수출 동향\n미국의 중국산 부품 관세 인상으로 교역 여건이 나빠진 가운데 ICT 수출이 6월 163억7000만달러를"
        " 기록했다."
        " 미국의 달러 강세로 부품값이 떨어졌는데도 ICT 수입은 86억2000만달러로 4.4% 늘었다.",
        {k("2019-06"): (16.37e9, None, None), k("2019-06", "import"): (8.62e9, 4.4, None)},
        [k("2019-06", region="us"), k("2019-06", region="china"), k("2019-06", "import", region="us")],
    ),
    (
        "ko: '각각' with rates in the sentence after the flows' values ('수출은 A, 수입은 B였다. 각각 … X%, Y%') lists"
        " the rates in the order of those flows",
        "2019-07-15",
        "6월 ICT 수출 동향\n6월 ICT 수출은 163억7000만달러, 수입은 86억2000만달러로 집계됐다. 각각 작년 같은 달과"
        " 비교해 2.6%, 4.4% 늘어난 금액이다.",
        {k("2019-06"): (16.37e9, 2.6, None), k("2019-06", "import"): (8.62e9, 4.4, None)},
        [],
    ),
    (
        "ko: items a headline names only as the story's drivers ('컴퓨터·SSD 날개…상반기 …') leave the figure after the"
        " ellipsis, which opens with its own period, to the total",
        "2019-07-15",
        "[6월 ICT수출]컴퓨터·SSD 날개…상반기 912억달러\n\n상반기 ICT 수출은 912억4000만달러로 작년 같은 기간보다 1.6%"
        " 늘었다.",
        {k("2019-01/2019-06"): (91.24e9, 1.6, None)},
        [k("2019-01/2019-06", item="computers"), k("2019-01/2019-06", item="ssd")],
    ),
    (
        "en: an amount split Korean-style into billions and millions ('4 billion 270 million dollars', 134억3000만"
        " 달러 translated) is one amount",
        "2021-08-12",
        "ICT exports of July 17.1 billion dollars\nThe ICT exports of July recorded 17.14 billion dollars. The display"
        " exports climbed 9.8% to 2 billion 85 million dollars, and the mobile phone exports fell 3.6% to 1 billion"
        " 270 million US dollars.",
        {
            k("2021-07", item="displays"): (2.085e9, 9.8, None),
            k("2021-07", item="mobile_phones"): (1.27e9, -3.6, None),
        },
        [],
    ),
    (
        "en: a span of months joined by a tilde ('February~June', '(April~June)', 1~6월 translated) is that span",
        "2022-07-14",
        "ICT exports of June 20.3 billion dollars\nThe ICT exports of June recorded 20.31 billion dollars, increased"
        " by 5.4%. The ICT exports of the second quarter (April~June) were 58.77 billion dollars, which is 6.1%"
        " increased. The cumulative ICT exports of February~June reached 97.02 billion dollars, 4.8% increased.",
        {
            k("2022-06"): (20.31e9, 5.4, None),
            k("2022-04/2022-06"): (58.77e9, 6.1, None),
            k("2022-02/2022-06"): (97.02e9, 4.8, None),
        },
        [],
    ),
    (
        "en: a middle dot between item words means 'and', as in the Korean it was translated from"
        " ('computer·peripheral equipment' is 컴퓨터·주변기기)",
        "2020-04-13",
        "ICT exports of March 16.1 billion dollars\nThe ICT exports of March recorded 16.14 billion dollars, decreased"
        " by 0.8%. The computer·peripheral equipment jumped 51.3% to 1.31 billion dollars, and the computerㆍperipheral"
        " devices to the United States region were 0.42 billion dollars.",
        {
            k("2020-03", item="computers_peripherals"): (1.31e9, 51.3, None),
            k("2020-03", item="computers_peripherals", region="us"): (0.42e9, None, None),
        },
        [k("2020-03", item="computers"), k("2020-03", item="computers", region="us")],
    ),
    (
        "en: a bare year with its amount in brackets ('behind only 2011 (156.61 billion dollars)', Korean"
        " '2011년(1566.1억달러)' translated) gives that year's value, the prior of the year after",
        "2013-01-15",
        "ICT exports of last year 155.4 billion dollars\nThe ICT exports of 2012 were 155.37 billion dollars, decreased"
        " by 0.8% compared to the previous year. It is the second largest, behind only 2011 (156.61 billion"
        " dollars) and ahead of 2010 (153.89 billion dollars).",
        {
            k("2012-01/2012-12"): (155.37e9, -0.8, 156.61e9),
            k("2011-01/2011-12"): (156.61e9, None, 153.89e9),
            k("2010-01/2010-12"): (153.89e9, None, None),
        },
        [k("2013-01"), k("2012-12")],
    ),
    (
        "en: an amount 'of the same month of last year' after 'higher/lower than' (전년 동월(…)보다 translated) is"
        " the year-earlier value",
        "2019-06-13",
        "ICT exports of May 15.3 billion dollars\nICT exports of May recorded 15.31 billion dollars, 22.6 percent lower"
        " than 19.78 billion dollars of the same month of last year. ICT imports were 9.02 billion dollars, 4.1"
        " percent higher than 8.66 billion dollars of the same month of the previous year.",
        {
            k("2019-05"): (15.31e9, -22.6, 19.78e9),
            k("2018-05"): (19.78e9, None, None),
            k("2019-05", "import"): (9.02e9, 4.1, 8.66e9),
        },
        [],
    ),
    (
        "en: the month's item figure written change first ('fell by X% to $V') after the year's figure for the item"
        " keeps its change when the month's value moves the year's figure off the month",
        "2018-01-15",
        "ICT exports hit a new record\nBy item of the year, the memory chips recorded 67.23 billion dollars, increased"
        " by 57.8%.\n\nIn December alone exports increased by 6.8% compared to the same month of the previous year,"
        " recording 17.92 billion dollars. The memory chips fell by 3.1% to 5.74 billion dollars. Chip exports for"
        " 2017 reached $97.94 billion, up 57.4 percent, and $8.90 billion in December, up 64.9 percent.",
        {
            k("2017-12", item="memory"): (5.74e9, -3.1, None),
            k("2017-01/2017-12", item="memory"): (67.23e9, 57.8, None),
            k("2017-12", item="semiconductors"): (8.90e9, 64.9, None),
            k("2017-01/2017-12", item="semiconductors"): (97.94e9, 57.4, None),
        },
        [],
    ),
    (
        "ko: circled numbers that rank a list ('① 5월 201.5 ② 3월 197.2') are its markers, not figures",
        "2029-06-14",
        "2029년 5월 ICT 수출입 동향\n2029년 5월 ICT 수출은 201.5억불로 잠정 집계되었다.\n"
        "* 2029년 월별 ICT 수출액 상위(억불) : ① 5월 201.5 ② 3월 197.2 ③ 1월 188.4",
        {k("2029-03"): (19.72e9, None, None), k("2029-01"): (18.84e9, None, None)},
        [],
    ),
    (
        "ko: items listed with their changes before the flow and its verb ('메모리(8.3%)와 컴퓨터(14.6%)"
        " 수입이 늘었고') are that flow's; the import word closes the list, it does not open the imports' own figures",
        "2028-10-15",
        "9월 ICT 수출입 동향\n9월 ICT 수출은 204억1000만달러로 3.8% 늘었다. 메모리는 71억2000만달러로 12.5% 증가했다.\n"
        "9월 ICT 수입액은 98억4000만달러로 5.2% 증가했다. 메모리(8.3%)와 컴퓨터(14.6%), 디스플레이(2.9%) 수입이 늘었고"
        " 휴대폰 수입은 3.4% 줄었다.",
        {
            k("2028-09", "import", item="memory"): (None, 8.3, None),
            k("2028-09", "import", item="computers"): (None, 14.6, None),
            k("2028-09", "import", item="displays"): (None, 2.9, None),
            k("2028-09", "import", item="mobile_phones"): (None, -3.4, None),
            k("2028-09", item="memory"): (7.12e9, 12.5, None),
        },
        [k("2028-09", item="computers"), k("2028-09", item="displays")],
    ),
    (
        "ko: '1년 전' naming the part of the year it compares with ('1년 전 상반기에 비해') is the comparison base,"
        " not a period of the figure",
        "2029-07-14",
        "상반기 ICT 수출 동향\n올해 상반기 ICT 수출은 1012억달러로 6.1% 늘었다. 대만 수출은 1년 전 상반기에 비해 7.7%"
        " 늘었다.",
        {k("2029-01/2029-06", region="taiwan"): (None, 7.7, None)},
        [],
    ),
    (
        "ko: a footnote's asterisk between a subject and its particle ('ICT 수입*은') keeps it the marked subject, so"
        " an item in the cause clause after it is no subject",
        "2030-11-14",
        "10월 ICT 수출입 동향\n10월 ICT 수출은 171억2000만달러로 2.3% 늘었다.\n"
        "ICT 수입*은 반도체 등 부품 수입이 줄면서 91억5000만달러로 4.4% 감소했다.\n* 주요 수입국 : 중국, 대만",
        {k("2030-10", "import"): (9.15e9, -4.4, None)},
        [k("2030-10", "import", item="semiconductors")],
    ),
    (
        "ko: '올해' before a month in a run of months dated by an earlier year ('2026년 10월 …, 11월 …, 올해 1월 …,"
        " 2월 …') dates the bare months after it again",
        "2027-04-15",
        "3월 ICT 수출 동향\n3월 ICT 수출은 177억2000만달러로 8.8% 늘었다. 디스플레이 수출 증가율은 2026년 10월 4.4%,"
        " 11월 6.1%, 올해 1월 12.7%, 2월 15.3%였다.",
        {
            k("2026-11", item="displays"): (None, 6.1, None),
            k("2027-01", item="displays"): (None, 12.7, None),
            k("2027-02", item="displays"): (None, 15.3, None),
        },
        [k("2026-02", item="displays")],
    ),
]

PRIOR_PHRASES = [
    "ICT exports reached $22.03 billion in June, above the year-ago level of $21.04 billion.",
    "6월 ICT 수출은 220억3000만달러로 전년도 같은 달(210억4000만달러) 대비 4.7% 늘었다.",
    "6월 ICT 수출은 지난해 6월(210억4000만달러)보다 4.7% 늘어난 220억3000만달러였다.",
    "6월 ICT 수출은 220억3000만달러로, 지난해 동월의 210억4000만달러보다 4.7% 많았다.",
    "ICT exports reached $22.03 billion in June. A year earlier, they stood at $21.04 billion.",
    "6월 ICT 수출은 220억3000만달러였다. 1년 전에는 210억4000만달러였다.",
    "6월 ICT 수출은 220억3000만달러로 1년 전 같은 달(210억4000만달러)보다 4.7% 늘었다.",
    "6월 ICT 수출은 220억3000만달러였다. 지난해 같은 달에는 210억4000만달러였다.",
]


@pytest.mark.parametrize("text", PRIOR_PHRASES)
def test_ways_of_naming_the_year_earlier_value(text: str) -> None:
    value, _, prior = read(text, "2025-07-14")[k("2025-06")]
    assert (value, prior) == (22.03e9, 21.04e9)


@pytest.mark.parametrize(
    ("rule", "published", "text", "expected", "absent"), [pytest.param(*case, id=case[0]) for case in CASES]
)
def test_rule(rule: str, published: str, text: str, expected: dict[Key, Numbers], absent: list[Key]) -> None:
    assert_reads(rule, published, text, expected, absent)


def test_whole_economy_figure_is_not_ict() -> None:
    facts = read("7월 ICT 수출은 191억5000만달러였다. 같은 달 우리나라 전체 수출은 554억4000만달러였다.", "2021-08-13")
    assert all(value != 55.44e9 for value, _, _ in facts.values())


@pytest.mark.parametrize(
    "verb",
    [
        "역성장했다",
        "곤두박질쳤다",
        "쪼그라들었다",
        "후퇴했다",
        "뒷걸음질쳤다",
        "내려앉았다",
        "미끄러졌다",
        "주저앉았다",
        "역신장했다",
        "하향했다",
        "급전직하했다",
    ],
)
def test_korean_verbs_of_decline(verb: str) -> None:
    facts = read(f"10월 ICT 수입은 71억3000만달러로 6.4% {verb}.", "2019-11-14")
    assert facts[k("2019-10", flow="import")] == (7.13e9, -6.4, None)


@pytest.mark.parametrize(
    "verb",
    [
        "receded",
        "were off",
        "retracted",
        "pulled back",
        "softened",
        "subsided",
        "faltered",
        "shriveled",
        "went into reverse",
    ],
)
def test_english_verbs_of_decline(verb: str) -> None:
    facts = read(f"ICT imports {verb} 6.4 percent to $7.13 billion in October.", "2019-11-14")
    assert facts[k("2019-10", flow="import")] == (7.13e9, -6.4, None)


def test_subsidies_are_no_verb_of_decline() -> None:
    facts = read("ICT imports rose 6.4 percent to $7.13 billion in October despite subsidies.", "2019-11-14")
    assert facts[k("2019-10", flow="import")] == (7.13e9, 6.4, None)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("10월 ICT 수입은 감소폭이 6.4%로 확대됐다.", -1),
        ("10월 ICT 수입은 증가폭이 6.4%로 줄었다.", 1),
        ("ICT imports in October logged negative growth of 6.4 percent.", -1),
    ],
)
def test_a_rate_named_before_its_figure_sets_the_sign(text: str, sign: int) -> None:
    facts = read(text, "2019-11-14")
    assert facts[k("2019-10", flow="import")][1] == sign * 6.4


@pytest.mark.parametrize(
    ("words", "period"),
    [("in Q2", "2025-04/2025-06"), ("in 2Q", "2025-04/2025-06"), ("in Jan-Jun", "2025-01/2025-06")],
)
def test_short_forms_of_spans(words: str, period: str) -> None:
    facts = read(f"ICT exports rose 4.7% to $118.2 billion {words}.", "2025-07-14")
    assert facts[k(period)] == (118.2e9, 4.7, None)


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("3분기 누적", "2024-01/2024-09"),
        ("올해 들어 10월까지", "2024-01/2024-10"),
        ("연초부터 10월까지", "2024-01/2024-10"),
        ("1월부터 10월까지", "2024-01/2024-10"),
    ],
)
def test_korean_running_totals_named_by_their_ends(words: str, period: str) -> None:
    facts = read(f"{words} ICT 수출은 1786억달러로 9.7% 증가했다.", "2024-11-14")
    assert facts[k(period)] == (178.6e9, 9.7, None)


@pytest.mark.parametrize(
    "words",
    ["so far this year", "year-to-date", "through October", "as of end-October", "for the year through October"],
)
def test_english_running_totals(words: str) -> None:
    facts = read(f"ICT exports rose 9.7% to $178.6 billion {words}.", "2024-11-14")
    assert facts[k("2024-01/2024-10")] == (178.6e9, 9.7, None)


@pytest.mark.parametrize(
    ("words", "item"),
    [
        ("DRAM chips", "dram"),
        ("HBM chips", "hbm"),
        ("laptops", "computers"),
        ("network gear", "communication_equipment"),
        ("EV batteries", "secondary_batteries"),
    ],
)
def test_more_item_names(words: str, item: str) -> None:
    facts = read(
        f"ICT exports rose 9.7% to $17.8 billion in October. Exports of {words} rose 5.1% to $1.2 billion.",
        "2024-11-14",
    )
    assert facts[k("2024-10", item=item)] == (1.2e9, 5.1, None)


@pytest.mark.parametrize(
    ("words", "item", "region"),
    [
        ("對中 수출은", "ict", "china"),
        ("대중 반도체 수출은", "semiconductors", "china"),
        ("대미 ICT 수출은", "ict", "us"),
    ],
)
def test_korean_partner_prefixes(words: str, item: str, region: str) -> None:
    facts = read(f"10월 ICT 수출은 178억달러였다. {words} 42억달러로 5.1% 늘었다.", "2024-11-14")
    assert facts[k("2024-10", item=item, region=region)] == (4.2e9, 5.1, None)


def test_a_spelled_number_with_a_dotless_i_is_read() -> None:
    """Case-insensitive matching lets "sıx" and "ſix" through; the word must then be looked up the same way."""
    facts = read("ICT exports rose sıx percent to $17.8 billion in October.", "2024-11-14")
    assert facts[k("2024-10")] == (17.8e9, 6.0, None)


@pytest.mark.parametrize(
    "words",
    [
        "• Jan.-Nov. ICT exports: $181.6 billion",
        "Sept. exports rose 3.1 percent.",
        "In Feb. Korea's chip makers shipped more.",
        "Shipments peaked on Oct. 4 Monday.",
    ],
)
def test_no_sentence_ends_after_a_months_abbreviation(words: str) -> None:
    from scraper.parser.sentences import split_sentences

    assert split_sentences(words) == [words]


@pytest.mark.parametrize("stop", ["Mar. ", "Mar.."])
def test_a_months_abbreviation_after_a_lower_case_word_ends_its_sentence_before_a_capital(stop: str) -> None:
    """ "… and 12 percent in Mar. Exports of chips …": the abbreviation's full stop is the sentence's."""
    from scraper.parser.sentences import split_sentences

    text = f"The fall eased to 21 percent in Jan. and 12 percent in {stop}Exports of chips sank 9 percent."
    assert split_sentences(text) == [
        "The fall eased to 21 percent in Jan. and 12 percent in Mar.",
        "Exports of chips sank 9 percent.",
    ]
    facts = read(
        "Korea's ICT exports slid 8.2 percent last month to $14.1 billion. "
        + text.replace("Exports of chips", "Chip exports").replace(
            "sank 9 percent.", "sank 9 percent from the same month a year earlier to $6.3 billion."
        ),
        "2031-04-11",
    )
    assert facts[k("2031-03", item="semiconductors")] == (6.3e9, -9.0, None)


@pytest.mark.parametrize("shorthand", ["前月比", "전월比", "전월비"])
def test_a_headlines_month_on_month_shorthand_is_no_yoy_change(shorthand: str) -> None:
    text = (
        f"5월 ICT 수출 {shorthand} 11%↑…디스플레이 부진\n5월 ICT 수출은 168억3000만달러로 4월보다 11.4% 많았다."
        " 1년 전과 견주면 2.7% 줄어든 금액이다."
    )
    assert read(text, "2014-06-12")[k("2014-05")] == (16.83e9, -2.7, None)


@pytest.mark.parametrize("shorthand", ["前年比", "전년比"])
def test_a_headlines_year_on_year_shorthand_is_the_change(shorthand: str) -> None:
    text = f"5월 ICT 수출 {shorthand} 6%↑\n5월 ICT 수출은 168억3000만달러로 집계됐다."
    assert read(text, "2014-06-12")[k("2014-05")] == (16.83e9, 6.0, None)


def test_a_bare_quarter_after_a_months_aside_is_the_storys_quarter() -> None:
    text = (
        "2분기 ICT 수출 461억달러\n2분기 ICT 수출은 461억8천만달러로 3.4% 늘었다. 6월만 떼어 보면 158억2천만달러로"
        " 0.9% 줄었다.\n분기 기준으로 반도체가 152억6천만달러로 7.7% 늘었고, 디스플레이 패널은 62억1천만달러로 5.2%"
        " 줄었다.\n지역별로는 미국 수출이 44억3천만달러로 11.8% 늘었다."
    )
    facts = read(text, "2015-07-14")
    assert facts[k("2015-04/2015-06", item="semiconductors")] == (15.26e9, 7.7, None)
    assert facts[k("2015-04/2015-06", region="us")] == (4.43e9, 11.8, None)
    assert k("2015-06", item="semiconductors") not in facts
    assert k("2015-06", region="us") not in facts


def test_an_earlier_record_on_its_own_after_the_surplus_is_the_surplus() -> None:
    text = (
        "상반기 ICT 흑자 최대\n올해 상반기 ICT 수출은 842억6000만달러, 수입은 451억9000만달러로 무역수지 흑자가"
        " 390억7000만달러를 기록했다. 종전 최고였던 2014년 상반기의 372억4000만달러를 웃도는 규모다."
    )
    facts = read(text, "2016-07-14")
    assert facts[k("2014-01/2014-06", "balance")][0] == 37.24e9
    assert k("2014-01/2014-06") not in facts


def test_an_earlier_record_larger_than_the_surplus_before_it_is_the_exports() -> None:
    text = (
        "지난해 ICT 수출 1612억달러 사상 최대\n지난해 ICT 수출은 1612억달러, 수입은 803억달러로 무역수지 흑자가"
        " 809억달러였다. 종전 최대였던 2012년의 1551억달러를 크게 넘어섰다."
    )
    facts = read(text, "2014-01-15")
    assert facts[k("2012-01/2012-12")][0] == 155.1e9
    assert k("2012-01/2012-12", "balance") not in facts


def test_closed_at_with_a_dollar_amount_is_a_level_not_a_stock_close() -> None:
    text = (
        "ICT trade in 2011\nLast year's ICT exports closed at US$156.62 billion. That is 1.9% more than in 2010"
        " (US$153.70 billion)."
    )
    facts = read(text, "2012-01-16")
    assert facts[k("2011-01/2011-12")][:2] == (156.62e9, 1.9)


@pytest.mark.parametrize("words", ["휴대폰(완제품+부분품)", "휴대폰(완제품·부분품)", "휴대전화(완성품+부품)"])
def test_phones_with_finished_and_parts_in_brackets_are_the_phone_category(words: str) -> None:
    text = f"6월 ICT 수출\n6월 {words} 수출은 12억7천만달러로 3.1% 감소했다."
    facts = read(text, "2017-07-14")
    assert facts[k("2017-06", item="mobile_phones")] == (1.27e9, -3.1, None)
    assert k("2017-06", item="mobile_phone_parts") not in facts


@pytest.mark.parametrize(
    "opening",
    ["지역별로는 대만이 41억2천만달러로", "11월 국가별로는 대만이 41억2천만달러로"],
)
def test_a_line_that_opens_a_breakdown_ends_the_imports_line_before_it(opening: str) -> None:
    text = (
        "11월 ICT 수출 188억달러\n11월 ICT 수출은 188억3천만달러로 6.2% 늘었다.\n수출 증가는 넉 달째다.\n"
        "메모리 가격이 올랐다.\n디스플레이 수입은 7억4천만달러로 3.3% 줄었다.\n"
        f"{opening} 12.7% 증가했다.\n업계는 연말 수요를 기대한다."
    )
    facts = read(text, "2031-12-12")
    assert facts[k("2031-11", region="taiwan")][:2] == (4.12e9, 12.7)
    assert k("2031-11", "import", region="taiwan") not in facts


@pytest.mark.parametrize(
    "opening", ["이 중 컴퓨터·주변기기가", "이 가운데 컴퓨터·주변기기가", "반면 컴퓨터·주변기기는"]
)
def test_a_line_that_opens_on_the_partner_sentence_before_it_keeps_the_partner(opening: str) -> None:
    text = (
        "11월 ICT 수출 188억달러\n11월 ICT 수출은 188억3천만달러로 6.2% 늘었다.\n수출 증가는 넉 달째다.\n"
        "메모리 가격이 올랐다.\n인도 수출은 6억8천만달러로 9.4% 늘었다.\n"
        f"{opening} 1억9천만달러로 21.6% 증가했다.\n업계는 연말 수요를 기대한다."
    )
    facts = read(text, "2031-12-12")
    assert facts[k("2031-11", item="computers_peripherals", region="india")][:2] == (1.9e8, 21.6)
    assert k("2031-11", item="computers_peripherals") not in facts


def test_a_line_that_opens_of_that_keeps_the_partner_before_it() -> None:
    text = (
        "ICT exports rise in November\nICT exports rose 6.2 percent to $18.83 billion in November.\n"
        "It was the fourth straight gain.\nMemory prices kept climbing.\n"
        "Exports to India rose 9.4 percent to $0.68 billion.\n"
        "Of that, computers and peripherals took $0.19 billion, up 21.6 percent.\nThe ministry expects firm demand."
    )
    facts = read(text, "2031-12-12")
    assert facts[k("2031-11", item="computers_peripherals", region="india")][:2] == (1.9e8, 21.6)


@pytest.mark.parametrize(
    ("lines", "record"),
    [
        (
            "ICT imports fell 2.2 percent to $71.4 billion, leaving a surplus of $63.8 billion.\n"
            "That topped the previous record of $59.6 billion set in 2029.",
            59.6e9,
        ),
        (
            "ICT 수입은 714억달러로 2.2% 줄어 무역수지 흑자가 638억달러에 달했다.\n"
            "종전 최대였던 2029년의 596억달러를 42억달러 웃돈다.",
            59.6e9,
        ),
    ],
)
def test_a_line_that_opens_on_the_record_of_the_balance_before_it_is_the_balance(lines: str, record: float) -> None:
    text = (
        "ICT trade in 2030\nICT exports rose 1.4 percent to $135.2 billion in 2030.\nIt was a third yearly gain.\n"
        f"Memory prices kept climbing.\n{lines}\nThe ministry expects firm demand."
    )
    facts = read(text, "2031-01-14")
    assert facts[k("2029-01/2029-12", "balance")][0] == record
    assert k("2029-01/2029-12") not in facts


def test_a_breakdown_by_country_of_origin_after_an_items_partner_gives_the_partners_totals() -> None:
    # "수입국별로 보면": the flow names a breakdown of the total by partner, not the last item's trade again
    text = (
        "4월 ICT 수출 8.3% 증가\n\n지난달 ICT 수출은 162억4000만달러로 8.3% 늘었다. 일본으로 간 디스플레이는"
        " 2억7000만달러로 15.5% 감소했다. 수입국별로 보면 중국 31억2000만달러(△2.2%), 대만 12억9000만달러(6.6%↑)였다."
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2031-04", "import", region="taiwan")] == (1.29e9, 6.6, None)
    assert k("2031-04", "import", item="displays", region="taiwan") not in facts


def test_a_korean_as_a_whole_adverb_brings_a_merged_paragraph_back_from_a_partner_to_the_world() -> None:
    # one paragraph: a partner's breakdown, then "2분기 전체로는" (the quarter as a whole) lists the world's items
    text = (
        "6월 ICT 수출 3.4% 증가\n\n6월 ICT 수출은 171억2000만달러로 3.4% 늘었다. 인도 수출은 4억8000만달러로 12.1%"
        " 증가했다. 2분기 전체로는 디스플레이 58억9000만달러(△4.2%), 컴퓨터 31억1000만달러(7.7%)였다."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-04/2031-06", item="displays")] == (5.89e9, -4.2, None)
    assert k("2031-04/2031-06", item="displays", region="india") not in facts


def test_a_running_total_sentence_in_a_merged_paragraph_does_not_take_the_months_partner_figures_with_it() -> None:
    # one paragraph: the month's partner figure, then "1~5월 누적" and items too large for the month
    text = (
        "5월 ICT 수출 6.1% 증가\n\n지난달 ICT 수출은 151억3000만달러로 6.1% 늘었다. 대만 수출은 9억4000만달러로"
        " 11.2% 증가했다. 1~5월 누적 ICT 수출은 702억2000만달러로 4.4% 늘었다. 반도체 351억7000만달러(4.9%),"
        " 디스플레이 160억5000만달러(△2.3%)다."
    )
    facts = read(text, "2031-06-13")
    assert facts[k("2031-05", region="taiwan")] == (0.94e9, 11.2, None)
    assert facts[k("2031-01/2031-05", item="semiconductors")] == (35.17e9, 4.9, None)
    assert k("2031-01/2031-05", region="taiwan") not in facts


def test_a_subtitle_clause_after_an_ellipsis_that_names_only_an_items_price_is_the_whole() -> None:
    # "…12월은 D램 가격 하락에 7.3% 감소": the item named for its price is the cause; the clause is the total's
    text = (
        "지난해 ICT 수출 1천970억달러 사상 최대\n\n디스플레이 비중 14% 아래로…12월은 D램 가격 하락에 7.3% 감소\n\n"
        "2032년 ICT 수출은 1천970억달러로 6.2% 늘었다."
    )
    facts = read(text, "2033-01-14")
    assert facts[k("2032-12")] == (None, -7.3, None)
    assert k("2032-12", item="displays") not in facts


def test_a_threshold_sentence_opening_with_the_year_does_not_date_the_months_items_after_it() -> None:
    # one paragraph: the month, then "연간 기준으로 … 1500억달러를 돌파한 셈이다" (a comment), then the month's items
    text = (
        "10월 ICT 수출 9.2% 증가\n\n10월 ICT 수출은 173억4000만달러로 9.2% 늘었다. 1~10월 누적 수출은 1512억달러로"
        " 7.7% 늘었다. 연간 기준으로 2027년(1488억달러) 이후 4년 만에 1500억달러를 돌파한 셈이다. 디스플레이는"
        " 19억8000만달러로 12.6% 늘었다."
    )
    facts = read(text, "2031-11-14")
    assert facts[k("2031-10", item="displays")] == (1.98e9, 12.6, None)
    assert k("2031-01/2031-12", item="displays") not in facts


def test_a_dateline_inside_a_line_starts_the_story_after_a_headline_run_into_it() -> None:
    text = (
        "Asia Wire\n\nKorea's tech exports slide 6.2% in June; sales to Mexico climb BUSAN, July 14 (AWN) -- South"
        " Korea's ICT exports fell 6.2 percent to $15.07 billion in June, the ministry said. Display exports"
        " dropped 9.8 percent to $2.21 billion. ICT exports to Mexico rose 8.3 percent to $216 million."
    )
    facts = read(text, "2016-07-14")
    assert facts[k("2016-06", item="displays")] == (2.21e9, -9.8, None)
    assert k("2016-06", item="displays", region="other:mexico") not in facts
    assert facts[k("2016-06")][:2] == (15.07e9, -6.2)


def test_a_running_total_after_the_months_figures_in_one_paragraph_is_an_aside() -> None:
    text = (
        "ICT exports climb in May\n\nKorea's ICT exports came to $17.25 billion, up 8.4 percent from May last year,"
        " the ministry said on Tuesday. For the first five months, they reached $81.6 billion, up 2.2 percent."
        " Display exports fell 3.2 percent to $1.74 billion."
    )
    facts = read(text, "2023-06-14")
    assert facts[k("2023-01/2023-05")][:2] == (81.6e9, 2.2)
    assert facts[k("2023-05", item="displays")] == (1.74e9, -3.2, None)
    assert k("2023-01/2023-05", item="displays") not in facts


@pytest.mark.parametrize("lead_in", ["Among major items,", "By item,", "By product,"])
def test_an_item_lead_in_after_a_partners_total_returns_to_the_world(lead_in: str) -> None:
    text = (
        "ICT exports rise in May\n\nKorea's ICT exports rose 5.3 percent to $17.62 billion in May. Exports to India"
        f" rose 14.2 percent to $512 million. {lead_in} chip exports grew 6.1 percent to $8.44 billion."
    )
    facts = read(text, "2018-06-14")
    assert facts[k("2018-05", item="semiconductors")] == (8.44e9, 6.1, None)
    assert k("2018-05", item="semiconductors", region="india") not in facts


def test_an_items_amount_larger_than_the_partners_total_is_no_part_of_it() -> None:
    text = (
        "ICT exports up in March\n\nICT exports rose 4.1 percent to $15.36 billion in March. Exports to India grew"
        " 11.8 percent to $0.62 billion. Chip exports climbed 7.4 percent to $5.87 billion."
    )
    facts = read(text, "2015-04-14")
    assert facts[k("2015-03", item="semiconductors")] == (5.87e9, 7.4, None)
    assert k("2015-03", item="semiconductors", region="india") not in facts


def test_an_items_amount_within_the_partners_total_stays_its_part() -> None:
    text = (
        "ICT exports up in March\n\nICT exports rose 4.1 percent to $15.36 billion in March. Exports to India grew"
        " 11.8 percent to $0.62 billion. Chip exports climbed 7.4 percent to $0.21 billion."
    )
    assert k("2015-03", item="semiconductors", region="india") in read(text, "2015-04-14")


def test_an_items_exports_after_imports_from_a_partner_are_the_worlds() -> None:
    text = (
        "ICT exports edge up in June\n\nICT exports edged up 1.8 percent to $15.94 billion in June. Imports from"
        " Taiwan climbed 9.3 percent to $1.21 billion. Display exports dropped 7.7 percent to $2.06 billion."
    )
    facts = read(text, "2016-07-14")
    assert facts[k("2016-06", item="displays")] == (2.06e9, -7.7, None)
    assert k("2016-06", item="displays", region="taiwan") not in facts


def test_an_items_shipments_after_an_imports_sentence_are_exports() -> None:
    text = (
        "Tech exports slip in April\n\nICT exports slipped 3.6 percent to $14.82 billion in April. Imports edged up"
        " 1.1 percent to $8.07 billion. Handset shipments sank 12.4 percent to $1.33 billion."
    )
    facts = read(text, "2017-05-15")
    assert facts[k("2017-04", item="mobile_phones")] == (1.33e9, -12.4, None)
    assert k("2017-04", "import", item="mobile_phones") not in facts


def test_exports_to_a_partner_after_an_items_partner_sentence_are_the_partners_total() -> None:
    text = (
        "ICT exports dip in October\n\nICT exports dipped 2.4 percent to $14.55 billion in October. Exports to"
        " Vietnam rose 6.6 percent to $1.92 billion. Chips bound for Vietnam climbed 4.0 percent to $0.61 billion,"
        " while displays to Vietnam gained 15.1 percent to $0.44 billion."
        " Shipments to Japan fell 8.9 percent to $0.36 billion."
    )
    facts = read(text, "2014-11-14")
    assert facts[k("2014-10", region="japan")] == (0.36e9, -8.9, None)
    assert k("2014-10", item="displays", region="japan") not in facts


def test_whose_after_an_aside_item_gives_that_items_own_figure() -> None:
    """'…, helped by SSDs, whose exports rose …': the relative clause is the aside item's, like ', which …'."""
    text = (
        "ICT exports rise in May\n\nICT exports rose 4.4 percent to $16.31 billion in May. Computers and"
        " peripherals earned $934 million, up 6.2 percent, helped by solid-state drives, whose exports rose"
        " 17.3 percent to $318 million."
    )
    facts = read(text, "2029-06-14")
    assert facts[k("2029-05", item="computers_peripherals")] == (9.34e8, 6.2, None)
    assert facts[k("2029-05", item="ssd")] == (3.18e8, 17.3, None)


def test_partners_in_parallel_clauses_open_no_breakdown() -> None:
    """'… shipments to Japan rose 2.6% and those to India 8.3%': a list of partners, each after the last one's
    figure; the next sentence's item is the world's, as after a respectively-list."""
    text = (
        "ICT exports rise in August\n\nICT exports rose 3.1 percent to $17.42 billion in August. Phone exports"
        " came to $1.37 billion, up 4.8 percent, as shipments to Japan rose 2.6 percent and those to India 8.3"
        " percent. Exports of computers edged up 1.4 percent to $0.92 billion."
    )
    facts = read(text, "2028-09-15")
    assert facts[k("2028-08", item="computers")] == (0.92e9, 1.4, None)
    assert k("2028-08", item="computers", region="india") not in facts


def test_among_them_after_an_item_names_its_examples() -> None:
    """'peripherals, among them SSDs, fell …': the names after "among them" are examples, as after "such as"."""
    text = (
        "ICT exports climb in July\n\nICT exports climbed 6.2 percent to $17.85 billion in July. Computers grew"
        " 3.3 percent to $212 million, while peripherals, among them solid-state drives, lost 4.7 percent to"
        " $786 million."
    )
    facts = read(text, "2030-08-14")
    assert facts[k("2030-07", item="peripherals")] == (7.86e8, -4.7, None)
    assert k("2030-07", item="ssd") not in facts


def test_a_little_under_an_amount_is_about_it() -> None:
    """'to a little under $5.3 billion': the amount is approximate, like "just below", not a bound to drop."""
    text = (
        "ICT exports shrink in June\n\nICT exports shrank 7.4 percent to $14.61 billion in June. Chip exports"
        " slid 9.2 percent to a little under $5.3 billion, while display exports came in a shade above $1.9 billion."
    )
    facts = read(text, "2026-07-15")
    assert facts[k("2026-06", item="semiconductors")] == (5.3e9, -9.2, None)
    assert facts[k("2026-06", item="displays")][0] == 1.9e9


def test_a_share_in_apposition_names_no_subject() -> None:
    """'Display exports, nearly a third of all ICT shipments, fell …': the whole in the aside is not the subject."""
    text = (
        "ICT exports fall in March\n\nICT exports fell 4.6 percent to $15.27 billion in March. Display exports,"
        " nearly a third of all ICT shipments, dropped 11.8 percent to $4.88 billion."
    )
    facts = read(text, "2027-04-14")
    assert facts[k("2027-03", item="displays")] == (4.88e9, -11.8, None)
    assert facts[k("2027-03")] == (15.27e9, -4.6, None)


def test_ko_a_sentence_opening_on_a_partners_bare_exports_names_its_total_after_a_partners_item() -> None:
    text = (
        "1분기 ICT 수출 512억달러\n1분기 ICT 수출액은 512억달러로 집계됐다.\n지역별로 보면 대만 수출이 61억달러로"
        " 4.2% 늘었다. 대만 디스플레이 수출은 9억달러로 12.5% 줄었으나 메모리는 33억달러로 8.8% 늘었다."
        " 인도 수출은 14억달러로 6.3% 증가했다."
    )
    facts = read(text, "2031-04-15")
    assert facts[k("2031-01/2031-03", region="india")] == (1.4e9, 6.3, None)
    assert k("2031-01/2031-03", item="memory", region="india") not in facts


def test_ko_an_items_market_conditions_shihwang_are_a_cause_not_its_subject() -> None:
    text = (
        "상반기 ICT 수출 21.4% 감소\n올해 1~6월 ICT 수출액은 912억달러로 작년 같은 기간보다 21.4% 줄었다. 정부는 수요"
        " 위축과 디스플레이 시황 악화, 그리고 사상 최대였던 작년 상반기(1160억달러)의 기저효과가 겹쳤다고 설명했다."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-01/2031-06")] == (91.2e9, -21.4, 116e9)
    assert k("2030-01/2030-06", item="displays") not in facts


def test_ko_a_world_market_named_only_as_the_cause_leaves_the_items_exports_after_it() -> None:
    text = (
        "4월 ICT 수출 150억달러\n4월 ICT 수출은 150억달러로 3.1% 늘었다. 반면 디스플레이는 세계 시장이 위축된 탓에"
        " 수출액이 18억3000만달러에 그쳐 작년 4월보다 12.4% 줄었다."
    )
    assert read(text, "2031-05-14")[k("2031-04", item="displays")] == (1.83e9, -12.4, None)


def test_ko_a_world_markets_own_figure_stays_muted_before_a_cause_word() -> None:
    text = (
        "4월 ICT 수출 150억달러\n4월 ICT 수출은 150억달러로 3.1% 늘었다. 세계 반도체 시장이 8.8% 줄어든 탓에"
        " 업계가 고전했다."
    )
    assert read(text, "2031-05-14")[k("2031-04")] == (15e9, 3.1, None)


def test_ko_a_figure_in_a_clause_opened_by_a_bare_flow_modifies_the_item_after_it() -> None:
    text = (
        "4월 ICT 수출 150억달러\n4월 ICT 수출은 150억달러로 3.1% 늘었다. 디스플레이 수출은 12.4% 늘며, 수출이 5.2%"
        " 줄어든 휴대폰을 앞질렀다."
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2031-04", item="mobile_phones")] == (None, -5.2, None)
    assert facts[k("2031-04", item="displays")] == (None, 12.4, None)


def test_ko_a_flow_used_as_the_verb_suchulhae_keeps_the_items_subject() -> None:
    text = (
        "4월 ICT 수출 150억달러\n4월 ICT 수출은 150억달러로 3.1% 늘었다. 디스플레이는 18억 달러어치를 수출해 4.4%"
        " 줄었다."
    )
    assert read(text, "2031-05-14")[k("2031-04", item="displays")] == (1.8e9, -4.4, None)


def test_ko_a_rate_before_utdoneun_exceeding_is_a_bound() -> None:
    text = (
        "4월 ICT 수출 150억달러\n4월 ICT 수출은 150억달러로 3.1% 늘었다. 시스템반도체 수출은 다섯 달째 30%를 웃도는"
        " 증가율을 보였다."
    )
    assert k("2031-04", item="system_semiconductors") not in read(text, "2031-05-14")


def test_ko_a_shares_later_level_after_a_copulas_contrast_is_the_same_share() -> None:
    text = (
        "4월 ICT 수출 150억달러\n4월 ICT 수출은 150억달러로 3.1% 늘었다. 해외 생산 비중은 2029년 61%였으나 올해"
        " 1분기에는 70.2%까지 올라갔다."
    )
    assert k("2031-01/2031-03") not in read(text, "2031-05-14")


def test_ko_a_rate_after_a_shares_contrast_that_names_an_item_is_its_own() -> None:
    text = (
        "4월 ICT 수출 150억달러\n4월 ICT 수출은 150억달러로 3.1% 늘었다. 반도체 비중은 41%였지만 휴대폰 수출은"
        " 6.6% 줄었다."
    )
    assert read(text, "2031-05-14")[k("2031-04", item="mobile_phones")] == (None, -6.6, None)


def test_a_trend_table_whose_note_says_the_brackets_hold_year_on_year_changes() -> None:
    text = (
        "2027년 8월 ICT 수출입 동향\n8월 ICT 수출은 173.4억 달러로 집계됐다.\n"
        "  * 최근 수출 추이 (억 달러, 괄호 안은 전년 동월 대비 증감률 %)\n"
        "    구분 | '27.5월 | 6월 | 7월 | 8월\n"
        "    전체 | 161.2 (2.7) | 158.3 (△0.4) | 170.5 (4.9) | 173.4 (6.2)\n"
        "    대중 | 61.7 (8.3) | 60.9 (1.2) | 63.5 (△2.6) | 64.8 (3.3)\n"
    )
    facts = read(text, "2027-09-14")
    assert facts[k("2027-06")] == (15.83e9, -0.4, None)
    assert facts[k("2027-05")] == (16.12e9, 2.7, None)
    assert facts[k("2027-07", region="china")] == (6.35e9, -2.6, None)


def test_a_caption_that_ends_on_its_unit_note_without_a_colon_declares_the_line_under_it() -> None:
    text = (
        "2026년 3월 ICT 수출입 동향\n□ 3월 ICT 수출은 191.6억불로 잠정 집계\n"
        "※ 월별 ICT 수출 증감률(전년 동월 대비, %)\n"
        " '25년 11월 △2.1 / 12월 3.4 / '26년 1월 △0.8 / 2월 5.6 / 3월 7.3\n"
    )
    facts = read(text, "2026-04-14")
    assert facts[k("2025-12")] == (None, 3.4, None)
    assert facts[k("2026-01")] == (None, -0.8, None)


def test_a_topics_own_figure_after_its_parts_in_brackets_and_a_clause_of_their_own() -> None:
    text = (
        "2026년 9월 ICT 수출입 동향\n□ 2026년 9월 ICT 수출은 201.4억불로 잠정 집계\n"
        "ㅇ 품목별로 보면, 반도체는 재고 조정 여파로 메모리(△6.2%)와 시스템 반도체(△3.4%)가 모두 줄어"
        " 98.1억불(△5.3%)에 머묾\n"
        "- 반면 디스플레이는 OLED(14.2억불, 31.7%↑) 수출이 크게 늘면서 22.6억불(12.4%↑)을 기록\n"
    )
    facts = read(text, "2026-10-14")
    assert facts[k("2026-09", item="semiconductors")] == (9.81e9, -5.3, None)
    assert facts[k("2026-09", item="displays")] == (2.26e9, 12.4, None)
    assert facts[k("2026-09", item="system_semiconductors")] == (None, -3.4, None)


def test_a_footnote_star_before_the_particle_keeps_the_marked_subject() -> None:
    text = (
        "12월 ICT 수출입 동향\n12월 ICT 수출은 190.2억불이었다. ICT 수입*은 반도체 등 핵심 부품 수입이 줄면서"
        " 98.4억불에 그쳐, 전년 동월(103.9억불)보다 5.3% 감소했다.\n* 주요 수입 지역 : 중국, 대만 등"
    )
    facts = read(text, "2024-01-14")
    assert facts[k("2023-12", "import")] == (9.84e9, -5.3, 10.39e9)
    assert k("2023-12", "import", item="semiconductors") not in facts


def test_a_declared_list_wrapped_after_its_slash_goes_on_under_the_same_unit() -> None:
    text = (
        "2026년 ICT 수출입 동향\n◇ (연간) ICT 수출은 2,412억불을 기록, 전년보다 3.4% 늘어\n\n"
        "    * 주요 품목 수출(억불, 전년 대비 %) : 반도체 1,402(7.1↑) / 디스플레이 221(△3.5) /\n"
        " 휴대폰 131(2.2↑) / 2차 전지 118(9.8↑)\n"
    )
    facts = read(text, "2027-01-14")
    assert facts[k("2026-01/2026-12", item="mobile_phones")] == (13.1e9, 2.2, None)
    assert facts[k("2026-01/2026-12", item="secondary_batteries")] == (11.8e9, 9.8, None)


def test_a_change_without_its_percent_sign_before_a_plain_verb_of_change() -> None:
    text = (
        "IT 수출 소폭 감소\n지식경제부에 따르면 2014년 IT 수출액은 1천614억 달러로 1년 전보다 1.3 줄었고,"
        " 수입액은 802억 달러로 2.1 늘었습니다."
    )
    facts = read(text, "2015-01-09")
    assert facts[k("2014-01/2014-12")] == (161.4e9, -1.3, None)
    assert facts[k("2014-01/2014-12", "import")] == (80.2e9, 2.1, None)


def test_the_month_just_before_named_as_jikjeon_dal_in_a_rate_that_moved() -> None:
    text = (
        "7월 ICT 수출 소폭 감소\n지난달 ICT 수출은 151억2000만달러로 작년 7월보다 1.8% 줄었다."
        " 다만 감소율은 직전 달 9.4%에서 1.8%로 크게 낮아졌다."
    )
    facts = read(text, "2020-08-14")
    assert facts[k("2020-06")] == (None, -9.4, None)


def test_a_listed_change_after_on_year_keeps_the_gapped_verb_before_a_later_rise() -> None:
    text = (
        "ICT exports edge up in October\nICT exports came to $17.3 billion in October."
        " They slid 8.4 percent on-year in July and 1.7 percent in August, then gained 2.2 percent in September."
    )
    facts = read(text, "2031-11-14")
    assert facts[k("2031-08")] == (None, -1.7, None)
    assert facts[k("2031-09")] == (None, 2.2, None)


def test_a_change_dated_by_the_month_right_before_at_is_not_the_next_months() -> None:
    text = (
        "ICT exports up in November\nICT exports came to $18.1 billion in November."
        " They swung back to growth in September at 2 percent and climbed 4.6 percent in October."
    )
    facts = read(text, "2031-12-14")
    assert facts[k("2031-09")] == (None, 2.0, None)
    assert facts[k("2031-10")] == (None, 4.6, None)


def test_a_listed_partner_before_but_takes_no_sign_from_the_verb_after_it() -> None:
    text = (
        "ICT exports rise in the first half\nICT exports totaled $98.2 billion in the first half of 2031."
        " By market, first-half exports grew to Mexico (31.2%), Poland (6.4%) and Brazil (2.8%),"
        " but shrank to Germany (-4.1%)."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-01/2031-06", region="other:brazil")] == (None, 2.8, None)


def test_partners_listed_after_a_partners_item_figure_keep_that_item() -> None:
    text = (
        "8월 ICT 수출 증가\n8월 ICT 수출은 188억달러로 5.5% 늘었다. 같은 기간 일본행 디스플레이 수출은 21.4%,"
        " 인도행은 15.3%, 대만은 3.3% 각각 늘었다."
    )
    facts = read(text, "2023-09-12")
    assert facts[k("2023-08", item="displays", region="india")] == (None, 15.3, None)
    assert facts[k("2023-08", item="displays", region="taiwan")] == (None, 3.3, None)
    assert k("2023-08", region="india") not in facts


def test_a_direction_noun_before_brackets_signs_the_change_after_their_amount() -> None:
    text = (
        "10월 ICT 수출 감소\n10월 반도체 수출은 81억달러로 3.2% 줄었다. 시스템 반도체는 수요 회복으로 9개월 만에"
        " 증가(37억2000만달러, 2.4%)로 전환하며 감소 폭을 좁혔다."
    )
    facts = read(text, "2023-11-14")
    assert facts[k("2023-10", item="system_semiconductors")] == (3.72e9, 2.4, None)


def test_parts_named_in_a_clause_closed_by_a_verbal_noun_leave_the_figure_to_the_topic() -> None:
    text = (
        "6월 ICT 수출 증가\n6월 디스플레이는 수요 확대가 이어지며 OLED·LCD 모두 성장, 25.1억 달러(18.2%↑)로"
        " 석 달 연속 늘었다."
    )
    facts = read(text, "2021-07-14")
    assert facts[k("2021-06", item="displays")] == (2.51e9, 18.2, None)
    assert k("2021-06", item="lcd") not in facts


def test_a_year_named_as_the_only_higher_one_is_not_the_figures_period() -> None:
    text = (
        "2024년 ICT 수출 증가\n2024년 ICT 수출은 2400억 달러로 7.1% 늘었다. 디스플레이 역시 OLED 수출이 늘면서"
        " 2021년 다음으로 높은 215억 달러를 달성했다."
    )
    facts = read(text, "2025-01-14")
    assert facts[k("2024-01/2024-12", item="displays")] == (21.5e9, None, None)
    assert k("2021-01/2021-12", item="displays") not in facts


def test_a_share_rising_from_a_rate_range_is_no_change() -> None:
    text = (
        "ICT 수출 증가\n6월 ICT 수출은 180억달러로 3.3% 늘었다."
        " 아시아 수출 비중은 2009년 51%대에서 올해 68%까지 올라갔다."
    )
    facts = read(text, "2014-07-09")
    assert facts[k("2014-06")] == (18.0e9, 3.3, None)
    assert not any(key[0] == "2009-01/2009-12" for key in facts)


def test_a_base_dated_after_its_verb_shipped_does_not_date_the_sentence() -> None:
    text = (
        "ICT exports set an October record\nKorea's ICT trade surplus came to $7.12 billion in October."
        " Outbound ICT shipments reached $18.45 billion for the month, 6.3% above the $17.36 billion shipped in"
        " October of last year."
    )
    facts = read(text, "2023-11-14")
    assert facts[k("2023-10")][:2] == (18.45e9, 6.3)
    assert k("2022-10") not in facts or facts[k("2022-10")][0] == 17.36e9


def test_a_hyphenated_export_import_names_the_data_not_a_flow() -> None:
    text = (
        "ICT trade data for August\nKorea's ICT sector posted a $5.4 billion surplus in August."
        " ICT exports, going by the export-import tallies the ministry issued on Friday, came to $16.2 billion"
        " in August, 4.1% more than a year earlier."
    )
    facts = read(text, "2022-09-16")
    assert facts[k("2022-08")][:2] == (16.2e9, 4.1)
    assert k("2022-08", "import") not in facts


def test_shipped_an_amount_abroad_is_an_export_with_the_place_after_the_amount() -> None:
    text = (
        "ICT trade data for August\nKorea's ICT sector posted a $5.4 billion surplus in August."
        " The sector shipped $16.2 billion of goods abroad in August, 4.1% more than a year earlier."
    )
    facts = read(text, "2022-09-16")
    assert facts[k("2022-08")][:2] == (16.2e9, 4.1)


def test_the_group_an_item_led_is_not_the_subject_of_the_with_clause() -> None:
    text = (
        "ICT exports in March\nKorea's ICT exports came to $17.3 billion in March, up 6.2% on-year."
        " Chips brought in $9.8 billion, up 11.4%. Memory led the chip segment, with exports climbing 23.6%"
        " on-year to $5.9 billion."
    )
    facts = read(text, "2024-04-15")
    assert facts[k("2024-03", item="memory")] == (5.9e9, 23.6, None)
    assert facts[k("2024-03", item="semiconductors")][:2] == (9.8e9, 11.4)


def test_the_partners_of_a_cause_that_pulled_the_exports_down_are_not_the_subject() -> None:
    text = (
        "ICT exports slip in April\nSofter demand in Europe and thinner orders from Vietnam pulled South Korea's"
        " ICT exports down 4.7 percent from a year earlier in April, the ministry said."
    )
    facts = read(text, "2019-05-15")
    assert facts[k("2019-04")] == (None, -4.7, None)
    assert k("2019-04", region="vietnam") not in facts


def test_the_level_a_year_on_year_change_moved_up_from_is_the_prior() -> None:
    text = (
        "ICT exports in September\nICT exports climbed 7.5% from the same month a year before to $15.91 billion"
        " in September, up from $14.8 billion, the ministry said."
    )
    facts = read(text, "2021-10-14")
    assert facts[k("2021-09")] == (15.91e9, 7.5, 14.8e9)


def test_bought_an_amount_from_abroad_is_an_import() -> None:
    text = (
        "IT trade in the first four months\nIn the January-April period, Korea exported $48.16 billion in IT"
        " products and bought $25.03 billion from abroad, for a surplus of $23.13 billion."
    )
    facts = read(text, "2013-05-10")
    assert facts[k("2013-01/2013-04", "import")][0] == 25.03e9


def test_a_gapped_change_keeps_its_verb_not_the_next_clause_verb_after_while() -> None:
    text = (
        "Tablet shipments slip\nIn March, chip exports fell 12.0 percent and mobile phone exports 3.3 percent,"
        " while sales of displays rose 6.0 percent on the year."
    )
    facts = read(text, "2014-04-02")
    assert facts[k("2014-03", item="mobile_phones")] == (None, -3.3, None)
    assert facts[k("2014-03", item="displays")] == (None, 6.0, None)


def test_each_change_in_a_list_of_changes_takes_the_month_right_after_it() -> None:
    text = (
        "Phone exports ease\nHandset exports slid 8.1 percent on-year in October, 15.2 percent in January"
        " and 9.9 percent in April."
    )
    facts = read(text, "2014-05-05")
    assert facts[k("2013-10", item="mobile_phones")] == (None, -8.1, None)
    assert facts[k("2014-01", item="mobile_phones")] == (None, -15.2, None)
    assert facts[k("2014-04", item="mobile_phones")] == (None, -9.9, None)


def test_a_span_closing_the_first_item_of_a_gapped_list_before_a_comma_is_its_own() -> None:
    text = (
        "Chip sales up\nAmong major products, chip exports grew 7.4% in January-July, mobile phones 2.2%"
        " and displays 5.5%."
    )
    facts = read(text, "2014-08-11")
    assert facts[k("2014-01/2014-07", item="semiconductors")] == (None, 7.4, None)
    assert k("2014-07", item="semiconductors") not in facts


def test_a_sentence_glued_to_the_next_that_opens_with_an_acronym() -> None:
    text = (
        "ICT exports rise\nICT exports came to $9.4 billion last month, up 6.2 percent on-year. They had"
        " shrunk since May 2012, when they lost 2.3 percent on-year.ICT imports climbed 4.8 percent to"
        " $5.1 billion in January."
    )
    facts = read(text, "2014-02-12")
    assert facts[k("2014-01", "import")] == (5.1e9, 4.8, None)
    assert k("2012-05", "import") not in facts


def test_a_base_against_the_same_month_a_year_earlier_is_the_prior() -> None:
    text = (
        "ICT trade\nICT exports in July came to US$9.25 billion, against $8.14 billion in the same month"
        " a year earlier."
    )
    facts = read(text, "2014-08-05")
    assert facts[k("2014-07")] == (9.25e9, None, 8.14e9)


def test_a_change_gained_on_a_base_dated_last_year_keeps_the_current_month() -> None:
    text = (
        "July sets a high\nJuly set a new monthly high. Chip shipments for the month reached $9.1 billion,"
        " a 3.9% gain on the $8.76 billion posted in July last year."
    )
    facts = read(text, "2014-08-05")
    assert facts[k("2014-07", item="semiconductors")] == (9.1e9, 3.9, 8.76e9)


def test_the_month_a_streak_started_in_is_no_reference_for_the_same_month() -> None:
    text = (
        "Record again\nICT exports rose 3 percent to $9.9 billion last month. ICT exports have hit a monthly"
        " record two months running, beginning in May. China bought $4.1 billion worth of ICT goods in the"
        " same month."
    )
    facts = read(text, "2014-07-15")
    assert facts[k("2014-06", region="china")] == (4.1e9, None, None)
    assert k("2014-05", region="china") not in facts


def test_a_balance_in_surplus_or_in_deficit_by_an_amount_is_that_balance() -> None:
    text = (
        "Half-year trade\nIT exports were $60.1 billion for the January-June period. The sector's trade balance"
        " was in surplus by $21.3 billion. With Japan, the IT trade was in deficit by $1.7 billion."
    )
    facts = read(text, "2014-07-15")
    assert facts[k("2014-01/2014-06", "balance")] == (21.3e9, None, None)
    assert facts[k("2014-01/2014-06", "balance", region="japan")] == (-1.7e9, None, None)


def test_ko_partners_each_with_their_own_figures_before_gakgak_are_their_totals_after_an_item() -> None:
    text = (
        "상반기 ICT 수출 1040억달러\n상반기 ICT 수출액은 1040억달러였다. 대만 디스플레이 수출은 7억달러로 11% 줄었지만,"
        " 메모리는 52억달러로 16.4% 늘었다. 인도 수출은 31억달러로 4.4%, 일본 수출은 19억달러로 2.7% 각각 증가했다."
    )
    facts = read(text, "2033-07-15")
    assert facts[k("2033-01/2033-06", region="india")] == (3.1e9, 4.4, None)
    assert facts[k("2033-01/2033-06", region="japan")] == (1.9e9, 2.7, None)
    assert k("2033-01/2033-06", item="memory", region="india") not in facts


def test_ko_finished_phones_and_parts_joined_by_gwa_are_the_phone_whole() -> None:
    text = (
        "연간 ICT 수출 1980억달러\n작년 ICT 수출은 1980억달러였다. 휴대폰 완제품과 부분품 역시 127억 달러로"
        " 한 자릿수 성장을 이어갔다."
    )
    facts = read(text, "2035-01-16")
    assert facts[k("2034-01/2034-12", item="mobile_phones")] == (12.7e9, None, None)
    assert k("2034-01/2034-12", item="mobile_phone_parts") not in facts


def test_ko_the_whole_a_share_is_of_is_not_the_subject_of_the_change_after_it() -> None:
    text = (
        "연간 ICT 수출 1870억달러\n작년 ICT 수출은 1870억달러로 6.2% 늘었다. 메모리 수출액은 640억달러로"
        " ICT 수출의 34%를 차지했고 전년보다 19.3% 증가했다."
    )
    facts = read(text, "2036-01-15")
    assert facts[k("2035-01/2035-12", item="memory")] == (64e9, 19.3, None)
    assert facts[k("2035-01/2035-12")] == (187e9, 6.2, None)


def test_ko_a_rate_unit_declared_before_a_trend_word_and_its_colon_declares_the_next_line() -> None:
    text = (
        "6월 ICT 수출 133.2억불\n□ '31년 6월 ICT 수출액은 133.2억불, 수입액은 84.6억불로 잠정 집계\n\n"
        "ㅇ ICT 수출은 전년 동월대비 6.4% 감소\n\n※ 전년 동월 대비 ICT 수출 증감률(%) 추이 :\n\n"
        "('31.3월) △2.2 → (4월) 3.9 → (5월) △1.7 → (6월) △6.4\n"
    )
    facts = read(text, "2031-07-15")
    assert facts[k("2031-04")] == (None, 3.9, None)
    assert facts[k("2031-05")] == (None, -1.7, None)


def test_ko_an_item_with_the_word_for_its_sector_before_its_particle_is_the_subject() -> None:
    text = (
        "8월 IT 수출 118억달러\n8월 IT 수출은 118억달러였다. 휴대폰 부분 역시 신흥국 수요 회복에 힘입어"
        " 21억4000만 달러어치가 수출돼 1년 전보다 6.8% 늘었다."
    )
    facts = read(text, "2032-09-02")
    assert facts[k("2032-08", item="mobile_phones")] == (2.14e9, 6.8, None)


def test_ko_a_declared_unit_goes_on_down_a_run_of_months_bare_rows() -> None:
    text = (
        "2038년 9월 ICT 수출입 동향\n9월 ICT 수출은 231.4억 달러로 4.1% 늘었다.\n\n"
        "  * 월별 ICT 수출(억 달러, 전년 동월 대비 %)\n    - 2038년 6월 214.7 (1.3)\n    - 7월 222.9 (2.6)\n"
        "    - 8월 219.5 (3.8)\n    - 9월 231.4 (4.1)\n"
    )
    facts = read(text, "2038-10-14")
    assert facts[k("2038-06")] == (21.47e9, 1.3, None)
    assert facts[k("2038-07")] == (22.29e9, 2.6, None)
    assert facts[k("2038-08")] == (21.95e9, 3.8, None)


def test_ko_a_month_a_year_back_named_as_il_nyeon_jeon_is_the_base_of_the_change() -> None:
    text = "11월 ICT 수출 172억달러\n11월 ICT 수출이 172억달러로 1년 전 11월보다 3.7% 늘어 연중 최대를 기록했다."
    facts = read(text, "2039-12-13")
    assert facts[k("2039-11")] == (17.2e9, 3.7, None)


def test_two_names_joined_before_one_marker_are_both_subjects_despite_a_cause_after() -> None:
    text = (
        "상반기 ICT 수출 호조\n1~6월 ICT 수출은 812억3천만달러로 집계됐다.\n"
        "메모리와 휴대폰은 신흥국 수요 회복으로 각각 301억2천만달러, 97억5천만달러어치가 팔려 나갔다."
        " 작년 상반기보다 각각 41%, 12.7% 늘었다."
    )
    facts = read(text, "2031-07-05")
    assert facts[k("2031-01/2031-06", item="memory")] == (30.12e9, 41.0, None)
    assert facts[k("2031-01/2031-06", item="mobile_phones")] == (9.75e9, 12.7, None)


def test_a_decline_rate_marked_as_topic_heads_a_list_of_names_and_bare_figures() -> None:
    text = (
        "5월 ICT 수출 감소\n5월 ICT 수출은 151억 달러로 1년 전보다 8.3% 줄었다.\n"
        "주요 품목의 하락률은 메모리 27.4%, 디스플레이 12.8%, 2차 전지 3.1%로 집계됐다. 통신장비만 2.2% 늘었다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="memory")] == (None, -27.4, None)
    assert facts[k("2031-05", item="secondary_batteries")] == (None, -3.1, None)
    assert facts[k("2031-05", item="communication_equipment")] == (None, 2.2, None)


def test_an_item_named_as_an_example_of_the_key_parts_is_the_cause_not_the_subject() -> None:
    text = (
        "3월 ICT 수출입 동향\n2031년 3월 ICT 수출은 171.5억불, 수입은 88.2억불이었다.\n"
        "ICT 수입은 88.2억불로, 반도체 등 핵심 부품 수입이 늘면서 작년 같은 달(80.6억불)보다 9.4% 많았다."
    )
    facts = read(text, "2031-04-14")
    assert facts[k("2031-03", "import")] == (8.82e9, 9.4, 8.06e9)
    assert k("2031-03", "import", item="semiconductors") not in facts


def test_after_a_contrast_the_topic_keeps_the_figure_past_a_noun_in_a_cause_clause() -> None:
    text = (
        "9월 ICT 수출\n9월 ICT 수출은 187억 달러로 집계됐다.\n"
        "컴퓨터 수출은 3분기에 4.4% 늘었지만, 9월에는 SSD 출하가 저조해 작년 같은 달보다 11.3% 줄었다."
    )
    facts = read(text, "2031-10-14")
    assert facts[k("2031-09", item="computers")] == (None, -11.3, None)
    assert k("2031-09", item="ssd") not in facts


def test_an_item_before_hyogwaro_or_a_bare_deok_is_a_cause() -> None:
    text = "5월 ICT 수출 동향\n5월 ICT 수출은 161억 달러로 12.2% 늘었다. 메모리 효과로 인도 수출이 41.3% 급증했다."
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", region="india")] == (None, 41.3, None)
    assert k("2031-05", item="memory", region="india") not in facts
    headline = read("5월 ICT 수출 161억달러… 메모리 덕 12.2% 증가\n5월 ICT 수출은 161억 달러였다.", "2031-06-14")
    assert k("2031-05", item="memory") not in headline


def test_an_abbreviation_in_parentheses_inside_an_aside_does_not_end_the_aside() -> None:
    text = (
        "Korea's ICT exports rose 5.1 percent in August 2031.\n"
        "Computers, amid steady orders for solid state drives (SSD) fitted in smartphones, grew 4.4 percent to"
        " $1.37 billion."
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", item="computers")] == (1.37e9, 4.4, None)
    assert k("2031-08", item="mobile_phones") not in facts


def test_a_full_stop_glued_after_a_year_ends_the_sentence() -> None:
    text = (
        "Korea's ICT exports have shrunk for six months, data showed on Tuesday.An analyst traced the slide to a"
        " rush of panel orders in 2030.By the ministry's count, Korea's ICT exports came to $13.6 billion in"
        " August. That was 9 percent less than a year earlier."
    )
    facts = read(text, "2031-09-16")
    assert facts[k("2031-08")] == (13.6e9, -9.0, None)
    assert k("2030-08") not in facts


def test_ko_a_bracket_that_breaks_a_carried_figure_down_by_flow_leaves_the_figure_the_carried_subjects() -> None:
    text = (
        "8월 ICT 수출은 150억달러였다. 그 결과 ICT 무역수지는 32억4000만달러 흑자에 머물렀다."
        " 지난해 8월에는 61억달러(수출 170억2000만달러·수입 109억2000만달러)였다."
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2030-08", "balance")] == (6.1e9, None, None)
    assert facts[k("2030-08")] == (17.02e9, None, None)


def test_a_figure_in_won_in_brackets_does_not_part_the_dollar_figure_from_its_period() -> None:
    text = (
        "ICT exports log strongest first half as memory rebounds\n\n"
        "Korea's ICT exports rose to $98.42 billion (about 131 trillion 207.5 billion won) in January-June, "
        "up 3.6% from $95.0 billion a year earlier, the ministry said on the 14th.\n\n"
        "Only one first half was better: 2029, when exports hit $101.7 billion."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-01/2031-06")] == (9.842e10, 3.6, 9.5e10)


def test_a_hard_wrapped_line_cut_after_last_goes_on_with_the_month_on_the_next_line() -> None:
    text = (
        "Korea's May IT exports slip 4 pct\n"
        "SEOUL, June 3 (Yonhap) -- South Korea's IT exports fell 4.2 percent on-year in\n"
        "May to $11.3 billion, the ministry said, and the slide has been easing since the winter: "
        "down 21.6 percent last\n"
        "November and 9.9 percent in February.\n"
    )
    facts = read(text, "2031-06-03")
    assert facts[k("2030-11")] == (None, -21.6, None)


def test_a_figure_dated_by_last_and_its_month_starts_a_list_each_dated_after() -> None:
    text = (
        "IT exports ease decline\nKorea's IT exports fell 4.2 percent in May to $11.3 billion.\n"
        "The slide has slowed: IT exports fell 21.6 percent last November, 9.9 percent in February and 5.5 percent "
        "in April."
    )
    facts = read(text, "2031-06-03")
    assert facts[k("2030-11")] == (None, -21.6, None)
    assert facts[k("2031-02")] == (None, -9.9, None)


def test_a_bare_that_month_after_a_figure_is_the_month_just_named() -> None:
    text = (
        "IT exports fall for third month\nKorea's IT exports fell 12.4 percent to $9.7 billion in March.\n"
        "The decline started in January: exports dropped 2.3 percent that month and 8.8 percent in February."
    )
    facts = read(text, "2031-04-14")
    assert facts[k("2031-01")] == (None, -2.3, None)
    assert facts[k("2031-02")] == (None, -8.8, None)


def test_over_the_half_opening_a_sentence_is_the_half_of_the_last_month_named() -> None:
    text = (
        "ICT exports post strong first half\n\n"
        "Korea's ICT exports rose to $98.42 billion in January-June, up 3.6%.\n\n"
        "KEY FIGURES - JUNE\n- Exports: $17.1 billion, up 2.2%\n\n"
        "Items. Over the half, chips gained 11.4% and phones 9.1%. Displays fell 13.9% and handsets 2.5%."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-01/2031-06", item="semiconductors")] == (None, 11.4, None)
    assert facts[k("2031-01/2031-06", item="displays")] == (None, -13.9, None)
    assert k("2031-06", item="semiconductors") not in facts


def test_a_table_cell_may_write_its_amount_in_eok_and_man() -> None:
    text = (
        "7월 ICT 수출입 실적\n"
        "| 구분 | 2036년 7월 | 2037년 7월 | 증감률 |\n"
        "| 수출 | 184억3000만달러 | 201억6000만달러 | 9.4% |\n"
        "| 수입 | 102억5000만달러 | 96억1000만달러 | -6.2% |\n"
    )
    facts = read(text, "2037-08-14")
    assert facts[k("2037-07")] == (20.16e9, 9.4, 18.43e9)
    assert facts[k("2037-07", "import")] == (9.61e9, -6.2, 10.25e9)


def test_a_figureless_caption_naming_an_item_is_the_subject_of_the_trend_line_under_it() -> None:
    text = (
        "3월 ICT 수출 212억달러\n3월 ICT 수출은 212억달러로 1년 전보다 8.1% 늘었다.\n"
        "■ 디스플레이 수출 증가율(전년 동월 대비)\n2036년 11월 ▲4.2% → 12월 ▲7.5% → 2037년 1월 ▲11.0%\n"
        "Display export growth (y/y)\nNov 2035 +2.4% → Dec +5.7% → Jan 2036 +1.9%\n"
    )
    facts = read(text, "2037-04-14")
    assert facts[k("2036-11", item="displays")] == (None, 4.2, None)
    assert facts[k("2037-01", item="displays")] == (None, 11.0, None)
    assert facts[k("2035-12", item="displays")] == (None, 5.7, None)
    assert k("2036-12") not in facts


def test_a_partner_marked_as_bound_for_heads_a_list_of_partners_of_the_same_item() -> None:
    text = (
        "5월 ICT 수출 동향\n5월 ICT 수출은 200억달러였다."
        " 같은 달 일본행 메모리는 12.1%, 인도(서남아)행은 8.8%, 대만행은 3.3% 늘었다."
    )
    facts = read(text, "2037-06-14")
    assert facts[k("2037-05", item="memory", region="japan")] == (None, 12.1, None)
    assert facts[k("2037-05", item="memory", region="india")] == (None, 8.8, None)
    assert facts[k("2037-05", item="memory", region="taiwan")] == (None, 3.3, None)


def test_a_noise_phrase_in_an_appositive_after_the_subject_does_not_mute_its_clause() -> None:
    text = (
        "ICT exports rose in June.\n"
        "Chip exports, a cornerstone of the nation's outbound shipments, were dented by a glut: they slid 7.4 percent"
        " on-year"
        " in February and shed 3.9 percent in March."
    )
    facts = read(text, "2037-07-14")
    assert facts[k("2037-02", item="semiconductors")] == (None, -7.4, None)
    assert facts[k("2037-03", item="semiconductors")] == (None, -3.9, None)


def test_a_month_right_before_with_a_gain_dates_that_gain_not_the_next_month() -> None:
    text = (
        "ICT exports rose in June.\n"
        "ICT exports bounced back in April with a 4 percent gain and climbed 6.2 percent in May."
    )
    facts = read(text, "2037-07-14")
    assert facts[k("2037-04")] == (None, 4.0, None)
    assert facts[k("2037-05")] == (None, 6.2, None)


def test_a_surplus_as_large_as_the_exports_is_the_exports_amount_bound_to_the_wrong_clause() -> None:
    text = (
        "작년 ICT 수출 8% 늘고 무역흑자 25% 급증…2030억달러\n"
        "정부가 발표한 '2033년 ICT 수출입 동향'에 따르면 지난해 ICT 수출은 2030억달러로 2032년보다 8.1% 증가했다. "
        "수입은 1210억달러였다. 이에 ICT 무역흑자는 820억달러로 1년 전보다 24.6% 불어났다."
    )
    facts = read(text, "2034-01-18")
    assert facts[k("2033-01/2033-12", "balance")] == (8.2e10, 24.6, None)
    assert facts[k("2033-01/2033-12")][0] == 2.03e11


def test_table_rows_under_a_lead_in_ending_on_a_colon_take_its_period() -> None:
    text = (
        "Korea's ICT exports in June rose 2.6% to $19.8 billion.\n"
        "Over January-June, ICT exports came to $104.7 billion, up 3.9%.\n"
        "January-June exports by product:\n| Product | Change |\n| Semiconductors | +8.2% |\n| Displays | -4.4% |\n"
        "Officials expect a stronger second half."
    )
    facts = read(text, "2032-07-12")
    assert facts[k("2032-01/2032-06", item="semiconductors")] == (None, 8.2, None)
    assert facts[k("2032-01/2032-06", item="displays")] == (None, -4.4, None)
    assert k("2032-06", item="displays") not in facts


def test_phones_with_their_parts_included_as_an_aside_are_the_phone_figure() -> None:
    text = (
        "ICT exports in May rose 3.3 percent to $16.2 billion.\n"
        "Handsets, their components included, slipped 8.8 percent to $1.4 billion, and displays fell 2.1 percent."
    )
    facts = read(text, "2031-06-12")
    assert facts[k("2031-05", item="mobile_phones")] == (1.4e9, -8.8, None)
    assert k("2031-05", item="mobile_phone_parts") not in facts


def test_an_item_given_as_an_example_of_a_cause_noun_after_a_bullet_label_is_no_subject() -> None:
    text = (
        "2월 ICT 수출 동향\n2월 ICT 수출은 148억 달러로 3.2% 늘었다.\n"
        "- 컴퓨터·주변기기: 솔리드스테이트드라이브(SSD) 등 보조기억장치 호조로 6.4% 늘어난 7억7000만달러"
    )
    facts = read(text, "2032-03-15")
    assert facts[k("2032-02", item="computers_peripherals")] == (7.7e8, 6.4, None)
    assert k("2032-02", item="ssd") not in facts


def test_korean_figures_in_brackets_take_the_flow_the_brackets_close_on() -> None:
    text = (
        "8월 ICT 수출입 동향\n8월 ICT 수출은 171억 달러로 4.1% 늘었다.\n"
        "통신장비(2억4000만달러)와 컴퓨터·주변기기(9억7000만달러) 수입은 각각 14.2%, 3.3% 감소했다."
    )
    facts = read(text, "2032-09-14")
    assert facts[k("2032-08", "import", item="communication_equipment")] == (2.4e8, -14.2, None)
    assert facts[k("2032-08", "import", item="computers_peripherals")] == (9.7e8, -3.3, None)
    assert k("2032-08", item="communication_equipment") not in facts


def test_korean_items_before_wijuro_are_what_the_total_centred_on_not_its_subject() -> None:
    text = (
        "3월 ICT 수출입 동향\n3월 ICT 수출은 150억 달러로 5.0% 늘었다. "
        "같은 달 수입액은 81억달러로 통신장비, 디스플레이 위주로 1년 전보다 7% 늘었다."
    )
    facts = read(text, "2033-04-15")
    assert facts[k("2033-03", "import")] == (8.1e9, 7.0, None)
    assert k("2033-03", "import", item="communication_equipment") not in facts


def test_goods_in_a_cause_that_opens_the_sentence_and_led_to_the_growth_are_not_its_subject() -> None:
    text = (
        "ICT exports in April\nKorea's ICT exports rose 6.1 percent to $17.3 billion in April.\n"
        "Displays came to $620 million. Strong sales of foldable devices and demand for OLED panels led to the "
        "gain, which was 11.8 percent from a year earlier.\n"
        "Shipments to Japan rose 3.2 percent to $1.1 billion. Steady orders for chips and routers led to a third "
        "month of growth in exports to Brazil, which reached $410 million."
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2031-04", item="displays")] == (6.2e8, 11.8, None)
    assert k("2031-04", item="oled") not in facts
    assert facts[k("2031-04", region="other:brazil")] == (4.1e8, None, None)
    assert k("2031-04", item="semiconductors", region="other:brazil") not in facts


def test_their_or_the_items_exports_after_an_opening_time_phrase_are_the_last_sentences_subject() -> None:
    text = (
        "ICT exports in August\nKorea's ICT exports rose 9.2 percent to $18.4 billion in August.\n"
        "Displays carried the gain. In August, their exports climbed 17.6 percent on-year to $2.3 billion.\n"
        "Computers were the laggard. The segment's August shipments fell 4.4% to $0.9 billion."
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08")] == (1.84e10, 9.2, None)
    assert facts[k("2031-08", item="displays")] == (2.3e9, 17.6, None)
    assert facts[k("2031-08", item="computers")] == (9e8, -4.4, None)


def test_among_other_items_after_a_partners_figure_returns_to_the_whole() -> None:
    text = (
        "ICT exports in June\nKorea's ICT exports rose 4.8 percent to $19.6 billion in June.\n"
        "By region, shipments to Japan came to $1.35 billion, up 2.7 percent. Among other items, tablets slid "
        "6.2 percent on-year, and routers were up 8.9 percent."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-06", region="japan")] == (1.35e9, 2.7, None)
    assert facts[k("2031-06", item="other:tablet pcs")] == (None, -6.2, None)
    assert k("2031-06", item="other:tablet pcs", region="japan") not in facts


def test_a_bare_export_amount_after_an_items_change_completes_that_item() -> None:
    text = (
        "7월 ICT 수출\n7월 ICT 수출은 176억 달러였다.\n"
        "통신장비는 해외 기지국 투자 위축으로 전년 동월 대비 12.7% 줄었다. 수출액은 2억4000만 달러다."
    )
    facts = read(text, "2031-08-14")
    assert facts[k("2031-07", item="communication_equipment")] == (2.4e8, -12.7, None)
    assert facts[k("2031-07")] == (1.76e10, None, None)


def test_a_list_of_figures_each_followed_by_its_year_in_parentheses() -> None:
    text = (
        "6월 ICT 수출 동향\n6월 ICT 수출은 195.3억 달러로 집계됐다.\n"
        "역대 6월 수출 순위(억 달러) : ① 195.3('31년) ② 188.7('28년) ③ 176.2('30년)"
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2028-06")] == (1.887e10, None, None)
    assert facts[k("2030-06")] == (1.762e10, None, None)


def test_a_unit_note_naming_the_amount_then_a_yoy_percent_reads_bare_parentheses_in_cells() -> None:
    text = (
        "3월 ICT 수출 동향\n3월 ICT 수출은 172.4억 달러였다.\n* 월별 수출 추이(억 달러, 전년 동월 대비 %)\n\n"
        "| 구분 | '31.1월 | 2월 | 3월 |\n| 전체 | 150.2(3.3) | 161.7(△2.1) | 172.4(5.6) |\n"
        "| 대중 | 40.1(1.2) | 38.5(4.4) | 45.9(7.7) |"
    )
    facts = read(text, "2031-04-14")
    assert facts[k("2031-01")] == (1.502e10, 3.3, None)
    assert facts[k("2031-02", region="china")] == (3.85e9, 4.4, None)


def test_a_flow_noun_after_names_with_their_amounts_in_parentheses_is_their_flow() -> None:
    text = (
        "9월 ICT 수입\n9월 ICT 수입은 81억 달러였다.\n"
        "메모리(31억2000만 달러)와 TV(2억5000만 달러) 수입은 각각 12.3%, 8.8% 줄었다."
    )
    facts = read(text, "2031-10-14")
    assert facts[k("2031-09", "import", item="memory")] == (3.12e9, -12.3, None)
    assert facts[k("2031-09", "import", item="digital_tv")] == (2.5e8, -8.8, None)
    assert k("2031-09", item="memory") not in facts


def test_goods_brought_in_from_a_partner_are_imports() -> None:
    text = (
        "Korea ICT trade in 2030\nKorea's ICT exports for 2030 totaled 190.2 billion dollars.\n"
        "On the buying side, Korea brought in 51.3 billion dollars of ICT products from China in 2030, 11.8 billion"
        " dollars from Japan and 9.4 billion dollars from the United States."
    )
    facts = read(text, "2031-01-18")
    assert facts[k("2030-01/2030-12", "import", region="japan")] == (1.18e10, None, None)
    assert facts[k("2030-01/2030-12", "import", region="us")] == (9.4e9, None, None)
    assert k("2030-01/2030-12", region="japan") not in facts
    revenue = read(
        "Korea ICT exports in May 2031\nKorea's ICT exports were $19.8 billion in May 2031. Chips brought in $6.40"
        " billion, up 4.4 percent from $6.13 billion.",
        "2031-06-14",
    )
    assert revenue[k("2031-05", item="semiconductors")] == (6.4e9, 4.4, 6.13e9)


def test_an_amount_of_goods_then_from_a_partner_is_that_partners() -> None:
    text = (
        "Korea ICT trade in 2030\nKorea's ICT exports for 2030 totaled 190.2 billion dollars.\n"
        "Korea imported 51.3 billion dollars' worth of ICT goods from China last year, and 11.8 billion dollars"
        " of ICT goods from Japan."
    )
    facts = read(text, "2031-01-18")
    assert facts[k("2030-01/2030-12", "import", region="china")] == (5.13e10, None, None)
    assert facts[k("2030-01/2030-12", "import", region="japan")] == (1.18e10, None, None)


def test_a_bare_imports_heading_gives_its_flow_to_the_items_and_partners_under_it() -> None:
    text = (
        "ICT trade in April\nICT exports came to $16.2 billion in April, up 3.1 percent.\n\n"
        "Exports by item\n\nChips rose 5.5 percent to $9.1 billion.\n\n"
        "Imports\n\nBy item, chips climbed 7.2 percent to $4.4 billion. Phones dipped 1.9 percent to $522 million.\n\n"
        "Taiwan: up 12.6 percent to $1.3 billion"
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2031-04", item="semiconductors")] == (9.1e9, 5.5, None)
    assert facts[k("2031-04", "import", item="semiconductors")] == (4.4e9, 7.2, None)
    assert facts[k("2031-04", "import", item="mobile_phones")] == (5.22e8, -1.9, None)
    assert facts[k("2031-04", "import", region="taiwan")] == (1.3e9, 12.6, None)
    assert k("2031-04", region="taiwan") not in facts


def test_a_korean_topic_keeps_its_flow_past_a_comma_list_of_causes() -> None:
    text = (
        "8월 ICT 수출 동향\n8월 ICT 수출은 162억 달러였다.\n"
        "반면 디스플레이는 경쟁사 증설, 패널 가격 하락으로 수출이 줄었다. 17억3천만달러로 전년 동월대비 9.6% 감소했다."
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", item="displays")] == (1.73e9, -9.6, None)
    assert facts[k("2031-08")] == (1.62e10, None, None)


def test_a_reason_set_off_by_commas_after_a_partner_is_no_subject() -> None:
    text = (
        "ICT exports in April\nICT exports rose 2 percent to $16 billion in April. "
        "Japan, on a slump in phone and TV sales, fell 4.1 percent to $210 million."
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2031-04", region="japan")] == (2.1e8, -4.1, None)
    assert k("2031-04", item="digital_tv", region="japan") not in facts


def test_an_item_that_led_the_group_exports_closed_by_a_comma_keeps_its_figures() -> None:
    text = (
        "ICT exports in April\nChip exports reached $9.2 billion in April, up 11 percent. "
        "Memory chips led the overall chip exports, rising by 41.3% year-on-year to US$5.12 billion."
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2031-04", item="semiconductors")] == (9.2e9, 11.0, None)
    assert facts[k("2031-04", item="memory")] == (5.12e9, 41.3, None)


def test_an_item_in_the_possessive_before_an_adjective_and_a_cause_noun_is_a_cause() -> None:
    text = (
        "지난해 IT 수출이 메모리의 꾸준한 강세와 노트북 등 신규 품목에 힘입어 "
        "연간 최대 실적인 1,610억달러를 달성했습니다."
    )
    facts = read(text, "2031-01-06")
    assert facts[k("2030-01/2030-12")] == (1.61e11, None, None)
    assert k("2030-01/2030-12", item="memory") not in facts


def test_the_year_earlier_period_as_a_clauses_subject_holds_its_amount() -> None:
    text = (
        "상반기 ICT 수출 감소\n올 상반기 ICT 수출이 줄었다. 비교 대상인 전년 동기가 역대 최고 실적(1310억 달러)이었던 "
        "만큼 기저효과가 컸다. 올 상반기 ICT 수출액은 972억 달러였다."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-01/2031-06")] == (9.72e10, None, 1.31e11)
    other = read(
        "상반기 ICT 수출 감소\n지난해 같은 기간 수출이 1310억 달러로 최고였던 탓이다. "
        "올 상반기 ICT 수출액은 972억 달러였다.",
        "2031-07-14",
    )
    assert other[k("2031-01/2031-06")][0] == 9.72e10


def test_a_bare_that_month_after_the_figure_is_the_month_named_before() -> None:
    text = (
        "ICT exports shrank last year\nKorea's ICT exports shrank in 2030.\n\n"
        "ICT exports slid for a ninth month in a row in November, the agency said. They stood at $15.3 billion "
        "that month, 7.4 percent less than a year earlier."
    )
    facts = read(text, "2031-01-19")
    assert facts[k("2030-11")] == (1.53e10, -7.4, None)


def test_the_total_a_figures_item_drove_is_no_subject_for_the_next_sentence() -> None:
    text = (
        "연간 ICT 수출\n2030년 ICT 수출이 늘었다. 품목별로는 디스플레이 수출액이 310억 달러를 기록하며 전체 ICT 수출 "
        "증가를 이끌었다. 전년 대비 12.4% 늘어난 규모다."
    )
    facts = read(text, "2031-01-14")
    assert facts[k("2030-01/2030-12", item="displays")] == (3.1e10, 12.4, None)
    assert k("2030-01/2030-12") not in facts


def test_a_threshold_after_a_subjectless_figure_keeps_the_subject_before() -> None:
    text = (
        "9월 ICT 수출\n주변기기 수출에서는 태블릿이 효자 품목으로 떠올랐다. "
        "7억2000만달러로 3개월 연속 월간 수출액 5억달러를 넘었다.\n\n이에 따라 지난달 ICT 수출은 191억달러였다."
    )
    facts = read(text, "2031-10-14")
    assert facts[k("2031-09")] == (1.91e10, None, None)


def test_the_total_a_figureless_sentences_item_drove_is_no_subject_either() -> None:
    text = (
        "연간 IT 수출\n지난해 IT 수출은 1310억달러였다. 특히 휴대폰은 전체 IT 수출 회복을 견인했다. "
        "수출액이 287억 4000만달러로, 지난해보다 4.6% 증가했다."
    )
    facts = read(text, "2031-01-07")
    assert facts[k("2030-01/2030-12", item="mobile_phones")] == (2.874e10, 4.6, None)


def test_a_level_a_figure_entered_is_a_bound_not_the_totals_figure() -> None:
    text = (
        "연간 IT 수출\n2030년 IT 수출은 1880억달러였다.\n"
        "특히 디스플레이는 412억달러를 나타내며 처음으로 연 수출 400억달러에 진입했습니다. 이는 21.5% 증가한 것입니다."
    )
    facts = read(text, "2031-01-10")
    assert facts[k("2030-01/2030-12")] == (1.88e11, None, None)
    assert facts[k("2030-01/2030-12", item="displays")] == (4.12e10, 21.5, None)


def test_this_after_an_items_figure_and_a_figureless_rank_in_the_whole_is_the_items() -> None:
    text = (
        "연간 IT 수출\n2030년 IT 수출은 1880억달러였다.\n"
        "특히 디스플레이는 2030년 412억달러를 나타내며 전체 수출 3위 품목에 올랐습니다. 이는 21.5% 증가한 것입니다."
    )
    facts = read(text, "2031-01-10")
    assert facts[k("2030-01/2030-12")] == (1.88e11, None, None)
    assert facts[k("2030-01/2030-12", item="displays")] == (4.12e10, 21.5, None)


@pytest.mark.parametrize(
    "text",
    [
        "2030년 ICT 수출은 2310억달러였다. 반도체를 뺀 ICT 수출은 880억달러로 3.1% 줄었다.",
        "반도체를 제외한 ICT 수출은 880억달러로 3.1% 줄었다. 2030년 ICT 수출은 2310억달러였다.",
        "ICT exports hit $231 billion in 2030. ICT exports excluding chips, however, fell 3.1% to $88 billion.",
        "Non-chip ICT exports fell 3.1% to $88 billion in 2030. ICT exports hit $231 billion.",
    ],
)
def test_the_ict_total_less_its_chips_is_a_series_of_its_own(text: str) -> None:
    facts = read(text, "2031-01-10")
    assert facts[k("2030-01/2030-12")] == (2.31e11, None, None)
    assert facts[k("2030-01/2030-12", item="other:ict excluding semiconductors")] == (8.8e10, -3.1, None)


def test_the_head_noun_of_an_item_named_as_a_cause_refers_back_to_it() -> None:
    text = (
        "South Korea's ICT exports rose in 2030.\n"
        "Display exports rose 8 percent to $15.2 billion in 2030 on strong demand for OLED panels. "
        "The panels alone fetched a record $6.1 billion."
    )
    facts = read(text, "2031-01-12")
    assert facts[k("2030-01/2030-12", item="oled")] == (6.1e9, None, None)
    assert k("2030-01/2030-12") not in facts


def test_a_partner_list_that_names_the_flow_again_keeps_the_item_named_once() -> None:
    text = (
        "지난달 ICT 수출은 150억달러였다. "
        "같은 기간 디스플레이의 인도 수출은 21.3%, 일본 수출은 11.6%, 대만 수출은 4.1% 늘었다."
    )
    facts = read(text, "2031-04-15")
    assert facts[k("2031-03", item="displays", region="japan")] == (None, 11.6, None)
    assert facts[k("2031-03", item="displays", region="taiwan")] == (None, 4.1, None)
    assert k("2031-03", region="japan") not in facts


def test_a_cause_that_opens_the_sentence_and_lifts_a_partners_exports_is_no_subject() -> None:
    text = (
        "ICT exports rose to $210 billion in 2030. Strong demand for displays lifted shipments to India 14 percent "
        "to $5.2 billion. Brisk sales of memory chips sent those to Brazil up 9.5 percent to $1.3 billion."
    )
    facts = read(text, "2031-01-12")
    assert facts[k("2030-01/2030-12", region="india")] == (5.2e9, 14.0, None)
    assert facts[k("2030-01/2030-12", region="other:brazil")] == (1.3e9, 9.5, None)


def test_items_of_a_partners_total_named_with_gaunde_do_not_go_on_to_the_next_partner() -> None:
    text = (
        "2030년 ICT 수출은 2200억달러였다. 중국은 1100억달러로 절반을 차지했다. 대중 수출 가운데 디스플레이는 "
        "51억달러로 12% 줄었지만 반도체는 700억달러로 21.5% 늘었다. 인도로는 180억달러를 수출해 6.4% 증가했다."
    )
    facts = read(text, "2031-01-12")
    assert facts[k("2030-01/2030-12", region="india")] == (1.8e10, 6.4, None)
    assert k("2030-01/2030-12", item="semiconductors", region="india") not in facts


def test_a_cause_closed_by_tat_e_after_the_topic_names_no_subject() -> None:
    text = (
        "8월 ICT 수출\n지난달 ICT 수출은 171억달러였다. 디스플레이는 TV용 LCD 재고가 쌓이고 OLED 주문이 줄어든 탓에 "
        "9억4000만달러에 머물렀다. 작년 같은 달보다 17.2% 감소한 규모다."
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", item="displays")] == (9.4e8, -17.2, None)
    assert k("2031-08", item="oled") not in facts
    assert k("2031-08", item="lcd") not in facts


def test_a_topic_marked_with_bumun_is_the_subject_past_a_part_in_its_cause() -> None:
    text = "8월 ICT 수출\n지난달 ICT 수출은 171억달러였다. 휴대폰 부문은 부분품 출하가 줄어 8억6000만달러에 그쳤다."
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", item="mobile_phones")] == (8.6e8, None, None)
    assert k("2031-08", item="mobile_phone_parts") not in facts


def test_a_year_named_as_the_base_of_a_multiple_does_not_date_the_next_clause() -> None:
    text = (
        "Korea IT exports hit record\nKorea's IT exports reached a record $171.2 billion last year, nearly triple "
        "the volume of IT exports in 2019, and the IT trade surplus hit $64.1 billion."
    )
    facts = read(text, "2031-01-07")
    assert facts[k("2030-01/2030-12", flow="balance")] == (6.41e10, None, None)
    assert k("2019-01/2019-12", flow="balance") not in facts


def test_a_year_in_brackets_after_the_year_before_names_the_base() -> None:
    text = "연간 ICT 수출\n2030년 ICT 수출은 2041억달러로 전년(2029년) 대비 3.7% 증가했다."
    facts = read(text, "2031-01-09")
    assert facts[k("2030-01/2030-12")] == (2.041e11, 3.7, None)
    assert k("2029-01/2029-12") not in facts


def test_the_time_of_a_figureless_clause_a_contrast_closes_does_not_date_the_figure() -> None:
    text = (
        "연간 ICT 수출\n지난해 ICT 수출은 2041억달러였다. 휴대폰은 상반기 높은 증가세를 이어갔으나 중국 업체의 "
        "추격에 밀리면서 231억 2000만달러 수출에 머물렀다."
    )
    facts = read(text, "2031-01-09")
    assert facts[k("2030-01/2030-12", item="mobile_phones")] == (2.312e10, None, None)
    assert k("2030-01/2030-06", item="mobile_phones") not in facts


def test_a_partner_importing_korean_goods_in_a_participle_buys_korea_s_exports() -> None:
    text = (
        "Korea IT exports\nKorea's IT exports rose 4.1 percent in 2030. India was the fastest-growing market, "
        "importing $12.4 billion worth of Korean IT goods."
    )
    facts = read(text, "2031-01-05")
    assert facts[k("2030-01/2030-12", region="india")] == (1.24e10, None, None)
    assert k("2030-01/2030-12", flow="import", region="india") not in facts


def test_the_country_that_logs_the_surplus_is_korea_not_the_partner_named_last() -> None:
    text = (
        "Korea IT trade\nKorea's ICT exports rose 5.1 percent to $17.2 billion in March 2031. Those to China rose 4.2"
        " percent, and those to Japan 3.3 percent. Imports of ICT goods rose 2.2 percent to $9.1 billion in March, "
        "with the country logging a surplus of $8.1 billion in the sector."
    )
    facts = read(text, "2031-04-14")
    assert facts[k("2031-03", flow="balance")] == (8.1e9, None, None)
    assert k("2031-03", flow="balance", region="japan") not in facts


def test_an_as_clause_about_demand_set_off_by_commas_names_no_subject_for_the_clause_after() -> None:
    text = (
        "Korea IT trade\nKorea's IT exports fell 2 percent to $11.9 billion in May 2031. Imports fell 6.1 percent to"
        " $5.2 billion, as demand for foreign-made phones and computers weakened, leaving a trade surplus of $6.7 "
        "billion."
    )
    facts = read(text, "2031-06-07")
    assert facts[k("2031-05", flow="balance")] == (6.7e9, None, None)
    assert k("2031-05", flow="balance", item="computers") not in facts


def test_a_flows_rate_after_an_items_amount_is_the_items_rate() -> None:
    text = (
        "5월 ICT 수출\n5월 ICT 수출은 172억 달러였다.\n\n"
        "메모리 수출은 48억 달러로 6.2% 줄었고, 컴퓨터는 11억 달러로 5월 수출 증가율이 17.5%에 달했다."
    )
    facts = read(text, "2031-06-13")
    assert facts[k("2031-05", item="computers")] == (1.1e9, 17.5, None)
    assert facts[k("2031-05")] == (1.72e10, None, None)


def test_re_imports_named_as_a_figures_cause_are_no_flow_of_their_own() -> None:
    text = (
        "5월 ICT 수출입\n5월 ICT 수출은 172억 달러였다.\n\n"
        "5월 수입은 83억 달러였다. 휴대폰은 5억4000만 달러로 6.6% 늘었는데, 이는 국내 업체의 역수입 물량 증가 "
        "때문이다. 디스플레이(3억2000만 달러)는 해외 공장 역수입 물량이 늘며 2.7% 증가했다."
    )
    facts = read(text, "2031-06-13")
    assert facts[k("2031-05", "import", "mobile_phones")] == (5.4e8, 6.6, None)
    assert facts[k("2031-05", "import", "displays")] == (3.2e8, 2.7, None)
    assert k("2031-05", "export", "mobile_phones") not in facts


def test_a_growth_rate_named_with_its_base_keeps_its_sign_whatever_the_rate_did() -> None:
    text = (
        "8월 ICT 수출\n8월 ICT 수출은 211억 달러였다. 다만 기세는 꺾였다. 8월 ICT 수출 증가율은 전년 동월 대비 "
        "11.3%로, 5~6월 40%대에서 7월 20%대로 내려온 뒤 8월 10%대로 주저앉았다."
    )
    facts = read(text, "2031-09-15")
    assert facts[k("2031-08")] == (2.11e10, 11.3, None)


def test_bil_and_mil_glued_to_a_dollar_amount_are_its_scale() -> None:
    text = (
        "S. Korea's ICT exports rise\n\nSEOUL: South Korea's ICT exports climbed in April.\n\n"
        "ICT shipments rose 6.4% to US$18.32bil in April, the ministry said. Handsets added 2.5% to US$640mil."
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2031-04")] == (1.832e10, 6.4, None)
    assert facts[k("2031-04", item="mobile_phones")] == (6.4e8, 2.5, None)


def test_a_year_earlier_without_a_comma_opens_a_sentence_on_last_years_period() -> None:
    text = (
        "ICT exports set a record\n\nSEOUL, March 12 -- Outbound shipments of ICT goods in February reached "
        "US$28.4 billion, the most for any February, the ministry said. A year earlier the figure had been "
        "$19.5 billion."
    )
    facts = read(text, "2031-03-12")
    assert facts[k("2031-02")] == (2.84e10, None, 1.95e10)


def test_a_tally_named_after_the_base_amount_keeps_it_the_year_earlier_value() -> None:
    text = (
        "ICT exports set a half-year record\n\nSEOUL -- Outbound shipments of ICT goods came to US$131.2 billion "
        "in the January-June period, the ministry said. That was 12.4 percent more than the $116.7 billion tally "
        "a year earlier."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-01/2031-06")] == (1.312e11, 12.4, 1.167e11)


def test_a_cause_set_off_after_the_partner_keeps_its_listed_items_out_of_the_subject() -> None:
    text = (
        "Korea ICT exports rise\n\nSEOUL -- Korea's ICT exports rose 9.9 percent to $19.1 billion in July, the "
        "ministry said.\n\nShipments to every major market went up. Vietnam, on increases in semiconductors, "
        "displays, and mobile phones, took $5.1 billion, a 12.2 percent growth."
    )
    facts = read(text, "2031-08-12")
    assert facts[k("2031-07", region="vietnam")] == (5.1e9, 12.2, None)
    assert k("2031-07", item="mobile_phones", region="vietnam") not in facts


def test_the_year_records_began_is_no_period_for_the_clauses_after_it() -> None:
    text = (
        "연간 ICT 수출입\n올해 나온 연간 동향에 따르면 지난해 ICT 수출은 2410억달러로 전년 대비 3.1% 늘어 1994년 통계 "
        "집계 이래 가장 많았으며, 수입은 1610억달러로 11.2% 증가해 무역수지는 800억달러 흑자였다."
    )
    facts = read(text, "2032-01-13")
    assert facts[k("2031-01/2031-12", "import")] == (1.61e11, 11.2, None)
    assert k("1994-01/1994-12", "import") not in facts


def test_a_bare_rate_among_minus_marked_rates_is_a_rise() -> None:
    text = (
        "8월 ICT 수출\n월별 ICT 수출 증감률은 지난해 11월 △4.6%, 올해 5월 △2.3%, 6월 6.7%, 7월 0.9%였다가 "
        "8월 △11.8%로 주저앉았다."
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-06")] == (None, 6.7, None)
    assert facts[k("2031-07")] == (None, 0.9, None)
    assert facts[k("2031-05")] == (None, -2.3, None)
    assert facts[k("2031-08")] == (None, -11.8, None)


def test_mid_sized_and_small_firms_written_with_a_space_are_no_country_total() -> None:
    text = (
        "7월 ICT 수출\n이에 따라 ICT 수출액은 203억4000만 달러를 기록했다. 이는 1년 전보다 11.2% 늘어난 것이다.\n"
        "지역별 수출액은 중국 96억2000만달러, 일본 4억1000만달러 순이다. 중소·중견 기업의 수출액은 51억7000만 "
        "달러로 1년 전보다 8.6% 증가했다."
    )
    facts = read(text, "2031-08-14")
    assert facts[k("2031-07")] == (2.034e10, 11.2, None)


def test_a_partner_named_before_any_figure_holds_for_the_items_listed_after_it() -> None:
    text = (
        "Korea's ICT exports fell in August 2031.\n"
        "To India, ICT sales weakened in chips (down 12.4 percent to $0.83 billion), displays (down 7.1 percent to"
        " $240 million) and computers and peripherals (down 19.6 percent to $130 million).\n\n"
        "Japan, by contrast, took more chips, up 4.4 percent to $370 million, and more handsets, up 9.3 percent to"
        " $150 million."
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", item="displays", region="india")] == (2.4e8, -7.1, None)
    assert facts[k("2031-08", item="computers_peripherals", region="india")] == (1.3e8, -19.6, None)
    assert facts[k("2031-08", item="mobile_phones", region="japan")] == (1.5e8, 9.3, None)
    assert k("2031-08", item="displays") not in facts
    assert k("2031-08", item="mobile_phones") not in facts


def test_that_country_and_shipped_there_refer_back_to_the_partner_named_before() -> None:
    text = (
        "Korea's ICT exports fell in August 2031.\n"
        "To India, ICT sales weakened in chips (down 12.4 percent to $0.83 billion) and displays (down 7.1 percent to"
        " $240 million). In all, exports to that country shrank 9.8 percent to $1.6 billion.\n\n"
        "Japan, by contrast, took more chips, up 4.4 percent to $370 million, and more handsets, up 9.3 percent to"
        " $150 million. ICT goods shipped there climbed 3.2 percent to $1.1 billion."
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", region="india")] == (1.6e9, -9.8, None)
    assert facts[k("2031-08", region="japan")] == (1.1e9, 3.2, None)
    assert k("2031-08") not in facts


def test_a_period_after_an_among_the_items_lead_in_frames_the_next_sentence() -> None:
    text = (
        "Korea's ICT exports rose in June 2031.\n"
        "Among key items, first-half exports of chips grew 8.2 percent from a year earlier, and handsets 3.3"
        " percent. Display exports fell 6.1 percent and network equipment slipped 1.4 percent."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-01/2031-06", item="displays")] == (None, -6.1, None)
    assert facts[k("2031-01/2031-06", item="communication_equipment")] == (None, -1.4, None)
    assert k("2031-06", item="displays") not in facts


def test_the_total_an_items_participle_lifted_is_no_subject_for_the_next_sentence() -> None:
    text = (
        "Korea's ICT exports rose in October 2031.\n"
        "Display panels, a key export item, rebounded for the first time in 9 months, lifting October's ICT"
        " exports. Their exports increased by 2.2% to $2.12B."
    )
    facts = read(text, "2031-11-14")
    assert facts[k("2031-10", item="displays")] == (2.12e9, 2.2, None)
    assert k("2031-10") not in facts


def test_a_month_ranked_as_the_best_of_its_kind_dates_the_bare_year_after() -> None:
    text = (
        "ICT exports set a record\nKorea's ICT exports hit $21.3 billion in May 2031. That is the strongest May on"
        " the books, beating the old high of $19.4 billion reached in 2029."
    )
    facts = read(text, "2031-06-12")
    assert facts[k("2029-05")] == (1.94e10, None, None)
    assert k("2029-01/2029-12") not in facts


# An ICT total below what Korea's ICT exports (imports) have been in any month since 2007, about $6 billion ($2.5
# billion) a month, is a part's figure bound to the total's words: refused, and the key left for the total's own.
@pytest.mark.parametrize(
    ("published", "text", "absent"),
    [
        ("2031-08-14", "Korea's ICT exports came to $840 million in July 2031, the ministry said.", k("2031-07")),
        ("2031-04-14", "ICT imports were $1.9 billion in March 2031, down 2.2 percent.", k("2031-03", "import")),
        ("2032-01-14", "2031년 ICT 수출은 627억 달러로 집계됐다.", k("2031-01/2031-12")),
        ("2031-10-14", "3분기 정보통신기술 수입은 61억 달러였다.", k("2031-07/2031-09", "import")),
    ],
)
def test_an_ict_total_below_any_months_since_2007_is_refused(published: str, text: str, absent: Key) -> None:
    assert read(text, published).get(absent, (None,))[0] is None


def test_a_refused_small_total_leaves_the_key_to_the_totals_own_figure() -> None:
    text = (
        "ICT exports by start-ups reached $930 million in July 2031.\n"
        "In July 2031 ICT exports totaled $17.2 billion, up 3.1 percent from a year earlier."
    )
    assert read(text, "2031-08-14")[k("2031-07")] == (1.72e10, 3.1, None)


def test_a_small_year_earlier_total_is_refused_and_an_old_small_total_is_kept() -> None:
    text = "ICT exports rose 2.5 percent on-year to $18.4 billion in May 2031. A year earlier they were $940 million."
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05")] == (1.84e10, 2.5, None) and k("2030-05") not in facts
    assert read("1996년 정보통신 수출은 412억 달러였다.", "2019-03-17")[k("1996-01/1996-12")] == (4.12e10, None, None)


# An ICT total above $40 billion a month is no month's: a month's moves to its running total, or is dropped where
# there is none to take it (January's own); a span's above $40 billion for each of its months is refused (all goods).
@pytest.mark.parametrize(
    ("published", "text", "absent"),
    [
        ("2031-02-14", "Korea's ICT exports reached $61.2 billion in January 2031, up 4.2 percent.", k("2031-01")),
        ("2032-01-14", "2031년 정보통신 수출은 5,120억 달러로 4.2% 늘었다.", k("2031-01/2031-12")),
    ],
)
def test_an_ict_total_above_any_periods_is_refused(published: str, text: str, absent: Key) -> None:
    assert read(text, published)[absent] == (None, 4.2, None)


# A change whose verb is elided ("monitors fell 6.3 percent and printers 0.5 percent") keeps the verb before it: the
# verb after "though"/"although" is another clause's, and a verb in the next sentence does not re-sign it.
@pytest.mark.parametrize(
    ("text", "key", "change"),
    [
        (
            "Monitor exports fell 6.3 percent to $3.2 billion in May 2031 and computers and peripherals 0.5 percent,"
            " though exports of tablet PCs grew 120 percent.",
            k("2031-05", item="computers_peripherals"),
            -0.5,
        ),
        (
            "Monitor exports fell 3.5% to USD3.31 billion in May 2031, though monitor exports to Japan rose 2.2% and"
            " those to the US 6.4%.\n\nTV exports declined for a fourth month.",
            k("2031-05", item="displays", region="us"),
            6.4,
        ),
    ],
)
def test_an_elided_verbs_change_keeps_the_verb_before_it(text: str, key: Key, change: float) -> None:
    assert read(text, "2031-06-14")[key][1] == change


# Where a list of monthly changes writes the statistical minus "△" on its falls, a bare change in it is a rise,
# whatever verb closes the list after a later "△" figure.
def test_a_bare_change_in_a_list_that_marks_its_falls_is_a_rise() -> None:
    text = (
        "5월 ICT 수출은 101억불로 12.1% 감소했다.\n\n"
        "월별 증감률은 지난해 12월 △3.5%, 올해 1월 △6.2%, 3월 4.4%, 4월 2.3%에 이어 5월 △12.1%로 떨어졌다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-03")][1] == 4.4 and facts[k("2031-04")][1] == 2.3 and facts[k("2031-01")][1] == -6.2


# "각각" lists the figures of the names of its own clause: partners named in an earlier clause with figures of their
# own do not count ("미국 수출은 …% 급증했고, 중국·EU·베트남 수출도 각각 a%, b%, c% 늘었다").
def test_respectively_lists_the_partners_of_its_own_clause() -> None:
    text = (
        "5월 반도체의 미국 수출이 9억달러로 1년 전보다 88.1% 급증했고, 중국(홍콩 포함)·유럽연합(EU)·베트남으로의"
        " 반도체 수출도 각각 12.4%, 24.8%, 3.2% 늘었다."
    )
    facts = read(text, "2031-06-14")
    for region, change in (("china", 12.4), ("eu", 24.8), ("vietnam", 3.2)):
        assert facts[k("2031-05", item="semiconductors", region=region)][1] == change


# A figure-free clause joined by a verb's -고 to the cause clause after it is part of that cause: its partners are
# no destination of the figure that follows.
def test_a_clause_joined_to_a_cause_clause_is_background_too() -> None:
    text = (
        "반도체 호조 속에 미국·인도·일본 등 주요국 수출이 늘어나고 중동·중남미 등 신흥시장 수출도 증가하면서 5월"
        " ICT 수출이 1년 전보다 6.1% 증가한 150억2000만달러를 기록했으며, 수입은 3.5% 늘어난 80억1000만달러였다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05")] == (1.502e10, 6.1, None) and facts[k("2031-05", flow="import")] == (8.01e9, 3.5, None)


# A figure-free sentence that opens a paragraph and names one period frames the figures after it, wherever in it the
# period stands, over a month series read in the paragraph before.
def test_a_figure_free_paragraph_opener_names_the_period_of_what_follows() -> None:
    text = (
        "ICT exports were down 2.2 per cent on-year in September 2030, 5 per cent in October and 11.4 per cent in"
        " November.\n\nEvery major product line shrank in December compared with a year earlier. Semiconductors"
        " brought in $5.12 billion, down 12.1 per cent."
    )
    facts = read(text, "2031-01-15")
    assert facts[k("2030-12", item="semiconductors")] == (5.12e9, -12.1, None)


def test_a_share_sized_in_words_names_no_subject() -> None:
    text = (
        "지난해 디스플레이 수출은 341.6억달러로 전체 ICT 수출의 절반에 가까운 46%를 차지했으며, "
        "전년대비로는 7.3% 늘었다."
    )
    facts = read(text, "2031-01-15")
    assert facts[k("2030-01/2030-12", item="displays")] == (3.416e10, 7.3, None)
    assert k("2030-01/2030-12") not in facts


def test_the_whole_an_item_led_is_no_subject() -> None:
    text = (
        "Memory chips led overall semiconductor exports in March, climbing 41.2% year-on-year to US$7.35 billion. "
        "Semiconductors as a whole reached US$10.2 billion, up 16.8%."
    )
    facts = read(text, "2031-04-15")
    assert facts[k("2031-03", item="memory")] == (7.35e9, 41.2, None)
    assert facts[k("2031-03", item="semiconductors")] == (1.02e10, 16.8, None)
    assert read("Displays led overall ICT exports in May, rising 12.4% to US$3.1 billion.", "2031-06-15")[
        k("2031-05", item="displays")
    ] == (3.1e9, 12.4, None)


def test_a_bare_flow_after_the_storys_year_completes_the_last_subject() -> None:
    text = (
        "디스플레이는 대형 패널 수요 회복에 힘입어 300억달러를 넘어섰다. 지난해 수출은 318억달러에 달했으며, "
        "이는 전년대비 5.2% 증가한 규모다.\n이로써 2030년 ICT 수출액은 1,912억 달러로 역대 최고치를 기록했다."
    )
    facts = read(text, "2031-01-15")
    assert facts[k("2030-01/2030-12", item="displays")] == (3.18e10, 5.2, None)
    assert facts[k("2030-01/2030-12")] == (1.912e11, None, None)


def test_a_name_given_as_an_example_of_a_kind_of_goods_is_no_subject() -> None:
    """A name before "등 고부가 제품" is one example of the goods, whatever adjective stands before the generic
    noun; the figure stays the topic's."""
    text = (
        "메모리 반도체는 데이터센터 투자 확대로 고대역폭메모리(HBM) 등 고부가 제품 수출이 18.4% 늘어난 64억 달러를 "
        "기록했다. 디스플레이는 OLED 등 프리미엄 패널 수출이 부진해 7.3% 줄어든 15억 달러였다."
    )
    facts = read(text, "2031-04-15")
    assert facts[k("2031-03", item="memory")] == (6.4e9, 18.4, None)
    assert facts[k("2031-03", item="displays")] == (1.5e9, -7.3, None)
    assert k("2031-03", item="hbm") not in facts and k("2031-03", item="oled") not in facts


def test_a_topic_and_a_subject_marked_after_it_are_no_list_of_two() -> None:
    """In "A 수출은 B가 X로 … Y를 넘겼다" A is marked as the topic before B is named, so the two figures after them are
    no row of A's and B's; X is B's, and Y a bound."""
    text = (
        "3월 ICT 수출은 171억 달러로 6.2% 늘었다.\n"
        "컴퓨터·주변기기 수출은 SSD가 7억4000만달러로 넉 달째 수출액 7억달러를 넘기며 실적을 이끌었다."
    )
    facts = read(text, "2031-04-15")
    assert facts[k("2031-03", item="ssd")] == (7.4e8, None, None)
    assert k("2031-03", item="computers_peripherals") not in facts


def test_the_whole_after_a_parts_clause_is_the_marked_topics() -> None:
    """In "휴대폰은 부분품 수출이 X로 … 늘면서 전체 Y로" the part's clause gives the part's figures, and "전체" before
    a figure names the whole, the topic the part belongs to."""
    text = (
        "2월 ICT 수출은 143억 달러로 1.8% 늘었다.\n"
        "휴대폰은 부분품 수출이 9억6000만달러로 27.5% 늘면서 전체 16억2000만달러로 4.4% 증가했다."
    )
    facts = read(text, "2031-03-15")
    assert facts[k("2031-02", item="mobile_phone_parts")] == (9.6e8, 27.5, None)
    assert facts[k("2031-02", item="mobile_phones")] == (1.62e9, 4.4, None)


def test_the_level_of_last_year_is_a_comparison_not_a_period() -> None:
    """In "back to the level of last year" and "지난해 수준을 회복하며" the year before is what the figure is compared
    with, not the period it is for."""
    english = (
        "IT exports edge down in August\n"
        "Korea's IT exports slipped 0.9% to USD13.7 billion in August, the ministry said.\n"
        "Display exports climbed back to the level of last year, recording USD2.63 billion, up 0.4% from a year "
        "before."
    )
    assert read(english, "2031-09-04")[k("2031-08", item="displays")] == (2.63e9, 0.4, None)
    korean = (
        "8월 IT 수출 0.9% 감소\n8월 IT 수출은 137억 달러로 0.9% 줄었다.\n"
        "휴대폰 수출은 작년 수준에 못 미치는 16억4000만달러로 3.7% 감소했다."
    )
    facts = read(korean, "2031-09-04")
    assert facts[k("2031-08", item="mobile_phones")] == (1.64e9, -3.7, None)
    assert k("2030-01/2030-12", item="mobile_phones") not in facts


def test_quarters_in_a_row_name_no_quarter() -> None:
    """A quarter count in a row ("3분기 연속 증가") names no quarter; the balance after it is the report's."""
    text = (
        "5월 IT 수출 13% 증가\n5월 IT 수출은 131억 달러로 13.2% 늘었다.\n"
        "휴대폰을 뺀 IT 수출이 4분기 연속 늘면서 IT 수지는 61억4000만달러 흑자를 기록했다."
    )
    facts = read(text, "2031-06-03")
    assert facts[k("2031-05", flow="balance")] == (6.14e9, None, None)
    assert all("/" not in key[0] for key in facts)


def test_a_two_digit_year_before_a_month_dates_a_record() -> None:
    """A year cut to two digits without an apostrophe dates a record when a month follows ("07년 10월")."""
    text = (
        "4월 IT 수출 사상 최대\n4월 IT 수출은 128억 달러로 39.5% 늘었다.\n"
        "반도체는 43억1천만달러로 종전 최대치인 07년 10월 36억2천만달러를 30개월 만에 넘어섰다."
    )
    facts = read(text, "2031-05-04")
    assert facts[k("2031-04", item="semiconductors")] == (4.31e9, None, None)
    assert facts[k("2007-10", item="semiconductors")] == (3.62e9, None, None)


def test_a_change_in_a_flow_of_an_item_named_after_it() -> None:
    """In "on a 24.3-percent rise in overseas sales of solid-state drives" the flow comes first, then "of" and the
    item the change belongs to."""
    text = (
        "ICT exports climb in May\nKorea's ICT exports rose 9.4 percent to $16.8 billion in May.\n"
        "Exports of computers and peripheral devices gained 2.2 percent to $874 million on a 24.3-percent rise in "
        "overseas sales of solid-state drives."
    )
    facts = read(text, "2031-06-12")
    assert facts[k("2031-05", item="computers_peripherals")] == (8.74e8, 2.2, None)
    assert facts[k("2031-05", item="ssd")] == (None, 24.3, None)


def test_a_relative_clause_on_a_causes_noun_in_a_sentence_naming_no_subject() -> None:
    """In "… thanks to the surge in solid-state drives (SSDs), which soared …" the clause's figures are the cause
    noun's, also when nothing else in the sentence is named (not the subject of the sentence before)."""
    text = (
        "ICT exports rebound in 2030\n\nKorea's ICT exports rose 3.6 percent to $181.2 billion last year, the "
        "ministry said.\nComputers and peripheral devices also posted a 39.5 percent growth to $11.7 billion. "
        "This is the highest value in history thanks to the surge in solid-state drives (SSDs), which soared 71.4 "
        "percent to $8.2 billion."
    )
    facts = read(text, "2031-01-18")
    assert facts[k("2030-01/2030-12", item="computers_peripherals")] == (1.17e10, 39.5, None)
    assert facts[k("2030-01/2030-12", item="ssd")] == (8.2e9, 71.4, None)


def test_a_figureless_lead_in_on_imports_heads_the_paragraphs_after_it() -> None:
    """A paragraph of one sentence without figures that opens "For imports," leads into the imports' section, as a
    heading does: the flow-less figures after it, even before a later "imports of …", are imports."""
    text = (
        "ICT exports slip in June\n\nICT exports fell 2.6 percent to $14.7 billion in June, while imports rose 1.9 "
        "percent to $8.8 billion.\n\nFor imports, chips contracted while computers and peripheral devices and "
        "displays advanced.\n\nThe value of computers and peripheral devices jumped 27.3 percent to $1.2 billion and "
        "imports of displays rose 9.6 percent to $377 million."
    )
    facts = read(text, "2031-07-15")
    assert facts[k("2031-06", flow="import", item="computers_peripherals")] == (1.2e9, 27.3, None)
    assert facts[k("2031-06", flow="import", item="displays")] == (3.77e8, 9.6, None)
    assert k("2031-06", item="computers_peripherals") not in facts


def test_a_line_opening_on_the_same_period_goes_on_with_the_line_before() -> None:
    """Where every sentence has its own line, "작년 같은 기간 …보다 N% 늘었다" goes on with the period of the line
    before it (a running total), not the report's month."""
    text = (
        "ICT 수출 1~8월 최대\n과기부는 13일 8월 ICT 수출입 동향을 내놨다.\n"
        "8월 ICT 수출은 171억2000만 달러로 전년 동월 대비 6.1% 늘었다.\n수입은 92억 달러로 2.4% 줄었다.\n"
        "올해 1~8월 누적 ICT 수출은 1377억 달러로 역대 최대였다.\n작년 같은 기간 1301억 달러보다 5.8% 많다.\n"
        "반도체는 88억4000만 달러로 9.7% 증가했다.\n"
    )
    facts = read(text, "2031-09-13")
    assert facts[k("2031-01/2031-08")] == (1.377e11, 5.8, 1.301e11)
    assert facts[k("2031-08")] == (1.712e10, 6.1, None)


def test_a_listed_companys_move_in_a_market_wrap_is_no_trade_figure() -> None:
    """A market wrap beside the trade data: "SK hynix added 2.8 percent" on a line of its own is the shares', not
    the ICT exports' the headline names."""
    text = (
        "KOSPI up for second day; tech exports fall for 9th month\n"
        "SEOUL, Aug. 13 (Wire) -- Korean shares rose for a second session, with the KOSPI up 0.4 percent.\n"
        "Samsung Electronics climbed 1.1 percent to 44,900 won and SK hynix added 3.3 percent.\n"
        "After the close, the ministry released trade data.\n"
        "Exports of ICT goods fell 17.6 percent on-year to $15.7 billion in July.\n"
    )
    facts = read(text, "2031-08-13")
    assert facts[k("2031-07")] == (1.57e10, -17.6, None)


def test_a_year_earlier_value_the_current_prior_disputes_is_dropped() -> None:
    """The line "지난해 1월(158억2000만달러)보다 …" states the total's year-earlier value; a line of its own that
    dates another amount to that month without naming its subject (an item's) is not the total's."""
    text = (
        "1월 ICT 수출 16% 감소\n"
        "1월 ICT 수출은 132억9000만달러로 지난해 1월(158억2000만달러)보다 16.0% 감소했다.\n"
        "수입은 81억1000만달러로 4.9% 줄었다.\n"
        "반도체 수출은 72억3000만달러로 22.8% 줄었다.\n"
        "지난해 1월 96억3000만달러로 처음 90억달러를 넘었던 것과 대조적이다.\n"
    )
    facts = read(text, "2031-02-14")
    assert facts[k("2031-01")] == (1.329e10, -16.0, 1.582e10)
    assert facts[k("2030-01")][0] == 1.582e10


def test_the_country_after_a_partners_adjective_is_that_partner() -> None:
    """An adjective names the partner "the country" refers to ("Japanese buyers held back: Korea's display exports
    to the country …"); "the country's exports" after one stay Korea's own."""
    text = (
        "ICT exports fell 8.2 percent to $14.1 billion in March.\n"
        "Japanese orders for panels were thin: Korea's display exports to the country dropped 12.4 percent to "
        "$410 million.\n"
        "Despite Vietnamese factory closures, the country's phone exports grew 3.3 percent to $1.02 billion.\n"
    )
    facts = read(text, "2031-04-14")
    assert facts[k("2031-03", item="displays", region="japan")] == (4.1e8, -12.4, None)
    assert facts[k("2031-03", item="mobile_phones")] == (1.02e9, 3.3, None)


def test_a_partner_nobody_named_keeps_its_figures_out_of_the_world() -> None:
    """A partner referred to but never named in its paragraph ("imports from the island"): the figure is some
    partner's, never the world's (the world's import of the item, given later, stays right)."""
    text = (
        "ICT imports rose 4.4 percent to $9.7 billion in the first half.\n"
        "Chip imports from the island climbed 12.8 percent to $6.21 billion.\n"
        "Imports of chips from all partners edged up 0.6 percent to $14.02 billion.\n"
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-01/2031-06", flow="import", item="semiconductors")] == (1.402e10, 0.6, None)
    assert not [key for key, figures in facts.items() if figures[0] == 6.21e9]
    korean = (
        "상반기 ICT 수입은 97억 달러로 4.4% 늘었다.\n"
        "해당 국가로부터의 반도체 수입은 62.1억 달러로 12.8% 증가했다.\n"
        "전체 반도체 수입은 140.2억 달러로 0.6% 늘었다.\n"
    )
    facts = read(korean, "2031-07-14")
    assert facts[k("2031-01/2031-06", flow="import", item="semiconductors")] == (1.402e10, 0.6, None)


def test_a_market_trackers_world_count_of_a_product_is_not_korean_trade() -> None:
    """A research firm's count of a product shipped or sold the world over ("Worldwide notebook shipments …", "세계
    태블릿 출하량은 …") is the world market's: neither Korea's export of the item nor its ICT total."""
    text = (
        "Laptop slump deepens\n"
        "Worldwide notebook shipments slid 8.7 percent on-year to 41 million units in the second quarter, a "
        "tracker said.\n"
        "South Korea's ICT exports grew 2.6 percent to $17.3 billion in June. Computers and peripherals sank 5.5 "
        "percent to $810 million.\n"
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-06")] == (1.73e10, 2.6, None)
    assert facts[k("2031-06", item="computers_peripherals")] == (8.1e8, -5.5, None)
    assert len(facts) == 2
    korean = (
        "6월 ICT 수출은 173억 달러로 2.6% 늘었다. 휴대폰 수출은 12억4000만 달러로 7.7% 줄었다.\n"
        "조사업체 집계로 2분기 세계 스마트폰 출하량은 작년 같은 기간보다 4% 감소했다.\n"
    )
    facts = read(korean, "2031-07-14")
    assert facts[k("2031-06", item="mobile_phones")] == (1.24e9, -7.7, None)
    assert len(facts) == 2


def test_a_year_closing_parentheses_dates_only_their_figure() -> None:
    """The year that closes parentheses after a figure of their own ("$1.2 billion ($1.1 billion in 2029)") dates
    that figure, the year-earlier one, not the sentence; also after the sentence's own period ("last year (…)")."""
    text = (
        "ICT trade hits a high\n"
        "Yearly ICT exports reached US$191.3 billion (US$180.6 billion in 2029), up 5.9 percent, while imports "
        "came to US$101.2 billion, up 2.2 percent.\n"
        "Display exports totalled US$22.4 billion last year (US$24.0 billion in 2029), down 6.7 percent.\n"
    )
    facts = read(text, "2031-01-14")
    assert facts[k("2030-01/2030-12")] == (1.913e11, 5.9, 1.806e11)
    assert facts[k("2030-01/2030-12", flow="import")] == (1.012e11, 2.2, None)
    assert facts[k("2030-01/2030-12", item="displays")] == (2.24e10, -6.7, 2.4e10)


def test_the_knowledge_economy_ministrys_all_industry_figures_are_not_it() -> None:
    """From 2008 to 2013 one ministry (지식경제부) gave the all-industry and the IT figures: "지식경제부에 따르면 …
    전체 수출은" recalls the all-industry release, and the IT release's figures after it stay the IT totals."""
    text = (
        "IT 수출 석 달째 증가\n"
        "지식경제부에 따르면 4월 전체 수출은 462억7000만달러로 작년 같은 달보다 3.3% 늘었고 수입은 "
        "431억5000만달러였다. 무역수지는 31억2000만달러 흑자다.\n"
        "지경부가 따로 낸 '4월 IT 수출입 동향'에 따르면 IT 수출은 141억2000만달러로 전년 동월 대비 5.6% "
        "늘었다. IT 수입은 69억9000만달러로 1.8% 증가했다.\n"
    )
    facts = read(text, "2012-05-14")
    assert facts[k("2012-04")] == (1.412e10, 5.6, None)
    assert facts[k("2012-04", flow="import")] == (6.99e9, 1.8, None)
    assert not [key for key in facts if key[0] != "2012-04" or key[1] == "balance"]


def test_a_korean_clause_joined_by_and_goes_on_about_the_same_partner() -> None:
    """The item of the clause after "and" is the same partner's ("대일 디스플레이 수출이 … 늘었고, 휴대폰은 …"), as
    after a contrast ("…지만, 휴대폰은 …")."""
    text = (
        "대일 IT 수출 호조\n"
        "3월 일본에 대한 IT 수출은 11억2000만달러로 9.9% 늘었다.\n"
        "대일 디스플레이 수출이 2억8000만달러로 14.1% 늘었고, 휴대폰은 1억1000만달러로 3.2% 감소했다.\n"
    )
    facts = read(text, "2012-04-16")
    assert facts[k("2012-03", item="mobile_phones", region="japan")] == (1.1e8, -3.2, None)
    assert k("2012-03", item="mobile_phones") not in facts


def test_a_year_to_date_lead_is_the_reports_period_across_paragraphs() -> None:
    """A story led by the running total to the release's month ("올해 1~9월 대일 IT 수출은 …", "In the first
    nine months, …") and by no month's total: the paragraphs after it that name no period are about the same span."""
    text = (
        "대일 IT 교역 확대\n"
        "지식경제부에 따르면 올해 1~9월 일본에 대한 IT 수출은 41억3000만달러로 전년 동기 대비 8.8% 늘었다.\n"
        "대일 IT 수입은 77억1000만달러로 2.9% 증가했고, 대일 IT 무역수지는 35억8000만달러 적자였다.\n"
    )
    facts = read(text, "2012-10-22")
    assert facts[k("2012-01/2012-09", flow="import", region="japan")] == (7.71e9, 2.9, None)
    assert facts[k("2012-01/2012-09", flow="balance", region="japan")][0] == -3.58e9
    english = (
        "IT exports to India climb\n"
        "In the January-September period, IT exports to India rose 14.2 percent on-year to $1.83 billion, "
        "the ministry said.\n"
        "Imports from India grew 6.1 percent to $310 million.\n"
    )
    facts = read(english, "2012-10-22")
    assert facts[k("2012-01/2012-09", flow="import", region="india")] == (3.1e8, 6.1, None)


def test_the_year_earlier_balance_named_before_its_amount_is_the_prior() -> None:
    """The balance word between the year-earlier marker and the amount in brackets ("전년 동월 흑자(…)보다는 …")
    names what the amount was, the balance's prior, also in a sentence of its own with no subject."""
    text = (
        "5월 ICT 수지 흑자\n"
        "5월 ICT 수출은 163억4000만 달러로 4.2% 늘었다. 수입은 88억2000만 달러였고 무역수지는 75억2000만 달러 "
        "흑자였다. 전년 동월 흑자(69억9000만 달러)보다는 5억3000만 달러 많다.\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", flow="balance")] == (7.52e9, None, 6.99e9)


def test_a_figure_in_its_own_flow_takes_the_period_after_the_flow() -> None:
    """An amount followed by the flow it counts and then its period ("with $61.2 billion in ICT exports for the
    year", "$12.4 billion in annual ICT exports") is dated by that period, not by a month carried from before."""
    text = (
        "ICT exports edge up in 2030\n"
        "Korea's ICT exports for all of 2030 reached $201.7 billion, up 1.9 percent.\n"
        "Display exports fell 4.4 percent to $1.9 billion in December.\n"
        "Vietnam stayed second with $61.2 billion in ICT exports for the year, up 6.6 percent, and India took "
        "$12.4 billion in annual ICT exports, up 9.1 percent.\n"
    )
    facts = read(text, "2031-01-14")
    assert facts[k("2030-01/2030-12", region="vietnam")] == (6.12e10, 6.6, None)
    assert facts[k("2030-01/2030-12", region="india")] == (1.24e10, 9.1, None)


def test_an_amount_alone_in_brackets_that_the_change_leads_from_is_the_prior() -> None:
    """An amount alone in brackets after the figure's amount ("to US$18.8 billion (US$17.9 billion)") is the
    year-earlier one when the change is the step between them; a part or a conversion in brackets is not."""
    text = (
        "ICT exports hit a high\n"
        "Annual ICT exports came to US$211.4 billion (US$203.3 billion), up 4.0 percent on-year.\n"
        "Displays rose 5.0 percent to US$18.8 billion (US$17.9 billion).\n"
        "Phones fell 2.0 percent to US$9.8 billion (US$4.1 billion).\n"
    )
    facts = read(text, "2031-01-14")
    assert facts[k("2030-01/2030-12")] == (2.114e11, 4.0, 2.033e11)
    assert facts[k("2030-01/2030-12", item="displays")] == (1.88e10, 5.0, 1.79e10)
    assert facts[k("2030-01/2030-12", item="mobile_phones")][2] is None


def test_a_change_in_brackets_after_a_months_value_is_that_months() -> None:
    """The bracketed change after a value's month ("$14.2 billion in April (up 2.2%), $15.0 billion in May (down
    0.4%)") is that month's, not the next value's; a verb's change after it ("…, slowing from …") is not."""
    text = (
        "ICT exports up 1.1% in second quarter\n"
        "Korea's ICT exports in the second quarter came to US$44.9 billion, up 1.1% on-year.\n"
        "By month, exports were US$14.2 billion in April (up 2.2%), US$15.0 billion in May (down 0.4%) and "
        "US$15.7 billion in June (up 1.6%).\n"
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-04")] == (1.42e10, 2.2, None)
    assert facts[k("2031-05")] == (1.5e10, -0.4, None)
    assert facts[k("2031-06")] == (1.57e10, 1.6, None)


def test_a_boom_in_the_headline_is_a_reason_not_the_items_change() -> None:
    """A headline's "on display boom, up 6.6%" or "as memory boom rolls on" names why the total moved: the change
    is the total's, and the item keeps the change its own sentence gives."""
    for headline in ("ICT exports rise on display boom, up 6.6% in May", "ICT exports up 6.6% as OLED boom rolls on"):
        text = (
            f"{headline}\n"
            "Korea's ICT exports rose 6.6 percent on-year to $18.2 billion in May.\n"
            "Displays jumped 21.3 percent to $2.6 billion.\n"
        )
        facts = read(text, "2031-06-14")
        assert facts[k("2031-05", item="displays")] == (2.6e9, 21.3, None)
        assert facts[k("2031-05")] == (1.82e10, 6.6, None)


def test_a_change_beside_a_dated_prior_in_brackets_is_the_current_values() -> None:
    """The change beside a dated year-earlier amount in brackets ("…억 달러(2029년 …억 달러, 4.4%↑)") is the step
    from it to the value before the brackets: that value's change, not the earlier year's."""
    text = (
        "지난해 ICT 수출 2031억 달러\n"
        "2030년 ICT 수출은 2031억 달러로 집계됐다. 대인도 수출은 52억2000만 달러(2029년 50억 달러, 4.4%↑), "
        "대일 수출은 43억7000만 달러(2029년 47억 달러, △7.0%)였다.\n"
    )
    facts = read(text, "2031-01-15")
    assert facts[k("2030-01/2030-12", region="india")] == (5.22e9, 4.4, 5.0e9)
    assert facts[k("2030-01/2030-12", region="japan")] == (4.37e9, -7.0, 4.7e9)


def test_an_items_slump_amid_which_the_total_moved_is_a_reason() -> None:
    """A headline's "반도체 부진 속 1.2% 증가" (amid the chips' slump) names why the total moved: the change is the
    total's, and the item keeps its own sentence's change."""
    text = (
        "4월 ICT 수출 171억 달러…반도체 부진 속 1.2% 증가\n"
        "4월 ICT 수출은 171억3000만 달러로 1.2% 늘었다. 반도체 수출은 80억2000만 달러로 6.6% 줄었다.\n"
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2031-04", item="semiconductors")] == (8.02e9, -6.6, None)
    assert facts[k("2031-04")] == (1.713e10, 1.2, None)


def test_a_figures_first_line_closed_by_the_months_total_alone_is_that_months() -> None:
    """Figures first, then "that was the March tally alone": the month named after the figures dates them, as it
    does without "alone"."""
    text = (
        "$52.3 billion in the first quarter\n"
        "$52.3 billion. That is what Korea's ICT exports came to in the first quarter, up 3.4 percent on-year.\n"
        "$18.1 billion, up 5.5 percent: that was the March tally alone.\n"
    )
    facts = read(text, "2031-04-14")
    assert facts[k("2031-03")] == (1.81e10, 5.5, None)


def test_dollars_worth_of_goods_to_a_partner_in_a_year_is_that_years() -> None:
    """The year after the goods and the partner ("Korea sold 4.18 billion dollars' worth of ICT goods to India in
    2030") dates the amount, as it dates the change after it."""
    text = (
        "Korea's ICT sales to India grow\n"
        "NEW DELHI -- Korea sold 4.18 billion dollars' worth of ICT goods to India in 2030, 8.3 percent more than a "
        "year earlier, according to Seoul's science ministry.\n"
        "Korea's ICT exports worldwide grew 1.1 percent to 201.7 billion dollars last year.\n"
    )
    facts = read(text, "2031-01-20")
    assert facts[k("2030-01/2030-12", region="india")] == (4.18e9, 8.3, None)


def test_a_contract_chip_named_lower_is_its_price_not_its_exports() -> None:
    """A chip named after "contract" ("contract NAND is already 6-9% lower") is its contract price, as "NAND
    contract prices" are: no change in NAND exports."""
    text = (
        "Korea's ICT exports fell 4.1 percent to $15.2 billion in March 2031.\n"
        "Our view: flash prices topped out in Q1 and contract NAND is already 6-9% lower; exports may shrink by Q4.\n"
    )
    facts = read(text, "2031-04-14")
    assert facts[k("2031-03")] == (1.52e10, -4.1, None)
    assert not [key for key in facts if key[2] == "nand"]


def test_the_months_so_far_named_back_before_any_verb_are_the_cumulative_period() -> None:
    """After the lead has named "the first eight months", "exports for the eight months stood at …" in a while
    clause is that running total, whatever verb follows it."""
    text = (
        "Korea's ICT shipments to Japan rise in Jan-Aug\n"
        "TOKYO, Sept 16: South Korea's ICT exports to Japan rose 6.1 per cent to $2.04 billion in the first eight"
        " months of 2031.\n"
        "Overall, Korea's ICT exports in August slipped 1.9 per cent to $15.33 billion, while exports for the eight"
        " months stood at $126.71 billion, up 2.8 per cent.\n"
    )
    facts = read(text, "2031-09-16")
    assert facts[k("2031-01/2031-08")] == (1.2671e11, 2.8, None)
    assert facts[k("2031-08")] == (1.533e10, -1.9, None)


def test_an_item_the_text_puts_outside_ict_gives_no_fact() -> None:
    """Goods the text itself says are not counted as ICT ("which are not counted as ICT goods", "Outside the ICT
    category", "ICT 품목에 포함되지 않는") are no ICT fact, whatever the lexicon knows of them."""
    for line in (
        "Secondary batteries, which are not counted as ICT goods, climbed 9.7 percent to $630 million.",
        "Outside the ICT category, exports of secondary batteries rose 9.7 percent to $630 million.",
    ):
        text = f"Korea's ICT exports rose 2.2 percent on-year to $17.45 billion in May 2031.\n{line}\n"
        facts = read(text, "2031-06-14")
        assert facts[k("2031-05")] == (1.745e10, 2.2, None)
        assert k("2031-05", item="secondary_batteries") not in facts
    text = (
        "5월 ICT 수출은 174억5000만 달러로 2.2% 늘었다. "
        "ICT 품목에 포함되지 않는 이차전지 수출은 6억3000만 달러로 9.7% 증가했다.\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05")] == (1.745e10, 2.2, None)
    assert k("2031-05", item="secondary_batteries") not in facts


def test_technology_goods_in_plain_words_are_the_sector() -> None:
    """Once the lead has named the sector, "imports of technology goods" and "tech exports" are its imports and
    exports: the value, the change and the surplus after them are the ICT total's."""
    text = (
        "Korean tech exports slip in 2030\n"
        "Seoul, Jan 8.- South Korea's exports of information technology products fell 1.6 percent in 2030 to"
        " 171,250 million dollars, the ministry said.\n"
        "Imports of technology goods grew 3.3 percent to 92,480 million dollars, leaving the sector a surplus of"
        " 78,770 million dollars.\n"
    )
    facts = read(text, "2031-01-08")
    assert facts[k("2030-01/2030-12", flow="import")] == (9.248e10, 3.3, None)
    assert facts[k("2030-01/2030-12", flow="balance")] == (7.877e10, None, None)


def test_another_economys_own_statistics_on_its_trade_with_korea_are_no_fact() -> None:
    """A sentence sourced to the partner's own customs or statistics office ("According to India's customs
    department, the country's imports of … from South Korea …", "인도 통계청 자료에 따르면") gives that economy's
    figures, not the ministry's: no fact, the ministry's partner figure stays."""
    text = (
        "Korean ICT shipments to India rise in Jan-Jun\n"
        "NEW DELHI, July 21 - South Korea's ICT exports to India rose 7.4 percent to US$3.15 billion in the first half"
        " of 2031, Korea's science ministry said.\n"
        "According to India's customs department, the country's imports of computers and chips from South Korea came"
        " to US$1.92 billion in the period, while its exports of phones to Korea reached US$0.48 billion.\n"
    )
    facts = read(text, "2031-07-21")
    assert facts == {k("2031-01/2031-06", region="india"): (3.15e9, 7.4, None)}


def test_the_month_befores_change_in_brackets_is_that_months_own() -> None:
    """In "감소 폭은 전달(△11.2%)보다 줄었다" the change in the brackets after 전달/전월 is the previous month's own
    year-on-year change, not a change on that month."""
    for word in ("전달", "전월"):
        text = (
            "8월 ICT 수출 162억 달러\n"
            f"8월 ICT 수출은 162억4000만 달러로 1.7% 늘었다. 디스플레이 수출은 21억1000만 달러로 3.9% 줄었지만 "
            f"감소 폭은 {word}(△11.2%)보다 크게 줄었다.\n"
        )
        facts = read(text, "2031-09-14")
        assert facts[k("2031-08", item="displays")] == (2.11e9, -3.9, None)
        assert facts[k("2031-07", item="displays")] == (None, -11.2, None)


def test_a_month_compared_with_after_a_lead_without_a_period_frames_nothing() -> None:
    """Wire copy gives the month's total with no month ("… rose 4.8% to $17.21 billion, the ministry said"), then
    compares ("Growth slowed from 9.3 percent in June", "For January-July, …"): the release is still on the
    default month, and the paragraphs after it are that month's."""
    text = (
        "Tech exports keep rising\n\n"
        "Korea's ICT exports rose 4.8 percent from a year earlier to $17.21 billion, the ministry said on Monday."
        " Growth slowed from 9.3 percent in June. For January-July, exports were $118.64 billion, up 6.6 percent.\n\n"
        "Display exports fell 3.7 percent to $2.44 billion. Imports were $9.61 billion, for a surplus of $7.60"
        " billion.\n"
    )
    facts = read(text, "2031-08-14")
    assert facts[k("2031-07")] == (1.721e10, 4.8, None)
    assert facts[k("2031-06")] == (None, 9.3, None)
    assert facts[k("2031-01/2031-07")] == (1.1864e11, 6.6, None)
    assert facts[k("2031-07", item="displays")] == (2.44e9, -3.7, None)
    assert facts[k("2031-07", flow="import")] == (9.61e9, None, None)
    assert facts[k("2031-07", flow="balance")] == (7.6e9, None, None)


def test_an_adverb_before_the_exact_figure_is_no_unknown_subject() -> None:
    """A broadcast script rounds first and then gives the figure "to be exact" ("정확히는 171억2천만 달러로"):
    the adverb marked with 는 is no subject the lexicon does not know, and the figures are the total's."""
    text = (
        "ICT 수출 또 늘어\n\n"
        "지난달 ICT 수출은 170억 달러를 조금 넘었습니다. 정확히는 171억2천만 달러로 1년 전보다 4.8% 늘었습니다.\n"
    )
    facts = read(text, "2031-08-14")
    assert facts[k("2031-07")] == (1.712e10, 4.8, None)


def test_a_questions_month_dates_its_answer_only() -> None:
    """In a Q&A explainer on a half, "Q: And June on its own?" dates the answer under it; the questions after it
    are about the half again, so the answers that name no period are the half's."""
    text = (
        "Four questions on the first half\n"
        "Q: How much did ICT exports bring in over the first half?\n"
        "A: $103.27 billion, up 3.9 percent.\n"
        "Q: And June on its own?\n"
        "A: $18.44 billion, up 5.1 percent.\n"
        "Q: Which item lagged?\n"
        "A: Phones. Mobile phone exports fell 12.3 percent to $5.91 billion.\n"
        "Q: And imports?\n"
        "A: $61.08 billion, up 2.7 percent.\n"
    )
    facts = read(text, "2031-07-15")
    assert facts[k("2031-06")] == (1.844e10, 5.1, None)
    assert facts[k("2031-01/2031-06", item="mobile_phones")] == (5.91e9, -12.3, None)
    assert facts[k("2031-01/2031-06", flow="import")] == (6.108e10, 2.7, None)


def test_a_reference_to_the_partner_around_a_figure_is_that_partner() -> None:
    """A reference ("… a surplus of $0.92 billion with the country", "Those to India rose to $1.64 billion from
    …") is to the partner in scope or named next: the figure is that partner's, never a placeholder's or the
    world's."""
    lead = "Korea's ICT exports rose 2.6 percent on-year in May 2031 to $17.08 billion, the ministry said.\n"
    text = (
        f"{lead}Exports to India rose 6.9 percent to $1.64 billion, while imports from India came to $0.72 billion,"
        " leaving a surplus of $0.92 billion with the country.\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", flow="balance", region="india")] == (0.92e9, None, None)
    facts = read(f"{lead}Those to India rose to $1.64 billion from $1.53 billion a year ago.\n", "2031-06-14")
    assert facts[k("2031-05", region="india")] == (1.64e9, None, 1.53e9)
    assert not [key for key in facts if key[3] == "_same"]


def test_a_partner_compared_with_owns_the_figures_in_its_brackets() -> None:
    """In "That is more than the United States ($1.38 billion, up 4.4 percent)" "the" opens the partner's name, not
    the comparison, and the figures in its brackets are that partner's."""
    text = (
        "Korea's ICT exports rose 1.2 percent from a year earlier to $16.92 billion in May 2031. Exports to India"
        " were $1.75 billion, up 9.3 percent. That is more than the United States ($1.38 billion, up 4.4 percent).\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", region="india")] == (1.75e9, 9.3, None)
    assert facts[k("2031-05", region="us")] == (1.38e9, 4.4, None)


def test_a_headlines_bare_rate_after_a_marked_name_is_its_share() -> None:
    """A headline segment "…반도체가 61%" (the item marked as subject, a bare rate, no verb or arrow) gives the
    item's share of the whole, not its change: the body's change stands; "반도체 7%↓" is still a change."""
    body = "2분기 ICT 수출은 581억2천만 달러로 3.3% 늘었다. 반도체 수출은 354억5천만 달러로 7.4% 줄었다.\n"
    facts = read(f"2분기 ICT 수출 581억 달러…반도체가 61%\n{body}", "2031-07-15")
    assert facts[k("2031-04/2031-06", item="semiconductors")] == (3.545e10, -7.4, None)
    total = "2분기 ICT 수출은 581억2천만 달러로 3.3% 늘었다.\n"
    facts = read(f"2분기 ICT 수출 581억 달러…반도체 7%↓\n{total}", "2031-07-15")
    assert facts[k("2031-04/2031-06", item="semiconductors")] == (None, -7.0, None)


def test_an_amount_someone_holds_possible_is_no_fact() -> None:
    """A quoted view ("2천억 달러는 가능하다고 봅니다", "…도 충분하다고 본다") is what someone holds possible, not a
    count: it gives no fact and leaves the year's surplus as reported."""
    text = (
        "지난해 IT 수출 사상 최대\n\n"
        "지식경제부에 따르면 지난해 IT 수출은 1천533억 달러로 6.1% 늘었습니다.\n\n"
        "12월 한 달 수출은 133억 달러로 4.2% 늘었습니다.\n\n"
        "수입은 781억 달러였습니다. IT 무역수지 흑자는 752억 달러로, "
        "종전 최대였던 2028년의 688억 달러를 넘었습니다.\n\n"
        "◀ 인터뷰 ▶ 업계 관계자\n"
        '"올해는 환율이 변수지만 1천700억 달러는 가능하다고 봅니다."\n'
    )
    facts = read(text, "2031-01-13")
    assert facts[k("2030-01/2030-12", flow="balance")] == (7.52e10, None, None)
    assert all(value != 1.7e11 for numbers in facts.values() for value in numbers)


def test_market_lines_consensus_and_month_on_month_labels_give_no_change() -> None:
    """A note's market lines ("SK hynix shares up 1.9%", "○ 뉴욕증시: 나스닥 +1.4%"), a consensus given before
    the data ("시장 컨센서스 +7% 안팎") and a line labelled "MoM:" are not the month's year-on-year change."""
    lines = "2/ ICT exports $15.07B, down 6.8% y/y. Imports $9.12B, +2.3%."
    facts = read(f"May ICT trade thread 1/3\n{lines}\n3/ SK hynix shares up 1.9% anyway. /end\n", "2031-06-14")
    assert facts[k("2031-05")] == (1.507e10, -6.8, None)
    text = "[브리핑]\n○ 뉴욕증시: 나스닥 +1.4%\n○ 5월 ICT 수출입\n- 수출 150억7000만 달러, 전년 동월 대비 6.8% 감소"
    assert read(text, "2031-06-14")[k("2031-05")] == (1.507e10, -6.8, None)
    text = "10:55 잠시 후 발표. 시장 컨센서스 +7% 안팎\n11:00 5월 ICT 수출 150억7000만 달러, 작년 5월보다 6.8% 감소\n"
    assert read(text, "2031-06-14")[k("2031-05")] == (1.507e10, -6.8, None)
    text = (
        "Korea ICT trade (May), released today:\n• Exports: $15.07bn, -6.8% YoY\n"
        "Jan-May totals: exports $74.91bn (+1.4%).\nMoM: exports +2.9%, semis +1.1%.\n"
    )
    assert read(text, "2031-06-14")[k("2031-05")] == (1.507e10, -6.8, None)


def test_the_quarter_and_the_same_period_refer_back_to_the_storys_span() -> None:
    """A figure "over the quarter" is the quarter's of the story's last month, and "Over the same period, …" the span
    the sentence before it was about: a quarter's partners are not its last month's."""
    text = (
        "ICT exports in the first quarter\n"
        "ICT exports fell 3.1 percent to $44.06 billion in January-March 2031. In March alone, exports were"
        " $15.87 billion, down 2.4 percent.\n"
        "Displays dropped 8.8 percent to $4.71 billion over the quarter. Over the same period, exports to Japan fell"
        " 4.9 percent to $1.33 billion.\n"
    )
    facts = read(text, "2031-04-15")
    assert facts[k("2031-01/2031-03", item="displays")] == (4.71e9, -8.8, None)
    assert facts[k("2031-01/2031-03", region="japan")] == (1.33e9, -4.9, None)


def test_the_same_period_after_a_span_turned_to_with_its_amount_is_that_span() -> None:
    """In a July report, "상반기 ICT 수출은 X로 …. 같은 기간 수입은 …. 이 기간 흑자는 …" refers back to the first half,
    not to January-July; a span named only to compare its change ("2분기(△21.3%)에 비하면") is no such turn."""
    text = (
        "7월 ICT 수출 동향\n"
        "7월 ICT 수출은 163억2천만 달러로 작년 같은 달 대비 2.2% 감소했다.\n"
        "상반기 ICT 수출은 902억4천만 달러로 1.8% 늘었다. 같은 기간 수입은 511억 달러로 3.1% 늘었다. "
        "이 기간 흑자는 391억4천만 달러였다.\n"
    )
    facts = read(text, "2031-08-14")
    assert facts[k("2031-01/2031-06", flow="import")] == (5.11e10, 3.1, None)
    assert facts[k("2031-01/2031-06", flow="balance")] == (3.914e10, None, None)


def test_a_period_inside_a_clause_about_something_else_dates_none_of_the_figures_after_it() -> None:
    """In "… as DRAM contract prices slid another 8% over the quarter; system chips held at $3.91bn" the quarter
    is the prices', and the figure after the clause keeps the month."""
    text = (
        "Korea ICT exports, May 2031\n"
        "Chips: $10.92bn (-4.4% y/y). Memory fell to $6.21bn (-9.8%) as DRAM contract prices slid another 8% over the"
        " quarter; system semis held up at $3.91bn (+6.5%).\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="system_semiconductors")] == (3.91e9, 6.5, None)


def test_a_numbered_flow_heading_gives_its_flow_to_the_list_under_it() -> None:
    """A numbered "2. Imports by partner" heads an imports section as "Imports by partner" does: the partners
    listed under it with bare figures are imports."""
    text = (
        "May ICT trade by partner\n"
        "Korea's ICT exports rose 1.7 percent to $16.21 billion in May 2031, while imports rose 3.9 percent to $9.47"
        " billion.\n"
        "1. Exports by partner\nChina $7.35 billion (-2.6%)\nVietnam $2.58 billion (+5.3%)\n"
        "2. Imports by partner\nChina $3.14 billion (+4.1%)\nTaiwan $1.46 billion (+8.2%)\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", flow="import", region="taiwan")] == (1.46e9, 8.2, None)
    assert facts[k("2031-05", flow="import", region="china")] == (3.14e9, 4.1, None)
    assert facts[k("2031-05", region="china")] == (7.35e9, -2.6, None)


def test_last_years_first_total_under_a_lead_in_line_frames_the_lines_after_it() -> None:
    """A summary opens with a lead-in line with no figure ("보고서의 주요 내용은 다음과 같다.") and then names last
    year once, on its first total ("▶ 2030년 ICT 수입 …"): the lines after it are that year's too."""
    text = (
        "[보고서] ICT 부품 수입 여전\n"
        "한 연구원이 낸 보고서의 주요 내용은 다음과 같다.\n"
        "▶ 2030년 ICT 수입 1,104억 달러, 전년 대비 2.7%↑\n"
        "▶ 수출 2,231억 달러(↑1.9%)로 무역수지 1,127억 달러 흑자\n"
        "▶ 대만 수입 101억2천만 달러(↑6.6%)\n"
    )
    facts = read(text, "2031-03-05")
    assert facts[k("2030-01/2030-12")] == (2.231e11, 1.9, None)
    assert facts[k("2030-01/2030-12", flow="import", region="taiwan")] == (1.012e10, 6.6, None)


def test_a_partners_whole_trade_as_the_subject_keeps_the_partner_for_each_flow() -> None:
    """In "대만과의 교역은 수출 A, 수입 B로 C 적자였다" (and "대일 교역은 …") the partner's trade is the subject, so
    each flow after it, and the balance, is that partner's, not the world's."""
    lead = "5월 ICT 수출은 161억2천만 달러로 1.4% 늘었고 수입은 92억1천만 달러로 2.6% 늘었다.\n"
    for opening, partner in (("대만과의 교역은", "taiwan"), ("대일 교역은", "japan")):
        trade = "수출 4억1천만 달러, 수입 9억6천만 달러(7.7%↑)로 5억5천만 달러 적자였다."
        text = f"5월 ICT 수출입\n{lead}{opening} {trade}\n"
        facts = read(text, "2031-06-14")
        assert facts[k("2031-05", flow="import", region=partner)] == (9.6e8, 7.7, None)
        assert facts[k("2031-05", flow="balance", region=partner)] == (-5.5e8, None, None)
        assert facts[k("2031-05", flow="import")] == (9.21e9, 2.6, None)


def test_a_table_change_signed_with_a_bracketed_minus_is_negative_and_the_table_goes_on() -> None:
    """Releases sign a fall "(-)5.8" in a table cell: the cell is a negative change, and the rows after it are
    read as the rows before it."""
    text = (
        "Korea's ICT exports fell 3.6 percent from a year earlier to $15.44 billion in May 2031.\n"
        "ICT exports by item (unit: US$ million, %)\n"
        "Item | May 2030 | May 2031 | Change\n"
        "Semiconductors | 8,517 | 8,006 | (-)6.0\n"
        "Displays | 2,304 | 2,171 | (-)5.8\n"
        "Computers & peripherals | 884 | 961 | 8.7\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="displays")] == (2.171e9, -5.8, 2.304e9)
    assert facts[k("2031-05", item="computers_peripherals")] == (9.61e8, 8.7, 8.84e8)


def test_exports_and_imports_as_one_word_list_two_flows() -> None:
    """In "ICT 수출입이 각각 A, B로 … a%, b% 늘었다" 수출입 names both flows, in that order, for a "각각" list."""
    text = "5월 ICT 수출입\n5월 ICT 수출입이 각각 161억2천만 달러, 92억1천만 달러로 전년 동월 대비 1.4%, 2.6% 늘었다.\n"
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05")] == (1.612e10, 1.4, None)
    assert facts[k("2031-05", flow="import")] == (9.21e9, 2.6, None)


def test_a_localisation_rate_is_no_change() -> None:
    """A localisation rate or a dependence ratio ("부품 국산화율은 2030년 31%였다") is a share, not a change."""
    text = "5월 ICT 수출입\n5월 ICT 수출은 161억2천만 달러로 1.4% 늘었다. 부품 국산화율은 2030년 31%였다.\n"
    facts = read(text, "2031-06-14")
    assert facts == {k("2031-05"): (1.612e10, 1.4, None)}


def test_an_item_storys_period_frames_the_sentences_after_it() -> None:
    """An item story that names its period only with the item's figure ("Korea's chip exports rose … in the
    second quarter") is about that period: the next sentences, with no period of their own, are the quarter's."""
    text = (
        "Chip exports climb\n"
        "Korea's chip exports rose 31.2 percent to $39.14 billion in the second quarter.\n"
        "Chip exports to Taiwan rose 12.8 percent to $5.06 billion. Display exports fell 4.4 percent to $4.27"
        " billion.\n"
    )
    facts = read(text, "2031-07-12")
    assert facts[k("2031-04/2031-06", item="semiconductors", region="taiwan")] == (5.06e9, 12.8, None)
    assert facts[k("2031-04/2031-06", item="displays")] == (4.27e9, -4.4, None)


def test_the_balance_joined_to_an_items_flow_is_that_items() -> None:
    """In "통신장비 수입은 X로 수지는 Y 적자였다" the balance joined by 로 to the item's import is the item's
    balance, not the ICT total's."""
    lead = "5월 ICT 수출입\n5월 ICT 수출은 161억2천만 달러로 1.4% 늘었다. "
    text = f"{lead}통신장비 수입은 19억2천만 달러로 수지는 2억1천만 달러 적자였다.\n"
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", flow="balance", item="communication_equipment")] == (-2.1e8, None, None)
    assert k("2031-05", flow="balance") not in facts


def test_goods_the_lexicon_does_not_know_named_with_modifiers_keep_their_figures() -> None:
    """In "규제 대상인 고순도 불화수소 수입은 41.3% 감소했다" goods the lexicon does not know, named after a few
    words, are the subject of their flow; the change is theirs, not ICT imports'."""
    lead = "5월 ICT 수출입\n5월 ICT 수입은 92억1천만 달러였다. "
    text = f"{lead}규제 대상인 고순도 불화수소 수입은 41.3% 감소했다.\n"
    assert read(text, "2031-06-14") == {k("2031-05", flow="import"): (9.21e9, None, None)}


def test_an_amount_that_compares_with_a_dated_one_keeps_its_own_period() -> None:
    """In "The surplus of $118.62 billion compares with $107.37 billion in 2029" the year after the second amount
    dates that amount only: the first is the report's year."""
    text = (
        "ICT trade in 2030\n"
        "Korea's ICT exports rose 4.6 percent to $233.1 billion in 2030. The surplus of US$118.62 billion compares"
        " with US$107.37 billion in 2029.\n"
    )
    facts = read(text, "2031-01-16")
    assert facts[k("2030-01/2030-12", flow="balance")] == (1.1862e11, None, 1.0737e11)


@pytest.mark.parametrize(
    "line",
    [
        '- ICT imports: "US$9.12 billion (+4.4%)" should read "US$9.21 billion (+5.1%)".',
        "ㅇ 수입: '91.2억 달러(4.4%↑)' → '92.1억 달러(5.1%↑)'",
    ],
)
def test_a_correction_notice_keeps_the_right_figure_not_the_withdrawn_one(line: str) -> None:
    """A correction quotes the withdrawn figure and then the right one ('"A" should read "B"', "'A' → 'B'"): only
    the right one is a fact, and a quote mark before "91.2억" is no year '91."""
    text = f"[Correction] May ICT trade release\nThe following figure of the May 2031 release is corrected:\n{line}\n"
    assert read(text, "2031-06-14") == {k("2031-05", flow="import"): (9.21e9, 5.1, None)}


@pytest.mark.parametrize("noun", ["collapse", "tumble", "nosedive"])
def test_a_change_noun_before_its_item_is_that_items_change(noun: str) -> None:
    """In "A 28.4 percent collapse in OLED panel exports, to $0.91 billion, …" the change noun, whatever it is,
    names the item after "in" as the change's subject, not the ICT total after it."""
    text = (
        "ICT exports slip in May\n"
        f"A 28.4 percent {noun} in OLED panel exports, to $0.91 billion, stood out in May's data.\n"
        "Overall, ICT exports in May 2031 fell 3.3 percent to $15.52 billion.\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05")] == (1.552e10, -3.3, None)
    assert facts[k("2031-05", item="oled")] == (9.1e8, -28.4, None)


@pytest.mark.parametrize("when", [", when they had been $1.21 billion.", " (when they were $1.21 billion)."])
def test_a_change_on_a_dated_base_keeps_the_figures_period(when: str) -> None:
    """In "up 9.9 percent on May 2030" the month after "percent on" is the base the change is measured on, not the
    figure's period; the amount a when-clause gives after it is the base's."""
    text = (
        "Korea's ICT exports fell 3.3 percent to $15.52 billion in May 2031. Exports to India rose again. They"
        f" reached $1.33 billion, up 9.9 percent on May 2030{when}\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", region="india")] == (1.33e9, 9.9, 1.21e9)


def test_a_figure_first_row_is_the_labels_after_the_dash() -> None:
    """A "by the numbers" box writes the figure, a dash, then what it is: each row's figure is its own label's,
    not the subject or period of the row before."""
    text = (
        "Korea's first half, by the numbers\n"
        "$108.4 billion — ICT exports in the first half of 2031, up 2.2%\n"
        "$44.7 billion — the first-half surplus\n"
        "$18.31 billion — ICT exports in June, up 3.5%\n"
        "$2.96 billion — exports to Vietnam in June, up 6.6%\n"
        "51.2% — China's share of ICT exports\n"
    )
    facts = read(text, "2031-07-15")
    assert facts[k("2031-01/2031-06")] == (1.084e11, 2.2, None)
    assert facts[k("2031-01/2031-06", flow="balance")] == (4.47e10, None, None)
    assert facts[k("2031-06", region="vietnam")] == (2.96e9, 6.6, None)
    assert facts[k("2031-06")] == (1.831e10, 3.5, None)
    text = "상반기 ICT 수출입\n672억 달러 — 상반기 ICT 무역수지 흑자\n38억1천만 달러 — 6월 베트남 수출(+7.7%)\n"
    facts = read(text, "2031-07-15")
    assert facts[k("2031-01/2031-06", flow="balance")] == (6.72e10, None, None)
    assert facts[k("2031-06", region="vietnam")] == (3.81e9, 7.7, None)


def test_semis_as_a_row_label_and_phones_incl_parts_in_a_compact_list() -> None:
    """A brokers' table or digest labels its rows "Semis | $X | -Y%" or "Semis ↓Y% ($X)"; "mobile phones incl.
    parts $X" is the phone category with its parts, not the parts alone."""
    lead = "Korea ICT exports, May 2031\nICT exports $15.52B, down 3.3% y/y.\n"
    text = f"{lead}Semis | $8.01bn | -6.0%\n- mobile phones incl. parts $1.27 billion (-9.6%)\n"
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="semiconductors")] == (8.01e9, -6.0, None)
    assert facts[k("2031-05", item="mobile_phones")] == (1.27e9, -9.6, None)
    assert k("2031-05", item="mobile_phone_parts") not in facts
    facts = read(f"{lead}Semis ↓6.0% ($8.01bn)\n", "2031-06-14")
    assert facts[k("2031-05", item="semiconductors")] == (8.01e9, -6.0, None)


def test_a_counted_clause_before_a_forecast_clause_keeps_its_figure() -> None:
    """In "May's ICT surplus was $6.31 billion, and few expect a quick turnaround" the forecast opens after the
    clause break; the figure counted before it is a fact, the forecast's figures are not."""
    text = (
        "Korea's ICT exports fell 3.3 percent to $15.52 billion in May 2031. The ICT surplus was $6.31 billion, and"
        " few expect exports to grow 5 percent next month.\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", flow="balance")] == (6.31e9, None, None)
    assert facts[k("2031-05")] == (1.552e10, -3.3, None)


def test_a_year_since_which_a_when_clause_gives_the_figure_is_that_years() -> None:
    """In "the smallest since 2027, when it stood at $4.02 billion" the amount is that year's; after a month ("the
    worst May showing since 2027, when …") the year alone dates nothing."""
    lead = "Korea's ICT exports fell 3.3 percent to $15.52 billion in May 2031."
    text = f"{lead} The surplus was $3.91 billion, the smallest since 2027, when it stood at $4.02 billion.\n"
    facts = read(text, "2031-06-14")
    assert facts[k("2027-01/2027-12", flow="balance")] == (4.02e9, None, None)
    assert facts[k("2031-05", flow="balance")] == (3.91e9, None, None)
    text = f"{lead} It was the worst May showing since 2027, when ICT exports dropped 9.4 percent.\n"
    assert read(text, "2031-06-14") == {k("2031-05"): (1.552e10, -3.3, None)}


def test_an_amount_outdone_by_the_figure_takes_the_period_after_it() -> None:
    """In "the half-year surplus of $51.06 billion beat the $48.22 billion of the first half of 2030" the period
    dates the amount that was beaten; the surplus before the verb is the half the text is about."""
    text = (
        "Korea's ICT exports rose 3.8 percent in the first half to $97.41 billion. The half-year surplus of $51.06"
        " billion beat the $48.22 billion of the first half of 2030.\n"
    )
    facts = read(text, "2031-07-15")
    assert facts[k("2031-01/2031-06", flow="balance")] == (5.106e10, None, 4.822e10)
    assert (
        k("2030-01/2030-06", flow="balance") not in facts or facts[k("2030-01/2030-06", flow="balance")][0] == 4.822e10
    )


def test_a_growth_rate_in_brackets_after_its_span_keeps_its_sign() -> None:
    """In "증가율은 1~3월(5.2%)보다 낮아졌다" the bracketed figure is the span's growth; "낮아졌다" moves the rate,
    it does not make the figure a fall (and "감소율은 1분기(3.7%)보다 커졌다" keeps a fall a fall)."""
    lead = "4월 ICT 수출은 151억3천만 달러로 9.8% 줄었다."
    text = f"{lead} 1~4월 누적 수출은 602억4천만 달러로 1.7% 늘었지만, 증가율은 1~3월(5.2%)보다 낮아졌다.\n"
    assert read(text, "2031-05-14")[k("2031-01/2031-03")] == (None, 5.2, None)
    text = f"{lead} 감소율은 1분기(3.7%)보다 커졌다.\n"
    assert read(text, "2031-05-14")[k("2031-01/2031-03")] == (None, -3.7, None)


def test_a_figure_written_as_a_sentence_before_its_name_is_that_names() -> None:
    """A numbered list writes "2. $131.08 billion. Chip exports for the year, up 17.2 percent." and a Korean lede
    "21.3% 감소. 5월 디스플레이 수출 성적표다.": the figure belongs to the name after it, not to the open subject."""
    text = (
        "The year 2030 in three numbers\n\n1. $231.44 billion. That is what Korea's ICT exports came to in 2030,"
        " 6.1 percent more than in 2029.\n\n2. $131.08 billion. Chip exports for the year, up 17.2 percent.\n\n"
        "3. $109.27 billion. The annual surplus.\n"
    )
    facts = read(text, "2031-01-20")
    assert facts[k("2030-01/2030-12")] == (2.3144e11, 6.1, None)
    assert facts[k("2030-01/2030-12", item="semiconductors")] == (1.3108e11, 17.2, None)
    assert facts[k("2030-01/2030-12", flow="balance")] == (1.0927e11, None, None)
    text = (
        "5월 ICT 수출 동향\n\n21.3% 감소. 5월 디스플레이 수출 성적표다. 디스플레이 수출은 17억2천만 달러에 그쳤다.\n\n"
        "ICT 전체 수출은 139억8천만 달러로 11.6% 줄었다.\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="displays")] == (1.72e9, -21.3, None)
    assert facts[k("2031-05")] == (1.398e10, -11.6, None)


def test_table_columns_of_quarters_and_halves_written_with_a_dot_are_periods() -> None:
    """Releases head a table "'30.1분기 '31.1분기" or "'30.상반기 '31.상반기P", the year and the span joined by a
    dot as month columns are ("'30.3월"); such a table is read like one headed "'30년 1분기"."""
    header = "구 분 '30.3월 '31.3월 증감률 '30.1분기 '31.1분기 증감률"
    unit = "(단위 : 억 달러, %)"
    text = f"3월 ICT 수출은 176.4억 달러로 4.1% 증가\n{unit}\n{header}\n수 출 169.5 176.4 4.1 448.2 497.6 11.0\n"
    facts = read(text, "2031-04-15")
    assert facts[k("2031-01/2031-03")] == (4.976e10, 11.0, 4.482e10)
    header = "구 분 '30.6월 '31.6월P 증감률 '30.상반기 '31.상반기P 증감률"
    text = f"6월 ICT 수출은 190.2억 달러로 2.6% 증가\n{unit}\n{header}\n수 출 185.4 190.2 2.6 1021.7 1080.3 5.7\n"
    facts = read(text, "2031-07-15")
    assert facts[k("2031-01/2031-06")] == (1.0803e11, 5.7, 1.0217e11)


def test_spoken_digits_read_out_one_by_one_after_point_are_one_fraction() -> None:
    """A broadcast script writes "18-point-6-4 billion U.S. dollars" and "two-point-0-7 billion": the digits after
    "point", read out one by one, are one fraction (18.64), not a figure and then a minus one."""
    text = (
        "Korea's ICT exports in May reached 18-point-6-4 billion U.S. dollars, up 7-point-3 percent from a year ago."
        " Displays fell 12-point-5 percent to two-point-0-7 billion dollars. The surplus was 8-point-3-9 billion"
        " dollars.\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05")] == (1.864e10, 7.3, None)
    assert facts[k("2031-05", item="displays")] == (2.07e9, -12.5, None)
    assert facts[k("2031-05", flow="balance")] == (8.39e9, None, None)


def test_spoken_hundreds_before_a_unit_are_one_number() -> None:
    """ "seven hundred twenty million dollars", "three hundred and six million": the hundreds and the rest are one
    number (not "twenty million" alone)."""
    text = (
        "Korea's ICT exports rose nine-point-one percent to sixteen-point-two billion dollars in April. Display"
        " exports slipped four percent to seven hundred twenty million dollars, and phones to three hundred and six"
        " million dollars.\n"
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2031-04", item="displays")] == (7.2e8, -4.0, None)
    assert facts[k("2031-04", item="mobile_phones")][0] == 3.06e8


def test_names_in_a_korean_cause_phrase_are_no_subject() -> None:
    """A cause is told with an item's business cycle ("반도체 경기 둔화의 타격을 받아"), a place's firms ("대만
    기업과의 가격 경쟁으로") or a bracketed part's demand ("SSD(…) 수요 확대로"): the total, the item and the world
    keep the figures after it."""
    text = "9월 ICT 수출은 반도체 경기 둔화의 타격을 받아 171억6천만 달러에 그쳤다. 이는 1년 전보다 4.4% 적은 규모다."
    assert read(text, "2031-10-14") == {k("2031-09"): (1.716e10, -4.4, None)}
    text = (
        "9월 ICT 수출은 171억6천만 달러로 4.4% 줄었다. 디스플레이 수출이 대만 기업과의 가격 경쟁으로 15억2천만"
        " 달러에 머물며 9.1% 감소했고, 휴대폰도 부품 단가 하락으로 9억8천만 달러, 2.7% 줄었다."
    )
    facts = read(text, "2031-10-14")
    assert facts[k("2031-09", item="displays")] == (1.52e9, -9.1, None)
    assert facts[k("2031-09", item="mobile_phones")] == (9.8e8, -2.7, None)
    assert not any(key[3] == "taiwan" for key in facts)
    text = (
        "9월 ICT 수출은 171억6천만 달러로 4.4% 줄었다. 컴퓨터·주변기기 수출은 SSD(5억9천만 달러, 22.6%↑) 수요 확대로"
        " 10억4천만 달러를 기록해 1년 전보다 12.3% 늘었다."
    )
    facts = read(text, "2031-10-14")
    assert facts[k("2031-09", item="ssd")] == (5.9e8, 22.6, None)
    assert facts[k("2031-09", item="computers_peripherals")] == (1.04e9, 12.3, None)


def test_a_korean_reason_clause_in_the_verbs_a_form_right_before_the_figure_is_a_cause() -> None:
    """A release writes "휴대폰은 부분품 수출이 부진해 3.8% 감소한 …": the -해 form ends a reason's
    clause even when the figure follows right after it; the topic keeps the figure."""
    text = (
        "5월 ICT 수출은 166억2천만달러로 2.9% 늘었다.\n"
        "휴대폰은 부분품 수출이 부진해 3.8% 감소한 11억4천만달러를 기록했다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="mobile_phones")] == (1.14e9, -3.8, None)
    assert k("2031-05", item="mobile_phone_parts") not in facts


def test_a_korean_item_in_a_reason_clause_of_a_figureless_line_is_no_subject_for_the_next() -> None:
    """A release's bullet "ㅇ 금리 부담에도 휴대폰 수출이 늘며 상승세 지속" says what moved the total; the next
    bullet's bare "1~5월 수출은 …" is the total's again, not the phones'."""
    text = (
        "5월 ICT 수출은 166.2억 달러로 2.9% 증가\n ㅇ 금리 부담에도 휴대폰 수출이 늘며 상승세 지속\n"
        " ㅇ 1~5월 수출은 811.7억 달러로 4.6% 증가"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-01/2031-05")] == (8.117e10, 4.6, None)
    assert not any(key[2] == "mobile_phones" for key in facts)


def test_names_in_a_hard_conditions_clause_are_no_subject() -> None:
    """ "ICT 수출이 TV·디스플레이 단가 하락 등 불리한 여건에서도 …": the goods named in the conditions the total
    withstood are no subject of its figures."""
    text = (
        "□ 과기정통부는 '30년 ICT 수출이 TV·디스플레이 단가 하락 등 불리한 여건에서도 전년(2,011.6억 달러) 대비"
        " 2.4% 증가한 2,059.9억 달러를 기록하였다고 밝힘"
    )
    facts = read(text, "2031-01-14")
    assert facts[k("2030-01/2030-12")] == (2.0599e11, 2.4, 2.0116e11)
    assert not any(key[2] in ("displays", "tv") for key in facts)


def test_a_trend_line_labelled_by_years_alone_gives_each_year_the_span_its_caption_names() -> None:
    """Releases close a bullet with "※ ICT 수출 추이(억 달러) : ('27) 1,911.2 → ('28) 2,034.5": each label is
    a year, or the caption's quarter of each year ("* 3분기 수출 : ('28) 512.6 → ('29) 540.3")."""
    text = (
        "4월 ICT 수출은 181.2억 달러로 5.3% 증가\n ※ ICT 수출 추이(억 달러) : ('27) 1,911.2 → ('28) 2,034.5 →"
        " ('29) 2,101.7\n * 3분기 수출(억 달러) : ('28) 512.6 → ('29) 540.3\n"
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2027-01/2027-12")][0] == 1.9112e11
    assert facts[k("2029-01/2029-12")][0] == 2.1017e11
    assert facts[k("2028-07/2028-09")][0] == 5.126e10
    assert facts[k("2029-07/2029-09")][0] == 5.403e10


def test_places_and_periods_in_an_english_cause_are_not_the_figures() -> None:
    """What companies did ("… as handset makers moved output to Brazil and Egypt, and …") names no partner for
    the next item, and a period inside a cause set off by commas (", helped by cheaper panels in the first
    half,") does not date the figure after it."""
    text = (
        "Korea's ICT exports rose 5.1 percent in May 2031. Phones fell 3.3 percent to $1.41 billion as handset"
        " makers moved output to Brazil and Egypt, and displays rose 6.2 percent to $2.06 billion. Computer"
        " exports, helped by cheaper panels in the first half, climbed 8.8 percent to $1.17 billion."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="displays")] == (2.06e9, 6.2, None)
    assert facts[k("2031-05", item="computers")] == (1.17e9, 8.8, None)
    assert not any(key[3] != "world" for key in facts)


def test_english_flattened_tables_of_bare_months_and_tenths_of_a_billion_are_read() -> None:
    """An English release's table heads its columns "Month | Jan. | Feb." (the year the report's), or declares
    "($0.1B, %, compared to the same month of the last year)" over "value (change)" cells."""
    text = (
        "ICT exports rose 6.6 percent to USD 17.42 billion in March.\nICT exports (USD billion, %)\n"
        "Month | Jan. | Feb. | Mar.\nExports | 15.31 | 14.87 | 17.42\ny-o-y | 2.2 | -1.9 | 6.6\n"
    )
    facts = read(text, "2031-04-14")
    assert facts[k("2031-01")] == (1.531e10, 2.2, None)
    assert facts[k("2031-02")] == (1.487e10, -1.9, None)
    text = (
        "ICT exports rose 6.6 percent to USD 17.42 billion in March.\n"
        "Monthly ICT exports at a glance ($0.1B, %, compared to the same month of the last year)\n"
        "Category | '31.1 | '31.2 | '31.3\nExports | 153.1 (2.2) | 148.7 (-1.9) | 174.2 (6.6)\n"
    )
    facts = read(text, "2031-04-14")
    assert facts[k("2031-01")] == (1.531e10, 2.2, None)
    assert facts[k("2031-02")] == (1.487e10, -1.9, None)


def test_a_bare_flow_opened_by_another_period_after_a_sentence_about_one_item_is_that_items() -> None:
    """ "상반기 디스플레이 수출은 … 늘었다. 지난달에는 한 달 수출액이 …": the bare flow, dated anew, goes on
    about the one item; after a list of items it is the total's again."""
    text = (
        "상반기 ICT 수출은 1,012억 달러로 9.1% 증가했다. 상반기 디스플레이 수출액은 121.4억 달러로 1년 전보다"
        " 6.2% 늘었다. 지난달에는 한 달 수출액이 22.7억 달러에 달했다."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-06", item="displays")][0] == 2.27e9
    assert k("2031-06") not in facts
    text = (
        "상반기 ICT 수출은 1,012억 달러로 9.1% 증가했다. 반도체는 4.4% 증가했고 디스플레이는 -6.2%, 휴대폰은"
        " -1.8%였다. 6월 수출은 176억 달러로 2.2% 늘었다."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-06")] == (1.76e10, 2.2, None)


def test_a_korean_topic_with_its_value_in_parentheses_keeps_the_change_after_its_causes() -> None:
    """ "디스플레이 수출(21.4억 달러)은 … OLED와 LCD 패널이 함께 늘어 12.2% 증가": the value stands in the topic's
    own parentheses, the parts named after it are the cause, the change is the topic's."""
    text = "디스플레이 수출(21.4억 달러)은 모바일 수요가 이어지면서 OLED와 LCD 패널이 함께 늘어 12.2% 증가했다."
    facts = read(text, "2031-07-14")
    assert facts == {k("2031-06", item="displays"): (2.14e9, 12.2, None)}


def test_an_apposition_of_rank_and_share_leaves_the_figures_to_the_item() -> None:
    """ "Displays, Korea's second-largest ICT item and about 12 percent of all ICT exports, saw …": the whole the
    share is of is no subject; "Exports of both parts (…) and finished products (…)" names the phone's parts."""
    text = (
        "ICT exports rose 8.1 percent in May 2031. Displays, Korea's second-largest ICT item and about 12 percent of"
        " all ICT exports, saw shipments climb 9.9 percent to $2.31 billion. Mobile phone exports came to $1.62"
        " billion, up 4.4 percent. Exports of both parts (up 6.1 percent to $1.05 billion) and finished products"
        " (up 1.2 percent to $0.57 billion) grew."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="displays")] == (2.31e9, 9.9, None)
    assert facts[k("2031-05")] == (None, 8.1, None)
    assert facts[k("2031-05", item="mobile_phone_parts")] == (1.05e9, 6.1, None)
    assert facts[k("2031-05", item="finished_phones")] == (5.7e8, 1.2, None)


def test_a_korean_change_modifying_the_object_noun_is_that_nouns() -> None:
    """ "휴대폰 수출이 12.4% 늘어나면서 6.3% 감소한 디스플레이를 앞질렀다": the change in the clause that modifies
    the object is the object's; a share "60%대였던 … 비중" is none."""
    text = (
        "5월 ICT 수출은 166억 달러로 2.9% 늘었다. 휴대폰 수출이 12.4% 늘어나면서 6.3% 감소한 디스플레이를 앞질렀다."
        " 2020년 60%대였던 아시아 수출 비중은 올해 71%까지 높아졌다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="displays")] == (None, -6.3, None)
    assert facts[k("2031-05", item="mobile_phones")] == (None, 12.4, None)
    assert len(facts) == 3


def test_a_korean_topic_keeps_its_bare_flow_after_a_result_clause() -> None:
    """ "디스플레이는 LCD 감소가 이어진 결과, 수출액이 …" and "… OLED가 줄고 부품 수요도 약해져 수출액이 …": the
    sub-items are the reason, the flow after it is the topic's."""
    for reason in ("LCD 감소가 이어진 결과,", "OLED가 줄고 부품 수요도 약해져"):
        text = (
            f"5월 ICT 수출은 166억 달러로 2.9% 늘었다.\n디스플레이는 {reason} 수출액이 14억2000만 달러로 7.7% 줄었다."
        )
        facts = read(text, "2031-06-14")
        assert facts[k("2031-05", item="displays")] == (1.42e9, -7.7, None), reason
        assert not any(key[2] in ("lcd", "oled") for key in facts)


def test_a_kind_of_firm_as_the_korean_sentences_topic_keeps_its_items_past_a_contrast() -> None:
    """ "중견기업 ICT 수출(21.3억불, 4.2%↑)의 경우 반도체(…)는 줄었지만 휴대폰(…) 수출이 늘어 …": the items of
    the contrast are the firms', not the country's."""
    text = (
        "5월 ICT 수출은 166억불로 2.9% 증가했다.\n중견기업 ICT 수출(21.3억불, 4.2%↑)의 경우 반도체(8.1억불, △3.3%)는"
        " 줄었지만 휴대폰(1.9억불, 7.7%↑) 수출이 늘어 증가세를 이어갔다."
    )
    assert read(text, "2031-06-14") == {k("2031-05"): (1.66e10, 2.9, None)}


def test_a_korean_reason_in_the_ja_form_names_no_subject() -> None:
    """ "휴대폰은 고전했다. 중저가 스마트폰 경쟁이 거세지자 … 늘렸고, 그 결과 수출은 …": the -자 clause is what
    happened first; the bare flow after it is the figureless sentence's subject."""
    text = (
        "지난해 ICT 수출은 2,301억 달러로 6.1% 늘었다.\n휴대폰은 고전했다. 중저가 TV 경쟁이 거세지자 업체들이 해외"
        " 생산을 늘렸고, 그 결과 수출은 121.5억달러로 9.4% 줄었다."
    )
    facts = read(text, "2032-01-14")
    assert facts[k("2031-01/2031-12", item="mobile_phones")] == (1.215e10, -9.4, None)
    assert not any(key[2] == "tv" for key in facts)


def test_a_korean_topic_marked_by_uigyeongu_and_a_cleft_focus_keep_their_figures() -> None:
    """ "디스플레이의 경우 OLED가 … 늘었지만 LCD 단가 하락이 이어지면서 전체 수출액은 …": the topic marked by
    "의 경우" keeps the whole after its contrast; "… 이끈 것은 휴대폰으로, 수출액이 …" puts the phone in focus."""
    text = (
        "5월 ICT 수출은 166억 달러로 2.9% 늘었다.\n디스플레이의 경우 OLED가 석 달째 증가세를 이어갔지만 LCD 단가"
        " 하락이 이어지면서 전체 수출액은 17억3000만달러로 전년 동월보다 6.6% 감소했다. 반면 수출 증가를 이끈"
        " 것은 휴대폰으로, 5월 수출액이 13.2억달러에 달해 1년 전보다 21.5% 늘었다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="displays")] == (1.73e9, -6.6, None)
    assert facts[k("2031-05", item="mobile_phones")] == (1.32e9, 21.5, None)
    assert not any(key[2] in ("oled", "lcd") for key in facts)


def test_a_korean_change_over_several_years_is_no_year_on_year_change() -> None:
    """ "… 2026년 412억 달러로 정점을 찍은 뒤 해마다 줄어 4년 새 13.7% 감소했다": the change spans four years."""
    text = (
        "지난해 ICT 수출은 2,301억 달러로 늘었다. 휴대폰 수출은 2026년 412억 달러로 정점을 찍은 뒤 해마다 줄어"
        " 4년 새 13.7% 감소했다."
    )
    facts = read(text, "2031-03-14")
    assert facts[k("2026-01/2026-12", item="mobile_phones")] == (4.12e10, None, None)
    assert not any(value[1] == -13.7 for value in facts.values())


def test_korean_shares_tariff_rates_and_a_cause_nouns_bracketed_change_are_not_the_subjects_change() -> None:
    """ "세 품목이 전체 ICT 수출의 68.2% 차지", "절반 넘게(55.1%) 차지했다", "20% 상호관세를 물리면서" are no
    changes; "휴대폰은 부분품 호조(↑17.3%)로 …, 3.1% 증가" gives the parts 17.3 and the phones 3.1."""
    text = (
        "□ 5월 ICT 수출은 166.2억 달러로 2.9% 증가\n ㅇ 반도체·디스플레이·휴대폰 세 품목이 전체 ICT 수출의 68.2% 차지\n"
        "반도체가 전체의 절반 넘게(55.1%) 차지했다. 미국이 가전에 20% 상호관세를 물리면서 대미 ICT 수출은"
        " 21.4억달러로 11.2% 줄었다.\n휴대폰은 부분품 호조(↑17.3%)로 11.8억 달러, 3.1% 증가했다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", region="us")] == (2.14e9, -11.2, None)
    assert facts[k("2031-05", item="mobile_phones")] == (1.18e9, 3.1, None)
    assert facts[k("2031-05", item="mobile_phone_parts")] == (None, 17.3, None)
    assert k("2031-05", item="semiconductors") not in facts


def test_a_bilateral_balance_is_the_partners_in_scope() -> None:
    """ "Imports from India rose … , so the bilateral surplus was $X": the balance with the partner just named."""
    text = (
        "Korea's ICT trade surplus was $4.12 billion in May 2031. Exports to India rose 6.6 percent to $1.21 billion,"
        " while imports from India fell 2.2 percent to $0.38 billion, so the bilateral surplus was $0.83 billion."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", flow="balance")] == (4.12e9, None, None)
    assert facts[k("2031-05", flow="balance", region="india")] == (8.3e8, None, None)


def test_a_bulletins_title_of_its_name_and_period_dates_its_prose_and_a_shares_earlier_level_is_no_change() -> None:
    """ "Chip Trade Brief: Second quarter 2031" over prose that names no period gives the quarter; "made up 64.2
    percent of ICT exports, up from 61.0 percent" is a share and its earlier level, no changes."""
    text = (
        "Chip Trade Brief: Second quarter 2031\n\nShipments to Taiwan climbed 12.2 percent to $3.33 billion.\n\n"
        "Semiconductors made up 64.2 percent of ICT exports, up from 61.0 percent."
    )
    facts = read(text, "2031-07-14")
    assert facts == {k("2031-04/2031-06", region="taiwan"): (3.33e9, 12.2, None)}


def test_english_asides_that_name_won_the_whole_with_a_partner_or_a_list_of_causes() -> None:
    """ "a $7.2 billion (about 9.9 trillion won) trade surplus" is the balance; "rising both overall and to India"
    names no partner for the list after it; "on strong chips, displays and phones," (no comma before "and") and
    an opening "On gains in chips and phones," are causes, not the partner's items."""
    text = (
        'Korea posted a $7.2 billion (about 9.9 trillion won) ICT trade surplus in May 2031. "Exports kept rising,'
        ' both overall and to India," it said, citing gains in semiconductors and displays of 8.8% and 3.3%,'
        " respectively. Shipments to China, up on strong semiconductors, displays and phones, rose 6.1 percent to"
        " $8.2 billion. On gains in semiconductors and phones, shipments to Japan rose 2.4 percent to $1.1 billion."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", flow="balance")] == (7.2e9, None, None)
    assert facts[k("2031-05", item="semiconductors")] == (None, 8.8, None)
    assert facts[k("2031-05", region="china")] == (8.2e9, 6.1, None)
    assert facts[k("2031-05", region="japan")] == (1.1e9, 2.4, None)
    assert not any(key[3] == "india" for key in facts)


def test_a_where_clause_of_the_partners_item_and_a_demand_that_gave_korea_a_surplus() -> None:
    """ "Those to India, where phone exports slid 7 percent, rose 2.2 percent": the clause's figure is the item's,
    not the partner's total; "Demand for chips and panels gave Korea a record $X surplus" names causes."""
    text = (
        "Korea's ICT exports rose 5.1 percent in May 2031. Those to India, where phone exports slid 7 percent,"
        " rose 2.2 percent to $1.35 billion. Strong demand for chips and display panels gave Korea a record"
        " $9.9 billion ICT trade surplus in May 2031."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", region="india")] == (1.35e9, 2.2, None)
    assert facts[k("2031-05", flow="balance")] == (9.9e9, None, None)
    assert not any(key[0:3] == ("2031-05", "balance", "displays") for key in facts)


def test_english_totals_lifted_by_an_item_shares_of_an_amount_and_which_clauses_with_their_figures() -> None:
    """ "Record phone shipments lifted the total above the previous high of $X" is the total's record; "SSDs,
    which more than doubled, up 104.2 percent at $9.6 billion" is the SSDs'; "Displays, ICT's second-largest export
    item, brought in …" is the displays'; "At 51.2 percent of the country's $70.1 billion in total exports" is
    a share of all goods."""
    text = (
        "For the first half of 2031, ICT exports grew 9 percent to $121.2 billion. Record phone shipments lifted"
        " the total above the previous high of $116.4 billion, set in January-June 2029. Computers rose 31.1"
        " percent to $12.2 billion, on a surge in solid-state drives (SSDs), which more than doubled, up 104.2"
        " percent at $9.6 billion. Displays, ICT's second-largest export item, brought in $11.7 billion, up 4.4"
        " percent."
        ' "At 51.2 percent of the country\'s $70.1 billion in total exports for the month, ICT led," it said.'
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2029-01/2029-06")] == (1.164e11, None, None)
    assert facts[k("2031-01/2031-06", item="ssd")] == (9.6e9, 104.2, None)
    assert facts[k("2031-01/2031-06", item="displays")] == (1.17e10, 4.4, None)
    assert facts[k("2031-01/2031-06")] == (1.212e11, 9.0, None)
    assert not any(value[0] == 7.01e10 for value in facts.values())


def test_korean_whole_and_partner_pairs_springboards_shares_borne_and_amounts_an_item_exported() -> None:
    """A release's "전체 수출과 대미 수출이 증가세를 이어갔다" leaves no partner for "* 전체 수출 추이 : …";
    "중국과 인도를 발판으로" names causes; "8.1% 증가한 512억 달러어치를 수출한 디스플레이를 비롯해" gives the
    display its amount and change."""
    text = (
        "5월 ICT 수출은 208.8억 달러로 9.6% 늘었다.\n\n이번 실적은 전체 수출과 대미 수출이 증가세를 이어갔다는 점에서"
        " 의미가 있다.\n\n* 전체 수출 추이(억 달러, %) : ('31.3월) 171.4 (2.2) → (4월) 188.1 (3.9)\n"
    )
    facts = read(text, "2031-06-13")
    assert facts[k("2031-03")] == (1.714e10, 2.2, None)
    assert not any(key[3] == "us" for key in facts)
    text = (
        "중국과 인도를 발판으로 지난 11월 ICT 수출이 151억2000만 달러를 기록했다. 작년 11월과 비교하면 2% 늘어난"
        " 규모다. 품목별로는 8.1% 증가한 51억2000만달러어치를 수출한 디스플레이를 비롯해 휴대폰(12억 달러)과"
        " 컴퓨터(9억 달러)가 각각 3.3%, 1.1% 늘었다."
    )
    facts = read(text, "2031-12-14")
    assert facts[k("2031-11")] == (1.512e10, 2.0, None)
    assert facts[k("2031-11", item="displays")] == (5.12e9, 8.1, None)
    assert facts[k("2031-11", item="mobile_phones")] == (1.2e9, 3.3, None)
    assert not any(key[3] != "world" for key in facts)


def test_a_korean_amount_and_change_modifying_the_item_a_next_one_follows_are_that_items() -> None:
    """ "수출액이 61억 달러로 작년 대비 7.7% 늘어난 디스플레이에 이어, 휴대폰도 …": the clause before "에 이어"
    modifies the display; the phone's figures follow."""
    text = (
        "상반기 ICT 수출은 1,012억 달러로 9.1% 늘었다. 상반기 수출액이 61억 달러로 작년 상반기 대비 7.7% 늘어난"
        " 디스플레이에 이어, 휴대폰도 55억 달러어치가 팔려 1년 전보다 3.2% 증가했다."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-01/2031-06", item="displays")] == (6.1e9, 7.7, None)
    assert facts[k("2031-01/2031-06", item="mobile_phones")] == (5.5e9, 3.2, None)


def test_korean_places_whose_demand_is_the_cause_and_a_partner_after_a_clause_that_turned() -> None:
    """ "인도·브라질의 서버용 수요가 뒷받침된 통신장비는 …" names the places of a cause; "휴대폰 등이 감소로 돌아선
    일본으로의 수출은 4.4% 줄었다" is the partner's total, the items its clause's."""
    text = (
        "5월 ICT 수출은 166억 달러로 2.9% 늘었다.\n인도·브라질의 서버용 수요가 뒷받침된 통신장비는 2억1000만달러로"
        " 3.3% 늘었다. 휴대폰 등이 감소로 돌아선 일본으로의 수출은 4.4% 줄었다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="communication_equipment")] == (2.1e8, 3.3, None)
    assert facts[k("2031-05", region="japan")] == (None, -4.4, None)
    assert not any(key[3] in ("india", "other:brazil") for key in facts)


def test_korean_items_that_drove_a_flow_are_no_subject_of_its_figures() -> None:
    """ "디스플레이와 휴대폰 등이 늘어나면서 수입은 …" and "… 등이 수입 증가를 이끌었다. 수입액은 …": the items are
    what moved ICT imports; the figures are the total's."""
    for drivers in (
        "디스플레이와 휴대폰 등이 늘어나면서 수입은 1년 전보다 7.7% 증가했다.",
        "디스플레이와 휴대폰 등이 수입 증가를 이끌었다. 수입액은 전년 동월 대비 7.7% 늘었다.",
    ):
        text = f"5월 ICT 수출은 166억 달러로 2.9% 늘었다.\n{drivers}"
        facts = read(text, "2031-06-14")
        assert facts[k("2031-05", flow="import")] == (None, 7.7, None), drivers
        assert len(facts) == 2, drivers


def test_korean_focus_nouns_amounts_an_item_recorded_and_demand_bound_for_a_partner() -> None:
    """ "1등 공신은 디스플레이였는데, 수출액이 …" puts the display in focus; "7.7% 증가한 61.2억달러를 기록한 휴대폰은"
    gives the phone its figures; "인도향 수요 감소와 … 겹친 컴퓨터는" names a demand, not a partner."""
    text = (
        "5월 ICT 수출은 166억 달러로 2.9% 늘었다.\n품목별 1등 공신은 디스플레이였는데, 수출액이 21억3,000만 달러로 작년"
        " 같은 달보다 17.7% 급증했다. 7.7% 증가한 61.2억달러를 기록한 휴대폰은 석 달째 증가세를 이어갔다. 인도향"
        " 수요 감소와 재고 조정이 겹친 컴퓨터는 5월 4.4% 감소했다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="displays")] == (2.13e9, 17.7, None)
    assert facts[k("2031-05", item="mobile_phones")] == (6.12e9, 7.7, None)
    assert facts[k("2031-05", item="computers")] == (None, -4.4, None)
    assert not any(key[3] == "india" for key in facts)


def test_the_year_of_what_a_korean_base_effect_comes_from_does_not_date_the_figure() -> None:
    """ "지난해 서버용 메모리 수출이 급증했던 데 따른 기저효과로 반도체 수출은 4.4% 감소한 …": last year is the
    base effect's, the figure the report month's."""
    text = (
        "5월 ICT 수출은 166억 달러로 2.9% 늘었다. 지난해 서버용 메모리 수출이 급증했던 데 따른 기저효과로 반도체"
        " 수출은 4.4% 감소한 91억 2천만 달러에 그쳤다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="semiconductors")] == (9.12e9, -4.4, None)


def test_a_korean_change_modifying_a_subject_with_its_own_value_is_that_subjects() -> None:
    """ "○ (디스플레이 : 21.3억불, 4.4%↑) 12.2% 늘어난 OLED(13.1억불)가 증가를 이끌며 …": the change before the
    noun is the OLED's, like its bracketed value."""
    text = (
        "5월 ICT 수출은 166억불로 2.9% 늘었다.\n○ (디스플레이 : 21.3억불, 4.4%↑) 12.2% 늘어난 OLED(13.1억불)가 전체"
        " 디스플레이 수출 증가를 이끌며 석 달째 증가세를 이어감"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="oled")] == (1.31e9, 12.2, None)
    assert facts[k("2031-05", item="displays")] == (2.13e9, 4.4, None)


def test_an_english_sentence_that_opens_on_its_amount_gives_it_to_its_subject() -> None:
    """ "At $2.2 billion, shipments of displays were 4.4 percent higher." and "At $61.3 billion, the country's ICT
    trade surplus was a record": the amount is the subject's that follows it."""
    text = (
        "ICT exports rose 6.1 percent to $231.2 billion in 2030. At $61.3 billion, the country's ICT trade surplus"
        " was a record as well. At $22.1 billion, shipments of displays were 4.4 percent higher."
    )
    facts = read(text, "2031-01-14")
    assert facts[k("2030-01/2030-12", flow="balance")] == (6.13e10, None, None)
    assert facts[k("2030-01/2030-12", item="displays")] == (2.21e10, 4.4, None)


def test_a_korean_partner_with_its_value_in_brackets_keeps_its_flow_after_euroui() -> None:
    """ "중국(1,104억2,000만달러)으로의 수출이 7.7% 증가했다": the bracketed value and the change after the flow are
    both the partner's (the thousands separator is no clause break)."""
    text = "지난해 ICT 수출은 2,301억달러로 6.1% 늘었다.\n중국(1,104억2,000만달러)으로의 수출이 7.7% 증가했다."
    facts = read(text, "2031-01-14")
    assert facts[k("2030-01/2030-12", region="china")] == (1.1042e11, 7.7, None)


def test_korean_changes_in_any_adnominal_clause_before_a_subject_or_object_are_that_nouns() -> None:
    """A report writes "12.4% 늘어난 디스플레이가 6.3% 뒷걸음질한 휴대폰을 제치고 …": each change modifies the
    noun after it."""
    text = (
        "5월 ICT 수출은 166억 달러로 2.9% 늘었다. 12.4% 늘어난 디스플레이가 6.3% 뒷걸음질한 휴대폰을 제치고"
        " 2위에 올랐다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="displays")] == (None, 12.4, None)
    assert facts[k("2031-05", item="mobile_phones")] == (None, -6.3, None)


def test_an_english_opening_cause_with_its_own_figures_breaks_down_the_subject_after_it() -> None:
    """ "On stronger demand for displays ($410 million, up 5.5 percent) and phones ($120 million, up 9.9 percent),
    ICT exports to India rose …": the cause's figures are the partner's items."""
    text = (
        "ICT exports rose 5.1 percent in May 2031. On stronger demand for displays ($410 million, up 5.5 percent)"
        " and phones ($120 million, up 9.9 percent), ICT exports to India rose 3.3 percent to $1.35 billion."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", region="india")] == (1.35e9, 3.3, None)
    assert facts[k("2031-05", item="displays", region="india")] == (4.1e8, 5.5, None)
    assert facts[k("2031-05", item="mobile_phones", region="india")] == (1.2e8, 9.9, None)


def test_a_korean_balance_row_of_surplus_cells_and_a_rate_past_a_bound_by_an_adverb() -> None:
    """A table row "무역수지 | 61억달러 흑자 | 38.2억달러 적자" is read by column, the deficit negative; "10%를 훌쩍
    넘는 증가율" is a bound, not the change."""
    text = (
        "10월 ICT 수출액은 171.4억달러로 4.4% 줄었다. 지난해 ICT 수출이 10%를 훌쩍 넘는 증가율을 보인 건 반도체"
        " 덕이었다.\n\n구분 | 2030년 10월 | 2031년 10월\n수출 | 179.3억달러 | 171.4억달러\n"
        "무역수지 | 61억달러 흑자 | 38.2억달러 적자\n"
    )
    facts = read(text, "2031-11-14")
    assert facts[k("2030-10", flow="balance")][0] == 6.1e9
    assert facts[k("2031-10", flow="balance")][0] == -3.82e9
    assert facts[k("2031-10")][1] == -4.4


def test_a_korean_reference_to_the_item_just_named_takes_that_item() -> None:
    """ "이는 OLED 패널 수요가 늘어난 덕분으로, 해당 품목 수출은 …": the figures are the OLED's, named as the cause."""
    text = (
        "5월 ICT 수출은 166억불로 2.9% 늘었다.\n디스플레이 수출은 1년 전보다 8.8% 늘었다. 이는 스마트폰용 OLED 패널"
        " 수요가 늘어난 덕분으로, 해당 품목 수출은 12.2억불로 21.4% 증가했다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="oled")] == (1.22e9, 21.4, None)
    assert facts[k("2031-05", item="displays")] == (None, 8.8, None)


def test_a_korean_placeholder_noun_named_last_takes_the_figures_that_modify_it() -> None:
    """ "… 8.4% 줄어든 31억 달러를 기록한 곳은 인도다", "14% 늘어난 품목은 컴퓨터(9.2억 달러)였다": the figures
    before "곳은"/"품목은" are the partner's or item's the sentence names last, not the clause before's."""
    text = (
        "지난달 ICT 수출은 180억 달러였다. 중국(홍콩 포함)으로의 수출은 61억 달러로 1년 새 12% 감소했고, 같은 기간"
        " 8.4% 줄어든 31억 달러를 기록한 곳은 인도다. 반도체는 92억 달러로 5% 늘었고, 14% 늘어난 품목은"
        " 컴퓨터(9.2억 달러)였다."
    )
    facts = read(text, "2031-08-12")
    assert facts[k("2031-07", region="china")] == (6.1e9, -12.0, None)
    assert facts[k("2031-07", region="india")] == (3.1e9, -8.4, None)
    assert facts[k("2031-07", item="semiconductors")] == (9.2e9, 5.0, None)
    assert facts[k("2031-07", item="computers")] == (9.2e8, 14.0, None)


def test_korean_captions_whose_note_names_a_month_or_a_unit_after_other_words_declare_the_rows_under_them() -> None:
    """ "주요 수출국 (7월, 억달러)" over "중국 61.2 / 미국 17.5", "<참고> 9월 지역별 수출 증감률 (전년 동월 대비, %)"
    over "미국 12.5 | EU 4.1": the note declares the unit of the bare figures even after a month or a word."""
    text = (
        "□ 9월 ICT 수출 171억2000만달러, 전년 동월 대비 6.3% 증가\n\n□ 주요 수출국 (9월, 억달러)\n ㅇ 중국 61.2 /"
        " 미국 17.5 / 일본 3.9\n\n<참고> 9월 지역별 ICT 수출 증감률 (전년 동월 대비, %)\n미국 12.5 | EU 4.1 | 일본 △2.2"
    )
    facts = read(text, "2031-10-13")
    assert facts[k("2031-09", region="china")] == (6.12e9, None, None)
    assert facts[k("2031-09", region="us")] == (1.75e9, 12.5, None)
    assert facts[k("2031-09", region="japan")] == (3.9e8, -2.2, None)
    assert facts[k("2031-09", region="eu")] == (None, 4.1, None)


def test_a_measure_tables_columns_named_by_their_month_and_measure() -> None:
    """ "지역 | 4월 수출액 | 4월 증감률(전년 동월 대비)", "품목 | 4월 수입액 | 증감률": the amount and change columns
    of one month, each named with it (and the flow in the imports' column name)."""
    text = (
        "□ 4월 ICT 수출은 152억 달러로 3.3% 증가\n\n<참고> 지역별 ICT 수출 (단위: 억 달러, %)\n"
        "지역 | 4월 수출액 | 4월 증감률(전년 동월 대비)\n미국 | 14.2 | 6.1\n일본 | 4.4 | △3.0\n\n"
        "<참고> 품목별 ICT 수입 (단위: 억 달러, %)\n품목 | 4월 수입액 | 증감률\n반도체 | 40.5 | 9.9\n"
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2031-04", region="us")] == (1.42e9, 6.1, None)
    assert facts[k("2031-04", region="japan")] == (4.4e8, -3.0, None)
    assert facts[k("2031-04", "import", item="semiconductors")] == (4.05e9, 9.9, None)


def test_a_caption_notes_unit_among_other_words_declares_each_labelled_row_under_it() -> None:
    """ "▶ 품목 (연간, 억불, YoY)" over "▲반도체 1,188(+3.2%), 역대 2위" and "▲OLED 143(+6.1%)": every row of a
    label, a bare amount and its bracketed change is in the caption's unit, down to the first line that is not."""
    text = (
        "[자료] 지난해 ICT 수출 2,101억불\n\n▶ 품목 (연간, 억불, YoY)\n ▲반도체 1,188(+3.2%), 역대 2위\n"
        " ▲OLED 143(+6.1%)\n\n▶ 지역 (연간, 억불, YoY)\n ▲중국(홍콩 포함) 912(△2.4%) - 수요 둔화\n"
        " ▲인도 41(+9.9%)\n\n▶ 12월\n - 수출 171.3억불, 8.8% 감소"
    )
    facts = read(text, "2031-01-14")
    year = "2030-01/2030-12"
    assert facts[k(year, item="semiconductors")] == (1.188e11, 3.2, None)
    assert facts[k(year, item="oled")] == (1.43e10, 6.1, None)
    assert facts[k(year, region="china")] == (9.12e10, -2.4, None)
    assert facts[k(year, region="india")] == (4.1e9, 9.9, None)
    assert facts[k("2030-12")] == (1.713e10, -8.8, None)


def test_a_korean_paragraph_about_a_kind_of_firm_keeps_its_items_figures_to_the_firms() -> None:
    """ "기업 규모별로는 중소기업 ICT 수출이 석 달째 늘었다. 반도체(2.1억불, 14.4%↑)와 … 선전한 덕분이다.": the next
    sentences of the paragraph are still the small firms' exports, until one names the country's ICT trade."""
    text = (
        "지난달 ICT 수출액은 151.2억불로 8.1% 늘었다. 반도체 수출은 80.2억불로 12.0% 늘었다.\n\n"
        "기업 규모별로는 중소기업 ICT 수출이 석 달째 늘었다. 반도체(2.1억불, 14.4%↑)와 휴대폰(0.9억불, 3.3%↑)이"
        " 선전한 덕분이다. ICT 수입은 92.4억불로 2.0% 줄었다.\n\n디스플레이 수출은 20.1억불로 1.5% 늘었다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="semiconductors")] == (8.02e9, 12.0, None)
    assert k("2031-05", item="mobile_phones") not in facts
    assert facts[k("2031-05", "import")] == (9.24e9, -2.0, None)
    assert facts[k("2031-05", item="displays")] == (2.01e9, 1.5, None)
    release = (
        "□ 5월 ICT 수출은 151.2억불(8.1%↑)\nㅇ중소기업 ICT 수출(11.2억불, △3.3%)은 반도체(2.1억불, △7.7%) 등 감소\n"
        "ㅇ지역별로는 중국(60.1억불, 2.2%↑), 미국(19.9억불, 4.4%↑) 증가"
    )
    facts = read(release, "2031-06-14")
    assert facts[k("2031-05", region="us")] == (1.99e9, 4.4, None)
    assert k("2031-05", item="semiconductors") not in facts


def test_a_korean_item_reference_after_a_figureless_sentence_is_its_focus() -> None:
    """ "가장 크게 줄어든 품목은 디스플레이였다. OLED 수요 둔화가 겹치면서 이 품목의 수출은 …": the item of the
    reference is the one the last, figureless sentence put in focus, not the one whose demand is the cause."""
    text = (
        "지난달 ICT 수출액은 140.2억불로 9.9% 줄었다.\n\n가장 크게 줄어든 품목은 디스플레이였다. LCD 단가 하락에"
        " OLED 수요 둔화까지 겹치면서 이 품목의 수출은 18.8억불, 21.0% 감소를 기록했다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="displays")] == (1.88e9, -21.0, None)
    assert not any(key[2] in ("oled", "lcd") for key in facts)


def test_a_caption_that_names_a_period_dates_every_bullet_under_it() -> None:
    """ "Product detail (2030, yoy)" over "• Chips: $…", "• Displays: $…": each bullet of the list is the caption's
    period, to the first line that is not a bullet ("December alone" then dates its own)."""
    text = (
        "Research note | Korea ICT trade: full-year 2030 at a record\n\nHeadline numbers (2030, yoy)\n"
        "  • ICT exports: $201.4bn, +4.4% vs 2029\n\nProduct detail (2030, yoy)\n"
        "  • Semiconductors: $111.2bn, +6.6% y/y\n  • Displays: $19.9bn, -3.1% y/y.\n"
        "      - of which OLED: $12.2bn, +0.8% y/y"
    )
    year = "2030-01/2030-12"
    for ending in ("", "\n\nDecember alone\n  • ICT exports: $18.1bn, +9.9%"):
        facts = read(text + ending, "2031-01-15")
        assert facts[k(year, item="semiconductors")] == (1.112e11, 6.6, None)
        assert facts[k(year, item="displays")] == (1.99e10, -3.1, None)
        assert facts[k(year, item="oled")] == (1.22e10, 0.8, None)
    assert facts[k("2030-12")] == (1.81e10, 9.9, None)


def test_english_asides_launch_halves_and_a_compound_listed_respectively() -> None:
    """ "LCD panels -- in demand for laptops and TVs -- rose …": the names in a dashed aside are no subjects;
    "helped partly by the second-half launch of new models" dates a launch, not the figure; "finished handsets
    and parts both fell, by … and by …, respectively" lists the two parts the compound name joins."""
    text = (
        "Korea's ICT exports rose 8.3 percent to $17.7 billion in March.\n\nDisplays rose 4.4 percent to $2.2 billion,"
        " as LCD panels -- in demand for laptops and TVs -- climbed 12.5 percent to $0.71 billion.\n\nMobile phones"
        " edged up 2.2 percent to $1.13 billion, helped partly by the second-half launch of new models. Finished"
        " handsets and parts both fell, by 3.1 percent to $420 million and by 0.4 percent to $610 million,"
        " respectively."
    )
    facts = read(text, "2031-04-14")
    assert facts[k("2031-03", item="lcd")] == (7.1e8, 12.5, None)
    assert facts[k("2031-03", item="mobile_phones")] == (1.13e9, 2.2, None)
    assert facts[k("2031-03", item="finished_phones")] == (4.2e8, -3.1, None)
    assert facts[k("2031-03", item="mobile_phone_parts")] == (6.1e8, -0.4, None)
    assert not any(key[2] in ("computers", "digital_tv") for key in facts)


def test_english_a_year_before_outbound_ict_shipments_and_an_on_year_drop_in_an_item() -> None:
    """ "put 2030 outbound ICT shipments at $X" is the year's total (so the month named next keeps its own change);
    "a 14.2 percent on-year drop in display exports to $X" names the item after its change."""
    text = (
        "In 2029 the country had sold a record amount of ICT goods abroad.\n\nData put 2030 outbound ICT shipments"
        " at $181.2 billion.\n\nDecember marked a fifth month of decline, with exports retreating 4.4 percent"
        " compared with the same month of 2029 to $15.2 billion."
    )
    facts = read(text, "2031-01-20")
    assert facts[k("2030-01/2030-12")] == (1.812e11, None, None)
    assert facts[k("2030-12")] == (1.52e10, -4.4, None)
    text = "Korea's ICT exports rose 3.1 percent in February. Data put 2030 outbound ICT shipments at $181.2 billion."
    assert read(text, "2031-03-16")[k("2030-01/2030-12")] == (1.812e11, None, None)
    text = "Display makers lost ground. The result was a 14.2 percent on-year drop in display exports to $19.8 billion."
    assert read(text, "2031-01-20")[k("2030-12", item="displays")] == (1.98e10, -14.2, None)


def test_english_the_category_after_a_figureless_sentence_and_a_cause_that_lifted_a_partners_exports() -> None:
    """ "Displays slipped again. Weak demand for TV panels, with fewer OLED orders, left the category at $X": the
    category is the item the figureless sentence named; "Robust sales of chips (…) and phones (…) lifted exports
    to India by …" gives the items' bracketed figures to India."""
    text = (
        "ICT exports fell 3.4 percent to $15.5 billion in May.\n\nDisplays slipped again. Weak demand for LCD TV"
        " panels, combined with fewer OLED orders, left the category at $1.9 billion, a 6.2 percent decline.\n\n"
        "Computers led the gains. With prices of solid state drives rising, the figure for the country's top"
        " export item came to $1.4 billion, up 33.1 percent.\n\nRobust sales of chips (a 12.2 percent rise to"
        " $640 million) and phones (a 4.4 percent rise to $150 million) lifted exports to India by 9.9 percent to"
        " $1.8 billion."
    )
    facts = read(text, "2031-06-15")
    assert facts[k("2031-05", item="displays")] == (1.9e9, -6.2, None)
    assert facts[k("2031-05", item="computers")] == (1.4e9, 33.1, None)
    assert facts[k("2031-05", region="india")] == (1.8e9, 9.9, None)
    assert facts[k("2031-05", item="semiconductors", region="india")] == (6.4e8, 12.2, None)
    assert facts[k("2031-05", item="mobile_phones", region="india")] == (1.5e8, 4.4, None)
    assert not any(key[2] in ("lcd", "oled", "ssd") for key in facts)
    text = (
        "ICT exports fell 3.4 percent to $15.5 billion in May.\n\nDisplays told two stories. The segment as a whole"
        " grew 1.1 percent to $1.72 billion, but the gain came from OLED, whose shipments jumped 12.9 percent to"
        " $930 million."
    )
    facts = read(text, "2031-06-15")
    assert facts[k("2031-05", item="displays")] == (1.72e9, 1.1, None)
    assert facts[k("2031-05", item="oled")] == (9.3e8, 12.9, None)


def test_a_respectively_list_ends_at_its_word_and_a_caption_names_its_unit_after_the_month() -> None:
    """ "… declined by 3.3 percent and 1.2 percent, respectively, though a 95 percent jump in …": the figure after
    the list's word is not in it; "By destination (June, billion dollars / change on a year earlier)" declares the
    unit of the rows under it."""
    text = (
        "Korea's ICT exports rose 2.2 percent to 17.4 billion dollars in June.\n\nDisplay panels and computers"
        " declined by 3.3 percent and 1.2 percent, respectively, though a 95 percent jump in tablet exports helped."
        "\n\n□ By destination (June, billion dollars / change on a year earlier)\n  China (the largest buyer) | 8.8"
        " | +4.1%\n  India | 0.62 | -7%\n"
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-06", item="displays")] == (None, -3.3, None)
    assert facts[k("2031-06", item="computers")] == (None, -1.2, None)
    assert facts[k("2031-06", region="china")] == (8.8e9, 4.1, None)
    assert facts[k("2031-06", region="india")] == (6.2e8, -7.0, None)


def test_the_whole_a_share_is_of_names_no_new_subject() -> None:
    """ "반도체 수출액은 …로 ICT 수출 전체의 57%를 차지했고, 1년 전보다 21.4% 증가했다", "Chip exports, accounting for
    57 percent of total ICT exports, rose 21.4 percent": the change after the share is still the chips'."""
    ko = (
        "지난해 ICT 수출은 2101억달러로 6.6% 늘었다.\n\n반도체 수출액은 1197억달러로 ICT 수출 전체의 57%를"
        " 차지했고, 1년 전보다 21.4% 증가했다."
    )
    en = (
        "ICT exports rose 6.6 percent to $210.1 billion last year.\n\nChip exports, accounting for 57 percent of total"
        " ICT exports, rose 21.4 percent to $119.7 billion."
    )
    for text in (ko, en):
        facts = read(text, "2031-01-17")
        assert facts[k("2030-01/2030-12", item="semiconductors")] == (1.197e11, 21.4, None)
        assert facts[k("2030-01/2030-12")] == (2.101e11, 6.6, None)


def test_a_table_of_quarters_takes_its_captions_year_and_a_row_labels_unit() -> None:
    """ "<참고> 2029년 분기별 ICT 수출 실적" over "구분 | 1분기 | 2분기", "수출액(억달러) | 411.2 | 433.9" and
    "증감률(%) | 3.1 | 4.4": the quarters are the caption's year, the amounts in the unit the row's label notes."""
    text = (
        "지난해 ICT 수출은 1890억달러로 4.1% 늘었다.\n\n<참고> 2029년 분기별 ICT 수출 실적\n 구분 | 1분기 | 2분기\n"
        " 수출액(억달러) | 411.2 | 433.9\n 증감률(%) | 3.1 | 4.4\n"
    )
    facts = read(text, "2030-01-16")
    assert facts[k("2029-01/2029-03")] == (4.112e10, 3.1, None)
    assert facts[k("2029-04/2029-06")] == (4.339e10, 4.4, None)
    assert not any(key[0].startswith("2030") for key in facts)


def test_korean_headline_topic_before_a_comma_items_led_by_and_a_running_totals_change() -> None:
    """ "SSD, 서버 수요에 88.1%↑" under a title: the name before the comma is the headline's subject, its cause after
    it; "ICT는 휴대폰과 반도체를 앞세워 0.4% 증가" after "1~9월 누적 ICT 수출은 …": the items it was led by are no
    subject, and the change with no period of its own, the month's change already read, is the running total's."""
    title = (
        "[리포트] 2030년 ICT 수출 2201억달러\nSSD, 서버 수요에 88.1%↑\n\n- 작년 ICT 수출 2201억5000만달러, 전년비 +6.1%"
    )
    facts = read(title, "2031-01-15")
    assert facts[k("2030-01/2030-12", item="ssd")] == (None, 88.1, None)
    assert facts[k("2030-01/2030-12")] == (2.2015e11, 6.1, None)
    text = (
        "지난달 ICT 수출액은 171억달러로 2.2% 늘었다.\n\n올해 1월부터 9월까지 누적 ICT 수출은 1,411억달러입니다.\n"
        "전체 수출은 줄었지만 ICT는 휴대폰과 반도체를 앞세워 0.4% 증가했습니다."
    )
    facts = read(text, "2030-10-13")
    assert facts[k("2030-09")] == (1.71e10, 2.2, None)
    assert facts[k("2030-01/2030-09")] == (1.411e11, 0.4, None)
    assert not any(key[2] in ("semiconductors", "mobile_phones") for key in facts)


def test_a_release_section_headed_by_its_partners_is_the_ict_reports() -> None:
    """ "□ 주요 수출국 (9월, 억달러)" over "ㅇ 중국 61.2 / 미국 17.5": a section on the main export markets is a
    breakdown of the ICT report, not a section on another subject."""
    text = (
        "[기자] 반도체 호황에 ICT 수출이 최대 기록을 새로 썼다.\n\n산업부 13일 'ICT 수출입 동향'\n\n"
        "□ 9월 ICT 수출 171억2000만달러, 전년 동월 대비 6.3% 증가\n\n□ 품목별 수출\n ㅇ 반도체 : 90억달러, 9.9% 증가"
        "\n\n"
        "□ 주요 수출국 (9월, 억달러)\n ㅇ 중국 61.2 / 미국 17.5 / 일본 3.9\n"
    )
    facts = read(text, "2031-10-13")
    assert facts[k("2031-09", region="china")] == (6.12e9, None, None)
    assert facts[k("2031-09", region="japan")] == (3.9e8, None, None)


def test_a_short_label_line_gives_its_item_to_the_bare_figures_of_the_next() -> None:
    """A card-news text: "2/ 효자는 디스플레이" over "21.1억달러, 7% 증가": the label's item is the figures'; a title
    that names the trade ("ICT 수출, 반도체가 버텼지만 휴대전화 '구멍'") is no such label."""
    text = (
        "[카드뉴스] 6월 ICT 수출, 숫자로 보기\n\n1/ 6월 ICT 수출 201.7억달러\n전년 같은 달보다 3.3% 늘었습니다\n\n"
        "2/ 효자는 디스플레이\n21.1억달러, 7% 증가\n\n3/ 휴대전화도 소폭 플러스\n9.9억달러, 1.2% 증가"
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-06")] == (2.017e10, 3.3, None)
    assert facts[k("2031-06", item="displays")] == (2.11e9, 7.0, None)
    assert facts[k("2031-06", item="mobile_phones")] == (9.9e8, 1.2, None)
    titled = "ICT 수출, 반도체가 버텼지만 휴대전화 '구멍'\n\n3분기 431억달러… 4.2% 감소"
    assert read(titled, "2031-10-14")[k("2031-07/2031-09")] == (4.31e10, -4.2, None)


def test_english_a_bracketed_description_of_an_item_and_a_with_clause_after_its_month() -> None:
    """ "• Semiconductors (largest ICT item): $10.1bn" is the chips' line, the ICT word only describing them; "They
    returned to growth in June, with a 2 percent gain, and rose 4.1 percent in July": the gain is June's."""
    text = (
        "ICT exports rose 2.5 percent to $16.6 billion in August.\n\n  • Semiconductors (largest ICT item): US$10.1bn,"
        " +9.3% yoy\n  • Displays (over a tenth of ICT exports): US$1.9bn, -2.2% yoy\n\nICT exports shrank 2.6 percent"
        " in May. They returned to growth in June, with a 2 percent gain, and rose 4.1 percent in July."
    )
    facts = read(text, "2031-09-15")
    assert facts[k("2031-08", item="semiconductors")] == (1.01e10, 9.3, None)
    assert facts[k("2031-08", item="displays")] == (1.9e9, -2.2, None)
    assert facts[k("2031-08")] == (1.66e10, 2.5, None)
    assert facts[k("2031-06")] == (None, 2.0, None)
    assert facts[k("2031-07")] == (None, 4.1, None)


def test_english_less_than_in_the_month_last_year_and_a_surge_that_took_an_items_exports() -> None:
    """ "16.7 percent less than in August last year" is a change on a year earlier (not "than in July", a month
    back); "A 41.2 percent surge took semiconductor exports to $8.8 billion" names the item after its change."""
    text = (
        "Shipments of ICT products came to 17.15 billion U.S. dollars in August, 6.1 percent less than in August last"
        " year.\n\nA 41.2 percent surge took semiconductor exports to $8.8 billion."
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08")] == (1.715e10, -6.1, None)
    assert facts[k("2031-08", item="semiconductors")] == (8.8e9, 41.2, None)


def test_english_them_after_a_cause_is_the_item_that_opens_the_sentence() -> None:
    """ "Display exports grew again: firmer demand for LCD and OLED panels lifted them 4.4 percent to $2.1 billion":
    the pronoun is the displays, not the panels the cause names."""
    text = (
        "ICT exports rose 3.1 percent to $16.6 billion in April.\n\nDisplay exports, meanwhile, grew for a third"
        " month: firmer demand for LCD and OLED panels lifted them 4.4 percent to $2.1 billion."
    )
    facts = read(text, "2031-05-15")
    assert facts[k("2031-04", item="displays")] == (2.1e9, 4.4, None)
    assert not any(key[2] in ("lcd", "oled") for key in facts)


def test_korean_focus_sentence_then_a_reason_clause_item_and_a_headline_plunge() -> None:
    """ "감소 폭이 가장 큰 품목은 디스플레이였다. LCD 수출이 줄면서 14억 달러, 21.1% 감소로 집계됐다": the item
    of the reason's clause is no subject, the figures the focus item's (but "컴퓨터는 SSD 수요 확대로 …" after such a
    sentence is a topic of its own); "휴대폰 수출 21.1% 추락" in a headline is a fall."""
    text = (
        "'리콜' 직격탄…9월 휴대폰 수출 21.1% 추락\n\n9월 ICT 수출은 150억 달러로 2.2% 줄었다.\n\n감소 폭이 가장 큰"
        " 품목은 디스플레이였다. LCD 수출이 줄면서 14억 달러, 21.5% 감소로 집계됐다. 컴퓨터는 SSD 수요 확대로"
        " 12억 달러를 기록해 9.9% 늘었다."
    )
    facts = read(text, "2031-10-13")
    assert facts[k("2031-09", item="mobile_phones")] == (None, -21.1, None)
    assert facts[k("2031-09", item="displays")] == (1.4e9, -21.5, None)
    assert facts[k("2031-09", item="computers")] == (1.2e9, 9.9, None)
    assert not any(key[2] in ("lcd", "ssd") for key in facts)


def test_a_card_news_cards_lines_go_on_from_each_other_and_a_new_card_opens_the_reports_period() -> None:
    """ "#3 상반기 반도체 수출 410억 달러" over "지난해 같은 기간보다 22.2% 증가": one card, one subject and period;
    "#5 디스플레이 131억 달러" after a card on June alone is the half's; "전체 무역흑자의 88.1%" is a share."""
    text = (
        "[카드뉴스] 숫자로 본 상반기 ICT 수출\n\n#1 올해 상반기(1~6월) ICT 수출 901억 달러\n상반기 기준 역대 최대\n\n"
        "#3 상반기 반도체 수출 410억 달러\n지난해 같은 기간보다 22.2% 증가\n\n#4 6월 한 달 반도체 수출 72억 달러\n"
        "월간 최대\n\n#5 디스플레이 131억 달러\nOLED 수요 덕에 4.4% 증가\n\n#7 상반기 ICT 무역흑자 401억 달러\n"
        "전체 무역흑자의 88.1%"
    )
    facts = read(text, "2031-07-12")
    half = "2031-01/2031-06"
    assert facts[k(half, item="semiconductors")] == (4.1e10, 22.2, None)
    assert facts[k("2031-06", item="semiconductors")] == (7.2e9, None, None)
    assert facts[k(half, item="displays")] == (1.31e10, 4.4, None)
    assert facts[k(half, "balance")] == (4.01e10, None, None)
    assert facts[k(half)] == (9.01e10, None, None)


def test_english_a_places_levies_are_no_partner_and_goods_imported_after_their_amount() -> None:
    """ "buyers stocking up ahead of expected U.S. levies helped the sector post a $8.1 billion surplus": the U.S. is
    a policy's, not a partner's; "With $11.9 billion worth of ICT goods imported in the month" is the imports'."""
    text = (
        "ICT exports rose 6.6 percent to $20.1 billion in May.\n\nBuyers stocking up ahead of expected U.S. levies"
        " helped the ICT sector post a $8.1 billion trade surplus in May.\n\nWith USD11.9 billion worth of ICT goods"
        " imported in the month, the sector's surplus held up."
    )
    facts = read(text, "2031-06-12")
    assert facts[k("2031-05", "balance")] == (8.1e9, None, None)
    assert facts[k("2031-05", "import")] == (1.19e10, None, None)
    assert not any(key[3] == "us" for key in facts)


def test_korean_a_figure_sentence_named_by_the_next_and_a_change_that_modifies_this_item() -> None:
    """ "2101억 달러. 정부가 15일 집계한 2030년 정보통신기술(ICT) 수출액이다.": the figure written first is the year's
    ICT exports; "… 반도체 한 품목에서 나왔다. 전년비 12.2% 늘어난 이 품목은 …": the change is the chips'."""
    text = (
        "[칼럼] 사상 최대 ICT 수출\n\n2101억 달러. 정부가 15일 집계한 2030년 정보통신기술(ICT) 수출액이다. 역대 가장"
        " 큰 숫자다.\n\n절반이 반도체 한 품목에서 나왔다. 전년비 12.2% 늘어난 이 품목은 서버용 D램 수요 덕에 메모리가"
        " 최고치를 갈아 치웠다. 컴퓨터도 11억 달러로 7.4% 늘며 힘을 보탰다.\n\n휴대폰 수출은 1년 전보다 3.2%"
        " 줄어든 121억 달러에 그쳤다."
    )
    facts = read(text, "2031-01-15")
    year = "2030-01/2030-12"
    assert facts[k(year)] == (2.101e11, None, None)
    assert facts[k(year, item="semiconductors")] == (None, 12.2, None)
    text = "2월 ICT 수출은 180억 달러였다.\n\n2101억 달러. 정부가 집계한 2030년 정보통신기술(ICT) 수출액이다."
    assert read(text, "2031-03-15")[k(year)] == (2.101e11, None, None)
    assert facts[k(year, item="mobile_phones")] == (1.21e10, -3.2, None)


def test_a_broadcast_anchors_question_names_the_subject_of_the_reporters_answer() -> None:
    """ "앵커) 반도체는 얼마나 줄었습니까?" / "기자) 같은 기간 401억 달러어치가 나가 21.1% 감소했습니다.": the answer's
    figures are the question's item; "1년 전보다 9.9% 적은 액수입니다" is no import ("액수입니다")."""
    text = (
        "앵커) 상반기 ICT 수출이 줄었습니다.\n\n기자) 1월부터 6월까지 ICT 수출액은 901억 달러입니다. 1년 전 같은"
        " 기간보다 9.9% 적은 액수입니다.\n\n앵커) 반도체는 얼마나 줄었습니까?\n\n기자) 같은 기간 401억 달러어치가 나가"
        " 21.1% 감소했습니다."
    )
    facts = read(text, "2031-07-13")
    half = "2031-01/2031-06"
    assert facts[k(half)] == (9.01e10, -9.9, None)
    assert facts[k(half, item="semiconductors")] == (4.01e10, -21.1, None)
    assert not any(key[1] == "import" for key in facts)
    text = (
        "ICT exports fell 9.9 percent in June.\n\nANCHOR: And displays?\n\nREPORTER: 1.9 billion dollars' worth,"
        " down 3.3 percent."
    )
    assert read(text, "2031-07-13")[k("2031-06", item="displays")] == (1.9e9, -3.3, None)


def test_korean_signs_from_a_lists_label_and_verbs_of_loss_and_jump() -> None:
    """ "- 줄어든 곳: 유럽연합 6.1%, 일본 1.9%": the label's word signs every figure of its list; "12.2%, 대략 8분의 1이
    사라진 셈이다" is a fall, "완제품이 … 41.1% 뛰면서" a rise after a fall."""
    text = (
        "12월 ICT 수출은 180억 달러로 5% 늘었다.\n\n- 늘어난 곳: 중국 10.1%, 미국 4.4%\n- 줄어든 곳: 유럽연합 6.1%,"
        " 일본 1.9%\n\n휴대전화 부품은 10억 달러로 13.6% 줄었는데 완제품이 4억 달러로 41.1% 뛰면서 감소 폭을 줄였다."
    )
    facts = read(text, "2031-01-16")
    assert facts[k("2030-12", region="japan")] == (None, -1.9, None)
    assert facts[k("2030-12", region="us")] == (None, 4.4, None)
    assert facts[k("2030-12", item="finished_phones")] == (4e8, 41.1, None)
    text = "지난해 ICT 수출액은 1,701억 달러다. 2029년에 비해 12.2%, 대략 8분의 1이 사라진 셈이다."
    assert read(text, "2031-01-20")[k("2030-01/2030-12")] == (1.701e11, -12.2, None)


def test_an_amount_brought_in_a_group_of_main_items_and_that_segment() -> None:
    """ "101억달러어치를 들여온 수입을 빼면 무역수지는 81억달러 흑자였다": the amount is the imports';
    "반도체·디스플레이 3대 주력품목이 모두 부진해 수출은 … 9.9% 줄었다" names examples of a group;
    "Displays were the exception. …, that segment grew 2.2 percent" is the displays'."""
    text = (
        "지난달 수출은 182억달러였다. 101억달러어치를 들여온 수입을 빼면 무역수지는 81억달러 흑자였다.\n\n"
        "ㅇ 반도체·디스플레이·휴대폰 3대 주력품목이 모두 부진해 수출은 1년 전보다 9.9% 줄었음"
    )
    facts = read(text, "2031-10-14")
    assert facts[k("2031-09", "import")] == (1.01e10, None, None)
    assert facts[k("2031-09", "balance")] == (8.1e9, None, None)
    assert facts[k("2031-09")] == (1.82e10, -9.9, None)
    text = (
        "ICT exports fell 6.6 percent in August.\n\nDisplay panels were the exception. Supported by demand for OLED"
        " screens in mobile devices, that segment grew 2.2 percent to 2.01 billion dollars."
    )
    assert read(text, "2031-09-14")[k("2031-08", item="displays")] == (2.01e9, 2.2, None)


def test_figures_named_after_their_amount_a_participle_after_a_month_and_fewer_in_korean() -> None:
    """ "US$8.1 billion in semiconductor sales in June" is the chips'; "a 11.2 percent on-year surge in South
    Korea's ICT exports" the total's; "They turned around in June, growing 2 percent, and rose 4.4 percent in July";
    "…보다 6.1% 적습니다" is a fall."""
    text = (
        "SEOUL -- Strong demand for chips drove a 11.2 percent on-year surge in South Korea's ICT exports in June."
        "\n\nUS$8.1 billion in semiconductor sales in June -- 7.9 per cent less than a year earlier -- led the way."
        "\n\nICT exports sank 5.3 percent on-year in March. They turned around in April, growing 2 percent, and rose"
        " 4.4 percent in May."
    )
    facts = read(text, "2031-07-13")
    assert facts[k("2031-06")] == (None, 11.2, None)
    assert facts[k("2031-06", item="semiconductors")] == (8.1e9, -7.9, None)
    assert facts[k("2031-04")] == (None, 2.0, None)
    assert facts[k("2031-05")] == (None, 4.4, None)
    text = "10월 ICT 수출은 171억 달러였습니다. 작년 같은 달보다 6.1% 적습니다."
    assert read(text, "2031-11-14")[k("2031-10")] == (1.71e10, -6.1, None)


def test_the_second_hyphen_of_a_dash_is_no_minus_sign() -> None:
    """ "US$8.1 billion in chip sales in June -- 7.9 per cent more than a year earlier -- led the way": a dash
    written as two hyphens before the figure signs nothing."""
    text = (
        "ICT exports rose 3 percent in June.\n\nUS$8.1 billion in semiconductor sales in June -- 7.9 per cent more"
        " than a year earlier -- led the way."
    )
    assert read(text, "2031-07-13")[k("2031-06", item="semiconductors")] == (8.1e9, 7.9, None)


def test_korean_an_amount_of_the_flow_in_force_waits_for_its_subject_and_a_line_reached_is_a_bound() -> None:
    """ "A. 반도체입니다. 487억 달러어치를 수출해 13.4% 늘었는데, … 연간 수출 400억 달러 선에 들어선 건 처음": the
    exported amount is the chips' (the answer's subject), "400억 달러 선" a line reached, no figure."""
    text = (
        "지난해 ICT 수출은 1601억 달러였다.\n\nQ. 1등 품목은?\n\nA. 반도체입니다. 487억 달러어치를 수출해 13.4%"
        " 늘었는데, 단일 품목이 연간 수출 400억 달러 선에 들어선 건 처음입니다."
    )
    facts = read(text, "2031-01-06")
    assert facts[k("2030-01/2030-12", item="semiconductors")] == (4.87e10, 13.4, None)


def test_a_table_of_bare_rates_under_a_caption_of_year_on_year_changes() -> None:
    """ "□ ICT 수출 증감률 추이 (전년 동월 대비, %)" over "'30.12월 | '31.1월 | 2월" and "△3.5 | 2.2 | △1.1": each cell
    is its month's change; the same table of daily averages ("일평균 수출 증감률 추이") gives none."""
    table = "   '30.12월 | '31.1월 | 2월\n   △3.5    | 2.2     | △1.1\n"
    text = f"2월 ICT 수출은 151억불(△1.1%)\n\n□ ICT 수출 증감률 추이 (전년 동월 대비, %)\n{table}"
    facts = read(text, "2031-03-14")
    assert facts[k("2030-12")] == (None, -3.5, None)
    assert facts[k("2031-01")] == (None, 2.2, None)
    daily = read(
        f"2월 ICT 수출은 151억불(△1.1%)\n\n□ 일평균 수출 증감률 추이 (전년 동월 대비, %)\n{table}", "2031-03-14"
    )
    assert k("2030-12") not in daily


def test_korean_a_figure_first_clause_modifying_the_topic_and_a_year_compared_with() -> None:
    """ "1년 전보다 21.3% 늘어난 반도체는 …" gives the change to the topic it modifies; "2029년 한 해와 견주면 4.1%
    늘어난 것으로" compares with that year, it does not date the change."""
    text = (
        "9월 ICT 수출은 203억달러로 3% 늘었다.\n\n이 성적의 중심에는 반도체가 있다. 1년 전보다 21.3% 늘어난 반도체는"
        " 역대 최대 수출액을 갈아치웠다."
    )
    assert read(text, "2031-10-14")[k("2031-09", item="semiconductors")] == (None, 21.3, None)
    text = "Q. 지난해 ICT 수출은?\n\nA. 1,881억 달러입니다. 2029년 한 해와 견주면 4.1% 늘어난 것으로, 사상 최대입니다."
    assert read(text, "2031-01-09")[k("2030-01/2030-12")] == (1.881e11, 4.1, None)


def test_english_below_the_level_of_a_month_names_the_base() -> None:
    """ "At $12.2 billion, January shipments were 7.8 percent below the level of January 2030": the month after "the
    level of" is the base of the change, not its period."""
    text = (
        "- Korea's ICT exports shrank for a second month in January.\n- At $12.2 billion, January shipments were 7.8"
        " percent below the level of January 2030."
    )
    assert read(text, "2031-02-15")[k("2031-01")] == (1.22e10, -7.8, None)


def test_korean_a_line_labels_colon_items_that_grew_and_a_figure_first_clause_before_a_comma() -> None:
    """ "- 메모리 반도체: HBM 주문이 폭주하면서 … 71억 달러어치 나감": the label is the line's subject, HBM its cause;
    "반도체와 정보기기 등이 늘면서 … 8.9% 증가했다" is the imports' change; "… 13.1% 불어난 휴대폰이, …" is the
    phones' rise."""
    text = (
        "11월 ICT 수출은 210억 달러로 5% 늘었다.\n\n- 메모리 반도체: AI 서버용 HBM 주문이 폭주하면서 11월에 71억"
        " 달러어치 나감. 1년 전 같은 달보다 22% 늘었음.\n\n지난달 수입은 101억 달러였다. 반도체와 정보기기 등이"
        " 늘면서 전년 동월보다 8.9% 증가했다.\n\n1년 전보다 13.1% 불어난 휴대폰이, 20.8% 감소한 반도체를 밀어냈다."
    )
    facts = read(text, "2031-12-15")
    assert facts[k("2031-11", item="memory")] == (7.1e9, 22.0, None)
    assert facts[k("2031-11", "import")] == (1.01e10, 8.9, None)
    assert facts[k("2031-11", item="mobile_phones")] == (None, 13.1, None)
    assert k("2031-11", item="hbm") not in facts


def test_korean_a_list_of_subject_and_rate_fragments_closed_by_one_verb() -> None:
    """ "반도체가 6.2%, 디스플레이가 9.1%, 컴퓨터는 무려 30.9% 줄었습니다": the verb closes every fragment of the list,
    which are no shares ("반도체가 57%" alone in a headline is one)."""
    text = "10월 ICT 수출은 178억 달러였다.\n\n반도체가 6.2%, 디스플레이가 9.1%, 컴퓨터는 무려 30.9% 줄었습니다."
    facts = read(text, "2031-11-14")
    assert facts[k("2031-10", item="semiconductors")] == (None, -6.2, None)
    assert facts[k("2031-10", item="displays")] == (None, -9.1, None)
    assert facts[k("2031-10", item="computers")] == (None, -30.9, None)


def test_a_change_two_amounts_contradict_only_in_sign_takes_their_direction() -> None:
    """ "$12.0 billion against $10.0 billion a year earlier, a 20 percent slide": the amounts agree with the change's
    size and not its sign, so the sign is the misreading; the year-earlier amount stays. A change whose size they
    do not match leaves the change and drops the prior, as before."""
    facts = read(
        "Chip exports reached $12.0 billion in April 2031, against $10.0 billion a year earlier, a 20 percent slide"
        " in the eyes of nobody.",
        "2031-05-14",
    )
    assert facts[k("2031-04", item="semiconductors")] == (1.2e10, 20.0, 1.0e10)
    facts = read(
        "Chip exports reached $12.0 billion in April 2031, against $10.0 billion a year earlier, up 9 percent.",
        "2031-05-14",
    )
    assert facts[k("2031-04", item="semiconductors")] == (1.2e10, 9.0, None)


def test_an_ordinal_day_before_a_month_is_a_date_not_a_period() -> None:
    """ "SEOUL, 14th May, 2031 (AGENCY) --" dates the story: the month it names is not the figures' (the imports
    below are April's, the month the lead named, even when the page's own date came weeks later)."""
    text = (
        "SEOUL, 14th May, 2031 (AGENCY) -- Korea's ICT exports grew in April from a year earlier.\n\n"
        "Outbound ICT shipments in April reached $21.4 billion, against $19.9 billion a year before.\n\n"
        "Imports edged up 2.2 percent to $11.1 billion."
    )
    facts = read(text, "2031-06-08")
    assert facts[k("2031-04", "import")] == (1.11e10, 2.2, None)
    assert k("2031-05", "import") not in facts


def test_a_change_reaches_the_month_after_its_year_ago_base_and_amount() -> None:
    """ "rose 4.4 per cent from a year earlier to $16.3 billion in March": the base is the change's, not a new group
    of figures, so the change is March's like the amount (also when the page is dated two months on)."""
    text = (
        "Tech shipments turn up again\n"
        "The ICT exports rose 4.4 per cent from a year earlier to $16.3 billion in March, the ministry said."
    )
    assert read(text, "2031-05-02")[k("2031-03")] == (1.63e10, 4.4, None)


def test_korean_a_breakdown_written_with_a_space_before_byeollo_ends_the_firms_story() -> None:
    """ "지역 별로는 중국 수출이 …" opens a breakdown of the country's exports as "지역별로는" does: the small firms'
    story before it in the same paragraph ends there."""
    text = (
        "5월 ICT 수출은 141억2000만달러였다. 중소기업 ICT 수출액은 총 31억달러다. 작년 5월 대비 12.5% 줄었다."
        " 반도체(12억달러, -3.1%) 등이 부진했다. 지역 별로는 중국 수출이 70억2000만달러로 3.3% 상승했다."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", region="china")] == (7.02e9, 3.3, None)
    assert k("2031-05", item="semiconductors") not in facts


def test_korean_a_quoted_target_amount_is_no_figure() -> None:
    """ "정부가 내건 '반도체 수출 2,500억 달러' 목표": a target in quotes is a target all the same."""
    text = "지난해 ICT 수출은 2,101억 달러였다.\n\n정부가 내건 '반도체 수출 2,500억 달러' 목표는 멀다."
    facts = read(text, "2031-01-20")
    assert facts[k("2030-01/2030-12")] == (2.101e11, None, None)
    assert k("2030-01/2030-12", item="semiconductors") not in facts


def test_an_amount_written_as_an_adjective_with_a_hyphen() -> None:
    """ "a $6.7-billion surplus": the hyphen joins the amount to its noun; the amount is read all the same."""
    text = (
        "Korea's ICT trade posted a $6.7-billion surplus in August 2031, as exports rose 12.3 percent to $14.8 billion."
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", "balance")] == (6.7e9, None, None)
    assert facts[k("2031-08")] == (1.48e10, 12.3, None)


@pytest.mark.parametrize("share", ["전체 ICT 수출의 35.6%를 차지했으며", "비중이 35.6%였으며"])
def test_korean_a_change_after_a_share_in_the_next_clause_is_the_partners(share: str) -> None:
    """ "…72억 달러로 전체 ICT 수출의 35.6%를 차지했으며 3.1% 감소했다": the share's words qualify the rate right
    after them; the change in the next clause is the partner's."""
    text = f"8월 ICT 수출은 202억 달러였다. 중국 수출은 72억 달러로 {share} 3.1% 감소했다."
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", region="china")] == (7.2e9, -3.1, None)
    assert all(numbers[1] != 35.6 for numbers in facts.values())


@pytest.mark.parametrize("led", ["를 중심으로", "가 이끌며", "를 앞세워"])
def test_korean_a_figure_after_the_item_a_total_was_led_by_is_the_topics(led: str) -> None:
    """ "미국 수출은 반도체(11억 달러, 30.1%↑)를 중심으로 10.4% 늘어난 25억 달러였다": the bracket's figures are the
    chips' to the US; once the example the total was led by is closed, the figures are the marked topic's."""
    text = f"8월 ICT 수출은 202억 달러였다. 미국 수출은 반도체(11억 달러, 30.1%↑){led} 10.4% 늘어난 25억 달러였다."
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", region="us")] == (2.5e9, 10.4, None)
    assert facts[k("2031-08", item="semiconductors", region="us")] == (1.1e9, 30.1, None)


def test_english_after_an_aside_that_names_an_item_with_its_own_figures_the_subject_returns() -> None:
    """ "Imports, led by chips ($5.0 billion, up 7.0 percent), rose 4.0 percent to $9.9 billion": the bracket is the
    chips', the figures after the aside the imports' total; a subject named after the aside stays its own ("…, led
    by memory ($3.0 billion, +20.3%); system chips were $1.9 billion")."""
    text = (
        "Korea's ICT exports rose 4.1 percent on-year to $20.2 billion in August 2031. Imports, led by chips ($5.0"
        " billion, up 7.0 percent), rose 4.0 percent to $9.9 billion. Chip exports were $8.1 billion, led by memory"
        " ($5.5 billion, +12.0%); system chips were $2.2 billion (+1.1%)."
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", "import")] == (9.9e9, 4.0, None)
    assert facts[k("2031-08", "import", item="semiconductors")] == (5.0e9, 7.0, None)
    assert facts[k("2031-08", item="system_semiconductors")] == (2.2e9, 1.1, None)


def test_korean_a_sentence_per_line_a_comparison_line_and_a_firms_story_go_on() -> None:
    """Where every line is one sentence, "작년 동월 대비 6.5% 상승했다." goes on with the subject of the line before
    ("반도체 수출액은 81억5000만달러다."), and a small firms' story goes on to the lines that name nobody else."""
    text = "\n".join(
        [
            "5월 ICT 수출은 141억2000만달러로 잠정 집계됐다.",
            "품목별로 보면 반도체 수출액은 81억5000만달러다.",
            "작년 동월 대비 6.5% 상승했다.",
            "중소기업 ICT 수출액은 총 29억달러다.",
            "작년 5월 대비 17.8% 줄었다.",
            "반도체(11억9000만달러, -8.1%), 2차전지 등 전기장비(2억4000만달러, -20.1%) 등이 부진했다.",
        ]
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="semiconductors")] == (8.15e9, 6.5, None)
    assert k("2031-05", item="secondary_batteries") not in facts


def test_english_a_quote_that_ends_its_sentence_ends_it() -> None:
    """'… to stay competitive." In the first half, exports …': the closing quote after the full stop ends the quoted
    sentence; the partners listed in the next one are the half's, not the quote's causes."""
    text = (
        "Korea's ICT exports rose 9.9 percent to $123.4 billion in the first half of 2031. The ministry said, \"Display"
        ' exports fell as production in Vietnam expanded to stay competitive." In the first half, exports increased'
        " in Taiwan (up 71.2%) and India (up 8.8%)."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-01/2031-06", region="taiwan")] == (None, 71.2, None)
    assert facts[k("2031-01/2031-06", region="india")] == (None, 8.8, None)


def test_ko_a_short_sentence_naming_a_month_in_passing_is_no_heading_for_the_figures_after_it() -> None:
    """'설 연휴가 2월로 넘어가면서 … 영향이 컸다': a short sentence with its verb (no heading) names February as a
    cause's; the items after it in the paragraph are still January's."""
    facts = read(
        "1월 ICT 수출은 141억3000만달러로 12.4% 늘었다. 설 연휴가 2월로 밀리면서 조업일이 늘어난 영향이다. "
        "품목별로는 반도체가 45억1000만달러로 10.2% 늘었다.",
        "2031-02-03",
    )
    assert facts[k("2031-01", item="semiconductors")] == (4.51e9, 10.2, None)
    assert k("2031-02", item="semiconductors") not in facts


def test_ko_an_all_industry_release_recalled_goes_on_into_the_next_line_where_each_line_is_a_sentence() -> None:
    """A page with a sentence per line: '수입은 …' on the line after '3월 전체 수출액은 …' is still the economy's."""
    text = (
        "3월 ICT 수출 171억달러\n"
        "산업통상자원부에 따르면 3월 전체 수출액은 512억3000만달러로 작년 같은 달보다 6.2% 늘었다.\n"
        "수입은 455억1000만달러, 무역수지는 57억2000만달러 흑자였다.\n"
        "과학기술정보통신부에 따르면 ICT 수출은 171억4000만달러로 9.1% 증가했다.\n"
        "반도체는 92억달러로 18% 늘었다.\n"
        "ICT 수입은 90억2000만달러로 3.3% 늘었고, 수지는 81억2000만달러 흑자였다.\n"
    )
    facts = read(text, "2031-04-14")
    assert facts[k("2031-03", flow="import")] == (9.02e9, 3.3, None)
    assert facts[k("2031-03", flow="balance")] == (8.12e9, None, None)


def test_a_line_that_opens_on_they_goes_on_with_the_subject_of_the_line_before() -> None:
    """A page with a sentence per line: 'They came to …' is the partner's of 'Exports to Vietnam … in July.'"""
    text = (
        "Vietnam trade note\n"
        "Korea's ICT exports fell 11.0 percent in July to $15.1 billion.\n"
        "Exports to Vietnam fell for a ninth month in July.\n"
        "They came to $2.19 billion, down 24.0 percent on a year earlier.\n"
        "Imports from Vietnam fell 9.1 percent to $1.03 billion.\n"
        "Chip exports to Vietnam were $1.07 billion.\n"
    )
    facts = read(text, "2031-08-14")
    assert facts[k("2031-07", region="vietnam")] == (2.19e9, -24.0, None)
    assert facts[k("2031-07")] == (1.51e10, -11.0, None)


def test_ko_an_amount_with_its_man_left_out_after_a_space_is_read() -> None:
    """'80억 4000달러' is 80억4000만 달러 with 만 left out, as '80억4000달러' is."""
    facts = read("7월 ICT 수출은 157억 1000달러였다. 반도체는 80억 4000달러로 60.1% 늘었다.", "2031-08-11")
    assert facts[k("2031-07")] == (1.571e10, None, None)
    assert facts[k("2031-07", item="semiconductors")] == (8.04e9, 60.1, None)


@pytest.mark.parametrize("word", ["off", "down"])
def test_per_cent_in_two_words_is_read_as_percent(word: str) -> None:
    """British copy writes 'per cent': the words that sign a change must know it as they know 'percent'."""
    facts = read(f"ICT exports fell in July. Displays came to $1.39 billion, {word} 14.3 per cent.", "2031-08-11")
    assert facts[k("2031-07", item="displays")] == (1.39e9, -14.3, None)


def test_a_sentence_glued_after_an_acronym_ends_there() -> None:
    """'… and the EU.Exports to China grew …': a site that drops the space between sentences, after an acronym."""
    from scraper.parser.sentences import split_sentences

    text = "Sales held up in the EU.Exports to China grew 2.9 percent to $6.38 billion."
    assert split_sentences(text) == ["Sales held up in the EU", "Exports to China grew 2.9 percent to $6.38 billion."]
    assert split_sentences("It rose in the EU. Exports to China grew.") == [
        "It rose in the EU.",
        "Exports to China grew.",
    ]


@pytest.mark.parametrize(
    "remark",
    [
        "분기 수출이 늘어난 것은 2029년 3분기 이후 처음이다.",
        "It was the quarter's first rise since the third quarter of 2029.",
    ],
)
def test_a_remark_that_a_figure_is_the_first_since_frames_nothing_after_it(remark: str) -> None:
    """A record's or a streak's remark names the quarter of the figure before it; the breakdown after it is the
    report's month's, as it would be without the remark."""
    if remark.startswith("It"):
        text = (
            "ICT exports rose 11.8% to $18.71 billion in September. Exports for the third quarter grew 6.4% to "
            f"$50.93 billion. {remark} By item, chip exports rose 11.9% to $10.04 billion."
        )
    else:
        text = (
            "9월 ICT 수출은 187억1000만달러로 11.8% 증가했다. 3분기(7~9월) ICT 수출은 509억3000만달러로 6.4% 증가했다. "
            f"{remark} 품목별로 보면 반도체가 100억4000만달러로 11.9% 늘었다."
        )
    facts = read(text, "2031-10-15")
    assert facts[k("2031-09", item="semiconductors")] == (1.004e10, 11.9, None)


@pytest.mark.parametrize("first, second", [("up", "down"), ("down", "up")])
def test_each_change_of_a_respectively_list_keeps_its_own_direction_word(first: str, second: str) -> None:
    """ "up 4.9 percent and down 1.7 percent": the word after the first change opens the second one; it does not
    sign the first as "(21.2% increase)" would."""
    text = (
        "ICT exports climbed 3.3 percent in August to $16.84 billion. Shipments to Taiwan and Mexico came to "
        f"$520 million and $370 million, respectively, {first} 4.9 percent and {second} 1.7 percent."
    )
    facts = read(text, "2031-09-14")
    sign = 1 if first == "up" else -1
    assert facts[k("2031-08", region="taiwan")] == (5.2e8, sign * 4.9, None)
    assert facts[k("2031-08", region="other:mexico")][1] == -sign * 1.7


def test_a_partner_named_bare_after_an_item_of_the_paragraphs_partner_is_its_own_total() -> None:
    """ "Exports to India rose … Chip exports to India jumped … Latin America rose …": the item broke down the
    paragraph's partner; the next partner named bare is a total of its own, as after a partner's total."""
    text = (
        "ICT exports rose 6.1 percent in March to $17.33 billion. Exports to India rose 21.4 percent to $410 "
        "million. Chip exports to India jumped 35.2 percent to $185 million. Latin America, mainly Mexico, rose "
        "2.6 percent to $530 million."
    )
    facts = read(text, "2031-04-15")
    assert facts[k("2031-03", item="semiconductors", region="india")] == (1.85e8, 35.2, None)
    assert facts[k("2031-03", region="latin_america")] == (5.3e8, 2.6, None)
    assert k("2031-03", item="semiconductors", region="latin_america") not in facts


def test_a_partner_named_bare_after_an_item_to_a_partner_keeps_the_item() -> None:
    """No total of the partner before: "Chip exports to Taiwan … India rose …" goes on with chips."""
    text = (
        "ICT exports rose 6.1 percent in March to $17.33 billion. Chip exports to Taiwan jumped 12.3 percent to "
        "$1.62 billion. India rose 4.4 percent to $470 million."
    )
    assert read(text, "2031-04-15")[k("2031-03", item="semiconductors", region="india")] == (4.7e8, 4.4, None)


@pytest.mark.parametrize(
    "breakdown",
    [
        "지역별로 휴대폰 수출을 보면 미국向이 6억1천만 달러로 12.2% 늘었고, 인도向은 1억9천만 달러로 4.4% 줄었다.",
        "지역별 휴대폰 수출은 미국이 6억1천만 달러(12.2%↑)로 가장 많았다. 인도向은 1억9천만 달러(△4.4%)였다.",
        "휴대폰 수출을 국가별로 보면 미국이 6억1천만 달러(12.2%↑)로 1위였고 "
        "인도(뭄바이 포함)가 1억9천만 달러(△4.4%)로 뒤를 이었다.",
    ],
)
def test_an_item_broken_down_by_partner_goes_to_every_partner_of_the_breakdown(breakdown: str) -> None:
    """ "지역별 휴대폰 수출은 미국이 …. 인도向은 …": the partners after the first are the item's too, whatever
    marks them."""
    facts = read(f"3월 ICT 수출은 171억2000만달러로 5.3% 증가했다. {breakdown}", "2031-04-15")
    assert facts[k("2031-03", item="mobile_phones", region="us")] == (6.1e8, 12.2, None)
    assert facts[k("2031-03", item="mobile_phones", region="india")] == (1.9e8, -4.4, None)
    assert k("2031-03", region="india") not in facts


def test_a_breakdown_by_partner_that_names_an_item_in_passing_is_of_the_totals() -> None:
    """ "지역별 수출 동향을 보면 반도체 수출이 늘어난 대만이 …": the item is the cause, the partners' figures totals."""
    text = (
        "3월 ICT 수출은 171억2000만달러로 5.3% 증가했다. 지역별 수출 동향을 보면 반도체 수출이 늘어난 대만이 "
        "40억1천만 달러로 31.5% 증가했다. 일본은 3억3천만 달러로 2.1% 줄었다."
    )
    facts = read(text, "2031-04-15")
    assert facts[k("2031-03", region="taiwan")] == (4.01e9, 31.5, None)
    assert facts[k("2031-03", region="japan")] == (3.3e8, -2.1, None)


def test_the_customs_early_count_keeps_its_items_and_imports_until_ict_is_named() -> None:
    """ "관세청은 이달 1~10일 수출이 …. 반도체(…)와 … 수입은 …": the items and imports after an early count of all goods
    are that count's; the ICT release after it, in the same paragraph, is read as ever."""
    text = (
        "3월 초순 수출 9%↑\n"
        "관세청은 이달 1~10일 수출이 142억1천만달러로 9.3% 늘었다고 밝혔다. "
        "반도체(17.2%)와 자동차(8.8%) 수출이 늘었다. 수입은 150억2천만달러로 무역수지는 8억1천만달러 적자였다. "
        "한편 2월 ICT 수출은 170억4천만달러로 11.1% 증가했다. "
        "반도체는 95억2천만달러로 30.3% 늘었다. ICT 수입은 99억 달러로 4.2% 늘었다."
    )
    facts = read(text, "2031-03-12")
    assert facts[k("2031-02")] == (1.704e10, 11.1, None)
    assert facts[k("2031-02", item="semiconductors")] == (9.52e9, 30.3, None)
    assert facts[k("2031-02", flow="import")] == (9.9e9, 4.2, None)
    assert not any(key[0] == "2031-03" for key in facts) and k("2031-02", flow="balance") not in facts


def test_origins_named_before_a_later_imports_clause_go_on_with_the_imports() -> None:
    """ "By origin, imports from China rose …. Vietnam ($…) and Japan ($…) followed, and imports from the US rose …":
    the origins before the sentence's own "imports" are the imports of the sentence before, not exports."""
    text = (
        "ICT exports rose 6.1 percent in March to $17.33 billion. ICT imports grew 2.2 percent to $10.04 billion. "
        "By origin, imports from China rose 4.1% to $3.88 billion. Vietnam ($1.41 billion, +6.6%) and Japan "
        "($0.97 billion, -2.3%) followed, and imports from the US rose 1.9% to $840 million."
    )
    facts = read(text, "2031-04-15")
    assert facts[k("2031-03", flow="import", region="vietnam")] == (1.41e9, 6.6, None)
    assert facts[k("2031-03", flow="import", region="japan")] == (9.7e8, -2.3, None)
    assert k("2031-03", region="vietnam") not in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports to Japan, still reeling from the April typhoon, rose 3.1 percent to $4.2 billion.",
        "Exports to Japan rose 3.1 percent to $4.2 billion despite the April typhoon.",
    ],
)
def test_a_month_that_labels_an_event_dates_no_figure(sentence: str) -> None:
    """ "the April typhoon" names an event; the figure is the year's, as the story's other figures."""
    text = f"ICT exports rose 4.4 percent in 2030 to $231.6 billion. {sentence}"
    facts = read(text, "2031-01-14")
    assert facts[k("2030-01/2030-12", region="japan")] == (4.2e9, 3.1, None)
    assert not any(key[0] == "2030-04" for key in facts)


def test_a_month_before_its_figure_noun_still_dates_the_figure() -> None:
    text = (
        "ICT exports rose 4.4 percent in 2030 to $231.6 billion. In the April figure, exports to Japan rose 3.1 "
        "percent."
    )
    assert read(text, "2031-01-14")[k("2030-04", region="japan")] == (None, 3.1, None)


def test_there_after_an_items_flow_is_the_partner_named_last() -> None:
    """ "…, and handset shipments there slid 6.2 percent": "there" is the partner of the clause before."""
    text = (
        "ICT exports rose 6.1 percent in March to $17.33 billion. Chip exports to Vietnam grew 5.5 percent to "
        "$2.41 billion, and handset shipments there slid 6.2 percent to $0.44 billion."
    )
    facts = read(text, "2031-04-15")
    assert facts[k("2031-03", item="mobile_phones", region="vietnam")] == (4.4e8, -6.2, None)
    assert k("2031-03", item="mobile_phones") not in facts


def test_an_amount_in_eok_without_its_currency_before_its_change_is_in_dollars() -> None:
    """ "베트남 28.3억 ▲7.7%" in a text that counts in 억 달러: the currency is left out, not another one."""
    text = (
        "7월 ICT 수출은 201.4억 달러(▲5.5%)였다.\n"
        "- 디스플레이 17.1억 달러 ▼2.2% (OLED 12.6억 ▼1.1% / LCD 2.9억 ▼9.7%)\n"
        "- 베트남 28.3억 ▲7.7%\n- 협력사 투자 3,200억원 (▲12%)"
    )
    facts = read(text, "2031-08-14")
    assert facts[k("2031-07", item="oled")] == (1.26e9, -1.1, None)
    assert facts[k("2031-07", region="vietnam")] == (2.83e9, 7.7, None)
    assert all(value is None or value < 1e11 for value, _, _ in facts.values())


def test_dashes_pair_up_in_order_so_the_words_between_two_pairs_are_no_aside() -> None:
    """ "Chips -- $X, up Y% -- led, followed by OLED panels -- $Z …": the words between the first pair's closing
    dash and the next one's opening are the sentence's own, and OLED panels the subject of the last figures."""
    text = (
        "ICT exports rose 6.1 percent in March to $17.33 billion. Chips -- $9.42 billion, up 12.6 percent -- led "
        "the gains, followed by OLED panels -- $1.12 billion, up 4.1 percent."
    )
    facts = read(text, "2031-04-15")
    assert facts[k("2031-03", item="semiconductors")] == (9.42e9, 12.6, None)
    assert facts[k("2031-03", item="oled")] == (1.12e9, 4.1, None)


@pytest.mark.parametrize(
    "cause", ["on a weak demand outlook", "amid a murky global outlook", "as the economic outlook darkened"]
)
def test_an_outlook_given_as_a_cause_is_no_forecast(cause: str) -> None:
    """ "… dropped 21.4 percent to $7.12 billion on a weak demand outlook": the outlook is why, the figure counted."""
    text = (
        "ICT exports fell 9.7 percent to $15.26 billion in October. Chip exports dropped 21.4 percent to $7.12 "
        f"billion {cause}."
    )
    assert read(text, "2031-11-14")[k("2031-10", item="semiconductors")] == (7.12e9, -21.4, None)


def test_an_outlook_that_sees_a_figure_is_still_a_forecast() -> None:
    text = (
        "ICT exports fell 9.7 percent to $15.26 billion in October. The ministry's outlook sees chip exports "
        "rising 5.2 percent to $9.1 billion next year."
    )
    assert k("2032-01/2032-12", item="semiconductors") not in read(text, "2031-11-14")
    assert not any(key[2] == "semiconductors" for key in read(text, "2031-11-14"))


@pytest.mark.parametrize(
    "sentence",
    [
        "That compares with $13.92 billion of exports a year earlier.",
        "Korea shipped $13.92 billion of exports in October 2030.",
    ],
)
def test_an_amount_of_exports_reaches_the_period_after_its_flow(sentence: str) -> None:
    """ "$13.92 billion of exports a year earlier", "… of exports in October 2030": the flow the amount counts stands
    between it and its period, as "in exports" does."""
    text = f"ICT exports rose 7.1 percent to $14.91 billion in October. {sentence}"
    facts = read(text, "2031-11-14")
    assert facts[k("2031-10")] == (1.491e10, 7.1, 1.392e10)


def test_a_partners_export_items_frame_its_breakdown() -> None:
    """ "멕시코 수출 품목 가운데 반도체가 …. 디스플레이는 …": "품목 가운데" is "among the items of", no "amid" clause:
    the partner holds for the items after it, in the next sentence too."""
    text = (
        "8월 ICT 수출은 190억2000만달러로 7.7% 늘었다. 멕시코로의 수출은 6억4000만달러로 3.3% 늘었다.\n\n"
        "멕시코 수출 품목 가운데 반도체가 2억1000만달러로 11.2% 늘었다. 디스플레이는 9000만달러로 2.1% 줄었다."
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", item="semiconductors", region="other:mexico")] == (2.1e8, 11.2, None)
    assert facts[k("2031-08", item="displays", region="other:mexico")] == (9e7, -2.1, None)


def test_a_counted_change_before_the_years_foreseen_fall_is_kept() -> None:
    """ "1~8월 누적 … 2.9% 줄어 연간 감소가 불가피하다": the running total was counted; only the year's fall is
    foreseen. A change of the unfinished year itself ("올해 ICT 수출은 3% 늘어 연간 …을 넘을 것으로 전망된다")
    stays out."""
    text = (
        "8월 ICT 수출은 151억1000만달러로 2.2% 늘었다.\n\n1~8월 누적 휴대폰 수출은 171억5000만달러로 2.9% 줄어 "
        "연간 감소가 불가피하다. 올해 ICT 수출은 3% 늘어 연간 2,000억 달러를 넘을 것으로 전망된다."
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-01/2031-08", item="mobile_phones")] == (1.715e10, -2.9, None)
    assert k("2031-01/2031-12") not in facts


@pytest.mark.parametrize(
    "clause",
    [
        "지난해 6월에는 133억2000만달러였는데 11.8% 늘었다.",
        "작년 6월 133억2000만달러에서 11.8% 늘었다.",
        "지난해 6월엔 133억2000만달러였지만, 올해는 11.8% 늘었다.",
    ],
)
def test_a_change_after_the_year_earlier_values_clause_is_the_current_periods(clause: str) -> None:
    """ "작년 6월엔 X였는데 Y% 늘었다": the year-earlier value has a clause of its own, and the change after it
    measures the month the text is about from it. A month before that is no year-earlier base: its change stays
    its own."""
    facts = read(f"6월 ICT 수출은 148억9000만달러였다. {clause}", "2031-07-14")
    assert facts[k("2031-06")] == (1.489e10, 11.8, 1.332e10)
    assert facts[k("2030-06")][1] is None
    other = read("6월 ICT 수출은 148억9000만달러였다. 5월에는 133억2000만달러였는데 4.1% 늘었다.", "2031-07-14")
    assert other[k("2031-05")][1] == 4.1


@pytest.mark.parametrize(
    "table",
    [
        "Region | China (HK incl.) | US | Japan\nExports | 6.93 | 2.48 | 0.41\ny-o-y | 5.1 | 12.2 | -3.3",
        "Markets   China (HK incl.)   US   Japan\nExports   6.93   2.48   0.41\n% change   5.1   12.2   -3.3",
        "Partner | Exports | On-year\nChina (HK incl.) | 6.93 | 5.1\nUS | 2.48 | 12.2\nJapan | 0.41 | -3.3",
    ],
)
def test_a_partner_table_with_english_heads_is_read(table: str) -> None:
    """A partner table's English heads as releases write them: "Region"/"Markets"/"Partner" over the labels,
    "y-o-y", "% change", "On-year" over the changes, and a partner "China (HK incl.)" with what it includes
    after it, upright or on its side."""
    text = f"ICT exports rose 2.6 percent to $16.9 billion in March.\n\nBy partner (USD billion, %)\n{table}\n"
    facts = read(text, "2031-04-14")
    assert facts[k("2031-03", region="china")] == (6.93e9, 5.1, None)
    assert facts[k("2031-03", region="us")] == (2.48e9, 12.2, None)
    assert facts[k("2031-03", region="japan")] == (4.1e8, -3.3, None)


@pytest.mark.parametrize(
    ("sentence", "key", "numbers"),
    [
        ("Up 11.3% to $8.27 billion, memory chips carried the month.", ("memory", "world"), (8.27e9, 11.3)),
        ("Down 6.4 percent at $1.93 billion, shipments to Japan slipped again.", ("ict", "japan"), (1.93e9, -6.4)),
    ],
)
def test_a_sentence_opening_on_its_change_reads_it_for_the_subject_after_the_comma(
    sentence: str, key: tuple[str, str], numbers: tuple[float, float]
) -> None:
    """ "Up 11.3% to $8.27 billion, memory chips carried the month.": the change and amount come first, their
    subject after the comma, as in "At $X, …"."""
    facts = read(f"ICT exports rose 4.4 percent to $16.2 billion in April. {sentence}", "2031-05-14")
    item, region = key
    assert facts[k("2031-04", item=item, region=region)][:2] == numbers


@pytest.mark.parametrize(
    "sentence",
    [
        "7월 ICT 수출은 158억1000만달러로 작년 동월(141억3000만달러)보다 11.9% 늘었다.",
        "7월 ICT 수출은 작년 동월(141억3000만달러)보다 11.9% 늘어난 158억1000만달러를 기록했다.",
    ],
)
def test_last_years_same_month_in_short_is_the_year_earlier_base(sentence: str) -> None:
    """ "작년 동월(X)보다" is "지난해 동월", "전년 동월": X is the year-earlier value, before the figure too."""
    facts = read(sentence, "2031-08-14")
    assert facts[k("2031-07")] == (1.581e10, 11.9, 1.413e10)


def test_the_ministrys_phones_and_parts_category_is_the_phones_figure() -> None:
    """ "휴대폰·부분품" is the release's category, handsets and parts: the phones' whole figure, not the parts'."""
    facts = read(
        "4월 ICT 수출은 166억달러로 3.4% 늘었다. 휴대폰·부분품 수출은 12억9000만달러로 5.5% 줄었다.", "2031-05-14"
    )
    assert facts[k("2031-04", item="mobile_phones")] == (1.29e9, -5.5, None)
    assert k("2031-04", item="mobile_phone_parts") not in facts


def test_a_price_clause_ends_at_its_connective() -> None:
    """ "낸드는 현물가격 약세가 이어지며 42.6% 감소한 …": the price's clause ends on "-며"; the figures after it are
    the subject's exports."""
    text = (
        "2월 ICT 수출은 141억달러로 12.4% 줄었다. 낸드는 현물가격 약세가 이어지며 31.7% 감소한 5억4000만달러에 그쳤다."
    )
    facts = read(text, "2031-03-14")
    assert facts[k("2031-02", item="nand")] == (5.4e8, -31.7, None)


def test_spelled_billions_before_their_millions_are_one_amount() -> None:
    """A radio script's "six billion 930 million dollars": the spelled billions and the millions in digits are one
    amount, as "16 billion 270 million" is (not six billion round)."""
    text = (
        "ICT exports rose three-point-one percent in May to 15 billion 410 million dollars. Imports fell "
        "two-point-two percent to eight billion 90 million dollars, leaving a surplus of seven billion 320 million "
        "dollars."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", flow="import")] == (8.09e9, -2.2, None)
    assert facts[k("2031-05", flow="balance")][0] == 7.32e9


def test_a_share_in_an_amounts_brackets_leaves_the_change_after_it() -> None:
    """ "$6.42 billion (47.3 percent share, down 2.6 percent)", and the list's later "(5.1 percent, up 8.8
    percent)" with the word "share" left out: the first rate is the share, the one with its direction word the
    change."""
    text = (
        "ICT exports rose 1.7 percent to $13.5 billion in May. China took $6.42 billion (47.3 percent share, down 2.6 "
        "percent), followed by the US at $1.38 billion (10.2 percent share), up 8.8 percent, and Japan at $0.69 "
        "billion (5.1 percent, down 12.4 percent)."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", region="china")] == (6.42e9, -2.6, None)
    assert facts[k("2031-05", region="us")] == (1.38e9, 8.8, None)
    assert facts[k("2031-05", region="japan")] == (6.9e8, -12.4, None)


def test_an_aside_naming_the_category_keeps_the_sub_item_and_gives_the_category_its_figures() -> None:
    """ "LCD panels, classified under displays, fell …, dragging the category down …": the aside names where the
    sub-item is counted, not the subject; "the category" after it is that item."""
    text = (
        "ICT exports rose 3.3 percent to $15.1 billion in September. LCD panels, classified under displays, fell "
        "12.6 percent to $1.22 billion, dragging the category down 4.4 percent to $2.31 billion."
    )
    facts = read(text, "2031-10-14")
    assert facts[k("2031-09", item="lcd")] == (1.22e9, -12.6, None)
    assert facts[k("2031-09", item="displays")] == (2.31e9, -4.4, None)


def test_an_arrow_rows_change_from_its_first_amount_makes_that_amount_the_year_earlier_value() -> None:
    """ "디스플레이 : 31.2 → 27.5 (△11.9)": 27.5 is 11.9% below 31.2, so the row goes from the year-earlier value to
    the current one, as a row labelled by its periods does. A row whose change is not the step between its
    amounts (or a month-on-month caption) says nothing of the kind."""
    text = (
        "10월 ICT 수출입 동향\n□ 10월 ICT 수출은 181.2억 달러(3.1%↑)\n< 10월 주요 품목 수출 > (단위: 억 달러, %)\n"
        " ○ 디스플레이 : 31.2 → 27.5 (△11.9)\n ○ 휴대폰 : 12.6 → 14.3 (13.5)\n ○ 컴퓨터 : 9.1 → 9.8 (2.0)\n"
    )
    facts = read(text, "2031-11-14")
    assert facts[k("2031-10", item="displays")] == (2.75e9, -11.9, 3.12e9)
    assert facts[k("2031-10", item="mobile_phones")] == (1.43e9, 13.5, 1.26e9)
    assert facts[k("2031-10", item="computers")][2] is None


def test_a_plus_signed_bare_change_under_a_unit_note_is_a_change() -> None:
    """ "(단위: 억 달러, %)" over "('30.12월) 201.4(+6.2) → ('31.1월) 188.3(+9.4)": a bare change signed "+" in an
    amount's brackets is its change, as an unsigned or "△" one is, not another amount."""
    text = (
        "2월 ICT 수출입 동향\n□ 2월 ICT 수출 192.6억 달러(+5.1%)\n"
        "   * ICT 수출(억 달러, %) : ('30.12월) 201.4(+6.2) → ('31.1월) 188.3(+9.4) → (2월) 192.6(+5.1)\n"
    )
    facts = read(text, "2031-03-14")
    assert facts[k("2030-12")] == (2.014e10, 6.2, None)
    assert facts[k("2031-01")] == (1.883e10, 9.4, None)


def test_an_arrow_row_labelled_in_latin_letters_is_read_in_a_korean_release() -> None:
    """A sub-row of a Korean release labelled "OLED" has no Hangul; it is the release's row all the same."""
    text = (
        "10월 ICT 수출입 동향\n□ 10월 ICT 수출은 181.2억 달러(3.1%↑)\n< 10월 주요 품목 수출 > (단위: 억 달러, %)\n"
        "디스플레이  31.2 → 27.5 (△11.9)\n ∙ OLED  18.4 → 17.1 (△7.1)\n"
    )
    facts = read(text, "2031-11-14")
    assert facts[k("2031-10", item="oled")] == (1.71e9, -7.1, 1.84e9)


@pytest.mark.parametrize(
    "partners",
    [
        "□ 지역별 : (중국, 홍콩 포함) 66.1억불(△3.2%), (미국) 17.4억불(2.9%↑)",
        "□ 지역별 : 중국(홍콩) 66.1억불(△3.2%), 미국 17.4억불(2.9%↑)",
    ],
)
def test_china_with_hong_kong_written_with_a_comma_or_bare_brackets_is_china(partners: str) -> None:
    """ "(중국, 홍콩 포함)" in brackets that open a list entry, and a table's "중국(홍콩)", are China with Hong Kong:
    one partner, not an aside of examples."""
    facts = read(f"□ 5월 ICT 수출은 151.3억불(△1.2%)\n{partners}", "2031-06-14")
    assert facts[k("2031-05", region="china")] == (6.61e9, -3.2, None)
    assert facts[k("2031-05", region="us")] == (1.74e9, 2.9, None)


def test_an_amount_a_little_over_which_the_figure_went_is_no_value() -> None:
    """ "105억 달러를 조금 넘었다": a little over a level is a bound, however precise the level."""
    facts = read("11월 ICT 수출은 197억 달러로 5.1% 늘었다. 중국은 105억 달러를 조금 넘었다.", "2031-12-14")
    assert k("2031-11", region="china") not in facts
    assert facts[k("2031-11")] == (1.97e10, 5.1, None)


def test_a_pdf_line_wrapped_between_an_amount_and_its_change_goes_on() -> None:
    """ "디스플레이(233.1억 달러," / "△9.2%), 휴대폰(…)은 부진": a PDF's line break inside the brackets leaves the
    change with its amount, not stranded for the next period's total."""
    text = (
        "□ (총괄) '30년 ICT 수출은 1,712.4억 달러로 전년 대비 3.3% 감소\n"
        " ㅇ (품목) 반도체(655.2억 달러, 2.1%)는 선방했으나, 디스플레이(233.1억 달러,\n"
        "△9.2%), 휴대폰(201.7억 달러, △4.8%)은 부진\n"
        "2 '30년 12월 ICT 수출입 동향\n□ (총괄) 12월 ICT 수출은 151.9억 달러로 전년동월대비 7.7% 증가\n"
    )
    facts = read(text, "2031-01-16")
    assert facts[k("2030-01/2030-12", item="displays")] == (2.331e10, -9.2, None)
    assert facts[k("2030-12")] == (1.519e10, 7.7, None)


@pytest.mark.parametrize(
    "line",
    [
        " ○ 인도로의 휴대폰 수출은 5.1억 달러(12.2%↑), 디스플레이 수출은 1.3억 달러(△6.4%)를 기록",
        " ※ 대인도 수출 중 휴대폰 5.1억 달러(+12.2%), 디스플레이 1.3억 달러(△6.4%)",
    ],
)
def test_a_partner_marked_as_where_the_exports_went_frames_the_items_listed_after_it(line: str) -> None:
    """ "인도로의 휴대폰 수출은 …, 디스플레이 수출은 …", "대인도 수출 중 휴대폰 …, 디스플레이 …": every item of the
    list is the partner's, not only the first."""
    facts = read(f"□ 4월 ICT 수출은 171.3억 달러(2.2%↑)\n{line}", "2031-05-14")
    assert facts[k("2031-04", item="mobile_phones", region="india")] == (5.1e8, 12.2, None)
    assert facts[k("2031-04", item="displays", region="india")] == (1.3e8, -6.4, None)


def test_a_month_set_before_the_next_amount_labels_it_not_the_one_before() -> None:
    """ "April exports were USD 15.33 billion and May USD 16.08 billion.": "May" opens the second entry of a
    gapped list; the first amount keeps April."""
    text = (
        "ICT exports in the second quarter came to USD 48.9 billion. April exports were USD 15.33 billion and May "
        "USD 16.08 billion."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-04")][0] == 1.533e10
    assert facts[k("2031-05")][0] == 1.608e10


def test_a_time_that_dates_a_cause_after_the_subjects_own_is_background() -> None:
    """ "지난해 ICT 수출이 하반기 메모리 부진에 4.4% 감소한 …": 하반기 dates the cause; the figure is the year's. With
    no other time named ("상반기 업황 부진으로 ICT 수출이 …"), the cause's time is the sentence's."""
    text = (
        "지난해 ICT 수출이 하반기 메모리 부진에 4.4% 감소한 1,802억1천만 달러였다. "
        "하반기 수출은 884억 달러로 8.1% 줄었다."
    )
    facts = read(text, "2031-01-16")
    assert facts[k("2030-01/2030-12")] == (1.8021e11, -4.4, None)
    assert facts[k("2030-07/2030-12")] == (8.84e10, -8.1, None)
    alone = read("상반기 반도체 업황 부진으로 ICT 수출이 12.3% 감소한 901억 달러였다.", "2031-07-14")
    assert alone[k("2031-01/2031-06")] == (9.01e10, -12.3, None)


@pytest.mark.parametrize(
    ("sentence", "key", "numbers"),
    [
        (
            "Displays accounted for $2.61 billion of the exports, down 4.9 percent.",
            ("displays", "world"),
            (2.61e9, -4.9),
        ),
        (
            "Exports to India came to $1.12 billion, representing 7.2 percent of all ICT exports, up 15.1 percent.",
            ("ict", "india"),
            (1.12e9, 15.1),
        ),
    ],
)
def test_the_whole_a_part_is_of_leaves_the_change_after_it_to_the_part(
    sentence: str, key: tuple[str, str], numbers: tuple[float, float]
) -> None:
    """ "$2.61 billion of the exports, down 4.9 percent", "7.2 percent of all ICT exports, up 15.1 percent": the
    exports named are the whole the part is of, no new subject for the change after them."""
    facts = read(f"ICT exports rose 2.4 percent in June. {sentence}", "2031-07-14")
    item, region = key
    assert facts[k("2031-06", item=item, region=region)][:2] == numbers


def test_an_aside_with_hyphenated_words_is_still_an_aside() -> None:
    """ "System chips -- the logic and image-sensor semiconductors local firms sell to carmakers -- advanced …": a
    hyphen inside a word is no dash; the names in the aside do not take the subject's figures."""
    text = (
        "ICT exports rose 3.9 percent to $17.02 billion in May. System chips -- the logic and power-management "
        "semiconductors that local firms sell to carmakers -- advanced 7.7 percent to $2.91 billion, while "
        "semiconductors overall rose 6.2 percent to $8.44 billion."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="system_semiconductors")] == (2.91e9, 7.7, None)
    assert facts[k("2031-05", item="semiconductors")] == (8.44e9, 6.2, None)


def test_the_goods_a_part_is_made_for_take_none_of_its_figures() -> None:
    """ "OLED panels for foldable smartphones gained …": the phones are what the panels go into, not the subject;
    the phones' own figure after it stays theirs."""
    text = (
        "ICT exports rose 3.9 percent to $17.02 billion in May. OLED panels for foldable smartphones gained 8.1 "
        "percent to $1.27 billion. Displays as a whole edged up 0.8 percent to $2.11 billion, helped by OLED "
        "panels for new smartphones, which sold well. Mobile phones fell 4.4 percent to $1.19 billion."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="oled")] == (1.27e9, 8.1, None)
    assert facts[k("2031-05", item="mobile_phones")] == (1.19e9, -4.4, None)


def test_the_year_before_last_is_two_years_back() -> None:
    """ "재작년 ICT 수출은 21.6% 늘었다": the year before last, not the year the text is about; "재작년(X)보다"
    after last year's figure is that year's base."""
    text = "2029년 ICT 수출은 2,204억 달러였다. 반도체는 1,281억 달러였다.\n재작년 ICT 수출은 21.6% 늘었다."
    facts = read(text, "2030-02-20")
    assert facts[k("2028-01/2028-12")][1] == 21.6
    assert facts[k("2029-01/2029-12")][1] is None
    base = read("지난해 ICT 무역흑자는 752억 달러로 재작년(784억 달러)보다 32억 달러 줄었다.", "2030-01-17")
    assert base[k("2029-01/2029-12", flow="balance")] == (7.52e10, None, 7.84e10)


def test_system_ics_and_last_years_annual_total() -> None:
    """ "system ICs" are system semiconductors; "last year's annual total of $X" is that year's own figure, not the
    running total's base."""
    text = (
        "ICT exports in November rose 2.2 percent. Exports of system ICs climbed 14.6% to $1.77 billion. In the "
        "first eleven months, ICT exports came to $161.25 billion, already exceeding last year's annual total of "
        "$158.04 billion."
    )
    facts = read(text, "2031-12-10")
    assert facts[k("2031-11", item="system_semiconductors")] == (1.77e9, 14.6, None)
    assert facts[k("2030-01/2030-12")][0] == 1.5804e11
    assert facts[k("2031-01/2031-11")] == (1.6125e11, None, None)


def test_a_time_a_when_clause_recalls_frames_nothing_after_it() -> None:
    """ "… a sharp turn from May, when they had still risen 2.2 percent": May has its own figure there, but the
    report is about June (named in a figureless sentence before), and so are the paragraphs after it."""
    text = (
        "Exporters had shrugged off the slowdown for months. That ended in June. ICT exports shrank 4.1 percent "
        "on-year to $15.33 billion, the ministry said -- a sharp turn from May, when they had still risen 2.2 "
        "percent.\n\nChip exports slid 7.7 percent to $6.51 billion."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-06", item="semiconductors")] == (6.51e9, -7.7, None)
    assert facts[k("2031-05")][1] == 2.2


@pytest.mark.parametrize(
    "sentence",
    [
        "Displays, whose sales had slumped in 2030, climbed 11.3 percent to $2.06 billion.",
        "Chips rose 9.9 percent thanks to a robust first half; displays climbed 11.3 percent to $2.06 billion.",
    ],
)
def test_a_time_in_a_background_clause_is_not_the_figures(sentence: str) -> None:
    """ "Displays, whose sales had slumped in 2030, climbed …", "… thanks to a robust first half; displays …": the
    relative clause's or the cause's time is its own; the figures after it are the report's."""
    facts = read(f"ICT exports rose 5.1 percent to $104.6 billion in 2031. {sentence}", "2032-01-14")
    assert facts[k("2031-01/2031-12", item="displays")] == (2.06e9, 11.3, None)


@pytest.mark.parametrize(
    ("sentence", "item", "region"),
    [
        (
            "Shipments to Mexico, a market Korean handset and TV makers court hard, grew 14.8 percent to $612 million.",
            "ict",
            "other:mexico",
        ),
        (
            "Displays, still hurt by cheap LCD panels from abroad, dropped 4.9 percent to $612 million.",
            "displays",
            "world",
        ),
        (
            "Displays, still suffering from an oversupply of LCD panels, dropped 4.9 percent to $612 million.",
            "displays",
            "world",
        ),
    ],
)
def test_goods_named_in_a_description_of_the_subject_are_not_the_subject(sentence: str, item: str, region: str) -> None:
    """An appositive that describes the partner ("Mexico, a market Korean handset makers court hard,") or a cause
    set off by commas with an adverb ("Displays, still hurt by cheap LCD panels,", "…, still suffering from …,")
    names goods that are not the figure's subject."""
    facts = read(f"ICT exports rose 6.3 percent to $18.45 billion in May. {sentence}", "2031-06-14")
    assert facts[k("2031-05", item=item, region=region)][0] == 6.12e8


def test_a_first_subject_marked_by_i_ga_keeps_its_figure_past_a_cause_naming_a_part() -> None:
    """ "메모리가 HBM과 DDR5 판매 확대로 11.9% 증가한 …": the sentence's first name, marked by 이/가, is the main
    clause's subject as a 은/는-marked one is; the part its cause names does not take the figure. Parts listed with
    their own figures in brackets ("반도체가 메모리(…)와 시스템반도체(…)에 힘입어 …") stay theirs."""
    text = (
        "3월 ICT 수출은 214억2000만달러로 9.7% 늘었다. "
        "메모리가 HBM과 DDR5 판매 확대로 11.9% 증가한 91억5000만달러를 기록했다."
    )
    facts = read(text, "2031-04-15")
    assert facts[k("2031-03", item="memory")] == (9.15e9, 11.9, None)
    assert k("2031-03", item="hbm") not in facts
    listed = read(
        "3월 ICT 수출은 214억달러였다. 반도체가 메모리반도체(24억3천만달러, 19.2%↑)와 시스템반도체(24억6천만달러, "
        "3.1%↑)의 호조에 힘입어 53억8천만달러(11.7%↑)를 기록했다.",
        "2031-04-15",
    )
    assert listed[k("2031-03", item="memory")][:2] == (2.43e9, 19.2)
    assert listed[k("2031-03", item="system_semiconductors")][:2] == (2.46e9, 3.1)


def test_a_rate_spelled_in_hangul_numerals_is_read() -> None:
    """A radio script's "십이 점 사 퍼센트", "이십칠 점 일 프로", "이십 퍼센트": rates spelled in Hangul numerals, as
    its amounts are ("백오십육억 삼천만 달러"); a bare "이 퍼센트" may be "this" and is left alone."""
    text = (
        "기자 : 8월 ICT 수출이 백오십육억 삼천만 달러를 기록했습니다. 작년 8월보다 십이 점 사 퍼센트 늘었습니다. "
        "반도체는 칠십일억 달러로 이십칠 점 일 프로 증가했습니다. 디스플레이는 이십억 달러로 이십 퍼센트 줄었습니다."
    )
    facts = read(text, "2031-09-13")
    assert facts[k("2031-08")] == (1.563e10, 12.4, None)
    assert facts[k("2031-08", item="semiconductors")] == (7.1e9, 27.1, None)
    assert facts[k("2031-08", item="displays")] == (2e9, -20.0, None)


def test_a_running_total_to_a_months_end_and_its_rate_as_a_base() -> None:
    """ "9월말 누계(7.4%)보다 낮아졌다": the running total to September's end (누계 as 누적), and its rate is its own,
    set as the base the verb compares the growth with: no fall of 7.4%."""
    text = (
        "10월 IT 수출은 138억2000만달러로 4.2% 늘었다. 1~10월 누적 수출은 1297억달러로 6.1% 늘었으나, "
        "증가율은 9월말 누계(7.4%)보다 낮아졌다."
    )
    facts = read(text, "2031-11-14")
    assert facts[k("2031-01/2031-09")][1] == 7.4
    assert k("2031-09") not in facts


def test_a_paragraph_that_turns_to_the_span_late_hands_the_next_its_carried_month() -> None:
    """A half-year report's paragraph that goes on with the closing month and turns to the half only in its last
    sentence ("For the half, chip exports …") leaves the paragraphs after it with the month, as a half's paragraph
    that turns late to the month leaves them with the half."""
    text = (
        "Korean ICT exports set first-half record\n\n"
        "ICT exports for the first half of 2031 came to $131.4 billion, up 5.2% from a year earlier.\n\n"
        "In June alone, exports rose 4.8% to $23.9 billion.\n\n"
        "Chips led the month with $15.2 billion, up 9.1%. For the half, chip exports totaled $84.3 billion, a 7.7% "
        "rise.\n\n"
        "Displays slid 6.4% to $1.71 billion, while phones gained 2.2% to $1.18 billion."
    )
    facts = read(text, "2031-07-16")
    assert facts[k("2031-01/2031-06", item="semiconductors")][:2] == (8.43e10, 7.7)
    assert facts[k("2031-06", item="displays")][:2] == (1.71e9, -6.4)
    assert facts[k("2031-06", item="mobile_phones")][:2] == (1.18e9, 2.2)


def test_the_half_or_the_quarter_before_a_colon_names_the_span() -> None:
    """ "Other products were mixed for the half: displays …": "for the half" before a colon is the half-year, as
    before a comma or a full stop."""
    text = (
        "Korean ICT exports set first-half record\n\n"
        "ICT exports for the first half of 2031 came to $131.4 billion, up 5.2% from a year earlier.\n\n"
        "In June alone, exports rose 4.8% to $23.9 billion.\n\n"
        "Other products were mixed for the half: displays fell 2.9 percent to $9.51 billion."
    )
    facts = read(text, "2031-07-16")
    assert facts[k("2031-01/2031-06", item="displays")][:2] == (9.51e9, -2.9)


def test_a_period_in_a_which_clause_after_the_subject_does_not_stop_the_span_framing_the_paragraph() -> None:
    """ "Semiconductors, which had slumped through 2030, recovered over the quarter: …": the relative clause is
    background; the quarter after it frames the sentences that follow."""
    text = (
        "ICT exports in the first quarter\n\n"
        "ICT exports fell 3.3 percent to $41.08 billion in January-March 2031.\n\n"
        "In March, the last month of the quarter, exports were $15.02 billion, down 1.1 percent.\n\n"
        "Semiconductors, which had slumped through 2030, recovered over the quarter: $12.71 billion, up 3.3 "
        "percent. Displays shed 8.2 percent, to $4.93 billion."
    )
    facts = read(text, "2031-04-16")
    assert facts[k("2031-01/2031-03", item="semiconductors")][:2] == (1.271e10, 3.3)
    assert facts[k("2031-01/2031-03", item="displays")][:2] == (4.93e9, -8.2)


def test_a_period_in_a_which_clause_set_off_by_dashes_is_background() -> None:
    """ "memory shipments -- which had slipped in the first quarter on weak PC demand -- grew …": a relative
    clause between dashes gives background, as one between commas does; its time is not the figure's."""
    text = (
        "Korea's ICT exports rose 3.2 percent on-year to $15.44 billion in May 2031. Chips gained 6.1 percent to "
        "$8.02 billion, as memory shipments -- which had slipped in the first quarter on weak PC demand -- grew "
        "9.4 percent to $5.13 billion."
    )
    facts = read(text, "2031-06-13")
    assert facts[k("2031-05", item="memory")][:2] == (5.13e9, 9.4)
    assert k("2031-01/2031-03", item="memory") not in facts


@pytest.mark.parametrize("since", ["since late last year", "since early 2030", "since the middle of last year"])
def test_a_time_since_which_something_has_gone_on_dates_no_figure(since: str) -> None:
    """ "Memory chips, which chipmakers have been cutting output of since late last year, were down …": a time
    after "since" with "late", "early" or "the middle of" is where a streak started, not the figure's period."""
    text = (
        "Korea's ICT exports fell 4.1% to $15.97 billion in June 2031. Memory chips, which Hanul Semicon Corp. and "
        f"Daebong Memory Inc. have been cutting output of {since}, were down 12.2% at $4.61 billion."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-06", item="memory")][:2] == (4.61e9, -12.2)


@pytest.mark.parametrize(
    "record",
    [
        "beating the previous October high of $18.02 billion in 2028;",
        "well below the record $18.51 billion set in July, while",
        "short of the peak of $18.77 billion reached in March, and",
    ],
)
def test_the_time_a_record_was_set_dates_the_record_only_not_the_next_clauses_figures(record: str) -> None:
    """ "…, beating the previous October high of $18.02 billion in 2028; imports … grew …": the time after a
    record's amount is that amount's; the imports in the next clause are the story's month's."""
    text = (
        f"Korea's ICT exports came to $18.44 billion in October 2031, up 6.6 percent, {record} imports rose 9.6 "
        "percent to $10.73 billion."
    )
    facts = read(text, "2031-11-14")
    assert facts[k("2031-10", flow="import")][:2] == (1.073e10, 9.6)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "5월 ICT 수출 188억달러…코로나 이전보다 27% 많아",
            "5월 정보통신기술(ICT) 수출이 188억3000만달러로 1년 전보다 11.4% 늘었다.",
        ),
        (
            "ICT exports 27% above pre-pandemic levels",
            "Korea's ICT exports rose 11.4 percent to $18.83 billion in May.",
        ),
    ],
)
def test_a_change_on_a_base_before_the_pandemic_is_no_year_on_year_change(title: str, body: str) -> None:
    """ "코로나 이전보다 27% 많아", "27% above pre-pandemic levels": a base named by an era, not a year back."""
    facts = read(f"{title}\n{body}", "2031-06-13")
    assert facts[k("2031-05")][1] == 11.4


@pytest.mark.parametrize(
    "caption",
    [
        "□ Exports by destination (USD 100 million, YoY %)",
        "Exports by destination\n(Unit: USD 100 million, %)",
        "<Table 3> Exports by destination (US$ 100 mn, y-o-y %)",
    ],
)
def test_an_english_unit_note_in_hundred_millions_declares_the_bare_rows_under_it(caption: str) -> None:
    """ "(USD 100 million, YoY %)" over "China (incl. Hong Kong)   71.4 (12.2)": the English note of the releases'
    억-dollar tables declares the bare amounts and the bracketed changes of the rows under it."""
    text = (
        "ICT Exports in October 2031\n\n"
        "ICT exports rose 5.1% to USD 16.22 billion in October 2031.\n\n"
        f"{caption}\nChina (incl. Hong Kong)   71.4 (12.2)\nU.S.   13.9 (△4.1)\n"
    )
    facts = read(text, "2031-11-14")
    assert facts[k("2031-10", region="china")][:2] == (7.14e9, 12.2)
    assert facts[k("2031-10", region="us")][:2] == (1.39e9, -4.1)


def test_an_english_rows_arrow_from_the_year_earlier_amount_to_the_current_one() -> None:
    """ "Semiconductors 104.6 → 96.2 (△8.0)" under "Nov 2030 → Nov 2031 (USD 100 million, YoY %)": the change is
    the one from the first amount to the second, so the first is the year-earlier value, as in a Korean row."""
    text = (
        "ICT Exports in November 2031\n\n"
        "ICT exports fell 6.3% to USD 15.08 billion in November 2031.\n\n"
        "□ Exports by item, Nov 2030 → Nov 2031 (USD 100 million, YoY %)\n"
        " ○ Semiconductors 104.6 → 96.2 (△8.0)\n"
        "   - Memory 61.5 → 52.4 (△14.8)\n"
    )
    facts = read(text, "2031-12-14")
    assert facts[k("2031-11", item="semiconductors")] == (9.62e9, -8.0, 1.046e10)
    assert facts[k("2031-11", item="memory")] == (5.24e9, -14.8, 6.15e9)


def test_unmarked_changes_on_a_line_that_marks_its_falls_are_rises() -> None:
    """ "인도 3.6(4.4) / 대만 6.2(18.3) / 중국 77.2(△9.5)" over "ㅇ 대중 수출은 … 감소": the line marks its falls with
    △, so its bare changes are rises; the next line's verb of decline signs none of them."""
    text = (
        "2031년 7월 ICT 수출입 동향\n\n○ 지역별 수출(억달러, %)\n"
        "인도 3.6(4.4) / 대만 6.2(18.3) / 중국 77.2(△9.5)\n ㅇ 대중 수출은 메모리 단가 하락으로 감소\n"
    )
    facts = read(text, "2031-08-14")
    assert facts[k("2031-07", region="india")][:2] == (3.6e8, 4.4)
    assert facts[k("2031-07", region="taiwan")][:2] == (6.2e8, 18.3)
    assert facts[k("2031-07", region="china")][:2] == (7.72e9, -9.5)


@pytest.mark.parametrize("verb", ["폭증했다", "급등했다"])
def test_korean_verbs_of_a_sharp_rise(verb: str) -> None:
    """A subtitle "SSD 수출 143.2% 폭증" under one that states a decline: a rise of its own."""
    text = (
        "4월 ICT 수출 128억달러\n\n봉쇄에 두 자릿수 감소…반도체는 2.3%↓ 선방\n"
        f"원격근무發 SSD 수출 143.2% {verb[:2]}\n\n"
        "봉쇄로 공장이 멈추면서 지난달 ICT 수출이 두 자릿수 감소율을 기록했다."
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2031-04", item="ssd")][1] == 143.2


@pytest.mark.parametrize(
    "line",
    [
        "○ (인도) 반도체 4.3억 달러(21.5%↑) · 컴퓨터 0.7억 달러(3.3%↑) · 휴대폰 1.1억 달러(△4.0%)",
        "ㅇ 대인도 수출은 반도체가 4.3억 달러(21.5%↑), 컴퓨터가 0.7억 달러(3.3%↑), 휴대폰이 1.1억 달러(△4.0%)를 기록",
    ],
)
def test_a_partner_opening_a_line_in_brackets_or_as_a_prefix_holds_for_every_item_listed(line: str) -> None:
    """ "○ (인도) 반도체 …, 컴퓨터 …", "ㅇ 대인도 수출은 반도체가 …, 휴대폰이 …": the partner that opens the line is
    the partner of every item listed on it with its own figures, not of the first only."""
    facts = read(f"2031년 5월 ICT 수출입 동향\n\n{line}\n", "2031-06-13")
    assert facts[k("2031-05", item="semiconductors", region="india")][:2] == (4.3e8, 21.5)
    assert facts[k("2031-05", item="computers", region="india")][:2] == (7e7, 3.3)
    assert facts[k("2031-05", item="mobile_phones", region="india")][:2] == (1.1e8, -4.0)
    assert k("2031-05", item="mobile_phones") not in facts


def test_a_figureless_lead_naming_the_closing_month_first_makes_a_span_titled_story_the_months() -> None:
    """Title "… hit new monthly high, first-half record", lead "SEOUL, July 14 (Yonhap) -- … surged to a new high
    last month, bringing the first-half total to a record …": the lead (after its agency's dateline dash) names the
    month first; the figures after it with no period of their own are June's."""
    text = (
        "(LEAD) S. Korea's ICT exports hit new monthly high, first-half record\n2031-07-14 11:00\n\n"
        "SEOUL, July 14 (Yonhap) -- South Korea's exports of information and communications technology (ICT) goods "
        "surged to a new monthly high last month, bringing the first-half total to a record, data showed Tuesday.\n\n"
        "ICT exports came to $25.81 billion, up 19.4 percent from a year earlier. Imports rose 7.7 percent to $12.66 "
        "billion.\n\nIn the first half, exports jumped 21.1 percent to $139.02 billion."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-06")][:2] == (2.581e10, 19.4)
    assert facts[k("2031-06", flow="import")][:2] == (1.266e10, 7.7)
    assert facts[k("2031-01/2031-06")][:2] == (1.3902e11, 21.1)


@pytest.mark.parametrize(
    ("move", "earlier"),
    [
        ("increased 18.3% to US$19.02 billion, slowing from 24.6% in April", 24.6),
        ("fell 3.2% to US$19.02 billion, easing from 12.1% in April", -12.1),
        ("rose 18.3% to US$19.02 billion, slowing from 24.6 percent growth in April", 24.6),
    ],
)
def test_an_earlier_rate_a_pace_verb_moved_on_from_is_its_months_and_of_the_same_direction(
    move: str, earlier: float
) -> None:
    """ "In May, ICT exports increased 18.3% …, slowing from 24.6% in April, and imports …": the month after the
    earlier rate dates that rate only, not the imports after it; the earlier rate moved the same way as the
    change ("slowing" is the pace, not a fall)."""
    text = f"In May, ICT exports {move}, and imports rose 7.1% to US$10.32 billion."
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", flow="import")][:2] == (1.032e10, 7.1)
    assert facts[k("2031-04")][1] == earlier
    assert facts[k("2031-05")][0] == 1.902e10


@pytest.mark.parametrize("connector", ["reversing", "following", "extending"])
def test_a_rate_named_after_a_participle_of_comparison_keeps_its_own_period(connector: str) -> None:
    """ "In the second half, … fell 6.1 percent to $X, reversing a 9.4 percent rise in the first half": the half
    after the earlier rate dates that rate only; the second half keeps its own figures."""
    text = (
        "Korea's ICT exports in 2031.\n\nIn the second half, ICT exports fell 6.1 percent to $111.42 billion, "
        f"{connector} a 9.4 percent rise in the first half."
    )
    facts = read(text, "2032-01-15")
    assert facts[k("2031-07/2031-12")][:2] == (1.1142e11, -6.1)
    assert facts[k("2031-01/2031-06")][1] == 9.4


def test_a_deck_without_a_full_stop_under_a_span_title_does_not_make_the_story_the_months() -> None:
    """ "June shipments jump 28.2% to $19.4 billion, 12th straight monthly gain" under "… record first half …": a
    deck (no full stop) about the closing month is an aside; the figures after the span's total with no period
    of their own stay the half's."""
    text = (
        "ICT exports log record first half at $108 billion\n\n"
        "June shipments jump 28.2% to $19.4 billion, 12th straight monthly gain\n\n"
        "ICT exports reached $108.22 billion in the January-June period, up 20.1 percent from a year earlier.\n\n"
        "Semiconductors gained 21.4 percent to $59.87 billion.\n\nDisplays rose 11.1 percent to $11.05 billion, "
        "mobile phones 35.2 percent to $8.12 billion."
    )
    facts = read(text, "2031-07-14")
    assert facts[k("2031-01/2031-06", item="mobile_phones")][:2] == (8.12e9, 35.2)
    assert k("2031-06", item="mobile_phones") not in facts


def test_items_after_a_partners_imports_are_that_partners_imports_until_a_by_item_opening() -> None:
    """ "Imports from Japan rose … Of this, semiconductors fell …": the items of a partner's imports are that
    partner's, as those of its exports are; "Among items, imports of …" goes back to the world's items."""
    text = (
        "ICT trade in March 2031\n\nImports from Japan rose 5.1 percent to $1.42 billion. Of this, semiconductors "
        "fell 8.1 percent to $390 million. Among items, imports of graphics cards ($350 million, up 31.2%) grew "
        "fastest."
    )
    facts = read(text, "2031-04-14")
    assert facts[k("2031-03", flow="import", item="semiconductors", region="japan")][:2] == (3.9e8, -8.1)
    assert facts[k("2031-03", flow="import", item="graphics_cards")][:2] == (3.5e8, 31.2)


def test_a_partner_marked_as_the_topic_of_a_new_clause_keeps_its_figure_past_a_concessive_phrase() -> None:
    """ "미국(…)과 일본(…)도 늘었고, 유럽연합(EU)은 재정위기 속에서도 171억달러로 8.8% 증가했다": the EU, marked
    as its own clause's topic, is no aside of the clause before; "속에서도" names only the crisis."""
    text = (
        "2030년 IT 수출 동향\n\n미국(141억달러, 11.2%↑)과 일본(57억3000만달러, 20.1%↑)도 늘었고, 유럽연합(EU)은 "
        "재정위기 속에서도 171억달러로 8.8% 증가했다."
    )
    facts = read(text, "2031-01-14")
    assert facts[k("2030-01/2030-12", region="eu")][:2] == (1.71e10, 8.8)
    assert facts[k("2030-01/2030-12", region="japan")][:2] == (5.73e9, 20.1)


@pytest.mark.parametrize(
    "sentence",
    [
        "반도체는 수출이 108억1000만달러로 7.7% 늘었고, 수입은 39억달러로 1.4% 줄어 69억1000만달러의 흑자를 냈다.",
        "Semiconductors: exports $10.81 billion, imports $3.9 billion, surplus $6.91 billion.",
    ],
)
def test_an_item_opening_the_sentence_as_the_topic_of_its_flows_keeps_every_flow(sentence: str) -> None:
    """ "반도체는 수출이 …, 수입은 …, … 흑자", "Semiconductors: exports …, imports …, surplus …": each flow named
    after it is the item's, not the ICT total's."""
    facts = read(f"ICT trade in March 2031\n\n{sentence}", "2031-04-14")
    assert facts[k("2031-03", flow="import", item="semiconductors")][0] == 3.9e9
    assert facts[k("2031-03", flow="balance", item="semiconductors")][0] == 6.91e9
    assert k("2031-03", flow="import") not in facts


@pytest.mark.parametrize(
    "aside",
    [
        "The total was the smallest in 19 months, as imports of image sensors climbed.",
        "The surplus came to $5.12 billion, with imports at $7.3 billion.",
        "The surplus widened from $3.08 billion a month earlier as shrinking imports of parts outran the fall.",
    ],
)
def test_imports_named_in_a_trailing_aside_open_no_imports_section(aside: str) -> None:
    """'…, as imports of … climbed.', '…, with imports at $X.': on a page of one-sentence lines, the item lines
    that follow name no flow and are exports, not imports."""
    text = (
        "Tech shipments dip again\n2031/05/12 10:20\nPanel makers suffer most\nBy Oh Min-ji\n"
        f"ICT exports slid 3.7 percent to $12.42 billion in April.\n{aside}\n"
        "Display panels lost 16.2 percent to $1.63 billion.\nHandsets slipped 2.9 percent to $1.48 billion.\n"
    )
    facts = read(text, "2031-05-12")
    assert facts[k("2031-04", item="displays")][:2] == (1.63e9, -16.2)
    assert facts[k("2031-04", item="mobile_phones")][:2] == (1.48e9, -2.9)


def test_the_places_a_firm_moved_its_plants_to_are_no_partner_of_the_next_figure() -> None:
    """ "… as Daewon and Hanul shifted output to Vietnam and India, and computers grew …": where firms moved their
    production is a reason for the phones' fall; the computers after it are the world's."""
    text = (
        "ICT exports up in May\n\nPhones fell 9.1% to $1.52 billion as Daewon and Hanul shifted output to Vietnam "
        "and India, and computers grew 22.4% to $1.96 billion."
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="computers")][:2] == (1.96e9, 22.4)
    assert k("2031-05", item="computers", region="india") not in facts


@pytest.mark.parametrize(
    "comparison",
    [
        "compared with a 6.3 percent drop in January",
        "faster than a 6.3 percent drop in January",
        "an improvement over the 6.3 percent drop in January",
    ],
)
def test_an_earlier_rate_set_against_the_change_dates_only_itself(comparison: str) -> None:
    """ "…, compared with a 6.3 percent drop in January, while those to the EU …": the earlier month is the
    compared rate's; the partner after it is the report month's."""
    text = (
        "ICT exports in February 2031\n\nICT exports rose 3.2 percent to $15.11 billion in February. Shipments to "
        f"Taiwan gained 5.4 percent to $1.17 billion, {comparison}, while those to the EU slid 8.3 percent to "
        "$790 million."
    )
    facts = read(text, "2031-03-14")
    assert facts[k("2031-02", region="eu")][:2] == (7.9e8, -8.3)
    assert facts[k("2031-02", region="taiwan")][:2] == (1.17e9, 5.4)


@pytest.mark.parametrize(
    ("line", "earlier", "now"),
    [
        ("휴대폰 수출은 16억2000만달러로 전달 8.4% 증가에서 2.7% 증가로 둔화했다.", 8.4, 2.7),
        ("휴대폰 수출은 16억2000만달러로 전달 △13.6%에서 △5.1%로 감소폭이 줄었다.", -13.6, -5.1),
        ("휴대폰 수출은 16억2000만달러로 2.7% 늘었는데, 전달 8.4% 증가에서 증가폭이 줄었다.", 8.4, 2.7),
    ],
)
def test_the_month_before_opening_a_from_to_pair_of_rates_dates_the_first(
    line: str, earlier: float, now: float
) -> None:
    """ "전달 8.4% 증가에서 2.7% 증가로", "전달 △13.6%에서 △5.1%로": the first rate is the month before's, the second
    the report month's ("전달" followed by a figure is the month before, not a delivery)."""
    facts = read(f"4월 ICT 수출 동향\n\n4월 ICT 수출은 141억2000만달러였다. {line}", "2031-05-13")
    assert facts[k("2031-04", item="mobile_phones")][:2] == (1.62e9, now)
    assert facts[k("2031-03", item="mobile_phones")][1] == earlier


def test_a_month_whose_rate_is_compared_with_dates_no_clause_after_it() -> None:
    """ "… 줄어 전월(△6.9%)보다 감소폭이 줄었으며, 시스템반도체는 …": the month before is the bracketed rate's; the
    next clause's figures are the report month's."""
    text = (
        "5월 IT 수출 동향\n\n5월 IT 수출은 128억3000만달러였다. 반도체는 40억2000만달러로 1.8% 줄어 전월(△6.9%)보다 "
        "감소폭이 줄었으며, 시스템반도체는 16억1000만달러로 8.7% 늘었다."
    )
    facts = read(text, "2031-06-11")
    assert facts[k("2031-05", item="system_semiconductors")][:2] == (1.61e9, 8.7)
    assert facts[k("2031-04", item="semiconductors")][1] == -6.9


def test_a_growth_rate_also_compared_with_an_earlier_month_keeps_that_months_rate_a_rise() -> None:
    """ "증가율도 3월(17.4%)보다 다소 낮아졌다": the lower growth is this month's; March's rate was a rise."""
    text = "4월 ICT 수출\n\n4월 ICT 수출은 196억1000만달러로 11.9% 늘었고, 증가율도 3월(17.4%)보다 다소 낮아졌다."
    facts = read(text, "2031-05-16")
    assert facts[k("2031-03")][1] == 17.4


@pytest.mark.parametrize(
    "tail", ["after a 3.1 percent rise the year before", "which compares with a 3.1 percent rise a year earlier"]
)
def test_an_earlier_rate_said_to_be_a_year_befores_is_that_years_rate(tail: str) -> None:
    """ "…, after a 3.1 percent rise the year before": the rate the change is set against is the previous
    year's own, not lost to the year's filled slot."""
    text = f"ICT exports in 2030\n\nICT exports fell 1.8 percent to $181.3 billion in 2030, {tail}."
    facts = read(text, "2031-01-15")
    assert facts[k("2030-01/2030-12")][:2] == (1.813e11, -1.8)
    assert facts[k("2029-01/2029-12")][1] == 3.1


def test_a_shares_earlier_level_a_year_before_is_no_rate_of_that_year() -> None:
    """ "…, down from 8.1 percent a year before": without a word of change the earlier level may be a share."""
    text = (
        "ICT trade in 2030\n\nJapan supplies about 6.9 percent of our ICT imports, down from 8.1 percent a year "
        "before. ICT imports were $109.2 billion in 2030, down 1.7 percent."
    )
    facts = read(text, "2031-01-15")
    assert k("2029-01/2029-12", flow="import", region="japan") not in facts


@pytest.mark.parametrize("noun", ["surplus", "figure"])
def test_a_year_earlier_amount_named_by_a_noun_is_the_prior(noun: str) -> None:
    """ "…, nearly triple the $2.04 billion surplus a year earlier": a noun between the amount and "a year
    earlier" keeps it the year-earlier value."""
    text = (
        "ICT trade in November\n\nICT imports fell 7.9 percent to $10.12 billion in November, resulting in a "
        f"surplus of $5.87 billion, nearly triple the $2.04 billion {noun} a year earlier."
    )
    facts = read(text, "2031-12-14")
    assert facts[k("2031-11", flow="balance")] == (5.87e9, None, 2.04e9)


def test_a_part_above_what_any_part_has_had_of_its_month_is_the_quarters() -> None:
    """'In March, exports climbed …' in a quarterly story, then 'Displays … $6.52 billion': 44% of March's total is
    more than panels have ever been of a month's ICT exports, so the figure is the quarter's."""
    text = (
        "ICT exports in Q1\n\nICT exports in the first quarter rose 3.1% to $40.44 billion.\n"
        "In March, exports climbed 4.8% to $14.69 billion.\nDisplays, however, fell 5.9% to $6.52 billion.\n"
    )
    facts = read(text, "2031-04-13")
    assert facts[k("2031-01/2031-03", item="displays")][:2] == (6.52e9, -5.9)
    assert k("2031-03", item="displays") not in facts


def test_a_bracketed_heading_gives_its_year_and_its_flow_to_the_lines_under_it() -> None:
    """ "[Exports by region, 2030] (USD billion, y-o-y)" after a December paragraph of an annual story: the lines
    under it, rows and prose, are the year's; "[Imports by region, 2030]" makes the rows under it imports."""
    text = (
        "Korea's ICT exports climb 21.4% in 2030, a record\n2031-01-16\n"
        "The two ministries said on January 16 that ICT exports in 2030 rose 21.4 percent from the previous year to "
        "USD 231.62 billion, the largest on record. ICT imports rose 7.9 percent to USD 139.8 billion.\n"
        "In December, ICT exports rose 12.2 percent year-on-year to USD 21.93 billion, a 13th straight gain.\n"
        "[Exports by region, 2030] (USD billion, y-o-y)\n"
        "China (incl. HK) 104.33 (+24.1%) | Vietnam 31.87 (+12.9%) | Japan 4.12 (+11.8%)\n"
        "Exports to Taiwan jumped 98.2 percent to USD 10.14 billion on memory demand.\n"
        "[Imports by region, 2030] (USD billion, y-o-y)\n"
        "China (incl. HK) 57.21 (+6.6%) | Taiwan 26.34 (+22.8%) | Japan 10.87 (+1.2%)\n"
    )
    facts = read(text, "2031-01-16")
    assert facts[k("2030-01/2030-12", region="taiwan")][:2] == (1.014e10, 98.2)
    assert facts[k("2030-01/2030-12", flow="import", region="japan")][:2] == (1.087e10, 1.2)
    assert k("2030-12", region="taiwan") not in facts


@pytest.mark.parametrize(
    ("line", "flow"),
    [
        ("[Imports by region, 2030] (USD billion, y-o-y)", "import"),
        ("[Exports by item]", "export"),
        ("[Imports by region, 2030] Taiwan 26.34", None),
    ],
)
def test_a_bracketed_heading_names_its_flow_past_its_year_and_unit_note(line: str, flow: str | None) -> None:
    """The brackets, a year after a comma and a unit note after them dress a heading; a figure makes it a row."""
    from scraper.parser.sections import flow_heading

    assert flow_heading(line) == flow


@pytest.mark.parametrize(
    "remark", ["전 산업 수출 증가율(10.4%)을 웃도는 수치다.", "전체 산업 수출 감소율(-12.7%)의 절반 수준이다."]
)
def test_the_economys_rate_set_beside_the_ict_figure_opens_no_story_of_the_economys(remark: str) -> None:
    """ "… 17.2% 늘었다. 전 산업 수출 증가율(10.4%)을 웃도는 수치다. 수입은 …": the all-industry rate is a remark on the
    ICT figure; the imports after it are ICT's."""
    text = f"ICT 수출\n\n1월 ICT 수출은 139억6000만달러로 17.2% 늘었다. {remark} 수입은 78억4000만달러로 5.8% 늘었다."
    facts = read(text, "2031-02-14")
    assert facts[k("2031-01", flow="import")][:2] == (7.84e9, 5.8)


def test_a_growth_rate_heading_a_list_of_periods_signs_every_rate_in_it() -> None:
    """ "분기별 증가율은 1분기 41.2%, 2분기 33.9%, …로 기저효과가 사라지면서 둔화했다": every rate of the list is a
    growth rate; the base effect fading is no fall of the figures."""
    text = (
        "2030년 ICT 수출\n\n2030년 ICT 수출은 1912억달러였다. 지난해 분기별 증가율은 1분기 41.2%, 2분기 33.9%, "
        "3분기 21.7%, 4분기 9.6%로 기저효과가 사라지면서 점차 둔화했다."
    )
    facts = read(text, "2031-01-20")
    assert [facts[k(span)][1] for span in ("2030-04/2030-06", "2030-07/2030-09", "2030-10/2030-12")] == [
        33.9,
        21.7,
        9.6,
    ]


def test_a_years_review_titled_on_its_closing_quarter_is_the_years() -> None:
    """A long title with no figure on the quarter that closes the year ("… but Q4 turnaround points to a rebound")
    over a lead on the year's total: the story is the year's, and its items too."""
    text = (
        "Institute: ICT exports shrank for a second year but Q4 turnaround points to a 2031 rebound\n2031.01.24\n\n"
        "ICT exports fell 5.7 percent to $161.3 billion in 2030, the second annual decline in a row, according to "
        "an analysis released Tuesday.\n\nChip exports declined 1.4 percent to $61.8 billion."
    )
    facts = read(text, "2031-01-24")
    assert facts[k("2030-01/2030-12", item="semiconductors")][:2] == (6.18e10, -1.4)


@pytest.mark.parametrize(
    "sentence",
    [
        "Computer exports grew from $4.86 billion in 2026 to $6.91 billion in 2030.",
        "Computer exports grew to $6.91 billion in 2030 from $4.86 billion in 2026.",
    ],
)
def test_a_from_value_dated_years_back_is_that_years_own(sentence: str) -> None:
    """ "from $4.86 billion in 2026 to $6.91 billion in 2030": the from-value is 2026's own, not 2030's prior."""
    facts = read(f"ICT exports\n\nICT exports fell 3.9 percent to $162.1 billion in 2030. {sentence}", "2031-01-26")
    assert facts[k("2026-01/2026-12", item="computers")][0] == 4.86e9
    assert k("2029-01/2029-12", item="computers") not in facts


def test_a_period_a_sub_bullet_turned_to_ends_with_the_sub_bullet() -> None:
    """ "○ 수출 : …" of the year, "- 4분기 수출은 …" under it, then "○ 수입 : …": the quarter is the sub-bullet's; the
    next bullet above it is the year's again."""
    text = (
        "□ '30년 ICT 수출입\n○ 수출 : 1,702.6억달러(△2.4%)\n - 4분기 수출은 447.3억달러로 5.9% 증가\n"
        "○ 수입 : 903.1억달러(△1.7%)\n○ 수지 : 799.5억달러 흑자\n"
    )
    facts = read(text, "2031-01-16")
    assert facts[k("2030-01/2030-12", flow="import")][:2] == (9.031e10, -1.7)
    assert facts[k("2030-01/2030-12", flow="balance")][0] == 7.995e10
    assert facts[k("2030-10/2030-12")][:2] == (4.473e10, 5.9)


@pytest.mark.parametrize("clause", ["위기가 한창이던", "충격이 컸던"])
def test_a_clause_describing_the_year_is_no_unknown_subject(clause: str) -> None:
    """ "위기가 한창이던 2009년에는 1188억달러로 8.1% 감소했다": 위기 is the subject of the clause describing the year,
    not of the sentence; the figures are the year's ICT exports."""
    text = f"ICT 수출\n\n지난해 ICT 수출은 1612억달러로 3.9% 줄었다. {clause} 2029년에는 1188억달러로 8.1% 감소했다."
    facts = read(text, "2031-01-26")
    assert facts[k("2029-01/2029-12")][:2] == (1.188e11, -8.1)


@pytest.mark.parametrize(
    ("sentence", "key", "rate"),
    [
        ("Compare that with 2026, when exports sank 7.9 percent.", "2026-01/2026-12", -7.9),
        (
            "Compared with the 2026 crisis, when first-half exports fell 19.6 percent, the dip in 2030 was shallow.",
            "2026-01/2026-06",
            -19.6,
        ),
        ("Set against 2026, when the slump hit, exports fell 7.9 percent that year.", "2026-01/2026-12", -7.9),
    ],
)
def test_a_year_a_when_clause_describes_dates_the_clauses_figures(sentence: str, key: str, rate: float) -> None:
    """ "Compare that with 2026, when exports sank 7.9 percent": the when-clause tells of that year; its figures
    are that year's, and a half in it is that year's half, not the one named after the clause."""
    text = f"ICT exports\n\nICT exports fell 4.1 percent to $161.2 billion in 2030. {sentence}"
    facts = read(text, "2031-01-26")
    assert facts[k(key)][1] == rate
    assert facts[k("2030-01/2030-12")][:2] == (1.612e11, -4.1)


@pytest.mark.parametrize(
    "text",
    [
        "ICT exports fell 4.0 percent to $160.8 billion in 2030. The last slump of the kind came in 2026. Back then, "
        "exports slipped 0.9 percent to $149.2 billion.",
        "지난해 ICT 수출은 1608억달러로 4.0% 줄었다. 비슷한 침체는 2026년에 있었다. 당시 ICT 수출은 1492억달러로 0.9% "
        "감소했다.",
    ],
)
def test_back_then_is_the_time_named_last_figures_or_not(text: str) -> None:
    """ "… came in 2026. Back then, exports slipped …", "… 2026년에 있었다. 당시 …": the time the sentence before named,
    though it had no figure, not the last figures' year."""
    facts = read(f"ICT exports\n\n{text}", "2031-01-26")
    assert facts[k("2026-01/2026-12")][:2] == (1.492e11, -0.9)
    assert facts[k("2030-01/2030-12")][:2] == (1.608e11, -4.0)
