"""initial schema: every table of the domain, plus the rule tables' starting data

Revision ID: 0001
Revises:
Create Date: 2026-11-28 03:20:16.384413
"""
from datetime import date

import sqlalchemy as sa
from alembic import op

import resettle.storage.models.base

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('row_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_audit_log_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('custody_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('limit_days', sa.Integer(), nullable=False),
    sa.Column('max_extension_days', sa.Integer(), nullable=False),
    sa.Column('max_extensions', sa.Integer(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custody_rules')),
    sa.UniqueConstraint('effective_from', name=op.f('uq_custody_rules_effective_from'))
    )
    op.create_table('programme_modules',
    sa.Column('code', sa.String(length=48), nullable=False),
    sa.Column('required_hours', sa.SmallInteger(), nullable=False),
    sa.Column('sort_order', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_programme_modules'))
    )
    op.create_table('reward_caps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('cap_won', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reward_caps')),
    sa.UniqueConstraint('category', 'effective_from', name=op.f('uq_reward_caps_category'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('created_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('arrival_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_groups_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_groups')),
    sa.UniqueConstraint('code', name=op.f('uq_groups_code'))
    )
    op.create_table('persons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('birth_date', sa.String(length=10), nullable=True),
    sa.Column('birth_precision', sa.String(length=5), nullable=True),
    sa.Column('birth_year', sa.SmallInteger(), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('origin_province', sa.String(length=100), nullable=False),
    sa.Column('origin_city', sa.String(length=100), nullable=False),
    sa.Column('occupation', sa.String(length=200), nullable=False),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('family_name_latin', sa.String(length=100), nullable=False),
    sa.Column('given_name_latin', sa.String(length=100), nullable=False),
    sa.Column('key_hangul', sa.String(length=200), nullable=False),
    sa.Column('key_initials', sa.String(length=200), nullable=False),
    sa.Column('key_latin', sa.String(length=200), nullable=False),
    sa.Column('key_latin_rev', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_persons_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_birth_year'), ['birth_year'], unique=False)
        batch_op.create_index(batch_op.f('ix_persons_key_hangul'), ['key_hangul'], unique=False)
        batch_op.create_index(batch_op.f('ix_persons_key_initials'), ['key_initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_persons_key_latin'), ['key_latin'], unique=False)
        batch_op.create_index(batch_op.f('ix_persons_key_latin_rev'), ['key_latin_rev'], unique=False)

    op.create_table('programme_cohorts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('weeks', sa.SmallInteger(), nullable=False),
    sa.Column('centre', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_programme_cohorts_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_cohorts')),
    sa.UniqueConstraint('code', name=op.f('uq_programme_cohorts_code'))
    )
    op.create_table('cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_no', sa.String(length=20), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('stage_date', sa.Date(), nullable=False),
    sa.Column('arrival_date', sa.Date(), nullable=False),
    sa.Column('arrival_year', sa.SmallInteger(), nullable=False),
    sa.Column('route', sa.Text(), nullable=False),
    sa.Column('travel_document', sa.String(length=8), nullable=False),
    sa.Column('referred_by', sa.String(length=200), nullable=False),
    sa.Column('broker_debt_won', sa.BigInteger(), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('caseworker_id', sa.Integer(), nullable=True),
    sa.Column('high_profile', sa.Boolean(), nullable=False),
    sa.Column('flags', sa.String(length=200), nullable=False),
    sa.Column('custody_start', sa.Date(), nullable=True),
    sa.Column('custody_last_day', sa.Date(), nullable=True),
    sa.Column('custody_limit', sa.SmallInteger(), nullable=True),
    sa.Column('custody_deadline', sa.Date(), nullable=True),
    sa.Column('custody_due_from', sa.Date(), nullable=True),
    sa.Column('protection_end', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['caseworker_id'], ['users.id'], name=op.f('fk_cases_caseworker_id_users')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_cases_group_id_groups')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_cases_person_id_persons')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_cases_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('case_no', name=op.f('uq_cases_case_no')),
    sa.UniqueConstraint('person_id', name=op.f('uq_cases_person_id'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_arrival_year', ['arrival_year', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_caseworker_id'), ['caseworker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_custody_deadline'), ['custody_deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_stage'), ['stage'], unique=False)
        batch_op.create_index('ix_cases_stage_custody', ['stage', 'custody_start'], unique=False)

    op.create_table('person_names',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('family_name_latin', sa.String(length=100), nullable=False),
    sa.Column('given_name_latin', sa.String(length=100), nullable=False),
    sa.Column('key_hangul', sa.String(length=200), nullable=False),
    sa.Column('key_initials', sa.String(length=200), nullable=False),
    sa.Column('key_latin', sa.String(length=200), nullable=False),
    sa.Column('key_latin_rev', sa.String(length=200), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_person_names_person_id_persons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_person_names_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_names'))
    )
    with op.batch_alter_table('person_names', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_names_key_hangul'), ['key_hangul'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_names_key_initials'), ['key_initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_names_key_latin'), ['key_latin'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_names_key_latin_rev'), ['key_latin_rev'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_names_person_id'), ['person_id'], unique=False)

    op.create_table('relatives',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(length=32), nullable=False),
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('birth_date', sa.String(length=10), nullable=True),
    sa.Column('location', sa.String(length=16), nullable=False),
    sa.Column('at_risk', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_relatives_person_id_persons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_relatives_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relatives'))
    )
    with op.batch_alter_table('relatives', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relatives_person_id'), ['person_id'], unique=False)

    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('restricted', sa.Boolean(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_attachments_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_attachments_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_case_id'), ['case_id'], unique=False)

    op.create_table('custody_extensions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('days', sa.SmallInteger(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_custody_extensions_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_custody_extensions_decided_by_id_users')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_custody_extensions_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custody_extensions'))
    )
    with op.batch_alter_table('custody_extensions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_extensions_case_id'), ['case_id'], unique=False)

    op.create_table('enrolments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=False),
    sa.Column('enrolled_on', sa.Date(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_enrolments_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['cohort_id'], ['programme_cohorts.id'], name=op.f('fk_enrolments_cohort_id_programme_cohorts')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_enrolments_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolments')),
    sa.UniqueConstraint('case_id', 'cohort_id', name=op.f('uq_enrolments_case_id'))
    )
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolments_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolments_cohort_id'), ['cohort_id'], unique=False)

    op.create_table('follow_up_contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('contact_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('wellbeing', sa.SmallInteger(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_follow_up_contacts_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_follow_up_contacts_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_contacts'))
    )
    with op.batch_alter_table('follow_up_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_contacts_case_id'), ['case_id'], unique=False)

    op.create_table('hearings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('court', sa.String(length=200), nullable=False),
    sa.Column('hearing_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('closed_session', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_hearings_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_hearings_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hearings'))
    )
    with op.batch_alter_table('hearings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hearings_case_id'), ['case_id'], unique=False)

    op.create_table('legal_representatives',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('lawyer_id', sa.Integer(), nullable=False),
    sa.Column('on_behalf_of', sa.String(length=200), nullable=False),
    sa.Column('relative_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('ended_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_legal_representatives_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lawyer_id'], ['users.id'], name=op.f('fk_legal_representatives_lawyer_id_users')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_legal_representatives_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['relative_id'], ['relatives.id'], name=op.f('fk_legal_representatives_relative_id_relatives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_representatives')),
    sa.UniqueConstraint('case_id', 'lawyer_id', name=op.f('uq_legal_representatives_case_id'))
    )
    with op.batch_alter_table('legal_representatives', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_representatives_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_representatives_lawyer_id'), ['lawyer_id'], unique=False)

    op.create_table('notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('restricted', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_notes_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_notes_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notes'))
    )
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notes_case_id'), ['case_id'], unique=False)

    op.create_table('placements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('placement_type', sa.String(length=16), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=False),
    sa.Column('support_centre', sa.String(length=200), nullable=False),
    sa.Column('protection_officer', sa.String(length=200), nullable=False),
    sa.Column('protection_officer_contact', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_placements_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_placements_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_placements'))
    )
    with op.batch_alter_table('placements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_placements_case_id'), ['case_id'], unique=False)

    op.create_table('reward_claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('amount_won', sa.BigInteger(), nullable=False),
    sa.Column('claim_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('assessed_amount_won', sa.BigInteger(), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_reward_claims_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_reward_claims_decided_by_id_users')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_reward_claims_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reward_claims'))
    )
    with op.batch_alter_table('reward_claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reward_claims_case_id'), ['case_id'], unique=False)

    op.create_table('risk_flags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('flag', sa.String(length=24), nullable=False),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('cleared_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_risk_flags_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_risk_flags_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_flags'))
    )
    with op.batch_alter_table('risk_flags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risk_flags_case_id'), ['case_id'], unique=False)

    op.create_table('screening_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('interviewed_on', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(length=24), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_screening_records_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_screening_records_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_screening_records'))
    )
    with op.batch_alter_table('screening_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_screening_records_case_id'), ['case_id'], unique=False)

    op.create_table('stage_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('from_stage', sa.String(length=16), nullable=True),
    sa.Column('to_stage', sa.String(length=16), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('ground', sa.String(length=32), nullable=True),
    sa.Column('voided', sa.Boolean(), nullable=False),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_stage_events_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['corrects_id'], ['stage_events.id'], name=op.f('fk_stage_events_corrects_id_stage_events')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_stage_events_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_events'))
    )
    with op.batch_alter_table('stage_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_events_case_id'), ['case_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('module', sa.String(length=48), nullable=False),
    sa.Column('attended_on', sa.Date(), nullable=False),
    sa.Column('hours', sa.Numeric(precision=4, scale=1, asdecimal=False), nullable=False),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolments.id'], name=op.f('fk_attendance_enrolment_id_enrolments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['module'], ['programme_modules.code'], name=op.f('fk_attendance_module_programme_modules')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_attendance_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_enrolment_id'), ['enrolment_id'], unique=False)

    op.create_table('powers_of_attorney',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('representative_id', sa.Integer(), nullable=False),
    sa.Column('granted_by', sa.String(length=200), nullable=False),
    sa.Column('granted_on', sa.Date(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('attachment_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', resettle.storage.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], name=op.f('fk_powers_of_attorney_attachment_id_attachments')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_powers_of_attorney_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['representative_id'], ['legal_representatives.id'], name=op.f('fk_powers_of_attorney_representative_id_legal_representatives'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_powers_of_attorney'))
    )
    with op.batch_alter_table('powers_of_attorney', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_powers_of_attorney_representative_id'), ['representative_id'], unique=False)
    _seed()


def _seed() -> None:
    """Starting rule data, frozen here as the law stood when this revision was written."""
    rules = sa.table("custody_rules", sa.column("effective_from", sa.Date),
                     sa.column("limit_days", sa.Integer), sa.column("max_extension_days", sa.Integer),
                     sa.column("max_extensions", sa.Integer), sa.column("source", sa.Text))
    op.bulk_insert(rules, [
        {"effective_from": date(1, 1, 1), "limit_days": 180, "max_extension_days": 0,
         "max_extensions": 0, "source": "enforcement decree before the 2018-02-20 amendment"},
        {"effective_from": date(2018, 2, 20), "limit_days": 90, "max_extension_days": 30,
         "max_extensions": 1, "source": "enforcement decree as amended 2018-02-20"},
    ])
    caps = sa.table("reward_caps", sa.column("category", sa.String),
                    sa.column("effective_from", sa.Date), sa.column("cap_won", sa.BigInteger))
    amended = date(2017, 5, 8)
    op.bulk_insert(caps, [
        {"category": c, "effective_from": amended, "cap_won": cap} for c, cap in [
            ("intelligence", 500_000_000), ("warship", 500_000_000),
            ("fighter_bomber", 500_000_000), ("tank", 300_000_000),
            ("guided_missile", 300_000_000), ("aircraft", 300_000_000),
            ("small_arms", 50_000_000), ("goods", None), ("special", 1_000_000_000)]
    ] + [{"category": "special", "effective_from": date(1, 1, 1), "cap_won": 250_000_000}])
    modules = sa.table("programme_modules", sa.column("code", sa.String),
                       sa.column("required_hours", sa.SmallInteger),
                       sa.column("sort_order", sa.SmallInteger))
    op.bulk_insert(modules, [
        {"code": code, "required_hours": hours, "sort_order": n} for n, (code, hours) in enumerate([
            ("health_and_stability", 60), ("society", 120), ("careers", 100),
            ("finance_and_banking", 40), ("gender_equality_and_violence_prevention", 20),
            ("settlement_paperwork", 40)])
    ])
    head = sa.table("audit_head", sa.column("id", sa.Integer), sa.column("last_id", sa.Integer),
                    sa.column("last_hash", sa.String))
    op.bulk_insert(head, [{"id": 1, "last_id": 0, "last_hash": "0" * 64}])


def downgrade() -> None:
    with op.batch_alter_table('powers_of_attorney', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_powers_of_attorney_representative_id'))

    op.drop_table('powers_of_attorney')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_enrolment_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('stage_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_events_case_id'))

    op.drop_table('stage_events')
    with op.batch_alter_table('screening_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_screening_records_case_id'))

    op.drop_table('screening_records')
    with op.batch_alter_table('risk_flags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_risk_flags_case_id'))

    op.drop_table('risk_flags')
    with op.batch_alter_table('reward_claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reward_claims_case_id'))

    op.drop_table('reward_claims')
    with op.batch_alter_table('placements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_placements_case_id'))

    op.drop_table('placements')
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_case_id'))

    op.drop_table('notes')
    with op.batch_alter_table('legal_representatives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_representatives_lawyer_id'))
        batch_op.drop_index(batch_op.f('ix_legal_representatives_case_id'))

    op.drop_table('legal_representatives')
    with op.batch_alter_table('hearings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hearings_case_id'))

    op.drop_table('hearings')
    with op.batch_alter_table('follow_up_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_contacts_case_id'))

    op.drop_table('follow_up_contacts')
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolments_cohort_id'))
        batch_op.drop_index(batch_op.f('ix_enrolments_case_id'))

    op.drop_table('enrolments')
    with op.batch_alter_table('custody_extensions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_extensions_case_id'))

    op.drop_table('custody_extensions')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_case_id'))

    op.drop_table('attachments')
    with op.batch_alter_table('relatives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relatives_person_id'))

    op.drop_table('relatives')
    with op.batch_alter_table('person_names', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_names_person_id'))
        batch_op.drop_index(batch_op.f('ix_person_names_key_latin_rev'))
        batch_op.drop_index(batch_op.f('ix_person_names_key_latin'))
        batch_op.drop_index(batch_op.f('ix_person_names_key_initials'))
        batch_op.drop_index(batch_op.f('ix_person_names_key_hangul'))

    op.drop_table('person_names')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_stage_custody')
        batch_op.drop_index(batch_op.f('ix_cases_stage'))
        batch_op.drop_index(batch_op.f('ix_cases_group_id'))
        batch_op.drop_index(batch_op.f('ix_cases_custody_deadline'))
        batch_op.drop_index(batch_op.f('ix_cases_caseworker_id'))
        batch_op.drop_index('ix_cases_arrival_year')

    op.drop_table('cases')
    op.drop_table('programme_cohorts')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persons_key_latin_rev'))
        batch_op.drop_index(batch_op.f('ix_persons_key_latin'))
        batch_op.drop_index(batch_op.f('ix_persons_key_initials'))
        batch_op.drop_index(batch_op.f('ix_persons_key_hangul'))
        batch_op.drop_index(batch_op.f('ix_persons_birth_year'))

    op.drop_table('persons')
    op.drop_table('groups')
    op.drop_table('users')
    op.drop_table('settings')
    op.drop_table('reward_caps')
    op.drop_table('programme_modules')
    op.drop_table('custody_rules')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_entity')
        batch_op.drop_index(batch_op.f('ix_audit_log_case_id'))

    op.drop_table('audit_log')
    op.drop_table('audit_head')
