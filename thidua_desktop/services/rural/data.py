"""Reading nông thôn mới data: the sets of a year, communes in scope, statuses, recognitions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.rural import Level, Recognition
from thidua_desktop.domain.units import Level as UnitLevel
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.services.core.tree import TreeUnit, UnitTree
from thidua_desktop.services.rural.rows import CriteriaSetRow, CriterionRow, RecognitionRow
from thidua_desktop.store.models.rural import (
    RuralCriteriaSet,
    RuralCriterion,
    RuralCriterionStatus,
    RuralPlan,
    RuralRecognition,
)
from thidua_desktop.store.seed.rural import parse_groups

__all__ = [
    "CriteriaSetDef",
    "CriterionRecord",
    "ScopeTree",
    "TreeUnit",
    "load_met",
    "load_plans",
    "load_recognition_rules",
    "load_recognitions",
    "load_statuses",
    "sets_for",
]


@dataclass(frozen=True, slots=True)
class CriteriaSetDef:
    """A set with its criteria ids (what the services need beside the plain row)."""

    id: int
    row: CriteriaSetRow
    ids: dict[str, int]  # criterion code -> id

    @property
    def code(self) -> Level:
        return self.row.code


def sets_for(session: Session, year: int) -> dict[Level, CriteriaSetDef]:
    """The criteria sets that apply in `year` (two queries), by level."""
    sets = list(
        session.scalars(
            select(RuralCriteriaSet).where(
                RuralCriteriaSet.first_year <= year, RuralCriteriaSet.last_year >= year
            )
        )
    )
    if not sets:
        return {}
    by_set: dict[int, list[RuralCriterion]] = {}
    for criterion in session.scalars(
        select(RuralCriterion)
        .where(RuralCriterion.set_id.in_([s.id for s in sets]))
        .order_by(RuralCriterion.position)
    ):
        by_set.setdefault(criterion.set_id, []).append(criterion)
    found: dict[Level, CriteriaSetDef] = {}
    for s in sets:
        groups = parse_groups(s.groups)
        names = dict(groups)
        criteria = by_set.get(s.id, [])
        row = CriteriaSetRow(
            code=Level(s.code),
            title=s.title,
            version=s.version,
            legal_basis=s.legal_basis or "",
            first_year=s.first_year,
            last_year=s.last_year,
            groups=groups,
            criteria=tuple(
                CriterionRow(
                    code=c.code,
                    position=c.position,
                    group_code=c.group_code,
                    group_name=names.get(c.group_code, ""),
                    name=c.name,
                    indicators=c.indicators or "",
                    revocation_key=c.revocation_key,
                    note=c.note or "",
                )
                for c in criteria
            ),
        )
        found[row.code] = CriteriaSetDef(s.id, row, {c.code: c.id for c in criteria})
    return dict(sorted(found.items(), key=lambda item: item[0].rank))


class ScopeTree(UnitTree):
    """A scope's units and the scope's ancestors, and nothing else: a recursive query reads the
    subtree, so a district office in a database holding the whole country reads its own units."""

    def __init__(self, session: Session, root_id: int) -> None:
        super().__init__(session, roots=[root_id])
        self.root_id = root_id

    def communes(self, year: int) -> list[TreeUnit]:
        """The xã of the scope that exist on 31/12 of the year (phường and thị trấn are not
        nông thôn mới subjects)."""
        if self.root_id not in self.by_id:
            return []
        day = dt.date(year, 12, 31)
        return [
            u
            for u in self.subtree(self.root_id)
            if u.level == UnitLevel.COMMUNE and u.kind == UnitKind.COMMUNE and u.valid_on(day)
        ]


@dataclass(frozen=True, slots=True)
class CriterionRecord:
    met: bool
    value: str | None
    evidence_note: str | None
    owner_code: str | None


# An IN list per query stays under every database's parameter limit; a scope of 600 xã costs two
# queries, not a read of the whole table.
_CHUNK = 500


def _chunks(ids: Collection[int]) -> list[list[int]]:
    ordered = sorted(ids)
    return [ordered[i : i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def load_statuses(
    session: Session, year: int, unit_ids: Collection[int]
) -> dict[int, dict[int, CriterionRecord]]:
    """unit id -> criterion id -> status with value and evidence, for one year."""
    found: dict[int, dict[int, CriterionRecord]] = {}
    for chunk in _chunks(unit_ids):
        query = select(
            RuralCriterionStatus.unit_id,
            RuralCriterionStatus.criterion_id,
            RuralCriterionStatus.met,
            RuralCriterionStatus.value,
            RuralCriterionStatus.evidence_note,
            RuralCriterionStatus.owner_code,
        ).where(RuralCriterionStatus.year == year, RuralCriterionStatus.unit_id.in_(chunk))
        for unit_id, criterion_id, met, value, note, owner in session.execute(query):
            found.setdefault(unit_id, {})[criterion_id] = CriterionRecord(met, value, note, owner)
    return found


def load_met(session: Session, year: int, unit_ids: Collection[int]) -> dict[int, dict[int, bool]]:
    """unit id -> criterion id -> met, for one year: all the lists need, read as plain tuples."""
    found: dict[int, dict[int, bool]] = {}
    connection = session.connection()
    for chunk in _chunks(unit_ids):
        query = select(
            RuralCriterionStatus.unit_id,
            RuralCriterionStatus.criterion_id,
            RuralCriterionStatus.met,
        ).where(RuralCriterionStatus.year == year, RuralCriterionStatus.unit_id.in_(chunk))
        for unit_id, criterion_id, met in connection.execute(query).all():
            found.setdefault(unit_id, {})[criterion_id] = bool(met)
    return found


_RECOGNITION_COLUMNS = (
    RuralRecognition.unit_id,
    RuralRecognition.uid,
    RuralRecognition.level,
    RuralRecognition.year,
    RuralRecognition.decision_number,
    RuralRecognition.decision_date,
    RuralRecognition.issuer,
    RuralRecognition.announced_on,
    RuralRecognition.note,
    RuralRecognition.revoked_on,
    RuralRecognition.revocation_number,
    RuralRecognition.revocation_issuer,
    RuralRecognition.revocation_reason,
    RuralRecognition.source,
    RuralRecognition.owner_code,
)


def load_recognitions(
    session: Session, units: dict[int, TreeUnit]
) -> dict[int, list[tuple[Recognition, RecognitionRow]]]:
    """Every recognition of these units, oldest first, as rule values and plain rows."""
    found: dict[int, list[tuple[Recognition, RecognitionRow]]] = {}
    for chunk in _chunks(units):
        query = (
            select(*_RECOGNITION_COLUMNS)
            .where(RuralRecognition.unit_id.in_(chunk))
            .order_by(RuralRecognition.decision_date, RuralRecognition.id)
        )
        for r in session.execute(query):
            unit = units[r.unit_id]
            level = Level(r.level)
            rule = Recognition(level, r.decision_date, r.year, r.decision_number, r.revoked_on)
            row = RecognitionRow(
                uid=r.uid,
                unit_code=unit.code,
                unit_name=unit.full_name,
                level=level,
                year=r.year,
                decision_number=r.decision_number,
                decision_date=r.decision_date,
                issuer=r.issuer or "",
                announced_on=r.announced_on,
                note=r.note or "",
                revoked_on=r.revoked_on,
                revocation_number=r.revocation_number or "",
                revocation_issuer=r.revocation_issuer or "",
                revocation_reason=r.revocation_reason or "",
                source=r.source,
                owner_code=r.owner_code,
            )
            found.setdefault(r.unit_id, []).append((rule, row))
    return found


def load_recognition_rules(
    session: Session, unit_ids: Collection[int]
) -> dict[int, list[Recognition]]:
    """Every recognition of these units, oldest first, as rule values only: what counting
    needs, without the rows `load_recognitions` makes for display."""
    found: dict[int, list[Recognition]] = {}
    connection = session.connection()
    for chunk in _chunks(unit_ids):
        query = (
            select(
                RuralRecognition.unit_id,
                RuralRecognition.level,
                RuralRecognition.decision_date,
                RuralRecognition.year,
                RuralRecognition.decision_number,
                RuralRecognition.revoked_on,
            )
            .where(RuralRecognition.unit_id.in_(chunk))
            .order_by(RuralRecognition.decision_date, RuralRecognition.id)
        )
        for unit_id, level, decision_date, year, number, revoked_on in connection.execute(
            query
        ).all():
            rule = Recognition(Level(level), decision_date, year, number, revoked_on)
            found.setdefault(unit_id, []).append(rule)
    return found


def load_plans(
    session: Session, year: int, unit_ids: Collection[int]
) -> dict[int, tuple[Level, str]]:
    """unit id -> (level aimed at, note) for the year (one query)."""
    found: dict[int, tuple[Level, str]] = {}
    for unit_id, level, note in session.execute(
        select(RuralPlan.unit_id, RuralPlan.level, RuralPlan.note).where(RuralPlan.year == year)
    ):
        if unit_id in unit_ids:
            found[unit_id] = (Level(level), note or "")
    return found
