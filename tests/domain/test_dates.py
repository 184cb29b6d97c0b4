"""Tests for reading dates as dd/mm/yyyy and writing them the NĐ 30/2020 way."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta

import pytest

from thidua_desktop.domain.dates import (
    MAX_YEAR,
    MIN_YEAR,
    format_date,
    format_date_long,
    parse_date,
    place_and_date,
)
from thidua_desktop.domain.errors import InvalidInput

# --- parse_date ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/01/2023", date(2023, 1, 5)),
        ("5/1/2023", date(2023, 1, 5)),
        ("2023-01-05", date(2023, 1, 5)),
        ("2023-1-5", date(2023, 1, 5)),
        ("05-01-2023", date(2023, 1, 5)),
        ("05.01.2023", date(2023, 1, 5)),
        ("13/12/2022", date(2022, 12, 13)),
        ("  15/11/2023 ", date(2023, 11, 15)),
        ("\u00a015/11/2023\u200b", date(2023, 11, 15)),
        ("29/02/2024", date(2024, 2, 29)),
        ("29/02/2000", date(2000, 2, 29)),
        ("31/12/2023", date(2023, 12, 31)),
        (f"01/01/{MIN_YEAR}", date(MIN_YEAR, 1, 1)),
        (f"31/12/{MAX_YEAR}", date(MAX_YEAR, 12, 31)),
        (f"{MIN_YEAR}-01-01", date(MIN_YEAR, 1, 1)),
    ],
)
def test_parse_date_reads_day_first_and_iso_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31/02/2023", "tháng 2/2023 không có ngày 31"),
        ("29/02/2023", "tháng 2/2023 không có ngày 29"),
        ("29/02/1900", "tháng 2/1900 không có ngày 29"),
        ("31/04/2023", "tháng 4/2023 không có ngày 31"),
        ("00/01/2023", "tháng 1/2023 không có ngày 0"),
        ("32/01/2023", "tháng 1/2023 không có ngày 32"),
        ("05/13/2023", "không có tháng 13"),
        ("05/00/2023", "không có tháng 0"),
        ("2023-13-01", "không có tháng 13"),
        ("05/01/23", "năm phải gồm 4 chữ số"),
        ("05/01/02023", "năm phải gồm 4 chữ số"),
        ("05/01/1899", f"năm phải từ {MIN_YEAR} đến {MAX_YEAR}"),
        ("31/12/1899", f"năm phải từ {MIN_YEAR} đến {MAX_YEAR}"),
        ("01/01/2101", f"năm phải từ {MIN_YEAR} đến {MAX_YEAR}"),
        ("0001-01-01", f"năm phải từ {MIN_YEAR} đến {MAX_YEAR}"),
    ],
)
def test_parse_date_refuses_impossible_dates_and_says_why(text: str, reason: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date(text)
    assert caught.value.message == (
        f'Ngày không hợp lệ: "{text}" ({reason}). '
        "Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/01/2023."
    )


@pytest.mark.parametrize(
    "text",
    [
        "2023/13/01",
        "2023/01/05",
        "05/01-2023",
        "05-01/2023",
        "05 01 2023",
        "05012023",
        "5/1",
        "05/01/",
        "/01/2023",
        "005/01/2023",
        "05/001/2023",
        "2023-01-05T00:00",
        "ngày 05 tháng 01 năm 2023",
        "abc",
        "&<>",
        "０５/０１/２０２３",
        "05/01/2023/",
        "-05/01/2023",
        "1" * 10_000,
    ],
)
def test_parse_date_refuses_other_forms(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date(text)
    message = caught.value.message
    assert message.startswith('Ngày không hợp lệ: "')
    assert "dd/mm/yyyy" in message
    assert unicodedata.is_normalized("NFC", message)
    assert len(message) < 200


@pytest.mark.parametrize("text", ["", "   ", "\t\n\u00a0", "\ufeff"])
def test_parse_date_refuses_empty_text(text: str) -> None:
    with pytest.raises(InvalidInput, match=r"^Chưa nhập ngày\. .*dd/mm/yyyy"):
        parse_date(text)


def test_parse_date_reads_back_every_formatted_day_of_a_leap_year() -> None:
    day = date(2024, 1, 1)
    while day.year == 2024:
        assert parse_date(format_date(day)) == day
        assert parse_date(day.isoformat()) == day
        day += timedelta(days=1)


# --- format_date, format_date_long, place_and_date ----------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2023, 1, 5), "05/01/2023"),
        (date(2022, 12, 13), "13/12/2022"),
        (date(MIN_YEAR, 1, 1), "01/01/1900"),
        (date(1, 1, 1), "01/01/0001"),
        (datetime(2023, 1, 5, 23, 59), "05/01/2023"),
    ],
)
def test_format_date_writes_dd_mm_yyyy_with_leading_zeros(value: date, expected: str) -> None:
    assert format_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2023, 1, 5), "ngày 05 tháng 01 năm 2023"),
        (date(2022, 12, 13), "ngày 13 tháng 12 năm 2022"),
        (date(2020, 3, 5), "ngày 05 tháng 3 năm 2020"),
        (date(2023, 11, 15), "ngày 15 tháng 11 năm 2023"),
        (date(2024, 2, 29), "ngày 29 tháng 02 năm 2024"),
        (date(2023, 10, 9), "ngày 09 tháng 10 năm 2023"),
        (date(2023, 9, 10), "ngày 10 tháng 9 năm 2023"),
        (date(2023, 4, 1), "ngày 01 tháng 4 năm 2023"),
    ],
)
def test_format_date_long_follows_nd_30(value: date, expected: str) -> None:
    assert format_date_long(value) == expected


@pytest.mark.parametrize("month", range(1, 13))
def test_format_date_long_pads_only_months_one_and_two(month: int) -> None:
    month_text = format_date_long(date(2023, month, 1)).split()[3]
    assert month_text == (f"0{month}" if month <= 2 else str(month))


@pytest.mark.parametrize("day", range(1, 32))
def test_format_date_long_pads_every_day_below_ten(day: int) -> None:
    day_text = format_date_long(date(2023, 1, day)).split()[1]
    assert day_text == f"{day:02d}"


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("Ninh Kiều", "Ninh Kiều, ngày 05 tháng 01 năm 2023"),
        (unicodedata.normalize("NFD", "Ninh Kiều"), "Ninh Kiều, ngày 05 tháng 01 năm 2023"),
        ("  Cần\u00a0Thơ \n", "Cần Thơ, ngày 05 tháng 01 năm 2023"),
        ("&<>", "&<>, ngày 05 tháng 01 năm 2023"),
        ("", "Ngày 05 tháng 01 năm 2023"),
        (" \u200b ", "Ngày 05 tháng 01 năm 2023"),
    ],
)
def test_place_and_date_writes_the_header_line(place: str, expected: str) -> None:
    assert place_and_date(place, date(2023, 1, 5)) == expected
