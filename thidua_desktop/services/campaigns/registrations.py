"""Đăng ký thi đua: units register the titles they aim for; the office approves or returns them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.text import clean
from thidua_desktop.services.campaigns.definitions import _ensure_year_in_campaign, campaign_by_code
from thidua_desktop.services.campaigns.rows import RegistrationRow, RegistrationStatus
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import ensure_in_scope, full_name, unit_by_code
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Registration

MAX_TITLES = 1000


def list_registrations(db: Database, *, campaign_code: str, year: int) -> list[RegistrationRow]:
    with db.reading() as session:
        campaign = campaign_by_code(session, campaign_code)
        query = (
            select(Registration, AdminUnit)
            .join(AdminUnit, AdminUnit.id == Registration.unit_id)
            .where(Registration.campaign_id == campaign.id, Registration.year == year)
            .order_by(AdminUnit.sort_key)
        )
        return [_row(campaign.code, reg, unit) for reg, unit in session.execute(query)]


def register(
    db: Database,
    *,
    campaign_code: str,
    unit_code: str,
    year: int,
    titles: str,
    registered_on: dt.date,
) -> RegistrationRow:
    """Record (or update, and resubmit after a return) a unit's registration."""
    text = clean(titles)
    if not text:
        raise InvalidInput("Hãy ghi danh hiệu, hình thức khen thưởng đăng ký.")
    if len(text) > MAX_TITLES:
        raise InvalidInput(f"Nội dung đăng ký dài quá {MAX_TITLES} ký tự.")
    with db.transaction() as session:
        campaign = campaign_by_code(session, campaign_code)
        _ensure_year_in_campaign(campaign, year)
        ensure_year_open(session, year)
        unit = unit_by_code(session, unit_code, year=year)
        ensure_in_scope(session, unit)
        if registered_on.year not in (year - 1, year):
            raise InvalidInput(
                f"Ngày đăng ký {registered_on:%d/%m/%Y} không thuộc năm {year} "
                "(hoặc cuối năm trước)."
            )
        existing = _find(session, campaign.id, unit.id, year)
        key = f"{campaign.code}/{unit.code}/{year}"
        if existing is None:
            existing = Registration(
                uid=str(uuid.uuid4()),
                campaign_id=campaign.id,
                unit_id=unit.id,
                year=year,
                titles=text,
                registered_on=registered_on,
                status=RegistrationStatus.REGISTERED.value,
            )
            session.add(existing)
            audit.record(
                session,
                action="create",
                entity="registration",
                key=key,
                new={"titles": text, "registered_on": registered_on},
                unit_id=unit.id,
            )
        else:
            _ensure_local(existing, unit)
            old = {
                "titles": existing.titles,
                "registered_on": existing.registered_on,
                "status": existing.status,
            }
            existing.titles, existing.registered_on = text, registered_on
            existing.status = RegistrationStatus.REGISTERED.value
            existing.decided_on = None
            audit.record(
                session,
                action="update",
                entity="registration",
                key=key,
                old=old,
                new={"titles": text, "registered_on": registered_on, "status": existing.status},
                unit_id=unit.id,
            )
        session.flush()
        return _row(campaign.code, existing, unit)


def decide(
    db: Database,
    *,
    campaign_code: str,
    unit_code: str,
    year: int,
    approve: bool,
    reason: str = "",
    on: dt.date | None = None,
) -> RegistrationRow:
    """Approve a registration, or return it; a return needs a reason the unit can act on."""
    why = clean(reason)
    if not approve and not why:
        raise InvalidInput("Trả lại đăng ký thì phải ghi rõ lý do.")
    with db.transaction() as session:
        campaign = campaign_by_code(session, campaign_code)
        ensure_year_open(session, year)
        unit = unit_by_code(session, unit_code, year=year)
        ensure_in_scope(session, unit)
        registration = _find(session, campaign.id, unit.id, year)
        if registration is None:
            raise UserError(f"{full_name(unit)} chưa đăng ký thi đua năm {year} trong phong trào.")
        _ensure_local(registration, unit)
        old = {"status": registration.status, "return_reason": registration.return_reason}
        registration.status = (
            RegistrationStatus.APPROVED if approve else RegistrationStatus.RETURNED
        ).value
        registration.return_reason = None if approve else why
        registration.decided_on = on or dt.date.today()
        audit.record(
            session,
            action="approve" if approve else "return",
            entity="registration",
            key=f"{campaign.code}/{unit.code}/{year}",
            old=old,
            new={"status": registration.status, "return_reason": registration.return_reason},
            reason=why or None,
            unit_id=unit.id,
        )
        return _row(campaign.code, registration, unit)


def _find(session: Session, campaign_id: int, unit_id: int, year: int) -> Registration | None:
    return session.scalars(
        select(Registration).where(
            Registration.campaign_id == campaign_id,
            Registration.unit_id == unit_id,
            Registration.year == year,
        )
    ).first()


def _ensure_local(registration: Registration, unit: AdminUnit) -> None:
    if registration.owner_code is not None:
        raise UserError(
            f"Đăng ký của {full_name(unit)} do cơ quan mã {registration.owner_code} gửi lên "
            "nên chỉ xem được tại đây."
        )


def _row(campaign_code: str, reg: Registration, unit: AdminUnit) -> RegistrationRow:
    return RegistrationRow(
        id=reg.id,
        uid=reg.uid,
        campaign_code=campaign_code,
        unit_code=unit.code,
        unit_name=full_name(unit),
        year=reg.year,
        titles=reg.titles,
        registered_on=reg.registered_on,
        status=reg.status,
        status_label=RegistrationStatus(reg.status).label,
        decided_on=reg.decided_on,
        return_reason=reg.return_reason or "",
        editable=reg.owner_code is None,
    )
