"""Certificates on pre-printed blanks as PDF: a decision's batch on the A4 and A3 blanks and each
blank's test page, with the office's calibration applied to the millimetre; overlong texts are
made smaller and reported, never cut silently."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import select

from thidua_desktop.domain.certificates import Calibration, CertField, FieldAdjust, Placement
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.reports.certificates import (
    MM,
    certificates_pdf,
    decision_certificates_pdf,
    fit,
    layout_test_page,
)
from thidua_desktop.reports.render.fonts import register_fonts
from thidua_desktop.services.certificates.layouts import (
    Certificate,
    certificate_layouts,
    sample_texts,
    save_calibration,
)
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardDecision

A4_LANDSCAPE = (297 * MM, 210 * MM)
A3_LANDSCAPE = (420 * MM, 297 * MM)


SAMPLE: dict[CertField, str] = {
    CertField.AUTHORITY: "CHỦ TỊCH ỦY BAN NHÂN DÂN\nXÃ PHONG ĐIỀN",
    CertField.TITLE: "LAO ĐỘNG TIÊN TIẾN",
    CertField.NAME: "Bà Nguyễn Thị Hồng Nhung",
    CertField.DETAIL: "Chuyên viên Phòng Văn hóa - Xã hội, xã Phong Điền",
    CertField.REASON: (
        "Đã có thành tích xuất sắc trong ứng phó lũ, bảo vệ tính mạng và tài sản của nhân dân "
        "năm 2026"
    ),
    CertField.PLACE_DATE: "Phong Điền, ngày 26 tháng 10 năm 2026",
    CertField.SIGNER_TITLE: "CHỦ TỊCH",
    CertField.SIGNER_NAME: "Lê Văn Hiếu",
    CertField.DECISION: "Quyết định số 298/QĐ-UBND ngày 26/10/2026",
}


def decision_id(db: Database, number: str) -> int:
    with db.reading() as session:
        found = session.scalar(select(AwardDecision.id).where(AwardDecision.number == number))
    assert found is not None
    return found


def placed_texts(pdf: bytes) -> list[dict[str, tuple[float, float, float]]]:
    """Per page: each line of text → (left x, baseline y, font size) in points."""
    return [_placed_on(page) for page in PdfReader(io.BytesIO(pdf)).pages]


def _placed_on(page: PageObject) -> dict[str, tuple[float, float, float]]:
    found: dict[str, tuple[float, float, float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            found[text.strip()] = (tm[4] + cm[4], tm[5] + cm[5], size)

    page.extract_text(visitor_text=visit)
    return found


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (float(p.mediabox.width), float(p.mediabox.height))
        for p in PdfReader(io.BytesIO(pdf)).pages
    ]


def centre(text: str, where: tuple[float, float, float], font: str) -> tuple[float, float]:
    """The centre of a line's width and its baseline, in mm from the top left corner."""
    left, baseline, size = where
    return (left + stringWidth(text, font, size) / 2) / MM, baseline / MM


def test_a_communes_giay_khen_batch_on_the_a4_blank_with_calibration(
    demo_db: Database,
) -> None:
    decision = decision_id(demo_db, "298/QĐ-UBND")
    plain = decision_certificates_pdf(demo_db, decision, None, layout_code="giay_khen_a4")
    assert plain.pages == 4 and plain.warnings == ()
    assert page_sizes(plain.data) == [pytest.approx(A4_LANDSCAPE)] * 4
    fonts = register_fonts()
    first = placed_texts(plain.data)[0]
    layout = certificate_layouts().layout("giay_khen_a4")
    name = layout.fields[CertField.NAME]
    x, baseline = centre("Bà Ngô Thị Cẩm Tú", first["Bà Ngô Thị Cẩm Tú"], fonts.bold)
    assert x == pytest.approx(name.x, abs=0.05)
    assert baseline == pytest.approx(210 - name.y, abs=0.05)
    assert first["Bà Ngô Thị Cẩm Tú"][2] == name.size
    assert "CHỦ TỊCH" in first and "Lê Văn Hiếu" in first
    assert "Quyết định số 298/QĐ-UBND ngày 26/10/2026" in first

    # This office's printer feeds the blank 2,5 mm right and 3 mm high; its name line sits
    # 1 mm further right and 2 mm higher, in 24 points; the chức vụ is pre-printed.
    save_calibration(
        demo_db,
        "giay_khen_a4",
        Calibration(
            2.5,
            -3,
            {
                CertField.NAME: FieldAdjust(1, -2, 24),
                CertField.SIGNER_TITLE: FieldAdjust(hidden=True),
            },
        ),
    )
    calibrated = decision_certificates_pdf(demo_db, decision, None, layout_code="giay_khen_a4")
    pages = placed_texts(calibrated.data)
    moved = pages[0]
    x, baseline = centre("Bà Ngô Thị Cẩm Tú", moved["Bà Ngô Thị Cẩm Tú"], fonts.bold)
    assert x == pytest.approx(name.x + 3.5, abs=0.05)
    assert baseline == pytest.approx(210 - (name.y - 5), abs=0.05)
    assert moved["Bà Ngô Thị Cẩm Tú"][2] == 24
    place = "Phong Điền, ngày 26 tháng 10 năm 2026"
    assert moved[place][0] - first[place][0] == pytest.approx(2.5 * MM, abs=0.01)
    assert moved[place][1] - first[place][1] == pytest.approx(3 * MM, abs=0.01)
    assert "CHỦ TỊCH" not in moved and "Lê Văn Hiếu" in moved
    assert [("Hộ bà Trần Thị Lựa" in page) for page in pages] == [False, False, True, False]


