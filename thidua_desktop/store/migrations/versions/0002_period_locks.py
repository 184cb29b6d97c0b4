"""period locks

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 15:18:27.098326
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "period_lock",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("locked_at", sa.DateTime(), nullable=False),
        sa.Column("locked_by", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_period_lock")),
    )


def downgrade() -> None:
    op.drop_table("period_lock")
