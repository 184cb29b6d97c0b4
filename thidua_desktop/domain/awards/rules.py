"""Rules of khen thưởng over the catalogue: versions, quotas, prerequisites, ballots, levels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from enum import StrEnum

from thidua_desktop.domain.awards.types import (
    AwardKind,
    AwardType,
    DecidingLevel,
    RecipientType,
)
from thidua_desktop.domain.dates import format_date
from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.numbers import format_number, round_half_up

__all__ = [
    "AwardEntry",
    "BaseSalary",
    "Catalogue",
    "Held",
    "MoneyRounding",
    "Prerequisite",
    "PrerequisiteKind",
    "QuotaRule",
    "Rounding",
    "RuleVersion",
    "ballot_warning",
    "check_votes",
    "consecutive_years",
    "eligible_awards",
    "level_warning",
    "missing_prerequisites",
    "percent",
    "quota_limit",
    "reward_amount",
]

_HUNDRED = Decimal(100)


# -- the catalogue's value types -------------------------------------------------------------


class Rounding(StrEnum):
    """How a quota's share of a count becomes a whole number of people."""

    FLOOR = "floor"
    HALF_UP = "half_up"
    CEILING = "ceiling"

    @property
    def label(self) -> str:
        return {
            Rounding.FLOOR: "làm tròn xuống",
            Rounding.HALF_UP: "làm tròn",
            Rounding.CEILING: "làm tròn lên",
        }[self]


_ROUNDINGS = {
    Rounding.FLOOR: ROUND_FLOOR,
    Rounding.HALF_UP: ROUND_HALF_UP,
    Rounding.CEILING: ROUND_CEILING,
}


def quota_limit(base: int, max_percent: Decimal, rounding: Rounding) -> int:
    """How many may receive an award capped at `max_percent` of `base` people: exact decimal
    arithmetic, then the rounding rule (15% of 23 = 3,45 → 3 rounded down, 4 rounded up)."""
    if base < 0 or max_percent < 0:
        raise ValueError("a quota needs a non-negative base and share")
    exact = Decimal(base) * max_percent / _HUNDRED
    return int(exact.to_integral_value(rounding=_ROUNDINGS[rounding]))


@dataclass(frozen=True, slots=True)
class QuotaRule:
    """ "CSTĐCS ≤ 15% of LĐTT": at most `max_percent` of those with `base` in a unit and year
    may receive `award`."""

    award: str
    base: str
    max_percent: Decimal
    rounding: Rounding
    note: str = ""

    def limit(self, base_count: int) -> int:
        return quota_limit(base_count, self.max_percent, self.rounding)

    def exceeded(self, count: int, base_count: int) -> bool:
        return count > self.limit(base_count)


class PrerequisiteKind(StrEnum):
    SAME_YEAR = "same_year"  # one of `awards` in the same year (CSTĐCS needs LĐTT)
    CONSECUTIVE = "consecutive"  # one of `awards` in each of the `years` years up to this one
    WITHIN = "within"  # one of `awards` in at least `count` of the `years` years up to this one
    HELD_BEFORE = "held_before"  # one of `awards` in an earlier year
    MEMBER_SHARE = "member_share"  # ≥ (or >) `percent` of a collective's members have `awards`

    @property
    def history(self) -> bool:
        """Decided by earlier years' awards (what makes someone eligible "next year")."""
        return self in (
            PrerequisiteKind.CONSECUTIVE,
            PrerequisiteKind.WITHIN,
            PrerequisiteKind.HELD_BEFORE,
        )


@dataclass(frozen=True, slots=True)
class Prerequisite:
    kind: PrerequisiteKind
    awards: tuple[str, ...]
    years: int = 1
    count: int = 1
    percent: Decimal = Decimal(0)
    strict: bool = False  # member share must be above `percent`, not merely reach it
    recipients: frozenset[RecipientType] = frozenset()  # empty: every type the award takes
    note: str = ""  # where the rule comes from and how sure it is ([S]/[M])

    def applies_to(self, recipient_type: RecipientType) -> bool:
        return not self.recipients or recipient_type in self.recipients


