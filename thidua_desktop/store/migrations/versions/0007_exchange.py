"""exchange: imports, producers, exports

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 16:34:20.169177
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("scope_code", sa.String(length=16), nullable=False),
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.CheckConstraint("kind IN ('data', 'definitions')", name=op.f("ck_exchange_export_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_export")),
        sa.UniqueConstraint("sequence", name=op.f("uq_exchange_export_sequence")),
    )
    op.create_table(
        "exchange_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("format_version", sa.Integer(), nullable=False),
        sa.Column("producer_code", sa.String(length=16), nullable=False),
        sa.Column("producer_name", sa.String(length=200), nullable=False),
        sa.Column("producer_installation", sa.String(length=36), nullable=False),
        sa.Column("scope_code", sa.String(length=16), nullable=False),
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=20), nullable=False),
        sa.Column("inbox_name", sa.String(length=200), nullable=False),
        sa.Column("original_name", sa.String(length=260), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=120), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('data', 'definitions')", name=op.f("ck_exchange_import_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_import")),
    )
    with op.batch_alter_table("exchange_import", schema=None) as batch_op:
        batch_op.create_index(
            "ix_exchange_import_period", ["period", "producer_code"], unique=False
        )
        batch_op.create_index(
            "ix_exchange_import_producer",
            ["producer_installation", "kind", "scope_code", "period"],
            unique=False,
        )

    op.create_table(
        "producer_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_code", sa.String(length=16), nullable=False),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("installation_id", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_producer_key")),
        sa.UniqueConstraint("fingerprint", name="uq_producer_key_fingerprint"),
    )
    with op.batch_alter_table("producer_key", schema=None) as batch_op:
        batch_op.create_index("ix_producer_key_office", ["office_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("producer_key", schema=None) as batch_op:
        batch_op.drop_index("ix_producer_key_office")

    op.drop_table("producer_key")
    with op.batch_alter_table("exchange_import", schema=None) as batch_op:
        batch_op.drop_index("ix_exchange_import_producer")
        batch_op.drop_index("ix_exchange_import_period")

    op.drop_table("exchange_import")
    op.drop_table("exchange_export")
