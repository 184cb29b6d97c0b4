"""quỹ thi đua, khen thưởng: category list, opening balances, the book's lines

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06 03:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fund_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=3), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("kind IN ('thu', 'chi')", name=op.f("ck_fund_category_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_category")),
        sa.UniqueConstraint("kind", "code", name="uq_fund_category_kind_code"),
    )
    op.create_table(
        "fund_opening",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["admin_unit.id"],
            name=op.f("fk_fund_opening_unit_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_opening")),
        sa.UniqueConstraint("unit_id", "year", name="uq_fund_opening_unit_year"),
    )
    op.create_table(
        "fund_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=3), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("category_code", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('thu', 'chi')", name=op.f("ck_fund_entry_kind")),
        sa.CheckConstraint("amount > 0", name=op.f("ck_fund_entry_amount_positive")),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["award_decision.id"],
            name=op.f("fk_fund_entry_decision_id_award_decision"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["admin_unit.id"],
            name=op.f("fk_fund_entry_unit_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_entry")),
        sa.UniqueConstraint("uid", name=op.f("uq_fund_entry_uid")),
    )
    with op.batch_alter_table("fund_entry", schema=None) as batch_op:
        batch_op.create_index("ix_fund_entry_decision", ["decision_id"], unique=False)
        batch_op.create_index("ix_fund_entry_unit_year", ["unit_id", "year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("fund_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_fund_entry_unit_year")
        batch_op.drop_index("ix_fund_entry_decision")

    op.drop_table("fund_entry")
    op.drop_table("fund_opening")
    op.drop_table("fund_category")
