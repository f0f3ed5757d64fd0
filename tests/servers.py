"""Real services for the tests, started from inside pytest.

Loaded for every test through ``pytest_plugins = ["servers"]`` in tests/conftest.py.

Fixtures
--------
``pg_server`` (session)
    A throwaway PostgreSQL cluster: ``initdb`` into a temporary folder, started with ``pg_ctl``,
    listening only on 127.0.0.1 on a free port (unix socket in the temporary folder), with a
    role ``resettle`` (password, CREATEDB, CREATEROLE). TCP connections must use TLS: the
    server's certificate is signed by a CA generated for the session (``PgServer.ca_file``),
    pg_hba allows only ``hostssl ... scram-sha-256`` (a ``sslmode=disable`` connection is
    refused), and the URLs/DSNs below carry ``sslmode=verify-full`` and ``sslrootcert``.
    The superuser connects over the unix socket only. Yields a :class:`PgServer`.
``pg_url`` (function)
    A fresh, empty database owned by ``resettle``; yields its SQLAlchemy URL
    (``postgresql+psycopg://...``) and drops the database afterwards.
``secret_service`` (session)
    A private D-Bus session bus and ``gnome-keyring-daemon`` (secrets component) whose
    ``login`` collection exists, is the ``default`` alias and is unlocked. Yields the real
    ``keyring.backends.SecretService.Keyring`` backend, which is also made the ``keyring``
    library's active backend for the session.

When a program is missing the fixtures skip with the reason, unless the environment variable
``RESETTLE_REQUIRE_SERVICES=1`` is set (CI sets it), in which case they fail.

Every wait is bounded, and every process started here is stopped at the end of the session.
A small watchdog process also stops them if pytest itself is killed.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REQUIRE_ENV = "RESETTLE_REQUIRE_SERVICES"
START_TIMEOUT = 60.0  # seconds for a service to come up
STOP_TIMEOUT = 20.0  # seconds for a service to go down before it is killed

PG_ROLE = "resettle"
PG_SUPERUSER = "postgres"


# --------------------------------------------------------------------------- helpers


def services_required() -> bool:
    return os.environ.get(REQUIRE_ENV, "").strip() == "1"


def unavailable(reason: str) -> None:
    """Skip the test, or fail it when RESETTLE_REQUIRE_SERVICES=1."""
    if services_required():
        pytest.fail(f"{reason} [{REQUIRE_ENV}=1: required services must not be skipped]",
                    pytrace=False)
    pytest.skip(reason)


def _tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _short_tmpdir(prefix: str) -> Path:
    """A private temporary folder with a short path (unix socket paths are limited to ~107 bytes)
    that other users may enter (the postgres user must reach its data folder under it)."""
    base = tempfile.gettempdir()
    if len(base) > 40 or (os.geteuid() == 0 and not _world_searchable(base)):
        base = "/tmp"
    return Path(tempfile.mkdtemp(prefix=prefix, dir=base))


def _world_searchable(path: str) -> bool:
    p = Path(path).resolve()
    for part in [p, *p.parents]:
        try:
            if not part.stat().st_mode & 0o001:
                return False
        except OSError:
            return False
    return True


def _stop_process(proc: subprocess.Popen[Any] | None, sig: int = signal.SIGTERM) -> None:
    """Stop a process we started (and its process group), bounded in time."""
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, sig)
    try:
        proc.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)


_WATCHDOG = r"""# resettle tests/servers.py watchdog
import json, os, shutil, signal, subprocess, sys, time
parent, spec = int(sys.argv[1]), json.loads(sys.argv[2])
while os.getppid() == parent:
    time.sleep(0.5)
