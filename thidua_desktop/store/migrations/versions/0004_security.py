"""security: 3 khong and ANTT

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 15:30:01.777982
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "security_component",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("first_year", sa.Integer(), nullable=True),
        sa.Column("last_year", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=64), nullable=True),
        sa.CheckConstraint(
            "first_year IS NULL OR last_year IS NULL OR first_year <= last_year",
            name=op.f("ck_security_component_years"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_component")),
        sa.UniqueConstraint("code", name=op.f("uq_security_component_code")),
    )
    op.create_table(
        "security_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("antt_registered_on", sa.Date(), nullable=True),
        sa.Column("antt_recognised_share", sa.String(length=40), nullable=True),
        sa.Column("antt_result", sa.String(length=10), nullable=False),
        sa.Column("decision_number", sa.String(length=60), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("decision_issuer", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("owner_code", sa.String(length=16), nullable=True),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "antt_result IN ('met', 'not_met', 'pending')",
            name=op.f("ck_security_status_antt_result"),
        ),
        sa.CheckConstraint(
            "source IN ('manual', 'copied', 'demo', 'package')",
            name=op.f("ck_security_status_source"),
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["admin_unit.id"],
            name=op.f("fk_security_status_unit_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_status")),
        sa.UniqueConstraint("uid", name=op.f("uq_security_status_uid")),
        sa.UniqueConstraint("unit_id", "year", name="uq_security_status_unit_year"),
    )
    with op.batch_alter_table("security_status", schema=None) as batch_op:
        batch_op.create_index("ix_security_status_year_unit", ["year", "unit_id"], unique=False)

    op.create_table(
        "security_component_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status_id", sa.Integer(), nullable=False),
        sa.Column("component_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("evidence_note", sa.Text(), nullable=True),
        sa.Column("evidence_date", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "status IN ('met', 'not_met', 'pending')",
            name=op.f("ck_security_component_status_status"),
        ),
        sa.ForeignKeyConstraint(
            ["component_id"],
            ["security_component.id"],
            name=op.f("fk_security_component_status_component_id_security_component"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["status_id"],
            ["security_status.id"],
            name=op.f("fk_security_component_status_status_id_security_status"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_component_status")),
        sa.UniqueConstraint("status_id", "component_id", name="uq_security_component_status_cell"),
    )


def downgrade() -> None:
    op.drop_table("security_component_status")
    with op.batch_alter_table("security_status", schema=None) as batch_op:
        batch_op.drop_index("ix_security_status_year_unit")

    op.drop_table("security_status")
    op.drop_table("security_component")
