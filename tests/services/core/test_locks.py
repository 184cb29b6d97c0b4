"""Period locks: a locked year refuses edits with a clear message; unlocking needs a reason."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import (
    PeriodLockedError,
    ensure_year_open,
    lock_year,
    locked_years,
    unlock_year,
)
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.store.engine import Database, create_sqlite_engine
from thidua_desktop.store.errors import DatabaseUnavailableError
from thidua_desktop.store.integrity import check_file
from thidua_desktop.store.models.core import AuditEntry, PeriodLock


def _audit_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _fake_grid_save(db: Database, year: int, cells: int) -> None:
    """A stand-in for a feature's write: checks the lock inside its own transaction first."""
    with db.transaction() as session:
        for cell in range(cells):
            audit.record(session, action="update", entity="fake_cell", key=f"{year}/{cell}")
            if cell == 0:
                session.flush()  # something is already written when the lock is checked
        ensure_year_open(session, year)


@pytest.mark.sqlite_only(
    reason="the profile's operator; on a server the signed-in one (tests/server)"
)
def test_locking_a_year_is_listed_and_audited(db: Database) -> None:
    set_profile(db, office_code="916", operator="Nguyễn Thị Lan")
    row = lock_year(db, 2023, note="  Đã gửi báo cáo  ")
    assert (row.year, row.locked_by, row.note) == (2023, "Nguyễn Thị Lan", "Đã gửi báo cáo")
    assert [r.year for r in locked_years(db)] == [2023]
    with db.reading() as session:
        entry = session.execute(
            select(AuditEntry.action, AuditEntry.entity_key).where(
                AuditEntry.entity == "period_lock"
            )
        ).one()
    assert tuple(entry) == ("lock", "2023")


def test_a_locked_year_refuses_a_write_and_nothing_is_written(db: Database) -> None:
    lock_year(db, 2023)
    before = _audit_count(db)
    with pytest.raises(PeriodLockedError) as refused:
        _fake_grid_save(db, 2023, cells=50)
    message = refused.value.message
    assert message.startswith("Năm 2023 đã khóa sổ")
    assert "Muốn sửa, hãy mở khóa (cần nêu lý do)" in message
    assert _audit_count(db) == before
    _fake_grid_save(db, 2024, cells=5)  # other years are open
    assert _audit_count(db) == before + 5


@pytest.mark.parametrize("reason", ["", "   ", "\u200b"])
def test_unlocking_needs_a_reason(db: Database, reason: str) -> None:
    lock_year(db, 2023)
    with pytest.raises(InvalidInput, match="lý do"):
        unlock_year(db, 2023, reason=reason)
    assert [r.year for r in locked_years(db)] == [2023]


def test_unlocking_keeps_the_reason_in_the_audit_trail(db: Database) -> None:
    lock_year(db, 2023)
    unlock_year(db, 2023, reason="Sửa số liệu BHYT theo báo cáo bổ sung")
    assert locked_years(db) == []
    with db.reading() as session:
        reason = session.scalar(select(AuditEntry.reason).where(AuditEntry.action == "unlock"))
    assert reason == "Sửa số liệu BHYT theo báo cáo bổ sung"
    _fake_grid_save(db, 2023, cells=1)


def test_locking_twice_or_unlocking_an_open_year_is_refused(db: Database) -> None:
    lock_year(db, 2023)
    with pytest.raises(InvalidInput, match="đã khóa sổ từ ngày"):
        lock_year(db, 2023)
    with pytest.raises(InvalidInput, match="chưa khóa sổ"):
        unlock_year(db, 2022, reason="x")
    with pytest.raises(InvalidInput, match="Năm không hợp lệ"):
        lock_year(db, 23)


@pytest.mark.sqlite_only(reason="a read-only SQLite file")
def test_a_read_only_database_refuses_the_write_with_a_clear_message(db: Database) -> None:
    # Running as root, file permissions stop nothing: open the file read-only instead, which is
    # what SQLite does on a read-only medium or folder.
    read_only = Database(path=db.path, engine=create_sqlite_engine(db.path, read_only=True))
    try:
        with pytest.raises(DatabaseUnavailableError) as refused:
            lock_year(read_only, 2023)
    finally:
        read_only.close()
    assert "chỉ cho đọc" in refused.value.message
    assert "chưa được lưu" in refused.value.message
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(PeriodLock)) == 0
    assert check_file(db.path).is_sound
