"""What the server refuses or loses that is not the data's fault becomes a Vietnamese message,
not a crash report: a lost connection, a login without the rights, a read-only server."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from thidua_desktop.paths import DataDir
from thidua_desktop.services.campaigns.results import set_result
from thidua_desktop.services.core.units import list_units
from thidua_desktop.store.engine import Database
from thidua_desktop.store.errors import DatabaseUnavailableError
from thidua_desktop.store.schema import open_database

from .conftest import ADMIN, Server

pytestmark = pytest.mark.skipif(ADMIN is None, reason="no test PostgreSQL (THIDUA_TEST_POSTGRES)")

CELL = {"campaign_code": "TD-2026", "indicator_code": "BHYT", "unit_code": "31135", "year": 2026}


def test_a_connection_the_server_ended_is_said_and_the_next_action_works(
    server: Server, server_db: Database
) -> None:
    with server_db.engine.connect() as conn:  # the pooled connection the next action reuses
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
    server.sql(f"SELECT pg_terminate_backend({pid})")
    # pool_pre_ping replaces the dead connection: the person never notices.
    assert list_units(server_db)
    with server_db.engine.connect() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
    with (
        pytest.raises(DatabaseUnavailableError, match="Mất kết nối với máy chủ"),
        server_db.reading() as session,
    ):
        session.execute(text("SELECT 1"))
        server.sql(f"SELECT pg_terminate_backend({pid})")
        session.execute(text("SELECT 1"))  # mid-action: said, not a traceback
    assert set_result(server_db, value="90", **CELL) is not None  # and the next action works


def test_a_login_without_rights_is_told_to_ask_for_them(
    server: Server, server_dir: DataDir
) -> None:
    server.sql("DROP ROLE IF EXISTS chi_xem")
    server.sql("CREATE ROLE chi_xem LOGIN")
    name = make_url(server_dir.server).database
    url = make_url(server_dir.server).set(username="chi_xem")
    viewer_dir = DataDir(server_dir.root, url.render_as_string(hide_password=False))
    try:
        server.sql(f"GRANT CONNECT ON DATABASE {name} TO chi_xem")
        # A new staff login not yet granted the application's tables: told at opening.
        with pytest.raises(DatabaseUnavailableError, match=r"chưa được cấp quyền.*\(GRANT\)"):
            open_database(viewer_dir)
        # Granted reading only: it reads, and a change is refused with the same advice.
        with make_engine(viewer_dir.server, admin=True).begin() as conn:
            conn.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO chi_xem"))
        viewer = open_database(viewer_dir)
        try:
            assert list_units(viewer)
            with pytest.raises(DatabaseUnavailableError, match=r"chưa được cấp quyền"):
                set_result(viewer, value="90", **CELL)
        finally:
            viewer.close()
    finally:
        with make_engine(viewer_dir.server, admin=True).begin() as conn:
            conn.execute(text("DROP OWNED BY chi_xem"))
        server.sql("DROP ROLE chi_xem")


def make_engine(url: str | None, *, admin: bool) -> Engine:
    """An engine on the database `url` names, as the test server's superuser."""
    assert url is not None and ADMIN is not None
    target = make_url(ADMIN).set(database=make_url(url).database, drivername="postgresql+psycopg")
    return create_engine(target, poolclass=NullPool)


def test_a_read_only_server_refuses_the_write_with_a_message(
    server: Server, server_dir: DataDir
) -> None:
    name = make_url(server_dir.server).database
    server.sql(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    db = open_database(server_dir)
    try:
        assert list_units(db)  # reading works
        with pytest.raises(DatabaseUnavailableError, match="đang chỉ cho đọc"):
            set_result(db, value="90", **CELL)
    finally:
        db.close()
