"""Khu dân cư of a commune: added, renamed, ended and assessed per year; the commune's recognised
share follows them; refusals leave nothing; two staff on one list get a conflict, not a loss."""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from tests.engines import staff
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.security import AreaKind, Assessment, area_share
from thidua_desktop.services.core.locks import PeriodLockedError, lock_year
from thidua_desktop.services.security.areas import residential_areas, save_areas
from thidua_desktop.services.security.edit import NotCommuneLevelError, set_security
from thidua_desktop.services.security.rows import AreaEntry
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, AuditEntry
from thidua_desktop.store.models.security import ResidentialArea, SecurityStatus

MET, NOT_MET = Assessment.MET, Assessment.NOT_MET
COMMUNE = "31117"  # phường Cái Khế, quận Ninh Kiều


def five(db: Database, year: int = 2023) -> None:
    entries = [
        AreaEntry(None, f"Khu vực {n}", AreaKind.KHU_VUC, MET if n <= 4 else NOT_MET)
        for n in range(1, 6)
    ]
    save_areas(db, unit_code=COMMUNE, year=year, entries=entries)


def recorded_share(db: Database, year: int = 2023) -> D | None:
    return residential_areas(db, unit_code=COMMUNE, year=year).recorded_share


def test_domain_kinds_and_the_share() -> None:
    assert AreaKind.of_name("Ấp Thới Hòa") is AreaKind.AP
    assert AreaKind.of_name("tổ dân phố 5") is AreaKind.TO_DAN_PHO
    assert AreaKind.of_name("Khu vực 3") is AreaKind.KHU_VUC
    assert AreaKind.of_name("Thới Hòa") is AreaKind.OTHER
    assert AreaKind.parse("To dan pho") is AreaKind.TO_DAN_PHO
    assert AreaKind.parse("ấp") is AreaKind.AP
    with pytest.raises(InvalidInput, match="Loại khu dân cư không hợp lệ"):
        AreaKind.parse("làng")
    assert area_share([MET, MET, NOT_MET]) == D("66.67")
    assert area_share([MET, Assessment.PENDING]) == D("50.00")
    assert area_share([]) is None


def test_areas_are_listed_by_name_and_the_commune_share_follows(demo_db: Database) -> None:
    five(demo_db)
    view = residential_areas(demo_db, unit_code=COMMUNE, year=2023)
    assert [a.name for a in view.areas] == [f"Khu vực {n}" for n in range(1, 6)]
    assert view.share == D("80.00") and view.recorded_share == D("80.00")
    assert [a.status for a in view.areas].count(MET) == 4
    # Natural order: "Khu vực 10" after "Khu vực 9".
    save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[AreaEntry(None, "Khu vực 10", AreaKind.KHU_VUC, MET)],
    )
    view = residential_areas(demo_db, unit_code=COMMUNE, year=2023)
    assert view.areas[-1].name == "Khu vực 10" and view.share == D("83.33")
    assert view.recorded_share == D("83.33")


def test_a_change_is_audited_and_described(demo_db: Database) -> None:
    five(demo_db)
    area = residential_areas(demo_db, unit_code=COMMUNE, year=2023).areas[4]
    view = save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[AreaEntry(area.id, area.name, area.kind, MET, "QĐ 15/QĐ-UBND")],
    )
    assert view.changes == (
        "Khu vực 5: chưa đạt → đạt",
        "Tỷ lệ khu dân cư đạt an toàn về ANTT: 80,00% → 100,00%",
    )
    with demo_db.reading() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "residential_area")
            .order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None
        assert json.loads(entry.old_value or "{}")["antt_result"] == "not_met"
        assert json.loads(entry.new_value or "{}") == {
            "year": 2023, "antt_result": "met", "note": "QĐ 15/QĐ-UBND"
        }  # fmt: skip
    before = view
    again = save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[AreaEntry(area.id, area.name, area.kind, MET, "QĐ 15/QĐ-UBND")],
    )
    assert again.changes == () and again.areas == before.areas


