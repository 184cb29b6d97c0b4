"""Editable Word drafts (.docx) of the documents: the NĐ 30 header, title, body, Nơi nhận and
signature as in the PDF, the danh sách as a Word table whose header repeats on each page; they
open in LibreOffice (converted to PDF headless) and read like the PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document

from tests.reports.conftest import MakeSpec
from thidua_desktop.domain.errors import UserError
from thidua_desktop.reports.build import ReportRequest, build_report, save_report_file
from thidua_desktop.reports.document import (
    ChartBlock,
    Column,
    HeaderGroup,
    Heading,
    Para,
    Series,
    TableBlock,
)
from thidua_desktop.reports.render.docx import build_docx, render_docx
from thidua_desktop.services.awards.proposals import get_proposal, list_proposals
from thidua_desktop.store.engine import Database


def texts(path: Path) -> list[str]:
    """Every paragraph of the document, the tables' included, in order."""
    document = Document(str(path))
    found = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                found += [p.text for p in cell.paragraphs]
    return [t for t in found if t.strip()]


def decided(db: Database) -> tuple[int, int]:
    """The demo's 2023 district proposal with a decision: (proposal id, decision id)."""
    row = next(p for p in list_proposals(db, year=2023) if "khối cơ quan huyện" in p.title)
    return row.id, get_proposal(db, row.id).decisions[0].id


def test_a_tờ_trình_as_a_word_draft(demo_db: Database, tmp_path: Path) -> None:
    pid, _ = decided(demo_db)
    detail = get_proposal(demo_db, pid)
    report = build_report(demo_db, ReportRequest("awards-proposal", 2023, record_id=pid))
    path = save_report_file(report, tmp_path / "tờ trình #1 ?%.docx")
    found = texts(path)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in found
    assert "Độc lập - Tự do - Hạnh phúc" in found
    assert "TỜ TRÌNH" in found
    assert any(t.startswith("Số: ") and "/TTr-" in t for t in found)
    assert any(t.startswith("Phong Điền, ngày ") for t in found)
    assert "Nơi nhận:" in found
    # The issuer is broken where the PDF breaks it (balanced lines, not a word alone).
    assert "ỦY BAN NHÂN DÂN" in found and "HUYỆN PHONG ĐIỀN" in found
    # The danh sách: Word tables with a row per line, their header repeated on each page (the
    # first two tables only place the header and the closing side by side).
    document = Document(str(path))
    lists = document.tables[2:]
    assert lists and sum(len(t.rows) - 1 for t in lists) >= len(detail.lines)
    for annex in lists:
        header_row = annex.rows[0]._tr
        assert header_row.trPr is not None and "tblHeader" in header_row.trPr.xml
    names = {line.recipient.name for line in detail.lines}
    cells = {cell.text for t in lists for row in t.rows for cell in row.cells}
    assert names <= cells
    assert document.sections[0].different_first_page_header_footer  # page numbers from page 2


def test_every_block_has_its_word_form(make_spec: MakeSpec, tmp_path: Path) -> None:
    table = TableBlock(
        columns=[Column("Đơn vị", 3), Column("Kế hoạch", 1, "number"), Column("Đạt", 1, "percent")],
        rows=[["Phường Cái Khế", 43000, Decimal("92.5")], ["Xã Giai Xuân", None, Decimal(75)]],
        totals=["Cộng", 43000, None],
        groups=[[HeaderGroup("Kết quả", 1, 2)]],
        caption="Biểu 1. Kết quả",
    )
    chart = ChartBlock(
        ["Cái Khế", "Giai Xuân"], [Series("Tỷ lệ", [Decimal(90), None])], title="Hình 1"
    )
    spec = make_spec(
        body=[Heading("I. KẾT QUẢ"), Para("Nội dung & <thử> “ngoặc”\nxuống dòng"), table, chart],
        landscape=True,
    )
    path = tmp_path / "bc.docx"
    build_docx(spec, str(path))
    found = texts(path)
    assert "I. KẾT QUẢ" in found and "Nội dung & <thử> “ngoặc”\nxuống dòng" in found
    assert {"43.000", "92,5%", "Cộng", "Kết quả", "Biểu 1. Kết quả", "Hình 1", "90"} <= set(found)
    document = Document(str(path))
    section = document.sections[0]
    assert section.page_width > section.page_height  # landscape
    # The group title spans its two columns.
    grid = document.tables[1]
    assert grid.cell(0, 1).text == grid.cell(0, 2).text == "Kết quả"
    assert grid.cell(0, 0).text == grid.cell(1, 0).text == "Đơn vị"


def test_a_file_that_cannot_be_written_says_why(make_spec: MakeSpec, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="không tồn tại"):
        render_docx(make_spec(), tmp_path / "không có" / "bc.docx")
    locked = tmp_path / "chỉ đọc"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who writes anywhere")
        with pytest.raises(UserError, match="quyền ghi"):
            render_docx(make_spec(), locked / "bc.docx")
    finally:
        locked.chmod(0o700)


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def test_the_word_draft_opens_in_libreoffice_and_reads_like_the_pdf(
    demo_db: Database, tmp_path: Path
) -> None:
    soffice, pdftotext = _soffice(), shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice and pdftotext are installed by .ci/setup: not found")
        pytest.skip("LibreOffice (soffice) or pdftotext is not installed on this machine")

    _, decision = decided(demo_db)
    report = build_report(demo_db, ReportRequest("awards-decision", 2023, record_id=decision))
    draft = save_report_file(report, tmp_path / "Quyết định #1.docx")
    record = save_report_file(report, tmp_path / "record.pdf")
    out = tmp_path / "lo"
    profile = tmp_path / "profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(draft)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip

    def pages(pdf: Path) -> list[str]:
        text = subprocess.run(
            [pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, timeout=60
        ).stdout.decode()
        return [" ".join(page.split()) for page in text.split("\f") if page.strip()]

    made, printed = pages(out / "Quyết định #1.pdf"), pages(record)
    for phrase in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "QUYẾT ĐỊNH",
        "Nơi nhận:",
        "DANH SÁCH",
    ):
        assert phrase in " ".join(made) and phrase in " ".join(printed), phrase
    # Word's lines are not ReportLab's: a page more at most, the decision before its danh
    # sách, and the signature never alone on a page (its last article goes along).
    assert abs(len(made) - len(printed)) <= 1
    assert "DANH SÁCH" not in made[0] and "Điều 1" in made[0]
    closing = next(page for page in made if "Nơi nhận:" in page)
    assert "Điều 3" in closing
