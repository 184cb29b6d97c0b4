"""Khen thưởng recipients: collectives, individuals and households; search, save, delete.

Personal data (a person's or a household head's name, gender, year of birth, position) is kept
in the database only: audit entries name the recipient by id and list which personal fields
changed, never their values, and no error message repeats them (the GUI logs error messages).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from thidua_desktop.domain.awards.types import (
    Category,
    Gender,
    RecipientType,
    check_recipient_class,
    person_sort_key,
)
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.text import clean, fold, sort_key
from thidua_desktop.domain.units import Level
from thidua_desktop.services.awards.data import recipient_row, recipient_rows, unit_names
from thidua_desktop.services.awards.rows import RecipientEntry, RecipientRow
from thidua_desktop.services.core import audit
from thidua_desktop.services.core.scope import (
    NoProfileError,
    ensure_in_scope,
    full_name,
    office_unit,
    subtree_ids,
    unit_by_code,
)
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.awards import (
    AwardLine,
    AwardRecipient,
    InitiativeAuthor,
    RecipientCase,
)
from thidua_desktop.store.models.core import AdminUnit

ENTITY = "award_recipient"
MAX_NAME = 200
MAX_POSITION = 300
MIN_BIRTH_YEAR = 1900
SEARCH_LIMIT = 200
# Never in the audit trail: the values of these columns (their names are, when they change).
PERSONAL_FIELDS = ("name", "gender", "birth_year", "position")


class RecipientInUseError(UserError):
    """A recipient named in a proposal cannot be deleted."""


def get_recipient(db: Database, recipient_id: int) -> RecipientRow:
    with db.reading() as session:
        return recipient_rows(session, [_recipient(session, recipient_id).id])[recipient_id]


def search_recipients(
    db: Database,
    *,
    text: str = "",
    unit_code: str | None = None,
    kind: RecipientType | None = None,
    limit: int = SEARCH_LIMIT,
) -> list[RecipientRow]:
    """Recipients of the office's scope (or under `unit_code`) whose name has every word of
    `text`, ignoring case, diacritics and đ/d; persons sorted by tên, then họ and tên đệm."""
    with db.reading() as session:
        if unit_code:
            root = unit_by_code(session, unit_code)
        else:
            try:
                root = office_unit(session)
            except NoProfileError:
                root = None
        query = select(AwardRecipient)
        if root is not None:
            query = query.where(AwardRecipient.unit_id.in_(subtree_ids(session, root.id)))
        if kind is not None:
            query = query.where(AwardRecipient.kind == kind.value)
        words = fold(text).split()
        if words:
            query = query.where(and_(*(AwardRecipient.search_key.contains(w) for w in words)))
        found = list(session.scalars(query.order_by(AwardRecipient.sort_key).limit(limit)))
        units = unit_names(session, (r.unit_id for r in found))
        return [recipient_row(r, units[r.unit_id]) for r in found]


def save_recipient(
    db: Database, entry: RecipientEntry, *, recipient_id: int | None = None
) -> RecipientRow:
    """Add a recipient, or change one (`recipient_id`); checked, audited without personal data."""
    with db.transaction() as session:
        values, unit = _values(session, entry)
        if recipient_id is None:
            recipient = _create(session, values, unit)
        else:
            recipient = _recipient(session, recipient_id)
            if recipient.kind != values["kind"]:
                raise InvalidInput(
                    f"Không đổi được loại của đối tượng #{recipient.id} "
                    f"({RecipientType(recipient.kind).label}): hãy thêm đối tượng mới."
                )
            _update(session, recipient, values, unit)
        session.flush()
        return recipient_row(recipient, unit_names(session, [unit.id])[unit.id])


def _create(
    session: Session, values: dict[str, Any], unit: AdminUnit, uid: str | None = None
) -> AwardRecipient:
    """A new recipient (under `uid` when it comes from another office), audited."""
    _refuse_duplicate_unit(session, values)
    now = utc_now()
    recipient = AwardRecipient(
        uid=uid or str(uuid.uuid4()), created_at=now, updated_at=now, **values
    )
    session.add(recipient)
    session.flush()
    audit.record(
        session,
        action="create",
        entity=ENTITY,
        key=str(recipient.id),
        new=_audit_values(kind_of(values), values, list(values)),
        unit_id=unit.id,
    )
    return recipient


def _update(
    session: Session, recipient: AwardRecipient, values: dict[str, Any], unit: AdminUnit
) -> None:
    """The recipient's changed values written and audited (the personal ones by name only)."""
    old = {k: getattr(recipient, k) for k, v in values.items() if getattr(recipient, k) != v}
    if not old:
        return
    if "unit_id" in old or "name" in old:
        _refuse_duplicate_unit(session, values, recipient.id)
    for key in old:
        setattr(recipient, key, values[key])
    recipient.updated_at = utc_now()
    changed = [k for k in old if k not in ("search_key", "sort_key")]
    audit.record(
        session,
        action="update",
        entity=ENTITY,
        key=str(recipient.id),
        old=_audit_values(recipient.kind, old, changed),
        new=_audit_values(recipient.kind, {k: values[k] for k in old}, changed),
        unit_id=unit.id,
    )


