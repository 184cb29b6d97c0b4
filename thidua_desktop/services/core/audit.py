"""The audit trail: every service write records who, when, what, old -> new and why."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, select, text, tuple_
from sqlalchemy.orm import Session

from thidua_desktop.domain.errors import UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.models.core import AuditEntry, Profile


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry / no login name (containers, services)
        return "không rõ"


def current_operator(session: Session) -> str:
    """Who acts: in server mode the person signed in on this PC (each staff member is an
    operator); otherwise the operator named in the profile, the system user until one is named."""
    signed_in = session.info.get("operator")
    if signed_in:
        return str(signed_in)
    operator = session.scalar(select(Profile.operator).where(Profile.id == 1))
    return operator or os_user()


class ChangedMeanwhileError(UserError):
    """Someone else changed what the person is saving after their screen read it (several
    staff on one server database): refused by name instead of overwriting theirs."""


def changed_meanwhile(
    session: Session,
    *,
    entity: str | tuple[str, ...],
    unit_id: int,
    template: str,
    records: Collection[tuple[str, str]] = (),
    narrow: ColumnElement[bool] | None = None,
    **values: object,
) -> ChangedMeanwhileError:
    """The refusal, with `{who}` and `{time}` of the unit's latest change of `entity` (or of
    any of several; of the `records`, (entity, key) pairs, when given; of the entries `narrow`
    selects, when given) filled in, from the audit trail inside the writing transaction."""
    entities = (entity,) if isinstance(entity, str) else entity
    query = select(AuditEntry.operator, AuditEntry.at).where(
        AuditEntry.entity.in_(entities), AuditEntry.unit_id == unit_id
    )
    if records:
        query = query.where(tuple_(AuditEntry.entity, AuditEntry.entity_key).in_(list(records)))
    if narrow is not None:
        query = query.where(narrow)
    last = session.execute(query.order_by(AuditEntry.id.desc()).limit(1)).first()
    who: object = last[0] if last else msg("Người khác")
    when: object = f"{last[1].astimezone():%H:%M %d/%m/%Y}" if last else msg("vừa xong")
    return ChangedMeanwhileError(msg(template, who=who, time=when, **values))


def _now(session: Session) -> dt.datetime:
    """The server's clock in server mode (the staff's PCs may disagree), else this PC's."""
    if session.get_bind().dialect.name == "postgresql":
        # now() is the transaction's start on the server: read once per transaction.
        now = session.info.get("server_now")
        if now is None:
            now = session.scalar(text("SELECT now()"))
            session.info["server_now"] = now
        if isinstance(now, dt.datetime):
            return now.astimezone(dt.UTC)
    return utc_now()


_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)  # made once


def _encode(values: Mapping[str, Any] | None) -> str | None:
    if values is None:
        return None
    return _JSON.encode(values)


def record(
    session: Session,
    *,
    action: str,
    entity: str,
    key: str,
    old: Mapping[str, Any] | None = None,
    new: Mapping[str, Any] | None = None,
    reason: str | None = None,
    unit_id: int | None = None,
    package_ref: str | None = None,
) -> None:
    """Add one audit entry inside the caller's transaction (so it commits or rolls back with it)."""
    session.add(
        AuditEntry(
            at=_now(session),
            operator=current_operator(session),
            action=action,
            entity=entity,
            entity_key=key,
            unit_id=unit_id,
            old_value=_encode(old),
            new_value=_encode(new),
            reason=reason,
            package_ref=package_ref,
        )
    )


def record_many(
    session: Session, entries: Sequence[Mapping[str, Any]], *, package_ref: str | None = None
) -> None:
    """Add many audit entries in one bulk insert (an import of thousands of cells): each entry
    has the keyword arguments of `record` (action, entity, key, old, new, unit_id, reason)."""
    if not entries:
        return
    from thidua_desktop.store.bulk import insert_rows

    at, operator = _now(session), current_operator(session)
    rows = [
        {
            "at": at,
            "operator": operator,
            "action": e["action"],
            "entity": e["entity"],
            "entity_key": str(e["key"])[:200],
            "unit_id": e.get("unit_id"),
            "old_value": _encode(e.get("old")),
            "new_value": _encode(e.get("new")),
            "reason": e.get("reason"),
            "package_ref": package_ref[:200] if package_ref else None,
        }
        for e in entries
    ]
    session.flush()  # the ORM's pending rows first: the bulk insert goes straight to the driver
    insert_rows(session.connection(), AuditEntry.__table__, rows)  # type: ignore[arg-type]
