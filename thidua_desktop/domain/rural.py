"""Rules of nông thôn mới: levels and their order, recognitions, revocation thresholds, counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import msg
from thidua_desktop.domain.text import clean, fold

__all__ = [
    "REVOCATION_ALWAYS_PERCENT",
    "REVOCATION_BAND_PERCENT",
    "CriterionResult",
    "Level",
    "Recognition",
    "check_recognition",
    "check_revocation",
    "check_standard_year",
    "held_levels",
    "level_at_end_of",
    "level_on",
    "newly_recognised",
    "revocation_warning",
]

# QĐ 18/2022/QĐ-TTg: a xã NTM is considered for revocation when 30-50% of its criteria are not
# met and one of them is a named criterion (Thu nhập, Môi trường…), or when ≥ 50% are not met.
REVOCATION_BAND_PERCENT = 30
REVOCATION_ALWAYS_PERCENT = 50


class Level(StrEnum):
    """The commune levels of the 2021-2025 programme, lowest first; each set has the same code."""

    NTM = "ntm"
    NANG_CAO = "nang_cao"
    KIEU_MAU = "kieu_mau"

    @property
    def rank(self) -> int:
        return _ORDER.index(self)

    @property
    def label(self) -> str:
        """ "NTM nâng cao": the short label of tables and badges."""
        return _LABELS[self][0]

    @property
    def long_label(self) -> str:
        """ "xã đạt chuẩn nông thôn mới nâng cao": the label of sentences and documents."""
        return _LABELS[self][1]

    @property
    def below(self) -> Level | None:
        return _ORDER[self.rank - 1] if self.rank > 0 else None

    @property
    def above(self) -> Level | None:
        return _ORDER[self.rank + 1] if self.rank + 1 < len(_ORDER) else None

    @classmethod
    def parse(cls, text: str) -> Level:
        """From the stable code (ntm, nang_cao, kieu_mau) or a label, with or without marks."""
        value = fold(clean(text)).replace(" ", "_").replace("-", "_")
        for member in cls:
            if value in (member.value, fold(member.label).replace(" ", "_")):
                return member
        choices = ", ".join(f"{m.value} ({m.label})" for m in cls)
        raise InvalidInput(
            f'Mức đạt chuẩn không hợp lệ: "{clean(text)}". Chọn một trong: {choices}.'
        )

    @classmethod
    def next_after(cls, level: Level | None) -> Level | None:
        """The level a commune works towards: NTM when it has none, None after kiểu mẫu."""
        return cls.NTM if level is None else level.above


_ORDER = (Level.NTM, Level.NANG_CAO, Level.KIEU_MAU)
_LABELS = {
    Level.NTM: ("NTM", "xã đạt chuẩn nông thôn mới"),
    Level.NANG_CAO: ("NTM nâng cao", "xã đạt chuẩn nông thôn mới nâng cao"),
    Level.KIEU_MAU: ("NTM kiểu mẫu", "xã đạt chuẩn nông thôn mới kiểu mẫu"),
}


@dataclass(frozen=True, slots=True)
class Recognition:
    """A recognition decision for a commune, and its revocation if there was one.

    `year` is the year the commune is recognised as meeting the standard for ("đạt chuẩn năm
    2022"): usually the decision's year, sometimes the year before (a decision of February 2023
    for the 2022 standard)."""

    level: Level
    decision_date: dt.date
    year: int
    decision_number: str = ""
    revoked_on: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        return self.decision_date <= day and (self.revoked_on is None or self.revoked_on > day)


def _held(
    recognitions: Iterable[Recognition], counts: Callable[[Recognition], bool]
) -> tuple[Level, ...]:
    """The levels held as a chain from NTM up: a level counts only if every level below does."""
    found = {r.level for r in recognitions if counts(r)}
    chain: list[Level] = []
    for level in _ORDER:
        if level not in found:
            break
        chain.append(level)
    return tuple(chain)


def held_levels(recognitions: Iterable[Recognition], day: dt.date) -> tuple[Level, ...]:
    return _held(recognitions, lambda r: r.active_on(day))


def level_on(recognitions: Iterable[Recognition], day: dt.date) -> Level | None:
    """The highest level held on `day` (recognised on or before it and not revoked by then)."""
    chain = held_levels(recognitions, day)
    return chain[-1] if chain else None


def level_at_end_of(recognitions: Iterable[Recognition], year: int) -> Level | None:
    """The level a commune holds for `year`: recognitions for that year or earlier (whatever
    the decision's date), not revoked by 31/12 of the year."""
    end = dt.date(year, 12, 31)

    def counts(r: Recognition) -> bool:
        return r.year <= year and (r.revoked_on is None or r.revoked_on > end)

    chain = _held(recognitions, counts)
    return chain[-1] if chain else None


def newly_recognised(recognitions: Iterable[Recognition], level: Level, year: int) -> bool:
    """Recognised at `level` for `year` and not revoked by 31/12 of that year.

    A recognition revoked within its own year is no achievement of that year; one revoked later
    still counts for the year it was made for, so reports already sent stay true."""
    end = dt.date(year, 12, 31)
    return any(
        r.level is level and r.year == year and (r.revoked_on is None or r.revoked_on > end)
        for r in recognitions
    )


def check_standard_year(year: int, decision_date: dt.date) -> None:
    """The standard year is the decision's year or the one before it."""
    if not decision_date.year - 1 <= year <= decision_date.year:
        raise InvalidInput(
            f"Năm đạt chuẩn {year} không khớp với ngày quyết định {format_date(decision_date)}: "
            f"chỉ có thể là năm {decision_date.year - 1} hoặc {decision_date.year}."
        )


def check_recognition(
    existing: Sequence[Recognition], level: Level, decision_date: dt.date, who: str
) -> None:
    """Refuse a recognition the commune cannot receive on that date: the level below must be
    held then (recognised on or before that day and not revoked), and the level itself not."""
    held = held_levels(existing, decision_date)
    if level in held:
        current = next(r for r in existing if r.level is level and r.active_on(decision_date))
        raise InvalidInput(
            f"{who} đã được công nhận {level.label} theo quyết định "
            f"{current.decision_number or '(không số)'} ngày {format_date(current.decision_date)}"
            ": không công nhận lại khi chưa bị thu hồi."
        )
    below = level.below
    if below is not None and below not in held:
        raise InvalidInput(
            f"Không thể công nhận {who} đạt chuẩn {level.label} ngày {format_date(decision_date)}:"
            f" đến ngày đó xã chưa đạt chuẩn {below.label} (hoặc đã bị thu hồi). Hãy ghi quyết "
            f"định công nhận {below.label} trước."
        )


def check_revocation(
    existing: Sequence[Recognition], level: Level, revoked_on: dt.date, who: str
) -> Recognition:
    """The recognition a revocation on `revoked_on` applies to; refused when none is in force."""
    active = [r for r in existing if r.level is level and r.active_on(revoked_on)]
    if not active:
        raise InvalidInput(
            f"{who} không có quyết định công nhận {level.label} nào còn hiệu lực ngày "
            f"{format_date(revoked_on)}: không có gì để thu hồi."
        )
    return max(active, key=lambda r: r.decision_date)


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """One criterion as the revocation rule sees it."""

    code: str
    name: str
    met: bool | None  # None: not assessed (not counted as "not met")
    revocation_key: bool = False


def revocation_warning(
    results: Sequence[CriterionResult], *, total: int, level: Level, who: str = "Xã"
) -> str | None:
    """The QĐ 18/2022 revocation test on a set's recorded criteria, or None.

    Not met ≥ 50% of the set, or 30% ≤ not met < 50% with one of the named criteria among them.
    Criteria not assessed do not count as not met: the rule is about what was found lacking.
    The percentages are compared exactly (6 of 19 is 31,6%: in the band; 5 of 19 is not)."""
    if total <= 0:
        return None
    failing = [r for r in results if r.met is False]
    count = len(failing)
    keys = [r for r in failing if r.revocation_key]
    if count * 100 >= REVOCATION_ALWAYS_PERCENT * total:
        return msg(
            "{who} có {count}/{total} tiêu chí {level} chưa đạt (từ {always}% trở lên): thuộc "
            "trường hợp xem xét thu hồi quyết định công nhận {level} (QĐ 18/2022/QĐ-TTg).",
            who=who,
            count=count,
            total=total,
            level=level.label,
            always=REVOCATION_ALWAYS_PERCENT,
        )
    if count * 100 >= REVOCATION_BAND_PERCENT * total and keys:
        named = ", ".join(f"{r.code}. {r.name}" for r in keys)
        return msg(
            "{who} có {count}/{total} tiêu chí {level} chưa đạt ({band}-{always}%), trong đó có "
            "{named}: thuộc trường hợp xem xét thu hồi quyết định công nhận {level} "
            "(QĐ 18/2022/QĐ-TTg).",
            who=who,
            count=count,
            total=total,
            level=level.label,
            band=REVOCATION_BAND_PERCENT,
            always=REVOCATION_ALWAYS_PERCENT,
            named=named,
        )
    return None
