"""indexes for lists at 100,000 cases: sort by arrival or stage date; who is held on a
day; name keys with text_pattern_ops on PostgreSQL

Sorting the list by arrival or stage date now walks an index (the first screen of a
search no longer sorts every match). The custody review finds who is held on a day from
(custody_last_day, custody_start) instead of reading every case. PostgreSQL's collations do not order strings so that
a prefix is a range, so `LIKE 'p%'` and the ~>=~ range cannot use a plain b-tree index
unless the database uses the C collation; an index with text_pattern_ops can. SQLite
compares bytes and searches by range: its name-key indexes stay as they are.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 07:00:00
"""
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

NAME_TABLES = ("persons", "person_names")
NAME_KEYS = ("key_hangul", "key_initials", "key_latin", "key_latin_rev")
SORT_DATES = ("arrival_date", "stage_date")


def _name_keys(pattern: bool) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in NAME_TABLES:
        for key in NAME_KEYS:
            name = f"ix_{table}_{key}"
            op.drop_index(name, table_name=table)
            ops = {"postgresql_ops": {key: "text_pattern_ops"}} if pattern else {}
            op.create_index(name, table, [key], unique=False, **ops)


def upgrade() -> None:
    for column in SORT_DATES:
        op.create_index(f"ix_cases_{column}", "cases", [column], unique=False)
    op.create_index("ix_cases_custody_held", "cases", ["custody_last_day", "custody_start"],
                    unique=False)
    _name_keys(pattern=True)


def downgrade() -> None:
    _name_keys(pattern=False)
    op.drop_index("ix_cases_custody_held", table_name="cases")
    for column in SORT_DATES:
        op.drop_index(f"ix_cases_{column}", table_name="cases")