def find_or_add_recipient(
    session: Session, entry: RecipientEntry
) -> tuple[AwardRecipient, AdminUnit, bool]:
    """Inside the caller's transaction: the recipient this entry names (same kind, unit and
    name, folded, and the same birth year when one is given), or a new one, checked and audited
    as the form adds it; whether it is new. A statistics class the entry states is the found
    recipient's from now on (a person who became a leader); one it leaves out changes nothing."""
    values, unit = _values(session, entry)
    found = _same_recipient(session, values, unit)
    if found is not None:
        if values["stat_class"] is not None:
            _update(session, found, {"stat_class": values["stat_class"]}, unit)
        return found, unit, False
    return _create(session, values, unit), unit, True


def _same_recipient(
    session: Session, values: dict[str, Any], unit: AdminUnit
) -> AwardRecipient | None:
    """A recipient of the same kind, unit and name (folded; the same birth year when given)."""
    query = select(AwardRecipient).where(
        AwardRecipient.kind == values["kind"],
        AwardRecipient.unit_id == unit.id,
        AwardRecipient.search_key == values["search_key"],
    )
    if values["kind"] == RecipientType.COLLECTIVE.value:
        query = query.where(
            AwardRecipient.name.is_(None)
            if values["name"] is None
            else AwardRecipient.name == values["name"]
        )
    elif values["birth_year"] is not None:
        query = query.where(AwardRecipient.birth_year == values["birth_year"])
    return session.scalars(query.order_by(AwardRecipient.id)).first()


def received_recipient(
    session: Session,
    uid: str,
    entry: RecipientEntry,
    unit: AdminUnit,
    *,
    classes_stated: bool = True,
) -> AwardRecipient:
    """Inside the caller's transaction: the recipient a dossier from below names — the same one
    again (by its uid; the sender's corrections applied), one already kept here with the same
    kind, unit and name (its history is one), or a new one under the sender's uid. Checked as
    the form checks; the audit names it by id only (no personal data)."""
    values, unit = _values(session, entry, unit)
    recipient = session.scalar(select(AwardRecipient).where(AwardRecipient.uid == uid))
    if recipient is None:
        recipient = _same_recipient(session, values, unit)
    if recipient is None:
        return _create(session, values, unit, uid)
    if recipient.uid == uid and recipient.kind == values["kind"]:
        if not classes_stated:  # a format 1 dossier says nothing of it: the class here stays
            values["stat_class"] = recipient.stat_class
        _update(session, recipient, values, unit)
    elif values["stat_class"] is not None and recipient.kind == values["kind"]:
        _update(session, recipient, {"stat_class": values["stat_class"]}, unit)
    return recipient


def delete_recipient(db: Database, recipient_id: int) -> None:
    """Delete a recipient that no proposal names (one that does keeps the history true)."""
    with db.transaction() as session:
        recipient = _recipient(session, recipient_id)
        unit = session.get(AdminUnit, recipient.unit_id)
        assert unit is not None
        ensure_in_scope(session, unit)
        used = session.scalar(
            select(func.count())
            .select_from(AwardLine)
            .where(AwardLine.recipient_id == recipient.id)
        )
        if not used:
            used = session.scalar(
                select(func.count())
                .select_from(InitiativeAuthor)
                .where(InitiativeAuthor.recipient_id == recipient.id)
            )
            if used:
                raise RecipientInUseError(
                    f"Đối tượng #{recipient.id} là tác giả của {used} sáng kiến trong Sổ sáng kiến "
                    "nên không xóa được."
                )
            for case in session.scalars(
                select(RecipientCase).where(RecipientCase.recipient_id == recipient.id)
            ):
                audit.record(
                    session,
                    action="delete",
                    entity="recipient_case",
                    key=str(case.id),
                    old={"recipient": recipient.id, "kind": case.kind, "opened_on": case.opened_on},
                    unit_id=recipient.unit_id,
                )
                session.delete(case)
            session.flush()
        if used:
            raise RecipientInUseError(
                f"Đối tượng #{recipient.id} đã có trong {used} dòng đề nghị khen thưởng nên không "
                "xóa được (lịch sử khen thưởng phải giữ nguyên)."
            )
        audit.record(
            session,
            action="delete",
            entity=ENTITY,
            key=str(recipient.id),
            old=_audit_values(
                recipient.kind,
                {"kind": recipient.kind, "unit_id": recipient.unit_id, "name": recipient.name},
                list(PERSONAL_FIELDS),
            ),
            unit_id=unit.id,
        )
        session.delete(recipient)


# -- helpers ------------------------------------------------------------------------------------


