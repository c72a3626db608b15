"""The Ingredients reference: functional ingredients by effect, and the cell-derived ones (growth factors,
stem cell sources, exosome origins), each with its details and source."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.domain import records as r
from dermacounsel.domain.scale import RatingScale
from dermacounsel.services.catalogue import Catalogue
from dermacounsel.ui import provenance
from dermacounsel.ui.language import label_colon
from dermacounsel.ui.name_search import names_of
from dermacounsel.ui.plain_text import literal, plain_label
from dermacounsel.ui.table_model import (
    ROW_ROLE,
    Column,
    PaddedItemDelegate,
    RowTableModel,
    filtering_proxy,
)
from dermacounsel.ui.view_header import ViewHeader


def source_html(source: r.SourceNote, notes: Sequence[tuple[str, str]] = ()) -> str:
    """The "ⓘ Source" badge, carrying the source and any notes on how the article was read."""
    return provenance.badge_html(provenance.with_notes(f"{source.title}. {source.citation}", list(notes)))


def bullets(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>" if items else ""


class IngredientsView(QWidget):
    """Tabs of reference tables with a shared filter box and a details panel for the selected row.

    Attributes:
        filter_box: narrows every tab's table as you type.
        tabs: one tab per kind of ingredient; each tab's label counts its visible rows.
        details: the selected row's full entry, with its source.
    """

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.setObjectName("ingredientsView")
        scale = self.catalogue.rating_scale()
        families = self.catalogue.ingredient_families()
        classes = {c.key: c for c in self.catalogue.cell_derived_classes()}
        functional = self.catalogue.functional_ingredients()
        factors = self.catalogue.growth_factor_cards()
        preparations = self.catalogue.preparations()
        stem_cells = self.catalogue.stem_cell_sources()
        exosomes = self.catalogue.exosome_origins()
        notes = {
            key: self.catalogue.statement(key)
            for key in ("functional-multiple-effects", "growth-factor-overlap", "stem-cell-sources")
        }
        self._scale = scale
        self._preparations = preparations
        self._classes = classes
        self._notes = notes

        header = ViewHeader(self.tr("Ingredients"), self.tr("Filter ingredients, effects, cells…"))
        assert header.filter_box is not None
        self.filter_box = header.filter_box

        family_row = QHBoxLayout()
        for family in families:
            card = QLabel(f"<b>{escape(family.name)}</b><br>{escape(family.description)}")
            card.setObjectName("familyCard")
            card.setWordWrap(True)
            card.setTextFormat(Qt.TextFormat.RichText)
            card.setToolTip(literal(f"{family.source.title}. {family.source.citation}"))
            family_row.addWidget(card, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("ingredientTabs")
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self._tables: list[tuple[str, QTableView, QSortFilterProxyModel, Callable[[Any], str]]] = []

        def names(kind: str) -> Callable[[Any], str]:
            """An entry's key and names in every language the catalogue holds, for the filter box."""
            words = names_of(self.catalogue, kind)
            return lambda entry: words(entry.key)

        self._add_table(
            self.tr("Functional"),
            [
                Column[r.FunctionalIngredient](self.tr("Ingredient"), lambda i: i.name, also=names("ingredient")),
                Column[r.FunctionalIngredient](self.tr("Expected effect"), lambda i: i.category),
            ],
            functional,
            self._functional_html,
        )
        self._add_table(
            self.tr("Growth factors"),
            [
                Column[r.GrowthFactorCard](
                    self.tr("Factor"),
                    lambda g: g.name + (" *" if g.inference_note else ""),
                    also=names("growth factor"),
                ),
                Column[r.GrowthFactorCard](self.tr("Full name"), lambda g: g.full_name or "—"),
                Column[r.GrowthFactorCard](self.tr("Signature feature"), lambda g: g.feature or "—"),
            ],
            factors,
            self._growth_factor_html,
        )
        self._add_table(
            self.tr("Stem cells"),
            [Column[r.NamedEntry](self.tr("Stem cell source"), lambda s: s.name, also=names("stem cell source"))],
            stem_cells,
            self._stem_cell_html,
        )
        self._add_table(
            self.tr("Exosomes"),
            [
                Column[r.NamedEntry](self.tr("Origin"), lambda e: e.name, also=names("exosome origin")),
                Column[r.NamedEntry](self.tr("Effects"), lambda e: ", ".join(e.effects)),
            ],
            exosomes,
            self._exosome_html,
        )

        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.details.setAccessibleName(self.tr("Details of the selected entry"))
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(lambda url: provenance.open_link(self.details, url))
        self.details.document().setDefaultStyleSheet(
            "p.source { color: #4b5d68; font-size: small; } p.inferred { color: #7a4b00; }"
            " td.symbol { font-size: large; color: #1f4e5c; } td.meaning { color: #4b5d68; }"
        )
        self.details.setMinimumWidth(self.DETAILS_MINIMUM)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 400])
        splitter.setChildrenCollapsible(False)

        self.footnote = plain_label()  # the catalogue's statements
        self.footnote.setObjectName("footnote")
        self.footnote.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addWidget(header)
        layout.addLayout(family_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.footnote)

        self.filter_box.textChanged.connect(self._apply_filter)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(0)

    # --- tables -------------------------------------------------------------------------------------

    #: the details panel is never squeezed below this to make room for the tabs
    DETAILS_MINIMUM = 260

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_tabs)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self._fit_tabs)  # presentation's type: wider tab names

    def _fit_tabs(self) -> None:
        """Every tab named whole when the window has room: the tabs take what their names need from the
        details panel (presentation's larger type once hid "Exosomes" behind scroll arrows at 1366x768);
        only a window too narrow for both scrolls the tab bar."""
        sizes = self.splitter.sizes()
        if len(sizes) != 2 or sum(sizes) <= 0:
            return
        needed = self.tabs.tabBar().sizeHint().width() + 8
        room = sum(sizes) - self.DETAILS_MINIMUM
        if sizes[0] < needed:
            left = min(needed, max(sizes[0], room))
            self.splitter.setSizes([left, sum(sizes) - left])

    def _add_table(
        self, label: str, columns: Sequence[Column[Any]], rows: Sequence[Any], html: Callable[[Any], str]
    ) -> None:
        model: RowTableModel[Any] = RowTableModel(columns, rows, self)
        proxy = filtering_proxy(model, self)
        table = QTableView()
        table.setModel(proxy)
        table.setAccessibleName(label)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.setItemDelegate(PaddedItemDelegate(table))
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if len(columns) > 2:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setFrameShape(QFrame.Shape.NoFrame)
        table.selectionModel().selectionChanged.connect(lambda _selected, _deselected, t=table: self._show_details(t))
        self._tables.append((label, table, proxy, html))
        self.tabs.addTab(table, label)
        self._update_tab_label(len(self._tables) - 1)

    def _update_tab_label(self, index: int) -> None:
        label, _table, proxy, _html = self._tables[index]
        total = proxy.sourceModel().rowCount()
        shown = proxy.rowCount()
        count = f"{shown}" if shown == total else f"{shown}/{total}"
        self.tabs.setTabText(index, f"{label} ({count})")

    def _apply_filter(self, text: str) -> None:
        for index, (_label, _table, proxy, _html) in enumerate(self._tables):
            proxy.setFilterFixedString(text.strip())
            self._update_tab_label(index)
        current = self._tables[self.tabs.currentIndex()]
        if current[2].rowCount() == 0:
            # Show the first tab that still has matches, so a search never looks empty when it is not.
            for index, (_label, _table, proxy, _html) in enumerate(self._tables):
                if proxy.rowCount():
                    self.tabs.setCurrentIndex(index)
                    break
        self._show_details(self._tables[self.tabs.currentIndex()][1])

    def _tab_changed(self, index: int) -> None:
        # the Stem cells and Exosomes tabs have no footer: their paragraph is in every entry's details
        # (the footer once repeated it under the details panel showing it)
        footnotes = [
            self._notes["functional-multiple-effects"],
            self._notes["growth-factor-overlap"] + "  * " + self.tr("Inferred from the article's text."),
        ]
        footnote = footnotes[index] if 0 <= index < len(footnotes) else ""
        self.footnote.setText(footnote)
        self.footnote.setVisible(bool(footnote))
        if 0 <= index < len(self._tables):
            table = self._tables[index][1]
            if not table.selectionModel().hasSelection() and table.model().rowCount():
                table.selectRow(0)
            self._show_details(table)

    def _show_details(self, table: QTableView) -> None:
        entry = next((e for e in self._tables if e[1] is table), None)
        if entry is None or table is not self.tabs.currentWidget():
            return
        rows = table.selectionModel().selectedRows()
        if not rows:
            no_entry_matches_text = self.tr("No entry matches the filter.")
            self.details.setHtml(f"<p>{escape(no_entry_matches_text)}</p>")
            return
        self.details.setHtml(entry[3](rows[0].data(ROW_ROLE)))

    def selected_entry(self) -> Any:
        """The row object shown in the details panel, or None."""
        table = self.tabs.currentWidget()
        if not isinstance(table, QTableView):
            return None
        rows = table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    # --- what is set up here, across a rebuild (a language switch) ---------------------------------------

    def view_state(self) -> dict[str, object]:
        """The filter as typed (it finds names in every language), the tab shown, and each tab's selected
        entry by key."""
        selected: list[str | None] = []
        for _label, table, _proxy, _html in self._tables:
            rows = table.selectionModel().selectedRows()
            selected.append(getattr(rows[0].data(ROW_ROLE), "key", None) if rows else None)
        return {"filter": self.filter_box.text(), "tab": self.tabs.currentIndex(), "selected": selected}

    def restore_view_state(self, state: dict[str, object]) -> None:
        self.filter_box.setText(str(state.get("filter", "")))
        selected = state.get("selected")
        for (_label, table, _proxy, _html), key in zip(
            self._tables, selected if isinstance(selected, list) else [], strict=False
        ):
            model = table.model()
            row = next(
                (
                    n
                    for n in range(model.rowCount())
                    if key and getattr(model.index(n, 0).data(ROW_ROLE), "key", None) == key
                ),
                None,
            )
            if row is not None:
                table.selectRow(row)
        tab = state.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        self._show_details(self._tables[self.tabs.currentIndex()][1])

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    TAB_KEYS = ("functional", "growth-factors", "stem-cells", "exosomes")

    def open_link(self, path: str) -> None:
        """`growth-factors/EGF`, `functional/CATEGORY`, `stem-cells`, `exosomes/KEY`: show that tab and
        select the entry (for a category, its first ingredient)."""
        tab, _, key = path.partition("/")
        if tab not in self.TAB_KEYS:
            return
        index = self.TAB_KEYS.index(tab)
        self.filter_box.clear()
        self.show_tab(index)
        table = self._tables[index][1]
        model = table.model()
        for row in range(model.rowCount()):
            entry = model.index(row, 0).data(ROW_ROLE)
            if key and key in (getattr(entry, "key", None), getattr(entry, "category_key", None)):
                table.selectRow(row)
                table.scrollTo(model.index(row, 0))
                return

    # --- details ------------------------------------------------------------------------------------

    def _functional_html(self, item: r.FunctionalIngredient) -> str:
        the_article_names_text = self.tr("The article names it as an example of this effect (its list ends in “etc.”).")
        open_note = f"<p>{escape(the_article_names_text)}</p>" if item.category_is_open else ""
        functional_ingredient_text = self.tr("Functional ingredient")
        expected_effect_text = self.tr("Expected effect")
        return (
            f"<h2>{escape(item.name)}</h2>"
            f"<p><b>{escape(functional_ingredient_text)}</b> · {escape(expected_effect_text)}{label_colon()}"
            f"{escape(item.category)}</p>{open_note}{source_html(item.source)}"
        )

    def _growth_factor_html(self, card: r.GrowthFactorCard) -> str:
        parts = [f"<h2>{escape(card.name)}</h2>"]
        if card.full_name:
            parts.append(f"<p class='subtitle'>{escape(card.full_name)}</p>")
        notes: list[tuple[str, str]] = []  # how the article was read: for the doctor, behind the badge
        if card.inference_note:
            inferred_text = self.tr("Inferred")
            parts.append(
                f"<p class='inferred'><b>{escape(inferred_text)}{label_colon()}</b>"
                f"{escape(provenance.inferred_mark())}</p>"
            )
            notes.append((inferred_text, card.inference_note))
        if card.feature:
            signature_feature_text = self.tr("Signature feature")
            parts.append(f"<p><b>{escape(signature_feature_text)}{label_colon()}</b>{escape(card.feature)}</p>")
        if card.action:
            parts.append(f"<p>{escape(card.action)}</p>")
        if card.target_cells:
            target_cells_text = self.tr("Target cells")
            parts.append(
                f"<p><b>{escape(target_cells_text)}{label_colon()}</b>{escape(', '.join(card.target_cells))}</p>"
            )
        if card.layers:
            inferred_label = self.tr("inferred")
            layers = ", ".join(
                escape(link.name) + (f" <i>({escape(inferred_label)})</i>" if link.inferred else "")
                for link in card.layers
            )
            acts_in_text = self.tr("Acts in")
            parts.append(f"<p><b>{escape(acts_in_text)}{label_colon()}</b>{layers}</p>")
        if card.ratings:
            rated_effects_text = self.tr("Rated effects")
            parts.append(f"<h3>{escape(rated_effects_text)}</h3>")
            parts.append(self._ratings_table(card.ratings, self._scale))
        if card.expected_effects:
            expected_effects_text = self.tr("Expected effects")
            parts.append(f"<h3>{escape(expected_effects_text)}</h3>{bullets(card.expected_effects)}")
        if not card.rated:
            the_article_does_text = self.tr("The article does not rate this growth factor.")
            parts.append(f"<p>{escape(the_article_does_text)}</p>")
        for preparation in self._preparations:
            if card.name in preparation.growth_factors:
                contains_it_with_text = self.tr("contains it, with")
                parts.append(
                    f"<p><b>{escape(preparation.name)}</b> ({escape(preparation.full_name)}) "
                    f"{escape(contains_it_with_text)} "
                    f"{escape(', '.join(g for g in preparation.growth_factors if g != card.name))}. "
                    f"{escape(preparation.description)}</p>"
                )
        parts.append(source_html(card.source, notes))
        return "".join(parts)

    @staticmethod
    def _ratings_table(ratings: Sequence[r.Rating], scale: RatingScale) -> str:
        rows = "".join(
            f"<tr><td class='symbol'>{escape(scale.symbol(rating.level))}</td><td>{escape(rating.effect)}</td>"
            f"<td class='meaning'>{escape(scale.step(rating.level).label)}</td></tr>"
            for rating in ratings
        )
        return f"<table class='ratings' cellspacing='0' cellpadding='3'>{rows}</table>"

    def _stem_cell_html(self, entry: r.NamedEntry) -> str:
        medium = self._classes.get("stem-cell-culture-medium")
        return (
            f"<h2>{escape(entry.name)}</h2><p>{escape(self._notes['stem-cell-sources'])}</p>"
            + (f"<h3>{escape(medium.name)}</h3><p>{escape(medium.description)}</p>" if medium else "")
            + source_html(entry.source)
        )

    def _exosome_html(self, entry: r.NamedEntry) -> str:
        exosomes = self._classes.get("exosomes")
        exosomes_text = self.tr("exosomes")
        effects_text = self.tr("Effects")
        return (
            f"<h2>{escape(entry.name)} {escape(exosomes_text)}</h2>"
            f"<h3>{escape(effects_text)}</h3>{bullets(entry.effects)}"
            + (f"<p>{escape(exosomes.description)}</p>" if exosomes else "")
            + source_html(entry.source)
        )
