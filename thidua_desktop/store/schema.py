"""Open a database at the current schema: refuse newer ones, back up and migrate older ones."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from thidua_desktop.paths import DataDir
from thidua_desktop.store.backup import backup_file, backup_name
from thidua_desktop.store.engine import Database, create_sqlite_engine, is_sqlite_database
from thidua_desktop.store.errors import (
    DatabaseUnavailableError,
    SchemaTooNewError,
    SchemaUpgradeNeededError,
)
from thidua_desktop.store.sqlite_files import connect_read_only

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration this version knows. Checking it needs no Alembic import, which keeps the
# common start-up (database already current) fast; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0025"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def open_database(
    data_dir: DataDir, *, upgrade_server: bool = False, operator: str | None = None
) -> Database:
    """Open (creating if needed) the data directory's database, migrated to SCHEMA_HEAD.

    An existing file is first examined read-only, so a file that is not ours, or one written by a
    newer version, is refused without a single byte of it changing. In server mode the schema is
    created or upgraded only when `upgrade_server` (the administrator's `init`).
    """
    data_dir.ensure()
    if data_dir.server is not None:
        return open_server_database(data_dir.server, upgrade=upgrade_server, operator=operator)
    path = data_dir.database
    existed = path.exists() and path.stat().st_size > 0
    revision: str | None = None
    if existed:
        revision = _examine(path)
        if revision not in (None, SCHEMA_HEAD):
            _refuse_if_unknown(path, revision)
    engine = create_sqlite_engine(path)
    try:
        if revision != SCHEMA_HEAD:
            _upgrade(engine, path, revision, data_dir.backups if existed else None)
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseUnavailableError(_describe(path, str(exc.orig or exc))) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(path=path, engine=engine, created=not existed)


def open_server_database(
    url: str, *, upgrade: bool = False, operator: str | None = None
) -> Database:
    """The province's PostgreSQL database at SCHEMA_HEAD (created or upgraded only by init)."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    from thidua_desktop.domain.messages import msg
    from thidua_desktop.store.engine import server_error
    from thidua_desktop.store.errors import server_problem
    from thidua_desktop.store.server import (
        connection_problem,
        create_server_engine,
        server_revision,
        shown_url,
    )

    engine = create_server_engine(url)
    where = shown_url(url)
    try:
        revision = server_revision(engine)
        if revision != SCHEMA_HEAD:
            if revision is not None:
                _refuse_if_unknown(where, revision)
            if not upgrade:
                raise SchemaUpgradeNeededError(
                    msg(
                        "Cơ sở dữ liệu trên máy chủ {where} chưa có hoặc ở lược đồ cũ "
                        "({revision}); ứng dụng không tự nâng cấp cơ sở dữ liệu dùng chung. "
                        "Quản trị viên hãy chạy: thidua-desktop --database ĐỊA-CHỈ init",
                        where=where,
                        revision=revision or "trống",
                    )
                )
            upgrade_server(engine)
    except OperationalError as exc:
        engine.dispose()
        raise connection_problem(url, exc) from None
    except DBAPIError as exc:  # e.g. a login not yet granted the application's tables
        engine.dispose()
        said = server_problem(where, exc)
        if said is None:
            raise server_error(exc) from None
        raise DatabaseUnavailableError(said) from None
    except BaseException:
        engine.dispose()
        raise
    if operator is None:
        operator = _server_role(engine)
    return Database(
        path=None, engine=engine, where=where, operator=operator, created=revision is None
    )


def upgrade_server(engine: Engine) -> None:
    """Create or upgrade the schema, one installation at a time (a session advisory lock)."""
    from alembic import command

    from thidua_desktop.store.server import MIGRATION_LOCK

    config = alembic_config()
    with engine.begin() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _server_role(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.execute(text("SELECT current_user")).scalar())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def needs_upgrade(path: Path) -> bool:
    """True when the file is a database of ours at an older revision (opening it upgrades it).
    False for the current schema, and for anything `open_database` refuses anyway."""
    try:
        revision = _examine(path)
    except DatabaseUnavailableError:
        return False
    return revision is not None and revision != SCHEMA_HEAD


def _examine(path: Path) -> str | None:
    """The schema revision of an existing file, read without writing to it (SQLite-specific)."""
    if not is_sqlite_database(path):
        raise DatabaseUnavailableError(
            f"Tệp {path} không phải là cơ sở dữ liệu của ứng dụng "
            "(không đọc được định dạng SQLite)."
        )
    try:
        try:
            tables, row = _read_revision(path)
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorcode", None) not in _NEEDS_RECOVERY:
                raise
            # A crash left a hot journal that only a writing connection may roll back: let
            # SQLite's own recovery bring back the last committed state, then read again.
            _recover(path)
            tables, row = _read_revision(path)
    except sqlite3.Error as exc:
        raise DatabaseUnavailableError(_describe(path, str(exc))) from exc
    if row is None and tables - {"alembic_version"}:
        raise DatabaseUnavailableError(
            f"Tệp {path} là một cơ sở dữ liệu SQLite khác, không do ứng dụng này tạo ra."
        )
    return None if row is None else str(row[0])


# A read-only connection cannot finish SQLite's crash recovery (hot rollback journal, WAL index).
_NEEDS_RECOVERY = (sqlite3.SQLITE_READONLY_ROLLBACK, sqlite3.SQLITE_READONLY_RECOVERY)


def _read_revision(path: Path) -> tuple[set[str], tuple[object, ...] | None]:
    conn = connect_read_only(path)
    try:
        tables = {
            str(name)
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        row = (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if "alembic_version" in tables
            else None
        )
    finally:
        conn.close()
    return tables, row


def _recover(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls the journal back
    finally:
        conn.close()


def _refuse_if_unknown(path: Path | str, revision: str) -> None:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(revision) is not None
    except CommandError:
        known = False
    if not known:
        raise SchemaTooNewError(
            f"Cơ sở dữ liệu {path} do phiên bản mới hơn của ứng dụng tạo ra "
            f"(lược đồ {revision}). Hãy cập nhật thidua-desktop rồi mở lại; "
            "dữ liệu không bị thay đổi."
        )


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_head() -> str:
    """Alembic's head revision, read from the migration scripts (slow; for checks and tests)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return str(heads[0])


def _upgrade(engine: Engine, path: Path, revision: str | None, backups: Path | None) -> None:
    """Migrate the file to the head in one transaction, with foreign keys off meanwhile.

    A migration that SQLite cannot do with ALTER copies the table and drops the old one (Alembic's
    batch mode); with foreign keys on, that DROP deletes the rows and cascades to every table
    that refers to them (a proposal's lines and decisions). So, as SQLite's own procedure for
    schema changes says, foreign keys are off during the migration (the pragma only takes effect
    outside a transaction), every reference is checked before the commit, and they are on again
    after, whatever happened."""
    from alembic import command

    if backups is not None:
        backup_file(path, backups / backup_name(f"truoc-nang-cap-{revision or 'moi'}"))
    config = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"a migration left broken references: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _describe(path: Path, detail: str) -> str:
    lowered = detail.lower()
    if "locked" in lowered or "busy" in lowered:
        hint = "Tệp đang bị một chương trình khác khóa; hãy đóng chương trình đó rồi thử lại."
    elif "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        hint = "Không có quyền ghi vào tệp hoặc thư mục; hãy kiểm tra quyền truy cập."
    elif "malformed" in lowered or "not a database" in lowered:
        hint = "Tệp bị hỏng; hãy khôi phục từ bản sao lưu."
    elif "disk" in lowered and "full" in lowered:
        hint = "Ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại."
    else:
        hint = "Hãy kiểm tra tệp và thử lại."
    return f"Không mở được cơ sở dữ liệu {path}: {detail}. {hint}"
