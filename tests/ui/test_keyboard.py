"""The window's keys from every view and in both modes: Ctrl+1…Ctrl+6 switch views wherever the focus is
(the explorer's drawing, a list, a table, a filter box), Ctrl+P prints what the view shown prints, titled
for it, and is greyed out with the reason where there is nothing to print yet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.app import make_application
from dermacounsel.ui.help import window_shortcuts
from dermacounsel.ui.main_window import MainWindow
from dermacounsel.ui.printing import PrintOptionsDialog, PrintPreview

PATIENT_VIEWS = ["explorer", "growth-factors", "compare", "counsel", "ingredients", "procedures"]
CTRL = Qt.KeyboardModifier.ControlModifier


def open_window(qtbot, database: CatalogueDatabase) -> MainWindow:
    make_application()
    window = MainWindow(Catalogue(database))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def focusable(view: QWidget) -> list[QWidget]:
    """Every widget of the view the user can give the keyboard focus to (Tab or a click)."""
    return [
        widget
        for widget in view.findChildren(QWidget)
        if widget.isVisibleTo(view) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def press(qtbot, key: Qt.Key, modifiers=CTRL) -> None:
    """A key pressed as the user presses it: delivered to the widget that has the focus."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


@pytest.mark.parametrize("presenting", [False, True], ids=["normal", "presentation"])
def test_ctrl_number_switches_views_from_every_view_and_focused_widget(qtbot, database, presenting) -> None:
    window = open_window(qtbot, database)
    window.set_presentation(presenting)
    assert window.menuBar().isVisible() is not presenting  # hidden in presentation: the keys must not need it
    tried = 0
    for number, key in enumerate(PATIENT_VIEWS, start=1):
        window.show_view(key)
        view = window.current_view()
        widgets = focusable(view)
        assert widgets, key
        for widget in widgets:
            target = PATIENT_VIEWS[number % len(PATIENT_VIEWS)]  # the next view, then back
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(widget.hasFocus)
            press(qtbot, getattr(Qt.Key, f"Key_{PATIENT_VIEWS.index(target) + 1}"))
            assert window.current_view_key() == target, (key, widget.objectName() or type(widget).__name__)
            window.navigation.setFocus()
            press(qtbot, getattr(Qt.Key, f"Key_{number}"))
            assert window.current_view_key() == key
            tried += 1
    assert tried >= 30
    if presenting:
        press(qtbot, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
        assert not window.presenting and window.menuBar().isVisible()


def test_from_the_explorers_drawing_every_view_is_one_key_away(qtbot, database) -> None:
    """The reviewer's case: a region of the drawing selected by a click, then Ctrl+2 at once."""
    window = open_window(qtbot, database)
    window.set_presentation(True)
    explorer = window.current_view()
    handle = explorer.findChild(QWidget, "region-dermis")
    canvas = handle.parentWidget()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.rect().center())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().parent() is canvas)
    for number, key in enumerate(PATIENT_VIEWS, start=1):
        press(qtbot, getattr(Qt.Key, f"Key_{number}"))
        assert window.current_view_key() == key


@pytest.fixture
def printing(monkeypatch) -> list[str]:
    """The print dialogs' titles, in order, instead of the dialogs themselves."""
    titles: list[str] = []
    monkeypatch.setattr(
        PrintOptionsDialog,
        "ask",
        classmethod(lambda cls, paper, title, parent=None: titles.append(title) or ("", paper)),
    )
    monkeypatch.setattr(
        PrintPreview, "open", classmethod(lambda cls, printer, paint, parent, title: titles.append(title))
    )
    return titles


@pytest.mark.parametrize("presenting", [False, True], ids=["normal", "presentation"])
def test_ctrl_p_prints_what_the_view_shows_under_its_own_title(qtbot, database, printing, presenting) -> None:
    window = open_window(qtbot, database)
    window.set_presentation(presenting)
    window.show_view("compare")
    window.current_view().table.setFocus()
    assert window.print_action.isEnabled() and window.print_action.text() == "&Print the comparison sheet…"
    press(qtbot, Qt.Key.Key_P)
    assert printing == ["Print the comparison sheet", "Print preview: comparison sheet"]
    printing.clear()

    window.show_view("counsel")
    counsel = window.current_view()
    assert not window.print_action.isEnabled()  # no concern chosen yet: nothing to print
    assert "Choose the patient's concerns first" in window.print_action.toolTip()
    assert window.print_action.statusTip() == window.print_action.toolTip()
    counsel.available.setFocus()
    press(qtbot, Qt.Key.Key_P)
    assert printing == []
    counsel.set_concerns(["deep-wrinkles"])
    assert window.print_action.isEnabled() and window.print_action.text() == "&Print the consultation summary…"
    counsel.chosen.setFocus()
    press(qtbot, Qt.Key.Key_P)
    assert printing == ["Print the consultation summary", "Print preview: consultation summary"]
    printing.clear()

    window.show_view("explorer")
    assert not window.print_action.isEnabled() and "Nothing to print in this view" in window.print_action.toolTip()
    window.navigation.setFocus()
    press(qtbot, Qt.Key.Key_P)
    assert printing == []


def test_the_compare_view_with_one_product_says_why_it_cannot_print(qtbot, database, printing) -> None:
    window = open_window(qtbot, database)
    window.show_view("compare")
    compare = window.current_view()
    compare.set_products(["benev"])
    assert not window.print_action.isEnabled() and not window.export_pdf_action.isEnabled()
    assert "Add a second product first" in window.export_pdf_action.statusTip()
    compare.set_products(["benev", "rejuran"])
    assert window.export_pdf_action.isEnabled()
    assert window.export_pdf_action.text() == "Export the comparison sheet as P&DF…"


def test_a_language_switch_keeps_every_key_once(qtbot, database) -> None:
    window = open_window(qtbot, database)
    before = window_shortcuts(window)
    assert len({keys for keys, _name in before}) == len(before)  # no key listed twice
    window.set_language("ja")
    after = window_shortcuts(window)
    assert len(after) == len(before) and len({keys for keys, _name in after}) == len(after)
    window.set_presentation(True)
    window.navigation.setFocus()
    press(qtbot, Qt.Key.Key_3)
    assert window.current_view_key() == "compare"
    window.set_presentation(False)
    window.set_language("en")
