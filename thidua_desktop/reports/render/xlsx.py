"""Excel workbooks (openpyxl): a header block, a frozen header row and numbers as real numbers."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_desktop.domain.dates import place_and_date
from thidua_desktop.domain.errors import UserError
from thidua_desktop.reports.document import Cell, CellValue, Column, DocumentSpec, TableBlock
from thidua_desktop.reports.render.tables import header_cells, header_depth, printable, unwrap

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = [
    "SheetSpec",
    "WorkbookSpec",
    "excel_number",
    "number_format",
    "safe_sheet_names",
    "workbook_from_document",
    "write_workbook",
]

FONT_NAME = "Times New Roman"
FONT_SIZE = 12
MAX_SHEET_NAME = 31
MAX_CELL_TEXT = 32_767  # Excel's limit per cell
# OWASP "CSV injection": text starting with these may be taken for a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_PAGE_CHARS = {False: 95, True: 140}  # columns' total width in characters, portrait/landscape


@dataclass(frozen=True)
class SheetSpec:
    """One worksheet: the header block (issuer lines left; title and further lines centred),
    then the table with its header frozen and repeated on printed pages."""

    name: str
    table: TableBlock
    issuer: str = ""  # lines separated by "\n", printed bold
    issuer_parent: str | None = None
    title: str = ""
    lines: Sequence[str] = ()  # e.g. the subject, the period, "Ninh Kiều, ngày …"
    landscape: bool = False


@dataclass(frozen=True)
class WorkbookSpec:
    sheets: Sequence[SheetSpec]
    title: str = ""


def _cut_at_word(text: str, limit: int) -> str:
    """`text` within `limit` characters, cut between words ("Tờ trình 05-TTr-HĐTĐKT đề nghị"
    rather than "… đề ng"); a single word longer than the limit is cut where it must be."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0].rstrip(" -,;")
    return cut if cut and len(cut) <= limit else text[:limit].rstrip()


def safe_sheet_names(names: Sequence[str]) -> list[str]:
    """Names Excel accepts: at most 31 characters, none of []:*?/\\, not empty, no apostrophe
    at either end, and different from each other regardless of case."""
    result: list[str] = []
    taken: set[str] = set()
    for index, name in enumerate(names, 1):
        base = _BAD_SHEET_CHARS.sub("-", " ".join(printable(name).split())).strip("'")
        base = _cut_at_word(base, MAX_SHEET_NAME) or f"Biểu {index}"
        candidate, number = base, 1
        while candidate.casefold() in taken:
            number += 1
            suffix = f" ({number})"
            candidate = _cut_at_word(base, MAX_SHEET_NAME - len(suffix)) + suffix
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


def excel_number(value: Decimal | int) -> int | float:
    """The number Excel stores for `value`: an int when whole, else the nearest double, which
    gives back the same decimal for up to 15 significant digits (all Excel keeps anyway)."""
    if isinstance(value, int):
        return value
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    return float(value)


def number_format(column: Column, value: Decimal | int, places: int | None = None) -> str:
    """'#,##0', '#,##0.00', '0.0%'…: the cell's places, else the column's decimals, else as
    many as `value` has. Excel shows the separators of the user's locale ("43.000,5" on a
    Vietnamese Windows)."""
    decimals = column.decimals if places is None else places
    if decimals is None:
        exponent = Decimal(value).normalize().as_tuple().exponent
        decimals = min(-exponent, 10) if isinstance(exponent, int) and exponent < 0 else 0
    fraction = "." + "0" * decimals if decimals else ""
    return f"0{fraction}%" if column.kind == "percent" else f"#,##0{fraction}"


def _literal(text: str) -> str:
    """Text shown as it is inside an Excel number format ('"≥ "#,##0.0"%"')."""
    return f'"{text.replace(chr(34), "")}"' if text else ""


def workbook_from_document(spec: DocumentSpec) -> WorkbookSpec:
    """The Excel version of a document: one sheet per table (its annex's too), under the
    document's header."""
    blocks = [*spec.body, *spec.annex]
    tables = [block for block in blocks if isinstance(block, TableBlock)]
    if not tables:
        raise UserError("Báo cáo này không có bảng số liệu nên không xuất được ra Excel.")
    names = safe_sheet_names([table.caption or spec.doc_type or "" for table in tables])
    date_line = (
        spec.date_line if spec.date_line is not None else place_and_date(spec.place, spec.date)
    )
    sheets = []
    if spec.form_header is not None:  # a statistical form: its own head, no date line
        head = spec.form_header
        names = safe_sheet_names([head.left[0].replace("Biểu số: ", "Biểu ")] * len(tables))
        return WorkbookSpec(
            sheets=[
                SheetSpec(
                    name=name,
                    table=table,
                    issuer="\n".join(head.left),
                    title=spec.doc_type,
                    lines=[*head.right, *printable(spec.subject).split("\n")],
                    landscape=spec.landscape,
                )
                for name, table in zip(names, tables, strict=True)
            ],
            title=printable(spec.doc_type),
        )
    for name, table in zip(names, tables, strict=True):
        lines = [*printable(spec.subject).split("\n")] if spec.subject else []
        if table.caption and len(tables) > 1:
            lines.append(table.caption)
        sheets.append(
            SheetSpec(
                name=name,
                table=table,
                issuer=spec.issuer,
                issuer_parent=spec.issuer_parent,
                title=spec.doc_type,
                lines=[*lines, date_line],
                landscape=spec.landscape,
            )
        )
    title = " ".join(part for part in (spec.doc_type, spec.subject) if part)
    return WorkbookSpec(sheets=sheets, title=printable(title))


