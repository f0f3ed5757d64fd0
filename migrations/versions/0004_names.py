"""names: folded and given-name search keys; a former name's reason

Three search keys beside each name (persons and person_names), each indexed like the
others (text_pattern_ops on PostgreSQL, see 0002): `key_folded`, the Hangul name under
the South's initial-sound rule (리금숙 -> 이금숙, so that North and South spellings find
each other and are flagged as possible duplicates); `key_given`, the given name alone,
folded the same way (정숙 finds 김정숙); `key_given_initials` (ㅈㅅ finds 김정숙). A former
name gets the reason it was changed (`reason`). Every existing name is backfilled from its
Hangul and Latin fields with the same function the services use, and key_latin_rev is
recomputed on the way (it is the same value for names the services wrote).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 17:00:00
"""
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

NAME_TABLES = ("persons", "person_names")
NEW_KEYS = ("key_folded", "key_given", "key_given_initials")
BATCH = 2000


def _index(table: str, key: str) -> None:
    ops = ({"postgresql_ops": {key: "text_pattern_ops"}}
           if op.get_bind().dialect.name == "postgresql" else {})
    op.create_index(f"ix_{table}_{key}", table, [key], unique=False, **ops)


def _backfill(table: str) -> None:
    """Compute the keys in Python (the fold is not SQL), in batches by id, on any database."""
    from resettle.domain.errors import ResettleError
    from resettle.domain.names import name_keys

    conn = op.get_bind()
    t = sa.table(table, sa.column("id", sa.Integer), *(sa.column(c, sa.String) for c in (
        "family_name", "given_name", "family_name_latin", "given_name_latin",
        "key_latin_rev", *NEW_KEYS)))
    update = (sa.update(t).where(t.c.id == sa.bindparam("row_id"))
              .values({c: sa.bindparam(c) for c in ("key_latin_rev", *NEW_KEYS)}))
    last = 0
    while True:
        rows = conn.execute(sa.select(t.c.id, t.c.family_name, t.c.given_name,
                                      t.c.family_name_latin, t.c.given_name_latin)
                            .where(t.c.id > last).order_by(t.c.id).limit(BATCH)).all()
        if not rows:
            return
        params: list[dict[str, Any]] = []
        for row_id, family, given, family_latin, given_latin in rows:
            try:
                keys = name_keys(family or "", given or "", family_latin or "",
                                 given_latin or "")
            except ResettleError:  # a name stored before it was checked: no new keys
                continue
            params.append({"row_id": row_id, "key_latin_rev": keys.latin_rev,
                           "key_folded": keys.folded, "key_given": keys.given,
                           "key_given_initials": keys.given_initials})
        conn.execute(update, params)
        last = rows[-1][0]


def upgrade() -> None:
    for table in NAME_TABLES:
        for key in NEW_KEYS:
            op.add_column(table, sa.Column(key, sa.String(length=200), nullable=False,
                                           server_default=""))
    op.add_column("person_names", sa.Column("reason", sa.Text(), nullable=False,
                                            server_default=""))
    for table in NAME_TABLES:
        _backfill(table)
        for key in NEW_KEYS:
            _index(table, key)


def downgrade() -> None:
    with op.batch_alter_table("person_names") as batch:
        batch.drop_column("reason")
    for table in NAME_TABLES:
        for key in NEW_KEYS:
            op.drop_index(f"ix_{table}_{key}", table_name=table)
        with op.batch_alter_table(table) as batch:
            for key in NEW_KEYS:
                batch.drop_column(key)
