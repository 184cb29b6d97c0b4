"""Đăng ký thi đua by name: at the start of the year each person, collective or household
registers for the titles (danh hiệu thi đua) it aims at; a proposal naming a title its recipient
did not register for is warned about (data.run_checks), once its unit keeps registrations by
name for that year. Registering is one audited step; so is withdrawing one."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from thidua_desktop.domain.awards.types import AwardKind, RecipientType
from thidua_desktop.domain.dates import MAX_YEAR, MIN_YEAR, format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.text import clean
from thidua_desktop.services.awards import reference
from thidua_desktop.services.awards.rows import NamedRegistrationRow
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import ensure_in_scope
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardRecipient, AwardRegistration
from thidua_desktop.store.models.core import AdminUnit

ENTITY = "award_registration"
MAX_NOTE = 500


def register_recipient(
    db: Database,
    *,
    recipient_id: int,
    year: int,
    award_code: str,
    registered_on: dt.date,
    note: str = "",
) -> NamedRegistrationRow:
    """Record that the recipient registered for the title `award_code` of `year`."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput(f"Năm không hợp lệ: {year}.")
    if not dt.date(year - 1, 10, 1) <= registered_on <= dt.date(year, 12, 31):
        raise InvalidInput(
            f"Ngày đăng ký {format_date(registered_on)} không thuộc năm thi đua {year} (đăng ký "
            f"từ cuối năm {year - 1} đến trong năm {year})."
        )
    text = clean(note)
    if len(text) > MAX_NOTE:
        raise InvalidInput(f"Ghi chú dài quá {MAX_NOTE} ký tự.")
    with db.transaction() as session:
        recipient = session.get(AwardRecipient, recipient_id)
        if recipient is None:
            raise InvalidInput(f"Không có đối tượng khen thưởng #{recipient_id}.")
        unit = session.get(AdminUnit, recipient.unit_id)
        assert unit is not None
        ensure_in_scope(session, unit)
        ensure_year_open(session, year)
        version = reference.award_catalogue().version_on(max(registered_on, dt.date(year, 1, 1)))
        code = clean(award_code).lower()
        entry = version.entry(code)
        kind = RecipientType(recipient.kind)
        titles = [e for e in version.entries if e.kind is AwardKind.TITLE and e.takes(kind)]
        if entry is None or entry.kind is not AwardKind.TITLE or not entry.takes(kind):
            names = ", ".join(f"{e.code} ({e.short_name})" for e in titles)
            raise InvalidInput(
                f"“{code}” không phải danh hiệu thi đua {kind.label} đăng ký được năm {year} "
                f"({version.label}). Các danh hiệu: {names}."
            )
        existing = session.scalar(
            select(AwardRegistration).where(
                AwardRegistration.recipient_id == recipient.id,
                AwardRegistration.year == year,
                AwardRegistration.award_code == code,
            )
        )
        if existing is not None:
            raise InvalidInput(
                f"Đã đăng ký {entry.quoted} năm {year} ngày {format_date(existing.registered_on)}."
            )
        record = AwardRegistration(
            uid=str(uuid.uuid4()), recipient_id=recipient.id, year=year, award_code=code,
            registered_on=registered_on, note=text or None,
            entered_by=audit.current_operator(session), entered_at=utc_now(),
        )  # fmt: skip
        session.add(record)
        session.flush()
        audit.record(
            session,
            action="create",
            entity=ENTITY,
            key=str(record.id),
            new={"recipient_id": recipient.id, "year": year, "award_code": code,
                 "registered_on": registered_on},
            unit_id=unit.id,
        )  # fmt: skip
        return _row(record, entry.name)


def recipient_registrations(db: Database, recipient_id: int) -> list[NamedRegistrationRow]:
    """The recipient's registrations, newest year first."""
    names = reference.award_names(reference.award_catalogue())
    with db.reading() as session:
        records = session.scalars(
            select(AwardRegistration)
            .where(AwardRegistration.recipient_id == recipient_id)
            .order_by(AwardRegistration.year.desc(), AwardRegistration.award_code)
        ).all()
        return [_row(r, names.get(r.award_code, r.award_code)) for r in records]


def withdraw_registration(db: Database, registration_id: int) -> None:
    """Remove a registration entered by mistake (audited; the year must be open)."""
    with db.transaction() as session:
        record = session.get(AwardRegistration, registration_id)
        if record is None:
            raise InvalidInput(f"Không còn đăng ký #{registration_id}.")
        recipient = session.get(AwardRecipient, record.recipient_id)
        assert recipient is not None
        unit = session.get(AdminUnit, recipient.unit_id)
        assert unit is not None
        ensure_in_scope(session, unit)
        ensure_year_open(session, record.year)
        audit.record(
            session,
            action="delete",
            entity=ENTITY,
            key=str(record.id),
            old={"recipient_id": record.recipient_id, "year": record.year,
                 "award_code": record.award_code},
            unit_id=unit.id,
        )  # fmt: skip
        session.delete(record)


def _row(record: AwardRegistration, award_name: str) -> NamedRegistrationRow:
    return NamedRegistrationRow(
        id=record.id,
        recipient_id=record.recipient_id,
        year=record.year,
        award_code=record.award_code,
        award_name=award_name,
        registered_on=record.registered_on,
        note=record.note or "",
    )
