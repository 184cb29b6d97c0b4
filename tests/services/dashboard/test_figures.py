"""The dashboard's figures: as the pages and reports show them, quick on a country-size database."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from decimal import Decimal as D

import pytest
from sqlalchemy import insert, select

from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.rural import Level
from thidua_desktop.services.campaigns.results import evaluation_table
from thidua_desktop.services.core.profile import set_profile
from thidua_desktop.services.core.scope import NoProfileError
from thidua_desktop.services.dashboard.figures import dashboard
from thidua_desktop.services.rural.status import rural_overview
from thidua_desktop.services.security.status import security_overview
from thidua_desktop.store.engine import Database


def test_the_city_at_a_glance(demo_db: Database) -> None:
    row = dashboard(demo_db, 2023)
    assert (row.scope_code, row.scope_name, row.demo, row.campaigns) == (
        "92",
        "Thành phố Cần Thơ",
        True,
        2,
    )
    assert [row.count(s) for s in Status] == [7, 1, 4, 0]  # below, met, exceeded, no data
    assert row.not_given == 0
    assert (row.security.units, row.security.both, str(row.security.both_percent)) == (
        83,
        65,
        "78.31",
    )
    assert row.security.status is Status.EXCEEDED and row.security_target == 75
    assert len(row.security_districts) == 9
    assert (row.rural.communes, row.rural.ntm, row.rural.nang_cao, row.rural.kieu_mau) == (
        36,
        8,
        23,
        5,
    )
    assert [d.unit_name for d in row.rural_districts] == [
        "Huyện Cờ Đỏ",
        "Huyện Phong Điền",
        "Huyện Thới Lai",
        "Huyện Vĩnh Thạnh",
    ]
    levels = {n.level: (n.new, n.target, n.status) for n in row.new_levels}
    assert levels == {
        Level.NANG_CAO: (4, 5, Status.BELOW),
        Level.KIEU_MAU: (5, 2, Status.EXCEEDED),
    }


@pytest.mark.parametrize("office", ["92", "916", "926"])
def test_figures_agree_with_the_pages_and_reports(demo_db: Database, office: str) -> None:
    set_profile(demo_db, office_code=office)
    row = dashboard(demo_db, 2023)
    security = security_overview(demo_db, year=2023)
    rural = rural_overview(demo_db, year=2023)
    rows = [
        r
        for code in ("CT10-2023", "KH97-2023")
        for r in evaluation_table(demo_db, year=2023, campaign_code=code, unit_code=office)
    ]
    assert len(row.targets) == sum(1 for r in rows if r.target is not None)
    assert row.security.both == security.total.both
    assert row.security.both_percent == security.total.both_percent
    assert row.three_khong_percent == security.total.three_khong_percent
    assert row.rural.communes == rural.total.communes
    assert sum(n.new for n in row.new_levels) == sum(p.new for p in rural.total.plans)


def test_a_district_has_no_per_district_rows(demo_db: Database) -> None:
    set_profile(demo_db, office_code="916")
    row = dashboard(demo_db, 2023)
    assert row.scope_name == "Quận Ninh Kiều"
    assert row.security_districts == () and row.rural_districts == ()
    assert row.rural.communes == 0 and row.new_levels == ()
    assert (len(row.targets), row.not_given) == (6, 6)


def test_a_year_without_data(demo_db: Database) -> None:
    row = dashboard(demo_db, 2020)
    assert row.campaigns == 0 and row.targets == ()
    assert row.security.both_percent is None and row.security.status is Status.NO_DATA


def test_without_an_office_it_says_so(db: Database) -> None:
    with pytest.raises(NoProfileError):
        dashboard(db, 2023)


def test_quick_on_a_country_size_database(empty_db: Database) -> None:
    """Every commune of Việt Nam with a "3 không"/ANTT record and every xã recognised NTM;
    the dashboard of a province office reads its own scope only."""
    from thidua_desktop.paths import resource
    from thidua_desktop.services.core.setup import prepare
    from thidua_desktop.services.core.units import load_reference_units
    from thidua_desktop.store.models.core import AdminUnit
    from thidua_desktop.store.models.rural import RuralRecognition
    from thidua_desktop.store.models.security import (
        SecurityComponent,
        SecurityComponentStatus,
        SecurityStatus,
    )
    from thidua_desktop.store.seed.units import read_unit_dataset

    prepare(empty_db)
    now = dt.datetime.now(dt.UTC)
    with empty_db.transaction() as session:
        load_reference_units(session, read_unit_dataset(resource("data", "vn_units_2025-03.json")))
        communes = session.execute(
            select(AdminUnit.id, AdminUnit.kind).where(AdminUnit.level == 3)
        ).all()
        components = list(session.scalars(select(SecurityComponent.id)))
        statuses = [
            {
                "uid": str(uuid.uuid4()),
                "unit_id": unit_id,
                "year": 2023,
                "antt_result": "met" if n % 5 else "not_met",
                "source": "manual",
                "entered_by": "bench",
                "entered_at": now,
            }
            for n, (unit_id, _kind) in enumerate(communes)
        ]
        session.execute(insert(SecurityStatus), statuses)
        ids = dict(session.execute(select(SecurityStatus.unit_id, SecurityStatus.id)).all())
        session.execute(
            insert(SecurityComponentStatus),
            [
                {
                    "status_id": ids[unit_id],
                    "component_id": component,
                    "status": "met" if (n + component) % 7 else "not_met",
                }
                for n, (unit_id, _kind) in enumerate(communes)
                for component in components
            ],
        )
        session.execute(
            insert(RuralRecognition),
            [
                {
                    "uid": str(uuid.uuid4()),
                    "unit_id": unit_id,
                    "level": "ntm",
                    "year": 2020,
                    "decision_number": f"{n}/QĐ-UBND",
                    "decision_date": dt.date(2020, 12, 1),
                    "source": "manual",
                    "entered_by": "bench",
                    "entered_at": now,
                }
                for n, (unit_id, kind) in enumerate(communes)
                if kind == "xa"
            ],
        )
    set_profile(empty_db, office_code="38")  # Thanh Hóa: the most communes of any province
    dashboard(empty_db, 2023)  # first call pays for imports
    started = time.perf_counter()
    row = dashboard(empty_db, 2023)
    elapsed = time.perf_counter() - started
    print(f"\ndashboard of a province in a {len(communes)}-commune database: {elapsed:.3f} s")
    assert row.security.units > 500 and row.rural.ntm > 400
    assert elapsed < 3.0


def test_the_years_scored_clusters_come_with_their_ranking(demo_db: Database) -> None:
    from tests.services.clusters.test_scoring import seed_cluster

    [demo] = dashboard(demo_db, 2026).clusters  # the demonstration's cluster of 2026
    assert demo.members[0][2] == 1 and not demo.published
    assert dashboard(demo_db, 2025).clusters == ()
    seed_cluster(demo_db)  # the city's office: five more wards self-scored
    [cluster] = [c for c in dashboard(demo_db, 2026).clusters if c.name != demo.name]
    assert cluster.name == "Cụm thi đua số 1 (các phường)" and not cluster.published
    assert [(name, rank) for name, _total, rank in cluster.members][:2] == [
        ("Phường Ninh Kiều", 1),
        ("Phường Cái Khế", 2),
    ]
    assert cluster.members[0][1] == D(90) and cluster.max_total == D(95)
