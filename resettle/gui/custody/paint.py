"""Painting for the custody review: days held against the limit as bars, and a histogram."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .model import Roles

BAR = {"ok": QColor(76, 140, 74), "due": QColor(222, 150, 20), "overdue": QColor(196, 40, 40)}
TRACK = QColor(225, 228, 232)


class HeldBarDelegate(QStyledItemDelegate):
    """A bar of days held over the limit; past the limit the bar fills and turns red."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        held, limit = index.data(Roles.HELD), index.data(Roles.LIMIT)
        if held is None or not limit:
            super().paint(painter, option, index)
            return
        status = index.data(Roles.STATUS) or "ok"
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[operator]
            painter.fillRect(option.rect, option.palette.highlight())
        rect = option.rect.adjusted(4, 4, -4, -4)
        text_width = option.fontMetrics.horizontalAdvance("000 / 000") + 8
        bar = QRect(rect.left(), rect.top(), max(10, rect.width() - text_width), rect.height())
        painter.fillRect(bar, TRACK)
        filled = QRect(bar)
        filled.setWidth(int(bar.width() * min(1.0, held / limit)))
        painter.fillRect(filled, BAR.get(status, BAR["ok"]))
        painter.setPen(option.palette.text().color())
        painter.drawText(QRect(bar.right() + 6, rect.top(), text_width, rect.height()),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         f"{held} / {limit}")
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.fontMetrics.horizontalAdvance("0") * 30, option.fontMetrics.height())


BUCKETS = ((None, -1), (0, 14), (15, 30), (31, 60), (61, 90), (91, None))


def bucket_label(low: int | None, high: int | None) -> str:
    if low is None:
        return QCoreApplication.translate("DaysLeftChart", "over")
    if high is None:
        return f"{low}+"
    return f"{low}–{high}"


class DaysLeftChart(QWidget):
    """How many people have how many days left before their limit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = [0] * len(BUCKETS)
        self.setMinimumHeight(self.fontMetrics().height() * 6)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 30)
        self.setAccessibleName(QCoreApplication.translate("DaysLeftChart", "Days left chart"))

    def set_days_left(self, values: list[int]) -> None:
        counts = [0] * len(BUCKETS)
        for value in values:
            for n, (low, high) in enumerate(BUCKETS):
                if (low is None or value >= low) and (high is None or value <= high):
                    counts[n] += 1
                    break
        self.counts = counts
        self.setToolTip(", ".join(f"{bucket_label(*b)}: {c}" for b, c in zip(BUCKETS, counts,
                                                                            strict=True)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        title = QCoreApplication.translate("DaysLeftChart", "Days left before the limit")
        painter.drawText(QRect(0, 0, self.width(), line), int(Qt.AlignmentFlag.AlignLeft), title)
        area = self.rect().adjusted(4, line + 4, -4, -line - 4)
        top = max(self.counts) or 1
        widest = self.fontMetrics().horizontalAdvance("0") * 14
        width = min(area.width() // len(self.counts), widest)
        colours = [BAR["overdue"], BAR["due"], QColor(150, 170, 90)] + [BAR["ok"]] * 3
        for n, count in enumerate(self.counts):
            height = int((area.height() - line) * count / top)
            x = area.left() + n * width
            bar = QRect(x + 6, area.bottom() - height, width - 12, height)
            painter.fillRect(bar, colours[n])
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(x, bar.top() - line, width, line),
                             int(Qt.AlignmentFlag.AlignHCenter), str(count))
            painter.drawText(QRect(x, area.bottom() + 2, width, line),
                             int(Qt.AlignmentFlag.AlignHCenter), bucket_label(*BUCKETS[n]))
        painter.end()
