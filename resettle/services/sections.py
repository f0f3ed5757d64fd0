"""The parts of a case detail beyond its core (family, legal, programme, release, notes...),
each included only where the actor may see it."""

from __future__ import annotations

from datetime import date
from typing import Any

from resettle.storage.models import Case

from .context import Tx


def sections_for(tx: Tx, case: Case, as_of: date) -> dict[str, Any]:
    """Filled in as the satellite services land; lawyers never get restricted parts."""
    return {}
