"""Flattened tables (`scraper/parser/tables.py`, `table_facts.py`): a header row of periods, rows of a
label and one cell per column, a unit note. Every table here is invented (labels, layout and figures);
the changes agree with the values to one decimal, as a release's own do."""

from __future__ import annotations

from datetime import date

import pytest

from scraper.extract import extract_record
from scraper.parser import normalise
from scraper.parser.tables import find_tables
from tests.parser_helpers import Key, facts_of, numbers
from tests.test_parser_causes import read

Numbers = tuple[float | None, float | None, float | None]


def k(period: str, flow: str = "export", item: str = "ict", region: str = "world") -> Key:
    return (period, flow, item, region)


def assert_facts(text: str, published: str, expected: dict[Key, Numbers]) -> None:
    facts = facts_of(text, published)
    for key, want in expected.items():
        assert key in facts, f"no {key} in {sorted(facts)}"
        got = numbers(facts[key])
        assert all(
            (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= abs(b) * 1e-9)
            for a, b in zip(got, want, strict=True)
        ), f"{key} is {got}, want {want}"


def tables_in(text: str, published: str = "2024-10-15") -> int:
    return len(find_tables(normalise(text), date.fromisoformat(published)))


def test_pipes_with_changes_in_parentheses_and_the_unit_after() -> None:
    text = (
        "5월 ICT 수출입 현황\n"
        "구분 | '22.5월 | '23.5월P\n"
        "수출 | 158.2(6.1%↑) | 149.5(5.5%↓)\n"
        "수입 | 96.4(11.2%↑) | 88.0(8.7%↓)\n"
        "(단위: 억불)"
    )
    assert_facts(
        text,
        "2023-06-14",
        {
            k("2022-05"): (15.82e9, 6.1, None),
            k("2023-05"): (14.95e9, -5.5, 15.82e9),
            k("2022-05", "import"): (9.64e9, 11.2, None),
            k("2023-05", "import"): (8.80e9, -8.7, 9.64e9),
        },
    )


def test_space_aligned_korean_with_a_change_column_and_triangle_negatives() -> None:
    text = (
        "9월 ICT 수출입 실적\n"
        "(단위: 억달러, %)  구분  2023.9월  2024.9월  증감률\n"
        "수출  181.6  197.3  8.6\n"
        "수입  104.9  101.2  △3.5\n"
        "수지  76.7  96.1  -"
    )
    assert_facts(
        text,
        "2024-10-15",
        {
            k("2023-09"): (18.16e9, None, None),
            k("2024-09"): (19.73e9, 8.6, 18.16e9),
            k("2024-09", "import"): (10.12e9, -3.5, 10.49e9),
            k("2023-09", "balance"): (7.67e9, None, None),
            k("2024-09", "balance"): (9.61e9, None, 7.67e9),
        },
    )


def test_english_tab_separated_items_with_a_yoy_column() -> None:
    text = (
        "ICT exports by item\n"
        "Item\tSep. 2023\tSep. 2024\tYoY (%)\n"
        "Semiconductors\t99.4\t136.2\t37.0\n"
        "Displays\t18.3\t17.2\t-6.0\n"
        "Mobile phones\t12.9\t10.4\t-19.4\n"
        "(Unit: USD 100 million)"
    )
    assert_facts(
        text,
        "2024-10-14",
        {
            k("2023-09", item="semiconductors"): (9.94e9, None, None),
            k("2024-09", item="semiconductors"): (13.62e9, 37.0, 9.94e9),
            k("2024-09", item="displays"): (1.72e9, -6.0, 1.83e9),
            k("2024-09", item="mobile_phones"): (1.04e9, -19.4, 1.29e9),
        },
    )


def test_rows_parted_by_slashes_on_one_line() -> None:
    text = "3월 ICT 수출 동향\n구분 | '19.3월 | '20.3월P / 수출 | 152.3(2.2%↑) | 160.1(5.1%↑) (단위: 억불)"
    assert_facts(text, "2020-04-14", {k("2019-03"): (15.23e9, 2.2, None), k("2020-03"): (16.01e9, 5.1, 15.23e9)})


def test_a_table_glued_onto_one_line_after_a_sentence() -> None:
    text = (
        "9월 ICT 수출은 증가세를 이어갔다. (단위: 억달러, %) 구분 2023.9월 2024.9월 증감률 반도체 99.4 136.2 37.0 "
        "디스플레이 18.3 17.2 △6.0 컴퓨터·주변기기 9.1 11.5 26.4"
    )
    assert_facts(
        text,
        "2024-10-15",
        {
            k("2024-09", item="semiconductors"): (13.62e9, 37.0, 9.94e9),
            k("2024-09", item="displays"): (1.72e9, -6.0, 1.83e9),
            k("2024-09", item="computers_peripherals"): (1.15e9, 26.4, 0.91e9),
        },
    )


def test_a_year_to_date_header_is_the_span_from_january() -> None:
    text = (
        "ICT 수출 누적 실적\n"
        "구분 | '23.1~9월 | '24.1~9월 | 증감률\n"
        "ICT 수출 | 1,392.4 | 1,653.0 | 18.7\n"
        "(단위: 억달러, %)"
    )
    assert_facts(
        text,
        "2024-10-15",
        {k("2023-01/2023-09"): (139.24e9, None, None), k("2024-01/2024-09"): (165.30e9, 18.7, 139.24e9)},
    )


def test_half_years_in_english_with_a_change_column_the_values_bear_out() -> None:
    text = (
        "ICT exports and imports in the first half\n"
        "Category | 1H 2023 | 1H 2024 | Change (%)\n"
        "Exports | 1,001.7 | 1,101.5 | 10.0\n"
        "Imports | 627.4 | 645.1 | 2.8\n"
        "(Unit: USD 100 million)"
    )
    assert_facts(
        text,
        "2024-07-15",
        {
            k("2024-01/2024-06"): (110.15e9, 10.0, 100.17e9),
            k("2024-01/2024-06", "import"): (64.51e9, 2.8, 62.74e9),
        },
    )


def test_millions_of_dollars_with_thousands_separators() -> None:
    text = "ICT 품목별 수출\n구분 | 2023.9월 | 2024.9월 | 증감률\n반도체 | 9,940 | 13,620 | 37.0\n(단위: 백만달러, %)"
    assert_facts(text, "2024-10-15", {k("2024-09", item="semiconductors"): (13.62e9, 37.0, 9.94e9)})


def test_a_second_header_row_splits_each_period_into_amount_and_change() -> None:
    text = (
        "4월 ICT 수출입 동향\n"
        "(단위: 억달러, %)\n"
        "구분 | 2024.4월 | | 2024.1~4월 |\n"
        " | 금액 | 증감률 | 금액 | 증감률\n"
        "수출 | 171.3 | 10.2 | 650.4 | 8.1\n"
        "수입 | 99.8 | △2.3 | 401.2 | 1.4"
    )
    assert_facts(
        text,
        "2024-05-14",
        {
            k("2024-04"): (17.13e9, 10.2, None),
            k("2024-01/2024-04"): (65.04e9, 8.1, None),
            k("2024-04", "import"): (9.98e9, -2.3, None),
            k("2024-01/2024-04", "import"): (40.12e9, 1.4, None),
        },
    )


def test_a_share_column_after_the_last_amount_and_change_belongs_to_the_last_period() -> None:
    """Years over "금액 증감률 금액 증감률 비중": five cells, the share only under the later year."""
    text = (
        "2030년 ICT 수출입 동향\n< 품목별 수출 > (단위: 억불, %)\n"
        " 구 분          2029년              2030년\n"
        "            금액    증감률      금액    증감률   비중\n"
        " 반도체      610.2   4.4         655.0   7.3      38.1\n"
        " 휴대폰      201.7   △3.1        190.4   △5.6     11.1\n"
    )
    assert_facts(
        text,
        "2031-01-15",
        {
            k("2029-01/2029-12", item="semiconductors"): (6.102e10, 4.4, None),
            k("2030-01/2030-12", item="semiconductors"): (6.55e10, 7.3, 6.102e10),
            k("2030-01/2030-12", item="mobile_phones"): (1.904e10, -5.6, 2.017e10),
        },
    )


def test_a_second_header_row_in_english() -> None:
    text = "ICT exports\nItem | Apr. 2024 |\n | Value | YoY (%)\nSemiconductors | 99.1 | 55.2\n(Unit: USD 100 million)"
    assert_facts(text, "2024-05-14", {k("2024-04", item="semiconductors"): (9.91e9, 55.2, None)})


def test_a_month_without_a_year_follows_the_column_before_it_and_spaced_labels_are_read() -> None:
    text = (
        "8월 ICT 수출입 동향\n"
        "(단위: 억불)\n"
        "구 분 | '16.11월 | 12월 | '17.1월 | 2월\n"
        "수 출 | 143.1 | 150.2 | 131.4 | 140.0\n"
        "중 국 | 60.1 | 61.2 | 55.0 | 57.3"
    )
    assert_facts(
        text,
        "2017-09-14",
        {
            k("2016-12"): (15.02e9, None, None),
            k("2017-02"): (14.00e9, None, None),
            k("2016-12", region="china"): (6.12e9, None, None),
        },
    )


def test_units_written_in_the_cells_and_a_running_total_header() -> None:
    text = "ICT 수출 동향\n구분 | 2024.9월 | 1~9월 누계\nICT 수출 | 197.3억불 | 1,653.0억불"
    assert_facts(text, "2024-10-14", {k("2024-09"): (19.73e9, None, None), k("2024-01/2024-09"): (165.3e9, None, None)})


