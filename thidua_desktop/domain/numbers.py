"""Numbers written the Vietnamese way ("43.000", "9,5"), read and written as exact decimals."""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import ROUND_HALF_UP, Context, Decimal

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean

__all__ = [
    "MAX_ABS_VALUE",
    "MAX_NUMBER_LENGTH",
    "amount_in_words",
    "exact_number",
    "format_number",
    "parse_number",
    "percent_text",
    "round_half_up",
]

MAX_NUMBER_LENGTH = 40
# The largest magnitude a figure may have (exclusive): what a data package carries, so a value
# entered here is never one the office above must refuse. A province's GRDP in đồng is ~10^14.
MAX_ABS_VALUE = Decimal(10) ** 15

_DIGITS = re.compile("[0-9]+", re.ASCII)
# A first group of 1-3 digits not starting with 0, then groups of exactly three.
_GROUPED = {sep: re.compile(f"[1-9][0-9]{{0,2}}(?:{re.escape(sep)}[0-9]{{3}})+") for sep in ". "}
_SIGNS = {"+": "", "-": "-", "\u2212": "-"}  # U+2212 MINUS SIGN comes from Word and the web
_EXAMPLE = msg("Hãy nhập số theo kiểu Việt Nam, ví dụ 9,5 hoặc 43.000.")


def _invalid(text: str, reason: str = "") -> InvalidInput:
    shown = text if len(text) <= MAX_NUMBER_LENGTH else text[:MAX_NUMBER_LENGTH] + "…"
    if reason:
        return InvalidInput(
            msg(
                'Số không hợp lệ: "{shown}" ({reason}). {hint}',
                shown=shown,
                reason=reason,
                hint=_EXAMPLE,
            )
        )
    return InvalidInput(msg('Số không hợp lệ: "{shown}". {hint}', shown=shown, hint=_EXAMPLE))


def _invisible_inside(text: str) -> bool:
    """True when a zero-width or other format character (Unicode Cf) stands between the visible
    characters of `text` (at either end it is only noise of a copy and is dropped by `clean`)."""
    if text.isascii():  # format characters are all outside ASCII
        return False
    visible = [i for i, char in enumerate(text) if char.isprintable() and not char.isspace()]
    if not visible:
        return False
    inside = text[visible[0] : visible[-1] + 1]
    return any(unicodedata.category(char) == "Cf" for char in inside)


def _ungroup(part: str, text: str) -> str:
    """The digits of an integer part written plainly or grouped by thousands with "." or " "."""
    if _DIGITS.fullmatch(part):
        return part
    for pattern in _GROUPED.values():
        if pattern.fullmatch(part):
            return part.replace(".", "").replace(" ", "")
    raise _invalid(text)


def parse_number(text: str) -> Decimal:
    """The exact value of a number typed the Vietnamese way, also accepting "9.5".

    A comma is the decimal mark and dots (or spaces) group thousands. With no comma, dots that
    split the digits into groups of exactly three group thousands ("43.000"), and any other single
    dot is a decimal point ("9.5", "92.45", and "0.360", since no number starts with a zero
    followed by a thousands group). A trailing "%" is ignored. Raises `InvalidInput`."""
    if _invisible_inside(text):
        # "5\u200b0" must not become 50: a zero-width character pasted from the web or Word
        # between digits means the text is not what it looks like.
        shown = clean(text)
        raise InvalidInput(
            msg(
                'Số "{shown}" có ký tự ẩn (không nhìn thấy) ở giữa. Hãy xóa ô rồi gõ lại số.',
                shown=shown[:MAX_NUMBER_LENGTH],
            )
        )
    value = clean(text)
    if not value:
        raise InvalidInput(msg("Chưa nhập số. {hint}", hint=_EXAMPLE))
    if len(value) > MAX_NUMBER_LENGTH:
        raise _invalid(value, msg("dài quá {count} ký tự", count=MAX_NUMBER_LENGTH))
    body = value.removesuffix("%").rstrip()
    sign = ""
    if body[:1] in _SIGNS:
        sign, body = _SIGNS[body[:1]], body[1:]
    if not body:
        raise _invalid(value)

    integer, mark, fraction = body.partition(",")
    if not mark and "." in integer and not _GROUPED["."].fullmatch(integer):
        # No comma and the dots do not group thousands: a single dot is the decimal point.
        integer, mark, fraction = integer.partition(".")
    if mark and not _DIGITS.fullmatch(fraction):
        raise _invalid(value)
    digits = _ungroup(integer, value)

    number = Decimal(f"{sign}{digits}.{fraction}" if fraction else f"{sign}{digits}")
    return exact_number(number, value)


