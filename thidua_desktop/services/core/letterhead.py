"""The office's letterhead for documents: its own settings over defaults from its unit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.letterhead import Letterhead, default_letterhead
from thidua_desktop.domain.text import clean
from thidua_desktop.domain.units import UnitKind
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.scope import full_name, is_within, office_unit, unit_by_code
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import AdminUnit, Profile

FIELDS = (
    "issuer_parent",
    "issuer_name",
    "document_symbol",
    "place_name",
    "signer_authority",
    "signer_title",
    "signer_name",
    "recipients",
)
_LIMITS = {"document_symbol": 40, "place_name": 80, "signer_title": 120, "signer_name": 120}


def get_letterhead(db: Database) -> Letterhead:
    with db.reading() as session:
        return letterhead_in(session)


def letterhead_in(session: Session) -> Letterhead:
    """For report builders that already hold a session."""
    unit = office_unit(session)
    parent = session.get(AdminUnit, unit.parent_id) if unit.parent_id is not None else None
    base = default_letterhead(
        UnitKind(unit.kind),
        unit.name,
        (UnitKind(parent.kind), parent.name) if parent is not None else None,
    )
    profile = session.get(Profile, 1)
    assert profile is not None
    recipients = tuple(
        line.strip() for line in (profile.recipients or "").splitlines() if line.strip()
    )
    return base.with_values(
        issuer_parent=profile.issuer_parent,
        issuer=profile.issuer_name,
        document_symbol=profile.document_symbol,
        place=profile.place_name,
        signer_authority=profile.signer_authority,
        signer_title=profile.signer_title,
        signer_name=profile.signer_name,
        recipients=recipients,
    )


def set_letterhead(db: Database, **values: str) -> Letterhead:
    """Save the office's own letterhead parts; an empty value goes back to the default."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise InvalidInput(f"Không có mục thể thức văn bản: {', '.join(sorted(unknown))}.")
    with db.transaction() as session:
        office_unit(session)  # a profile with an office is required
        profile = session.get(Profile, 1)
        assert profile is not None
        old, new = {}, {}
        for field, raw in values.items():
            text = "\n".join(clean(line) for line in raw.splitlines() if clean(line))
            limit = _LIMITS.get(field, 200 if field != "recipients" else 2000)
            if len(text) > limit:
                raise InvalidInput(f"Nội dung mục {field} dài quá {limit} ký tự.")
            value = text or None
            if getattr(profile, field) != value:
                old[field], new[field] = getattr(profile, field), value
                setattr(profile, field, value)
        if new:
            profile.updated_at = utc_now()
            audit.record(session, action="update", entity="letterhead", key="1", old=old, new=new)
        session.flush()
        return letterhead_in(session)


@dataclass(frozen=True)
class ReportingUnit:
    """Who writes a report about which unit: the office's letterhead, the unit, the demo flag."""

    letterhead: Letterhead
    unit_code: str
    unit_name: str  # "Quận Ninh Kiều"
    unit_level: int
    own: bool  # the office reports on its own unit
    demo: bool
    office_name: str


def _ensure_existed_in(session: Session, unit: AdminUnit, year: int) -> None:
    """A report of a year the unit did not exist in would be about another unit with its code
    (phường Ninh Kiều, 31135, in 2023 is phường Tân An): refused, naming whose data it was."""
    from thidua_desktop.services.core.succession import history_of, span_text

    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if (unit.valid_from is None or unit.valid_from <= last) and (
        unit.valid_to is None or unit.valid_to >= first
    ):
        return
    found = history_of(session, unit)
    later = unit.valid_from is not None and unit.valid_from > last
    links = found.predecessors if later else found.successors
    names = ", ".join(link.unit_name for link in links)
    holders = "các đơn vị tiền thân" if later else "các đơn vị kế thừa"
    whose = f"; số liệu năm {year} là của {holders}: {names} (xem trang Đơn vị)" if names else ""
    raise UserError(
        f"{full_name(unit)} ({unit.code}) có hiệu lực {span_text(unit.valid_from, unit.valid_to)}: "
        f"không có báo cáo năm {year} của đơn vị này{whose}."
    )


def _ensure_office_on(session: Session, office: AdminUnit, day: dt.date) -> None:
    """A document dated after its office ended (a district's Phòng Nội vụ after 30/06/2025)
    would be headed by a body that no longer exists: refused, saying what to do."""
    if office.valid_to is None or day <= office.valid_to:
        return
    from thidua_desktop.domain.dates import format_date

    raise UserError(
        f"{full_name(office)}, cơ quan sử dụng của bản cài đặt này, kết thúc ngày "
        f"{format_date(office.valid_to)}: văn bản ngày {format_date(day)} không thể mang thể thức "
        "của cơ quan này. Hãy chuyển sang cơ quan kế thừa, hoặc ghi ngày văn bản trong thời gian "
        "cơ quan còn hoạt động."
    )


def reporting_unit(
    db: Database, unit_code: str | None, *, year: int, day: dt.date | None = None
) -> ReportingUnit:
    """The unit a report is about (default: the office's own), refused outside the office's
    scope, with the letterhead it is written under and whether the data are a demonstration.
    A document dated `day` after the office ended is refused."""
    with db.reading() as session:
        letterhead = letterhead_in(session)
        office = office_unit(session)
        if day is not None:
            _ensure_office_on(session, office, day)
        unit = unit_by_code(session, unit_code, year=year) if unit_code else office
        _ensure_existed_in(session, unit, year)
        if not is_within(session, unit, office.id):
            raise UserError(
                f"{full_name(unit)} ({unit.code}) không thuộc phạm vi của {full_name(office)}: "
                "chỉ lập được báo cáo về cơ quan sử dụng và các đơn vị trực thuộc."
            )
        profile = session.get(Profile, 1)
        return ReportingUnit(
            letterhead=letterhead,
            unit_code=unit.code,
            unit_name=full_name(unit),
            unit_level=unit.level,
            own=unit.id == office.id,
            demo=bool(profile is not None and profile.demo),
            office_name=full_name(office),
        )
