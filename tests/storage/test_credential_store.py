"""The real Secret Service (gnome-keyring on a private D-Bus session) holds this computer's
secret: one of the two factors; the database key itself is never in it (issue 15)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from resettle.domain.errors import UnlockFailed
from resettle.services.installation import (
    Location,
    initialise,
    log_in,
    recover,
    reset_after_recovery,
)
from resettle.storage import keys

pytestmark = pytest.mark.keyring


def test_real_backend_is_accepted(secret_service) -> None:
    store = keys.credential_store()
    assert store is not None and type(store).__module__ == "keyring.backends.SecretService"


def test_credential_store_holds_only_half_of_the_key(secret_service, tmp_path: Path) -> None:
    loc = Location(tmp_path / "data")
    services, recovery = initialise(loc, "admin", "admin-password-1", backend=secret_service)
    key = services.db.secret
    services.close()
    store = json.loads((loc.data_dir / "keystore.json").read_text())
    assert store["mode"] == "keyring" and "passphrase" not in store
    assert secret_service.get_password(keys.SERVICE, f"database-key:{store['database_id']}") \
        is None  # the database key itself is in no credential store
    account = f"store-secret:{store['database_id']}"
    stored = secret_service.get_password(keys.SERVICE, account)
    assert stored and bytes.fromhex(stored) != key
    for path in loc.data_dir.rglob("*"):
        if path.is_file():
            assert key not in path.read_bytes() and key.hex().encode() not in path.read_bytes()
    reopened, actor = log_in(loc, "admin", "admin-password-1", backend=secret_service)
    assert actor.username == "admin" and reopened.db.secret == key
    reopened.close()

    secret_service.delete_password(keys.SERVICE, account)  # the credential store is lost
    with pytest.raises(UnlockFailed, match="key_not_in_store"):
        log_in(loc, "admin", "admin-password-1", backend=secret_service)
    recovered = recover(loc, recovery, backend=secret_service)
    reset_after_recovery(recovered, "admin", "admin-password-2")
    recovered.close()
    assert secret_service.get_password(keys.SERVICE, account) not in (None, stored)
    log_in(loc, "admin", "admin-password-2", backend=secret_service)[0].close()


def test_cli_init_uses_the_credential_store(secret_service, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESETTLE_")}
    env.update(RESETTLE_DATA_DIR=str(tmp_path / "data"), RESETTLE_PASSWORD="admin-password-1")
    result = subprocess.run([sys.executable, "-m", "resettle", "init", "--admin", "admin"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "credential store" in result.stdout and "Passphrase mode" not in result.stdout
    listed = subprocess.run([sys.executable, "-m", "resettle", "--user", "admin", "user", "list"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert listed.returncode == 0 and "admin" in listed.stdout