@dataclass(frozen=True, slots=True)
class AwardEntry:
    """A title or form of one rule version."""

    code: str
    name: str  # "Lao động tiên tiến", "Giấy khen của Chủ tịch UBND cấp huyện"
    short_name: str  # "LĐTT"
    kind: AwardKind
    recipients: tuple[RecipientType, ...]
    types: tuple[AwardType, ...]
    levels: tuple[DecidingLevel, ...]  # who decides it (DOMAIN §1.5)
    ballot: bool  # the council votes by secret ballot (CSTĐ, Cờ thi đua)
    prerequisites: tuple[Prerequisite, ...] = ()
    description: str = ""
    note: str = ""  # reliability of the entry's facts ([S]/[M])
    # Tiền thưởng: how many times the lương cơ sở each kind of recipient receives (none: the
    # version has no level for it), and where that comes from.
    money: tuple[tuple[RecipientType, Decimal], ...] = ()
    money_note: str = ""

    def takes(self, recipient_type: RecipientType) -> bool:
        return recipient_type in self.recipients

    def coefficient(self, recipient_type: RecipientType) -> Decimal | None:
        """× lương cơ sở for this kind of recipient, None when the version sets none."""
        return next((c for kind, c in self.money if kind is recipient_type), None)

    @property
    def phrase(self) -> str:
        """ "danh hiệu “Lao động tiên tiến”" or "Giấy khen của Chủ tịch UBND cấp huyện"."""
        return f"danh hiệu “{self.name}”" if self.kind is AwardKind.TITLE else self.name

    @property
    def quoted(self) -> str:
        return f"“{self.name}”"

    @property
    def deciders(self) -> str:
        """ "Chủ tịch UBND cấp xã, cấp huyện"."""
        if self.levels == (DecidingLevel.CENTRAL,):
            return DecidingLevel.CENTRAL.authority
        labels = [level.label for level in sorted(self.levels, key=lambda lv: lv.rank)]
        return "Chủ tịch UBND " + ", ".join(labels)


@dataclass(frozen=True, slots=True)
class MoneyRounding:
    """How a reward (coefficient × lương cơ sở) becomes an amount: up, to a step of đồng."""

    step: int = 1000
    up: bool = True
    note: str = ""

    def apply(self, amount: Decimal) -> int:
        steps = (amount / self.step).to_integral_value(ROUND_CEILING if self.up else ROUND_HALF_UP)
        return int(steps) * self.step


def reward_amount(coefficient: Decimal, base_salary: int, rounding: MoneyRounding) -> int:
    """ "0,3 × 2.340.000 đ" → 710.000 đ when rounded up to tens of thousands."""
    return rounding.apply(coefficient * base_salary)


@dataclass(frozen=True, slots=True)
class BaseSalary:
    """Mức lương cơ sở from a day on (a decree), the unit of every reward level."""

    valid_from: dt.date
    amount: int  # đồng per month
    basis: str  # "Nghị định số 73/2024/NĐ-CP"
    note: str = ""


