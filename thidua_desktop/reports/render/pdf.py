"""The NĐ 30/2020 PDF: page, header, title, body blocks, "Nơi nhận" and signature (ReportLab)."""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from typing import IO, Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from thidua_desktop.domain.dates import place_and_date
from thidua_desktop.gc_pause import cyclic_gc_paused
from thidua_desktop.reports.document import (
    Block,
    ChartBlock,
    DocumentSpec,
    Heading,
    NewPage,
    Para,
    Signer,
    TableBlock,
)
from thidua_desktop.reports.render.charts import chart_drawing
from thidua_desktop.reports.render.fonts import FontFamily, register_fonts
from thidua_desktop.reports.render.pdf_tables import PagedTable, TableLayout, TablesCache
from thidua_desktop.reports.render.tables import markup, printable

__all__ = ["MARGINS", "build_pdf"]

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
# top, bottom, left, right (DOMAIN.md §4.1)
MARGINS = (20 * mm, 20 * mm, 30 * mm, 15 * mm)
HEADER_LEFT = 0.39  # share of the text width for the issuer column of the header
CLOSING_LEFT = 0.46  # share for "Nơi nhận" beside the signature
SIGNATURE_SPACE = 28 * mm  # room for the hand signature and the seal
_ALIGN = {"justify": TA_JUSTIFY, "left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


class _Styles:
    """Paragraph styles of one document, by NĐ 30's table of sizes (DOMAIN.md §4.2)."""

    def __init__(self, fonts: FontFamily, body_size: float) -> None:
        self.fonts = fonts

        def style(name: str, font: str, size: float, **extra: Any) -> ParagraphStyle:
            extra.setdefault("alignment", TA_CENTER)
            extra.setdefault("leading", size * 1.2)
            return ParagraphStyle(name, fontName=font, fontSize=size, **extra)

        self.parent = style("parent", fonts.regular, 12)
        self.issuer = style("issuer", fonts.bold, 12)
        self.number = style("number", fonts.regular, 13)
        self.quoc_hieu = style("quoc-hieu", fonts.bold, 12)
        self.tieu_ngu = style("tieu-ngu", fonts.bold, 13)
        self.date = style("date", fonts.italic, 14)
        self.doc_type = style("doc-type", fonts.bold, 14, spaceBefore=18)
        self.subject = style("subject", fonts.bold, 14)
        self.body = style(
            "body",
            fonts.regular,
            body_size,
            leading=body_size * 1.3,
            alignment=TA_JUSTIFY,
            firstLineIndent=1 * cm,
            spaceBefore=6,
        )
        self.caption = style("caption", fonts.bold, body_size - 1, spaceBefore=8, spaceAfter=4)
        self.recipients_title = style("nơi-nhận", fonts.bold_italic, 12, alignment=TA_LEFT)
        self.recipient = style("recipient", fonts.regular, 11, alignment=TA_LEFT, leading=12.5)
        self.signer = style("signer", fonts.bold, 13)
        self.page_number = 13

    def paragraph(self, block: Para) -> ParagraphStyle:
        font = {
            (False, False): self.fonts.regular,
            (True, False): self.fonts.bold,
            (False, True): self.fonts.italic,
            (True, True): self.fonts.bold_italic,
        }[(block.bold, block.italic)]
        return ParagraphStyle(
            "para",
            parent=self.body,
            fontName=font,
            alignment=_ALIGN[block.align],
            firstLineIndent=self.body.firstLineIndent if block.indent else 0,
        )

    def heading(self, level: int) -> ParagraphStyle:
        font = self.fonts.bold_italic if level >= 3 else self.fonts.bold
        return ParagraphStyle(f"heading-{level}", parent=self.body, fontName=font, spaceBefore=8)


def _balanced(line: str, font: str, size: float, width: float) -> list[str]:
    """`line` broken where the pieces come out most even ("ỦY BAN NHÂN DÂN / QUẬN NINH KIỀU"
    rather than a last word alone), as people set agency names by hand."""
    words = line.split()
    if len(words) < 2 or stringWidth(line, font, size) <= width:
        return [" ".join(words)]
    best: tuple[float, int] | None = None
    for cut in range(1, len(words)):
        head = stringWidth(" ".join(words[:cut]), font, size)
        if head > width and best is not None:
            break
        tail = stringWidth(" ".join(words[cut:]), font, size)
        if best is None or max(head, tail) < best[0]:
            best = (max(head, tail), cut)
    assert best is not None
    cut = best[1]
    return [" ".join(words[:cut]), *_balanced(" ".join(words[cut:]), font, size, width)]


def _set_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The lines of `text` as printed: lines given with "\\n", long ones balanced."""
    return [
        piece
        for line in printable(text).split("\n")
        if line.strip()
        for piece in _balanced(line, font, size, width)
    ]


def _lines(text: str, style: ParagraphStyle, width: float) -> list[Paragraph]:
    """One centred Paragraph per printed line of `text`."""
    lines = _set_lines(text, style.fontName, style.fontSize, width)
    return [Paragraph(markup(line), style) for line in lines]


def _rule(width: float, *, before: float = 1, after: float = 2) -> HRFlowable:
    return HRFlowable(
        width=width,
        thickness=0.6,
        color="black",
        spaceBefore=before,
        spaceAfter=after,
        hAlign="CENTER",
    )


def _widest(text: str, font: str, size: float, limit: float) -> float:
    lines = _set_lines(text, font, size, limit) or [""]
    return min(max(float(stringWidth(line, font, size)) for line in lines), limit)


def _form_header(spec: DocumentSpec, styles: _Styles, width: float) -> Table:
    """A statistical form's head: its number and circular on the left, the units right."""
    assert spec.form_header is not None
    fonts = styles.fonts
    left_style = ParagraphStyle("form-left", fontName=fonts.regular, fontSize=11, leading=13.5)
    right_style = ParagraphStyle("form-right", parent=left_style, alignment=TA_LEFT)
    left = [
        Paragraph(
            markup(line), ParagraphStyle("form-number", parent=left_style, fontName=fonts.bold)
        )
        if number == 0
        else Paragraph(markup(line), left_style)
        for number, line in enumerate(spec.form_header.left)
    ]
    right = [Paragraph(markup(line), right_style) for line in spec.form_header.right]
    return Table(
        [[left, right]],
        colWidths=[width * 0.55, width * 0.45],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.regular, 11),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
        hAlign="LEFT",
    )


