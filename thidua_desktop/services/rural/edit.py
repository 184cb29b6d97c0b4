"""Recording nông thôn mới: criteria and plans (validated, audited), and the shared checks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.rural import (
    Level,
    Recognition,
    level_at_end_of,
)
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import ensure_in_scope, full_name, unit_by_code
from thidua_desktop.services.rural.data import CriteriaSetDef, sets_for
from thidua_desktop.services.rural.errors import (
    ReadOnlyRuralError,
    not_a_commune,
)
from thidua_desktop.services.rural.rows import (
    CriterionEntry,
    CriterionState,
    SaveReport,
)
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit
from thidua_desktop.store.models.rural import RuralCriterionStatus, RuralPlan, RuralRecognition

MAX_VALUE = 200
MAX_NOTE = 1000
MAX_NUMBER = 60
MAX_ISSUER = 200


def subject(session: Session, unit_code: str, year: int) -> AdminUnit:
    """The xã, refused unless it is a xã of this office existing at the end of the year."""
    unit = unit_by_code(session, unit_code, year=year)
    if unit.kind != UnitKind.COMMUNE:
        raise not_a_commune(unit)
    end = dt.date(year, 12, 31)
    if unit.valid_to is not None and unit.valid_to < end:
        raise InvalidInput(
            f"{full_name(unit)} ({unit.code}) chỉ tồn tại đến hết ngày {format_date(unit.valid_to)}"
            f", trước khi năm {year} kết thúc: hãy ghi cho xã sau sắp xếp."
        )
    ensure_in_scope(session, unit)
    ensure_year_open(session, year)
    return unit


def clean_text(value: str | None, limit: int, what: str) -> str | None:
    text = clean(value or "")
    if len(text) > limit:
        raise InvalidInput(f"{what} dài quá {limit} ký tự.")
    return text or None


def report_for(db: Database, unit_code: str, year: int, changed: bool) -> SaveReport:
    from thidua_desktop.services.rural.status import rural_overview

    row = rural_overview(db, year=year, unit_code=unit_code).communes[0]
    return SaveReport(row=row, changed=changed, warnings=row.warnings)


def recognitions_of(session: Session, unit_id: int) -> list[RuralRecognition]:
    return list(
        session.scalars(
            select(RuralRecognition)
            .where(RuralRecognition.unit_id == unit_id)
            .order_by(RuralRecognition.decision_date, RuralRecognition.id)
        )
    )


def rule_of(r: RuralRecognition) -> Recognition:
    return Recognition(Level(r.level), r.decision_date, r.year, r.decision_number, r.revoked_on)


# -- criteria -----------------------------------------------------------------------------------


def _set(session: Session, level: Level, year: int) -> CriteriaSetDef:
    sets = sets_for(session, year)
    if level not in sets:
        raise InvalidInput(f"Chưa có bộ tiêu chí {level.label} áp dụng cho năm {year}.")
    return sets[level]


def _criterion_code(set_def: CriteriaSetDef, text: str) -> str:
    code = clean(text).lower().rstrip(").").removeprefix("tc").strip()
    if code not in set_def.ids:
        known = ", ".join(c.code for c in set_def.row.criteria)
        raise InvalidInput(
            f'Bộ tiêu chí {set_def.code.label} không có tiêu chí "{clean(text)}". '
            f"Các tiêu chí: {known}."
        )
    return code


def set_criterion(
    db: Database,
    *,
    unit_code: str,
    year: int,
    set_code: str | Level,
    criterion: str,
    met: bool,
    value: str | None = None,
    note: str | None = None,
) -> SaveReport:
    """Record one criterion of a xã for a year (the command line); None keeps value and note."""
    level = set_code if isinstance(set_code, Level) else Level.parse(set_code)
    with db.transaction() as session:
        unit = subject(session, unit_code, year)
        set_def = _set(session, level, year)
        code = _criterion_code(set_def, criterion)
        stored = _stored(session, unit.id, year, set_def).get(code)
        entry = CriterionEntry(
            code,
            met,
            (stored.value or "" if stored else "") if value is None else value,
            (stored.evidence_note or "" if stored else "") if note is None else note,
        )
        changed = _write(session, unit, year, set_def, [entry])
    return report_for(db, unit_code, year, changed)


def save_checklist(
    db: Database,
    *,
    unit_code: str,
    year: int,
    entries: Mapping[Level, Sequence[CriterionEntry]],
    seen: Mapping[Level, Sequence[CriterionState]] | None = None,
) -> SaveReport:
    """Record the checklist of a xã for a year (the editor's save), set by set.

    `seen` is each set's criteria as the checklist opened them: if someone else has changed
    them since (several staff on one server database), the save is refused by name."""
    with db.transaction() as session:
        unit = subject(session, unit_code, year)
        sets = sets_for(session, year)
        if seen is not None:
            _ensure_unchanged(session, unit, year, sets, seen)
        changed = False
        for level, given in entries.items():
            if level not in sets:
                raise InvalidInput(f"Chưa có bộ tiêu chí {level.label} áp dụng cho năm {year}.")
            changed = _write(session, unit, year, sets[level], given) or changed
    return report_for(db, unit_code, year, changed)


def _ensure_unchanged(
    session: Session,
    unit: AdminUnit,
    year: int,
    sets: Mapping[Level, CriteriaSetDef],
    seen: Mapping[Level, Sequence[CriterionState]],
) -> None:
    for level, states in seen.items():
        if level not in sets:
            continue
        now = {
            code: (row.met, clean(row.value or ""), clean(row.evidence_note or ""))
            for code, row in _stored(session, unit.id, year, sets[level]).items()
        }
        then = {
            s.code: (s.met, clean(s.value), clean(s.evidence_note))
            for s in states
            if s.met is not None
        }
        if now != then:
            raise audit.changed_meanwhile(
                session,
                entity="rural_criteria",
                unit_id=unit.id,
                template="{who} đã sửa tiêu chí năm {year} của {unit} ({time}) sau khi bạn mở "
                "bảng tiêu chí: chưa lưu thay đổi của bạn. Hãy mở lại để xem bản mới rồi sửa "
                "tiếp.",
                year=year,
                unit=UnitKind(unit.kind).full_name(unit.name),
            )


def _stored(
    session: Session, unit_id: int, year: int, set_def: CriteriaSetDef
) -> dict[str, RuralCriterionStatus]:
    codes = {cid: code for code, cid in set_def.ids.items()}
    return {
        codes[s.criterion_id]: s
        for s in session.scalars(
            select(RuralCriterionStatus).where(
                RuralCriterionStatus.unit_id == unit_id,
                RuralCriterionStatus.year == year,
                RuralCriterionStatus.criterion_id.in_(list(codes)),
            )
        )
    }


def _write(
    session: Session,
    unit: AdminUnit,
    year: int,
    set_def: CriteriaSetDef,
    entries: Sequence[CriterionEntry],
) -> bool:
    stored = _stored(session, unit.id, year, set_def)
    operator, now = audit.current_operator(session), utc_now()
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for entry in entries:
        code = _criterion_code(set_def, entry.code)
        name = set_def.row.criterion(code)
        what = f"Tiêu chí {code} ({name.name if name else ''})"
        values = {
            "met": bool(entry.met),
            "value": clean_text(entry.value, MAX_VALUE, f"Giá trị của {what}"),
            "evidence_note": clean_text(entry.evidence_note, MAX_NOTE, f"Minh chứng của {what}"),
        }
        row = stored.get(code)
        if row is None:
            session.add(
                RuralCriterionStatus(
                    uid=str(uuid.uuid4()),
                    unit_id=unit.id,
                    year=year,
                    criterion_id=set_def.ids[code],
                    source="manual",
                    entered_by=operator,
                    entered_at=now,
                    **values,
                )
            )
            new[code] = values
            continue
        changed = {k: v for k, v in values.items() if getattr(row, k) != v}
        if not changed:
            continue
        if row.owner_code is not None:
            raise ReadOnlyRuralError(
                f"Tiêu chí {code} năm {year} của {full_name(unit)} do cơ quan mã {row.owner_code} "
                "gửi lên nên chỉ xem được, không sửa tại đây."
            )
        old[code] = {k: getattr(row, k) for k in changed}
        new[code] = changed
        for key, value in changed.items():
            setattr(row, key, value)
        row.source, row.entered_by, row.entered_at = "manual", operator, now
    if not new:
        return False
    audit.record(
        session,
        action="update" if old else "create",
        entity="rural_criteria",
        key=f"{unit.code}/{year}/{set_def.code.value}",
        old=old or None,
        new=new,
        unit_id=unit.id,
    )
    return True


# -- plans --------------------------------------------------------------------------------------


def set_plan(
    db: Database,
    *,
    unit_code: str,
    year: int,
    level: str | Level | None,
    note: str | None = None,
) -> SaveReport:
    """The level a xã aims to be recognised at in `year`; None removes the plan."""
    wanted = Level.parse(level) if isinstance(level, str) else level
    text = clean_text(note, MAX_NOTE, "Ghi chú kế hoạch")
    with db.transaction() as session:
        unit = subject(session, unit_code, year)
        plan = session.scalars(
            select(RuralPlan).where(RuralPlan.unit_id == unit.id, RuralPlan.year == year)
        ).first()
        key = f"{unit.code}/{year}"
        old = None if plan is None else {"level": plan.level, "note": plan.note}
        new = None if wanted is None else {"level": wanted.value, "note": text}
        changed = old != new
        if plan is not None and plan.owner_code is not None and changed:
            raise ReadOnlyRuralError(
                f"Kế hoạch năm {year} của {full_name(unit)} do cơ quan mã {plan.owner_code} gửi "
                "lên nên chỉ xem được, không sửa tại đây."
            )
        if changed:
            operator, now = audit.current_operator(session), utc_now()
            if wanted is None and plan is not None:
                session.delete(plan)
            elif plan is None and wanted is not None:
                session.add(
                    RuralPlan(
                        uid=str(uuid.uuid4()),
                        unit_id=unit.id,
                        year=year,
                        level=wanted.value,
                        note=text,
                        entered_by=operator,
                        entered_at=now,
                    )
                )
            elif plan is not None and wanted is not None:
                plan.level, plan.note, plan.source = wanted.value, text, "manual"
                plan.entered_by, plan.entered_at = operator, now
            action = "delete" if new is None else ("create" if old is None else "update")
            audit.record(
                session,
                action=action,
                entity="rural_plan",
                key=key,
                old=old,
                new=new,
                unit_id=unit.id,
            )
        held = level_at_end_of([rule_of(r) for r in recognitions_of(session, unit.id)], year - 1)
    report = report_for(db, unit_code, year, changed)
    warnings = list(report.warnings)
    if wanted is not None and held is not None and held.rank >= wanted.rank:
        warnings.insert(0, f"{report.row.unit_name} đã đạt chuẩn {held.label} từ trước năm {year}.")
    return SaveReport(report.row, changed, tuple(warnings))
