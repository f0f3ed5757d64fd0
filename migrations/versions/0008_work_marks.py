"""work marks: a worklist item snoozed, reassigned or marked done, with its reason

Worklist items are derived from the record and never stored; only a user's decision about
one (snooze until a day, reassign to a user, mark done) is kept here, and audited.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 18:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'work_marks',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.String(length=96), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('action', sa.String(length=12), nullable=False),
        sa.Column('on', sa.Date(), nullable=False),
        sa.Column('until', sa.Date(), nullable=True),
        sa.Column('assignee_id', sa.Integer(), nullable=True),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('recorded_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['assignee_id'], ['users.id'],
                                name=op.f('fk_work_marks_assignee_id_users')),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE',
                                name=op.f('fk_work_marks_case_id_cases')),
        sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'],
                                name=op.f('fk_work_marks_recorded_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_work_marks')),
    )
    op.create_index('ix_work_marks_item', 'work_marks', ['item_id', 'action'], unique=False)
    op.create_index(op.f('ix_work_marks_case_id'), 'work_marks', ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_work_marks_case_id'), table_name='work_marks')
    op.drop_index('ix_work_marks_item', table_name='work_marks')
    op.drop_table('work_marks')
