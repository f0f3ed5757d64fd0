"""demo marker: the records `resettle demo` created (cases, groups, accounts)

`resettle demo` refuses to load into a database holding a case it did not create, and
`resettle demo --remove` takes out exactly the records listed here.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 10:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'demo_records',
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('record_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint('kind', 'record_id', name=op.f('pk_demo_records')),
    )


def downgrade() -> None:
    op.drop_table('demo_records')
