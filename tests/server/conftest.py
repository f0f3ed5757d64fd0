"""A server-mode database per test: `server init` done on a copy of the migrated template."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

ADMIN_PASSWORD = "admin-password-1"
PASSWORD = "a-long-password-1"
MAX_FAILURES = 5


@dataclass
class ServerDb:
    server: Any
    name: str
    owner: Any  # Services connected as the database owner

    @property
    def url(self) -> str:
        return str(self.server.url(self.name))

    def role(self, username: str) -> str:
        return f"{self.name}_{username}"

    def open_as(self, username: str, password: str) -> Any:
        """Services connected as the account's own role (the application's way in)."""
        from resettle.services.api import Services
        from resettle.storage.database import open_server_database

        return Services(open_server_database(self.url, password, user=username))

    def psql(self, username: str, password: str = PASSWORD) -> Any:
        """A plain psycopg connection as the account's role, TLS verified (what psql does)."""
        import psycopg

        return psycopg.connect(host=self.server.host, port=self.server.port,
                               user=self.role(username), password=password, dbname=self.name,
                               sslmode="verify-full", sslrootcert=str(self.server.ca_file),
                               connect_timeout=10, autocommit=True)


@pytest.fixture
def server_db(pg_server: Any, pg_template: str) -> Iterator[ServerDb]:
    from resettle.services.api import Services
    from resettle.storage.database import open_server_database
    from resettle.storage.server.install import Lockout, install

    name = f"t_{uuid.uuid4().hex[:16]}"
    url = pg_server.create_database(name, pg_template)
    boot = open_server_database(url, None, upgrade=False)
    install(boot.engine, Lockout(MAX_FAILURES, 15))
    boot.close()
    owner = Services(open_server_database(url, None))
    assert owner.db.roles
    yield ServerDb(pg_server, name, owner)
    owner.close()
    pg_server.drop_database(name)
    with pg_server.admin_connect() as conn:  # roles are cluster-wide: take this test's away
        for (role,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                    (name.replace("_", r"\_") + "%",)).fetchall():
            conn.execute(f'DROP ROLE "{role}"')


@pytest.fixture
def staff(server_db: ServerDb) -> Callable[[str, str], Any]:
    """Creates the first admin once, then accounts by (username, role); returns the
    admin's actor with `.services` for making more."""
    svc = server_db.owner
    svc.accounts.create_first_admin("boss", ADMIN_PASSWORD)
    admin_svc = server_db.open_as("boss", ADMIN_PASSWORD)
    admin = admin_svc.accounts.login("boss", ADMIN_PASSWORD)

    def add(username: str, role: str) -> Any:
        return admin_svc.accounts.add_user(admin, username, role, PASSWORD)

    add.services = admin_svc  # type: ignore[attr-defined]
    add.actor = admin  # type: ignore[attr-defined]
    yield add
    admin_svc.close()


class _Area:
    """One service area; a call whose first argument is a logged-in actor runs on that
    actor's own connection (their role), anything else on the owner's."""

    def __init__(self, root: RoleServices, area: str) -> None:
        self.root, self.area = root, area

    def __getattr__(self, method: str) -> Any:
        attr = getattr(getattr(self.root.owner, self.area), method)
        if not callable(attr):
            return attr

        def call(*args: Any, **kw: Any) -> Any:
            if self.area == "accounts" and method == "login":
                return self.root.login(*args, **kw)
            target = self.root.owner
            who = getattr(args[0], "username", None) if args else None
            if who in self.root.by_user:
                target = self.root.by_user[who]
            return getattr(getattr(target, self.area), method)(*args, **kw)

        return call


class RoleServices:
    """The `services` of tests/services, with every actor connected as their own role."""

    def __init__(self, server_db: ServerDb, clock: Any) -> None:
        from resettle.services.api import Services

        self.server_db, self.clock = server_db, clock
        self.owner = Services(server_db.owner.db, clock)
        self.by_user: dict[str, Any] = {}

    def login(self, username: str, password: str) -> Any:
        from resettle.services.api import Services
        from resettle.storage.database import open_server_database

        svc = self.by_user.get(username)
        if svc is None:
            svc = Services(open_server_database(self.server_db.url, password, user=username),
                           self.clock)
        actor = svc.accounts.login(username, password)
        self.by_user[username] = svc
        return actor

    def __getattr__(self, name: str) -> Any:
        if name in ("db", "ctx"):
            return getattr(self.owner, name)
        return _Area(self, name)

    def close(self) -> None:
        for svc in self.by_user.values():
            svc.close()


@pytest.fixture
def role_services(server_db: ServerDb, clock: Any,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[RoleServices]:
    """Also routes `transaction(owner_ctx, actor)` to the actor's own context, for tests
    that build a service object on `services.ctx` themselves."""
    import sys

    from resettle.services import context

    s = RoleServices(server_db, clock)
    original = context.transaction

    def routed(ctx: Any, actor: Any, *args: Any, **kw: Any) -> Any:
        if ctx is s.owner.ctx and getattr(actor, "username", None) in s.by_user:
            ctx = s.by_user[actor.username].ctx
        return original(ctx, actor, *args, **kw)

    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "")
        if (name.startswith(("resettle.services", "_as_roles_"))
                and getattr(module, "transaction", None) is original):
            monkeypatch.setattr(module, "transaction", routed)
    yield s
    s.close()
