"""khu dân cư (thôn, ấp, khu vực, tổ dân phố) and their yearly ANTT results

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 13:13:43.736026
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "residential_area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column(
            "search_key",
            sa.String(length=300).with_variant(sa.String(length=300, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "sort_key",
            sa.String(length=600).with_variant(sa.String(length=600, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("first_year", sa.Integer(), nullable=True),
        sa.Column("last_year", sa.Integer(), nullable=True),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('thon', 'ap', 'khu_vuc', 'to_dan_pho', 'khu_pho', 'ban', 'khac')",
            name=op.f("ck_residential_area_kind"),
        ),
        sa.CheckConstraint(
            "first_year IS NULL OR last_year IS NULL OR first_year <= last_year",
            name=op.f("ck_residential_area_years"),
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["admin_unit.id"],
            name=op.f("fk_residential_area_unit_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_residential_area")),
        sa.UniqueConstraint("uid", name=op.f("uq_residential_area_uid")),
        sa.UniqueConstraint("unit_id", "search_key", name="uq_residential_area_unit_name"),
    )
    with op.batch_alter_table("residential_area", schema=None) as batch_op:
        batch_op.create_index(
            "ix_residential_area_unit_sort", ["unit_id", "sort_key"], unique=False
        )

    op.create_table(
        "residential_area_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("antt_result", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "antt_result IN ('met', 'not_met', 'pending')",
            name=op.f("ck_residential_area_status_antt_result"),
        ),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["residential_area.id"],
            name=op.f("fk_residential_area_status_area_id_residential_area"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_residential_area_status")),
        sa.UniqueConstraint("area_id", "year", name="uq_residential_area_status_area_year"),
    )


def downgrade() -> None:
    op.drop_table("residential_area_status")
    with op.batch_alter_table("residential_area", schema=None) as batch_op:
        batch_op.drop_index("ix_residential_area_unit_sort")

    op.drop_table("residential_area")
