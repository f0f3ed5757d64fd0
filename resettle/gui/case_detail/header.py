"""The case header: photo (or a silhouette), names in Hangul and Latin, case no., stage, flags."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from resettle.services.views import CaseDetail

from ..widgets import labels

PHOTO_SIZE = 96
FLAG_COLOURS = {"high_profile": "#6a1b9a", "suicide_risk": "#c62828",
                "family_at_risk": "#d84315", "address_exposed": "#ad1457", "health": "#1565c0",
                "other": "#546e7a"}
STAGE_COLOUR = "#37474f"


def silhouette(size: int = PHOTO_SIZE) -> QPixmap:
    """A neutral head-and-shoulders placeholder for a person without a photo."""
    pix = QPixmap(size, size)
    pix.fill(QColor("#e3e7eb"))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#a7b1bb"))
    head = size * 0.36
    p.drawEllipse(QRectF((size - head) / 2, size * 0.16, head, head))
    body = QPainterPath()
    body.addRoundedRect(QRectF(size * 0.18, size * 0.58, size * 0.64, size * 0.6),
                        size * 0.3, size * 0.3)
    p.drawPath(body)
    p.end()
    return pix


def photo_pixmap(data: bytes | None, size: int = PHOTO_SIZE) -> QPixmap:
    pix = QPixmap()
    if data and pix.loadFromData(data):
        return pix.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    return silhouette(size)


def chip(text: str, colour: str) -> QLabel:
    """A small rounded label with white text on a colour (a flag or the stage)."""
    label = QLabel(text)
    label.setStyleSheet(f"background: {colour}; color: white; border-radius: 9px;"
                        "padding: 2px 9px; font-weight: 600;")
    return label


class CaseHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.setStyleSheet("#caseHeader { border-bottom: 1px solid #d0d5da; }")
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hangul, self.latin, self.case_no = QLabel(), QLabel(), QLabel()
        self.former = QLabel()
        self.former.setObjectName("formerNames")
        self.former.setStyleSheet("color: #6b6b6b;")
        self.former.setWordWrap(True)
        big = QFont(self.hangul.font())
        big.setPointSizeF(big.pointSizeF() * 1.7)
        big.setBold(True)
        self.hangul.setFont(big)
        self.latin.setStyleSheet("color: #455a64; font-size: 13pt;")
        for label in (self.hangul, self.latin, self.former, self.case_no):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        names = QVBoxLayout()
        names.addWidget(self.hangul)
        names.addWidget(self.latin)
        names.addWidget(self.former)
        names.addWidget(self.case_no)
        names.addLayout(self.chips)
        names.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.photo)
        row.addSpacing(12)
        row.addLayout(names, 1)

    def show_case(self, d: CaseDetail, photo: bytes | None) -> None:
        self.photo.setPixmap(photo_pixmap(photo))
        self.photo.setAccessibleName(self.tr("Photo") if photo else self.tr("No photo"))
        self.hangul.setText(d.name.hangul)
        self.latin.setText(d.name.latin)
        from .name_dialog import formerly

        self.former.setText(formerly(d))
        self.former.setVisible(bool(d.former_names))
        text = self.tr("Case %1 · arrived %2").replace("%1", d.case_no).replace(
            "%2", d.arrival_date.isoformat())
        if d.group:
            text += " · " + self.tr("group %1").replace("%1", d.group)
        self.case_no.setText(text)
        while self.chips.count():
            item = self.chips.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        stage = self.tr("%1 since %2").replace("%1", labels.stage(d.stage)).replace(
            "%2", d.stage_date.isoformat())
        self.chips.addWidget(chip(stage, STAGE_COLOUR))
        flags = list(d.flags)
        if d.high_profile and "high_profile" not in flags:
            flags.insert(0, "high_profile")
        for flag in flags:
            self.chips.addWidget(chip(labels.flag(flag), FLAG_COLOURS.get(flag, "#546e7a")))
        self.chips.addStretch(1)
