"""names: former names and variant keys searchable

(Reserved in the chain; filled in by the names owner (issue 13). An empty revision changes nothing.)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 17:00:00
"""

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
