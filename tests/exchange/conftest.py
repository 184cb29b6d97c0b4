"""Exchange fixtures: installations of a commune, a district and the city, each on the demo."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import bindparam, text

from tests.engines import ON_SERVER, ServerDatabases, Templates, dump
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
from thidua_desktop.store.engine import Database

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

    def cli(self) -> list[str]:
        """The command line's options naming this installation (and its server database)."""
        server = ["--database", self.data_dir.server] if self.data_dir.server else []
        return ["--data-dir", str(self.data_dir.root), *server]

    def sql(self, statement: str, **params: object) -> list[tuple[Any, ...]]:
        """Run SQL with :named parameters (a list expands for IN) on this office's
        database, on either engine, committed; returns its rows, if any."""
        lists = [bindparam(k, expanding=True) for k, v in params.items() if isinstance(v, list)]
        query = text(statement).bindparams(*lists)
        with self.db.engine.begin() as conn:
            result = conn.execute(query, params)
            return [tuple(row) for row in result] if result.returns_rows else []

    def dump(self) -> list[str]:
        """Every row of the database, as text (compared before and after a refusal)."""
        return dump(self.db)


MakeOffice = Callable[[str, str], Office]


@pytest.fixture
def make_office(
    templates: Templates, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[MakeOffice]:
    """Installations on copies of the demonstration (on the server engine, each with a
    database of its own on the server)."""
    offices: list[Office] = []

    def make(name: str, code: str) -> Office:
        server = None
        if ON_SERVER:
            servers: ServerDatabases = request.getfixturevalue("server_databases")
            server = servers.new()
        data_dir = DataDir(tmp_path / name, server)
        db = templates.open_copy("demo", data_dir)
        with db.engine.begin() as conn:  # every installation has its own id
            conn.execute(
                text("UPDATE profile SET installation_id = :id"), {"id": str(uuid.uuid4())}
            )
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
