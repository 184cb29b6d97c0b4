"""Plain rows for nông thôn mới: criteria sets, communes, recognitions, plans (no DB imports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from thidua_desktop.domain.evaluation import Status
from thidua_desktop.domain.rural import Level


@dataclass(frozen=True, slots=True)
class CriterionRow:
    code: str
    position: int
    group_code: str
    group_name: str
    name: str
    indicators: str = ""
    revocation_key: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class CriteriaSetRow:
    code: Level
    title: str
    version: str
    legal_basis: str
    first_year: int
    last_year: int
    groups: tuple[tuple[str, str], ...]  # (code, name) in order
    criteria: tuple[CriterionRow, ...]

    @property
    def total(self) -> int:
        return len(self.criteria)

    def criterion(self, code: str) -> CriterionRow | None:
        return next((c for c in self.criteria if c.code == code), None)

    def in_group(self, group_code: str) -> tuple[CriterionRow, ...]:
        return tuple(c for c in self.criteria if c.group_code == group_code)


@dataclass(frozen=True, slots=True)
class SetScore:
    """How many criteria of a set a commune meets in the year ("17/19")."""

    set_code: Level
    total: int
    met: tuple[str, ...]  # criterion codes, in the set's order
    not_met: tuple[str, ...]

    @property
    def met_count(self) -> int:
        return len(self.met)

    @property
    def recorded(self) -> bool:
        return bool(self.met or self.not_met)

    @property
    def pending(self) -> int:
        return self.total - len(self.met) - len(self.not_met)

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.met_count == self.total

    @property
    def text(self) -> str:
        return f"{self.met_count}/{self.total}" if self.recorded else "—"


@dataclass(frozen=True, slots=True)
class RecognitionRow:
    uid: str
    unit_code: str
    unit_name: str
    level: Level
    year: int  # the standard year ("đạt chuẩn năm …")
    decision_number: str
    decision_date: dt.date
    issuer: str = ""
    announced_on: dt.date | None = None
    note: str = ""
    revoked_on: dt.date | None = None
    revocation_number: str = ""
    revocation_issuer: str = ""
    revocation_reason: str = ""
    source: str = "manual"
    owner_code: str | None = None

    @property
    def revoked(self) -> bool:
        return self.revoked_on is not None


@dataclass(frozen=True, slots=True)
class MissingCriterion:
    """A criterion of the next level's set the commune does not meet yet."""

    set_code: Level
    code: str
    name: str
    assessed: bool  # False: no record this year ("chưa đánh giá")


@dataclass(frozen=True, slots=True)
class CommuneRow:
    """A xã's nông thôn mới standing for one year."""

    unit_id: int
    unit_code: str
    unit_name: str
    sort_key: str
    district_code: str
    district_name: str
    district_sort_key: str
    year: int
    level: Level | None  # highest level held for the year
    scores: tuple[SetScore, ...]
    next_level: Level | None
    missing: tuple[MissingCriterion, ...]
    plan: Level | None = None
    plan_note: str = ""
    new_levels: tuple[Level, ...] = ()  # recognised for this year
    recognitions: tuple[RecognitionRow, ...] = ()
    warnings: tuple[str, ...] = ()
    editable: bool = False

    def score(self, code: Level) -> SetScore | None:
        return next((s for s in self.scores if s.set_code is code), None)

    @property
    def recorded(self) -> bool:
        return any(s.recorded for s in self.scores)

    @property
    def unknown(self) -> bool:
        """Nothing is known of this xã: no level, no criteria this year, no recognition ever
        (e.g. a new commune whose data has not come in): "chưa có số liệu", not "chưa đạt"."""
        return self.level is None and not self.recorded and not self.recognitions

    @property
    def plan_achieved(self) -> bool | None:
        """Whether this year's plan was met; None without a plan."""
        if self.plan is None:
            return None
        return self.plan in self.new_levels or (
            self.level is not None and self.level.rank >= self.plan.rank
        )


@dataclass(frozen=True, slots=True)
class PlanFigures:
    """Plan against achievement for one level in a district or the scope."""

    level: Level
    planned: int  # communes planning this level this year
    achieved_planned: int  # of those, recognised for the year
    new: int  # all communes recognised at this level for the year
    target: Decimal | None = None  # the campaign's target for this unit, when there is one
    target_source: str | None = None  # "CT10-2023/NTM_NANG_CAO" or "plans"
    status: Status | None = None  # new against the target (or the plans); None: nothing to compare


@dataclass(frozen=True, slots=True)
class RuralSummary:
    """A district (or the whole scope) in one year: communes by level, plans, warnings."""

    unit_code: str
    unit_name: str
    sort_key: str
    communes: int
    none: int  # no level held
    ntm: int  # highest level NTM
    nang_cao: int
    kieu_mau: int
    recorded: int  # communes with criteria recorded for the year
    warnings: int
    plans: tuple[PlanFigures, ...]
    # of `none`: xã with nothing recorded (no criteria for the year, no recognition ever), e.g.
    # the new xã of a merged province whose figures were never entered here
    unknown: int = 0

    def count(self, level: Level | None) -> int:
        return {None: self.none, Level.NTM: self.ntm, Level.NANG_CAO: self.nang_cao}.get(
            level, self.kieu_mau
        )

    def at_least(self, level: Level) -> int:
        """Communes holding this level or a higher one."""
        return sum(self.count(other) for other in Level if other.rank >= level.rank)

    def plan(self, level: Level) -> PlanFigures:
        return next(p for p in self.plans if p.level is level)


@dataclass(frozen=True, slots=True)
class RuralOverview:
    """Everything the page and the `rural` command show for a scope and year."""

    year: int
    scope_code: str
    scope_name: str
    sets: tuple[CriteriaSetRow, ...]
    communes: tuple[CommuneRow, ...]
    districts: tuple[RuralSummary, ...]
    total: RuralSummary
    has_data: bool
    read_only_reason: str = ""
    demo: bool = False

    def criteria_set(self, code: Level) -> CriteriaSetRow | None:
        return next((s for s in self.sets if s.code is code), None)

    def newly_recognised(self, level: Level) -> tuple[CommuneRow, ...]:
        return tuple(c for c in self.communes if level in c.new_levels)


@dataclass(frozen=True, slots=True)
class CriterionState:
    code: str
    met: bool | None  # None: not assessed this year
    value: str = ""
    evidence_note: str = ""
    read_only: bool = False


@dataclass(frozen=True, slots=True)
class CriterionEntry:
    """One criterion as the checklist (or the command line) submits it."""

    code: str
    met: bool
    value: str = ""
    evidence_note: str = ""


@dataclass(frozen=True, slots=True)
class Checklist:
    """A commune's criteria of every set for a year, as the checklist editor starts from."""

    row: CommuneRow
    sets: tuple[CriteriaSetRow, ...]
    states: tuple[tuple[Level, tuple[CriterionState, ...]], ...]
    read_only_reason: str = ""

    def states_of(self, code: Level) -> tuple[CriterionState, ...]:
        return next((s for c, s in self.states if c is code), ())


@dataclass(frozen=True, slots=True)
class SaveReport:
    row: CommuneRow
    changed: bool
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RecognitionReport:
    """A recognition recorded, or the recognitions a revocation ended (the level's and above)."""

    recognitions: tuple[RecognitionRow, ...]
    row: CommuneRow
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LoadReport:
    """Criteria sets brought in from a file: which were added or replaced, which kept."""

    loaded: tuple[str, ...]  # "ntm 2023.1"
    unchanged: tuple[str, ...]
    older: tuple[str, ...]  # a newer version is already in use
