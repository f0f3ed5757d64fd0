"""Key rotation re-encrypts: the old key stops working, the data and the audit chain stay whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from resettle.domain.errors import UnlockFailed
from resettle.services.installation import Location, initialise, log_in, rotate_key
from resettle.storage.engine import sqlcipher_engine

PASSPHRASE = "a passphrase long enough"


def test_rekey_rotates_and_keeps_everything(tmp_path: Path) -> None:
    loc = Location(tmp_path / "data")
    services, old_recovery = initialise(loc, "admin", "admin-password-1", passphrase=PASSPHRASE)
    admin = services.accounts.login("admin", "admin-password-1")
    services.accounts.add_user(admin, "nari", "caseworker", "caseworker-pass-1")
    old_key = services.db.secret
    backups = loc.data_dir / "backups"
    backups.mkdir()
    from resettle.services import backups as backup_service

    backup_service.create(services, admin, backups / "before.db")
    (backups / "ancient.db").write_bytes(b"\x00" * 4096)  # under a key long gone
    services, recovery, copies = rotate_key(services, admin, loc, passphrase=PASSPHRASE)
    assert copies == [("ancient.db", "removed"), ("before.db", "re-encrypted")]
    assert not (backups / "ancient.db").exists()
    with pytest.raises(UnlockFailed):
        sqlcipher_engine(backups / "before.db", old_key).connect()
    sqlcipher_engine(backups / "before.db", services.db.secret).connect().close()
    assert recovery != old_recovery
    assert services.db.secret != old_key
    assert services.accounts.list_users(admin)  # the session goes on over the new key
    admin = services.accounts.login("admin", "admin-password-1")
    assert [u.username for u in services.accounts.list_users(admin)] == ["admin", "nari"]
    report = services.audit.verify(admin)
    assert report.ok, report.problem
    assert any(r.action == "rekey" for r in services.audit.entries(admin))
    services.close()
    with pytest.raises(UnlockFailed):
        sqlcipher_engine(loc.data_dir / "resettle.db", old_key).connect()
    assert not (loc.data_dir / "resettle.db.rekey").exists()
    reopened, _ = log_in(loc, "admin", "admin-password-1", lambda: PASSPHRASE)
    reopened.close()
    reopened, _ = log_in(loc, "nari", "caseworker-pass-1", lambda: PASSPHRASE)
    reopened.close()


def test_rekey_is_for_admins(tmp_path: Path) -> None:
    from resettle.domain.errors import PermissionDenied

    loc = Location(tmp_path / "data")
    services, _ = initialise(loc, "admin", "admin-password-1", passphrase=PASSPHRASE)
    admin = services.accounts.login("admin", "admin-password-1")
    services.accounts.add_user(admin, "nari", "supervisor", "supervisor-pass-1")
    sv = services.accounts.login("nari", "supervisor-pass-1")
    with pytest.raises(PermissionDenied):
        rotate_key(services, sv, loc, passphrase=PASSPHRASE)
    assert services.audit.entries(admin)[0].action == "permission_denied"
    services.close()
