"""Recording "3 không"/ANTT statuses: one unit (validated, warned, audited) or last year's copy."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.numbers import parse_number
from thidua_desktop.domain.security import (
    Assessment,
    check_decision,
    check_evidence_date,
    check_recognised_share,
    decision_warning,
    evaluation_window,
    registration_warning,
    share_warning,
)
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import Level, UnitKind
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import (
    ensure_in_scope,
    full_name,
    unit_by_code,
)
from thidua_desktop.services.security.data import ComponentDef, components_for
from thidua_desktop.services.security.rows import (
    ComponentEntry,
    SaveReport,
    SecurityEntry,
)
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit
from thidua_desktop.store.models.security import (
    SecurityComponentStatus,
    SecurityStatus,
)

ENTITY = "security_status"
MAX_NOTE = 1000
MAX_NUMBER = 60
MAX_ISSUER = 200


class NotCommuneLevelError(UserError):
    """ "3 không" and ANTT are recorded for xã, phường, thị trấn only."""


class ReadOnlySecurityError(UserError):
    """The record was sent by a lower office and is read-only here."""


# -- one unit -----------------------------------------------------------------------------------


def save_security(
    db: Database,
    *,
    unit_code: str,
    year: int,
    entry: SecurityEntry,
    seen: SecurityEntry | None = None,
) -> SaveReport:
    """Record the whole "3 không"/ANTT status of a unit for a year (the editor's save).

    `seen` is the record as the editor opened it: if someone else has changed it since (several
    staff on one server database), the save is refused by name instead of overwriting theirs."""
    with db.transaction() as session:
        unit = _subject(session, unit_code, year)
        if seen is not None and _fingerprint(_current_entry(session, unit, year)) != _fingerprint(
            seen
        ):
            raise _changed_meanwhile(session, unit, year)
        warnings, changed = _apply(session, unit, year, entry)
    return _report(db, unit_code, year, warnings, changed)


def _fingerprint(entry: SecurityEntry) -> tuple[object, ...]:
    """What a person sees of a record, compared whatever the share's writing ("66,67", "66.67")."""
    share_text = clean(entry.recognised_share)
    try:
        share: object = parse_number(share_text) if share_text else None
    except InvalidInput:
        share = share_text
    return (
        tuple(
            (c.code, c.status, clean(c.evidence_note), c.evidence_date) for c in entry.components
        ),
        entry.antt_result,
        entry.registered_on,
        share,
        clean(entry.decision_number),
        entry.decision_date,
        clean(entry.decision_issuer),
        clean(entry.note),
    )


def _changed_meanwhile(session: Session, unit: AdminUnit, year: int) -> audit.ChangedMeanwhileError:
    return audit.changed_meanwhile(
        session,
        entity=ENTITY,
        unit_id=unit.id,
        template="{who} đã sửa tình trạng năm {year} của {unit} ({time}) sau khi bạn mở biểu "
        "mẫu: chưa lưu thay đổi của bạn. Hãy mở lại để xem bản mới rồi sửa tiếp.",
        year=year,
        unit=UnitKind(unit.kind).full_name(unit.name),
    )


def set_security(
    db: Database,
    *,
    unit_code: str,
    year: int,
    components: Mapping[str, str] | None = None,
    evidence_note: str | None = None,
    evidence_date: dt.date | None = None,
    antt: str | None = None,
    registered_on: dt.date | None = None,
    recognised_share: str | None = None,
    decision_number: str | None = None,
    decision_date: dt.date | None = None,
    issuer: str | None = None,
    note: str | None = None,
) -> SaveReport:
    """Change some fields of a unit's record (the command line); None leaves a field as it is.

    `components` maps component codes to met / not_met / pending; the evidence note and date
    apply to the components named. An empty decision number removes the decision."""
    named = dict(components or {})
    if (evidence_note is not None or evidence_date is not None) and not named:
        raise InvalidInput(
            "Ngày và ghi chú minh chứng đi kèm tình trạng của một tiêu chí "
            "(ví dụ --drugs met --evidence-date 10/11/2023)."
        )
    with db.transaction() as session:
        unit = _subject(session, unit_code, year)
        current = _current_entry(session, unit, year)
        by_code = {c.code: c for c in current.components}
        for code, text in named.items():
            if code not in by_code:
                raise _unknown_component(session, code, year)
            old = by_code[code]
            by_code[code] = ComponentEntry(
                code,
                Assessment.parse(text),
                old.evidence_note if evidence_note is None else evidence_note,
                old.evidence_date if evidence_date is None else evidence_date,
            )
        number = current.decision_number if decision_number is None else clean(decision_number)
        day = current.decision_date if decision_date is None else decision_date
        if decision_number is not None and not number:
            day = None  # removing the decision removes its date
        entry = SecurityEntry(
            components=tuple(by_code.values()),
            antt_result=current.antt_result if antt is None else Assessment.parse(antt),
            registered_on=current.registered_on if registered_on is None else registered_on,
            recognised_share=(
                current.recognised_share if recognised_share is None else recognised_share
            ),
            decision_number=number,
            decision_date=day,
            decision_issuer=current.decision_issuer if issuer is None else issuer,
            note=current.note if note is None else note,
        )
        warnings, changed = _apply(session, unit, year, entry)
    return _report(db, unit_code, year, warnings, changed)


def _report(
    db: Database, unit_code: str, year: int, warnings: tuple[str, ...], changed: bool
) -> SaveReport:
    from thidua_desktop.services.security.status import security_overview

    overview = security_overview(db, year=year, unit_code=unit_code)
    return SaveReport(row=overview.units[0], changed=changed, warnings=warnings)


def _subject(session: Session, unit_code: str, year: int) -> AdminUnit:
    """The unit, refused unless a commune-level unit of this office, existing that year, and
    the year open."""
    unit = _commune(session, unit_code, year)
    ensure_year_open(session, year)
    return unit


def _commune(session: Session, unit_code: str, year: int) -> AdminUnit:
    """The unit, refused unless a commune-level unit of this office, existing that year."""
    unit = unit_by_code(session, unit_code, year=year)
    if unit.level != Level.COMMUNE:
        raise NotCommuneLevelError(
            f"{full_name(unit)} ({unit.code}) là đơn vị {Level(unit.level).office_label}: "
            '"3 không" và an toàn về ANTT chỉ ghi cho từng xã, phường, thị trấn.'
        )
    end = evaluation_window(year)[1]
    if unit.valid_from is not None and unit.valid_from > end:
        raise InvalidInput(
            f"{full_name(unit)} ({unit.code}) được thành lập từ ngày {unit.valid_from:%d/%m/%Y}, "
            f"sau khi kỳ đánh giá năm {year} kết thúc ({end:%d/%m/%Y})."
        )
    if unit.valid_to is not None and unit.valid_to < end:
        raise InvalidInput(
            f"{full_name(unit)} ({unit.code}) chỉ tồn tại đến hết ngày {unit.valid_to:%d/%m/%Y}, "
            f"trước khi kỳ đánh giá năm {year} kết thúc ({end:%d/%m/%Y}): hãy ghi cho đơn vị "
            "sau sắp xếp."
        )
    ensure_in_scope(session, unit)
    return unit


def _unknown_component(session: Session, code: str, year: int) -> InvalidInput:
    known = ", ".join(f"{c.code} ({c.label})" for c in components_for(session, year))
    return InvalidInput(
        f'Không có tiêu chí "{clean(code)}" trong năm {year}. Các tiêu chí: {known}.'
    )


def _status(session: Session, unit_id: int, year: int) -> SecurityStatus | None:
    return session.scalars(
        select(SecurityStatus).where(SecurityStatus.unit_id == unit_id, SecurityStatus.year == year)
    ).first()


def _parts(session: Session, status_id: int) -> dict[int, SecurityComponentStatus]:
    return {
        p.component_id: p
        for p in session.scalars(
            select(SecurityComponentStatus).where(SecurityComponentStatus.status_id == status_id)
        )
    }


def _current_entry(session: Session, unit: AdminUnit, year: int) -> SecurityEntry:
    components = components_for(session, year)
    status = _status(session, unit.id, year)
    if status is None:
        return SecurityEntry(tuple(ComponentEntry(c.code, Assessment.PENDING) for c in components))
    parts = _parts(session, status.id)
    entries = []
    for c in components:
        part = parts.get(c.id)
        entries.append(
            ComponentEntry(c.code, Assessment.PENDING)
            if part is None
            else ComponentEntry(
                c.code, Assessment(part.status), part.evidence_note or "", part.evidence_date
            )
        )
    share = status.antt_recognised_share
    return SecurityEntry(
        components=tuple(entries),
        antt_result=Assessment(status.antt_result),
        registered_on=status.antt_registered_on,
        recognised_share="" if share is None else format(share, "f"),
        decision_number=status.decision_number or "",
        decision_date=status.decision_date,
        decision_issuer=status.decision_issuer or "",
        note=status.note or "",
    )


def _text(value: str, limit: int, what: str) -> str | None:
    text = clean(value)
    if len(text) > limit:
        raise InvalidInput(f"{what} dài quá {limit} ký tự.")
    return text or None


def _apply(
    session: Session, unit: AdminUnit, year: int, entry: SecurityEntry
) -> tuple[tuple[str, ...], bool]:
    """Validate `entry`, write it if it differs from what is stored; (warnings, changed)."""
    components = {c.code: c for c in components_for(session, year)}
    values: dict[str, Any] = {}
    parts: dict[int, tuple[str, str | None, dt.date | None]] = {}
    for given in entry.components:
        component = components.get(given.code)
        if component is None:
            raise _unknown_component(session, given.code, year)
        note = _text(given.evidence_note, MAX_NOTE, f"Minh chứng của tiêu chí {component.label}")
        if given.evidence_date is not None:
            check_evidence_date(given.evidence_date, year, f"minh chứng {component.label}")
        parts[component.id] = (Assessment(given.status).value, note, given.evidence_date)
        values[f"{component.code}.status"] = parts[component.id][0]
        values[f"{component.code}.evidence_note"] = note
        values[f"{component.code}.evidence_date"] = given.evidence_date
    share_text = clean(entry.recognised_share)
    share: Decimal | None = check_recognised_share(parse_number(share_text)) if share_text else None
    number = _text(entry.decision_number, MAX_NUMBER, "Số quyết định")
    check_decision(
        year=year, number=number, day=entry.decision_date, registered_on=entry.registered_on
    )
    result = Assessment(entry.antt_result)
    values |= {
        "antt_result": result.value,
        "antt_registered_on": entry.registered_on,
        "antt_recognised_share": share,
        "decision_number": number,
        "decision_date": entry.decision_date,
        "decision_issuer": _text(entry.decision_issuer, MAX_ISSUER, "Cơ quan ban hành"),
        "note": _text(entry.note, MAX_NOTE, "Ghi chú"),
    }
    warnings = tuple(
        w
        for w in (
            registration_warning(entry.registered_on, year),
            share_warning(result, share),
            decision_warning(result, number),
        )
        if w
    )
    return warnings, _write(session, unit, year, values, parts, components)


def _write(
    session: Session,
    unit: AdminUnit,
    year: int,
    values: dict[str, Any],
    parts: dict[int, tuple[str, str | None, dt.date | None]],
    components: dict[str, ComponentDef],
) -> bool:
    status = _status(session, unit.id, year)
    key = f"{unit.code}/{year}"
    operator = audit.current_operator(session)
    columns = {k: v for k, v in values.items() if "." not in k}
    if status is None:
        status = SecurityStatus(
            uid=str(uuid.uuid4()),
            unit_id=unit.id,
            year=year,
            source="manual",
            entered_by=operator,
            entered_at=utc_now(),
            **columns,
        )
        session.add(status)
        session.flush()
        for component_id, (state, note, day) in parts.items():
            session.add(
                SecurityComponentStatus(
                    status_id=status.id,
                    component_id=component_id,
                    status=state,
                    evidence_note=note,
                    evidence_date=day,
                )
            )
        audit.record(session, action="create", entity=ENTITY, key=key, new=values, unit_id=unit.id)
        return True
    if status.owner_code is not None:
        raise ReadOnlySecurityError(
            f"Số liệu năm {year} của {full_name(unit)} do cơ quan mã {status.owner_code} gửi lên "
            "nên chỉ xem được, không sửa tại đây."
        )
    stored = _parts(session, status.id)
    old: dict[str, Any] = {k: getattr(status, k) for k in columns}
    by_id = {c.id: c for c in components.values()}
    for component_id, part in stored.items():
        code = by_id[component_id].code if component_id in by_id else str(component_id)
        old[f"{code}.status"] = part.status
        old[f"{code}.evidence_note"] = part.evidence_note
        old[f"{code}.evidence_date"] = part.evidence_date
    changed = {k: v for k, v in values.items() if old.get(k) != v}
    if not changed:
        return False
    for name, value in columns.items():
        setattr(status, name, value)
    for component_id, (state, note, day) in parts.items():
        stored_part = stored.get(component_id)
        if stored_part is None:
            session.add(
                SecurityComponentStatus(
                    status_id=status.id,
                    component_id=component_id,
                    status=state,
                    evidence_note=note,
                    evidence_date=day,
                )
            )
        else:
            stored_part.status = state
            stored_part.evidence_note = note
            stored_part.evidence_date = day
    status.source = "manual"
    status.entered_by = operator
    status.entered_at = utc_now()
    audit.record(
        session,
        action="update",
        entity=ENTITY,
        key=key,
        old={k: old.get(k) for k in changed},
        new=changed,
        unit_id=unit.id,
    )
    return True