def write_workbook(spec: WorkbookSpec, path: str | os.PathLike[str]) -> None:
    """Write `spec` as an .xlsx file, atomically. Raises `UserError` when the file cannot be
    written (folder missing, file open in Excel, disk full)."""
    from thidua_desktop.reports.render.files import write_atomically

    write_atomically(path, lambda temporary: _save(spec, temporary))


def _save(spec: WorkbookSpec, path: Path) -> None:
    from openpyxl import Workbook

    if not spec.sheets:
        raise ValueError("a workbook needs at least one sheet")
    # Write-only mode streams rows to disk: memory stays flat for any number of rows.
    workbook = Workbook(write_only=True)
    workbook.properties.title = printable(spec.title)[:255] or None
    workbook.properties.creator = "thidua_desktop"
    names = safe_sheet_names([sheet.name for sheet in spec.sheets])
    for name, sheet in zip(names, spec.sheets, strict=True):
        _SheetWriter(workbook.create_sheet(name), sheet).write()
    # Saved in memory first, then written in one go: openpyxl interrupted by a full disk leaves
    # generators and zip handles that print "Exception ignored" tracebacks when collected.
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())


@dataclass(frozen=True)
class _Look:
    """Everything that styles a cell, as plain values: cheap to hash, unlike openpyxl's style
    objects (hashing those cost more than the rest of the export)."""

    bold: bool = False
    italic: bool = False
    size: float = FONT_SIZE
    color: str | None = None
    fill: str | None = None
    horizontal: str | None = None
    wrap: bool = False
    border: bool = False
    number_format: str = "General"
    quote: bool = False


