"""Help: F1 opens the user guide, the shortcuts list is built from the window's own actions; About lists the
third-party licences; the app has its icon."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from dermacounsel import licences
from dermacounsel.services.catalogue import Catalogue
from dermacounsel.ui.about import COL_LICENCE, COL_NAME, COL_VERSION, AboutDialog
from dermacounsel.ui.app import make_application
from dermacounsel.ui.help import HelpDialog, help_language
from dermacounsel.ui.main_window import MainWindow


def open_window(qtbot, catalogue: Catalogue) -> MainWindow:
    make_application()
    window = MainWindow(catalogue)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_f1_opens_the_user_guide_and_the_help_menu_lists_the_shortcuts(qtbot, catalogue: Catalogue) -> None:
    window = open_window(qtbot, catalogue)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.tabs.currentIndex() == HelpDialog.GUIDE_TAB
    guide = dialog.guide.toPlainText()
    for topic in ("Counselling a patient", "Printing", "Editing the catalogue", "Backing up and restoring"):
        assert topic in guide
    window.shortcuts_action.trigger()
    assert window.findChildren(HelpDialog) == [dialog]  # the same dialog, now on the shortcuts
    assert dialog.tabs.currentIndex() == HelpDialog.SHORTCUTS_TAB
    shortcuts = dialog.shortcuts.toPlainText()
    for keys, name in (("F11", "Present to the patient"), ("Ctrl+Shift+E", "Edit catalogue"), ("F1", "User guide")):
        assert keys in shortcuts and name in shortcuts
    assert "Ctrl+P" in shortcuts and "Save the chart" in shortcuts


def test_help_falls_back_to_english_where_no_translation_exists() -> None:
    assert help_language(QLocale(QLocale.Language.English)) == "en"
    assert help_language(QLocale(QLocale.Language.Swahili)) == "en"


def test_about_lists_every_component_with_its_licence(qtbot, catalogue: Catalogue) -> None:
    make_application()
    dialog = AboutDialog(None, catalogue.path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.components.rowCount() == len(licences.COMPONENTS)
    rows = {
        dialog.components.item(row, COL_NAME).text(): (
            dialog.components.item(row, COL_VERSION).text(),
            dialog.components.item(row, COL_LICENCE).text(),
        )
        for row in range(dialog.components.rowCount())
    }
    assert rows["Qt 6"][1] == "LGPL-3.0-only" and rows["Qt 6"][0][0].isdigit()
    assert rows["SQLAlchemy"][1] == "MIT" and rows["Noto Sans CJK"][1] == "OFL-1.1"
    row = [c.name for c in licences.COMPONENTS].index("Alembic")
    dialog.components.setCurrentCell(row, 0)
    assert "Permission is hereby granted" in dialog.notice.toPlainText()
    dialog.components.setCurrentCell(0, 0)
    assert "GNU Lesser General Public License" in dialog.notice.toPlainText()


def test_the_window_has_the_app_icon_and_desktop_file_name(qtbot, catalogue: Catalogue) -> None:
    window = open_window(qtbot, catalogue)
    assert not window.windowIcon().isNull()
    assert {64, 256} <= {size.width() for size in window.windowIcon().availableSizes()}
    assert QGuiApplication.desktopFileName() == "org.dermacounsel.DermaCounsel"


def test_a_name_typed_for_a_printout_is_kept_out_of_the_log(qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from dermacounsel import app_log
    from dermacounsel.ui.printing import PrintOptionsDialog

    make_application()

    def fill_and_accept() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrintOptionsDialog))
        dialog.patient.setText("Suzuki Hanae")
        dialog.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, fill_and_accept)
    assert PrintOptionsDialog.ask("a4", "Print the comparison sheet") == ("Suzuki Hanae", "a4")
    assert app_log.redact("printing for Suzuki Hanae failed") == "printing for [patient] failed"
