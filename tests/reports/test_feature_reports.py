"""The four feature reports on the Cần Thơ demo: official header, figures, tables, charts, Excel."""

from __future__ import annotations

import datetime as dt
import time
import unicodedata
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.letterhead import default_letterhead
from thidua_desktop.domain.security import Assessment
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.reports.build import (
    KINDS,
    STATISTICS_KINDS,
    ReportRequest,
    build_report,
    report_pdf,
    save_report_file,
)
from thidua_desktop.reports.builders import security as security_report
from thidua_desktop.reports.builders.common import (
    DEMO_LINE,
    Context,
    Report,
    count_scale,
    document_reference,
    in_sentence,
    roman,
    status_sentence,
)
from thidua_desktop.services.campaigns.rows import CampaignInput
from thidua_desktop.services.security.rows import (
    ComponentRow,
    ComponentState,
    ScopeSummary,
    SecurityOverview,
    SecurityUnitRow,
)
from thidua_desktop.store.engine import Database

from .conftest import ReadPdf

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
DAY = dt.date(2024, 1, 5)
DATE_LINE = "Cần Thơ, ngày 05 tháng 01 năm 2024"


def flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).split())


def render(db: Database, tmp_path: Path, kind: str, **options: object) -> tuple[Report, Path]:
    report = build_report(db, ReportRequest(kind, 2023, day=DAY, **options))  # type: ignore[arg-type]
    path = save_report_file(report, tmp_path / f"{kind}.pdf")
    return report, path


# -- the four reports on the demo ---------------------------------------------------------------

EXPECTED = {
    "campaign": (
        "Kết quả thực hiện các chỉ tiêu thi đua năm 2023",
        "Thực hiện Chỉ thị số 10/CT-UBND ngày 13/12/2022 của UBND thành phố Cần Thơ",
        "I. PHONG TRÀO THI ĐUA YÊU NƯỚC NĂM 2023",
        "II. ĐỢT THI ĐUA",
        "hoàn thành và hoàn thành vượt mức 5/10 chỉ tiêu (vượt mức 4), không đạt 5",
        "Tổng vốn đầu tư toàn xã hội",
        "≥ 43.000",
        "37.700",
        "87,67%",
        "92,40",  # BHYT has 2 decimals: printed as the screen shows it, not "92,4"
        "Không đạt",
        "Quận Ninh Kiều",
        "Tỷ lệ thực hiện so với chỉ tiêu (%)",
        "Mức chỉ tiêu: 100%",
    ),
    "security": (
        "an toàn về an ninh, trật tự” và “3 không” năm 2023",
        "Thông tư số 124/2021/TT-BCA",
        "kỳ đánh giá từ ngày 16/11/2022 đến ngày 15/11/2023",
        "65 đơn vị đạt cả hai (78,31%), so với chỉ tiêu ≥ 75%: vượt",
        "II. CÁC ĐƠN VỊ CHƯA ĐẠT VÀ NGUYÊN NHÂN",
        "Phường Cái Khế",
        "An toàn về ANTT",
        "85,54%",
        "Chỉ tiêu: ≥ 75%",
    ),
    "rural": (
        "Kết quả xây dựng nông thôn mới năm 2023",
        "Quyết định số 318/QĐ-TTg ngày 08/3/2022",
        "36/36 xã đạt chuẩn nông thôn mới",
        "Xã Định Môn",
        "19/19",
        "NTM nâng cao",
        "Không đạt",
    ),
    "summary": (
        "Tổng hợp kết quả công tác thi đua năm 2023",
        "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA",
        "III. XÂY DỰNG NÔNG THÔN MỚI",
        "IV. ĐÁNH GIÁ CHUNG",
        "hoàn thành và hoàn thành vượt mức 5/12 chỉ tiêu thi đua (vượt mức 4), không đạt 7;",
        "78,31%",
        "43.000",
    ),
    "awards-money": (
        "Tổng hợp tiền thưởng theo các quyết định khen thưởng năm 2023",
        "Quyết định số 1560/QĐ-UBND ngày 27/12/2023",
        "lương cơ sở 1.800.000 đồng",
        "tổng số tiền 2.430.000 đồng",
        "270.000",
        "540.000",
        "Không tính tiền thưởng trong báo cáo này",
    ),
    "fund-ledger": (
        "Sổ quỹ thi đua, khen thưởng năm 2023",
        "số dư đầu năm chuyển từ năm trước 0 đồng",
        "Số dư đầu năm",
        "Số dư cuối năm",
        "Tổng hợp theo mục thu, chi",
    ),
}


