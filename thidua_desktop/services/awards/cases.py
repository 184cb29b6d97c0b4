"""A recipient's pending cases (discipline, inspection, complaint): while one is open, awards
for the recipient are held — the rule warnings say so and a decision leaves the line out
(NĐ 152/2025/NĐ-CP: tạm dừng xét khen thưởng). Opened, closed, removed; audited without the
person's name (a case is personal: its note is not kept in the audit trail)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.awards.initiatives import Case, CaseKind
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.text import clean
from thidua_desktop.services.awards.data import case_of
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.scope import ensure_in_scope
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardRecipient, RecipientCase
from thidua_desktop.store.models.core import AdminUnit

ENTITY = "recipient_case"
MAX_NOTE = 500


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: int
    recipient_id: int
    case: Case

    @property
    def open(self) -> bool:
        return self.case.closed_on is None


def recipient_cases(db: Database, recipient_id: int) -> list[CaseRow]:
    with db.reading() as session:
        _recipient(session, recipient_id)
        return _rows(session, recipient_id)


def open_case(
    db: Database,
    recipient_id: int,
    kind: CaseKind,
    opened_on: dt.date,
    note: str = "",
) -> list[CaseRow]:
    """Record a case from `opened_on`; awards for the recipient are held until it is closed."""
    text = clean(note)
    if len(text) > MAX_NOTE:
        raise InvalidInput(f"Ghi chú dài quá {MAX_NOTE} ký tự.")
    if opened_on > dt.date.today():
        raise InvalidInput(f"Ngày {opened_on:%d/%m/%Y} chưa đến.")
    with db.transaction() as session:
        recipient = _recipient(session, recipient_id)
        if any(row.open for row in _rows(session, recipient_id) if row.case.kind is kind):
            raise InvalidInput(
                f"Đối tượng #{recipient_id} đã có một việc “{kind.label}” chưa kết thúc."
            )
        now = utc_now()
        case = RecipientCase(
            recipient_id=recipient.id,
            kind=kind.value,
            opened_on=opened_on,
            note=text or None,
            created_at=now,
            updated_at=now,
        )
        session.add(case)
        session.flush()
        audit.record(
            session,
            action="create",
            entity=ENTITY,
            key=str(case.id),
            new={"recipient": recipient.id, "kind": kind.value, "opened_on": opened_on},
            unit_id=recipient.unit_id,
        )
        return _rows(session, recipient_id)


def close_case(db: Database, case_id: int, closed_on: dt.date) -> list[CaseRow]:
    """The case ended on `closed_on` (a conclusion, no discipline…): awards are no more held."""
    with db.transaction() as session:
        case = _case(session, case_id)
        if case.closed_on is not None:
            raise InvalidInput(f"Việc #{case_id} đã kết thúc ngày {case.closed_on:%d/%m/%Y}.")
        if closed_on < case.opened_on:
            raise InvalidInput(
                f"Ngày kết thúc {closed_on:%d/%m/%Y} trước ngày bắt đầu {case.opened_on:%d/%m/%Y}."
            )
        if closed_on > dt.date.today():
            raise InvalidInput(f"Ngày {closed_on:%d/%m/%Y} chưa đến.")
        case.closed_on = closed_on
        case.updated_at = utc_now()
        audit.record(
            session,
            action="update",
            entity=ENTITY,
            key=str(case.id),
            old={"closed_on": None},
            new={"closed_on": closed_on},
            unit_id=_recipient(session, case.recipient_id).unit_id,
        )
        return _rows(session, case.recipient_id)


def delete_case(db: Database, case_id: int) -> list[CaseRow]:
    """Remove a case entered by mistake."""
    with db.transaction() as session:
        case = _case(session, case_id)
        recipient_id = case.recipient_id
        audit.record(
            session,
            action="delete",
            entity=ENTITY,
            key=str(case.id),
            old={"recipient": recipient_id, "kind": case.kind, "opened_on": case.opened_on},
            unit_id=_recipient(session, recipient_id).unit_id,
        )
        session.delete(case)
        session.flush()
        return _rows(session, recipient_id)


# -- helpers ------------------------------------------------------------------------------------
def _rows(session: Session, recipient_id: int) -> list[CaseRow]:
    return [
        CaseRow(row.id, row.recipient_id, case_of(row))
        for row in session.scalars(
            select(RecipientCase)
            .where(RecipientCase.recipient_id == recipient_id)
            .order_by(RecipientCase.opened_on.desc(), RecipientCase.id.desc())
        )
    ]


def _recipient(session: Session, recipient_id: int) -> AwardRecipient:
    recipient = session.get(AwardRecipient, recipient_id)
    if recipient is None:
        raise InvalidInput(f"Không có đối tượng khen thưởng #{recipient_id}.")
    unit = session.get(AdminUnit, recipient.unit_id)
    assert unit is not None
    ensure_in_scope(session, unit)
    return recipient


def _case(session: Session, case_id: int) -> RecipientCase:
    case = session.get(RecipientCase, case_id)
    if case is None:
        raise InvalidInput(f"Không có việc #{case_id}.")
    _recipient(session, case.recipient_id)
    return case