def test_a_name_in_nfd_or_another_case_is_the_same_area(demo_db: Database) -> None:
    save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[AreaEntry(None, "Ấp Thới Hòa", AreaKind.AP, MET)],
    )
    view = save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[
            AreaEntry(None, unicodedata.normalize("NFD", "ấp thới hòa"), AreaKind.AP, NOT_MET)
        ],
    )
    assert [a.name for a in view.areas] == ["Ấp Thới Hòa"]
    assert view.areas[0].status is NOT_MET


def test_renaming_onto_another_area_is_refused_and_nothing_changes(demo_db: Database) -> None:
    five(demo_db)
    first, second = residential_areas(demo_db, unit_code=COMMUNE, year=2023).areas[:2]
    with pytest.raises(InvalidInput, match="đã có khu dân cư “Khu vực 2”"):
        save_areas(
            demo_db,
            unit_code=COMMUNE,
            year=2023,
            entries=[
                AreaEntry(second.id, second.name, second.kind, NOT_MET),
                AreaEntry(first.id, second.name, first.kind, MET),
            ],
        )
    view = residential_areas(demo_db, unit_code=COMMUNE, year=2023)
    assert view.areas[1].status is second.status and len(view.areas) == 5


def test_an_area_ended_stays_in_earlier_years(demo_db: Database) -> None:
    five(demo_db, 2022)
    area = residential_areas(demo_db, unit_code=COMMUNE, year=2022).areas[4]
    view = save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[AreaEntry(area.id, area.name, area.kind, ended=True)],
    )
    assert [a.name for a in view.areas] == [f"Khu vực {n}" for n in range(1, 5)]
    assert "“Khu vực 5” không còn từ năm 2023" in view.changes
    assert len(residential_areas(demo_db, unit_code=COMMUNE, year=2022).areas) == 5
    # Added this year and ended: removed outright.
    save_areas(
        demo_db, unit_code=COMMUNE, year=2023, entries=[AreaEntry(None, "Ấp mới", AreaKind.AP)]
    )
    new = residential_areas(demo_db, unit_code=COMMUNE, year=2023).areas[0]
    assert new.name == "Ấp mới"
    save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[AreaEntry(new.id, new.name, new.kind, ended=True)],
    )
    with demo_db.reading() as session:
        assert (
            session.scalar(select(ResidentialArea).where(ResidentialArea.name == "Ấp mới")) is None
        )


def test_refusals(demo_db: Database) -> None:
    with pytest.raises(InvalidInput, match="Chưa ghi tên khu dân cư"):
        save_areas(
            demo_db, unit_code=COMMUNE, year=2023, entries=[AreaEntry(None, "  ", AreaKind.AP)]
        )
    with pytest.raises(InvalidInput, match="dài quá 200"):
        save_areas(
            demo_db, unit_code=COMMUNE, year=2023, entries=[AreaEntry(None, "x" * 201, AreaKind.AP)]
        )
    with pytest.raises(NotCommuneLevelError):
        save_areas(demo_db, unit_code="916", year=2023, entries=[AreaEntry(None, "A", AreaKind.AP)])
    lock_year(demo_db, 2023, note="Đã tổng kết")
    with pytest.raises(PeriodLockedError):
        five(demo_db)
    assert residential_areas(demo_db, unit_code=COMMUNE, year=2023).areas == ()


