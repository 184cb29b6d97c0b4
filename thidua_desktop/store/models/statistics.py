"""What the annual statistics of TĐKT work (biểu 0604, 0605 of TT 02/2023/TT-BNV) count and
the application does not otherwise know: the office's TĐKT bodies and the civil servants who
do TĐKT work, as entered in Cài đặt."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from thidua_desktop.store.base import Base, UtcDateTime

BODY_KINDS = (
    "('ministry_department', 'department_section', 'home_affairs_board', 'home_affairs_section')"
)
TRAININGS = "('so_cap', 'trung_cap', 'cao_dang', 'dai_hoc', 'tren_dai_hoc')"


class TdktBody(Base):
    """A body doing TĐKT work (a Vụ, a Ban or a phòng of the Sở Nội vụ…), in the years from
    `since_year` to `until_year` (None: still there)."""

    __tablename__ = "tdkt_body"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30))
    since_year: Mapped[int] = mapped_column(Integer)
    until_year: Mapped[int | None] = mapped_column(Integer, default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint(f"kind IN {BODY_KINDS}", name="kind"),
        CheckConstraint("until_year IS NULL OR until_year >= since_year", name="years"),
    )


class TdktStaff(Base):
    """A civil servant doing TĐKT work: gender, year of birth, training, the year they began
    TĐKT work (seniority) and, once they left it, the last year."""

    __tablename__ = "tdkt_staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    gender: Mapped[str] = mapped_column(String(10))
    birth_year: Mapped[int] = mapped_column(Integer)
    training: Mapped[str] = mapped_column(String(20))
    since_year: Mapped[int] = mapped_column(Integer)
    until_year: Mapped[int | None] = mapped_column(Integer, default=None)
    body_id: Mapped[int | None] = mapped_column(
        ForeignKey("tdkt_body.id", ondelete="SET NULL"), default=None
    )
    note: Mapped[str | None] = mapped_column(Text, default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint("gender IN ('male', 'female')", name="gender"),
        CheckConstraint(f"training IN {TRAININGS}", name="training"),
        CheckConstraint("until_year IS NULL OR until_year >= since_year", name="years"),
        CheckConstraint("since_year >= birth_year", name="born_before"),
    )