DOCUMENTS = [kind for kind in KINDS if kind not in STATISTICS_KINDS]  # forms: test_statistics


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_each_report_is_an_official_document_with_its_figures(
    demo_db: Database, tmp_path: Path, read_pdf: ReadPdf, kind: str
) -> None:
    started = time.perf_counter()
    report, path = render(demo_db, tmp_path, kind, signer_name="Nguyễn Văn An")
    print(f"\n{kind} (city): {time.perf_counter() - started:.2f} s")

    pages = read_pdf(path)
    first = " ".join(pages[0].split())
    for expected in (QUOC_HIEU, TIEU_NGU, DATE_LINE, "SỞ NỘI VỤ", "Số:", "/BC-SNV", "BÁO CÁO"):
        assert expected in first, expected
    assert "Số liệu minh họa" in first and report.demo
    text = flat(pages)
    for expected in EXPECTED[kind]:
        assert expected in text, expected
    for expected in ("Nơi nhận:", "GIÁM ĐỐC", "Nguyễn Văn An", "./."):
        assert expected in text, expected
    assert unicodedata.is_normalized("NFC", text)
    assert "Thành phố Cần Thơ" in report.file_stem


def test_every_font_is_embedded_and_none_is_helvetica(demo_db: Database, tmp_path: Path) -> None:
    _, path = render(demo_db, tmp_path, "summary")
    fonts = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
        assert "Helvetica" not in name


def test_a_district_reports_on_its_wards_with_its_own_letterhead(
    demo_db: Database, tmp_path: Path, read_pdf: ReadPdf
) -> None:
    from thidua_desktop.services.core.profile import set_profile

    set_profile(demo_db, office_code="916")
    for kind in DOCUMENTS:
        started = time.perf_counter()
        _, path = render(demo_db, tmp_path, kind)
        print(f"\n{kind} (district): {time.perf_counter() - started:.2f} s")
        text = flat(read_pdf(path))
        assert "PHÒNG NỘI VỤ" in text and "Ninh Kiều, ngày 05 tháng 01 năm 2024" in text
        assert "TRƯỞNG PHÒNG" in text
    security = flat(read_pdf(tmp_path / "security.pdf"))
    assert "Quận Ninh Kiều có 11 xã, phường, thị trấn" in security
    assert "Tình hình từng phường" in security
    rural = flat(read_pdf(tmp_path / "rural.pdf"))
    assert "không có xã thuộc đối tượng xây dựng nông thôn mới" in rural
    campaign = flat(read_pdf(tmp_path / "campaign.pdf"))
    assert (
        "hoàn thành vượt mức 4/4 chỉ tiêu được giao (6 chỉ tiêu không giao cho quận Ninh Kiều)"
        in campaign
    )
    assert "Chưa giao" in campaign

    with pytest.raises(UserError, match="không thuộc phạm vi"):
        build_report(demo_db, ReportRequest("security", 2023, unit_code="925", day=DAY))
    # the district ended on 30/06/2025: no document of its Phòng Nội vụ dated after that
    with pytest.raises(UserError, match="kết thúc ngày 30/06/2025: văn bản ngày 01/07/2025"):
        build_report(demo_db, ReportRequest("security", 2023, day=dt.date(2025, 7, 1)))
    assert build_report(demo_db, ReportRequest("security", 2023, day=dt.date(2025, 6, 30)))


