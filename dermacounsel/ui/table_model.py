"""A read-only table model over plain rows, the filter box that narrows it, and a padded cell delegate."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPainter, QPalette
from PySide6.QtWidgets import QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dermacounsel.ui.name_search import SEARCH_ROLE as SEARCH_ROLE  # where the filter looks, shared
from dermacounsel.ui.plain_text import literal

Row = TypeVar("Row")

#: Custom role: the plain row object behind a table row.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: SEARCH_ROLE (ui.name_search): what the filter box matches in a cell: its text, and a column's `also` (its
#: entry's key and names in every language, so that "hyaluronic" finds ヒアルロン酸 on a Japanese screen).

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """A table column: its heading, the text it shows for a row, optionally a tooltip, and optionally
    more words the filter finds the row by (`also`)."""

    title: str
    text: Callable[[Row], str]
    tooltip: Callable[[Row], str] | None = None
    also: Callable[[Row], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of plain objects shown through Column specs; `ROW_ROLE` gives back the row itself."""

    def __init__(self, columns: Sequence[Column[Row]], rows: Sequence[Row] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return literal(column.tooltip(row))  # catalogue text, never markup
        if role == ROW_ROLE:
            return row
        if role == SEARCH_ROLE:
            return column.text(row) + ("\n" + column.also(row) if column.also is not None else "")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].title
        return None


def filtering_proxy(model: QAbstractTableModel, parent: Any = None) -> QSortFilterProxyModel:
    """A proxy that keeps the rows whose text in any column contains the filter, ignoring case."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterRole(SEARCH_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


class FilterBox(QLineEdit):
    """The search field above a table: filters as you type; Escape clears it."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setAccessibleName(placeholder)
        self.setObjectName("filterBox")
        self.setMinimumWidth(320)

    #: the style sheet's padding and border, the clear button and a little air beside the placeholder
    CHROME = 2 * 10 + 2 * 2 + 24 + 8

    def sizeHint(self) -> QSize:  # noqa: N802
        """Wide enough for the whole placeholder in the type shown: presentation's larger type once cut
        the Ingredients' "Filter ingredients, effects, c…"."""
        hint = super().sizeHint()
        room = self.fontMetrics().horizontalAdvance(self.placeholderText()) + self.CHROME
        return QSize(max(hint.width(), room), hint.height())

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class PaddedItemDelegate(QStyledItemDelegate):
    """Draws cells with breathing room around wrapped text, and sizes rows to match (the style sheet's
    item padding is not counted when rows are sized to their contents, so it cuts wrapped text)."""

    HORIZONTAL, VERTICAL = 10, 6

    def _inset(self, option: QStyleOptionViewItem) -> QStyleOptionViewItem:
        inset = QStyleOptionViewItem(option)
        inset.rect = option.rect.adjusted(self.HORIZONTAL, self.VERTICAL, -self.HORIZONTAL, -self.VERTICAL)
        return inset

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        # The background and selection fill the whole cell; only the text is inset.
        style = option.widget.style() if option.widget else None
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        text_option = self._inset(option)
        self.initStyleOption(text_option, index)
        text_option.backgroundBrush = QBrush()
        text_option.state &= ~QStyle.StateFlag.State_Selected
        text_option.state &= ~QStyle.StateFlag.State_HasFocus
        if option.state & QStyle.StateFlag.State_Selected:
            text_option.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(self._inset(option), index)
        return QSize(hint.width() + 2 * self.HORIZONTAL, hint.height() + 2 * self.VERTICAL)
