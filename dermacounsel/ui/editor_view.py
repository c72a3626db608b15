"""The catalogue editor, shown only in "Edit catalogue" mode: ratings, products, ingredients, effect
categories, exosome origins, procedures and layer descriptions.

Every edit is one row-level change made through the catalogue service, off the GUI thread; it goes on a
QUndoStack, so Ctrl+Z and Ctrl+Shift+Z take it back and bring it again. Forms edit the texts of one
language (the catalogue's display language) and keep every other language as it was; saving a form
that was not changed writes nothing. An entry changed elsewhere since the form read it is refused with
a message naming it, and the form reloads.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.domain.text import CLINIC, with_version
from dermacounsel.services import catalogue as service
from dermacounsel.services.catalogue import Catalogue
from dermacounsel.ui.jobs import run_job
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


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


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
    return QCoreApplication.translate("provenance", "Source: {source}").format(source=source_key)


def shown(text: Text | None, language: str) -> str:
    """A stored text in the editing language; the English where it has none in that language yet (so a
    form never looks empty for an untranslated entry)."""
    return (text or {}).get(language) or (text or {}).get("en", "")


def edited(text: Text | None, typed: str, language: str) -> Text | None:
    """`text` with its `language` version replaced by what was typed; every other language kept. The
    English shown for a language the text has no version in, left as it was, makes no translation; a
    translation typed here is recorded as the clinic's."""
    if language not in (text or {}) and typed == (text or {}).get("en"):
        return text
    if (text or {}).get(language) == typed:
        return text  # unchanged: it keeps where it came from (the article's Japanese stays the article's)
    result = with_version(text, language, typed, CLINIC)  # typed here: the clinic's own wording
    return result or None


def edited_list(items: list[Text], typed: list[str], language: str) -> list[Text]:
    """A list of texts edited line by line in one language: line n keeps item n's other languages."""
    return [
        edited(items[n] if n < len(items) else None, line, language) or {language: line} for n, line in enumerate(typed)
    ]


