"""The country-size demonstration generator, run on two provinces (the national run is a benchmark
step, not a test): counts, determinism, and that the app reads what it wrote."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from thidua_desktop.cli import main
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.paths import DataDir
from thidua_desktop.services.demo.scale import (
    YEARS,
    create_scale_workspace,
    parse_provinces,
    scale_units,
)

PROVINCES = ("92", "95")  # Cần Thơ (80 commune-level units) and Bạc Liêu (64)


def _count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute(sql).fetchone()[0])


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> DataDir:
    data_dir = DataDir(tmp_path_factory.mktemp("scale") / "data")
    create_scale_workspace(data_dir, scale="national", provinces=PROVINCES)
    return data_dir


def test_only_the_chosen_provinces_are_loaded_and_cantho_is_not_doubled(
    generated: DataDir,
) -> None:
    units = scale_units(PROVINCES).units
    db = generated.database
    assert _count(db, "SELECT count(*) FROM admin_unit") == len(units)
    assert _count(db, "SELECT count(*) FROM admin_unit WHERE parent_id IS NULL") == 2
    assert _count(db, "SELECT count(*) FROM admin_unit WHERE code = '92'") == 1
    assert _count(db, "SELECT count(*) FROM admin_unit WHERE level = 3") == 80 + 64


def test_every_unit_and_year_has_its_records(generated: DataDir) -> None:
    db = generated.database
    units = _count(db, "SELECT count(*) FROM admin_unit")
    communes = _count(db, "SELECT count(*) FROM admin_unit WHERE level = 3")
    xa = _count(db, "SELECT count(*) FROM admin_unit WHERE kind = 'xa'")
    years = len(YEARS)
    assert _count(db, "SELECT count(*) FROM indicator") == 20
    # 16 entered indicators for every unit; the 2 added-up ones for the communes only.
    assert _count(db, "SELECT count(*) FROM result") == years * (16 * units + 2 * communes)
    # 18 indicators for every unit; the 2 computed ones for the units above the communes.
    assert _count(db, "SELECT count(*) FROM target") == years * (
        18 * units + 2 * (units - communes)
    )
    assert _count(db, "SELECT count(*) FROM security_status") == years * communes
    assert _count(db, "SELECT count(*) FROM security_component_status") == 3 * years * communes
    per_xa_year = _count(
        db,
        "SELECT count(*) FROM (SELECT DISTINCT unit_id, year FROM rural_criterion_status)",
    )
    assert per_xa_year == years * xa
    assert _count(db, "SELECT count(*) FROM rural_recognition") > xa // 2


def test_the_same_seed_writes_the_same_data(generated: DataDir, tmp_path: Path) -> None:
    again = DataDir(tmp_path / "again")
    create_scale_workspace(again, scale="province", provinces=PROVINCES)
    query = "SELECT uid, unit_id, year, value FROM result ORDER BY id"
    with sqlite3.connect(generated.database) as first, sqlite3.connect(again.database) as second:
        assert first.execute(query).fetchall() == second.execute(query).fetchall()


def test_the_app_reads_the_generated_year(generated: DataDir) -> None:
    from thidua_desktop.services.campaigns.results import result_grid
    from thidua_desktop.services.dashboard.figures import dashboard
    from thidua_desktop.store.schema import open_database

    db = open_database(generated)
    try:
        figures = dashboard(db, 2024)
        assert figures.scope_code == "92" and figures.demo
        assert len(figures.targets) == 20
        assert figures.security_units == 80
        grid = result_grid(db, campaign_code="QG-2125", year=2024, parent_code="916")
        wards = _count(
            generated.database,
            "SELECT count(*) FROM admin_unit WHERE parent_id = "
            "(SELECT id FROM admin_unit WHERE code = '916')",
        )
        assert len(grid.units) == 1 + wards and len(grid.indicators) == 20
        computed = [c for (_, i), c in grid.cells.items() if i == grid.indicators[-2].id]
        assert any(c.value is not None for c in computed)  # the "3 không"/ANTT share
    finally:
        db.close()


def test_the_command_line_refuses_an_existing_database_and_unknown_provinces(
    generated: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--data-dir", str(generated.root), "init", "--demo", "--scale", "province"])
    assert code == 1 and "thư mục dữ liệu mới" in capsys.readouterr().err
    with pytest.raises(InvalidInput):
        scale_units(["99"])
    code = main(["--data-dir", str(tmp_path / "x"), "init", "--scale", "province"])
    assert code == 1 and "--demo" in capsys.readouterr().err
    with pytest.raises(UserError):
        create_scale_workspace(generated, scale="national")


def test_provinces_are_read_from_a_comma_list() -> None:
    assert parse_provinces(" 92, 95 ,") == ("92", "95")
    assert parse_provinces(None) == ()
