"""What a report says, as plain data: the NĐ 30/2020 document and its blocks (no ReportLab here)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal, TypeAlias

__all__ = [
    "Block",
    "Cell",
    "CellValue",
    "ChartBlock",
    "Column",
    "ColumnKind",
    "DocumentSpec",
    "HeaderGroup",
    "Heading",
    "NewPage",
    "Para",
    "Series",
    "Signer",
    "TableBlock",
    "format_number_symbol",
]

ColumnKind: TypeAlias = Literal["text", "number", "percent", "date"]
Align: TypeAlias = Literal["left", "center", "right"]

_HEX_COLOUR = re.compile("#[0-9A-Fa-f]{6}")
# NBSPs keep the gap a văn thư fills in by hand: ReportLab collapses runs of ordinary spaces.
_BLANK_NUMBER = "\u00a0" * 8


def _check_colour(value: str | None, what: str) -> None:
    if value is not None and not _HEX_COLOUR.fullmatch(value):
        raise ValueError(f"{what} must be a colour like '#C6EFCE', not {value!r}")


@dataclass(frozen=True)
class Cell:
    """A table value with its own look, e.g. a status coloured like Excel's Good/Bad styles."""

    value: str | int | Decimal | date | None
    fill: str | None = None  # background, "#RRGGBB"
    color: str | None = None  # text colour, "#RRGGBB"
    bold: bool = False
    # A number's places when its row differs from the column (an indicator's own decimals:
    # "92,40" in the PDF and the workbook as on the screen); None: the column's rule.
    decimals: int | None = None
    # Text around a number ("≥ " and "%" of "≥ 93,5%"): printed with it in the PDF, and part
    # of the number format in the workbook, where the cell stays a number.
    prefix: str = ""
    suffix: str = ""

    # Excel's built-in "Good", "Neutral" and "Bad" cell styles: familiar to every office.
    GOOD_FILL = "#C6EFCE"
    GOOD_TEXT = "#006100"
    NEUTRAL_FILL = "#FFEB9C"
    NEUTRAL_TEXT = "#9C5700"
    BAD_FILL = "#FFC7CE"
    BAD_TEXT = "#9C0006"

    def __post_init__(self) -> None:
        _check_colour(self.fill, "fill")
        _check_colour(self.color, "color")

    @classmethod
    def good(cls, value: str | int | Decimal | date | None) -> Cell:
        return cls(value, fill=cls.GOOD_FILL, color=cls.GOOD_TEXT)

    @classmethod
    def neutral(cls, value: str | int | Decimal | date | None) -> Cell:
        return cls(value, fill=cls.NEUTRAL_FILL, color=cls.NEUTRAL_TEXT)

    @classmethod
    def bad(cls, value: str | int | Decimal | date | None) -> Cell:
        return cls(value, fill=cls.BAD_FILL, color=cls.BAD_TEXT)


CellValue: TypeAlias = str | int | Decimal | date | Cell | None


@dataclass(frozen=True)
class Column:
    """One table column. `width` is relative: the columns share the page width in proportion.

    `kind` decides formatting: numbers and percentages take a `Decimal` or an `int` (never a
    float) and print the Vietnamese way ("43.000", "9,5", "0,36%"); a percentage is given in
    percent (75 means 75%). `decimals=None` prints each value as given, without trailing zeros.
    Dates take a `datetime.date` and print "05/01/2023"."""

    title: str
    width: float = 1.0
    kind: ColumnKind = "text"
    decimals: int | None = None
    align: Align | None = None  # default: text left, numbers right, dates centred

    def __post_init__(self) -> None:
        if self.width <= 0:
            raise ValueError(f"column {self.title!r}: width must be positive")
        if self.decimals is not None and not 0 <= self.decimals <= 10:
            raise ValueError(f"column {self.title!r}: decimals must be 0-10")

    @property
    def alignment(self) -> Align:
        if self.align is not None:
            return self.align
        if self.kind == "text":
            return "left"
        return "center" if self.kind == "date" else "right"


@dataclass(frozen=True)
class HeaderGroup:
    """A title spanning columns `first`..`last` (0-based, inclusive) above their own titles."""

    title: str
    first: int
    last: int


