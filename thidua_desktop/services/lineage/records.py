"""A unit's records year by year beside its predecessors' (DESIGN §2, succession): what the
unit's page shows to compare a new commune's 2026 with the wards it was formed from.

Nothing is copied or summed: each row is one unit version's own records of one year, labelled
with whose they are; a predecessor that went to several new units (`partial`) says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from thidua_desktop.domain.rural import Level as RuralLevel
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.services.core.succession import predecessor_ids
from thidua_desktop.services.security.data import (
    ComponentDef,
    Record,
    components_for,
    load_records,
    record_both,
)
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Result
from thidua_desktop.store.models.rural import RuralRecognition
from thidua_desktop.store.models.security import SecurityStatus


@dataclass(frozen=True, slots=True)
class LineageRow:
    """One unit version's records of one year."""

    year: int
    unit_code: str
    unit_name: str
    own: bool  # the unit itself; otherwise a predecessor
    part: str | None  # for a predecessor: whole | partial
    results: int  # campaign results recorded
    security: str | None  # '"3 không" và ANTT: đạt', … or None when nothing was recorded
    security_met: bool | None  # both "3 không" and ANTT met; None when nothing was recorded
    rural: str | None  # NTM recognitions decided that year

    @property
    def whose(self) -> str:
        if self.own:
            return "của đơn vị"
        return "tiền thân (toàn bộ)" if self.part == "whole" else "tiền thân (một phần)"


def lineage_records(db: Database, unit_id: int) -> list[LineageRow]:
    """The unit's and its predecessors' records, newest year first, the unit's own first."""
    with db.reading() as session:
        chain = predecessor_ids(session, [unit_id])[unit_id]
        parts: dict[int, str | None] = {unit_id: None, **dict(chain)}
        units = {
            uid: (code, UnitKind(kind).full_name(name), order)
            for uid, code, name, kind, order in session.execute(
                select(
                    AdminUnit.id, AdminUnit.code, AdminUnit.name, AdminUnit.kind, AdminUnit.sort_key
                ).where(AdminUnit.id.in_(parts))
            )
        }
        ids = sorted(parts)
        results = {
            (u, y): n
            for u, y, n in session.execute(
                select(Result.unit_id, Result.year, func.count())
                .where(Result.unit_id.in_(ids))
                .group_by(Result.unit_id, Result.year)
            )
        }
        years = sorted(
            {
                y
                for (y,) in session.execute(
                    select(func.distinct(Result.year)).where(Result.unit_id.in_(ids))
                )
            }
        )
        security_years = set(
            session.scalars(
                select(func.distinct(SecurityStatus.year)).where(SecurityStatus.unit_id.in_(ids))
            )
        )
        records = load_records(session, sorted(security_years), roots=ids)
        components = {y: components_for(session, y) for y in security_years}
        rural: dict[tuple[int, int], list[str]] = {}
        for recognition in session.scalars(
            select(RuralRecognition)
            .where(RuralRecognition.unit_id.in_(ids))
            .order_by(RuralRecognition.decision_date)
        ):
            text = (
                f"công nhận {RuralLevel(recognition.level).label} "
                f"(QĐ {recognition.decision_number}, {recognition.decision_date:%d/%m/%Y})"
            )
            if recognition.revoked_on is not None:
                text += f", thu hồi {recognition.revoked_on:%d/%m/%Y}"
            rural.setdefault((recognition.unit_id, recognition.year), []).append(text)
    all_years = sorted({*years, *security_years, *(y for _u, y in rural)}, reverse=True)
    rows: list[LineageRow] = []
    for year in all_years:
        for uid in [unit_id, *sorted(set(ids) - {unit_id}, key=lambda i: units[i][2])]:
            record = records.get((uid, year))
            security = _security_text(record, components.get(year, []))
            found = (results.get((uid, year), 0), security, rural.get((uid, year)))
            if not found[0] and found[1] is None and not found[2]:
                continue
            code, name, _order = units[uid]
            rows.append(
                LineageRow(
                    year=year,
                    unit_code=code,
                    unit_name=name,
                    own=uid == unit_id,
                    part=parts[uid],
                    results=found[0],
                    security=security,
                    security_met=None if record is None else record_both(record, components[year]),
                    rural="; ".join(found[2]) if found[2] else None,
                )
            )
    return rows


def _security_text(record: Record | None, components: list[ComponentDef]) -> str | None:
    if record is None:
        return None
    if record_both(record, components):
        return '"3 không" và ANTT: đạt'
    return f'"3 không" và ANTT: chưa đạt (ANTT: {record.antt_result.label})'
