"""Run a verified package against the database: the dry run counts, the real run writes too."""

from __future__ import annotations

from sqlalchemy.orm import Session

from thidua_desktop.exchange.campaigns import sync_campaigns
from thidua_desktop.exchange.journal import Journal
from thidua_desktop.exchange.manifest import DATA
from thidua_desktop.exchange.plan import Plan
from thidua_desktop.exchange.reader import Package
from thidua_desktop.exchange.records import sync_records
from thidua_desktop.exchange.reference import sync_components, sync_criteria_sets
from thidua_desktop.exchange.specs import RECORD_SPECS
from thidua_desktop.exchange.targets import sync_targets
from thidua_desktop.exchange.verify import import_context
from thidua_desktop.services.audit import current_operator
from thidua_desktop.services.locks import ensure_year_open
from thidua_desktop.services.progress import NullProgress, Progress, checkpoint
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.exchange_models import ExchangeImport


def run_package(
    session: Session,
    package: Package,
    *,
    write: bool,
    package_ref: str,
    progress: Progress | None = None,
) -> Plan:
    """The plan of the package; with `write`, the package is also applied (same code path, so the
    dry run shows exactly what applying does). Call inside one transaction."""
    progress = progress or NullProgress()
    manifest = package.manifest
    ensure_year_open(session, manifest.period)
    ctx = import_context(session, package, write=write, package_ref=package_ref)
    plan = Plan()
    journal = Journal(session, package_ref)
    tables = package.tables
    steps = 2 + (len(RECORD_SPECS) if manifest.kind == DATA else 2)
    checkpoint(progress, 0, steps, "Đang đối chiếu phong trào thi đua…")
    if manifest.kind == DATA:
        governed = sync_campaigns(ctx, tables["campaign"], plan, journal, downward=False)
        sync_targets(ctx, tables["target"], governed, plan, journal)
        for done, spec in enumerate(RECORD_SPECS, start=2):
            checkpoint(progress, done, steps, f"Đang đối chiếu: {spec.label}…")
            sync_records(ctx, spec, tables[spec.table], plan, journal)
    else:
        sync_components(ctx, tables["security_component"], plan, journal)
        checkpoint(progress, 1, steps, "Đang đối chiếu bộ tiêu chí nông thôn mới…")
        sync_criteria_sets(ctx, tables["rural_criteria_set"], plan, journal)
        checkpoint(progress, 2, steps, "Đang đối chiếu phong trào thi đua…")
        governed = sync_campaigns(ctx, tables["campaign"], plan, journal, downward=True)
        sync_targets(ctx, tables["target"], governed, plan, journal)
    checkpoint(progress, steps, steps, "Đang hoàn tất…")
    if write:
        journal.flush()
    return plan


def record_import(
    session: Session,
    package: Package,
    plan: Plan,
    *,
    signature: str,
    inbox_name: str,
) -> ExchangeImport:
    """The import record (kept with the package in inbox/), and the import's own audit entry."""
    manifest = package.manifest
    journal = Journal(session, inbox_name)
    entry = ExchangeImport(
        kind=manifest.kind,
        format_version=manifest.format_version,
        producer_code=manifest.producer_code,
        producer_name=manifest.producer_name[:200],
        producer_installation=manifest.installation_id,
        scope_code=manifest.scope_code,
        period=manifest.period,
        sequence=manifest.sequence,
        created_at=manifest.created_at,
        manifest_sha256=package.manifest_sha256,
        file_sha256=package.file_sha256,
        signature=signature,
        inbox_name=inbox_name,
        original_name=package.path.name[:260],
        imported_at=utc_now(),
        imported_by=current_operator(session),
        rows=manifest.total_rows,
        summary=plan.summary_json(),
    )
    session.add(entry)
    journal.add(
        action="import",
        entity="package",
        key=inbox_name,
        new={
            "kind": manifest.kind,
            "producer": manifest.producer_code,
            "scope": manifest.scope_code,
            "period": manifest.period,
            "sequence": manifest.sequence,
            "signature": signature,
            "totals": plan.totals(),
        },
    )
    journal.flush()
    session.flush()
    return entry
