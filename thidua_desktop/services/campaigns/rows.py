"""Plain rows for campaigns, indicators, targets, results, registrations (no database imports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from thidua_desktop.domain.evaluation import Comparator, Status, Target, ValueRule


class CampaignForm(StrEnum):
    REGULAR = "thuong_xuyen"
    THEMATIC = "chuyen_de"

    @property
    def label(self) -> str:
        return "thường xuyên" if self is CampaignForm.REGULAR else "chuyên đề (theo đợt)"


class CampaignStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {"draft": "đang soạn", "active": "đang triển khai", "closed": "đã tổng kết"}[self]


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    APPROVED = "approved"
    RETURNED = "returned"

    @property
    def label(self) -> str:
        return {"registered": "đã đăng ký", "approved": "đã duyệt", "returned": "trả lại"}[self]


class ValueOrigin(StrEnum):
    """Where a shown value comes from."""

    ENTERED = "entered"  # typed or imported for this unit
    AGGREGATED = "aggregated"  # sum / mean of the units below
    COMPUTED = "computed"  # from another module ("3 không", nông thôn mới)

    @property
    def label(self) -> str:
        return {"entered": "nhập", "aggregated": "tổng hợp", "computed": "tính tự động"}[self]


@dataclass(frozen=True, slots=True)
class CampaignInput:
    """What the campaign form submits (text already typed by a person; services validate it)."""

    code: str
    title: str
    form: str
    start_date: dt.date
    end_date: dt.date
    scope_code: str
    status: str = CampaignStatus.ACTIVE.value
    theme: str = ""
    doc_number: str = ""
    doc_date: dt.date | None = None
    doc_issuer: str = ""
    doc_summary: str = ""


@dataclass(frozen=True, slots=True)
class CampaignRow:
    id: int
    uid: str
    code: str
    title: str
    form: str
    form_label: str
    theme: str
    doc_number: str
    doc_date: dt.date | None
    doc_issuer: str
    doc_summary: str
    start_date: dt.date
    end_date: dt.date
    scope_code: str
    scope_name: str
    status: str
    status_label: str
    owner_code: str | None
    demo: bool
    indicator_count: int

    @property
    def editable(self) -> bool:
        """Definitions received from a higher office are read-only here."""
        return self.owner_code is None

    @property
    def years(self) -> range:
        return range(self.start_date.year, self.end_date.year + 1)

    @property
    def document(self) -> str:
        """ "Chỉ thị 10/CT-UBND ngày 13/12/2022 của UBND TP Cần Thơ"-style reference."""
        parts = [self.doc_number] if self.doc_number else []
        if self.doc_date:
            parts.append(f"ngày {self.doc_date:%d/%m/%Y}")
        if self.doc_issuer:
            parts.append(f"của {self.doc_issuer}")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class IndicatorInput:
    code: str
    name: str
    unit_of_measure: str
    decimals: int
    comparator: str
    source: str = "manual"
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    whole_number: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    id: int
    uid: str
    campaign_code: str
    code: str
    name: str
    unit_of_measure: str
    decimals: int
    comparator: str
    source: str
    source_label: str
    min_value: Decimal | None
    max_value: Decimal | None
    whole_number: bool
    position: int
    note: str

    @property
    def rule(self) -> ValueRule:
        return ValueRule(
            self.min_value, self.max_value, self.whole_number, self.unit_of_measure, self.decimals
        )

    @property
    def comparator_enum(self) -> Comparator:
        return Comparator(self.comparator)

    @property
    def enterable(self) -> bool:
        """Computed indicators take their value from another module, never from typing."""
        return not self.source.startswith("computed:")


@dataclass(frozen=True, slots=True)
class EvaluationRow:
    """One line of the evaluation table: an indicator for a unit and year."""

    campaign_code: str
    campaign_title: str
    indicator_code: str
    indicator_name: str
    unit_code: str
    unit_name: str
    year: int
    unit_of_measure: str
    decimals: int
    comparator: str
    target: Target | None
    target_text: str
    value: Decimal | None
    origin: ValueOrigin | None
    status: Status
    ratio_percent: Decimal | None
    difference: Decimal | None
    note: str
    source: str


@dataclass(frozen=True, slots=True)
class GridUnit:
    id: int
    code: str
    full_name: str
    level: int
    is_parent: bool  # the unit whose children are the other rows


@dataclass(frozen=True, slots=True)
class GridCell:
    value: Decimal | None
    origin: ValueOrigin | None
    target: Target | None
    status: Status
    editable: bool
    owner_code: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class ResultGrid:
    """Units × indicators of one campaign and year, as the results grid shows them."""

    campaign: CampaignRow
    year: int
    units: list[GridUnit]
    indicators: list[IndicatorRow]
    cells: dict[tuple[int, int], GridCell] = field(default_factory=dict)  # (unit_id, ind_id)
    locked: bool = False
    read_only_reason: str = ""


@dataclass(frozen=True, slots=True)
class ResultEdit:
    """One cell the person changed: empty text clears the value.

    With `check_seen`, `seen` is the value the person's grid showed before the change (None for
    an empty cell): if someone else has changed the cell since, the edit is refused by name
    instead of silently overwriting theirs (several staff on one server database)."""

    unit_code: str
    indicator_code: str
    text: str
    seen: Decimal | None = None
    check_seen: bool = False


@dataclass(frozen=True, slots=True)
class CellProblem:
    unit_code: str
    indicator_code: str
    message: str


@dataclass(frozen=True, slots=True)
class SaveReport:
    saved: int
    cleared: int
    problems: list[CellProblem]


@dataclass(frozen=True, slots=True)
class RegistrationRow:
    id: int
    uid: str
    campaign_code: str
    unit_code: str
    unit_name: str
    year: int
    titles: str
    registered_on: dt.date
    status: str
    status_label: str
    decided_on: dt.date | None
    return_reason: str
    editable: bool
