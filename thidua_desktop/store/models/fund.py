"""Tables for the quỹ thi đua, khen thưởng: the office's category list, the balance set for the
first day of a year, and the book's lines (receipts and payments, a payment perhaps of a
decision's tiền thưởng)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
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

ENTRY_KINDS = "('thu', 'chi')"


class FundCategory(Base):
    """A mục thu or mục chi of the office's list (the defaults until the office changes one)."""

    __tablename__ = "fund_category"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(3))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (
        CheckConstraint(f"kind IN {ENTRY_KINDS}", name="kind"),
        UniqueConstraint("kind", "code", name="uq_fund_category_kind_code"),
    )


class FundOpening(Base):
    """The fund's balance on 1 January of `year` as the office set it (the book's first year,
    or after a settlement); other years carry the year before's closing balance."""

    __tablename__ = "fund_opening"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[str] = mapped_column(String(120))

    __table_args__ = (UniqueConstraint("unit_id", "year", name="uq_fund_opening_unit_year"),)


class FundEntry(Base):
    """A line of the book: a receipt (thu) or payment (chi) in whole đồng with its chứng từ.

    `decision_id` links a payment to the award decision whose tiền thưởng it pays (kept as
    NULL when the decision is removed: the money left the fund all the same)."""

    __tablename__ = "fund_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(3))
    number: Mapped[str] = mapped_column(String(60))
    entry_date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(BigInteger)
    category_code: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("award_decision.id", ondelete="SET NULL"), default=None
    )
    entered_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint(f"kind IN {ENTRY_KINDS}", name="kind"),
        CheckConstraint("amount > 0", name="amount_positive"),
        Index("ix_fund_entry_unit_year", "unit_id", "year"),
        Index("ix_fund_entry_decision", "decision_id"),
    )
