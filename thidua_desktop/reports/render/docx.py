"""The NĐ 30/2020 document as an editable Word file (python-docx): the same header, title, body,
"Nơi nhận" and signature as the PDF, so an office can adjust the wording before signing. The PDF
stays the record; this is its draft.

Laid out with Word's own means (tables without borders for the two-column blocks, paragraph
borders for the short rules under the issuer, the Tiêu ngữ and the subject, a PAGE field in the
header from page 2) in Times New Roman, which NĐ 30 asks for and Word and LibreOffice have (or
replace by a metric twin)."""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from typing import IO, TYPE_CHECKING, Any

from thidua_desktop.domain.dates import place_and_date
from thidua_desktop.reports.document import (
    Block,
    ChartBlock,
    Column,
    DocumentSpec,
    Heading,
    NewPage,
    Para,
    Signer,
    TableBlock,
)
from thidua_desktop.reports.render.tables import cell_text, header_cells, header_depth, printable

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph

__all__ = ["build_docx", "render_docx"]

FONT = "Times New Roman"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
MARGINS_MM = (20, 20, 30, 15)  # top, bottom, left, right (DOMAIN.md §4.1), as the PDF
HEADER_LEFT = 0.39  # the issuer column's share of the text width, as the PDF
CLOSING_LEFT = 0.46  # "Nơi nhận" beside the signature, as the PDF
SIGNATURE_LINES = 4  # empty lines left for the hand signature and the seal
_ALIGN = {"justify": "JUSTIFY", "left": "LEFT", "center": "CENTER", "right": "RIGHT"}


def build_docx(spec: DocumentSpec, target: str | IO[bytes]) -> None:
    """Lay out `spec` and write the .docx to `target` (a file name or a binary stream)."""
    from docx import Document

    document = Document()
    _page(document, spec)
    _styles(document, spec.font_size)
    width = _text_width_mm(spec)
    _header(document, spec, width)
    _title(document, spec)
    for block in spec.body:
        _block(document, block, spec.font_size)
    if spec.body and isinstance(spec.body[-1], Para) and document.paragraphs:
        # The signature never starts a page alone: the last paragraph goes along (as the PDF).
        document.paragraphs[-1].paragraph_format.keep_with_next = True
    _closing(document, spec, width)
    if spec.annex:
        _page_break(document)
        for block in spec.annex:
            _block(document, block, spec.font_size)
    core = document.core_properties
    core.title = printable(" ".join(p for p in (spec.doc_type, spec.subject) if p))[:255]
    core.author = " ".join(printable(spec.issuer).split())[:255]
    core.comments = "Bản nháp để sửa câu chữ; bản chính là tệp PDF."
    document.save(target)


def render_docx(spec: DocumentSpec, path: str | PathLike[str]) -> None:
    """Write `spec` as a .docx file, atomically (failures said as for the PDF)."""
    from thidua_desktop.reports.render.files import write_atomically

    write_atomically(path, lambda temporary: build_docx(spec, str(temporary)))


# -- page and styles ------------------------------------------------------------------------------


def _page(document: WordDocument, spec: DocumentSpec) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if spec.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    top, bottom, left, right = MARGINS_MM
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance = Mm(10)
    # NĐ 30: page numbers centred in the top margin, from the second page on.
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    _align(paragraph, "center")
    _page_field(paragraph, 13)


def _text_width_mm(spec: DocumentSpec) -> float:
    _top, _bottom, left, right = MARGINS_MM
    return (297 if spec.landscape else 210) - left - right


def _styles(document: WordDocument, size: float) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(size)
    fonts = normal.element.rPr.rFonts  # the East Asian slot too, or Word picks another font
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)


# -- header, title, closing -------------------------------------------------------------------