def test_a_record_sent_from_below_makes_the_list_read_only(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        unit = session.scalars(select(AdminUnit).where(AdminUnit.code == COMMUNE)).one()
        status = session.scalars(
            select(SecurityStatus).where(
                SecurityStatus.year == 2023, SecurityStatus.unit_id == unit.id
            )
        ).one()
        status.owner_code = COMMUNE
    code = COMMUNE
    assert residential_areas(demo_db, unit_code=code, year=2023).read_only
    with pytest.raises(UserError, match="chỉ xem"):
        save_areas(demo_db, unit_code=code, year=2023, entries=[AreaEntry(None, "A", AreaKind.AP)])


def test_two_staff_on_one_list_get_a_conflict_naming_who(demo_db: Database) -> None:
    five(demo_db)
    lan = staff(demo_db, "Nguyễn Thị Lan")
    seen = residential_areas(lan, unit_code=COMMUNE, year=2023)
    area = seen.areas[4]
    minh = staff(demo_db, "Trần Văn Minh")
    save_areas(
        minh, unit_code=COMMUNE, year=2023, entries=[AreaEntry(area.id, area.name, area.kind, MET)]
    )
    lan = staff(demo_db, "Nguyễn Thị Lan")
    with pytest.raises(UserError, match="Trần Văn Minh đã sửa danh sách khu dân cư năm 2023"):
        save_areas(
            lan,
            unit_code=COMMUNE,
            year=2023,
            entries=[AreaEntry(area.id, area.name, area.kind, NOT_MET)],
            seen=seen,
        )
    assert residential_areas(demo_db, unit_code=COMMUNE, year=2023).areas[4].status is MET


def test_the_share_written_by_hand_is_replaced_only_when_areas_change(demo_db: Database) -> None:
    set_security(demo_db, unit_code=COMMUNE, year=2023, recognised_share="72,5")
    assert recorded_share(demo_db) == D("72.5")
    five(demo_db)
    assert recorded_share(demo_db) == D("80.00")


def spans(db: Database) -> dict[str, tuple[int | None, int | None]]:
    with db.reading() as session:
        return {
            a.name: (a.first_year, a.last_year)
            for a in session.scalars(
                select(ResidentialArea)
                .join(AdminUnit, AdminUnit.id == ResidentialArea.unit_id)
                .where(AdminUnit.code == COMMUNE)
            )
        }


def names(db: Database, year: int) -> list[str]:
    return [a.name for a in residential_areas(db, unit_code=COMMUNE, year=year).areas]


def test_an_area_ended_by_mistake_comes_back_the_next_year_only(demo_db: Database) -> None:
    five(demo_db, 2022)
    save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[
            AreaEntry(None, "Khu vực 5", AreaKind.KHU_VUC, ended=True),
            AreaEntry(None, "Khu vực 1", AreaKind.KHU_VUC, NOT_MET),
        ],
    )
    assert spans(demo_db)["Khu vực 5"] == (2022, 2022)
    # Named again in 2024: the 2023 list was recorded without it, so it cannot reappear there.
    with pytest.raises(InvalidInput, match=r"không còn từ năm 2023 \(danh sách năm 2023 đã ghi"):
        save_areas(
            demo_db,
            unit_code=COMMUNE,
            year=2024,
            entries=[AreaEntry(None, "khu vực 5", AreaKind.KHU_VUC, MET)],
        )
    # Named again in 2023, the year it was ended from: the ending is undone, audited.
    view = save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[AreaEntry(None, "khu vực 5", AreaKind.KHU_VUC, NOT_MET)],
    )
    assert view.changes[0] == "Khôi phục “Khu vực 5” (đã ghi không còn từ năm 2023)"
    assert names(demo_db, 2023)[-1] == "Khu vực 5" and view.areas[-1].status is NOT_MET
    assert spans(demo_db)["Khu vực 5"] == (2022, None)
    # Ending it again from a later year never moves an earlier end.
    save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2024,
        entries=[AreaEntry(None, "Khu vực 5", AreaKind.KHU_VUC, ended=True)],
    )
    view = save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2024,
        entries=[AreaEntry(None, "Khu vực 5", AreaKind.KHU_VUC, ended=True)],
    )
    assert view.changes == () and spans(demo_db)["Khu vực 5"] == (2022, 2023)


