"""insert_rows on PostgreSQL: the same values as SQLAlchemy's executemany, through the fast path
(psycopg's named parameters), not SQLAlchemy's per-row bookkeeping."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from tests.store.test_bulk import ROWS, driver_sql, metadata, sample
from thidua_desktop.store.bulk import insert_rows

from .conftest import ADMIN, Server

pytestmark = pytest.mark.skipif(ADMIN is None, reason="no test PostgreSQL (THIDUA_TEST_POSTGRES)")


def test_the_same_values_as_sqlalchemy_through_the_fast_path(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = create_engine(make_url(server.new()).set(drivername="postgresql+psycopg"))
    metadata.create_all(engine)

    def stored(writer: Any) -> list[tuple[Any, ...]]:
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM sample"))
            writer(connection)
            rows = connection.execute(text("SELECT * FROM sample ORDER BY id"))
            return [tuple(r)[1:] for r in rows]

    try:
        theirs = stored(lambda c: c.execute(insert(sample), ROWS))
        calls = driver_sql(monkeypatch)
        ours = stored(lambda c: insert_rows(c, sample, ROWS))
    finally:
        engine.dispose()
    assert ours == theirs and ours[0][0] == "Phường Cái Khế"
    (sql,) = [sql for sql in calls if sql.startswith("INSERT")]
    assert sql.startswith(
        "INSERT INTO sample (name, day, at, amount, extra, kind) VALUES (%(name)s"
    )
    assert "RETURNING" not in sql  # no ids fetched back row by row