def test_a_header_that_repeats_a_month_without_its_year_is_not_read() -> None:
    assert tables_in("ICT 수출 동향\n구분 | '23.9월 | 9월\nICT 수출 | 181.6 | 197.3\n(단위: 억불)") == 0


@pytest.mark.parametrize(
    ("header", "period"),
    [
        ("'16.8월", "2016-08"),
        ("2024.9월", "2024-09"),
        ("2024.9", "2024-09"),
        ("24.9월P", "2024-09"),
        ("2024년 9월", "2024-09"),
        ("9월", "2024-09"),
        ("Sep. 2024", "2024-09"),
        ("Sep-24", "2024-09"),
        ("1~9월", "2024-01/2024-09"),
        ("Jan.-Sep. 2024", "2024-01/2024-09"),
        ("상반기", "2024-01/2024-06"),
        ("2024 상반기", "2024-01/2024-06"),
        ("3Q", "2024-07/2024-09"),
        ("Q3 2024", "2024-07/2024-09"),
        ("2024년 3분기", "2024-07/2024-09"),
        ("1H 2024", "2024-01/2024-06"),
        ("2023", "2023-01/2023-12"),
    ],
)
def test_period_headers(header: str, period: str) -> None:
    months = int(period[-2:]) - int(period[5:7]) + 1  # (a span's total is a span's size: 197.3억 a month)
    amount = round(197.3 * months, 1)
    text = f"ICT 수출입 동향\n구분 | {header} | 증감률\n수출 | {amount} | 8.6\n(단위: 억달러, %)"
    assert_facts(text, "2024-10-15", {k(period): (amount * 1e8, 8.6, None)})


def test_flow_rows_open_sections_for_the_partner_and_item_rows_under_them() -> None:
    text = (
        "ICT 수출입 동향\n"
        "구분 | '23.9월 | '24.9월 | 증감률\n"
        "수출 | 181.6 | 197.3 | 8.6\n"
        "중국 | 80.1 | 88.9 | 11.0\n"
        "수입 | 104.9 | 101.2 | △3.5\n"
        "광학기기 | 3.1 | 3.5 | 12.9\n"
        "기타 | 20.0 | 21.3 | 6.5\n"
        "반도체 | 48.2 | 45.0 | △6.6\n"
        "(단위: 억달러, %)"
    )
    assert_facts(
        text,
        "2024-10-15",
        {
            k("2024-09", region="china"): (8.89e9, 11.0, 8.01e9),
            k("2024-09", "import", "semiconductors"): (4.50e9, -6.6, 4.82e9),
        },
    )
    facts = facts_of(text, "2024-10-15")
    assert not [fact for fact in facts.values() if fact.value_usd in (3.5e8, 21.3e8)], "unnamed rows gave figures"


def test_a_column_of_differences_is_not_growth() -> None:
    text = (
        "ICT 수출입 동향\n"
        "구분 | 2023.9월 | 2024.9월 | 증감\n"
        "수출 | 181.6 | 197.3 | 15.7\n"
        "수입 | 104.9 | 101.2 | △3.7\n"
        "(단위: 억달러)"
    )
    assert_facts(
        text, "2024-10-15", {k("2024-09"): (19.73e9, None, 18.16e9), k("2024-09", "import"): (10.12e9, None, 10.49e9)}
    )


def test_a_change_between_consecutive_months_is_not_year_on_year() -> None:
    text = "ICT 수출 동향\n구분 | 2024.8월 | 2024.9월 | 증감률\n수출 | 190.2 | 197.3 | 3.7\n(단위: 억달러, %)"
    assert_facts(text, "2024-10-15", {k("2024-09"): (19.73e9, None, None), k("2024-08"): (19.02e9, None, None)})


def test_a_change_the_values_contradict_is_not_read() -> None:
    text = "ICT 수출 동향\n구분 | '23.9월 | '24.9월 | 증감률\n수출 | 181.6 | 197.3 | 12.4\n(단위: 억달러, %)"
    assert_facts(text, "2024-10-15", {k("2024-09"): (19.73e9, None, 18.16e9)})


def test_bare_parentheses_nothing_can_check_are_not_changes_and_a_share_column_is_skipped() -> None:
    text = "ICT 수출 동향\n구분 | 2024.9월 | 비중\n수출 | 197.3(8.6) | 62.1\n(단위: 억달러, %)"
    assert_facts(text, "2024-10-15", {k("2024-09"): (19.73e9, None, None)})


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Tech shipments slid in August.\nICT exports by item, August 2019\nUnit: US$ million, %\n"
            "Item    Aug 2018    Aug 2019    Change\nICT total    17,020    15,410    -9.5\n"
            "Displays    2,480    2,150    -13.3",
            "2019-09-16",
            {
                k("2019-08"): (15.41e9, -9.5, 17.02e9),
                k("2019-08", item="displays"): (2.15e9, -13.3, 2.48e9),
            },
        ),
        (
            "3월 ICT 수출 실적\n단위: 억 달러, %\n구분    2013년 3월    2014년 3월    증감률\n"
            "ICT 수출    131.4    142.7    8.6\n휴대폰    20.5    23.9    16.6",
            "2014-04-14",
            {k("2014-03"): (14.27e9, 8.6, 13.14e9), k("2014-03", item="mobile_phones"): (2.39e9, 16.6, 2.05e9)},
        ),
    ],
)
def test_a_unit_line_without_brackets_is_the_tables_note(
    text: str, published: str, expected: dict[Key, Numbers]
) -> None:
    assert_facts(text, published, expected)


def test_without_a_unit_note_a_table_gives_changes_but_no_values() -> None:
    text = "ICT 수출 동향\n구분 | '23.9월 | '24.9월 | 증감률\n수출 | 181.6 | 197.3 | 8.6"
    assert_facts(text, "2024-10-15", {k("2024-09"): (None, 8.6, None)})


def test_a_figure_a_sentence_states_outranks_the_table() -> None:
    text = (
        "9월 ICT 수출은 197억3000만달러로 8.6% 증가했다.\n"
        "구분 | '23.9월 | '24.9월 | 증감률\n"
        "수출 | 181.6 | 198.4 | 9.3\n"
        "(단위: 억달러, %)"
    )
    assert_facts(text, "2024-10-15", {k("2024-09"): (19.73e9, 8.6, 18.16e9), k("2023-09"): (18.16e9, None, None)})


def test_a_table_whose_header_is_not_periods_yields_nothing() -> None:
    text = (
        "9월 ICT 수출입 동향\n"
        "(단위: 억달러)\n"
        "구분 | 수출 | 수입 | 수지\n"
        "2024.8월 | 190.2 | 98.7 | 91.5\n"
        "2024.9월 | 197.3 | 101.2 | 96.1"
    )
    assert tables_in(text) == 0
    assert not [fact for fact in facts_of(text, "2024-10-15").values() if fact.value_usd or fact.yoy_pct]


@pytest.mark.parametrize(
    ("prose", "key", "want"),
    [
        (
            "9월 ICT 수출은  197억3000만달러로  전년 동월 대비  8.6%  증가했다.  "
            "수입은  101억2000만달러로  3.5%  감소했다.",
            k("2024-09"),
            (19.73e9, 8.6, None),
        ),
        (
            "ICT exports rose  8.6 percent  to  $19.73 billion  in September,  while imports fell  3.5 percent.",
            k("2024-09"),
            (19.73e9, 8.6, None),
        ),
        (
            "2023년 9월  2024년 9월  두 달 모두 ICT 수출은 늘었다.\n"
            "9월 반도체 수출은  136억2000만달러로  37.0%  증가했다.",
            k("2024-09", item="semiconductors"),
            (13.62e9, 37.0, None),
        ),
    ],
)
def test_prose_with_numbers_between_double_spaces_is_no_table(prose: str, key: Key, want: Numbers) -> None:
    """Runs of spaces are one space by the time tables are looked for (`normalise`): a sentence's figures
    in a row must not read as a header and its cells."""
    assert tables_in(prose) == 0
    assert_facts(prose, "2024-10-15", {key: want})


@pytest.mark.parametrize(
    ("page", "path"),
    [
        (
            "<html><body><article><h1>5월 ICT 수출 171.2억불</h1><p>5월 ICT 수출은 171.2억불로 6.3% 늘었다.</p>"
            "<p>(단위: 억불, %)</p><table><tr><th>구분</th><th>'20.5월</th><th>'21.5월</th><th>증감률</th></tr>"
            "<tr><td>수출</td><td>161.1</td><td>171.2</td><td>6.3</td></tr>"
            "<tr><td>수입</td><td>90.4</td><td>99.8</td><td>10.4</td></tr></table></article></body></html>",
            None,
        ),
        (
            "5월 ICT 수출 171.2억불\n\n5월 ICT 수출은 171.2억불로 6.3% 늘었다.\n\n(단위: 억불, %)\n\n"
            "구분 | '20.5월 | '21.5월 | 증감률\n\n수출 | 161.1 | 171.2 | 6.3\n\n수입 | 90.4 | 99.8 | 10.4\n",
            "release.txt",
        ),
    ],
    ids=["html-table", "text-rows-set-apart"],
)
def test_a_table_whose_rows_the_page_sets_apart_is_read(page: str, path: str | None) -> None:
    """The cleaner gives every row of an HTML table, and every line of a text, a paragraph of its own; the
    rows are still one table (the year-earlier column is the prior)."""
    record = extract_record(page.encode(), published=date(2021, 6, 15), path=path)
    facts = {(f["period"], f["flow"]): f for f in record["facts"] if f["item"] == "ict" and f["region"] == "world"}
    assert facts[("2021-05", "export")]["prior_usd"] == pytest.approx(16.11e9)
    assert facts[("2021-05", "import")]["value_usd"] == pytest.approx(9.98e9)
    assert facts[("2020-05", "import")]["value_usd"] == pytest.approx(9.04e9)