def test_an_earlier_year_never_deletes_or_hides_a_later_years_area(demo_db: Database) -> None:
    five(demo_db, 2023)
    # "Không còn" in 2022 for an area that begins in 2023: nothing to end, nothing deleted.
    view = save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2022,
        entries=[AreaEntry(None, "Khu vực 1", AreaKind.KHU_VUC, ended=True)],
    )
    assert view.changes == () and len(names(demo_db, 2023)) == 5
    # Named in 2022: it existed a year earlier than recorded.
    view = save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2022,
        entries=[AreaEntry(None, "Khu vực 1", AreaKind.KHU_VUC, MET)],
    )
    assert view.changes[0] == "“Khu vực 1” có từ năm 2022 (trước ghi từ năm 2023)"
    assert names(demo_db, 2022) == ["Khu vực 1"] and spans(demo_db)["Khu vực 1"] == (2022, None)
    # Ended from 2022 while 2023 has its result: refused, the 2023 result would vanish.
    with pytest.raises(InvalidInput, match="đã có kết quả năm 2023"):
        save_areas(
            demo_db,
            unit_code=COMMUNE,
            year=2022,
            entries=[AreaEntry(None, "Khu vực 1", AreaKind.KHU_VUC, ended=True)],
        )
    assert residential_areas(demo_db, unit_code=COMMUNE, year=2023).areas[0].status is MET


def test_a_locked_year_keeps_its_list(demo_db: Database) -> None:
    five(demo_db, 2022)
    lock_year(demo_db, 2023, note="Đã tổng kết")
    area = residential_areas(demo_db, unit_code=COMMUNE, year=2022).areas[1]
    for entry in (
        AreaEntry(area.id, "Khu vực 2A", area.kind, MET),  # the name shows in 2023
        AreaEntry(area.id, area.name, AreaKind.AP, MET),  # so does the kind
        AreaEntry(area.id, area.name, area.kind, ended=True),  # 2023 would lose it
        AreaEntry(None, "Ấp mới", AreaKind.AP, MET),  # 2023 would gain it
    ):
        with pytest.raises(PeriodLockedError, match="Năm 2023 đã khóa sổ"):
            save_areas(demo_db, unit_code=COMMUNE, year=2022, entries=[entry])
    assert names(demo_db, 2023) == [f"Khu vực {n}" for n in range(1, 6)]
    assert spans(demo_db)["Khu vực 2"] == (2022, None)
    # Its result in the open year still changes.
    view = save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2022,
        entries=[AreaEntry(area.id, area.name, area.kind, NOT_MET)],
    )
    assert view.areas[1].status is NOT_MET


def test_one_area_twice_in_one_save_is_refused(demo_db: Database) -> None:
    with pytest.raises(InvalidInput, match="“Ấp Y” có hai lần"):
        save_areas(
            demo_db,
            unit_code=COMMUNE,
            year=2023,
            entries=[
                AreaEntry(None, "Ấp Y", AreaKind.AP, MET),
                AreaEntry(None, "ấp y", AreaKind.AP, NOT_MET),
            ],
        )
    assert names(demo_db, 2023) == []


def test_renaming_onto_an_old_name_says_whose_it_was(demo_db: Database) -> None:
    five(demo_db, 2022)
    save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[AreaEntry(None, "Khu vực 5", AreaKind.KHU_VUC, ended=True)],
    )
    area = residential_areas(demo_db, unit_code=COMMUNE, year=2023).areas[0]
    with pytest.raises(InvalidInput, match=r"“Khu vực 5” .* đã ghi không còn từ năm 2023"):
        save_areas(
            demo_db,
            unit_code=COMMUNE,
            year=2023,
            entries=[AreaEntry(area.id, "KHU VỰC 5", area.kind, MET)],
        )


def test_the_share_follows_an_emptied_list_and_brings_the_records_warning(
    demo_db: Database,
) -> None:
    set_security(demo_db, unit_code=COMMUNE, year=2023, antt="đạt")
    view = save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[
            AreaEntry(None, "Ấp A", AreaKind.AP, MET),
            AreaEntry(None, "Ấp B", AreaKind.AP, NOT_MET),
        ],
    )
    assert view.recorded_share == D("50.00")
    # A result "đạt" with half the areas: the record's warning comes with the list's save.
    assert any("chỉ 50% khu dân cư" in change for change in view.changes)
    for area in view.areas:
        view = save_areas(
            demo_db,
            unit_code=COMMUNE,
            year=2023,
            entries=[AreaEntry(area.id, area.name, area.kind, ended=True)],
        )
    assert view.areas == () and view.share is None and view.recorded_share is None
    assert "Tỷ lệ khu dân cư đạt an toàn về ANTT: 0,00% → —" in view.changes


