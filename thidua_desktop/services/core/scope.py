"""The office's scope: which units this installation may record data for, and unit lookups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import Select, bindparam, or_, select
from sqlalchemy.orm import Session, aliased

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.services.core.units import UnknownUnitError
from thidua_desktop.store.models.core import AdminUnit, Profile


class OutOfScopeError(UserError):
    """The unit is not within the office this installation belongs to."""


class NoProfileError(UserError):
    """No office has been chosen for this installation yet."""


def unit_by_code(session: Session, code: str, *, year: int | None = None) -> AdminUnit:
    """The unit with this code (valid during `year` when given; codes can be reused)."""
    wanted = clean(code)
    query = select(AdminUnit).where(AdminUnit.code == wanted)
    if year is not None:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        query = query.where(
            or_(AdminUnit.valid_from.is_(None), AdminUnit.valid_from <= last),
            or_(AdminUnit.valid_to.is_(None), AdminUnit.valid_to >= first),
        )
    unit = session.scalars(query.order_by(AdminUnit.valid_from.desc().nulls_last())).first()
    if unit is None:
        if year is None:
            raise UnknownUnitError(msg('Không có đơn vị hành chính nào mã "{code}".', code=wanted))
        from thidua_desktop.services.core.succession import not_on_message

        day = dt.date(year, 12, 31)
        raise UnknownUnitError(not_on_message(session, wanted, day, f"Năm {year}"))
    return unit


def full_name(unit: AdminUnit) -> str:
    return UnitKind(unit.kind).full_name(unit.name)


def office_unit(session: Session) -> AdminUnit:
    profile = session.get(Profile, 1)
    if profile is None or profile.office_unit is None:
        raise NoProfileError(
            "Chưa chọn cơ quan sử dụng cho bản cài đặt này. Hãy chạy "
            "`thidua-desktop init --office MÃ` hoặc chọn trong giao diện."
        )
    return profile.office_unit


def subtree_query(root_ids: Collection[int]) -> Select[tuple[int]]:
    """The ids of these units and of every unit below them, as a query to use in `IN (…)`.

    A recursive query: a district office in a database that holds the whole country reads its
    own hundred units, not the country's ten thousand (SQLite and PostgreSQL alike)."""
    child = aliased(AdminUnit)
    scope = (
        select(AdminUnit.id)
        .where(AdminUnit.id.in_(sorted(root_ids)))
        .cte("subtree", recursive=True)
    )
    scope = scope.union(select(child.id).where(child.parent_id == scope.c.id))
    return select(scope.c.id)


def subtree_ids(session: Session, root_id: int) -> set[int]:
    """The unit and every unit below it (one query)."""
    return {root_id, *session.scalars(subtree_query([root_id]))}


def is_within(session: Session, unit: AdminUnit, ancestor_id: int) -> bool:
    """Whether `unit` is `ancestor_id` or lies below it: a walk up the unit's few parents, not a
    read of the ancestor's whole subtree (thousands of units for a province)."""
    seen: set[int] = set()
    current: int | None = unit.id
    parent_of = select(AdminUnit.parent_id).where(AdminUnit.id == bindparam("unit_id"))
    while current is not None and current not in seen:
        if current == ancestor_id:
            return True
        seen.add(current)
        current = session.scalar(parent_of, {"unit_id": current})
    return False


def ensure_in_scope(session: Session, unit: AdminUnit) -> None:
    office = office_unit(session)
    if not is_within(session, unit, office.id):
        raise OutOfScopeError(
            msg(
                "{unit} ({code}) không thuộc phạm vi của {office}: bản cài đặt này chỉ nhập số "
                "liệu cho các đơn vị trực thuộc.",
                unit=full_name(unit),
                code=unit.code,
                office=full_name(office),
            )
        )


def children_of(session: Session, unit_id: int) -> list[AdminUnit]:
    return list(
        session.scalars(
            select(AdminUnit).where(AdminUnit.parent_id == unit_id).order_by(AdminUnit.sort_key)
        )
    )
