"""The sổ sáng kiến: initiatives (or đề tài) recognised by a Hội đồng sáng kiến, with their
authors among the award recipients — what the Chiến sĩ thi đua titles need (the awards'
rule warnings read it: `initiatives_of`). Listed by year, added, corrected, removed; checked,
audited (authors by id, never by name)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.awards.initiatives import InitiativeLevel
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.services.awards.data import recipient_rows
from thidua_desktop.services.awards.edit import text
from thidua_desktop.services.awards.rows import RecipientRow
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.locks import ensure_year_open
from thidua_desktop.services.core.scope import (
    ensure_in_scope,
    full_name,
    office_unit,
    subtree_query,
    unit_by_code,
)
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import AwardRecipient, Initiative, InitiativeAuthor
from thidua_desktop.store.models.core import AdminUnit

ENTITY = "initiative"
MAX_TITLE = 500
MAX_FIELD = 200
MAX_NUMBER = 60
MAX_AUTHORS = 20


@dataclass(frozen=True, slots=True)
class InitiativeEntry:
    year: int
    title: str
    level: InitiativeLevel
    unit_code: str  # the unit whose Hội đồng sáng kiến recognised it; "": the office's
    author_ids: tuple[int, ...]
    field: str = ""
    document_number: str = ""
    document_date: dt.date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class InitiativeRow:
    id: int
    year: int
    title: str
    level: InitiativeLevel
    unit_code: str
    unit_name: str
    authors: tuple[RecipientRow, ...]
    field: str
    document_number: str
    document_date: dt.date | None
    note: str

    @property
    def author_names(self) -> str:
        return ", ".join(a.name for a in self.authors)


def list_initiatives(db: Database, year: int) -> list[InitiativeRow]:
    """The initiatives recognised in `year` in the office's scope, newest document first."""
    with db.reading() as session:
        office = office_unit(session)
        found = session.scalars(
            select(Initiative)
            .where(Initiative.year == year, Initiative.unit_id.in_(subtree_query([office.id])))
            .order_by(Initiative.document_date.desc(), Initiative.id.desc())
        ).all()
        return _rows(session, found)


def get_initiative(db: Database, initiative_id: int) -> InitiativeRow:
    with db.reading() as session:
        return _rows(session, [_initiative(session, initiative_id)])[0]


