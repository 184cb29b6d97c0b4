"""rural: nong thon moi criteria, recognitions, plans

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 15:56:19.496183
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rural_criteria_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("first_year", sa.Integer(), nullable=False),
        sa.Column("last_year", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=True),
        sa.Column("groups", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "code IN ('ntm', 'nang_cao', 'kieu_mau')", name=op.f("ck_rural_criteria_set_code")
        ),
        sa.CheckConstraint("first_year <= last_year", name=op.f("ck_rural_criteria_set_years")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rural_criteria_set")),
        sa.UniqueConstraint("code", "first_year", name="uq_rural_criteria_set_code_period"),
    )
    op.create_table(
        "rural_criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("group_code", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("indicators", sa.Text(), nullable=True),
        sa.Column("revocation_key", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["set_id"],
            ["rural_criteria_set.id"],
            name=op.f("fk_rural_criterion_set_id_rural_criteria_set"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rural_criterion")),
        sa.UniqueConstraint("set_id", "code", name="uq_rural_criterion_set_code"),
    )
    op.create_table(
        "rural_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("owner_code", sa.String(length=16), nullable=True),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "level IN ('ntm', 'nang_cao', 'kieu_mau')", name=op.f("ck_rural_plan_level")
        ),
        sa.CheckConstraint(
            "source IN ('manual', 'demo', 'package')", name=op.f("ck_rural_plan_source")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["admin_unit.id"],
            name=op.f("fk_rural_plan_unit_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rural_plan")),
        sa.UniqueConstraint("uid", name=op.f("uq_rural_plan_uid")),
        sa.UniqueConstraint("unit_id", "year", name="uq_rural_plan_unit_year"),
    )
    with op.batch_alter_table("rural_plan", schema=None) as batch_op:
        batch_op.create_index("ix_rural_plan_year", ["year"], unique=False)

    op.create_table(
        "rural_recognition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("decision_number", sa.String(length=60), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=False),
        sa.Column("issuer", sa.String(length=200), nullable=True),
        sa.Column("announced_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("revocation_number", sa.String(length=60), nullable=True),
        sa.Column("revocation_issuer", sa.String(length=200), nullable=True),
        sa.Column("revocation_reason", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("owner_code", sa.String(length=16), nullable=True),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "level IN ('ntm', 'nang_cao', 'kieu_mau')", name=op.f("ck_rural_recognition_level")
        ),
        sa.CheckConstraint(
            "source IN ('manual', 'demo', 'package')", name=op.f("ck_rural_recognition_source")
        ),
        sa.CheckConstraint(
            "revoked_on IS NULL OR revoked_on >= decision_date",
            name=op.f("ck_rural_recognition_revocation"),
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["admin_unit.id"],
            name=op.f("fk_rural_recognition_unit_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rural_recognition")),
        sa.UniqueConstraint("uid", name=op.f("uq_rural_recognition_uid")),
    )
    with op.batch_alter_table("rural_recognition", schema=None) as batch_op:
        batch_op.create_index("ix_rural_recognition_unit", ["unit_id"], unique=False)
        batch_op.create_index("ix_rural_recognition_year", ["year"], unique=False)

    op.create_table(
        "rural_criterion_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=True),
        sa.Column("evidence_note", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("owner_code", sa.String(length=16), nullable=True),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "source IN ('manual', 'demo', 'package')", name=op.f("ck_rural_criterion_status_source")
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["rural_criterion.id"],
            name=op.f("fk_rural_criterion_status_criterion_id_rural_criterion"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["admin_unit.id"],
            name=op.f("fk_rural_criterion_status_unit_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rural_criterion_status")),
        sa.UniqueConstraint("uid", name=op.f("uq_rural_criterion_status_uid")),
        sa.UniqueConstraint(
            "unit_id", "year", "criterion_id", name="uq_rural_criterion_status_cell"
        ),
    )
    with op.batch_alter_table("rural_criterion_status", schema=None) as batch_op:
        batch_op.create_index(
            "ix_rural_criterion_status_year_unit", ["year", "unit_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("rural_criterion_status", schema=None) as batch_op:
        batch_op.drop_index("ix_rural_criterion_status_year_unit")

    op.drop_table("rural_criterion_status")
    with op.batch_alter_table("rural_recognition", schema=None) as batch_op:
        batch_op.drop_index("ix_rural_recognition_year")
        batch_op.drop_index("ix_rural_recognition_unit")

    op.drop_table("rural_recognition")
    with op.batch_alter_table("rural_plan", schema=None) as batch_op:
        batch_op.drop_index("ix_rural_plan_year")

    op.drop_table("rural_plan")
    op.drop_table("rural_criterion")
    op.drop_table("rural_criteria_set")
