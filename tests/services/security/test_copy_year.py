"""Copying last year's "3 không"/ANTT statuses, the component list, and reads that stay fast."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from contextlib import AbstractContextManager

from sqlalchemy import func, insert, select

from thidua_desktop.domain.security import Assessment
from thidua_desktop.services.core.setup import prepare
from thidua_desktop.services.security.copy_year import copy_previous_year
from thidua_desktop.services.security.edit import set_security
from thidua_desktop.services.security.status import security_overview
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, AuditEntry
from thidua_desktop.store.models.security import (
    SecurityComponent,
    SecurityComponentStatus,
    SecurityStatus,
)

CountQueries = Callable[[Database], AbstractContextManager[list[str]]]


def audit_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def unit_row(db: Database, code: str, year: int = 2023):  # type: ignore[no-untyped-def]
    return security_overview(db, year=year, unit_code=code).units[0]


# -- copying last year --------------------------------------------------------------------------


def test_copying_last_year_fills_only_units_without_a_record(demo_db: Database) -> None:
    set_security(demo_db, unit_code="31150", year=2024, antt="pending")
    before = audit_count(demo_db)
    report = copy_previous_year(demo_db, year=2024)
    assert (report.from_year, report.copied, report.kept) == (2023, 79, 1)
    assert audit_count(demo_db) == before + 1  # one entry for the whole copy
    with demo_db.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "copy_previous_year"
        new = json.loads(entry.new_value or "{}")
        assert new["copied"] == 79 and len(new["units"]) == 79 and "31150" not in new["units"]
    overview = security_overview(demo_db, year=2024)
    previous = {u.unit_code: u for u in security_overview(demo_db, year=2023).units}
    for row in overview.units:
        if row.unit_code == "31150":
            assert row.source == "manual" and row.antt_result is Assessment.PENDING
            continue
        old = previous[row.unit_code]
        assert row.source == "copied"
        assert [c.status for c in row.components] == [c.status for c in old.components]
        assert row.antt_result is old.antt_result
        assert row.decision_number == "" and row.registered_on is None
        assert all(c.evidence_date is None for c in row.components)
    again = copy_previous_year(demo_db, year=2024)
    assert again.copied == 0 and again.kept == 80 and audit_count(demo_db) == before + 1


def test_editing_a_copied_record_marks_it_reviewed(demo_db: Database) -> None:
    copy_previous_year(demo_db, year=2024)
    assert unit_row(demo_db, "31150", 2024).source == "copied"
    set_security(demo_db, unit_code="31150", year=2024, note="Đã rà soát")
    assert unit_row(demo_db, "31150", 2024).source == "manual"


# -- the component list -------------------------------------------------------------------------


def test_the_component_list_is_reference_data_a_city_can_extend(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        codes = list(session.scalars(select(SecurityComponent.code).order_by("position")))
        assert codes == ["crime", "drugs", "prostitution"]
        session.add(
            SecurityComponent(code="gambling", label="Không cờ bạc", position=4, first_year=2024)
        )
    assert [c.code for c in security_overview(demo_db, year=2023).components] == codes
    overview = security_overview(demo_db, year=2024)
    assert [c.label for c in overview.components][-1] == "Không cờ bạc"
    set_security(demo_db, unit_code="31150", year=2024, components={"gambling": "met"})
    row = unit_row(demo_db, "31150", 2024)
    assert row.component("gambling").status is Assessment.MET  # type: ignore[union-attr]
    assert not row.three_khong  # the other components are still pending
    prepare(demo_db, demo=True)  # reloading reference data leaves the city's component alone
    assert len(security_overview(demo_db, year=2024).components) == 4


# -- reads stay fast ----------------------------------------------------------------------------


def test_the_overview_runs_the_same_few_queries_for_thousands_of_units(
    demo_db: Database, count_queries: CountQueries
) -> None:
    with count_queries(demo_db) as small:
        security_overview(demo_db, year=2023)
    with demo_db.transaction() as session:
        district = session.scalars(select(AdminUnit.id).where(AdminUnit.code == "927")).one()
        session.execute(
            insert(AdminUnit),
            [
                {
                    "code": f"9{n:05d}",
                    "name": f"Thử {n}",
                    "kind": "xa",
                    "level": 3,
                    "parent_id": district,
                    "search_key": f"xa thu {n}",
                    "sort_key": f"thu {n:05d}",
                }
                for n in range(3000)
            ],
        )
        ids = list(session.scalars(select(AdminUnit.id).where(AdminUnit.code.like("9_____"))))
        session.execute(
            insert(SecurityStatus),
            [
                {
                    "uid": f"u-{unit_id}",
                    "unit_id": unit_id,
                    "year": 2023,
                    "antt_result": "met",
                    "source": "manual",
                    "entered_by": "test",
                    "entered_at": dt.datetime.now(dt.UTC),
                }
                for unit_id in ids
            ],
        )
    with count_queries(demo_db) as large:
        overview = security_overview(demo_db, year=2023)
    assert overview.total.units == 3083
    assert len(large) == len(small) <= 12
    with demo_db.reading() as session:
        parts = session.scalar(select(func.count()).select_from(SecurityComponentStatus))
    # the overview writes nothing: the demo's 3 parts per unit and year (83 units in 2022 and
    # 2023, 103 in 2025 and 2026)
    assert parts == (83 + 103) * 2 * 3
