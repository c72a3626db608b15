"""Help: the short user guide (F1) and the list of keyboard shortcuts, in the app's language where the guide
exists in it (resources/help/LANG/guide.html; English otherwise), following a live switch of the language."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dermacounsel import paths
from dermacounsel.ui import language as app_language

FALLBACK_LANGUAGE = "en"
GUIDE = "guide.html"

# Shortcuts that belong to one view (its own QShortcut), so the main window cannot list them itself.
# (keys, where, what): the keys are portable text for QKeySequence, shown in the platform's own form.
VIEW_SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    (
        "Ctrl+S",
        QT_TRANSLATE_NOOP("help", "Growth factors"),
        QT_TRANSLATE_NOOP("help", "Save the chart as PNG, SVG or PDF"),
    ),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("help", "Edit catalogue"), QT_TRANSLATE_NOOP("help", "Take back the last change")),
    ("Ctrl+Shift+Z", QT_TRANSLATE_NOOP("help", "Edit catalogue"), QT_TRANSLATE_NOOP("help", "Make the change again")),
    ("Escape", QT_TRANSLATE_NOOP("help", "Filter boxes"), QT_TRANSLATE_NOOP("help", "Clear the filter")),
    ("Escape", QT_TRANSLATE_NOOP("help", "Presentation"), QT_TRANSLATE_NOOP("help", "Leave presentation mode")),
    (
        QT_TRANSLATE_NOOP("help", "Tab, arrow keys"),
        QT_TRANSLATE_NOOP("help", "Skin explorer"),
        QT_TRANSLATE_NOOP("help", "Move between regions of the drawing"),
    ),
    ("Enter", QT_TRANSLATE_NOOP("help", "Skin explorer"), QT_TRANSLATE_NOOP("help", "Select the region")),
    ("Escape", QT_TRANSLATE_NOOP("help", "Skin explorer"), QT_TRANSLATE_NOOP("help", "Clear the selection")),
)


def help_language(language: str | None = None) -> str:
    """The language of the guide shown: `language`, else the app's (the one its translators speak now, as
    chosen in the toolbar or Settings, not the system's), if the guide exists in it; else English."""
    language = language or app_language.current_language()
    return language if (paths.resources_dir() / "help" / language / GUIDE).is_file() else FALLBACK_LANGUAGE


def guide_html(language: str | None = None) -> str:
    return (paths.resources_dir() / "help" / (language or help_language()) / GUIDE).read_text(encoding="utf-8")


def _shortcut_text(keys: str) -> str:
    if "," in keys or " " in keys.strip():
        return QCoreApplication.translate("help", keys)  # a description such as "Tab, arrow keys", not one key
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def action_name(text: str) -> str:
    """A menu action's text as the list of shortcuts shows it: without its mnemonic (Japanese "(&F)" whole,
    English "&"), keeping a literal "&&" as "&", and without a trailing "…"."""
    text = re.sub(r"\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(keys, action) for every menu and toolbar action of the window that has a shortcut, in menu order."""
    rows = []
    for action in window.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
        shortcut = action.shortcut()
        if shortcut.isEmpty() or not action.text():
            continue
        rows.append((shortcut.toString(QKeySequence.SequenceFormat.NativeText), action_name(action.text())))
    return rows


def shortcuts_html(window: QWidget | None) -> str:
    """The keyboard shortcuts as an HTML table: the window's own, then those of single views."""
    cell = '<td style="padding: 3px 14px 3px 0">{}</td>'
    keyboard_shortcuts_text = QCoreApplication.translate("help", "Keyboard shortcuts")
    rows = [f"<h2>{html.escape(keyboard_shortcuts_text)}</h2>", "<table>"]
    for keys, name in window_shortcuts(window) if window is not None else []:
        rows.append("<tr>" + cell.format(f"<b>{html.escape(keys)}</b>") + cell.format(html.escape(name)) + "</tr>")
    rows.append("</table>")
    in_the_views_text = QCoreApplication.translate("help", "In the views")
    rows.append(f"<h3>{html.escape(in_the_views_text)}</h3><table>")
    for keys, where, what in VIEW_SHORTCUTS:
        rows.append(
            "<tr>"
            + cell.format(f"<b>{html.escape(_shortcut_text(keys))}</b>")
            + cell.format(html.escape(QCoreApplication.translate("help", where)))
            + cell.format(html.escape(QCoreApplication.translate("help", what)))
            + "</tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


class HelpDialog(QDialog):
    """The user guide and the shortcuts, on two tabs; not modal, so the app stays usable beside it.

    Attributes:
        tabs: the "User guide" and "Keyboard shortcuts" tabs.
        guide, shortcuts: their text browsers.
    """

    GUIDE_TAB = 0
    SHORTCUTS_TAB = 1

    def __init__(self, window: QWidget | None) -> None:
        super().__init__(window)
        self.resize(760, 640)
        self._window = window
        self.guide = QTextBrowser()
        self.guide.setOpenExternalLinks(False)
        self.shortcuts = QTextBrowser()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.guide, "")
        self.tabs.addTab(self.shortcuts, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        """Title, tabs, the guide and the shortcuts in the app's language now (the dialog outlives a close, so
        one opened before a switch of the language must follow it)."""
        self.setWindowTitle(self.tr("DermaCounsel help"))
        self.guide.setHtml(guide_html())
        self.guide.setAccessibleName(self.tr("User guide"))
        self.shortcuts.setHtml(shortcuts_html(self._window))
        self.shortcuts.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tabs.setTabText(self.GUIDE_TAB, self.tr("User guide"))
        self.tabs.setTabText(self.SHORTCUTS_TAB, self.tr("Keyboard shortcuts"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @classmethod
    def open_for(cls, window: QWidget, tab: int = GUIDE_TAB) -> HelpDialog:
        """Show the window's help dialog (one per window, raised if already open) at `tab`."""
        dialog = window.findChild(cls)
        if dialog is None:
            dialog = cls(window)
        dialog.tabs.setCurrentIndex(tab)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog


def add_help_actions(window: QMainWindow, menu: QMenu) -> tuple[QAction, QAction]:
    """ "User guide" (F1, the platform's help key) and "Keyboard shortcuts" at the top of the Help menu."""
    guide = QAction(window)
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    if guide.shortcut().isEmpty():
        guide.setShortcut(QKeySequence("F1"))
    guide.triggered.connect(lambda: HelpDialog.open_for(window, HelpDialog.GUIDE_TAB))
    keys = QAction(window)
    keys.triggered.connect(lambda: HelpDialog.open_for(window, HelpDialog.SHORTCUTS_TAB))
    name_help_actions(guide, keys)
    menu.addAction(guide)
    menu.addAction(keys)
    menu.addSeparator()
    return guide, keys


def name_help_actions(guide: QAction, keys: QAction) -> None:
    """The two help actions' words in the interface's language (again at a live language switch)."""
    guide.setText(QCoreApplication.translate("help", "&User guide"))
    keys.setText(QCoreApplication.translate("help", "&Keyboard shortcuts"))
