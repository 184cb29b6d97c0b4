"""A package supersedes only the units and tables it covers (its manifest's coverage), and
replacing data entered here needs a second, explicit confirmation naming what goes."""

from __future__ import annotations

import pytest

from thidua_desktop.exchange.operations import LocalDataWouldBeReplaced
from thidua_desktop.exchange.reader import read_package

from .conftest import DISTRICT, MakeOffice, Office

RECORD_TABLES = (
    "security_status",
    "security_component_status",
    "rural_criterion_status",
    "rural_recognition",
    "rural_plan",
    "registration",
    "result",
)


def _counts(office: Office) -> dict[str, int]:
    return {t: office.sql(f"SELECT count(*) FROM {t}")[0][0] for t in RECORD_TABLES}


def _nearly_empty(office: Office) -> None:
    """A new installation of the office: every record gone but two results of its own unit."""
    for table in RECORD_TABLES[:-1]:
        office.sql(f"DELETE FROM {table}")
    keep = [
        row[0]
        for row in office.sql(
            "SELECT r.id FROM result r JOIN admin_unit u ON u.id = r.unit_id "
            "WHERE u.code = :code AND r.year = 2023 ORDER BY r.id LIMIT 2",
            code=DISTRICT,
        )
    ]
    office.sql("DELETE FROM result WHERE id NOT IN :keep", keep=keep)


def test_a_nearly_empty_installation_erases_nothing_it_does_not_cover(
    make_office: MakeOffice, city: Office
) -> None:
    fresh = make_office("huyen-moi", DISTRICT)
    _nearly_empty(fresh)
    package = fresh.export()
    coverage = read_package(package).manifest.coverage
    assert coverage["result"] == (DISTRICT,)
    assert coverage["security_status"] == () and coverage["rural_criterion_status"] == ()

    before = _counts(city)
    # The two results replace the city's own figures for that unit: asked first, nothing done.
    with pytest.raises(LocalDataWouldBeReplaced) as asked:
        city.import_(package, replace_local=False)
    assert "Kết quả chỉ tiêu" in asked.value.replaced
    assert all(e.startswith("thay thế số liệu tại đây") for e in asked.value.examples)
    assert _counts(city) == before

    city.import_(package, replace_local=True)
    after = _counts(city)
    # Every "3 không"/ANTT status, NTM criterion, recognition and plan stays: the package says
    # nothing about them (before: all of Ninh Kiều's were removed).
    for table in RECORD_TABLES[:-1]:
        assert after[table] == before[table], table
    # Results: only those of the unit the package covers were superseded.
    (others,) = city.sql(
        "SELECT count(*) FROM result r JOIN admin_unit u ON u.id = r.unit_id "
        "WHERE u.code <> :code AND r.year = 2023",
        code=DISTRICT,
    )[0]
    assert _results_of(city, DISTRICT) == 2 and others > 0


def test_rows_outside_the_declared_coverage_are_refused(district: Office, city: Office) -> None:
    from thidua_desktop.exchange.errors import PackageRefused

    from . import hostile

    package = district.export()
    entries = hostile.read_entries(package)
    data = hostile.manifest(entries)
    data["coverage"]["security_status"] = []  # claims to say nothing about "3 không"…
    edited = hostile.with_manifest({k: v for k, v in entries.items() if k != "signature"}, data)
    path = hostile.write_entries(package.with_name("sua.tdkt"), edited)
    before = city.dump()
    with pytest.raises(PackageRefused, match="không nằm trong phạm vi dữ liệu"):
        city.import_(path)  # …but carries its rows
    assert city.dump() == before


def test_the_plan_names_the_criteria_it_would_remove(make_office: MakeOffice) -> None:
    from thidua_desktop.exchange.operations import preview_import

    sender = make_office("phong-dien", "926")
    receiver = make_office("tp-nhan", "92")
    # One xã keeps a single criterion of 2023: the package covers it and removes the rest.
    ((unit_id,),) = sender.sql(
        "SELECT min(s.unit_id) FROM rural_criterion_status s JOIN admin_unit u ON u.id = s.unit_id "
        "JOIN admin_unit d ON d.id = u.parent_id WHERE d.code = '926' AND s.year = 2023"
    )
    sender.sql(
        "DELETE FROM rural_criterion_status WHERE year = 2023 AND (unit_id <> :unit OR id NOT IN "
        "(SELECT min(id) FROM rural_criterion_status WHERE unit_id = :unit AND year = 2023))",
        unit=unit_id,
    )
    preview = preview_import(receiver.db, sender.export())
    table = preview.plan.tables["rural_criterion_status"]
    assert table.counts["replaced"] + table.counts["removed"] > 0, table.counts
    assert table.examples and all("tiêu chí ntm " in e for e in table.examples), table.examples


def test_the_plan_shows_old_and_new_values_of_a_changed_row(district: Office, city: Office) -> None:
    from thidua_desktop.exchange.operations import preview_import
    from thidua_desktop.services.campaigns.results import set_result

    set_result(district.db, campaign_code="KH97-2023", indicator_code="CONG_TRINH",
               unit_code=DISTRICT, year=2023, value="17")  # fmt: skip
    preview = preview_import(city.db, district.export())
    examples = preview.plan.tables["result"].examples
    assert any("KH97-2023/CONG_TRINH/916/2023: giá trị:" in e and "→ 17" in e for e in examples), (
        examples
    )


def test_deleting_a_units_last_row_reaches_the_receiver(commune: Office, district: Office) -> None:
    """The commune clears its only result: its next package still covers the unit (the last
    package did), so the district's copy of that result goes too."""
    from thidua_desktop.services.campaigns.results import clear_result, set_result

    from .conftest import COMMUNE, YEAR

    cell = {"campaign_code": "KH97-2023", "indicator_code": "CONG_TRINH", "unit_code": COMMUNE,
            "year": YEAR}  # fmt: skip
    _nearly_empty_of_results(commune)
    set_result(commune.db, value="7", **cell)
    district.import_(commune.export())
    assert _results_of(district, COMMUNE) == 1

    clear_result(commune.db, **cell)
    package = commune.export()
    assert COMMUNE in read_package(package).manifest.coverage["result"]
    district.import_(package)
    assert _results_of(district, COMMUNE) == 0


def _nearly_empty_of_results(office: Office) -> None:
    office.sql("DELETE FROM result")


def _results_of(office: Office, code: str) -> int:
    (count,) = office.sql(
        "SELECT count(*) FROM result r JOIN admin_unit u ON u.id = r.unit_id "
        "WHERE u.code = :code AND r.year = 2023",
        code=code,
    )[0]
    return int(count)
