"""Read-only health checks of a database file (SQLite-specific: integrity and foreign keys)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from thidua_desktop.store.engine import is_sqlite_database
from thidua_desktop.store.sqlite_files import connect_read_only

# integrity_check stops after this many problems: enough to judge, short enough to print.
MAX_PROBLEMS = 50


@dataclass(frozen=True)
class ForeignKeyProblem:
    """A row whose reference points at a row that does not exist."""

    table: str
    rowid: int | None
    parent: str


@dataclass(frozen=True)
class FileCheck:
    """What SQLite says about one file, read without changing a byte of it."""

    path: Path
    size_bytes: int
    is_sqlite: bool
    revision: str | None  # alembic_version; None when the table is missing or empty
    has_alembic_table: bool
    integrity: tuple[str, ...]  # problems; () when integrity_check says "ok"
    foreign_keys: tuple[ForeignKeyProblem, ...]
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None  # the file could not be read at all

    @property
    def is_sound(self) -> bool:
        return (
            self.is_sqlite and self.error is None and not self.integrity and not self.foreign_keys
        )


def check_file(path: Path) -> FileCheck:
    """integrity_check, foreign_key_check and row counts per table, through a read-only handle."""
    size = path.stat().st_size if path.exists() else 0
    if not is_sqlite_database(path):
        return FileCheck(path, size, False, None, False, (), (), {}, None)
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return FileCheck(path, size, True, None, False, (), (), {}, str(exc))
    try:
        tables = [
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})")]
        integrity = () if rows == ["ok"] else tuple(rows)
        foreign_keys = tuple(
            ForeignKeyProblem(table=str(r[0]), rowid=r[1], parent=str(r[2]))
            for r in conn.execute("PRAGMA foreign_key_check")
        )
        counts = {
            table: int(conn.execute(f"SELECT count(*) FROM {_quoted(table)}").fetchone()[0])
            for table in tables
        }
    except sqlite3.Error as exc:
        return FileCheck(path, size, True, None, False, (), (), {}, _reason(exc))
    finally:
        conn.close()
    return FileCheck(
        path=path,
        size_bytes=size,
        is_sqlite=True,
        revision=revision,
        has_alembic_table="alembic_version" in tables,
        integrity=integrity,
        foreign_keys=foreign_keys,
        counts=counts,
    )


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _reason(exc: sqlite3.Error) -> str:
    if getattr(exc, "sqlite_errorcode", None) in (
        sqlite3.SQLITE_READONLY_ROLLBACK,
        sqlite3.SQLITE_READONLY_RECOVERY,
    ):
        return (
            "còn một giao dịch dở dang từ lần ghi bị ngắt; mở ứng dụng (hoặc chạy một lệnh như "
            "units) để SQLite tự khôi phục trạng thái đã lưu gần nhất, rồi kiểm tra lại"
        )
    return str(exc)
