"""The base of every chart view: a plain matplotlib Figure on a Qt FigureCanvas (never pyplot).

Importing this module imports matplotlib, so only views opened by the user import it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontInfo, QHideEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from dermacounsel.ui.screen_fit import CHART_TYPE_SHARE  # the smallest type's share of the type around

#: static parts kept per chart (`ChartWidget._pictures`): the two languages', and one more (an axis name
#: under the mouse); each is the canvas's size in pixels, 4 bytes a pixel
KEPT_PICTURES = 3


class Arranged(Protocol):
    """A chart that lays itself out for its figure's size (the radar)."""

    minimum_text_px: float
    layout_changed: bool
    lazy: bool

    def arrange(self) -> None: ...

    def smallest_side_px(self) -> float: ...


class ArrangingCanvas(FigureCanvasQTAgg):
    """A canvas that has its chart lay itself out just before each draw: at the size it is drawn at, once,
    however often the widget was resized or the series changed while it was hidden."""

    #: renderers kept, by size: a live language switch lays a view out at another height in each language
    #: (Japanese lines are taller), and switching back finds its renderer, and its measurements, again
    KEPT_RENDERERS = 2

    def __init__(self, figure: Figure, chart: Arranged | None) -> None:
        super().__init__(figure)  # type: ignore[no-untyped-call]  # matplotlib's, unannotated
        self.chart = chart
        self._renderers: dict[tuple[int, int, float], RendererAgg] = {}
        #: draws the picture from a static part kept (ChartWidget), instead of drawing it all: True if it did
        self.quick_draw: Callable[[], bool] | None = None

    def get_renderer(self) -> RendererAgg:
        """The renderer for the canvas's size: matplotlib makes a new one at each new size, and keeps its
        text measurements per renderer (`matplotlib.text._get_text_metrics_with_cache`), so that without
        this a view switching between two sizes measured every text again each time."""
        width, height = self.get_width_height(physical=True)
        key = (width, height, float(self.figure.dpi))
        renderer = self._renderers.pop(key, None)
        if renderer is None:
            renderer = RendererAgg(width, height, self.figure.dpi)
            while len(self._renderers) >= self.KEPT_RENDERERS:
                del self._renderers[next(iter(self._renderers))]  # the one used longest ago
        self._renderers[key] = renderer  # last: the newest
        self.renderer = renderer
        self._lastKey = key
        return renderer

    def draw(self) -> None:
        if self.chart is not None:
            self.chart.arrange()
        if self.quick_draw is not None and self.quick_draw():
            return
        super().draw()  # type: ignore[no-untyped-call]

    def draw_idle(self) -> None:
        # drawn when next painted, at the size the window's layout has settled on: matplotlib's own
        # zero-timer draws at whatever size the widget has then (a view just built is still being laid
        # out), then again at the final one
        self._draw_pending = True
        self.update()


class ChartWidget(QWidget):
    """Holds a Figure and its canvas; subclasses change artists and call `redraw()`.

    Attributes:
        figure: the plain Figure.
        canvas: the Qt widget that shows it (matplotlib's backend_qtagg).
    """

    def __init__(self, figure: Figure, parent: QWidget | None = None, chart: Arranged | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.chart = chart
        self.canvas = ArrangingCanvas(figure, chart)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(360, 320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

        self._background: Any = None
        #: static parts drawn before, by what they show (`_picture_key`): a language switched back to, or an
        #: axis name no longer under the mouse, is the one drawn before, and needs only the changing artists
        self._pictures: dict[tuple[object, ...], Any] = {}
        self._stale = False  # changed while hidden: a full draw is due when it shows
        self._dynamic: Callable[[], list[Artist]] = list
        self.canvas.mpl_connect("draw_event", self._on_draw)
        self.canvas.quick_draw = self._draw_from_kept
        if chart is not None:
            # while hidden the chart lays out only when drawn (the canvas arranges it first): a view built
            # or changed off screen (rebuilt by a language switch, the comparer's chart page) measures no
            # text; on screen a selection change lays out at once, so that it is a blit, not a full draw
            chart.lazy = True
            self._follow_type()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.chart is not None:
            self.chart.lazy = False
        if self._stale:
            self._stale = False
            self.canvas.draw_idle()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        if self.chart is not None:
            self.chart.lazy = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.chart is not None:
            self._follow_type()
            self.canvas.draw_idle()

    def _follow_type(self) -> None:
        """The chart's smallest type follows the widget's (larger in presentation mode), and the canvas
        is never smaller than the chart can be laid out at that type."""
        assert self.chart is not None
        self.chart.minimum_text_px = CHART_TYPE_SHARE * QFontInfo(self.font()).pixelSize()
        side = round(self.chart.smallest_side_px())
        self.canvas.setMinimumSize(side, side)

    def set_dynamic(self, artists: Callable[[], list[Artist]]) -> None:
        """The artists that change often (marked animated): after a full draw they are drawn over a saved
        copy of everything else, and `redraw` repaints only them."""
        self._dynamic = artists

    def _picture_key(self) -> tuple[object, ...] | None:
        """What the static part drawn now shows: the canvas's size and the chart's own key; None for a chart
        that does not say (its picture is not kept)."""
        chart = self.chart
        key = getattr(chart, "picture_key", None)
        if not callable(key) or not getattr(chart, "animated", False):
            return None  # (a chart not animated draws its series into the background)
        return (self.canvas.get_width_height(physical=True), float(self.figure.dpi), key())

    def _on_draw(self, _event: object) -> None:
        if self.chart is not None:
            self.chart.layout_changed = False
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        key = self._picture_key()
        if key is not None:
            self._pictures.pop(key, None)
            self._pictures[key] = self._background  # last: the newest
            while len(self._pictures) > KEPT_PICTURES:
                del self._pictures[next(iter(self._pictures))]
        self._draw_dynamic()

    def _draw_from_kept(self) -> bool:
        """Draw the picture from the static part kept for what the chart shows now, if there is one: it is
        copied back and the changing artists drawn over it (a few milliseconds, where drawing the static
        part's text anew takes tens)."""
        key = self._picture_key()
        background = self._pictures.get(key) if key is not None else None
        if background is None:
            return False
        self.canvas.restore_region(background)
        if self.chart is not None:
            self.chart.layout_changed = False
        self._background = background
        self._draw_dynamic()
        return True

    def _draw_dynamic(self) -> None:
        for artist in self._dynamic():
            if artist.get_visible():
                self.figure.draw_artist(artist)

    def redraw(self) -> None:
        """Show the changes: blit the changing artists over the saved background (a few milliseconds),
        or draw everything at the next idle moment when there is no background yet."""
        if self.chart is not None and self.chart.layout_changed:
            self.chart.layout_changed = False
            self._background = None  # the labels moved: the saved background is stale
        if not self.canvas.isVisible():
            # hidden (the comparer's chart page, a view not shown): drawn when it shows, not now
            self._background = None
            self._stale = True
            return
        if self._background is None:
            self.canvas.draw_idle()
            return
        self.canvas.restore_region(self._background)
        self._draw_dynamic()
        # The canvas paints from the renderer's buffer, which now holds the new picture: ask for a
        # paint with the rest of the window's (canvas.blit would paint now, and then again with them).
        self.canvas.update()
