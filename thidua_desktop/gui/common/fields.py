"""Input widgets shared by the forms: dates always read and typed as dd/MM/yyyy."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

# Vietnamese convention (DESIGN §4), whatever the system locale: Qt's own Vietnamese short
# format is d/M/yy, so every date field sets this one explicitly.
DATE_FORMAT = "dd/MM/yyyy"


def date_edit(value: dt.date | QDate | None, *, optional: bool = False) -> QDateEdit:
    """A date field with a calendar; ``optional`` allows "no date" (shown blank)."""
    edit = QDateEdit()
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    if optional:
        # The minimum date stands for "no date" and is shown as a blank-ish special text.
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(" ")
    if value is None:
        edit.setDate(edit.minimumDate() if optional else QDate.currentDate())
    else:
        edit.setDate(value if isinstance(value, QDate) else QDate(value))
    return edit


def date_of(edit: QDateEdit) -> dt.date | None:
    if edit.specialValueText() and edit.date() == edit.minimumDate():
        return None
    return edit.date().toPython()  # type: ignore[no-any-return]


def unit_heading(name: str, code: str, above: str) -> str:
    """ "Xã Thạnh Quới (31246) — Huyện Vĩnh Thạnh"; without the part after the dash when the
    unit is its own scope (a commune's office after 01/07/2025 sees itself as its group)."""
    own = f"{name} ({code})"
    return own if not above or above == name else f"{own} — {above}"
