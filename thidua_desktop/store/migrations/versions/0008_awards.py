"""awards

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 17:38:21.492238
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "award_recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=True),
        sa.Column("gender", sa.String(length=10), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("position", sa.String(length=300), nullable=True),
        sa.Column("category", sa.String(length=30), nullable=True),
        sa.Column("search_key", sa.String(length=400), nullable=False),
        sa.Column("sort_key", sa.String(length=1200), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "category IS NULL OR category IN ('cadre', 'civil_servant', 'public_employee', 'direct_worker', 'other')",
            name=op.f("ck_award_recipient_category"),
        ),
        sa.CheckConstraint(
            "gender IS NULL OR gender IN ('male', 'female')", name=op.f("ck_award_recipient_gender")
        ),
        sa.CheckConstraint(
            "kind = 'collective' OR name IS NOT NULL", name=op.f("ck_award_recipient_person_named")
        ),
        sa.CheckConstraint(
            "kind IN ('collective', 'individual', 'household')",
            name=op.f("ck_award_recipient_kind"),
        ),
        sa.CheckConstraint("source IN ('manual', 'demo')", name=op.f("ck_award_recipient_source")),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["admin_unit.id"],
            name=op.f("fk_award_recipient_unit_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award_recipient")),
        sa.UniqueConstraint("uid", name=op.f("uq_award_recipient_uid")),
    )
    with op.batch_alter_table("award_recipient", schema=None) as batch_op:
        batch_op.create_index("ix_award_recipient_sort_key", ["sort_key"], unique=False)
        batch_op.create_index("ix_award_recipient_unit", ["unit_id"], unique=False)

    op.create_table(
        "award_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("to_level", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=True),
        sa.Column("proposal_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("council_members", sa.Integer(), nullable=True),
        sa.Column("members_present", sa.Integer(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("return_reason", sa.Text(), nullable=True),
        sa.Column("awarded_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("source IN ('manual', 'demo')", name=op.f("ck_award_proposal_source")),
        sa.CheckConstraint(
            "status IN ('draft', 'submitted', 'reviewed', 'decided', 'awarded')",
            name=op.f("ck_award_proposal_status"),
        ),
        sa.CheckConstraint(
            "to_level IN ('commune', 'district', 'province', 'central')",
            name=op.f("ck_award_proposal_to_level"),
        ),
        sa.CheckConstraint(
            "members_present IS NULL OR council_members IS NULL OR members_present <= council_members",
            name=op.f("ck_award_proposal_council"),
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_award_proposal_campaign_id_campaign"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["admin_unit.id"],
            name=op.f("fk_award_proposal_unit_id_admin_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award_proposal")),
        sa.UniqueConstraint("uid", name=op.f("uq_award_proposal_uid")),
    )
    with op.batch_alter_table("award_proposal", schema=None) as batch_op:
        batch_op.create_index("ix_award_proposal_year_unit", ["year", "unit_id"], unique=False)

    op.create_table(
        "award_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=False),
        sa.Column("issuer", sa.String(length=200), nullable=False),
        sa.Column("signer_name", sa.String(length=120), nullable=False),
        sa.Column("signer_position", sa.String(length=120), nullable=False),
        sa.Column("rules_version", sa.String(length=32), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["award_proposal.id"],
            name=op.f("fk_award_decision_proposal_id_award_proposal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award_decision")),
        sa.UniqueConstraint("uid", name=op.f("uq_award_decision_uid")),
    )
    with op.batch_alter_table("award_decision", schema=None) as batch_op:
        batch_op.create_index("ix_award_decision_date", ["decision_date"], unique=False)
        batch_op.create_index("ix_award_decision_proposal", ["proposal_id"], unique=False)

    op.create_table(
        "award_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("award_code", sa.String(length=40), nullable=False),
        sa.Column("award_type", sa.String(length=20), nullable=False),
        sa.Column("achievement", sa.Text(), nullable=True),
        sa.Column("members", sa.Integer(), nullable=True),
        sa.Column("qualified", sa.Integer(), nullable=True),
        sa.Column("votes_agree", sa.Integer(), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "award_type IN ('regular', 'ad_hoc', 'campaign', 'career', 'service', 'foreign')",
            name=op.f("ck_award_line_award_type"),
        ),
        sa.CheckConstraint(
            "qualified IS NULL OR members IS NULL OR qualified <= members",
            name=op.f("ck_award_line_members"),
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["award_decision.id"],
            name=op.f("fk_award_line_decision_id_award_decision"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["award_proposal.id"],
            name=op.f("fk_award_line_proposal_id_award_proposal"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["award_recipient.id"],
            name=op.f("fk_award_line_recipient_id_award_recipient"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award_line")),
        sa.UniqueConstraint(
            "proposal_id", "recipient_id", "award_code", name="uq_award_line_recipient_award"
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_award_line_uid")),
    )
    with op.batch_alter_table("award_line", schema=None) as batch_op:
        batch_op.create_index("ix_award_line_decision", ["decision_id"], unique=False)
        batch_op.create_index("ix_award_line_recipient", ["recipient_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("award_line", schema=None) as batch_op:
        batch_op.drop_index("ix_award_line_recipient")
        batch_op.drop_index("ix_award_line_decision")

    op.drop_table("award_line")
    with op.batch_alter_table("award_decision", schema=None) as batch_op:
        batch_op.drop_index("ix_award_decision_proposal")
        batch_op.drop_index("ix_award_decision_date")

    op.drop_table("award_decision")
    with op.batch_alter_table("award_proposal", schema=None) as batch_op:
        batch_op.drop_index("ix_award_proposal_year_unit")

    op.drop_table("award_proposal")
    with op.batch_alter_table("award_recipient", schema=None) as batch_op:
        batch_op.drop_index("ix_award_recipient_unit")
        batch_op.drop_index("ix_award_recipient_sort_key")

    op.drop_table("award_recipient")
