"""Certificates on pre-printed blanks, as PDF: a decision's batch (one page per recipient, on
the paper of each one's blank) and the test page of a layout (a millimetre grid with every
field's place and sample text) that an office prints on plain paper, lays over a blank and
measures to calibrate. Text is centred on its field, wrapped to its width and made smaller
(down to 70 %) to fit its lines; what still does not fit is reported, never cut silently."""

from __future__ import annotations

import io
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_desktop.domain.certificates import (
    Calibration,
    CertField,
    Layout,
    Placement,
    mm_text,
    placed,
)
from thidua_desktop.reports.render.files import write_atomically

if TYPE_CHECKING:
    from thidua_desktop.reports.render.fonts import FontFamily
    from thidua_desktop.services.certificates.layouts import Certificate
    from thidua_desktop.store.engine import Database

MM = 72 / 25.4  # points per millimetre
LEADING = 1.25
SHRINK_TO = 0.7


@dataclass(frozen=True)
class Printed:
    pages: int
    warnings: tuple[str, ...]  # "Trang 3 (Ngô Thị Cẩm Tú), Thành tích: …"
    data: bytes = b""  # the PDF, when it was asked for in memory (a preview)


Target = Path | None  # a file written atomically, or None for the PDF's bytes


# -- one call per action ------------------------------------------------------------------------
def decision_certificates_pdf(
    db: Database,
    decision_id: int,
    target: Target,
    *,
    layout_code: str,
    lines: Collection[int] | None = None,
    calibration: Calibration | None = None,
) -> Printed:
    """The decision's certificates printed on the blank `layout_code` (those of its lines whose
    award that blank is for; only `lines` when given), with this office's calibration of the
    blank or `calibration` (a preview of one not saved yet)."""
    from thidua_desktop.domain.errors import InvalidInput
    from thidua_desktop.domain.messages import msg
    from thidua_desktop.services.certificates.layouts import (
        certificate_layouts,
        decision_certificates,
        get_calibration,
    )

    layout = certificate_layouts().layout(layout_code)
    batch = decision_certificates(db, decision_id)
    chosen = [
        c
        for c in batch.certificates
        if c.layout.code == layout_code and (lines is None or c.line_id in lines)
    ]
    if not chosen:
        raise InvalidInput(
            msg(
                "Quyết định {number} không có bản nào in trên {layout} (đã chọn).",
                number=batch.decision_number,
                layout=layout.name,
            )
        )
    if calibration is None:
        calibration = get_calibration(db, layout_code)
    return certificates_pdf(target, chosen, {layout_code: calibration})


def layout_test_page(
    db: Database, layout_code: str, target: Target, *, calibration: Calibration | None = None
) -> Printed:
    """The blank's test page with this office's calibration (or `calibration`, not saved)."""
    from thidua_desktop.services.certificates.layouts import (
        certificate_layouts,
        get_calibration,
        sample_texts,
    )

    layout = certificate_layouts().layout(layout_code)
    if calibration is None:
        calibration = get_calibration(db, layout_code)
    return test_page_pdf(target, layout, calibration, sample_texts(db, layout))


def certificates_pdf(
    target: Target,
    certificates: Sequence[Certificate],
    calibrations: Mapping[str, Calibration],
) -> Printed:
    """One page per certificate, each on its blank's paper, the office's calibration applied."""
    warnings: list[str] = []

    def draw(canvas: Any, fonts: FontFamily) -> None:
        for number, certificate in enumerate(certificates, start=1):
            layout = certificate.layout
            _page(canvas, layout)
            where = placed(layout, calibrations.get(layout.code, Calibration()))
            for name, placement in where.items():
                text = certificate.texts.get(name, "")
                if text and not _draw_text(canvas, fonts, layout, placement, text):
                    warnings.append(
                        f"Trang {number} ({certificate.recipient}), {name.label}: dài quá chỗ in "
                        f"({placement.max_lines} dòng, rộng {mm_text(placement.width)} mm)."
                    )
            canvas.showPage()

    data = _write(target, draw, title="Bằng khen, giấy khen")
    return Printed(len(certificates), tuple(warnings), data)


