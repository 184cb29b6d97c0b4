"""Data goes up: district to city, commune to district to city; owners kept; re-import a no-op."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.status import list_imports, reporting_status
from thidua_desktop.reports.build import ReportRequest, build_report, report_pdf
from thidua_desktop.services.campaigns.results import (
    ReadOnlyResultError,
    evaluation_table,
    set_result,
)
from thidua_desktop.services.security.edit import ReadOnlySecurityError, set_security
from thidua_desktop.store.models.core import AdminUnit, AuditEntry, Result
from thidua_desktop.store.models.security import SecurityStatus

from .conftest import COMMUNE, DISTRICT, YEAR, Office


def value_at(office: Office, campaign: str, indicator: str, unit: str) -> Decimal | None:
    rows = evaluation_table(office.db, year=YEAR, campaign_code=campaign, unit_code=unit)
    return next(r.value for r in rows if r.indicator_code == indicator)


def pdf_text(office: Office, kind: str, unit: str | None = None) -> str:
    report = build_report(office.db, ReportRequest(kind, YEAR, unit_code=unit))
    reader = PdfReader(io.BytesIO(report_pdf(report)))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_a_district_package_reaches_the_city_reports(district: Office, city: Office) -> None:
    set_result(
        district.db,
        campaign_code="CT10-2023",
        indicator_code="VON_DT",
        unit_code=DISTRICT,
        year=YEAR,
        value="41.234",
    )
    assert "41.234" not in pdf_text(city, "campaign")

    report = city.import_(district.export())

    assert report.applied and report.inbox_path is not None and report.receipt_path is not None
    assert value_at(city, "CT10-2023", "VON_DT", DISTRICT) == Decimal("41234")
    assert "41.234" in pdf_text(city, "campaign")
    receipt = json.loads(report.receipt_path.read_text(encoding="utf-8"))
    assert receipt["package"]["producer_code"] == DISTRICT and receipt["status"] == "applied"
    assert not report.inbox_path.stat().st_mode & 0o222  # kept read-only


def test_commune_to_district_to_city_keeps_each_record_s_owner(
    commune: Office, district: Office, city: Office
) -> None:
    set_result(
        commune.db,
        campaign_code="KH97-2023",
        indicator_code="CONG_TRINH",
        unit_code=COMMUNE,
        year=YEAR,
        value="7",
    )
    set_security(commune.db, unit_code=COMMUNE, year=YEAR, components={"drugs": "not_met"})
    district.import_(commune.export())
    city.import_(district.export())

    assert value_at(city, "KH97-2023", "CONG_TRINH", COMMUNE) == Decimal("7")
    with city.db.reading() as session:
        owners = {
            unit: owner
            for unit, owner in session.execute(
                select(SecurityStatus.unit_id, SecurityStatus.owner_code).where(
                    SecurityStatus.year == YEAR
                )
            )
        }
        result_owner = session.scalars(
            select(Result.owner_code)
            .join(AdminUnit, AdminUnit.id == Result.unit_id)
            .where(AdminUnit.code == COMMUNE, Result.year == YEAR)
        ).one()
    assert result_owner == COMMUNE  # entered at the commune, passed on by the district
    assert set(owners.values()) >= {COMMUNE, DISTRICT, None}
    text = pdf_text(city, "security", DISTRICT)
    assert "Không ma túy" in text and "Phường Cái Khế" in text

    with pytest.raises(ReadOnlyResultError, match="31117"):
        set_result(
            city.db,
            campaign_code="KH97-2023",
            indicator_code="CONG_TRINH",
            unit_code=COMMUNE,
            year=YEAR,
            value="9",
        )
    with pytest.raises(ReadOnlySecurityError):
        set_security(district.db, unit_code=COMMUNE, year=YEAR, components={"drugs": "met"})


def test_reimporting_the_same_package_changes_nothing(district: Office, city: Office) -> None:
    package = district.export()
    city.import_(package)
    before = city.dump()

    again = city.import_(package)

    assert not again.applied and again.preview.already_imported_at is not None
    assert city.dump() == before
    assert len(list_imports(city.db)) == 1


def test_a_newer_package_supersedes_and_an_older_one_is_refused(
    district: Office, city: Office
) -> None:
    first = district.export()
    city.import_(first)
    set_result(
        district.db,
        campaign_code="CT10-2023",
        indicator_code="BHYT",
        unit_code=DISTRICT,
        year=YEAR,
        value="95,5",
    )
    second = district.export()

    plan = city.preview(second).plan
    assert plan.tables["result"].counts["changed"] == 1
    assert plan.tables["result"].counts["unchanged"] >= 5
    city.import_(second)
    assert value_at(city, "CT10-2023", "BHYT", DISTRICT) == Decimal("95.5")

    before = city.dump()
    with pytest.raises(PackageRefused, match="cũ hơn gói số 2"):
        city.import_(first)
    assert city.dump() == before


def test_the_plan_lists_local_entries_as_replaced_and_the_audit_keeps_them(
    district: Office, city: Office
) -> None:
    package = district.export()
    plan = city.preview(package).plan
    replaced = plan.tables["security_status"].counts["replaced"]
    assert replaced == 11  # the city's own demo entries for Ninh Kiều's wards
    assert plan.totals()["new"] == 0

    city.import_(package)

    with city.db.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "security_status", AuditEntry.action == "import_replace"
            )
        ).all()
        assert len(entries) == replaced
        assert all(e.package_ref and e.package_ref.endswith(".tdkt") for e in entries)
        assert all(e.old_value and '"owner_code": null' in e.old_value for e in entries)


def test_the_dry_run_changes_nothing_and_matches_what_is_applied(
    district: Office, city: Office
) -> None:
    package = district.export()
    before = city.dump()

    preview = city.preview(package)

    assert city.dump() == before
    report = city.import_(package)
    assert report.preview.plan.totals() == preview.plan.totals()


def test_reporting_status_shows_who_has_sent_which_year(district: Office, city: Office) -> None:
    city.import_(district.export())

    rows = {r.unit_code: r for r in reporting_status(city.db, year=YEAR)}

    assert rows[DISTRICT].sent and rows[DISTRICT].sequence == 1
    assert not rows["918"].sent
    assert reporting_status(city.db, year=YEAR - 1)[0].sent is False


def test_a_sibling_district_cannot_send_data_to_another(
    make_office: object, district: Office
) -> None:
    other = make_office("binh-thuy", "918")  # type: ignore[operator]
    before = district.dump()
    with pytest.raises(PackageRefused, match="không thuộc phạm vi của cơ quan này"):
        district.import_(other.export())
    assert district.dump() == before


@pytest.mark.sqlite_only(reason="file backups and restore; a server is restored with pg_restore")
def test_a_restored_database_does_not_reuse_a_sequence_number(
    district: Office, city: Office
) -> None:
    from thidua_desktop.services.safety.backups import make_backup, restore_backup

    backup = make_backup(district.data_dir)
    city.import_(district.export())
    district.db.close()
    restore_backup(district.data_dir, backup.path)
    from thidua_desktop.store.schema import open_database

    district.db = open_database(district.data_dir)

    package = district.export()

    assert district.last_export.sequence == 2
    assert city.import_(package).applied


@pytest.mark.sqlite_only(reason="file backups and restore; a server is restored with pg_restore")
def test_the_safety_backup_holds_the_database_as_it_was_before_the_import(
    district: Office, city: Office
) -> None:
    import sqlite3

    set_result(
        district.db,
        campaign_code="CT10-2023",
        indicator_code="VON_DT",
        unit_code=DISTRICT,
        year=YEAR,
        value="41.234",
    )
    before = value_at(city, "CT10-2023", "VON_DT", DISTRICT)
    report = city.import_(district.export())
    assert report.applied and report.backup_name is not None
    assert value_at(city, "CT10-2023", "VON_DT", DISTRICT) == Decimal("41234")
    # The copy taken inside the import's transaction has none of the package's rows.
    backup = city.data_dir.backups / report.backup_name
    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as copy:
        audits = copy.execute(
            "SELECT count(*) FROM audit_entry WHERE package_ref IS NOT NULL"
        ).fetchone()[0]
        value = copy.execute(
            "SELECT r.value FROM result r JOIN indicator i ON i.id = r.indicator_id "
            "JOIN admin_unit u ON u.id = r.unit_id WHERE i.code = 'VON_DT' AND u.code = ? "
            "AND r.year = ?",
            (DISTRICT, YEAR),
        ).fetchone()
    assert audits == 0
    assert (None if value is None else Decimal(value[0])) == before
