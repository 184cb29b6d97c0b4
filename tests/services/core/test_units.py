"""Units: reference data loads once; lists come in tree and Vietnamese order; search folds."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.units import UNIT_VERSIONS
from thidua_desktop.paths import resource
from thidua_desktop.services.core.setup import UNITS_DATASET, prepare
from thidua_desktop.services.core.units import UnknownUnitError, list_units, load_reference_units
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, AuditEntry
from thidua_desktop.store.seed.units import read_unit_dataset


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


CITY_2023 = dt.date(2023, 12, 31)


def test_bundled_list_has_the_city_9_districts_and_83_communes(db: Database) -> None:
    rows = list_units(db, under="92", day=CITY_2023)
    assert len(rows) == 93
    assert [r.level for r in rows].count(1) == 1
    assert [r.level for r in rows].count(2) == 9
    assert [r.level for r in rows].count(3) == 83
    kinds = [r.kind for r in rows if r.level == 3]
    assert (kinds.count("phuong"), kinds.count("thi_tran"), kinds.count("xa")) == (42, 5, 36)


def test_loading_the_reference_data_again_changes_nothing(db: Database) -> None:
    units, audits = _count(db, AdminUnit), _count(db, AuditEntry)
    assert prepare(db) == 0
    assert (_count(db, AdminUnit), _count(db, AuditEntry)) == (units, audits)


def test_a_corrected_data_set_updates_the_unit_in_place_and_is_audited(db: Database) -> None:
    dataset = read_unit_dataset(resource(*UNITS_DATASET))
    corrected = tuple(
        dataclasses.replace(u, name="Thạnh Qưới") if u.code == "31246" else u for u in dataset.units
    )
    with db.transaction() as session:
        changed = load_reference_units(
            session, dataclasses.replace(dataset, units=corrected, sha256="other")
        )
    assert changed == 1
    assert _count(db, AdminUnit) == UNIT_VERSIONS
    with db.reading() as session:
        old, new = session.execute(
            select(AuditEntry.old_value, AuditEntry.new_value).where(
                AuditEntry.entity == "admin_unit", AuditEntry.entity_key == "31246"
            )
        ).one()
    assert "Thạnh Quới" in (old or "")
    assert "Thạnh Qưới" in (new or "")


def test_tree_order_puts_each_parent_before_its_children_in_vietnamese_order(db: Database) -> None:
    rows = list_units(db, under="92", day=CITY_2023)
    assert rows[0].full_name == "Thành phố Cần Thơ"
    districts = [r.name for r in rows if r.level == 2]
    assert districts == [
        "Bình Thủy", "Cái Răng", "Cờ Đỏ", "Ninh Kiều", "Ô Môn",
        "Phong Điền", "Thốt Nốt", "Thới Lai", "Vĩnh Thạnh",
    ]  # fmt: skip
    seen: set[int] = set()
    for row in rows:
        assert row.parent_id is None or row.parent_id in seen
        seen.add(row.id)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thanh quoi", "Xã Thạnh Quới"),
        ("THẠNH QUỚI", "Xã Thạnh Quới"),
        ("dinh mon", "Xã Định Môn"),
        ("Định Môn", "Xã Định Môn"),
        ("31246", "Xã Thạnh Quới"),
        ("xa dong hiep", "Xã Đông Hiệp"),
        ("truong xuan a", "Xã Trường Xuân A"),
    ],
)
def test_search_ignores_case_diacritics_and_d_bar(db: Database, query: str, expected: str) -> None:
    names = [r.full_name for r in list_units(db, search=query)]
    assert expected in names


def test_search_finds_both_tone_placements(db: Database) -> None:
    # NFD input, and "Hoà" written with the old tone placement, both find "Hòa".
    import unicodedata

    for query in ("hoa", "Hoà", unicodedata.normalize("NFD", "Hòa")):
        names = {r.name for r in list_units(db, search=query)}
        assert {"An Hòa", "Thạnh Hòa", "Long Hòa", "Thới Hòa"} <= names


def test_search_with_no_match_returns_nothing(db: Database) -> None:
    assert list_units(db, search="không có đơn vị này") == []


def test_under_limits_the_list_to_one_subtree(db: Database) -> None:
    rows = list_units(db, under="916")
    assert rows[0].full_name == "Quận Ninh Kiều"
    assert len(rows) == 12
    assert all(r.parent_code == "916" for r in rows[1:])


def test_under_an_unknown_code_is_refused(db: Database) -> None:
    with pytest.raises(UnknownUnitError, match="99999"):
        list_units(db, under="99999")


def test_units_merged_in_2024_carry_their_end_date(db: Database) -> None:
    ended = {r.name: r.valid_to for r in list_units(db) if r.valid_to and r.valid_to.year == 2024}
    assert set(ended) == {"An Phú", "An Nghiệp", "An Cư"}


def test_scope_membership_walks_up_the_parents(db: Database) -> None:
    from thidua_desktop.services.core.scope import is_within, subtree_ids, unit_by_code

    with db.reading() as session:
        city, ninh_kieu, cai_khe = (unit_by_code(session, c) for c in ("92", "916", "31117"))
        phong_dien = unit_by_code(session, "926")
        assert is_within(session, cai_khe, ninh_kieu.id) and is_within(session, cai_khe, city.id)
        assert is_within(session, ninh_kieu, ninh_kieu.id)
        assert not is_within(session, cai_khe, phong_dien.id)
        assert not is_within(session, city, ninh_kieu.id)
        # The same answer as reading the whole subtree, for every unit.
        below = subtree_ids(session, ninh_kieu.id)
        for unit in session.scalars(select(AdminUnit)):
            assert is_within(session, unit, ninh_kieu.id) == (unit.id in below)
