"""unit succession, export coverage, the former office of a moved installation

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 18:53:18.609454
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unit_succession",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("old_id", sa.Integer(), nullable=False),
        sa.Column("new_id", sa.Integer(), nullable=False),
        sa.Column("part", sa.String(length=10), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("legal_basis", sa.String(length=200), nullable=True),
        sa.Column("clause", sa.String(length=80), nullable=True),
        sa.Column("checked", sa.String(length=30), nullable=True),
        sa.Column("source", sa.String(length=64), nullable=True),
        sa.CheckConstraint("part IN ('whole', 'partial')", name=op.f("ck_unit_succession_part")),
        sa.CheckConstraint("old_id <> new_id", name=op.f("ck_unit_succession_distinct_versions")),
        sa.ForeignKeyConstraint(
            ["new_id"],
            ["admin_unit.id"],
            name=op.f("fk_unit_succession_new_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["old_id"],
            ["admin_unit.id"],
            name=op.f("fk_unit_succession_old_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_succession")),
        sa.UniqueConstraint("old_id", "new_id", name="uq_unit_succession_pair"),
    )
    with op.batch_alter_table("unit_succession", schema=None) as batch_op:
        batch_op.create_index("ix_unit_succession_new_id", ["new_id"], unique=False)

    with op.batch_alter_table("exchange_export", schema=None) as batch_op:
        batch_op.add_column(sa.Column("coverage", sa.Text(), nullable=True))

    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("former_office_unit_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_profile_former_office_unit_id_admin_unit"),
            "admin_unit",
            ["former_office_unit_id"],
            ["id"],
            ondelete="RESTRICT",
        )


def downgrade() -> None:
    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_profile_former_office_unit_id_admin_unit"), type_="foreignkey"
        )
        batch_op.drop_column("former_office_unit_id")

    with op.batch_alter_table("exchange_export", schema=None) as batch_op:
        batch_op.drop_column("coverage")

    with op.batch_alter_table("unit_succession", schema=None) as batch_op:
        batch_op.drop_index("ix_unit_succession_new_id")

    op.drop_table("unit_succession")
