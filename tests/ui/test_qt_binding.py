"""Guards against a broken Qt binding: PySide6 6.12.0 released a reference to None on every void QPainter
call, which crashes Python 3.11 once None's count runs out (the skin drawing makes thousands per paint)."""

from __future__ import annotations

import subprocess
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


def test_modules_imported_after_qt_are_not_kept_as_source_text(tmp_path) -> None:
    """PySide6 reads every newly imported module's source to see whether it mentions PySide6; left alone,
    `inspect` kept all of it in linecache (~40 MiB for the app's imports). The answer must stay the same."""
    (tmp_path / "widget_module.py").write_text("from PySide6.QtWidgets import QLabel\n", encoding="utf-8")
    probe = (
        "import linecache, sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "import dermacounsel.ui\n"
        "import colorsys, widget_module\n"
        "answers = sys.modules['shibokensupport.feature'].pyside_feature_dict\n"
        "kept = [name for name, entry in linecache.cache.items() if len(entry) > 1]\n"
        "print(answers.get('colorsys'), answers.get('widget_module'))\n"
        "print(any(name.endswith(('colorsys.py', 'widget_module.py')) for name in kept))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    answers, kept = result.stdout.splitlines()
    assert answers == "-1 0"  # colorsys does not use PySide6 (ignored by its features); widget_module does
    assert kept == "False"
