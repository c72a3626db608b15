"""Guards against a broken Qt binding: PySide6 6.12.0 released a reference to None on every void QPainter
call, which crashes Python 3.11 once None's count runs out (the skin drawing makes thousands per paint)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_void_painter_calls_leave_none_alone(qapp) -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.setPen(QPen(QColor("#123456"), 1.0))
        painter.drawEllipse(QPointF(5, 5), 3, 2)
        painter.drawLine(QPointF(1, 1), QPointF(9, 9))
        painter.fillRect(QRectF(1, 1, 5, 5), QColor("#654321"))
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50, f"None lost {before - after} references in 8,000 QPainter calls"
