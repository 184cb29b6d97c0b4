"""profile letterhead for documents

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 16:06:08.419197
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("issuer_parent", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("issuer_name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("document_symbol", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("place_name", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("signer_authority", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("signer_title", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("signer_name", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("recipients", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.drop_column("recipients")
        batch_op.drop_column("signer_name")
        batch_op.drop_column("signer_title")
        batch_op.drop_column("signer_authority")
        batch_op.drop_column("place_name")
        batch_op.drop_column("document_symbol")
        batch_op.drop_column("issuer_name")
        batch_op.drop_column("issuer_parent")