def _header(document: WordDocument, spec: DocumentSpec, width: float) -> None:
    """Issuer and number on the left; Quốc hiệu, Tiêu ngữ and the place-and-date on the right.
    Lines are broken where the PDF breaks them (Times New Roman and the PDF's Liberation Serif
    have the same metrics), so a long agency name is set the same way in both."""
    if spec.form_header is not None:
        form = _layout_table(document, 1, 2, [width * 0.55, width * 0.45])
        for column, lines in enumerate((spec.form_header.left, spec.form_header.right)):
            cell = form.cell(0, column)
            for number, line in enumerate(lines):
                paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                _run(paragraph, line, 11, bold=column == 0 and number == 0)
        return
    left_width = width * HEADER_LEFT
    table = _layout_table(document, 2, 2, [left_width, width - left_width])
    left, right = table.cell(0, 0), table.cell(0, 1)
    first = True
    if spec.issuer_parent:
        for line in _set(spec.issuer_parent, 12, left_width):
            _centred(left, line, 12, first=first)
            first = False
    issuer_lines = _set(spec.issuer, 12, left_width, bold=True)
    for line in issuer_lines:
        _centred(left, line, 12, bold=True, first=first)
        first = False
    _rule(left, left_width, 0.4 * _longest(issuer_lines, 12))
    _centred(right, QUOC_HIEU, 12, bold=True, first=True)
    _centred(right, TIEU_NGU, 13, bold=True)
    _rule(right, width - left_width, _longest([TIEU_NGU], 13))
    if spec.number_symbol:
        _centred(table.cell(1, 0), spec.number_symbol, 13, first=True, before=4)
    date_text = (
        spec.date_line if spec.date_line is not None else place_and_date(spec.place, spec.date)
    )
    _centred(table.cell(1, 1), date_text, 14, italic=True, first=True, before=4)


def _title(document: WordDocument, spec: DocumentSpec) -> None:
    from docx.shared import Pt

    if spec.doc_type:
        paragraph = document.add_paragraph()
        _align(paragraph, "center")
        paragraph.paragraph_format.space_before = Pt(18)
        _run(paragraph, spec.doc_type, 14, bold=True)
    if spec.subject:
        text_width = _text_width_mm(spec)
        lines = _set(spec.subject, 14, text_width, bold=True)
        for line in lines:
            paragraph = document.add_paragraph()
            _align(paragraph, "center")
            _run(paragraph, line, 14, bold=True)
        _rule(document, text_width, max(0.35 * _longest(lines, 14), 25.0), after=6)


def _closing(document: WordDocument, spec: DocumentSpec, width: float) -> None:
    """'Nơi nhận' on the left, the signature on the right, their first lines level."""
    if not spec.recipients and spec.signer is None and spec.co_signer is None:
        return
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    table = _layout_table(document, 1, 2, [width * CLOSING_LEFT, width * (1 - CLOSING_LEFT)])
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # never split
    left, right = table.cell(0, 0), table.cell(0, 1)
    for cell in (left, right):
        cell.paragraphs[0].paragraph_format.space_before = Pt(12)  # as the PDF's spacer
    if spec.co_signer is not None:
        _signature(left, spec.co_signer)
    elif spec.recipients:
        paragraph = left.paragraphs[0]
        _run(paragraph, "Nơi nhận:", 12, bold=True, italic=True)
        for line in spec.recipients:
            text = printable(line).strip()
            if not text.startswith(("-", "–")):
                text = f"- {text}"
            _run(left.add_paragraph(), text, 11)
    if spec.signer is not None:
        _signature(right, spec.signer)


def _signature(cell: _Cell, signer: Signer) -> None:
    first = True
    width = _cell_width_mm(cell)
    for line in (*signer.authority, signer.title):
        for piece in _set(line, 13, width, bold=True):
            _centred(cell, piece, 13, bold=True, first=first)
            first = False
    for _ in range(SIGNATURE_LINES):
        _run(cell.add_paragraph(), "", 13)
    name = printable(signer.name).strip()
    _centred(cell, name or "\u00a0", 13, bold=True)


# -- body blocks ------------------------------------------------------------------------------