def _header(spec: DocumentSpec, styles: _Styles, width: float) -> Table:
    """The two-column block at the top of page 1: issuer and number on the left; Quốc hiệu,
    Tiêu ngữ and the place-and-date line on the right."""
    if spec.form_header is not None:
        return _form_header(spec, styles, width)
    fonts = styles.fonts
    left_width = width * HEADER_LEFT
    right_width = width - left_width
    left: list[Flowable] = []
    if spec.issuer_parent:
        left += _lines(spec.issuer_parent, styles.parent, left_width)
    left += _lines(spec.issuer, styles.issuer, left_width)
    # NĐ 30: a rule 1/3 to 1/2 as long as the issuer's name
    left.append(_rule(0.4 * _widest(spec.issuer, fonts.bold, 12, left_width), before=3.5))

    tieu_ngu_width = stringWidth(TIEU_NGU, fonts.bold, 13)
    right: list[Flowable] = [
        Paragraph(QUOC_HIEU, styles.quoc_hieu),
        Paragraph(TIEU_NGU, styles.tieu_ngu),
        _rule(tieu_ngu_width, before=3.5),
    ]
    date_text = (
        spec.date_line if spec.date_line is not None else place_and_date(spec.place, spec.date)
    )
    number = [Paragraph(markup(spec.number_symbol), styles.number)] if spec.number_symbol else []
    table = Table(
        [[left, right], [number, Paragraph(markup(date_text), styles.date)]],
        colWidths=[left_width, right_width],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.regular, 12),  # not Helvetica, never embedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # centres the rules under the text
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
            ]
        ),
        hAlign="LEFT",
    )
    return table


def _title(spec: DocumentSpec, styles: _Styles, width: float) -> list[Flowable]:
    flowables: list[Flowable] = []
    if spec.doc_type:
        flowables.append(Paragraph(markup(spec.doc_type), styles.doc_type))
    if spec.subject:
        flowables += _lines(spec.subject, styles.subject, width)
        subject_width = _widest(spec.subject, styles.fonts.bold, 14, width)
        flowables.append(_rule(max(0.35 * subject_width, 25 * mm), before=3, after=6))
    return flowables


def _signature(signer: Signer, styles: _Styles, width: float) -> list[Flowable]:
    flowables: list[Flowable] = []
    for line in (*signer.authority, signer.title):
        flowables += _lines(line, styles.signer, width)
    flowables.append(Spacer(1, SIGNATURE_SPACE))
    # No name yet (a tờ trình printed to be signed): keep its line, so the block takes the
    # same room as a signed one (a quyết định's) and the signature space is never squeezed.
    flowables += _lines(signer.name, styles.signer, width) or [Paragraph("\u00a0", styles.signer)]
    return flowables


def _recipients(lines: Sequence[str], styles: _Styles) -> list[Flowable]:
    flowables: list[Flowable] = [Paragraph("Nơi nhận:", styles.recipients_title)]
    for line in lines:
        text = printable(line).strip()
        if not text.startswith(("-", "–")):
            text = f"- {text}"
        flowables.append(Paragraph(markup(text), styles.recipient))
    return flowables


def _closing(spec: DocumentSpec, styles: _Styles, width: float) -> Table | None:
    """'Nơi nhận' on the left and the signature on the right, their first lines level."""
    if not spec.recipients and spec.signer is None and spec.co_signer is None:
        return None
    left: list[Flowable] = []
    if spec.co_signer is not None:
        left = _signature(spec.co_signer, styles, width * CLOSING_LEFT)
    elif spec.recipients:
        left = _recipients(spec.recipients, styles)
    right_width = width * (1 - CLOSING_LEFT)
    right = _signature(spec.signer, styles, right_width) if spec.signer is not None else []
    return Table(
        [[left, right]],
        colWidths=[width * CLOSING_LEFT, right_width],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.fonts.regular, 12),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
        hAlign="LEFT",
    )


