"""Campaigns with their indicators, and targets, in packages: read-only where they arrive."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, insert, select, update

from thidua_desktop.exchange import fields as f
from thidua_desktop.exchange.context import ExportContext, ImportContext
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.journal import Journal
from thidua_desktop.exchange.plan import CHANGED, KEPT, NEW, REMOVED, REPLACED, UNCHANGED, Plan
from thidua_desktop.services.campaigns.sources import valid_sources
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.models.core import Campaign, Indicator, Registration, Result, Target

Row = dict[str, Any]
CAMPAIGN_FIELDS = {
    "code": f.KEY,
    "title": f.TEXT,
    "form": f.TEXT,
    "theme": f.TEXT_OPT,
    "doc_number": f.TEXT_OPT,
    "doc_date": f.DATE_OPT,
    "doc_issuer": f.TEXT_OPT,
    "doc_summary": f.TEXT_OPT,
    "start_date": f.DATE,
    "end_date": f.DATE,
    "status": f.TEXT,
}
CAMPAIGN_SCHEMA = {"uid": f.UUID, "owner": f.CODE, "scope_code": f.CODE, "indicators": f.LIST}
CAMPAIGN_SCHEMA |= CAMPAIGN_FIELDS
INDICATOR_FIELDS = {
    "code": f.KEY,
    "name": f.TEXT,
    "unit_of_measure": f.TEXT,
    "decimals": f.INT,
    "comparator": f.TEXT,
    "source": f.TEXT,
    "min_value": f.DECIMAL_OPT,
    "max_value": f.DECIMAL_OPT,
    "whole_number": f.BOOL,
    "position": f.INT,
    "note": f.TEXT_OPT,
}
INDICATOR_SCHEMA = {"uid": f.UUID} | INDICATOR_FIELDS
CAMPAIGN_LABEL = "Phong trào thi đua"
INDICATOR_LABEL = "Chỉ tiêu của phong trào"


# -- export ------------------------------------------------------------------------------------
def export_campaigns(ctx: ExportContext, *, downward: bool) -> tuple[list[Row], list[Row]]:
    """Campaigns running in the period (and their targets for the scope's units).

    Downward: those defined here or received from above. Upward: those defined here or below
    (a higher office needs them to read the results)."""
    below = ctx.owner_codes
    indicators: dict[int, list[Indicator]] = {}
    for indicator in ctx.session.scalars(select(Indicator).order_by(Indicator.position)):
        indicators.setdefault(indicator.campaign_id, []).append(indicator)
    campaigns, targets = [], []
    for c in ctx.session.scalars(select(Campaign)):
        if not c.start_date.year <= ctx.period <= c.end_date.year:
            continue
        if c.owner_code is not None and (c.owner_code in below) == downward:
            continue
        row: Row = {"uid": c.uid, "owner": ctx.owner(c.owner_code)}
        row |= {name: f.encode(getattr(c, name)) for name in CAMPAIGN_FIELDS}
        row["scope_code"] = ctx.tree.code[c.scope_unit_id]
        row["indicators"] = [
            {"uid": i.uid} | {n: f.encode(getattr(i, n)) for n in INDICATOR_FIELDS}
            for i in indicators.get(c.id, [])
        ]
        campaigns.append(row)
        by_id = {i.id: i for i in indicators.get(c.id, [])}
        for t in ctx.session.scalars(
            select(Target).where(Target.indicator_id.in_(list(by_id)), Target.year == ctx.period)
        ):
            if t.unit_id in ctx.scope_ids:
                i = by_id[t.indicator_id]
                targets.append(
                    {
                        "uid": t.uid,
                        "campaign_uid": c.uid,
                        "campaign_code": c.code,
                        "indicator_uid": i.uid,
                        "indicator_code": i.code,
                        "unit_code": ctx.tree.code[t.unit_id],
                        "year": t.year,
                        "low": f.encode(t.low),
                        "high": f.encode(t.high),
                        "note": t.note,
                    }
                )
    return campaigns, targets


# -- import ------------------------------------------------------------------------------------
def _check_campaign(ctx: ImportContext, row: Row, where: str) -> tuple[Row, list[Row]]:
    data = f.check_row(row, CAMPAIGN_SCHEMA, where)
    if data["form"] not in ("thuong_xuyen", "chuyen_de"):
        raise PackageRefused(f'{where}: hình thức thi đua "{data["form"]}" không hợp lệ.')
    if data["status"] not in ("draft", "active", "closed"):
        raise PackageRefused(f'{where}: trạng thái "{data["status"]}" không hợp lệ.')
    if data["start_date"] > data["end_date"]:
        raise PackageRefused(f"{where}: ngày bắt đầu sau ngày kết thúc.")
    scope = ctx.all_units.get(data["scope_code"])
    if scope is None:
        raise PackageRefused(f"{where}: không có đơn vị phạm vi mã {data['scope_code']} ở đây.")
    indicators, seen = [], set()
    for number, raw in enumerate(data["indicators"], start=1):
        i_where = f"{where}, chỉ tiêu thứ {number}"
        if not isinstance(raw, dict):
            raise PackageRefused(f"{i_where}: không hợp lệ.")
        ind = f.check_row(raw, INDICATOR_SCHEMA, i_where)
        if ind["comparator"] not in ("at_least", "at_most", "range"):
            raise PackageRefused(f'{i_where}: cách so sánh "{ind["comparator"]}" không hợp lệ.')
        if ind["source"] not in valid_sources() or not 0 <= ind["decimals"] <= 6:
            raise PackageRefused(f"{i_where}: nguồn số liệu hoặc số chữ số thập phân không hợp lệ.")
        if ind["uid"] in seen or ind["code"] in seen:
            raise PackageRefused(f'{i_where}: chỉ tiêu "{ind["code"]}" ghi hai lần.')
        seen |= {ind["uid"], ind["code"]}
        indicators.append(ind)
    values = {name: data[name] for name in CAMPAIGN_FIELDS}
    values |= {"uid": data["uid"], "owner_code": data["owner"], "scope_unit_id": scope}
    return values, indicators


def sync_campaigns(
    ctx: ImportContext, rows: list[Row], plan: Plan, journal: Journal, *, downward: bool
) -> dict[int, bool]:
    """Bring the package's campaigns in; returns the ids of those whose targets it governs,
    each with whether it was this office's own definition before (now replaced)."""
    table = plan.table("campaign", CAMPAIGN_LABEL)
    plan.table("indicator", INDICATOR_LABEL)
    governed: dict[int, bool] = {}
    seen: set[str] = set()
    for number, row in enumerate(rows, start=1):
        where = f"bảng campaign, dòng {number}"
        values, indicators = _check_campaign(ctx, row, where)
        if values["uid"] in seen or f"code:{values['code']}" in seen:
            raise PackageRefused(f'{where}: phong trào "{values["code"]}" ghi hai lần.')
        seen |= {values["uid"], f"code:{values['code']}"}
        allowed = ctx.above if downward else ctx.owners
        if values["owner_code"] not in allowed:
            raise PackageRefused(
                f'{where}: phong trào "{values["code"]}" ghi cơ quan ban hành mã '
                f"{values['owner_code']}, không phù hợp với cơ quan gửi."
            )
        by_uid = ctx.campaigns.get(values["uid"])
        by_code = ctx.campaigns.get(f"code:{values['code']}")
        if by_uid is not None and by_code is not None and by_uid != by_code:
            raise PackageRefused(f'{where}: mã phong trào "{values["code"]}" đã dùng ở đây.')
        found = by_uid or by_code
        taken_over = False
        if found is None:
            table.add(NEW, values["code"])
            campaign_id = _insert_campaign(ctx, values, journal)
        else:
            campaign = ctx.session.get(Campaign, found)
            assert campaign is not None
            owner = campaign.owner_code
            if downward and owner is not None and owner not in ctx.above:
                raise PackageRefused(
                    f'{where}: phong trào "{values["code"]}" ở đây do cơ quan mã {owner} gửi '
                    "lên, không thay bằng định nghĩa của cấp trên được."
                )
            if not downward and (owner is None or owner not in ctx.owners):
                table.add(KEPT)  # this office's own definition (or its superiors') stands
                continue
            campaign_id = campaign.id
            taken_over = owner is None
            old = {k: getattr(campaign, k) for k in values}
            changed = {k: v for k, v in values.items() if old[k] != v}
            if changed:
                table.add(REPLACED if owner is None else CHANGED, values["code"])
                if ctx.write:
                    ctx.session.execute(
                        update(Campaign)
                        .where(Campaign.id == found)
                        .values(**changed, updated_at=utc_now())
                    )
                    journal.add(
                        action="import_replace" if owner is None else "import_update",
                        entity="campaign",
                        key=values["code"],
                        old={k: old[k] for k in changed},
                        new=changed,
                    )
            else:
                table.add(UNCHANGED)
        ctx.remember_campaign(campaign_id, values["uid"], values["code"])
        _sync_indicators(ctx, campaign_id, values["code"], indicators, plan, journal, taken_over)
        governed[campaign_id] = taken_over
    if downward:
        _remove_withdrawn(ctx, set(governed), plan, journal)
    return governed


def _insert_campaign(ctx: ImportContext, values: Row, journal: Journal) -> int:
    if not ctx.write:
        return ctx.placeholder()
    now = utc_now()
    new_id = ctx.session.scalar(
        insert(Campaign)
        .values(**values, demo=False, created_at=now, updated_at=now)
        .returning(Campaign.id)
    )
    journal.add(action="import_create", entity="campaign", key=values["code"], new=values)
    return int(new_id or 0)


def _sync_indicators(
    ctx: ImportContext,
    campaign_id: int,
    campaign_code: str,
    indicators: list[Row],
    plan: Plan,
    journal: Journal,
    taken_over: bool,
) -> None:
    table = plan.table("indicator", INDICATOR_LABEL)
    current = (
        {
            i.id: i
            for i in ctx.session.scalars(
                select(Indicator).where(Indicator.campaign_id == campaign_id)
            )
        }
        if campaign_id > 0
        else {}
    )
    by_uid = {i.uid: i for i in current.values()}
    by_code = {i.code: i for i in current.values()}
    for values in indicators:
        key = f"{campaign_code}/{values['code']}"
        existing = by_uid.get(values["uid"]) or by_code.get(values["code"])
        if existing is None:
            table.add(NEW, key)
            new_id = ctx.placeholder()
            if ctx.write:
                new_id = int(
                    ctx.session.scalar(
                        insert(Indicator)
                        .values(**values, campaign_id=campaign_id)
                        .returning(Indicator.id)
                    )
                    or 0
                )
                journal.add(action="import_create", entity="indicator", key=key, new=values)
            ctx.remember_indicator(
                new_id, campaign_id, values["uid"], values["code"], campaign_code
            )
            continue
        current.pop(existing.id)
        old = {k: getattr(existing, k) for k in values}
        changed = {k: v for k, v in values.items() if old[k] != v}
        if changed:
            table.add(REPLACED if taken_over else CHANGED, key)
            if ctx.write:
                ctx.session.execute(
                    update(Indicator).where(Indicator.id == existing.id).values(**changed)
                )
                journal.add(
                    action="import_update",
                    entity="indicator",
                    key=key,
                    old={k: old[k] for k in changed},
                    new=changed,
                )
        else:
            table.add(UNCHANGED)
        ctx.remember_indicator(
            existing.id, campaign_id, values["uid"], values["code"], campaign_code
        )
    for indicator in current.values():
        key = f"{campaign_code}/{indicator.code}"
        used = ctx.session.scalar(
            select(func.count()).select_from(Result).where(Result.indicator_id == indicator.id)
        )
        if used:
            table.add(KEPT)
            plan.warnings.append(
                f"Chỉ tiêu {key} không còn trong gói nhưng đã có {used} kết quả ở đây nên được "
                "giữ lại."
            )
            continue
        table.add(REMOVED, key)
        if ctx.write:
            journal.add(
                action="import_delete", entity="indicator", key=key, old={"name": indicator.name}
            )
            ctx.session.execute(delete(Indicator).where(Indicator.id == indicator.id))


def _remove_withdrawn(ctx: ImportContext, kept: set[int], plan: Plan, journal: Journal) -> None:
    """Campaigns of the offices above, running in the period, that the package no longer has."""
    table = plan.table("campaign", CAMPAIGN_LABEL)
    for c in ctx.session.scalars(select(Campaign).where(Campaign.owner_code.in_(ctx.above))):
        if c.id in kept or not c.start_date.year <= ctx.period <= c.end_date.year:
            continue
        used = ctx.session.scalar(
            select(func.count())
            .select_from(Result)
            .join(Indicator, Indicator.id == Result.indicator_id)
            .where(Indicator.campaign_id == c.id)
        ) or ctx.session.scalar(
            select(func.count()).select_from(Registration).where(Registration.campaign_id == c.id)
        )
        if used:
            table.add(KEPT)
            plan.warnings.append(
                f"Phong trào {c.code} không còn trong gói của cấp trên nhưng đã có số liệu ở đây "
                "nên được giữ lại."
            )
            continue
        table.add(REMOVED, c.code)
        if ctx.write:
            journal.add(
                action="import_delete", entity="campaign", key=c.code, old={"title": c.title}
            )
            ctx.session.execute(delete(Campaign).where(Campaign.id == c.id))
