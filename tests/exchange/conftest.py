"""Exchange fixtures: installations of a commune, a district and the city, each on the demo."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from thidua_desktop.exchange.operations import (
    ExportReport,
    ImportPreview,
    ImportReport,
    export_package,
    import_package,
    preview_import,
)
from thidua_desktop.paths import DataDir
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.services.core.setup import prepare
from thidua_desktop.store.engine import Database
from thidua_desktop.store.schema import open_database

COMMUNE, DISTRICT, CITY = "31117", "916", "92"  # Phường Cái Khế < Quận Ninh Kiều < Cần Thơ
YEAR = 2023


@dataclass
class Office:
    """One installation: its data directory, its open database and its office code."""

    name: str
    code: str
    data_dir: DataDir
    db: Database
    exports: int = field(default=0)

    def export(
        self, *, definitions: bool = False, unit: str | None = None, year: int = YEAR
    ) -> Path:
        self.exports += 1
        out = self.data_dir.outbox / f"{self.name}-{self.exports}.tdkt"
        self.last_export: ExportReport = export_package(
            self.db, self.data_dir, year=year, out=out, unit_code=unit, definitions=definitions
        )
        return out

    def preview(self, path: Path) -> ImportPreview:
        return preview_import(self.db, path)

    def import_(self, path: Path, *, replace_local: bool = True) -> ImportReport:
        """Import as a person who confirmed replacing local data (the tests of that
        confirmation itself pass replace_local=False)."""
        return import_package(self.db, self.data_dir, path, replace_local=replace_local)

    def dump(self) -> list[str]:
        """Every row of the database, as SQL text (compared before and after a refusal)."""
        connection = sqlite3.connect(self.data_dir.database)
        try:
            return list(connection.iterdump())
        finally:
            connection.close()


MakeOffice = Callable[[str, str], Office]


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demonstration database, built once and copied for every installation of a test."""
    root = tmp_path_factory.mktemp("exchange-template")
    db = open_database(DataDir(root))
    prepare(db, demo=True)
    db.close()
    return root


@pytest.fixture
def make_office(demo_template: Path, tmp_path: Path) -> Iterator[MakeOffice]:
    offices: list[Office] = []

    def make(name: str, code: str) -> Office:
        root = tmp_path / name
        shutil.copytree(demo_template, root)
        connection = sqlite3.connect(root / "thidua.sqlite3")
        with connection:  # every installation has its own id
            connection.execute("UPDATE profile SET installation_id = ?", (str(uuid.uuid4()),))
        connection.close()
        data_dir = DataDir(root)
        db = open_database(data_dir)
        set_profile(db, office_code=code, operator=f"Cán bộ {name}")
        office = Office(name, code, data_dir, db)
        offices.append(office)
        return office

    yield make
    for office in offices:
        office.db.close()


@pytest.fixture
def commune(make_office: MakeOffice) -> Office:
    return make_office("xa", COMMUNE)


@pytest.fixture
def district(make_office: MakeOffice) -> Office:
    return make_office("huyen", DISTRICT)


@pytest.fixture
def city(make_office: MakeOffice) -> Office:
    return make_office("tp", CITY)
