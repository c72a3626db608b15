"""The catalogue editor, shown only in "Edit catalogue" mode: ratings, products, ingredients, exosome
origins, procedures and layer descriptions, with validation as you type, undo, confirmation before
deleting, and provenance ("edited by the clinic" with the date, or the article) on every form."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.storage import catalogue_file as f
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.storage.editing import CatalogueEditor, EditError, edit_date
from dermacounsel.ui.plain_text import literal, plain_label
from dermacounsel.ui.view_header import ViewHeader

KINDS = (
    ("growth-factor", "Growth factor"),
    ("stem-cell", "Stem cell or culture"),
    ("exosome", "Exosome"),
    ("other", "Other active"),
    ("functional", "Functional ingredient"),
)
NO_LINK = ""


class ConfirmDelete:
    """Asks before anything is deleted; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, what: str) -> bool:
        answer = QMessageBox.question(
            parent,
            parent.tr("Delete?"),
            parent.tr("Delete {what}? You can undo this with Ctrl+Z.").format(what=what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "item"


def provenance(source_key: str) -> str:
    day = edit_date(source_key)
    if day is not None:
        return f"Edited by the clinic on {day.strftime('%d %B %Y')}"
    return {"article": "From the article", "makers": "Maker information", "anatomy": "Plain-language anatomy"}.get(
        source_key, f"Source: {source_key}"
    )


class EntryForm(QWidget):
    """A list of entries on the left and a form on the right, with Save, Delete, Restore and New.

    Subclasses provide the fields (`build_fields`), fill them (`load`), read them back (`entry`), and
    check them as the user types (`problem`)."""

    kind = ""
    can_add = True

    def __init__(self, view: EditorView) -> None:
        super().__init__()
        self.view = view
        self.editor = view.editor
        self.current: str | None = None
        self.entries = QListWidget()
        self.entries.setObjectName("choiceList")
        self.entries.setMinimumWidth(240)
        self.entries.setMaximumWidth(320)
        self.form = QFormLayout()
        self.error = plain_label()  # messages quote the entry's text
        self.error.setObjectName("fieldError")
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
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.error)
        right.addWidget(self.source)
        right.addLayout(buttons)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.entries, 1)
        left.addWidget(self.new_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
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
    def items(self, doc: f.CatalogueDocument) -> list[tuple[str, str, str]]: ...  # (key, label, source)
    def load(self, doc: f.CatalogueDocument, key: str | None) -> None: ...
    def entry(self, doc: f.CatalogueDocument) -> Any: ...
    def problem(self) -> str | None: ...

    def in_article(self, key: str) -> bool:
        """Whether the article has its own version of this entry to restore."""
        return self.editor.in_article(self.kind, key)

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

    def reload(self, keep: str | None = None) -> None:
        doc = self.editor.document()
        self.entries.blockSignals(True)
        self.entries.clear()
        for key, label, source in self.items(doc):
            item = QListWidgetItem(label + (" ✎" if edit_date(source) else ""))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(literal(provenance(source)))
            self.entries.addItem(item)
        self.entries.blockSignals(False)
        target = keep if keep is not None else self.current
        rows = [self.entries.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.entries.count())]
        if target in rows:
            self.entries.setCurrentRow(rows.index(target))
            self.select(target, doc)
        elif rows:
            self.entries.setCurrentRow(0)
            self.select(rows[0], doc)
        else:
            self.select(None, doc)

    def select(self, key: str | None, doc: f.CatalogueDocument | None = None) -> None:
        doc = doc or self.editor.document()
        self.current = key
        self.load(doc, key)
        source = next((s for k, _label, s in self.items(doc) if k == key), "")
        self.source.setText(provenance(source) if key else self.tr("New entry: saved as the clinic's"))
        self.restore_button.setEnabled(bool(key) and self.in_article(key or "") and bool(edit_date(source)))
        self.delete_button.setEnabled(bool(key))
        self.validate()

    def run(self, action: Callable[[], None], success: str) -> bool:
        try:
            action()
        except EditError as error:
            self.error.setText(str(error))
            return False
        self.view.changed(success)
        return True

    def save(self) -> None:
        entry = self.entry(self.editor.document())
        name = CatalogueEditor._identity(entry)
        if self.run(
            lambda: self.editor.save(self.kind, self.current, entry), self.tr("Saved {name}.").format(name=name)
        ):
            self.reload(keep=self.key_of(entry))

    def key_of(self, entry: Any) -> str:
        return CatalogueEditor._identity(entry)

    def delete(self) -> None:
        if self.current and ConfirmDelete.ask(self, f"{self.kind} {self.current}"):
            name = self.current
            if self.run(lambda: self.editor.delete(self.kind, name), self.tr("Deleted {name}.").format(name=name)):
                self.current = None
                self.reload()

    def restore(self) -> None:
        if self.current:
            name = self.current
            if self.run(
                lambda: self.editor.restore(self.kind, name),
                self.tr("Restored the article's {name}.").format(name=name),
            ):
                self.reload(keep=name)


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

    def link_choices(self, doc: f.CatalogueDocument) -> list[tuple[str, str]]:
        choices = [(NO_LINK, self.tr("— not in the catalogue —"))]
        choices += [(f"growth_factor:{g.key}", f"{g.name['en']} (growth factor)") for g in doc.growth_factors]
        choices += [
            (f"ingredient:{i.key}", f"{i.name['en']} (ingredient)")
            for c in doc.ingredient_categories
            for i in c.ingredients
        ]
        choices += [(f"stem_cell_source:{s.key}", f"{s.name['en']} (stem cells)") for s in doc.stem_cell_sources]
        choices += [(f"exosome_origin:{e.key}", f"{e.name['en']} (exosomes)") for e in doc.exosome_origins]
        return choices

    def add_component(self, kind: str, name: str, link: str) -> None:
        row = self.components.rowCount()
        self.components.insertRow(row)
        kinds = QComboBox()
        for key, label in KINDS:
            kinds.addItem(self.tr(label), key)
        kinds.setCurrentIndex([k for k, _ in KINDS].index(kind))
        self.components.setCellWidget(row, 0, kinds)
        self.components.setItem(row, 1, QTableWidgetItem(name))
        links = QComboBox()
        for key, label in self.link_choices(self._doc):
            links.addItem(label, key)
        links.setCurrentIndex(max(0, links.findData(link)))
        self.components.setCellWidget(row, 2, links)

    def remove_component(self) -> None:
        row = self.components.currentRow()
        if row >= 0:
            self.components.removeRow(row)

    def items(self, doc: f.CatalogueDocument) -> list[tuple[str, str, str]]:
        return [(p.name["en"], p.name["en"], p.source) for p in doc.products]

    def load(self, doc: f.CatalogueDocument, key: str | None) -> None:
        self._doc = doc
        product = next((p for p in doc.products if p.name["en"] == key), None)
        self.name.setText(product.name["en"] if product else "")
        self.maker.setText(product.maker.name["en"] if product and product.maker else "")
        self.components.setRowCount(0)
        self.open_factors.setChecked(False)
        for component in product.components if product else []:
            if component.items:
                self.open_factors.setChecked(component.open)
            for entry in component.items or [component]:
                link = next(
                    (
                        f"{field}:{getattr(entry, field)}"
                        for field in ("growth_factor", "ingredient", "stem_cell_source", "exosome_origin")
                        if getattr(entry, field)
                    ),
                    NO_LINK,
                )
                self.add_component(component.kind, entry.name["en"], link)
        self.cautions.setPlainText("\n".join(c.text["en"] for c in product.cautions) if product else "")
        self.notes.setPlainText(product.notes["en"] if product and product.notes else "")

    def problem(self) -> str | None:
        name = self.name.text().strip()
        if not name:
            return self.tr("A product needs a name.")
        taken = [p.name["en"] for p in self._doc.products if p.name["en"] != self.current]
        if name.casefold() in (t.casefold() for t in taken):
            return self.tr("A product called {name} exists already.").format(name=name)
        return None

    def entry(self, doc: f.CatalogueDocument) -> f.ProductEntry:
        original = next((p for p in doc.products if p.name["en"] == self.current), None)
        factors: list[f.ComponentItem] = []
        components: list[f.ComponentEntry] = []
        factor_slot: int | None = None
        for row in range(self.components.rowCount()):
            kind = self.components.cellWidget(row, 0).currentData()
            name_item = self.components.item(row, 1)
            link = self.components.cellWidget(row, 2).currentData() or ""
            label = (name_item.text().strip() if name_item else "") or self.components.cellWidget(
                row, 2
            ).currentText().split(" (")[0]
            if not label or label.startswith("—"):
                continue
            field, _, key = link.partition(":")
            links = {field: key} if field else {}
            if kind == "growth-factor":
                factor_slot = len(components) if factor_slot is None else factor_slot
                factors.append(f.ComponentItem(name={"en": label}, **links))
            else:
                components.append(f.ComponentEntry(kind=kind, name={"en": label}, **links))
        if factors:
            group_name = (
                next(
                    (c.name for c in original.components if c.kind == "growth-factor" and c.items),
                    {"en": "Growth factors"},
                )
                if original
                else {"en": "Growth factors"}
            )
            group = f.ComponentEntry(
                kind="growth-factor", name=group_name, open=self.open_factors.isChecked(), items=factors
            )
            components.insert(factor_slot or 0, group)
        name = self.name.text().strip()
        names = dict(original.name) if original else {}
        names["en"] = name
        maker = self.maker.text().strip()
        return f.ProductEntry(
            name=names,
            maker=f.Maker(
                name={"en": maker},
                source="makers" if original and original.maker and original.maker.name["en"] == maker else "article",
            )
            if maker
            else None,
            components=components,
            cautions=[f.CautionEntry(text={"en": c}, source="article") for c in lines(self.cautions.toPlainText())],
            notes={"en": self.notes.toPlainText().strip()} if self.notes.toPlainText().strip() else None,
            source="article",
        )


