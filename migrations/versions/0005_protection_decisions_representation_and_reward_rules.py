"""protection decisions, representation and reward rules

(Reserved in the chain; filled in by the legal and rewards owners (issue 13). An empty revision changes nothing.)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 17:00:00
"""

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
