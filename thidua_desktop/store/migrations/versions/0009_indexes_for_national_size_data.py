"""indexes for national-size data

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25 17:53:07.103989
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("rural_criterion_status", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rural_criterion_status_year_unit"))
        batch_op.create_index(
            "ix_rural_criterion_status_year_unit_met",
            ["year", "unit_id", "criterion_id", "met"],
            unique=False,
        )

    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.create_index(
            "ix_target_indicator_year_unit", ["indicator_id", "year", "unit_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.drop_index("ix_target_indicator_year_unit")

    with op.batch_alter_table("rural_criterion_status", schema=None) as batch_op:
        batch_op.drop_index("ix_rural_criterion_status_year_unit_met")
        batch_op.create_index(
            batch_op.f("ix_rural_criterion_status_year_unit"), ["year", "unit_id"], unique=False
        )
