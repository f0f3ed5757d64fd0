"""Server mode (PostgreSQL): one login role per account, grants and row-level security, the
audit chain appended and verified on the server, log-in failures counted on the server.

Names (one PostgreSQL cluster may hold several offices' databases; roles are cluster-wide,
so every name carries the database's name):

- ``<db>_<username>``: an account's own LOGIN role (SCRAM-SHA-256); member of one group.
- ``<db>__caseworker`` / ``__supervisor`` / ``__lawyer`` / ``__admin``: NOLOGIN group roles
  holding the grants; row-level security policies name them.
- ``<db>__login``: a LOGIN role whose password is not a secret (``LOGIN_ROLE_PASSWORD``); it
  may only call ``resettle_api.login_check`` and ``resettle_api.login_failed``.
- schema ``resettle_api``: the SECURITY DEFINER functions clients may call;
  schema ``resettle_private``: the chain and attachment keys (no client role can read it).
"""

from __future__ import annotations

from resettle.domain.errors import InvalidInput

API, PRIVATE = "resettle_api", "resettle_private"
GROUPS = ("caseworker", "supervisor", "lawyer", "admin")
LOGIN_ROLE_PASSWORD = "resettle-login-counter"  # noqa: S105 - not a secret: see the docstring
MAX_ROLE_NAME = 63  # PostgreSQL's NAMEDATALEN - 1


def login_role_name(database: str, username: str) -> str:
    """The LOGIN role of an account in this database."""
    name = f"{database}_{username}"
    if len(name.encode()) > MAX_ROLE_NAME:
        raise InvalidInput("username", "db_role_too_long", value=username, max=MAX_ROLE_NAME)
    return name


def group_role_name(database: str, role: str) -> str:
    return f"{database}__{role}"


def counter_role_name(database: str) -> str:
    """The role that counts failed log-ins before anyone is logged in."""
    return f"{database}__login"
