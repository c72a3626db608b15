"""The top row of every view: its title at the left, its filter box at the right."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from dermacounsel.ui.table_model import FilterBox


class ViewHeader(QWidget):
    """A view's title and filter box.

    Attributes:
        title: the view's name in large type.
        filter_box: narrows what the view shows as the user types.
    """

    def __init__(self, title: str, filter_placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("viewTitle")
        self.filter_box = FilterBox(filter_placeholder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.filter_box)
