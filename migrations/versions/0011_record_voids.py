"""corrections of any recorded fact (issue 12): record_voids names a voided record by
(entity, record_id), with the reason, who voided it and when; the record itself stays

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29 20:00:00
"""
import sqlalchemy as sa
from alembic import op

import resettle.storage.models.base

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

UTC_DT = resettle.storage.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        'record_voids',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('entity', sa.String(length=32), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('recorded_at', UTC_DT, nullable=False),
        sa.Column('recorded_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_record_voids_case_id_cases'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'],
                                name=op.f('fk_record_voids_recorded_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_record_voids')),
        sa.UniqueConstraint('entity', 'record_id', name=op.f('uq_record_voids_entity')),
    )
    op.create_index(op.f('ix_record_voids_case_id'), 'record_voids', ['case_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_record_voids_case_id'), table_name='record_voids')
    op.drop_table('record_voids')
