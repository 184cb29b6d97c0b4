"""`check`: integrity, references and counts, read without changing the file."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic import command

from tests.units import UNIT_VERSIONS
from thidua_desktop.domain.errors import UserError
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.locks import lock_year
from thidua_desktop.services.safety.checks import (
    SCHEMA_CURRENT,
    SCHEMA_NEWER,
    SCHEMA_OLDER,
    check_database,
)
from thidua_desktop.store.engine import Database
from thidua_desktop.store.schema import alembic_config

pytestmark = pytest.mark.sqlite_only(
    reason="checks of the SQLite file; the server's check is in tests/server"
)


def test_a_sound_database_passes_with_counts_and_locks(db: Database, data_dir: DataDir) -> None:
    lock_year(db, 2023)
    db.close()
    before = hashlib.sha256(data_dir.database.read_bytes()).hexdigest()
    found = check_database(data_dir)
    assert found.ok and found.summary == "Cơ sở dữ liệu không có lỗi."
    assert found.schema_status == SCHEMA_CURRENT
    assert found.counts["admin_unit"] == UNIT_VERSIONS
    assert [lock.year for lock in found.locked_years] == [2023]
    assert hashlib.sha256(data_dir.database.read_bytes()).hexdigest() == before


def test_a_broken_reference_is_found(db: Database, data_dir: DataDir) -> None:
    db.close()
    conn = sqlite3.connect(data_dir.database)  # foreign keys off: the damage can happen
    conn.execute("UPDATE admin_unit SET parent_id = 99999 WHERE code = '916'")
    conn.commit()
    conn.close()
    found = check_database(data_dir)
    assert not found.ok
    assert [fk.table for fk in found.foreign_keys] == ["admin_unit"]
    assert "1 bản ghi tham chiếu tới bản ghi không tồn tại" in found.summary


def test_a_damaged_file_is_reported(db: Database, data_dir: DataDir) -> None:
    db.close()
    with sqlite3.connect(data_dir.database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    raw = bytearray(data_dir.database.read_bytes())
    raw[4096 * 3 : 4096 * 4] = b"\x13" * 4096
    data_dir.database.write_bytes(bytes(raw))
    found = check_database(data_dir)
    assert not found.ok
    assert found.summary.startswith("Cơ sở dữ liệu có vấn đề:")


def test_older_and_newer_schemas_are_told_apart(db: Database, data_dir: DataDir) -> None:
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    db.close()
    older = check_database(data_dir)
    assert older.schema_status == SCHEMA_OLDER and older.ok
    with sqlite3.connect(data_dir.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.close()
    newer = check_database(data_dir)
    assert newer.schema_status == SCHEMA_NEWER and not newer.ok


def test_no_database_yet_is_a_user_error(data_dir: DataDir) -> None:
    with pytest.raises(UserError, match="init"):
        check_database(data_dir)


@pytest.mark.parametrize(
    ("statement", "found"),
    [
        ("DROP TABLE period_lock", "thiếu bảng period_lock"),
        ("ALTER TABLE profile DROP COLUMN signer_name", "bảng profile thiếu cột signer_name"),
        (
            "CREATE TRIGGER wipe AFTER INSERT ON audit_entry BEGIN DELETE FROM result; END",
            "có trigger lạ wipe",
        ),
    ],
    ids=["missing-table", "missing-column", "trigger"],
)
def test_a_schema_that_is_not_the_migrations_is_a_problem(
    db: Database, data_dir: DataDir, statement: str, found: str
) -> None:
    db.close()
    conn = sqlite3.connect(data_dir.database)
    conn.execute(statement)
    conn.commit()
    conn.close()
    result = check_database(data_dir)
    assert not result.ok and found in result.summary
    assert "khôi phục" in result.summary


def test_an_upgraded_database_has_exactly_the_new_schema(data_dir: DataDir) -> None:
    from thidua_desktop.store.engine import create_sqlite_engine
    from thidua_desktop.store.schema import open_database

    data_dir.ensure()
    engine = create_sqlite_engine(data_dir.database)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    open_database(data_dir).close()
    assert check_database(data_dir).ok


def test_a_file_that_cannot_be_read_here_is_a_storage_problem_not_damage(
    db: Database, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    from thidua_desktop.store import integrity

    db.close()

    def refuse(_path: object, **_options: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(integrity, "connect_read_only", refuse)
    result = check_database(data_dir)
    assert not result.ok and result.storage
    assert "không cần khôi phục" in result.summary
    assert "Hãy khôi phục" not in result.summary
