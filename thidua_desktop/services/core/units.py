"""Administrative units: the tree in Vietnamese order, search, lookup by code, reference loads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.text import clean, fold, matches, sort_key
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.gc_pause import cyclic_gc_paused
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.datasets import remember_dataset
from thidua_desktop.services.core.progress import NullProgress, Progress, checkpoint
from thidua_desktop.services.core.rows import UnitRow
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, RefDataset
from thidua_desktop.store.seed.units import UnitDataset, UnitSpec


class UnknownUnitError(UserError):
    """No unit has the code the person typed."""


def search_key_for(kind: UnitKind, name: str, code: str) -> str:
    """What search matches against: the full name ("xa thanh quoi") and the official code."""
    return f"{fold(kind.full_name(name))} {code}"


def list_units(
    db: Database, *, search: str | None = None, under: str | None = None
) -> list[UnitRow]:
    """Units in tree order (each parent before its children, siblings in Vietnamese order)."""
    with db.reading() as session:
        rows = _load_rows(session)
    if under:
        root = find_in_rows(rows, under)
        rows = subtree(rows, root.id)
    if search and search.strip():
        query = clean(search)
        rows = [row for row in rows if matches(query, row.search_key)]
    return rows


def find_in_rows(rows: Iterable[UnitRow], code: str) -> UnitRow:
    """The unit with this code; when a code was reused, the most recent version."""
    wanted = clean(code)
    candidates = [row for row in rows if row.code == wanted]
    if not candidates:
        raise UnknownUnitError(f'Không có đơn vị hành chính nào mã "{wanted}".')
    return max(candidates, key=lambda row: row.valid_from or dt.date.min)


def subtree(rows: list[UnitRow], root_id: int) -> list[UnitRow]:
    """The rows of one unit and everything below it, keeping tree order."""
    inside = {root_id}
    result: list[UnitRow] = []
    for row in rows:  # tree order guarantees a parent is seen before its children
        if row.id == root_id or row.parent_id in inside:
            inside.add(row.id)
            result.append(row)
    return result


def _load_rows(session: Session) -> list[UnitRow]:
    # Plain tuples through the connection: a national database holds 10 801 units, read at
    # every start.
    units = (
        session.connection()
        .execute(
            select(
                AdminUnit.id,
                AdminUnit.code,
                AdminUnit.name,
                AdminUnit.kind,
                AdminUnit.level,
                AdminUnit.parent_id,
                AdminUnit.valid_from,
                AdminUnit.valid_to,
                AdminUnit.search_key,
                AdminUnit.sort_key,
            ).order_by(AdminUnit.sort_key, AdminUnit.id)
        )
        .all()
    )
    by_id = {u[0]: u for u in units}
    children: dict[int | None, list[int]] = {}
    for u in units:  # already in Vietnamese order, so each child list is too
        children.setdefault(u[5], []).append(u[0])
    kinds = {kind.value: (kind.label, kind.prefix) for kind in UnitKind}
    full_names: dict[int, str] = {}

    def full_name(unit_id: int) -> str:
        known = full_names.get(unit_id)
        if known is None:
            unit = by_id[unit_id]
            known = full_names[unit_id] = f"{kinds[unit[3]][1]} {unit[2]}"
        return known

    ordered: list[UnitRow] = []
    stack: list[tuple[int, int]] = [(uid, 0) for uid in reversed(children.get(None, []))]
    with cyclic_gc_paused():  # thousands of small objects, all kept
        while stack:
            uid, depth = stack.pop()
            unit_id, code, name, kind, level, parent_id, valid_from, valid_to, search, order = (
                by_id[uid]
            )
            parent = by_id.get(parent_id) if parent_id is not None else None
            ordered.append(
                UnitRow(
                    id=unit_id,
                    code=code,
                    name=name,
                    kind=kind,
                    kind_label=kinds[kind][0],
                    full_name=full_name(unit_id),
                    level=level,
                    parent_id=parent_id,
                    parent_code=parent[1] if parent is not None else None,
                    parent_name=full_name(parent[0]) if parent is not None else None,
                    valid_from=valid_from,
                    valid_to=valid_to,
                    search_key=search,
                    sort_key=order,
                    depth=depth,
                )
            )
            below = children.get(uid)
            if below:
                stack.extend([(child, depth + 1) for child in reversed(below)])
    return ordered


def load_reference_units(
    session: Session, dataset: UnitDataset, progress: Progress | None = None
) -> int:
    """Bring the units of a bundled data set into the database; returns how many rows changed.

    Idempotent: a data set already loaded with the same checksum changes nothing. Units are
    matched by code within the data set, added level by level with bulk inserts, updated in
    place when the data set corrects them, and never deleted (records may refer to them).
    """
    progress = progress or NullProgress()
    loaded = session.get(RefDataset, dataset.name)
    if loaded is not None and loaded.sha256 == dataset.sha256:
        return 0

    existing = {
        u.code: u
        for u in session.scalars(select(AdminUnit).where(AdminUnit.source == dataset.name))
    }
    ids = {code: u.id for code, u in existing.items()}
    added = updated = 0
    total = len(dataset.units)
    pending: list[UnitSpec] = []

    def flush_pending() -> None:
        nonlocal added
        if not pending:
            return
        session.execute(
            insert(AdminUnit), [_unit_values(spec, ids, dataset.name) for spec in pending]
        )
        new_ids = session.execute(
            select(AdminUnit.code, AdminUnit.id).where(
                AdminUnit.source == dataset.name,
                AdminUnit.code.in_([spec.code for spec in pending]),
            )
        )
        ids.update({code: uid for code, uid in new_ids})
        added += len(pending)
        pending.clear()

    current_level = None
    for done, spec in enumerate(dataset.units, start=1):
        if spec.kind.level != current_level:
            flush_pending()  # parents must have ids before their children are inserted
            current_level = spec.kind.level
            checkpoint(progress, done - 1, total, "Đang nạp danh mục đơn vị hành chính…")
        unit = existing.get(spec.code)
        if unit is None:
            pending.append(spec)
            continue
        values = _unit_values(spec, ids, dataset.name)
        old = {k: getattr(unit, k) for k in values if getattr(unit, k) != values[k]}
        if old:
            for key in old:
                setattr(unit, key, values[key])
            updated += 1
            audit.record(
                session,
                action="update",
                entity="admin_unit",
                key=spec.code,
                old=old,
                new={k: values[k] for k in old},
                reason=f"Cập nhật danh mục {dataset.name} {dataset.version}",
                unit_id=unit.id,
            )
    flush_pending()
    checkpoint(progress, total, total, "Đã nạp danh mục đơn vị hành chính.")

    remember_dataset(
        session, loaded, name=dataset.name, version=dataset.version, sha256=dataset.sha256
    )
    audit.record(
        session,
        action="reference_load",
        entity="ref_dataset",
        key=dataset.name,
        new={"version": dataset.version, "added": added, "updated": updated},
    )
    return added + updated


def _unit_values(spec: UnitSpec, ids: dict[str, int], source: str) -> dict[str, object]:
    return {
        "code": spec.code,
        "name": spec.name,
        "kind": spec.kind.value,
        "level": int(spec.kind.level),
        "parent_id": ids[spec.parent_code] if spec.parent_code else None,
        "valid_from": spec.valid_from,
        "valid_to": spec.valid_to,
        "search_key": search_key_for(spec.kind, spec.name, spec.code),
        "sort_key": sort_key(spec.name),
        "note": spec.note,
        "source": source,
    }