def test_the_citys_bang_khen_batch_on_the_a3_blank(demo_db: Database, tmp_path: Path) -> None:
    decision = decision_id(demo_db, "128/QĐ-UBND")
    save_calibration(demo_db, "bang_khen_a3", Calibration(dx=-4, dy=1.5))
    target = tmp_path / "Bằng khen #128 ?%.pdf"
    printed = decision_certificates_pdf(demo_db, decision, target, layout_code="bang_khen_a3")
    assert printed.pages == 3 and printed.data == b""
    data = target.read_bytes()
    assert page_sizes(data) == [pytest.approx(A3_LANDSCAPE)] * 3
    layout = certificate_layouts().layout("bang_khen_a3")
    name = layout.fields[CertField.NAME]
    pages = placed_texts(data)
    x, baseline = centre(
        "Ông Trần Minh Tuấn", pages[2]["Ông Trần Minh Tuấn"], register_fonts().bold
    )
    assert x == pytest.approx(name.x - 4, abs=0.05)
    assert baseline == pytest.approx(297 - (name.y + 1.5), abs=0.05)
    assert "THÀNH PHỐ CẦN THƠ" in pages[0] and "CHỦ TỊCH ỦY BAN NHÂN DÂN" in pages[0]
    # Only the lines chosen.
    with demo_db.reading() as session:
        from thidua_desktop.store.models.awards import AwardLine

        lines = session.scalars(
            select(AwardLine.id).where(AwardLine.decision_id == decision).order_by(AwardLine.id)
        ).all()
    one = decision_certificates_pdf(
        demo_db, decision, None, layout_code="bang_khen_a3", lines={lines[-1]}
    )
    assert one.pages == 1 and "Ông Trần Minh Tuấn" in placed_texts(one.data)[0]


def test_the_date_line_pads_only_days_and_the_first_two_months(demo_db: Database) -> None:
    from thidua_desktop.services.certificates.layouts import decision_certificates

    # 1876/QĐ-UBND of 20/08/2026: "tháng 8", as NĐ 30/2020 writes it
    batch = decision_certificates(demo_db, decision_id(demo_db, "1876/QĐ-UBND"))
    assert {c.texts[CertField.PLACE_DATE] for c in batch.certificates} == {
        "Cần Thơ, ngày 20 tháng 8 năm 2026"
    }


def test_a_state_award_is_not_printed_here(demo_db: Database) -> None:
    from thidua_desktop.services.certificates.layouts import decision_certificates

    with pytest.raises(InvalidInput, match="1512/QĐ-TTg là khen thưởng cấp Nhà nước"):
        decision_certificates(demo_db, decision_id(demo_db, "1512/QĐ-TTg"))


def test_a_blank_the_decision_does_not_use_is_refused(demo_db: Database) -> None:
    with pytest.raises(InvalidInput, match="không có bản nào in trên Bằng khen"):
        decision_certificates_pdf(
            demo_db, decision_id(demo_db, "298/QĐ-UBND"), None, layout_code="bang_khen_a3"
        )


