"""The base of every chart view: a plain matplotlib Figure on a Qt FigureCanvas (never pyplot).

Importing this module imports matplotlib, so only views opened by the user import it.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget


class ChartWidget(QWidget):
    """Holds a Figure and its canvas; subclasses change artists and call `redraw()`.

    Attributes:
        figure: the plain Figure.
        canvas: the Qt widget that shows it (matplotlib's backend_qtagg).
    """

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(360, 320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def redraw(self) -> None:
        """Repaint at the next idle moment, once however many changes were made."""
        self.canvas.draw_idle()
