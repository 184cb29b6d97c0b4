"""Tables for "3 không" and "an toàn về ANTT": the component list and each unit's yearly status."""

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

from thidua_desktop.store.base import Base, DecimalText, UtcDateTime, sort_key_type

ASSESSMENTS = "('met', 'not_met', 'pending')"


class SecurityComponent(Base):
    """One "không" of the local "3 không" model (reference data a city may change).

    A component applies to the years from `first_year` to `last_year` (open when None), so a city
    that adds or drops one keeps the earlier years' evaluations as they were."""

    __tablename__ = "security_component"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    first_year: Mapped[int | None] = mapped_column(Integer, default=None)
    last_year: Mapped[int | None] = mapped_column(Integer, default=None)
    # The reference data set it came from; None = defined by this office.
    source: Mapped[str | None] = mapped_column(String(64), default=None)

    __table_args__ = (
        CheckConstraint(
            "first_year IS NULL OR last_year IS NULL OR first_year <= last_year", name="years"
        ),
    )


class SecurityStatus(Base):
    """A commune-level unit's "3 không"/ANTT record for one year (its components hang below)."""

    __tablename__ = "security_status"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    antt_registered_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    # Share (%) of khu dân cư, agencies, enterprises, schools recognised "an toàn về ANTT".
    antt_recognised_share: Mapped[Decimal | None] = mapped_column(DecimalText(), default=None)
    antt_result: Mapped[str] = mapped_column(String(10), default="pending")
    decision_number: Mapped[str | None] = mapped_column(String(60), default=None)
    decision_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    decision_issuer: Mapped[str | None] = mapped_column(String(200), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    source: Mapped[str] = mapped_column(String(20), default="manual")  # manual|copied|demo|package
    # The office that entered it; None = this installation (editable here).
    owner_code: Mapped[str | None] = mapped_column(String(16), default=None)
    entered_by: Mapped[str] = mapped_column(String(120))
    entered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint(f"antt_result IN {ASSESSMENTS}", name="antt_result"),
        CheckConstraint("source IN ('manual', 'copied', 'demo', 'package')", name="source"),
        UniqueConstraint("unit_id", "year", name="uq_security_status_unit_year"),
        Index("ix_security_status_year_unit", "year", "unit_id"),
    )


class SecurityComponentStatus(Base):
    """One component's state for a unit and year, with its evidence (note and date)."""

    __tablename__ = "security_component_status"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status_id: Mapped[int] = mapped_column(ForeignKey("security_status.id", ondelete="CASCADE"))
    component_id: Mapped[int] = mapped_column(
        ForeignKey("security_component.id", ondelete="RESTRICT")
    )
    status: Mapped[str] = mapped_column(String(10))
    evidence_note: Mapped[str | None] = mapped_column(Text, default=None)
    evidence_date: Mapped[dt.date | None] = mapped_column(Date, default=None)

    __table_args__ = (
        CheckConstraint(f"status IN {ASSESSMENTS}", name="status"),
        UniqueConstraint("status_id", "component_id", name="uq_security_component_status_cell"),
    )


AREA_KINDS = "('thon', 'ap', 'khu_vuc', 'to_dan_pho', 'khu_pho', 'ban', 'khac')"


class ResidentialArea(Base):
    """A khu dân cư of a commune (thôn, ấp, khu vực, tổ dân phố…), from `first_year` to
    `last_year` (open when None): communes merge and split their areas from year to year."""

    __tablename__ = "residential_area"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(12), default="khac")
    search_key: Mapped[str] = mapped_column(sort_key_type(300))
    sort_key: Mapped[str] = mapped_column(sort_key_type(600))
    first_year: Mapped[int | None] = mapped_column(Integer, default=None)
    last_year: Mapped[int | None] = mapped_column(Integer, default=None)
    entered_by: Mapped[str] = mapped_column(String(120))
    entered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint(f"kind IN {AREA_KINDS}", name="kind"),
        CheckConstraint(
            "first_year IS NULL OR last_year IS NULL OR first_year <= last_year", name="years"
        ),
        UniqueConstraint("unit_id", "search_key", name="uq_residential_area_unit_name"),
        Index("ix_residential_area_unit_sort", "unit_id", "sort_key"),
    )


class ResidentialAreaStatus(Base):
    """A khu dân cư's "an toàn về ANTT" result for one year, with a note."""

    __tablename__ = "residential_area_status"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("residential_area.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    antt_result: Mapped[str] = mapped_column(String(10), default="pending")
    note: Mapped[str | None] = mapped_column(Text, default=None)
    entered_by: Mapped[str] = mapped_column(String(120))
    entered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint(f"antt_result IN {ASSESSMENTS}", name="antt_result"),
        UniqueConstraint("area_id", "year", name="uq_residential_area_status_area_year"),
    )
