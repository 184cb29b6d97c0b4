"""Database tables as typed SQLAlchemy models (the schema Alembic migrations must reproduce)."""

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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from thidua_desktop.store.base import Base, DecimalText, UtcDateTime, sort_key_type


class AdminUnit(Base):
    """An administrative unit version: code and name are valid between valid_from and valid_to."""

    __tablename__ = "admin_unit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    level: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("admin_unit.id", ondelete="RESTRICT"), default=None
    )
    valid_from: Mapped[dt.date | None] = mapped_column(Date, default=None)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, default=None)
    # Derived from kind + name + code when the row is written; kept for fast, index-backed lookups.
    search_key: Mapped[str] = mapped_column(sort_key_type(300))
    sort_key: Mapped[str] = mapped_column(sort_key_type(600))
    note: Mapped[str | None] = mapped_column(Text, default=None)
    source: Mapped[str | None] = mapped_column(String(64), default=None)

    parent: Mapped[AdminUnit | None] = relationship(remote_side=[id])

    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 4", name="level_range"),
        CheckConstraint(
            "valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to", name="validity"
        ),
        Index("ix_admin_unit_code", "code"),
        Index("ix_admin_unit_parent_sort", "parent_id", "sort_key"),
        Index("ix_admin_unit_sort_key", "sort_key"),
    )


class UnitSuccession(Base):
    """An old unit version continued by a new one on `effective_date` (a merger, a division, the
    abolition of districts on 01/07/2025): `whole` when all of the old unit went to the new one,
    `partial` when it was divided; with the legal basis, its clause and how the row was checked."""

    __tablename__ = "unit_succession"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    old_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    new_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    part: Mapped[str] = mapped_column(String(10))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    legal_basis: Mapped[str | None] = mapped_column(String(200), default=None)
    clause: Mapped[str | None] = mapped_column(String(80), default=None)
    # How the row was verified (the data set's `check`: nq-text, corrected, ambiguous-name,
    # mapping-only = not verified against the resolution).
    checked: Mapped[str | None] = mapped_column(String(30), default=None)
    source: Mapped[str | None] = mapped_column(String(64), default=None)

    __table_args__ = (
        UniqueConstraint("old_id", "new_id", name="uq_unit_succession_pair"),
        CheckConstraint("part IN ('whole', 'partial')", name="part"),
        CheckConstraint("old_id <> new_id", name="distinct_versions"),
        Index("ix_unit_succession_new_id", "new_id"),
    )


class Profile(Base):
    """The installation profile: which office this installation belongs to and who operates it."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    installation_id: Mapped[str] = mapped_column(String(36))
    office_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("admin_unit.id", ondelete="RESTRICT"), default=None
    )
    operator: Mapped[str] = mapped_column(String(120), default="")
    demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    # How this office's documents are headed and signed (NĐ 30/2020); empty = derived from the
    # office unit (services.letterhead) until someone fills them in.
    issuer_parent: Mapped[str | None] = mapped_column(String(200), default=None)
    issuer_name: Mapped[str | None] = mapped_column(String(200), default=None)
    document_symbol: Mapped[str | None] = mapped_column(String(40), default=None)
    place_name: Mapped[str | None] = mapped_column(String(80), default=None)
    signer_authority: Mapped[str | None] = mapped_column(String(200), default=None)
    signer_title: Mapped[str | None] = mapped_column(String(120), default=None)
    signer_name: Mapped[str | None] = mapped_column(String(120), default=None)
    recipients: Mapped[str | None] = mapped_column(Text, default=None)

    # The office this installation served before its unit ended (a district until 30/06/2025):
    # its data stays here as that office's history.
    former_office_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("admin_unit.id", ondelete="RESTRICT"), default=None
    )

    office_unit: Mapped[AdminUnit | None] = relationship(foreign_keys=[office_unit_id])
    former_office_unit: Mapped[AdminUnit | None] = relationship(
        foreign_keys=[former_office_unit_id]
    )

    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)


class AuditEntry(Base):
    """One recorded change: who, when, what, old -> new, why (and from which package)."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    operator: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(64))
    entity_key: Mapped[str] = mapped_column(String(200))
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("admin_unit.id", ondelete="SET NULL"), default=None
    )
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    package_ref: Mapped[str | None] = mapped_column(String(200), default=None)

    __table_args__ = (
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_entity_key", "entity", "entity_key"),
        Index("ix_audit_entry_unit_id", "unit_id"),
    )


class RefDataset(Base):
    """Which version of each bundled reference data set has been loaded (packages cite these)."""

    __tablename__ = "ref_dataset"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class PeriodLock(Base):
    """A year closed for editing (its report was sent); unlocking needs a reason (audited)."""

    __tablename__ = "period_lock"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    locked_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    locked_by: Mapped[str] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text, default=None)


