"""Composition root: paths, logging and crash capture, then the CLI or the GUI."""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from resettle.services.installation import Location

APP = "Resettle"
log = logging.getLogger("resettle")
_crash_file: TextIO | None = None


def default_data_dir() -> Path:
    env = os.environ.get("RESETTLE_DATA_DIR")
    if env:
        return Path(env)
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
            self.stream = None  # type: ignore[assignment]
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


def start_gui(location: Location) -> int:
    from resettle.gui.main import run_gui

    return run_gui(location)


def gui_check() -> str:
    from resettle.gui.startup.selfcheck import qt_offscreen

    return qt_offscreen()


def _plain_gui_start(argv: list[str]) -> Path | str | None:
    """For `resettle`, `resettle gui` and either with `--data-dir DIR`: the data folder
    ("" for the default); None when the command line is anything else."""
    rest, data_dir = list(argv), ""
    if rest[:1] == ["--data-dir"] and len(rest) >= 2:
        data_dir, rest = rest[1], rest[2:]
    if rest not in ([], ["gui"]):
        return None
    return Path(data_dir) if data_dir else ""


def main(argv: list[str]) -> int:
    """The CLI parses; with no command (or `gui`) it starts the desktop application, and
    then straight away: the log-in window shows before the CLI and services load."""
    gui_data_dir = _plain_gui_start(argv)
    if gui_data_dir is not None:
        from resettle.gui.main import main as gui_main

        return gui_main(gui_data_dir or None)
    from resettle.cli.main import run

    return run(argv, start_gui, gui_check)
