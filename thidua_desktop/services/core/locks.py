"""Period locks (khóa sổ): a year whose report was sent is closed for editing until unlocked.

Every service that changes data of a year calls `ensure_year_open(session, year)` inside its own
transaction, before writing, so a locked year refuses the change and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from thidua_desktop.domain.dates import MAX_YEAR, MIN_YEAR
from thidua_desktop.domain.errors import InvalidInput, UserError
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean
from thidua_desktop.services.core import audit
from thidua_desktop.store.base import utc_now
from thidua_desktop.store.engine import Database
from thidua_desktop.store.models.core import PeriodLock

ENTITY = "period_lock"
MAX_NOTE_LENGTH = 500


class PeriodLockedError(UserError):
    """A change was refused because its year is locked."""


@dataclass(frozen=True, slots=True)
class PeriodLockRow:
    year: int
    locked_at: dt.datetime  # aware, UTC
    locked_by: str
    note: str | None

    @property
    def locked_on_text(self) -> str:
        return f"{self.locked_at.astimezone():%d/%m/%Y}"


def lock_year(db: Database, year: int, *, note: str | None = None) -> PeriodLockRow:
    """Close `year` for editing (its report has been sent); audited."""
    year = _valid_year(year)
    text = _optional_text(note, "Ghi chú")
    with db.transaction() as session:
        existing = session.get(PeriodLock, year)
        if existing is not None:
            raise InvalidInput(
                msg(
                    "Năm {year} đã khóa sổ từ ngày {day} ({who}).",
                    year=year,
                    day=_row(existing).locked_on_text,
                    who=existing.locked_by,
                )
            )
        lock = PeriodLock(
            year=year, locked_at=utc_now(), locked_by=audit.current_operator(session), note=text
        )
        session.add(lock)
        audit.record(
            session,
            action="lock",
            entity=ENTITY,
            key=str(year),
            new={"locked": True, "note": text},
        )
        session.flush()
        return _row(lock)


def unlock_year(db: Database, year: int, *, reason: str) -> PeriodLockRow:
    """Open a locked year again; the reason is required and kept in the audit trail."""
    year = _valid_year(year)
    why = _optional_text(reason, "Lý do")
    if not why:
        raise InvalidInput(msg("Hãy nêu lý do mở khóa sổ năm {year}.", year=year))
    with db.transaction() as session:
        lock = session.get(PeriodLock, year)
        if lock is None:
            raise InvalidInput(msg("Năm {year} chưa khóa sổ nên không cần mở khóa.", year=year))
        row = _row(lock)
        session.delete(lock)
        audit.record(
            session,
            action="unlock",
            entity=ENTITY,
            key=str(year),
            old={
                "locked": True,
                "locked_at": row.locked_at.isoformat(timespec="seconds"),
                "locked_by": row.locked_by,
                "note": row.note,
            },
            new={"locked": False},
            reason=why,
        )
        return row


def locked_years(db: Database) -> list[PeriodLockRow]:
    """The locked years, newest first."""
    with db.reading() as session:
        return [
            _row(lock)
            for lock in session.scalars(select(PeriodLock).order_by(PeriodLock.year.desc()))
        ]


def ensure_year_open(session: Session, year: int) -> None:
    """Raise PeriodLockedError if `year` is locked (call inside the write's own transaction)."""
    lock = session.get(PeriodLock, year)
    if lock is not None:
        row = _row(lock)
        raise PeriodLockedError(
            msg(
                "Năm {year} đã khóa sổ (ngày {day}, người khóa: {who}); số liệu của năm này không "
                "sửa được. Muốn sửa, hãy mở khóa (cần nêu lý do) trong Cài đặt hoặc bằng lệnh "
                "unlock.",
                year=year,
                day=row.locked_on_text,
                who=row.locked_by,
            )
        )


def _valid_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput(
            msg(
                "Năm không hợp lệ: {year} (phải từ {first} đến {last}).",
                year=year,
                first=MIN_YEAR,
                last=MAX_YEAR,
            )
        )
    return year


def _optional_text(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    text = clean(value)
    if len(text) > MAX_NOTE_LENGTH:
        raise InvalidInput(f"{what} dài quá {MAX_NOTE_LENGTH} ký tự.")
    return text or None


def _row(lock: PeriodLock) -> PeriodLockRow:
    return PeriodLockRow(
        year=lock.year, locked_at=lock.locked_at, locked_by=lock.locked_by, note=lock.note
    )
