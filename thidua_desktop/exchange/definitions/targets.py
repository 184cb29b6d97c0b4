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
from thidua_desktop.store.models.core import Target

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
    # The writes, in the order they are made (and audited): creations and updates as met, the new
    # rows in bulk, then the removals.
    new_rows: list[Row] = []
    created: list[tuple[str, Row, int]] = []  # each: key, values, unit id
    updated: list[tuple[int, str, Row, Row, int]] = []  # target id, key, old, changed, unit id
    order: list[tuple[bool, int]] = []  # (an update?, its index)
    removed: list[tuple[int, str, Row, int]] = []  # target id, key, old, unit id
    for cell, values in incoming.items():
        key = f"{ctx.names.get(('indicator', cell[0]), '?')}/{ctx.tree.code[cell[1]]}/{ctx.period}"
        target = existing.pop(cell, None)
        if target is None:
            table.add(NEW, key)
            new_rows.append(values)
            order.append((False, len(created)))
            created.append((key, values, cell[1]))
            continue
        old = {k: getattr(target, k) for k in values}
        changed = {k: v for k, v in values.items() if old[k] != v}
        if not changed:
            table.add(UNCHANGED)
            continue
        table.add(REPLACED if governed.get(cell_campaign[cell[0]]) else CHANGED, key)
        order.append((True, len(updated)))
        updated.append((target.id, key, {k: old[k] for k in changed}, changed, cell[1]))
    for (indicator, unit), target in existing.items():
        key = f"{ctx.names.get(('indicator', indicator), '?')}/{ctx.tree.code[unit]}/{ctx.period}"
        table.add(REPLACED if governed.get(cell_campaign[indicator]) else REMOVED, key)
        removed.append((target.id, key, {"low": target.low, "high": target.high}, unit))
    if not (new_rows or updated or removed):
        return

    def write() -> None:
        for is_update, index in order:
            if is_update:
                target_id, key, old, changed, unit = updated[index]
                ctx.session.execute(update(Target).where(Target.id == target_id).values(**changed))
                journal.add(
                    action="import_update",
                    entity="target",
                    key=key,
                    old=old,
                    new=changed,
                    unit_id=unit,
                )
            else:
                key, values, unit = created[index]
                journal.add(
                    action="import_create", entity="target", key=key, new=values, unit_id=unit
                )
        if new_rows:
            target_table: Any = Target.__table__
            ctx.session.connection().execute(insert(target_table), new_rows)
        for target_id, key, old, unit in removed:
            journal.add(action="import_delete", entity="target", key=key, old=old, unit_id=unit)
            ctx.session.execute(delete(Target).where(Target.id == target_id))

    ctx.defer(write)
