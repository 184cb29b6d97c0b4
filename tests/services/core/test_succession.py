"""Unit versions through 01/07/2025: every row of the shipped succession file resolves on its
dates, codes are answered with a date, and a succession file that does not add up is refused
with its row."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.paths import resource
from thidua_desktop.services.core.setup import SUCCESSION_DATASET
from thidua_desktop.services.core.succession import (
    day_within_data,
    history_of,
    load_succession,
    predecessor_ids,
    unit_history,
    unit_on,
)
from thidua_desktop.services.core.units import UnknownUnitError, list_units
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, UnitSuccession
from thidua_desktop.store.seed.units import read_succession_dataset

BEFORE, AFTER = dt.date(2023, 6, 1), dt.date(2026, 1, 1)


def _rows() -> list[dict[str, str]]:
    path = resource(*SUCCESSION_DATASET).with_name("vn_units_succession_2025-07.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_row_of_the_succession_file_is_answered_by_units_history(db: Database) -> None:
    """`units history OLD --date before` names NEW among its successors, and `units history NEW
    --date after` names OLD among its predecessors, with the part and the resolution: for every
    row of the file (a province that kept its code, name and kind is one continuing version)."""
    rows = _rows()
    successors: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    predecessors: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    continuing = 0
    for row in rows:
        if (
            row["old_code"] == row["new_code"]
            and row["level"] == "tỉnh"
            and (row["old_name"] == row["new_name"] and row["old_kind"] == row["new_kind"])
        ):
            continuing += 1
            continue
        successors[row["old_code"]].add((row["new_code"], row["part"], row["legal_basis"]))
        predecessors[row["new_code"]].add((row["old_code"], row["part"], row["legal_basis"]))
    assert continuing == 27
    before = dt.date(2025, 6, 30)
    # What `units history` answers, read in one session for the file's 10 646 rows.
    with db.reading() as session:
        for code, expected in successors.items():
            found = history_of(session, unit_on(session, code, before))
            got = {(s.unit_code, s.part, s.legal_basis) for s in found.successors}
            assert got == expected, code
            assert found.valid_to in (before, None), code  # None: a continuing province
        for code, expected in predecessors.items():
            found = history_of(session, unit_on(session, code, AFTER))
            got = {(p.unit_code, p.part, p.legal_basis) for p in found.predecessors}
            assert got == expected, code
            assert found.valid_from in (dt.date(2025, 7, 1), None), code
    with db.reading() as session:
        stored = len(
            session.scalars(
                select(UnitSuccession.id).where(UnitSuccession.source == "succession-vn-2025-07")
            ).all()
        )
    assert stored == len(rows) - continuing


def test_phuong_ninh_kieu_is_tan_an_before_the_reform(db: Database) -> None:
    before = unit_history(db, "31135", day=BEFORE)
    assert before.unit_name == "Phường Tân An" and before.parent_name == "Quận Ninh Kiều"
    assert [(s.unit_code, s.unit_name, s.part) for s in before.successors] == [
        ("31135", "Phường Ninh Kiều", "whole")
    ]
    after = unit_history(db, "31135", day=AFTER)
    assert after.unit_name == "Phường Ninh Kiều" and after.parent_name == "Thành phố Cần Thơ"
    assert [p.unit_name for p in after.predecessors] == [
        "Phường Tân An",
        "Phường Thới Bình",
        "Phường Xuân Khánh",
    ]
    assert {p.legal_basis for p in after.predecessors} == {"1668/NQ-UBTVQH15"}


def test_a_divided_unit_is_partial_in_each_successor(db: Database) -> None:
    # Phường Bùi Hữu Nghĩa went partly to Cái Khế and partly to Bình Thủy (DOMAIN §5.3).
    found = unit_history(db, "31178", day=BEFORE)
    assert found.unit_name == "Phường Bùi Hữu Nghĩa"
    assert sorted((s.unit_name, s.part) for s in found.successors) == [
        ("Phường Bình Thủy", "partial"),
        ("Phường Cái Khế", "partial"),
    ]


def test_the_unverified_rows_say_so(db: Database) -> None:
    found = unit_history(db, "07732", day=BEFORE)  # xã Nham Sơn: mapping only
    assert [s.verified for s in found.successors] == [False]


def test_cantho_has_9_districts_and_83_communes_in_2023_and_103_communes_in_2026(
    db: Database,
) -> None:
    old = list_units(db, under="92", day=dt.date(2023, 12, 31))[1:]
    assert [sum(1 for u in old if u.level == level) for level in (2, 3)] == [9, 83]
    new = list_units(db, under="92", day=AFTER)[1:]
    assert len(new) == 103 and {u.parent_code for u in new} == {"92"}
    assert [sum(1 for u in new if u.kind == kind) for kind in ("phuong", "xa")] == [31, 72]


def test_a_code_on_a_day_it_named_nothing_says_what_it_was_and_when(db: Database) -> None:
    with pytest.raises(UnknownUnitError) as refused:
        unit_history(db, "916", day=AFTER)
    assert "916 đến 30/06/2025 là Quận Ninh Kiều" in refused.value.message
    with pytest.raises(UnknownUnitError, match='Không có đơn vị hành chính nào mã "99999"'):
        unit_history(db, "99999", day=AFTER)


def test_days_before_the_data_or_in_the_future_are_refused() -> None:
    with pytest.raises(InvalidInput, match="trước dữ liệu"):
        day_within_data(dt.date(2019, 12, 31), None)
    with pytest.raises(InvalidInput, match="tương lai"):
        day_within_data(dt.date.today() + dt.timedelta(days=1), None)
    assert day_within_data(None, 2023) == dt.date(2023, 12, 31)
    assert day_within_data(None, dt.date.today().year) == dt.date.today()


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda r: dataclasses.replace(r, new_code="99999"), "không có đơn vị mới mã 99999"),
        (lambda r: None, "không có đơn vị tiền thân nào"),
    ],
    ids=["unknown new unit", "new unit without predecessor"],
)
def test_a_succession_file_that_does_not_add_up_is_refused_with_the_row(
    db: Database, edit: object, message: str
) -> None:
    dataset = read_succession_dataset(resource(*SUCCESSION_DATASET))
    target = next(r for r in dataset.rows if r.new_code == "31213")  # phường Tân Lộc, unchanged
    rows = []
    for row in dataset.rows:
        changed = edit(row) if row is target else row  # type: ignore[operator]
        if changed is not None:
            rows.append(changed)
    broken = dataclasses.replace(dataset, rows=tuple(rows))
    with db.transaction() as session, pytest.raises(InvalidInput, match=message):
        load_succession(session, broken, digest="broken")


def test_an_old_commune_without_successor_is_refused(db: Database) -> None:
    dataset = read_succession_dataset(resource(*SUCCESSION_DATASET))
    # Phường Xuân Khánh's only row (to phường Ninh Kiều, which keeps two other predecessors).
    rows = tuple(r for r in dataset.rows if r.old_code != "31144")
    with db.transaction() as session, pytest.raises(InvalidInput, match="31144 kết thúc"):
        load_succession(session, dataclasses.replace(dataset, rows=rows), digest="broken")


def test_a_malformed_succession_row_is_refused_with_its_line(tmp_path: Path) -> None:
    source = resource(*SUCCESSION_DATASET)
    (tmp_path / source.name).write_bytes(source.read_bytes())
    lines = source.with_name("vn_units_succession_2025-07.csv").read_text("utf-8").splitlines()
    lines[5] = lines[5].replace(",whole,", ",most,").replace(",partial,", ",most,")
    (tmp_path / "vn_units_succession_2025-07.csv").write_text("\n".join(lines), "utf-8")
    with pytest.raises(InvalidInput, match="dòng 6: phần kế thừa"):
        read_succession_dataset(tmp_path / source.name)


def test_the_wards_merged_into_thoi_binh_on_01_11_2024_lead_to_phuong_ninh_kieu(
    db: Database,
) -> None:
    found = unit_history(db, "31129", day=dt.date(2024, 6, 1))
    assert found.unit_name == "Phường An Cư"
    assert [(s.unit_name, s.legal_basis) for s in found.successors] == [
        ("Phường Thới Bình", "1192/NQ-UBTVQH15")
    ]
    with db.reading() as session:
        ninh_kieu = unit_on(session, "31135", AFTER).id
        chain = dict(predecessor_ids(session, [ninh_kieu])[ninh_kieu])
        names = {
            history_of(session, session.get(AdminUnit, uid)).unit_name
            for uid in chain  # type: ignore[arg-type]
        }
    assert {"Phường An Cư", "Phường An Nghiệp", "Phường An Phú", "Phường Tân An"} <= names
