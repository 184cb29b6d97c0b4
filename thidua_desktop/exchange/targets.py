"""Targets in packages: those of the campaigns a package governs, for its scope and period."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update

from thidua_desktop.exchange import fields as f
from thidua_desktop.exchange.context import ImportContext
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.journal import Journal
from thidua_desktop.exchange.plan import CHANGED, KEPT, NEW, REMOVED, REPLACED, UNCHANGED, Plan
from thidua_desktop.exchange.records import chunks
from thidua_desktop.store.models import Target

Row = dict[str, Any]
TARGET_LABEL = "Chỉ tiêu giao (mức phấn đấu)"
TARGET_SCHEMA = {
    "uid": f.UUID,
    "campaign_uid": f.UUID,
    "campaign_code": f.KEY,
    "indicator_uid": f.UUID,
    "indicator_code": f.KEY,
    "unit_code": f.CODE,
    "year": f.INT,
    "low": f.DECIMAL,
    "high": f.DECIMAL_OPT,
    "note": f.TEXT_OPT,
}


def sync_targets(
    ctx: ImportContext, rows: list[Row], governed: dict[int, bool], plan: Plan, journal: Journal
) -> None:
    """The governed campaigns' targets for the scope's units and the period, as in the package."""
    table = plan.table("target", TARGET_LABEL)
    incoming: dict[tuple[int, int], Row] = {}
    known = ctx.decoded.get("target")
    if known is not None and len(known) != len(rows):
        known = None
    decoded: list[Row] = []
    for number, row in enumerate(rows, start=1):
        where = f"bảng target, dòng {number}"
        if known is not None:
            data = known[number - 1]
        else:
            data = f.check_row(row, TARGET_SCHEMA, where)
            decoded.append(data)
        campaign = ctx.campaign_id(data["campaign_uid"], data["campaign_code"], where)
        if campaign not in governed:
            table.add(KEPT)
            continue
        if data["year"] != ctx.period:
            raise PackageRefused(f"{where}: năm {data['year']} nằm ngoài kỳ của gói.")
        indicator = ctx.indicator_id(campaign, data["indicator_uid"], data["indicator_code"], where)
        unit = ctx.unit_id(data["unit_code"], where)
        if (indicator, unit) in incoming:
            raise PackageRefused(f"{where}: chỉ tiêu giao ghi hai lần cho cùng đơn vị.")
        incoming[(indicator, unit)] = {
            "uid": data["uid"],
            "indicator_id": indicator,
            "unit_id": unit,
            "year": data["year"],
            "low": data["low"],
            "high": data["high"],
            "note": data["note"],
        }
    if known is None and len(decoded) == len(rows):
        ctx.decoded["target"] = decoded  # the next run of this package skips the field checks
    cell_campaign = {i: c for (c, _), i in ctx.indicators.items() if c in governed}
    indicator_ids = [i for i in cell_campaign if i > 0]
    existing: dict[tuple[int, int], Target] = {}
    for part in chunks(sorted(set(indicator_ids))):
        for t in ctx.session.scalars(
            select(Target).where(Target.indicator_id.in_(part), Target.year == ctx.period)
        ):
            if t.unit_id in ctx.scope_ids:
                existing[(t.indicator_id, t.unit_id)] = t
    new_rows: list[Row] = []
    for cell, values in incoming.items():
        key = f"{ctx.names.get(('indicator', cell[0]), '?')}/{ctx.tree.code[cell[1]]}/{ctx.period}"
        target = existing.pop(cell, None)
        if target is None:
            table.add(NEW, key)
            if ctx.write:
                new_rows.append(values)
                journal.add(
                    action="import_create", entity="target", key=key, new=values, unit_id=cell[1]
                )
            continue
        old = {k: getattr(target, k) for k in values}
        changed = {k: v for k, v in values.items() if old[k] != v}
        if not changed:
            table.add(UNCHANGED)
            continue
        table.add(REPLACED if governed.get(cell_campaign[cell[0]]) else CHANGED, key)
        if ctx.write:
            ctx.session.execute(update(Target).where(Target.id == target.id).values(**changed))
            journal.add(
                action="import_update",
                entity="target",
                key=key,
                old={k: old[k] for k in changed},
                new=changed,
                unit_id=cell[1],
            )
    if new_rows:
        target_table: Any = Target.__table__
        ctx.session.connection().execute(insert(target_table), new_rows)
    for (indicator, unit), target in existing.items():
        key = f"{ctx.names.get(('indicator', indicator), '?')}/{ctx.tree.code[unit]}/{ctx.period}"
        table.add(REPLACED if governed.get(cell_campaign[indicator]) else REMOVED, key)
        if ctx.write:
            journal.add(
                action="import_delete",
                entity="target",
                key=key,
                old={"low": target.low, "high": target.high},
                unit_id=unit,
            )
            ctx.session.execute(delete(Target).where(Target.id == target.id))
