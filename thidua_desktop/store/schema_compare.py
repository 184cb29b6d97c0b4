"""Is a file's schema the one the migrations produce? Tables, columns, indexes, and nothing else.

A file that only claims our revision (alembic_version) is not enough to trust: another program's
database, a copy missing a table or a column, or one carrying a trigger of its own (a trigger runs
on every write and can delete data) must be refused before it replaces the live database, and
`check` must say so. The reference is built by running this version's migrations to the file's
revision in memory, once per revision and process.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from thidua_desktop.store.sqlite_files import connect_read_only

# Columns are compared by name, declared type, NOT NULL and primary key position; the order of
# columns and the text of defaults may differ between a file upgraded step by step and a new one.
Column = tuple[str, str, bool, int]
Index = tuple[str, bool, tuple[str, ...]]  # table, unique, columns


@dataclass(frozen=True)
class Schema:
    tables: dict[str, frozenset[Column]]
    indexes: dict[str, Index]
    triggers: tuple[str, ...]
    views: tuple[str, ...]


def read_schema(connection: sqlite3.Connection) -> Schema:
    """The schema of an open SQLite connection (SQLite's own tables left out)."""
    entries = connection.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    tables: dict[str, frozenset[Column]] = {}
    indexes: dict[str, Index] = {}
    triggers: list[str] = []
    views: list[str] = []
    for kind, name, table in entries:
        if kind == "table":
            columns = connection.execute(f'PRAGMA table_info("{name}")').fetchall()
            tables[name] = frozenset(
                (str(c[1]), str(c[2]).upper(), bool(c[3]), int(c[5])) for c in columns
            )
        elif kind == "index":
            info = connection.execute(f'PRAGMA index_info("{name}")').fetchall()
            unique = any(
                row[1] == name and bool(row[2])
                for row in connection.execute(f'PRAGMA index_list("{table}")')
            )
            indexes[name] = (str(table), unique, tuple(str(row[2]) for row in info))
        elif kind == "trigger":
            triggers.append(str(name))
        elif kind == "view":
            views.append(str(name))
    return Schema(tables, indexes, tuple(sorted(triggers)), tuple(sorted(views)))


@lru_cache(maxsize=4)
def expected_schema(revision: str) -> Schema:
    """The schema this version's migrations produce at `revision` (built in memory)."""
    from alembic import command
    from sqlalchemy import create_engine

    from thidua_desktop.store.engine import whole_transactions
    from thidua_desktop.store.schema import alembic_config

    engine = whole_transactions(create_engine("sqlite://"))
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            raw = connection.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            return read_schema(raw)
    finally:
        engine.dispose()


def schema_differences(path: Path, revision: str) -> list[str]:
    """What in the file at `path` differs from the schema of `revision`, in Vietnamese (empty
    when it is exactly the schema the migrations produce)."""
    connection = connect_read_only(path)
    try:
        found = read_schema(connection)
    finally:
        connection.close()
    return compare(found, expected_schema(revision))


def compare(found: Schema, expected: Schema) -> list[str]:
    problems: list[str] = []
    for table in sorted(expected.tables.keys() - found.tables.keys()):
        problems.append(f"thiếu bảng {table}")
    for table in sorted(found.tables.keys() - expected.tables.keys()):
        problems.append(f"có bảng lạ {table}")
    for table in sorted(found.tables.keys() & expected.tables.keys()):
        have = {c[0]: c for c in found.tables[table]}
        want = {c[0]: c for c in expected.tables[table]}
        for column in sorted(want.keys() - have.keys()):
            problems.append(f"bảng {table} thiếu cột {column}")
        for column in sorted(have.keys() - want.keys()):
            problems.append(f"bảng {table} có cột lạ {column}")
        for column in sorted(want.keys() & have.keys()):
            if want[column] != have[column]:
                problems.append(f"cột {table}.{column} khác định nghĩa")
    for index in sorted(expected.indexes.keys() - found.indexes.keys()):
        problems.append(f"thiếu chỉ mục {index}")
    for index in sorted(found.indexes.keys() - expected.indexes.keys()):
        problems.append(f"có chỉ mục lạ {index}")
    for index in sorted(found.indexes.keys() & expected.indexes.keys()):
        if found.indexes[index] != expected.indexes[index]:
            problems.append(f"chỉ mục {index} khác định nghĩa")
    for trigger in found.triggers:
        if trigger not in expected.triggers:
            problems.append(f"có trigger lạ {trigger} (tự chạy khi ghi dữ liệu)")
    for view in found.views:
        if view not in expected.views:
            problems.append(f"có view lạ {view}")
    return problems
