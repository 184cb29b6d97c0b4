"""Dates read as dd/mm/yyyy (or yyyy-mm-dd) and written the administrative way (NĐ 30/2020)."""

from __future__ import annotations

import re
from datetime import date

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "format_date",
    "format_date_long",
    "parse_date",
    "place_and_date",
]

MIN_YEAR = 1900
MAX_YEAR = 2100

_DAY_FIRST = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]+)", re.ASCII)
_YEAR_FIRST = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", re.ASCII)
_EXPECTED = msg("Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/01/2023.")
_SHOWN_LENGTH = 40


def _invalid(text: str, reason: str = "") -> InvalidInput:
    shown = text if len(text) <= _SHOWN_LENGTH else text[:_SHOWN_LENGTH] + "…"
    if reason:
        return InvalidInput(
            msg(
                'Ngày không hợp lệ: "{shown}" ({reason}). {hint}',
                shown=shown,
                reason=reason,
                hint=_EXPECTED,
            )
        )
    return InvalidInput(msg('Ngày không hợp lệ: "{shown}". {hint}', shown=shown, hint=_EXPECTED))


def parse_date(text: str) -> date:
    """The date in "05/01/2023", "5/1/2023", "05-01-2023", "05.01.2023" or "2023-01-05".

    Years must have four digits and lie in 1900-2100. Raises `InvalidInput`."""
    value = clean(text)
    if not value:
        raise InvalidInput(msg("Chưa nhập ngày. {hint}", hint=_EXPECTED))
    if match := _DAY_FIRST.fullmatch(value):
        day_text, _, month_text, year_text = match.groups()
    elif match := _YEAR_FIRST.fullmatch(value):
        year_text, month_text, day_text = match.groups()
    else:
        raise _invalid(value)
    if len(year_text) != 4:
        raise _invalid(value, msg("năm phải gồm 4 chữ số"))
    day, month, year = int(day_text), int(month_text), int(year_text)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _invalid(value, msg("năm phải từ {first} đến {last}", first=MIN_YEAR, last=MAX_YEAR))
    if not 1 <= month <= 12:
        raise _invalid(value, msg("không có tháng {month}", month=month))
    try:
        return date(year, month, day)
    except ValueError:
        raise _invalid(
            value, msg("tháng {month}/{year} không có ngày {day}", month=month, year=year, day=day)
        ) from None


def format_date(value: date) -> str:
    """'05/01/2023': the numeric form used in tables and forms."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def format_date_long(value: date) -> str:
    """'ngày 05 tháng 01 năm 2023': the formal form of NĐ 30/2020.

    Days below 10 and the months 1 and 2 take a leading zero ("tháng 01", but "tháng 3")."""
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


def place_and_date(place: str, value: date) -> str:
    """'Ninh Kiều, ngày 05 tháng 01 năm 2023': the place-and-date line of a document header.

    With no place the line starts with a capital: 'Ngày 05 tháng 01 năm 2023'."""
    name = clean(place)
    long_form = format_date_long(value)
    return f"{name}, {long_form}" if name else long_form[0].upper() + long_form[1:]
