"""Khen thưởng documents on both sides of 01/07/2025: a document cites the rules in force on its
date (NĐ 152/2025 from 01/07/2025, NĐ 98/2023 until 30/06/2025, NĐ 91/2017 until 2023), names an
authority that exists on its date, and prints the tiền thưởng where the version has a level."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from thidua_desktop.domain.awards.types import Category, DecidingLevel, Gender, RecipientType
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.reports.build import ReportRequest, build_report, save_report_file
from thidua_desktop.services.awards.edit import add_line, create_proposal
from thidua_desktop.services.awards.proposals import get_proposal, list_proposals
from thidua_desktop.services.awards.recipients import save_recipient
from thidua_desktop.services.awards.rows import (
    DecisionEntry,
    LineEntry,
    ProposalEntry,
    RecipientEntry,
    ReviewEntry,
)
from thidua_desktop.services.awards.workflow import (
    decide_proposal,
    record_review,
    submit_proposal,
)
from thidua_desktop.store.engine import Database

from .test_awards_report import flat, read_pages


def render(db: Database, tmp_path: Path, kind: str, record: int, year: int) -> str:
    report = build_report(db, ReportRequest(kind, year, record_id=record))
    path = save_report_file(report, tmp_path / f"{kind}-{record}.pdf")
    return flat(" ".join(read_pages(path)))


def demo_proposal(db: Database, year: int, words: str) -> int:
    return next(p.id for p in list_proposals(db, year=year) if words in p.title)


def test_a_2025_commune_decision_cites_nd_152_and_pays_the_giay_khen_level(
    demo_db: Database, tmp_path: Path
) -> None:
    pid = demo_proposal(demo_db, 2025, "phường Ninh Kiều")
    (decision,) = get_proposal(demo_db, pid).decisions
    text = render(demo_db, tmp_path, "awards-decision", decision.id, 2025)
    for expected in (
        "ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU",
        "Ninh Kiều, ngày 22 tháng 12 năm 2025",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU",
        "Căn cứ Luật Tổ chức chính quyền địa phương",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
        "Nghị định số 152/2025/NĐ-CP",
        "Giấy khen của Chủ tịch UBND phường Ninh Kiều",
        # the money line: 0,3 × 2.340.000 = 702.000, rounded up to 710.000 đồng
        "mức lương cơ sở 2.340.000 đồng theo Nghị định số 73/2024/NĐ-CP",
        "mỗi cá nhân 0,3 lần mức lương cơ sở, 710.000 đồng × 02 = 1.420.000 đồng",
        "mỗi hộ gia đình 0,45 lần mức lương cơ sở, 1.060.000 đồng × 01",
        "Tổng số tiền thưởng: 8.150.000 đồng (Tám triệu một trăm năm mươi nghìn đồng)",
        "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",
    ):
        assert expected in text, expected
    for absent in ("98/2023", "91/2017", "cấp huyện", "huyện", "quận", "Phòng Nội vụ"):
        assert absent not in text, absent


def test_a_2026_tờ_trình_to_the_city_cites_nd_152_and_names_the_city_chair(
    demo_db: Database, tmp_path: Path
) -> None:
    pid = demo_proposal(demo_db, 2026, "xã Phong Điền")
    text = render(demo_db, tmp_path, "awards-proposal", pid, 2026)
    for expected in (
        "ỦY BAN NHÂN DÂN XÃ PHONG ĐIỀN",
        "Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Cần Thơ",
        "Nghị định số 152/2025/NĐ-CP",
        "Bằng khen của Chủ tịch UBND thành phố",
    ):
        assert expected in text, expected
    assert "98/2023" not in text and "huyện" not in text


def test_a_2026_city_decision_pays_the_bang_khen_levels(demo_db: Database, tmp_path: Path) -> None:
    pid = demo_proposal(demo_db, 2025, "Bằng khen của Chủ tịch UBND thành phố năm 2025")
    (decision,) = get_proposal(demo_db, pid).decisions
    text = render(demo_db, tmp_path, "awards-decision", decision.id, 2025)
    assert "Cần Thơ, ngày 20 tháng 01 năm 2026" in text
    assert "Nghị định số 152/2025/NĐ-CP" in text
    assert "mỗi tập thể 2 lần mức lương cơ sở, 4.680.000 đồng × 02" in text
    assert "Giám đốc Sở Nội vụ" in text


def test_a_2023_decision_still_cites_what_applied_then(demo_db: Database, tmp_path: Path) -> None:
    pid = demo_proposal(demo_db, 2023, "khối cơ quan huyện")
    (decision,) = get_proposal(demo_db, pid).decisions
    text = render(demo_db, tmp_path, "awards-decision", decision.id, 2023)
    assert (
        "Nghị định số 91/2017/NĐ-CP" in text and "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN PHONG ĐIỀN" in text
    )
    assert "152/2025" not in text
    # the 2017 version sets no level for Lao động tiên tiến: no money article
    assert "Tiền thưởng kèm theo" not in text and "chế độ khen thưởng theo quy định" in text


def _district_proposal(db: Database, day: dt.date) -> int:
    """A commune of 2025 asks its district's chair (the level of 2023)."""
    person = save_recipient(
        db,
        RecipientEntry(
            kind=RecipientType.INDIVIDUAL,
            unit_code="31300",
            name="Đỗ Thị Hoa",
            gender=Gender.FEMALE,
            birth_year=1990,
            position="Công chức Văn hóa - Xã hội",
            category=Category.CIVIL_SERVANT,
        ),
    )
    detail = create_proposal(
        db,
        ProposalEntry(
            unit_code="31300",
            year=2025,
            title="Đề nghị tặng Giấy khen",
            proposal_date=day,
            to_level=DecidingLevel.DISTRICT,
        ),
    )
    add_line(
        db, detail.proposal.id, LineEntry(recipient_id=person.id, award_code="giay_khen_huyen")
    )
    return detail.proposal.id


