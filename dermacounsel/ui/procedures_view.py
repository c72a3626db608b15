"""The Procedures comparison: the four delivery procedures side by side, one column each, under a
picture of each one's reach."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
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
from dermacounsel.ui.skin_picture import reach_picture
from dermacounsel.ui.table_model import (
    ROW_ROLE,
    AnyIndex,
    Column,
    PaddedItemDelegate,
    RowTableModel,
    filtering_proxy,
)
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
    #: the row of pictures: each procedure's reach drawn on the skin section, in place of a text
    picture: bool = False
    #: the working range or a layer reached: a systemic procedure's one cell spans these rows
    reach: bool = False
    #: prose (the description, the notes): at most CLAMPED_LINES lines until the row is clicked open
    clamp: bool = False


#: a cell shows at most this many lines until its row is clicked open; its tooltip has all of it
CLAMPED_LINES = 3
#: the pictures' row is this many lines of the table's type tall (so it grows with presentation's type)
PICTURE_LINES = 7


class ProcedureTableModel(RowTableModel[Attribute]):
    """The comparison, with each procedure's reach picture as the decoration of the pictures' row."""

    def __init__(
        self,
        columns: list[Column[Attribute]],
        rows: list[Attribute],
        pictures: list[QImage],
        systemic: set[int],
        parent: Any = None,
    ) -> None:
        super().__init__(columns, rows, parent)
        self.pictures = pictures
        #: the columns of systemic procedures, whose one reach cell spans many rows
        self.systemic = systemic

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() > 0 and self.row_at(index.row()).picture:
            if role == Qt.ItemDataRole.DecorationRole:
                return self.pictures[index.column() - 1]
            if role == Qt.ItemDataRole.DisplayRole:
                return ""  # the picture says it; its tooltip and accessible text say it in words
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return super().data(index, Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() in self.systemic:
            if self.row_at(index.row()).reach:  # at the top of its tall span, where the rows begin: never scrolled off
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return super().data(index, role)


class ProcedureDelegate(PaddedItemDelegate):
    """Draws the reach pictures whole and centred; clamps long text to CLAMPED_LINES lines (elided, the
    whole text in the tooltip) unless its row was clicked open; a systemic procedure's spanning cell asks
    no height of its own in the rows it covers."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        #: the titles of the rows clicked open, shown whole
        self.opened: set[str] = set()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        picture = index.data(Qt.ItemDataRole.DecorationRole)
        if not isinstance(picture, QImage):
            super().paint(painter, option, index)
            return
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        background.icon = QIcon()
        background.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        room = option.rect.adjusted(self.HORIZONTAL, self.VERTICAL, -self.HORIZONTAL, -self.VERTICAL)
        size = picture.size().scaled(room.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(room.center())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, picture)
        painter.restore()

    def full_size(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return super().sizeHint(option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        line = option.fontMetrics.lineSpacing()
        if isinstance(index.data(Qt.ItemDataRole.DecorationRole), QImage):
            return QSize(0, PICTURE_LINES * line + 2 * self.VERTICAL)
        hint = self.full_size(option, index)
        if self.table.rowSpan(index.row(), index.column()) > 1:
            return QSize(hint.width(), 0)  # the spanning cell has the height of every row it covers
        attribute: Attribute = index.data(ROW_ROLE)
        if not attribute.clamp or attribute.title in self.opened:
            return hint
        return QSize(hint.width(), min(hint.height(), CLAMPED_LINES * line + 2 * self.VERTICAL))

    def clamped(self, index: QModelIndex) -> bool:
        """Whether the cell shows less than its whole text (its row is not open and the text is long)."""
        option = QStyleOptionViewItem()
        option.initFrom(self.table)
        option.rect = self.table.visualRect(index)
        option.font = self.table.font()
        option.fontMetrics = self.table.fontMetrics()
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        if self.table.rowSpan(index.row(), index.column()) > 1:
            return False
        return self.full_size(option, index).height() > self.sizeHint(option, index).height()


def procedure_column(card: r.ProcedureCard) -> Column[Attribute]:
    """The column of one procedure: each attribute's value for it, its description as the tooltip."""
    return Column[Attribute](
        card.name,
        lambda attribute: attribute.value(card),
        # the picture's tooltip says the reach in words; every other cell's tooltip has the whole description
        lambda attribute: attribute.value(card) if attribute.picture else card.description,
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
                if card.systemic:  # shown once: this cell is covered by the working range's spanning one
                    return self.tr("Whole body (systemic)")
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

        layer_words = names_of(self.catalogue, "layer")

        def reached_words(card: r.ProcedureCard) -> str:
            return "\n".join(layer_words(reach.layer_key) for reach in card.reach)

        # the pictures, then the one-line rows, the reach in words, and the prose last and clamped
        # (its whole text in the tooltip, or click it)
        attributes = [
            Attribute(self.tr("How deep it reaches"), working_range, picture=True),
            Attribute(self.tr("Needle depth"), needle_depth),
            Attribute(self.tr("Uptake of the solution"), lambda c: uptake_words.get(c.uptake, c.uptake)),
            Attribute(self.tr("Working range"), working_range, value_words=reached_words, reach=True),
            *[
                Attribute(
                    self.tr("Reaches: {layer}").format(layer=layer.name),
                    reaches(layer),
                    layer_words(layer.key),
                    reach=True,
                )
                for layer in layers
            ],
            Attribute(self.tr("Other"), lambda c: "\n".join(c.notes) or "—", clamp=True),
            Attribute(self.tr("What it is"), lambda c: c.description, clamp=True),
        ]
        columns = [Column[Attribute]("", lambda a: a.title, also=lambda a: a.words)]
        columns += [procedure_column(card) for card in procedures]
        procedure_words = names_of(self.catalogue, "procedure")
        #: each procedure's key and names in every language: typing one shows its column
        self.procedure_words = {card.key: procedure_words(card.key) for card in procedures}
        section = self.catalogue.explorer_catalogue().layers
        #: each procedure's reach on the skin section, as the explorer draws it, in the pictures' row
        self.pictures = [reach_picture(section, card) for card in procedures]
        systemic = {column for column, card in enumerate(procedures, start=1) if card.systemic}
        self.model = ProcedureTableModel(columns, attributes, self.pictures, systemic, self)
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
        self.delegate = ProcedureDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.clicked.connect(self._toggle_open)
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
        # a description not from the article says so behind the badge, never in its cell
        source_lines += [
            self.tr("What {procedure} is: not from the article, but {source}: {citation}").format(
                procedure=card.name, source=card.description_source.title, citation=card.description_source.citation
            )
            for card in procedures
            if card.description_source
        ]
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
        self._span_systemic()

    def _span_systemic(self) -> None:
        """A systemic procedure (the IV drip) has one "Whole body (systemic)" cell over the working range
        and every layer's row it reaches, not the word in each; the rows the filter keeps."""
        self.table.clearSpans()
        rows = [
            row
            for row in range(self.proxy.rowCount())
            if self.proxy.index(row, 0).data(ROW_ROLE).reach  # the reach rows follow one another
        ]
        if len(rows) > 1:
            for column, card in enumerate(self.procedures, start=1):
                if card.systemic:
                    self.table.setSpan(rows[0], column, len(rows), 1)
        self.table.resizeRowsToContents()

    def _toggle_open(self, index: QModelIndex) -> None:
        """A click on a cut-short cell shows its whole row; a second click on that row shuts it again."""
        attribute: Attribute = index.data(ROW_ROLE)
        if attribute.title in self.delegate.opened:
            self.delegate.opened.discard(attribute.title)
        elif self.delegate.clamped(index):
            self.delegate.opened.add(attribute.title)
        else:
            return
        self.table.verticalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)

    def is_clamped(self, row_title: str, card_key: str) -> bool:
        """Whether `card_key`'s cell in the row titled `row_title` shows less than its whole text."""
        return self.delegate.clamped(self._index(row_title, card_key))

    def _index(self, row_title: str, card_key: str) -> QModelIndex:
        column = 1 + [card.key for card in self.procedures].index(card_key)
        row = next(row for row in range(self.proxy.rowCount()) if self.proxy.index(row, 0).data() == row_title)
        return self.proxy.index(row, column)

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
        self._span_systemic()

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
