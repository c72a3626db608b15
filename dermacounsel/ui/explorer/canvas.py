"""The widget that shows the skin section: hover, click and keyboard selection of its regions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFontInfo,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from dermacounsel.ui.explorer.drawing import HEIGHT, LABEL_X, STRIP_RIGHT, WIDTH, Overlay, PaintState, SkinSection
from dermacounsel.ui.plain_text import literal

#: The order the keyboard moves through the regions: from the surface down, each layer before the
#: structures within it.
KEYBOARD_ORDER = (
    "epidermis",
    "stratum-corneum",
    "dermis",
    "papillary-dermis",
    "capillary-loops",
    "reticular-dermis",
    "collagen-elastin",
    "fibroblasts",
    "blood-vessels",
    "hair-follicle",
    "hair-bulb",
    "subcutaneous",
    "fat-lobules",
    "muscle",
    "bone",
)


class RegionHandle(QWidget):
    """An invisible stand-in for one region, so that each region takes keyboard focus in turn and has
    an accessible name and description for screen readers. The canvas paints and takes the mouse."""

    def __init__(self, canvas: SkinCanvas, key: str, name: str, description: str) -> None:
        super().__init__(canvas)
        self.key = key
        self.canvas = canvas
        self.setObjectName(f"region-{key}")
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self.canvas.set_focused(self.key)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self.canvas.state.focused == self.key:
            self.canvas.set_focused(None)
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.canvas.focus_step(self.key, +1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.canvas.focus_step(self.key, -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.canvas.select(self.key)
        elif key == Qt.Key.Key_Escape:
            self.canvas.select(None)
        else:
            super().keyPressEvent(event)


class SkinCanvas(QWidget):
    """Paints the section at the largest size that fits, keeping its proportions.

    Signals:
        selection_changed(str): the selected region's key, or "" when the selection is cleared.
        hover_changed(str): the region under the mouse, or "".
    """

    selection_changed = Signal(str)
    hover_changed = Signal(str)

    def __init__(self, section: SkinSection, descriptions: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.state = PaintState(names=section.names)
        self._base: QPixmap | None = None  # the tissue, drawn once per size (see paintEvent)
        self._base_for: tuple[object, ...] = ()
        self.setObjectName("skinCanvas")
        self.setAccessibleName(self.tr("Cross-section of facial skin"))
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(420, 350))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.handles: dict[str, RegionHandle] = {}
        for key in KEYBOARD_ORDER:
            if key in section.names and (key in section.regions or key in section.layer_blocks):
                self.handles[key] = RegionHandle(self, key, section.names[key], descriptions.get(key, ""))

    def set_section(self, section: SkinSection, descriptions: dict[str, str]) -> None:
        """The same drawing in another language (a live language switch): its names, the regions' accessible
        names and descriptions, and the labels spread again for the new words; the selection, hover, focus
        and overlay stay."""
        self.section = section
        self.state.names = section.names
        self.setAccessibleName(self.tr("Cross-section of facial skin"))
        for key, handle in self.handles.items():
            handle.setAccessibleName(section.names.get(key, key))
            handle.setAccessibleDescription(descriptions.get(key, ""))
        self._follow_size()
        self.update()

    # --- geometry -------------------------------------------------------------------------------------

    def transform(self) -> QTransform:
        """Logical canvas to widget pixels: uniform scale, centred."""
        scale = min(self.width() / WIDTH, self.height() / HEIGHT)
        dx = (self.width() - WIDTH * scale) / 2
        dy = (self.height() - HEIGHT * scale) / 2
        return QTransform(scale, 0, 0, scale, dx, dy)

    def to_canvas(self, point: QPointF) -> QPointF:
        inverted, _ok = self.transform().inverted()
        return inverted.map(point)

    def to_widget(self, point: QPointF) -> QPointF:
        return self.transform().map(point)

    def region_rect(self, key: str) -> QRectF:
        """Where a region is on the widget, in pixels."""
        logical = self.section.outline(key).boundingRect()
        if logical.isEmpty() and key in self.section.layer_blocks:
            logical = self.section.layer_blocks[key]
        return self.transform().mapRect(logical)

    def region_at(self, point: QPointF) -> str | None:
        return self.section.region_at(self.to_canvas(point))

    def minimum_text_px(self) -> float:
        """The smallest type the drawing shows on screen: 14 px in presentation mode (its 20-px type), 11 px
        beside the app's 16-px type, as the charts (CHART_TYPE_SHARE of the widget's type)."""
        from dermacounsel.ui.screen_fit import CHART_TYPE_SHARE

        return CHART_TYPE_SHARE * QFontInfo(self.font()).pixelSize()

    def _follow_size(self) -> None:
        """The drawing's type never below the minimum on screen, however small the drawing is shown: the
        floor in logical units grows as the drawing shrinks, and the labels are spread again for it."""
        scale = self.transform().m11()
        if scale > 0:
            self.section.set_text_floor(self.minimum_text_px() / scale)
        for key, handle in self.handles.items():
            handle.setGeometry(self.region_rect(key).toAlignedRect())
        self._base = None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._follow_size()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode's larger type
            self._follow_size()
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(int(WIDTH * 0.8), int(HEIGHT * 0.8))

    # --- state ----------------------------------------------------------------------------------------

    @property
    def selected(self) -> str | None:
        return self.state.selected

    def select(self, key: str | None) -> None:
        if key is not None and key not in self.handles:
            raise KeyError(f"no region {key!r} in the drawing")
        if key != self.state.selected:
            self.state.selected = key
            self.update()
            self.selection_changed.emit(key or "")

    def set_hovered(self, key: str | None) -> None:
        if key != self.state.hovered:
            self.state.hovered = key
            self.setCursor(Qt.CursorShape.PointingHandCursor if key else Qt.CursorShape.ArrowCursor)
            self.update()
            self.hover_changed.emit(key or "")

    def set_focused(self, key: str | None) -> None:
        self.state.focused = key
        self.update()

    def set_overlay(self, overlay: Overlay | None) -> None:
        self.state.overlay = overlay
        self.update()

    def focus_step(self, key: str, step: int) -> None:
        keys = list(self.handles)
        index = (keys.index(key) + step) % len(keys)
        self.handles[keys[index]].setFocus(
            Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason
        )

    # --- events ---------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        ratio = self.devicePixelRatioF()
        wanted = (self.width(), self.height(), ratio, self.section.base_state(self.state))
        if self._base is None or self._base_for != wanted:
            # The tissue is drawn once per size (and systemic overlay) into a picture; a selection, hover or
            # focus change repaints only what lies over it.
            self._base = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            self._base.setDevicePixelRatio(ratio)
            self._base.fill(Qt.GlobalColor.transparent)
            base = QPainter(self._base)
            base.setTransform(self.transform())
            self.section.paint_base(base, self.state)
            base.end()
            self._base_for = wanted
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._base)
        painter.setTransform(self.transform())
        self.section.paint_marks(painter, self.state)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        key = self.region_at(event.position())
        self.set_hovered(key if key in self.handles else None)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self.set_hovered(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            key = self.region_at(event.position())
            self.select(key if key in self.handles else None)
            if key in self.handles:
                self.handles[key].setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def tooltip_rect(self, key: str, pointer: QPoint) -> QRect | None:
        """Where the name of the region under `pointer` is shown, in widget coordinates: above the pointer,
        on the side away from the printed names (the labels at the right, the layer strip at the left),
        so that it never covers the label it names. None where the drawing already prints the name (over
        a label or a strip block)."""
        point = self.to_canvas(QPointF(pointer))
        if any(label.rect.contains(point) for label in self.section.labels) or any(
            block.contains(point) for block in self.section.layer_blocks.values()
        ):
            return None
        metrics = QFontMetrics(QToolTip.font())
        size = metrics.size(0, self.section.names.get(key, key)) + QSize(14, 10)
        labels_left = self.to_widget(QPointF(LABEL_X, 0)).x()
        strip_right = self.to_widget(QPointF(STRIP_RIGHT, 0)).x()
        y = pointer.y() - size.height() - 24  # Qt then moves a tooltip 16 px down
        x = pointer.x() - size.width() - 12  # to the left of the pointer, away from the labels
        if x < strip_right:  # near the strip: to the right, short of the labels
            x = min(pointer.x() + 12, round(labels_left) - size.width() - 4)
        return QRect(QPoint(round(x), y), size)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            key = self.region_at(QPointF(event.pos()))
            place = self.tooltip_rect(key, event.pos()) if key in self.handles else None
            if key is not None and place is not None:
                QToolTip.showText(self.mapToGlobal(place.topLeft()), literal(self.section.names[key]), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
