"""initial schema: units, profile, audit, reference datasets

Revision ID: 0001
Revises:
Create Date: 2026-11-25 15:09:26.567820
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Timestamps are stored as naive UTC DateTime; the models' UtcDateTime adds the zone on read.

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('admin_unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('search_key', sa.String(length=300), nullable=False),
    sa.Column('sort_key', sa.String(length=600), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('source', sa.String(length=64), nullable=True),
    sa.CheckConstraint('level BETWEEN 1 AND 4', name=op.f('ck_admin_unit_level_range')),
    sa.CheckConstraint('valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to', name=op.f('ck_admin_unit_validity')),
    sa.ForeignKeyConstraint(['parent_id'], ['admin_unit.id'], name=op.f('fk_admin_unit_parent_id_admin_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_admin_unit'))
    )
    with op.batch_alter_table('admin_unit', schema=None) as batch_op:
        batch_op.create_index('ix_admin_unit_code', ['code'], unique=False)
        batch_op.create_index('ix_admin_unit_parent_sort', ['parent_id', 'sort_key'], unique=False)
        batch_op.create_index('ix_admin_unit_sort_key', ['sort_key'], unique=False)

    op.create_table('ref_dataset',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('version', sa.String(length=32), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('loaded_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_ref_dataset'))
    )
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('operator', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_key', sa.String(length=200), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('package_ref', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['admin_unit.id'], name=op.f('fk_audit_entry_unit_id_admin_unit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entry_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_entry_entity_key', ['entity', 'entity_key'], unique=False)
        batch_op.create_index('ix_audit_entry_unit_id', ['unit_id'], unique=False)

    op.create_table('profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('office_unit_id', sa.Integer(), nullable=True),
    sa.Column('operator', sa.String(length=120), nullable=False),
    sa.Column('demo', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_profile_single_row')),
    sa.ForeignKeyConstraint(['office_unit_id'], ['admin_unit.id'], name=op.f('fk_profile_office_unit_id_admin_unit'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile'))
    )


def downgrade() -> None:
    op.drop_table('profile')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_unit_id')
        batch_op.drop_index('ix_audit_entry_entity_key')
        batch_op.drop_index('ix_audit_entry_at')

    op.drop_table('audit_entry')
    op.drop_table('ref_dataset')
    with op.batch_alter_table('admin_unit', schema=None) as batch_op:
        batch_op.drop_index('ix_admin_unit_sort_key')
        batch_op.drop_index('ix_admin_unit_parent_sort')
        batch_op.drop_index('ix_admin_unit_code')

    op.drop_table('admin_unit')
