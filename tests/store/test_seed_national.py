"""The national unit list (01/03/2025) loads beside the province format: provinces from columns."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from thidua_desktop.paths import resource
from thidua_desktop.services.core.units import list_units, load_reference_units
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit
from thidua_desktop.store.seed.units import read_unit_dataset

NATIONAL = ("data", "vn_units_2025-03.json")


def test_the_national_list_has_63_provinces_and_10047_communes() -> None:
    dataset = read_unit_dataset(resource(*NATIONAL))
    levels = Counter(int(u.kind.level) for u in dataset.units)
    # 691 of the 696 district-level units have communes; the 5 island districts without are
    # added from the succession table (the manifest's extra_units).
    assert (levels[1], levels[2], levels[3]) == (63, 696, 10047)
    kinds = Counter(u.kind.value for u in dataset.units if u.kind.level == 3)
    assert (kinds["xa"], kinds["phuong"], kinds["thi_tran"]) == (7706, 1724, 617)
    by_code = {u.code: u for u in dataset.units}
    assert by_code["01"].name == "Hà Nội" and by_code["01"].parent_code is None
    assert by_code["00001"].parent_code == "001" and by_code["001"].parent_code == "01"


def test_the_national_list_loads_in_one_transaction_into_a_tree(empty_db: Database) -> None:
    dataset = read_unit_dataset(resource(*NATIONAL))
    with empty_db.transaction() as session:
        assert load_reference_units(session, dataset) == len(dataset.units)
    with empty_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AdminUnit)) == 10806
    found = list_units(empty_db, search="thanh quoi")
    assert any(row.full_name == "Xã Thạnh Quới" for row in found)
