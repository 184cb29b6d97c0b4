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
    old = "SELECT count(*) FROM admin_unit WHERE source = 'units-vn-2025-03'"
    assert _count(db, old) == len(units)
    assert _count(db, f"{old} AND parent_id IS NULL") == 2
    assert _count(db, "SELECT count(*) FROM admin_unit WHERE code = '92'") == 1  # continues
    assert _count(db, f"{old} AND level = 3") == 80 + 64
    # Today's country beside them: 3 321 communes, 33 provinces besides Cần Thơ.
    new = "SELECT count(*) FROM admin_unit WHERE source = 'units-vn-2025-07'"
    assert (_count(db, f"{new} AND level = 3"), _count(db, f"{new} AND level = 1")) == (3321, 33)


def _alive(year: int, extra: str = "") -> str:
    """Units generated for `year`: those of its last day under Cần Thơ, Bạc Liêu and their
    successors (Cần Thơ 92 continues, Bạc Liêu 95 went to Cà Mau 96)."""
    day = f"'{year}-12-31'"
    return (
        "SELECT count(*) FROM admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id "
        "LEFT JOIN admin_unit g ON g.id = p.parent_id "
        f"WHERE (u.valid_from IS NULL OR u.valid_from <= {day}) "
        f"AND (u.valid_to IS NULL OR u.valid_to >= {day}) "
        "AND (u.code IN ('92', '95', '96') AND u.parent_id IS NULL "
        "OR p.code IN ('92', '95', '96') AND p.parent_id IS NULL "
        "OR g.code IN ('92', '95', '96') AND g.parent_id IS NULL) "
        "AND (u.code <> '96' OR u.source = 'units-vn-2025-07')"
        "AND (p.code IS NULL OR p.code <> '96' OR p.source = 'units-vn-2025-07')"
        "AND (g.code IS NULL OR g.code <> '96' OR g.source = 'units-vn-2025-07')" + extra
    )


def test_every_unit_and_year_has_its_records_on_that_years_structure(generated: DataDir) -> None:
    db = generated.database
    assert _count(db, "SELECT count(*) FROM indicator") == 20
    for year in YEARS:
        units = _count(db, _alive(year))
        communes = _count(db, _alive(year, " AND u.level = 3"))
        xa = _count(db, _alive(year, " AND u.kind = 'xa'"))
        # Cần Thơ's 9 and Bạc Liêu's 7 districts until 2024; Cần Thơ's 103 and Cà Mau's 64
        # communes directly under their provinces from 2025.
        assert (units, communes) == ((2 + 16 + 144, 144) if year < 2025 else (2 + 167, 167))

        def count(sql: str, year: int = year) -> int:
            return _count(db, f"{sql} WHERE year = {year}")

        # 16 entered indicators for every unit; the 2 added-up ones for the communes only.
        assert count("SELECT count(*) FROM result") == 16 * units + 2 * communes, year
        # 18 indicators for every unit; the 2 computed ones for the units above the communes.
        assert count("SELECT count(*) FROM target") == 18 * units + 2 * (units - communes)
        assert count("SELECT count(*) FROM security_status") == communes
        per_xa = count("SELECT count(*) FROM (SELECT DISTINCT unit_id, year FROM "
                       "rural_criterion_status) AS s")  # fmt: skip
        assert per_xa == (xa if year <= 2025 else 0)  # no NTM criteria set for 2026 yet
    assert _count(db, "SELECT count(*) FROM rural_recognition") > 0


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
