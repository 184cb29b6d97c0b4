"""The unit tree as plain rows: a scope's units and the units above them, read in one query per
level, with the lookups the summaries need (subtree, ancestors, the district of a commune).
"Tree of units" is read the same way by "3 không"/ANTT, nông thôn mới and the dashboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.units import Level, UnitKind
from thidua_desktop.services.core.scope import subtree_query
from thidua_desktop.store.models.core import AdminUnit


@dataclass(frozen=True, slots=True)
class TreeUnit:
    id: int
    code: str
    name: str
    kind: str
    level: int
    parent_id: int | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    sort_key: str

    @property
    def full_name(self) -> str:
        return UnitKind(self.kind).full_name(self.name)

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


_TREE_COLUMNS = (
    AdminUnit.id,
    AdminUnit.code,
    AdminUnit.name,
    AdminUnit.kind,
    AdminUnit.level,
    AdminUnit.parent_id,
    AdminUnit.valid_from,
    AdminUnit.valid_to,
    AdminUnit.sort_key,
)


class UnitTree:
    """Units with the lookups the summaries need: every unit, or (`roots`) only the subtrees of
    the given units and the units above them, each read in one query."""

    def __init__(self, session: Session, roots: Collection[int] | None = None) -> None:
        query = select(*_TREE_COLUMNS)
        if roots is not None:
            query = query.where(AdminUnit.id.in_(subtree_query(roots)))
        # Plain rows through the connection: no ORM result machinery for a province's units.
        connection = session.connection()
        self.by_id = {row[0]: TreeUnit(*row) for row in connection.execute(query).all()}
        if roots is not None:
            self._add_ancestors(session)
        self.children: dict[int | None, list[int]] = {}
        for unit in self.by_id.values():
            self.children.setdefault(unit.parent_id, []).append(unit.id)

    def _add_ancestors(self, session: Session) -> None:
        missing = {u.parent_id for u in self.by_id.values()} - set(self.by_id) - {None}
        connection = session.connection()
        while missing:  # a level at a time: two or three queries at most
            rows = connection.execute(select(*_TREE_COLUMNS).where(AdminUnit.id.in_(missing))).all()
            found = {row[0]: TreeUnit(*row) for row in rows}
            self.by_id |= found
            missing = {u.parent_id for u in found.values()} - set(self.by_id) - {None}

    def subtree(self, root_id: int) -> list[TreeUnit]:
        """The unit and every unit below it (depth first)."""
        found, stack = [], [root_id]
        while stack:
            unit_id = stack.pop()
            found.append(self.by_id[unit_id])
            stack.extend(self.children.get(unit_id, []))
        return found

    def ancestors(self, unit_id: int) -> list[int]:
        """The unit and the units above it, up to the top of the tree."""
        chain: list[int] = []
        current: int | None = unit_id
        while current is not None and current in self.by_id:
            chain.append(current)
            current = self.by_id[current].parent_id
        return chain

    def district_of(self, unit: TreeUnit) -> TreeUnit | None:
        """The unit's level-2 ancestor (quận, huyện…); None in the two-tier provinces of 2025."""
        for unit_id in self.ancestors(unit.id):
            if self.by_id[unit_id].level == Level.DISTRICT:
                return self.by_id[unit_id]
        return None

    def group_of(self, unit: TreeUnit, root: TreeUnit) -> TreeUnit:
        """The district a unit is summed up under: its own when the scope is above the
        districts, else the scope itself."""
        district = self.district_of(unit)
        if root.level < Level.DISTRICT and district is not None:
            return district
        return root
