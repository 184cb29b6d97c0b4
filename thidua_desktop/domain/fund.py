"""Quỹ thi đua, khen thưởng: receipts and payments in whole đồng, their categories, and the
book's arithmetic (opening balance carried from the year before, running balance, totals)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import MAX_ABS_VALUE, format_number, parse_number

__all__ = [
    "DEFAULT_CATEGORIES",
    "Category",
    "EntryKind",
    "Movement",
    "carried_openings",
    "check_amount",
    "lowest_balance",
    "money_text",
    "parse_amount",
    "running_balances",
]


class EntryKind(StrEnum):
    RECEIPT = "thu"
    PAYMENT = "chi"

    @property
    def label(self) -> str:
        return "Thu" if self is EntryKind.RECEIPT else "Chi"

    @property
    def sign(self) -> int:
        return 1 if self is EntryKind.RECEIPT else -1


@dataclass(frozen=True)
class Category:
    """A line of the office's category list (mục thu, mục chi); one no longer offered for new
    lines (`active` False) still names the lines that have it."""

    kind: EntryKind
    code: str
    name: str
    active: bool = True


# The list a new book starts with; the office adds or renames its own (Quỹ › Mục thu, chi…;
# `fund category`).
DEFAULT_CATEGORIES: tuple[Category, ...] = (
    Category(EntryKind.RECEIPT, "ngan_sach", "Ngân sách cấp"),
    Category(EntryKind.RECEIPT, "trich_luong", "Trích từ quỹ lương, thu nhập"),
    Category(EntryKind.RECEIPT, "dong_gop", "Đóng góp của tổ chức, cá nhân"),
    Category(EntryKind.RECEIPT, "thu_khac", "Thu khác"),
    Category(EntryKind.PAYMENT, "tien_thuong", "Tiền thưởng theo quyết định khen thưởng"),
    Category(EntryKind.PAYMENT, "hien_vat", "In phôi, làm khung, hiện vật khen thưởng"),
    Category(EntryKind.PAYMENT, "phong_trao", "Tổ chức phong trào thi đua"),
    Category(EntryKind.PAYMENT, "chi_khac", "Chi khác"),
)


def parse_amount(text: str) -> int:
    """An amount in whole đồng typed the Vietnamese way ("1.500.000"), more than zero."""
    try:
        value = parse_number(text)
    except InvalidInput:  # its example is a decimal ("9,5"): say what an amount looks like
        raise InvalidInput(
            msg(
                'Số tiền "{text}" không hợp lệ: hãy nhập số đồng chẵn, ví dụ 1.500.000.',
                text=text.strip()[:40],
            )
        ) from None
    if value != value.to_integral_value():
        raise InvalidInput(
            msg('Số tiền "{text}" phải là số đồng chẵn, không có phần lẻ.', text=text.strip())
        )
    return check_amount(int(value))


def check_amount(amount: int) -> int:
    """An amount given as a number (the command line's JSON, a proposed decision total)."""
    if amount <= 0:
        raise InvalidInput(msg("Số tiền phải lớn hơn 0 đồng."))
    if amount >= MAX_ABS_VALUE:
        raise InvalidInput(msg("Số tiền quá lớn: phải nhỏ hơn 1 triệu tỷ đồng."))
    return amount


def money_text(amount: int) -> str:
    """ "1.500.000 đồng", "-200.000 đồng"."""
    return f"{format_number(amount)} đồng"


def carried_openings(
    year: int, nets: dict[int, int], openings: dict[int, int]
) -> tuple[int, int | None]:
    """The opening balance of `year` and the year it was set in (None: carried from the
    start of the book, or 0 with nothing before).

    `nets` are receipts − payments per year; `openings` the balances the office set for the
    first day of some years (the book's first year, or a year after a settlement): a set
    balance replaces what the years before would carry."""
    start = max((y for y in openings if y <= year), default=None)
    balance = openings[start] if start is not None else 0
    first = start if start is not None else min(nets, default=year)
    for earlier in range(first, year):
        balance += nets.get(earlier, 0)
    return balance, start


@dataclass(frozen=True)
class Movement:
    """One line as the balance sees it."""

    day: dt.date
    order: int  # the line's id: lines of one day in the order they were written
    amount: int  # signed: receipts add, payments take


def running_balances(opening: int, movements: Iterable[Movement]) -> list[int]:
    """The balance after each movement, in date order (ties: in the order written)."""
    balance, out = opening, []
    for movement in sorted(movements, key=lambda m: (m.day, m.order)):
        balance += movement.amount
        out.append(balance)
    return out


def lowest_balance(opening: int, movements: Sequence[Movement]) -> int:
    """The lowest the balance goes during the year (the opening when there is no line)."""
    return min([opening, *running_balances(opening, movements)])
