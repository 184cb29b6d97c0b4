"""Table rules shared by the PDF and Excel writers: printable text, cell formatting, header grid."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.numbers import format_number
from thidua_desktop.domain.text import nfc
from thidua_desktop.reports.document import Cell, CellValue, Column, TableBlock

__all__ = [
    "HeaderCell",
    "cell_text",
    "header_cells",
    "header_depth",
    "markup",
    "printable",
    "unwrap",
]


def _drop(char: str) -> bool:
    """Controls (other than a line break), format characters and lone surrogates: invisible at
    best, and a lone surrogate cannot even be encoded into a PDF or an XLSX file."""
    return char != "\n" and unicodedata.category(char) in ("Cc", "Cf", "Cs")


def printable(value: str) -> str:
    """`value` in NFC with line breaks kept as "\\n", tabs as spaces, and nothing invisible."""
    text = nfc(value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    if text.isprintable():
        return text
    return "".join(char for char in text if not _drop(char))


def markup(value: str) -> str:
    """`value` made safe for a ReportLab Paragraph: "&", "<" and ">" print literally and line
    breaks stay line breaks."""
    # Not xml.sax.saxutils.escape: it pulls in urllib.request, 20 ms of start-up for three replaces.
    text = printable(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")


def unwrap(value: CellValue) -> CellValue:
    """The bare value of a cell."""
    return value.value if isinstance(value, Cell) else value


def cell_text(value: CellValue, column: Column) -> str:
    """A cell as printed in the PDF: "43.000", "9,5", "0,36%", "05/01/2023" or the text itself.

    Raises `TypeError` for a value the column cannot hold (a float above all: money and rates
    are exact decimals)."""
    text = _bare_text(value, column)
    if isinstance(value, Cell) and text and not isinstance(value.value, str):
        return f"{printable(value.prefix)}{text}{printable(value.suffix)}"
    return text


def _bare_text(value: CellValue, column: Column) -> str:
    places = value.decimals if isinstance(value, Cell) else None
    value = unwrap(value)
    if value is None:
        return ""
    if isinstance(value, str):
        return printable(value)
    kind = column.kind
    if kind in ("number", "percent"):
        if isinstance(value, bool) or not isinstance(value, Decimal | int):
            raise TypeError(
                f"column {column.title!r} takes Decimal or int, not {type(value).__name__}"
            )
        text = format_number(value, column.decimals if places is None else places)
        return f"{text}%" if kind == "percent" else text
    if kind == "date":
        if not isinstance(value, date) or isinstance(value, datetime):
            raise TypeError(f"column {column.title!r} takes a date, not {type(value).__name__}")
        return format_date(value)
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return format_number(value, places)
    if isinstance(value, date) and not isinstance(value, datetime):
        return format_date(value)
    raise TypeError(f"column {column.title!r} cannot show a {type(value).__name__}")


@dataclass(frozen=True)
class HeaderCell:
    """One cell of the header grid, with the rows and columns it spans (0-based)."""

    text: str
    row: int
    column: int
    rowspan: int = 1
    colspan: int = 1


def header_depth(table: TableBlock) -> int:
    """How many rows the header takes: one per group level plus the column titles."""
    return len(table.groups) + 1


def header_cells(table: TableBlock) -> list[HeaderCell]:
    """The header laid out as a grid: group titles over their columns, each column title at
    the bottom, and anything with nothing above it stretched upwards."""
    depth = header_depth(table)
    width = len(table.columns)
    # owner[row][column]: index into `spans` of the cell covering that position, if any
    owner: list[list[int | None]] = [[None] * width for _ in range(depth)]
    spans: list[list[int]] = []  # [top, bottom, first, last] per cell
    texts: list[str] = []
    for level, groups in enumerate(table.groups):
        for group in groups:
            for column in range(group.first, group.last + 1):
                owner[level][column] = len(spans)
            spans.append([level, level, group.first, group.last])
            texts.append(group.title)
    for column, spec in enumerate(table.columns):
        owner[depth - 1][column] = len(spans)
        spans.append([depth - 1, depth - 1, column, column])
        texts.append(spec.title)
    # Stretch upwards, bottom rows first, into rows left empty over the whole span.
    for row in range(depth - 1, 0, -1):
        for index, (top, _bottom, first, last) in enumerate(spans):
            if top != row:
                continue
            while top > 0 and all(owner[top - 1][c] is None for c in range(first, last + 1)):
                top -= 1
                for column in range(first, last + 1):
                    owner[top][column] = index
            spans[index][0] = top
    return [
        HeaderCell(texts[i], top, first, bottom - top + 1, last - first + 1)
        for i, (top, bottom, first, last) in enumerate(spans)
    ]
