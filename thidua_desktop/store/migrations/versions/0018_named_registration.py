"""đăng ký thi đua by name: a recipient's registration for a title of a year

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "award_registration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("award_code", sa.String(length=40), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["award_recipient.id"],
            name=op.f("fk_award_registration_recipient_id_award_recipient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award_registration")),
        sa.UniqueConstraint("uid", name=op.f("uq_award_registration_uid")),
        sa.UniqueConstraint(
            "recipient_id", "year", "award_code", name="uq_award_registration_recipient_year_award"
        ),
    )
    with op.batch_alter_table("award_registration", schema=None) as batch_op:
        batch_op.create_index("ix_award_registration_year", ["year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("award_registration", schema=None) as batch_op:
        batch_op.drop_index("ix_award_registration_year")
    op.drop_table("award_registration")
