"""Floor for start-up: a bare PySide6 window with a label, quitting after its first paint. Prints
"startup first-paint <monotonic>" like the app does with DERMACOUNSEL_STARTUP_TRACE set.

`floor_window.py ja` shows the label in Japanese: the floor of a Japanese start-up, which any Qt program
pays for showing Japanese text (finding and opening the system's CJK font, shaping its glyphs)."""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class Quit(QObject):
    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            print(f"startup first-paint {time.monotonic():.6f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


app = QApplication(sys.argv[:1])
label = QLabel("DermaCounsel 皮膚の断面図" if sys.argv[1:] == ["ja"] else "DermaCounsel")
label.resize(1280, 800)
quitter = Quit()
label.installEventFilter(quitter)
label.show()
sys.exit(app.exec())