def test_the_list_is_only_a_communes(demo_db: Database) -> None:
    with pytest.raises(NotCommuneLevelError):
        residential_areas(demo_db, unit_code="916", year=2023)


def test_a_later_result_set_back_to_pending_lets_the_area_end(demo_db: Database) -> None:
    five(demo_db, 2022)
    save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[AreaEntry(None, "Khu vực 1", AreaKind.KHU_VUC, MET)],
    )
    with pytest.raises(InvalidInput, match="đặt về chưa đánh giá"):
        save_areas(
            demo_db,
            unit_code=COMMUNE,
            year=2022,
            entries=[AreaEntry(None, "Khu vực 1", AreaKind.KHU_VUC, ended=True)],
        )
    save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[AreaEntry(None, "Khu vực 1", AreaKind.KHU_VUC, Assessment.PENDING)],
    )
    view = save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2022,
        entries=[AreaEntry(None, "Khu vực 1", AreaKind.KHU_VUC, ended=True)],
    )
    assert "Bỏ “Khu vực 1” khỏi danh sách" in view.changes
    assert "Khu vực 1" not in names(demo_db, 2023)


def test_an_area_added_or_restored_in_an_earlier_year_stops_before_a_recorded_list(
    demo_db: Database,
) -> None:
    five(demo_db, 2022)
    save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[AreaEntry(None, "Khu vực 5", AreaKind.KHU_VUC, ended=True)],
    )
    save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2024,
        entries=[AreaEntry(None, f"Khu vực {n}", AreaKind.KHU_VUC, MET) for n in range(1, 5)],
    )
    assert recorded_share(demo_db, 2024) == D("100.00")
    # Restored in 2023: the 2024 list, recorded without it, keeps its list and its share.
    view = save_areas(
        demo_db,
        unit_code=COMMUNE,
        year=2023,
        entries=[AreaEntry(None, "Khu vực 5", AreaKind.KHU_VUC, NOT_MET)],
    )
    assert "danh sách năm 2024 đã ghi không có nó" in view.changes[0]
    assert spans(demo_db)["Khu vực 5"] == (2022, 2023)
    # A new area of 2023 alike.
    view = save_areas(
        demo_db, unit_code=COMMUNE, year=2023, entries=[AreaEntry(None, "Ấp mới", AreaKind.AP)]
    )
    assert spans(demo_db)["Ấp mới"] == (2023, 2023)
    assert any("được ghi đến hết năm 2023" in change for change in view.changes)
    later = residential_areas(demo_db, unit_code=COMMUNE, year=2024)
    assert [a.name for a in later.areas] == [f"Khu vực {n}" for n in range(1, 5)]
    assert later.share == later.recorded_share == D("100.00")


def test_an_area_ended_and_added_again_in_one_save_is_refused(demo_db: Database) -> None:
    save_areas(
        demo_db, unit_code=COMMUNE, year=2023, entries=[AreaEntry(None, "Ấp Y", AreaKind.AP, MET)]
    )
    area = residential_areas(demo_db, unit_code=COMMUNE, year=2023).areas[0]
    with pytest.raises(InvalidInput, match="“Ấp Y” có hai lần"):
        save_areas(
            demo_db,
            unit_code=COMMUNE,
            year=2023,
            entries=[
                AreaEntry(area.id, area.name, area.kind, ended=True),
                AreaEntry(None, "Ấp Y", AreaKind.THON, NOT_MET),
            ],
        )
    assert residential_areas(demo_db, unit_code=COMMUNE, year=2023).areas[0].id == area.id