def test_the_city_can_report_on_one_district(
    demo_db: Database, tmp_path: Path, read_pdf: ReadPdf
) -> None:
    report, path = render(demo_db, tmp_path, "rural", unit_code="926")
    text = flat(read_pdf(path))
    assert "Kết quả xây dựng nông thôn mới năm 2023 trên địa bàn huyện Phong Điền" in text
    assert "Huyện Phong Điền có 6 xã" in text and "SỞ NỘI VỤ" in text
    assert report.file_stem.endswith("Huyện Phong Điền")


def test_unknown_kind_and_unit_are_refused(demo_db: Database) -> None:
    with pytest.raises(UserError, match="Không có loại báo cáo"):
        build_report(demo_db, ReportRequest("awards", 2023))
    with pytest.raises(UserError, match="99999"):
        build_report(demo_db, ReportRequest("campaign", 2023, unit_code="99999"))


# -- Excel -------------------------------------------------------------------------------------


def test_excel_cells_are_numbers_with_a_header_block(demo_db: Database, tmp_path: Path) -> None:
    report = build_report(demo_db, ReportRequest("security", 2023, day=DAY))
    path = save_report_file(report, tmp_path / "antt.xlsx")

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Biểu 1", "Biểu 2", "Biểu 3"]
    sheet = book["Biểu 1"]
    header = [sheet.cell(row, 1).value for row in range(1, 10)]
    assert "SỞ NỘI VỤ" in header and "BÁO CÁO" in header and DEMO_LINE in header
    assert DATE_LINE in header
    first_data = int(sheet.freeze_panes[1:])
    assert sheet.cell(first_data - 2, 3).value == "Số đơn vị"  # spans both header rows
    assert sheet.cell(first_data - 1, 4).value == "Số đơn vị"
    totals = [c for c in sheet[sheet.max_row]]
    assert totals[1].value == "Toàn thành phố"
    assert totals[2].value == 83 and totals[2].data_type == "n"
    assert totals[8].value == pytest.approx(0.7831) and totals[8].number_format == "0.00%"


def test_row_numbers_and_targets_are_numbers_in_excel(
    demo_db: Database, tmp_path: Path, read_pdf: ReadPdf
) -> None:
    report = build_report(demo_db, ReportRequest("campaign", 2023, day=DAY))
    book = openpyxl.load_workbook(save_report_file(report, tmp_path / "ct10.xlsx"))
    sheet = book[book.sheetnames[0]]
    rows = [[c for c in row] for row in sheet.iter_rows(min_row=int(sheet.freeze_panes[1:]))]
    by_name = {row[1].value: row for row in rows}
    first = rows[0][0]
    assert first.value == 1 and first.data_type == "n"  # "TT", not text
    bhyt = by_name["Tỷ lệ dân số tham gia bảo hiểm y tế"]
    assert bhyt[3].value == pytest.approx(92.45) and bhyt[3].data_type == "n"
    assert bhyt[3].number_format == '"≥ "#,##0.00'  # shows "≥ 92,45" as the PDF does
    grdp = next(row for name, row in by_name.items() if "GRDP" in str(name))
    assert grdp[3].value == "9,5 - 10"  # a range stays text
    text = flat(read_pdf(save_report_file(report, tmp_path / "ct10.pdf")))
    assert "≥ 92,45" in text


def test_a_report_without_tables_cannot_be_saved_as_excel(
    demo_db: Database, tmp_path: Path
) -> None:
    report = build_report(demo_db, ReportRequest("rural", 2023, unit_code="916"))
    with pytest.raises(UserError, match="không có bảng"):
        save_report_file(report, tmp_path / "ntm.xlsx")
    assert not (tmp_path / "ntm.xlsx").exists()


def test_another_extension_is_refused(demo_db: Database, tmp_path: Path) -> None:
    report = build_report(demo_db, ReportRequest("campaign", 2023))
    with pytest.raises(UserError, match=r"\.pdf, \.xlsx hoặc \.docx"):
        save_report_file(report, tmp_path / "bao-cao.odt")


# -- hostile text -------------------------------------------------------------------------------


