"""Plain rows that services return and the GUI shows: no database imports, so they load fast."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAX_OPERATOR_LENGTH = 120


@dataclass(frozen=True, slots=True)
class UnitRow:
    """A unit as the GUI and the command line see it (a plain value, detached from any session)."""

    id: int
    code: str
    name: str
    kind: str
    kind_label: str
    full_name: str
    level: int
    parent_id: int | None
    parent_code: str | None
    parent_name: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    search_key: str
    sort_key: str
    depth: int = 0

    def is_valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True, slots=True)
class ProfileRow:
    installation_id: str
    office_code: str | None
    office_name: str | None  # full name, e.g. "Quận Ninh Kiều"
    level: str | None  # tinh / huyen / xa
    level_label: str | None  # "cấp huyện"
    operator: str
    demo: bool
    office_unit_id: int | None = None  # the office's unit version (codes are reused)
    office_valid_from: dt.date | None = None
    # The day the office's unit ended (a district on 30/06/2025): it should move to a successor.
    office_valid_to: dt.date | None = None
    former_office_code: str | None = None
    former_office_name: str | None = None

    @property
    def is_complete(self) -> bool:
        return self.office_code is not None and bool(self.operator)

    def office_ended(self, today: dt.date | None = None) -> bool:
        end = self.office_valid_to
        return end is not None and end < (today or dt.date.today())
