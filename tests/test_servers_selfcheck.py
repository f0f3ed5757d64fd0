"""The server fixtures of tests/servers.py start real services that the tests can use."""

from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa


def test_pg_server_accepts_the_resettle_role(pg_server):
    assert pg_server.url("postgres").startswith(
        f"postgresql+psycopg://resettle:{pg_server.password}@127.0.0.1:{pg_server.port}/")
    engine = sa.create_engine(pg_server.url("postgres"))
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("select 1")).scalar_one() == 1
            assert conn.execute(sa.text("select current_user")).scalar_one() == "resettle"
            assert conn.execute(sa.text("show server_encoding")).scalar_one() == "UTF8"
    finally:
        engine.dispose()


def test_pg_server_rejects_a_wrong_password(pg_server):
    url = pg_server.url("postgres").replace(pg_server.password, "wrong")
    engine = sa.create_engine(url)
    try:
        with pytest.raises(sa.exc.OperationalError), engine.connect():
            pass
    finally:
        engine.dispose()


def test_pg_url_is_a_fresh_database(pg_url, pg_server):
    engine = sa.create_engine(pg_url)
    try:
        with engine.begin() as conn:
            assert conn.execute(sa.text(
                "select count(*) from information_schema.tables where table_schema = 'public'"
            )).scalar_one() == 0
            conn.execute(sa.text("create table t (id serial primary key, name text not null)"))
            conn.execute(sa.text("insert into t (name) values (:n)"), {"n": "김철수"})
        with engine.connect() as conn:
            assert conn.execute(sa.text("select name from t")).scalar_one() == "김철수"
    finally:
        engine.dispose()


def test_pg_create_database(pg_server):
    name = f"selfcheck_{uuid.uuid4().hex[:8]}"
    url = pg_server.create_database(name)
    try:
        engine = sa.create_engine(url)
        try:
            with engine.connect() as conn:
                assert conn.execute(sa.text("select current_database()")).scalar_one() == name
        finally:
            engine.dispose()
    finally:
        pg_server.drop_database(name)


def test_secret_service_stores_reads_and_deletes(secret_service):
    import keyring
    import keyring.backends.SecretService
    from keyring.errors import PasswordDeleteError

    assert type(secret_service) is keyring.backends.SecretService.Keyring
    assert keyring.backends.SecretService.Keyring.priority > 0
    assert isinstance(keyring.get_keyring(), keyring.backends.SecretService.Keyring)
    assert os.environ["DBUS_SESSION_BUS_ADDRESS"].startswith("unix:path=")

    service, user = f"resettle-selfcheck-{uuid.uuid4().hex[:8]}", "db-key"
    assert secret_service.get_password(service, user) is None
    secret_service.set_password(service, user, "s3cret-키")
    assert secret_service.get_password(service, user) == "s3cret-키"
    # a fresh backend object (as the application makes) sees the same store
    assert keyring.backends.SecretService.Keyring().get_password(service, user) == "s3cret-키"
    secret_service.delete_password(service, user)
    assert secret_service.get_password(service, user) is None
    with pytest.raises(PasswordDeleteError):
        secret_service.delete_password(service, user)


def test_secret_service_default_collection_is_the_unlocked_login_keyring(secret_service):
    from contextlib import closing

    import secretstorage

    with closing(secretstorage.dbus_init()) as conn:
        collection = secretstorage.get_default_collection(conn)
        assert not collection.is_locked()
        assert collection.get_label() == "Login"


def test_qt_runs_offscreen_with_the_system_libraries():
    """PySide6's wheels need system libraries (EGL, GL, fontconfig, xkbcommon, glib ...) that
    tests/run.sh installs; a missing one shows here as a load error, not as a crash later."""
    import importlib.util
    import subprocess
    import sys

    if importlib.util.find_spec("PySide6") is None:
        pytest.skip("PySide6 is not installed")

    code = (
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication(['selfcheck'])\n"
        "label = QLabel('재정착 Resettle')\n"
        "label.show()\n"
        "image = label.grab().toImage()\n"
        "assert image.width() > 0 and image.height() > 0\n"
        "print(app.platformName())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=60, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "offscreen"