def test_hostile_letterhead_and_campaign_text_render(
    demo_db: Database, tmp_path: Path, read_pdf: ReadPdf
) -> None:
    from thidua_desktop.services.campaigns.definitions import save_campaign
    from thidua_desktop.services.core.letterhead import set_letterhead

    nfd_name = unicodedata.normalize("NFD", "Nguyễn Thị Ngọc Hường")
    long_title = "Phong trào thi đua “Dân vận khéo” & <đổi mới> " + "rất dài " * 40
    set_letterhead(
        demo_db,
        issuer_name="BAN THI ĐUA & KHEN THƯỞNG <TĐKT>",
        signer_name=nfd_name,
        recipients="Như trên;\nCác phòng & ban <chuyên môn>;\n=SUM(A1);\nLưu: VT.",
    )
    save_campaign(
        demo_db,
        CampaignInput(
            code="DVK-2023",
            title=unicodedata.normalize("NFD", long_title),
            form="chuyen_de",
            start_date=dt.date(2023, 3, 1),
            end_date=dt.date(2023, 12, 31),
            scope_code="92",
            doc_number="15/KH-UBND",
            doc_date=dt.date(2023, 2, 1),
            doc_issuer="UBND thành phố & <Cần Thơ>",
        ),
    )
    report, path = render(demo_db, tmp_path, "campaign")
    text = flat(read_pdf(path))
    assert "BAN THI ĐUA & KHEN THƯỞNG <TĐKT>" in text
    assert "Nguyễn Thị Ngọc Hường" in text
    assert "Các phòng & ban <chuyên môn>;" in text
    assert "Kế hoạch số 15/KH-UBND ngày 01/02/2023 của UBND thành phố & <Cần Thơ>" in text
    assert "“DÂN VẬN KHÉO” & <ĐỔI MỚI>" in text
    assert unicodedata.is_normalized("NFC", text)

    book = openpyxl.load_workbook(save_report_file(report, tmp_path / "campaign.xlsx"))
    assert len(book.sheetnames) > 3


# -- ten thousand rows through the same builders ------------------------------------------------


