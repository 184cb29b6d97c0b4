"""Last year's "3 không"/ANTT statuses as this year's starting point: bulk, one audit entry."""

from __future__ import annotations

import uuid

from sqlalchemy import insert, select

from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.progress import NullProgress, Progress, checkpoint
from thidua_desktop.services.core.scope import ensure_in_scope, office_unit, unit_by_code
from thidua_desktop.services.security.data import Tree, components_for
from thidua_desktop.services.security.edit import ENTITY
from thidua_desktop.services.security.rows import CopyReport
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.security import SecurityComponentStatus, SecurityStatus


def copy_previous_year(
    db: Database,
    *,
    year: int,
    scope_code: str | None = None,
    progress: Progress | None = None,
) -> CopyReport:
    """Fill the units of the scope that have no record for `year` with last year's statuses.

    Copied: each component's status and the ANTT result, marked "copied" until someone reviews
    them. Not copied: evidence and its dates, the registration, the recognised share and the
    decision, which belong to one year. Units that already have a record are left alone.
    One transaction, bulk inserts, one audit entry naming the units filled."""
    progress = progress or NullProgress()
    with db.transaction() as session:
        ensure_year_open(session, year)
        office = office_unit(session)
        scope = unit_by_code(session, scope_code, year=year) if scope_code else office
        ensure_in_scope(session, scope)
        tree = Tree(session)
        units = {u.id: u for u in tree.communes(scope.id, year)}
        checkpoint(progress, 0, 3, "Đang đọc số liệu năm trước…")
        existing = {
            unit_id: owner
            for unit_id, owner in session.execute(
                select(SecurityStatus.unit_id, SecurityStatus.owner_code).where(
                    SecurityStatus.year == year
                )
            )
            if unit_id in units
        }
        previous = {
            s.unit_id: s
            for s in session.scalars(select(SecurityStatus).where(SecurityStatus.year == year - 1))
            if s.unit_id in units and s.unit_id not in existing
        }
        components = {c.id for c in components_for(session, year)}
        parts: dict[int, list[tuple[int, str]]] = {}
        for status_id, component_id, state in session.execute(
            select(
                SecurityComponentStatus.status_id,
                SecurityComponentStatus.component_id,
                SecurityComponentStatus.status,
            )
            .join(SecurityStatus, SecurityStatus.id == SecurityComponentStatus.status_id)
            .where(SecurityStatus.year == year - 1)
        ):
            if component_id in components:
                parts.setdefault(status_id, []).append((component_id, state))
        checkpoint(progress, 1, 3, "Đang sao chép tình trạng năm trước…")
        now, operator = utc_now(), audit.current_operator(session)
        note = f"Sao chép từ năm {year - 1} làm điểm xuất phát; cần rà soát."
        ordered = sorted(previous.values(), key=lambda s: units[s.unit_id].sort_key)
        if ordered:
            session.execute(
                insert(SecurityStatus),
                [
                    {
                        "uid": str(uuid.uuid4()),
                        "unit_id": s.unit_id,
                        "year": year,
                        "antt_result": s.antt_result,
                        "note": note,
                        "source": "copied",
                        "entered_by": operator,
                        "entered_at": now,
                    }
                    for s in ordered
                ],
            )
            new_ids = dict(
                session.execute(
                    select(SecurityStatus.unit_id, SecurityStatus.id).where(
                        SecurityStatus.year == year, SecurityStatus.source == "copied"
                    )
                ).all()
            )
            component_rows = [
                {"status_id": new_ids[s.unit_id], "component_id": cid, "status": state}
                for s in ordered
                for cid, state in parts.get(s.id, [])
            ]
            if component_rows:
                session.execute(insert(SecurityComponentStatus), component_rows)
        checkpoint(progress, 2, 3, "Đang ghi nhật ký…")
        codes = tuple(units[s.unit_id].code for s in ordered)
        report = CopyReport(
            year=year,
            from_year=year - 1,
            copied=len(ordered),
            kept=sum(1 for owner in existing.values() if owner is None),
            read_only=sum(1 for owner in existing.values() if owner is not None),
            unit_codes=codes,
        )
        if ordered:
            audit.record(
                session,
                action="copy_previous_year",
                entity=ENTITY,
                key=f"{scope.code}/{year}",
                new={
                    "from_year": year - 1,
                    "copied": report.copied,
                    "kept": report.kept,
                    "units": list(codes),
                },
                reason=note,
                unit_id=scope.id,
            )
        return report
