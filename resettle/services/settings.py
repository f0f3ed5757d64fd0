"""Reading the office's settings from the database into the one typed Settings object."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from resettle.domain.settings import KEYS, Settings, from_stored
from resettle.storage.models import Setting


def read(session: Session) -> Settings:
    """Every setting, stored or default, in one query."""
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(KEYS)))
    return from_stored({key: value for key, value in rows})
