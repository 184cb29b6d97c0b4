"""The offices of today (DOMAIN §5.4): a new commune and a province work on the structure from
01/07/2025, keep the data of 2022-2025, and packages cross the reform."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.exchange.operations import export_package, import_package
from thidua_desktop.paths import DataDir
from thidua_desktop.reports.build import ReportRequest, build_report, report_pdf
from thidua_desktop.services.campaigns.definitions import save_campaign, save_indicator, set_target
from thidua_desktop.services.campaigns.results import evaluation_table, set_result
from thidua_desktop.services.campaigns.rows import CampaignInput, IndicatorInput
from thidua_desktop.services.core.profile import (
    get_profile,
    move_office,
    set_profile,
    successor_offices,
)
from thidua_desktop.services.core.scope import OutOfScopeError
from thidua_desktop.services.dashboard.figures import dashboard
from thidua_desktop.services.lineage.records import lineage_records
from thidua_desktop.services.security.edit import set_security
from thidua_desktop.services.security.status import security_overview
from thidua_desktop.store.engine import Database
from thidua_desktop.store.schema import open_database

from ..conftest import Templates

MET = {"crime": "met", "drugs": "met", "prostitution": "met"}


def _office(templates: Templates, kind: str, root: Path, code: str) -> tuple[DataDir, Database]:
    """An installation (its own id) of the empty-of-records or the demo database."""
    source = templates.database(kind)
    root.mkdir(parents=True)
    shutil.copy(source, root / "thidua.sqlite3")
    with sqlite3.connect(root / "thidua.sqlite3") as connection:
        connection.execute("UPDATE profile SET installation_id = ?", (str(uuid.uuid4()),))
    data_dir = DataDir(root)
    db = open_database(data_dir)
    set_profile(db, office_code=code, operator="Cán bộ")
    return data_dir, db


def test_a_new_commune_office_sets_targets_records_results_and_reports_for_2026(
    templates: Templates, tmp_path: Path
) -> None:
    _data_dir, db = _office(templates, "units", tmp_path / "ninh-kieu", "31135")
    try:
        profile = get_profile(db)
        assert profile is not None
        assert (profile.office_name, profile.level) == ("Phường Ninh Kiều", "xa")
        assert profile.office_valid_from == dt.date(2025, 7, 1) and not profile.office_ended()
        save_campaign(
            db,
            CampaignInput(
                code="PT-NK-2026",
                title="Phong trào thi đua phường Ninh Kiều năm 2026",
                form="thuong_xuyen",
                start_date=dt.date(2026, 1, 1),
                end_date=dt.date(2026, 12, 31),
                scope_code="31135",
            ),
        )
        save_indicator(
            db,
            "PT-NK-2026",
            IndicatorInput(
                code="THU_NS",
                name="Thu ngân sách trên địa bàn",
                unit_of_measure="tỷ đồng",
                decimals=1,
                comparator="at_least",
            ),
        )
        set_target(db, campaign_code="PT-NK-2026", indicator_code="THU_NS", unit_code="31135",
                   year=2026, low="12,5")  # fmt: skip
        set_result(db, campaign_code="PT-NK-2026", indicator_code="THU_NS", unit_code="31135",
                   year=2026, value="13")  # fmt: skip
        row = next(r for r in evaluation_table(db, year=2026) if r.indicator_code == "THU_NS")
        assert (row.unit_code, row.status.value) == ("31135", "exceeded")
        set_security(db, unit_code="31135", year=2026, components=MET, antt="met",
                     decision_number="12/QĐ-UBND", decision_date=dt.date(2026, 11, 20))  # fmt: skip
        overview = security_overview(db, year=2026)
        assert [u.unit_code for u in overview.units] == ["31135"]
        assert overview.total.both_percent == 100
        for kind in ("campaign", "security", "summary"):
            report = build_report(
                db, ReportRequest(kind=kind, year=2026, campaign_code="PT-NK-2026")
            )
            assert report_pdf(report).startswith(b"%PDF"), kind
            spec = report.spec
            text = " ".join(map(str, (spec.issuer, spec.issuer_parent, spec.place, spec.body)))
            assert "Ninh Kiều" in text and "Quận" not in text, kind
        # In 2023 the code meant phường Tân An: a predecessor's record, not this office's.
        with pytest.raises(OutOfScopeError, match="Phường Tân An"):
            set_security(db, unit_code="31135", year=2023, antt="met")
    finally:
        db.close()


def test_the_province_sees_its_districts_in_2023_and_its_103_communes_in_2026(
    demo_db: Database,
) -> None:
    old = security_overview(demo_db, year=2023)
    assert len(old.units) == 83 and len(old.districts) == 9
    new = security_overview(demo_db, year=2026)
    assert len(new.units) == 103 and not new.districts[1:]  # no district level any more
    assert {u.district_code for u in new.units} == {"92"}
    figures = dashboard(demo_db, 2026)
    assert figures is not None


def test_a_2024_package_of_an_old_district_imports_at_the_province_in_2026(
    templates: Templates, tmp_path: Path
) -> None:
    district_dir, district = _office(templates, "demo", tmp_path / "quan", "916")
    city_dir, city = _office(templates, "demo", tmp_path / "tp", "92")
    try:
        set_security(district, unit_code="31117", year=2024, components=MET, antt="met",
                     decision_number="7/QĐ-UBND", decision_date=dt.date(2024, 11, 20))  # fmt: skip
        package = tmp_path / "quan-916-2024.tdkt"
        export_package(district, district_dir, year=2024, out=package)
        report = import_package(city, city_dir, package, replace_local=True)
        assert report.applied
        unit = next(u for u in security_overview(city, year=2024).units if u.unit_code == "31117")
        assert unit.both and unit.unit_name == "Phường Cái Khế"
    finally:
        district.close()
        city.close()


def test_a_2026_package_of_a_new_commune_lands_on_the_new_unit(
    templates: Templates, tmp_path: Path
) -> None:
    commune_dir, commune = _office(templates, "units", tmp_path / "phuong", "31135")
    city_dir, city = _office(templates, "demo", tmp_path / "tp", "92")
    try:
        set_security(commune, unit_code="31135", year=2026, components=MET, antt="met",
                     decision_number="3/QĐ-UBND", decision_date=dt.date(2026, 11, 20))  # fmt: skip
        package = tmp_path / "phuong-31135-2026.tdkt"
        export_package(commune, commune_dir, year=2026, out=package)
        assert import_package(city, city_dir, package, replace_local=True).applied
        overview = security_overview(city, year=2026)
        ninh_kieu = next(u for u in overview.units if u.unit_code == "31135")
        assert ninh_kieu.unit_name == "Phường Ninh Kiều" and ninh_kieu.both
        # The record is on the unit version of 2026, not on phường Tân An (the code's unit
        # until 30/06/2025).
        with sqlite3.connect(city_dir.database) as connection:
            versions = connection.execute(
                "SELECT u.name, u.valid_from FROM security_status s "
                "JOIN admin_unit u ON u.id = s.unit_id WHERE s.year = 2026 AND u.code = '31135'"
            ).fetchall()
        assert versions == [("Ninh Kiều", "2025-07-01")]
    finally:
        commune.close()
        city.close()


def test_a_district_installation_moves_to_its_successor_and_keeps_its_history(
    templates: Templates, tmp_path: Path
) -> None:
    _data_dir, db = _office(templates, "demo", tmp_path / "quan", "916")
    try:
        profile = get_profile(db)
        assert profile is not None and profile.office_ended()
        choices = successor_offices(db)
        assert [c.code for c in choices] == ["92", "31150", "31120", "31135", "31147"]
        before = security_overview(db, year=2023, unit_code="916")
        with pytest.raises(InvalidInput, match="không phải là cơ quan kế thừa"):
            move_office(db, to_code="31117")  # a ward of 2023, not a successor office
        moved = move_office(db, to_code="31135")
        assert (moved.office_code, moved.former_office_code) == ("31135", "916")
        # Nothing re-keyed: the district's 2023 figures read the same, and the new ward's page
        # shows its predecessors' years beside its own.
        after = security_overview(db, year=2023, unit_code="916")
        assert [(u.unit_code, u.both) for u in after.units] == [
            (u.unit_code, u.both) for u in before.units
        ]
        assert moved.office_unit_id is not None
        history = lineage_records(db, moved.office_unit_id)
        assert {(r.unit_name, r.year) for r in history} >= {
            ("Phường Tân An", 2023),
            ("Phường Thới Bình", 2023),
            ("Phường Xuân Khánh", 2023),
        }
        # the ward's own years are those of the demo of the new city (2025, 2026)
        assert {r.year for r in history if r.own} == {2025, 2026}
        assert all(r.part == "whole" for r in history if not r.own)
        with pytest.raises(InvalidInput, match="vẫn đang hoạt động"):
            move_office(db, to_code="92")
        # A report of 2023 about the new ward would be about phường Tân An (the code's unit
        # then): refused, naming the predecessors whose data it is.
        with pytest.raises(UserError, match="của các đơn vị tiền thân: Phường Tân An, Phường"):
            build_report(db, ReportRequest(kind="security", year=2023))
    finally:
        db.close()
