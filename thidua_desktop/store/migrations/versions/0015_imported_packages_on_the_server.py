"""imported packages kept in the database for server mode

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 05:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_package",
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["exchange_import.id"],
            name=op.f("fk_exchange_package_import_id_exchange_import"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("import_id", name=op.f("pk_exchange_package")),
    )


def downgrade() -> None:
    op.drop_table("exchange_package")
