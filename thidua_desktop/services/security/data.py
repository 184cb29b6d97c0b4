"""Reading "3 không"/ANTT data: the unit tree, the components of a year, the yearly records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from thidua_desktop.domain.security import (
    Assessment,
    all_met,
    decision_warning,
    evaluation_window,
    registration_warning,
    share_warning,
)
from thidua_desktop.domain.units import Level
from thidua_desktop.services.core.scope import subtree_query
from thidua_desktop.services.core.tree import TreeUnit, UnitTree
from thidua_desktop.store.models.security import (
    SecurityComponent,
    SecurityComponentStatus,
    SecurityStatus,
)

# -- the unit tree ------------------------------------------------------------------------------


class Tree(UnitTree):
    """The unit tree with the communes counted by "3 không"/ANTT."""

    @classmethod
    def shared(cls, session: Session, roots: Collection[int]) -> Tree:
        """The tree of these roots, read once per session: a grid's computed indicators ("3
        không" share, NTM counts) ask for the same units. Units do not change while a report or
        a grid is read."""
        key = (cls, frozenset(roots))
        tree = session.info.get(key)
        if tree is None:
            tree = session.info[key] = cls(session, roots=roots)
        return tree

    def communes(self, root_id: int, year: int) -> list[TreeUnit]:
        """The commune-level units of the subtree that exist at the end of the year's window.

        Counting on that one day keeps merged units from being counted twice (in 2024 the three
        wards merged into Thới Bình on 01/11 are no longer there on 15/11)."""
        day = evaluation_window(year)[1]
        return [u for u in self.subtree(root_id) if u.level == Level.COMMUNE and u.valid_on(day)]


# -- statuses -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Record:
    id: int
    unit_id: int
    year: int
    antt_result: Assessment
    registered_on: dt.date | None
    recognised_share: Decimal | None
    decision_number: str | None
    decision_date: dt.date | None
    decision_issuer: str | None
    note: str | None
    source: str
    owner_code: str | None
    components: dict[int, tuple[Assessment, str | None, dt.date | None]]


@dataclass(frozen=True, slots=True)
class ComponentDef:
    id: int
    code: str
    label: str
    position: int
    description: str


def components_for(session: Session, year: int) -> list[ComponentDef]:
    """The components that apply in `year`, in their order."""
    query = (
        select(
            SecurityComponent.id,
            SecurityComponent.code,
            SecurityComponent.label,
            SecurityComponent.position,
            SecurityComponent.description,
        )
        .where(
            (SecurityComponent.first_year.is_(None)) | (SecurityComponent.first_year <= year),
            (SecurityComponent.last_year.is_(None)) | (SecurityComponent.last_year >= year),
        )
        .order_by(SecurityComponent.position, SecurityComponent.code)
    )
    return [
        ComponentDef(c.id, c.code, c.label, c.position, c.description or "")
        for c in session.execute(query)
    ]


_ASSESSMENTS = {a.value: a for a in Assessment}


def load_records(
    session: Session, years: Iterable[int], *, roots: Collection[int] | None = None
) -> dict[tuple[int, int], Record]:
    """Every status of these years with its components (only of the units in the subtrees of
    `roots` when given): two queries."""
    wanted = list(years)
    scope: Any = true()
    if roots is not None:
        scope = SecurityStatus.unit_id.in_(subtree_query(roots))
    parts: dict[int, dict[int, tuple[Assessment, str | None, dt.date | None]]] = {}
    for status_id, component_id, status, note, day in session.execute(
        select(
            SecurityComponentStatus.status_id,
            SecurityComponentStatus.component_id,
            SecurityComponentStatus.status,
            SecurityComponentStatus.evidence_note,
            SecurityComponentStatus.evidence_date,
        )
        .join(SecurityStatus, SecurityStatus.id == SecurityComponentStatus.status_id)
        .where(SecurityStatus.year.in_(wanted), scope)
    ):
        parts.setdefault(status_id, {})[component_id] = (_ASSESSMENTS[status], note, day)
    records: dict[tuple[int, int], Record] = {}
    # Plain columns, not ORM objects: a province has thousands of rows and this is read often.
    for s in session.execute(
        select(
            SecurityStatus.id,
            SecurityStatus.unit_id,
            SecurityStatus.year,
            SecurityStatus.antt_result,
            SecurityStatus.antt_registered_on,
            SecurityStatus.antt_recognised_share,
            SecurityStatus.decision_number,
            SecurityStatus.decision_date,
            SecurityStatus.decision_issuer,
            SecurityStatus.note,
            SecurityStatus.source,
            SecurityStatus.owner_code,
        ).where(SecurityStatus.year.in_(wanted), scope)
    ):
        records[(s.unit_id, s.year)] = Record(
            id=s.id,
            unit_id=s.unit_id,
            year=s.year,
            antt_result=_ASSESSMENTS[s.antt_result],
            registered_on=s.antt_registered_on,
            recognised_share=s.antt_recognised_share,
            decision_number=s.decision_number,
            decision_date=s.decision_date,
            decision_issuer=s.decision_issuer,
            note=s.note,
            source=s.source,
            owner_code=s.owner_code,
            components=parts.get(s.id, {}),
        )
    return records


def share_inputs(
    session: Session, year: int, components: list[ComponentDef], *, roots: Collection[int]
) -> tuple[set[int], set[int]]:
    """For a share: the units of the subtrees of `roots` with a status in `year`, and those of
    them that `record_both` counts (ANTT met and every one of `components` met), as plain ids
    read in two narrow queries (what `load_records` reads in full is not needed to count)."""
    connection = session.connection()
    scope = SecurityStatus.unit_id.in_(subtree_query(roots))
    recorded = set(
        connection.scalars(
            select(SecurityStatus.unit_id).where(SecurityStatus.year == year, scope)
        ).all()
    )
    if not components:  # all_met: no components, not met
        return recorded, set()
    both = set(
        connection.scalars(
            select(SecurityStatus.unit_id)
            .join(SecurityComponentStatus, SecurityComponentStatus.status_id == SecurityStatus.id)
            .where(
                SecurityStatus.year == year,
                scope,
                SecurityStatus.antt_result == Assessment.MET.value,
                SecurityComponentStatus.component_id.in_([c.id for c in components]),
                SecurityComponentStatus.status == Assessment.MET.value,
            )
            .group_by(SecurityStatus.unit_id)
            # One row per (status, component): every component met when all are counted.
            .having(func.count() == len({c.id for c in components}))
        )
    )
    return recorded, both


def record_both(record: Record | None, components: list[ComponentDef]) -> bool:
    if record is None or record.antt_result is not Assessment.MET:
        return False
    return all_met(
        record.components.get(c.id, (Assessment.PENDING, None, None))[0] for c in components
    )


def record_warnings(record: Record, year: int) -> tuple[str, ...]:
    found = (
        registration_warning(record.registered_on, year),
        share_warning(record.antt_result, record.recognised_share),
        decision_warning(record.antt_result, record.decision_number),
    )
    return tuple(w for w in found if w)
