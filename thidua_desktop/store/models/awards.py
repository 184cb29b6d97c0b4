"""Tables for khen thưởng: recipients, proposals (đề nghị) with their lines, and decisions.

Recipients hold personal data (a person's name, gender, year of birth, position). None of these
tables is carried in data packages (exchange/specs.py): a proposal leaves the office only in the
dossier package the person sends (exchange/awards), and services never write the personal
columns into the audit trail: audit entries name a recipient by its id.
"""

from __future__ import annotations

import datetime as dt

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

from thidua_desktop.store.base import Base, UtcDateTime, sort_key_type

RECIPIENT_KINDS = "('collective', 'individual', 'household')"
CATEGORIES = "('cadre', 'civil_servant', 'public_employee', 'direct_worker', 'other')"
RECIPIENT_CLASSES = (
    "('leader_province', 'leader_department', 'leader_other', 'businessperson', 'enterprise', "
    "'cooperative')"
)
LEVELS = "('commune', 'district', 'province', 'central')"
STATUSES = "('draft', 'submitted', 'reviewed', 'decided', 'awarded')"
AWARD_TYPES = "('regular', 'ad_hoc', 'campaign', 'career', 'service', 'foreign')"
SOURCES = "('manual', 'demo')"
# A proposal may also be the record of an award decided elsewhere, entered in one step.
PROPOSAL_SOURCES = "('manual', 'demo', 'recorded')"


class AwardRecipient(Base):
    """A collective (a unit, or an organisation under a unit), an individual or a household.

    `unit_id` is the collective's own unit, or the unit it belongs to; a person's workplace; a
    household's commune or hamlet. `name` is None when the collective is the unit itself."""

    __tablename__ = "award_recipient"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    name: Mapped[str | None] = mapped_column(String(300), default=None)
    gender: Mapped[str | None] = mapped_column(String(10), default=None)
    birth_year: Mapped[int | None] = mapped_column(Integer, default=None)
    position: Mapped[str | None] = mapped_column(String(300), default=None)
    category: Mapped[str | None] = mapped_column(String(30), default=None)
    # Where the annual statistics count it (RecipientClass): a leader's level, a doanh nghiệp…
    # (A column constraint: SQLite adds the column with ALTER TABLE, no copy of the table.)
    stat_class: Mapped[str | None] = mapped_column(
        String(30),
        CheckConstraint(
            f"stat_class IS NULL OR stat_class IN {RECIPIENT_CLASSES}", name="stat_class"
        ),
        default=None,
    )
    # Derived from the name when the row is written (diacritic-free search; tên-first order).
    search_key: Mapped[str] = mapped_column(sort_key_type(400))
    sort_key: Mapped[str] = mapped_column(sort_key_type(1200))
    source: Mapped[str] = mapped_column(String(20), default="manual")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint(f"kind IN {RECIPIENT_KINDS}", name="kind"),
        CheckConstraint("gender IS NULL OR gender IN ('male', 'female')", name="gender"),
        CheckConstraint(f"category IS NULL OR category IN {CATEGORIES}", name="category"),
        CheckConstraint(f"source IN {SOURCES}", name="source"),
        CheckConstraint("kind = 'collective' OR name IS NOT NULL", name="person_named"),
        Index("ix_award_recipient_unit", "unit_id"),
        Index("ix_award_recipient_sort_key", "sort_key"),
    )


