"""Server mode on a real PostgreSQL: `THIDUA_TEST_POSTGRES` names a superuser connection to a
throw-away server (`.ci/test` starts one with `.ci/postgres start`); without it these tests are
skipped. Each test gets a database of its own, copied from a template made once per session
(CREATE DATABASE … TEMPLATE takes a fraction of a second; loading the demonstration seconds)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.setup import initialise
from thidua_desktop.store.engine import Database
from thidua_desktop.store.schema import open_database

ADMIN = os.environ.get("THIDUA_TEST_POSTGRES")

pytestmark = pytest.mark.skipif(ADMIN is None, reason="no test PostgreSQL (THIDUA_TEST_POSTGRES)")


def _admin_engine() -> object:
    assert ADMIN is not None
    return create_engine(
        make_url(ADMIN).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )


def _url_of(name: str) -> str:
    assert ADMIN is not None
    return make_url(ADMIN).set(database=name).render_as_string(hide_password=False)


class Server:
    """Databases on the test server: made from templates, dropped at the end."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.engine = _admin_engine()
        self.made: list[str] = []
        self.templates: dict[str, str] = {}

    def sql(self, statement: str) -> None:
        with self.engine.connect() as conn:  # type: ignore[attr-defined]
            conn.execute(text(statement))

    def new(self, *, template: str | None = None, options: str = "") -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        source = f"TEMPLATE {template}" if template else ""
        self.sql(f"CREATE DATABASE {name} {source} {options}")
        self.made.append(name)
        return _url_of(name)

    def template(self, kind: str) -> str:
        """A database with the reference data ('empty') or the demonstration ('demo')."""
        if kind not in self.templates:
            url = self.new()
            initialise(DataDir(self.root / f"template-{kind}", url), demo=kind == "demo")
            name = make_url(url).database
            assert name is not None
            self.templates[kind] = name
        return self.templates[kind]

    def copy(self, kind: str) -> str:
        return self.new(template=self.template(kind))

    def drop_all(self) -> None:
        for name in reversed(self.made):
            self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.engine.dispose()  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    made = Server(tmp_path_factory.mktemp("server"))
    yield made
    made.drop_all()


@pytest.fixture
def server_dir(tmp_path: Path, server: Server) -> DataDir:
    """This PC's folders and a fresh demonstration database on the server."""
    return DataDir(tmp_path / "pc", server.copy("demo"))


@pytest.fixture
def server_db(server_dir: DataDir) -> Iterator[Database]:
    db = open_database(server_dir)
    yield db
    db.close()


OpenAs = Callable[[str], Database]


@pytest.fixture
def open_as(server_dir: DataDir) -> Iterator[OpenAs]:
    """Another staff member's connection to the same database (its own pool and operator)."""
    opened: list[Database] = []

    def connect(operator: str) -> Database:
        db = open_database(server_dir, operator=operator)
        opened.append(db)
        return db

    yield connect
    for db in opened:
        db.close()


def plain_url(url: str) -> URL:
    return make_url(url)
