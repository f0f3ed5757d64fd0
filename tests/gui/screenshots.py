"""Render the GUI screenshots for packaging/screenshots from a demo database (offscreen).

    RESETTLE_PASSPHRASE=... python tests/gui/screenshots.py /tmp/guidemo admin-password
(the demo database from `resettle demo`; its demo accounts use the password 'demo-password-1')."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "packaging" / "screenshots"
SIZE = (1280, 800)


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


def main(data_dir: Path, admin_password: str) -> None:
    from resettle.gui.main import make_app
    from resettle.gui.main_window import MainWindow
    from resettle.gui.startup.login import LoginDialog
    from resettle.gui.startup.probe import Place
    from resettle.gui.widgets.i18n import install_translators
    from resettle.services.installation import Location, open_services

    make_app("en")
    passphrase = os.environ.get("RESETTLE_PASSPHRASE", "")
    services = open_services(Location(data_dir), lambda: passphrase)
    for lang in ("ko", "en"):
        install_translators(lang)
        login = LoginDialog(Place(data_dir))
        login.user.setText("demo-caseworker-01")
        login.show()
        wait(100)
        save(login, "login", lang)
        login.close()
        admin = services.accounts.login("admin", admin_password)
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
        supervisor = services.accounts.login("demo-supervisor-01", "demo-password-1")
        review = MainWindow(services, supervisor, idle_minutes=60)
        review.resize(*SIZE)
        review.show()
        wait(2500)
        save(review, "custody-review", lang)
        review.idle.stop()
        review.hide()
    services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
