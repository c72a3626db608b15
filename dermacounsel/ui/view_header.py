"""The top row of every view: its title at the left, its filter box at the right."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from dermacounsel.ui.table_model import FilterBox


class ViewHeader(QWidget):
    """A view's title and, for views that list things, a filter box.

    Attributes:
        title: the view's name in large type.
        filter_box: narrows what the view shows as the user types; None for views without one.
    """

    def __init__(self, title: str, filter_placeholder: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("viewTitle")
        # on a narrow screen in presentation type ("How growth factors work" beside the mode buttons at
        # 1280×720) the title takes two lines rather than being cut off
        self.title.setWordWrap(True)
        self.filter_box = FilterBox(filter_placeholder) if filter_placeholder else None
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.title)
        self.row.addSpacing(24)
        self.row.addStretch(1)
        if self.filter_box is not None:
            self.row.addWidget(self.filter_box)