def _height(flowable: Flowable, width: float) -> float:
    return float(flowable.wrap(width, 1e6)[1])


def _block(
    block: Block, styles: _Styles, width: float, height: float, tables: TablesCache
) -> list[Flowable]:
    if isinstance(block, Para):
        return [Paragraph(markup(block.text), styles.paragraph(block))]
    if isinstance(block, Heading):
        heading = Paragraph(markup(block.text), styles.heading(block.level))
        # Keep a heading with a few lines of what follows. (keepWithNext would wrap the next
        # block in a KeepTogether, which sends a long table whole to the next page.)
        room = _height(heading, width) + heading.style.spaceBefore + 3 * styles.body.leading
        return [CondPageBreak(room), heading]
    if isinstance(block, TableBlock):
        layout = TableLayout(block, styles.fonts, width=width, page_height=height, shared=tables)
        caption = Paragraph(markup(block.caption), styles.caption) if block.caption else None
        room = layout.opening_height()
        if caption is not None:
            room += _height(caption, width) + styles.caption.spaceBefore + styles.caption.spaceAfter
        start: list[Flowable] = [CondPageBreak(room)] + ([caption] if caption else [Spacer(1, 6)])
        return [*start, PagedTable(layout), Spacer(1, 6)]
    if isinstance(block, ChartBlock):
        parts: list[Flowable] = []
        if block.title:
            parts.append(Paragraph(markup(block.title), styles.caption))
        parts.append(chart_drawing(block, styles.fonts, width))
        return [KeepTogether(parts), Spacer(1, 6)]
    if isinstance(block, NewPage):
        return [PageBreak()]
    raise TypeError(f"not a document block: {type(block).__name__}")


def story(spec: DocumentSpec, fonts: FontFamily, width: float, height: float) -> list[Flowable]:
    """Every flowable of the document, in order."""
    styles = _Styles(fonts, spec.font_size)
    flowables: list[Flowable] = [_header(spec, styles, width), *_title(spec, styles, width)]
    tables = TablesCache()  # shared by the document's tables: headers, measured cells
    body = [part for block in spec.body for part in _block(block, styles, width, height, tables)]
    closing = _closing(spec, styles, width)
    if closing is not None:
        # The signature never starts a page alone: it takes the last paragraph along, or the
        # last rows of a table that ends the text.
        tail: list[Flowable] = []
        if body and isinstance(body[-1], Paragraph):
            tail.append(body.pop())
        ending = [flowable for flowable in body[-2:] if isinstance(flowable, PagedTable)]
        if ending:
            ending[-1].keep_with = _height(closing, width) + 12 + 6
        body.append(KeepTogether([*tail, Spacer(1, 12), closing]))
    if spec.annex:
        body.append(PageBreak())
        body += [
            part for block in spec.annex for part in _block(block, styles, width, height, tables)
        ]
    return flowables + body


def build_pdf(spec: DocumentSpec, target: str | IO[bytes]) -> None:
    """Lay out `spec` and write the PDF to `target` (a file name or a binary stream)."""
    fonts = register_fonts()
    page = landscape(A4) if spec.landscape else A4
    top, bottom, left, right = MARGINS
    width, height = page[0] - left - right, page[1] - top - bottom
    frame = Frame(left, bottom, width, height, 0, 0, 0, 0, id="text")

    def number_pages(canvas: Canvas, document: BaseDocTemplate) -> None:
        # NĐ 30: page numbers centred in the top margin, not on the first page
        if document.page > 1:
            canvas.saveState()
            canvas.setFont(fonts.regular, 13)
            canvas.drawCentredString(left + width / 2, page[1] - top / 2 - 4, str(document.page))
            canvas.restoreState()

    issuer = " ".join(printable(spec.issuer).split())
    document = BaseDocTemplate(
        target,
        pagesize=page,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=printable(" ".join(part for part in (spec.doc_type, spec.subject) if part)),
        author=issuer,
        subject=printable(spec.subject),
        creator="thidua_desktop",
        # Otherwise every page names Helvetica, a font that is not embedded.
        initialFontName=fonts.regular,
        pageTemplates=[PageTemplate("page", frames=[frame], onPage=number_pages)],
    )
    with cyclic_gc_paused():
        document.build(story(spec, fonts, width, height))


def render_pdf(spec: DocumentSpec, path: str | PathLike[str]) -> None:
    """Write `spec` as a PDF file, atomically. Raises `UserError` when the file cannot be
    written (folder missing, file open in another program, disk full)."""
    from thidua_desktop.reports.render.files import write_atomically

    write_atomically(path, lambda temporary: build_pdf(spec, str(temporary)))


def pdf_bytes(spec: DocumentSpec) -> bytes:
    """The PDF of `spec` in memory (for a preview)."""
    import io

    buffer = io.BytesIO()
    build_pdf(spec, buffer)
    return buffer.getvalue()
