"""Run in a subprocess by the harness: start the real entry (`resettle --data-dir D`) and,
when the log-in window is shown and painted, print the monotonic time and which heavy
modules are loaded, then exit. With `--bare`: a bare PySide6 window instead (the floor)."""

from __future__ import annotations

import json
import os
import sys
import time

HEAVY = ("sqlalchemy", "reportlab", "alembic", "sqlcipher3", "argon2")


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def report(widget: object) -> None:
    from PySide6.QtWidgets import QApplication

    widget.show()  # type: ignore[attr-defined]
    QApplication.processEvents()
    widget.grab()  # type: ignore[attr-defined]  # painted
    now = time.monotonic()
    print(json.dumps({"shown_at": now, "rss_mb": rss_mb(),
                      "heavy": sorted(m for m in HEAVY if m in sys.modules),
                      "title": widget.windowTitle()}), flush=True)  # type: ignore[attr-defined]
    os._exit(0)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])  # noqa: F841
    window = QWidget()
    window.setWindowTitle("bare")
    report(window)


def real(data_dir: str) -> None:
    from PySide6.QtWidgets import QDialog

    def shown(self: QDialog) -> int:
        report(self)
        return 0

    QDialog.exec = shown  # type: ignore[method-assign]  # the first dialog is the log-in
    from resettle.__main__ import main

    main(["--data-dir", data_dir])
    print(json.dumps({"error": "no dialog was shown"}), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "--bare":
        bare()
    else:
        real(sys.argv[1])