class AwardProposal(Base):
    """An office's đề nghị khen thưởng for a year (and optionally a campaign), with its workflow.

    `unit_id` is the proposing office's unit; `to_level` the level asked to decide (the office's
    own level, or a higher one for what it proposes upward). A returned proposal is a draft
    again with `returned_on` and `return_reason` set."""

    __tablename__ = "award_proposal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaign.id", ondelete="SET NULL"), default=None
    )
    to_level: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    number: Mapped[str | None] = mapped_column(String(60), default=None)  # of the Tờ trình
    proposal_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    submitted_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    review_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    council_members: Mapped[int | None] = mapped_column(Integer, default=None)
    members_present: Mapped[int | None] = mapped_column(Integer, default=None)
    returned_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    return_reason: Mapped[str | None] = mapped_column(Text, default=None)
    awarded_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    source: Mapped[str] = mapped_column(String(20), default="manual")
    entered_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint(f"to_level IN {LEVELS}", name="to_level"),
        CheckConstraint(f"status IN {STATUSES}", name="status"),
        CheckConstraint(f"source IN {PROPOSAL_SOURCES}", name="source"),
        CheckConstraint(
            "members_present IS NULL OR council_members IS NULL "
            "OR members_present <= council_members",
            name="council",
        ),
        Index("ix_award_proposal_year_unit", "year", "unit_id"),
    )


class AwardDecision(Base):
    """A quyết định khen thưởng: number, date, issuer and signer; its lines point to it.

    `rules_version` is the catalogue version in force on the decision's date, fixed when the
    decision is recorded, with the legal basis it cited."""

    __tablename__ = "award_decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("award_proposal.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(60))
    decision_date: Mapped[dt.date] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(200))
    signer_name: Mapped[str] = mapped_column(String(120))
    signer_position: Mapped[str] = mapped_column(String(120))
    rules_version: Mapped[str] = mapped_column(String(32))
    legal_basis: Mapped[str] = mapped_column(Text)
    # The tiền thưởng levels of the decision's version and the lương cơ sở on its date, as JSON
    # (None: recorded before 0011, or the version sets none): a reprint pays what was decided.
    reward_money: Mapped[str | None] = mapped_column(Text, default=None)
    entered_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        Index("ix_award_decision_proposal", "proposal_id"),
        Index("ix_award_decision_date", "decision_date"),
    )


class AwardLine(Base):
    """One recipient proposed for one title or form, with the council's vote and the decision.

    `members` and `qualified` are a collective's member count and how many of them reached
    the title its rule counts (TTLĐXS: ≥ 70% at LĐTT); `votes_agree` is the secret ballot's
    agreeing votes for awards that need one."""

    __tablename__ = "award_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("award_proposal.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    recipient_id: Mapped[int] = mapped_column(ForeignKey("award_recipient.id", ondelete="RESTRICT"))
    award_code: Mapped[str] = mapped_column(String(40))
    award_type: Mapped[str] = mapped_column(String(20), default="regular")
    achievement: Mapped[str | None] = mapped_column(Text, default=None)
    members: Mapped[int | None] = mapped_column(Integer, default=None)
    qualified: Mapped[int | None] = mapped_column(Integer, default=None)
    votes_agree: Mapped[int | None] = mapped_column(Integer, default=None)
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("award_decision.id", ondelete="SET NULL"), default=None
    )

    __table_args__ = (
        CheckConstraint(f"award_type IN {AWARD_TYPES}", name="award_type"),
        CheckConstraint(
            "qualified IS NULL OR members IS NULL OR qualified <= members", name="members"
        ),
        UniqueConstraint(
            "proposal_id", "recipient_id", "award_code", name="uq_award_line_recipient_award"
        ),
        Index("ix_award_line_recipient", "recipient_id"),
        Index("ix_award_line_decision", "decision_id"),
    )


