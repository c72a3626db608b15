"""Starting the GUI: the application object, its look, the database, the main window."""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLockFile,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dermacounsel import __version__, paths
from dermacounsel.ui.plain_text import literal

#: Body text size in points: readable from a patient's chair, not only the doctor's.
BASE_POINT_SIZE = 12
STARTUP_TRACE = "DERMACOUNSEL_STARTUP_TRACE"


def make_application() -> QApplication:
    """The QApplication, created once, with the app's names, font and style sheet."""
    from dermacounsel.ui import identity  # issue 18: locale, window icon, bundled fonts

    identity.prepare_environment()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    identity.apply(app)
    app.setOrganizationName("DermaCounsel")
    app.setApplicationName("DermaCounsel")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("DermaCounsel")
    from dermacounsel.ui import language  # issue 14: 日本語 or English, before the first widget

    language.install_translators(language.chosen_language())
    # Set only what differs: either change re-polishes every live widget, and the command line's renders
    # and the tests call this once per view.
    if app.font().pointSize() != BASE_POINT_SIZE:
        font = QFont(app.font())
        font.setPointSize(BASE_POINT_SIZE)
        app.setFont(font)
    light = light_palette()
    if app.palette() != light:
        app.styleHints().setColorScheme(Qt.ColorScheme.Light)  # native dialogs and styles follow, too
        app.setPalette(light)
    sheet = (paths.resources_dir() / "style.qss").read_text(encoding="utf-8")
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    from dermacounsel.ui import screen_fit  # issue 15: every dialog fits the screen it opens on

    screen_fit.install(app)
    return app


#: The app's own light colours for every palette role. The style sheet paints light backgrounds, so the
#: text must stay dark even when the system's colour scheme is dark (Windows or GNOME dark mode would
#: otherwise turn label and list text light on the sheet's white and pale grey).
LIGHT_COLOURS = {
    QPalette.ColorRole.Window: "#f5f7f8",
    QPalette.ColorRole.WindowText: "#1d2b36",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f5f7",
    QPalette.ColorRole.Text: "#1d2b36",
    QPalette.ColorRole.PlaceholderText: "#5f717c",
    QPalette.ColorRole.Button: "#e9f0f2",
    QPalette.ColorRole.ButtonText: "#1d2b36",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#2b7a8c",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#1d2b36",
    QPalette.ColorRole.Link: "#1f6477",
    QPalette.ColorRole.LinkVisited: "#5a3f86",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#e4ecef",
    QPalette.ColorRole.Mid: "#b7c5cb",
    QPalette.ColorRole.Dark: "#8a9aa2",
    QPalette.ColorRole.Shadow: "#4b5d68",
}
#: Greyed, not hidden: what disabled widgets draw their text in.
DISABLED_TEXT = "#8a9aa2"


def light_palette() -> QPalette:
    """The light palette every widget uses, whatever the system's colour scheme."""
    palette = QPalette()
    for role, colour in LIGHT_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return palette


#: Qt messages that say nothing about the app: the offscreen platform has no window system to pass hints to.
NOISE = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)


def _forward_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if message in NOISE:
        return
    if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        print(f"Qt: {message}", file=sys.stderr)
    # information and debug messages are not for the user


def quiet_qt_noise() -> None:
    """Route Qt's messages through the app: keep warnings on stderr, drop known noise (for the command
    line and the app; tests keep pytest-qt's own handler, which fails a test on any warning)."""
    qInstallMessageHandler(_forward_qt_message)


class ErrorDialog:
    """Tells the user, in one sentence, that something failed; the details go to the log, not the screen."""

    @classmethod
    def show(cls, parent: QWidget | None, title: str, message: str) -> None:
        if QGuiApplication.platformName() in {"offscreen", "minimal"}:
            return  # nobody to click "OK": the message is on stderr already
        QMessageBox.critical(parent, title, literal(message))  # messages quote paths and catalogue text


def _write_error_log(details: str) -> Path:
    """Write an unexpected error's details to the rotating log (never shown on screen); the file's path."""
    from dermacounsel import app_log

    app_log.start()
    app_log.logger.error("unexpected error\n%s", details.rstrip())
    return app_log.log_path()


def _install_error_hook() -> None:
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log = _write_error_log("".join(traceback.format_exception(kind, error, trace)))
        print(f"dermacounsel: unexpected error: {kind.__name__}: {error} (details in {log})", file=sys.stderr)
        from dermacounsel.ui import language

        ErrorDialog.show(
            QApplication.activeWindow(),
            QCoreApplication.translate("app", "Something went wrong"),
            QCoreApplication.translate(
                "app",
                "DermaCounsel could not finish that action:\n{error}\n\nWhat was saved before it is kept; the "
                "details are in the log.",
            ).format(error=language.error_text(error)),
        )
        from dermacounsel.ui import startup  # issue 18: an error before the catalogue shows ends the start

        if not startup.finished():
            QCoreApplication.exit(1)

    sys.excepthook = hook


