"""PDF tables that repeat their header on every page and stay fast for thousands of rows.

Two ways to lay out the data rows, the same on paper: ReportLab Tables, one per page (kept for a
table with no rows, and to check the other against), and - for every table with rows - rows
measured and wrapped here as a Paragraph would wrap them, drawn straight onto the canvas a page at
a time under the header Table (drawn once per document as a form). The national table (10 000
rows) takes a third of the time the Tables took, less than ReportLab's plain Tables of strings."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from thidua_desktop.reports.document import Cell, CellValue, TableBlock
from thidua_desktop.reports.render.fonts import FontFamily
from thidua_desktop.reports.render.tables import (
    HeaderCell,
    cell_text,
    header_cells,
    header_depth,
    markup,
)

__all__ = ["FAST_MIN_ROWS", "PagedTable", "TableLayout", "TablesCache"]

_PADDING_X = 3.0
_PADDING_Y = 2.0
_RULE = 0.5
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}

Row = list[Any]  # str or Paragraph per cell
# Tables with at least this many rows (totals included) are drawn by the fast path.
FAST_MIN_ROWS = 1
_ELLIPSIS = "…"
# What ReportLab's Paragraph breaks lines at (not the no-break space).
_SPACES = re.compile("[ \u1680\u2000-\u200a\u2028\u2029\u205f\u3000]+")


@functools.cache
def _colour(value: str) -> Any:
    """A colour parsed once: ReportLab parses a "#rrggbb" string again for every cell."""
    return colors.toColor(value)


@functools.cache
def _rgb(value: str) -> str:
    """The PDF operator that sets `value` as the text colour."""
    red, green, blue = _colour(value).rgb()
    return f"{fp_str(red, green, blue)} rg"


Command = tuple[Any, ...]


# One cell of the fast path: its left edge, number of lines, width, font, text colour (a PDF
# operator, or None for black), fill, the text operator moving to its first line, its lines as
# (move from the line before, text, word spacing), and the operator moving back. Plain tuples: a
# national table has 70 000 cells.
_DrawnCell = tuple[
    float, int, float, str, str | None, str | None, str, list[tuple[str, str, float]], str
]
_DrawnRow = tuple[float, list[_DrawnCell]]  # height, cells


class _Encoder:
    """Text in one TrueType font as the PDF strings of its subsets, like the font's own
    splitString (which it falls back on for characters not seen yet), but for the common case -
    every character already in the first subset - in a few C calls instead of a loop per
    character."""

    def __init__(self, font: Any, document: Any, escape: Any) -> None:
        self.font = font
        self.document = document
        self.escape = escape
        font.splitString("", document)  # creates the font's state for the document
        self.known: set[str] = set()
        self.table: dict[int, int] = {}
        self.assigned = -1
        self.seen: dict[str, list[tuple[int, str]]] = {}
        self._sync()

    def _sync(self) -> None:
        assignments = self.font.state[self.document].assignments
        if len(assignments) != self.assigned:
            self.table = {code: n for code, n in assignments.items() if n < 256}
            self.known = {chr(code) for code in self.table}
            self.assigned = len(assignments)

    def encode(self, text: str) -> list[tuple[int, str]]:
        if self.known.issuperset(text):
            return [(0, self.escape(text.translate(self.table).encode("latin-1")))]
        pieces = self.font.splitString(text, self.document)
        self._sync()
        return [(subset, self.escape(chunk)) for subset, chunk in pieces]

    def encode_once(self, text: str) -> list[tuple[int, str]]:
        """`encode`, remembered: a character keeps its code for the whole document."""
        pieces = self.seen.get(text)
        if pieces is None:
            pieces = self.seen[text] = self.encode(text)
        return pieces


class _Header:
    """A header as Paragraph cells with its SPAN commands, the header Table (made and measured
    once) and the PDF form it is drawn into, once per document."""

    def __init__(self, rows: list[Row], commands: list[Command]) -> None:
        self.rows = rows
        self.commands = commands
        self.table: Table | None = None
        self.height = 0.0
        self.form = ""
        self.form_for: object = None


class TablesCache:
    """What the tables of one document can share: headers (a report's twenty tables of one
    indicator each have the same header: laid out, measured and drawn into a form once) and
    measured cells (the units' names and numbers repeat from table to table in columns of the
    same geometry). Only what prints the same is shared, so the pages do not change."""

    def __init__(self) -> None:
        self.headers: dict[tuple[Any, ...], _Header] = {}
        self.cells: dict[tuple[Any, ...], dict[tuple[Any, ...], _DrawnCell]] = {}


class TableLayout:
    """Everything about one table that does not depend on the page: column widths, styles, the
    header, and each data row converted once. On the fast path (`fast`) a row is measured into
    lines and text operators (`_measured`) and pages are drawn by `draw_rows`; otherwise a row
    becomes Table cells (`row`: plain strings where a line is enough, Paragraphs only where text
    must wrap — they cost about four times as much to lay out).

    `fast`: None decides by FAST_MIN_ROWS; False forces the Table path (for comparisons)."""

    def __init__(
        self,
        table: TableBlock,
        fonts: FontFamily,
        *,
        width: float,
        page_height: float,
        fast: bool | None = None,
        shared: TablesCache | None = None,
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
        shared = shared if shared is not None else TablesCache()
        alignments = tuple(column.alignment for column in table.columns)
        cells = header_cells(table)
        header_key = (
            tuple((c.text, c.row, c.column, c.rowspan, c.colspan) for c in cells),
            tuple(self.widths),
            alignments,
            self.size,
            self.leading,
            fonts.regular,
            fonts.bold,
            page_height,
        )
        header = shared.headers.get(header_key)
        if header is None:
            header = shared.headers[header_key] = _Header(*self._header(cells))
        self._shared_header = header
        self.header = (header.rows, header.commands)
        # The fast path: every table with rows (an empty one prints a spanning note instead),
        # in TrueType fonts (it writes their subsets' codes itself) - always so in the app.
        truetype = all(
            getattr(getFont(name), "_dynamicFont", False) for name in (fonts.regular, fonts.bold)
        )
        wanted = self.count >= FAST_MIN_ROWS if fast is None else fast
        self.fast = wanted and self.count > 0 and truetype
        self._drawn: list[_DrawnRow] = []  # data rows measured so far, in order
        self._bottoms: list[float] = [0.0]  # height of the first n measured rows
        self._lefts = [sum(self.widths[:column]) for column in range(len(self.widths))]
        self._shrinkage = float(self.paragraph_style("left").spaceShrinkage)
        # A cell prints the same in any table of the document with the same fonts and size
        # whose column has the same place, width, alignment and number format.
        self._cells = shared.cells.setdefault(
            (self.size, self.leading, fonts.regular, fonts.bold, page_height, self._shrinkage), {}
        )
        self._column_keys = [
            (left, width, column.alignment, column.kind, column.decimals)
            for left, width, column in zip(self._lefts, self.widths, table.columns, strict=True)
        ]
        self._widths: dict[tuple[str, str], float] = {}
        self._encoders: dict[str, _Encoder] = {}
        # One-line cells as their whole text operators, by id (the cells live as long as the
        # layout): (font, subset, operators).
        self._ready: dict[int, tuple[str, int, str]] = {}
        self._encoded_for: object = None  # the PDF document the encodings belong to

    @property
    def min_row_height(self) -> float:
        return self.leading + 2 * _PADDING_Y

    def opening_height(self, rows: int = 3) -> float:
        """The height of the header and the first `rows` rows at their smallest: what should be
        left on a page for the table to start there rather than on the next page."""
        return self.header_table()[1] + rows * self.min_row_height

    def header_table(self) -> tuple[Table, float]:
        """The header rows alone as a Table (drawn on every page by the fast path), and its
        height."""
        header = self._shared_header
        if header.table is None:
            header.table = Table(
                [list(row) for row in self.header[0]],
                colWidths=self.widths,
                style=TableStyle(self.base_commands()),
                hAlign="LEFT",
            )
            header.height = float(header.table.wrap(sum(self.widths), self.page_height)[1])
        return header.table, header.height

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

    def _header(self, cells: list[HeaderCell]) -> tuple[list[Row], list[Command]]:
        columns = len(self.table.columns)
        rows: list[Row] = [[""] * columns for _ in range(self.depth)]
        commands: list[Command] = []
        style = self.paragraph_style("center", bold=True)
        for cell in cells:
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

    # -- the fast path ---------------------------------------------------------------------

    def _width(self, text: str, font: str) -> float:
        key = (text, font)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = float(stringWidth(text, font, self.size))
        return width

    def _wrap(self, text: str, font: str, room: float) -> list[str]:
        """`text` broken into lines no wider than `room` the way a Paragraph breaks it: at
        spaces (runs of them collapse), at line breaks, and inside a word too long for a line."""
        if "\n" not in text and self._width(text, font) <= room:
            return [text]
        space = self._width(" ", font)
        # A Paragraph lets a line run over by a little of each space it holds.
        shrink = self._shrinkage * space
        lines: list[str] = []
        for piece in text.split("\n"):
            line: list[str] = []
            used = 0.0
            for word in _SPACES.split(piece):
                if not word:
                    continue
                width = self._width(word, font)
                gap = space if line else 0.0
                if used + gap + width <= room + shrink * len(line):
                    line.append(word)
                    used += gap + width
                    continue
                if width <= room:
                    lines.append(" ".join(line))
                    line, used = [word], width
                    continue
                # A word longer than a line: fill what is left of this line, then whole
                # lines, a character at a time, as a Paragraph splits it.
                reach = used + gap
                chunk = ""
                for char in word:
                    char_width = self._width(char, font)
                    if reach + char_width > room and (chunk or char_width <= room):
                        if chunk:
                            line.append(chunk)
                        lines.append(" ".join(line))
                        line, chunk, reach = [], "", 0.0
                    chunk += char
                    reach += char_width
                line.append(chunk)
                used = reach
            lines.append(" ".join(line))
        return lines

    def _shorten(self, lines: list[str], font: str, room: float) -> list[str]:
        """At most what fits in a cell of `max_cell_height`, the last line ending in "…": a row
        taller than a page would stop the whole document."""
        most = max(1, int(self.max_cell_height / self.leading))
        if len(lines) <= most:
            return lines
        kept = lines[:most]
        last = kept[-1].rstrip()
        while last and self._width(last + _ELLIPSIS, font) > room:
            last = last[:-1].rstrip()
        kept[-1] = last + _ELLIPSIS
        return kept

    def _measure(self, values: Sequence[CellValue], *, bold_row: bool) -> _DrawnRow:
        cells: list[_DrawnCell] = []
        tallest = 1
        known = self._cells
        column_keys = self._column_keys
        for column, value in enumerate(values):
            # The same value in the same column prints the same (statuses, district names,
            # targets): measured once. Not a Decimal printed as given, where 9.5 and 9.50 are
            # equal keys but different texts.
            key = (column_keys[column], type(value), value, bold_row)
            cell = known.get(key)
            if cell is None:
                cell = self._cell(column, value, bold_row)
                bare = value.value if isinstance(value, Cell) else value
                if not isinstance(bare, Decimal) or self.table.columns[column].decimals is not None:
                    known[key] = cell
            cells.append(cell)
            if cell[1] > tallest:
                tallest = cell[1]
        return tallest * self.leading + 2 * _PADDING_Y, cells

    def _cell(self, column: int, value: CellValue, bold_row: bool) -> _DrawnCell:
        spec = self.table.columns[column]
        width = self.widths[column]
        x = self._lefts[column]
        text = cell_text(value, spec)
        colour = fill = None
        bold = bold_row
        if isinstance(value, Cell):
            bold = bold or value.bold
            colour, fill = value.color, value.fill
        font = self.fonts.bold if bold else self.fonts.regular
        colour_op = _rgb(colour) if colour else None
        if not text:
            return (x, 1, width, font, colour_op, fill, "", [], "")
        room = width - 2 * _PADDING_X
        leading = self.leading
        used = stringWidth(text, font, self.size)
        if used <= room and "\n" not in text:  # most cells: one line, as a Table prints it
            align = spec.alignment
            if align == "left":
                left = x + _PADDING_X
            elif align == "right":
                left = x + width - _PADDING_X - used
            else:
                left = x + (width - used) / 2
            there, back = f"{fp_str(left)} 0 Td", f"{fp_str(-left, leading)} Td"
            return (x, 1, width, font, colour_op, fill, there, [("", text, 0.0)], back)
        lines = self._shorten(self._wrap(text, font, room), font, room)
        placed = [self._place(line, font, spec.alignment, x, width) for line in lines]
        # Text is drawn from a line matrix at the row's left edge, on the baseline of a one-line
        # cell; each cell moves from there and back, so cells need no position of their own.
        # Lines are centred in the row as a Table's MIDDLE cells are, and each is followed by T*
        # (the next line) as a Table's and a Paragraph's are: text extraction then reads a cell's
        # lines as lines, not as one baseline with the rest of the row.
        first_left = placed[0][0]
        if len(placed) == 1:
            left, line, word_space = placed[0]
            there, back = f"{fp_str(left)} 0 Td", f"{fp_str(-left, leading)} Td"
            return (x, 1, width, font, colour_op, fill, there, [("", line, word_space)], back)
        rise = (len(placed) - 1) * leading / 2
        steps: list[tuple[str, str, float]] = []
        at = first_left
        for number, (left, line, word_space) in enumerate(placed):
            move = f"{fp_str(left - at)} 0 Td" if number and left != at else ""
            steps.append((move, line, word_space))
            at = left
        there = f"{fp_str(first_left, rise)} Td"
        back = f"{fp_str(-at, len(placed) * leading - rise)} Td"
        return (x, len(placed), width, font, colour_op, fill, there, steps, back)

    def _place(
        self, line: str, font: str, align: str, x: float, width: float
    ) -> tuple[float, str, float]:
        """A wrapped line as a Paragraph sets it: its left edge, and the word spacing that
        squeezes a line running over (by up to the space shrinkage) back into the cell."""
        room = width - 2 * _PADDING_X
        used = self._width(line, font)
        if used > room + 1e-8:
            spaces = line.count(" ") + line.count("\u00a0")
            if spaces:
                return x + _PADDING_X, line, (room - used) / spaces
        if align == "left":
            return x + _PADDING_X, line, 0.0
        if align == "right":
            return x + width - _PADDING_X - used, line, 0.0
        return x + _PADDING_X + (room - used) / 2, line, 0.0

    def _measured(self, index: int) -> _DrawnRow:
        """Data row `index` (the totals row last) measured, with every row before it."""
        while len(self._drawn) <= index:
            at = len(self._drawn)
            is_totals = at == len(self.table.rows)
            values = self.table.totals if is_totals else self.table.rows[at]
            assert values is not None
            row = self._measure(values, bold_row=is_totals)
            self._drawn.append(row)
            self._bottoms.append(self._bottoms[-1] + row[0])
        return self._drawn[index]

    def rows_height(self, start: int, stop: int) -> float:
        """The height of data rows `start`..`stop`."""
        if stop > start:
            self._measured(stop - 1)
        return self._bottoms[stop] - self._bottoms[start]

    def fitting(self, start: int, room: float) -> int:
        """How many data rows from `start` fit under the header in `room`."""
        left = room - self.header_table()[1]
        count = 0
        while start + count < self.count:
            height = self._measured(start + count)[0]
            if height > left + 1e-6:
                break
            left -= height
            count += 1
        return count

    def _encode(self, canvas: Any, text: str, font: str) -> list[tuple[int, str]]:
        """`text` as (font subset, escaped PDF string) pieces for the document on `canvas`."""
        document = canvas._doc
        if self._encoded_for is not document:
            self._encoders.clear()
            self._ready.clear()
            self._encoded_for = document
        encoder = self._encoders.get(font)
        if encoder is None:
            encoder = self._encoders[font] = _Encoder(getFont(font), document, canvas._escape)
        return encoder.encode_once(text)

    def draw_rows(self, canvas: Any, start: int, stop: int) -> float:
        """The header and data rows `start`..`stop`, their bottom left at (0, 0) on `canvas`;
        returns the height drawn. Backgrounds, then text, then the grid, as a Table does."""
        header_height = self.header_table()[1]
        body = self.rows_height(start, stop)
        self._draw_header(canvas, body)
        rows = self._drawn[start:stop]
        bottoms = [
            body - (self._bottoms[index + 1] - self._bottoms[start]) for index in range(start, stop)
        ]

        canvas.saveState()
        fills: dict[str, Any] = {}
        for (height, cells), bottom in zip(rows, bottoms, strict=True):
            for cell in cells:
                fill = cell[5]
                if fill:
                    path = fills.get(fill)
                    if path is None:
                        path = fills[fill] = canvas.beginPath()
                    path.rect(cell[0], bottom, cell[2], height)
        for fill, path in fills.items():
            canvas.setFillColor(_colour(fill))
            canvas.drawPath(path, stroke=0, fill=1)

        text = canvas.beginText()
        code: list[str] = text._code
        add = code.append
        encode = self._encode
        font_size = f"{fp_str(self.size)} Tf {fp_str(self.leading)} TL"
        document = canvas._doc
        names: dict[tuple[str, int], str] = {}
        current: tuple[str, int] | None = None
        black = "0 0 0 rg"
        ink = black
        add(ink)
        one_line = (self.leading - 2 * self.size) / 2
        self._encode(canvas, "", self.fonts.regular)  # forgets another document's encodings
        ready = self._ready
        for (height, cells), bottom in zip(rows, bottoms, strict=True):
            # The line matrix at the row's left edge, on the baseline of its one-line cells.
            add(f"1 0 0 1 0 {fp_str(bottom + height / 2 + one_line)} Tm")
            for cell in cells:
                _x, _count, _width, font, colour_op, _fill, there, lines, back = cell
                if not lines:
                    continue
                wanted = colour_op or black
                if wanted != ink:
                    add(wanted)
                    ink = wanted
                done = ready.get(id(cell))
                if done is None and len(lines) == 1 and not lines[0][2]:
                    pieces = encode(canvas, lines[0][1], font)
                    if len(pieces) == 1:
                        subset, escaped = pieces[0]
                        done = (font, subset, f"{there} ({escaped}) Tj T* {back}")
                        ready[id(cell)] = done
                if done is not None:
                    if (done[0], done[1]) != current:
                        current = (done[0], done[1])
                        name = names.get(current)
                        if name is None:
                            name = getFont(font).getSubsetInternalName(current[1], document)
                            names[current] = name
                        add(f"{name} {font_size}")
                    add(done[2])
                    continue
                add(there)
                for move, line, word_space in lines:
                    if move:
                        add(move)
                    if word_space:
                        add(f"{fp_str(word_space)} Tw")
                    for subset, escaped in encode(canvas, line, font):
                        if (font, subset) != current:
                            current = (font, subset)
                            name = names.get(current)
                            if name is None:
                                name = getFont(font).getSubsetInternalName(subset, document)
                                names[current] = name
                            add(f"{name} {font_size}")
                        add(f"({escaped}) Tj")
                    add("T* 0 Tw" if word_space else "T*")
                add(back)
        canvas.drawText(text)

        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(_RULE)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        grid = canvas.beginPath()
        right = sum(self.widths)
        # The header's bottom rule again: a filled cell under it has covered half of it.
        for bottom in (body, *bottoms):
            grid.moveTo(0, bottom)
            grid.lineTo(right, bottom)
        x = 0.0
        for width in (0.0, *self.widths):
            x += width
            grid.moveTo(x, body)
            grid.lineTo(x, 0)
        canvas.drawPath(grid, stroke=1, fill=0)
        canvas.restoreState()
        return header_height + body

    def _draw_header(self, canvas: Any, y: float) -> None:
        """The header rows with their bottom at `y`: drawn once per document into a form and
        placed on each page (a header Table with Paragraphs would be laid out again and again)."""
        table, height = self.header_table()
        header = self._shared_header
        document = canvas._doc
        if header.form_for is not document:
            header.form_for = document
            header.form = f"thidua-table-header-{id(header)}"
            # A margin round the box: the outer rules stand half outside it.
            canvas.beginForm(header.form, -_RULE, -_RULE, sum(self.widths) + _RULE, height + _RULE)
            table.drawOn(canvas, 0, 0)
            canvas.endForm()
        canvas.saveState()
        canvas.translate(0, y)
        canvas.doForm(header.form)
        canvas.restoreState()

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
        if self.layout.fast:
            return self._fast_wrap(availHeight)
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
        if self.layout.fast:
            return self._fast_split(availHeight)
        table = self._window(availHeight)
        if self._hold:
            rows = self.layout.count - self.start
            carried = min(2, rows)
            if rows - carried <= 0:
                return []
            stop = self.layout.count - carried
            first = self.layout.table_for(self.start, stop)
            # The carried rows start the next page: placed under these, with room left for
            # them but not for what follows, they would split again (a header mid-page).
            return [first, PageBreak(), PagedTable(self.layout, stop, keep_with=self.keep_with)]
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
        if self.layout.fast:
            self.layout.draw_rows(self.canv, self.start, self.layout.count)
            return
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)

    # The same decisions as above, from rows measured by the layout instead of Tables.

    def _fast_wrap(self, availHeight: float) -> tuple[float, float]:
        layout = self.layout
        rows = layout.count - self.start
        self._hold = False
        width = sum(layout.widths)
        if layout.fitting(self.start, availHeight) < rows:
            height = availHeight + 1  # the frame must ask for a split
        else:
            height = layout.header_table()[1] + layout.rows_height(self.start, layout.count)
            page_top = availHeight > 0.95 * layout.page_height
            if height <= availHeight < height + self.keep_with and (rows > 2 or not page_top):
                self._hold = True
                height = availHeight + 1
        self.width, self.height = width, height
        return width, height

    def _fast_split(self, availHeight: float) -> list[Flowable]:
        layout = self.layout
        count = layout.count
        if self._hold:
            rows = count - self.start
            carried = min(2, rows)
            if rows - carried <= 0:
                return []
            stop = count - carried
            return [
                _Rows(layout, self.start, stop),
                PageBreak(),  # as above: the carried rows start the next page
                PagedTable(layout, stop, keep_with=self.keep_with),
            ]
        fitting = layout.fitting(self.start, availHeight)
        if fitting == 0:
            return []  # not even the header and one row fit: the next page will
        stop = self.start + fitting
        if stop >= count:
            return [_Rows(layout, self.start, count)]
        if count - stop < 2 and stop - self.start > 3:
            stop = count - 2  # no row alone under the repeated header
        return [_Rows(layout, self.start, stop), PagedTable(layout, stop, keep_with=self.keep_with)]


class _Rows(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """The header and data rows `start`..`stop` of a fast-path table: one page's worth."""

    def __init__(self, layout: TableLayout, start: int, stop: int) -> None:
        super().__init__()
        self.layout = layout
        self.start = start
        self.stop = stop
        self.width = sum(layout.widths)
        self.height = layout.header_table()[1] + layout.rows_height(start, stop)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.layout.draw_rows(self.canv, self.start, self.stop)
