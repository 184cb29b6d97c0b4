"""the tiền thưởng a decision pays, fixed when it is recorded

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 22:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("award_decision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reward_money", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("award_decision", schema=None) as batch_op:
        batch_op.drop_column("reward_money")
