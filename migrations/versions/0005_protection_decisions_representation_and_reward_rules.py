"""protection decisions, representation and reward rules

Legal part (issue 13, issue 12): protection applications with the ministry's decision
(table protection_applications), the day a representation ended
(legal_representatives.ended_on, filled from the recorded moment for rows already ended),
and whether the person attended a hearing (hearings.attended: yes, no, unknown).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 17:00:00
"""

import sqlalchemy as sa
from alembic import op

import resettle.storage.models.base

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _legal_upgrade() -> None:
    op.create_table('protection_applications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('reapplication_of_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('investigation_ended_on', sa.Date(), nullable=True),
    sa.Column('decision', sa.String(length=8), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('ground', sa.String(length=32), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_protection_applications_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_protection_applications_decided_by_id_users')),
    sa.ForeignKeyConstraint(['reapplication_of_id'], ['protection_applications.id'], name=op.f('fk_protection_applications_reapplication_of_id_protection_applications')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_protection_applications_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_protection_applications'))
    )
    with op.batch_alter_table('protection_applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_protection_applications_case_id'), ['case_id'], unique=False)

    with op.batch_alter_table('legal_representatives', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ended_on', sa.Date(), nullable=True))
    with op.batch_alter_table('hearings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('attended', sa.String(length=8), nullable=False,
                                      server_default='unknown'))
    # Rows ended before this revision: the day the ending was recorded is the best known.
    day = ("date(ended_at)" if op.get_bind().dialect.name == "sqlite"
           else "CAST(ended_at AS DATE)")
    op.execute(f"UPDATE legal_representatives SET ended_on = {day} "  # noqa: S608 - constant
               "WHERE ended_at IS NOT NULL")


def _legal_downgrade() -> None:
    with op.batch_alter_table('hearings', schema=None) as batch_op:
        batch_op.drop_column('attended')
    with op.batch_alter_table('legal_representatives', schema=None) as batch_op:
        batch_op.drop_column('ended_on')
    with op.batch_alter_table('protection_applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_protection_applications_case_id'))
    op.drop_table('protection_applications')


def upgrade() -> None:
    _legal_upgrade()


def downgrade() -> None:
    _legal_downgrade()
