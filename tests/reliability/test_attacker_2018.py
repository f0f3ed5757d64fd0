"""Issue 15's done-when: the 2018 attacker (malware running as the user) against a data folder.

With every file of the data folder and everything the credential store holds for Resettle,
and no password, nothing opens. With the database key, a forged, re-chained audit row under
another user's name is named by `audit verify`; a trigger added with the key is named by
`self-test`. A hand-made Actor is refused; a disabled user's open session ends."""

from __future__ import annotations

import base64
import itertools
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring.backend
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from resettle.domain.errors import AuthenticationFailed, ResettleError, UnlockFailed
from resettle.domain.roles import Role
from resettle.services import backups
from resettle.services.context import SYSTEM, Actor
from resettle.services.installation import Location, initialise, log_in
from resettle.storage import audit_chain, keys
from resettle.storage.engine import connect_raw, sqlcipher_engine, writer
from resettle.storage.models import AuditEntry, AuditHead, Person, UserKey

ADMIN_PW, SUPERVISOR_PW, CASEWORKER_PW = "admin-password-1", "supervisor-pass-1", "casework-pass-1"


class DictKeyring(keyring.backend.KeyringBackend):
    """A credential store the attacker can read in full (as malware running as the user can)."""

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


@pytest.fixture
def office(tmp_path: Path) -> dict[str, Any]:
    """An installation with three accounts, a person, and a backup in the data folder."""
    store = DictKeyring()
    loc = Location(tmp_path / "data")
    services, recovery = initialise(loc, "admin", ADMIN_PW, backend=store)
    admin = services.accounts.login("admin", ADMIN_PW)
    services.accounts.add_user(admin, "supervisor", "supervisor", SUPERVISOR_PW)
    services.accounts.add_user(admin, "caseworker", "caseworker", CASEWORKER_PW)
    with services.db.writer() as s, s.begin():
        s.add(Person(family_name="김", given_name="설화", family_name_latin="Kim",
                     given_name_latin="Seolhwa", key_hangul="김설화", key_initials="ㄱㅅㅎ",
                     key_latin="kimseolhwa", sex="F"))
    (loc.data_dir / "backups").mkdir()
    backups.create(services, admin, loc.data_dir / "backups" / "daily.db")
    key = services.db.secret
    services.close()
    return {"loc": loc, "store": store, "recovery": recovery, "key": key}


def _candidates(folder: Path, store: DictKeyring) -> list[bytes]:
    """Every 32-byte value the attacker can find or derive without a password."""
    found: set[bytes] = set()
    texts = list(store.items.values())
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            texts.append(data.decode("latin-1"))
            found.update(data[i:i + 32] for i in range(0, min(len(data), 8192) - 31, 16))
    for blob in texts:
        for token in re.findall(r"[0-9a-fA-F]{64}", blob):
            found.add(bytes.fromhex(token))
        for token in re.findall(r"[A-Za-z0-9+/]{40,}={0,2}", blob):
            try:
                raw = base64.b64decode(token)
            except ValueError:
                continue
            found.update(raw[i:i + 32] for i in range(0, len(raw) - 31))
    derived = {keys.derive(c, p) for c in found for p in ("store secret", "audit chain")}
    return list(found | derived)


def test_files_and_credential_store_without_a_password_open_nothing(office) -> None:
    loc, store = office["loc"], office["store"]
    assert store.items, "the credential store holds something for Resettle"
    assert all(office["key"].hex() not in v for v in store.items.values())
    files = [p for p in loc.data_dir.rglob("*.db") if p.is_file()]
    assert {p.name for p in files} >= {"resettle.db", "daily.db"}
    candidates = _candidates(loc.data_dir, store)
    assert len(candidates) > 100
    assert office["key"] not in candidates  # the database key is nowhere in clear
    for path, key in itertools.product(files, candidates):
        with pytest.raises(UnlockFailed):
            connect_raw(path, key, readonly=True).close()
    for user, password in (("admin", ""), ("admin", "guess-password-1"), ("supervisor", "")):
        with pytest.raises(AuthenticationFailed):
            log_in(loc, user, password, backend=store)
    # the same folder opens with a password: the test above is not vacuous
    services, actor = log_in(loc, "caseworker", CASEWORKER_PW, backend=store)
    assert actor.role is Role.CASEWORKER and services.db.secret == office["key"]
    services.close()


