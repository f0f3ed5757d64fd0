"""Where Resettle lives and what it writes before anything else loads: the environment it
reads, the data folder, the log and the crash log. Standard library only and importing
nothing of resettle, so every layer may use it and nothing is imported back (the
composition root, resettle.app, only composes)."""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from pathlib import Path
from typing import TextIO

# Every environment variable Resettle reads, and what it means (README: "Command line").
ENV = {
    "RESETTLE_DATA_DIR": "the data folder (default: the platform's user data folder)",
    "RESETTLE_DB_URL": "a PostgreSQL URL for server mode",
    "RESETTLE_DB_PASSWORD": "the PostgreSQL password (else the credential store)",
    "RESETTLE_USER": "the user the command line logs in as",
    "RESETTLE_PASSWORD": "that user's password (else a prompt)",
    "RESETTLE_PASSPHRASE": "the installation's passphrase in passphrase mode (else a prompt)",
    "RESETTLE_RECOVERY_KEY": "the recovery key for `resettle recover` (else a prompt)",
    "RESETTLE_KEY_MODE": "'passphrase' ignores the credential store even where one exists",
}

APP = "Resettle"
log = logging.getLogger("resettle")
_crash_file: TextIO | None = None


def env(name: str) -> str | None:
    """The value of one of the variables in ENV; empty counts as unset."""
    if name not in ENV:
        raise KeyError(f"{name} is not a Resettle environment variable")
    return os.environ.get(name) or None


def default_data_dir() -> Path:
    given = env("RESETTLE_DATA_DIR")
    if given:
        return Path(given)
    import platformdirs  # ~20 ms: only when no folder is given

    return platformdirs.user_data_path(APP, appauthor=False)


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


class RotatingLog(logging.FileHandler):
    """A log file kept to `backups` older files of about `max_bytes` each: the rotation of
    logging.handlers.RotatingFileHandler, without importing that module (~15 ms at start)."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._roll()
        except Exception:  # noqa: BLE001 - as logging does: report, never raise
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return bool(self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes)

    def _roll(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for i in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{i}"):
                os.replace(f"{base}.{i}", f"{base}.{i + 1}")
        os.replace(base, f"{base}.1")
        self.stream = self._open()


def setup_logging(data_dir: Path, verbose: bool = False) -> None:
    """Logs carry codes, counts and ids only; never names or other personal data."""
    global _crash_file
    folder = log_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o700)
        handler: logging.Handler = RotatingLog(folder / "resettle.log", 2_000_000, 3)
        if _crash_file is None:
            _crash_file = (folder / "crash.log").open("a", encoding="utf-8")
            faulthandler.enable(_crash_file)
    except OSError:
        handler = logging.StreamHandler(sys.stderr)  # read-only folder: still run, log to stderr
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger("resettle")
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False


def previous_crash(data_dir: Path) -> str:
    """What faulthandler wrote at the last hard crash, to show once at the next start."""
    path = log_dir(data_dir) / "crash.log"
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return ""
    if text:
        path.write_text("", encoding="utf-8")
    return text


def log_exception(exc: BaseException) -> None:
    """Unexpected errors: type and traceback frames only; the message may hold personal data."""
    import traceback

    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("unexpected %s\n%s", type(exc).__name__, frames)
