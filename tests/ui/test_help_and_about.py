"""Help: F1 opens the user guide, the shortcuts list is built from the window's own actions; About lists the
third-party licences; the app has its icon."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from dermacounsel import licences, paths
from dermacounsel.services.catalogue import Catalogue
from dermacounsel.ui import language
from dermacounsel.ui.about import COL_LICENCE, COL_NAME, COL_VERSION, AboutDialog
from dermacounsel.ui.app import make_application
from dermacounsel.ui.help import GUIDE, HelpDialog, help_language
from dermacounsel.ui.main_window import MainWindow
from tests.ui_names import unknown_names

HELP = paths.resources_dir() / "help"


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
    for keys, name in (
        ("F11", "Present to the patient"),
        ("Ctrl+Shift+E", "Edit catalogue"),
        ("F1", "User guide"),
        ("Ctrl+Q", "Quit"),
    ):
        assert keys in shortcuts and name in shortcuts
    assert "Ctrl+P" in shortcuts and "Save the chart" in shortcuts


def test_help_falls_back_to_english_where_no_translation_exists() -> None:
    assert help_language("en") == "en"
    assert help_language("sw") == "en"
    assert help_language("ja") == "ja"


def test_the_guide_is_in_the_apps_language_and_follows_a_live_switch(qtbot, catalogue: Catalogue) -> None:
    window = open_window(qtbot, catalogue)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(HelpDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "Using DermaCounsel" in dialog.guide.toPlainText()
    dialog.close()
    try:
        window.language_switch.setCurrentIndex(window.language_switch.findData("ja"))
        # the dialog kept from before the switch follows it (Qt posts the LanguageChange event)
        qtbot.waitUntil(lambda: "DermaCounsel の使い方" in dialog.guide.toPlainText())
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_F1)
        assert window.findChildren(HelpDialog) == [dialog] and dialog.isVisible()
        guide = dialog.guide.toPlainText()
        for heading in ("患者さまのカウンセリング", "印刷", "日本語と English", "カタログの編集", "バックアップと復元"):
            assert heading in guide
        assert "Using DermaCounsel" not in guide
        assert dialog.windowTitle() == "DermaCounsel ヘルプ"
        assert [dialog.tabs.tabText(i) for i in range(2)] == ["使い方ガイド", "キーボードショートカット"]
        shortcuts = dialog.shortcuts.toPlainText()
        assert "患者さまに見せる" in shortcuts and "グラフを PNG・SVG・PDF で保存" in shortcuts
        assert "Present to the patient" not in shortcuts and "Tab、矢印キー" in shortcuts
        assert "設定" in shortcuts and "(S)" not in shortcuts  # a Japanese mnemonic goes whole, not as "(S)"
        window.language_switch.setCurrentIndex(window.language_switch.findData("en"))  # open while switching
        qtbot.waitUntil(lambda: "Using DermaCounsel" in dialog.guide.toPlainText())
        assert dialog.tabs.tabText(HelpDialog.GUIDE_TAB) == "User guide"
        assert "Present to the patient" in dialog.shortcuts.toPlainText()
    finally:
        language.install_translators("en")
        language.remember_language("en")


class _Outline(HTMLParser):
    """A guide's sections as (tag, anchor, heading text), the shortcuts and paths in <code>, and <b> names."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[tuple[str, str, str]] = []
        self.codes: list[str] = []
        self.bold: list[str] = []
        self._open: list[str] = []
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h2", "h3", "code", "b"):
            self._open.append(tag)
            self._text = []
            if tag in ("h2", "h3"):
                self.sections.append((tag, "", ""))
        elif tag == "a" and self._open and self._open[-1] in ("h2", "h3"):
            self.sections[-1] = (self.sections[-1][0], dict(attrs).get("name") or "", "")

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag == self._open[-1]:
            self._open.pop()
            text = "".join(self._text).strip()
            if tag in ("h2", "h3"):
                self.sections[-1] = (tag, self.sections[-1][1], text)
            else:
                (self.codes if tag == "code" else self.bold).append(text)

    def handle_data(self, data: str) -> None:
        self._text.append(data)


def outline(language_code: str) -> _Outline:
    parsed = _Outline()
    parsed.feed((HELP / language_code / GUIDE).read_text(encoding="utf-8"))
    return parsed


def test_every_guide_has_the_english_sections_anchors_and_keys() -> None:
    languages = sorted(folder.name for folder in HELP.iterdir() if (folder / GUIDE).is_file())
    assert {"en", "ja"} <= set(languages)
    english = outline("en")
    assert [tag for tag, _, _ in english.sections] == ["h2"] + ["h3"] * 6
    assert all(anchor for _, anchor, _ in english.sections)
    for code in languages:
        guide = outline(code)
        assert [(tag, anchor) for tag, anchor, _ in guide.sections] == [
            (tag, anchor) for tag, anchor, _ in english.sections
        ], code
        assert sorted(guide.codes) == sorted(english.codes), code  # the same shortcuts and folder names
    japanese = outline("ja")
    for _, _, heading in japanese.sections:  # written in Japanese, not copied
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", heading), heading


def test_the_menus_and_buttons_a_guide_names_are_the_ones_the_app_shows() -> None:
    for code in ("en", "ja"):
        assert not unknown_names(outline(code).bold, code), code


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


def test_the_japanese_guide_shows_no_space_between_japanese_characters(qtbot) -> None:
    """A line break inside a Japanese sentence of the HTML shows as a space: the text must not have one."""
    from PySide6.QtWidgets import QTextBrowser

    make_application()
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml((HELP / "ja" / GUIDE).read_text(encoding="utf-8"))
    japanese = "[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]"
    assert not re.findall(f"{japanese} +{japanese}", browser.toPlainText())
