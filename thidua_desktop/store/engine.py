"""The database handle: an engine with WAL and foreign keys on, and one session per user action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from thidua_desktop.store.errors import (
    DatabaseUnavailableError,
    server_problem,
    storage_problem,
    without_values,
)
from thidua_desktop.store.sqlite_files import connect_read_only

# Transactions: the sqlite3 module's own transaction handling is turned off (it begins a
# transaction only before INSERT/UPDATE/DELETE and commits before anything else, so CREATE, ALTER
# and DROP ran outside any transaction: a crash during a migration left half a schema). SQLAlchemy
# emits BEGIN itself instead, so every transaction, a migration's DDL included, is whole or
# nothing (the recipe of SQLAlchemy's pysqlite documentation, "Serializable isolation").
IMMEDIATE = "thidua_begin_immediate"


def _driver_transactions_off(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None


def _begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def whole_transactions(engine: Engine) -> Engine:
    """Make every transaction of `engine` (a migration's DDL included) whole or nothing: the
    driver's own transaction handling off, BEGIN emitted by SQLAlchemy."""
    event.listen(engine, "connect", _driver_transactions_off)
    event.listen(engine, "begin", _begin)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The one SQLite-specific helper: WAL for crash safety and concurrent readers, foreign keys
    # enforced (SQLite leaves them off by default), NORMAL sync (safe with WAL), and a busy timeout
    # so a momentary lock waits instead of failing.
    _driver_transactions_off(dbapi_connection, _record)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def _sqlite_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    _driver_transactions_off(dbapi_connection, _record)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def create_sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on `path`; `read_only` opens it so that no write can reach the file.

    The path goes to SQLite as it is ('#', '?', '%' and Vietnamese letters in folder names
    included): never through a URL string, where those characters mean something else.
    """
    # Connections come from a pool and may be used by the GUI thread and the one worker thread in
    # turn (never at once), so the sqlite3 same-thread check is turned off. Statement parameters
    # are kept out of error messages: they may hold personal data (khen thưởng recipients), and
    # an unexpected error's message goes into the log file.
    if read_only:
        engine = create_engine(
            "sqlite://",
            creator=lambda: connect_read_only(path, check_same_thread=False),
            poolclass=QueuePool,
            hide_parameters=True,
        )
        event.listen(engine, "connect", _sqlite_read_only_pragmas)
    else:
        engine = create_engine(
            URL.create("sqlite", database=str(path)),
            connect_args={"check_same_thread": False},
            hide_parameters=True,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


@dataclass
class Database:
    """An open database: services receive it and open one transaction per user action.

    `path` is the SQLite file; None in server mode, where `where` names the server (no
    password) and `operator` the person signed in on this PC, for the audit."""

    path: Path | None
    engine: Engine
    where: str = ""
    operator: str | None = None
    created: bool = False  # this opening created the database (its schema)
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    _immediate: sessionmaker[Session] = field(init=False, repr=False)

    @property
    def server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def __post_init__(self) -> None:
        if not self.where:
            self.where = str(self.path)
        info = {"operator": self.operator} if self.operator else {}
        self._factory = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._immediate = sessionmaker(
            self.engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False, info=info
        )

    @contextmanager
    def transaction(self, *, immediate: bool = True) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on any error.

        The transaction takes the write lock at once (SQLite's BEGIN IMMEDIATE, waiting up to
        the busy timeout): what it reads first cannot be changed by another writer before it
        writes, and a write after a read never fails with SQLITE_BUSY_SNAPSHOT, which no timeout
        waits out. `immediate=False` only for a transaction that may not write at all.

        A write the storage refuses (read-only folder, full disk, file locked) becomes a
        DatabaseUnavailableError with a Vietnamese message; the transaction is rolled back.
        """
        try:
            factory = self._immediate if immediate else self._factory
            with factory() as session, session.begin():
                yield session
        except DBAPIError as exc:
            if self.server:
                # Its text may quote the refused row (personal data): never chained, never shown.
                said = server_problem(self.where, exc)
                if said is not None:
                    raise DatabaseUnavailableError(said) from None
                raise server_error(exc) from None
            if not isinstance(exc, OperationalError):
                raise
            message = storage_problem(self.where, str(exc.orig or exc))
            if message is None:
                raise
            raise DatabaseUnavailableError(message) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only (nothing it does is committed). On a server, a lost
        connection is a message, not a crash report."""
        with self._factory() as session:
            try:
                yield session
            except DBAPIError as exc:
                if not self.server:
                    raise
                said = server_problem(self.where, exc)
                if said is not None:
                    raise DatabaseUnavailableError(said) from None
                raise server_error(exc) from None
            finally:
                try:
                    session.rollback()
                except DBAPIError:
                    if not self.server:
                        raise  # a lost server connection has nothing left to roll back

    def close(self) -> None:
        self.engine.dispose()


class ServerError(RuntimeError):
    """A database server error, its text without the values of the row it refused."""


def server_error(exc: DBAPIError) -> ServerError:
    """The server's error as a ServerError whose text quotes none of the refused row's values."""
    return ServerError(
        f"{type(exc.orig).__name__ if exc.orig else type(exc).__name__}: "
        f"{without_values(str(exc.orig or exc))}"
    )


def is_sqlite_database(path: Path) -> bool:
    """True when the file starts with SQLite's header (used to refuse a foreign file early)."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False