@pytest.mark.parametrize(
    ("day", "allowed"), [(dt.date(2025, 6, 30), True), (dt.date(2025, 7, 1), False)]
)
def test_a_district_is_asked_only_while_districts_exist(
    demo_db: Database, day: dt.date, allowed: bool
) -> None:
    if allowed:
        assert _district_proposal(demo_db, day) > 0
    else:
        with pytest.raises(InvalidInput, match="không còn cấp huyện"):
            _district_proposal(demo_db, day)


def test_a_district_proposal_left_on_30_06_2025_is_not_decided_nor_printed_after(
    demo_db: Database, tmp_path: Path
) -> None:
    pid = _district_proposal(demo_db, dt.date(2025, 6, 30))
    submit_proposal(demo_db, pid, submitted_on=dt.date(2025, 6, 30))
    record_review(demo_db, pid, ReviewEntry(day=dt.date(2025, 6, 30), members=7, present=7))
    with pytest.raises(InvalidInput, match="không còn cấp huyện"):
        decide_proposal(
            demo_db,
            pid,
            DecisionEntry(number="1/QĐ-UBND", day=dt.date(2025, 7, 1), signer_name="Lê Văn A"),
        )
    decided = decide_proposal(
        demo_db,
        pid,
        DecisionEntry(number="2/QĐ-UBND", day=dt.date(2025, 6, 30), signer_name="Lê Văn A"),
    )
    (decision,) = decided.decisions
    text = render(demo_db, tmp_path, "awards-decision", decision.id, 2025)
    assert "Nghị định số 98/2023/NĐ-CP" in text and "HUYỆN PHONG ĐIỀN" in text
    assert "Tiền thưởng kèm theo" not in text  # the 2024 version sets no money levels
    with pytest.raises(UserError, match="không còn cấp huyện"):
        build_report(
            demo_db,
            ReportRequest("awards-proposal", 2025, record_id=pid, day=dt.date(2025, 7, 1)),
        )
