"""Render the GUI screenshots for packaging/screenshots from a demo database (offscreen).

    python tests/gui/screenshots.py /tmp/guidemo [CASES]
makes a new installation in the (new or empty) folder, loads CASES demo cases (default 2000)
and logs in with the passwords the load returned: demo accounts get random passwords, printed
once and kept nowhere, so the script uses the ones its own load gave it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "packaging" / "screenshots"
SIZE = (1280, 800)
ADMIN, ADMIN_PASSWORD = "admin", "screenshot-admin-password-1"
PASSPHRASE = "screenshot passphrase 1"


def wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget, name: str, lang: str) -> None:
    path = OUT / f"gui-{name}-{lang}.png"
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(  # 256 colours: a UI needs no more
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    image.save(str(path), "PNG", 9)
    print(path.relative_to(ROOT), f"{path.stat().st_size // 1024} KB")


def demo_database(data_dir: Path, cases: int) -> dict[str, str]:
    """A new installation with `cases` demo cases; the demo accounts' passwords by name."""
    from resettle.services.installation import Location, initialise, is_initialised

    if is_initialised(Location(data_dir)):
        raise SystemExit(f"{data_dir} already holds a database: give a new or empty folder "
                         "(the demo passwords are known only to the load that made them)")
    services, _recovery = initialise(Location(data_dir), ADMIN, ADMIN_PASSWORD,
                                     passphrase=PASSPHRASE)
    try:
        loaded = services.demo.load(services.accounts.login(ADMIN, ADMIN_PASSWORD), cases)
    finally:
        services.close()
    return {a.username: a.password for a in loaded.accounts}


def main(data_dir: Path, cases: int = 2000) -> None:
    from resettle.gui.main import make_app
    from resettle.gui.main_window import MainWindow
    from resettle.gui.startup.login import LoginDialog
    from resettle.gui.startup.probe import Place
    from resettle.gui.widgets.i18n import install_translators
    from resettle.services.installation import Location, log_in

    passwords = demo_database(data_dir, cases)
    make_app("en")
    services, admin = log_in(Location(data_dir), ADMIN, ADMIN_PASSWORD, lambda: PASSPHRASE)
    for lang in ("ko", "en"):
        install_translators(lang)
        login = LoginDialog(Place(data_dir))
        login.user.setText("demo-caseworker-01")
        login.show()
        wait(100)
        save(login, "login", lang)
        login.close()
        window = MainWindow(services, admin, idle_minutes=60)
        window.resize(*SIZE)
        window.show()
        wait(2500)
        window.page("cases").table.selectRow(2)
        wait(100)
        save(window, "cases", lang)
        window.go("admin")
        wait(500)
        save(window, "admin-users", lang)
        window.idle.stop()
        window.hide()
        supervisor = services.accounts.login("demo-supervisor-01",
                                             passwords["demo-supervisor-01"])
        review = MainWindow(services, supervisor, idle_minutes=60)
        review.resize(*SIZE)
        review.show()
        wait(2500)
        save(review, "custody-review", lang)
        review.idle.stop()
        review.hide()
    services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 2000)
