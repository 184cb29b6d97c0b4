"""a proposal may be the record of an award decided elsewhere (source 'recorded')

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 18:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("award_proposal", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_award_proposal_source"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_award_proposal_source"), "source IN ('manual', 'demo', 'recorded')"
        )


def downgrade() -> None:
    op.execute("UPDATE award_proposal SET source = 'manual' WHERE source = 'recorded'")
    with op.batch_alter_table("award_proposal", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_award_proposal_source"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_award_proposal_source"), "source IN ('manual', 'demo')"
        )
