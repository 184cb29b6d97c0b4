"""Tờ trình and Quyết định khen thưởng on the demo: NĐ 30 header, legal basis by decision date,
articles, Nơi nhận, signature, and the danh sách after it; the list in Excel."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from thidua_desktop.domain.errors import UserError
from thidua_desktop.reports.build import (
    DOCUMENT_KINDS,
    ReportRequest,
    build_report,
    save_report_file,
)
from thidua_desktop.services.awards.proposals import get_proposal, list_proposals
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.store.engine import Database

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def flat(text: str) -> str:
    return " ".join(text.split())


def proposal(db: Database, words: str) -> int:
    return next(p.id for p in list_proposals(db, year=2023) if words in p.title)


def render(
    db: Database, tmp_path: Path, kind: str, record: int, **options: object
) -> tuple[list[str], str]:
    report = build_report(
        db,
        ReportRequest(kind, 2023, record_id=record, **options),  # type: ignore[arg-type]
    )
    path = save_report_file(report, tmp_path / f"{kind}-{record}.pdf")
    return [flat(page) for page in read_pages(path)], report.file_stem


def read_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def test_the_documents_are_registered_beside_the_year_reports() -> None:
    assert set(DOCUMENT_KINDS) == {
        "awards-proposal", "awards-decision", "awards-minutes", "awards-ballot",
        "awards-achievement", "cluster-ranking", "cluster-sheets", "cluster-agreement",
        "cluster-minutes",
    }  # fmt: skip


def test_a_decision_of_the_district_chair_with_its_list(demo_db: Database, tmp_path: Path) -> None:
    pid = proposal(demo_db, "khối cơ quan huyện")
    (decision,) = get_proposal(demo_db, pid).decisions
    pages, stem = render(demo_db, tmp_path, "awards-decision", decision.id)
    first = pages[0]
    for expected in (
        QUOC_HIEU,
        "ỦY BAN NHÂN DÂN HUYỆN PHONG ĐIỀN",
        "Số: 1525/QĐ-UBND",
        "Phong Điền, ngày 20 tháng 12 năm 2023",
        "QUYẾT ĐỊNH",
        "“Lao động tiên tiến”",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN PHONG ĐIỀN",
        "Nghị định số 91/2017/NĐ-CP",
        "Tờ trình số 105/TTr-PNV ngày 04/12/2023",
        "Điều 1.",
        "10 cá nhân",
        "Điều 3.",
        "Nơi nhận:",
        "Như Điều 3;",
        "Nguyễn Hoàng Long",
        "Số liệu minh họa",
    ):
        assert expected in first, expected
    assert "98/2023" not in first and "KT. CHỦ TỊCH" not in first
    annex = " ".join(pages[1:])
    assert "DANH SÁCH" in annex and "Kèm theo Quyết định số 1525/QĐ-UBND" in annex
    assert "I. Tặng danh hiệu “Lao động tiên tiến” năm 2023: 10 cá nhân" in annex
    assert "Trần Thị Mỹ Hạnh" in annex and "Chuyên viên Phòng Nội vụ, huyện Phong Điền" in annex
    assert "Trường Tiểu học Nhơn Ái 1" in annex
    assert all(unicodedata.is_normalized("NFC", page) for page in pages)
    assert stem == "Quyết định 1525-QĐ-UBND khen thưởng 2023 - Huyện Phong Điền"


def test_a_city_decision_of_2024_cites_the_2022_law(demo_db: Database, tmp_path: Path) -> None:
    pid = proposal(demo_db, "Tập thể lao động xuất sắc” và Bằng khen")
    (decision,) = get_proposal(demo_db, pid).decisions
    pages, _ = render(demo_db, tmp_path, "awards-decision", decision.id)
    text = " ".join(pages)
    for expected in (
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
        "Cần Thơ, ngày 20 tháng 02 năm 2024",
        "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
        "Nghị định số 98/2023/NĐ-CP",
        "Xét đề nghị của Chủ tịch Ủy ban nhân dân huyện Phong Điền",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lê Minh Quang",
        "Chánh Văn phòng Ủy ban nhân dân thành phố",
    ):
        assert expected in text, expected
    assert "91/2017" not in text


def test_a_proposal_with_its_ballot_and_list(demo_db: Database, tmp_path: Path) -> None:
    pages, stem = render(demo_db, tmp_path, "awards-proposal", proposal(demo_db, "xã Nhơn Ái"))
    first = pages[0]
    for expected in (
        "ỦY BAN NHÂN DÂN XÃ NHƠN ÁI",
        "Số: 45/TTr-UBND",
        "Nhơn Ái, ngày 08 tháng 12 năm 2023",
        "TỜ TRÌNH",
        "Kính gửi: Chủ tịch Ủy ban nhân dân huyện Phong Điền.",
        "Nghị định số 91/2017/NĐ-CP",
        "1. Tặng danh hiệu “Lao động tiên tiến” năm 2023 cho 07 cá nhân;",
        "2. Tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2023 cho 02 cá nhân.",
        "(Có danh sách kèm theo)",
        "TM. ỦY BAN NHÂN DÂN",
    ):
        assert expected in first, expected
    # A UBND heads in its own right (no cơ quan chủ quản above it), files "Lưu: VT." and does
    # not cite the receiving level's council, which met after the submission (26/12/2023).
    assert first.startswith("ỦY BAN NHÂN DÂN XÃ NHƠN ÁI CỘNG HÒA")
    assert "HUYỆN PHONG ĐIỀN" not in first and "Lưu: VT." in first and "VT, NV" not in first
    assert "Hội đồng" not in first and "26/12/2023" not in first
    annex = " ".join(pages[1:])
    assert "Kèm theo Tờ trình số 45/TTr-UBND ngày 08/12/2023" in annex
    assert "Phiếu" not in annex and "Châu Minh Trí" in annex
    assert "Phó Chủ tịch UBND xã Nhơn Ái" in annex
    assert stem.startswith("Tờ trình 45-TTr-UBND")


def test_the_office_heads_its_own_tờ_trình(demo_db: Database, tmp_path: Path) -> None:
    set_profile(demo_db, office_code="926")
    pid = proposal(demo_db, "Giấy khen")
    pages, _ = render(
        demo_db,
        tmp_path,
        "awards-proposal",
        pid,
        day=dt.date(2023, 12, 16),
        signer_name="Mai Văn Út",
    )
    first = pages[0]
    for expected in (
        "PHÒNG NỘI VỤ",
        "Số: 110/TTr-PNV",
        "Phong Điền, ngày 16 tháng 12 năm 2023",
        "Kế hoạch số 97/KH-UBND",
        "khen thưởng đột xuất: 04",
        "Giấy khen của Chủ tịch UBND huyện Phong Điền",
        "TRƯỞNG PHÒNG",
        "Mai Văn Út",
    ):
        assert expected in first, expected
    annex = " ".join(pages[1:])
    assert "Đột xuất" in annex and "Theo đợt, chuyên đề" in annex


def test_a_tờ_trình_at_the_same_level_comes_from_the_council_to_the_chair(
    demo_db: Database, tmp_path: Path
) -> None:
    pages, _ = render(demo_db, tmp_path, "awards-proposal", proposal(demo_db, "Gia đình văn hóa"))
    first = pages[0]
    for expected in (
        "ỦY BAN NHÂN DÂN XÃ TÂN THỚI HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
        "/TTr-HĐTĐKT",
        "Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Thới.",
        "CHỦ TỊCH HỘI ĐỒNG",
        "Lưu: VT.",
    ):
        assert expected in first, expected
    assert "TM. ỦY BAN NHÂN DÂN" not in first and "TTr-UBND" not in first
    # Only households are proposed: the text says so, not "tập thể, cá nhân".
    assert "cho các hộ gia đình như sau" in first and "tập thể, cá nhân" not in first
    assert "Hộ gia đình đề nghị khen thưởng năm 2023" in pages[1]


def test_a_decision_cites_who_signed_the_tờ_trình_and_its_own_council(
    demo_db: Database, tmp_path: Path
) -> None:
    pid = proposal(demo_db, "khối cơ quan huyện")  # a TTr-PNV, decided at the same level
    (decision,) = get_proposal(demo_db, pid).decisions
    pages, _ = render(demo_db, tmp_path, "awards-decision", decision.id)
    assert (
        "Xét đề nghị của Trưởng phòng Nội vụ huyện Phong Điền tại Tờ trình số 105/TTr-PNV ngày "
        "04/12/2023 và kết quả họp Hội đồng Thi đua - Khen thưởng huyện Phong Điền ngày "
        "12/12/2023." in pages[0]
    )


def test_an_unsigned_signature_keeps_the_room_of_a_signed_one() -> None:
    from thidua_desktop.reports.document import DocumentSpec, Signer
    from thidua_desktop.reports.render.fonts import register_fonts
    from thidua_desktop.reports.render.pdf import _closing, _height, _Styles

    styles = _Styles(register_fonts(), 14)

    def height(name: str) -> float:
        spec = DocumentSpec(
            issuer="X",
            number_symbol="Số:",
            place="P",
            date=dt.date(2023, 12, 1),
            doc_type="TỜ TRÌNH",
            subject="",
            body=[],
            recipients=["Như trên;", "Lưu: VT."],
            signer=Signer("CHỦ TỊCH", name, ["TM. ỦY BAN NHÂN DÂN"]),
        )
        closing = _closing(spec, styles, 450)
        assert closing is not None
        return _height(closing, 450)

    assert height("") == height("Nguyễn Văn A")


def test_the_list_goes_to_excel(demo_db: Database, tmp_path: Path) -> None:
    pid = proposal(demo_db, "khối cơ quan huyện")
    (decision,) = get_proposal(demo_db, pid).decisions
    report = build_report(demo_db, ReportRequest("awards-decision", 2023, record_id=decision.id))
    path = save_report_file(report, tmp_path / "danhsach.xlsx")
    book = openpyxl.load_workbook(path)
    assert len(book.sheetnames) == 3  # one per award
    values = [cell for row in book.worksheets[0].iter_rows(values_only=True) for cell in row]
    assert "Trần Thị Mỹ Hạnh" in values and "Lê Hoàng Phúc" in values


def test_unknown_records_and_years_are_refused(demo_db: Database) -> None:
    with pytest.raises(UserError, match="Không có quyết định"):
        build_report(demo_db, ReportRequest("awards-decision", 2023, record_id=9999))
    with pytest.raises(UserError, match="Không có đề nghị"):
        build_report(demo_db, ReportRequest("awards-proposal", 2023, record_id=9999))
    with pytest.raises(UserError, match="cần số hiệu"):
        build_report(demo_db, ReportRequest("awards-proposal", 2023))
