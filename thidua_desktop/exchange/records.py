"""Plan and apply one record table: the package replaces everything in its scope and period."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from thidua_desktop.exchange.context import SCOPE_IN_LIMIT, ImportContext, in_scope
from thidua_desktop.exchange.errors import PackageRefused
from thidua_desktop.exchange.journal import Journal
from thidua_desktop.exchange.plan import CHANGED, NEW, REMOVED, REPLACED, UNCHANGED, Plan
from thidua_desktop.exchange.tables.core import RecordSpec, Row
from thidua_desktop.exchange.tables.specs import UNIQUE_KEYS
from thidua_desktop.store.bulk import insert_rows
from thidua_desktop.store.models.security import SecurityComponentStatus

CHUNK = 500
COMPONENTS = "components"


def chunks(values: list[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def sync_records(
    ctx: ImportContext, spec: RecordSpec, rows: list[Row], plan: Plan, journal: Journal
) -> None:
    """Compare the package's rows with this table's slice (units of the scope, the period) and,
    when `ctx.write`, make the slice equal to the package (every change audited)."""
    table_plan = plan.table(spec.table, spec.label)
    incoming: list[Row] = []
    keys: set[tuple[Any, ...]] = set()
    known = ctx.decoded.get(spec.table)
    decoded: list[Row] = []
    for number, row in enumerate(rows, start=1):
        where = f"bảng {spec.table}, dòng {number}"
        if known is not None and len(known) == len(rows):
            data = known[number - 1]
        else:
            data = spec.decode(row, where)
            decoded.append(data)
        values = spec.values(ctx, row, where, data)
        key = spec.key(values)
        if spec.table in UNIQUE_KEYS and key in keys:
            raise PackageRefused(
                f"{where}: trùng với một dòng trước ({spec.describe(ctx, values)})."
            )
        keys.add(key)
        incoming.append(values)
    if known is None or len(known) != len(rows):
        ctx.decoded[spec.table] = decoded  # every row decoded: the next run of the package skips it

    model: Any = spec.model
    query = select(model).where(
        spec.year_clause(ctx.period), in_scope(model.unit_id, ctx.scope_ids)
    )
    # Only the units the package covers in this table are superseded: what it says nothing about
    # stays as it is here (a package from a new installation holding two results erased every
    # "3 không" status, NTM criterion and recognition of its district).
    covered = ctx.covered_units(spec.table, incoming)
    objects = [obj for obj in ctx.session.scalars(query) if obj.unit_id in covered]
    extra = spec.load_extra(ctx, [obj.id for obj in objects])
    existing: dict[tuple[Any, ...], list[tuple[int, Row]]] = {}
    for obj in objects:
        old = spec.current(obj, extra)
        existing.setdefault(spec.key(old), []).append((obj.id, old))
    _refuse_foreign_uids(ctx.session, model, [v["uid"] for v in incoming], {o.id for o in objects})

    inserts: list[Row] = []
    updates: list[tuple[int, Row, Row]] = []
    deletes: list[tuple[int, Row]] = []
    for values in incoming:
        bucket = existing.get(spec.key(values))
        if not bucket:
            table_plan.add(NEW, spec.describe(ctx, values) if table_plan.wants_example() else None)
            inserts.append(values)
            continue
        row_id, old = bucket.pop(0)
        changed = {k: v for k, v in values.items() if old.get(k) != v}
        if not changed:
            table_plan.add(UNCHANGED)
            continue
        example = None
        if table_plan.wants_example():
            example = f"{spec.describe(ctx, old)}: {_changes_text(old, changed)}"
        table_plan.add(REPLACED if old["owner_code"] is None else CHANGED, example)
        updates.append((row_id, old, changed))
        ctx.note_relayed_change(old["owner_code"])
    for bucket in existing.values():
        for row_id, old in bucket:
            table_plan.add(
                REPLACED if old["owner_code"] is None else REMOVED, spec.describe(ctx, old)
            )
            deletes.append((row_id, old))
            ctx.note_relayed_change(old["owner_code"])
    expected = len(incoming)

    def write() -> None:
        _write(ctx, spec, inserts, updates, deletes, journal)
        ctx.session.expire_all()  # the bulk statements bypassed the loaded objects
        _reconcile(ctx, spec, expected, covered)

    ctx.defer(write)


# Fields that say nothing to a person reading the plan.
_QUIET_FIELDS = frozenset({"uid", "unit_id", "owner_code", "entered_at", "entered_by", "source"})


# How the plan names the fields of a record (the package's own names otherwise).
_FIELD_LABELS = {
    "value": "giá trị",
    "high": "mức trên",
    "note": "ghi chú",
    "status": "tình trạng",
    "met": "đạt",
    "level": "mức",
    "antt_result": "ANTT",
    "decision_number": "số quyết định",
    "decision_date": "ngày quyết định",
    "issuer": "cơ quan quyết định",
    "registered_on": "ngày đăng ký",
    "recognised_share": "tỷ lệ công nhận",
    "evidence_note": "minh chứng",
    "components": "các tiêu chí “3 không”",
}


def _changes_text(old: Row, changed: Row) -> str:
    """ "value: 12 → 14; note: (trống) → Số ước tính": what the package changes in one row."""
    parts = []
    for name, new in changed.items():
        if name in _QUIET_FIELDS:
            continue
        label = _FIELD_LABELS.get(name, name)
        parts.append(f"{label}: {_shown(old.get(name))} → {_shown(new)}")
        if len(parts) == 3:
            break
    return "; ".join(parts) or "cùng giá trị, từ nay là số liệu của cơ quan gửi"


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "(trống)"
    text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def _refuse_foreign_uids(session: Session, model: Any, uids: list[str], own: set[int]) -> None:
    """A uid the package brings must not belong to a record outside the slice it replaces."""
    for part in chunks(uids):
        for row_id, uid in session.execute(select(model.id, model.uid).where(model.uid.in_(part))):
            if row_id not in own:
                raise PackageRefused(
                    f"mã định danh {uid} của gói đã dùng cho một bản ghi khác ở đây "
                    "(ngoài phạm vi của gói)."
                )


def _audit_values(values: Row) -> Row:
    return {k: v for k, v in values.items() if k not in ("unit_id", COMPONENTS)} | (
        {COMPONENTS: {str(c): list(p) for c, p in values[COMPONENTS].items()}}
        if COMPONENTS in values
        else {}
    )


def _write(
    ctx: ImportContext,
    spec: RecordSpec,
    inserts: list[Row],
    updates: list[tuple[int, Row, Row]],
    deletes: list[tuple[int, Row]],
    journal: Journal,
) -> None:
    session, model = ctx.session, spec.model
    entity = spec.table
    table: Any = model.__table__  # Core statements: plain rows, no ORM bookkeeping
    for _row_id, old in deletes:
        journal.add(
            action="import_replace" if old["owner_code"] is None else "import_delete",
            entity=entity,
            key=spec.describe(ctx, old),
            old=_audit_values(old),
            unit_id=old["unit_id"],
        )
    for part in chunks([row_id for row_id, _ in deletes]):
        session.execute(delete(table).where(table.c.id.in_(part)))
    # Updates changing the same columns go in one executemany.
    by_columns: dict[tuple[str, ...], list[Row]] = {}
    replaced: dict[int, dict[int, tuple[Any, ...]]] = {}
    for row_id, old, changed in updates:
        columns = {k: v for k, v in changed.items() if k != COMPONENTS}
        if columns:
            by_columns.setdefault(tuple(sorted(columns)), []).append(
                {f"new_{k}": v for k, v in columns.items()} | {"row_id": row_id}
            )
        if COMPONENTS in changed:
            replaced[row_id] = changed[COMPONENTS]
        journal.add(
            action="import_replace" if old["owner_code"] is None else "import_update",
            entity=entity,
            key=spec.describe(ctx, old),
            old=_audit_values({k: old[k] for k in changed}),
            new=_audit_values(changed),
            unit_id=old["unit_id"],
        )
    for names, params in by_columns.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values({name: bindparam(f"new_{name}") for name in names})
        )
        session.connection().execute(statement, params)
    if replaced:
        _write_components(session, replaced, replace=True)
    plain = [{k: v for k, v in values.items() if k != COMPONENTS} for values in inserts]
    if plain:
        insert_rows(session.connection(), table, plain)
    if inserts and COMPONENTS in inserts[0]:
        ids: dict[str, int] = {}
        for part in chunks([v["uid"] for v in inserts]):
            ids |= {
                uid: row_id
                for uid, row_id in session.execute(
                    select(table.c.uid, table.c.id).where(table.c.uid.in_(part))
                )
            }
        _write_components(
            session, {ids[values["uid"]]: values[COMPONENTS] for values in inserts}, replace=False
        )
    for values in inserts:
        journal.add(
            action="import_create",
            entity=entity,
            key=spec.describe(ctx, values),
            new=_audit_values(values),
            unit_id=values["unit_id"],
        )


def _write_components(
    session: Session, parts_by_status: dict[int, dict[int, tuple[Any, ...]]], *, replace: bool
) -> None:
    """The components of these statuses become `parts_by_status` (status id -> parts)."""
    table: Any = SecurityComponentStatus.__table__
    connection = session.connection()
    if replace:
        for part in chunks(sorted(parts_by_status)):
            connection.execute(delete(table).where(table.c.status_id.in_(part)))
    rows = [
        {
            "status_id": status_id,
            "component_id": component,
            "status": status,
            "evidence_note": note,
            "evidence_date": day,
        }
        for status_id, parts in parts_by_status.items()
        for component, (status, note, day) in sorted(parts.items())
    ]
    if rows:
        insert_rows(connection, table, rows)


def _reconcile(ctx: ImportContext, spec: RecordSpec, expected: int, covered: set[int]) -> None:
    """After the writes, the covered units hold exactly the package's rows (else roll everything
    back)."""
    model: Any = spec.model
    where = (spec.year_clause(ctx.period), in_scope(model.unit_id, covered))
    if len(covered) <= SCOPE_IN_LIMIT:  # the IN clause is the coverage: the database counts
        count = select(func.count()).select_from(model).where(*where)
        found = ctx.session.connection().scalar(count) or 0
    else:
        found = sum(
            1
            for unit_id in ctx.session.scalars(select(model.unit_id).where(*where))
            if unit_id in covered
        )
    if found != expected:
        raise PackageRefused(
            f"sau khi áp dụng, bảng {spec.table} có {found} dòng trong phạm vi của gói, khác với "
            f"{expected} dòng trong gói; mọi thay đổi đã được hủy."
        )