def _big_overview(units: int) -> SecurityOverview:
    components = (
        ComponentRow("crime", "Không tội phạm", 1),
        ComponentRow("drugs", "Không ma túy", 2),
        ComponentRow("prostitution", "Không mại dâm", 3),
    )
    rows = []
    for n in range(units):
        states = tuple(
            ComponentState(
                c.code, c.label, Assessment.NOT_MET if (n + i) % 9 == 0 else Assessment.MET
            )
            for i, c in enumerate(components)
        )
        rows.append(
            SecurityUnitRow(
                unit_id=n,
                unit_code=f"{n:05d}",
                # Every hundredth name wraps in its cell (the slow path of the PDF tables).
                unit_name=f"Phường {n}"
                + (" có tên rất dài, phải xuống dòng" if n % 100 == 0 else ""),
                sort_key=f"{n:05d}",
                district_code=f"{n // 100:03d}",
                district_name=f"Quận {n // 100}",
                district_sort_key=f"{n // 100:03d}",
                year=2023,
                recorded=True,
                components=states,
                antt_result=Assessment.MET,
            )
        )

    def summary(code: str, name: str, count: int) -> ScopeSummary:
        return ScopeSummary(
            code, name, code, count, count, 0, 0, 0, None, None, Decimal("66.67"),
            Decimal(75), Status.BELOW,
        )  # fmt: skip

    return SecurityOverview(
        year=2023,
        window_start=dt.date(2022, 11, 16),
        window_end=dt.date(2023, 11, 15),
        scope_code="01",
        scope_name="Thành phố Hà Nội",
        target_percent=Decimal(75),
        target_source=None,
        components=components,
        units=tuple(rows),
        districts=tuple(summary(f"{d:03d}", f"Quận {d}", 100) for d in range(units // 100)),
        total=summary("01", "Thành phố Hà Nội", units),
    )


def test_ten_thousand_units_render_to_pdf_and_excel(tmp_path: Path) -> None:
    context = Context(
        letterhead=default_letterhead(UnitKind.CENTRAL_CITY, "Hà Nội"),
        year=2023,
        day=DAY,
        unit_code="01",
        unit_name="Thành phố Hà Nội",
        unit_level=1,
        own=True,
        demo=False,
        signer_name="",
    )
    started = time.perf_counter()
    spec = security_report.compose(
        context, security_report.SecurityData(_big_overview(10_000), None)
    )
    report = Report("security", spec, False, "lon")
    composed = time.perf_counter()
    pdf = save_report_file(report, tmp_path / "lon.pdf")
    printed = time.perf_counter()
    save_report_file(report, tmp_path / "lon.xlsx")
    done = time.perf_counter()
    print(
        f"\n10 000 units: compose {composed - started:.2f} s, PDF {printed - composed:.2f} s, "
        f"XLSX {done - printed:.2f} s"
    )
    assert len(PdfReader(pdf).pages) > 200
    book = openpyxl.load_workbook(tmp_path / "lon.xlsx", read_only=True)
    assert sum(1 for _ in book["Biểu 3"].iter_rows()) > 10_000


# -- words ---------------------------------------------------------------------------------------


def test_status_sentence_roman_numerals_and_references() -> None:
    counts = {Status.MET: 1, Status.EXCEEDED: 2, Status.BELOW: 4, Status.NO_DATA: 3}
    assert status_sentence(counts) == (
        "hoàn thành và hoàn thành vượt mức 3/10 chỉ tiêu (vượt mức 2), không đạt 4, "
        "chưa có số liệu 3"
    )
    assert status_sentence({Status.EXCEEDED: 4}) == "hoàn thành vượt mức 4/4 chỉ tiêu"
    assert status_sentence({Status.MET: 2, Status.BELOW: 1}) == (
        "hoàn thành 2/3 chỉ tiêu, không đạt 1"
    )
    assert status_sentence({Status.BELOW: 2, Status.NO_DATA: 1}) == (
        "không đạt 2/3 chỉ tiêu, chưa có số liệu 1"
    )
    assert [roman(n) for n in (1, 4, 9, 14, 40)] == ["I", "IV", "IX", "XIV", "XL"]
    assert (
        document_reference("10/CT-UBND", dt.date(2022, 12, 13), "UBND thành phố Cần Thơ")
        == "Chỉ thị số 10/CT-UBND ngày 13/12/2022 của UBND thành phố Cần Thơ"
    )
    assert document_reference("97/KH-UBND", None, "").startswith("Kế hoạch số 97/KH-UBND")
    assert in_sentence("Quận Ninh Kiều") == "quận Ninh Kiều"
    assert in_sentence("Thị trấn Cờ Đỏ") == "thị trấn Cờ Đỏ"
    assert [count_scale(v) for v in ([0], [4], [7], [12, None])] == [5, 5, 10, 15]


def test_preview_bytes_are_a_pdf(demo_db: Database) -> None:
    report = build_report(demo_db, ReportRequest("security", 2023))
    assert report_pdf(report).startswith(b"%PDF")


def test_the_security_report_of_2026_speaks_of_xa_phuong_dac_khu(demo_db: Database) -> None:
    """After 01/07/2025 there is no thị trấn: the report's own words follow the structure of the
    year (the quoted title of Thông tư 124/2021 keeps its wording)."""
    from thidua_desktop.reports.build import ReportRequest, build_report

    spec = build_report(demo_db, ReportRequest(kind="security", year=2026)).spec
    assert "xã, phường, đặc khu" in spec.subject
    old = build_report(demo_db, ReportRequest(kind="security", year=2023)).spec
    assert "xã, phường, thị trấn" in old.subject


def test_the_rural_report_of_a_year_without_criteria_set_is_built(demo_db: Database) -> None:
    """No NTM criteria set applies to 2026 yet (the 2021-2025 sets ended): the report is still
    built, without the criteria columns' group heading."""
    from thidua_desktop.reports.build import ReportRequest, build_report, report_pdf

    report = build_report(demo_db, ReportRequest(kind="rural", year=2026))
    assert report_pdf(report).startswith(b"%PDF")
