"""What the demonstration's decisions print on their blanks, and the office's calibration of a
blank (stored, audited, checked)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from thidua_desktop.domain.certificates import Calibration, CertField, FieldAdjust
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.services.audit.trail import query_audit
from thidua_desktop.services.certificates.layouts import (
    decision_certificates,
    get_calibration,
    get_calibrations,
    save_calibration,
)
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardDecision
from thidua_desktop.store.models.certificates import CertificateCalibration


def decision_id(db: Database, number: str) -> int:
    with db.reading() as session:
        found = session.scalar(select(AwardDecision.id).where(AwardDecision.number == number))
    assert found is not None
    return found


def test_a_communes_giay_khen_names_each_recipient_as_the_blank_expects(
    demo_db: Database,
) -> None:
    batch = decision_certificates(demo_db, decision_id(demo_db, "298/QĐ-UBND"))
    assert (batch.decision_number, batch.decision_day.isoformat()) == (
        "298/QĐ-UBND",
        "2026-10-26",
    )
    assert [c.layout.code for c in batch.certificates] == ["giay_khen_a4"] * 4
    person, chief, household, militia = (c.texts for c in batch.certificates)
    assert person[CertField.AUTHORITY] == "CHỦ TỊCH ỦY BAN NHÂN DÂN\nXÃ PHONG ĐIỀN"
    assert person[CertField.NAME] == "Bà Ngô Thị Cẩm Tú"
    # The unit inside a phrase is written "xã Phong Điền", not "Xã Phong Điền".
    assert person[CertField.DETAIL] == "Chuyên viên Phòng Kinh tế, xã Phong Điền"
    assert chief[CertField.NAME] == "Ông Dương Văn Lợi"
    assert household[CertField.NAME] == "Hộ bà Trần Thị Lựa" and household[CertField.DETAIL] == ""
    # A collective whose name already says its commune is not followed by it again.
    assert militia[CertField.NAME] == "Đội dân quân thường trực xã Phong Điền"
    assert militia[CertField.DETAIL] == ""
    assert person[CertField.REASON].startswith("Trực tiếp tổ chức di dời 36 hộ dân")
    assert person[CertField.PLACE_DATE] == "Phong Điền, ngày 26 tháng 10 năm 2026"
    assert (person[CertField.SIGNER_TITLE], person[CertField.SIGNER_NAME]) == (
        "CHỦ TỊCH",
        "Lê Văn Hiếu",
    )
    assert person[CertField.DECISION] == "Quyết định số 298/QĐ-UBND ngày 26/10/2026"


def test_the_citys_bang_khen_goes_on_the_a3_blank(demo_db: Database) -> None:
    batch = decision_certificates(demo_db, decision_id(demo_db, "128/QĐ-UBND"))
    assert [layout.code for layout in batch.layouts] == ["bang_khen_a3"]
    names = [c.texts[CertField.NAME] for c in batch.certificates]
    assert names == ["Ủy ban nhân dân xã Nhơn Ái", "Công an phường Ninh Kiều", "Ông Trần Minh Tuấn"]
    assert batch.certificates[0].texts[CertField.AUTHORITY].endswith("THÀNH PHỐ CẦN THƠ")
    assert batch.certificates[2].texts[CertField.DETAIL] == (
        "Phó Chủ tịch UBND phường, phường Ninh Kiều"
    )


def test_a_decision_of_two_kinds_of_award_needs_two_blanks(demo_db: Database) -> None:
    # 375/QĐ-UBND (2024): Tập thể lao động xuất sắc (a giấy chứng nhận) and Bằng khen.
    batch = decision_certificates(demo_db, decision_id(demo_db, "375/QĐ-UBND"))
    assert {layout.code for layout in batch.layouts} == {"chung_nhan_a4", "bang_khen_a3"}
    titled = [c for c in batch.certificates if c.layout.code == "chung_nhan_a4"]
    assert titled and all(c.texts[CertField.TITLE].isupper() for c in titled)


def test_a_deputy_signs_for_the_chair_who_grants(demo_db: Database) -> None:
    # 520/QĐ-UBND (2022) was signed by a Phó Chủ tịch: the Chủ tịch grants, "KT. CHỦ TỊCH".
    batch = decision_certificates(demo_db, decision_id(demo_db, "520/QĐ-UBND"))
    texts = batch.certificates[0].texts
    assert texts[CertField.AUTHORITY] == "CHỦ TỊCH ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ"
    assert texts[CertField.SIGNER_TITLE] == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    # An organisation of a commune: its commune on a line of its own.
    assert texts[CertField.NAME] == "Trường Tiểu học Nhơn Ái 1"
    assert texts[CertField.DETAIL] == "Xã Nhơn Ái"


def test_a_proposals_number_is_not_taken_for_a_decision(demo_db: Database) -> None:
    # Proposal #17 (the đột xuất Giấy khen of 2026) has decision 298/QĐ-UBND, whose id differs.
    with pytest.raises(UserError, match="là số hiệu của một đề nghị"):
        decision_certificates(demo_db, 17)
    with pytest.raises(UserError, match="Không có quyết định khen thưởng #9999"):
        decision_certificates(demo_db, 9999)


def test_a_calibration_is_kept_audited_and_read_back(demo_db: Database) -> None:
    assert get_calibration(demo_db, "giay_khen_a4") == Calibration()
    wanted = Calibration(
        2.5,
        -3.0,
        {
            CertField.NAME: FieldAdjust(1.0, -2.0, 24.0),
            CertField.SIGNER_TITLE: FieldAdjust(hidden=True),
            CertField.REASON: FieldAdjust(),  # no change: not stored
        },
    )
    saved = save_calibration(demo_db, "giay_khen_a4", wanted)
    assert CertField.REASON not in saved.fields
    assert get_calibration(demo_db, "giay_khen_a4") == saved
    assert saved.fields[CertField.NAME] == FieldAdjust(1.0, -2.0, 24.0)
    again = save_calibration(demo_db, "giay_khen_a4", Calibration(dx=1))
    assert again == Calibration(dx=1)
    actions = [e.action for e in query_audit(demo_db, entity="certificate_calibration")]
    assert sorted(actions) == ["create", "update"]
    both = get_calibrations(demo_db, ["bang_khen_a3", "giay_khen_a4"])
    assert both == {"bang_khen_a3": Calibration(), "giay_khen_a4": Calibration(dx=1)}


def test_a_calibration_out_of_bounds_or_of_no_layout_changes_nothing(demo_db: Database) -> None:
    save_calibration(demo_db, "bang_khen_a3", Calibration(dy=4))
    with pytest.raises(InvalidInput, match="quá 60 mm"):
        save_calibration(demo_db, "bang_khen_a3", Calibration(dy=80))
    with pytest.raises(InvalidInput, match="Không có mẫu phôi"):
        save_calibration(demo_db, "phoi_a5", Calibration())
    assert get_calibration(demo_db, "bang_khen_a3") == Calibration(dy=4)


def test_an_unreadable_stored_calibration_keeps_the_page_shift(demo_db: Database) -> None:
    save_calibration(
        demo_db, "chung_nhan_a4", Calibration(1, 2, {CertField.NAME: FieldAdjust(3, 4)})
    )
    with demo_db.transaction() as session:
        session.execute(update(CertificateCalibration).values(fields="{not json"))
    assert get_calibration(demo_db, "chung_nhan_a4") == Calibration(1, 2)
