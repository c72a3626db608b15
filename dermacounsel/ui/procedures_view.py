"""The Procedures comparison: the four delivery procedures side by side, one column each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.domain import records as r
from dermacounsel.domain.explorer import reach_phrase
from dermacounsel.services.catalogue import Catalogue
from dermacounsel.ui import provenance
from dermacounsel.ui.language import label_colon
from dermacounsel.ui.name_search import fold, names_of
from dermacounsel.ui.table_model import Column, PaddedItemDelegate, RowTableModel, filtering_proxy
from dermacounsel.ui.view_header import ViewHeader
from dermacounsel.ui.wrapping_header import WrappingHeader


@dataclass(frozen=True)
class Attribute:
    """One row of the comparison: a property, and how each procedure has it."""

    title: str
    value: Callable[[r.ProcedureCard], str]
    #: what else the filter finds the row by: the names in every language of what it names (a layer)
    words: str = ""
    #: likewise for a procedure's value (the layers it reaches)
    value_words: Callable[[r.ProcedureCard], str] | None = None


def procedure_column(card: r.ProcedureCard) -> Column[Attribute]:
    """The column of one procedure: each attribute's value for it, its description as the tooltip."""
    return Column[Attribute](
        card.name,
        lambda attribute: attribute.value(card),
        lambda _attribute: card.description,
        also=lambda attribute: attribute.value_words(card) if attribute.value_words else "",
    )


def format_mm(value: float) -> str:
    return f"{value:.1f}"