def test_a_one_period_table_of_amounts_and_changes_is_read_under_its_caption() -> None:
    text = (
        "9월 ICT 수출은 181억달러였다.\n"
        "[표] 9월 주요 지역 수출 실적 (단위: 억달러, %)\n지역 금액 증감률\n"
        "중국(홍콩 포함) 84.2 -6.1\n베트남 27.5 12.9\n미국 17.8 △2.4"
    )
    assert_facts(
        text,
        "2019-10-14",
        {
            k("2019-09", region="china"): (8.42e9, -6.1, None),
            k("2019-09", region="vietnam"): (2.75e9, 12.9, None),
            k("2019-09", region="us"): (1.78e9, -2.4, None),
        },
    )


def test_an_english_table_of_amounts_takes_its_unit_from_the_header() -> None:
    text = (
        "ICT exports by item in August\nItem | Value (US$ million) | YoY (%)\n"
        "Semiconductors | 8,312 | 4.1\nDisplays | 1,905 | -7.7"
    )
    assert_facts(
        text,
        "2021-09-14",
        {
            k("2021-08", item="semiconductors"): (8.312e9, 4.1, None),
            k("2021-08", item="displays"): (1.905e9, -7.7, None),
        },
    )


def test_a_table_of_amounts_without_a_unit_is_left_alone() -> None:
    text = "8월 품목별 수출\n품목 금액 증감률\n반도체 83.1 4.1\n디스플레이 19.0 -7.7"
    assert not any(key[2] == "semiconductors" for key in facts_of(text, "2021-09-14"))


def test_a_table_goes_on_under_section_headings_and_each_section_is_exports_again() -> None:
    text = (
        "< 3월 ICT 수출입 실적 > (단위: 억 달러, %)\n구분 | '18.3월 | '19.3월 | 증감률\n"
        "수출 | 193.0 | 174.8 | △9.4\n수지 | 95.6 | 82.1 | -\n"
        "< 주요 품목별 수출 >\n반도체 | 116.1 | 97.5 | △16.0\n디스플레이 | 24.9 | 20.3 | △18.5\n"
        "< 주요 지역별 수출 >\n베트남 | 23.1 | 25.0 | 8.2"
    )
    facts = facts_of(text, "2019-04-15")
    assert numbers(facts[k("2019-03", item="semiconductors")]) == (9.75e9, -16.0, 11.61e9)
    assert numbers(facts[k("2019-03", item="displays")])[0] == pytest.approx(2.03e9)
    assert numbers(facts[k("2019-03", region="vietnam")])[1] == pytest.approx(8.2)
    assert k("2019-03", flow="balance", item="displays") not in facts


def test_columns_named_in_the_caption_over_space_separated_rows() -> None:
    text = (
        "ICT exports rose 6.0 percent in May.\nICT exports by item (US$ billion; May 2017, May 2018, change in %)\n"
        "Semiconductors 7.10 10.15 43.0\nDisplays 2.48 2.07 -16.5\n"
        "ICT exports by destination (same columns)\nVietnam 2.35 2.71 15.3"
    )
    facts = facts_of(text, "2018-06-15")
    assert numbers(facts[k("2018-05", item="semiconductors")]) == (10.15e9, 43.0, 7.10e9)
    assert numbers(facts[k("2018-05", item="displays")]) == (2.07e9, -16.5, 2.48e9)
    assert numbers(facts[k("2018-05", region="vietnam")]) == (2.71e9, 15.3, 2.35e9)


@pytest.mark.parametrize(
    "graphic",
    [
        "▲ Monthly ICT export trend (US$100 million, %, YoY)\n2019.3 | 2019.4 | 2019.5\n174.8 | 158.6 | 155.4\n"
        "-9.4 | -13.2 | -8.7",
        "[그래픽] ICT 수출 추이\n(단위: 억달러, %)\n2019.3월 174.8 / 2019.4월 158.6 / 2019.5월 155.4\n"
        "전년동월비 -9.4 / -13.2 / -8.7",
    ],
    ids=["rows", "pairs"],
)
def test_a_trend_graphic_flattened_to_text_gives_each_month(graphic: str) -> None:
    facts = facts_of(f"{graphic}\n5월 ICT 수출은 155억4천만달러였다.", "2019-06-14")
    assert numbers(facts[k("2019-03")]) == (17.48e9, -9.4, None)
    assert numbers(facts[k("2019-04")]) == (15.86e9, -13.2, None)


def test_a_trend_graphic_without_a_unit_is_left_alone() -> None:
    facts = facts_of("ICT 수출 추이\n2019.3 | 2019.4 | 2019.5\n174.8 | 158.6 | 155.4", "2019-06-14")
    assert k("2019-03") not in facts


def test_an_english_unit_line_and_a_starred_year_header_are_read() -> None:
    english = (
        "ICT exports rose in March.\nICT exports by item (US$ billion, %)\nItem | Mar 2018 | Mar 2019 | YoY\n"
        "Displays | 2.36 | 2.05 | -13.1"
    )
    assert numbers(facts_of(english, "2019-04-15")[k("2019-03", item="displays")]) == (2.05e9, -13.1, 2.36e9)
    korean = "ICT 수출 실적 (억불, %)\n지역   '23년   '24년*   증감률\n미국   232.6   318.5   36.9"
    assert numbers(facts_of(korean, "2025-01-14")[k("2024-01/2024-12", region="us")]) == (31.85e9, 36.9, 23.26e9)


def test_a_quarter_written_1_of_4() -> None:
    facts = facts_of("2014년 1/4분기 ICT 수출은 398.7억불로 5.1% 늘었다.", "2014-04-15")
    assert numbers(facts[k("2014-01/2014-03")]) == (39.87e9, 5.1, None)


def test_a_one_period_table_by_flow_is_read_as_its_sentences() -> None:
    text = (
        "2022년 ICT 수출은 2,333억불이었다.\n□ 4분기 국가별 수출입                (단위: 억불, %)\n"
        "국 가       │   수 출   │   수 입\n            │ 금액 │ 증감률 │ 금액 │ 증감률\n"
        "베트남       │ 81.2   │ △12.5   │ 33.0   │ 4.1\n미국         │ 60.4   │ △7.0    │ 30.2   │ △3.3"
    )
    facts = facts_of(text, "2023-01-13")
    assert numbers(facts[k("2022-10/2022-12", region="vietnam")]) == (8.12e9, -12.5, None)
    assert numbers(facts[k("2022-10/2022-12", flow="import", region="us")]) == (3.02e9, -3.3, None)


def test_a_flat_table_by_flow_with_a_balance_column() -> None:
    text = (
        "2015년 ICT 수출은 1,729억불이었다.\n< 국가별 ICT 수출입 (2015년) >\n(단위: 억불, %)\n"
        "국가        수출       증감률     수입       증감률     수지\n"
        "일본        50.7       △13.6     103.9      △5.0      △53.2"
    )
    facts = facts_of(text, "2016-01-15")
    assert numbers(facts[k("2015-01/2015-12", region="japan")]) == (5.07e9, -13.6, None)
    assert numbers(facts[k("2015-01/2015-12", flow="balance", region="japan")])[0] == pytest.approx(-5.32e9)


def test_rows_right_under_a_caption_that_ends_in_its_unit() -> None:
    text = (
        "ICT exports rose 4.1% in May.\nExports by destination (US$ billion, %)\nChina*  7.35  8.1\n"
        "U.S.  1.48  -6.2\nVietnam  0.94  31.0"
    )
    facts = facts_of(text, "2014-06-15")
    assert numbers(facts[k("2014-05", region="us")]) == (1.48e9, -6.2, None)
    assert numbers(facts[k("2014-05", region="vietnam")]) == (0.94e9, 31.0, None)


def test_period_columns_that_name_their_flow() -> None:
    text = (
        "10월 정보통신 수출입\n(단위: 억불, %)\n"
        "품목 | 10월 수출 | 증감률 | 10월 수입 | 증감률\n"
        "반도체 | 97.3 | △4.2 | 41.6 | 6.8\n"
        "디스플레이 | 18.5 | 12.0 | 3.9 | △1.5"
    )
    assert_facts(
        text,
        "2019-11-13",
        {
            k("2019-10", item="semiconductors"): (9.73e9, -4.2, None),
            k("2019-10", "import", "semiconductors"): (4.16e9, 6.8, None),
            k("2019-10", "import", "displays"): (0.39e9, -1.5, None),
        },
    )


def test_a_partner_label_that_says_what_it_includes_names_one_partner() -> None:
    text = (
        "2022년 ICT 수출은 2,332.4억불.\n[국가별 수출] (억불, %)\n지역   '21년   '22년   증감률\n"
        "중국(홍콩 포함)   1,071.3   1,003.9   △6.3\n미국   291.8   327.4   12.2"
    )
    assert_facts(text, "2023-01-16", {k("2022-01/2022-12", region="china"): (100.39e9, -6.3, 107.13e9)})