def test_the_store_alone_and_the_password_alone_are_not_enough(office, tmp_path: Path) -> None:
    loc = office["loc"]
    with pytest.raises(UnlockFailed, match="key_not_in_store"):
        log_in(loc, "admin", ADMIN_PW, backend=DictKeyring())  # another computer
    copy = DictKeyring()
    copy.items = {k: "00" * 32 for k in office["store"].items}  # a guessed secret
    with pytest.raises(AuthenticationFailed):
        log_in(loc, "admin", ADMIN_PW, backend=copy)


def _forge(path: Path, key: bytes, victim: str, *, signer: Ed25519PrivateKey | None,
           rechain: bool) -> int:
    """What a script holding the database key does: a row in the victim's name, the whole
    chain re-signed with the chain key, the head moved."""
    engine = sqlcipher_engine(path, key)
    with Session(writer(engine)) as s, s.begin():
        victim_id = s.scalar(text("SELECT id FROM users WHERE username = :u"), {"u": victim})
        row = audit_chain.append(s, keys.derive(key, "audit chain"),
                                 at=s.scalar(select(AuditEntry.at).order_by(
                                     AuditEntry.id.desc()).limit(1)),
                                 actor_id=victim_id, actor=victim, action="view",
                                 entity="note", entity_id="1", signer=signer)
        forged = row.id
    if rechain:
        with Session(writer(engine)) as s, s.begin():
            s.execute(update(AuditEntry).where(AuditEntry.id == 2).values(
                details={"edited": True}))
            audit_chain.rechain_unchecked(s, keys.derive(key, "audit chain"))
    engine.dispose()
    return forged


@pytest.mark.parametrize("signer", ["none", "attacker", "replaced_public_key"])
def test_a_forged_rechained_row_in_another_name_is_named(office, signer: str) -> None:
    loc, store, key = office["loc"], office["store"], office["key"]
    path = loc.data_dir / "resettle.db"
    attacker = Ed25519PrivateKey.generate()
    if signer == "replaced_public_key":  # the attacker swaps the victim's key in the table
        engine = sqlcipher_engine(path, key)
        with Session(writer(engine)) as s, s.begin():
            s.execute(update(UserKey).where(UserKey.user_id == s.scalar(
                text("SELECT id FROM users WHERE username = 'supervisor'"))).values(
                sign_public=attacker.public_key().public_bytes_raw().hex()))
        engine.dispose()
    forged = _forge(path, key, "supervisor", signer=None if signer == "none" else attacker,
                    rechain=False)
    services, admin = log_in(loc, "admin", ADMIN_PW, backend=store)
    report = services.audit.verify(admin)
    services.close()
    assert not report.ok and report.first_bad_id == forged, report
    assert forged in report.forged and "supervisor" in report.problem


def test_a_rewritten_history_fails_against_a_kept_head(office) -> None:
    loc, store, key = office["loc"], office["store"], office["key"]
    services, admin = log_in(loc, "admin", ADMIN_PW, backend=store)
    kept = services.audit.kept_head(admin)
    assert services.audit.verify(admin, against=kept).ok
    services.close()
    # a key holder rewrites row 2's content and re-chains everything with the chain key
    engine = sqlcipher_engine(loc.data_dir / "resettle.db", key)
    with Session(writer(engine)) as s, s.begin():
        row = s.get(AuditEntry, 3)
        assert row is not None
        row.details = {"edited": True}
        audit_chain.rechain_unchecked(s, keys.derive(key, "audit chain"))
    engine.dispose()
    services, admin = log_in(loc, "admin", ADMIN_PW, backend=store)
    report = services.audit.verify(admin, against=kept)
    services.close()
    assert not report.ok and report.first_bad_id is not None