def save_initiative(
    db: Database, entry: InitiativeEntry, *, initiative_id: int | None = None
) -> InitiativeRow:
    """Add an initiative, or correct one (`initiative_id`), with its authors."""
    title = text(entry.title, MAX_TITLE, "Tên sáng kiến")
    if not title:
        raise InvalidInput("Hãy nhập tên sáng kiến.")
    field = text(entry.field, MAX_FIELD, "Lĩnh vực")
    number = text(entry.document_number, MAX_NUMBER, "Số văn bản công nhận")
    note = text(entry.note, 1000, "Ghi chú")
    authors = list(dict.fromkeys(entry.author_ids))
    if not authors:
        raise InvalidInput("Hãy chọn tác giả của sáng kiến (cá nhân được khen thưởng).")
    if len(authors) > MAX_AUTHORS:
        raise InvalidInput(f"Một sáng kiến có tối đa {MAX_AUTHORS} tác giả.")
    if entry.document_date is not None and entry.document_date.year != entry.year:
        raise InvalidInput(
            f"Văn bản công nhận ngày {entry.document_date:%d/%m/%Y} không thuộc năm {entry.year}."
        )
    with db.transaction() as session:
        ensure_year_open(session, entry.year)
        if entry.unit_code:
            unit = unit_by_code(session, entry.unit_code, year=entry.year)
            ensure_in_scope(session, unit)
        else:
            unit = office_unit(session)
        people = session.scalars(select(AwardRecipient).where(AwardRecipient.id.in_(authors))).all()
        missing = set(authors) - {p.id for p in people}
        if missing:
            raise InvalidInput(f"Không có đối tượng khen thưởng #{min(missing)}.")
        collective = [p for p in people if p.kind != "individual"]
        if collective:
            raise InvalidInput(
                f"Tác giả sáng kiến là cá nhân: #{collective[0].id} không phải cá nhân."
            )
        for person in people:
            place = session.get(AdminUnit, person.unit_id)
            assert place is not None
            ensure_in_scope(session, place)
        values = {
            "year": entry.year,
            "title": title,
            "field": field or None,
            "level": entry.level.code,
            "unit_id": unit.id,
            "document_number": number or None,
            "document_date": entry.document_date,
            "note": note or None,
        }
        now = utc_now()
        if initiative_id is None:
            record = Initiative(uid=str(uuid.uuid4()), created_at=now, updated_at=now, **values)
            session.add(record)
            session.flush()
            old = None
        else:
            record = _initiative(session, initiative_id)
            ensure_year_open(session, record.year)
            place = session.get(AdminUnit, record.unit_id)
            assert place is not None
            ensure_in_scope(session, place)
            old = {k: getattr(record, k) for k in values} | {"authors": _authors(session, record)}
            for key, value in values.items():
                setattr(record, key, value)
            record.updated_at = now
            session.execute(
                delete(InitiativeAuthor).where(InitiativeAuthor.initiative_id == record.id)
            )
        session.add_all(InitiativeAuthor(initiative_id=record.id, recipient_id=a) for a in authors)
        session.flush()
        audit.record(
            session,
            action="create" if old is None else "update",
            entity=ENTITY,
            key=str(record.id),
            old=old,
            new=values | {"authors": authors},
            unit_id=unit.id,
        )
        return _rows(session, [record])[0]


def delete_initiative(db: Database, initiative_id: int) -> None:
    with db.transaction() as session:
        record = _initiative(session, initiative_id)
        ensure_year_open(session, record.year)
        unit = session.get(AdminUnit, record.unit_id)
        assert unit is not None
        ensure_in_scope(session, unit)
        audit.record(
            session,
            action="delete",
            entity=ENTITY,
            key=str(record.id),
            old={"year": record.year, "title": record.title, "authors": _authors(session, record)},
            unit_id=unit.id,
        )
        session.delete(record)


# -- helpers ------------------------------------------------------------------------------------
def _initiative(session: Session, initiative_id: int) -> Initiative:
    record = session.get(Initiative, initiative_id)
    if record is None:
        raise InvalidInput(f"Không có sáng kiến #{initiative_id}.")
    return record


def _authors(session: Session, record: Initiative) -> list[int]:
    return list(
        session.scalars(
            select(InitiativeAuthor.recipient_id)
            .where(InitiativeAuthor.initiative_id == record.id)
            .order_by(InitiativeAuthor.recipient_id)
        )
    )


def _rows(session: Session, records: Sequence[Initiative]) -> list[InitiativeRow]:
    links: dict[int, list[int]] = defaultdict(list)
    if records:
        for initiative_id, recipient_id in session.execute(
            select(InitiativeAuthor.initiative_id, InitiativeAuthor.recipient_id).where(
                InitiativeAuthor.initiative_id.in_([r.id for r in records])
            )
        ):
            links[initiative_id].append(recipient_id)
    people = recipient_rows(session, {a for ids in links.values() for a in ids})
    units = {
        u.id: u
        for u in session.scalars(
            select(AdminUnit).where(AdminUnit.id.in_({r.unit_id for r in records}))
        )
    }
    return [
        InitiativeRow(
            id=r.id,
            year=r.year,
            title=r.title,
            level=InitiativeLevel.from_code(r.level),
            unit_code=units[r.unit_id].code,
            unit_name=full_name(units[r.unit_id]),
            authors=tuple(sorted((people[a] for a in links[r.id]), key=lambda p: p.sort_key)),
            field=r.field or "",
            document_number=r.document_number or "",
            document_date=r.document_date,
            note=r.note or "",
        )
        for r in records
    ]
