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
from dermacounsel.ui.table_model import Column, PaddedItemDelegate, RowTableModel, filtering_proxy
from dermacounsel.ui.view_header import ViewHeader
from dermacounsel.ui.wrapping_header import WrappingHeader


@dataclass(frozen=True)
class Attribute:
    """One row of the comparison: a property, and how each procedure has it."""

    title: str
    value: Callable[[r.ProcedureCard], str]


def procedure_column(card: r.ProcedureCard) -> Column[Attribute]:
    """The column of one procedure: each attribute's value for it, its description as the tooltip."""
    return Column[Attribute](card.name, lambda attribute: attribute.value(card), lambda _attribute: card.description)


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
            text = reach_phrase(
                card, self.catalogue.language
            )  # one continuous range, as a needle goes: never with gaps
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

        attributes = [
            Attribute(self.tr("What it is"), what_it_is),
            Attribute(self.tr("Working range"), working_range),
            *[Attribute(self.tr("Reaches: {layer}").format(layer=layer.name), reaches(layer)) for layer in layers],
            Attribute(self.tr("Uptake of the solution"), lambda c: uptake_words.get(c.uptake, c.uptake)),
            Attribute(self.tr("Needle depth"), needle_depth),
            Attribute(self.tr("Other"), lambda c: "\n".join(c.notes) or "—"),
        ]
        columns = [Column[Attribute]("", lambda a: a.title)] + [procedure_column(card) for card in procedures]
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
        source_lines += [f"{needle_depth_text}: {s.citation}" for s in depth_sources.values()]
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
        self.proxy.setFilterFixedString(text.strip())

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

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()
