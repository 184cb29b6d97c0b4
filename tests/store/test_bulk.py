"""insert_rows stores exactly what SQLAlchemy's own executemany stores, and falls back to it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    Column,
    Date,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    create_engine,
    insert,
    text,
)

from thidua_desktop.store.base import UtcDateTime
from thidua_desktop.store.bulk import insert_rows

metadata = MetaData()
sample = Table(
    "sample",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(40)),
    Column("day", Date),
    Column("at", UtcDateTime()),
    Column("amount", Numeric(12, 2)),
    Column("extra", JSON),
    Column("kind", String(10), default="thường"),
)

ROWS: list[dict[str, Any]] = [
    {
        "name": "Phường Cái Khế",
        "day": dt.date(2023, 1, 5),
        "at": dt.datetime(2023, 1, 5, 8, 30, tzinfo=dt.UTC),
        "amount": Decimal("9.50"),
        "extra": {"a": [1, 2]},
        "kind": "x",
    },
    {"name": None, "day": None, "at": None, "amount": None, "extra": None, "kind": "y"},
]


def stored(rows_writer: Any) -> list[tuple[Any, ...]]:
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        rows_writer(connection)
        return [tuple(r) for r in connection.execute(text("SELECT * FROM sample ORDER BY id"))]


def test_the_same_values_are_stored_as_by_sqlalchemy() -> None:
    ours = stored(lambda c: insert_rows(c, sample, ROWS))
    theirs = stored(lambda c: c.execute(insert(sample), ROWS))
    assert ours == theirs
    assert ours[0][1] == "Phường Cái Khế" and ours[1][5] == theirs[1][5]


def test_a_missing_column_with_a_python_default_takes_the_ordinary_path() -> None:
    rows = [{k: v for k, v in row.items() if k != "kind"} for row in ROWS]
    ours = stored(lambda c: insert_rows(c, sample, rows))
    assert [r[-1] for r in ours] == ["thường", "thường"]


def test_nothing_to_insert_is_fine() -> None:
    assert stored(lambda c: insert_rows(c, sample, [])) == []


def driver_sql(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The SQL sent through exec_driver_sql (the fast path) from now on."""
    from sqlalchemy import Connection

    calls: list[str] = []
    original = Connection.exec_driver_sql

    def spy(self: Connection, sql: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(sql)
        return original(self, sql, *args, **kwargs)

    monkeypatch.setattr(Connection, "exec_driver_sql", spy)
    return calls


def test_the_fast_path_is_the_one_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = driver_sql(monkeypatch)
    stored(lambda c: insert_rows(c, sample, ROWS))
    inserts = [sql for sql in calls if sql.startswith("INSERT")]
    assert inserts == [
        "INSERT INTO sample (name, day, at, amount, extra, kind) VALUES (?, ?, ?, ?, ?, ?)"
    ]