def test_rows_of_one_amount_under_a_unit_caption_with_deficits_in_parentheses() -> None:
    text = (
        "ICT exports were US$15.02 billion in August 2016.\nTrade balance by partner (US$ billion)\n"
        "China (incl. HK)    4.41\nUnited States    0.87\nJapan    (0.52)"
    )
    facts = facts_of(text, "2016-09-13")
    assert numbers(facts[k("2016-08", "balance", region="china")]) == (4.41e9, None, None)
    assert numbers(facts[k("2016-08", "balance", region="japan")]) == (-0.52e9, None, None)


def test_a_row_labelled_us_is_the_partner_not_the_currency() -> None:
    text = "ICT exports rose 5.8% in October.\nExports by market (US$ bn, YoY %)\nUS 1.63 +9.2\nChina 6.48 +2.4"
    facts = facts_of(text, "2017-11-14")
    assert numbers(facts[k("2017-10", region="us")]) == (1.63e9, 9.2, None)
    assert numbers(facts[k("2017-10", region="china")]) == (6.48e9, 2.4, None)
    text = "ICT exports rose 5.8% in October.\nExports by market (US$ bn, YoY %)\nChina 6.48 +2.4\nUS 1.63 +9.2"
    assert numbers(facts_of(text, "2017-11-14")[k("2017-10", region="us")]) == (1.63e9, 9.2, None)


def test_a_balance_row_with_its_amount_alone_among_rows_of_amounts_and_changes() -> None:
    text = (
        "ICT exports rose 2.7% in March.\nHeadline figures (US$ bn, YoY %)\nICT exports 13.55 +2.7\n"
        "Chips 6.04 +11.9\nICT imports 8.92 +5.1\nICT trade balance 4.63\nBalance with Japan -0.38"
    )
    facts = facts_of(text, "2016-04-15")
    assert numbers(facts[k("2016-03", "balance")]) == (4.63e9, None, None)
    assert numbers(facts[k("2016-03", "import")]) == (8.92e9, 5.1, None)
    assert numbers(facts[k("2016-03", "balance", region="japan")]) == (-0.38e9, None, None)
    assert numbers(facts[k("2016-03", item="semiconductors")]) == (6.04e9, 11.9, None)


def test_rows_that_label_their_change() -> None:
    text = (
        "ICT exports rose 3.2% in the first half.\nH1 exports by market (US$ billion, %)\n"
        "Vietnam  11.4  YoY 8.8\nIndia  1.9  YoY -4.0"
    )
    facts = facts_of(text, "2017-07-14")
    assert numbers(facts[k("2017-01/2017-06", region="vietnam")]) == (11.4e9, 8.8, None)
    assert numbers(facts[k("2017-01/2017-06", region="india")]) == (1.9e9, -4.0, None)


def test_a_one_period_table_with_a_share_column_is_read_without_it() -> None:
    text = (
        "5월 ICT 수출은 141.9억 달러로 2.4% 늘었다.\n■ 5월 국가별 ICT 수출 (단위: 억 달러, %)\n"
        "국가 | 수출액 | 증감률 | 비중\n베트남 | 24.4 | 31.0 | 17.2\n일본 | 8.1 | △12.0 | 5.7"
    )
    facts = facts_of(text, "2015-06-15")
    assert numbers(facts[k("2015-05", region="vietnam")]) == (24.4e8, 31.0, None)
    assert numbers(facts[k("2015-05", region="japan")]) == (8.1e8, -12.0, None)


def test_an_english_table_by_destination_under_an_in_billions_of_dollars_title() -> None:
    text = (
        "ICT exports reached $176.0 billion last year.\nExports by destination (in billions of dollars)\n"
        "Destination      2014     2015     Change\nChina (incl. HK) 87.91    85.40    -2.9%\n"
        "Vietnam          11.06    15.83    +43.1%"
    )
    facts = facts_of(text, "2016-01-14")
    assert numbers(facts[k("2015-01/2015-12", region="vietnam")]) == (15.83e9, 43.1, 11.06e9)
    assert numbers(facts[k("2015-01/2015-12", region="china")]) == (85.40e9, -2.9, 87.91e9)


def test_rows_flattened_one_cell_a_line_under_a_unit_caption() -> None:
    text = (
        "ICT exports in May rose 8.4% to $16.98 billion.\nICT exports by item (US$ billion, %)\n"
        "Semiconductors\n8.31\n12.0\nDisplays\n2.02\n-7.7\nMobile phones\n1.41\n-3.1"
    )
    facts = facts_of(text, "2016-06-14")
    assert numbers(facts[k("2016-05", item="displays")]) == (2.02e9, -7.7, None)
    assert numbers(facts[k("2016-05", item="mobile_phones")]) == (1.41e9, -3.1, None)


def test_a_line_of_changes_under_a_line_of_amounts_pairs_in_order() -> None:
    text = (
        "□ 7월 ICT 수출은 193.2억불(+9.1%)\n□ (국가) 중국(홍콩 포함) 85.0억불 · 미국 24.6억불 · 베트남 25.1억불\n"
        "   증감률 : +3.3% · +31.9% · △2.2%"
    )
    facts = facts_of(text, "2023-08-14")
    assert numbers(facts[k("2023-07", region="us")]) == (2.46e9, 31.9, None)
    assert numbers(facts[k("2023-07", region="vietnam")]) == (2.51e9, -2.2, None)
    assert numbers(facts[k("2023-07")]) == (19.32e9, 9.1, None)


def test_a_unit_note_that_names_its_change_column_as_yoy() -> None:
    text = (
        "ICT exports rose 23.6% in September.\n2. Monthly trend (USD billion, y-o-y %)\n"
        "| | Jul 2025 | Aug 2025 |\n| ICT exports | 21.64 (+13.8) | 22.26 (+17.1) |\n"
        "| Displays | 1.62 (-9.6) | 1.55 (-11.8) |"
    )
    facts = facts_of(text, "2025-10-15")
    assert numbers(facts[k("2025-07")]) == (21.64e9, 13.8, None)
    assert numbers(facts[k("2025-08", item="displays")]) == (1.55e9, -11.8, None)


def test_a_unit_note_with_the_percent_sign_before_its_change_word() -> None:
    text = (
        "Chip shipments led ICT exports in June.\nShipments by item (US$ bn, % y/y)\n"
        "Item              Jun 2015   Jun 2016    y/y\nSemiconductors       5.07       5.33     5.1\n"
        "Mobile phones        2.11       1.86   -11.8"
    )
    facts = facts_of(text, "2016-07-14")
    assert numbers(facts[k("2016-06", item="semiconductors")]) == (5.33e9, 5.1, 5.07e9)
    assert numbers(facts[k("2016-06", item="mobile_phones")]) == (1.86e9, -11.8, 2.11e9)


def test_a_chart_row_without_a_label_takes_its_subject_from_the_caption_and_quarter_labels() -> None:
    text = (
        "□ 3분기 ICT 수입은 241.7억 달러로 2.2% 늘었다.\n\n"
        "< 분기별 ICT 수입 추이 >            (단위: 억 달러)\n '18.1Q   '18.2Q   '18.3Q\n  226.0     231.5     241.7"
    )
    facts = facts_of(text, "2018-10-15")
    assert numbers(facts[k("2018-01/2018-03", "import")]) == (22.6e9, None, None)
    assert numbers(facts[k("2018-04/2018-06", "import")]) == (23.15e9, None, None)


def test_item_rows_after_a_balance_row_are_the_captions_flow_not_balances() -> None:
    text = (
        "ICT exports fell in October.\nOctober ICT trade (US$ billion)\nItem | Oct 2018 | Oct 2019 | YoY (%)\n"
        "Exports | 20.07 | 16.95 | -15.5\nImports | 10.32 | 9.96 | -3.5\nBalance | 9.75 | 6.99 | -\n"
        "Semiconductors | 12.42 | 8.63 | -30.5"
    )
    facts = facts_of(text, "2019-11-14")
    assert numbers(facts[k("2019-10", item="semiconductors")]) == (8.63e9, -30.5, 12.42e9)
    assert k("2019-10", "balance", item="semiconductors") not in facts


def test_a_brokers_line_of_months_each_with_its_value_and_change() -> None:
    text = (
        "Dec ICT exports US$16.82bn (-12.4% YoY).\n\nICT exports, US$bn (YoY)\n"
        "Oct-18 20.07 (+4.3%) | Nov-18 18.26 (+2.1%) | Dec-18 16.82 (-12.4%)"
    )
    facts = facts_of(text, "2019-01-15")
    assert numbers(facts[k("2018-10")]) == (20.07e9, 4.3, None)
    assert numbers(facts[k("2018-11")]) == (18.26e9, 2.1, None)
    assert numbers(facts[k("2018-12")]) == (16.82e9, -12.4, None)


def test_a_section_unit_note_above_a_table_that_states_none() -> None:
    text = (
        "Ⅰ. 3월 ICT 수출입 동향 요약\n[단위: 백만 달러, %, 전년 동월 대비]\n"
        "○ '21.3월 ICT 수출은 18,232백만 달러로 전년 동월 대비 15.8% 증가\n"
        "| 구분 | '20.3월 | '21.3월 | 증감률 |\n| 수출 | 15,742 | 18,232 | 15.8 |\n| 수입 | 9,306 | 10,560 | 13.5 |"
    )
    facts = facts_of(text, "2021-04-14")
    assert numbers(facts[k("2021-03", "import")]) == (10.56e9, 13.5, 9.306e9)
    assert numbers(facts[k("2020-03")]) == (15.742e9, None, None)