class SimpleForm(EntryForm):
    """Forms of a name, one text and an optional list: exosome origins, procedures, layers."""

    section = ""
    text_field = ""
    list_field = ""

    def build_fields(self) -> None:
        self.name = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(110)
        self.list = QPlainTextEdit()
        self.list.setFixedHeight(110)
        self.list.setPlaceholderText(self.tr("One per line"))
        self.form.addRow(self.tr("Name"), self.name)
        if self.text_field:
            self.form.addRow(self.tr("Description"), self.text)
        if self.list_field:
            self.form.addRow(self.tr("Effects") if self.list_field == "effects" else self.tr("Notes"), self.list)
        self.watch(self.name, self.text, self.list)

    def items(self, doc: f.CatalogueDocument) -> list[tuple[str, str, str]]:
        return [(e.key, e.name["en"], e.source) for e in getattr(doc, self.section)]

    def load(self, doc: f.CatalogueDocument, key: str | None) -> None:
        self._doc = doc
        entry = next((e for e in getattr(doc, self.section) if e.key == key), None)
        self.name.setText(entry.name["en"] if entry else "")
        if self.text_field:
            self.text.setPlainText(getattr(entry, self.text_field)["en"] if entry else "")
        if self.list_field:
            self.list.setPlainText("\n".join(x["en"] for x in getattr(entry, self.list_field)) if entry else "")

    def problem(self) -> str | None:
        name = self.name.text().strip()
        if not name:
            return self.tr("A name is required.")
        if self.text_field and not self.text.toPlainText().strip():
            return self.tr("A description is required.")
        if self.list_field == "effects" and not lines(self.list.toPlainText()):
            return self.tr("Give at least one effect.")
        taken = [e.name["en"].casefold() for e in getattr(self._doc, self.section) if e.key != self.current]
        if name.casefold() in taken:
            return self.tr("{name} exists already.").format(name=name)
        return None

    def entry(self, doc: f.CatalogueDocument) -> Any:
        original = next((e for e in getattr(doc, self.section) if e.key == self.current), None)
        name = self.name.text().strip()
        update: dict[str, Any] = {"name": {**(original.name if original else {}), "en": name}}
        if self.text_field:
            update[self.text_field] = {"en": self.text.toPlainText().strip()}
        if self.list_field:
            update[self.list_field] = [{"en": line} for line in lines(self.list.toPlainText())]
        if original is not None:
            return original.model_copy(update=update)
        return self.new_entry(slug(name), update)

    def new_entry(self, key: str, update: dict[str, Any]) -> Any:
        raise NotImplementedError

    def key_of(self, entry: Any) -> str:
        return str(entry.key)


