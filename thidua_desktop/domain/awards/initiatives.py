"""Sáng kiến (initiatives) recognised by a Hội đồng sáng kiến, the prerequisite of the Chiến
sĩ thi đua titles, and the pending cases (discipline, inspection, complaint) during which a
person's or a collective's awards are held (tạm dừng xét khen thưởng, NĐ 152/2025/NĐ-CP)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum, StrEnum


class InitiativeLevel(IntEnum):
    """How far a recognised initiative's effect reaches (phạm vi ảnh hưởng)."""

    BASE = 1  # cơ sở
    PROVINCE = 2  # toàn tỉnh
    NATIONAL = 3  # toàn quốc

    @property
    def code(self) -> str:
        return _LEVEL_CODES[self]

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]

    @classmethod
    def from_code(cls, code: str) -> InitiativeLevel:
        for member, value in _LEVEL_CODES.items():
            if value == code:
                return member
        raise ValueError(code)


_LEVEL_CODES = {
    InitiativeLevel.BASE: "co_so",
    InitiativeLevel.PROVINCE: "tinh",
    InitiativeLevel.NATIONAL: "toan_quoc",
}
_LEVEL_LABELS = {
    InitiativeLevel.BASE: "cấp cơ sở",
    InitiativeLevel.PROVINCE: "phạm vi toàn tỉnh",
    InitiativeLevel.NATIONAL: "phạm vi toàn quốc",
}


@dataclass(frozen=True, slots=True)
class InitiativeRule:
    """A title needs an initiative of at least `level`, recognised in one of the `years`
    years up to the title's year. [M] Luật Thi đua, khen thưởng 2022, Điều 21-23 as DOMAIN §1
    summarises them; configurable here."""

    level: InitiativeLevel
    years: int


INITIATIVE_RULES = {
    "cstdcs": InitiativeRule(InitiativeLevel.BASE, 1),
    "cstd_tinh": InitiativeRule(InitiativeLevel.PROVINCE, 3),
    "cstd_toan_quoc": InitiativeRule(InitiativeLevel.NATIONAL, 6),
}


@dataclass(frozen=True, slots=True)
class Recognised:
    """An initiative of a recipient, as the rule sees it."""

    year: int
    level: InitiativeLevel


def initiative_missing(award_code: str, year: int, held: Iterable[Recognised]) -> str | None:
    """What the title lacks ("chưa có sáng kiến … được công nhận trong năm 2025"), or None."""
    rule = INITIATIVE_RULES.get(award_code)
    if rule is None:
        return None
    first = year - rule.years + 1
    if any(first <= r.year <= year and r.level >= rule.level for r in held):
        return None
    period = f"năm {year}" if rule.years == 1 else f"các năm {first}-{year}"
    return (
        f"chưa có sáng kiến (hoặc đề tài) {rule.level.label} được công nhận trong {period} "
        "(Sổ sáng kiến)"
    )


class CaseKind(StrEnum):
    """Why a recipient's awards are held."""

    DISCIPLINE = "discipline"
    INSPECTION = "inspection"
    COMPLAINT = "complaint"

    @property
    def label(self) -> str:
        return _CASE_LABELS[self]


_CASE_LABELS = {
    CaseKind.DISCIPLINE: "đang bị xem xét kỷ luật",
    CaseKind.INSPECTION: "đang bị thanh tra, kiểm tra",
    CaseKind.COMPLAINT: "có đơn thư khiếu nại, tố cáo đang được xác minh",
}


@dataclass(frozen=True, slots=True)
class Case:
    kind: CaseKind
    opened_on: dt.date
    closed_on: dt.date | None = None
    note: str = ""

    def open_on(self, day: dt.date) -> bool:
        return self.opened_on <= day and (self.closed_on is None or self.closed_on > day)

    def text(self) -> str:
        note = f" ({self.note})" if self.note else ""
        return f"{self.kind.label} từ ngày {self.opened_on:%d/%m/%Y}{note}"


def held_by(cases: Iterable[Case], day: dt.date) -> Case | None:
    """The case that holds a recipient's awards on `day`, if any."""
    return next((case for case in cases if case.open_on(day)), None)
