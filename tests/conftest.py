"""Shared fixtures: a fresh temporary data directory and database for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Headless Qt; must be set before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test fall back to the developer's real per-user data folder.
os.environ.pop("THIDUA_DATA_DIR", None)

from thidua_desktop.paths import DataDir
from thidua_desktop.services.setup import prepare
from thidua_desktop.store.engine import Database
from thidua_desktop.store.schema import open_database


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


@pytest.fixture
def empty_db(data_dir: DataDir) -> Iterator[Database]:
    """A database at the current schema with nothing loaded."""
    db = open_database(data_dir)
    yield db
    db.close()


@pytest.fixture
def db(empty_db: Database) -> Database:
    """A database with the bundled Cần Thơ unit list (no profile)."""
    prepare(empty_db)
    return empty_db


@pytest.fixture
def demo_db(empty_db: Database) -> Database:
    """The Cần Thơ demonstration database (profile: Thành phố Cần Thơ)."""
    prepare(empty_db, demo=True)
    return empty_db