class EditCommand(QUndoCommand):
    """One applied edit on the undo stack; undo and redo are themselves row-level edits, refused (and
    the command dropped) when someone else has changed the entry since."""

    def __init__(self, view: EditorView, change: Any) -> None:
        super().__init__(change.description)
        self.view = view
        self.change = change
        self._applied = True  # pushed after it was applied: the first redo does nothing

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
            self.view.report(str(error), error=True)
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
    name: QLineEdit  # every form's entries have a name (made in build_fields)

    def __init__(self, view: EditorView) -> None:
        super().__init__()
        self.view = view
        self.editor = view.catalogue.editor
        self.language = view.catalogue.language
        self.current: str | None = None
        self.loaded: Any = None  # what the form was filled from (service Loaded), None for a new entry
        self.listed: list[Any] = []
        self._names: dict[str, str] = {}  # each entry's name in the editing language, folded, to its key
        self.entries = QListWidget()
        self.entries.setUniformItemSizes(True)  # a catalogue may list thousands: no measuring each one
        self.entries.setObjectName("choiceList")
        self.entries.setMinimumWidth(240)
        self.entries.setMaximumWidth(320)
        self.form = QFormLayout()
        self.error = plain_label()  # messages quote the entry's text
        self.error.setObjectName("fieldError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c; font-weight: 600;")
        self.source = plain_label()
        self.source.setObjectName("footnote")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.restore_button = QPushButton(self.tr("Restore the article's version"))
        self.new_button = QPushButton(self.tr("New"))
        buttons = QHBoxLayout()
        for button in (self.save_button, self.restore_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        page = QWidget()
        right = QVBoxLayout(page)
        right.setContentsMargins(0, 0, 0, 0)
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
        self.build_fields()
        self.entries.currentItemChanged.connect(
            lambda item, _old: self.select(item.data(Qt.ItemDataRole.UserRole) if item else None)
        )
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.restore_button.clicked.connect(self.restore)
        self.new_button.clicked.connect(lambda: self.select(None))
        self.reload()

    # to implement
    def build_fields(self) -> None: ...
    def load(self, loaded: Any) -> None: ...
    def values(self) -> Any: ...
    def problem(self) -> str | None: ...
    def new_key(self) -> str:
        return slug(self.name.text())

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

    def taken(self, name: str) -> bool:
        """Whether another entry of this kind has this name in the editing language (ignoring case)."""
        owner = self._names.get(name.strip().casefold())
        return owner is not None and owner != self.current

    def _index_names(self) -> None:
        self._names = {shown(entry.name, self.language).casefold(): entry.key for entry in self.listed}

    def reload(self, keep: str | None = None) -> None:
        self.listed = self.editor.listing(self.kind)
        self._index_names()
        self.entries.blockSignals(True)
        self.entries.clear()
        for entry in self.listed:
            item = QListWidgetItem(self.label(entry) + (" ✎" if service.edit_date(entry.source) else ""))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
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
        self._names.pop(shown(old.name, self.language).casefold(), None)
        self._names[shown(self.listed[row].name, self.language).casefold()] = old.key
        item = self.entries.item(row)
        item.setText(self.label(self.listed[row]) + (" ✎" if service.edit_date(loaded.source) else ""))
        item.setToolTip(literal(provenance(loaded.source)))
        if self.current != change.key:
            return
        if self.values() == change.after:  # the form shows it already (it was saved from here)
            self.loaded = loaded
            self.show_source()
        else:
            self.select(change.key, loaded)

    def _group_of(self, loaded: Any, old: Any) -> Any:
        return old.group

    def select(self, key: str | None, loaded: Any = None) -> None:
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
            if isinstance(error, service.StaleEdit):
                self.reload(keep=self.current)
            self.error.setText(str(error))
            self.view.report(str(error), error=True)

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


class ProductForm(EntryForm):
    kind = "product"

    def build_fields(self) -> None:
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Product name"))
        self.maker = QLineEdit()
        self.components = QTableWidget(0, 3)
        self.components.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Name"), self.tr("Is (in the catalogue)")])
        self.components.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.components.verticalHeader().hide()
        self.components.setMinimumHeight(200)
        add = QPushButton(self.tr("Add component"))
        remove = QPushButton(self.tr("Remove component"))
        add.clicked.connect(lambda: self.add_component("functional", "", NO_LINK))
        remove.clicked.connect(self.remove_component)
        self.open_factors = QCheckBox(self.tr("The growth factors listed are examples (“etc.”)"))
        self.cautions = QPlainTextEdit()
        self.cautions.setFixedHeight(60)
        self.cautions.setPlaceholderText(self.tr("One caution per line"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Maker"), self.maker)
        self.form.addRow(self.tr("Components"), self.components)
        self.form.addRow("", row)
        self.form.addRow("", self.open_factors)
        self.form.addRow(self.tr("Cautions"), self.cautions)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.watch(self.name)
        self._choices: list[tuple[str, Text, str]] | None = None
        self._link_model: QStandardItemModel | None = None
        #: per row of the table, the component (or group item) it was filled from, for its other languages
        self._rows: list[dict[str, Any] | None] = []

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

    def add_component(self, kind: str, name: str, link: str, original: dict[str, Any] | None = None) -> None:
        row = self.components.rowCount()
        self.components.insertRow(row)
        self._rows.append(original)
        kinds = QComboBox()
        for key, label in KINDS:
            kinds.addItem(QCoreApplication.translate("ProductForm", label), key)
        kinds.setCurrentIndex([k for k, _ in KINDS].index(kind))
        self.components.setCellWidget(row, 0, kinds)
        self.components.setItem(row, 1, QTableWidgetItem(name))
        links = QComboBox()
        # one model for every row, and a width that does not measure every choice: a catalogue may offer
        # thousands
        links.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        links.setMinimumContentsLength(24)
        links.setModel(self.link_model())
        links.setCurrentIndex(max(0, links.findData(link)))
        self.components.setCellWidget(row, 2, links)

    def remove_component(self) -> None:
        row = self.components.currentRow()
        if row >= 0:
            self.components.removeRow(row)
            del self._rows[row]

    def load(self, loaded: Any) -> None:
        values = loaded.values if loaded else None
        self.name.setText(shown(values["name"], self.language) if values else "")
        self.maker.setText(shown(values["maker"], self.language) if values else "")
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
            name = shown(entry["name"], self.language)
            if row >= self.components.rowCount():
                self.add_component(kind, name, entry["link"], entry)
                continue
            # the rows already there are filled again rather than made anew (their choices are many)
            kind_box, link_box = self.components.cellWidget(row, 0), self.components.cellWidget(row, 2)
            assert isinstance(kind_box, QComboBox) and isinstance(link_box, QComboBox)
            kind_box.setCurrentIndex(kind_box.findData(kind))
            self.components.setItem(row, 1, QTableWidgetItem(name))
            link_box.setCurrentIndex(max(0, link_box.findData(entry["link"])))
            self._rows[row] = entry
        self.cautions.setPlainText(
            "\n".join(shown(c["text"], self.language) for c in values["cautions"]) if values else ""
        )
        self.notes.setPlainText(shown(values["notes"], self.language) if values else "")

    def problem(self) -> str | None:
        name = self.name.text().strip()
        if not name:
            return self.tr("A product needs a name.")
        if self.taken(name):
            return self.tr("A product called {name} exists already.").format(name=name)
        return None

    def values(self) -> dict[str, Any]:
        language = self.language
        original = self.loaded.values if self.loaded else None
        factors: list[dict[str, Any]] = []
        components: list[dict[str, Any]] = []
        factor_slot: int | None = None
        for row in range(self.components.rowCount()):
            kind_box, link_box = self.components.cellWidget(row, 0), self.components.cellWidget(row, 2)
            assert isinstance(kind_box, QComboBox) and isinstance(link_box, QComboBox)
            kind = kind_box.currentData()
            name_item = self.components.item(row, 1)
            link = link_box.currentData() or ""
            label = (name_item.text().strip() if name_item else "") or link_box.currentText().split(" (")[0]
            if not label or label.startswith("—"):
                continue
            before = self._rows[row] if row < len(self._rows) else None
            name = edited(before["name"] if before else None, label, language) or {language: label}
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
            {
                "text": edited(before_cautions[n]["text"] if n < len(before_cautions) else None, line, language),
                "source": before_cautions[n]["source"] if n < len(before_cautions) else None,
            }
            for n, line in enumerate(lines(self.cautions.toPlainText()))
        ]
        maker = edited(original["maker"] if original else None, self.maker.text().strip(), language)
        return {
            "key": original["key"] if original else self.new_key(),
            "name": edited(original["name"] if original else None, self.name.text().strip(), language) or {},
            "maker": maker,
            "maker_source": (original["maker_source"] if original and original["maker"] == maker else None)
            if maker
            else None,
            "notes": edited(original["notes"] if original else None, self.notes.toPlainText().strip(), language),
            "components": components,
            "cautions": cautions,
        }


class SimpleForm(EntryForm):
    """Forms of a name, one text and an optional list: exosome origins, procedures, layers, categories."""

    text_field = ""
    list_field = ""

    def build_fields(self) -> None:
        self.name = QLineEdit()
        # Parented to the form even when this form has no such field: a parentless widget that no layout
        # adopts is a (hidden) window of its own, alive as long as the form's Python object.
        self.text = QPlainTextEdit(self)
        self.text.setFixedHeight(110)
        self.list = QPlainTextEdit(self)
        self.list.setFixedHeight(110)
        self.list.setPlaceholderText(self.tr("One per line"))
        self.form.addRow(self.tr("Name"), self.name)
        if self.text_field:
            self.form.addRow(self.tr("Description"), self.text)
        else:
            self.text.hide()
        if self.list_field:
            self.form.addRow(self.tr("Effects") if self.list_field == "effects" else self.tr("Notes"), self.list)
        else:
            self.list.hide()
        self.watch(self.name, self.text, self.list)

    def load(self, loaded: Any) -> None:
        values = loaded.values if loaded else None
        self.name.setText(shown(values["name"], self.language) if values else "")
        if self.text_field:
            self.text.setPlainText(shown(values[self.text_field], self.language) if values else "")
        if self.list_field:
            items = values[self.list_field] if values else []
            self.list.setPlainText("\n".join(shown(x, self.language) for x in items))

    def problem(self) -> str | None:
        name = self.name.text().strip()
        if not name:
            return self.tr("A name is required.")
        if self.text_field and not self.text.toPlainText().strip():
            return self.tr("A description is required.")
        if self.list_field == "effects" and not lines(self.list.toPlainText()):
            return self.tr("Give at least one effect.")
        if self.taken(name):
            return self.tr("{name} exists already.").format(name=name)
        return None

    def values(self) -> dict[str, Any]:
        original = self.loaded.values if self.loaded else {}
        values: dict[str, Any] = {"name": edited(original.get("name"), self.name.text().strip(), self.language)}
        if self.text_field:
            values[self.text_field] = edited(
                original.get(self.text_field), self.text.toPlainText().strip(), self.language
            )
        if self.list_field:
            values[self.list_field] = edited_list(
                original.get(self.list_field, []), lines(self.list.toPlainText()), self.language
            )
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

    def build_fields(self) -> None:
        self.name = QLineEdit()
        self.category = QComboBox()
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Expected effect"), self.category)
        self.watch(self.name, self.category)

    def label(self, listed: Any) -> str:
        name = shown(listed.name, self.language) or shown(listed.name, "en")
        return f"{name} — {shown(listed.group, self.language) or shown(listed.group, 'en')}" if listed.group else name

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
        self.name.setText(shown(values["name"], self.language) if values else "")
        if values:
            self.category.setCurrentIndex(self.category.findData(values["category"]))

    def problem(self) -> str | None:
        name = self.name.text().strip()
        if not name:
            return self.tr("An ingredient needs a name.")
        if self.taken(name):
            return self.tr("{name} exists already.").format(name=name)
        return None

    def values(self) -> dict[str, Any]:
        original = self.loaded.values if self.loaded else {}
        return {
            "name": edited(original.get("name"), self.name.text().strip(), self.language),
            "category": str(self.category.currentData()),
        }


def _header(text: str) -> str:
    """A column heading on two or three short lines: at spaces, or anywhere in text written without them
    (Japanese), so that six of them fit a laptop screen."""
    if " " in text:
        return textwrap.fill(text, 16, break_long_words=False)
    return "\n".join(text[start : start + 8] for start in range(0, len(text), 8))


class RatingsForm(QWidget):
    """The article's 36 ratings as a grid of choices; the clinic's changes are marked."""

    def __init__(self, view: EditorView) -> None:
        super().__init__()
        self.view = view
        self.editor = view.catalogue.editor
        self.language = view.catalogue.language
        self.grid = QTableWidget()
        self.grid.setObjectName("ratingsGrid")
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().setDefaultSectionSize(44)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note = QLabel(
            self.tr(
                "✎ marks a rating the clinic changed. Select it and restore the article's value to undo that for good."
            )
        )
        self.note.setObjectName("footnote")
        self.restore_button = QPushButton(self.tr("Restore the article's value"))
        self.restore_button.clicked.connect(self.restore)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.reload()

    def name(self, text: Text) -> str:
        return shown(text, self.language) or shown(text, "en")

    def reload(self) -> None:
        grid = self.editor.ratings()
        self.cells = grid.cells
        self.factors = [key for key, _name in grid.factors]
        self.effects = [key for key, _name in grid.effects]
        self.grid.clear()
        self.grid.setRowCount(len(grid.factors))
        self.grid.setColumnCount(len(grid.effects))
        self.grid.setHorizontalHeaderLabels([_header(self.name(name)) for _key, name in grid.effects])
        self.grid.horizontalHeader().setMinimumHeight(56)
        self.grid.setVerticalHeaderLabels([self.name(name) for _key, name in grid.factors])
        for row, (factor, factor_name) in enumerate(grid.factors):
            for column, (effect, effect_name) in enumerate(grid.effects):
                cell = grid.cells.get((factor, effect))
                box = QComboBox()
                box.setObjectName("ratingBox")
                for level, symbol, label in grid.scale:
                    box.addItem(f"{symbol} {self.name(label).lower()}", level)
                box.setCurrentIndex(box.findData(cell.level if cell else 0))
                source = cell.source if cell else ""
                box.setToolTip(literal(provenance(source)))
                box.setAccessibleName(f"{self.name(factor_name)}, {self.name(effect_name)}")
                if service.edit_date(source) is not None:
                    box.setItemText(box.currentIndex(), "✎ " + box.currentText())
                    box.setStyleSheet("QComboBox { background: #fbf0d9; }")
                box.currentIndexChanged.connect(
                    lambda _i, r=row, c=column, b=box: self.changed(r, c, int(b.currentData()))
                )
                self.grid.setCellWidget(row, column, box)

    def show_cell(self, factor: str, effect: str, change: Any = None) -> None:
        """Show one rating as stored now (after an edit, an undo or a redo), without rebuilding the grid;
        `change` says what is stored, else it is read."""
        if change is not None:
            loaded = service.Loaded("rating", change.key, change.after, change.version, change.after_source)
        else:
            loaded = self.editor.entry("rating", f"{factor}/{effect}")
        self.cells[(factor, effect)] = type(self.cells[(factor, effect)])(
            loaded.values["level"], loaded.source, loaded.version
        )
        box = self.box(factor, effect)
        box.blockSignals(True)
        for index in range(box.count()):
            box.setItemText(index, box.itemText(index).removeprefix("✎ "))
        box.setCurrentIndex(box.findData(loaded.values["level"]))
        box.setToolTip(literal(provenance(loaded.source)))
        if service.edit_date(loaded.source) is not None:
            box.setItemText(box.currentIndex(), "✎ " + box.currentText())
            box.setStyleSheet("QComboBox { background: #fbf0d9; }")
        else:
            box.setStyleSheet("")
        box.blockSignals(False)

    def box(self, factor: str, effect: str) -> QComboBox:
        widget = self.grid.cellWidget(self.factors.index(factor), self.effects.index(effect))
        assert isinstance(widget, QComboBox)
        return widget

    def _edit(self, row: int, column: int, action: Callable[[str, str, int], Any], success: str) -> None:
        factor, effect = self.factors[row], self.effects[column]
        version = self.cells[(factor, effect)].version

        def done(change: Any) -> None:
            self.view.push(change)
            self.view.report(success.format(factor=factor, effect=effect))
            self.show_cell(factor, effect, change)
            self.grid.setCurrentCell(row, column)

        def failed(error: Exception) -> None:
            self.view.report(str(error), error=True)
            self.reload()

        run_job(self, self.tr("Saving…"), lambda _progress: action(factor, effect, version)).success(done).failure(
            failed
        )

    def changed(self, row: int, column: int, level: int) -> None:
        self._edit(
            row,
            column,
            lambda factor, effect, version: self.editor.set_rating(factor, effect, level, version),
            self.tr("Rating of {factor} on {effect} changed."),
        )

    def restore(self) -> None:
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        if row < 0 or column < 0:
            self.view.report(self.tr("Select a rating first."), error=True)
            return
        self._edit(
            row, column, self.editor.restore_rating, self.tr("The article's rating of {factor} on {effect} is back.")
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
        header = ViewHeader(self.tr("Edit catalogue"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take back the last change (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Make the change again (Ctrl+Shift+Z)"))
        self.redo_button.clicked.connect(self.redo)
        header.row.addWidget(self.undo_button)
        header.row.addWidget(self.redo_button)
        self.status = QLabel(self.tr("Changes are saved as you make them; Undo takes them back one by one."))
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
        for widget, label in (
            (self.ratings, self.tr("Ratings")),
            (self.products, self.tr("Products")),
            (self.ingredients, self.tr("Ingredients")),
            (self.categories, self.tr("Effect categories")),
            (self.exosomes, self.tr("Exosome origins")),
            (self.procedures, self.tr("Procedures")),
            (self.layers, self.tr("Layers")),
        ):
            self.tabs.addTab(widget, label)
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

    def forms(self) -> tuple[EntryForm, ...]:
        return (self.products, self.ingredients, self.categories, self.exosomes, self.procedures, self.layers)

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

    def focus_filter(self) -> None:
        self.tabs.currentWidget().setFocus()