@pytest.mark.parametrize(
    ("code", "size"),
    [
        ("giay_khen_a4", A4_LANDSCAPE),
        ("bang_khen_a3", A3_LANDSCAPE),
        ("chung_nhan_a4", A4_LANDSCAPE),
    ],
)
def test_each_blanks_test_page_has_its_grid_and_every_field_at_its_calibrated_place(
    demo_db: Database, code: str, size: tuple[float, float]
) -> None:
    layout = certificate_layouts().layout(code)
    calibration = Calibration(2.5, -3, {CertField.REASON: FieldAdjust(dy=4)})
    save_calibration(demo_db, code, calibration)
    printed = layout_test_page(demo_db, code, None)
    shown = sample_texts(demo_db, layout)  # the office's own: the city as granting
    assert shown[CertField.AUTHORITY] == "CHỦ TỊCH ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ"
    assert page_sizes(printed.data) == [pytest.approx(size)]
    texts = placed_texts(printed.data)[0]
    header = next(t for t in texts if t.startswith("TRANG THỬ"))
    assert layout.name in header and "+2,5 mm ngang, -3 mm dọc" in header
    # Grid numbers every 10 mm along both edges.
    assert {"10", "100", "200"} <= set(texts)
    height = layout.page_mm[1]
    for field, placement in layout.fields.items():
        label = next(t for t in texts if t.startswith(field.label + " (x "))
        dx = 2.5
        dy = -3 + (4 if field is CertField.REASON else 0)
        x_text = f"x {str(round(placement.x + dx, 1)).rstrip('0').rstrip('.').replace('.', ',')}"
        assert x_text in label
        sample = shown[field].split("\n")[0]
        if len(sample) < 40:  # a short sample stays on one line: its baseline is the field's
            assert texts[sample][1] / MM == pytest.approx(height - (placement.y + dy), abs=0.05)
    # A preview of a calibration not saved yet.
    unsaved = layout_test_page(demo_db, code, None, calibration=Calibration())
    assert "+2,5" not in next(t for t in placed_texts(unsaved.data)[0] if t.startswith("TRANG"))


def test_a_long_text_is_made_smaller_to_fit_and_reported_when_it_still_does_not(
    tmp_path: Path,
) -> None:
    layout = certificate_layouts().layout("giay_khen_a4")
    fonts = register_fonts()
    reason = layout.fields[CertField.REASON]
    medium = "Đã có thành tích xuất sắc trong phong trào thi đua " * 9
    size, lines, fits = fit(medium, fonts.regular, reason)
    assert fits and size < reason.size and len(lines) <= reason.max_lines
    long = "Đã có thành tích xuất sắc trong công tác phòng, chống thiên tai " * 12
    size, lines, fits = fit(long, fonts.regular, reason)
    assert not fits and size == pytest.approx(reason.size * 0.7)
    texts = dict(SAMPLE) | {CertField.REASON: long}
    certificate = Certificate(1, layout, texts, "Nguyễn Thị Hồng Nhung")
    printed = certificates_pdf(None, [certificate], {})
    assert printed.warnings == (
        "Trang 1 (Nguyễn Thị Hồng Nhung), Thành tích: dài quá chỗ in (3 dòng, rộng 225 mm).",
    )
    assert fit("Một dòng", fonts.bold, Placement(10, 10, 100, 14)) == (14, ["Một dòng"], True)


def test_a_folder_that_cannot_be_written_gives_a_vietnamese_message(
    demo_db: Database, tmp_path: Path
) -> None:
    decision = decision_id(demo_db, "298/QĐ-UBND")
    out = tmp_path / "ra"
    out.mkdir()
    with pytest.raises(UserError, match="không tồn tại"):
        decision_certificates_pdf(
            demo_db, decision, out / "không có" / "x.pdf", layout_code="giay_khen_a4"
        )
    if sys.platform != "win32" and os.geteuid() != 0:
        locked = out / "khóa"
        locked.mkdir()
        locked.chmod(stat.S_IREAD | stat.S_IEXEC)
        try:
            with pytest.raises(UserError, match="Không có quyền ghi"):
                decision_certificates_pdf(
                    demo_db, decision, locked / "x.pdf", layout_code="giay_khen_a4"
                )
        finally:
            locked.chmod(stat.S_IRWXU)
    # Nothing half written is left behind.
    assert [p for p in out.rglob("*") if p.is_file()] == []
