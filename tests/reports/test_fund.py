"""The sổ quỹ thi đua, khen thưởng of 2026 as PDF and Excel: opening balance carried from
2025, each line with its chứng từ and the balance after it, a payment of a decision's tiền
thưởng, the totals per mục thu and mục chi, and the closing balance."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

from openpyxl import load_workbook

from thidua_desktop.domain.fund import EntryKind
from thidua_desktop.reports.build import ReportRequest, build_report, save_report_file
from thidua_desktop.reports.document import TableBlock
from thidua_desktop.services.fund.ledger import decision_choices, save_entry, set_opening
from thidua_desktop.services.fund.rows import FundEntryInput
from thidua_desktop.store.engine import Database

from .conftest import ReadPdf

THU, CHI = EntryKind.RECEIPT, EntryKind.PAYMENT


def fill(db: Database) -> None:
    set_opening(db, year=2025, amount="2.000.000", note="Số dư khi mở sổ")
    save_entry(db, FundEntryInput(THU, "PT01/2025", dt.date(2025, 3, 2), "3.000.000", "dong_gop"))
    save_entry(
        db,
        FundEntryInput(
            THU, "PT01", dt.date(2026, 1, 15), "30.000.000", "ngan_sach", "Ngân sách thành phố cấp"
        ),
    )
    decision = {c.number: c for c in decision_choices(db, year=2026)}["128/QĐ-UBND"]
    save_entry(
        db,
        FundEntryInput(
            CHI,
            "PC01",
            dt.date(2026, 3, 2),
            "",
            "tien_thuong",
            "Chi tiền thưởng Bằng khen",
            decision_id=decision.id,
        ),
    )
    save_entry(
        db,
        FundEntryInput(
            CHI, "PC02", dt.date(2026, 3, 10), "1.250.000", "hien_vat", "In phôi Giấy khen & khung"
        ),
    )


def test_the_so_quy_as_pdf_and_excel(demo_db: Database, tmp_path: Path, read_pdf: ReadPdf) -> None:
    fill(demo_db)
    report = build_report(
        demo_db, ReportRequest("fund-ledger", 2026, day=dt.date(2026, 12, 31), signer_name="Lê An")
    )
    tables = [b for b in report.spec.body if isinstance(b, TableBlock)]
    assert [t.caption for t in tables] == [
        "Biểu 1. Sổ quỹ thi đua, khen thưởng năm 2026",
        "Biểu 2. Tổng hợp theo mục thu, chi",
    ]
    pdf = save_report_file(report, tmp_path / "sổ quỹ 2026.pdf")
    text = " ".join(" ".join(read_pdf(pdf)).split())
    assert unicodedata.is_normalized("NFC", text)
    for expected in (
        "Sổ quỹ thi đua, khen thưởng năm 2026",
        "số dư đầu năm chuyển từ năm trước 5.000.000 đồng",
        "thu trong năm 30.000.000 đồng, chi trong năm 12.950.000 đồng",
        "số dư cuối năm 22.050.000 đồng",
        "Chi tiền thưởng Bằng khen (Quyết định số 128/QĐ-UBND)",
        "11.700.000",
        "23.300.000",
        "In phôi Giấy khen & khung",
        "Tiền thưởng theo quyết định khen thưởng",
        "Cộng các khoản chi",
        "Lê An",
        "Trên đây là báo cáo sổ quỹ thi đua, khen thưởng năm 2026./.",
    ):
        assert expected in text, expected
    if shutil.which("pdftoppm"):  # the page as people see it (looked at while writing this)
        subprocess.run(
            ["pdftoppm", "-r", "70", "-png", str(pdf), str(tmp_path / "page")], check=True
        )
        assert list(tmp_path.glob("page*.png"))

    xlsx = save_report_file(report, tmp_path / "sổ quỹ 2026.xlsx")
    book = load_workbook(xlsx)
    assert book.sheetnames[:2] == ["Biểu 1", "Biểu 2"]
    cells = [[c.value for c in row] for row in book["Biểu 1"].iter_rows()]
    numbers = [row for row in cells if "PC01" in row]
    assert numbers and 11_700_000 in numbers[0] and 23_300_000 in numbers[0]
    closing = next(row for row in cells if "Số dư cuối năm" in row)
    assert 22_050_000 in closing
    assert all(isinstance(v, int) for v in closing if isinstance(v, int | float))
    summary = [[c.value for c in row] for row in book["Biểu 2"].iter_rows()]
    assert any(row[0] == "- Ngân sách cấp" and row[2] == 30_000_000 for row in summary)