def test_page_pdf(
    target: Target,
    layout: Layout,
    calibration: Calibration,
    sample: Mapping[CertField, str],
) -> Printed:
    """The layout's test page: a grid (a line every 5 mm, numbered every 10 mm), each field's
    box and cross at its calibrated place, with sample text."""

    def draw(canvas: Any, fonts: FontFamily) -> None:
        width, height = _page(canvas, layout)
        canvas.setLineWidth(0.2)
        for step in range(0, int(max(width, height)) + 1, 5):
            major = step % 10 == 0
            canvas.setStrokeColorRGB(*((0.55, 0.55, 0.55) if major else (0.82, 0.82, 0.82)))
            if step <= width:
                canvas.line(step * MM, 0, step * MM, height * MM)
            if step <= height:
                canvas.line(0, (height - step) * MM, width * MM, (height - step) * MM)
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
        canvas.setFont(fonts.regular, 6)
        for step in range(10, int(width), 10):
            canvas.drawCentredString(step * MM, (height - 3) * MM, str(step))
        for step in range(10, int(height), 10):
            canvas.drawString(1 * MM, (height - step - 1) * MM, str(step))
        canvas.setFont(fonts.bold, 9)
        canvas.setFillColorRGB(0.1, 0.1, 0.1)
        canvas.drawString(
            14 * MM,
            (height - 8) * MM,
            f"TRANG THỬ — {layout.name} — khổ {layout.paper} "
            f"{'ngang' if layout.landscape else 'dọc'}; dịch cả trang "
            f"{mm_text(calibration.dx, signed=True)} mm ngang, "
            f"{mm_text(calibration.dy, signed=True)} mm dọc",
        )
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(
            14 * MM,
            (height - 12) * MM,
            "In lên giấy trắng cùng khổ, đặt chồng lên phôi, soi đèn: đo độ lệch giữa chữ mẫu "
            "và chỗ trống trên phôi (mm, theo lưới) rồi nhập vào Căn chỉnh in phôi.",
        )
        for name, placement in placed(layout, calibration).items():
            left = (placement.x - placement.width / 2) * MM
            lines = max(placement.max_lines, 1)
            top = (height - placement.y) * MM + placement.size * 0.9
            box_height = placement.size * LEADING * lines + placement.size * 0.3
            canvas.setStrokeColorRGB(0.8, 0.1, 0.1)
            canvas.setLineWidth(0.4)
            canvas.rect(left, top - box_height, placement.width * MM, box_height)
            cross_x, cross_y = placement.x * MM, (height - placement.y) * MM
            canvas.line(cross_x - 3 * MM, cross_y, cross_x + 3 * MM, cross_y)
            canvas.line(cross_x, cross_y - 3 * MM, cross_x, cross_y + 3 * MM)
            canvas.setFillColorRGB(0.8, 0.1, 0.1)
            canvas.setFont(fonts.regular, 6)
            canvas.drawString(
                left,
                top + 1.2,
                f"{name.label} (x {mm_text(placement.x)}, y {mm_text(placement.y)} mm)",
            )
            canvas.setFillColorRGB(0, 0, 0)
            _draw_text(canvas, fonts, layout, placement, sample.get(name, ""))
        canvas.showPage()

    data = _write(target, draw, title=f"Trang thử in phôi — {layout.name}")
    return Printed(1, (), data)


# -- drawing ------------------------------------------------------------------------------------
def _write(target: Target, draw: Any, *, title: str) -> bytes:
    """The PDF written to `target` (b"" returned), or its bytes when `target` is None."""
    from reportlab.pdfgen.canvas import Canvas

    from thidua_desktop.reports.render.fonts import register_fonts

    fonts = register_fonts()

    def writer(output: Any) -> None:
        canvas = Canvas(output, pageCompression=1)
        canvas.setTitle(title)
        canvas.setCreator("thidua-desktop")
        draw(canvas, fonts)
        canvas.save()

    if target is None:
        buffer = io.BytesIO()
        writer(buffer)
        return buffer.getvalue()
    write_atomically(target, lambda temporary: writer(str(temporary)))
    return b""


def _page(canvas: Any, layout: Layout) -> tuple[float, float]:
    width, height = layout.page_mm
    canvas.setPageSize((width * MM, height * MM))
    return width, height


def _font(fonts: FontFamily, placement: Placement) -> str:
    if placement.bold and placement.italic:
        return fonts.bold_italic
    if placement.bold:
        return fonts.bold
    return fonts.italic if placement.italic else fonts.regular


def fit(text: str, font: str, placement: Placement) -> tuple[float, list[str], bool]:
    """The size and lines `text` is printed in: wrapped to the width, made smaller down to
    SHRINK_TO of the layout's size to fit `max_lines`; False when it still does not fit."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = placement.width * MM
    size = placement.size
    while True:
        lines = _wrap(text, font, size, width, stringWidth)
        if len(lines) <= placement.max_lines and all(
            stringWidth(line, font, size) <= width for line in lines
        ):
            return size, lines, True
        if size <= placement.size * SHRINK_TO:
            return size, lines, False
        size = max(size - 0.5, placement.size * SHRINK_TO)


def _wrap(text: str, font: str, size: float, width: float, measure: Any) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}".strip()
            if current and measure(candidate, font, size) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


def _draw_text(
    canvas: Any, fonts: FontFamily, layout: Layout, placement: Placement, text: str
) -> bool:
    font = _font(fonts, placement)
    size, lines, fits = fit(text, font, placement)
    height = layout.page_mm[1]
    canvas.setFont(font, size)
    baseline = (height - placement.y) * MM
    for number, line in enumerate(lines):
        canvas.drawCentredString(placement.x * MM, baseline - number * size * LEADING, line)
    return fits
