""" "3 không"/ANTT services: the demo, shares, recording with refusals and warnings, copying."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from tests.engines import staff
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.security import Assessment, share_percent
from thidua_desktop.services.campaigns.results import evaluation_table
from thidua_desktop.services.core.locks import PeriodLockedError, lock_year
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.services.core.scope import OutOfScopeError
from thidua_desktop.services.core.setup import prepare
from thidua_desktop.services.core.units import UnknownUnitError
from thidua_desktop.services.security.copy_year import copy_previous_year
from thidua_desktop.services.security.data import Tree, components_for, load_records, record_both
from thidua_desktop.services.security.edit import (
    NotCommuneLevelError,
    ReadOnlySecurityError,
    save_security,
    set_security,
)
from thidua_desktop.services.security.rows import Change, ComponentEntry, SecurityEntry
from thidua_desktop.services.security.status import (
    security_overview,
    security_share,
    security_shares,
)
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, AuditEntry
from thidua_desktop.store.models.security import (
    SecurityStatus,
)

DEMO_2023 = {  # district: (units, both) as the demonstration data set has them
    "916": (11, 9),
    "917": (7, 5),
    "918": (8, 7),
    "919": (7, 6),
    "923": (9, 6),
    "924": (11, 8),
    "925": (10, 8),
    "926": (7, 6),
    "927": (13, 10),
}


def audit_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def snapshot(db: Database) -> tuple[int, str]:
    overview = security_overview(db, year=2023)
    return audit_count(db), repr(overview)


def unit_row(db: Database, code: str, year: int = 2023):  # type: ignore[no-untyped-def]
    return security_overview(db, year=year, unit_code=code).units[0]


# -- the demonstration --------------------------------------------------------------------------


def test_the_demo_has_every_commune_level_unit_of_each_year(demo_db: Database) -> None:
    with demo_db.reading() as session:
        per_year = dict(
            session.execute(
                select(SecurityStatus.year, func.count()).group_by(SecurityStatus.year)
            ).all()
        )
        sources = set(session.scalars(select(SecurityStatus.source)))
        notes = set(session.scalars(select(SecurityStatus.note)))
    assert per_year == {2022: 83, 2023: 83, 2025: 103, 2026: 103}  # the new city from 2025
    assert sources == {"demo"} and notes == {"Số liệu minh họa"}


def test_the_demo_summary_matches_the_records_per_district_and_for_the_city(
    demo_db: Database,
) -> None:
    overview = security_overview(demo_db, year=2023)
    assert overview.demo and overview.scope_code == "92"
    assert {d.unit_code: (d.units, d.both) for d in overview.districts} == DEMO_2023
    total = overview.total
    assert (total.units, total.recorded, total.both) == (83, 83, 65)
    assert total.both_percent == D("78.31")
    assert total.target_percent == D(75) and overview.target_source == "CT10-2023/ANTT_3KHONG"
    assert total.target_status is Status.EXCEEDED
    below = {d.unit_code for d in overview.districts if d.target_status is Status.BELOW}
    assert below == {"917", "923", "924"}  # some districts under 75%, the others above
    # Recount from the unit rows: the summary is what the records say.
    for district in overview.districts:
        rows = [u for u in overview.units if u.district_code == district.unit_code]
        assert district.both == sum(u.both for u in rows)
        assert district.three_khong == sum(u.three_khong for u in rows)
        assert district.antt == sum(u.antt_met for u in rows)
    assert total.previous_both_percent == D("72.29")
    assert (total.gained, total.lost) == (8, 3)
    assert {u.change for u in overview.units} == {None, Change.GAINED, Change.LOST}


def test_the_demo_lists_the_units_that_fall_short_with_why(demo_db: Database) -> None:
    overview = security_overview(demo_db, year=2023)
    short = overview.shortfalls
    assert len(short) == 83 - 65
    assert all(u.failing or u.pending for u in short)
    pending = [u for u in short if u.pending]
    assert len(pending) == 3  # still "chưa đánh giá": counted as not met
    cai_khe = next(u for u in overview.units if u.unit_code == "31117")
    assert cai_khe.failing == ("An toàn về ANTT",)


def test_loading_the_demo_again_changes_nothing(demo_db: Database) -> None:
    before = snapshot(demo_db)
    assert prepare(demo_db, demo=True) == 0
    assert snapshot(demo_db) == before


def test_the_campaign_indicator_takes_the_share_from_this_module(demo_db: Database) -> None:
    rows = evaluation_table(demo_db, year=2023, campaign_code="CT10-2023")
    antt = next(r for r in rows if r.indicator_code == "ANTT_3KHONG")
    assert antt.value == D("78.31") and antt.status is Status.EXCEEDED
    with demo_db.reading() as session:
        ids = dict(session.execute(select(AdminUnit.code, AdminUnit.id)).all())
        assert security_share(session, ids["917"], 2023) == D("71.43")
        assert security_share(session, ids["92"], 2021) is None  # no record: no invented 0
        assert security_share(session, ids["31117"], 2023) == D("0.00")


def test_the_shares_count_what_the_full_records_count(demo_db: Database) -> None:
    """The indicator reads only ids; the overview reads whole records: they must agree, for
    every unit, including units with a component pending or not met."""
    set_security(demo_db, unit_code="31150", year=2023, components={"drugs": "pending"})
    set_security(demo_db, unit_code="31117", year=2023, antt="not_met")
    for year in (2021, 2022, 2023):
        with demo_db.reading() as session:
            ids = list(session.scalars(select(AdminUnit.id)))
            tree = Tree(session)
            records = load_records(session, [year])
            components = components_for(session, year)
            expected: dict[int, D | None] = {}
            for unit_id in ids:
                mine = [records.get((u.id, year)) for u in tree.communes(unit_id, year)]
                if all(r is None for r in mine):
                    expected[unit_id] = None
                else:
                    both = sum(1 for r in mine if record_both(r, components))
                    expected[unit_id] = share_percent(both, len(mine))
            assert security_shares(session, ids, year) == expected


# -- recording ----------------------------------------------------------------------------------


def test_one_component_not_met_means_not_three_khong(demo_db: Database) -> None:
    row = unit_row(demo_db, "31150")
    assert row.both
    report = set_security(demo_db, unit_code="31150", year=2023, components={"drugs": "not_met"})
    assert report.changed and not report.row.three_khong and not report.row.both
    assert report.row.failing == ("Không ma túy",)
    total = security_overview(demo_db, year=2023).total
    assert (total.three_khong, total.both, total.both_percent) == (70, 64, D("77.11"))


def test_a_change_is_audited_with_old_and_new_values(demo_db: Database) -> None:
    set_security(
        demo_db,
        unit_code="31117",
        year=2023,
        antt="met",
        recognised_share="80,5",
        decision_number="2001/QĐ-UBND",
        decision_date=dt.date(2023, 12, 20),
        issuer="UBND quận Ninh Kiều",
    )
    with demo_db.reading() as session:
        action, key, old_text, new_text = session.execute(
            select(
                AuditEntry.action, AuditEntry.entity_key, AuditEntry.old_value, AuditEntry.new_value
            )
            .where(AuditEntry.entity == "security_status")
            .order_by(AuditEntry.id.desc())
        ).first()  # type: ignore[misc]
    assert (action, key) == ("update", "31117/2023")
    old, new = json.loads(old_text or "{}"), json.loads(new_text or "{}")
    assert (old["antt_result"], new["antt_result"]) == ("not_met", "met")
    assert new["antt_recognised_share"] == "80.5" and new["decision_date"] == "2023-12-20"
    assert set(new) == {
        "antt_result",
        "antt_recognised_share",
        "decision_number",
        "decision_date",
        "decision_issuer",
    }
    row = unit_row(demo_db, "31117")
    assert row.both and row.source == "manual"


def test_saving_the_same_values_again_is_not_a_change(demo_db: Database) -> None:
    entry = unit_row(demo_db, "31150").entry()
    before = audit_count(demo_db)
    report = save_security(demo_db, unit_code="31150", year=2023, entry=entry)
    assert not report.changed and audit_count(demo_db) == before


def test_a_first_record_for_a_unit_is_created_with_its_components(db: Database) -> None:
    set_profile(db, office_code="916")
    assert not unit_row(db, "31117").recorded
    entry = SecurityEntry(
        components=(
            ComponentEntry("crime", Assessment.MET, "Báo cáo số 12", dt.date(2023, 11, 10)),
            ComponentEntry("drugs", Assessment.MET),
            ComponentEntry("prostitution", Assessment.PENDING),
        ),
        antt_result=Assessment.MET,
        registered_on=dt.date(2023, 2, 10),
        recognised_share="85.71",
    )
    report = save_security(db, unit_code="31117", year=2023, entry=entry)
    assert report.changed and report.warnings == ()
    row = report.row
    assert row.recorded and row.antt_met and not row.three_khong
    assert row.pending == ("Không mại dâm",) and row.recognised_share == D("85.71")
    assert row.component("crime").evidence_date == dt.date(2023, 11, 10)  # type: ignore[union-attr]
    overview = security_overview(db, year=2023)
    assert overview.scope_code == "916" and overview.total.both == 0
    assert overview.total.recorded == 1 and overview.total.both_percent == D("0.00")


def test_warnings_are_returned_and_the_change_is_still_saved(demo_db: Database) -> None:
    report = set_security(
        demo_db,
        unit_code="31150",
        year=2023,
        registered_on=dt.date(2023, 5, 4),
        recognised_share="65",
    )
    assert report.changed
    assert len(report.warnings) == 2
    assert "không thuộc Quý I năm 2023" in report.warnings[0]
    assert "65%" in report.warnings[1] and "70%" in report.warnings[1]
    row = unit_row(demo_db, "31150")
    assert row.both and row.registered_on == dt.date(2023, 5, 4)
    assert row.warnings == report.warnings


def test_text_typed_in_nfd_is_stored_in_nfc(demo_db: Database) -> None:
    nfd = unicodedata.normalize("NFD", "Báo cáo của Công an phường ngày 10/11")
    set_security(
        demo_db,
        unit_code="31150",
        year=2023,
        components={"crime": "met"},
        evidence_note=nfd,
        issuer=unicodedata.normalize("NFD", "UBND quận Ninh Kiều"),
    )
    row = unit_row(demo_db, "31150")
    state = row.component("crime")
    assert state is not None
    assert state.evidence_note == unicodedata.normalize("NFC", nfd)
    assert row.decision_issuer == "UBND quận Ninh Kiều"


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"unit_code": "99999"}, UnknownUnitError, '"99999"'),
        ({"unit_code": "917"}, NotCommuneLevelError, r"Quận Ô Môn \(917\) là đơn vị cấp huyện"),
        ({"unit_code": "92"}, NotCommuneLevelError, "cấp tỉnh"),
        (
            {"components": {"crime": "met"}, "evidence_date": dt.date(2023, 11, 16)},
            InvalidInput,
            "thuộc kỳ đánh giá năm 2024",
        ),
        (
            {"components": {"crime": "met"}, "evidence_date": dt.date(2022, 11, 15)},
            InvalidInput,
            "ngoài kỳ đánh giá năm 2023",
        ),
        (
            {"decision_number": "9/QĐ-UBND", "decision_date": dt.date(2023, 1, 10)},
            InvalidInput,
            "trước ngày đăng ký",
        ),
        ({"decision_number": "9/QĐ-UBND"}, InvalidInput, None),  # the stored date stays valid
        ({"components": {"gambling": "met"}}, InvalidInput, 'Không có tiêu chí "gambling"'),
        ({"components": {"crime": "maybe"}}, InvalidInput, "Tình trạng không hợp lệ"),
        ({"recognised_share": "101"}, InvalidInput, "từ 0 đến 100%"),
        ({"recognised_share": "nhiều"}, InvalidInput, "Số không hợp lệ"),
        ({"evidence_note": "x"}, InvalidInput, "đi kèm tình trạng"),
        ({"note": "x" * 1001}, InvalidInput, "dài quá 1000"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    demo_db: Database, changes: dict[str, object], error: type[Exception], message: str | None
) -> None:
    before = snapshot(demo_db)
    arguments: dict[str, object] = {"unit_code": "31150", "year": 2023} | changes
    if message is None:  # not an error: the decision keeps its stored date
        set_security(demo_db, **arguments)  # type: ignore[arg-type]
        return
    with pytest.raises(error, match=message):
        set_security(demo_db, **arguments)  # type: ignore[arg-type]
    assert snapshot(demo_db) == before


def test_a_unit_outside_the_offices_scope_is_refused(demo_db: Database) -> None:
    set_profile(demo_db, office_code="916")  # quận Ninh Kiều
    before = snapshot(demo_db)
    with pytest.raises(OutOfScopeError, match="không thuộc phạm vi của Quận Ninh Kiều"):
        set_security(demo_db, unit_code="31153", year=2023, antt="met")  # an Ô Môn ward
    assert snapshot(demo_db) == before
    overview = security_overview(demo_db, year=2023, unit_code="917")
    assert not any(u.editable for u in overview.units)  # readable, not editable here


def test_a_locked_year_refuses_changes(demo_db: Database) -> None:
    lock_year(demo_db, 2023, note="Đã gửi báo cáo")
    with pytest.raises(PeriodLockedError, match="Năm 2023 đã khóa sổ"):
        set_security(demo_db, unit_code="31150", year=2023, antt="not_met")
    with pytest.raises(PeriodLockedError):
        copy_previous_year(demo_db, year=2023)
    overview = security_overview(demo_db, year=2023)
    assert "khóa sổ" in overview.read_only_reason and not any(u.editable for u in overview.units)


def test_a_record_received_from_a_lower_office_is_read_only(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        unit_id = session.scalars(
            select(AdminUnit.id).where(AdminUnit.code == "31150", AdminUnit.valid_to.is_not(None))
        ).one()
        status = session.scalars(
            select(SecurityStatus).where(
                SecurityStatus.unit_id == unit_id, SecurityStatus.year == 2023
            )
        ).one()
        status.owner_code = "916"
    with pytest.raises(ReadOnlySecurityError, match="do cơ quan mã 916 gửi lên"):
        set_security(demo_db, unit_code="31150", year=2023, antt="not_met")
    assert not unit_row(demo_db, "31150").editable


def test_a_unit_merged_before_the_window_ends_is_not_counted_nor_recorded(
    demo_db: Database,
) -> None:
    # Phường An Nghiệp was merged into Thới Bình on 01/11/2024 (NQ 1192/NQ-UBTVQH15).
    with pytest.raises(InvalidInput, match="chỉ tồn tại đến hết ngày 31/10/2024"):
        set_security(demo_db, unit_code="31126", year=2024, antt="met")
    overview = security_overview(demo_db, year=2024)
    assert overview.total.units == 80 and overview.total.both_percent is None  # no 2024 data


def test_a_record_changed_since_the_editor_opened_it_is_not_overwritten(
    demo_db: Database,
) -> None:
    from dataclasses import replace

    from thidua_desktop.services.core.audit import ChangedMeanwhileError

    opened = unit_row(demo_db, "31159").entry()  # Phường Thới An, as one editor opened it
    # Unchanged since: the editor's own save goes through (the share written "66,67" or not).
    report = save_security(
        demo_db, unit_code="31159", year=2023, entry=replace(opened, note="Đã rà soát"),
        seen=opened,
    )  # fmt: skip
    assert report.changed
    now = unit_row(demo_db, "31159").entry()
    save_security(
        staff(demo_db, "Trần Thị Bình"),
        unit_code="31159",
        year=2023,
        entry=replace(now, note="Bình sửa"),
        seen=now,
    )
    with pytest.raises(ChangedMeanwhileError, match="Trần Thị Bình đã sửa tình trạng năm 2023"):
        save_security(
            demo_db, unit_code="31159", year=2023, entry=replace(now, note="Tôi sửa"), seen=now
        )
    assert unit_row(demo_db, "31159").note == "Bình sửa"