def _block(document: WordDocument, block: Block, size: float) -> None:
    from docx.shared import Cm, Pt

    if isinstance(block, Para):
        paragraph = document.add_paragraph()
        _align(paragraph, block.align)
        form = paragraph.paragraph_format
        form.space_before = Pt(6)
        form.line_spacing = Pt(size * 1.3)  # the PDF's leading
        if block.indent:
            form.first_line_indent = Cm(1)
        _run(paragraph, block.text, size, bold=block.bold, italic=block.italic)
    elif isinstance(block, Heading):
        paragraph = document.add_paragraph()
        _align(paragraph, "justify")
        paragraph.paragraph_format.space_before = Pt(8)
        paragraph.paragraph_format.keep_with_next = True
        _run(paragraph, block.text, size, bold=True, italic=block.level >= 3)
    elif isinstance(block, TableBlock):
        _table(document, block)
    elif isinstance(block, ChartBlock):
        _chart_as_table(document, block)
    elif isinstance(block, NewPage):
        _page_break(document)
    else:
        raise TypeError(f"not a document block: {type(block).__name__}")


def _table(document: WordDocument, block: TableBlock) -> None:
    """A bordered table: the header grid (group titles merged over their columns) repeated on
    every page, the rows, a bold totals row."""
    from docx.shared import Pt

    if block.caption:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(8)
        paragraph.paragraph_format.space_after = Pt(4)
        paragraph.paragraph_format.keep_with_next = True
        _run(paragraph, block.caption, block.font_size, bold=True)
    depth = header_depth(block)
    rows = len(block.rows) + (1 if block.totals is not None else 0)
    if not block.rows:
        rows += 1  # "Không có số liệu."
    table = document.add_table(rows=depth + rows, cols=len(block.columns))
    table.style = document.styles["Table Grid"]
    total = sum(c.width for c in block.columns)
    text_width = _section_width(document)
    for index, column in enumerate(block.columns):
        _column_width(table, index, text_width * column.width / total)
    for cell in header_cells(block):
        target = table.cell(cell.row, cell.column)
        if cell.rowspan > 1 or cell.colspan > 1:
            target = target.merge(
                table.cell(cell.row + cell.rowspan - 1, cell.column + cell.colspan - 1)
            )
        _cell_text(target, cell.text, block.font_size, "center", bold=True)
    for row in table.rows[:depth]:
        _repeat_header(row)
    if not block.rows:
        merged = table.cell(depth, 0).merge(table.cell(depth, len(block.columns) - 1))
        _cell_text(merged, block.empty_text, block.font_size, "center", italic=True)
    for offset, values in enumerate(block.rows):
        _table_row(table, depth + offset, block.columns, values, block.font_size)
    if block.totals is not None:
        _table_row(
            table, depth + len(block.rows), block.columns, block.totals, block.font_size, bold=True
        )


def _table_row(
    table: Any,
    row: int,
    columns: Sequence[Column],
    values: Sequence[Any],
    size: float,
    *,
    bold: bool = False,
) -> None:
    from thidua_desktop.reports.document import Cell

    for index, (column, value) in enumerate(zip(columns, values, strict=True)):
        strong = bold or (isinstance(value, Cell) and value.bold)
        _cell_text(table.cell(row, index), cell_text(value, column), size, column.alignment,
                   bold=strong)  # fmt: skip


def _chart_as_table(document: WordDocument, block: ChartBlock) -> None:
    """A chart's figures as a small table (the drawing itself is in the PDF)."""
    from decimal import Decimal

    from thidua_desktop.reports.document import Column as TableColumn

    columns = [TableColumn("", 3.0)] + [
        TableColumn(series.name, 1.0, "number", block.decimals) for series in block.series
    ]
    rows: list[list[str | int | Decimal | None]] = [
        [category, *(series.values[n] for series in block.series)]
        for n, category in enumerate(block.categories)
    ]
    _table(document, TableBlock(columns, rows, caption=block.title, font_size=11))


