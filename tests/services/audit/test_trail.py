"""Audit trail queries: filters by date, operator, unit and entity; a record's history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from tests.engines import staff
from thidua_desktop.services.audit.trail import (
    AuditFilter,
    audit_view,
    local_day_start,
    query_audit,
    record_history,
    summarize,
)
from thidua_desktop.services.core.locks import lock_year, unlock_year
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AuditEntry


@pytest.mark.sqlite_only(reason="the profile's operator; on a server the signed-in one")
def test_entries_come_newest_first_with_vietnamese_labels(db: Database) -> None:
    set_profile(db, office_code="916", operator="Nguyễn Thị Lan")
    lock_year(db, 2023)
    rows = query_audit(db)
    assert [r.action for r in rows[:2]] == ["lock", "update"]
    lock, profile = rows[0], rows[1]
    assert (lock.action_label, lock.entity_label, lock.key) == ("Khóa sổ", "Khóa sổ năm", "2023")
    assert profile.change == "cơ quan: (trống) → 916; người sử dụng: (trống) → Nguyễn Thị Lan"
    assert profile.operator == "Nguyễn Thị Lan"
    assert profile.local_time_text == f"{profile.at.astimezone():%d/%m/%Y %H:%M}"


@pytest.mark.sqlite_only(reason="the profile's operator; on a server the signed-in one")
def test_filters_by_operator_entity_and_key(db: Database) -> None:
    set_profile(db, office_code="916", operator="Lan")
    lock_year(db, 2023)
    set_profile(db, operator="Đức")
    unlock_year(db, 2023, reason="Sửa số liệu")
    assert [r.action for r in query_audit(db, operator="Đức")] == ["unlock", "update"]
    assert [r.action for r in query_audit(db, entity="period_lock")] == ["unlock", "lock"]
    history = record_history(db, "period_lock", "2023")
    assert [(r.action, r.reason) for r in history] == [("unlock", "Sửa số liệu"), ("lock", None)]
    assert query_audit(db, entity="period_lock", entity_key="2022") == []


def test_filters_by_local_calendar_days(db: Database) -> None:
    set_profile(db, office_code="916", operator="Lan")
    day = dt.date(2024, 3, 15)
    with db.transaction() as session:  # move the entry to the last minute of that local day
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.entity == "profile")
            .values(at=local_day_start(day + dt.timedelta(days=1)) - dt.timedelta(minutes=1))
        )
    assert [r.entity for r in query_audit(db, since=day, until=day)] == ["profile"]
    assert query_audit(db, since=day + dt.timedelta(days=1), entity="profile") == []
    assert query_audit(db, until=day - dt.timedelta(days=1), entity="profile") == []


def test_filters_by_unit_code_or_name_without_diacritics(db: Database) -> None:
    from thidua_desktop.paths import resource
    from thidua_desktop.services.core.setup import UNITS_DATASET
    from thidua_desktop.services.core.units import load_reference_units
    from thidua_desktop.store.seed.units import read_unit_dataset

    dataset = read_unit_dataset(resource(*UNITS_DATASET))
    renamed = tuple(
        unit.__class__(**{**unit.__dict__, "name": "Thạnh Quới Mới"})
        if unit.code == "31246"
        else unit
        for unit in dataset.units
    )
    with db.transaction() as session:
        load_reference_units(
            session, dataset.__class__(**{**dataset.__dict__, "sha256": "x", "units": renamed})
        )
    by_code = query_audit(db, unit="31246")
    by_name = query_audit(db, unit="thanh quoi moi")
    assert [r.key for r in by_code] == ["31246"] == [r.key for r in by_name]
    assert by_code[0].unit_name == "Xã Thạnh Quới Mới"
    assert by_code[0].change == "tên: Thạnh Quới → Thạnh Quới Mới"
    assert query_audit(db, unit="không có đơn vị này") == []


def test_the_view_is_limited_and_offers_the_filter_choices(db: Database) -> None:
    lan = staff(db, "Lan")
    set_profile(lan, office_code="916")
    for year in range(2000, 2010):
        lock_year(lan, year)
    view = audit_view(db, AuditFilter(), limit=5)
    assert len(view.rows) == 5 and view.truncated
    assert "Lan" in view.operators
    assert ("period_lock", "Khóa sổ năm") in view.entities
    full = audit_view(db, AuditFilter(entity="period_lock"), limit=50)
    assert len(full.rows) == 10 and not full.truncated


def test_summaries_say_what_changed() -> None:
    assert summarize({"value": "9.5"}, {"value": "9.7"}) == "giá trị: 9,5 → 9,7"
    assert summarize(None, {"locked": True}) == "khóa sổ: có"
    assert summarize({"valid_to": "2024-10-31"}, None) == "hiệu lực đến: 31/10/2024"
    assert summarize({"a": 1, "b": 2}, {"a": 1, "b": 3}) == "b: 2 → 3"
    assert len(summarize(None, {"note": "x" * 1000})) == 300


def test_exchange_and_nested_entries_read_as_words() -> None:
    from thidua_desktop.services.audit.trail import action_label, entity_label

    assert action_label("export") == "Xuất gói dữ liệu"
    assert action_label("import_replace") == "Nhập gói: thay số liệu tại đây"
    assert entity_label("package") == "Gói dữ liệu"
    assert summarize({"value": "2800"}, {"value": "5200.5"}) == "giá trị: 2.800 → 5.200,5"
    text = summarize(None, {"criteria": {"a": {"group_code": "1", "name": "Quy hoạch"}}})
    assert text == "tiêu chí: (a: (nhóm: 1; tên: Quy hoạch))"
    assert "{" not in text and '"' not in text
    assert summarize(None, {"code": "31135"}) == "mã: 31135"  # a code is not a number
