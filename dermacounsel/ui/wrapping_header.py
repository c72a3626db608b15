"""A table's column header that wraps a long title onto more lines instead of cutting it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QWidget

#: The header's padding and underline in the style sheet, both sides together.
PADDING_X, PADDING_Y = 24, 22


class WrappingHeader(QHeaderView):
    """Horizontal header whose titles wrap at word boundaries (between characters in Japanese) and whose
    height follows the tallest wrapped title, as the columns are resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value))
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(lambda: self.headerDataChanged(self.orientation(), 0, max(0, self.count() - 1)))
        self.sectionResized.connect(lambda *_: self._refit.start())

    def wrapped_height(self, section: int) -> int:
        text = str(self.model().headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        font = QFont(self.font())
        font.setBold(True)  # the style sheet's header weight
        room = max(20, self.sectionSize(section) - PADDING_X)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        return QFontMetrics(font).boundingRect(QRect(0, 0, room, 10_000), flags, text).height() + PADDING_Y

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N802, N803 (Qt's names)
        size = super().sectionSizeFromContents(logicalIndex)
        if self.model() is None:
            return size
        return QSize(size.width(), max(size.height(), self.wrapped_height(logicalIndex)))
