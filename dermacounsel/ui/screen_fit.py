"""Windows that fit the screen they open on: the main window's first size, every dialog (an app-wide
event filter shrinks one larger than the screen and moves it onto it), and the print preview.

Sizes are in Qt's device-independent pixels, so 1920×1080 at 1.5× scale is a 1280×720 screen here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

#: Chart and drawing type never smaller than this share of the type around it: 11 px beside the app's 16-px
#: body text, 14 px in presentation mode (20-px body text), the patient-facing minimum. (Here, not in
#: chart_widget, which imports matplotlib: the skin drawing needs it at start-up.)
CHART_TYPE_SHARE = 0.7

#: What a window manager's title bar and borders add around a window's client area, at most (Openbox,
#: GNOME, KDE and Windows 11 add 24 to 38 px), and what a dialog keeps free around itself.
FRAME_ALLOWANCE = QSize(16, 48)
#: The main window's first size where the screen has room for it, and the smallest screen that has.
PREFERRED_SIZE = QSize(1600, 960)
ROOM_FOR_A_WINDOW = QSize(1480, 900)


def first_window_geometry(available: QRect) -> tuple[QRect, bool]:
    """The main window's client area at first start on a screen with `available` room, and whether it
    opens maximised instead: a laptop's 1366×768 or 1280×720 (or 1920×1080 at 1.5×) has no room for a
    window with a frame around it, so it gets the whole screen; a larger screen gets a large window,
    centred, whose frame stays on the screen."""
    if available.width() < ROOM_FOR_A_WINDOW.width() or available.height() < ROOM_FOR_A_WINDOW.height():
        return QRect(available), True
    size = QSize(
        min(PREFERRED_SIZE.width(), int(available.width() * 0.85)),
        min(PREFERRED_SIZE.height(), available.height() - FRAME_ALLOWANCE.height() - 60),
    )
    area = QRect(available.topLeft(), size)
    area.moveCenter(available.center())
    return area, False


def fitted(size: QSize, available: QRect) -> QSize:
    """`size` made no larger than what fits `available` with a frame around it."""
    return size.boundedTo(
        QSize(available.width() - FRAME_ALLOWANCE.width(), available.height() - FRAME_ALLOWANCE.height())
    )


def available_geometry(widget: QWidget | None) -> QRect:
    """The room on the screen `widget` is on (or its parent's, or the primary screen)."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_on_screen(window: QWidget) -> None:
    """Shrink `window` (a top-level one) to fit its screen and move it wholly onto it."""
    available = available_geometry(window.parentWidget() or window)
    size = fitted(window.size(), available)
    if size != window.size():
        window.resize(size)
    area = QRect(window.pos(), size)
    left = min(max(area.left(), available.left()), available.right() - size.width() - FRAME_ALLOWANCE.width() // 2)
    top = min(max(area.top(), available.top()), available.bottom() - size.height() - FRAME_ALLOWANCE.height() + 8)
    if (left, top) != (area.left(), area.top()):
        window.move(max(left, available.left()), max(top, available.top()))


def screen_share(window: QWidget, width: float, height: float, preferred: QSize) -> None:
    """Size `window` to `preferred`, or to this share of its screen where that is smaller, and centre it."""
    available = available_geometry(window.parentWidget() or window)
    size = preferred.boundedTo(QSize(int(available.width() * width), int(available.height() * height)))
    window.resize(fitted(size, available))
    area = QRect(available.topLeft(), window.size())
    area.moveCenter(available.center())
    window.move(area.topLeft())


class DialogsFitTheScreen(QObject):
    """An application-wide event filter: a dialog about to be shown larger than its screen (a long message
    box, a form at large type, 1280×720 at 1.5×) is shrunk to fit and moved onto the screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            fit_on_screen(watched)
        return False


def install(app: QApplication) -> None:
    """Fit every dialog of `app` to its screen from now on (once per application)."""
    if app.findChild(DialogsFitTheScreen) is None:
        fitter = DialogsFitTheScreen(app)
        app.installEventFilter(fitter)