# -- pieces ---------------------------------------------------------------------------------------


_PT_PER_MM = 72 / 25.4


def _set(text: str, size: float, width_mm: float, *, bold: bool = False) -> list[str]:
    """The printed lines of `text`, broken as the PDF breaks them (balanced, not greedy)."""
    from thidua_desktop.reports.render.fonts import register_fonts
    from thidua_desktop.reports.render.pdf import _set_lines

    fonts = register_fonts()
    font = fonts.bold if bold else fonts.regular
    return _set_lines(text, font, size, width_mm * _PT_PER_MM)


def _longest(lines: Sequence[str], size: float) -> float:
    """The widest of `lines` in bold at `size` points, in millimetres (for the rules)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from thidua_desktop.reports.render.fonts import register_fonts

    bold = register_fonts().bold
    return max((float(stringWidth(line, bold, size)) for line in lines), default=0.0) / _PT_PER_MM


def _cell_width_mm(cell: _Cell) -> float:
    return int(cell.width or 0) / 36000  # EMU per millimetre


def _run(paragraph: Paragraph, text: str, size: float, *, bold: bool = False,
         italic: bool = False) -> None:  # fmt: skip
    from docx.shared import Pt

    pieces = printable(text).split("\n")
    for n, piece in enumerate(pieces):
        run = paragraph.add_run(piece)
        run.font.size = Pt(size)
        run.bold, run.italic = bold or None, italic or None
        if n < len(pieces) - 1:
            run.add_break()


def _align(paragraph: Paragraph, how: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph.alignment = getattr(WD_ALIGN_PARAGRAPH, _ALIGN[how])


def _centred(
    cell: _Cell,
    text: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    first: bool = False,
    before: float = 0,
) -> None:
    from docx.shared import Pt

    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    _align(paragraph, "center")
    if before:
        paragraph.paragraph_format.space_before = Pt(before)
    _run(paragraph, text, size, bold=bold, italic=italic)


def _cell_text(
    cell: _Cell, text: str, size: float, align: str, *, bold: bool = False, italic: bool = False
) -> None:
    paragraph = cell.paragraphs[0]
    _align(paragraph, align)
    _run(paragraph, text, size, bold=bold, italic=italic)


def _rule(container: Any, width_mm: float, length_mm: float, *, after: float = 2) -> None:
    """A short centred line (NĐ 30's rule under the issuer, the Tiêu ngữ and the subject): an
    empty paragraph indented from both sides, with a bottom border."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    paragraph = container.add_paragraph()
    side = max((width_mm - max(length_mm, 10.0)) / 2, 0.0)
    form = paragraph.paragraph_format
    form.left_indent, form.right_indent = Mm(side), Mm(side)
    form.space_after = Pt(after)
    form.line_spacing = Pt(4)
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    border.append(bottom)
    paragraph._p.get_or_add_pPr().append(border)


def _layout_table(document: WordDocument, rows: int, cols: int, widths_mm: Sequence[float]) -> Any:
    """A table without borders that only places blocks side by side."""
    table = document.add_table(rows=rows, cols=cols)
    table.autofit = False
    for index, width in enumerate(widths_mm):
        _column_width(table, index, width)
    return table


def _column_width(table: Any, index: int, width_mm: float) -> None:
    from docx.shared import Mm

    table.columns[index].width = Mm(width_mm)
    for cell in table.columns[index].cells:
        cell.width = Mm(width_mm)


def _section_width(document: WordDocument) -> float:
    section = document.sections[-1]
    lengths = (section.page_width, section.left_margin, section.right_margin)
    page, left, right = (int(length or 0) for length in lengths)
    return (page - left - right) / 36000  # EMU per millimetre


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _page_field(paragraph: Paragraph, size: float) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run = paragraph.add_run()
    run.font.size = Pt(size)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), ("end", None)):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _page_break(document: WordDocument) -> None:
    from docx.enum.text import WD_BREAK

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
