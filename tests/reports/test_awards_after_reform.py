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
    pid = demo_proposal(demo_db, 2026, "Bằng khen của Chủ tịch UBND thành phố năm 2026")
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


def _district_proposal(db: Database, day: dt.date, unit: str = "31300") -> int:
    """A commune asks its district's chair (xã Nhơn Ái until 30/06/2025; xã Nhơn Ái of the
    two-tier government, 31315, from 01/07/2025, has no district above it)."""
    person = save_recipient(
        db,
        RecipientEntry(
            kind=RecipientType.INDIVIDUAL,
            unit_code=unit,
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
            unit_code=unit,
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
            _district_proposal(demo_db, day, unit="31315")
        # nor can the xã that ended on 30/06/2025 write a tờ trình afterwards
        with pytest.raises(InvalidInput, match="Xã Nhơn Ái kết thúc ngày 30/06/2025"):
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
    # the tờ trình cannot be printed with a later date: the xã ended on 30/06/2025
    with pytest.raises(UserError, match="văn bản ngày 01/07/2025 không thể của đơn vị này"):
        build_report(
            demo_db,
            ReportRequest("awards-proposal", 2025, record_id=pid, day=dt.date(2025, 7, 1)),
        )


def test_a_decision_pays_what_was_decided_when_the_catalogue_changes(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses
    from decimal import Decimal

    from thidua_desktop.services.awards import documents, reference

    pid = demo_proposal(demo_db, 2025, "phường Ninh Kiều")
    (decision,) = get_proposal(demo_db, pid).decisions
    assert decision.reward_money is not None and '"giay_khen_xa"' in decision.reward_money
    catalogue = reference.award_catalogue()
    newer = catalogue.versions[-1]
    doubled = tuple(
        dataclasses.replace(e, money=tuple((k, c * 2) for k, c in e.money)) for e in newer.entries
    )
    changed = dataclasses.replace(
        catalogue, versions=(*catalogue.versions[:-1], dataclasses.replace(newer, entries=doubled))
    )
    assert changed.version_on(dt.date(2026, 1, 1)).entry("giay_khen_xa").coefficient(  # type: ignore[union-attr]
        RecipientType.INDIVIDUAL
    ) == Decimal("0.6")
    monkeypatch.setattr(documents, "award_catalogue", lambda: changed)
    text = render(demo_db, tmp_path, "awards-decision", decision.id, 2025)
    assert "mỗi cá nhân 0,3 lần mức lương cơ sở, 710.000 đồng × 02" in text
    assert "Tổng số tiền thưởng: 8.150.000 đồng" in text


def test_awards_without_a_level_keep_their_sentence_beside_the_money(
    demo_db: Database, tmp_path: Path
) -> None:
    pid = demo_proposal(demo_db, 2025, "xã Phong Điền")  # LĐTT, CSTĐCS, TTLĐTT: all with levels
    (decision,) = get_proposal(demo_db, pid).decisions
    text = render(demo_db, tmp_path, "awards-decision", decision.id, 2025)
    assert "mỗi tập thể 0,8 lần mức lương cơ sở" in text
    household = save_recipient(
        demo_db,
        RecipientEntry(kind=RecipientType.HOUSEHOLD, unit_code="31135", name="Hộ bà Lê Thị Ba"),
    )
    detail = create_proposal(
        demo_db,
        ProposalEntry(
            unit_code="31135",
            year=2026,
            title="Đề nghị công nhận Gia đình văn hóa và tặng Giấy khen",
            proposal_date=dt.date(2026, 11, 2),
        ),
    )
    new = detail.proposal.id
    add_line(demo_db, new, LineEntry(recipient_id=household.id, award_code="gia_dinh_van_hoa"))
    add_line(demo_db, new, LineEntry(recipient_id=household.id, award_code="giay_khen_xa"))
    submit_proposal(demo_db, new, submitted_on=dt.date(2026, 11, 2))
    record_review(demo_db, new, ReviewEntry(day=dt.date(2026, 11, 5), members=5, present=5))
    (made,) = decide_proposal(
        demo_db,
        new,
        DecisionEntry(number="88/QĐ-UBND", day=dt.date(2026, 11, 9), signer_name="Lê Văn B"),
    ).decisions
    text = render(demo_db, tmp_path, "awards-decision", made.id, 2026)
    assert "mỗi hộ gia đình 0,45 lần mức lương cơ sở, 1.060.000 đồng × 01" in text
    assert "“Gia đình văn hóa”: hưởng chế độ khen thưởng theo quy định" in text
    assert "Tổng số tiền thưởng: 1.060.000 đồng (Một triệu không trăm sáu mươi nghìn đồng)" in text
