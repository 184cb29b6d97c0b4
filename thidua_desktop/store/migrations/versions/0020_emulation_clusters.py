"""cụm, khối thi đua: clusters, members, scoring tables, scores

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "emulation_cluster",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("council_unit_id", sa.Integer(), nullable=False),
        sa.Column("agreement_number", sa.String(length=60), nullable=True),
        sa.Column("agreement_date", sa.Date(), nullable=True),
        sa.Column("signatories", sa.Text(), nullable=True),
        sa.Column("self_score_due", sa.Date(), nullable=True),
        sa.Column("review_due", sa.Date(), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("tie_break", sa.Text(), nullable=False),
        sa.Column("proposals", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('cum', 'khoi')", name=op.f("ck_emulation_cluster_kind")),
        sa.ForeignKeyConstraint(
            ["council_unit_id"],
            ["admin_unit.id"],
            name=op.f("fk_emulation_cluster_council_unit_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emulation_cluster")),
        sa.UniqueConstraint("uid", name=op.f("uq_emulation_cluster_uid")),
        sa.UniqueConstraint("year", "code", name="uq_emulation_cluster_year_code"),
    )
    op.create_table(
        "cluster_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.CheckConstraint("kind IN ('cum', 'khoi')", name=op.f("ck_cluster_member_kind")),
        sa.CheckConstraint(
            "role IN ('head', 'deputy', 'member')", name=op.f("ck_cluster_member_role")
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["emulation_cluster.id"],
            name=op.f("fk_cluster_member_cluster_id_emulation_cluster"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["admin_unit.id"],
            name=op.f("fk_cluster_member_unit_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster_member")),
        sa.UniqueConstraint("unit_id", "year", "kind", name="uq_cluster_member_unit_year_kind"),
    )
    with op.batch_alter_table("cluster_member", schema=None) as batch_op:
        batch_op.create_index("ix_cluster_member_cluster", ["cluster_id"], unique=False)

    op.create_table(
        "cluster_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("criterion_code", sa.String(length=20), nullable=False),
        sa.Column("self_points", sa.String(length=40), nullable=True),
        sa.Column("self_note", sa.Text(), nullable=True),
        sa.Column("self_at", sa.DateTime(), nullable=True),
        sa.Column("review_points", sa.String(length=40), nullable=True),
        sa.Column("review_reason", sa.Text(), nullable=True),
        sa.Column("review_at", sa.DateTime(), nullable=True),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["emulation_cluster.id"],
            name=op.f("fk_cluster_score_cluster_id_emulation_cluster"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["admin_unit.id"],
            name=op.f("fk_cluster_score_unit_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster_score")),
        sa.UniqueConstraint(
            "cluster_id", "unit_id", "criterion_code", name="uq_cluster_score_member_criterion"
        ),
    )
    op.create_table(
        "scoring_criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("parent_code", sa.String(length=20), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("max_points", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=True),
        sa.CheckConstraint(
            "kind IN ('score', 'bonus', 'deduction')", name=op.f("ck_scoring_criterion_kind")
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["emulation_cluster.id"],
            name=op.f("fk_scoring_criterion_cluster_id_emulation_cluster"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scoring_criterion")),
        sa.UniqueConstraint("cluster_id", "code", name="uq_scoring_criterion_cluster_code"),
    )


def downgrade() -> None:
    op.drop_table("scoring_criterion")
    op.drop_table("cluster_score")
    with op.batch_alter_table("cluster_member", schema=None) as batch_op:
        batch_op.drop_index("ix_cluster_member_cluster")

    op.drop_table("cluster_member")
    op.drop_table("emulation_cluster")