for cmd in spec.get("cmds", []):
    try:
        subprocess.run(cmd, timeout=30, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/")
    except Exception:
        pass
def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False
for sig in (signal.SIGTERM, signal.SIGKILL):
    for pid in spec.get("groups", []):
        try:
            os.killpg(pid, sig)
        except OSError:
            pass
    for pid in spec.get("pids", []):
        try:
            os.kill(pid, sig)
        except OSError:
            pass
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(alive(p) for p in spec.get("pids", [])):
        time.sleep(0.1)
for path in spec.get("paths", []):
    shutil.rmtree(path, ignore_errors=True)
"""


def _start_watchdog(spec: dict[str, Any]) -> subprocess.Popen[bytes]:
    """A tiny process that cleans up after us if this pytest process dies without teardown
    (SIGKILL, a crash). Teardown stops it first, so normally it does nothing."""
    return subprocess.Popen(
        [sys.executable, "-c", _WATCHDOG, str(os.getpid()), json.dumps(spec)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True, cwd="/",
    )


# --------------------------------------------------------------------------- PostgreSQL


def _pg_version_key(bindir: str) -> tuple[int, ...]:
    m = re.search(r"/postgresql/(\d+(?:\.\d+)*)/bin", bindir)
    return tuple(int(x) for x in m.group(1).split(".")) if m else (0,)


def find_pg_bindir() -> str | None:
    """The folder holding initdb, pg_ctl and postgres: $RESETTLE_PG_BINDIR, then PATH,
    then the newest /usr/lib/postgresql/*/bin (Debian puts the server binaries there)."""
    candidates: list[str] = []
    if os.environ.get("RESETTLE_PG_BINDIR"):
        candidates.append(os.environ["RESETTLE_PG_BINDIR"])
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(os.path.dirname(os.path.realpath(initdb)))
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_pg_version_key,
                         reverse=True)
    for d in candidates:
        if all(os.access(os.path.join(d, b), os.X_OK) for b in ("initdb", "pg_ctl", "postgres")):
            return d
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _utf8_locale() -> list[str]:
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        out = ""
    names = {n.strip().lower() for n in out.split()}
    if "c.utf8" in names or "c.utf-8" in names:
        return ["--locale=C.UTF-8"]
    return ["--no-locale"]


# TCP only with TLS and SCRAM; the superuser only over the unix socket (the test harness).
PG_HBA = """# resettle tests: TLS required for every TCP connection
local   all   postgres                 trust
local   all   all                      reject
hostssl all   postgres   0.0.0.0/0     reject
hostssl all   all        127.0.0.1/32  scram-sha-256
hostnossl all all        0.0.0.0/0     reject
"""


def make_test_tls(host: str) -> tuple[bytes, bytes, bytes]:
    """(CA certificate, server certificate, server key) in PEM, generated with `cryptography`."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "resettle test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(hours=1))
          .not_valid_after(now + datetime.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                       False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(hours=1))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([
                x509.IPAddress(ipaddress.ip_address(host)), x509.DNSName("localhost")]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    return (ca.public_bytes(pem), cert.public_bytes(pem),
            key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


class PgServer:
    """A running throwaway PostgreSQL cluster (see the ``pg_server`` fixture)."""

    host = "127.0.0.1"
    user = PG_ROLE

    def __init__(self, bindir: str, base: Path, as_user: list[str],
                 owner: tuple[int, int] | None, settings: dict[str, str] | None = None) -> None:
        self.bindir = bindir
        self.settings = dict(settings or {})  # postgresql.conf lines written after ours
        self._owner = owner
        self.base = base
        self.datadir = base / "data"
        self.sockdir = base / "sock"
        self.logfile = base / "postgres.log"
        self.tlsdir = base / "tls"
        self.ca_file = self.tlsdir / "ca.crt"
        self.password = secrets.token_hex(16)
        self.port = 0
        self._as_user = as_user
        self._watchdog: subprocess.Popen[bytes] | None = None
        self._started = False

    # -- public API

    def url(self, dbname: str = "postgres") -> str:
        """SQLAlchemy URL of database ``dbname`` for the ``resettle`` role, over TCP with TLS
        (the server certificate verified against the session's CA)."""
        return (f"postgresql+psycopg://{self.user}:{self.password}@{self.host}:{self.port}/"
                f"{dbname}?{self.tls_query()}")

    def tls_query(self) -> str:
        """The URL query that makes libpq require TLS and verify the server against our CA."""
        return f"sslmode=verify-full&sslrootcert={self.ca_file}"

    def role_url(self, role: str, password: str, dbname: str) -> str:
        """SQLAlchemy URL for any role (a user's own login role), TLS verified."""
        from urllib.parse import quote

        return (f"postgresql+psycopg://{quote(role, safe='')}:{quote(password, safe='')}@"
                f"{self.host}:{self.port}/{dbname}?{self.tls_query()}")

    def dsn(self, dbname: str = "postgres") -> str:
        """libpq/psycopg connection string (no SQLAlchemy driver prefix), TLS verified."""
        return (f"host={self.host} port={self.port} user={self.user} "
                f"password={self.password} dbname={dbname} connect_timeout=10 "
                f"sslmode=verify-full sslrootcert={self.ca_file}")

    def admin_connect(self, dbname: str = "postgres") -> Any:
        """A psycopg connection (autocommit) as the superuser, over the unix socket."""
        import psycopg

        return psycopg.connect(host=str(self.sockdir), port=self.port, user=PG_SUPERUSER,
                               dbname=dbname, autocommit=True, connect_timeout=10)

    def create_database(self, name: str, template: str = "template0") -> str:
        """Create a database owned by ``resettle`` (empty, or a copy of ``template``);
        return its SQLAlchemy URL."""
        from psycopg import sql

        with self.admin_connect() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} OWNER {} ENCODING 'UTF8' TEMPLATE {}")
                         .format(sql.Identifier(name), sql.Identifier(PG_ROLE),
                                 sql.Identifier(template)))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, closing any connection still open to it."""
        from psycopg import sql

        with self.admin_connect() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                         .format(sql.Identifier(name)))

    # -- life cycle

    def _cmd(self, *args: str) -> list[str]:
        return [*self._as_user, *args]

    def _run(self, args: list[str], timeout: float, what: str) -> None:
        out = self.base / (what.replace(" ", "_") + ".out")
        with open(out, "wb") as fh:
            try:
                r = subprocess.run(self._cmd(*args), stdin=subprocess.DEVNULL, stdout=fh,
                                   stderr=subprocess.STDOUT, cwd=self.base, timeout=timeout)
            except subprocess.TimeoutExpired as e:
                raise RuntimeError(f"{what} timed out after {timeout:.0f}s:\n{_tail(out)}") from e
        if r.returncode != 0:
            raise RuntimeError(f"{what} failed (exit {r.returncode}):\n{_tail(out)}"
                               f"\n--- server log ---\n{_tail(self.logfile)}")

    def start(self) -> None:
        self.sockdir.mkdir(mode=0o700)
        if self._owner:
            os.chown(self.sockdir, *self._owner)
        self._run([f"{self.bindir}/initdb", "-D", str(self.datadir), "-U", PG_SUPERUSER,
                   "-E", "UTF8", *_utf8_locale(), "--auth-local=trust",
                   "--auth-host=scram-sha-256", "--no-sync"], timeout=120, what="initdb")
        with open(self.datadir / "postgresql.conf", "a") as conf:
            conf.write(
                "\n# resettle test settings\n"
                "listen_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.sockdir}'\n"
                "fsync = off\n"
                "synchronous_commit = off\n"
                "full_page_writes = off\n"
                "max_connections = 200\n"
                "shared_buffers = 64MB\n"
                "max_wal_size = 1GB\n"
                "checkpoint_timeout = 30min\n"
                "logging_collector = off\n"
                "log_min_messages = warning\n"
                "log_timezone = 'UTC'\n"
                "timezone = 'UTC'\n"
                "ssl = on\n"
                f"ssl_cert_file = '{self.datadir / 'server.crt'}'\n"
                f"ssl_key_file = '{self.datadir / 'server.key'}'\n"
                "ssl_min_protocol_version = 'TLSv1.2'\n"
                "password_encryption = 'scram-sha-256'\n"
            )
            for key, value in self.settings.items():  # later lines win in postgresql.conf
                conf.write(f"{key} = {value}\n")
        self._write_tls()
        (self.datadir / "pg_hba.conf").write_text(PG_HBA)
        last: Exception | None = None
        for _ in range(3):  # the free port may be taken between bind() and postgres' bind()
            self.port = _free_port()
            try:
                self._run([f"{self.bindir}/pg_ctl", "-D", str(self.datadir), "-l",
                           str(self.logfile), "-w", "-t", str(int(START_TIMEOUT)),
                           "-o", f"-p {self.port}", "start"],
                          timeout=START_TIMEOUT + 15, what="pg_ctl start")
            except RuntimeError as e:
                last = e
                self._kill_postmaster()
                if "already in use" in str(e) or "could not bind" in str(e):
                    continue
                raise
            break
        else:
            raise RuntimeError(f"PostgreSQL could not get a free port: {last}")
        self._started = True
        pid = self._postmaster_pid()
        self._watchdog = _start_watchdog({
            "cmds": [self._cmd(f"{self.bindir}/pg_ctl", "-D", str(self.datadir), "-m",
                               "immediate", "-w", "-t", "20", "stop")],
            "pids": [pid] if pid else [],
            "paths": [str(self.base)],
        })
        from psycopg import sql

        with self.admin_connect() as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEDB CREATEROLE PASSWORD {}")
                         .format(sql.Identifier(PG_ROLE), sql.Literal(self.password)))

    def _write_tls(self) -> None:
        """A CA of our own, and a server certificate for 127.0.0.1/localhost signed by it."""
        self.tlsdir.mkdir(mode=0o755, exist_ok=True)
        ca_pem, cert_pem, key_pem = make_test_tls(self.host)
        self.ca_file.write_bytes(ca_pem)
        self.ca_file.chmod(0o644)
        for name, data in (("server.crt", cert_pem), ("server.key", key_pem)):
            path = self.datadir / name
            path.write_bytes(data)
            path.chmod(0o600)
            if self._owner:
                os.chown(path, *self._owner)

    def _postmaster_pid(self) -> int | None:
        try:
            return int((self.datadir / "postmaster.pid").read_text().split("\n", 1)[0])
        except (OSError, ValueError):
            return None

    def crash(self) -> int:
        """SIGKILL the postmaster (a crash, no shutdown) and wait, bounded, until it and its
        children are gone; returns the pid that was killed."""
        pid = self._postmaster_pid()
        assert pid, "no postmaster.pid"
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + STOP_TIMEOUT
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.02)
        return pid

    def restart(self, timeout: float = START_TIMEOUT) -> None:
        """Start the cluster again on the same port after `crash` (crash recovery runs);
        retried while the killed postmaster's children still hold the shared memory."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._run([f"{self.bindir}/pg_ctl", "-D", str(self.datadir), "-l",
                           str(self.logfile), "-w", "-t", str(int(START_TIMEOUT)),
                           "-o", f"-p {self.port}", "start"],
                          timeout=START_TIMEOUT + 15, what="pg_ctl restart")
                break
            except RuntimeError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        pid = self._postmaster_pid()
        _stop_process(self._watchdog)
        self._watchdog = _start_watchdog({
            "cmds": [self._cmd(f"{self.bindir}/pg_ctl", "-D", str(self.datadir), "-m",
                               "immediate", "-w", "-t", "20", "stop")],
            "pids": [pid] if pid else [],
            "paths": [str(self.base)],
        })

    def _kill_postmaster(self) -> None:
        pid = self._postmaster_pid()
        if not pid:
            return
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGQUIT)  # immediate shutdown
        deadline = time.monotonic() + STOP_TIMEOUT
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except OSError:
                return
            time.sleep(0.1)
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)

    def stop(self) -> None:
        if self._started:
            try:
                self._run([f"{self.bindir}/pg_ctl", "-D", str(self.datadir), "-m", "fast",
                           "-w", "-t", str(int(STOP_TIMEOUT)), "stop"],
                          timeout=STOP_TIMEOUT + 10, what="pg_ctl stop")
            except RuntimeError:
                self._kill_postmaster()
            self._started = False
        _stop_process(self._watchdog)
        self._watchdog = None
        shutil.rmtree(self.base, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def start_pg_server(settings: dict[str, str] | None = None) -> PgServer:
    """A separate throwaway cluster (same set-up as ``pg_server``, its own port, CA and short
    temporary folder: tmp_path may be too long for the socket or closed to the postgres user)
    for a test that must crash or stop its server; the caller calls ``stop()``."""
    bindir = find_pg_bindir()
    if bindir is None:
        unavailable("PostgreSQL server programs (initdb, pg_ctl, postgres) not found")
    as_user, owner, reason = _pg_as_user()
    if reason:
        unavailable(reason)
    assert bindir is not None
    base = _short_tmpdir("resettle-crash-")
    if owner:
        os.chown(base, *owner)
    server = PgServer(bindir, base, as_user, owner, settings)
    try:
        server.start()
    except Exception:
        server.stop()
        raise
    return server


def _pg_as_user() -> tuple[list[str], tuple[int, int] | None, str | None]:
    """Command prefix to run the server programs, the uid/gid to own the folder, or a reason."""
    if os.geteuid() != 0:
        return [], None, None
    import pwd

    try:
        pw = pwd.getpwnam("postgres")
    except KeyError:
        return [], None, ("PostgreSQL refuses to run as root and there is no 'postgres' system "
                          "user (install the Debian package 'postgresql')")
    if shutil.which("runuser"):
        return [shutil.which("runuser") or "runuser", "-u", "postgres", "--"], \
            (pw.pw_uid, pw.pw_gid), None
    if shutil.which("setpriv"):
        return [shutil.which("setpriv") or "setpriv", f"--reuid={pw.pw_uid}",
                f"--regid={pw.pw_gid}", "--clear-groups", "--"], (pw.pw_uid, pw.pw_gid), None
    return [], None, "running as root, and neither runuser nor setpriv is there to drop to postgres"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A throwaway PostgreSQL cluster for the whole test session."""
    bindir = find_pg_bindir()
    if bindir is None:
        unavailable("PostgreSQL server programs (initdb, pg_ctl, postgres) not found on PATH nor "
                    "under /usr/lib/postgresql/*/bin (Debian: apt-get install postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError as e:
        unavailable(f"psycopg is not importable: {e}")
    as_user, owner, reason = _pg_as_user()
    if reason:
        unavailable(reason)
    assert bindir is not None
    base = _short_tmpdir("resettle-pg-")
    if owner:
        os.chown(base, *owner)
    server = PgServer(bindir, base, as_user, owner)
    try:
        server.start()
    except Exception as e:
        server.stop()
        pytest.fail(f"could not start PostgreSQL from {bindir}: {e}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """SQLAlchemy URL of a fresh, empty database, dropped after the test."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    url = pg_server.create_database(name)
    try:
        yield url
    finally:
        pg_server.drop_database(name)


# --------------------------------------------------------------------------- Secret Service

# A session bus of our own. It has no <servicedir>: nothing is started behind our back by D-Bus
# activation, so every daemon on it is one that this module started and will stop.
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

KEYRING_PASSWORD = "resettle-test-login"  # the login password of the throwaway keyring


def _read_line(proc: subprocess.Popen[bytes], timeout: float) -> str:
    """First line a process prints on stdout, waiting at most ``timeout`` seconds."""
    import select

    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    buf = b""
    deadline = time.monotonic() + timeout
    while b"\n" not in buf:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no output within {timeout:.0f}s")
        ready, _, _ = select.select([fd], [], [], min(left, 0.5))
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                raise RuntimeError(f"exited with code {proc.wait(timeout=5)} before printing")
            buf += chunk
    return buf.split(b"\n", 1)[0].decode().strip()


def _secret_service_state() -> str:
    """'ready' when the default collection exists and is unlocked, else what is missing."""
    import secretstorage
    from jeepney.wrappers import DBusErrorResponse

    try:
        conn = secretstorage.dbus_init()
    except (secretstorage.exceptions.SecretStorageException, OSError) as e:
        return f"no session bus: {e}"
    try:
        if not secretstorage.check_service_availability(conn):
            return "org.freedesktop.secrets is not on the bus yet"
        coll = secretstorage.Collection(conn)  # the 'default' alias
        if coll.is_locked():
            return f"the default collection ({coll.get_label()}) is locked"
        return "ready"
    except (secretstorage.exceptions.SecretStorageException, DBusErrorResponse, OSError) as e:
        return f"{type(e).__name__}: {e}"
    finally:
        conn.close()


class _SecretServiceSession:
    """dbus-daemon + gnome-keyring-daemon in a temporary folder; see ``secret_service``."""

    def __init__(self, dbus_daemon: str, gkd: str) -> None:
        self.dbus_daemon = dbus_daemon
        self.gkd = gkd
        self.base = _short_tmpdir("resettle-kr-")
        self.runtime = self.base / "run"
        self.home = self.base / "home"
        for d in (self.runtime, self.home, self.home / "data", self.home / "config",
                  self.home / "cache"):
            d.mkdir(mode=0o700)
        self.address = ""
        self.bus: subprocess.Popen[bytes] | None = None
        self.daemon: subprocess.Popen[bytes] | None = None
        self._watchdog: subprocess.Popen[bytes] | None = None
        self._saved_env: dict[str, str | None] = {}

    def _daemon_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if k not in ("DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL",
                            "SSH_AUTH_SOCK", "DBUS_SESSION_BUS_ADDRESS")}
        env.update(HOME=str(self.home), XDG_DATA_HOME=str(self.home / "data"),
                   XDG_CONFIG_HOME=str(self.home / "config"),
                   XDG_CACHE_HOME=str(self.home / "cache"), XDG_RUNTIME_DIR=str(self.runtime))
        if self.address:
            env["DBUS_SESSION_BUS_ADDRESS"] = self.address
        return env

    def _set_env(self, **values: str) -> None:
        for k, v in values.items():
            self._saved_env.setdefault(k, os.environ.get(k))
            os.environ[k] = v

    def start(self) -> None:
        conf = self.base / "session-bus.conf"
        conf.write_text(_BUS_CONFIG.format(socket=self.runtime / "bus"))
        self.bus = subprocess.Popen(
            [self.dbus_daemon, f"--config-file={conf}", "--nofork", "--nopidfile",
             "--print-address=1"],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=open(self.base / "dbus.log", "wb"),  # noqa: SIM115 - the child keeps it
            env=self._daemon_env(), cwd=self.base, start_new_session=True)
        try:
            self.address = _read_line(self.bus, timeout=START_TIMEOUT)
        except (TimeoutError, RuntimeError) as e:
            raise RuntimeError(f"dbus-daemon: {e}\n{_tail(self.base / 'dbus.log')}") from e

        # --unlock reads the login password on stdin: with no login keyring yet, the daemon
        # creates the 'login' collection with that password, unlocks it, and (as no 'default'
        # alias is set) serves it as the default collection. --foreground keeps it our child.
        self.daemon = subprocess.Popen(
            [self.gkd, "--foreground", "--unlock", "--components=secrets",
             f"--control-directory={self.runtime / 'keyring'}"],
            stdin=subprocess.PIPE, stdout=open(self.base / "gkd.log", "wb"),  # noqa: SIM115
            stderr=subprocess.STDOUT, env=self._daemon_env(), cwd=self.base,
            start_new_session=True)
        assert self.daemon.stdin is not None
        self.daemon.stdin.write(KEYRING_PASSWORD.encode())
        self.daemon.stdin.close()
        self._watchdog = _start_watchdog({"groups": [self.daemon.pid, self.bus.pid],
                                          "pids": [self.daemon.pid, self.bus.pid],
                                          "paths": [str(self.base)]})

        self._set_env(DBUS_SESSION_BUS_ADDRESS=self.address,
                      XDG_RUNTIME_DIR=str(self.runtime),
                      GNOME_KEYRING_CONTROL=str(self.runtime / "keyring"),
                      PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring")
        deadline = time.monotonic() + START_TIMEOUT
        state = "not checked"
        while time.monotonic() < deadline:
            if self.daemon.poll() is not None:
                raise RuntimeError(f"gnome-keyring-daemon exited with code "
                                   f"{self.daemon.returncode}:\n{_tail(self.base / 'gkd.log')}")
            state = _secret_service_state()
            if state == "ready":
                return
            time.sleep(0.1)
        raise RuntimeError(f"the Secret Service did not become ready in {START_TIMEOUT:.0f}s "
                           f"({state}):\n{_tail(self.base / 'gkd.log')}")

    def stop(self) -> None:
        for k, v in self._saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        self._saved_env.clear()
        _stop_process(self.daemon)
        _stop_process(self.bus)
        if self.bus is not None and self.bus.stdout is not None:
            self.bus.stdout.close()
        _stop_process(self._watchdog)
        shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture(scope="session")
def secret_service() -> Iterator[Any]:
    """The real ``keyring`` Secret Service backend, talking to a private gnome-keyring."""
    dbus_daemon = shutil.which("dbus-daemon")
    gkd = shutil.which("gnome-keyring-daemon")
    missing = [n for n, p in (("dbus-daemon", dbus_daemon), ("gnome-keyring-daemon", gkd))
               if p is None]
    if missing:
        unavailable(f"{' and '.join(missing)} not found (Debian: apt-get install dbus "
                    "gnome-keyring)")
    try:
        import keyring
        import keyring.backends.SecretService
        import keyring.core
        import secretstorage  # noqa: F401
    except ImportError as e:
        unavailable(f"keyring's Secret Service backend is not importable: {e}")
    assert dbus_daemon is not None and gkd is not None

    session = _SecretServiceSession(dbus_daemon, gkd)
    try:
        session.start()
        backend = keyring.backends.SecretService.Keyring()
        priority = backend.priority
        if not priority > 0:
            raise RuntimeError(f"SecretService backend priority is {priority}")
    except Exception as e:
        session.stop()
        pytest.fail(f"could not start the Secret Service (gnome-keyring): {e}", pytrace=False)

    previous = keyring.core._keyring_backend
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.core._keyring_backend = previous
        session.stop()