class ExosomeForm(SimpleForm):
    kind, section, list_field = "exosome origin", "exosome_origins", "effects"

    def new_entry(self, key: str, update: dict[str, Any]) -> Any:
        return f.ExosomeOriginEntry(key=key, source="article", **update)


class CategoryForm(SimpleForm):
    """The expected effects functional ingredients are filed under; deleting one takes its ingredients."""

    kind, section = "ingredient category", "ingredient_categories"

    def new_entry(self, key: str, update: dict[str, Any]) -> Any:
        return f.IngredientCategoryEntry(key=key, open=True, source="article", ingredients=[], **update)


class ProcedureForm(SimpleForm):
    kind, section, text_field, list_field = "procedure", "procedures", "description", "notes"
    can_add = False


class LayerForm(SimpleForm):
    kind, section, text_field = "layer", "layers", "description"
    can_add = False


class IngredientForm(EntryForm):
    kind = "ingredient"

    def build_fields(self) -> None:
        self.name = QLineEdit()
        self.category = QComboBox()
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Expected effect"), self.category)
        self.watch(self.name, self.category)

    def items(self, doc: f.CatalogueDocument) -> list[tuple[str, str, str]]:
        return [
            (i.key, f"{i.name['en']} — {c.name['en']}", i.source or c.source)
            for c in doc.ingredient_categories
            for i in c.ingredients
        ]

    def load(self, doc: f.CatalogueDocument, key: str | None) -> None:
        self._doc = doc
        self.category.blockSignals(True)
        self.category.clear()
        for c in doc.ingredient_categories:
            self.category.addItem(c.name["en"], c.key)
        self.category.blockSignals(False)
        found = next(((c, i) for c in doc.ingredient_categories for i in c.ingredients if i.key == key), None)
        self.name.setText(found[1].name["en"] if found else "")
        if found:
            self.category.setCurrentIndex(self.category.findData(found[0].key))

    def problem(self) -> str | None:
        name = self.name.text().strip()
        if not name:
            return self.tr("An ingredient needs a name.")
        taken = [
            i.name["en"].casefold()
            for c in self._doc.ingredient_categories
            for i in c.ingredients
            if i.key != self.current
        ]
        if name.casefold() in taken:
            return self.tr("{name} exists already.").format(name=name)
        return None

    def save(self) -> None:
        name = self.name.text().strip()
        key = self.current or slug(name)
        entry = f.IngredientEntry(key=key, name={"en": name})
        category = str(self.category.currentData())
        if self.run(
            lambda: self.editor.save_ingredient(category, self.current, entry),
            self.tr("Saved {name}.").format(name=name),
        ):
            self.reload(keep=key)

    def delete(self) -> None:
        if self.current and ConfirmDelete.ask(self, f"ingredient {self.current}"):
            key = self.current
            if self.run(lambda: self.editor.delete_ingredient(key), self.tr("Deleted {key}.").format(key=key)):
                self.current = None
                self.reload()

    def restore(self) -> None:
        if self.current:
            key = self.current
            if self.run(lambda: self.editor.restore_ingredient(key), self.tr("Restored {key}.").format(key=key)):
                self.reload(keep=key)

    def in_article(self, key: str) -> bool:
        return any(i.key == key for c in self.editor.seed().ingredient_categories for i in c.ingredients)


