"""The main window: navigation from the view registry, shortcuts, remembered size and view."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.app import make_application
from dermacounsel.ui.main_window import MainWindow
from dermacounsel.ui.views import VIEWS


def open_window(qtbot, database: CatalogueDatabase) -> MainWindow:
    make_application()
    window = MainWindow(Catalogue(database))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def navigation_labels(window: MainWindow) -> list[str]:
    """The views a user can see in the navigation."""
    return [
        window.navigation.item(i).text()
        for i in range(window.navigation.count())
        if not window.navigation.item(i).isHidden()
    ]


def test_navigation_lists_only_working_views(qtbot, database: CatalogueDatabase) -> None:
    window = open_window(qtbot, database)
    assert navigation_labels(window) == [
        "Skin explorer",
        "Growth factors",
        "Compare",
        "Counselling",
        "Ingredients",
        "Procedures",
    ]
    assert [spec.key for spec in VIEWS] == window.view_keys()
    assert window.current_view_key() == "explorer"
    assert window.stack.currentWidget().objectName() == "explorerView"


def test_clicking_navigation_and_ctrl_number_switch_views(qtbot, database: CatalogueDatabase) -> None:
    window = open_window(qtbot, database)
    item = window.navigation.item(5)
    with qtbot.waitSignal(window.view_changed) as changed:
        qtbot.mouseClick(
            window.navigation.viewport(),
            Qt.MouseButton.LeftButton,
            pos=window.navigation.visualItemRect(item).center(),
        )
    assert changed.args == ["procedures"]
    assert window.stack.currentWidget().objectName() == "proceduresView"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().objectName() == "ingredientsView"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().objectName() == "explorerView"


def test_ctrl_f_focuses_the_current_views_filter(qtbot, database: CatalogueDatabase) -> None:
    window = open_window(qtbot, database)
    window.show_view("ingredients")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = window.current_view()
    qtbot.waitUntil(lambda: view.filter_box.hasFocus())


def test_status_bar_counts_the_catalogue(qtbot, database: CatalogueDatabase) -> None:
    window = open_window(qtbot, database)
    summary = window.statusBar().findChild(QLabel, "catalogueSummary")
    assert summary.text() == "Catalogue: 5 products · 7 growth factors · 22 ingredients · 4 procedures"


def access_key(text: str) -> str | None:
    """The letter a menu item's "&" underlines (Alt+letter), None without one; "&&" is a literal "&"."""
    found = re.search(r"(?<!&)&([^&])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def menu_access_keys(window: MainWindow) -> dict[str, list[tuple[str, str | None]]]:
    """Each menu of the menu bar (by its text, "" for the bar itself): its items' texts and access keys."""
    bar = [action for action in window.menuBar().actions() if not action.isSeparator()]
    menus = {"": [(action.text(), access_key(action.text())) for action in bar]}
    for menu_action in bar:
        items = [action for action in menu_action.menu().actions() if not action.isSeparator()]
        menus[menu_action.text()] = [(action.text(), access_key(action.text())) for action in items]
    return menus


@pytest.mark.parametrize("code", ["en", "ja"])
def test_every_menu_item_has_its_own_access_key_in_either_language(qtbot, database: CatalogueDatabase, code) -> None:
    from dermacounsel.ui import language

    window = open_window(qtbot, database)
    try:
        window.set_language(code)
        for view in ("explorer", "compare"):  # Print and Export as PDF name the sheet once there is one
            window.show_view(view)
            for menu, items in menu_access_keys(window).items():
                assert all(key is not None for _text, key in items), (code, view, menu, items)
                keys = [key for _text, key in items]
                assert len(keys) == len(set(keys)), (code, view, menu, items)
                if code == "ja":  # Japanese puts the key after the words, as 印刷(&P)
                    assert all(re.search(r"\(&[A-Z]\)…?$", text) for text, _key in items), (view, menu, items)
        button = window.toolbar.widgetForAction(window.present_action)  # the toolbar shows no access key
        assert button.text() == {"en": "Present to the patient", "ja": "患者さまに見せる"}[code]
        file_menu = menu_access_keys(window)[window.menuBar().actions()[0].text()]
        print_key, pdf_key = file_menu[0][1], file_menu[1][1]
        assert (print_key, pdf_key) == ("P", "D")
    finally:
        language.install_translators("en")
        language.remember_language("en")


def test_the_status_bar_counts_read_naturally_in_japanese(qtbot, database: CatalogueDatabase) -> None:
    from dermacounsel.ui import language

    window = open_window(qtbot, database)
    try:
        window.set_language("ja")
        assert window.summary_label.text() == "カタログ：製品5件、成長因子7種類、成分22種類、施術4種類"
    finally:
        language.install_translators("en")
        language.remember_language("en")


def test_size_position_and_view_are_remembered(qtbot, database: CatalogueDatabase) -> None:
    window = open_window(qtbot, database)
    window.resize(1111, 777)
    window.show_view("procedures")
    window.close()
    again = open_window(qtbot, database)
    assert (again.width(), again.height()) == (1111, 777)
    assert again.current_view_key() == "procedures"


def test_first_start_opens_large_and_centred_on_a_full_hd_screen(qtbot, database: CatalogueDatabase) -> None:
    window = open_window(qtbot, database)
    assert (window.width(), window.height()) == (1600, 960) and not window.isMaximized()
    screen = window.screen().availableGeometry()
    assert abs(window.frameGeometry().center().x() - screen.center().x()) <= 1


@pytest.mark.parametrize(
    ("screen", "maximised"),
    [((1366, 768), True), ((1280, 720), True), ((1280, 720 - 40), True), ((1920, 1080), False),
     ((1920, 1080 - 48), False), ((2560, 1440), False)],
)  # fmt: skip
def test_the_first_window_and_its_frame_fit_every_screen(screen, maximised) -> None:
    from PySide6.QtCore import QRect

    from dermacounsel.ui.screen_fit import FRAME_ALLOWANCE, first_window_geometry

    available = QRect(0, 0, *screen)
    area, is_maximised = first_window_geometry(available)
    assert is_maximised == maximised
    if not maximised:  # the client area, its title bar and borders are all on the screen
        framed = area.adjusted(0, -FRAME_ALLOWANCE.height(), 0, 0)
        assert available.contains(framed) and area.width() >= 1280 and area.height() >= 800


def test_links_between_views_open_the_target(qtbot, database: CatalogueDatabase) -> None:
    window = open_window(qtbot, database)
    window.open_link("ingredients/growth-factors/IGF-1")
    assert window.current_view_key() == "ingredients"
    assert window.current_view().selected_entry().key == "IGF-1"
    window.open_link("procedures/procedure/iv-drip")
    assert window.current_view_key() == "procedures"
    assert window.current_view().selected_procedure() == "iv-drip"
    window.open_link("growth-factors/factor/TGF-β")
    assert window.current_view_key() == "growth-factors"
    assert "TGF-β" in window.current_view().selected_keys()
    window.open_link("procedures/procedure/iv-drip")
    window.open_link("timeline/Benev")  # a view that does not exist: nothing happens
    assert window.current_view_key() == "procedures"
    window.open_link("compare/product/AmnioGenics")
    assert window.current_view_key() == "compare"
    assert "AmnioGenics" in window.current_view().products


def test_edit_mode_shows_the_editor_only_when_asked(qtbot, database: CatalogueDatabase) -> None:
    window = open_window(qtbot, database)
    assert "Edit catalogue" not in navigation_labels(window)
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_E, shortcut)
    assert window.edit_mode() and navigation_labels(window)[-1] == "Edit catalogue"
    assert window.current_view_key() == "edit"
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_E, shortcut)
    assert not window.edit_mode() and "Edit catalogue" not in navigation_labels(window)
    assert window.current_view_key() == "explorer"


