"""Gather what a package carries: this office's scope and period, every record with its owner."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy.orm import Session

from thidua_desktop.exchange.context import ExportContext, UnitTree
from thidua_desktop.exchange.definitions.campaigns import export_campaigns
from thidua_desktop.exchange.definitions.reference import export_components, export_criteria_sets
from thidua_desktop.exchange.manifest import DATA
from thidua_desktop.exchange.tables.specs import RECORD_SPECS
from thidua_desktop.exchange.verify import ROW_ID
from thidua_desktop.exchange.writer import encode_rows
from thidua_desktop.services.core.progress import NullProgress, Progress, checkpoint


def export_context(
    session: Session, *, office_id: int, office_code: str, scope_id: int, period: int
) -> ExportContext:
    tree = UnitTree(session)
    return ExportContext(
        session=session,
        tree=tree,
        office_code=office_code,
        scope_ids=tree.subtree(scope_id),
        owner_ids=tree.subtree(office_id),
        period=period,
    )


class Gathered(NamedTuple):
    tables: dict[str, bytes]  # table -> JSON lines sorted by id
    coverage: dict[str, tuple[str, ...]]  # record table -> the units its rows are about


def gather_tables(ctx: ExportContext, kind: str, progress: Progress | None = None) -> Gathered:
    """Each table of the package kind, encoded as JSON lines sorted by id, and for each record
    table the units it covers: the receiver supersedes those units' records and no others (a
    new installation holding two results must not erase the office's other records)."""
    progress = progress or NullProgress()
    rows: dict[str, list[dict[str, object]]] = {}
    if kind == DATA:
        steps = len(RECORD_SPECS) + 1
        checkpoint(progress, 0, steps, "Đang đọc phong trào thi đua…")
        rows["campaign"], rows["target"] = export_campaigns(ctx, downward=False)
        for done, spec in enumerate(RECORD_SPECS, start=1):
            checkpoint(progress, done, steps, f"Đang đọc: {spec.label}…")
            rows[spec.table] = spec.export(ctx)
    else:
        checkpoint(progress, 0, 1, "Đang đọc các định nghĩa…")
        rows["campaign"], rows["target"] = export_campaigns(ctx, downward=True)
        rows["security_component"] = export_components(ctx)
        rows["rural_criteria_set"] = export_criteria_sets(ctx)
    coverage = {
        spec.table: tuple(sorted({str(row["unit_code"]) for row in rows[spec.table]}))
        for spec in RECORD_SPECS
        if spec.table in rows
    }
    tables = {table: encode_rows(items, ROW_ID.get(table, "uid")) for table, items in rows.items()}
    return Gathered(tables, coverage)
