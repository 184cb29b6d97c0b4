"""Tables for data packages: packages imported, packages exported, producers' public keys."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from thidua_desktop.store.base import Base, UtcDateTime

KINDS = "('data', 'definitions', 'cluster_table', 'cluster_scores')"


class ExchangeImport(Base):
    """A package applied here: who produced it, for which scope and year, and what it changed.

    The last applied sequence per (producer installation, kind, scope, period) decides whether a
    later package is newer, the same (nothing to do) or older (refused)."""

    __tablename__ = "exchange_import"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    format_version: Mapped[int] = mapped_column(Integer)
    producer_code: Mapped[str] = mapped_column(String(16))
    producer_name: Mapped[str] = mapped_column(String(200))
    producer_installation: Mapped[str] = mapped_column(String(36))
    scope_code: Mapped[str] = mapped_column(String(16))
    period: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    file_sha256: Mapped[str] = mapped_column(String(64))
    # unsigned | verified | unverified (signed, but no key registered for the producer)
    signature: Mapped[str] = mapped_column(String(20))
    inbox_name: Mapped[str] = mapped_column(String(200))
    original_name: Mapped[str] = mapped_column(String(260))
    imported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    imported_by: Mapped[str] = mapped_column(String(120))
    rows: Mapped[int] = mapped_column(Integer)
    # The plan's counts per table, as JSON ({"result": {"new": 3, …}, …}).
    summary: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint(f"kind IN {KINDS}", name="kind"),
        Index(
            "ix_exchange_import_producer",
            "producer_installation",
            "kind",
            "scope_code",
            "period",
        ),
        Index("ix_exchange_import_period", "period", "producer_code"),
    )


class ExchangePackage(Base):
    """Server mode only: the bytes of an imported package, kept with its import record in the
    shared database so that any staff member's PC can save a copy of it (on one PC the copy is
    the read-only file in inbox/, and this table stays empty)."""

    __tablename__ = "exchange_package"

    import_id: Mapped[int] = mapped_column(
        ForeignKey("exchange_import.id", ondelete="CASCADE"), primary_key=True
    )
    file_sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class ExchangeExport(Base):
    """A package written here; `sequence` is this installation's counter, one per package."""

    __tablename__ = "exchange_export"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    scope_code: Mapped[str] = mapped_column(String(16))
    period: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[str] = mapped_column(String(120))
    file_name: Mapped[str] = mapped_column(String(260))
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)
    signed: Mapped[bool] = mapped_column(default=False)
    # The manifest's coverage (JSON: table -> unit codes): the next package of the same scope
    # and period still covers these units, so a unit whose last row was deleted here has that
    # deletion carried to the receiver instead of keeping its old rows there.
    coverage: Mapped[str | None] = mapped_column(Text, default=None)

    __table_args__ = (CheckConstraint(f"kind IN {KINDS}", name="kind"),)


class ProducerKey(Base):
    """A public key registered explicitly for an office's installation (never trusted silently).

    Once an office has a registered key, its packages must carry a valid signature by one."""

    __tablename__ = "producer_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_code: Mapped[str] = mapped_column(String(16))
    office_name: Mapped[str] = mapped_column(String(200))
    installation_id: Mapped[str] = mapped_column(String(36))
    public_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519 key, base64
    fingerprint: Mapped[str] = mapped_column(String(64))  # sha256 of the raw key, hex
    registered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    registered_by: Mapped[str] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text, default=None)

    __table_args__ = (
        UniqueConstraint("fingerprint", name="uq_producer_key_fingerprint"),
        Index("ix_producer_key_office", "office_code"),
    )


class OfficeKey(Base):
    """Server mode only: the office's package-signing key, in the shared database so that every
    staff member's PC signs the office's packages with the same key (on one PC the key is the
    file keys/ed25519-private.pem, and this table stays empty)."""

    __tablename__ = "office_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    private_pem: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[str] = mapped_column(String(120))

    __table_args__ = (CheckConstraint("id = 1", name="single"),)
