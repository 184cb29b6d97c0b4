"""Shared fixtures: a fresh temporary data directory and database for every test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

# Headless Qt; must be set before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test fall back to the developer's real per-user data folder.
os.environ.pop("THIDUA_DATA_DIR", None)

from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.setup import prepare
from thidua_desktop.store.engine import Database
from thidua_desktop.store.schema import open_database


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


class Templates:
    """Databases prepared once per test session and copied for each test that asks for one:
    copying a file takes about a millisecond, loading the demonstration takes seconds."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._made: dict[str, Path] = {}

    def database(self, kind: str) -> Path:
        if kind not in self._made:
            data_dir = DataDir(self._root / kind)
            template = open_database(data_dir)
            try:
                if kind != "empty":
                    prepare(template, demo=kind == "demo")
            finally:
                template.close()
            # Closing the last connection checkpoints the write-ahead log into the file.
            assert not data_dir.database.with_name(data_dir.database.name + "-wal").exists()
            self._made[kind] = data_dir.database
        return self._made[kind]

    def open_copy(self, kind: str, data_dir: DataDir) -> Database:
        data_dir.ensure()
        shutil.copyfile(self.database(kind), data_dir.database)
        return open_database(data_dir)


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("templates"))


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