@dataclass(frozen=True)
class TableBlock:
    """A table whose header rows repeat on every page, with an optional bold totals row.

    `groups` adds header levels above the column titles, top level first; a column not covered at
    some level has its title (or the group below) stretched upwards. `caption` prints above the
    table and names the sheet in the Excel export."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[CellValue]]
    totals: Sequence[CellValue] | None = None
    groups: Sequence[Sequence[HeaderGroup]] = ()
    caption: str | None = None
    font_size: float = 11
    empty_text: str = "Không có số liệu."

    def __post_init__(self) -> None:
        width = len(self.columns)
        if width == 0:
            raise ValueError("a table needs at least one column")
        for number, row in enumerate(self.rows, 1):
            if len(row) != width:
                raise ValueError(f"row {number} has {len(row)} cells for {width} columns")
        if self.totals is not None and len(self.totals) != width:
            raise ValueError(f"the totals row has {len(self.totals)} cells for {width} columns")
        for level in self.groups:
            taken: set[int] = set()
            for group in level:
                span = set(range(group.first, group.last + 1))
                if not span or group.first < 0 or group.last >= width or span & taken:
                    raise ValueError(f"header group {group.title!r} has a bad column range")
                taken |= span


@dataclass(frozen=True)
class Series:
    """One set of bars: a value (or None for no bar) per category."""

    name: str
    values: Sequence[Decimal | int | None]


@dataclass(frozen=True)
class ChartBlock:
    """A bar chart with values labelled the Vietnamese way and an optional target line.

    `unit` follows each value label ("%"); `value_max` fixes the top of the scale (100 for
    percentages), otherwise it is rounded up from the data and the target."""

    categories: Sequence[str]
    series: Sequence[Series]
    title: str | None = None
    horizontal: bool = False
    target: Decimal | int | None = None
    target_label: str | None = None  # default: "Chỉ tiêu: 75%"
    unit: str = ""
    decimals: int | None = None
    value_max: Decimal | int | None = None
    height_mm: float | None = None  # default: from the number of bars

    def __post_init__(self) -> None:
        if not self.series:
            raise ValueError("a chart needs at least one series")
        for series in self.series:
            if len(series.values) != len(self.categories):
                raise ValueError(f"series {series.name!r} does not match the categories")


@dataclass(frozen=True)
class Para:
    """A body paragraph: justified with a first-line indent unless told otherwise."""

    text: str
    indent: bool = True
    align: Literal["justify", "left", "center", "right"] = "justify"
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Heading:
    """A section heading ("I. KẾT QUẢ THỰC HIỆN"); level 1 and 2 bold, level 3 bold italic."""

    text: str
    level: Literal[1, 2, 3] = 1


@dataclass(frozen=True)
class NewPage:
    """Start a new page."""


Block: TypeAlias = Para | Heading | TableBlock | ChartBlock | NewPage


@dataclass(frozen=True)
class Signer:
    """The signature block: authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the
    signer's position ("PHÓ CHỦ TỊCH") and name, as printed (upper case where NĐ 30 wants it)."""

    title: str
    name: str
    authority: Sequence[str] = ()


@dataclass(frozen=True)
class FormHeader:
    """The head of a statistical form (biểu) in place of NĐ 30's: its number, the circular
    and the due date on the left ("Biểu số: 0601.N/BNV-TĐKT" first, bold); the reporting and
    receiving units on the right."""

    left: Sequence[str]
    right: Sequence[str]


@dataclass(frozen=True)
class DocumentSpec:
    """An administrative document laid out per NĐ 30/2020 (DOMAIN.md §4).

    `issuer` may have several lines separated by "\\n" ("ỦY BAN NHÂN DÂN\\nQUẬN NINH KIỀU");
    `issuer_parent` is the managing body printed above it, upright. `date_line` replaces the
    generated "Ninh Kiều, ngày 05 tháng 01 năm 2023" (e.g. a draft with the day left blank).
    Each recipient is one "Nơi nhận" line; a missing leading "- " is added. `annex` is printed
    after the signature, from a new page: the danh sách a tờ trình or a quyết định comes with."""

    issuer: str
    date: date
    place: str = ""
    issuer_parent: str | None = None
    number_symbol: str = ""
    doc_type: str = "BÁO CÁO"
    subject: str = ""
    body: Sequence[Block] = ()
    recipients: Sequence[str] = ()
    signer: Signer | None = None
    landscape: bool = False
    date_line: str | None = None
    font_size: float = 14
    annex: Sequence[Block] = ()
    # A second signature on the left, in place of "Nơi nhận" (a biên bản: the secretary beside
    # the chair; a báo cáo thành tích: the head of the unit who confirms it).
    co_signer: Signer | None = None
    # A statistical form: its own head, no number or place-and-date line.
    form_header: FormHeader | None = None


def format_number_symbol(symbol: str, number: int | None = None) -> str:
    """'Số: 05/BC-UBND' (numbers below 10 take a leading zero), or with no number a blank the
    văn thư fills in: 'Số:        /BC-UBND'."""
    if number is None:
        return f"Số:{_BLANK_NUMBER}/{symbol}"
    if number < 1:
        raise ValueError("a document number starts at 1")
    return f"Số: {number:02d}/{symbol}"