@dataclass(frozen=True, slots=True)
class RuleVersion:
    """The titles, forms and rules in force between two dates (a law and its decree)."""

    code: str  # "2017", "2024"
    label: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    legal_basis: tuple[str, ...]  # the "Căn cứ …" of a decision, in order
    entries: tuple[AwardEntry, ...]
    quotas: tuple[QuotaRule, ...] = ()
    ballot_min_percent: Decimal = Decimal(50)
    note: str = ""
    money_rounding: MoneyRounding = MoneyRounding()
    # "Tạm dừng xét khen thưởng …": a rule that holds proposals for people under discipline,
    # inspection or complaint ("" when the version has none), and its source.
    suspension: str = ""
    suspension_note: str = ""
    source_note: str = ""  # what of the version is verified and what is not ([S]/[M])

    @property
    def has_money(self) -> bool:
        return any(entry.money for entry in self.entries)

    def applies_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def entry(self, code: str) -> AwardEntry | None:
        return next((e for e in self.entries if e.code == code), None)

    def quota_for(self, award: str) -> QuotaRule | None:
        return next((q for q in self.quotas if q.award == award), None)

    @property
    def period(self) -> str:
        """ "đến hết ngày 31/12/2023", "từ ngày 01/01/2024"."""
        if self.valid_from is None and self.valid_to is not None:
            return f"đến hết ngày {format_date(self.valid_to)}"
        if self.valid_to is None and self.valid_from is not None:
            return f"từ ngày {format_date(self.valid_from)}"
        if self.valid_from is not None and self.valid_to is not None:
            return f"từ ngày {format_date(self.valid_from)} đến ngày {format_date(self.valid_to)}"
        return "không giới hạn thời gian"


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Every rule version of the bundled (or a city's own) catalogue, oldest first."""

    dataset: str
    version: str
    title: str
    versions: tuple[RuleVersion, ...]
    sha256: str = ""
    base_salaries: tuple[BaseSalary, ...] = ()  # oldest first

    def base_salary_on(self, day: dt.date) -> BaseSalary | None:
        """The lương cơ sở in force on `day` (None before the first one the catalogue holds)."""
        found = None
        for salary in self.base_salaries:
            if salary.valid_from <= day:
                found = salary
        return found

    def version_on(self, day: dt.date) -> RuleVersion:
        """The rules in force on `day` (a decision's date, or a proposal's before one)."""
        for version in self.versions:
            if version.applies_on(day):
                return version
        raise InvalidInput(
            f"Danh mục khen thưởng không có quy định nào áp dụng cho ngày {format_date(day)}."
        )

    def rule_version(self, code: str) -> RuleVersion | None:
        return next((v for v in self.versions if v.code == code), None)

    def any_entry(self, code: str) -> AwardEntry | None:
        """The newest version's entry of `code` (to name an award recorded under any version)."""
        for version in reversed(self.versions):
            entry = version.entry(code)
            if entry is not None:
                return entry
        return None


# -- rules over a recipient's awards ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Held:
    """An award a recipient holds or is proposed for in a year, as the rules see it."""

    award: str
    year: int


def consecutive_years(years: Collection[int], end: int) -> int:
    """How many years in a row up to and including `end` are in `years`."""
    run = 0
    while end - run in years:
        run += 1
    return run


def percent(count: int, total: int) -> Decimal | None:
    """count / total × 100, exact, rounded half up to 2 decimals; None for an empty total."""
    if total <= 0:
        return None
    return round_half_up(Decimal(count) * _HUNDRED / Decimal(total), 2)


def _names(codes: Iterable[str], names: Mapping[str, str]) -> str:
    return " hoặc ".join(f"“{names.get(code, code)}”" for code in codes)


def _problem(
    rule: Prerequisite,
    *,
    year: int,
    held: Collection[Held],
    members: int | None,
    qualified: int | None,
    names: Mapping[str, str],
) -> str | None:
    years = {h.year for h in held if h.award in rule.awards}
    what = _names(rule.awards, names)
    if rule.kind is PrerequisiteKind.SAME_YEAR:
        return None if year in years else f"chưa có {what} năm {year}"
    if rule.kind is PrerequisiteKind.CONSECUTIVE:
        run = consecutive_years(years, year)
        if run >= rule.years:
            return None
        return (
            f"cần {rule.years} năm liên tục đạt {what} ({year - rule.years + 1}-{year}), "
            f"mới có {run} năm liên tục"
        )
    if rule.kind is PrerequisiteKind.WITHIN:
        window = range(year - rule.years + 1, year + 1)
        found = sum(1 for y in window if y in years)
        if found >= rule.count:
            return None
        return (
            f"cần ít nhất {rule.count} lần đạt {what} trong {rule.years} năm "
            f"({window.start}-{year}), mới có {found} lần"
        )
    if rule.kind is PrerequisiteKind.HELD_BEFORE:
        return None if any(y < year for y in years) else f"chưa từng được tặng {what}"
    # MEMBER_SHARE
    if members is None or qualified is None:
        return f"chưa nhập tổng số thành viên và số thành viên đạt {what}"
    if members <= 0:
        return "tổng số thành viên phải lớn hơn 0"
    share = Decimal(qualified) * _HUNDRED / Decimal(members)
    enough = share > rule.percent if rule.strict else share >= rule.percent
    if enough:
        return None
    need = "trên" if rule.strict else "từ"
    return (
        f"chỉ {qualified}/{members} thành viên ({format_number(round_half_up(share, 2))}%) "
        f"đạt {what}, cần {need} {format_number(rule.percent)}%"
    )


def missing_prerequisites(
    entry: AwardEntry,
    recipient_type: RecipientType,
    year: int,
    held: Collection[Held],
    *,
    members: int | None = None,
    qualified: int | None = None,
    names: Mapping[str, str],
) -> list[str]:
    """What `entry` requires that the record does not show, one phrase per rule.

    `held` is what the recipient holds or is proposed for (any year); `names` names award
    codes. Collectives' member counts are given with the line that proposes them."""
    problems = []
    for rule in entry.prerequisites:
        if not rule.applies_to(recipient_type):
            continue
        problem = _problem(
            rule, year=year, held=held, members=members, qualified=qualified, names=names
        )
        if problem is not None:
            problems.append(problem)
    return problems


def _basis(rule: Prerequisite, year: int, names: Mapping[str, str]) -> str:
    what = _names(rule.awards, names)
    if rule.kind is PrerequisiteKind.CONSECUTIVE:
        return f"{rule.years} năm liên tục đạt {what} ({year - rule.years + 1}-{year})"
    if rule.kind is PrerequisiteKind.WITHIN:
        first = year - rule.years + 1
        return f"{rule.count} lần đạt {what} trong {rule.years} năm ({first}-{year})"
    return f"đã được tặng {what}"


def eligible_awards(
    version: RuleVersion,
    recipient_type: RecipientType,
    held: Collection[Held],
    year: int,
    names: Mapping[str, str],
) -> list[tuple[AwardEntry, str]]:
    """The higher awards of `year` whose history rules (consecutive years, a count of years, an
    earlier award) the recipient meets, with the basis in words: 3 consecutive CSTĐCS up to 2023
    make a person eligible to be proposed for CSTĐ cấp tỉnh năm 2023, early the next year.

    Only awards with a consecutive-years or count rule are listed: everyone would otherwise be
    "eligible" for every award with no history rule. Whether the recipient already holds or is
    proposed for the award is the caller's to say."""
    found = []
    for entry in version.entries:
        if not entry.takes(recipient_type):
            continue
        rules = [r for r in entry.prerequisites if r.kind.history and r.applies_to(recipient_type)]
        if not any(r.kind is not PrerequisiteKind.HELD_BEFORE for r in rules):
            continue
        problems = (
            _problem(r, year=year, held=held, members=None, qualified=None, names=names)
            for r in rules
        )
        if all(problem is None for problem in problems):
            found.append((entry, "; ".join(_basis(r, year, names) for r in rules)))
    return found


def level_warning(entry: AwardEntry, to_level: DecidingLevel, where: str) -> str | None:
    """A line asking `to_level` for an award it does not decide: proposed to the wrong level."""
    if to_level in entry.levels:
        return None
    if all(level.rank > to_level.rank for level in entry.levels):
        return (
            f"{entry.phrase[0].upper()}{entry.phrase[1:]} do {entry.deciders} quyết định, "
            f"không thuộc thẩm quyền {to_level.label}: {where} phải trình lên cấp trên."
        )
    return (
        f"{entry.phrase[0].upper()}{entry.phrase[1:]} do {entry.deciders} quyết định: "
        f"không cần trình {to_level.label}."
    )


# -- council ballots ----------------------------------------------------------------------------


def check_votes(*, members: int, present: int, agree: int | None = None) -> None:
    """Counts a council meeting can have: present ≤ members, agree ≤ present, none negative."""
    if members <= 0:
        raise InvalidInput("Số thành viên Hội đồng Thi đua - Khen thưởng phải lớn hơn 0.")
    if not 0 < present <= members:
        raise InvalidInput(
            f"Số thành viên có mặt ({present}) phải từ 1 đến tổng số thành viên ({members})."
        )
    if agree is not None and not 0 <= agree <= present:
        raise InvalidInput(
            f"Số phiếu đồng ý ({agree}) phải từ 0 đến số thành viên có mặt ({present})."
        )


def ballot_warning(agree: int, present: int, min_percent: Decimal) -> str | None:
    """A secret ballot whose agreeing share of the members present is below the threshold."""
    if present <= 0 or Decimal(agree) * _HUNDRED >= min_percent * Decimal(present):
        return None
    share = percent(agree, present)
    assert share is not None
    return (
        f"kết quả bỏ phiếu kín {agree}/{present} thành viên có mặt đồng ý "
        f"({format_number(share)}%), dưới mức {format_number(min_percent)}%"
    )
