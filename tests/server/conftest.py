"""Server mode on a real PostgreSQL: `THIDUA_TEST_POSTGRES` names a superuser connection to a
throw-away server (`.ci/test` starts one with `.ci/postgres start`); without it these tests are
skipped. Each test gets a database of its own, copied from a template made once per session
(CREATE DATABASE … TEMPLATE takes a fraction of a second; loading the demonstration seconds)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.engines import ADMIN, ServerDatabases
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.setup import initialise
from thidua_desktop.store.engine import Database
from thidua_desktop.store.schema import open_database

pytestmark = pytest.mark.skipif(ADMIN is None, reason="no test PostgreSQL (THIDUA_TEST_POSTGRES)")


class Server(ServerDatabases):
    """Databases on the test server (with the Vietnamese collation), dropped at the end."""

    def demo(self, kind: str) -> str:
        """A database with the reference data ('empty') or the demonstration ('demo')."""
        return self.template(
            kind,
            lambda url: initialise(
                DataDir(self.root / f"template-{kind}", url), demo=kind == "demo"
            ),
        )

    def copy(self, kind: str) -> str:
        return self.new(template=self.demo(kind))


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