def test_the_editor_is_never_the_view_the_app_reopens_on(qtbot, database: CatalogueDatabase) -> None:
    window = open_window(qtbot, database)
    window.set_edit_mode(True)
    window.close()
    again = open_window(qtbot, database)
    assert again.current_view_key() == "explorer" and not again.edit_mode()


def test_a_read_only_catalogue_shows_a_banner_and_refuses_editing(qtbot, database_path) -> None:
    from dermacounsel.storage.database import open_database

    read_only = open_database(database_path, read_only=True)
    window = open_window(qtbot, read_only)
    assert window.banner.isVisible() and "read-only" in window.banner.text()
    assert not window.edit_action.isEnabled() and not window.import_action.isEnabled()
    window.set_edit_mode(True)
    assert not window.edit_mode()
    read_only.close()


def test_presentation_mode_with_f11_and_escape(qtbot, database: CatalogueDatabase) -> None:
    window = open_window(qtbot, database)
    window.set_edit_mode(True)
    window.show_view("compare")
    compare = window.current_view()
    normal_size = window.font().pointSizeF(), compare.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.presenting and window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.edit_mode() and not window.edit_action.isEnabled()
    assert navigation_labels(window) == [
        "Your skin",
        "How growth factors work",
        "Compare products",
        "Your plan",
        "Ingredients",
        "Treatments",
    ]
    assert not compare.print_button.isVisible() and not compare.pdf_button.isVisible()
    assert compare.table.font().pointSizeF() > normal_size[1]  # larger type
    for key in window.view_keys():  # every view opens and works in it
        if key != "edit":
            window.show_view(key)
            assert window.current_view().isVisible()
    # the way out is discreet: small, outlined, at the toolbar's right, not a filled button at its left
    button = window.present_button
    assert button.text() == "Leave presentation (Esc)" and button.isVisible()
    assert button.mapTo(window.toolbar, button.rect().topLeft()).x() > window.toolbar.width() / 2
    assert button.font().pointSizeF() < compare.table.font().pointSizeF()
    window.repaint()
    image = window.toolbar.grab().toImage()
    ratio = image.devicePixelRatio()
    corner = button.mapTo(window.toolbar, button.rect().topLeft())
    inside = (corner.x() + button.width() // 2, corner.y() + 4)  # inside the outline, above the words
    fill = QColor(image.pixel(round(inside[0] * ratio), round(inside[1] * ratio)))
    toolbar_fill = QColor(image.pixel(2, 2))
    assert abs(fill.lightness() - toolbar_fill.lightness()) < 12, (fill.name(), toolbar_fill.name())
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenting and not window.isFullScreen() and window.menuBar().isVisible()
    assert not window._toolbar_spacer.isVisible()
    assert window.present_button.mapTo(window.toolbar, window.present_button.rect().topLeft()).x() < 40
    assert navigation_labels(window)[0] == "Skin explorer"
    window.show_view("compare")
    assert window.current_view().print_button.isVisible()
