"""The real Secret Service (gnome-keyring on a private D-Bus session) holds the database key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from resettle.domain.errors import UnlockFailed
from resettle.services.installation import Location, initialise, open_services, recover
from resettle.storage import keys

pytestmark = pytest.mark.keyring


def test_real_backend_is_accepted(secret_service) -> None:
    store = keys.credential_store()
    assert store is not None and type(store).__module__ == "keyring.backends.SecretService"


def test_key_lives_in_the_credential_store_only(secret_service, tmp_path: Path) -> None:
    loc = Location(tmp_path / "data")
    services, recovery = initialise(loc, "admin", "admin-password-1", backend=secret_service)
    key = services.db.secret
    services.close()
    store = json.loads((loc.data_dir / "keystore.json").read_text())
    assert store["mode"] == "keyring" and "passphrase" not in store
    account = f"database-key:{store['database_id']}"
    assert secret_service.get_password(keys.SERVICE, account) == key.hex()
    for path in loc.data_dir.rglob("*"):
        if path.is_file():
            assert key not in path.read_bytes() and key.hex().encode() not in path.read_bytes()
    reopened = open_services(loc, backend=secret_service)
    assert reopened.accounts.login("admin", "admin-password-1").username == "admin"
    reopened.close()

    secret_service.delete_password(keys.SERVICE, account)  # the credential store is lost
    with pytest.raises(UnlockFailed, match="key_not_in_store"):
        open_services(loc, backend=secret_service)
    recovered = recover(loc, recovery, backend=secret_service)
    recovered.close()
    assert secret_service.get_password(keys.SERVICE, account) == key.hex()
    open_services(loc, backend=secret_service).close()


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
