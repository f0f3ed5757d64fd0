"""custody clock from arrival

(Reserved in the chain; filled in by the custody-clock owner (issue 13). An empty revision changes nothing.)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 17:00:00
"""

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