class RatingsForm(QWidget):
    """The article's 36 ratings as a grid of choices; the clinic's changes are marked."""

    def __init__(self, view: EditorView) -> None:
        super().__init__()
        self.view = view
        self.editor = view.editor
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

    def reload(self) -> None:
        doc = self.editor.document()
        self._doc = doc
        factors = [g for g in doc.growth_factors if g.rated]
        self.factors = [g.key for g in factors]
        self.effects = [e.key for e in doc.effects]
        self.grid.clear()
        self.grid.setRowCount(len(factors))
        self.grid.setColumnCount(len(doc.effects))
        self.grid.setHorizontalHeaderLabels(
            [textwrap.fill(e.name["en"], 16, break_long_words=False) for e in doc.effects]
        )
        self.grid.horizontalHeader().setMinimumHeight(56)
        self.grid.setVerticalHeaderLabels([g.name["en"] for g in factors])
        steps = sorted(doc.scale, key=lambda s: -s.level)
        for row, factor in enumerate(factors):
            for column, effect in enumerate(doc.effects):
                rating = factor.ratings.get(effect.key)
                level = rating if isinstance(rating, int) else rating.level if rating else 0
                source = rating.source if isinstance(rating, f.RatingEntry) else factor.source
                box = QComboBox()
                box.setObjectName("ratingBox")
                for step in steps:
                    box.addItem(f"{step.symbol} {step.label['en'].lower()}", step.level)
                box.setCurrentIndex(box.findData(level))
                edited = edit_date(source) is not None
                box.setToolTip(literal(provenance(source)))
                box.setAccessibleName(f"{factor.name['en']}, {effect.name['en']}")
                if edited:
                    box.setItemText(box.currentIndex(), "✎ " + box.currentText())
                    box.setStyleSheet("QComboBox { background: #fbf0d9; }")
                box.currentIndexChanged.connect(
                    lambda _i, r=row, c=column, b=box: self.changed(r, c, int(b.currentData()))
                )
                self.grid.setCellWidget(row, column, box)

    def box(self, factor: str, effect: str) -> QComboBox:
        widget = self.grid.cellWidget(self.factors.index(factor), self.effects.index(effect))
        assert isinstance(widget, QComboBox)
        return widget

    def changed(self, row: int, column: int, level: int) -> None:
        factor, effect = self.factors[row], self.effects[column]
        try:
            self.editor.set_rating(factor, effect, level)
        except EditError as error:
            self.view.report(str(error), error=True)
            return
        self.view.changed(self.tr("Rating of {factor} on {effect} changed.").format(factor=factor, effect=effect))
        self.reload()
        self.grid.setCurrentCell(row, column)

    def restore(self) -> None:
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        if row < 0 or column < 0:
            self.view.report(self.tr("Select a rating first."), error=True)
            return
        factor, effect = self.factors[row], self.effects[column]
        try:
            self.editor.restore_rating(factor, effect)
        except EditError as error:
            self.view.report(str(error), error=True)
            return
        self.view.changed(
            self.tr("The article's rating of {factor} on {effect} is back.").format(factor=factor, effect=effect)
        )
        self.reload()


