"""statistics: recipient classes of biểu 0602-0603; TĐKT bodies and staff of biểu 0604-0605

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

CLASSES = (
    "stat_class IS NULL OR stat_class IN ('leader_province', 'leader_department', "
    "'leader_other', 'businessperson', 'enterprise', 'cooperative')"
)
BODY_KINDS = (
    "kind IN ('ministry_department', 'department_section', 'home_affairs_board', "
    "'home_affairs_section')"
)
TRAININGS = "training IN ('so_cap', 'trung_cap', 'cao_dang', 'dai_hoc', 'tren_dai_hoc')"


def upgrade() -> None:
    # ALTER TABLE … ADD COLUMN with its CHECK, never a copy of the table: award_recipient is
    # referenced by award lines (ON DELETE RESTRICT), which a copy-and-drop would trip over.
    op.add_column(
        "award_recipient",
        sa.Column(
            "stat_class",
            sa.String(length=30),
            sa.CheckConstraint(CLASSES, name=op.f("ck_award_recipient_stat_class")),
            nullable=True,
        ),
    )
    op.create_table(
        "tdkt_body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("since_year", sa.Integer(), nullable=False),
        sa.Column("until_year", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(BODY_KINDS, name=op.f("ck_tdkt_body_kind")),
        sa.CheckConstraint(
            "until_year IS NULL OR until_year >= since_year", name=op.f("ck_tdkt_body_years")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tdkt_body")),
    )
    op.create_table(
        "tdkt_staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("gender", sa.String(length=10), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=False),
        sa.Column("training", sa.String(length=20), nullable=False),
        sa.Column("since_year", sa.Integer(), nullable=False),
        sa.Column("until_year", sa.Integer(), nullable=True),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("gender IN ('male', 'female')", name=op.f("ck_tdkt_staff_gender")),
        sa.CheckConstraint(TRAININGS, name=op.f("ck_tdkt_staff_training")),
        sa.CheckConstraint(
            "until_year IS NULL OR until_year >= since_year", name=op.f("ck_tdkt_staff_years")
        ),
        sa.CheckConstraint("since_year >= birth_year", name=op.f("ck_tdkt_staff_born_before")),
        sa.ForeignKeyConstraint(
            ["body_id"],
            ["tdkt_body.id"],
            name=op.f("fk_tdkt_staff_body_id_tdkt_body"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tdkt_staff")),
    )


def downgrade() -> None:
    op.drop_table("tdkt_staff")
    op.drop_table("tdkt_body")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("ck_award_recipient_stat_class"), "award_recipient", type_="check")
    # SQLite ≥ 3.35 drops a column with its own CHECK in place (ALTER TABLE … DROP COLUMN).
    op.drop_column("award_recipient", "stat_class")
