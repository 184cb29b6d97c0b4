"""certificates: an office's calibration of each layout to its printer and blanks

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 01:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "certificate_calibration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("layout_code", sa.String(length=40), nullable=False),
        sa.Column("dx", sa.Float(), nullable=False),
        sa.Column("dy", sa.Float(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_calibration")),
        sa.UniqueConstraint("layout_code", name=op.f("uq_certificate_calibration_layout_code")),
    )


def downgrade() -> None:
    op.drop_table("certificate_calibration")