class _SheetWriter:
    """Writes one sheet, making each distinct cell style once and copying it to every cell."""

    def __init__(self, ws: WriteOnlyWorksheet, sheet: SheetSpec) -> None:
        self.ws = ws
        self.sheet = sheet
        self.table = sheet.table
        self.width = len(self.table.columns)
        self._templates: dict[_Look, Any] = {}
        self._looks: dict[tuple[object, ...], _Look] = {}

    # --- cells ----------------------------------------------------------------------------

    def _template(self, look: _Look) -> Any:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        cell = WriteOnlyCell(self.ws)
        cell.font = Font(
            name=FONT_NAME, size=look.size, bold=look.bold, italic=look.italic, color=look.color
        )
        cell.alignment = Alignment(
            horizontal=look.horizontal, vertical="center", wrap_text=look.wrap
        )
        if look.border:
            thin = Side(style="thin", color="000000")
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        if look.fill:
            cell.fill = PatternFill("solid", fgColor=look.fill)
        cell.number_format = look.number_format
        if look.quote:
            cell.quotePrefix = True
        return cell

    def _cell(self, value: Any, look: _Look) -> Any:
        from openpyxl.cell import WriteOnlyCell

        template = self._templates.get(look)
        if template is None:
            template = self._templates[look] = self._template(look)
        cell = WriteOnlyCell(self.ws, value)
        cell._style = copy(template._style)
        return cell

    def _text_cell(self, text: str, look: _Look) -> Any:
        text = printable(text)
        if len(text) > MAX_CELL_TEXT:
            text = text[: MAX_CELL_TEXT - 1] + "…"
        if text.startswith(FORMULA_STARTS):
            # Stored as a string, never a formula. quotePrefix is how the .xlsx format records
            # Excel's leading apostrophe (OWASP's advice), so an edited cell stays text too.
            cell = self._cell(text, replace(look, quote=True))
            cell.data_type = "s"
            return cell
        return self._cell(text, look)

    def _look(
        self, column: Column, looks: Cell | None, *, bold: bool, text: bool, number_format: str
    ) -> _Look:
        bold = bold or (looks is not None and looks.bold)
        colour = looks.color[1:] if looks is not None and looks.color else None
        fill = looks.fill[1:] if looks is not None and looks.fill else None
        key = (column.alignment, bold, colour, fill, text, number_format)
        look = self._looks.get(key)
        if look is None:
            look = self._looks[key] = _Look(
                bold=bold,
                color=colour,
                fill=fill,
                horizontal=column.alignment,
                wrap=text,
                border=True,
                number_format=number_format,
            )
        return look

    def _value_cell(self, raw: CellValue, column: Column, *, bold: bool) -> Any:
        value = unwrap(raw)
        looks = raw if isinstance(raw, Cell) else None
        if value is None or isinstance(value, str):
            look = self._look(
                column, looks, bold=bold, text=value is not None, number_format="General"
            )
            return self._cell(None, look) if value is None else self._text_cell(value, look)
        if isinstance(value, bool):
            raise TypeError(f"column {column.title!r} cannot hold a bool")
        if isinstance(value, Decimal | int):
            number: Decimal | int = value
            if column.kind == "percent":
                number = Decimal(value).scaleb(-2)  # 75 (%) is 0.75 in Excel
            shown = number_format(column, value, looks.decimals if looks is not None else None)
            if looks is not None and (looks.prefix or looks.suffix):
                shown = f"{_literal(looks.prefix)}{shown}{_literal(looks.suffix)}"
            look = self._look(column, looks, bold=bold, text=False, number_format=shown)
            return self._cell(excel_number(number), look)
        if isinstance(value, date) and not isinstance(value, datetime):
            look = self._look(column, looks, bold=bold, text=False, number_format="dd/mm/yyyy")
            return self._cell(value, look)
        raise TypeError(f"column {column.title!r} cannot hold a {type(value).__name__}")

    # --- sheet ----------------------------------------------------------------------------

    def _merged_line(self, row: int, text: str, look: _Look) -> list[Any]:
        self.ws.merged_cells.add(_range(row, 0, row, self.width - 1))
        return [self._text_cell(text, replace(look, horizontal="center", wrap=True))]

    def _header_block(self) -> list[list[Any]]:
        sheet = self.sheet
        rows: list[list[Any]] = []
        for text, look in ((sheet.issuer_parent or "", _Look()), (sheet.issuer, _Look(bold=True))):
            for line in printable(text).split("\n"):
                if line.strip():
                    rows.append([self._text_cell(line.strip(), look)])
        if rows:
            rows.append([])
        if sheet.title:
            rows.append(self._merged_line(len(rows) + 1, sheet.title, _Look(bold=True, size=14)))
        for line in sheet.lines:
            rows.append(self._merged_line(len(rows) + 1, line, _Look(italic=True)))
        if rows:
            rows.append([])
        return rows

    def _table_header(self, first_row: int) -> list[list[Any]]:
        look = _Look(bold=True, horizontal="center", wrap=True, border=True)
        rows = [
            [self._cell(None, look) for _ in range(self.width)]
            for _ in range(header_depth(self.table))
        ]
        for cell in header_cells(self.table):
            rows[cell.row][cell.column] = self._text_cell(cell.text, look)
            if cell.rowspan > 1 or cell.colspan > 1:
                top = first_row + cell.row
                bottom, last = top + cell.rowspan - 1, cell.column + cell.colspan - 1
                self.ws.merged_cells.add(_range(top, cell.column, bottom, last))
        return rows

    def write(self) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.properties import PageSetupProperties

        ws, sheet, table = self.ws, self.sheet, self.table
        total = sum(column.width for column in table.columns)
        for index, column in enumerate(table.columns, 1):
            chars = _PAGE_CHARS[sheet.landscape] * column.width / total
            ws.column_dimensions[get_column_letter(index)].width = max(6.0, round(chars, 1))

        rows = self._header_block()
        first_header = len(rows) + 1
        rows += self._table_header(first_header)
        first_data = first_header + header_depth(table)
        # Freezing keeps the column titles in view; Excel freezes everything above them.
        ws.freeze_panes = f"A{first_data}"
        ws.print_title_rows = f"{first_header}:{first_data - 1}"
        ws.page_setup.orientation = "landscape" if sheet.landscape else "portrait"
        ws.page_setup.paperSize = 9  # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)

        for row in rows:
            ws.append(row)
        for values in table.rows:
            ws.append(self._data_row(values, bold=False))
        if table.totals is not None:
            ws.append(self._data_row(table.totals, bold=True))

    def _data_row(self, values: Sequence[CellValue], *, bold: bool) -> list[Any]:
        columns = self.table.columns
        return [self._value_cell(v, c, bold=bold) for v, c in zip(values, columns, strict=True)]


def _range(row: int, first: int, last_row: int, last: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(first + 1)}{row}:{get_column_letter(last + 1)}{last_row}"
