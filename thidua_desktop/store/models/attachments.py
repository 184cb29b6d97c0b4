"""Files attached to records (a campaign's launching document; proposals and decisions next):
the record of each attachment here, the bytes in the data folder named by their SHA-256."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from thidua_desktop.store.base import Base, UtcDateTime

OWNER_KINDS = (
    "('campaign', 'award_proposal', 'award_line', 'award_decision', 'emulation_cluster', "
    "'cluster_score')"
)
ATTACHMENT_KINDS = (
    "('van_ban_phat_dong', 'to_trinh', 'bao_cao_thanh_tich', 'bien_ban', 'quyet_dinh', "
    "'sang_kien', 'giao_uoc', 'minh_chung', 'khac')"
)


class Attachment(Base):
    """One file attached to one record. The owner is named by kind and uid, not by a foreign
    key, so one table serves every kind of record (and a record's deletion removes its
    attachments in the same service call)."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    owner_kind: Mapped[str] = mapped_column(String(20))
    owner_uid: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(255))  # as the user's file was called
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(String(500), default=None)
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    added_by: Mapped[str] = mapped_column(String(120))

    __table_args__ = (
        CheckConstraint(f"owner_kind IN {OWNER_KINDS}", name="owner_kind"),
        CheckConstraint(f"kind IN {ATTACHMENT_KINDS}", name="kind"),
        CheckConstraint("size >= 0", name="size"),
        CheckConstraint("length(sha256) = 64", name="sha256"),
        UniqueConstraint("owner_kind", "owner_uid", "sha256", name="uq_attachment_owner_file"),
        Index("ix_attachment_owner", "owner_kind", "owner_uid"),
        Index("ix_attachment_sha256", "sha256"),
    )