def test_a_one_period_table_whose_amount_column_is_headed_by_its_period() -> None:
    # the unit in the caption, the period as the amount column's header: "Item | July 2021 | Change"
    text = (
        "ICT exports rose 12.1 percent to $19.02 billion in July.\n\n"
        "Leading items (USD billion, change on a year earlier)\n"
        "Item | July 2021 | Change\n"
        "Semiconductors | 10.26 | +38.9%\n"
        "Displays | 2.11 | -4.3%\n"
        "Computers and peripherals | 1.48 | +9.6%"
    )
    assert_facts(
        text,
        "2021-08-13",
        {
            k("2021-07", item="semiconductors"): (10.26e9, 38.9, None),
            k("2021-07", item="displays"): (2.11e9, -4.3, None),
            k("2021-07", item="computers_peripherals"): (1.48e9, 9.6, None),
        },
    )


def test_a_partner_table_one_cell_a_line_with_a_main_item_column() -> None:
    text = (
        "3월 ICT 수출은 171억2000만달러로 6.4% 늘었다.\n3월 지역별 수출과 주력 품목\n(단위: 억달러, %)\n"
        "지역\n금액\n증감률\n주력 품목\n베트남\n24.7\n△3.8\n디스플레이 6.1 (△21.4)\n"
        "일본\n4.9\n11.6\n반도체 1.8 (27.3)\n자료: 산업통상자원부"
    )
    facts = facts_of(text, "2017-04-14")
    assert numbers(facts[k("2017-03", region="vietnam")]) == (2.47e9, -3.8, None)
    assert numbers(facts[k("2017-03", item="displays", region="vietnam")]) == (0.61e9, -21.4, None)
    assert numbers(facts[k("2017-03", region="japan")]) == (0.49e9, 11.6, None)
    assert numbers(facts[k("2017-03", item="semiconductors", region="japan")]) == (0.18e9, 27.3, None)
    assert k("2017-03", item="displays") not in facts  # the item cell is the partner's, not the world's


def test_a_header_set_one_column_name_a_line_over_cells_one_a_line() -> None:
    text = (
        "ICT exports rose 6.4% to $17.12 billion in March.\n(US$ billion, %)\nCountries\nExports\nYoY\n"
        "Vietnam\n2.47\n-3.8\nJapan\n0.49\n11.6\nSource: MOTIE"
    )
    facts = facts_of(text, "2017-04-14")
    assert numbers(facts[k("2017-03", region="vietnam")]) == (2.47e9, -3.8, None)
    assert numbers(facts[k("2017-03", region="japan")]) == (0.49e9, 11.6, None)


@pytest.mark.parametrize(
    "table",
    [
        "베트남\n31.2\n△4.5\n인도\n3.6\n17.9\n(단위: 억달러, 전년동월대비 %)",
        "국가\n금액\n증감률\n베트남\n31.2\n△4.5\n인도\n3.6\n17.9\n(단위: 억달러, %)",
        "국가 | 금액 | 증감률\n베트남 | 31.2 | △4.5\n인도 | 3.6 | 17.9\n(단위: 억달러, %)",
    ],
    ids=["cells-one-a-line", "header-one-a-line-too", "pipes"],
)
def test_a_partner_table_with_its_unit_note_after_the_cells(table: str) -> None:
    text = (
        f"5월 ICT 수출은 163억4000만달러로 2.2% 줄었다.\n5월 주요국 ICT 수출\n{table}\n업계는 하반기 반등을 기대했다."
    )
    facts = facts_of(text, "2019-06-14")
    assert numbers(facts[k("2019-05", region="vietnam")]) == (3.12e9, -4.5, None)
    assert numbers(facts[k("2019-05", region="india")]) == (0.36e9, 17.9, None)


@pytest.mark.parametrize(
    "table",
    [
        "지역 품목 금액 증감률\n베트남 디스플레이 12.6 △7.1\n베트남 반도체 18.3 25.4\n일본 컴퓨터 1.9 3.3",
        "국가 | 품목 | 금액 | 증감률\n베트남 | 디스플레이 | 12.6 | △7.1\n| 반도체 | 18.3 | 25.4\n"
        "일본 | 컴퓨터 | 1.9 | 3.3",
        "품목 국가 금액 증감률\n디스플레이 베트남 12.6 △7.1\n반도체 베트남 18.3 25.4\n컴퓨터 일본 1.9 3.3",
    ],
    ids=["partner-first-spaces", "merged-partner-cell", "item-first"],
)
def test_rows_of_a_partner_and_an_item_joined_with_spaces_or_bars(table: str) -> None:
    caption = "[7월 지역별 품목 수출] (단위: 억달러, 전년동월비 %)"
    text = f"7월 ICT 수출은 158억6000만달러로 4.0% 늘었다.\n{caption}\n{table}\n자료: 과기정통부"
    facts = facts_of(text, "2018-08-14")
    assert numbers(facts[k("2018-07", item="displays", region="vietnam")]) == (1.26e9, -7.1, None)
    assert numbers(facts[k("2018-07", item="semiconductors", region="vietnam")]) == (1.83e9, 25.4, None)
    assert numbers(facts[k("2018-07", item="computers", region="japan")]) == (0.19e9, 3.3, None)
    assert k("2018-07", item="semiconductors") not in facts


def test_a_flow_table_whose_rows_are_months_gives_each_months_figures() -> None:
    """A table by flow whose rows are months ("10월 | 181.2 | 4.4 | 96.0 | △0.8") gives each month's exports and
    imports; under an all-industry caption it gives nothing (those are all goods')."""
    table = (
        "(단위: 억 달러, %)\n"
        "구분 | 수출 | 증감률 | 수입 | 증감률\n"
        "10월 | 181.2 | 4.4 | 96.0 | △0.8\n"
        "11월 | 176.9 | 2.1 | 93.3 | 1.7\n"
    )
    lead = "4분기 ICT 수출 증가\n4분기 ICT 수출은 545억 달러로 3.0% 늘었다.\n"
    text = lead + "□ 월별 실적 " + table
    assert_facts(
        text,
        "2031-01-15",
        {
            k("2030-10"): (181.2e8, 4.4, None),
            k("2030-10", "import"): (96.0e8, -0.8, None),
            k("2030-11", "import"): (93.3e8, 1.7, None),
        },
    )
    all_goods = facts_of(lead + "□ 전산업 월별 실적 " + table, "2031-01-15")
    assert not [key for key in all_goods if key[0] != "2030-10/2030-12"]


def test_a_partner_table_whose_headers_name_the_amount_and_the_year_on_year_change_is_read() -> None:
    """Releases head a flow's column "수출 금액" or "Export amount" and its change "전년 동월 대비" or "y-o-y": the
    table is read as one headed "수출 | 증감률"."""
    text = (
        "5월 ICT 수출입\n5월 ICT 수출은 161억2천만 달러로 1.4% 늘었다.\n"
        "국가별 수출입 (단위: 억 달러, %)\n"
        "국가 | 수출 금액 | 전년 동월 대비 | 수입 금액 | 전년 동월 대비 | 수지\n"
        "베트남 | 26.3 | 4.4 | 11.2 | 2.9 | 15.1\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", region="vietnam")] == (2.63e9, 4.4, None)
    assert facts[k("2031-05", flow="import", region="vietnam")] == (1.12e9, 2.9, None)
    assert facts[k("2031-05", flow="balance", region="vietnam")] == (1.51e9, None, None)


