"""The installation profile: which office this installation belongs to, and its operator."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import Level
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.rows import MAX_OPERATOR_LENGTH, ProfileRow
from thidua_desktop.services.core.scope import full_name, subtree_query
from thidua_desktop.services.core.units import UnknownUnitError
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Profile, UnitSuccession


def get_profile(db: Database) -> ProfileRow | None:
    """The office of this installation; in server mode the operator is the person signed in
    on this PC (whose name the audit records), not the one name stored for the database."""
    with db.reading() as session:
        profile = session.get(Profile, 1)
        if profile is None:
            return None
        return _shown(db, _row(profile))


def _shown(db: Database, row: ProfileRow) -> ProfileRow:
    """The profile as this PC shows it: on a server, with the operator signed in here."""
    if db.server and db.operator:
        from dataclasses import replace

        return replace(row, operator=db.operator)
    return row


def set_profile(
    db: Database,
    *,
    office_code: str | None = None,
    operator: str | None = None,
    day: dt.date | None = None,
) -> ProfileRow:
    """Set the office (by unit code; its level follows) and/or the operator's name.

    The office is the unit with that code on `day` (default today); when no unit has the code
    today, the last unit that had it (a former district, kept for its history: the profile
    then says it ended, and `successor_offices` lists where it can move)."""
    with db.transaction() as session:
        profile = _ensure(session)
        old = {
            "office": profile.office_unit.code if profile.office_unit else None,
            "operator": profile.operator,
        }
        if office_code is not None:
            profile.office_unit = _office_on(session, clean(office_code), day)
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
        return _shown(db, _row(profile))


def _office_on(session: Session, code: str, day: dt.date | None) -> AdminUnit:
    from thidua_desktop.services.core.succession import latest_version, unit_on

    try:
        unit = unit_on(session, code, day or dt.date.today())
    except UnknownUnitError:
        if day is not None:
            raise
        unit = latest_version(session, code)  # a former office, kept for its history
    if unit.level > Level.COMMUNE:
        raise InvalidInput(f"{full_name(unit)} không phải là một cơ quan cấp tỉnh, huyện hoặc xã.")
    return unit


@dataclass(frozen=True, slots=True)
class OfficeChoice:
    """An office an installation whose unit ended can move to."""

    unit_id: int
    code: str
    name: str
    level_label: str
    valid_from: dt.date | None
    reason: str  # "tỉnh, thành phố kế thừa", "xã, phường mới từ các đơn vị của quận"


def successor_offices(db: Database) -> list[OfficeChoice]:
    """Where an installation whose office ended can go: the province that now holds its
    territory (first), then each new commune formed from its units, in Vietnamese order."""

    with db.reading() as session:
        profile = session.get(Profile, 1)
        if profile is None or profile.office_unit is None:
            return []
        office = profile.office_unit
        if office.valid_to is None or office.valid_to >= dt.date.today():
            return []
        day = office.valid_to + dt.timedelta(days=1)
        old_ids = {office.id, *session.scalars(subtree_query([office.id]))}
        new_units = list(
            session.scalars(
                select(AdminUnit)
                .join(UnitSuccession, UnitSuccession.new_id == AdminUnit.id)
                .where(
                    UnitSuccession.old_id.in_(sorted(old_ids)),
                    # Offices that exist after it ended (not a merger inside the district).
                    or_(AdminUnit.valid_to.is_(None), AdminUnit.valid_to >= day),
                )
                .distinct()
                .order_by(AdminUnit.sort_key, AdminUnit.id)
            )
        )
        provinces: list[AdminUnit] = []
        for unit in [office, *new_units]:  # the province above: its own, or its successor
            top = _top_on(session, unit, day)
            if top is not None and top not in provinces:
                provinces.append(top)
        choices = [
            OfficeChoice(
                p.id,
                p.code,
                full_name(p),
                Level(p.level).office_label,
                p.valid_from,
                "tỉnh, thành phố quản lý địa bàn từ ngày " + f"{day:%d/%m/%Y}",
            )
            for p in provinces
        ]
        choices += [
            OfficeChoice(
                u.id,
                u.code,
                full_name(u),
                Level(u.level).office_label,
                u.valid_from,
                f"hình thành từ các đơn vị của {full_name(office)}",
            )
            for u in new_units
            if u.level == Level.COMMUNE
        ]
        return choices


def _top_on(session: Session, unit: AdminUnit, day: dt.date) -> AdminUnit | None:
    """The province-level unit above `unit` that is valid on `day` (following the succession
    of a province that ended)."""
    current: AdminUnit | None = unit
    while current is not None and current.parent_id is not None:
        current = session.get(AdminUnit, current.parent_id)
    seen: set[int] = set()
    while current is not None and current.id not in seen:
        seen.add(current.id)
        if (current.valid_to is None or current.valid_to >= day) and current.level == 1:
            return current
        current = session.scalars(
            select(AdminUnit)
            .join(UnitSuccession, UnitSuccession.new_id == AdminUnit.id)
            .where(UnitSuccession.old_id == current.id)
        ).first()
    return None


def move_office(db: Database, *, to_code: str) -> ProfileRow:
    """Move an installation whose office ended to a successor office (`successor_offices`):
    the profile now names the new office and remembers the former one; no record is changed,
    re-keyed or removed: the former office's data stays as its history."""
    choices = successor_offices(db)
    wanted = clean(to_code)
    if not choices:
        current = get_profile(db)
        name = current.office_name if current else None
        raise InvalidInput(
            f"{name or 'Cơ quan của bản cài đặt này'} vẫn đang hoạt động: không cần chuyển sang "
            "cơ quan kế thừa."
            if name
            else "Chưa chọn cơ quan sử dụng cho bản cài đặt này."
        )
    choice = next((c for c in choices if c.code == wanted), None)
    if choice is None:
        listed = ", ".join(f"{c.code} {c.name}" for c in choices[:6])
        more = "…" if len(choices) > 6 else ""
        raise InvalidInput(
            f'Mã "{wanted}" không phải là cơ quan kế thừa của bản cài đặt này; chọn một trong: '
            f"{listed}{more}."
        )
    with db.transaction() as session:
        profile = _ensure(session)
        former = profile.office_unit
        assert former is not None
        former_name = full_name(former)
        target = session.get(AdminUnit, choice.unit_id)
        assert target is not None
        profile.former_office_unit = former
        profile.office_unit = target
        profile.updated_at = utc_now()
        session.flush()
        audit.record(
            session,
            action="move_office",
            entity="profile",
            key="1",
            old={"office": former.code, "office_name": former_name},
            new={"office": target.code, "office_name": choice.name},
            reason=f"{former_name} kết thúc ngày "
            f"{former.valid_to:%d/%m/%Y}; dữ liệu trước đó giữ nguyên làm lịch sử",
            unit_id=target.id,
        )
        return _shown(db, _row(profile))


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
    former = profile.former_office_unit
    level = Level(unit.level) if unit is not None else None
    return ProfileRow(
        installation_id=profile.installation_id,
        office_code=unit.code if unit else None,
        office_name=full_name(unit) if unit else None,
        level=level.office_code if level else None,
        level_label=level.office_label if level else None,
        operator=profile.operator,
        demo=profile.demo,
        office_unit_id=unit.id if unit else None,
        office_valid_from=unit.valid_from if unit else None,
        office_valid_to=unit.valid_to if unit else None,
        former_office_code=former.code if former else None,
        former_office_name=full_name(former) if former else None,
    )
