"""Recording nông thôn mới: refusals (phường, order of levels, scope, locks), criteria with
their warnings, the checklist, recognitions, revocations, deletions and plans, all audited."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from decimal import Decimal as D

import pytest

from tests.engines import staff
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.rural import Level
from thidua_desktop.services.core.locks import PeriodLockedError, lock_year
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.services.core.scope import OutOfScopeError
from thidua_desktop.services.rural.decisions import delete_recognition, recognize, revoke
from thidua_desktop.services.rural.edit import (
    save_checklist,
    set_criterion,
    set_plan,
)
from thidua_desktop.services.rural.errors import NotRuralSubjectError
from thidua_desktop.services.rural.rows import CriterionEntry
from thidua_desktop.services.rural.status import commune_checklist, rural_overview
from thidua_desktop.store.engine import Database

from .test_status import (
    CITY,
    CO_DO,
    DINH_MON,
    DONG_THANG,
    TAN_THANH,
    THANH_QUOI,
    THOI_LAI,
    audit_entries,
    commune,
    count,
)

# -- refusals -----------------------------------------------------------------------------------


def test_a_phuong_a_thi_tran_and_a_district_are_refused(demo_db: Database) -> None:
    with pytest.raises(NotRuralSubjectError, match=r"Phường Cái Khế .* là phường: chỉ xã"):
        set_criterion(
            demo_db, unit_code="31117", year=2023, set_code="ntm", criterion="1", met=True
        )
    with pytest.raises(NotRuralSubjectError, match=r"Thị trấn Thới Lai .* là thị trấn"):
        recognize(
            demo_db,
            unit_code="31258",
            level="ntm",
            decision_number="1/QĐ-UBND",
            decision_date=dt.date(2023, 3, 1),
        )
    with pytest.raises(NotRuralSubjectError, match="cấp huyện"):
        set_plan(demo_db, unit_code=CO_DO, year=2023, level="nang_cao")


def test_nang_cao_without_ntm_is_refused_and_nothing_is_written(db: Database) -> None:
    set_profile(db, office_code=THOI_LAI)
    with pytest.raises(InvalidInput, match="chưa đạt chuẩn NTM"):
        recognize(
            db,
            unit_code=TAN_THANH,
            level="nang_cao",
            decision_number="331/QĐ-UBND",
            decision_date=dt.date(2023, 2, 14),
            year=2022,
        )
    assert audit_entries(db, "rural_recognition") == []
    report = recognize(
        db,
        unit_code=TAN_THANH,
        level="ntm",
        decision_number="2655/QĐ-UBND",
        decision_date=dt.date(2016, 12, 10),
    )
    assert report.row.level is Level.NTM
    report = recognize(
        db,
        unit_code=TAN_THANH,
        level="nang_cao",
        decision_number="331/QĐ-UBND",
        decision_date=dt.date(2023, 2, 14),
        year=2022,
    )
    assert commune(db, TAN_THANH, 2022).new_levels == (Level.NANG_CAO,)


def test_a_unit_outside_the_office_or_a_locked_year_is_refused(demo_db: Database) -> None:
    set_profile(demo_db, office_code=CO_DO)
    with pytest.raises(OutOfScopeError):
        set_plan(demo_db, unit_code=DINH_MON, year=2024, level="kieu_mau")
    set_profile(demo_db, office_code=CITY)
    lock_year(demo_db, 2023)
    with pytest.raises(PeriodLockedError):
        set_criterion(
            demo_db, unit_code=DONG_THANG, year=2023, set_code="ntm", criterion="17", met=False
        )


def test_unknown_criteria_and_bad_dates_are_refused(demo_db: Database) -> None:
    with pytest.raises(InvalidInput, match='không có tiêu chí "20"'):
        set_criterion(
            demo_db, unit_code=DONG_THANG, year=2023, set_code="ntm", criterion="20", met=True
        )
    with pytest.raises(InvalidInput, match="2022 hoặc 2023"):
        recognize(
            demo_db,
            unit_code=THANH_QUOI,
            level="nang_cao",
            decision_number="1/QĐ-UBND",
            decision_date=dt.date(2023, 3, 1),
            year=2021,
        )


# -- recording ----------------------------------------------------------------------------------


def test_setting_a_criterion_changes_x_of_19_and_is_audited(demo_db: Database) -> None:
    report = set_criterion(
        demo_db,
        unit_code=DONG_THANG,
        year=2023,
        set_code="nang_cao",
        criterion="5",
        met=True,
        value=unicodedata.normalize("NFD", "100% trường đạt chuẩn"),
        note="Báo cáo của Phòng Giáo dục",
    )
    assert report.changed and report.row.score(Level.NANG_CAO).text == "16/19"  # type: ignore[union-attr]
    [(_, key, old, new)] = [e for e in audit_entries(demo_db, "rural_criteria") if e[0] == "update"]
    assert key == f"{DONG_THANG}/2023/nang_cao"
    assert json.loads(old or "{}")["5"]["met"] is False
    assert json.loads(new or "{}")["5"]["value"] == "100% trường đạt chuẩn"
    again = set_criterion(
        demo_db, unit_code=DONG_THANG, year=2023, set_code="nang_cao", criterion="5", met=True
    )
    assert not again.changed  # value and note kept when not given


def test_revocation_warnings_come_with_the_save(demo_db: Database) -> None:
    for code in ("2", "5", "8", "13", "15"):
        report = set_criterion(
            demo_db, unit_code=DONG_THANG, year=2023, set_code="ntm", criterion=code, met=False
        )
        assert report.warnings == ()  # 5/19 = 26%: no warning
    report = set_criterion(
        demo_db, unit_code=DONG_THANG, year=2023, set_code="ntm", criterion="16", met=False
    )
    assert report.warnings == ()  # 6/19 but none of the named criteria
    report = set_criterion(
        demo_db, unit_code=DONG_THANG, year=2023, set_code="ntm", criterion="17", met=False
    )
    [warning] = report.warnings
    assert "7/19 tiêu chí NTM chưa đạt (30-50%)" in warning and "17. Môi trường" in warning
    assert rural_overview(demo_db, year=2023).total.warnings == 1


def test_the_checklist_saves_a_set_at_once(demo_db: Database) -> None:
    checklist = commune_checklist(demo_db, unit_code=THANH_QUOI, year=2023)
    states = checklist.states_of(Level.NANG_CAO)
    assert [s.code for s in states if s.met is False] == ["5", "13"]
    assert checklist.states_of(Level.KIEU_MAU) == tuple(
        type(states[0])(code, None) for code in "abcd"
    )
    entries = {
        Level.NANG_CAO: tuple(
            CriterionEntry(s.code, True, s.value, s.evidence_note) for s in states
        )
    }
    report = save_checklist(demo_db, unit_code=THANH_QUOI, year=2023, entries=entries)
    assert report.changed and report.row.score(Level.NANG_CAO).complete  # type: ignore[union-attr]
    assert report.row.missing == ()
    with pytest.raises(NotRuralSubjectError):
        commune_checklist(demo_db, unit_code="31117", year=2023)


def test_a_revocation_takes_the_levels_above_with_it(demo_db: Database) -> None:
    report = revoke(
        demo_db,
        unit_code=DINH_MON,
        level="nang_cao",
        decision_number="99/QĐ-UBND",
        revoked_on=dt.date(2023, 12, 1),
        reason="Không duy trì tiêu chí",
    )
    assert [r.level for r in report.recognitions] == [Level.NANG_CAO, Level.KIEU_MAU]
    assert "Kéo theo việc thu hồi NTM nâng cao" in report.recognitions[1].revocation_reason
    row = commune(demo_db, DINH_MON)
    assert row.level is Level.NTM and row.new_levels == ()  # revoked within 2023: not counted
    assert count(demo_db, Level.KIEU_MAU, 2023) == D(4)
    assert [e[0] for e in audit_entries(demo_db, "rural_recognition")] == ["revoke", "revoke"]
    with pytest.raises(InvalidInput, match="không có gì để thu hồi"):
        revoke(
            demo_db,
            unit_code=DINH_MON,
            level="kieu_mau",
            decision_number="100/QĐ-UBND",
            revoked_on=dt.date(2023, 12, 2),
        )
    with pytest.raises(InvalidInput, match="chưa đạt chuẩn NTM nâng cao"):
        recognize(
            demo_db,
            unit_code=DINH_MON,
            level="kieu_mau",
            decision_number="101/QĐ-UBND",
            decision_date=dt.date(2023, 12, 5),
        )


def test_a_recognition_entered_by_mistake_can_be_deleted(demo_db: Database) -> None:
    made = recognize(
        demo_db,
        unit_code=THANH_QUOI,
        level="nang_cao",
        decision_number="3301/QĐ-UBND",
        decision_date=dt.date(2023, 12, 28),
    )
    ntm = next(r for r in made.row.recognitions if r.level is Level.NTM)
    with pytest.raises(InvalidInput, match="mức cao hơn"):
        delete_recognition(demo_db, uid=ntm.uid)
    report = delete_recognition(demo_db, uid=made.recognitions[0].uid)
    assert report.row.level is Level.NTM
    assert [e[0] for e in audit_entries(demo_db, "rural_recognition")] == ["create", "delete"]


def test_plans_are_set_changed_and_removed(demo_db: Database) -> None:
    report = set_plan(demo_db, unit_code=DONG_THANG, year=2024, level="nang_cao", note="Phấn đấu")
    assert report.changed and report.row.plan is Level.NANG_CAO
    report = set_plan(demo_db, unit_code=DINH_MON, year=2024, level="nang_cao")
    assert "đã đạt chuẩn NTM kiểu mẫu từ trước năm 2024" in report.warnings[0]
    report = set_plan(demo_db, unit_code=DONG_THANG, year=2024, level=None)
    assert report.changed and report.row.plan is None
    actions = [e[0] for e in audit_entries(demo_db, "rural_plan")]
    assert actions == ["create", "create", "delete"]


def test_criteria_changed_since_the_checklist_opened_are_not_overwritten(
    demo_db: Database,
) -> None:
    from thidua_desktop.services.core.audit import ChangedMeanwhileError

    opened = commune_checklist(demo_db, unit_code=THANH_QUOI, year=2023)
    seen = {code: opened.states_of(code) for code, _states in opened.states}
    mine = {Level.NANG_CAO: (CriterionEntry("5", True, "", "Báo cáo của tôi"),)}
    # Nothing changed since: the save goes through.
    assert save_checklist(demo_db, unit_code=THANH_QUOI, year=2023, entries=mine, seen=seen).changed
    binh = staff(demo_db, "Trần Thị Bình")
    now = commune_checklist(demo_db, unit_code=THANH_QUOI, year=2023)
    theirs = {Level.NANG_CAO: (CriterionEntry("13", True, "", "Bình kiểm tra"),)}
    save_checklist(binh, unit_code=THANH_QUOI, year=2023, entries=theirs)
    stale = {code: now.states_of(code) for code, _states in now.states}
    with pytest.raises(ChangedMeanwhileError, match="Trần Thị Bình đã sửa tiêu chí năm 2023"):
        save_checklist(demo_db, unit_code=THANH_QUOI, year=2023, entries=mine, seen=stale)
