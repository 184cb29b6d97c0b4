"""Recording nông thôn mới decisions: recognitions, revocations, removal of a mistaken entry."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.rural import (
    Level,
    check_recognition,
    check_revocation,
    check_standard_year,
)
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.scope import full_name
from thidua_desktop.services.rural.edit import (
    MAX_ISSUER,
    MAX_NOTE,
    MAX_NUMBER,
    clean_text,
    recognitions_of,
    report_for,
    rule_of,
    subject,
)
from thidua_desktop.services.rural.errors import ReadOnlyRuralError
from thidua_desktop.services.rural.rows import RecognitionReport
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit
from thidua_desktop.store.models.rural import RuralRecognition


def _values(r: RuralRecognition, names: Sequence[str]) -> dict[str, Any]:
    return {name: getattr(r, name) for name in names}


_RECOGNITION = ("level", "year", "decision_number", "decision_date", "issuer", "announced_on")
_REVOCATION = ("revoked_on", "revocation_number", "revocation_issuer", "revocation_reason")


def recognize(
    db: Database,
    *,
    unit_code: str,
    level: str | Level,
    decision_number: str,
    decision_date: dt.date,
    issuer: str | None = None,
    year: int | None = None,
    announced_on: dt.date | None = None,
    note: str | None = None,
) -> RecognitionReport:
    """Record a recognition decision; refused unless the level below is held on that date."""
    wanted = level if isinstance(level, Level) else Level.parse(level)
    number = clean_text(decision_number, MAX_NUMBER, "Số quyết định")
    if number is None:
        raise InvalidInput("Hãy nhập số quyết định công nhận (ví dụ 331/QĐ-UBND).")
    standard = decision_date.year if year is None else year
    check_standard_year(standard, decision_date)
    if decision_date > dt.date.today():
        raise InvalidInput(f"Ngày quyết định {format_date(decision_date)} là ngày trong tương lai.")
    if announced_on is not None and announced_on < decision_date:
        raise InvalidInput(
            f"Ngày công bố {format_date(announced_on)} trước ngày quyết định "
            f"{format_date(decision_date)}."
        )
    with db.transaction() as session:
        unit = subject(session, unit_code, standard)
        existing = recognitions_of(session, unit.id)
        check_recognition([rule_of(r) for r in existing], wanted, decision_date, full_name(unit))
        record = RuralRecognition(
            uid=str(uuid.uuid4()),
            unit_id=unit.id,
            level=wanted.value,
            year=standard,
            decision_number=number,
            decision_date=decision_date,
            issuer=clean_text(issuer, MAX_ISSUER, "Cơ quan ban hành"),
            announced_on=announced_on,
            note=clean_text(note, MAX_NOTE, "Ghi chú"),
            source="manual",
            entered_by=audit.current_operator(session),
            entered_at=utc_now(),
        )
        session.add(record)
        session.flush()
        audit.record(
            session,
            action="create",
            entity="rural_recognition",
            key=f"{unit.code}/{wanted.value}/{number}",
            new=_values(record, (*_RECOGNITION, "note")),
            unit_id=unit.id,
        )
        uid = record.uid
    report = report_for(db, unit_code, standard, True)
    row = report.row
    warnings = list(row.warnings)
    score = row.score(wanted)
    if score is not None and score.recorded and not score.complete:
        lacking = [f"chưa đạt: {', '.join(score.not_met)}"] if score.not_met else []
        if score.pending:
            lacking.append(f"chưa đánh giá: {score.pending}")
        warnings.insert(
            0,
            f"Năm {standard} mới ghi nhận {score.text} tiêu chí {wanted.label} đạt "
            f"({'; '.join(lacking)}).",
        )
    made = tuple(r for r in row.recognitions if r.uid == uid)
    return RecognitionReport(made, row, tuple(warnings))


def revoke(
    db: Database,
    *,
    unit_code: str,
    level: str | Level,
    decision_number: str,
    revoked_on: dt.date,
    issuer: str | None = None,
    reason: str | None = None,
) -> RecognitionReport:
    """Record the revocation of a level; the higher levels held then are revoked with it (a
    xã that loses NTM cannot keep nâng cao), each audited."""
    wanted = level if isinstance(level, Level) else Level.parse(level)
    number = clean_text(decision_number, MAX_NUMBER, "Số quyết định thu hồi")
    if number is None:
        raise InvalidInput("Hãy nhập số quyết định thu hồi.")
    if revoked_on > dt.date.today():
        raise InvalidInput(f"Ngày thu hồi {format_date(revoked_on)} là ngày trong tương lai.")
    why = clean_text(reason, MAX_NOTE, "Lý do thu hồi")
    year = revoked_on.year
    with db.transaction() as session:
        unit = subject(session, unit_code, year)
        existing = recognitions_of(session, unit.id)
        check_revocation([rule_of(r) for r in existing], wanted, revoked_on, full_name(unit))
        affected = [
            r
            for r in existing
            if Level(r.level).rank >= wanted.rank and rule_of(r).active_on(revoked_on)
        ]
        for r in affected:
            if r.owner_code is not None:
                raise ReadOnlyRuralError(
                    f"Quyết định {r.decision_number} của {full_name(unit)} do cơ quan mã "
                    f"{r.owner_code} gửi lên nên chỉ xem được, không sửa tại đây."
                )
            cascade = Level(r.level) is not wanted
            old = _values(r, _REVOCATION)
            r.revoked_on, r.revocation_number = revoked_on, number
            r.revocation_issuer = clean_text(issuer, MAX_ISSUER, "Cơ quan ban hành")
            r.revocation_reason = (
                f"Kéo theo việc thu hồi {wanted.label}" + (f": {why}" if why else "")
                if cascade
                else why
            )
            audit.record(
                session,
                action="revoke",
                entity="rural_recognition",
                key=f"{unit.code}/{r.level}/{r.decision_number}",
                old=old,
                new=_values(r, _REVOCATION),
                reason=r.revocation_reason,
                unit_id=unit.id,
            )
        uids = {r.uid for r in affected}
    report = report_for(db, unit_code, year, True)
    made = tuple(r for r in report.row.recognitions if r.uid in uids)
    return RecognitionReport(made, report.row, report.warnings)


def delete_recognition(db: Database, *, uid: str) -> RecognitionReport:
    """Remove a recognition entered by mistake (not a revocation: nothing was decided)."""
    with db.transaction() as session:
        record = session.scalars(
            select(RuralRecognition).where(RuralRecognition.uid == uid)
        ).first()
        if record is None:
            raise InvalidInput("Không tìm thấy quyết định công nhận này (có thể đã bị xóa).")
        unit = session.get(AdminUnit, record.unit_id)
        assert unit is not None
        subject(session, unit.code, record.year)
        if record.owner_code is not None:
            raise ReadOnlyRuralError(
                f"Quyết định {record.decision_number} do cơ quan mã {record.owner_code} gửi lên "
                "nên không xóa được tại đây."
            )
        level = Level(record.level)
        others = [r for r in recognitions_of(session, unit.id) if r.id != record.id]
        if any(Level(r.level).rank > level.rank for r in others) and not any(
            Level(r.level) is level for r in others
        ):
            raise InvalidInput(
                f"{full_name(unit)} đã được công nhận mức cao hơn {level.label} dựa trên quyết "
                f"định {record.decision_number}: hãy xóa các quyết định mức cao hơn trước."
            )
        old = _values(record, (*_RECOGNITION, *_REVOCATION, "note"))
        code, year, number = unit.code, record.year, record.decision_number
        session.delete(record)
        audit.record(
            session,
            action="delete",
            entity="rural_recognition",
            key=f"{code}/{level.value}/{number}",
            old=old,
            unit_id=unit.id,
        )
    report = report_for(db, code, year, True)
    return RecognitionReport((), report.row, report.warnings)
