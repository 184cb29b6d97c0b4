"""Tables for nông thôn mới: criteria sets, each commune's criteria, recognitions and plans."""

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

from thidua_desktop.store.base import Base, UtcDateTime

LEVELS = "('ntm', 'nang_cao', 'kieu_mau')"
SOURCES = "('manual', 'demo', 'package')"


class RuralCriteriaSet(Base):
    """A criteria set of one programme period (reference data; a city may load its own version).

    `code` is the level the set is for (ntm, nang_cao, kieu_mau)."""

    __tablename__ = "rural_criteria_set"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    version: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    legal_basis: Mapped[str | None] = mapped_column(Text, default=None)
    # "I=Quy hoạch\nII=Hạ tầng kinh tế - xã hội…": the groups' names, in order.
    groups: Mapped[str] = mapped_column(Text, default="")
    # The reference file it came from (dataset name), for the audit trail and packages.
    source: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        CheckConstraint(f"code IN {LEVELS}", name="code"),
        CheckConstraint("first_year <= last_year", name="years"),
        UniqueConstraint("code", "first_year", name="uq_rural_criteria_set_code_period"),
    )


class RuralCriterion(Base):
    """One criterion (tiêu chí) of a set, or one condition of the kiểu mẫu set."""

    __tablename__ = "rural_criterion"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("rural_criteria_set.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(10))  # "1" … "19", or "a" … "d"
    position: Mapped[int] = mapped_column(Integer)
    group_code: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(300))
    indicators: Mapped[str | None] = mapped_column(Text, default=None)
    # Named in the QĐ 18/2022 revocation rule (Thu nhập, Môi trường…, Quốc phòng và An ninh).
    revocation_key: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(Text, default=None)

    __table_args__ = (UniqueConstraint("set_id", "code", name="uq_rural_criterion_set_code"),)


class RuralCriterionStatus(Base):
    """Whether a commune meets one criterion in a year, with the value and the evidence."""

    __tablename__ = "rural_criterion_status"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("rural_criterion.id", ondelete="RESTRICT"))
    met: Mapped[bool] = mapped_column()
    value: Mapped[str | None] = mapped_column(String(200), default=None)
    evidence_note: Mapped[str | None] = mapped_column(Text, default=None)
    source: Mapped[str] = mapped_column(String(20), default="manual")
    # The office that entered it; None = this installation (editable here).
    owner_code: Mapped[str | None] = mapped_column(String(16), default=None)
    entered_by: Mapped[str] = mapped_column(String(120))
    entered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint(f"source IN {SOURCES}", name="source"),
        UniqueConstraint("unit_id", "year", "criterion_id", name="uq_rural_criterion_status_cell"),
        # Covering what the lists read (met per criterion), so they never touch the table rows.
        Index("ix_rural_criterion_status_year_unit_met", "year", "unit_id", "criterion_id", "met"),
    )


class RuralRecognition(Base):
    """A decision recognising a commune at a level, and its revocation when there is one."""

    __tablename__ = "rural_recognition"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    level: Mapped[str] = mapped_column(String(20))
    # The year recognised as meeting the standard for ("đạt chuẩn năm 2022").
    year: Mapped[int] = mapped_column(Integer)
    decision_number: Mapped[str] = mapped_column(String(60))
    decision_date: Mapped[dt.date] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(String(200), default=None)
    announced_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    revoked_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    revocation_number: Mapped[str | None] = mapped_column(String(60), default=None)
    revocation_issuer: Mapped[str | None] = mapped_column(String(200), default=None)
    revocation_reason: Mapped[str | None] = mapped_column(Text, default=None)
    source: Mapped[str] = mapped_column(String(20), default="manual")
    owner_code: Mapped[str | None] = mapped_column(String(16), default=None)
    entered_by: Mapped[str] = mapped_column(String(120))
    entered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint(f"level IN {LEVELS}", name="level"),
        CheckConstraint(f"source IN {SOURCES}", name="source"),
        CheckConstraint("revoked_on IS NULL OR revoked_on >= decision_date", name="revocation"),
        Index("ix_rural_recognition_unit", "unit_id"),
        Index("ix_rural_recognition_year", "year"),
    )


class RuralPlan(Base):
    """A commune's plan: the level it aims to be recognised at in a year."""

    __tablename__ = "rural_plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text, default=None)
    source: Mapped[str] = mapped_column(String(20), default="manual")
    owner_code: Mapped[str | None] = mapped_column(String(16), default=None)
    entered_by: Mapped[str] = mapped_column(String(120))
    entered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint(f"level IN {LEVELS}", name="level"),
        CheckConstraint(f"source IN {SOURCES}", name="source"),
        UniqueConstraint("unit_id", "year", name="uq_rural_plan_unit_year"),
        Index("ix_rural_plan_year", "year"),
    )
