"""Server mode: one PostgreSQL database for a province's several staff (DESIGN §8).

What differs from the SQLite file, and only that, lives here:
- the engine (psycopg 3, parameters kept out of error texts, a connection test before use);
- whole-database writers take a transaction-scoped advisory lock, the server's equivalent of
  SQLite's BEGIN IMMEDIATE: what a writing transaction reads cannot change under it before it
  writes, a year's lock is checked inside the transaction that writes, the same package imported
  by two staff at once is applied once;
- the schema is created and upgraded only by `init` (an administrator's step): an application
  finding it older or newer refuses and changes nothing;
- PostgreSQL puts a refused row's values into its error text ("Failing row contains (…)"):
  such errors are replaced by a message without any value before they reach a log;
- the sort keys are compared bytewise (COLLATE "C", migration 0013) whatever the database's
  collation.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.paths import without_password
from thidua_desktop.store.engine import IMMEDIATE
from thidua_desktop.store.errors import without_values

# The advisory lock every whole-database writer takes (pg_advisory_xact_lock), and the one a
# schema upgrade holds for its session. Arbitrary numbers, the same in every installation.
WRITER_LOCK = 7_301_2023
MIGRATION_LOCK = 7_301_2024
APPLICATION_NAME = "thidua-desktop"


def server_url(value: str) -> URL:
    """The URL with the psycopg 3 driver; a clear message for anything else."""
    try:
        url = make_url(value)
    except ArgumentError as exc:
        raise UserError(
            msg(
                "Địa chỉ cơ sở dữ liệu không hợp lệ: {url}. Dạng đúng: "
                "postgresql://người-dùng@máy-chủ:5432/tên-cơ-sở-dữ-liệu",
                url=without_password(value),
            )
        ) from exc
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise UserError(
            msg(
                "Chế độ máy chủ chỉ dùng PostgreSQL (địa chỉ bắt đầu bằng postgresql://), "
                "không dùng {scheme}.",
                scheme=url.drivername,
            )
        )
    return url.set(drivername="postgresql+psycopg")


def shown_url(value: str) -> str:
    """The URL for people and logs: never the password."""
    try:
        return make_url(value).render_as_string(hide_password=True)
    except ArgumentError:
        return without_password(value)


def with_kept_password(url: URL) -> URL:
    """A URL without a password takes the one kept in the operating system's password store
    (Settings › Máy chủ dữ liệu), if any; otherwise libpq's PGPASSFILE applies."""
    if url.password is not None or not url.username or not url.database:
        return url
    from thidua_desktop.store.credentials import account, password_for

    kept = password_for(account(url.username, url.host or "localhost", url.port, url.database))
    return url if kept is None else url.set(password=kept)


def create_server_engine(url: str) -> Engine:
    try:
        import psycopg  # noqa: F401  (the driver SQLAlchemy would fail to load, less clearly)
    except ImportError as exc:
        raise UserError(
            msg(
                "Chế độ máy chủ cần thư viện psycopg, chưa cài trên máy này: "
                "pip install thidua-desktop[server] (bản cài đặt Windows đã có sẵn)."
            )
        ) from exc
    engine = create_engine(
        with_kept_password(server_url(url)),
        hide_parameters=True,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=4,
        connect_args={"application_name": APPLICATION_NAME, "connect_timeout": 10},
    )
    event.listen(engine, "begin", _begin)
    return engine


def _begin(connection: Connection) -> None:
    if connection.get_execution_options().get(IMMEDIATE, False):
        # psycopg has begun the transaction implicitly; the lock lasts until it ends.
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")


# -- errors ----------------------------------------------------------------------------------
def connection_problem(url: str, exc: BaseException) -> UserError:
    detail = str(getattr(exc, "orig", None) or exc)
    return UserError(
        msg(
            "Không kết nối được máy chủ cơ sở dữ liệu {url}: {detail}. Hãy kiểm tra địa chỉ, "
            "tên người dùng, mật khẩu và mạng, hoặc hỏi bộ phận công nghệ thông tin.",
            url=shown_url(url),
            detail=without_values(detail),
        )
    )


# -- schema --------------------------------------------------------------------------------------
def server_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        found = conn.execute(text("SELECT to_regclass('alembic_version')")).scalar()
        if found is None:
            tables = conn.execute(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
            ).scalar()
            if tables:
                raise UserError(
                    msg(
                        "Cơ sở dữ liệu trên máy chủ đã có bảng nhưng không phải của ứng dụng "
                        "này: hãy dùng một cơ sở dữ liệu trống."
                    )
                )
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])
