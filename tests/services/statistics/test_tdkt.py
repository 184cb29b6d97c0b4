"""The office's TĐKT bodies and staff: added, corrected, removed, checked, audited; biểu 0604
and 0605 follow them."""

from __future__ import annotations

import pytest

from thidua_desktop.domain.awards.types import Gender
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.audit.trail import query_audit
from thidua_desktop.services.statistics.forms import year_statistics
from thidua_desktop.services.statistics.tdkt import (
    BodyEntry,
    BodyKind,
    StaffEntry,
    Training,
    delete_body,
    delete_staff,
    save_body,
    save_staff,
    tdkt_people,
)
from thidua_desktop.store.engine import Database


def test_a_body_and_its_staff_are_kept_and_counted(demo_db: Database) -> None:
    before = year_statistics(demo_db, 2026).forms
    people = save_body(
        demo_db,
        BodyEntry("  Phòng Nghiệp vụ khen thưởng  ", BodyKind.HOME_AFFAIRS_SECTION, 2026),
    )
    body = next(b for b in people.bodies if b.name == "Phòng Nghiệp vụ khen thưởng")
    people = save_staff(
        demo_db,
        StaffEntry("Ngô Bảo Châu", Gender.FEMALE, 1999, Training.DAI_HOC, 2026, body_id=body.id),
    )
    person = next(p for p in people.staff if p.full_name == "Ngô Bảo Châu")
    assert person.body_name == "Phòng Nghiệp vụ khen thưởng"
    after = year_statistics(demo_db, 2026).forms
    assert after["0604"].value("05", 0) == before["0604"].value("05", 0) + 1
    assert after["0605"].value("01", 1) == before["0605"].value("01", 1) + 1  # nữ
    assert after["0605"].value("02", 0) == before["0605"].value("02", 0) + 1  # ≤ 30 tuổi
    assert after["0605"].value("13", 0) == before["0605"].value("13", 0) + 1  # < 5 năm
    # She leaves at the end of 2026: counted in 2026, not in 2027.
    save_staff(
        demo_db,
        StaffEntry("Ngô Bảo Châu", Gender.FEMALE, 1999, Training.DAI_HOC, 2026, 2026, body.id),
        staff_id=person.id,
    )
    assert year_statistics(demo_db, 2027).forms["0605"].value("01", 1) == before["0605"].value(
        "01", 1
    )
    # Removing the body keeps its staff, in no body.
    people = delete_body(demo_db, body.id)
    assert next(p for p in people.staff if p.id == person.id).body_name == ""
    people = delete_staff(demo_db, person.id)
    assert person.id not in {p.id for p in people.staff}
    entries = query_audit(demo_db, entity="tdkt_staff")
    assert sorted(e.action for e in entries) == ["create", "delete", "update"]
    # The person's name is personal: not kept in the audit trail.
    assert all("Ngô Bảo Châu" not in str(e) for e in entries)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (StaffEntry(" ", Gender.MALE, 1980, Training.DAI_HOC, 2010), "Hãy nhập họ và tên"),
        (StaffEntry("A", Gender.MALE, 1900, Training.DAI_HOC, 2010), "năm sinh phải từ"),
        (StaffEntry("A", Gender.MALE, 1990, Training.DAI_HOC, 2000), "sớm hơn năm đủ 16 tuổi"),
        (StaffEntry("A", Gender.MALE, 1980, Training.DAI_HOC, 2010, 2005), "năm kết thúc"),
        (StaffEntry("A", Gender.MALE, 1980, Training.DAI_HOC, 2010, body_id=999), "Không có tổ"),
        (StaffEntry("x" * 121, Gender.MALE, 1980, Training.DAI_HOC, 2010), "dài quá 120"),
    ],
)
def test_bad_staff_entries_are_refused_and_nothing_changes(
    demo_db: Database, entry: StaffEntry, message: str
) -> None:
    before = tdkt_people(demo_db)
    with pytest.raises(InvalidInput, match=message):
        save_staff(demo_db, entry)
    assert tdkt_people(demo_db) == before


def test_bad_body_entries_are_refused(demo_db: Database) -> None:
    with pytest.raises(InvalidInput, match="Hãy nhập tên tổ chức"):
        save_body(demo_db, BodyEntry("", BodyKind.HOME_AFFAIRS_BOARD, 2020))
    with pytest.raises(InvalidInput, match="năm bắt đầu phải từ 1945"):
        save_body(demo_db, BodyEntry("Ban", BodyKind.HOME_AFFAIRS_BOARD, 1800))
    with pytest.raises(InvalidInput, match="Không có tổ chức #404"):
        delete_body(demo_db, 404)