def exact_number(number: Decimal, shown: str) -> Decimal:
    """A number read as a number (a workbook's numeric cell), held to the same limits as a
    typed one; `shown` is how it reads in a message."""
    if not number.is_finite():
        raise _invalid(shown)
    if abs(number) >= MAX_ABS_VALUE:
        raise _invalid(shown, msg("quá lớn: số liệu phải nhỏ hơn 1 triệu tỷ (10^15)"))
    return number.copy_abs() if number.is_zero() else number


def round_half_up(value: Decimal, decimals: int) -> Decimal:
    """`value` rounded to `decimals` places, halves away from zero, as Excel's ROUND does.

    A negative `decimals` rounds to tens, hundreds… Never loses digits to the context precision."""
    if not value.is_finite():
        raise ValueError(f"cannot round {value}")
    precision = max(28, value.adjusted() + decimals + 2)
    return value.quantize(_exponent(decimals), context=_half_up(precision))


@functools.cache
def _exponent(decimals: int) -> Decimal:
    return Decimal(1).scaleb(-decimals)


@functools.cache
def _half_up(precision: int) -> Context:
    # A Context is costly to make; the few precisions in use are made once.
    return Context(prec=precision, rounding=ROUND_HALF_UP)


def format_number(value: Decimal | int, decimals: int | None = None) -> str:
    """`value` written the Vietnamese way: "1.500.000,25", "-1.234,5", "0,36".

    With `decimals`, rounded half up to exactly that many places ("9,50"); without, the value as
    given with trailing zeros of the fraction dropped ("92,45") and never in exponent form."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"format_number takes a Decimal or an int, not {type(value).__name__}")
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"cannot format {number}")
    if decimals is not None:
        if decimals < 0:
            raise ValueError("decimals must not be negative")
        number = round_half_up(number, decimals)
    plain = format(number, "f")  # exact, never rounded by the context
    negative = plain.startswith("-")
    integer, _, fraction = plain.lstrip("-").partition(".")
    if decimals is None:
        fraction = fraction.rstrip("0")
    head = len(integer) % 3 or 3
    groups = [integer[:head], *(integer[at : at + 3] for at in range(head, len(integer), 3))]
    grouped = ".".join(groups)
    text = f"{grouped},{fraction}" if fraction else grouped
    return f"-{text}" if negative and not number.is_zero() else text


def percent_text(value: Decimal | None, decimals: int = 2) -> str:
    """A share as every screen, report and command writes it: "78,31%", "1.234,5%" with
    `decimals` places (rounded half up), "—" when there is no figure."""
    return "—" if value is None else f"{format_number(value, decimals)}%"


_UNITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_SCALES = ("", " nghìn", " triệu", " tỷ", " nghìn")  # up to 999.999 tỷ


def _hundreds(n: int, *, full: bool) -> str:
    """Words for 0 < n < 1000; `full` when a higher group precedes it ("không trăm linh năm")."""
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    words = []
    if hundreds or full:
        words.append(f"{_UNITS[hundreds]} trăm")
    if tens > 1:
        words.append(f"{_UNITS[tens]} mươi")
        if ones == 1:
            words.append("mốt")
        elif ones == 5:
            words.append("lăm")
        elif ones == 4:
            words.append("tư")
        elif ones:
            words.append(_UNITS[ones])
    elif tens == 1:
        words.append("mười")
        if ones == 5:
            words.append("lăm")
        elif ones:
            words.append(_UNITS[ones])
    elif ones:
        if words:
            words.append("linh")
        words.append(_UNITS[ones])
    return " ".join(words)


def amount_in_words(amount: int) -> str:
    """An amount of money as documents write it after the figure: 3.550.000 → "Ba triệu năm
    trăm năm mươi nghìn đồng" (groups of three digits, up to a million tỷ)."""
    if not 0 <= amount < 10**15:
        raise ValueError("amount must be from 0 to less than 10^15")
    if amount == 0:
        return "Không đồng"
    groups = []
    rest = amount
    while rest:
        rest, group = divmod(rest, 1000)
        groups.append(group)
    words = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if not group:
            continue
        scale = _SCALES[index]
        if index == 4 and not groups[3]:
            scale += " tỷ"  # "một nghìn tỷ đồng"
        words.append(_hundreds(group, full=index < len(groups) - 1) + scale)
    text = " ".join(words) + " đồng"
    return text[:1].upper() + text[1:]
