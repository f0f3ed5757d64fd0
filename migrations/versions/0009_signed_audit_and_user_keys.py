"""signed audit rows and user keys (issue 15)

Each account gets an Ed25519 signing key and an X25519 sealing key (`user_keys`; private
halves wrapped by the password), and each audit row the signature of its actor
(`audit_log.signature`, NULL for rows written before the upgrade).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 18:00:00
"""
import sqlalchemy as sa
from alembic import op

import resettle.storage.models.base

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'user_keys',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('salt', sa.String(length=32), nullable=False),
        sa.Column('kdf', sa.JSON(), nullable=False),
        sa.Column('wrapped', sa.Text(), nullable=False),
        sa.Column('sign_public', sa.String(length=64), nullable=False),
        sa.Column('seal_public', sa.String(length=64), nullable=False),
        sa.Column('created_at', resettle.storage.models.base.UTCDateTime(timezone=True),
                  nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_keys_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', name=op.f('pk_user_keys')),
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signature', sa.String(length=128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_column('signature')
    op.drop_table('user_keys')
