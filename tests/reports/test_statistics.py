"""The statistics forms as documents: the form's own head, title, unit of count, the
column-number row, Mã số and figures, signatures; PDF and Excel, from the Báo cáo machinery."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from thidua_desktop.reports.build import ReportRequest, build_report, save_report_file
from thidua_desktop.reports.document import TableBlock
from thidua_desktop.reports.render.docx import build_docx
from thidua_desktop.store.engine import Database


@pytest.mark.parametrize("code", ["0601", "0602", "0603", "0604", "0605"])
def test_each_form_prints_with_its_own_head(demo_db: Database, tmp_path: Path, code: str) -> None:
    report = build_report(demo_db, ReportRequest(f"bieu-{code}", 2026))
    assert report.file_stem == f"Biểu {code}.N-BNV-TĐKT năm 2026 - Thành phố Cần Thơ"
    spec = report.spec
    assert spec.form_header is not None
    assert spec.form_header.left[0] == f"Biểu số: {code}.N/BNV-TĐKT"
    assert spec.landscape is (code == "0602")
    pdf = save_report_file(report, tmp_path / f"biểu {code} #?%.pdf")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    flat = " ".join(text.split())
    assert f"Biểu số: {code}.N/BNV-TĐKT" in flat
    assert "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023" in flat
    assert "Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo" in flat
    assert "Đơn vị báo cáo: Thành phố Cần Thơ" in flat and "Đơn vị nhận báo cáo: Bộ Nội vụ" in flat
    assert "NGƯỜI LẬP BIỂU" in flat and "Năm báo cáo: 2026" in flat
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in flat  # a form, not an NĐ 30 document
    # the column-number row heads the table once per page (never again in the middle of one),
    # and the demonstration's forms take two pages at most
    pages = [
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages
    ]
    assert len(pages) <= 2
    assert all(page.count("Mã số") == 1 for page in pages), [p.count("Mã số") for p in pages]
    book = save_report_file(report, tmp_path / f"biểu {code}.xlsx")
    sheet = load_workbook(book).worksheets[0]
    assert sheet.title == f"Biểu {code}.N-BNV-TĐKT"
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]
    assert "Tổng số" in values and "01" in values


def test_the_0603_table_has_the_column_numbers_and_the_figures(demo_db: Database) -> None:
    report = build_report(demo_db, ReportRequest("bieu-0603", 2026))
    [table] = [b for b in report.spec.body if isinstance(b, TableBlock)]
    titles = [c.title for c in table.columns]
    assert titles[:4] == ["", "Mã số", "Đơn vị tính", "Tổng số"]
    assert [getattr(v, "value", v) for v in table.rows[0]] == [
        "A",
        "B",
        "C",
        "1=(2+3+4+5)",
        "2",
        "3",
        "4",
        "5",
    ]
    total = next(r for r in table.rows if r[1] == "01")
    assert [getattr(v, "value", v) for v in total[3:]] == [8, 8, 0, 0, 0]
    business = next(r for r in table.rows if r[1] == "03")
    assert business[0] == "Trong đó: Doanh nghiệp, hợp tác xã" and business[3] == 2
    assert table.groups[0][0].title == "Chia ra" and table.groups[0][0].first == 4


def test_the_0602_headers_group_columns_by_award(demo_db: Database) -> None:
    report = build_report(demo_db, ReportRequest("bieu-0602", 2026))
    [table] = [b for b in report.spec.body if isinstance(b, TableBlock)]
    top, awards = table.groups
    assert [(g.title, g.first, g.last) for g in top] == [("Chia ra", 4, 15)]
    assert ("Bằng khen của Thủ tướng Chính phủ", 11, 12) in [
        (g.title, g.first, g.last) for g in awards
    ]


def test_a_form_also_makes_a_word_draft(demo_db: Database, tmp_path: Path) -> None:
    report = build_report(demo_db, ReportRequest("bieu-0601", 2026))
    target = tmp_path / "0601.docx"
    build_docx(report.spec, str(target))
    from docx import Document

    texts = [p.text for p in Document(str(target)).tables[0].cell(0, 0).paragraphs]
    assert texts[0] == "Biểu số: 0601.N/BNV-TĐKT"
