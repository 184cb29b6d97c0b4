"""The office's TĐKT bodies and the civil servants doing TĐKT work (Cài đặt › Tổ chức, cán bộ
thi đua, khen thưởng): listed, added, corrected, removed; checked, audited. Biểu 0604 and 0605
count those of the report year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.awards.types import Gender
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.text import clean, sort_key
from thidua_desktop.services.core import audit
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.statistics import TdktBody, TdktStaff

_R = TypeVar("_R", TdktBody, TdktStaff)
FIRST_YEAR = 1945
MAX_NAME = 300
MAX_PERSON = 120
MAX_NOTE = 1000


class BodyKind(StrEnum):
    """The rows of biểu 0604."""

    MINISTRY_DEPARTMENT = "ministry_department"
    DEPARTMENT_SECTION = "department_section"
    HOME_AFFAIRS_BOARD = "home_affairs_board"
    HOME_AFFAIRS_SECTION = "home_affairs_section"

    @property
    def label(self) -> str:
        return _BODY_LABELS[self]


_BODY_LABELS = {
    BodyKind.MINISTRY_DEPARTMENT: "Cấp vụ thuộc bộ, ban, ngành, đoàn thể Trung ương",
    BodyKind.DEPARTMENT_SECTION: "Cấp phòng, ban hoặc bộ phận thuộc vụ",
    BodyKind.HOME_AFFAIRS_BOARD: "Cấp ban thuộc Sở Nội vụ",
    BodyKind.HOME_AFFAIRS_SECTION: "Cấp phòng thuộc Sở Nội vụ",
}


class Training(StrEnum):
    """The training levels of biểu 0605."""

    SO_CAP = "so_cap"
    TRUNG_CAP = "trung_cap"
    CAO_DANG = "cao_dang"
    DAI_HOC = "dai_hoc"
    TREN_DAI_HOC = "tren_dai_hoc"

    @property
    def label(self) -> str:
        return _TRAINING_LABELS[self]


_TRAINING_LABELS = {
    Training.SO_CAP: "Sơ cấp",
    Training.TRUNG_CAP: "Trung cấp",
    Training.CAO_DANG: "Cao đẳng",
    Training.DAI_HOC: "Đại học",
    Training.TREN_DAI_HOC: "Trên đại học",
}


@dataclass(frozen=True, slots=True)
class BodyEntry:
    name: str
    kind: BodyKind
    since_year: int
    until_year: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class BodyRow:
    id: int
    name: str
    kind: BodyKind
    since_year: int
    until_year: int | None
    note: str
    staff: int  # civil servants recorded in it

    @property
    def years(self) -> str:
        return f"{self.since_year}–{self.until_year or ''}"


@dataclass(frozen=True, slots=True)
class StaffEntry:
    full_name: str
    gender: Gender
    birth_year: int
    training: Training
    since_year: int
    until_year: int | None = None
    body_id: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class StaffRow:
    id: int
    full_name: str
    gender: Gender
    birth_year: int
    training: Training
    since_year: int
    until_year: int | None
    body_id: int | None
    body_name: str
    note: str


@dataclass(frozen=True, slots=True)
class TdktPeople:
    """What the settings page shows: the bodies and the staff, each sorted."""

    bodies: tuple[BodyRow, ...]
    staff: tuple[StaffRow, ...]


def tdkt_people(db: Database) -> TdktPeople:
    with db.reading() as session:
        bodies = session.scalars(select(TdktBody)).all()
        staff = session.scalars(select(TdktStaff)).all()
        names = {b.id: b.name for b in bodies}
        counts: dict[int, int] = {}
        for person in staff:
            if person.body_id is not None:
                counts[person.body_id] = counts.get(person.body_id, 0) + 1
        body_rows = sorted(
            (
                BodyRow(
                    b.id,
                    b.name,
                    BodyKind(b.kind),
                    b.since_year,
                    b.until_year,
                    b.note or "",
                    counts.get(b.id, 0),
                )
                for b in bodies
            ),
            key=lambda r: (r.until_year is not None, sort_key(r.name)),
        )
        staff_rows = sorted(
            (
                StaffRow(
                    p.id,
                    p.full_name,
                    Gender(p.gender),
                    p.birth_year,
                    Training(p.training),
                    p.since_year,
                    p.until_year,
                    p.body_id,
                    names.get(p.body_id, "") if p.body_id is not None else "",
                    p.note or "",
                )
                for p in staff
            ),
            key=lambda r: (r.until_year is not None, sort_key(r.full_name.split()[-1]), r.id),
        )
    return TdktPeople(tuple(body_rows), tuple(staff_rows))


def _years(since: int, until: int | None, what: str) -> None:
    this_year = dt.date.today().year
    if not FIRST_YEAR <= since <= this_year + 1:
        raise InvalidInput(f"{what}: năm bắt đầu phải từ {FIRST_YEAR} đến {this_year + 1}.")
    if until is not None and not since <= until <= this_year + 1:
        raise InvalidInput(
            f"{what}: năm kết thúc phải từ năm bắt đầu ({since}) đến {this_year + 1}."
        )


def _text(value: str, limit: int, what: str, *, required: bool = False) -> str:
    text = clean(value)
    if required and not text:
        raise InvalidInput(f"Hãy nhập {what}.")
    if len(text) > limit:
        raise InvalidInput(f"{what[0].upper()}{what[1:]} dài quá {limit} ký tự.")
    return text


def save_body(db: Database, entry: BodyEntry, *, body_id: int | None = None) -> TdktPeople:
    """Add a body, or correct one (`body_id`); audited."""
    name = _text(entry.name, MAX_NAME, "tên tổ chức", required=True)
    note = _text(entry.note, MAX_NOTE, "ghi chú")
    _years(entry.since_year, entry.until_year, name)
    values = {
        "name": name,
        "kind": BodyKind(entry.kind).value,
        "since_year": entry.since_year,
        "until_year": entry.until_year,
        "note": note or None,
    }
    with db.transaction() as session:
        if body_id is None:
            body = TdktBody(updated_at=utc_now(), **values)
            session.add(body)
            session.flush()
            audit.record(session, action="create", entity="tdkt_body", key=str(body.id), new=values)
        else:
            body = _get(session, TdktBody, body_id, "tổ chức")
            old = {k: getattr(body, k) for k in values}
            for key, value in values.items():
                setattr(body, key, value)
            body.updated_at = utc_now()
            audit.record(
                session, action="update", entity="tdkt_body", key=str(body.id), old=old, new=values
            )
    return tdkt_people(db)


def delete_body(db: Database, body_id: int) -> TdktPeople:
    """Remove a body; its staff stay, in no body."""
    with db.transaction() as session:
        body = _get(session, TdktBody, body_id, "tổ chức")
        audit.record(
            session,
            action="delete",
            entity="tdkt_body",
            key=str(body.id),
            old={"name": body.name, "kind": body.kind},
        )
        for person in session.scalars(select(TdktStaff).where(TdktStaff.body_id == body.id)):
            person.body_id = None
        session.delete(body)
    return tdkt_people(db)


def save_staff(db: Database, entry: StaffEntry, *, staff_id: int | None = None) -> TdktPeople:
    """Add a civil servant doing TĐKT work, or correct one (`staff_id`); audited without the
    person's name (a personal datum)."""
    name = _text(entry.full_name, MAX_PERSON, "họ và tên", required=True)
    note = _text(entry.note, MAX_NOTE, "ghi chú")
    this_year = dt.date.today().year
    if not this_year - 80 <= entry.birth_year <= this_year - 16:
        raise InvalidInput(f"{name}: năm sinh phải từ {this_year - 80} đến {this_year - 16}.")
    _years(entry.since_year, entry.until_year, name)
    if entry.since_year < entry.birth_year + 16:
        raise InvalidInput(
            f"{name}: năm bắt đầu làm công tác thi đua, khen thưởng ({entry.since_year}) sớm hơn "
            f"năm đủ 16 tuổi ({entry.birth_year + 16})."
        )
    values = {
        "full_name": name,
        "gender": Gender(entry.gender).value,
        "birth_year": entry.birth_year,
        "training": Training(entry.training).value,
        "since_year": entry.since_year,
        "until_year": entry.until_year,
        "body_id": entry.body_id,
        "note": note or None,
    }
    kept = {k: v for k, v in values.items() if k not in ("full_name", "note")}
    with db.transaction() as session:
        if entry.body_id is not None:
            _get(session, TdktBody, entry.body_id, "tổ chức")
        if staff_id is None:
            person = TdktStaff(updated_at=utc_now(), **values)
            session.add(person)
            session.flush()
            audit.record(
                session, action="create", entity="tdkt_staff", key=str(person.id), new=kept
            )
        else:
            person = _get(session, TdktStaff, staff_id, "công chức")
            old = {k: getattr(person, k) for k in kept}
            for key, value in values.items():
                setattr(person, key, value)
            person.updated_at = utc_now()
            audit.record(
                session, action="update", entity="tdkt_staff", key=str(person.id), old=old, new=kept
            )
    return tdkt_people(db)


def delete_staff(db: Database, staff_id: int) -> TdktPeople:
    with db.transaction() as session:
        person = _get(session, TdktStaff, staff_id, "công chức")
        audit.record(
            session,
            action="delete",
            entity="tdkt_staff",
            key=str(person.id),
            old={"training": person.training, "since_year": person.since_year},
        )
        session.delete(person)
    return tdkt_people(db)


def _get(session: Session, model: type[_R], record_id: int, what: str) -> _R:
    found = session.get(model, record_id)
    if found is None:
        raise InvalidInput(f"Không có {what} #{record_id}.")
    return found