class Campaign(Base):
    """A phong trào thi đua, from its launching document (e.g. Chỉ thị 10/CT-UBND, 13/12/2022)."""

    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    form: Mapped[str] = mapped_column(String(20))  # thuong_xuyen | chuyen_de
    theme: Mapped[str | None] = mapped_column(Text, default=None)
    doc_number: Mapped[str | None] = mapped_column(String(60), default=None)
    doc_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    doc_issuer: Mapped[str | None] = mapped_column(String(200), default=None)
    doc_summary: Mapped[str | None] = mapped_column(Text, default=None)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    scope_unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(20))  # draft | active | closed
    # The office whose definition this is; None = defined here (editable here).
    owner_code: Mapped[str | None] = mapped_column(String(16), default=None)
    demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint("start_date <= end_date", name="period"),
        CheckConstraint("form IN ('thuong_xuyen', 'chuyen_de')", name="form"),
        CheckConstraint("status IN ('draft', 'active', 'closed')", name="status"),
    )


class Indicator(Base):
    """A chỉ tiêu of a campaign: how it is measured, compared and where its value comes from."""

    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(500))
    unit_of_measure: Mapped[str] = mapped_column(String(40))
    decimals: Mapped[int] = mapped_column(Integer)
    comparator: Mapped[str] = mapped_column(String(20))  # at_least | at_most | range
    source: Mapped[str] = mapped_column(String(40))  # manual | sum | mean | computed:…
    min_value: Mapped[Decimal | None] = mapped_column(DecimalText(), default=None)
    max_value: Mapped[Decimal | None] = mapped_column(DecimalText(), default=None)
    whole_number: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(Text, default=None)

    __table_args__ = (
        UniqueConstraint("campaign_id", "code", name="uq_indicator_campaign_code"),
        CheckConstraint("decimals BETWEEN 0 AND 6", name="decimals"),
        CheckConstraint("comparator IN ('at_least', 'at_most', 'range')", name="comparator"),
    )


class Target(Base):
    """The target of an indicator for a unit and year (the scope's, or an allocation to a unit)."""

    __tablename__ = "target"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    low: Mapped[Decimal] = mapped_column(DecimalText())
    high: Mapped[Decimal | None] = mapped_column(DecimalText(), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)

    __table_args__ = (
        UniqueConstraint("indicator_id", "unit_id", "year", name="uq_target_cell"),
        Index("ix_target_year_unit", "year", "unit_id"),
        # An indicator's targets of a year (the computed indicators' targets, a whole country's
        # column): without it SQLite reads every target of the year.
        Index("ix_target_indicator_year_unit", "indicator_id", "year", "unit_id"),
    )


class Result(Base):
    """A value a unit reports for an indicator and year, with who entered it and where from."""

    __tablename__ = "result"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[Decimal] = mapped_column(DecimalText())
    note: Mapped[str | None] = mapped_column(Text, default=None)
    source: Mapped[str] = mapped_column(String(20), default="manual")  # manual | package | demo
    # The office that entered it; None = this installation (editable here).
    owner_code: Mapped[str | None] = mapped_column(String(16), default=None)
    entered_by: Mapped[str] = mapped_column(String(120))
    entered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        UniqueConstraint("indicator_id", "unit_id", "year", name="uq_result_cell"),
        Index("ix_result_year_unit", "year", "unit_id"),
    )


class Registration(Base):
    """Đăng ký thi đua: the titles a unit registers for in a campaign and year, and its review."""

    __tablename__ = "registration"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    titles: Mapped[str] = mapped_column(Text)
    registered_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))  # registered | approved | returned
    decided_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    return_reason: Mapped[str | None] = mapped_column(Text, default=None)
    owner_code: Mapped[str | None] = mapped_column(String(16), default=None)

    __table_args__ = (
        UniqueConstraint("campaign_id", "unit_id", "year", name="uq_registration_unit_year"),
        CheckConstraint("status IN ('registered', 'approved', 'returned')", name="status"),
    )


from thidua_desktop.store.models import security as security_models  # noqa: E402, F401  (registers the tables)

# isort: split
from thidua_desktop.store.models import rural as rural_models  # noqa: E402, F401  (registers the tables)

# isort: split
from thidua_desktop.store.models import exchange as exchange_models  # noqa: E402, F401  (registers the tables)

# isort: split
from thidua_desktop.store.models import awards as awards_models  # noqa: E402, F401  (registers the tables)

# isort: split
from thidua_desktop.store.models import attachments as attachments_models  # noqa: E402, F401  (registers the tables)
from thidua_desktop.store.models import certificates as certificates_models  # noqa: E402, F401  (registers the tables)
from thidua_desktop.store.models import clusters as clusters_models  # noqa: E402, F401  (registers the tables)
from thidua_desktop.store.models import fund as fund_models  # noqa: E402, F401  (registers the tables)
from thidua_desktop.store.models import statistics as statistics_models  # noqa: E402, F401  (registers the tables)