def _recipient(session: Session, recipient_id: int) -> AwardRecipient:
    recipient = session.get(AwardRecipient, recipient_id)
    if recipient is None:
        raise InvalidInput(f"Không có đối tượng khen thưởng #{recipient_id}.")
    return recipient


def _text(value: str, limit: int, what: str) -> str:
    text = clean(value)
    if len(text) > limit:
        raise InvalidInput(f"{what} dài quá {limit} ký tự.")
    return text


def _values(
    session: Session, entry: RecipientEntry, unit: AdminUnit | None = None
) -> tuple[dict[str, Any], AdminUnit]:
    """The entry's checked values; its unit by code (or `unit`, already found), in scope."""
    kind = entry.kind
    check_recipient_class(kind, entry.stat_class)
    stat_class = entry.stat_class.value if entry.stat_class else None
    unit = unit or unit_by_code(session, entry.unit_code)
    ensure_in_scope(session, unit)
    name = _text(entry.name, MAX_NAME, "Họ tên, tên tập thể")
    position = _text(entry.position, MAX_POSITION, "Chức vụ, nơi công tác")
    if kind is RecipientType.COLLECTIVE:
        if entry.gender or entry.birth_year or entry.category or position:
            raise InvalidInput(
                "Tập thể không có giới tính, năm sinh, chức vụ hay đối tượng: hãy để trống."
            )
        shown = name or full_name(unit)
        return {
            "kind": kind.value,
            "unit_id": unit.id,
            "name": name or None,
            "gender": None,
            "birth_year": None,
            "position": None,
            "category": None,
            "stat_class": stat_class,
            "search_key": fold(shown),
            "sort_key": sort_key(shown),
        }, unit
    if unit.level == Level.HAMLET and kind is RecipientType.INDIVIDUAL:
        raise InvalidInput("Nơi công tác của cá nhân là xã, phường, thị trấn trở lên.")
    if not name:
        raise InvalidInput(
            "Hãy nhập họ và tên." if kind is RecipientType.INDIVIDUAL else "Hãy nhập tên hộ."
        )
    gender: Gender | None = entry.gender
    category: Category | None = entry.category
    birth_year = entry.birth_year
    if kind is RecipientType.INDIVIDUAL:
        if gender is None:
            raise InvalidInput("Hãy chọn giới tính (Nam/Nữ): quyết định ghi “Ông”, “Bà”.")
        if category is None:
            raise InvalidInput(
                "Hãy chọn đối tượng: "
                + ", ".join(c.label for c in Category)
                + " (để thống kê tỷ lệ người lao động trực tiếp)."
            )
        this_year = dt.date.today().year
        if birth_year is not None and not MIN_BIRTH_YEAR <= birth_year <= this_year:
            raise InvalidInput(f"Năm sinh phải từ {MIN_BIRTH_YEAR} đến {this_year}.")
    elif category is not None or birth_year is not None or position:
        raise InvalidInput("Hộ gia đình chỉ có tên hộ, giới tính của chủ hộ và nơi cư trú.")
    return {
        "kind": kind.value,
        "unit_id": unit.id,
        "name": name,
        "gender": gender.value if gender else None,
        "birth_year": birth_year if kind is RecipientType.INDIVIDUAL else None,
        "position": position or None,
        "category": category.value if category else None,
        "stat_class": stat_class,
        "search_key": fold(name),
        "sort_key": person_sort_key(name) if kind is RecipientType.INDIVIDUAL else sort_key(name),
    }, unit


def _refuse_duplicate_unit(
    session: Session, values: dict[str, Any], own_id: int | None = None
) -> None:
    """A unit is one collective: a second "the unit itself" recipient would split its history."""
    if values["kind"] != RecipientType.COLLECTIVE.value or values["name"] is not None:
        return
    query = select(AwardRecipient.id).where(
        AwardRecipient.kind == RecipientType.COLLECTIVE.value,
        AwardRecipient.unit_id == values["unit_id"],
        AwardRecipient.name.is_(None),
    )
    if own_id is not None:
        query = query.where(AwardRecipient.id != own_id)
    existing = session.scalar(query)
    if existing is not None:
        raise InvalidInput(f"Đơn vị này đã là đối tượng khen thưởng #{existing}: hãy dùng lại.")


def kind_of(values: dict[str, Any]) -> str:
    return str(values["kind"])


def _audit_values(kind: str, values: dict[str, Any], changed: list[str]) -> dict[str, Any]:
    """What the audit trail may keep of a recipient: kind, unit, category, and the *names* of
    the personal fields that changed (collectives' names are not personal and are kept)."""
    collective = kind == RecipientType.COLLECTIVE.value
    kept = {
        k: v
        for k, v in values.items()
        if k not in ("search_key", "sort_key") and (collective or k not in PERSONAL_FIELDS)
    }
    personal = [k for k in changed if k in PERSONAL_FIELDS]
    if personal and not collective:
        kept["personal_fields"] = personal
    return kept
