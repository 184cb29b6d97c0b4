"""initiatives (sáng kiến) with their authors; recipients' pending cases

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06 04:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "initiative",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("field", sa.String(length=200), nullable=True),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("document_number", sa.String(length=60), nullable=True),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "level IN ('co_so', 'tinh', 'toan_quoc')", name=op.f("ck_initiative_level")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["admin_unit.id"],
            name=op.f("fk_initiative_unit_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiative")),
        sa.UniqueConstraint("uid", name=op.f("uq_initiative_uid")),
    )
    op.create_index("ix_initiative_year", "initiative", ["year"])
    op.create_table(
        "initiative_author",
        sa.Column("initiative_id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiative.id"],
            name=op.f("fk_initiative_author_initiative_id_initiative"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["award_recipient.id"],
            name=op.f("fk_initiative_author_recipient_id_award_recipient"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "initiative_id", "recipient_id", name=op.f("pk_initiative_author")
        ),
    )
    op.create_index("ix_initiative_author_recipient", "initiative_author", ["recipient_id"])
    op.create_table(
        "recipient_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('discipline', 'inspection', 'complaint')", name=op.f("ck_recipient_case_kind")
        ),
        sa.CheckConstraint(
            "closed_on IS NULL OR closed_on >= opened_on", name=op.f("ck_recipient_case_dates")
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["award_recipient.id"],
            name=op.f("fk_recipient_case_recipient_id_award_recipient"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient_case")),
    )
    op.create_index("ix_recipient_case_recipient", "recipient_case", ["recipient_id"])


def downgrade() -> None:
    op.drop_table("recipient_case")
    op.drop_table("initiative_author")
    op.drop_table("initiative")
