"""The main window: navigation built from the view registry, the views, menus and remembered geometry."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.ui import language
from dermacounsel.ui.plain_text import literal
from dermacounsel.ui.views import VIEWS, ViewSpec

if TYPE_CHECKING:  # the storage layer (SQLAlchemy) loads after the window first paints
    from dermacounsel.services.catalogue import Catalogue
    from dermacounsel.ui.change_watch import ChangeWatcher

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
LAST_VIEW_KEY = "main_window/view"


#: how many widget levels a changed size hint climbs, at most, from a label to the window
_LAYOUT_DEPTH = 12


def settle_layouts() -> None:
    """Let every layout settle to new words now, before anything draws: a label whose text changed asks its
    parent's layout to lay out again, which may change that widget's size hint and ask its own parent's, one
    level per pass (Qt handles only the requests posted before each pass). Settled here, a chart is laid out
    and drawn once, at its final size, not first at the old words' size and then again."""
    for _ in range(_LAYOUT_DEPTH):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


class MainWindow(QMainWindow):
    """Holds the navigation and the views; creates each view when it is first opened.

    Signals:
        view_changed(str): the key of the view now shown.
    """

    view_changed = Signal(str)

    def __init__(self, catalogue: Catalogue | None, views: Sequence[ViewSpec] = VIEWS) -> None:
        """With `catalogue` None the window is an empty shell that paints at once; `attach` fills it."""
        super().__init__()
        self._catalogue = catalogue
        self._specs = list(views)
        self._widgets: dict[str, QWidget] = {}
        #: what was set up in views rebuilt by a language switch, until each is shown again
        self._pending_states: dict[str, dict[str, object]] = {}
        self.language = language.current_language()
        self.setWindowTitle("DermaCounsel")
        # no larger than the screen: 1280×720 at 1.5× scale is 853×480 device-independent pixels
        self.setMinimumSize(QSize(960, 620).boundedTo(self.screen().availableGeometry().size()))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Views"))
        self.navigation.setFixedWidth(220)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setWordWrap(True)
        for spec in self._specs:
            item = QListWidgetItem(spec.translated_title())
            item.setToolTip(spec.translated_description())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
            item.setHidden(spec.editing)
        self.stack = QStackedWidget()
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the path
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.catalogue_changed = False
        self._build_window_actions()
        self._build_menus()
        self._build_status_bar()
        self._build_toolbar()
        self.presenting = False
        self.watcher: ChangeWatcher | None = None  # started by watch_for_changes (issue 17)

        self._restore_geometry(QSettings())
        if catalogue is not None:
            self.attach(catalogue)

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            raise RuntimeError("the window has no catalogue yet")
        return self._catalogue

    def attach(self, catalogue: Catalogue) -> None:
        """Show the catalogue: the status line, the read-only banner, and the view last used."""
        self._catalogue = catalogue
        catalogue.set_language(self.language)
        self._show_banner(catalogue)
        self.edit_action.setEnabled(not catalogue.read_only)
        self.import_action.setEnabled(not catalogue.read_only)
        self.sync_action.setVisible(catalogue.shared)
        self.summary_label.setToolTip(literal(catalogue.location))
        self._update_counts()
        self.navigation.currentRowChanged.connect(self._show_row)
        last = QSettings().value(LAST_VIEW_KEY, self._specs[0].key)
        patient_views = [spec.key for spec in self._specs if not spec.editing]
        self.show_view(last if last in patient_views else self._specs[0].key)
        self._show_row(self.navigation.currentRow())  # the shell may already have that row current

    def _show_banner(self, catalogue: Catalogue) -> None:
        """Why the catalogue cannot be changed here, above every view: an offline copy (and how old it
        is), a server role that may only read, or a file that cannot be written."""
        self.banner.setVisible(catalogue.read_only)
        if catalogue.offline is not None:  # issue 17: the server is out of reach; the laptop's copy is shown
            hours = catalogue.offline.age_seconds() / 3600
            self.banner.setText(
                self.tr(
                    "Offline: {reason}. Showing this computer's copy of the catalogue, brought from the server "
                    "{age} ago ({when}); it can be shown, not changed, until the server can be reached."
                ).format(
                    reason=language.said(catalogue.offline.reason),
                    age=self.tr("{n} minutes").format(n=round(hours * 60))
                    if hours < 2
                    else self.tr("{n} hours").format(n=round(hours))
                    if hours < 48
                    else self.tr("{n} days").format(n=round(hours / 24)),
                    when=f"{catalogue.offline.taken_at:%Y-%m-%d %H:%M}",
                )
            )
        elif catalogue.server is not None:
            self.banner.setText(
                self.tr(
                    "This catalogue is read-only ({server}): the database role you log in as may read it, not "
                    "change it. Editing is done from a desk with an editor's role."
                ).format(server=catalogue.server)
            )
        else:
            self.banner.setText(
                self.tr("This catalogue is read-only ({path}): it can be shown, not changed.").format(
                    path=catalogue.path
                )
            )

    # --- views --------------------------------------------------------------------------------------

    def view_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def current_view_key(self) -> str:
        return self._specs[max(self.navigation.currentRow(), 0)].key

    def current_view(self) -> QWidget:
        return self.view(self.current_view_key())

    def view(self, key: str) -> QWidget:
        """The view widget for `key`, created on first use."""
        if key not in self._widgets:
            spec = next(spec for spec in self._specs if spec.key == key)
            widget = spec.create(self.catalogue, self.stack)
            navigate = getattr(widget, "navigate", None)
            if navigate is not None:
                navigate.connect(self.open_link)
            printable = getattr(widget, "printable_changed", None)
            if printable is not None:
                printable.connect(self.update_print_actions)
            changed = getattr(widget, "catalogue_changed", None)
            if changed is not None:
                changed.connect(lambda key=key: self.reload_catalogue(keep=key))
            self._widgets[key] = widget
            self.stack.addWidget(widget)
            self._restore_view_state(widget, self._pending_states.pop(key, {}))
            presenting = getattr(self, "presenting", False)
            self._title_view(widget, spec, presenting)
            if presenting:
                self._show_admin(widget, False)
        return self._widgets[key]

    def show_view(self, key: str) -> None:
        self.navigation.setCurrentRow(self.view_keys().index(key))

    def reload_catalogue(self, keep: str | None = None) -> None:
        """The catalogue changed (an edit, an import, a restore): views read it again when next shown."""
        self.catalogue_changed = True
        if self.watcher is not None:
            self.watcher.own_change()  # not to be shown again as a change made elsewhere
        for key in [k for k in self._widgets if k != keep]:
            widget = self._widgets.pop(key)
            self.stack.removeWidget(widget)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        if keep is None or keep not in self._widgets:
            self.stack.setCurrentWidget(self.view(self.current_view_key()))
        self._update_counts()

    # --- changes made elsewhere (issue 17) ----------------------------------------------------------------

    def watch_for_changes(self, interval_ms: int | None = None) -> None:
        """Look at the catalogue every two seconds; a change made at another desk (or by an import from
        the command line) is shown in every view, the open editor form included."""
        from dermacounsel.ui.change_watch import INTERVAL_MS, ChangeWatcher

        if self.watcher is not None:
            self.watcher.stop()
        self.watcher = ChangeWatcher(self.catalogue, self, interval_ms or INTERVAL_MS)
        self.watcher.changed.connect(self.show_changes_made_elsewhere)
        self.watcher.unreachable.connect(
            lambda reason: self.statusBar().showMessage(
                self.tr("Cannot read the catalogue just now: {reason}").format(reason=reason)
            )
        )
        self.watcher.reachable.connect(self.statusBar().clearMessage)
        self.watcher.start()

    def show_changes_made_elsewhere(self) -> None:
        """Every view reads the catalogue again. The one shown keeps what was chosen in it (products
        compared, concerns, growth factors); the editor keeps its undo history and any unsaved typing."""
        editor_keys = [spec.key for spec in self._specs if spec.editing]
        shown = self.current_view_key()
        state = self._view_state(self._widgets.get(shown))
        for key in [k for k in self._widgets if k not in editor_keys]:
            widget = self._widgets.pop(key)
            self.stack.removeWidget(widget)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        for key in editor_keys:
            refresh = getattr(self._widgets.get(key), "changed_elsewhere", None)
            if refresh is not None:
                refresh()
        widget = self.view(shown)
        self.stack.setCurrentWidget(widget)
        self._restore_view_state(widget, state)
        self._update_counts()
        self.statusBar().showMessage(self.tr("The catalogue was changed elsewhere; what is shown is up to date."), 8000)

    @staticmethod
    def _view_state(widget: QWidget | None) -> dict[str, object]:
        """What the user set up in a view (its `view_state`: keys, never names, so it holds across a language
        switch), for carrying over when the view is rebuilt."""
        read = getattr(widget, "view_state", None)
        return dict(read()) if callable(read) else {}

    @staticmethod
    def _restore_view_state(widget: QWidget, state: dict[str, object]) -> None:
        """Give a rebuilt view back what was set up in it; an entry deleted meanwhile is left out by the view."""
        apply = getattr(widget, "restore_view_state", None)
        if state and callable(apply):
            apply(state)

    # --- language ---------------------------------------------------------------------------------------

    def set_language(self, code: str) -> bool:
        """Switch the interface and the catalogue to `code` ("ja" or "en") live, and remember it: menus,
        navigation and toolbar are retranslated; the view shown, and the editor whether shown or not, are
        retranslated in place (`retranslate`; a view without it is rebuilt at once); the others are rebuilt
        when next shown; each keeps what was set up in it (its `view_state`). The editor keeps its undo
        history and any typing not yet saved. Always True (the switch is made)."""
        if code == self.language:
            return True
        # what each view holds, read while the catalogue still speaks the language the views were built in
        for key, widget in self._widgets.items():
            self._pending_states[key] = self._view_state(widget)
        language.install_translators(code)
        language.remember_language(code)
        self.language = code
        self.language_switch.blockSignals(True)
        self.language_switch.setCurrentIndex(max(self.language_switch.findData(code), 0))
        self.language_switch.blockSignals(False)
        self._translate_menus()
        self.navigation.setAccessibleName(self.tr("Views"))
        self.toolbar.setWindowTitle(self.tr("Presentation"))
        self._name_present_action()
        self.present_action.setToolTip(self.tr("Full screen, larger type, no editing controls (F11; Escape leaves)"))
        for row, spec in enumerate(self._specs):
            item = self.navigation.item(row)
            item.setText(spec.translated_plain_title() if self.presenting else spec.translated_title())
            item.setToolTip(spec.translated_description())
        if self._catalogue is None:
            return True
        self._catalogue.set_language(code)
        self._show_banner(self._catalogue)
        self.edit_action.setEnabled(not self.presenting and not self._catalogue.read_only)
        self.import_action.setEnabled(not self._catalogue.read_only)
        # The view shown says its words anew in place where it can (`retranslate`: it reads the catalogue's
        # texts again, keeps its widgets and charts, and what was set up in it), and so does the editor even
        # when hidden (its undo history and unsaved typing cannot be built again); the others are built
        # again in the new language (the catalogue's names change with it, and views hold them) when next
        # shown, with what was set up in each.
        shown = self.current_view_key()
        kept = [
            spec
            for spec in self._specs
            if (spec.key == shown or spec.editing)
            and callable(getattr(self._widgets.get(spec.key), "retranslate", None))
        ]
        for key in [k for k in self._widgets if k not in {spec.key for spec in kept}]:
            widget = self._widgets.pop(key)
            self.stack.removeWidget(widget)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        for spec in kept:
            self._pending_states.pop(spec.key, None)
            widget = self._widgets[spec.key]
            widget.retranslate()  # type: ignore[attr-defined]
            self._title_view(widget, spec, self.presenting)
        self.stack.setCurrentWidget(self.view(shown))
        self._update_counts()
        settle_layouts()
        return True

    # --- presentation mode ------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Presentation"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        # in presentation the way out sits quietly at the toolbar's right (presentation.qss draws it as a
        # small outlined button), not first and filled where the patient's eye starts reading
        spacer = QWidget()
        spacer.setObjectName("toolbarSpacer")
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._toolbar_spacer = toolbar.addWidget(spacer)
        self._toolbar_spacer.setVisible(False)
        toolbar.addAction(self.present_action)
        self.present_button = toolbar.widgetForAction(self.present_action)
        self.present_button.setObjectName("presentButton")
        toolbar.addSeparator()
        self.language_switch = QComboBox()
        self.language_switch.setObjectName("languageSwitch")
        self.language_switch.setAccessibleName("Language / 言語")
        for code, name in language.LANGUAGES.items():  # each named in itself, readable in either language
            self.language_switch.addItem(name, code)
        self.language_switch.setCurrentIndex(max(self.language_switch.findData(self.language), 0))
        self.language_switch.currentIndexChanged.connect(
            lambda row: self.set_language(str(self.language_switch.itemData(row)))
        )
        toolbar.addWidget(self.language_switch)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        self.leave_presentation = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, lambda: self.set_presentation(False))
        self.leave_presentation.setEnabled(False)

    def set_presentation(self, on: bool) -> None:
        """The patient-facing mode: full screen, larger type, a calm high-contrast theme, plain labels, and
        no editing or admin controls."""
        if on == self.presenting:
            self.present_action.setChecked(on)
            return
        self.presenting = on
        self.present_action.setChecked(on)
        self._name_present_action()
        self.leave_presentation.setEnabled(on)
        self._toolbar_spacer.setVisible(on)
        if on:
            self.set_edit_mode(False)
            self._normal_geometry = self.saveGeometry()
        self.edit_action.setEnabled(not on and not self.catalogue.read_only)
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from dermacounsel import paths

            extra = (paths.resources_dir() / "presentation.qss").read_text(encoding="utf-8") if on else ""
            base = (paths.resources_dir() / "style.qss").read_text(encoding="utf-8")
            app.setStyleSheet(base + extra)
        for row, spec in enumerate(self._specs):
            item = self.navigation.item(row)
            item.setText(spec.translated_plain_title() if on else spec.translated_title())
        for key, widget in self._widgets.items():
            self._show_admin(widget, not on)
            self._title_view(widget, next(spec for spec in self._specs if spec.key == key), on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
            if getattr(self, "_normal_geometry", None) is not None:
                self.restoreGeometry(self._normal_geometry)

    def _name_present_action(self) -> None:
        """The presentation action's words: in the View menu with its access key (P&resent, 見せる(&R)), on the
        toolbar's button without one (Japanese would show its "(R)")."""
        if self.presenting:
            self.present_action.setText(self.tr("Leave presentation (Esc)"))
            self.present_action.setIconText(self.tr("Leave presentation (Esc)"))
        else:
            self.present_action.setText(self.tr("P&resent to the patient"))
            self.present_action.setIconText(self.tr("Present to the patient"))

    @staticmethod
    def _title_view(widget: QWidget, spec: ViewSpec, presenting: bool) -> None:
        """The page's title is the name the navigation gives it, in either mode."""
        title = widget.findChild(QLabel, "viewTitle")
        if title is not None:
            title.setText(spec.translated_plain_title() if presenting else spec.translated_title())

    @staticmethod
    def _show_admin(widget: QWidget, visible: bool) -> None:
        for child in widget.findChildren(QWidget):
            if child.property("admin"):
                child.setVisible(visible)

    def edit_mode(self) -> bool:
        return self.edit_action.isChecked()

    def set_edit_mode(self, on: bool) -> None:
        """Show or hide the editing views; patients never see editing controls."""
        if on and self.catalogue.read_only:
            self.edit_action.setChecked(False)
            return
        self.edit_action.setChecked(on)
        for row, spec in enumerate(self._specs):
            if spec.editing:
                self.navigation.item(row).setHidden(not on)
        if on:
            self.show_view(next(spec.key for spec in self._specs if spec.editing))
        elif next(spec for spec in self._specs if spec.key == self.current_view_key()).editing:
            self.show_view(self._specs[0].key)

    def open_link(self, path: str) -> None:
        """Follow a link between views: "VIEW/REST" shows VIEW and hands it REST (its `open_link`)."""
        key, _, rest = path.partition("/")
        if key not in self.view_keys():
            return  # a view that has not landed yet; the link stays inert
        self.show_view(key)
        opener = getattr(self.view(key), "open_link", None)
        if rest and opener is not None:
            opener(rest)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._specs[row].key
        self.stack.setCurrentWidget(self.view(key))
        self.view_changed.emit(key)

    # --- chrome -------------------------------------------------------------------------------------

    def _build_window_actions(self) -> None:
        """The actions that work from every view and in every mode: view switching (Ctrl+1…Ctrl+6) and
        printing (Ctrl+P). They belong to the window itself, with an application-wide context, because the
        menu bar is hidden in presentation mode (and a hidden menu's shortcuts are dead), and a key pressed
        with the focus in the explorer's drawing, a list or a table must reach them all the same."""
        self.view_actions: list[QAction] = []
        for number, spec in enumerate([s for s in self._specs if not s.editing], start=1):
            action = QAction(spec.translated_menu_title(), self)
            action.setObjectName(f"show-{spec.key}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_view(key))
            self.addAction(action)
            self.view_actions.append(action)
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setObjectName("print")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        if self.print_action.shortcut().isEmpty():
            self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.print_action.triggered.connect(self.print_current_view)
        self.addAction(self.print_action)
        # P&DF: &Print… has the P
        self.export_pdf_action = QAction(self.tr("Export as P&DF…"), self)
        self.export_pdf_action.setObjectName("export-pdf")
        self.export_pdf_action.triggered.connect(self.export_current_view)
        self.present_action = QAction(self)
        self.present_action.setObjectName("present")
        self.presenting = False
        self._name_present_action()
        self.present_action.setCheckable(True)
        self.present_action.setShortcut(QKeySequence("F11"))
        self.present_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.present_action.setToolTip(self.tr("Full screen, larger type, no editing controls (F11; Escape leaves)"))
        self.present_action.toggled.connect(self.set_presentation)
        self.view_changed.connect(lambda _key: self.update_print_actions())

    # --- printing -------------------------------------------------------------------------------------

    def _printing_view(self) -> QWidget | None:
        """The view shown, if it prints something (has `print_preview`), else None."""
        widget = self._widgets.get(self.current_view_key()) if self._catalogue is not None else None
        return widget if widget is not None and hasattr(widget, "print_preview") else None

    def print_hint(self) -> str:
        """Why nothing can be printed from the view shown, or "" when it can print."""
        view = self._printing_view()
        if view is None:
            return self.tr(
                "Nothing to print in this view: Compare prints the comparison sheet, Counselling the "
                "consultation summary."
            )
        hint = getattr(view, "print_hint", None)
        return str(hint()) if hint is not None else ""

    def update_print_actions(self) -> None:
        """Enable Print and Export as PDF when the view shown has something to print, and say why not."""
        hint = self.print_hint()
        view = self._printing_view()
        document = view.printable().title if view is not None and not hint else ""  # type: ignore[attr-defined]
        for action, ready_text, ready_tip in (
            (self.print_action, self.tr("&Print the {document}…"), self.tr("Print preview of the {document}")),
            (self.export_pdf_action, self.tr("Export the {document} as P&DF…"), self.tr("Write the {document} as PDF")),
        ):
            action.setEnabled(not hint)
            action.setText(ready_text.format(document=document) if document else action.text())
            tip = ready_tip.format(document=document) if document else hint
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if hint:
            self.print_action.setText(self.tr("&Print…"))
            self.export_pdf_action.setText(self.tr("Export as P&DF…"))

    def print_current_view(self) -> None:
        view = self._printing_view()
        if view is not None and not self.print_hint():
            view.print_preview()  # type: ignore[attr-defined]

    def export_current_view(self) -> None:
        view = self._printing_view()
        if view is not None and not self.print_hint():
            view.export_pdf()  # type: ignore[attr-defined]

    # --- chrome -------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        """The menus and their actions, once; their words are set by `_translate_menus` (again at a language
        switch, on the same actions: their shortcuts, checked state and connections stay)."""
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.setToolTipsVisible(True)  # why Print is greyed out
        self.file_menu.addAction(self.print_action)
        self.file_menu.addAction(self.export_pdf_action)
        self.file_menu.addSeparator()
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.edit_settings)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.import_catalogue)
        self.import_action.setEnabled(False)  # until a writable catalogue is attached
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.export_catalogue)
        self.backups_action = QAction(self)
        self.backups_action.triggered.connect(self.show_backups)
        for action in (self.import_action, self.export_action, self.backups_action):
            self.file_menu.addAction(action)
        self.sync_action = QAction(self)
        self.sync_action.triggered.connect(self.sync_local_copy)
        self.sync_action.setVisible(self._catalogue is not None and self._catalogue.shared)
        self.file_menu.addAction(self.sync_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():  # platforms without a standard one (the offscreen one, Windows)
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = self.menuBar().addMenu("")
        for action in self.view_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.present_action)
        self.view_menu.addSeparator()
        self.edit_action = QAction(self)
        self.edit_action.setCheckable(True)
        self.edit_action.setShortcut(QKeySequence("Ctrl+Shift+E"))  # plain Ctrl+E moves the cursor in text fields
        self.edit_action.setEnabled(False)  # until a writable catalogue is attached
        self.edit_action.toggled.connect(self.set_edit_mode)
        self.view_menu.addAction(self.edit_action)
        self.view_menu.addSeparator()
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(lambda: getattr(self.current_view(), "focus_filter", lambda: None)())
        self.view_menu.addAction(self.find_action)

        self.help_menu = self.menuBar().addMenu("")
        from dermacounsel.ui.help import add_help_actions  # issue 18: the user guide (F1) and shortcuts

        self.help_action, self.shortcuts_action = add_help_actions(self, self.help_menu)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)
        # these work in presentation mode too (its menu bar is hidden): on the window as well as the menu
        for action in (self.quit_action, self.find_action, self.help_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.addAction(action)
        self._translate_menus()

    def _translate_menus(self) -> None:
        """The menus' words in the interface's language."""
        from dermacounsel.ui.help import name_help_actions

        self.file_menu.setTitle(self.tr("&File"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.import_action.setText(self.tr("&Import catalogue…"))
        self.export_action.setText(self.tr("&Export catalogue…"))
        self.backups_action.setText(self.tr("&Backups…"))
        self.sync_action.setText(self.tr("&Copy the server's catalogue to this computer"))
        self.sync_action.setStatusTip(
            self.tr("Keep this computer's copy up to date, for the days the server cannot be reached")
        )
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        for action, spec in zip(self.view_actions, [s for s in self._specs if not s.editing], strict=True):
            action.setText(spec.translated_menu_title())
        self.edit_action.setText(self.tr("&Edit catalogue"))
        self.find_action.setText(self.tr("&Filter…"))
        self.help_menu.setTitle(self.tr("&Help"))
        name_help_actions(self.help_action, self.shortcuts_action)
        self.about_action.setText(self.tr("&About DermaCounsel"))
        self.update_print_actions()

    def _build_status_bar(self) -> None:
        self.summary_label = QLabel()
        self.summary_label.setObjectName("catalogueSummary")
        self.statusBar().addWidget(self.summary_label)

    def _update_counts(self) -> None:
        counts = self.catalogue.counts()
        # each count its own translated phrase with its number (%n): Japanese puts the number after the noun
        phrases = {
            "products": lambda n: self.tr("%n product", "", n) if n == 1 else self.tr("%n products", "", n),
            "growth factors": lambda n: (
                self.tr("%n growth factor", "", n) if n == 1 else self.tr("%n growth factors", "", n)
            ),
            "ingredients": lambda n: self.tr("%n ingredient", "", n) if n == 1 else self.tr("%n ingredients", "", n),
            "procedures": lambda n: self.tr("%n procedure", "", n) if n == 1 else self.tr("%n procedures", "", n),
        }
        separator = self.tr(" · ", "between the counts of the status bar")  # Japanese lists with 、
        summary = separator.join(phrases[name](count) for name, count in counts.items())
        self.summary_label.setText(self.tr("Catalogue: {summary}").format(summary=summary))

    # --- catalogue files and backups ------------------------------------------------------------------

    def import_catalogue(self) -> None:
        from dermacounsel.ui.catalogue_files import import_into

        import_into(self, self.catalogue, self._imported)

    def _imported(self, message: str) -> None:
        self.reload_catalogue()
        self.statusBar().showMessage(message, 8000)

    def export_catalogue(self) -> None:
        from dermacounsel.ui.catalogue_files import export_from

        export_from(self, self.catalogue)

    def show_backups(self) -> None:
        from dermacounsel.ui.catalogue_files import BackupsDialog

        BackupsDialog(self, self.catalogue, self.reload_catalogue).exec()

    def sync_local_copy(self) -> None:
        """Copy the server's catalogue into this computer's local copy (dermacounsel sync), off the GUI
        thread; say where it went, or in one line what failed."""
        from dermacounsel.ui.jobs import run_job

        catalogue = self.catalogue

        def done(result: tuple[Path, object]) -> None:
            local = result[0]
            message = self.tr("Copied the server's catalogue to this computer ({path}).").format(path=local)
            if catalogue.offline is not None:
                message += " " + self.tr("Start DermaCounsel again to work on the server.")
            self.statusBar().showMessage(message, 15000)

        def failed(error: Exception) -> None:
            from dermacounsel.ui.app import ErrorDialog

            self.statusBar().showMessage(language.error_text(error), 15000)
            ErrorDialog.show(self, self.tr("Copy failed"), language.error_text(error))

        run_job(
            self, self.tr("Copying the server's catalogue…"), lambda _progress: catalogue.sync_local_copy()
        ).success(done).failure(failed)

    def edit_settings(self) -> None:
        """The clinic's settings for printed sheets and the comparer's defaults."""
        from dermacounsel.ui.settings import ClinicSettings, SettingsDialog

        products = self.catalogue.product_names()
        keys = [product.key for product in self.catalogue.products()]
        edited = SettingsDialog.ask(ClinicSettings.load(), products, self, keys)
        if edited is not None:
            from dermacounsel.services.catalogue import DatabaseError

            try:
                edited.save()
            except DatabaseError as error:  # the keyring refused the password: nothing else was lost
                self.statusBar().showMessage(language.error_text(error), 15000)
                return
            self.set_language(edited.language)
            counsel = self._widgets.get("counsel")
            if counsel is not None and hasattr(counsel, "refresh"):
                counsel.refresh()  # the order equally suited products are shown in may have changed
            self.statusBar().showMessage(self.tr("Settings saved."), 4000)

    def _about(self) -> None:
        from dermacounsel.ui.about import AboutDialog  # issue 18: with the third-party licences

        AboutDialog.ask(self, self.catalogue.path if self.catalogue is not None else None)

    def _restore_geometry(self, settings: QSettings) -> None:
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is not None and self.restoreGeometry(geometry):
            state = settings.value(STATE_KEY)
            if state is not None:
                self.restoreState(state)
        else:
            self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """First start: maximised on a laptop's screen, else a large window whose frame fits, centred."""
        from dermacounsel.ui.screen_fit import first_window_geometry

        available = self.screen().availableGeometry()
        area, maximised = first_window_geometry(available)
        self.resize(area.size())
        self.move(area.topLeft())
        if maximised:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        # an edit still being written finishes first: it is acknowledged work, and the session backup
        # below must hold it
        if self.watcher is not None:
            self.watcher.stop()
        QThreadPool.globalInstance().waitForDone(30_000)
        catalogue = self._catalogue
        if catalogue is not None and not catalogue.read_only and (self.catalogue_changed or catalogue.changed):
            from dermacounsel.services.catalogue import DatabaseError

            try:
                catalogue.back_up("session")  # a session with changes ends with a backup
            except DatabaseError as error:
                QMessageBox.warning(self, self.tr("Backup failed"), literal(language.error_text(error)))
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(LAST_VIEW_KEY, self.current_view_key())
        settings.sync()  # written now, not left to the object's destruction at exit
        super().closeEvent(event)
