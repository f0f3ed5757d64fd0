"""retention and consent (issue 18): retention rules, legal holds, anonymised cases, the
per-case keys that seal audit details, consents and disclosures

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 19:00:00
"""
from datetime import date

import sqlalchemy as sa
from alembic import op

import resettle.storage.models.base

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

UTC_DT = resettle.storage.models.base.UTCDateTime(timezone=True)


def _recorded(table: str) -> list[sa.Column | sa.ForeignKeyConstraint]:
    return [
        sa.Column('recorded_at', UTC_DT, nullable=False),
        sa.Column('recorded_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'],
                                name=op.f(f'fk_{table}_recorded_by_id_users')),
    ]


def _case_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                   name=op.f(f'fk_{table}_case_id_cases'), ondelete='CASCADE')


def upgrade() -> None:
    rules = op.create_table(
        'retention_rules',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('effective_from', sa.Date(), nullable=False),
        sa.Column('closed_years', sa.SmallInteger(), nullable=False),
        sa.Column('exited_years', sa.SmallInteger(), nullable=False),
        sa.Column('source', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_retention_rules')),
        sa.UniqueConstraint('effective_from', name=op.f('uq_retention_rules_effective_from')),
    )
    op.create_table(
        'legal_holds',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('until', sa.Date(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        *_recorded('legal_holds'), _case_fk('legal_holds'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_holds')),
    )
    op.create_index(op.f('ix_legal_holds_case_id'), 'legal_holds', ['case_id'])
    op.create_table(
        'anonymisations',
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('case_no', sa.String(length=20), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('done_at', UTC_DT, nullable=False),
        *_recorded('anonymisations'), _case_fk('anonymisations'),
        sa.PrimaryKeyConstraint('case_id', name=op.f('pk_anonymisations')),
    )
    op.create_table(
        'case_keys',
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('key', sa.LargeBinary(), nullable=False),
        _case_fk('case_keys'),
        sa.PrimaryKeyConstraint('case_id', name=op.f('pk_case_keys')),
    )
    op.create_table(
        'consents',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('recipient', sa.String(length=24), nullable=False),
        sa.Column('recipient_name', sa.String(length=200), nullable=False),
        sa.Column('scope', sa.Text(), nullable=False),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('valid_until', sa.Date(), nullable=True),
        sa.Column('withdrawn_on', sa.Date(), nullable=True),
        sa.Column('form_id', sa.Integer(), nullable=True),
        *_recorded('consents'), _case_fk('consents'),
        sa.ForeignKeyConstraint(['form_id'], ['attachments.id'],
                                name=op.f('fk_consents_form_id_attachments'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consents')),
    )
    op.create_index(op.f('ix_consents_case_id'), 'consents', ['case_id'])
    op.create_table(
        'disclosures',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('consent_id', sa.Integer(), nullable=True),
        sa.Column('recipient', sa.String(length=24), nullable=False),
        sa.Column('what', sa.String(length=32), nullable=False),
        sa.Column('disclosed_on', sa.Date(), nullable=False),
        *_recorded('disclosures'), _case_fk('disclosures'),
        sa.ForeignKeyConstraint(['consent_id'], ['consents.id'],
                                name=op.f('fk_disclosures_consent_id_consents'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosures')),
    )
    op.create_index(op.f('ix_disclosures_case_id'), 'disclosures', ['case_id'])
    # A starting rule: an office sets its own with `resettle retention rule` (admins).
    op.bulk_insert(rules, [
        {"effective_from": date(1997, 7, 14), "closed_years": 5, "exited_years": 3,
         "source": "starting rule: 5 years after the end of residence protection, 3 years "
                   "after an exclusion, withdrawal or death"},
    ])


def downgrade() -> None:
    for table in ('disclosures', 'consents'):
        op.drop_index(op.f(f'ix_{table}_case_id'), table_name=table)
        op.drop_table(table)
    op.drop_table('case_keys')
    op.drop_table('anonymisations')
    op.drop_index(op.f('ix_legal_holds_case_id'), table_name='legal_holds')
    op.drop_table('legal_holds')
    op.drop_table('retention_rules')