def test_a_balance_row_with_dashes_for_its_changes_is_read() -> None:
    """ "수 지 61.2 70.4 - 301.9 352.6 -": the dashes stand for the changes a balance has none of; one set apart
    before a number is an empty cell, not the number's minus sign (whitespace is closed up before reading)."""
    text = (
        "8월 ICT 수출은 170.1억 달러로 5.1% 증가\n(단위 : 억 달러, %)\n"
        "구 분        '30.8월   '31.8월   증감률    '30.1~8월   '31.1~8월   증감률\n"
        "수 출         161.8     170.1      5.1       790.2        845.6        7.0\n"
        "수 입         100.6      99.7     -0.9       488.3        493.0        1.0\n"
        "수 지          61.2      70.4       -        301.9        352.6         -\n"
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", flow="balance")][0] == pytest.approx(7.04e9)
    assert facts[k("2031-01/2031-08", flow="balance")][0] == pytest.approx(3.526e10)
    assert facts[k("2031-08", flow="import")][1] == -0.9


def test_cells_set_apart_by_spaced_slashes_are_read_as_a_table_and_as_amount_change_pairs() -> None:
    """A blog's "수출 / 201.3 / 6.6 / 1,050.2 / 4.4" rows, and "반도체 140.2 / 21.0" pairs under a note
    "(단위: 억 달러, %)"."""
    text = (
        "어제 나온 동향 정리입니다. (단위: 억 달러, %)\n구분 / 6월 / 증감률 / 상반기 / 증감률\n"
        "수출 / 201.3 / 6.6 / 1,050.2 / 4.4\n수입 / 110.4 / 2.1 / 640.7 / 3.0\n"
        "반도체 140.2 / 21.0\n일본 3.3 / △4.2\n"
    )
    facts = read(text, "2031-07-15")
    assert facts[k("2031-06")] == pytest.approx((2.013e10, 6.6, None))
    assert facts[k("2031-01/2031-06", flow="import")] == pytest.approx((6.407e10, 3.0, None))
    assert facts[k("2031-06", item="semiconductors")] == pytest.approx((1.402e10, 21.0, None))
    assert facts[k("2031-06", region="japan")] == pytest.approx((3.3e8, -4.2, None))


def test_a_slashed_header_whose_quarters_hold_slashes_of_their_own() -> None:
    """ "구분 / '30.1/4 / '31.1/4 / 증감률 / 비중": the spaced slashes part the cells; the unspaced ones are
    quarters'."""
    text = (
        "(단위: 억 달러, %)\n구분 / '30.1/4 / '31.1/4 / 증감률 / 비중\n"
        "반도체 / 120.4 / 131.0 / 8.8 / 35.2\n휴대폰 / 40.2 / 37.5 / △6.7 / 10.1\n"
    )
    facts = read(text, "2031-04-02")
    assert facts[k("2031-01/2031-03", item="semiconductors")] == pytest.approx((1.31e10, 8.8, 1.204e10))
    assert facts[k("2031-01/2031-03", item="mobile_phones")] == pytest.approx((3.75e9, -6.7, 4.02e9))


def test_rows_of_two_figures_set_apart_by_spaced_slashes_or_middle_dots() -> None:
    """ "India / 2,310 / +6.2" under "(USD mn / y-y %)", and "품목 · '30.1월 · '31.1월 · 증감률" over
    "휴대폰 · 1,210 · 1,340 · 10.7" under "(단위: 백만달러, %)": cells set apart by spaced slashes or middle dots."""
    en = (
        "ICT exports rose 3.1% in May.\n\nICT exports by destination, May (USD mn / y-y %)\n"
        "India / 2,310 / +6.2\nJapan / 402 / -1.1\n"
    )
    facts = read(en, "2031-06-14")
    assert facts[k("2031-05", region="india")] == pytest.approx((2.31e9, 6.2, None))
    ko = (
        "1월 ICT 수출 동향\n(단위: 백만달러, %)\n품목 · '30.1월 · '31.1월 · 증감률\n휴대폰 · 1,210 · 1,340 · 10.7\n"
        "반도체 · 4,400 · 4,620 · 5.0\n"
    )
    facts = read(ko, "2031-02-14")
    assert facts[k("2031-01", item="mobile_phones")] == pytest.approx((1.34e9, 10.7, 1.21e9))


def test_a_unit_caption_closed_by_a_colon_declares_the_unit_of_the_rows_under_it() -> None:
    """ "Key items (US$ bn, y/y):" over "Semiconductors: 12.44 (+9.9%)": the colon closes the caption."""
    text = (
        "ICT exports rose 5.1% in September.\n\nKey items (US$ bn, y/y):\nSemiconductors: 12.44 (+9.9%)\n"
        "Displays: 2.18 (-3.3%)\n"
    )
    facts = read(text, "2031-10-14")
    assert facts[k("2031-09", item="semiconductors")] == pytest.approx((1.244e10, 9.9, None))
    assert facts[k("2031-09", item="displays")] == pytest.approx((2.18e9, -3.3, None))


def test_a_change_column_of_the_year_is_read_after_the_years_column_and_skipped_after_a_half() -> None:
    """ "구분 | 상반기 | 하반기 | 연간 | 증감률(연간)": the qualified change column is a column, not the end of the
    header; under "상반기 | 하반기 | 증감률(연간)" it is the year's, which has no column: nothing is read from it."""
    text = (
        "2030년 ICT 수출입 실적\n(단위: 억불, %)\n구분\t상반기\t하반기\t연간\t증감률(연간)\n"
        "수출\t901.2\t950.3\t1851.5\t2.2\n수입\t520.0\t511.1\t1031.1\t-0.4\n\n"
        "(단위: 억불, %)\n구분\t상반기\t하반기\t증감률(연간)\n수지\t381.2\t439.2\t9.9\n"
    )
    facts = read(text, "2031-01-16")
    assert facts[k("2030-07/2030-12")][0] == pytest.approx(9.503e10)
    assert facts[k("2030-01/2030-12", flow="import")][0] == pytest.approx(1.0311e11)
    assert facts[k("2030-07/2030-12", flow="balance")] == pytest.approx((4.392e10, None, None))


def test_a_header_cell_that_gives_its_period_flow_and_unit() -> None:
    """ "| 품목 | 3분기 수출(억달러) | 증감률(%) |": the period, the flow and the unit in one header cell."""
    text = (
        "3분기 ICT 수출은 늘었다.\n| 품목 | 3분기 수출(억달러) | 증감률(%) |\n| 반도체 | 301.1 | 7.7 |\n"
        "| 휴대폰 | 31.2 | -2.0 |\n"
    )
    facts = read(text, "2031-10-14")
    assert facts[k("2031-07/2031-09", item="semiconductors")] == pytest.approx((3.011e10, 7.7, None))
    assert facts[k("2031-07/2031-09", item="mobile_phones")] == pytest.approx((3.12e9, -2.0, None))


def test_a_chain_of_slashes_under_a_line_of_periods_is_no_pair() -> None:
    """ "155.1 / 2031.3월 158.2 / …" over "전년동월비 -7.7 / 2.4 / …": a trend, not amount-change pairs."""
    text = (
        "5월 ICT 수출 141억달러\n(단위: 억달러, %)\n"
        "2030.5월 155.1 / 2031.3월 158.2 / 2031.4월 136.1 / 2031.5월 141.0\n"
        "전년동월비 -7.7 / 2.4 / -12.1 / -9.1\n5월 ICT 수출이 141억달러로 9.1% 줄었다."
    )
    facts = read(text, "2031-06-15")
    assert facts[k("2031-05")][:2] == pytest.approx((1.41e10, -9.1))
    assert all(value is None or value > 1e9 for value, _, _ in facts.values())


def test_a_note_naming_the_change_in_words_declares_slashed_pairs() -> None:
    """ "품목별(억 달러, 전년 대비 증감률)로 보면 반도체 1,402.5 / 21.0%, …": the note says what each side is."""
    text = (
        "작년 ICT 수출은 2,331억 달러로 12.1% 늘었다. 품목별(억 달러, 전년 대비 증감률)로 보면 반도체 1,402.5 / "
        "21.0%, 디스플레이 190.2 / △2.6%였다."
    )
    facts = read(text, "2031-01-14")
    assert facts[k("2030-01/2030-12", item="semiconductors")] == pytest.approx((1.4025e11, 21.0, None))
    assert facts[k("2030-01/2030-12", item="displays")] == pytest.approx((1.902e10, -2.6, None))


def test_the_one_partner_a_tables_caption_names_is_its_rows_partner() -> None:
    """ "ICT exports to Mexico by item" over rows of items (and a total row): the rows are Mexico's; a caption that
    names no partner, or several, leaves them the world's."""
    table = "Semiconductors\t611\t702\t14.9\nDisplays\t288\t251\t-12.8\nTotal ICT\t1,402\t1,517\t8.2\n"
    text = (
        "ICT exports fell 2.1% to USD 61.2 billion in the first half.\n\n"
        f"ICT exports to Mexico by item, H1 2031 (USD million, %)\nItem\tH1 2030\tH1 2031\ty-o-y\n{table}"
    )
    facts = read(text, "2031-07-20")
    assert facts[k("2031-01/2031-06", item="semiconductors", region="other:mexico")] == (7.02e8, 14.9, 6.11e8)
    assert facts[k("2031-01/2031-06", region="other:mexico")][:2] == (1.517e9, 8.2)
    assert facts[k("2031-01/2031-06")] == (6.12e10, -2.1, None)
    plain = read(text.replace("to Mexico ", ""), "2031-07-20")
    assert plain[k("2031-01/2031-06", item="semiconductors")][:2] == (7.02e8, 14.9)


def test_an_hwp_tables_quarters_written_over_four() -> None:
    """ "'29.3/4 | '30.3/4", "'30.1/4 | 2/4" (the year from the cell before), "29.1Q": an HWP table's quarters."""
    text = "3분기 ICT 수출입 동향\n(단위: 억 달러, %)\n구분 | '29.3/4 | '30.3/4 | 증감률\n수출 | 462.5 | 471.1 | 1.9\n"
    facts = read(text, "2030-10-14")
    assert facts[k("2030-07/2030-09")] == (4.711e10, 1.9, 4.625e10)
    halves = read("(단위: 억 달러)\n구분 | '30.1/4 | 2/4\n수출 | 455.0 | 468.2\n", "2030-07-14")
    assert halves[k("2030-04/2030-06")][0] == 4.682e10
    assert read("(단위: 억 달러)\n구분 | 29.1Q | 30.1Q\n수출 | 441.3 | 450.9\n", "2030-04-14")[k("2030-01/2030-03")][
        0
    ] == (4.509e10)


def test_header_words_for_the_reports_month_a_year_before_and_the_year() -> None:
    """ "전년동월 | 당월": the month before publication a year earlier and itself; "연간" after months: their year."""
    text = "10월 ICT 수출입 동향\n(단위: 억 달러, %)\n구분\t전년동월\t당월\t증감률\n디스플레이\t27.4\t25.1\t△8.4\n"
    facts = read(text, "2030-11-13")
    assert facts[k("2030-10", item="displays")] == (2.51e9, -8.4, 2.74e9)
    year = read("(단위: 억 달러, %)\n구분 10월 11월 12월 연간\n수출 141.2 139.8 144.6 1,552.7\n", "2030-01-14")
    assert year[k("2029-01/2029-12")][0] == 1.5527e11


def test_parentheses_are_decreases_where_the_note_says_so() -> None:
    """ "(단위: 억 달러, %, ( )는 감소)": "(3.9)" under it is a fall of 3.9%; a plain "8.1" a rise."""
    text = (
        "2월 ICT 수출입 동향\n(단위: 억 달러, %, ( )는 감소)\n품목   금액   증감률\n"
        "반도체   51.7   (3.9)\n휴대폰   14.2   8.1\n"
    )
    facts = read(text, "2030-03-14")
    assert facts[k("2030-02", item="semiconductors")] == (5.17e9, -3.9, None)
    assert facts[k("2030-02", item="mobile_phones")] == (1.42e9, 8.1, None)


def test_months_down_the_rows_under_a_month_corner_cell() -> None:
    """ "월 | 수출 | 수입" over "10월 | 141.2 | 72.5": the corner word may be the rows' kind, months, as "구분" is."""
    text = "2029년 ICT 수출입 동향\n(단위: 억 달러, %)\n월 | 수출 | 수입\n10월 | 141.2 | 72.5\n11월 | 139.8 | 70.1\n"
    facts = read(text, "2030-01-14")
    assert facts[k("2029-11")][0] == 1.398e10
    assert facts[k("2029-10", flow="import")][0] == 7.25e9


def test_each_period_with_its_own_change_column_keeps_the_earliest_ones_change() -> None:
    """ "2028년 | 증감률 | 2029년 | 증감률": every period has its change right after it; the earliest one's is its
    own change on the year before it, though the table has no column for that year."""
    text = "(단위: 억 달러, %)\n구분 | 2028년 | 증감률 | 2029년 | 증감률\n휴대폰 | 130.8 | △12.9 | 131.9 | 0.8\n"
    facts = read(text, "2030-01-15")
    assert facts[k("2028-01/2028-12", item="mobile_phones")] == (1.308e10, -12.9, None)
    assert facts[k("2029-01/2029-12", item="mobile_phones")] == (1.319e10, 0.8, 1.308e10)
    months = read("(단위: 억 달러, %)\n구분 | 8월 | 9월 | 증감률\n휴대폰 | 11.2 | 12.4 | 3.3\n", "2030-10-15")
    assert months[k("2030-08", item="mobile_phones")][1] is None


def test_periods_over_a_second_header_row_that_opens_with_its_label_heading() -> None:
    """ "12월 | 1~12월" over "구분 | 금액 | 증감률 | 금액 | 증감률": the label heading may open the second
    header row."""
    text = (
        "2029년 ICT 수출입 동향\n(단위: 억 달러, %)\n\t12월\t\t1~12월\t\n구분\t금액\t증감률\t금액\t증감률\n"
        "ICT 수출\t183.4\t19.2\t1,976.3\t21.6\n"
    )
    facts = read(text, "2030-01-15")
    assert facts[k("2029-12")] == (1.834e10, 19.2, None)
    assert facts[k("2029-01/2029-12")] == (1.9763e11, 21.6, None)


def test_a_row_label_wrapped_onto_the_next_line_is_joined() -> None:
    """ "컴퓨터 및   6.2   4.1" over "주변기기", "휴대폰 (부분품   20.1 …" over "포함)": the narrow label column wrapped
    the name; the rest on the next line completes it."""
    text = (
        "(단위: 억 달러, %)\n구분   2029.6월   증감률\n휴대폰 (부분품   20.1   △5.2\n포함)\n"
        "컴퓨터 및   6.2   4.1\n주변기기\n디지털TV   5.3   11.6\n"
    )
    facts = read(text, "2029-07-15")
    assert facts[k("2029-06", item="mobile_phones")] == (2.01e9, -5.2, None)
    assert facts[k("2029-06", item="computers_peripherals")] == (6.2e8, 4.1, None)
    assert k("2029-06", item="computers") not in facts


def test_a_partner_by_item_table_gives_every_partners_items() -> None:
    """ "구분 | 반도체 | 휴대폰 | ICT 합계" over "일 본 | 2.4(7.7) | 0.6(△3.1) | 6.8(2.2)": partners down, items
    across; each cell is the partner's exports of that item (the total's column its ICT total), and a "세계 전체"
    row the items' own totals. A partner's first cell is not its total."""
    text = (
        "8월 ICT 수출입 동향\n(단위: 억 달러, %)\n구분\t반도체\t휴대폰\tICT 합계\n"
        "일 본\t2.4(7.7)\t0.6(△3.1)\t6.8(2.2)\n"
        "대만\t3.9(15.2)\t0.2(4.0)\t5.5(10.3)\n세계 전체\t51.2(3.3)\t12.9(△6.1)\t151.0(2.8)\n"
    )
    facts = read(text, "2029-09-12")
    assert facts[k("2029-08", item="semiconductors", region="japan")] == (2.4e8, 7.7, None)
    assert facts[k("2029-08", item="mobile_phones", region="japan")] == (6e7, -3.1, None)
    assert facts[k("2029-08", region="japan")] == (6.8e8, 2.2, None)
    assert facts[k("2029-08", region="taiwan")] == (5.5e8, 10.3, None)
    assert facts[k("2029-08", item="mobile_phones")] == (1.29e9, -6.1, None)
    assert facts[k("2029-08")] == (1.51e10, 2.8, None)


def test_a_partner_by_item_table_with_an_amount_line_and_a_change_line_a_partner() -> None:
    """ "국가 | 구분 | 반도체 | 휴대폰 | ICT 합계" over "대만 | 금액 | 3.1 | …" and " | 증감률 | 6.2 | …": each
    partner's two lines are one row of amounts and changes."""
    text = (
        "3월 ICT 수출입 동향\n(단위: 억 달러, %)\n국가\t구분\t반도체\t휴대폰\tICT 합계\n"
        "대만\t금액\t3.1\t0.4\t5.2\n\t증감률\t6.2\t△9.0\t3.3\n"
        "인도\t금액\t0.7\t1.1\t2.6\n\t증감률\t12.5\t21.0\t△1.5\n※ 증감률: 전년 동월 대비\n"
    )
    facts = read(text, "2030-04-14")
    assert facts[k("2030-03", item="semiconductors", region="taiwan")] == (3.1e8, 6.2, None)
    assert facts[k("2030-03", item="mobile_phones", region="taiwan")] == (4e7, -9.0, None)
    assert facts[k("2030-03", region="taiwan")] == (5.2e8, 3.3, None)
    assert facts[k("2030-03", item="mobile_phones", region="india")] == (1.1e8, 21.0, None)
    assert facts[k("2030-03", region="india")] == (2.6e8, -1.5, None)


def test_a_header_of_items_over_one_row_of_cells_takes_the_flow_named_over_it() -> None:
    """ "반도체 | 디스플레이 | 휴대폰" (a menu's shape) over one row "41.2(8.8↑) | 6.0(△3.0) | 7.3(1.4↓)", under
    "○ 5월 ICT 수입은 …": each cell is that flow of its column's item, for the paragraph's month."""
    text = (
        "5월 ICT 수출입 동향\n□ 수입 동향\n○ 5월 ICT 수입은 88.1억불(4.0%↑)\n(단위: 억불, %)\n"
        "반도체 | 디스플레이 | 휴대폰\n41.2(8.8↑) | 6.0(△3.0) | 7.3(1.4↓)\n붙임 : 세부 통계 1부.\n"
    )
    facts = read(text, "2030-06-14")
    assert facts[k("2030-05", flow="import")] == (8.81e9, 4.0, None)
    assert facts[k("2030-05", flow="import", item="semiconductors")] == (4.12e9, 8.8, None)
    assert facts[k("2030-05", flow="import", item="displays")] == (6e8, -3.0, None)
    assert facts[k("2030-05", flow="import", item="mobile_phones")] == (7.3e8, -1.4, None)


def test_an_it_balance_row_and_footnote_marks_glued_to_cells_and_labels() -> None:
    """ "IT 수지" is the balance row as "ICT 수지" is; a mark glued to a cell ("171.9*", "74.4주1)") or a label
    ("휴대폰주2)") is a footnote's, not the end of the table."""
    text = (
        "(단위: 억 달러, %)\n구분\t'29.1월\t'30.1월\t증감률\nIT 수출\t152.3\t171.9*\t12.9\n"
        "휴대폰주2)\t12.1\t13.3\t9.9\n"
        "IT 수지\t31.8\t74.4주1)\t-\n* 잠정\n"
    )
    facts = read(text, "2030-02-13")
    assert facts[k("2030-01")] == (1.719e10, 12.9, 1.523e10)
    assert facts[k("2030-01", item="mobile_phones")] == (1.33e9, 9.9, 1.21e9)
    assert facts[k("2030-01", flow="balance")][0] == 7.44e9


def test_rows_of_a_caption_that_declares_the_unit_each_take_it() -> None:
    """ "[지역별 수출] (억 달러, 전년 동월 대비)" over "미국  24.8  7.4%↑" lines with no header row: every row's
    amount is in the caption's unit, not only the first one's."""
    text = (
        "10월 ICT 수출은 208.6억 달러였다.\n\n[지역별 수출] (억 달러, 전년 동월 대비)\n"
        "중국(홍콩 포함)  92.1  11.2%↑\n미국  24.8  7.4%↑\n베트남  29.3  2.1%↓\n"
    )
    facts = read(text, "2030-11-14")
    assert facts[k("2030-10", region="us")] == (2.48e9, 7.4, None)
    assert facts[k("2030-10", region="vietnam")] == (2.93e9, -2.1, None)


def test_years_down_the_rows_under_a_year_corner_cell() -> None:
    """ "연도 | 수출 | 수입 | 수지" over "2028 | 1,552.4 | 796.5 | 755.9": each row is its year's."""
    text = (
        "<연도별 ICT 수출입 추이>  (단위: 억 달러)\n연도\t수출\t수입\t수지\n2028\t1,552.4\t796.5\t755.9\n"
        "2029\t1,694.2\t819.6\t874.6\n"
    )
    facts = read(text, "2030-01-12")
    assert facts[k("2028-01/2028-12")][0] == 1.5524e11
    assert facts[k("2029-01/2029-12", flow="import")][0] == 8.196e10


def test_an_item_table_in_usd_million_under_its_caption() -> None:
    """ "Major items (Unit: USD million, %)" over "Item | Value | YoY": "USD million" is a unit as "US$ million" is."""
    text = (
        "ICT exports in January rose 6.2% to USD 12.94 billion.\n\nMajor items (Unit: USD million, %)\n"
        "Item | Value | YoY\nSemiconductors | 4,112 | 8.4\nDisplays | 2,385 | -3.7\n"
    )
    facts = read(text, "2031-02-12")
    assert facts[k("2031-01", item="semiconductors")] == (4.112e9, 8.4, None)
    assert facts[k("2031-01", item="displays")] == (2.385e9, -3.7, None)


def test_the_running_total_column_named_nugye_alone_runs_to_the_month_column_before_it() -> None:
    """ "구분 | 당월 | 증감률 | 누계 | 증감률": 누계 with no months of its own is January to the month before it."""
    text = (
        "□ 4월 ICT 수출은 141.6억 달러로 전년 동월 대비 2.2% 늘었다.\n(단위: 억 달러, %)\n"
        "구분 | 당월 | 증감률 | 누계 | 증감률\n휴대폰 | 9.4 | △3.6 | 41.2 | 1.5\n"
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2031-04", item="mobile_phones")] == (9.4e8, -3.6, None)
    assert facts[k("2031-01/2031-04", item="mobile_phones")] == (4.12e9, 1.5, None)


def test_a_quarter_column_glossed_with_its_months_is_the_quarter() -> None:
    """ "품목 | 9월 | 증감률 | 3분기(7~9월) | 증감률": the months in brackets only gloss the quarter's column."""
    text = (
        "9월 ICT 수출 166.2억 달러\n(단위: 억 달러, %)\n품목 | 9월 | 증감률 | 3분기(7~9월) | 증감률\n"
        "디스플레이 | 19.6 | 4.4 | 55.1 | △1.2\n"
    )
    facts = read(text, "2031-10-14")
    assert facts[k("2031-09", item="displays")] == (1.96e9, 4.4, None)
    assert facts[k("2031-07/2031-09", item="displays")] == (5.51e9, -1.2, None)


@pytest.mark.parametrize("label", ["지  역", "지 역", "구  분", "국  가"])
def test_a_letter_spaced_label_heading_opens_the_table(label: str) -> None:
    """ "지  역        8월      증감률": official tables space out their short label headings."""
    text = (
        f"8월 ICT 수출 142.2억 달러\n(단위: 억달러, %)\n{label}        8월      증감률\n베트남        17.2       8.1\n"
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", region="vietnam")] == (1.72e9, 8.1, None)


@pytest.mark.parametrize("mark", ["└ ", "└", "ㄴ", "ㄴ ", "├ "])
def test_a_sub_item_row_drawn_as_a_tree_branch(mark: str) -> None:
    """ "└ D램 | …", "ㄴ낸드 | …": a tree's branch marks a sub-item row as "-" does."""
    text = (
        "2030년 ICT 수출 2,101억 달러\n(단위: 억 달러, %)\n품목 | '29년 | '30년 | 증감률\n"
        f"메모리 | 702.1 | 812.6 | 15.7\n{mark}낸드 | 151.0 | 170.3 | 12.8\n"
    )
    facts = read(text, "2031-01-15")
    assert facts[k("2030-01/2030-12", item="nand")] == (1.703e10, 12.8, 1.51e10)


def test_a_table_whose_flow_columns_start_with_the_imports() -> None:
    """ "구분 | 수입 | 증감률 | 수지": a table of flows may start with the imports, not only with the exports."""
    text = (
        "4월 ICT 수출 163억 달러\n(단위: 억 달러, %)\n구분\t수입\t증감률\t수지\n"
        "디스플레이\t3.7\t△2.1\t14.9\n컴퓨터\t9.2\t6.6\t△4.1\n"
    )
    facts = read(text, "2031-05-14")
    assert facts[k("2031-04", flow="import", item="displays")] == (3.7e8, -2.1, None)
    assert facts[k("2031-04", flow="balance", item="displays")][0] == 1.49e9
    assert facts[k("2031-04", flow="balance", item="computers")][0] == -4.1e8


def test_a_caption_whose_note_is_in_hundred_millions_is_no_wrapped_label() -> None:
    """ "Imports by origin (USD 100 million, %)" over a label heading on its own line: the open bracket and the
    "100" after it are the caption's note, not a row label cut short with its cells, so the note keeps its unit."""
    text = (
        "ICT Exports in October 2031\n\nImports by origin (USD 100 million, %)\nOrigin\nOct 2030\nOct 2031\nChange\n"
        "Japan\n8.2\n9.0\n9.8\nTaiwan\n12.4\n13.3\n7.3\n"
    )
    facts = read(text, "2031-11-14")
    assert facts[k("2031-10", flow="import", region="japan")] == (9e8, 9.8, 8.2e8)
    assert facts[k("2031-10", flow="import", region="taiwan")] == (1.33e9, 7.3, 1.24e9)


def test_a_month_range_column_without_a_year_and_change_columns_a_caption_calls_on_year() -> None:
    """ "Item | July | Change | Jan-Jul | Change" under "(unit: $ billion, % change on year)": the span's column
    takes the year of the month before it, and the plain "Change" columns are year on year because the caption
    says so; a row labelled "Panels" alone is the displays'."""
    text = (
        "July IT exports slip\n\nKorea's IT exports fell 2.2 percent on-year to $12.31 billion in July.\n"
        "The table shows July figures with year-to-date totals (unit: $ billion, % change on year).\n"
        "Item | July | Change | Jan-Jul | Change\nSemiconductors | 4.11 | 2.4 | 28.02 | -1.8\n"
        "Panels | 2.36 | -3.9 | 16.61 | -0.7\n"
    )
    facts = read(text, "2031-08-13")
    assert facts[k("2031-07", item="semiconductors")] == (4.11e9, 2.4, None)
    assert facts[k("2031-01/2031-07", item="semiconductors")] == (2.802e10, -1.8, None)
    assert facts[k("2031-01/2031-07", item="displays")] == (1.661e10, -0.7, None)


@pytest.mark.parametrize(("this", "running"), [("This month", "Year to date"), ("Monthly", "Cumulative")])
def test_english_columns_named_this_month_and_year_to_date(this: str, running: str) -> None:
    """ "| This month | YoY | Year to date | YoY": the English release's words for 당월 and 누계."""
    text = (
        "ICT exports in October 2031\n\nICT exports rose 4.4% to USD 16.12 billion in October.\n\n"
        f"Exports by item (USD 100 million, %)\n | {this} | YoY | {running} | YoY\n"
        "Displays | 19.8 | 2.6 | 171.3 | △1.4\n"
    )
    facts = read(text, "2031-11-14")
    assert facts[k("2031-10", item="displays")] == (1.98e9, 2.6, None)
    assert facts[k("2031-01/2031-10", item="displays")] == (1.713e10, -1.4, None)


def test_a_plain_change_column_after_a_lone_span_is_year_on_year_once_the_first_checks() -> None:
    """ "Item | Aug 2030 | Aug 2031 | Change | Jan-Aug 2031 | Change": the first "Change" checks against its two
    amounts, so the one after the lone January-August column is a year-on-year change too."""
    text = (
        "ICT exports in August 2031\n\nDisplays (USD billion, %)\n"
        "Item          Aug 2030   Aug 2031   Change   Jan-Aug 2031   Change\n"
        "Displays          2.50       2.30     △8.0          16.92    △10.4\n"
    )
    facts = read(text, "2031-09-14")
    assert facts[k("2031-08", item="displays")] == (2.3e9, -8.0, 2.5e9)
    assert facts[k("2031-01/2031-08", item="displays")] == (1.692e10, -10.4, None)


def test_bracketed_changes_under_a_note_of_hundred_millions_and_yoy_percent() -> None:
    """ "(USD 100 million, YoY %)" over "SSD  5.4 (11.6)  24.8 (19.2)": the note says the brackets hold year-on-year
    changes, rises unsigned."""
    text = (
        "ICT exports in May 2031\n\nExports by item (USD 100 million, YoY %)\n"
        "Item                 May 2031          Jan-May 2031\nSSD                  5.4 (11.6)        24.8 (19.2)\n"
    )
    facts = read(text, "2031-06-14")
    assert facts[k("2031-05", item="ssd")] == (5.4e8, 11.6, None)
    assert facts[k("2031-01/2031-05", item="ssd")] == (2.48e9, 19.2, None)
