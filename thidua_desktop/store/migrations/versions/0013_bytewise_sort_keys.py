"""sort and search keys compared byte by byte on PostgreSQL (COLLATE "C"); nothing on SQLite

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 01:20:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

COLUMNS = (
    ("admin_unit", "search_key", 300),
    ("admin_unit", "sort_key", 600),
    ("award_recipient", "search_key", 400),
    ("award_recipient", "sort_key", 1200),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite compares text bytewise already
    for table, column, length in COLUMNS:
        op.execute(
            f'ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR({length}) COLLATE "C"'
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, length in COLUMNS:
        op.execute(
            f'ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR({length}) COLLATE "default"'
        )
