"""Shared fixtures: a fresh temporary data directory and database for every test."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

# Headless Qt; must be set before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test fall back to the developer's real per-user data folder.
os.environ.pop("THIDUA_DATA_DIR", None)

from tests.engines import ON_SERVER, ServerDatabases, Templates, use_server_database
from thidua_desktop.paths import DataDir
from thidua_desktop.store.engine import Database


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: a test of the SQLite file itself, skipped on the server engine"
    )


# Folders whose every test is about the SQLite file: crash points counted in SQLite statements,
# the frozen build (which runs the file's demonstration), and the server tests proper (run once,
# with the SQLite suite, against their own databases).
_SQLITE_ONLY_FOLDERS = ("crash", "build", "server")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not ON_SERVER:
        return
    tests = Path(__file__).parent
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            why = marker.kwargs.get("reason", "the SQLite file")
        elif item.path.relative_to(tests).parts[0] in _SQLITE_ONLY_FOLDERS:
            why = "the SQLite file, or the server tests proper"
        else:
            continue
        item.add_marker(pytest.mark.skip(reason=f"SQLite only: {why}"))


@pytest.fixture(scope="session")
def server_databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerDatabases]:
    """The test server's databases (THIDUA_TEST_ENGINE=postgresql only)."""
    if not ON_SERVER:
        pytest.skip("the suite runs on SQLite")
    made = ServerDatabases(tmp_path_factory.mktemp("server"))
    yield made
    made.drop_all()


@pytest.fixture
def data_dir(tmp_path: Path, request: pytest.FixtureRequest) -> DataDir:
    """This test's data folder; on the server engine it names a new database of its own (with
    the schema, nothing loaded), saved in the folder as the server it uses, as Settings › Máy
    chủ dữ liệu does, so the command line given `--data-dir` works on it too."""
    if not ON_SERVER:
        return DataDir(tmp_path / "data")
    servers: ServerDatabases = request.getfixturevalue("server_databases")
    templates: Templates = request.getfixturevalue("templates")
    url = servers.new(template=templates.server_template("empty"))
    use_server_database(tmp_path / "data", url)
    return DataDir(tmp_path / "data", url)


@pytest.fixture(scope="session")
def templates(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Templates:
    servers = request.getfixturevalue("server_databases") if ON_SERVER else None
    return Templates(tmp_path_factory.mktemp("templates"), servers)


@pytest.fixture
def empty_db(data_dir: DataDir, templates: Templates) -> Iterator[Database]:
    """A database at the current schema with nothing loaded."""
    db = templates.open_copy("empty", data_dir)
    yield db
    db.close()


@pytest.fixture
def db(data_dir: DataDir, templates: Templates) -> Iterator[Database]:
    """A database with the bundled Cần Thơ unit list (no profile)."""
    db = templates.open_copy("units", data_dir)
    yield db
    db.close()


@pytest.fixture
def demo_db(data_dir: DataDir, templates: Templates) -> Iterator[Database]:
    """The Cần Thơ demonstration database (profile: Thành phố Cần Thơ)."""
    db = templates.open_copy("demo", data_dir)
    yield db
    db.close()


# Transaction control is not a query: BEGIN, COMMIT, ROLLBACK and savepoints are left out.
_TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@contextmanager
def _queries(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count_it(*args: object) -> None:
        statement = str(args[2])
        if not statement.lstrip().upper().startswith(_TRANSACTION_CONTROL):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count_it)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count_it)


@pytest.fixture
def count_queries() -> Callable[[Database], AbstractContextManager[list[str]]]:
    """`with count_queries(db) as seen:` lists the SQL queries sent while the block runs."""
    return _queries
