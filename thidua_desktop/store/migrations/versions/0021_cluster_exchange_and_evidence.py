"""cụm, khối thi đua between offices: the table received from the organiser, self-scores sent
up, and evidence files per score

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 00:40:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op


revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

OLD_OWNERS = "owner_kind IN ('campaign', 'award_proposal', 'award_line', 'award_decision')"
NEW_OWNERS = (
    "owner_kind IN ('campaign', 'award_proposal', 'award_line', 'award_decision', "
    "'emulation_cluster', 'cluster_score')"
)
OLD_KINDS = (
    "kind IN ('van_ban_phat_dong', 'to_trinh', 'bao_cao_thanh_tich', 'bien_ban', 'quyet_dinh', "
    "'sang_kien', 'khac')"
)
NEW_KINDS = (
    "kind IN ('van_ban_phat_dong', 'to_trinh', 'bao_cao_thanh_tich', 'bien_ban', 'quyet_dinh', "
    "'sang_kien', 'giao_uoc', 'minh_chung', 'khac')"
)


OLD_EXPORTS = "kind IN ('data', 'definitions')"
NEW_EXPORTS = "kind IN ('data', 'definitions', 'cluster_table', 'cluster_scores')"


def upgrade() -> None:
    with op.batch_alter_table("emulation_cluster", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner_code", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("table_sequence", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("table_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("table_received_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("table_sent_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("cluster_member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scores_sequence", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("scores_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("scores_received_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("scores_sent_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("cluster_score", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=36), nullable=True))
    conn = op.get_bind()
    ids = [row[0] for row in conn.execute(sa.text("SELECT id FROM cluster_score"))]
    for score_id in ids:
        conn.execute(
            sa.text("UPDATE cluster_score SET uid = :uid WHERE id = :id"),
            {"uid": str(uuid.uuid4()), "id": score_id},
        )
    with op.batch_alter_table("cluster_score", schema=None) as batch_op:
        batch_op.alter_column("uid", existing_type=sa.String(length=36), nullable=False)
        batch_op.create_unique_constraint(op.f("uq_cluster_score_uid"), ["uid"])
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_attachment_owner_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_attachment_owner_kind"), NEW_OWNERS)
        batch_op.drop_constraint(op.f("ck_attachment_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_attachment_kind"), NEW_KINDS)
    # The cụm, khối packages written here are numbered and recorded like data packages.
    with op.batch_alter_table("exchange_export", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_exchange_export_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_exchange_export_kind"), NEW_EXPORTS)


def downgrade() -> None:
    op.execute("DELETE FROM exchange_export WHERE kind IN ('cluster_table', 'cluster_scores')")
    with op.batch_alter_table("exchange_export", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_exchange_export_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_exchange_export_kind"), OLD_EXPORTS)
    op.execute(
        "DELETE FROM attachment WHERE owner_kind IN ('emulation_cluster', 'cluster_score')"
    )
    op.execute("UPDATE attachment SET kind = 'khac' WHERE kind IN ('giao_uoc', 'minh_chung')")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_attachment_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_attachment_kind"), OLD_KINDS)
        batch_op.drop_constraint(op.f("ck_attachment_owner_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_attachment_owner_kind"), OLD_OWNERS)
    with op.batch_alter_table("cluster_score", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("uq_cluster_score_uid"), type_="unique")
        batch_op.drop_column("uid")
    with op.batch_alter_table("cluster_member", schema=None) as batch_op:
        for name in ("scores_sent_at", "scores_received_at", "scores_sha256", "scores_sequence"):
            batch_op.drop_column(name)
    with op.batch_alter_table("emulation_cluster", schema=None) as batch_op:
        for name in (
            "table_sent_at",
            "table_received_at",
            "table_sha256",
            "table_sequence",
            "owner_code",
        ):
            batch_op.drop_column(name)
