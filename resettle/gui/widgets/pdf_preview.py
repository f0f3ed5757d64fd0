"""A PDF shown in the window (QtPdf when installed) with Save and Print; no personal file names."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .kit import tell

try:  # QtPdf ships in the PySide6-Pdf wheel, not in PySide6-Essentials
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_QTPDF = False


class PdfPreview(QWidget):
    """Pages of one PDF, and Save / Print buttons that work with or without QtPdf."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf, self.filename = b"", ""
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Choose a report and generate it to see it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        self.view: QWidget | None = None
        if HAVE_QTPDF:
            self.document = QPdfDocument(self)
            self.buffer = QBuffer(self)
            view = QPdfView(self)
            view.setDocument(self.document)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setPageSpacing(12)
            self.view = view
            self.stack.addWidget(view)
        self.fallback = QLabel(self.tr(
            "The report is ready. Showing it here needs Qt's PDF module, which this "
            "installation lacks; you can still save it or print it."))
        self.fallback.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fallback.setWordWrap(True)
        self.stack.addWidget(self.fallback)
        self.info = QLabel()
        self.save_button = QPushButton(self.tr("&Save…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_)
        row = QHBoxLayout()
        row.addWidget(self.info, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)
        self._enable()

    def _enable(self) -> None:
        for b in (self.save_button, self.print_button):
            b.setEnabled(bool(self.pdf))

    def clear(self, text: str = "") -> None:
        self.pdf, self.filename = b"", ""
        self.empty.setText(text or self.tr("Choose a report and generate it to see it here."))
        self.stack.setCurrentWidget(self.empty)
        self.info.setText("")
        self._enable()

    def set_pdf(self, pdf: bytes, filename: str) -> None:
        self.pdf, self.filename = pdf, filename
        if HAVE_QTPDF and self.view is not None:
            self.document.close()
            self.buffer.close()
            self.buffer.setData(QByteArray(pdf))
            self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self.buffer)
            self.stack.setCurrentWidget(self.view)
            pages = self.document.pageCount()
            self.info.setText(self.tr("%1 · %2 page(s)").replace("%1", filename).replace(
                "%2", str(pages)))
        else:
            self.stack.setCurrentWidget(self.fallback)
            self.info.setText(self.tr("%1 · %2 KB").replace("%1", filename).replace(
                "%2", str(max(1, len(pdf) // 1024))))
        self._enable()

    def save_path(self) -> str:
        """Ask where to save; the suggested name is the service's (never a person's name)."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                               str(Path(folder) / self.filename),
                                               self.tr("PDF documents (*.pdf)"))
        return path

    def save(self) -> Path | None:
        if not self.pdf:
            return None
        path = self.save_path()
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # owner only
            os.fchmod(fd, 0o600)  # also when the file was there before
            with os.fdopen(fd, "wb") as fh:
                fh.write(self.pdf)
        except OSError as exc:
            tell(self, self.tr("The report could not be saved: %1").replace(
                "%1", exc.strerror or str(exc)))
            return None
        self.info.setText(self.tr("Saved."))
        return target

    def print_(self) -> None:
        if not self.pdf:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if HAVE_QTPDF:
            render_to_printer(self.document, printer)
        else:
            self._print_without_qtpdf(printer)

    def _print_without_qtpdf(self, printer: QPrinter) -> bool:
        """CUPS takes the PDF on standard input (no file written). Without CUPS nothing is
        written for a viewer to print (a temporary copy of personal data would outlive the
        print, issue 15): the user is told, and may save the report (0600) to print it."""
        lp = shutil.which("lp")
        if lp:
            args = [lp, "-t", "resettle"]
            if printer.printerName():
                args += ["-d", printer.printerName()]
            subprocess.run(args, input=self.pdf, check=False, timeout=60)
            return True
        tell(self, self.tr("Printing from here needs Qt's PDF module or the system's print "
                           "service (CUPS), and this computer has neither. Save the report "
                           "and print it from a PDF viewer."))
        return False


def render_to_printer(document: object, printer: QPrinter, dpi: int = 300) -> int:
    """Each page rasterised at up to `dpi` and fitted to the printable area; returns the
    number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    count = document.pageCount()  # type: ignore[attr-defined]
    try:
        for i in range(count):
            if i:
                printer.newPage()
            area = painter.viewport()
            size = document.pagePointSize(i)  # type: ignore[attr-defined]
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QRect(0, 0, int(size.width() * scale), int(size.height() * scale))
            pixels = min(dpi, printer.resolution()) / 72
            image = document.render(i, QSize(int(size.width() * pixels),  # type: ignore[attr-defined]
                                             int(size.height() * pixels)))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return count


class PdfPreviewDialog(QDialog):
    """The preview in its own window (a case summary printed from the case)."""

    def __init__(self, pdf: bytes, filename: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.preview = PdfPreview(self)
        self.preview.set_pdf(pdf, filename)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 1000)