class EditorView(QWidget):
    """Tabs of forms over one CatalogueEditor, an Undo button and a status line.

    Signals:
        catalogue_changed(): the catalogue was changed; other views should read it again.
    """

    catalogue_changed = Signal()

    def __init__(self, database: CatalogueDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorView")
        self.editor = CatalogueEditor(database)
        header = ViewHeader(self.tr("Edit catalogue"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take back the last change (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        header.row.addWidget(self.undo_button)
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
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_undo()

    def report(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #9b1c1c; font-weight: 600;" if error else "")

    def changed(self, text: str) -> None:
        self.report(text)
        self._update_undo()
        # forms offer choices from other parts (categories for ingredients, ingredients for products)
        for form in (self.products, self.ingredients):
            if form is not self.tabs.currentWidget():
                form.reload()
        self.catalogue_changed.emit()

    def _update_undo(self) -> None:
        description = self.editor.undo_description()
        self.undo_button.setEnabled(description is not None)
        self.undo_button.setText(self.tr("Undo {what}").format(what=description) if description else self.tr("Undo"))

    def undo(self) -> None:
        description = self.editor.undo()
        if description is None:
            return
        for form in (self.products, self.ingredients, self.categories, self.exosomes, self.procedures, self.layers):
            form.reload()
        self.ratings.reload()
        self.changed(self.tr("Undid: {what}.").format(what=description))

    def focus_filter(self) -> None:
        self.tabs.currentWidget().setFocus()
