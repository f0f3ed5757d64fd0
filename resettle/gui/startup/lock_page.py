"""The locked screen: no personal data, only the password field for the same user."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)


class LockPage(QWidget):
    unlockRequested = Signal(str)

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Resettle is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        explain = QLabel(self.tr("The screen was locked and all personal data was hidden. "
                                 "Enter the password for %1 to continue.").replace("%1", username),
                         wordWrap=True)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._unlock)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #a00000;")
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.clicked.connect(self._unlock)
        form = QFormLayout()
        label = QLabel(self.tr("&Password:"))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        box = QWidget()
        box.setMaximumWidth(520)
        box.setMinimumWidth(min(520, explain.fontMetrics().averageCharWidth() * 60))
        explain.setMinimumHeight(explain.fontMetrics().lineSpacing() * 3)
        inner = QVBoxLayout(box)
        for widget in (title, explain):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _unlock(self) -> None:
        self.unlockRequested.emit(self.password.text())
        self.password.clear()

    def reset(self) -> None:
        self.password.clear()
        self.message.clear()
        self.password.setFocus()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        """Tab stays on the lock page (between the password and Unlock)."""
        target = self.button if self.password.hasFocus() else self.password
        target.setFocus()
        return True


def _inside_lock(obj: QObject) -> bool:
    widget = obj if isinstance(obj, QWidget) else None
    while widget is not None:
        if isinstance(widget, LockPage):
            return True
        widget = widget.parentWidget()
    return False


class LockOverlay(LockPage):
    """Covers one window or dialog while the application is locked: nothing under it shows,
    and nothing under it is closed or cleared, so it comes back as it was."""

    def __init__(self, username: str, window: QWidget) -> None:
        super().__init__(username, window)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.covered = window
        self.title = window.windowTitle()
        window.setWindowTitle(self.tr("Resettle (locked)"))
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.covered and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.covered.rect())
            self.raise_()
        return False

    def remove(self) -> None:
        self.covered.removeEventFilter(self)
        self.covered.setWindowTitle(self.title)
        self.hide()
        self.deleteLater()


BLOCKED = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
                     QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress,
                     QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
                     QEvent.Type.Wheel, QEvent.Type.InputMethod, QEvent.Type.ContextMenu})


class ApplicationLock(QObject):
    """Locks every window and dialog of the application: the main window shows its own lock
    page; every other top-level window (case windows, dialogs, previews, message boxes, also
    those that open while locked) gets a LockOverlay. Input reaches only the lock pages.
    Nothing is closed, cleared or hidden underneath, so edits and open dialogs (modal ones
    included) come back as they were after the same user unlocks."""

    unlockRequested = Signal(str, QObject)  # password, the lock page it was typed in

    def __init__(self, username: str, main: QWidget) -> None:
        super().__init__(main)
        self.username, self.main = username, main
        self.overlays: dict[QWidget, LockOverlay] = {}
        self.focus: QWidget | None = None
        self.active = False

    def lock(self) -> None:
        if self.active:
            return
        self.active = True
        self.focus = QApplication.focusWidget()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        QToolTip.hideText()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        for window in QApplication.topLevelWidgets():
            self._cover(window)
        modal = QApplication.activeModalWidget()
        overlay = self.overlays.get(modal) if modal is not None else None
        if overlay is not None:
            overlay.reset()

    def _cover(self, window: QWidget) -> None:
        if (window is self.main or window in self.overlays or not window.isVisible()
                or window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)):
            return
        overlay = LockOverlay(self.username, window)
        overlay.unlockRequested.connect(lambda text, o=overlay: self.unlockRequested.emit(text, o))
        self.overlays[window] = overlay
        window.destroyed.connect(lambda *_a, w=window: self.overlays.pop(w, None))

    def _release(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.active = False

    def unlock(self) -> None:
        self._release()
        for overlay in list(self.overlays.values()):
            overlay.remove()
        self.overlays.clear()
        self.active = False
        if self.focus is not None:
            with contextlib.suppress(RuntimeError):  # the widget may have gone
                self.focus.window().activateWindow()
                self.focus.setFocus()
        self.focus = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        try:
            if not self.main.isVisible():  # the application's window was closed
                return False
        except RuntimeError:  # ... and deleted: nothing to guard any more
            self._release()
            return False
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._cover(watched)  # a window that opens while locked is covered too
            return False
        if kind not in BLOCKED:
            return False
        if isinstance(watched, QWidget):
            return not _inside_lock(watched)
        return kind == QEvent.Type.Shortcut or isinstance(watched, QAction)
