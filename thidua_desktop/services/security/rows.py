"""Plain rows for "3 không" and ANTT: inputs, per-unit statuses, summaries (no database imports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.security import AreaKind, Assessment, all_met

ANTT_LABEL = "An toàn về ANTT"


class Change(StrEnum):
    """How a unit's "both" status moved since the previous year."""

    GAINED = "gained"
    LOST = "lost"

    @property
    def label(self) -> str:
        return "mới đạt" if self is Change.GAINED else "không còn đạt"


@dataclass(frozen=True, slots=True)
class ComponentRow:
    code: str
    label: str
    position: int
    description: str = ""


@dataclass(frozen=True, slots=True)
class ComponentState:
    code: str
    label: str
    status: Assessment
    evidence_note: str = ""
    evidence_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ComponentEntry:
    """One component as the editor submits it."""

    code: str
    status: Assessment
    evidence_note: str = ""
    evidence_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class SecurityEntry:
    """The whole record of a unit and year as the editor submits it (services validate it).

    `recognised_share` is the text as typed ("85,5", "85.5" or ""); dates are already parsed."""

    components: tuple[ComponentEntry, ...]
    antt_result: Assessment = Assessment.PENDING
    registered_on: dt.date | None = None
    recognised_share: str = ""
    decision_number: str = ""
    decision_date: dt.date | None = None
    decision_issuer: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class SecurityUnitRow:
    """A commune-level unit's "3 không"/ANTT status for one year (all pending when unrecorded)."""

    unit_id: int
    unit_code: str
    unit_name: str  # full name, "Phường Cái Khế"
    sort_key: str
    district_code: str
    district_name: str
    district_sort_key: str
    year: int
    recorded: bool
    components: tuple[ComponentState, ...]
    antt_result: Assessment
    registered_on: dt.date | None = None
    recognised_share: Decimal | None = None
    decision_number: str = ""
    decision_date: dt.date | None = None
    decision_issuer: str = ""
    note: str = ""
    source: str | None = None  # manual | copied | demo | package; None when unrecorded
    owner_code: str | None = None
    editable: bool = False
    previous_recorded: bool = False
    previous_both: bool | None = None
    warnings: tuple[str, ...] = ()

    @property
    def three_khong(self) -> bool:
        return all_met(c.status for c in self.components)

    @property
    def antt_met(self) -> bool:
        return self.antt_result is Assessment.MET

    @property
    def both(self) -> bool:
        return self.three_khong and self.antt_met

    @property
    def failing(self) -> tuple[str, ...]:
        """What is recorded as not met ("chưa đạt")."""
        labels = [c.label for c in self.components if c.status is Assessment.NOT_MET]
        if self.antt_result is Assessment.NOT_MET:
            labels.append(ANTT_LABEL)
        return tuple(labels)

    @property
    def pending(self) -> tuple[str, ...]:
        """What has not been assessed yet ("chưa đánh giá"): counted as not met in the shares."""
        labels = [c.label for c in self.components if c.status is Assessment.PENDING]
        if self.antt_result is Assessment.PENDING:
            labels.append(ANTT_LABEL)
        return tuple(labels)

    @property
    def change(self) -> Change | None:
        if not self.recorded or self.previous_both is None:
            return None
        if self.both and not self.previous_both:
            return Change.GAINED
        if self.previous_both and not self.both:
            return Change.LOST
        return None

    def component(self, code: str) -> ComponentState | None:
        return next((c for c in self.components if c.code == code), None)

    def entry(self) -> SecurityEntry:
        """The record as an editor starts from."""
        share = "" if self.recognised_share is None else format(self.recognised_share, "f")
        return SecurityEntry(
            components=tuple(
                ComponentEntry(c.code, c.status, c.evidence_note, c.evidence_date)
                for c in self.components
            ),
            antt_result=self.antt_result,
            registered_on=self.registered_on,
            recognised_share=share.replace(".", ","),
            decision_number=self.decision_number,
            decision_date=self.decision_date,
            decision_issuer=self.decision_issuer,
            note=self.note,
        )


@dataclass(frozen=True, slots=True)
class ScopeSummary:
    """Counts and shares for a district (or the whole scope) in one year, against the target."""

    unit_code: str
    unit_name: str
    sort_key: str
    units: int
    recorded: int
    three_khong: int
    antt: int
    both: int
    three_khong_percent: Decimal | None
    antt_percent: Decimal | None
    both_percent: Decimal | None
    target_percent: Decimal
    target_status: Status
    previous_both_percent: Decimal | None = None
    gained: int = 0
    lost: int = 0


@dataclass(frozen=True, slots=True)
class SecurityOverview:
    """Everything the page and the `security` command show for a scope and year."""

    year: int
    window_start: dt.date
    window_end: dt.date
    scope_code: str
    scope_name: str
    target_percent: Decimal
    target_source: str | None  # "CT10-2023/ANTT_3KHONG", or None for the default 75%
    components: tuple[ComponentRow, ...]
    units: tuple[SecurityUnitRow, ...]
    districts: tuple[ScopeSummary, ...]
    total: ScopeSummary
    read_only_reason: str = ""
    demo: bool = False

    @property
    def shortfalls(self) -> tuple[SecurityUnitRow, ...]:
        return tuple(u for u in self.units if not u.both)

    @property
    def copy_candidates(self) -> int:
        """Units that have last year's record and none yet this year (what a copy would fill)."""
        return sum(1 for u in self.units if u.editable and u.previous_recorded and not u.recorded)


@dataclass(frozen=True, slots=True)
class SaveReport:
    row: SecurityUnitRow
    changed: bool
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CopyReport:
    year: int
    from_year: int
    copied: int
    kept: int  # already had a record this year
    read_only: int = 0
    unit_codes: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class AreaRow:
    """A khu dân cư of a commune as listed for a year, with its ANTT result that year."""

    id: int
    name: str
    kind: AreaKind
    status: Assessment
    note: str = ""


@dataclass(frozen=True, slots=True)
class AreaEntry:
    """A khu dân cư as the list submits it: `id` None adds one; `ended` says it no longer
    exists from this year (merged, renamed in a reorganisation)."""

    id: int | None
    name: str
    kind: AreaKind
    status: Assessment = Assessment.PENDING
    note: str = ""
    ended: bool = False


@dataclass(frozen=True, slots=True)
class AreasView:
    """The khu dân cư of a commune for a year; the share they give and the one recorded."""

    unit_code: str
    unit_name: str
    year: int
    areas: tuple[AreaRow, ...]
    share: Decimal | None  # met / listed × 100, None without areas
    recorded_share: Decimal | None  # the commune's "3 không"/ANTT record
    read_only: bool = False  # the commune's record was sent by a lower office
    changes: tuple[str, ...] = ()  # after a save: what it changed, in words
