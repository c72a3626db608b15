"""The catalogue editor, shown only in "Edit catalogue" mode: ratings, products, ingredients, effect
categories, exosome origins, procedures, layer descriptions and the concerns' mappings.

Every edit is one row-level change made through the catalogue service, off the GUI thread; it goes on a
QUndoStack, so Ctrl+Z and Ctrl+Shift+Z take it back and bring it again. Forms edit every text in
English and Japanese side by side (ui/bilingual.py): a save that changes one language of a text and not
the other marks the other as possibly out of date, and neither language is ever dropped; saving a form
that was not changed writes nothing. An entry changed elsewhere since the form read it is refused with
a message naming it, and the form reloads.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.domain.text import CLINIC, outdated, pick, versions, with_versions
from dermacounsel.services import catalogue as service
from dermacounsel.services.catalogue import Catalogue
from dermacounsel.ui.bilingual import (
    LANGUAGES,
    BilingualField,
    BilingualList,
    ElidingComboBox,
    LanguageHeader,
    language_name,
    stale_reason,
)
from dermacounsel.ui.jobs import run_job
from dermacounsel.ui.language import error_text
from dermacounsel.ui.name_search import NameSearchList, search_words
from dermacounsel.ui.plain_text import literal, plain_label
from dermacounsel.ui.view_header import ViewHeader

KINDS = (
    ("growth-factor", QT_TRANSLATE_NOOP("ProductForm", "Growth factor")),
    ("stem-cell", QT_TRANSLATE_NOOP("ProductForm", "Stem cell or culture")),
    ("exosome", QT_TRANSLATE_NOOP("ProductForm", "Exosome")),
    ("other", QT_TRANSLATE_NOOP("ProductForm", "Other active")),
    ("functional", QT_TRANSLATE_NOOP("ProductForm", "Functional ingredient")),
)
NO_LINK = ""
Text = dict[str, str]


class ConfirmDelete:
    """Asks before anything is deleted; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, what: str) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("ConfirmDelete", "Delete?"),
            QCoreApplication.translate("ConfirmDelete", "Delete {what}? You can undo this with Ctrl+Z.").format(
                what=what
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "item"


def provenance(source_key: str) -> str:
    """Where an entry's facts come from, in the interface's language."""
    day = service.edit_date(source_key)
    if day is not None:
        # the date as the language writes it: "1 December 2026", "2026年12月1日"
        shown = QLocale().toString(
            QDate(day.year, day.month, day.day), QCoreApplication.translate("provenance", "d MMMM yyyy")
        )
        return QCoreApplication.translate("provenance", "Edited by the clinic on {date}").format(date=shown)
    if source_key == "article":
        return QCoreApplication.translate("provenance", "From the article")
    if source_key == "makers":
        return QCoreApplication.translate("provenance", "Maker information")
    if source_key == "anatomy":
        return QCoreApplication.translate("provenance", "Plain-language anatomy")
    if source_key == "counselling-map":
        return QCoreApplication.translate("provenance", "This app's link, not the article's")
    if source_key == "clinic-notes":
        return QCoreApplication.translate("provenance", "The clinic's note")
    return QCoreApplication.translate("provenance", "Source: {source}").format(source=source_key)


def shown(text: Text | None, language: str) -> str:
    """A stored text in the display language; the English where it has none in that language yet (for
    lists and choices, which show one language)."""
    return pick(text, language)


def edited(text: Text | None, typed: dict[str, str]) -> Text | None:
    """`text` with the versions typed in each language (a table's English and Japanese cells); every
    record kept, a translation typed here recorded as the clinic's, and the out-of-date marks worked out
    (domain.text.with_versions)."""
    return with_versions(text, typed, CLINIC)


STALE_BACKGROUND = QColor("#fbf0d9")


def section_label(text: str) -> QLabel:
    """The heading of a table that spans the form's width."""
    label = QLabel(text)
    label.setObjectName("formSection")
    return label


def combo_width(box: QComboBox, texts: list[str]) -> int:
    """How wide `box` must be to show the longest of `texts` whole (its frame and arrow included)."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    metrics = box.fontMetrics()
    longest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    size = box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, QSize(longest, metrics.height()), box)
    return size.width() + 4


def mark_cells(cells: dict[str, QTableWidgetItem | None], text: Text | None) -> None:
    """Tint the table cell of a language that would be saved as possibly out of date, and say why."""
    stale = outdated(text)
    for language, cell in cells.items():
        if cell is None:
            continue
        if language in stale:
            cell.setBackground(STALE_BACKGROUND)
            cell.setToolTip(
                QCoreApplication.translate("BilingualField", "⚠ Translation may be out of date")
                + "\n"
                + stale_reason(language, stale[language])
            )
        else:
            cell.setData(Qt.ItemDataRole.BackgroundRole, None)
            cell.setToolTip("")


#: what the undo stack calls each kind of entry ("Undo product Benev"), translated where shown
KIND_NAMES = {
    "product": QT_TRANSLATE_NOOP("EditCommand", "product"),
    "ingredient": QT_TRANSLATE_NOOP("EditCommand", "ingredient"),
    "exosome origin": QT_TRANSLATE_NOOP("EditCommand", "exosome origin"),
    "procedure": QT_TRANSLATE_NOOP("EditCommand", "procedure"),
    "layer": QT_TRANSLATE_NOOP("EditCommand", "layer"),
    "ingredient category": QT_TRANSLATE_NOOP("EditCommand", "ingredient category"),
    "concern": QT_TRANSLATE_NOOP("EditCommand", "concern"),
}


def change_text(view: EditorView, change: Any) -> str:
    """An edit as the undo and redo buttons name it, in the interface's language: "product Benev",
    "製品「ベネブ」", "rating of EGF on Skin turnover" (the storage's own description is English)."""
    language = view.catalogue.language
    if change.kind == "rating":
        factor, _, effect = str(change.key).partition("/")
        model = view.ratings.model
        return QCoreApplication.translate("EditCommand", "rating of {factor} on {effect}").format(
            factor=dict(model.factors).get(factor, factor), effect=dict(model.effects).get(effect, effect)
        )
    values = change.after if isinstance(change.after, dict) else change.before
    name = shown(values.get("name") if isinstance(values, dict) else None, language) or str(change.key)
    kind = KIND_NAMES.get(change.kind)
    if kind is None:
        return str(change.description)  # a kind this list does not know yet: the storage's words
    return QCoreApplication.translate("EditCommand", "{kind} {name}").format(
        kind=QCoreApplication.translate("EditCommand", kind), name=name
    )


class EditCommand(QUndoCommand):
    """One applied edit on the undo stack; undo and redo are themselves row-level edits, refused (and
    the command dropped) when someone else has changed the entry since."""

    def __init__(self, view: EditorView, change: Any) -> None:
        super().__init__(change_text(view, change))
        self.view = view
        self.change = change
        self._applied = True  # pushed after it was applied: the first redo does nothing

    def retranslate(self) -> None:
        """Name the change anew, in the interface's language (a live language switch): the change itself is
        kept as the storage returned it, and its words are worked out from it again."""
        self.setText(change_text(self.view, self.change))

    def undo(self) -> None:
        self._apply(self.view.catalogue.editor.undo, QCoreApplication.translate("EditCommand", "Undid: {what}."))

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._apply(self.view.catalogue.editor.redo, QCoreApplication.translate("EditCommand", "Redid: {what}."))

    def _apply(self, action: Callable[[Any], Any], done: str) -> None:
        try:
            self.change = action(self.change)
        except service.EditError as error:
            self.setObsolete(True)
            self.view.report(error_text(error), error=True)
            self.view.refresh_after_edit()
        else:
            self.view.report(done.format(what=self.text()))
            self.view.refresh_after_edit(self.change)


class EntryForm(QWidget):
    """A list of entries on the left and a form on the right, with Save, Delete, Restore and New.

    Subclasses provide the fields (`build_fields`), fill them (`load`), read them back (`values`), and
    check them as the user types (`problem`)."""

    kind = ""
    can_add = True
    uniform_rows = True  # every entry one line in the list (see `list_text`)
    name: BilingualField  # every form's entries have a name (made in build_fields)

    def __init__(self, view: EditorView) -> None:
        super().__init__()
        self.view = view
        self.editor = view.catalogue.editor
        self.language = view.catalogue.language
        #: what sets each of the form's own words, run again at a language switch (`retranslate`)
        self._words: list[Callable[[], None]] = []
        self.current: str | None = None
        self.loaded: Any = None  # what the form was filled from (service Loaded), None for a new entry
        self.listed: list[Any] = []
        #: each entry's name in each language, folded, to its key: (language, name) -> key
        self._names: dict[tuple[str, str], str] = {}
        self.entries = NameSearchList()  # picks by typing an entry's name in either language, or its key
        # a catalogue may list thousands: no measuring each one, except where an entry takes two lines
        self.entries.setUniformItemSizes(self.uniform_rows)
        self.entries.setWordWrap(True)  # a long name wraps in the list rather than being cut ("Moisturi…")
        if not self.uniform_rows:  # each entry measured wrapped at the list's width, again when it is resized
            self.entries.setItemDelegate(WrappedEntryDelegate(self.entries))
            self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.entries.setResizeMode(QListView.ResizeMode.Adjust)
        self.entries.setObjectName("choiceList")
        self.entries.setMinimumWidth(200)  # the form beside it holds two languages side by side
        self.entries.setMaximumWidth(280)
        self.form = QFormLayout()
        self.language_header = LanguageHeader()  # the two columns of every text field below
        self.form.addRow("", self.language_header)
        self.error = plain_label()  # messages quote the entry's text
        self.error.setObjectName("fieldError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c; font-weight: 600;")
        self.source = plain_label()
        self.source.setObjectName("footnote")
        # issue 17: the entry shown was changed at another desk while this one has unsaved typing
        self.elsewhere = plain_label()
        self.elsewhere.setObjectName("changedElsewhere")
        self.elsewhere.setTextFormat(Qt.TextFormat.PlainText)  # it names the entry
        self.elsewhere.setWordWrap(True)
        self.elsewhere.setStyleSheet("background: #fbf0d9; color: #5c3d00; padding: 6px;")
        #: what `elsewhere` says, to say it again in another language: "changed" or "deleted" ("" hidden)
        self._elsewhere_news = ""
        self.reload_button = QPushButton()
        self.reload_button.setObjectName("reloadButton")
        elsewhere_row = QHBoxLayout()
        elsewhere_row.addWidget(self.elsewhere, 1)
        elsewhere_row.addWidget(self.reload_button)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.delete_button = QPushButton()
        self.restore_button = QPushButton()
        self.new_button = QPushButton()
        self.say(self._name_buttons)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.restore_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        page = QWidget()
        right = QVBoxLayout(page)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(elsewhere_row)  # first: seen without scrolling, however tall the form
        right.addLayout(self.form)
        right.addWidget(self.error)
        right.addWidget(self.source)
        right.addLayout(buttons)
        right.addStretch(1)
        # a form taller than the window (large type, a small laptop) scrolls instead of overlapping itself
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(page)
        left = QVBoxLayout()
        left.addWidget(self.entries, 1)
        left.addWidget(self.new_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(scroller, 1)
        # only now that they have a parent: showing a parentless button would open it as its own window
        self.new_button.setVisible(self.can_add)
        self.delete_button.setVisible(self.can_add)
        self._hide_elsewhere()
        self.build_fields()
        self.entries.currentItemChanged.connect(
            lambda item, _old: self.select(item.data(Qt.ItemDataRole.UserRole) if item else None)
        )
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.restore_button.clicked.connect(self.restore)
        self.new_button.clicked.connect(lambda: self.select(None))
        self.reload_button.clicked.connect(lambda: self.reload(keep=self.current))
        self.reload()

    def _name_buttons(self) -> None:
        self.reload_button.setText(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Show the entry as stored now; what you typed here is dropped"))
        self.save_button.setText(self.tr("Save"))
        self.delete_button.setText(self.tr("Delete…"))
        self.restore_button.setText(self.tr("Restore the article's version"))
        self.new_button.setText(self.tr("New"))

    # --- the form's words, said again at a language switch -----------------------------------------------

    def say(self, words: Callable[[], None]) -> None:
        """Set some of the form's own words now, and again in the new language at a switch (`retranslate`)."""
        words()
        self._words.append(words)

    def add_row(self, label: Callable[[], str], field: QWidget) -> None:
        """A row of the form: `field` with its label, the words `label` gives (in the interface's language)."""
        caption = QLabel()
        caption.setBuddy(field)
        self.form.addRow(caption, field)
        self.say(lambda: caption.setText(label()))

    def section(self, label: Callable[[], str]) -> QLabel:
        """The heading of a table that spans the form's width, in the interface's language."""
        heading = section_label("")
        self.say(lambda: heading.setText(label()))
        return heading

    def bilingual(
        self, what: Callable[[], str], lines: int = 0, parent: QWidget | None = None, listing: bool = False
    ) -> Any:
        """A field editing a text in both languages (a list of them: `listing`), named by `what` gives."""
        field = (BilingualList if listing else BilingualField)(
            "", self.language, lines or (4 if listing else 0), parent
        )
        self.say(lambda: field.retranslate(what(), self.language))
        return field

    def retranslate(self) -> None:
        """Say everything in the language the catalogue and the interface now speak, in place (a live
        language switch): the form's words, the entries listed, the choices offered and the messages. What
        is typed and not saved stays as typed, and the entry selected stays selected."""
        self.language = self.view.catalogue.language
        for words in self._words:
            words()
        self.language_header.retranslate()
        for row, entry in enumerate(self.listed):
            item = self.entries.item(row)
            if item is not None:
                item.setText(self.list_text(entry, bool(service.edit_date(entry.source))))
                item.setToolTip(literal(provenance(entry.source)))
        self.rename_choices()
        if self._elsewhere_news:
            self._say_elsewhere()
        self.show_source()  # the provenance line, and what is wrong with the form (validate)

    def rename_choices(self) -> None:
        """The choices the form offers (lists, combo boxes, tables' cells) named in the new language, each
        keeping what is chosen; forms with such choices say how."""

    # to implement
    def build_fields(self) -> None: ...
    def load(self, loaded: Any) -> None: ...
    def values(self) -> Any: ...
    def problem(self) -> str | None: ...
    def new_key(self) -> str:
        return slug(self.name.typed("en"))

    def label(self, listed: Any) -> str:
        return shown(listed.name, self.language) or shown(listed.name, "en") or listed.key

    def watch(self, *widgets: QWidget) -> None:
        """Re-check the form whenever one of these widgets changes."""
        for widget in widgets:
            for signal in ("textChanged", "currentIndexChanged", "toggled"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(self.validate)

    def validate(self, *_args: object) -> None:
        problem = self.problem()
        self.error.setText(problem or "")
        self.save_button.setEnabled(problem is None)

    def taken(self, name: str | None = None) -> str | None:
        """The name typed (or `name`) that another entry of this kind has in the same language, ignoring
        case; None when every language's name is free."""
        typed = {"en": name} if name is not None else {language: self.name.typed(language) for language in LANGUAGES}
        for language, text in typed.items():
            owner = self._names.get((language, text.strip().casefold()))
            if text.strip() and owner is not None and owner != self.current:
                return text.strip()
        return None

    def _name_keys(self, key: str, name: Text) -> dict[tuple[str, str], str]:
        return {(language, text.casefold()): key for language, text in versions(name).items()}

    def _index_names(self) -> None:
        self._names = {}
        for entry in self.listed:
            self._names.update(self._name_keys(entry.key, entry.name))

    def english_missing(self, *fields: tuple[BilingualField, str]) -> str | None:
        """A message for the first field with Japanese but no English (every text has its English)."""
        for field, what in fields:
            if field.typed("ja") and not field.typed("en"):
                return self.tr("Give the {what} in English too: every text has its English.").format(what=what)
            if isinstance(field, BilingualList) and (line := field.problem()) is not None:
                return self.tr("{what}, line {n}: give it in English too.").format(what=what, n=line)
        return None

    def list_text(self, listed: Any, edited: bool) -> str:
        """An entry as the list beside the form shows it: its label, ✎ where the clinic changed it."""
        return self.label(listed) + (" ✎" if edited else "")

    def reload(self, keep: str | None = None) -> None:
        self.listed = self.editor.listing(self.kind)
        self._index_names()
        self.entries.blockSignals(True)
        self.entries.clear()
        for entry in self.listed:
            item = QListWidgetItem(self.list_text(entry, bool(service.edit_date(entry.source))))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            NameSearchList.set_words(item, search_words(entry.key, versions(entry.name).values()))
            item.setToolTip(literal(provenance(entry.source)))
            self.entries.addItem(item)
        self.entries.blockSignals(False)
        target = keep if keep is not None else self.current
        rows = [entry.key for entry in self.listed]
        if target in rows:
            self.entries.setCurrentRow(rows.index(target))
            self.select(target)
        elif rows:
            self.entries.setCurrentRow(0)
            self.select(rows[0])
        else:
            self.select(None)

    def show_change(self, change: Any, keep: str | None) -> None:
        """Show an applied change: an entry that was there and still is is updated in place (a catalogue
        may list thousands); anything added or removed lists the entries again."""
        row = next((n for n, entry in enumerate(self.listed) if entry.key == change.key), None)
        if row is None or change.after is None or change.before is None:
            self.reload(keep=keep)
            return
        # the change says what is stored now: nothing to read back
        loaded = service.Loaded(self.kind, change.key, change.after, change.version, change.after_source)
        name = loaded.values["name"] if isinstance(loaded.values, dict) and "name" in loaded.values else None
        old = self.listed[row]
        self.listed[row] = type(old)(old.key, name or old.name, loaded.source, self._group_of(loaded, old))
        for name_key in self._name_keys(old.key, old.name):
            self._names.pop(name_key, None)
        self._names.update(self._name_keys(old.key, self.listed[row].name))
        item = self.entries.item(row)
        item.setText(self.list_text(self.listed[row], bool(service.edit_date(loaded.source))))
        NameSearchList.set_words(item, search_words(old.key, versions(self.listed[row].name).values()))
        item.setToolTip(literal(provenance(loaded.source)))
        if self.current != change.key:
            return
        if self.values() == change.after:  # the form shows it already (it was saved from here)
            self.loaded = loaded
            # its fields compare what is typed next with what is stored now (the marks a save left)
            self.load(loaded)
            self.show_source()
        else:
            self.select(change.key, loaded)

    def _group_of(self, loaded: Any, old: Any) -> Any:
        return old.group

    def unsaved(self) -> bool:
        """Whether the form holds typing that is not stored (an entry edited, or a new one begun)."""
        if self.loaded is None:
            return bool(self.name.typed("en") or self.name.typed("ja"))
        return bool(self.values() != self.loaded.values)

    def changed_elsewhere(self) -> None:
        """The catalogue was changed at another desk: show it. A form without unsaved typing reads the
        catalogue again (the entry shown stays shown); one with typing keeps it, and if the entry it
        shows is among what changed, says so and offers Reload (saving anyway is refused as stale)."""
        if not self.unsaved():
            self.reload(keep=self.current)
            return
        if self.loaded is None or self.current is None:
            return  # a new entry being typed: nothing stored to be stale against
        try:
            stored = self.editor.entry(self.kind, self.current)
        except service.EditError:
            stored = None
        if stored is not None and stored.version == self.loaded.version:
            return
        self._elsewhere_news = "changed" if stored is not None else "deleted"
        self._say_elsewhere()
        self.elsewhere.setVisible(True)
        self.reload_button.setVisible(stored is not None)
        self.view.report(self.elsewhere.text(), error=True)

    def _say_elsewhere(self) -> None:
        name = self.name.text().strip() or self.current
        self.elsewhere.setText(
            self.tr(
                "{name} was changed elsewhere since you opened it. What you typed is kept here; Reload shows "
                "what is stored now (and drops what you typed)."
            ).format(name=name)
            if self._elsewhere_news == "changed"
            else self.tr("{name} was deleted elsewhere since you opened it. What you typed is kept here.").format(
                name=name
            )
        )

    def _hide_elsewhere(self) -> None:
        self._elsewhere_news = ""
        self.elsewhere.clear()
        self.elsewhere.setVisible(False)
        self.reload_button.setVisible(False)

    def select(self, key: str | None, loaded: Any = None) -> None:
        self._hide_elsewhere()
        self.current = key
        self.loaded = loaded if loaded is not None else self.editor.entry(self.kind, key) if key else None
        self.load(self.loaded)
        self.show_source()

    def show_source(self) -> None:
        """The provenance line and the buttons that depend on it, for the entry shown."""
        key = self.current
        source = self.loaded.source if self.loaded else ""
        self.source.setText(provenance(source) if key else self.tr("New entry: saved as the clinic's"))
        self.restore_button.setEnabled(
            bool(key) and bool(service.edit_date(source)) and self.editor.in_article(self.kind, key or "")
        )
        self.delete_button.setEnabled(bool(key))
        self.validate()

    def run(self, action: Callable[[], Any], success: str, keep: Callable[[Any], str | None]) -> None:
        """Apply an edit off the GUI thread; on success put it on the undo stack and show it."""

        def done(change: Any) -> None:
            if change.before == change.after and change.before is not None:
                self.view.report(self.tr("Nothing to save: the form is as stored."))
                return
            self.view.push(change)
            self.view.report(success)
            self.show_change(change, keep(change))

        def failed(error: Exception) -> None:
            message = error_text(error)
            if isinstance(error, service.StaleEdit):
                self.reload(keep=self.current)
                # said here, with the name as the form now shows it and what the form did about it (reloaded,
                # nothing saved), which the storage layer's StaleEdit cannot know
                message = self.tr(
                    "{name} was changed elsewhere since you opened it; it is shown as stored now, and what you "
                    "typed was not saved."
                ).format(name=self.name.text().strip() or self.current or "")
            self.error.setText(message)
            self.view.report(message, error=True)

        run_job(self, self.tr("Saving…"), lambda _progress: action()).success(done).failure(failed)

    def save(self) -> None:
        values = self.values()
        if self.loaded is not None and values == self.loaded.values:
            self.view.report(self.tr("Nothing to save: the form is as stored."))
            return
        key, version = (self.loaded.key, self.loaded.version) if self.loaded else (None, None)
        if key is None and isinstance(values, dict):
            values = {"key": self.new_key(), **values}
        name = self.name.text().strip()
        self.run(
            lambda: self.editor.save(self.kind, key, values, version),
            self.tr("Saved {name}.").format(name=name),
            lambda change: change.key,
        )

    def delete(self) -> None:
        if self.loaded and ConfirmDelete.ask(self, f"{self.kind} {self.label(self.loaded_listed())}"):
            key, version = self.loaded.key, self.loaded.version
            self.run(
                lambda: self.editor.delete(self.kind, key, version),
                self.tr("Deleted {name}.").format(name=self.name.text().strip() or key),
                lambda _change: None,
            )
            self.current = None

    def loaded_listed(self) -> Any:
        return next(entry for entry in self.listed if entry.key == self.current)

    def restore(self) -> None:
        if self.loaded:
            key, version = self.loaded.key, self.loaded.version
            self.run(
                lambda: self.editor.restore(self.kind, key, version),
                self.tr("Restored the article's {name}.").format(name=self.name.text().strip() or key),
                lambda change: change.key,
            )


COL_COMPONENT_KIND, COL_COMPONENT_EN, COL_COMPONENT_JA, COL_COMPONENT_LINK = range(4)


class ProductForm(EntryForm):
    """A product: its name and maker, its components (each named in both languages, and linked to what
    the catalogue knows of it), its cautions and the clinic's notes."""

    kind = "product"

    def build_fields(self) -> None:
        self.name = self.bilingual(lambda: self.tr("Product name"))
        self.maker = self.bilingual(lambda: self.tr("Maker"))
        self.components = QTableWidget(0, 4)
        self.components.setObjectName("productComponents")
        self.say(self._head_components)
        header = self.components.horizontalHeader()
        for column in (COL_COMPONENT_KIND, COL_COMPONENT_LINK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for column in (COL_COMPONENT_EN, COL_COMPONENT_JA):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.components.verticalHeader().hide()
        self.components.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.components.setMinimumHeight(200)
        self.components.itemChanged.connect(self._component_typed)
        add = QPushButton()
        remove = QPushButton()
        add.clicked.connect(lambda: self.add_component("functional", "", NO_LINK))
        remove.clicked.connect(self.remove_component)
        self.open_factors = QCheckBox()

        def words() -> None:
            add.setText(self.tr("Add component"))
            remove.setText(self.tr("Remove component"))
            self.open_factors.setText(self.tr("The growth factors listed are examples (“etc.”)"))

        self.say(words)
        self.cautions = self.bilingual(lambda: self.tr("Cautions"), lines=3, listing=True)
        self.notes = self.bilingual(lambda: self.tr("Notes"), lines=3)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.add_row(lambda: self.tr("Name"), self.name)
        self.add_row(lambda: self.tr("Maker"), self.maker)
        # the table spans the form's width (its label above it): four columns beside a label would not fit
        self.form.addRow(self.section(lambda: self.tr("Components")))
        self.form.addRow(self.components)
        self.form.addRow(row)
        self.form.addRow(self.open_factors)
        self.add_row(lambda: self.tr("Cautions"), self.cautions)
        self.add_row(lambda: self.tr("Notes"), self.notes)
        self.watch(self.name, self.maker, self.cautions, self.notes)
        self._choices: list[tuple[str, Text, str]] | None = None
        self._link_model: QStandardItemModel | None = None
        #: per row of the table, the component (or group item) it was filled from, for its other languages
        self._rows: list[dict[str, Any] | None] = []
        self._probe = ElidingComboBox(self)  # measures how wide a choice makes a combo box; never shown
        self._probe.hide()
        self.components.installEventFilter(self)
        self.components.viewport().installEventFilter(self)
        self._size_columns()

    def _head_components(self) -> None:
        self.components.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                language_name("en", short=True),
                language_name("ja", short=True),
                self.tr("Catalogue entry"),
            ]
        )
        link_heading = self.components.horizontalHeaderItem(COL_COMPONENT_LINK)
        assert link_heading is not None
        link_heading.setToolTip(
            self.tr("What the catalogue knows this component as; “not in the catalogue” leaves it unlinked")
        )

    def rename_choices(self) -> None:
        """The rows' kinds, and the catalogue entries they may link to (one model for every row), named in the
        new language; what each row has chosen and typed stays."""
        if self._link_model is not None:
            for row, (key, label) in enumerate(self.link_choices()):
                item = self._link_model.item(row)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                    item.setText(label)
        for row in range(self.components.rowCount()):
            kinds = self.components.cellWidget(row, COL_COMPONENT_KIND)
            if isinstance(kinds, QComboBox):
                for index, (_key, label) in enumerate(KINDS):
                    kinds.setItemText(index, QCoreApplication.translate("ProductForm", label))
            links = self.components.cellWidget(row, COL_COMPONENT_LINK)
            if isinstance(links, QComboBox):
                links.setToolTip(literal(links.currentText()))
            self._mark_component(row)  # why a cell is marked, in the new language
        self._size_columns()

    def _size_columns(self) -> None:
        """The kind and catalogue-entry columns as wide as their longest words (the kinds, the heading,
        "— not in the catalogue —" and the rows' choices, never every choice: there may be thousands);
        the two name columns share the rest."""
        header_metrics = QFontMetrics(self.components.horizontalHeader().font())

        def heading(column: int) -> int:
            item = self.components.horizontalHeaderItem(column)
            return (
                header_metrics.horizontalAdvance(item.text() if item else "")
                + 2 * header_metrics.averageCharWidth()
                + 12
            )

        kinds = [QCoreApplication.translate("ProductForm", label) for _key, label in KINDS]
        links = [self.tr("— not in the catalogue —")]
        for row in range(self.components.rowCount()):
            box = self.components.cellWidget(row, COL_COMPONENT_LINK)
            if isinstance(box, QComboBox):
                links.append(box.currentText())
        available = max(self.components.viewport().width(), 480)
        kind_width = max(combo_width(self._probe, kinds), heading(COL_COMPONENT_KIND))
        link_width = max(combo_width(self._probe, links[:1]), heading(COL_COMPONENT_LINK))
        # the rows' own choices as far as the two names keep two fifths of the table; longer ones end in "…"
        names = max(available * 2 // 5, 2 * 140)
        link_width = max(link_width, min(combo_width(self._probe, links), available - kind_width - names))
        self.components.setColumnWidth(COL_COMPONENT_KIND, kind_width)
        self.components.setColumnWidth(COL_COMPONENT_LINK, link_width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched in (self.components, self.components.viewport()):
            self._size_columns()  # the table's own new width: the form's is known before the table's
        return super().eventFilter(watched, event)

    def link_choices(self) -> list[tuple[str, str]]:
        if self._choices is None:
            self._choices = self.editor.link_choices()
        words = {
            "growth_factor": self.tr("growth factor"),
            "ingredient": self.tr("ingredient"),
            "stem_cell_source": self.tr("stem cells"),
            "exosome_origin": self.tr("exosomes"),
        }
        return [(NO_LINK, self.tr("— not in the catalogue —"))] + [
            (link, f"{shown(name, self.language) or shown(name, 'en')} ({words[kind]})")
            for link, name, kind in self._choices
        ]

    def forget_choices(self) -> None:
        """What components may link to has changed (an ingredient or exosome origin was added or renamed)."""
        self._choices = None
        self._link_model = None
        self.components.setRowCount(0)
        self._rows = []
        self.select(self.current)

    def link_model(self) -> QStandardItemModel:
        if self._choices is None or self._link_model is None:
            model = QStandardItemModel(self)
            for key, label in self.link_choices():
                item = QStandardItem(label)
                item.setData(key, Qt.ItemDataRole.UserRole)
                model.appendRow(item)
            self._link_model = model
        return self._link_model

    def add_component(self, kind: str, name: str | Text, link: str, original: dict[str, Any] | None = None) -> None:
        """A row for a component: `name` is its text (both languages) or what was typed in English."""
        typed = versions(name) if isinstance(name, dict) else {"en": name}
        row = self.components.rowCount()
        self.components.blockSignals(True)
        self.components.insertRow(row)
        self._rows.append(original)
        kinds = QComboBox()
        for key, label in KINDS:
            kinds.addItem(QCoreApplication.translate("ProductForm", label), key)
        kinds.setCurrentIndex([k for k, _ in KINDS].index(kind))
        self.components.setCellWidget(row, COL_COMPONENT_KIND, kinds)
        for language, column in (("en", COL_COMPONENT_EN), ("ja", COL_COMPONENT_JA)):
            self.components.setItem(row, column, QTableWidgetItem(typed.get(language, "")))
        links = ElidingComboBox()
        links.setObjectName("componentLink")
        # one model for every row, and a width that does not measure every choice: a catalogue may offer
        # thousands
        links.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        links.setMinimumContentsLength(12)
        links.setModel(self.link_model())
        links.setCurrentIndex(max(0, links.findData(link)))
        links.setToolTip(literal(links.currentText()))
        self.components.setCellWidget(row, COL_COMPONENT_LINK, links)
        self.components.blockSignals(False)
        self._mark_component(row)
        self._size_columns()

    def remove_component(self) -> None:
        row = self.components.currentRow()
        if row >= 0:
            self.components.removeRow(row)
            del self._rows[row]

    def _component_typed(self, item: QTableWidgetItem) -> None:
        self._mark_component(item.row())
        self.validate()

    def _mark_component(self, row: int) -> None:
        cells = {"en": self.components.item(row, COL_COMPONENT_EN), "ja": self.components.item(row, COL_COMPONENT_JA)}
        before = self._rows[row] if row < len(self._rows) else None
        self.components.blockSignals(True)
        mark_cells(cells, edited(before["name"] if before else None, self._typed_name(row)))
        self.components.blockSignals(False)

    def _typed_name(self, row: int) -> dict[str, str]:
        typed = {}
        for language, column in (("en", COL_COMPONENT_EN), ("ja", COL_COMPONENT_JA)):
            item = self.components.item(row, column)
            typed[language] = item.text().strip() if item else ""
        return typed

    def load(self, loaded: Any) -> None:
        values = loaded.values if loaded else None
        self.name.load(values["name"] if values else None)
        self.maker.load(values["maker"] if values else None)
        self.open_factors.setChecked(False)
        rows = []
        for component in values["components"] if values else []:
            if component["items"]:
                self.open_factors.setChecked(component["open"])
            rows += [(component["kind"], entry) for entry in component["items"] or [component]]
        while self.components.rowCount() > len(rows):
            self.components.removeRow(self.components.rowCount() - 1)
            self._rows.pop()
        for row, (kind, entry) in enumerate(rows):
            if row >= self.components.rowCount():
                self.add_component(kind, entry["name"], entry["link"], entry)
                continue
            # the rows already there are filled again rather than made anew (their choices are many)
            kind_box = self.components.cellWidget(row, COL_COMPONENT_KIND)
            link_box = self.components.cellWidget(row, COL_COMPONENT_LINK)
            assert isinstance(kind_box, QComboBox) and isinstance(link_box, QComboBox)
            kind_box.setCurrentIndex(kind_box.findData(kind))
            self.components.blockSignals(True)
            for language, column in (("en", COL_COMPONENT_EN), ("ja", COL_COMPONENT_JA)):
                self.components.setItem(row, column, QTableWidgetItem(versions(entry["name"]).get(language, "")))
            self.components.blockSignals(False)
            link_box.setCurrentIndex(max(0, link_box.findData(entry["link"])))
            self._rows[row] = entry
            self._mark_component(row)
        self._size_columns()
        self.cautions.load_items([c["text"] for c in values["cautions"]] if values else [])
        self.notes.load(values["notes"] if values else None)

    def problem(self) -> str | None:
        if not self.name.typed("en") and not self.name.typed("ja"):
            return self.tr("A product needs a name.")
        missing = self.english_missing(
            (self.name, self.tr("name")),
            (self.maker, self.tr("maker")),
            (self.cautions, self.tr("Cautions")),
            (self.notes, self.tr("notes")),
        )
        if missing:
            return missing
        for row in range(self.components.rowCount()):
            typed = self._typed_name(row)
            if typed["ja"] and not typed["en"]:
                return self.tr("Component {n}: give its name in English too.").format(n=row + 1)
        if taken := self.taken():
            return self.tr("A product called {name} exists already.").format(name=taken)
        return None

    def values(self) -> dict[str, Any]:
        original = self.loaded.values if self.loaded else None
        factors: list[dict[str, Any]] = []
        components: list[dict[str, Any]] = []
        factor_slot: int | None = None
        for row in range(self.components.rowCount()):
            kind_box = self.components.cellWidget(row, COL_COMPONENT_KIND)
            link_box = self.components.cellWidget(row, COL_COMPONENT_LINK)
            assert isinstance(kind_box, QComboBox) and isinstance(link_box, QComboBox)
            kind = kind_box.currentData()
            link = link_box.currentData() or ""
            typed = self._typed_name(row)
            if not typed["en"] and not typed["ja"] and link:
                typed["en"] = link_box.currentText().split(" (")[0]  # a link chosen, no name typed
            if not typed["en"] and not typed["ja"]:
                continue
            before = self._rows[row] if row < len(self._rows) else None
            name = edited(before["name"] if before else None, typed) or {}
            note = before["note"] if before else None
            if kind == "growth-factor":
                factor_slot = len(components) if factor_slot is None else factor_slot
                factors.append({"name": name, "note": note, "link": link})
            else:
                components.append(
                    {
                        "kind": kind,
                        "name": name,
                        "open": bool(before.get("open", False)) if before else False,
                        "note": note,
                        "link": link,
                        "items": [],
                    }
                )
        if factors:
            group = (
                next((c for c in original["components"] if c["kind"] == "growth-factor" and c["items"]), None)
                if original
                else None
            )
            components.insert(
                factor_slot or 0,
                {
                    "kind": "growth-factor",
                    "name": group["name"] if group else {"en": "Growth factors"},
                    "open": self.open_factors.isChecked(),
                    "note": group["note"] if group else None,
                    "link": "",
                    "items": factors,
                },
            )
        before_cautions = original["cautions"] if original else []
        cautions = [
            {"text": text, "source": before_cautions[n]["source"] if n < len(before_cautions) else None}
            for n, text in self.cautions.items()
        ]
        maker = self.maker.value()
        return {
            "key": original["key"] if original else self.new_key(),
            "name": self.name.value() or {},
            "maker": maker,
            "maker_source": (original["maker_source"] if original and original["maker"] == maker else None)
            if maker
            else None,
            "notes": self.notes.value(),
            "components": components,
            "cautions": cautions,
        }


class SimpleForm(EntryForm):
    """Forms of a name, one text and an optional list: exosome origins, procedures, layers, categories."""

    text_field = ""
    list_field = ""

    def build_fields(self) -> None:
        self.name = self.bilingual(lambda: self.tr("Name"))
        # Parented to the form even when this form has no such field: a parentless widget that no layout
        # adopts is a (hidden) window of its own, alive as long as the form's Python object.
        self.text = self.bilingual(lambda: self.tr("Description"), lines=5, parent=self)
        self.list = self.bilingual(self._list_label, lines=5, parent=self, listing=True)
        self.add_row(lambda: self.tr("Name"), self.name)
        if self.text_field:
            self.add_row(lambda: self.tr("Description"), self.text)
        else:
            self.text.hide()
        if self.list_field:
            self.add_row(self._list_label, self.list)
        else:
            self.list.hide()
        self.watch(self.name, self.text, self.list)

    def load(self, loaded: Any) -> None:
        values = loaded.values if loaded else None
        self.name.load(values["name"] if values else None)
        if self.text_field:
            self.text.load(values[self.text_field] if values else None)
        if self.list_field:
            self.list.load_items(values[self.list_field] if values else [])

    def problem(self) -> str | None:
        if not self.name.typed("en") and not self.name.typed("ja"):
            return self.tr("A name is required.")
        if self.text_field and not self.text.typed("en") and not self.text.typed("ja"):
            return self.tr("A description is required.")
        if self.list_field == "effects" and not self.list.items():
            return self.tr("Give at least one effect.")
        fields = [(self.name, self.tr("name"))]
        if self.text_field:
            fields.append((self.text, self.tr("description")))
        if self.list_field:
            fields.append((self.list, self._list_label()))
        if missing := self.english_missing(*fields):
            return missing
        if taken := self.taken():
            return self.tr("{name} exists already.").format(name=taken)
        return None

    def _list_label(self) -> str:
        return self.tr("Effects") if self.list_field == "effects" else self.tr("Notes")

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"name": self.name.value()}
        if self.text_field:
            values[self.text_field] = self.text.value()
        if self.list_field:
            values[self.list_field] = self.list.values()
        return values


class ExosomeForm(SimpleForm):
    kind, list_field = "exosome origin", "effects"


class CategoryForm(SimpleForm):
    """The expected effects functional ingredients are filed under."""

    kind = "ingredient category"


class ProcedureForm(SimpleForm):
    kind, text_field, list_field = "procedure", "description", "notes"
    can_add = False


class LayerForm(SimpleForm):
    kind, text_field = "layer", "description"
    can_add = False


class IngredientForm(EntryForm):
    kind = "ingredient"
    uniform_rows = False  # the name, then its category on a line of its own (a few dozen entries)

    def build_fields(self) -> None:
        self.name = self.bilingual(lambda: self.tr("Name"))
        self.category = QComboBox()
        self.timing = QCheckBox()

        def words() -> None:
            self.timing.setText(self.tr("Beside a needle procedure, show the clinic's timing note for it"))
            self.timing.setToolTip(
                self.tr("The clinic's note on stopping acids and retinol before needling (statement acid-timing)")
            )

        self.say(words)
        self.add_row(lambda: self.tr("Name"), self.name)
        self.add_row(lambda: self.tr("Expected effect"), self.category)
        self.form.addRow("", self.timing)
        self.watch(self.name, self.category, self.timing)

    def rename_choices(self) -> None:
        """The categories offered, named in the new language; the one chosen stays."""
        names = {category.key: category.name for category in self.editor.listing("ingredient category")}
        for index in range(self.category.count()):
            name = names.get(self.category.itemData(index))
            if name is not None:
                self.category.setItemText(index, shown(name, self.language) or shown(name, "en"))

    def label(self, listed: Any) -> str:
        name = shown(listed.name, self.language) or shown(listed.name, "en")
        return f"{name} — {shown(listed.group, self.language) or shown(listed.group, 'en')}" if listed.group else name

    def list_text(self, listed: Any, edited: bool) -> str:
        """The name (✎ where the clinic changed it), its category on a second line: "Hyaluronic acid —
        Moisturizing" on one line was cut in a list as wide as the form leaves it."""
        name = (shown(listed.name, self.language) or shown(listed.name, "en")) + (" ✎" if edited else "")
        group = (shown(listed.group, self.language) or shown(listed.group, "en")) if listed.group else ""
        return f"{name}\n{group}" if group else name

    def _group_of(self, loaded: Any, old: Any) -> Any:
        categories = {c.key: c.name for c in self.editor.listing("ingredient category")}
        return categories.get(loaded.values["category"], old.group)

    def load(self, loaded: Any) -> None:
        self.category.blockSignals(True)
        self.category.clear()
        for category in self.editor.listing("ingredient category"):
            self.category.addItem(shown(category.name, self.language) or shown(category.name, "en"), category.key)
        self.category.blockSignals(False)
        values = loaded.values if loaded else None
        self.name.load(values["name"] if values else None)
        self.timing.setChecked(bool(values and values.get("needling_timing")))
        if values:
            self.category.setCurrentIndex(self.category.findData(values["category"]))

    def problem(self) -> str | None:
        if not self.name.typed("en") and not self.name.typed("ja"):
            return self.tr("An ingredient needs a name.")
        if missing := self.english_missing((self.name, self.tr("name"))):
            return missing
        if taken := self.taken():
            return self.tr("{name} exists already.").format(name=taken)
        return None

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.value(),
            "category": str(self.category.currentData()),
            "needling_timing": self.timing.isChecked(),
        }


BASIS_KINDS = (
    ("growth-factor", QT_TRANSLATE_NOOP("ConcernForm", "Growth factor")),
    ("exosome-origin", QT_TRANSLATE_NOOP("ConcernForm", "Exosomes (by origin)")),
    ("stem-cells", QT_TRANSLATE_NOOP("ConcernForm", "Stem cells")),
    ("ingredient-category", QT_TRANSLATE_NOOP("ConcernForm", "Functional ingredients (category)")),
    ("treatment", QT_TRANSLATE_NOOP("ConcernForm", "Treatment of its own")),
)
BASIS_COLUMNS = (
    QT_TRANSLATE_NOOP("ConcernForm", "Addressed by"),
    QT_TRANSLATE_NOOP("ConcernForm", "Which"),
    QT_TRANSLATE_NOOP("ConcernForm", "It says (English)"),
    QT_TRANSLATE_NOOP("ConcernForm", "It says (日本語)"),
    QT_TRANSLATE_NOOP("ConcernForm", "Source"),
)
COL_KIND, COL_TARGET, COL_SAYS, COL_SAYS_JA, COL_SOURCE = range(5)
#: on a statement's English "says" cell: why it is linked, as typed ({"en": ..., "ja": ...})
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


class ConcernForm(EntryForm):
    """A patient concern's mapping: the statements that address it (the article's, this app's links, or
    the clinic's own), the layers it sits in, the reason shown with it and the note on procedures. A
    statement the clinic adds or changes is saved as the clinic's and shown so on screen and in print."""

    kind = "concern"
    can_add = False

    def build_fields(self) -> None:
        self.name = self.bilingual(lambda: self.tr("Name"))
        self.reason = self.bilingual(lambda: self.tr("Reason shown with it"), lines=3, parent=self)
        self.bases = QTableWidget(0, len(BASIS_COLUMNS), self)
        self.bases.setObjectName("concernBases")

        def head_bases() -> None:
            self.bases.setAccessibleName(self.tr("What addresses this concern"))
            self.bases.setHorizontalHeaderLabels([self.tr(title) for title in BASIS_COLUMNS])

        self.say(head_bases)
        self.bases.setWordWrap(True)
        self.bases.setMinimumHeight(220)
        self.bases.verticalHeader().hide()
        self.bases.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 + 10)
        self.bases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.bases.horizontalHeader()
        header.setMinimumSectionSize(60)
        for column in (COL_KIND, COL_TARGET, COL_SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SAYS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SAYS_JA, QHeaderView.ResizeMode.Stretch)
        width = self.fontMetrics().horizontalAdvance("M")
        self._kind_probe = QComboBox(self)  # measures the widest kind of statement; never shown
        self._kind_probe.hide()
        self.say(self._size_kind_column)
        self.bases.setColumnWidth(COL_TARGET, width * 9)
        self.bases.setColumnWidth(COL_SOURCE, width * 8)
        self.note = self.bilingual(lambda: self.tr("Why it is linked"), lines=2, parent=self)
        self.note.setObjectName("basisNote")
        self.note.setEnabled(False)
        self.bases.currentCellChanged.connect(lambda row, *_: self._show_note(row))
        self.note.textChanged.connect(self._keep_note)
        self.add_basis = QPushButton()
        self.remove_basis = QPushButton()
        self.add_basis.clicked.connect(lambda: self._add_row(None))
        self.remove_basis.clicked.connect(self._remove_row)
        basis_buttons = QHBoxLayout()
        basis_buttons.addWidget(self.add_basis)
        basis_buttons.addWidget(self.remove_basis)
        basis_buttons.addStretch(1)
        self.layers = QListWidget(self)
        self.layers.setObjectName("concernLayers")
        self.layers.setMaximumHeight(130)
        self.procedure_note = self.bilingual(lambda: self.tr("Note on procedures"), lines=3, parent=self)
        hint = QLabel()
        hint.setObjectName("footnote")
        hint.setWordWrap(True)

        def words() -> None:
            self.note.english.setPlaceholderText(
                self.tr("Why this statement addresses the concern, when it is not the article's")
            )
            self.add_basis.setText(self.tr("Add a statement"))
            self.remove_basis.setText(self.tr("Remove the statement"))
            self.procedure_note.english.setPlaceholderText(
                self.tr("Optional: a caution or a note on procedures for it")
            )
            hint.setText(
                self.tr(
                    "Counselling counts only these statements: the article's count twice, a link by this app "
                    "or by the clinic once. A statement you add or change is marked as the clinic's."
                )
            )

        self.say(words)
        self.add_row(lambda: self.tr("Name"), self.name)
        self.add_row(lambda: self.tr("Reason shown with it"), self.reason)
        self.form.addRow(self.section(lambda: self.tr("Addressed by")))
        self.form.addRow(self.bases)
        self.form.addRow("", basis_buttons)
        self.add_row(lambda: self.tr("Why it is linked"), self.note)
        self.form.addRow("", hint)
        self.add_row(lambda: self.tr("Where it sits"), self.layers)
        self.add_row(lambda: self.tr("Note on procedures"), self.procedure_note)
        self.watch(self.name, self.reason, self.procedure_note)
        self.bases.itemChanged.connect(self._basis_typed)
        self.layers.itemChanged.connect(self.validate)
        self._targets: dict[str, list[tuple[str, str]]] = {}

    def _size_kind_column(self) -> None:
        kinds = [QCoreApplication.translate("ConcernForm", title) for _key, title in BASIS_KINDS]
        width = self.fontMetrics().horizontalAdvance("M")
        self.bases.setColumnWidth(COL_KIND, min(combo_width(self._kind_probe, kinds), width * 11))

    def rename_choices(self) -> None:
        """Each statement's kind, what it is about, and its source, and the layers, named in the new
        language; what is chosen, ticked and typed stays."""
        self._targets = {}
        for row in range(self.bases.rowCount()):
            kind_box, target_box = self.bases.cellWidget(row, COL_KIND), self.bases.cellWidget(row, COL_TARGET)
            if isinstance(kind_box, QComboBox):
                for index, (_key, title) in enumerate(BASIS_KINDS):
                    kind_box.setItemText(index, QCoreApplication.translate("ConcernForm", title))
                if isinstance(target_box, QComboBox):
                    targets = dict(self._choices()[str(kind_box.currentData())])
                    for index in range(target_box.count()):
                        target = targets.get(target_box.itemData(index))
                        if target is not None:
                            target_box.setItemText(index, target)
            says, origin = self.bases.item(row, COL_SAYS), self.bases.item(row, COL_SOURCE)
            basis = says.data(Qt.ItemDataRole.UserRole) if says is not None else None
            if origin is not None:
                self.bases.blockSignals(True)
                origin.setText(provenance(basis["source"]) if basis else self.tr("The clinic's (new)"))
                self.bases.blockSignals(False)
            self._mark_basis(row)
        layers = {layer.key: layer.name for layer in self.editor.listing("layer")}
        self.layers.blockSignals(True)
        for row in range(self.layers.count()):
            item = self.layers.item(row)
            name = layers.get(item.data(Qt.ItemDataRole.UserRole))
            if name is not None:
                item.setText(shown(name, self.language))
        self.layers.blockSignals(False)

    def _choices(self) -> dict[str, list[tuple[str, str]]]:
        """What each kind of statement may be about: (key, name in the editing language)."""
        if not self._targets:
            growth: list[tuple[str, str]] = []
            origins: list[tuple[str, str]] = []
            for link, name, kind in self.editor.link_choices():
                key = link.split(":", 1)[1]
                if kind == "growth_factor":
                    growth.append((key, shown(name, self.language)))
                elif kind == "exosome_origin":
                    origins.append((key, shown(name, self.language)))
            categories = [(c.key, shown(c.name, self.language)) for c in self.editor.listing("ingredient category")]
            self._targets = {
                "growth-factor": growth,
                "treatment": growth,
                "exosome-origin": origins,
                "ingredient-category": categories,
                "stem-cells": [],
            }
        return self._targets

    def _fill_targets(self, row: int, target: str | None) -> None:
        kind_box = self.bases.cellWidget(row, COL_KIND)
        target_box = self.bases.cellWidget(row, COL_TARGET)
        if not isinstance(kind_box, QComboBox) or not isinstance(target_box, QComboBox):
            return
        target_box.blockSignals(True)
        target_box.clear()
        for key, name in self._choices()[str(kind_box.currentData())]:
            target_box.addItem(name, key)
        target_box.setEnabled(target_box.count() > 0)
        if target is not None:
            target_box.setCurrentIndex(max(target_box.findData(target), 0))
        target_box.blockSignals(False)

    def _add_row(self, basis: dict[str, Any] | None) -> None:
        self.bases.blockSignals(True)
        row = self.bases.rowCount()
        self.bases.insertRow(row)
        kind_box = ElidingComboBox()  # a narrow column: a long choice ends in "…", whole in its tooltip
        for key, title in BASIS_KINDS:
            kind_box.addItem(QCoreApplication.translate("ConcernForm", title), key)
        kind_box.setCurrentIndex(max(kind_box.findData((basis or {}).get("kind", "growth-factor")), 0))
        target_box = ElidingComboBox()
        self.bases.setCellWidget(row, COL_KIND, kind_box)
        self.bases.setCellWidget(row, COL_TARGET, target_box)
        self._fill_targets(row, (basis or {}).get("target"))
        stored_says = versions((basis or {}).get("says"))
        says = QTableWidgetItem(stored_says.get("en", ""))
        says.setData(Qt.ItemDataRole.UserRole, basis)  # the statement as stored, None for a new one
        note = versions((basis or {}).get("note"))
        says.setData(NOTE_ROLE, {language: note.get(language, "") for language in LANGUAGES})
        self.bases.setItem(row, COL_SAYS, says)
        self.bases.setItem(row, COL_SAYS_JA, QTableWidgetItem(stored_says.get("ja", "")))
        origin = QTableWidgetItem(provenance(basis["source"]) if basis else self.tr("The clinic's (new)"))
        origin.setFlags(origin.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.bases.setItem(row, COL_SOURCE, origin)
        self.bases.blockSignals(False)

        def kind_changed(_index: int, box: QComboBox = kind_box) -> None:
            for r in range(self.bases.rowCount()):
                if self.bases.cellWidget(r, COL_KIND) is box:
                    self._fill_targets(r, None)
            self.validate()

        kind_box.currentIndexChanged.connect(kind_changed)
        target_box.currentIndexChanged.connect(self.validate)
        self._mark_basis(row)
        self.validate()

    def _typed_says(self, row: int) -> dict[str, str]:
        typed = {}
        for language, column in (("en", COL_SAYS), ("ja", COL_SAYS_JA)):
            item = self.bases.item(row, column)
            typed[language] = item.text().strip() if item else ""
        return typed

    def _basis_typed(self, item: QTableWidgetItem) -> None:
        if item.column() in (COL_SAYS, COL_SAYS_JA):
            self._mark_basis(item.row())
        self.validate()

    def _mark_basis(self, row: int) -> None:
        says_item = self.bases.item(row, COL_SAYS)
        original = says_item.data(Qt.ItemDataRole.UserRole) if says_item else None
        self.bases.blockSignals(True)
        mark_cells(
            {"en": says_item, "ja": self.bases.item(row, COL_SAYS_JA)},
            edited((original or {}).get("says"), self._typed_says(row)),
        )
        self.bases.blockSignals(False)

    def _show_note(self, row: int) -> None:
        item = self.bases.item(row, COL_SAYS) if row >= 0 else None
        original = item.data(Qt.ItemDataRole.UserRole) if item else None
        typed = (item.data(NOTE_ROLE) if item else None) or {}
        self.note.blockSignals(True)
        self.note.load((original or {}).get("note"))
        for language in LANGUAGES:
            editor = self.note.editors[language]
            editor.blockSignals(True)
            self.note._set(language, typed.get(language, ""))
            editor.blockSignals(False)
        self.note._show_marks()
        self.note.setEnabled(item is not None)
        self.note.blockSignals(False)

    def _keep_note(self) -> None:
        item = self.bases.item(self.bases.currentRow(), COL_SAYS) if self.bases.currentRow() >= 0 else None
        if item is not None:
            item.setData(NOTE_ROLE, {language: self.note.typed(language) for language in LANGUAGES})
            self.validate()

    def _remove_row(self) -> None:
        row = self.bases.currentRow()
        if 0 <= row < self.bases.rowCount():
            self.bases.removeRow(row)
            self.validate()

    def load(self, loaded: Any) -> None:
        values = loaded.values if loaded else None
        self.name.load(values["name"] if values else None)
        self.reason.load(values["reason"] if values else None)
        self.procedure_note.load(values.get("procedure_note") if values else None)
        self.bases.setRowCount(0)
        for basis in (values or {}).get("bases", []):
            self._add_row(basis)
        self._show_note(-1)
        self.layers.blockSignals(True)
        self.layers.clear()
        chosen = set((values or {}).get("layer_keys", []))
        for layer in self.editor.listing("layer"):
            item = QListWidgetItem(shown(layer.name, self.language))
            item.setData(Qt.ItemDataRole.UserRole, layer.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if layer.key in chosen else Qt.CheckState.Unchecked)
            self.layers.addItem(item)
        self.layers.blockSignals(False)

    def _row_basis(self, row: int) -> dict[str, Any]:
        kind_box, target_box = self.bases.cellWidget(row, COL_KIND), self.bases.cellWidget(row, COL_TARGET)
        says_item = self.bases.item(row, COL_SAYS)
        original = says_item.data(Qt.ItemDataRole.UserRole) if says_item else None
        kind = str(kind_box.currentData()) if isinstance(kind_box, QComboBox) else "growth-factor"
        target = target_box.currentData() if isinstance(target_box, QComboBox) and target_box.count() else None
        says = edited((original or {}).get("says"), self._typed_says(row))
        typed_note = (says_item.data(NOTE_ROLE) if says_item else None) or {language: "" for language in LANGUAGES}
        note = edited((original or {}).get("note"), typed_note)
        basis = {"kind": kind, "target": target, "says": says, "source": None, "note": note}
        if original is not None and all(
            basis[field] == original.get(field) for field in ("kind", "target", "says", "note")
        ):
            return dict(original)  # unchanged: keeps its source (the article's, this app's, the clinic's)
        return basis

    def problem(self) -> str | None:
        if not self.name.typed("en") and not self.name.typed("ja"):
            return self.tr("A name is required.")
        if not self.reason.typed("en") and not self.reason.typed("ja"):
            return self.tr("Give the reason shown with the concern.")
        missing = self.english_missing(
            (self.name, self.tr("name")),
            (self.reason, self.tr("reason")),
            (self.procedure_note, self.tr("note on procedures")),
        )
        if missing:
            return missing
        for row in range(self.bases.rowCount()):
            basis = self._row_basis(row)
            if basis["kind"] != "stem-cells" and not basis["target"]:
                return self.tr("Statement {n}: choose what it is about.").format(n=row + 1)
            if not any(text.strip() for text in versions(basis["says"]).values()):
                return self.tr("Statement {n}: say what addresses the concern.").format(n=row + 1)
            if not versions(basis["says"]).get("en") or (versions(basis["note"]) and not basis["note"].get("en")):
                return self.tr("Statement {n}: give it in English too.").format(n=row + 1)
        if taken := self.taken():
            return self.tr("{name} exists already.").format(name=taken)
        return None

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.value(),
            "reason": self.reason.value(),
            "bases": [self._row_basis(row) for row in range(self.bases.rowCount())],
            "layer_keys": [
                str(self.layers.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.layers.count())
                if self.layers.item(row).checkState() == Qt.CheckState.Checked
            ],
            "procedure_note": self.procedure_note.value(),
        }


def _header(text: str) -> str:
    """A column heading on two or three short lines: at spaces, or anywhere in text written without them
    (Japanese), so that six of them fit a laptop screen."""
    if " " in text or text.isascii():  # one long English word ("Angiogenesis") stays whole
        return textwrap.fill(text, 16, break_long_words=False)
    return "\n".join(text[start : start + 8] for start in range(0, len(text), 8))


class RatingsModel(QAbstractTableModel):
    """The article's 36 ratings: a row per growth factor, a column per effect. Each cell shows its symbol
    and word ("◎ very powerful", "✎ " first where the clinic changed it), says its provenance as a tooltip,
    and gives screen readers its factor, effect and rating ("EGF, Skin turnover: ◎ very powerful").

    Signals:
        level_chosen(str, str, int): the user chose this level for (factor, effect); the form writes it.
    """

    level_chosen = Signal(str, str, int)
    EDITED_BACKGROUND = QColor("#fbf0d9")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.factors: list[tuple[str, str]] = []  # (key, name)
        self.effects: list[tuple[str, str]] = []
        self.scale: list[tuple[int, str]] = []  # (level, "◎ very powerful")
        self.cells: dict[tuple[str, str], Any] = {}

    def set_grid(self, factors: list[tuple[str, str]], effects: list[tuple[str, str]], scale, cells) -> None:  # type: ignore[no-untyped-def]
        self.beginResetModel()
        self.factors, self.effects, self.scale, self.cells = factors, effects, scale, dict(cells)
        self.endResetModel()

    def set_cell(self, factor: str, effect: str, cell: Any) -> None:
        self.cells[(factor, effect)] = cell
        index = self.index(self.row_of(factor), self.column_of(effect))
        self.dataChanged.emit(index, index)

    def row_of(self, factor: str) -> int:
        return [key for key, _name in self.factors].index(factor)

    def column_of(self, effect: str) -> int:
        return [key for key, _name in self.effects].index(effect)

    def key(self, index: Any) -> tuple[str, str]:
        return self.factors[index.row()][0], self.effects[index.column()][0]

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's name and default)
        return 0 if parent.isValid() else len(self.factors)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.effects)

    def level_text(self, level: int) -> str:
        return next((text for value, text in self.scale if value == level), str(level))

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cells.get(self.key(index))
        level = cell.level if cell else 0
        source = cell.source if cell else ""
        edited_on = service.edit_date(source) is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return ("✎ " if edited_on else "") + self.level_text(level)
        if role == Qt.ItemDataRole.EditRole:
            return level
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(provenance(source))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            factor, effect = self.factors[index.row()][1], self.effects[index.column()][1]
            return f"{factor}, {effect}: {self.level_text(level)}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return provenance(source)
        if role == Qt.ItemDataRole.BackgroundRole and edited_on:
            return self.EDITED_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Any, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """A level chosen in the cell's editor: handed to the form, which writes it off the GUI thread and
        then shows what was stored (set_cell)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        cell = self.cells.get(self.key(index))
        if cell is not None and int(value) == cell.level:
            return False
        self.level_chosen.emit(*self.key(index), int(value))
        return True

    def flags(self, index: Any) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        names = self.effects if orientation == Qt.Orientation.Horizontal else self.factors
        if not 0 <= section < len(names):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(names[section][1]) if orientation == Qt.Orientation.Horizontal else names[section][1]
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return names[section][1]
        return None


class WrappedEntryDelegate(QStyledItemDelegate):
    """An entry of a form's list as tall as its text wrapped at the list's width: measured unwrapped, a
    name wider than the list (a long Japanese one in Japanese type) widened the list past its edge, with a
    scroll bar sideways, instead of taking a line more."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: N802 (Qt's name)
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            option = QStyleOptionViewItem(option)
            option.rect = QRect(0, 0, view.viewport().width(), 1)  # a valid rect: wrapped at its width
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        hint = super().sizeHint(option, index)
        if isinstance(view, QAbstractItemView):
            hint.setWidth(min(hint.width(), view.viewport().width()))
        return hint


class RatingDelegate(QStyledItemDelegate):
    """Edits a rating with a list of the scale's four symbols and words; the choice is written as soon as
    it is made."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802
        model = index.model()
        box = QComboBox(parent)
        box.setObjectName("ratingBox")
        for level, text in model.scale:
            box.addItem(text, level)
        box.setAccessibleName(str(index.data(Qt.ItemDataRole.AccessibleTextRole)).split(":")[0])
        box.activated.connect(lambda _row, b=box: self._chosen(b))
        return box

    def _chosen(self, box: QComboBox) -> None:
        """A level picked (a click or Enter in the list): written at once, and the cell shown again."""
        self.commitData.emit(box)
        self.closeEditor.emit(box)

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RatingsForm(QWidget):
    """The article's 36 ratings as a table (RatingsModel): Enter, F2 or a double-click opens a cell's
    choice of the scale; the clinic's changes are marked.

    Attributes:
        grid: the QTableView; model: its RatingsModel.
    """

    def __init__(self, view: EditorView) -> None:
        super().__init__()
        self.view = view
        self.editor = view.catalogue.editor
        self.language = view.catalogue.language
        self.model = RatingsModel(self)
        self.grid = QTableView()
        self.grid.setObjectName("ratingsGrid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(RatingDelegate(self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.grid.activated.connect(self.grid.edit)  # Enter opens the choice too
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().setDefaultSectionSize(44)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumHeight(56)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model.level_chosen.connect(self.changed)
        self.note = QLabel()
        self.note.setObjectName("footnote")
        self.note.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self._translate()
        self.reload()

    def _translate(self) -> None:
        self.grid.setAccessibleName(self.tr("Ratings: growth factors by effect"))
        self.note.setText(
            self.tr(
                "✎ marks a rating the clinic changed. Select it and restore the article's value to undo that for good."
            )
        )
        self.restore_button.setText(self.tr("Restore the article's value"))

    def retranslate(self) -> None:
        """The grid's factors, effects and scale named in the new language (a live language switch); the
        cell chosen stays chosen."""
        self.language = self.view.catalogue.language
        self._translate()
        self.reload()

    def name(self, text: Text) -> str:
        return shown(text, self.language) or shown(text, "en")

    def reload(self) -> None:
        current = self.grid.currentIndex()  # the cell chosen stays chosen
        row, column = current.row(), current.column()
        self._fill()
        if row >= 0 and column >= 0:
            self.grid.setCurrentIndex(self.model.index(row, column))

    def _fill(self) -> None:
        grid = self.editor.ratings()
        self.cells = grid.cells
        self.factors = [key for key, _name in grid.factors]
        self.effects = [key for key, _name in grid.effects]
        self.model.set_grid(
            [(key, self.name(name)) for key, name in grid.factors],
            [(key, self.name(name)) for key, name in grid.effects],
            [(level, f"{symbol} {self.name(label).lower()}") for level, symbol, label in grid.scale],
            grid.cells,
        )

    def cell_index(self, factor: str, effect: str) -> QModelIndex:
        return self.model.index(self.model.row_of(factor), self.model.column_of(effect))

    def cell_text(self, factor: str, effect: str) -> str:
        """What the cell shows: "◎ very powerful", "✎ ○ powerful" where the clinic changed it."""
        return str(self.cell_index(factor, effect).data())

    def choose(self, factor: str, effect: str, level: int) -> None:
        """Choose a level as the user does: open the cell's editor, pick the level, and let it close."""
        index = self.cell_index(factor, effect)
        self.grid.setCurrentIndex(index)
        self.grid.edit(index)
        box = self.grid.indexWidget(index)
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData(level))
        box.activated.emit(box.currentIndex())

    def show_cell(self, factor: str, effect: str, change: Any = None) -> None:
        """Show one rating as stored now (after an edit, an undo or a redo), without reading the whole grid;
        `change` says what is stored, else it is read."""
        if change is not None:
            loaded = service.Loaded("rating", change.key, change.after, change.version, change.after_source)
        else:
            loaded = self.editor.entry("rating", f"{factor}/{effect}")
        cell = type(self.cells[(factor, effect)])(loaded.values["level"], loaded.source, loaded.version)
        self.cells[(factor, effect)] = cell
        self.model.set_cell(factor, effect, cell)

    def _edit(self, factor: str, effect: str, action: Callable[[str, str, int], Any], success: str) -> None:
        version = self.cells[(factor, effect)].version

        def done(change: Any) -> None:
            self.view.push(change)
            self.view.report(success.format(factor=factor, effect=effect))
            self.show_cell(factor, effect, change)
            self.grid.setCurrentIndex(self.cell_index(factor, effect))

        def failed(error: Exception) -> None:
            self.view.report(error_text(error), error=True)
            self.reload()

        run_job(self, self.tr("Saving…"), lambda _progress: action(factor, effect, version)).success(done).failure(
            failed
        )

    def changed(self, factor: str, effect: str, level: int) -> None:
        self._edit(
            factor,
            effect,
            lambda factor, effect, version: self.editor.set_rating(factor, effect, level, version),
            self.tr("Rating of {factor} on {effect} changed."),
        )

    def restore(self) -> None:
        index = self.grid.currentIndex()
        if not index.isValid():
            self.view.report(self.tr("Select a rating first."), error=True)
            return
        factor, effect = self.model.key(index)
        self._edit(
            factor, effect, self.editor.restore_rating, self.tr("The article's rating of {factor} on {effect} is back.")
        )


class EditorView(QWidget):
    """Tabs of forms over the catalogue's editor, Undo and Redo buttons and a status line.

    Attributes:
        undo_stack: the edits made in this view, as QUndoCommands.

    Signals:
        catalogue_changed(): the catalogue was changed; other views should read it again.
    """

    catalogue_changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorView")
        self.catalogue = catalogue
        self.undo_stack = QUndoStack(self)
        self.header = header = ViewHeader("")
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton()
        self.redo_button.clicked.connect(self.redo)
        header.row.addWidget(self.undo_button)
        header.row.addWidget(self.redo_button)
        self.status = QLabel()
        self.status.setObjectName("reachLabel")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it names what was changed
        self.status.setWordWrap(True)
        self.tabs = QTabWidget()
        self.ratings = RatingsForm(self)
        self.products = ProductForm(self)
        self.ingredients = IngredientForm(self)
        self.categories = CategoryForm(self)
        self.exosomes = ExosomeForm(self)
        self.procedures = ProcedureForm(self)
        self.layers = LayerForm(self)
        self.concerns = ConcernForm(self)
        for widget in (self.ratings, *self.forms()):
            self.tabs.addTab(widget, "")
        self._translate()
        # what keeps a change differs by tab: a rating is stored as it is chosen, an entry when Save is pressed
        self.tabs.currentChanged.connect(lambda _index: self.report(self.how_changes_are_kept()))
        self.report(self.how_changes_are_kept())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.addWidget(header)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo, context=context)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.redo, context=context)
        self.undo_stack.indexChanged.connect(self._update_undo)
        self._update_undo()
        # every button but Save in the app's secondary style (teal outline), not the platform's grey one
        # beside the teal Save: New, Delete…, Restore…, Undo, Redo, Add component, Mark as up to date …
        for button in self.findChildren(QPushButton):
            if button.objectName() != "saveButton":
                button.setProperty("secondary", True)
                # styled anew: a button already polished (measured while the forms were laid out) keeps
                # the rules it was polished with, whatever its properties say now
                button.style().unpolish(button)
                button.style().polish(button)

    def _translate(self) -> None:
        """The view's own words, in the interface's language."""
        # (the main window titles the page with its name in the navigation, "Edit catalogue")
        self.header.title.setText(self.tr("Edit catalogue"))
        self.undo_button.setToolTip(self.tr("Take back the last change (Ctrl+Z)"))
        self.redo_button.setToolTip(self.tr("Make the change again (Ctrl+Shift+Z)"))
        for widget, label in (
            (self.ratings, self.tr("Ratings")),
            (self.products, self.tr("Products")),
            (self.ingredients, self.tr("Ingredients")),
            (self.categories, self.tr("Effect categories")),
            (self.exosomes, self.tr("Exosome origins")),
            (self.procedures, self.tr("Procedures")),
            (self.layers, self.tr("Layers")),
            (self.concerns, self.tr("Concerns")),
        ):
            self.tabs.setTabText(self.tabs.indexOf(widget), label)

    def retranslate(self) -> None:
        """Say everything in the language the catalogue and the interface now speak, in place (a live
        language switch), instead of building the editor again: every form's words, entries and choices,
        the ratings grid, and the undo history's names of its changes. The history itself stays (Undo
        after the switch takes back a change made before it), and so do the tab shown, the entry selected
        in each form and whatever is typed and not saved."""
        self._translate()
        self.ratings.retranslate()  # first: the rating changes are named by its factors and effects
        for form in self.forms():
            form.retranslate()
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if isinstance(command, EditCommand):
                command.retranslate()
        self._update_undo()
        self.report(self.how_changes_are_kept())

    def how_changes_are_kept(self) -> str:
        """The status line's note for the tab shown: how its changes are stored, and what Undo does."""
        if self.tabs.currentWidget() is self.ratings:
            return self.tr("Changes are saved as you make them; Undo takes them back one by one.")
        return self.tr("An entry's changes are saved when you press Save; Undo takes saved changes back one by one.")

    def report(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #9b1c1c; font-weight: 600;" if error else "")

    def push(self, change: Any) -> None:
        """An edit was applied: keep it for undo and tell the other views."""
        self.undo_stack.push(EditCommand(self, change))
        self.refresh_after_edit(change, reload_forms=False)
        if change.kind == "ingredient category":
            self.ingredients.reload()
        if change.kind in ("ingredient", "exosome origin"):
            self.products.forget_choices()
        if change.kind in ("ingredient category", "exosome origin"):
            self.concerns._targets = {}  # what a concern's statement may be about

    def forms(self) -> tuple[EntryForm, ...]:
        return (
            self.products,
            self.ingredients,
            self.categories,
            self.exosomes,
            self.procedures,
            self.layers,
            self.concerns,
        )

    def changed_elsewhere(self) -> None:
        """Another desk changed the catalogue: the ratings grid and every form show it, except typing not
        yet saved, which is kept (see EntryForm.changed_elsewhere)."""
        self.ratings.reload()
        for form in self.forms():
            form.changed_elsewhere()
        if not self.products.unsaved():
            self.products.forget_choices()  # what components may link to may have changed too

    def refresh_after_edit(self, change: Any = None, reload_forms: bool = True) -> None:
        """Show an edit (or an undo or redo) in the forms and tell the other views. With `change`, only
        the form of its kind is brought up to date; without, every form reads the catalogue again."""
        self._update_undo()
        if reload_forms:
            if change is None:
                self.ratings.reload()
            elif change.kind == "rating":
                factor, effect = change.key.split("/", 1)
                self.ratings.show_cell(factor, effect, change)
            for form in self.forms():
                if change is None:
                    form.reload()
                elif form.kind == change.kind:
                    form.show_change(change, change.key if change.after is not None else None)
            if change is not None and change.kind == "ingredient category":
                self.ingredients.reload()  # its choice of categories
            if change is not None and change.kind in ("ingredient", "exosome origin"):
                self.products.forget_choices()  # what components may link to
        self.catalogue_changed.emit()

    def _update_undo(self, _index: int = 0) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.undo_button.setText(self.tr("Undo {what}").format(what=undo) if undo else self.tr("Undo"))
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        self.redo_button.setText(self.tr("Redo {what}").format(what=redo) if redo else self.tr("Redo"))

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    # --- what is set up here, across a rebuild (a language switch) ---------------------------------------

    def view_state(self) -> dict[str, object]:
        """The tab shown, the entry selected in each form (by key) and the rating cell chosen."""
        cell = self.ratings.grid.currentIndex()
        return {
            "tab": self.tabs.currentIndex(),
            "entries": {form.kind: form.current for form in self.forms() if form.current},
            "rating": self.ratings.model.key(cell) if cell.isValid() else None,
        }

    def restore_view_state(self, state: dict[str, object]) -> None:
        entries = state.get("entries")
        for form in self.forms():
            key = entries.get(form.kind) if isinstance(entries, dict) else None
            listed = [entry.key for entry in form.listed]
            if key in listed and key != form.current:
                form.entries.setCurrentRow(listed.index(key))  # selects it (currentItemChanged)
        rating = state.get("rating")
        if isinstance(rating, tuple) and len(rating) == 2:
            try:
                self.ratings.grid.setCurrentIndex(self.ratings.cell_index(*rating))
            except ValueError:  # that growth factor or effect is gone
                pass
        tab = state.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def focus_filter(self) -> None:
        self.tabs.currentWidget().setFocus()