class _AfterFirstPaint(QObject):
    """Calls back once the watched window has been painted for the first time."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)
        return False


def _trace(moment: str) -> None:
    """For the start-up benchmark: when the window first painted and when the catalogue was showing,
    on the system-wide monotonic clock."""
    if os.environ.get(STARTUP_TRACE):
        print(f"startup {moment} {time.monotonic():.6f}", file=sys.stderr, flush=True)


def run(database_path: Path | str, terminate_after_init: bool = False) -> int:
    """Show the main window at once, then open the database and fill it; run until it closes.

    The window paints before the storage layer (SQLAlchemy) is even imported: the doctor sees the app
    immediately, and the catalogue appears a moment later."""
    from dermacounsel.ui import startup  # issue 18: fail fast, never hang

    startup.check_display()
    if terminate_after_init:
        startup.start_watchdog()
    quiet_qt_noise()
    app = make_application()
    target = database_path  # a file, or a server's URL (issue 17)
    if isinstance(target, str):
        from dermacounsel.services.catalogue import local_copy

        # One window per server on this computer: the lock and the instance socket are named after the
        # laptop's local copy of that server's catalogue.
        database_path = local_copy(target)
    assert isinstance(database_path, Path)
    database_path = database_path.expanduser().absolute()
    lock = QLockFile(str(database_path) + ".lock")
    lock.setStaleLockTime(0)  # a crashed instance's lock is taken over (Qt checks the owner is gone)
    # A lock that cannot be created (a read-only folder or medium) is no other instance: the catalogue
    # opens read-only below, and nothing can be written there by anyone who would need the lock.
    if database_path.parent.is_dir() and not lock.tryLock(200) and lock.error() != QLockFile.LockError.PermissionError:
        from dermacounsel.ui.single_instance import ask_running_instance  # issue 18: raise the open window

        if ask_running_instance(database_path):
            print(f"dermacounsel: {database_path} is already open; brought its window forward", file=sys.stderr)
            return 0
        print(
            f"dermacounsel: error: {database_path}: DermaCounsel is already open with this catalogue", file=sys.stderr
        )
        message = QCoreApplication.translate("app", "{path}: DermaCounsel is already open with this catalogue")
        ErrorDialog.show(None, QCoreApplication.translate("app", "Already open"), message.format(path=database_path))
        return 1
    # Every way out removes the lock: returning, an exception, the watchdog's exit (startup.own_lock). One a
    # killed or crashed instance leaves is stale: QLockFile finds its process gone and takes it over.
    startup.own_lock(Path(lock.fileName()))
    try:
        return _run_window(app, target, database_path, terminate_after_init)
    finally:
        lock.unlock()
        startup.own_lock(None)


def _run_window(app: QApplication, target: Path | str, database_path: Path, terminate_after_init: bool) -> int:
    from dermacounsel.ui import startup  # issue 18: fail fast, never hang
    from dermacounsel.ui.main_window import MainWindow

    _install_error_hook()
    window = MainWindow(None)
    opened: list[Any] = []

    def attach() -> None:
        _trace("first-paint")
        from dermacounsel.ui.single_instance import InstanceServer  # issue 18: later launches raise this window

        InstanceServer(database_path, window)
        from dermacounsel.services.catalogue import start_quick_check

        # SQLite checks the file on another core while the storage layer (SQLAlchemy) loads.
        checked = start_quick_check(database_path) if isinstance(target, Path) and database_path.is_file() else None
        from dermacounsel.services.catalogue import Catalogue, DatabaseError, RecoveryDeclined
        from dermacounsel.ui.catalogue_files import choose_recovery

        try:
            catalogue = Catalogue.open(
                target if isinstance(target, str) else database_path,
                recover=choose_recovery,
                quick_check=checked,
                offline_copy=True,
            )
        except RecoveryDeclined:
            app.exit(1)
            return
        except DatabaseError as error:
            print(f"dermacounsel: error: {error}", file=sys.stderr)
            from dermacounsel.ui.language import error_text

            ErrorDialog.show(window, QCoreApplication.translate("app", "Cannot open the catalogue"), error_text(error))
            app.exit(1)
            return
        opened.append(catalogue)
        window.attach(catalogue)
        window.watch_for_changes()  # issue 17: changes made at other desks show within seconds
        startup.mark_finished()  # issue 18
        if terminate_after_init:
            shown = window.stack.currentWidget() or window

            def finish() -> None:
                _trace("ready")
                app.quit()

            _AfterFirstPaint(shown, finish)
            shown.update()

    _AfterFirstPaint(window, attach)
    window.show()
    try:
        return app.exec()
    finally:
        startup.stop_watchdog()  # issue 18
        for catalogue in opened:
            catalogue.close()
