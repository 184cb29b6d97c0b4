"""Plain rows of a workbook import: where each value was read, what it changes, what is refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.numbers import format_number


def column_letters(column: int) -> str:
    """1 → "A", 27 → "AA": how Excel names a column."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True, slots=True)
class Origin:
    """A cell of the workbook: its sheet, row and column (1-based)."""

    sheet: str
    row: int
    column: int

    @property
    def cell(self) -> str:
        return f"{column_letters(self.column)}{self.row}"

    def __str__(self) -> str:
        return str(
            msg(
                "Trang “{sheet}”, dòng {row}, cột {column}",
                sheet=self.sheet,
                row=self.row,
                column=column_letters(self.column),
            )
        )


@dataclass(frozen=True, slots=True)
class SheetValue:
    """One value read from a workbook: the unit as written (a code, or a name), the field (an
    indicator's code), the text of the cell ("9,5", "43.000", or a number written as text)."""

    origin: Origin
    unit: str
    by_name: bool
    field: str
    text: str
    unit_origin: Origin | None = None  # the cell the unit was read from
    number: Decimal | None = None  # a numeric cell's exact value (read without its text)


@dataclass(frozen=True, slots=True)
class SheetLine:
    """One row of a list-shaped workbook (award lines): each field's text and the cell it was
    read from."""

    origin: Origin  # the row (its first column)
    texts: dict[str, str]
    cells: dict[str, Origin]


@dataclass(frozen=True, slots=True)
class SheetProblem:
    """Why a value (or a row) is refused; `origin` None for the workbook as a whole."""

    origin: Origin | None
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}" if self.origin else self.message


@dataclass(frozen=True, slots=True)
class SheetChange:
    """A value the import writes; its texts are made when shown (a province's workbook has
    thousands of changes, and most previews show a page of them)."""

    origin: Origin
    unit_code: str
    unit_name: str
    field: str
    field_name: str
    old_value: Decimal | None  # None: no value yet
    new_value: Decimal | None  # None: removed (a target cleared)
    decimals: int | None
    old_high: Decimal | None = None  # a range target's upper bound ("9,5 - 10")
    new_high: Decimal | None = None
    old_label: str | None = None  # a status ("đạt", "chưa đạt") rather than a number
    new_label: str | None = None

    @property
    def old(self) -> str:
        """The value now, as the grid shows it ("" for none)."""
        if self.old_label is not None:
            return self.old_label
        return _shown(self.old_value, self.old_high, self.decimals)

    @property
    def new(self) -> str:
        if self.new_label is not None:
            return self.new_label
        return _shown(self.new_value, self.new_high, self.decimals)


def _shown(value: Decimal | None, high: Decimal | None, decimals: int | None) -> str:
    if value is None:
        return ""
    text = format_number(value, decimals)
    return text if high is None else f"{text} - {format_number(high, decimals)}"


@dataclass(frozen=True, slots=True)
class Conversion:
    """Text typed with a legacy font, and how it was read."""

    origin: Origin
    original: str
    converted: str
    encoding: str


@dataclass
class SheetReport:
    """The preview of an import (nothing written) or what it applied."""

    kind: str
    workbook: str
    sha256: str
    title: str  # "Kết quả chỉ tiêu — TD-2026 — năm 2026"
    changes: list[SheetChange] = field(default_factory=list)
    unchanged: int = 0
    empty: int = 0  # empty cells: left as they are
    problems: list[SheetProblem] = field(default_factory=list)
    conversions: list[Conversion] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    applied: bool = False
    skipped: int = 0  # refused values left out with --skip-invalid
    backup: str | None = None

    @property
    def blocked(self) -> bool:
        """Nothing may be applied: refused values and no permission to leave them out."""
        return bool(self.problems) and not self.skipped