class ProceduresView(QWidget):
    """A table with one column per procedure and one row per property, under a filter box.

    Attributes:
        table: the comparison; rows are properties, columns procedures.
        filter_box: keeps the rows whose property or any procedure's value contains the text.
    """

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.setObjectName("proceduresView")
        procedures = self.catalogue.procedure_cards()
        layers = [layer for layer in self.catalogue.layers() if layer.parent_key is None]
        notes = [self.catalogue.statement(key) for key in ("procedure-stars", "procedure-notes-reading")]
        self.procedures = procedures
        extent_words = {
            "whole": self.tr("✓ Yes"),
            "upper": self.tr("✓ Top part"),
            "central": self.tr("✓ Down to its middle"),
        }

        def reaches(layer: r.LayerInfo) -> Callable[[r.ProcedureCard], str]:
            def value(card: r.ProcedureCard) -> str:
                if card.systemic:
                    return self.tr("Systemic")
                extent = next((x.extent for x in card.reach if x.layer_key == layer.key), None)
                return extent_words[extent] if extent else "—"

            return value

        def working_range(card: r.ProcedureCard) -> str:
            if card.systemic:
                return self.tr("Whole body (systemic)")
            # one continuous range, as a needle goes (never with gaps), phrased in the catalogue's language
            text = reach_phrase(card, self.catalogue.language)
            return text[:1].upper() + text[1:]

        def needle_depth(card: r.ProcedureCard) -> str:
            if card.needle_depth_mm is None:
                return "—"
            low, high, step = card.needle_depth_mm
            return self.tr("{low} to {high} mm, in {step} mm steps").format(
                low=format_mm(low), high=format_mm(high), step=format_mm(step)
            )

        uptake_words = {"passive": self.tr("Passive"), "active": self.tr("Active")}

        def what_it_is(card: r.ProcedureCard) -> str:
            if card.description_source is None:
                return card.description
            return self.tr("{description}\n(not from the article: {source})").format(
                description=card.description, source=card.description_source.title
            )

        layer_words = names_of(self.catalogue, "layer")

        def reached_words(card: r.ProcedureCard) -> str:
            return "\n".join(layer_words(reach.layer_key) for reach in card.reach)

        attributes = [
            Attribute(self.tr("What it is"), what_it_is),
            Attribute(self.tr("Working range"), working_range, value_words=reached_words),
            *[
                Attribute(self.tr("Reaches: {layer}").format(layer=layer.name), reaches(layer), layer_words(layer.key))
                for layer in layers
            ],
            Attribute(self.tr("Uptake of the solution"), lambda c: uptake_words.get(c.uptake, c.uptake)),
            Attribute(self.tr("Needle depth"), needle_depth),
            Attribute(self.tr("Other"), lambda c: "\n".join(c.notes) or "—"),
        ]
        columns = [Column[Attribute]("", lambda a: a.title, also=lambda a: a.words)]
        columns += [procedure_column(card) for card in procedures]
        procedure_words = names_of(self.catalogue, "procedure")
        #: each procedure's key and names in every language: typing one shows its column
        self.procedure_words = {card.key: procedure_words(card.key) for card in procedures}
        self.model: RowTableModel[Attribute] = RowTableModel(columns, attributes, self)
        self.proxy = filtering_proxy(self.model, self)

        header = ViewHeader(self.tr("Procedures"), self.tr("Filter properties or values…"))
        assert header.filter_box is not None
        self.filter_box = header.filter_box
        subtitle = QLabel(
            self.tr(
                "How each procedure delivers a formulation: the layers it reaches, how the skin takes up "
                "the solution, and what to expect."
            )
        )
        subtitle.setObjectName("subtitle")
        subtitle.setWordWrap(True)

        self.table = QTableView()
        self.table.setObjectName("procedureTable")
        self.table.setAccessibleName(self.tr("Procedures compared"))
        self.table.setHorizontalHeader(WrappingHeader(self.table))  # "Physician injection" never cut
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(PaddedItemDelegate(self.table))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 190)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        for column in range(1, len(columns)):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        sources = {card.source.key: card.source for card in procedures}
        depth_sources = {
            card.needle_depth_source.key: card.needle_depth_source for card in procedures if card.needle_depth_source
        }
        source_lines = [f"{s.title}: {s.citation}" for s in sources.values()]
        needle_depth_text = self.tr("Needle depth")
        source_lines += [f"{needle_depth_text}{label_colon()}{s.citation}" for s in depth_sources.values()]
        described = {
            card.description_source.key: card.description_source for card in procedures if card.description_source
        }
        source_lines += [f"{s.title}: {s.citation}" for s in described.values()]
        # the reading notes and sources behind a discreet badge the doctor can open, not a paragraph
        self.footnote = provenance.SourceBadge("\n".join([" ".join(notes), *source_lines]))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addWidget(header)
        layout.addWidget(subtitle)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footnote, 0, Qt.AlignmentFlag.AlignRight)
        self.filter_box.textChanged.connect(self._apply_filter)

    def _apply_filter(self, text: str) -> None:
        """A procedure's key or name (in any language, as its beginning is typed) shows that procedure's
        column, every row of it; anything else keeps the rows whose property or values contain it."""
        typed = fold(text.strip())
        named = {
            key
            for key, words in self.procedure_words.items()
            if typed and any(fold(w).startswith(typed) for w in words.splitlines())
        }
        for column, card in enumerate(self.procedures, start=1):
            self.table.setColumnHidden(column, bool(named) and card.key not in named)
        self.proxy.setFilterFixedString("" if named else text.strip())

    def shown_procedures(self) -> list[str]:
        """The keys of the procedures whose columns are shown."""
        return [
            card.key for column, card in enumerate(self.procedures, start=1) if not self.table.isColumnHidden(column)
        ]

    def open_link(self, path: str) -> None:
        """`procedure/KEY` highlights that procedure's column."""
        kind, _, key = path.partition("/")
        keys = [card.key for card in self.procedures]
        if kind == "procedure" and key in keys:
            self.filter_box.clear()
            self.table.selectColumn(keys.index(key) + 1)

    def selected_procedure(self) -> str | None:
        columns = self.table.selectionModel().selectedColumns()
        return self.procedures[columns[0].column() - 1].key if columns and columns[0].column() > 0 else None

    def view_state(self) -> dict[str, object]:
        """The filter as typed (it finds names in every language) and the procedure selected, by key."""
        return {"filter": self.filter_box.text(), "procedure": self.selected_procedure()}

    def restore_view_state(self, state: dict[str, object]) -> None:
        self.filter_box.setText(str(state.get("filter", "")))
        keys = [card.key for card in self.procedures]
        if state.get("procedure") in keys:
            self.table.selectColumn(keys.index(str(state["procedure"])) + 1)

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()
