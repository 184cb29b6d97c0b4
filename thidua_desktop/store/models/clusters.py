"""Tables for cụm, khối thi đua: the cluster of a year with its giao ước and deadlines, its
members and their roles, its scoring table, and each member's self-score and reviewed score."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from thidua_desktop.store.base import Base, DecimalText, UtcDateTime

CLUSTER_KINDS = "('cum', 'khoi')"
ROLES = "('head', 'deputy', 'member')"
CRITERION_KINDS = "('score', 'bonus', 'deduction')"


class EmulationCluster(Base):
    """A cụm or khối thi đua of one year, organised by the Hội đồng TĐKT of `council_unit_id`.

    The giao ước thi đua is its number, date and signatories; `self_score_due` and
    `review_due` close the two scoring stages; once `published_on` is set the ranking is
    published and nothing of the year's scoring changes. `tie_break` lists, as JSON, the
    criterion codes that break a tie, in order."""

    __tablename__ = "emulation_cluster"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(10))
    council_unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    agreement_number: Mapped[str | None] = mapped_column(String(60), default=None)
    agreement_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    signatories: Mapped[str | None] = mapped_column(Text, default=None)
    self_score_due: Mapped[dt.date | None] = mapped_column(Date, default=None)
    review_due: Mapped[dt.date | None] = mapped_column(Date, default=None)
    published_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    tie_break: Mapped[str] = mapped_column(Text, default="[]")
    # The award proposals made from the published ranking, as JSON {award code: proposal id}.
    proposals: Mapped[str] = mapped_column(Text, default="{}")
    note: Mapped[str | None] = mapped_column(Text, default=None)
    # Received from the organising office above (its code): the cluster, its members, table
    # and published ranking are that office's; here the members in scope score themselves.
    # NULL: organised here. The last table package applied (sequence, manifest SHA-256), and
    # when it arrived; at the organiser, when the table was last sent down.
    owner_code: Mapped[str | None] = mapped_column(String(20), default=None)
    table_sequence: Mapped[int | None] = mapped_column(Integer, default=None)
    table_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    table_received_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), default=None)
    table_sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint(f"kind IN {CLUSTER_KINDS}", name="kind"),
        UniqueConstraint("year", "code", name="uq_emulation_cluster_year_code"),
    )


class ClusterMember(Base):
    """A unit in a cluster for its year; `year` and `kind` repeat the cluster's so that a unit
    is in one cụm (and one khối) a year."""

    __tablename__ = "cluster_member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("emulation_cluster.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    role: Mapped[str] = mapped_column(String(10), default="member")
    # At the organiser: the member's last self-score package applied and when it arrived; at
    # the member's own office: when its self-scores were last sent up.
    scores_sequence: Mapped[int | None] = mapped_column(Integer, default=None)
    scores_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    scores_received_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), default=None)
    scores_sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), default=None)

    __table_args__ = (
        CheckConstraint(f"role IN {ROLES}", name="role"),
        CheckConstraint(f"kind IN {CLUSTER_KINDS}", name="kind"),
        UniqueConstraint("unit_id", "year", "kind", name="uq_cluster_member_unit_year_kind"),
        Index("ix_cluster_member_cluster", "cluster_id"),
    )


class ScoringCriterion(Base):
    """One line of a cluster's scoring table (bảng chấm điểm)."""

    __tablename__ = "scoring_criterion"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("emulation_cluster.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    parent_code: Mapped[str | None] = mapped_column(String(20), default=None)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    max_points: Mapped[Decimal] = mapped_column(DecimalText())
    kind: Mapped[str] = mapped_column(String(10), default="score")
    evidence: Mapped[str | None] = mapped_column(Text, default=None)
    # Where a suggested score comes from (antt, ntm, targets: the application's own data).
    source: Mapped[str | None] = mapped_column(String(20), default=None)

    __table_args__ = (
        CheckConstraint(f"kind IN {CRITERION_KINDS}", name="kind"),
        UniqueConstraint("cluster_id", "code", name="uq_scoring_criterion_cluster_code"),
    )


class ClusterScore(Base):
    """A member's points for one criterion: its own (with its evidence note) and the cluster's
    review (with the reason for every change)."""

    __tablename__ = "cluster_score"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Kept across offices (the member's evidence files are attached to it).
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("emulation_cluster.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    criterion_code: Mapped[str] = mapped_column(String(20))
    self_points: Mapped[Decimal | None] = mapped_column(DecimalText(), default=None)
    self_note: Mapped[str | None] = mapped_column(Text, default=None)
    self_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), default=None)
    review_points: Mapped[Decimal | None] = mapped_column(DecimalText(), default=None)
    review_reason: Mapped[str | None] = mapped_column(Text, default=None)
    review_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), default=None)
    entered_by: Mapped[str] = mapped_column(String(120))

    __table_args__ = (
        UniqueConstraint(
            "cluster_id", "unit_id", "criterion_code", name="uq_cluster_score_member_criterion"
        ),
    )
