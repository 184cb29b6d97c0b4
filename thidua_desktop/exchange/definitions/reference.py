"""Reference definitions that travel down: "3 không" components and NTM criteria sets."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.exchange import fields as f
from thidua_desktop.exchange.context import ExportContext, ImportContext
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.journal import Journal
from thidua_desktop.exchange.plan import CHANGED, KEPT, NEW, REPLACED, UNCHANGED, Plan
from thidua_desktop.store.models.rural import RuralCriteriaSet, RuralCriterion
from thidua_desktop.store.models.security import SecurityComponent
from thidua_desktop.store.seed.rural import parse_groups, version_key

Row = dict[str, Any]
COMPONENT_FIELDS = {
    "label": f.TEXT,
    "description": f.TEXT_OPT,
    "position": f.INT,
    "first_year": f.INT_OPT,
    "last_year": f.INT_OPT,
}
COMPONENT_SCHEMA = {"code": f.KEY} | COMPONENT_FIELDS
COMPONENT_LABEL, CRITERIA_LABEL = "Tiêu chí “3 không”", "Bộ tiêu chí nông thôn mới"
SET_SCHEMA = {
    "key": f.TEXT,
    "code": f.TEXT,
    "version": f.TEXT,
    "first_year": f.INT,
    "last_year": f.INT,
    "title": f.TEXT,
    "legal_basis": f.TEXT_OPT,
    "groups": f.LIST,
    "criteria": f.LIST,
}


def package_source(ctx: ImportContext) -> str:
    return f"goi-{ctx.producer_code}"[:64]


# -- "3 không" components ------------------------------------------------------------------------
def export_components(ctx: ExportContext) -> list[Row]:
    return [
        {"code": c.code} | {name: getattr(c, name) for name in COMPONENT_FIELDS}
        for c in ctx.session.scalars(select(SecurityComponent))
    ]


def sync_components(ctx: ImportContext, rows: list[Row], plan: Plan, journal: Journal) -> None:
    """Components are matched by code and never deleted (past evaluations refer to them)."""
    table = plan.table("security_component", COMPONENT_LABEL)
    current = {c.code: c for c in ctx.session.scalars(select(SecurityComponent))}
    seen: set[str] = set()
    for number, row in enumerate(rows, start=1):
        data = f.check_row(row, COMPONENT_SCHEMA, f"bảng security_component, dòng {number}")
        code = data.pop("code")
        if code in seen:
            raise PackageRefused(f'bảng security_component: mã "{code}" ghi hai lần.')
        seen.add(code)
        existing = current.get(code)
        if existing is None:
            table.add(NEW, code)
            if ctx.write:
                ctx.components[code] = int(
                    ctx.session.scalar(
                        insert(SecurityComponent)
                        .values(code=code, source=package_source(ctx), **data)
                        .returning(SecurityComponent.id)
                    )
                    or 0
                )
                journal.add(action="import_create", entity="security_component", key=code, new=data)
            continue
        old = {k: getattr(existing, k) for k in data}
        changed = {k: v for k, v in data.items() if old[k] != v}
        if not changed:
            table.add(UNCHANGED)
            continue
        table.add(REPLACED if existing.source is None else CHANGED, code)
        if ctx.write:
            ctx.session.execute(
                update(SecurityComponent)
                .where(SecurityComponent.id == existing.id)
                .values(**changed, source=package_source(ctx))
            )
            journal.add(
                action="import_update",
                entity="security_component",
                key=code,
                old={k: old[k] for k in changed},
                new=changed,
            )


# -- nông thôn mới criteria sets -----------------------------------------------------------------
def _set_item(s: RuralCriteriaSet, criteria: list[RuralCriterion]) -> Row:
    """A set in the shape of the criteria files (store/rural_seed.py reads it back)."""
    return {
        "key": f"{s.code}/{s.first_year}",
        "code": s.code,
        "version": s.version,
        "first_year": s.first_year,
        "last_year": s.last_year,
        "title": s.title,
        "legal_basis": s.legal_basis,
        "groups": [{"code": c, "name": n} for c, n in parse_groups(s.groups)],
        "criteria": [
            {
                "code": c.code,
                "group": c.group_code,
                "name": c.name,
                "indicators": c.indicators,
                "revocation_key": c.revocation_key,
                "note": c.note,
            }
            for c in sorted(criteria, key=lambda c: c.position)
        ],
    }


def _sets(ctx: ExportContext | ImportContext) -> dict[str, Row]:
    by_set: dict[int, list[RuralCriterion]] = {}
    for criterion in ctx.session.scalars(select(RuralCriterion)):
        by_set.setdefault(criterion.set_id, []).append(criterion)
    return {
        f"{s.code}/{s.first_year}": _set_item(s, by_set.get(s.id, []))
        for s in ctx.session.scalars(select(RuralCriteriaSet))
        if s.first_year <= ctx.period <= s.last_year
    }


def export_criteria_sets(ctx: ExportContext) -> list[Row]:
    return list(_sets(ctx).values())


def sync_criteria_sets(ctx: ImportContext, rows: list[Row], plan: Plan, journal: Journal) -> None:
    """A set newer than the one here (or different at the same version) replaces it; an older one
    is left aside. Loading reuses the criteria-file loader (services/rural_reference.py)."""
    from thidua_desktop.services.rural.reference import LOADED, apply_set
    from thidua_desktop.store.seed.rural import _read_set

    table = plan.table("rural_criteria_set", CRITERIA_LABEL)
    current = _sets(ctx)
    for number, row in enumerate(rows, start=1):
        where = f"bảng rural_criteria_set, dòng {number}"
        data = f.check_row(row, SET_SCHEMA, where)
        item = {k: v for k, v in row.items() if k != "key"}
        try:
            spec = _read_set(item, package_source(ctx), where)
        except (KeyError, TypeError, ValueError, AttributeError, InvalidInput) as exc:
            raise PackageRefused(f"{where}: bộ tiêu chí không đúng định dạng ({exc}).") from None
        key = f"{spec.code.value}/{spec.first_year}"
        if data["key"] != key:
            raise PackageRefused(f"{where}: khóa {data['key']} không khớp với bộ tiêu chí.")
        here = current.get(key)
        if here is not None and version_key(spec.version) < version_key(here["version"]):
            table.add(KEPT)
            plan.warnings.append(
                f"Bộ tiêu chí {key} phiên bản {spec.version} cũ hơn phiên bản đang dùng ở đây "
                f"({here['version']}) nên không nạp."
            )
            continue
        mine = {k: v for k, v in row.items() if k != "key"}
        if here is not None and {k: v for k, v in here.items() if k != "key"} == mine:
            table.add(UNCHANGED)
            continue
        table.add(NEW if here is None else CHANGED, f"{key} phiên bản {spec.version}")
        if ctx.write:
            try:
                outcome = apply_set(ctx.session, spec)
            except InvalidInput as exc:
                raise PackageRefused(exc.message) from None
            if outcome == LOADED:
                journal.add(
                    action="import_update",
                    entity="rural_criteria_set",
                    key=key,
                    new={"version": spec.version, "criteria": len(spec.criteria)},
                )
