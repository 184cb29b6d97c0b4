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
                AreaEntry(first.id, first.name, first.kind, NOT_MET),
                AreaEntry(first.id, second.name, first.kind, MET),
            ],
        )
    view = residential_areas(demo_db, unit_code=COMMUNE, year=2023)
    assert view.areas[0].status is MET and len(view.areas) == 5


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
