"""reward four eyes and follow-up contact kinds

Reward claims record who assessed them and who recorded the payment (the claimant is
recorded_by_id, the approver decided_by_id), so that approving and paying take two
people and the claimant or assessor cannot approve; a claim like an earlier one (same
case, category, date and amount) keeps the reason it was confirmed with. Rows already
assessed or paid before this revision have no such person (NULL): the rule is enforced
from now on. Follow-up contacts made by telephone were `phone`; the code is now `call`
(visit, call, office, other), as on the command line.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 18:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reward_claims', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assessed_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('paid_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('duplicate_reason', sa.Text(), nullable=False,
                                      server_default=''))
        batch_op.create_foreign_key(batch_op.f('fk_reward_claims_assessed_by_id_users'),
                                    'users', ['assessed_by_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_reward_claims_paid_by_id_users'),
                                    'users', ['paid_by_id'], ['id'])
    with op.batch_alter_table('reward_claims', schema=None) as batch_op:
        batch_op.alter_column('duplicate_reason', server_default=None)
    op.execute("UPDATE follow_up_contacts SET kind = 'call' WHERE kind = 'phone'")


def downgrade() -> None:
    op.execute("UPDATE follow_up_contacts SET kind = 'phone' WHERE kind = 'call'")
    with op.batch_alter_table('reward_claims', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_reward_claims_paid_by_id_users'),
                                 type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_reward_claims_assessed_by_id_users'),
                                 type_='foreignkey')
        batch_op.drop_column('duplicate_reason')
        batch_op.drop_column('paid_by_id')
        batch_op.drop_column('assessed_by_id')
