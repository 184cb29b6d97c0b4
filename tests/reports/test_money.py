"""The tiền thưởng of the demonstration's 2026 decisions, checked against a hand calculation:
coefficient × lương cơ sở 2.340.000 đồng (NĐ 73/2024, from 01/7/2024), rounded up to the ten
thousand đồng as the version from 01/7/2025 says; and the bảng tổng hợp for the finance office
as PDF and Excel."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from thidua_desktop.reports.build import ReportRequest, build_report, save_report_file
from thidua_desktop.reports.document import TableBlock
from thidua_desktop.services.awards.money import year_money
from thidua_desktop.store.engine import Database

BASE = 2_340_000


def by_hand(tenths_of_coefficient: int) -> int:
    """A coefficient given in hundredths × BASE, rounded up to 10.000 đồng, in whole numbers."""
    raw = tenths_of_coefficient * BASE // 100  # coefficients given in hundredths
    return -(-raw // 10_000) * 10_000


def test_the_demos_2026_decisions_pay_what_a_hand_calculation_gives(demo_db: Database) -> None:
    money = year_money(demo_db, 2026)
    assert [d.number for d in money.decisions] == ["128/QĐ-UBND", "1876/QĐ-UBND", "298/QĐ-UBND"]
    # The Thủ tướng's Bằng khen pays no money set by this catalogue version.
    assert money.without_money == ("1512/QĐ-TTg",)
    bang_khen, thematic, giay_khen = money.decisions
    # 128/QĐ-UBND: Bằng khen of the city's chair — two collectives (× 2), one person (× 1).
    assert [line.amount for line in bang_khen.lines] == [by_hand(200), by_hand(200), by_hand(100)]
    assert bang_khen.total == 4_680_000 * 2 + 2_340_000 == 11_700_000
    # 298/QĐ-UBND: Giấy khen of the commune's chair (đột xuất) — 2 people (0,3: 702.000 →
    # 710.000), a household (0,45: 1.053.000 → 1.060.000), a collective (0,6: 1.404.000 →
    # 1.410.000).
    assert [line.amount for line in giay_khen.lines] == [
        by_hand(30),
        by_hand(30),
        by_hand(45),
        by_hand(60),
    ]
    assert [line.amount for line in giay_khen.lines] == [710_000, 710_000, 1_060_000, 1_410_000]
    assert giay_khen.total == 3_890_000
    # 1876/QĐ-UBND (chuyên đề nông thôn mới): a doanh nghiệp and a hợp tác xã (× 2), a doanh
    # nhân and a người lao động trực tiếp (× 1), a household (× 1,5 = 3.510.000).
    assert [line.amount for line in thematic.lines] == [
        by_hand(200),
        by_hand(200),
        by_hand(100),
        by_hand(100),
        by_hand(150),
    ]
    assert thematic.total == 4_680_000 * 2 + 2_340_000 * 2 + 3_510_000 == 17_550_000
    assert money.total == 11_700_000 + 17_550_000 + 3_890_000 == 33_140_000
    assert {d.base_salary for d in money.decisions} == {BASE}


def test_a_year_without_money_says_which_decisions_pay_none(demo_db: Database) -> None:
    # 375/QĐ-UBND (2024) was decided under the version of 2024, which sets no levels.
    money = year_money(demo_db, 2024)
    assert money.decisions == () and money.without_money == ("375/QĐ-UBND",)


def test_the_bang_tong_hop_as_pdf_and_excel(demo_db: Database, tmp_path: Path) -> None:
    report = build_report(demo_db, ReportRequest("awards-money", 2026))
    tables = [b for b in report.spec.body if isinstance(b, TableBlock)]
    assert len(tables) == 4 and tables[-1].caption.endswith("Tổng hợp theo quyết định")
    pdf = save_report_file(report, tmp_path / "tiền thưởng #2026.pdf")
    xlsx = save_report_file(report, tmp_path / "tiền thưởng #2026.xlsx")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "33.140.000" in text and "Hộ bà Trần Thị Lựa" in text and "1.060.000" in text
    values = [
        cell
        for sheet in load_workbook(xlsx, read_only=True).worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
    ]
    assert 33_140_000 in values and 3_890_000 in values and "Hộ bà Trần Thị Lựa" in values


def test_a_commune_below_the_office_has_its_own_decisions(demo_db: Database) -> None:
    money = year_money(demo_db, 2026, "31299")  # xã Phong Điền: its own Giấy khen only
    assert [d.number for d in money.decisions] == ["298/QĐ-UBND"] and money.total == 3_890_000
