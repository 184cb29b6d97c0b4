"""Database tables as typed SQLAlchemy models (the schema Alembic migrations must reproduce)."""

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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from thidua_desktop.store.base import Base, UtcDateTime


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
    search_key: Mapped[str] = mapped_column(String(300))
    sort_key: Mapped[str] = mapped_column(String(600))
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

    office_unit: Mapped[AdminUnit | None] = relationship()

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
