"""office key in the database for server mode

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 01:37:19.125550
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_key",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("private_pem", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_office_key_single")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_key")),
    )


def downgrade() -> None:
    op.drop_table("office_key")
