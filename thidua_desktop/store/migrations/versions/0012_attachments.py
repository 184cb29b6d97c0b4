"""attachments: files attached to records, stored by content hash

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 00:59:21.673618
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("owner_kind", sa.String(length=20), nullable=False),
        sa.Column("owner_uid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=120), nullable=False),
        sa.CheckConstraint(
            "kind IN ('van_ban_phat_dong', 'to_trinh', 'bao_cao_thanh_tich', 'bien_ban', 'quyet_dinh', 'sang_kien', 'khac')",
            name=op.f("ck_attachment_kind"),
        ),
        sa.CheckConstraint(
            "owner_kind IN ('campaign', 'award_proposal', 'award_line', 'award_decision')",
            name=op.f("ck_attachment_owner_kind"),
        ),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_attachment_sha256")),
        sa.CheckConstraint("size >= 0", name=op.f("ck_attachment_size")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("owner_kind", "owner_uid", "sha256", name="uq_attachment_owner_file"),
        sa.UniqueConstraint("uid", name=op.f("uq_attachment_uid")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index("ix_attachment_owner", ["owner_kind", "owner_uid"], unique=False)
        batch_op.create_index("ix_attachment_sha256", ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index("ix_attachment_sha256")
        batch_op.drop_index("ix_attachment_owner")

    op.drop_table("attachment")