def test_an_added_trigger_is_named_by_self_test_and_audit_verify(office, tmp_path) -> None:
    loc, store, key = office["loc"], office["store"], office["key"]
    conn = connect_raw(loc.data_dir / "resettle.db", key, readonly=False)
    conn.execute("CREATE TRIGGER copy_notes AFTER INSERT ON notes BEGIN "
                 "UPDATE notes SET restricted = 0 WHERE id = NEW.id; END")
    conn.execute("CREATE VIEW everyone AS SELECT * FROM persons")
    conn.close()
    from resettle.services import selftest

    services, admin = log_in(loc, "admin", ADMIN_PW, backend=store)
    checks = {c.name: c for c in selftest.run(selftest.database_checks(services, admin))}
    assert not checks["database schema"].ok
    assert "trigger copy_notes" in checks["database schema"].detail
    assert "view everyone" in checks["database schema"].detail
    report = services.audit.verify(admin)
    assert not report.ok and "trigger copy_notes" in report.unexpected
    services.close()


def test_cli_self_test_names_an_added_trigger(tmp_path: Path) -> None:
    import os

    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESETTLE_")}
    env.update(LANG="en_US.UTF-8", RESETTLE_DATA_DIR=str(data), RESETTLE_KEY_MODE="passphrase",
               RESETTLE_PASSPHRASE="cli passphrase 123", RESETTLE_PASSWORD=ADMIN_PW,
               RESETTLE_USER="admin")
    services, _ = initialise(Location(data), "admin", ADMIN_PW, passphrase="cli passphrase 123")
    conn = connect_raw(data / "resettle.db", services.db.secret, readonly=False)
    conn.execute("CREATE TRIGGER leak AFTER INSERT ON notes BEGIN SELECT 1; END")
    conn.close()
    services.close()
    result = subprocess.run([sys.executable, "-m", "resettle", "--json", "self-test"],
                            capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 1, result.stdout + result.stderr
    checks = {c["name"]: c for c in json.loads(result.stdout)}
    assert not checks["database schema"]["ok"] and "trigger leak" in \
        checks["database schema"]["detail"]


def test_a_hand_made_actor_is_refused(office) -> None:
    services, admin = log_in(office["loc"], "admin", ADMIN_PW, backend=office["store"])
    supervisor_id = next(u.id for u in services.accounts.list_users(admin)
                         if u.username == "supervisor")
    for forged in (Actor(supervisor_id, "supervisor", Role.SUPERVISOR),
                   Actor(admin.id, admin.username, admin.role, session="guessed-token"),
                   Actor(supervisor_id, "supervisor", Role.SUPERVISOR, session=admin.session),
                   SYSTEM):
        with pytest.raises(AuthenticationFailed, match="session_invalid"):
            services.accounts.list_users(forged)
    assert services.accounts.list_users(admin)  # the real session still works
    services.close()


def test_disabling_a_user_ends_their_open_session(office) -> None:
    loc, store = office["loc"], office["store"]
    services, admin = log_in(loc, "admin", ADMIN_PW, backend=store)
    sv = services.accounts.login("supervisor", SUPERVISOR_PW)
    assert services.audit.entries(admin, limit=1)
    assert services.accounts.set_language(sv, "en").language == "en"  # the session works
    services.accounts.set_active(admin, "supervisor", False)
    with pytest.raises(AuthenticationFailed, match="session_"):
        services.accounts.list_users(sv)
    services.accounts.set_active(admin, "supervisor", True)
    with pytest.raises(AuthenticationFailed):  # enabling again does not revive the session
        services.accounts.list_users(sv)
    services.close()
    reopened, again = log_in(loc, "supervisor", SUPERVISOR_PW, backend=store)  # slot resealed
    assert again.role is Role.SUPERVISOR
    reopened.close()


def test_a_role_change_ends_the_session_and_a_disabled_slot_holds_no_key(office) -> None:
    loc, store = office["loc"], office["store"]
    services, admin = log_in(loc, "admin", ADMIN_PW, backend=store)
    cw = services.accounts.login("caseworker", CASEWORKER_PW)
    services.accounts.edit_user(admin, "caseworker", role="supervisor")
    with pytest.raises(AuthenticationFailed, match="session_ended"):
        services.accounts.list_users(cw)
    services.accounts.set_active(admin, "caseworker", False)
    services.close()
    slots = json.loads((loc.data_dir / "keystore.json").read_text())["slots"]
    assert sum("sealed" not in s for s in slots.values()) == 1
    assert "caseworker" not in json.dumps(slots)  # addressed by a keyed hash, not the name
    with pytest.raises(AuthenticationFailed, match="account_disabled"):
        log_in(loc, "caseworker", CASEWORKER_PW, backend=store)
    with pytest.raises(AuthenticationFailed, match="authentication_failed"):
        log_in(loc, "caseworker", "wrong-password-1", backend=store)


def test_every_row_is_signed_and_verify_passes(office) -> None:
    services, admin = log_in(office["loc"], "admin", ADMIN_PW, backend=office["store"])
    report = services.audit.verify(admin)
    assert report.ok, report.problem
    with services.db.reader() as s:
        rows = s.scalars(select(AuditEntry)).all()
        assert s.get(AuditHead, 1) is not None
    unsigned = [(r.id, r.actor, r.action) for r in rows if not r.signature]
    assert unsigned == [], unsigned
    services.close()


def test_the_error_types_are_the_catalogue_s(office) -> None:
    with pytest.raises(ResettleError):
        log_in(office["loc"], "nobody", ADMIN_PW, backend=office["store"])


def _slots(loc: Location) -> dict[str, Any]:
    return dict(json.loads((loc.data_dir / "keystore.json").read_text())["slots"])


def test_removing_an_unused_account_takes_its_slot_and_nothing_else(office) -> None:
    from resettle.domain.errors import InvalidInput, RuleViolation

    loc, store = office["loc"], office["store"]
    services, admin = log_in(loc, "admin", ADMIN_PW, backend=store)
    before = _slots(loc)
    services.accounts.add_user(admin, "mistake.cw", "caseworker", "made-by-mistake-9")
    added = _slots(loc)
    assert len(added) == len(before) + 1
    assert services.accounts.remove_user(admin, "mistake.cw") == "mistake.cw"
    assert _slots(loc) == before  # that slot gone, every other one as it was
    services.accounts.login("supervisor", SUPERVISOR_PW)
    with pytest.raises(RuleViolation) as kept:  # logged in, so named by the audit log
        services.accounts.remove_user(admin, "supervisor")
    assert kept.value.key == "account_has_history"
    with pytest.raises(InvalidInput) as own:
        services.accounts.remove_user(admin, "admin")
    assert own.value.key == "cannot_remove_self"
    assert services.audit.verify(admin).ok
    assert [u.username for u in services.accounts.list_users(admin)] == [
        "admin", "caseworker", "supervisor"]
    services.close()
    with pytest.raises(AuthenticationFailed, match="authentication_failed"):
        log_in(loc, "mistake.cw", "made-by-mistake-9", backend=store)
    log_in(loc, "caseworker", CASEWORKER_PW, backend=store)[0].close()


def test_demo_removal_leaves_no_demo_account_able_to_open_the_database(office) -> None:
    loc, store = office["loc"], office["store"]
    services, admin = log_in(loc, "admin", ADMIN_PW, backend=store)
    before = _slots(loc)
    loaded = services.demo.load(admin, cases=20)
    used = loaded.accounts[0]  # logs in once, so the audit log keeps the account (disabled)
    services.accounts.login(used.username, used.password)
    services.demo.remove(admin)
    services.close()
    left = _slots(loc)
    assert set(before) <= set(left) and len(left) == len(before) + 1
    assert sum("sealed" not in s for s in left.values()) == 1  # the kept one holds no key
    for account in loaded.accounts:
        with pytest.raises(AuthenticationFailed):
            log_in(loc, account.username, account.password, backend=store)
