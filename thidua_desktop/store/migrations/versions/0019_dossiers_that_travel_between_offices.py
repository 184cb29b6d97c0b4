"""dossiers that travel between offices

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 20:33:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dossier_exchange",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("counterpart_code", sa.String(length=16), nullable=False),
        sa.Column("counterpart_name", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("times_sent", sa.Integer(), nullable=False),
        sa.Column("dossier_sequence", sa.Integer(), nullable=False),
        sa.Column("dossier_sha256", sa.String(length=64), nullable=False),
        sa.Column("dossier_at", sa.DateTime(), nullable=False),
        sa.Column("reply_sequence", sa.Integer(), nullable=True),
        sa.Column("reply_sha256", sa.String(length=64), nullable=True),
        sa.Column("reply_at", sa.DateTime(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("return_reason", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("role IN ('sent', 'received')", name=op.f("ck_dossier_exchange_role")),
        sa.CheckConstraint(
            "status IN ('sent', 'received', 'reviewing', 'returned', 'decided')",
            name=op.f("ck_dossier_exchange_status"),
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["award_proposal.id"],
            name=op.f("fk_dossier_exchange_proposal_id_award_proposal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_exchange")),
        sa.UniqueConstraint("proposal_id", name=op.f("uq_dossier_exchange_proposal_id")),
    )
    op.create_table(
        "dossier_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("by", sa.String(length=120), nullable=False),
        sa.CheckConstraint("direction IN ('out', 'in')", name=op.f("ck_dossier_event_direction")),
        sa.CheckConstraint(
            "status IN ('sent', 'received', 'reviewing', 'returned', 'decided')",
            name=op.f("ck_dossier_event_status"),
        ),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["dossier_exchange.id"],
            name=op.f("fk_dossier_event_exchange_id_dossier_exchange"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_event")),
    )
    with op.batch_alter_table("dossier_event", schema=None) as batch_op:
        batch_op.create_index("ix_dossier_event_exchange", ["exchange_id"], unique=False)
        batch_op.create_index(
            "ix_dossier_event_out_sequence", ["direction", "sequence"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("dossier_event", schema=None) as batch_op:
        batch_op.drop_index("ix_dossier_event_out_sequence")
        batch_op.drop_index("ix_dossier_event_exchange")

    op.drop_table("dossier_event")
    op.drop_table("dossier_exchange")
