"""Schema: migrations agree with the models, pragmas are on, unknown or newer files are refused."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from thidua_desktop.domain.errors import UserError
from thidua_desktop.paths import DataDir
from thidua_desktop.store.base import Base
from thidua_desktop.store.engine import Database
from thidua_desktop.store.errors import DatabaseUnavailableError, SchemaTooNewError
from thidua_desktop.store.models.core import AuditEntry
from thidua_desktop.store.schema import (
    SCHEMA_HEAD,
    alembic_config,
    current_revision,
    known_head,
    open_database,
)

# The tests of the file itself (its pragmas, header, damage, upgrade copy, write lock) are
# SQLite-only; the schema against the models, foreign keys and times run on both engines.
the_file = pytest.mark.sqlite_only(reason="the SQLite file's pragmas, header, damage and lock")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrations_create_exactly_the_tables_the_models_describe(empty_db: Database) -> None:
    with empty_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_schema_head_constant_is_alembics_head() -> None:
    assert known_head() == SCHEMA_HEAD


@the_file
def test_new_database_is_at_head_with_wal_and_foreign_keys(empty_db: Database) -> None:
    assert current_revision(empty_db.engine) == SCHEMA_HEAD
    with empty_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_foreign_keys_are_enforced(empty_db: Database) -> None:
    with pytest.raises(Exception, match=r"(?i)foreign key"), empty_db.transaction() as session:
        session.execute(
            text(
                "INSERT INTO admin_unit (code, name, kind, level, parent_id, search_key, sort_key)"
                " VALUES ('1', 'x', 'xa', 3, 999, 'x', 'x')"
            )
        )


@the_file
def test_database_from_a_newer_version_is_refused_and_left_unchanged(data_dir: DataDir) -> None:
    open_database(data_dir).close()
    with sqlite3.connect(data_dir.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = _digest(data_dir.database)
    with pytest.raises(SchemaTooNewError, match="phiên bản mới hơn"):
        open_database(data_dir)
    assert _digest(data_dir.database) == before
    assert not list(data_dir.backups.glob("*.sqlite3"))


@the_file
def test_older_database_is_backed_up_before_it_is_upgraded(data_dir: DataDir) -> None:
    db = open_database(data_dir)
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    db.close()

    db = open_database(data_dir)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
    finally:
        db.close()
    backups = list(data_dir.backups.glob("truoc-nang-cap-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@the_file
def test_a_file_that_is_not_a_database_is_refused_with_a_message(data_dir: DataDir) -> None:
    data_dir.ensure()
    data_dir.database.write_bytes(b"Excel? " * 100)
    with pytest.raises(DatabaseUnavailableError, match="không phải là cơ sở dữ liệu"):
        open_database(data_dir)
    assert data_dir.database.read_bytes() == b"Excel? " * 100


@the_file
def test_another_applications_sqlite_file_is_refused(data_dir: DataDir) -> None:
    data_dir.ensure()
    with sqlite3.connect(data_dir.database) as conn:
        conn.execute("CREATE TABLE khach_hang (id INTEGER PRIMARY KEY)")
    before = _digest(data_dir.database)
    with pytest.raises(DatabaseUnavailableError, match="không do ứng dụng này tạo ra"):
        open_database(data_dir)
    assert _digest(data_dir.database) == before


@the_file
def test_a_damaged_database_is_reported_not_crashed(data_dir: DataDir) -> None:
    open_database(data_dir).close()
    raw = bytearray(data_dir.database.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    data_dir.database.write_bytes(bytes(raw))
    with pytest.raises(DatabaseUnavailableError, match="Không mở được cơ sở dữ liệu"):
        open_database(data_dir)


@the_file
def test_an_unusable_data_directory_gives_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(UserError, match="Không tạo được thư mục dữ liệu"):
        open_database(DataDir(blocker / "data"))


def test_timestamps_come_back_in_utc(empty_db: Database) -> None:
    moment = dt.datetime(2023, 1, 5, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    with empty_db.transaction() as session:
        session.add(AuditEntry(at=moment, operator="a", action="x", entity="e", entity_key="k"))
    with empty_db.reading() as session:
        stored = session.scalars(select(AuditEntry.at)).one()
    assert stored == moment
    assert stored.utcoffset() == dt.timedelta(0)


@the_file
def test_upgrading_a_database_made_by_the_first_release_keeps_its_data(data_dir: DataDir) -> None:
    # An installation still at revision 0001, its rows written as the first release wrote them
    # (plain SQL: today's services expect today's tables). Opening it with this version backs
    # it up, brings it to the head and keeps every row.
    from thidua_desktop.services.core.profile import get_profile
    from thidua_desktop.services.core.units import list_units
    from thidua_desktop.store.engine import create_sqlite_engine

    data_dir.ensure()
    engine = create_sqlite_engine(data_dir.database)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(
            text(
                "INSERT INTO admin_unit (id, code, name, kind, level, parent_id, search_key, "
                "sort_key) VALUES (1, '92', 'Cần Thơ', 'thanh_pho_tw', 1, NULL, 'x', 'a'), "
                "(2, '916', 'Ninh Kiều', 'quan', 2, 1, 'y', 'b')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO profile (id, installation_id, office_unit_id, operator, demo, "
                "created_at, updated_at) VALUES (1, 'abc', 2, 'Lan', 0, "
                "'2023-01-05 08:00:00', '2023-01-05 08:00:00')"
            )
        )
    engine.dispose()

    db = open_database(data_dir)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
        assert [u.full_name for u in list_units(db)] == ["Thành phố Cần Thơ", "Quận Ninh Kiều"]
        profile = get_profile(db)
        assert profile is not None and (profile.office_code, profile.operator) == ("916", "Lan")
    finally:
        db.close()
    assert len(list(data_dir.backups.glob("truoc-nang-cap-0001-*.sqlite3"))) == 1


@the_file
def test_a_write_transaction_holds_the_write_lock_from_its_start(empty_db: Database) -> None:
    """BEGIN IMMEDIATE: what a transaction reads before it writes cannot change under it, and
    its write never fails with SQLITE_BUSY_SNAPSHOT (which no busy timeout waits out)."""
    other = sqlite3.connect(empty_db.path, timeout=0, isolation_level=None)
    try:
        with empty_db.transaction() as session:
            session.execute(select(AuditEntry.id)).all()  # only a read so far
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once it is committed
        other.execute("ROLLBACK")
    finally:
        other.close()


@the_file
def test_the_last_migration_keeps_every_row_of_a_full_database(
    data_dir: DataDir, tmp_path: Path
) -> None:
    # The demonstration (every table filled: proposals with their lines and decisions, khu dân
    # cư, attachments…) copied into a file at the revision before the head, then opened: the
    # upgrade keeps every row. (A migration that copies a table in SQLite's batch mode dropped
    # the old one with foreign keys on, and the drop cascaded to the rows referring to it.)
    from alembic.script import ScriptDirectory

    from thidua_desktop.services.core.setup import initialise
    from thidua_desktop.store.engine import create_sqlite_engine

    demo = DataDir(tmp_path / "demo")
    initialise(demo, demo=True)
    previous = ScriptDirectory.from_config(alembic_config()).get_revision(SCHEMA_HEAD).down_revision
    assert isinstance(previous, str)
    data_dir.ensure()
    engine = create_sqlite_engine(data_dir.database)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, previous)
    engine.dispose()
    con = sqlite3.connect(data_dir.database)
    con.execute("ATTACH DATABASE ? AS demo", (str(demo.database),))
    tables = [
        name
        for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'"
        )
    ]
    counts = {}
    with con:
        for table in tables:
            columns = [row[1] for row in con.execute(f'PRAGMA main.table_info("{table}")')]
            names = ", ".join(f'"{c}"' for c in columns)
            con.execute(f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM demo."{table}"')
    for table in tables:
        counts[table] = con.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
    con.close()
    assert counts["award_line"] > 0 and counts["award_decision"] > 0
    db = open_database(data_dir)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
        with db.reading() as session:
            after = {
                t: session.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables
            }
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        db.close()
    assert after == counts
