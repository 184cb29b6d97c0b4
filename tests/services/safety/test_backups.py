"""Backups: daily automatic copies, rotation, and restore (checked, safe, atomic, audited)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.locks import lock_year, locked_years
from thidua_desktop.services.core.profile import get_profile, set_profile
from thidua_desktop.services.core.setup import open_workspace
from thidua_desktop.services.safety.backups import (
    AUTOMATIC,
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    MANUAL,
    BackupRejectedError,
    BackupRow,
    ImportsPausedError,
    automatic_backup,
    backup_before_import,
    ensure_imports_allowed,
    imports_paused,
    list_backups,
    make_backup,
    plan_rotation,
    restore_backup,
    resume_imports,
    rotate,
    start_of_day_backup,
)
from thidua_desktop.store import backup as store_backup
from thidua_desktop.store.backup import BackupError
from thidua_desktop.store.engine import Database
from thidua_desktop.store.errors import SchemaTooNewError
from thidua_desktop.store.models.core import AuditEntry
from thidua_desktop.store.schema import SCHEMA_HEAD, alembic_config, open_database

MORNING = dt.datetime(2025, 3, 2, 8, 15, 0)


pytestmark = pytest.mark.sqlite_only(
    reason="file backups and restore; a server's pg_dump backups are in tests/server"
)


def _newer(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()


def _damaged(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    page = 4096
    raw[page * 2 : page * 3] = b"\x13" * page  # a table page turned to rubble
    path.write_bytes(bytes(raw))


def _sql(*statements: str) -> Callable[[Path], None]:
    """A real backup changed by plain SQL: what a hostile or broken file could be."""

    def spoil(path: Path) -> None:
        conn = sqlite3.connect(path)
        try:
            for statement in statements:
                conn.execute(statement)
            conn.commit()
        finally:
            conn.close()

    return spoil


def _foreign_with_our_revision(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute(f"INSERT INTO alembic_version VALUES ('{SCHEMA_HEAD}')")
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.commit()
    finally:
        conn.close()


def _truncated(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 3])


_SPOIL_NEWER: Callable[[Path], object] = _newer
_SPOIL_DAMAGED: Callable[[Path], object] = _damaged
# A trigger that wipes the results at the restore's own audit entry.
_SPOIL_TRIGGER = _sql(
    "CREATE TRIGGER wipe AFTER INSERT ON audit_entry BEGIN DELETE FROM result; END"
)
_SPOIL_VIEW = _sql("CREATE VIEW everything AS SELECT * FROM admin_unit")
_SPOIL_NO_TABLE = _sql("DROP TABLE period_lock")
_SPOIL_NO_COLUMN = _sql("ALTER TABLE profile DROP COLUMN signer_name")
_SPOIL_EXTRA_TABLE = _sql("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
_SPOIL_NO_INDEX = _sql("DROP INDEX ix_target_indicator_year_unit")
_REAL_BACKUPS = (
    _SPOIL_NEWER,
    _SPOIL_DAMAGED,
    _SPOIL_TRIGGER,
    _SPOIL_VIEW,
    _SPOIL_NO_TABLE,
    _SPOIL_NO_COLUMN,
    _SPOIL_EXTRA_TABLE,
    _SPOIL_NO_INDEX,
    _foreign_with_our_revision,
    _truncated,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _row(kind: str, when: dt.datetime) -> BackupRow:
    name = f"{kind}-{when:%Y%m%d-%H%M%S}.sqlite3"
    return BackupRow(Path(name), name, kind, kind, None, when, 1)


# -- making backups -----------------------------------------------------------------------------
def test_a_manual_backup_is_listed_with_its_kind_and_time(db: Database, data_dir: DataDir) -> None:
    row = make_backup(data_dir, now=MORNING)
    assert row.name == "thu-cong-20250302-081500.sqlite3"
    assert (row.kind, row.kind_label, row.taken_at) == (MANUAL, "Sao lưu thủ công", MORNING)
    assert list_backups(data_dir) == [row]
    again = make_backup(data_dir, now=MORNING)  # same second: a new name, never an overwrite
    assert again.name == "thu-cong-20250302-081500-2.sqlite3"


def test_the_automatic_backup_is_made_at_most_once_a_day(db: Database, data_dir: DataDir) -> None:
    assert automatic_backup(data_dir, now=MORNING) is not None
    assert automatic_backup(data_dir, now=MORNING.replace(hour=17)) is None
    assert automatic_backup(data_dir, now=MORNING + dt.timedelta(days=1)) is not None
    assert [b.kind for b in list_backups(data_dir)] == [AUTOMATIC, AUTOMATIC]


def test_opening_the_workspace_backs_up_an_existing_database_once_a_day(
    data_dir: DataDir,
) -> None:
    first = open_workspace(data_dir)  # a brand-new database: nothing worth a copy yet
    first.db.close()
    assert list_backups(data_dir) == []
    for _ in range(2):
        workspace = open_workspace(data_dir)
        workspace.db.close()
        assert workspace.notice is None
    assert [b.kind for b in list_backups(data_dir)] == [AUTOMATIC]


def test_a_failed_automatic_backup_is_a_warning_not_a_stop(
    db: Database, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_backup, "copy_pages", full)
    notice = start_of_day_backup(data_dir, now=MORNING)
    assert notice is not None and notice.startswith("Chưa sao lưu tự động được: Ổ đĩa đã đầy")
    assert list_backups(data_dir) == []
    assert not list(data_dir.backups.glob("*.partial"))


def test_the_import_safety_copy_names_the_package(db: Database, data_dir: DataDir) -> None:
    row = backup_before_import(data_dir, "/tmp/Gói Ninh Kiều 2023.tdkt")
    assert row.kind == BEFORE_IMPORT and row.detail == "goi-ninh-kieu-2023"


# -- rotation -----------------------------------------------------------------------------------
def test_rotation_keeps_7_daily_4_weekly_12_monthly_automatic_backups() -> None:
    now = dt.datetime(2025, 6, 30, 9, 0)
    daily = [_row(AUTOMATIC, now - dt.timedelta(days=d)) for d in range(400)]
    doomed = plan_rotation(daily, now)
    kept = sorted((b.taken_at for b in daily if b.path not in doomed), reverse=True)
    assert kept[:7] == [now - dt.timedelta(days=d) for d in range(7)]
    # One per week for 4 weeks and one per month for 12 months (overlaps count once).
    assert len({(k.isocalendar()[0], k.isocalendar()[1]) for k in kept}) >= 4
    assert {(k.year, k.month) for k in kept} == {(2025, m) for m in range(1, 7)} | {
        (2024, m) for m in range(7, 13)
    }
    assert len(kept) < 25
    assert min(kept) >= dt.datetime(2024, 7, 1)


def test_safety_copies_are_kept_30_days_and_the_newest_of_each_kind_for_ever() -> None:
    now = dt.datetime(2025, 6, 30, 9, 0)
    rows = [
        _row(BEFORE_RESTORE, now - dt.timedelta(days=400)),
        _row(BEFORE_RESTORE, now - dt.timedelta(days=500)),
        _row(MANUAL, now - dt.timedelta(days=29)),
        _row(MANUAL, now - dt.timedelta(days=31)),
        _row(MANUAL, now - dt.timedelta(days=90)),
    ]
    doomed = plan_rotation(rows, now)
    assert doomed == {rows[1].path, rows[3].path, rows[4].path}


def test_rotation_never_touches_files_it_did_not_name(db: Database, data_dir: DataDir) -> None:
    data_dir.backups.mkdir(parents=True, exist_ok=True)
    mine = data_dir.backups / "ban-sao-cua-toi.sqlite3"
    mine.write_bytes(b"x")
    for day in range(40):
        make_backup(data_dir, kind=AUTOMATIC, now=MORNING + dt.timedelta(days=day))
    assert mine.exists()
    automatic = [b for b in list_backups(data_dir) if b.kind == AUTOMATIC]
    assert 7 <= len(automatic) <= 7 + 4 + 12
    assert automatic[0].taken_at == MORNING + dt.timedelta(days=39)


# -- restore ------------------------------------------------------------------------------------
def test_restore_brings_back_the_backup_and_keeps_the_current_data(
    db: Database, data_dir: DataDir
) -> None:
    set_profile(db, office_code="916", operator="Lan")
    saved = make_backup(data_dir, now=MORNING)
    set_profile(db, office_code="917", operator="Đức")
    lock_year(db, 2023, note="Đã gửi báo cáo")

    report = restore_backup(data_dir, saved.path, db=db, now=MORNING + dt.timedelta(hours=1))

    # The caller's handle reconnects to the restored file.
    profile = get_profile(db)
    assert profile is not None and (profile.office_code, profile.operator) == ("916", "Lan")
    assert locked_years(db) == []
    assert report.safety_backup is not None and report.safety_backup.kind == BEFORE_RESTORE
    safety = Database(path=report.safety_backup.path, engine=_engine(report.safety_backup.path))
    try:
        kept = get_profile(safety)
        assert kept is not None and kept.operator == "Đức"
    finally:
        safety.close()
    with db.reading() as session:
        key, operator = session.execute(
            select(AuditEntry.entity_key, AuditEntry.operator).where(AuditEntry.action == "restore")
        ).one()
    assert (key, operator) == (saved.name, "Lan")
    assert imports_paused(data_dir)


def test_imports_stay_paused_after_a_restore_until_the_person_confirms(
    db: Database, data_dir: DataDir
) -> None:
    saved = make_backup(data_dir)
    ensure_imports_allowed(data_dir)
    restore_backup(data_dir, saved.path, db=db)
    with pytest.raises(ImportsPausedError, match="tạm dừng"):
        ensure_imports_allowed(data_dir)
    assert resume_imports(data_dir, db=db) is True
    ensure_imports_allowed(data_dir)
    assert resume_imports(data_dir, db=db) is False
    with db.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-2:] == ["restore", "resume_imports"]


def test_a_backup_from_an_older_schema_is_upgraded_when_restored(
    db: Database, data_dir: DataDir, tmp_path: Path
) -> None:
    old = tmp_path / "old.sqlite3"
    store_backup.backup_file(db.path, old)
    engine = _engine(old, writable=True)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    engine.dispose()

    report = restore_backup(data_dir, old, db=db)
    assert report.migrated and report.revision == "0001"
    with sqlite3.connect(data_dir.database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    conn.close()


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda p: p.write_bytes(b"PK\x03\x04 not a database"), "không phải tệp SQLite"),
        (lambda p: _other_sqlite(p), "không phải bản sao lưu của ứng dụng"),
        (_SPOIL_NEWER, "phiên bản mới hơn"),
        (_SPOIL_DAMAGED, "hỏng"),
        (_SPOIL_TRIGGER, "có trigger lạ wipe"),
        (_SPOIL_VIEW, "có view lạ everything"),
        (_SPOIL_NO_TABLE, "thiếu bảng period_lock"),
        (_SPOIL_NO_COLUMN, "bảng profile thiếu cột signer_name"),
        (_SPOIL_EXTRA_TABLE, "có bảng lạ notes"),
        (_SPOIL_NO_INDEX, "thiếu chỉ mục ix_target_indicator_year_unit"),
        (_foreign_with_our_revision, "thiếu bảng admin_unit"),
        (_truncated, "hỏng|không đọc được|không phải"),
    ],
    ids=[
        "zip",
        "other-app",
        "newer",
        "damaged",
        "trigger",
        "view",
        "missing-table",
        "missing-column",
        "extra-table",
        "missing-index",
        "foreign-with-our-revision",
        "truncated",
    ],
)
def test_a_bad_file_is_refused_and_nothing_changes(
    db: Database,
    data_dir: DataDir,
    tmp_path: Path,
    spoil: Callable[[Path], object],
    message: str,
) -> None:
    source = tmp_path / "candidate.sqlite3"
    good = store_backup.backup_file(db.path, tmp_path / "good.sqlite3")
    if spoil in _REAL_BACKUPS:
        good.rename(source)  # a real backup, then spoiled
    spoil(source)
    db.close()
    before = _digest(data_dir.database)
    with pytest.raises((BackupRejectedError, SchemaTooNewError), match=message):
        restore_backup(data_dir, source)
    assert _digest(data_dir.database) == before
    assert not imports_paused(data_dir)
    assert list_backups(data_dir) == []


def test_restoring_the_live_database_onto_itself_is_refused(
    db: Database, data_dir: DataDir
) -> None:
    with pytest.raises(BackupRejectedError, match="chính là cơ sở dữ liệu đang dùng"):
        restore_backup(data_dir, data_dir.database)


def test_a_full_disk_while_restoring_leaves_the_database_as_it_was(
    db: Database, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = make_backup(data_dir)
    set_profile(db, office_code="917", operator="Đức")
    db.close()
    before = _digest(data_dir.database)
    real = store_backup.copy_pages

    def full_when_staging(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
        if "restoring" in str(dst.execute("PRAGMA database_list").fetchone()[2]):
            raise sqlite3.OperationalError("database or disk is full")
        real(src, dst)

    monkeypatch.setattr(store_backup, "copy_pages", full_when_staging)
    with pytest.raises(BackupError, match="Ổ đĩa đã đầy"):
        restore_backup(data_dir, saved.path)
    assert _digest(data_dir.database) == before
    assert not imports_paused(data_dir)
    assert not list(data_dir.root.glob("*.restoring*"))


def test_a_damaged_current_database_is_kept_byte_for_byte_before_a_restore(
    db: Database, data_dir: DataDir
) -> None:
    saved = make_backup(data_dir)
    db.close()
    raw = bytearray(data_dir.database.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)
    data_dir.database.write_bytes(bytes(raw))
    data_dir.database.with_name("thidua.sqlite3-wal").unlink(missing_ok=True)

    report = restore_backup(data_dir, saved.path)
    assert report.safety_backup is not None
    assert report.safety_backup.detail == "nguyen-trang"
    assert report.safety_backup.path.read_bytes() == bytes(raw)
    reopened = open_database(data_dir)
    reopened.close()


# -- helpers ------------------------------------------------------------------------------------
def _engine(path: Path, *, writable: bool = False) -> object:
    from thidua_desktop.store.engine import create_sqlite_engine

    return create_sqlite_engine(path, read_only=not writable)


def _other_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE khach_hang (id INTEGER PRIMARY KEY)")
    conn.close()


def test_rotation_removes_what_an_interrupted_backup_left(db: Database, data_dir: DataDir) -> None:
    data_dir.backups.mkdir(parents=True, exist_ok=True)
    leftovers = [
        data_dir.backups / "thu-cong-20250301-081500.sqlite3.partial",
        data_dir.backups / "thu-cong-20250301-081500.sqlite3.partial-journal",
    ]
    for path in leftovers:
        path.write_bytes(b"half")
        os.utime(path, (MORNING.timestamp() - 7200, MORNING.timestamp() - 7200))
    fresh = data_dir.backups / "thu-cong-20250302-081400.sqlite3.partial"  # a backup under way
    fresh.write_bytes(b"writing")
    os.utime(fresh, (MORNING.timestamp() - 60, MORNING.timestamp() - 60))
    rotate(data_dir, now=MORNING)
    assert [p.exists() for p in leftovers] == [False, False] and fresh.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_read_only_database_is_not_replaced(db: Database, data_dir: DataDir) -> None:
    saved = make_backup(data_dir, now=MORNING)
    db.close()
    os.chmod(data_dir.database, 0o444)
    try:
        before = _digest(data_dir.database)
        with pytest.raises(BackupRejectedError, match="chỉ cho phép đọc"):
            restore_backup(data_dir, saved.path)
        assert _digest(data_dir.database) == before
        assert os.stat(data_dir.database).st_mode & 0o777 == 0o444  # still read-only
        assert not imports_paused(data_dir)
    finally:
        os.chmod(data_dir.database, 0o644)


def test_a_read_only_database_is_not_replaced_even_by_root(
    db: Database, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root may write anywhere, so the file's read-only flag is what the person set: honoured.
    from thidua_desktop.services.safety import backups

    saved = make_backup(data_dir, now=MORNING)
    db.close()
    real_access = os.access
    live = data_dir.database

    def access(path: object, mode: int) -> bool:
        return False if Path(str(path)) == live and mode == os.W_OK else real_access(path, mode)

    monkeypatch.setattr(backups.os, "access", access)
    before = _digest(live)
    with pytest.raises(BackupRejectedError, match="chỉ cho phép đọc"):
        restore_backup(data_dir, saved.path)
    assert _digest(live) == before
