"""`check`: is the database sound? Integrity, references, row counts, locks, latest backup."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from thidua_desktop.domain.errors import UserError
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.locks import PeriodLockRow, locked_years
from thidua_desktop.services.safety.backups import BackupRow, is_known_revision, list_backups
from thidua_desktop.services.safety.imports_pause import imports_paused
from thidua_desktop.store.engine import Database, create_sqlite_engine
from thidua_desktop.store.integrity import ForeignKeyProblem, check_file
from thidua_desktop.store.schema_compare import schema_differences

SCHEMA_CURRENT = "current"
SCHEMA_OLDER = "older"
SCHEMA_NEWER = "newer"
SCHEMA_FOREIGN = "foreign"


@dataclass(frozen=True)
class DatabaseCheck:
    """The findings of one check; `problems` says in Vietnamese what is wrong (empty if sound)."""

    database: Path | str  # the file, or the server without its password
    size_bytes: int
    revision: str | None
    schema_status: str  # current / older / newer / foreign
    integrity: tuple[str, ...]
    foreign_keys: tuple[ForeignKeyProblem, ...]
    counts: dict[str, int]
    locked_years: list[PeriodLockRow] = field(default_factory=list)
    imports_paused: bool = False
    latest_backup: BackupRow | None = None
    problems: list[str] = field(default_factory=list)
    # The file could not be read because of where it is (permissions, a lock, a journal that only
    # a writer may roll back), not because its content is damaged: no restore is needed.
    storage: bool = False
    # Attached files missing from the data folder or changed there: the database is sound, the
    # file must be attached again (a restore of the database would not bring it back).
    attachments: tuple[str, ...] = ()
    attachments_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def summary(self) -> str:
        if self.ok:
            return "Cơ sở dữ liệu không có lỗi."
        if self.storage:
            return (
                "Không kiểm tra được cơ sở dữ liệu: "
                + "; ".join(self.problems)
                + ". Đây là vấn đề về quyền truy cập hoặc tệp đang bị khóa, không phải dữ liệu "
                "hỏng: hãy đóng chương trình đang dùng tệp hoặc cấp quyền ghi cho thư mục dữ "
                "liệu rồi kiểm tra lại (không cần khôi phục)."
            )
        return (
            "Cơ sở dữ liệu có vấn đề: "
            + "; ".join(self.problems)
            + ". Hãy khôi phục từ một bản sao lưu (lệnh restore hoặc Cài đặt › Sao lưu)."
        )


def check_database(data_dir: DataDir) -> DatabaseCheck:
    """Examine the database read-only: nothing is written, nothing is migrated."""
    from thidua_desktop.store.schema import SCHEMA_HEAD

    if data_dir.server is not None:
        return _check_server(data_dir)
    path = data_dir.database
    if not path.exists():
        raise UserError(f"Chưa có cơ sở dữ liệu trong {data_dir.root}. Hãy chạy trước: init")
    found = check_file(path)
    problems: list[str] = []
    storage = False
    if not found.is_sqlite:
        status = SCHEMA_FOREIGN
        problems.append("tệp không phải là cơ sở dữ liệu SQLite")
    elif found.error is not None:
        status = SCHEMA_FOREIGN
        storage = _is_storage_problem(found.error)
        problems.append(
            f"không mở được tệp để đọc ({found.error})"
            if storage
            else f"không đọc được tệp ({found.error})"
        )
    elif found.revision is None:
        status = SCHEMA_FOREIGN
        problems.append("không phải cơ sở dữ liệu của ứng dụng này (thiếu phiên bản lược đồ)")
    elif found.revision == SCHEMA_HEAD:
        status = SCHEMA_CURRENT
    elif is_known_revision(found.revision):
        status = SCHEMA_OLDER  # upgraded the next time it is opened: not a problem
    else:
        status = SCHEMA_NEWER
        problems.append(f"do phiên bản mới hơn của ứng dụng tạo ra (lược đồ {found.revision})")
    if found.integrity:
        problems.append(f"{len(found.integrity)} lỗi toàn vẹn (integrity_check)")
    if found.foreign_keys:
        problems.append(
            f"{len(found.foreign_keys)} bản ghi tham chiếu tới bản ghi không tồn tại "
            "(foreign_key_check)"
        )
    if status in (SCHEMA_CURRENT, SCHEMA_OLDER) and not found.integrity and found.revision:
        differences = schema_differences(path, found.revision)
        if differences:
            shown = "; ".join(differences[:4]) + ("; …" if len(differences) > 4 else "")
            problems.append(f"cấu trúc không đúng lược đồ {found.revision} ({shown})")
    locks: list[PeriodLockRow] = []
    attachments: tuple[str, ...] = ()
    checked = 0
    if status == SCHEMA_CURRENT and not problems:
        from thidua_desktop.services.attachments.files import check_kept

        db = Database(path=path, engine=create_sqlite_engine(path, read_only=True))
        try:
            locks = locked_years(db)
            checked, attachments = check_kept(db, data_dir)
        finally:
            db.close()
    backups = list_backups(data_dir)
    return DatabaseCheck(
        database=path,
        size_bytes=found.size_bytes,
        revision=found.revision,
        schema_status=status,
        integrity=found.integrity,
        foreign_keys=found.foreign_keys,
        counts=dict(found.counts),
        locked_years=locks,
        imports_paused=imports_paused(data_dir),
        latest_backup=backups[0] if backups else None,
        problems=problems,
        storage=storage,
        attachments=attachments,
        attachments_checked=checked,
    )


def _check_server(data_dir: DataDir) -> DatabaseCheck:
    """The server's equivalents: the schema against this version's migrations, every table's
    row count, locked years, the attached files here. Integrity of pages and references is the
    server's own (PostgreSQL checks every constraint on every write)."""
    from sqlalchemy import inspect, text

    from thidua_desktop.services.attachments.files import check_kept
    from thidua_desktop.store.schema import SCHEMA_HEAD
    from thidua_desktop.store.server import create_server_engine, server_revision, shown_url

    assert data_dir.server is not None
    engine = create_server_engine(data_dir.server)
    problems: list[str] = []
    counts: dict[str, int] = {}
    try:
        revision = server_revision(engine)
        if revision == SCHEMA_HEAD:
            status = SCHEMA_CURRENT
        elif revision is not None and is_known_revision(revision):
            status = SCHEMA_OLDER
            problems.append(f"lược đồ cũ ({revision}): quản trị viên cần chạy init để nâng cấp")
        elif revision is None:
            status = SCHEMA_FOREIGN
            problems.append("cơ sở dữ liệu trống: quản trị viên cần chạy init")
        else:
            status = SCHEMA_NEWER
            problems.append(f"do phiên bản mới hơn của ứng dụng tạo ra (lược đồ {revision})")
        with engine.connect() as conn:
            size = int(
                conn.execute(text("SELECT pg_database_size(current_database())")).scalar() or 0
            )
            for table in sorted(inspect(conn).get_table_names()):
                quoted = conn.dialect.identifier_preparer.quote(table)
                counts[table] = int(
                    conn.execute(text(f"SELECT count(*) FROM {quoted}")).scalar() or 0
                )
        db = Database(path=None, engine=engine, where=shown_url(data_dir.server))
        locks = locked_years(db) if status == SCHEMA_CURRENT else []
        checked, attachments = check_kept(db, data_dir) if status == SCHEMA_CURRENT else (0, ())
    finally:
        engine.dispose()
    backups = list_backups(data_dir)
    return DatabaseCheck(
        database=shown_url(data_dir.server),
        size_bytes=size,
        revision=revision,
        schema_status=status,
        integrity=(),
        foreign_keys=(),
        counts=counts,
        locked_years=locks,
        imports_paused=imports_paused(data_dir),
        latest_backup=backups[0] if backups else None,
        problems=problems,
        attachments=attachments,
        attachments_checked=checked,
    )


def _is_storage_problem(error: str) -> bool:
    """True when SQLite could not read the file for a reason outside it: no permission, a lock,
    a hot journal or WAL that a read-only handle may not recover."""
    lowered = error.lower()
    return any(
        word in lowered
        for word in ("unable to open", "readonly", "read-only", "locked", "busy", "permission")
    )
