"""Plain rows of cụm, khối thi đua for the front ends, and the entries their forms submit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from thidua_desktop.domain.clusters import (
    ClusterKind,
    ClusterRole,
    CriterionKind,
    SuggestionSource,
    Totals,
)


@dataclass(frozen=True, slots=True)
class ClusterEntry:
    """A cluster as its form submits it (the giao ước and the deadlines included)."""

    year: int
    code: str
    name: str
    kind: ClusterKind
    council_unit_code: str  # the unit whose Hội đồng TĐKT organises it
    agreement_number: str = ""
    agreement_date: dt.date | None = None
    signatories: str = ""
    self_score_due: dt.date | None = None
    review_due: dt.date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class CriterionEntry:
    code: str
    title: str
    max_points: Decimal
    kind: CriterionKind = CriterionKind.SCORE
    parent: str | None = None
    evidence: str = ""
    source: SuggestionSource | None = None


@dataclass(frozen=True, slots=True)
class PointsEntry:
    """Points for one criterion, with the evidence (self-score) or the reason (review)."""

    points: Decimal
    note: str = ""


@dataclass(frozen=True, slots=True)
class MemberRow:
    unit_code: str
    unit_name: str
    role: ClusterRole


@dataclass(frozen=True, slots=True)
class CriterionRow:
    code: str
    title: str
    max_points: Decimal
    kind: CriterionKind
    parent: str | None
    evidence: str
    depth: int  # 1 for a top-level criterion
    scored: bool  # a leaf: points are given to it directly
    source: SuggestionSource | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Points the application suggests for one criterion of a member, and why."""

    criterion_code: str
    points: Decimal
    basis: str  # "Quyết định 125/QĐ-UBND công nhận an toàn về ANTT năm 2026"


@dataclass(frozen=True, slots=True)
class ClusterRow:
    id: int
    year: int
    code: str
    name: str
    kind: ClusterKind
    council_unit_code: str
    council_unit_name: str
    agreement_number: str
    agreement_date: dt.date | None
    signatories: str
    self_score_due: dt.date | None
    review_due: dt.date | None
    published_on: dt.date | None
    members: int
    head: str  # the trưởng cụm's unit name ("" when none is named)
    max_total: Decimal  # the table's points (scored criteria and bonuses)
    note: str
    editable: bool
    read_only_reason: str
    can_propose: bool = False  # published, the year open, the organiser in scope
    # Received from the organising office above: its name ("" when organised here), and when
    # its table last arrived; at the organiser, when the table was last sent down.
    organiser: str = ""
    table_received_at: dt.datetime | None = None
    table_sent_at: dt.datetime | None = None
    proposals: tuple[tuple[str, int], ...] = ()  # (award code, proposal id) made from it

    @property
    def published(self) -> bool:
        return self.published_on is not None


@dataclass(frozen=True, slots=True)
class ClusterDetail:
    cluster: ClusterRow
    members: tuple[MemberRow, ...]
    criteria: tuple[CriterionRow, ...]
    tie_break: tuple[str, ...]
    # The members this office scores itself (in its scope), by unit code: at a member's own
    # office the self-scores are entered there and sent up.
    own_members: tuple[str, ...] = ()

    @property
    def received(self) -> bool:
        return bool(self.cluster.organiser)


@dataclass(frozen=True, slots=True)
class ScoreRow:
    """One member's points for one criterion."""

    criterion_code: str
    self_points: Decimal | None
    self_note: str
    review_points: Decimal | None
    review_reason: str
    evidence: int = 0  # files attached as its evidence

    @property
    def points(self) -> Decimal | None:
        """What counts: the review's points, else the member's own."""
        return self.review_points if self.review_points is not None else self.self_points


@dataclass(frozen=True, slots=True)
class MemberScores:
    unit_code: str
    unit_name: str
    scores: tuple[ScoreRow, ...]
    self_totals: Totals
    totals: Totals  # as reviewed
    # Whether this office may enter the member's own points now (in scope, before the deadline,
    # not reviewed yet, nothing published), and if not, why.
    self_editable: bool = False
    self_reason: str = ""
    scores_sent_at: dt.datetime | None = None  # at the member's office: last sent up
    scores_received_at: dt.datetime | None = None  # at the organiser: last package applied


@dataclass(frozen=True, slots=True)
class RankingRow:
    rank: int
    tied: bool
    unit_code: str
    unit_name: str
    role: ClusterRole
    self_total: Decimal
    totals: Totals
    changed: int  # criteria whose points the review changed
    points: tuple[tuple[str, Decimal], ...] = ()  # the counted points, by criterion code


@dataclass(frozen=True, slots=True)
class Ranking:
    cluster: ClusterRow
    rows: tuple[RankingRow, ...]
    tie_break: tuple[str, ...]
    missing: tuple[str, ...] = field(default=())  # members that scored nothing yet (names)