class AwardRegistration(Base):
    """Đăng ký thi đua by name: a person, collective or household registers for a title (danh
    hiệu thi đua) of a year; a proposal naming a title nobody registered is warned about."""

    __tablename__ = "award_registration"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    recipient_id: Mapped[int] = mapped_column(ForeignKey("award_recipient.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    award_code: Mapped[str] = mapped_column(String(40))
    registered_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    entered_by: Mapped[str] = mapped_column(String(120))
    entered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        UniqueConstraint(
            "recipient_id", "year", "award_code", name="uq_award_registration_recipient_year_award"
        ),
        Index("ix_award_registration_year", "year"),
    )


DOSSIER_ROLES = "('sent', 'received')"
DOSSIER_STATUSES = "('sent', 'received', 'reviewing', 'returned', 'decided')"


class DossierExchange(Base):
    """A proposal that travels between offices as a dossier package (hồ sơ đề nghị).

    At the proposing office (`role` "sent") `status` is what the receiving level last reported
    (đã gửi until its first reply); at the receiving office (`role` "received") the proposal is
    the sender's dossier, read-only except for its review, return and decision, and `status` is
    what this office last reported down. `dossier_sequence` and `reply_sequence` are the last
    packages of each direction (replays and older packages are refused by them)."""

    __tablename__ = "dossier_exchange"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("award_proposal.id", ondelete="CASCADE"), unique=True
    )
    role: Mapped[str] = mapped_column(String(20))
    counterpart_code: Mapped[str] = mapped_column(String(16))
    counterpart_name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    times_sent: Mapped[int] = mapped_column(Integer, default=1)
    dossier_sequence: Mapped[int] = mapped_column(Integer)
    dossier_sha256: Mapped[str] = mapped_column(String(64))
    dossier_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    reply_sequence: Mapped[int | None] = mapped_column(Integer, default=None)
    reply_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    reply_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), default=None)
    returned_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    return_reason: Mapped[str | None] = mapped_column(Text, default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint(f"role IN {DOSSIER_ROLES}", name="role"),
        CheckConstraint(f"status IN {DOSSIER_STATUSES}", name="status"),
    )


class DossierEvent(Base):
    """One step of a dossier's journey as this office saw it: a package written or received,
    with the status it carried (the dossier's timeline)."""

    __tablename__ = "dossier_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    exchange_id: Mapped[int] = mapped_column(ForeignKey("dossier_exchange.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    direction: Mapped[str] = mapped_column(String(3))  # out | in
    status: Mapped[str] = mapped_column(String(20))
    sequence: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(260))
    note: Mapped[str | None] = mapped_column(Text, default=None)
    by: Mapped[str] = mapped_column(String(120))

    __table_args__ = (
        CheckConstraint("direction IN ('out', 'in')", name="direction"),
        CheckConstraint(f"status IN {DOSSIER_STATUSES}", name="status"),
        Index("ix_dossier_event_exchange", "exchange_id"),
        Index("ix_dossier_event_out_sequence", "direction", "sequence"),
    )


class Initiative(Base):
    """A sáng kiến (or đề tài) recognised by a Hội đồng sáng kiến: its year, how far its effect
    reaches (`level`: co_so, tinh, toan_quoc), the unit whose council recognised it and the
    recognising document; its authors are `InitiativeAuthor` rows."""

    __tablename__ = "initiative"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    field: Mapped[str | None] = mapped_column(String(200), default=None)
    level: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    document_number: Mapped[str | None] = mapped_column(String(60), default=None)
    document_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint("level IN ('co_so', 'tinh', 'toan_quoc')", name="level"),
        Index("ix_initiative_year", "year"),
    )


class InitiativeAuthor(Base):
    __tablename__ = "initiative_author"

    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), primary_key=True
    )
    recipient_id: Mapped[int] = mapped_column(
        ForeignKey("award_recipient.id", ondelete="RESTRICT"), primary_key=True
    )

    __table_args__ = (Index("ix_initiative_author_recipient", "recipient_id"),)


class RecipientCase(Base):
    """A discipline, inspection or complaint case of a recipient: from `opened_on` until
    `closed_on` (None: still open) its awards are held (NĐ 152/2025/NĐ-CP)."""

    __tablename__ = "recipient_case"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient_id: Mapped[int] = mapped_column(ForeignKey("award_recipient.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(20))
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint("kind IN ('discipline', 'inspection', 'complaint')", name="kind"),
        CheckConstraint("closed_on IS NULL OR closed_on >= opened_on", name="dates"),
        Index("ix_recipient_case_recipient", "recipient_id"),
    )
