"""Key slots (issue 15): one per account, touched only by that account's changes; the upgrade
from format 1 (the credential store alone released the database key) ends with no single-
factor key left."""

from __future__ import annotations

import json
import secrets
import uuid
from pathlib import Path

import keyring.backend
import pytest
from sqlalchemy import delete, select

from resettle.domain.errors import AuthenticationFailed
from resettle.services.api import Services
from resettle.services.installation import Location, initialise, log_in
from resettle.storage import keys, migrate
from resettle.storage.database import Database
from resettle.storage.engine import sqlcipher_engine
from resettle.storage.key_slots import b64
from resettle.storage.models import AuditEntry, UserKey

ADMIN_PW, CW_PW = "admin-password-1", "caseworker-pass-1"


class DictKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def _slots(data: Path) -> dict[str, dict[str, object]]:
    return json.loads((data / "keystore.json").read_text())["slots"]  # type: ignore[no-any-return]


def test_each_change_touches_only_its_own_slot(tmp_path: Path) -> None:
    store, loc = DictKeyring(), Location(tmp_path / "data")
    services, _ = initialise(loc, "admin", ADMIN_PW, backend=store)
    admin = services.accounts.login("admin", ADMIN_PW)
    first = _slots(loc.data_dir)
    services.accounts.add_user(admin, "cw", "caseworker", CW_PW)
    after_add = _slots(loc.data_dir)
    assert len(after_add) == 2 and all(after_add[a] == first[a] for a in first)
    (cw_address,) = set(after_add) - set(first)
    services.accounts.reset_password(admin, "cw", "caseworker-pass-2")
    after_reset = _slots(loc.data_dir)
    assert after_reset[cw_address] != after_add[cw_address]
    assert all(after_reset[a] == first[a] for a in first)
    cw = services.accounts.login("cw", "caseworker-pass-2")
    services.accounts.change_password(cw, "caseworker-pass-2", "caseworker-pass-3")
    changed = _slots(loc.data_dir)
    assert changed[cw_address]["seal_public"] == after_reset[cw_address]["seal_public"]
    assert changed[cw_address]["wrapped"] != after_reset[cw_address]["wrapped"]
    assert services.audit.verify(admin).ok  # keys re-wrapped, the same signing key
    services.close()
    for password, ok in (("caseworker-pass-3", True), ("caseworker-pass-2", False)):
        if ok:
            log_in(loc, "cw", password, backend=store)[0].close()
        else:
            with pytest.raises(AuthenticationFailed):
                log_in(loc, "cw", password, backend=store)


def test_one_password_kdf_per_log_in(tmp_path: Path, monkeypatch) -> None:
    from resettle.storage import key_slots, slots

    store, loc = DictKeyring(), Location(tmp_path / "data")
    initialise(loc, "admin", ADMIN_PW, backend=store)[0].close()
    calls: list[int] = []
    real = key_slots.password_key

    def counted(*args: object) -> bytes:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(slots, "password_key", counted)
    monkeypatch.setattr(key_slots, "password_key", counted)
    import resettle.services.sessions as sessions_module

    monkeypatch.setattr(sessions_module, "password_key", counted)
    services, _ = log_in(loc, "admin", ADMIN_PW, backend=store)
    services.close()
    assert len(calls) == 1


def _format_1(data: Path, store: DictKeyring) -> tuple[bytes, str]:
    """An installation as format 1 made it: the credential store holds the database key;
    two accounts without keys (made before issue 15)."""
    data.mkdir(parents=True)
    key, database_id = keys.new_key(), str(uuid.uuid4())
    engine = sqlcipher_engine(data / "resettle.db", key, create=True)
    migrate.upgrade(engine)
    services = Services(Database(engine, key, "keyring", data / "resettle.db"))
    services.accounts.create_first_admin("admin", ADMIN_PW)
    admin = services.accounts.login("admin", ADMIN_PW)
    services.accounts.add_user(admin, "cw", "caseworker", CW_PW)
    with services.db.writer() as s, s.begin():  # format 1 had no user keys, no signatures
        s.execute(delete(UserKey))
        for row in s.scalars(select(AuditEntry)):
            row.signature = None
            row.details = {k: v for k, v in row.details.items() if k != "keys"}
        from resettle.storage import audit_chain

        audit_chain.rechain_unchecked(s, keys.derive(key, "audit chain"))
    services.close()
    recovery = keys.new_recovery_key()
    salt = secrets.token_bytes(16)
    aad = database_id.encode()
    wrapped = keys._wrap(keys.recovery_kek(recovery, salt), key, aad)  # noqa: SLF001
    (data / "keystore.json").write_text(json.dumps({
        "format": 1, "database_id": database_id, "mode": "keyring",
        "recovery": {"salt": b64(salt), **wrapped}}))
    store.set_password(keys.SERVICE, f"database-key:{database_id}", key.hex())
    return key, database_id


def test_upgrade_each_first_log_in_makes_its_slot_then_the_old_key_goes(tmp_path: Path) -> None:
    store, loc = DictKeyring(), Location(tmp_path / "data")
    key, database_id = _format_1(loc.data_dir, store)
    legacy = f"database-key:{database_id}"
    services, admin = log_in(loc, "admin", ADMIN_PW, backend=store)
    services.close()
    assert len(_slots(loc.data_dir)) == 1
    assert store.get_password(keys.SERVICE, legacy) == key.hex()  # cw has no slot yet
    with pytest.raises(AuthenticationFailed):  # a wrong password makes no slot
        log_in(loc, "cw", "not-the-password", backend=store)
    services, cw = log_in(loc, "cw", CW_PW, backend=store)
    services.close()
    assert len(_slots(loc.data_dir)) == 2
    assert store.get_password(keys.SERVICE, legacy) is None  # upgrade finished
    assert "legacy" not in json.loads((loc.data_dir / "keystore.json").read_text())
    assert all(key.hex() not in v for v in store.items.values())
    services, admin = log_in(loc, "admin", ADMIN_PW, backend=store)  # through its slot now
    report = services.audit.verify(admin)
    assert report.ok, report.problem
    actions = [r.action for r in services.audit.entries(admin, limit=100)]
    assert actions.count("enrol") == 2
    services.close()
