"""Administrative units: the tree in Vietnamese order, search, lookup by code, reference loads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.messages import msg
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


def valid_on(day: Any) -> tuple[Any, Any]:
    """WHERE conditions: the unit version is valid on `day` (a date or a bound parameter)."""
    return (
        or_(AdminUnit.valid_from.is_(None), AdminUnit.valid_from <= day),
        or_(AdminUnit.valid_to.is_(None), AdminUnit.valid_to >= day),
    )


def search_key_for(kind: UnitKind, name: str, code: str) -> str:
    """What search matches against: the full name ("xa thanh quoi") and the official code."""
    return f"{fold(kind.full_name(name))} {code}"


def list_units(
    db: Database,
    *,
    search: str | None = None,
    under: str | None = None,
    day: dt.date | None = None,
) -> list[UnitRow]:
    """Units in tree order (each parent before its children, siblings in Vietnamese order):
    the versions valid on `day`, or every version when no day is given."""
    with db.reading() as session:
        rows = _load_rows(session, day)
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
        raise UnknownUnitError(msg('Không có đơn vị hành chính nào mã "{code}".', code=wanted))
    return max(candidates, key=lambda row: row.valid_from or dt.date.min)


def version_on(rows: Iterable[UnitRow], code: str | None, day: dt.date) -> UnitRow | None:
    """The row of the unit with this code on `day`; when none has it that day, the last one
    that had it (a former office kept for its history). Codes are reused after 01/07/2025."""
    candidates = [row for row in rows if row.code == code]
    for row in candidates:
        if row.is_valid_on(day):
            return row
    return max(candidates, key=lambda r: r.valid_to or dt.date.max, default=None)


def scope_rows(
    rows: Iterable[UnitRow], root: UnitRow, day: dt.date, *, max_level: int = 4
) -> list[UnitRow]:
    """`root` and the units below it valid on `day` (down to `max_level`), in tree order."""
    inside, found = {root.id}, [root]
    for row in rows:  # tree order: a parent comes before its children
        if row.parent_id in inside and row.is_valid_on(day):
            inside.add(row.id)
            if row.level <= max_level:
                found.append(row)
    return found


def subtree(rows: list[UnitRow], root_id: int) -> list[UnitRow]:
    """The rows of one unit and everything below it, keeping tree order."""
    inside = {root_id}
    result: list[UnitRow] = []
    for row in rows:  # tree order guarantees a parent is seen before its children
        if row.id == root_id or row.parent_id in inside:
            inside.add(row.id)
            result.append(row)
    return result


def _load_rows(session: Session, day: dt.date | None = None) -> list[UnitRow]:
    # Plain tuples through the connection: a database holds 14 000 unit versions.
    query = select(
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
    if day is not None:
        query = query.where(*valid_on(day))
    units = session.connection().execute(query).all()
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
    ids |= _continued(session, dataset)
    added = updated = 0
    total = len(dataset.units)
    pending: list[UnitSpec] = []

    def flush_pending() -> None:
        nonlocal added
        if not pending:
            return
        # Core executemany, not the ORM's bulk path: a national list is 14 000 rows.
        session.connection().execute(
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
        if spec.code in ids and spec.code not in existing:
            continue  # a unit of an earlier list that continues (a province that kept its code)
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


def _continued(session: Session, dataset: UnitDataset) -> dict[str, int]:
    """Top-level units of a later list that an earlier list already holds as continuing (same
    code, name and kind, no end date): their version goes on, the list's units go under it."""
    tops = {spec.code: spec for spec in dataset.units if spec.parent_code is None}
    if not tops or all(spec.valid_from is None for spec in tops.values()):
        return {}
    found = session.execute(
        select(AdminUnit.code, AdminUnit.id, AdminUnit.name, AdminUnit.kind).where(
            AdminUnit.code.in_(sorted(tops)),
            AdminUnit.parent_id.is_(None),
            AdminUnit.valid_to.is_(None),
            AdminUnit.source != dataset.name,
        )
    ).all()
    return {
        code: unit_id
        for code, unit_id, name, kind in found
        if tops[code].name == name and tops[code].kind.value == kind
    }


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
