"""Run a verified package against the database: the dry run counts, the real run writes too.

An import plans first (read-only, refusing like the dry run), then applies the writes that plan
decided, in the same transaction, once the safety backup is taken. When the plan cannot be
replayed (it made up ids for campaigns or indicators it would create, or it changes definitions
the later tables depend on), the apply runs the package a second time with writing on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.exchange.context import ImportContext
from thidua_desktop.exchange.definitions.campaigns import (
    CAMPAIGN_LABEL,
    INDICATOR_LABEL,
    sync_campaigns,
)
from thidua_desktop.exchange.definitions.reference import sync_components, sync_criteria_sets
from thidua_desktop.exchange.definitions.targets import sync_targets
from thidua_desktop.exchange.journal import Journal
from thidua_desktop.exchange.manifest import DATA
from thidua_desktop.exchange.plan import Plan
from thidua_desktop.exchange.reader import Package
from thidua_desktop.exchange.records import sync_records
from thidua_desktop.exchange.tables.specs import RECORD_SPECS
from thidua_desktop.exchange.verify import import_context
from thidua_desktop.services.core.audit import current_operator
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.progress import NullProgress, Progress, checkpoint
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.models.exchange import ExchangeImport


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
    plan, _ctx, _journal = _run(
        session, package, write=write, package_ref=package_ref, progress=progress
    )
    return plan


@dataclass
class PlannedImport:
    """The plan of a package, with the writes it decided kept to be made after the backup."""

    package: Package
    plan: Plan
    package_ref: str
    writes: list[Callable[[], None]]
    journal: Journal
    # False when the writes cannot be replayed: applying then runs the package again.
    replayable: bool


def plan_package(
    session: Session, package: Package, *, package_ref: str, progress: Progress | None = None
) -> PlannedImport:
    """Plan the package inside the transaction that will apply it: refuses exactly as the dry
    run does, writes nothing; `apply_planned` then makes the changes."""
    writes: list[Callable[[], None]] = []
    plan, ctx, journal = _run(
        session,
        package,
        write=False,
        package_ref=package_ref,
        progress=progress,
        deferred=writes,
    )
    definitions_unchanged = all(
        plan.table(name, label).changes == 0
        for name, label in (("campaign", CAMPAIGN_LABEL), ("indicator", INDICATOR_LABEL))
    )
    replayable = (
        package.manifest.kind == DATA and definitions_unchanged and not ctx.placeholders_used
    )
    return PlannedImport(package, plan, package_ref, writes, journal, replayable)


def apply_planned(
    session: Session, planned: PlannedImport, *, progress: Progress | None = None
) -> Plan:
    """Make the planned changes (same transaction as the plan); returns the plan applied."""
    if not planned.replayable:
        return run_package(
            session,
            planned.package,
            write=True,
            package_ref=planned.package_ref,
            progress=progress,
        )
    progress = progress or NullProgress()
    total = len(planned.writes)
    for done, write in enumerate(planned.writes):
        checkpoint(progress, done, total, "Đang ghi dữ liệu của gói…")
        write()
    checkpoint(progress, total, total, "Đang hoàn tất…")
    planned.journal.flush()
    return planned.plan


def _run(
    session: Session,
    package: Package,
    *,
    write: bool,
    package_ref: str,
    progress: Progress | None = None,
    deferred: list[Callable[[], None]] | None = None,
) -> tuple[Plan, ImportContext, Journal]:
    progress = progress or NullProgress()
    manifest = package.manifest
    ensure_year_open(session, manifest.period)
    ctx = import_context(session, package, write=write, package_ref=package_ref)
    ctx.deferred = deferred
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
    plan.warnings += _relay_warnings(session, ctx)
    if write:
        journal.flush()
    return plan, ctx, journal


def _relay_warnings(session: Session, ctx: ImportContext) -> list[str]:
    """A package relaying a lower office's records changes figures that office may also have
    sent here itself: nothing says which copy is newer, so the person is told."""
    if not ctx.relayed_changes:
        return []
    latest: dict[str, ExchangeImport] = {}
    for entry in session.scalars(
        select(ExchangeImport).where(
            ExchangeImport.kind == DATA,
            ExchangeImport.period == ctx.period,
            ExchangeImport.producer_code.in_(sorted(ctx.relayed_changes)),
        )
    ):
        known = latest.get(entry.producer_code)
        if known is None or entry.sequence > known.sequence:
            latest[entry.producer_code] = entry
    warnings = []
    for code, entry in sorted(latest.items()):
        when = entry.imported_at.astimezone()
        warnings.append(
            f"Gói này thay đổi {ctx.relayed_changes[code]} dòng số liệu của {entry.producer_name} "
            f"({code}), đơn vị đã gửi gói trực tiếp lên đây (gói số {entry.sequence}, nhập lúc "
            f"{when:%d/%m/%Y %H:%M}). Bản do gói này chuyển lên có thể cũ hơn: nếu cần, đề nghị "
            f"{entry.producer_name} gửi lại gói mới sau khi nhập gói này."
        )
    return warnings


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
