"""PDF tables that repeat their header on every page and stay fast for thousands of rows."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from thidua_desktop.reports.document import Cell, CellValue, TableBlock
from thidua_desktop.reports.fonts import FontFamily
from thidua_desktop.reports.tables import cell_text, header_cells, header_depth, markup

__all__ = ["PagedTable", "TableLayout"]

_PADDING_X = 3.0
_PADDING_Y = 2.0
_RULE = 0.5
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}

Row = list[Any]  # str or Paragraph per cell


@functools.cache
def _colour(value: str) -> Any:
    """A colour parsed once: ReportLab parses a "#rrggbb" string again for every cell."""
    return colors.toColor(value)


Command = tuple[Any, ...]


class TableLayout:
    """Everything about one table that does not depend on the page: column widths, styles, the
    header, and each data row converted once (plain strings where a line is enough, Paragraphs
    only where text must wrap — they cost about four times as much to lay out)."""

    def __init__(
        self, table: TableBlock, fonts: FontFamily, *, width: float, page_height: float
    ) -> None:
        self.table = table
        self.page_height = page_height
        self.max_cell_height = page_height * 0.6
        self.fonts = fonts
        self.size = table.font_size
        self.leading = round(self.size * 1.2, 2)
        total = sum(column.width for column in table.columns)
        self.widths = [width * column.width / total for column in table.columns]
        self.depth = header_depth(table)
        self.count = len(table.rows) + (table.totals is not None)
        self._rows: list[tuple[Row, list[Command]] | None] = [None] * self.count
        self._styles: dict[tuple[str, bool], ParagraphStyle] = {}
        self.header = self._header()

    @property
    def min_row_height(self) -> float:
        return self.leading + 2 * _PADDING_Y

    def opening_height(self, rows: int = 3) -> float:
        """The height of the header and the first `rows` rows at their smallest: what should be
        left on a page for the table to start there rather than on the next page."""
        header = Table(
            [list(row) for row in self.header[0]],
            colWidths=self.widths,
            style=TableStyle(self.base_commands()),
        )
        height = float(header.wrap(sum(self.widths), self.page_height)[1])
        return height + rows * self.min_row_height

    def paragraph_style(self, align: str, bold: bool = False) -> ParagraphStyle:
        key = (align, bold)
        if key not in self._styles:
            self._styles[key] = ParagraphStyle(
                f"cell-{align}-{bold}",
                fontName=self.fonts.bold if bold else self.fonts.regular,
                fontSize=self.size,
                leading=self.leading,
                alignment=_ALIGN[align],
            )
        return self._styles[key]

    def _header(self) -> tuple[list[Row], list[Command]]:
        columns = len(self.table.columns)
        rows: list[Row] = [[""] * columns for _ in range(self.depth)]
        commands: list[Command] = []
        style = self.paragraph_style("center", bold=True)
        for cell in header_cells(self.table):
            rows[cell.row][cell.column] = Paragraph(markup(cell.text), style)
            if cell.rowspan > 1 or cell.colspan > 1:
                last = (cell.column + cell.colspan - 1, cell.row + cell.rowspan - 1)
                commands.append(("SPAN", (cell.column, cell.row), last))
        return rows, commands

    def row(self, index: int) -> tuple[Row, list[Command]]:
        """Data row `index` (the totals row last) with its style commands for table row 0."""
        cached = self._rows[index]
        if cached is None:
            is_totals = index == len(self.table.rows)
            values = self.table.totals if is_totals else self.table.rows[index]
            assert values is not None
            cached = self._convert(values, bold_row=is_totals)
            self._rows[index] = cached
        return cached

    def _convert(self, values: Sequence[CellValue], *, bold_row: bool) -> tuple[Row, list[Command]]:
        cells: Row = []
        commands: list[Command] = []
        for column, (value, spec, width) in enumerate(
            zip(values, self.table.columns, self.widths, strict=True)
        ):
            text = cell_text(value, spec)
            looks = value if isinstance(value, Cell) else None
            bold = bold_row or (looks is not None and looks.bold)
            font = self.fonts.bold if bold else self.fonts.regular
            room = width - 2 * _PADDING_X
            if "\n" not in text and stringWidth(text, font, self.size) <= room:
                cells.append(text)
                if bold:
                    commands.append(("FONTNAME", (column, 0), (column, 0), font))
                if looks is not None and looks.color:
                    commands.append(("TEXTCOLOR", (column, 0), (column, 0), _colour(looks.color)))
            else:
                style = self.paragraph_style(spec.alignment, bold)
                colour = looks.color if looks is not None else None
                cells.append(self._paragraph(text, style, room, font, colour))
            if looks is not None and looks.fill:
                commands.append(("BACKGROUND", (column, 0), (column, 0), _colour(looks.fill)))
        return cells, commands

    def _paragraph(
        self, text: str, style: ParagraphStyle, room: float, font: str, colour: str | None
    ) -> Paragraph:
        """A wrapping cell; text too long for a page is cut short with "…", since a row that
        cannot fit on a page stops the whole document."""
        estimate = stringWidth(text, font, self.size) / room * self.leading
        while True:
            body = markup(text)
            if colour:
                body = f'<font color="{colour}">{body}</font>'
            paragraph = Paragraph(body, style)
            if estimate < self.max_cell_height / 3:
                return paragraph
            height = paragraph.wrap(room, 1e9)[1]
            if height <= self.max_cell_height or len(text) < 2:
                return paragraph
            text = text[: int(len(text) * self.max_cell_height / height * 0.95)].rstrip() + "…"
            estimate = self.max_cell_height

    def base_commands(self) -> list[Command]:
        commands: list[Command] = [
            ("FONT", (0, 0), (-1, -1), self.fonts.regular, self.size, self.leading),
            ("GRID", (0, 0), (-1, -1), _RULE, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PADDING_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING_X),
            ("TOPPADDING", (0, 0), (-1, -1), _PADDING_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), _PADDING_Y),
        ]
        for column, spec in enumerate(self.table.columns):
            commands.append(("ALIGN", (column, 0), (column, -1), spec.alignment.upper()))
        commands += self.header[1]
        return commands

    def table_for(self, start: int, stop: int) -> Table:
        """Header plus data rows `start`..`stop` as one ReportLab Table."""
        data: list[Row] = [list(row) for row in self.header[0]]
        commands = self.base_commands()
        if self.count == 0:
            style = ParagraphStyle("empty", parent=self.paragraph_style("center"))
            style.fontName = self.fonts.italic
            data.append(
                [Paragraph(markup(self.table.empty_text), style)] + [""] * (len(self.widths) - 1)
            )
            commands.append(("SPAN", (0, self.depth), (-1, self.depth)))
        for offset, index in enumerate(range(start, stop)):
            cells, row_commands = self.row(index)
            at = self.depth + offset
            data.append(cells)
            commands += [
                (name, (c0, at), (c1, at), *rest) for name, (c0, _), (c1, _), *rest in row_commands
            ]
        return Table(
            data,
            colWidths=self.widths,
            repeatRows=self.depth,
            style=TableStyle(commands),
            hAlign="LEFT",
        )


class PagedTable(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A table laid out one page at a time: each page gets a ReportLab Table of the header and as
    many rows as can possibly fit, split there; the rest becomes the next PagedTable.

    One Table of all rows is split again and again (each split copies what remains), and 50-row
    chunks each bring a header into the middle of a page; this does neither."""

    def __init__(self, layout: TableLayout, start: int = 0, *, keep_with: float = 0) -> None:
        super().__init__()
        self.layout = layout
        self.start = start
        # Height of what must share a page with the last rows (the signature block), if any.
        self.keep_with = keep_with
        self._table: Table | None = None
        self._available: float | None = None
        self._more = False
        self._hold = False

    def _window(self, available: float) -> Table:
        if self._table is None or self._available != available:
            # Other flowables (KeepTogether) measure with an unbounded height: one page at most.
            room = min(available, self.layout.page_height)
            rows = int(room / self.layout.min_row_height) + 2
            stop = min(self.layout.count, self.start + rows)
            self._more = stop < self.layout.count
            self._table = self.layout.table_for(self.start, stop)
            self._available = available
        return self._table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        table = self._window(availHeight)
        self._hold = False
        if self._more:
            # The window holds more rows than can fit: the frame must ask for a split, and
            # measuring the rows now would only be done again by the split.
            width, height = sum(self.layout.widths), availHeight + 1
        else:
            width, height = table.wrap(availWidth, availHeight)
            rows = self.layout.count - self.start
            page_top = availHeight > 0.95 * self.layout.page_height
            if height <= availHeight < height + self.keep_with and (rows > 2 or not page_top):
                # The end fits but what must follow it does not: carry the last rows over.
                self._hold = True
                height = availHeight + 1
        self.width, self.height = width, height
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table = self._window(availHeight)
        if self._hold:
            rows = self.layout.count - self.start
            carried = min(2, rows)
            if rows - carried <= 0:
                return []
            stop = self.layout.count - carried
            first = self.layout.table_for(self.start, stop)
            return [first, PagedTable(self.layout, stop, keep_with=self.keep_with)]
        parts = table.split(availWidth, availHeight)
        if not parts:
            return []  # not even the header and one row fit: the next page will
        if parts[0] is table and not self._more:
            return [table]
        stop = self.start + len(parts[0]._cellvalues) - self.layout.depth
        if stop >= self.layout.count:
            return [parts[0]]
        first = parts[0]
        if self.layout.count - stop < 2 and stop - self.start > 3:
            # One row alone under the repeated header (often the totals) looks lost: the last
            # row on this page goes along with it.
            stop = self.layout.count - 2
            first = self.layout.table_for(self.start, stop)
        return [first, PagedTable(self.layout, stop, keep_with=self.keep_with)]

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)
