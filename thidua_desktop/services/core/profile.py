"""The installation profile: which office this installation belongs to, and its operator."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import Level, UnitKind
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.rows import MAX_OPERATOR_LENGTH, ProfileRow
from thidua_desktop.services.core.units import UnknownUnitError
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Profile


def get_profile(db: Database) -> ProfileRow | None:
    with db.reading() as session:
        profile = session.get(Profile, 1)
        if profile is None:
            return None
        return _row(profile)


def set_profile(
    db: Database, *, office_code: str | None = None, operator: str | None = None
) -> ProfileRow:
    """Set the office (by unit code; its level follows) and/or the operator's name."""
    with db.transaction() as session:
        profile = _ensure(session)
        old = {
            "office": profile.office_unit.code if profile.office_unit else None,
            "operator": profile.operator,
        }
        if office_code is not None:
            code = clean(office_code)
            unit = session.scalars(
                select(AdminUnit)
                .where(AdminUnit.code == code)
                .order_by(AdminUnit.valid_from.desc().nulls_last())
            ).first()
            if unit is None:
                raise UnknownUnitError(f'Không có đơn vị hành chính nào mã "{code}".')
            if unit.level > Level.COMMUNE:
                raise InvalidInput(
                    f"{UnitKind(unit.kind).full_name(unit.name)} không phải là một cơ quan "
                    "cấp tỉnh, huyện hoặc xã."
                )
            profile.office_unit = unit
        if operator is not None:
            name = clean(operator)
            if not name:
                raise InvalidInput("Hãy nhập họ tên người sử dụng.")
            if len(name) > MAX_OPERATOR_LENGTH:
                raise InvalidInput(f"Họ tên người sử dụng dài quá {MAX_OPERATOR_LENGTH} ký tự.")
            profile.operator = name
        profile.updated_at = utc_now()
        new = {
            "office": profile.office_unit.code if profile.office_unit else None,
            "operator": profile.operator,
        }
        if new != old:
            session.flush()
            audit.record(session, action="update", entity="profile", key="1", old=old, new=new)
        return _row(profile)


def mark_demo(db: Database) -> None:
    with db.transaction() as session:
        profile = _ensure(session)
        if not profile.demo:
            profile.demo = True
            audit.record(
                session,
                action="update",
                entity="profile",
                key="1",
                old={"demo": False},
                new={"demo": True},
            )


def _ensure(session: Session) -> Profile:
    profile = session.get(Profile, 1)
    if profile is None:
        now = utc_now()
        profile = Profile(
            id=1,
            installation_id=str(uuid.uuid4()),
            operator="",
            demo=False,
            created_at=now,
            updated_at=now,
        )
        session.add(profile)
        session.flush()
    return profile


def _row(profile: Profile) -> ProfileRow:
    unit = profile.office_unit
    level = Level(unit.level) if unit is not None else None
    return ProfileRow(
        installation_id=profile.installation_id,
        office_code=unit.code if unit else None,
        office_name=UnitKind(unit.kind).full_name(unit.name) if unit else None,
        level=level.office_code if level else None,
        level_label=level.office_label if level else None,
        operator=profile.operator,
        demo=profile.demo,
    )
