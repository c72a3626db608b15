"""The skin cross-section, drawn with Qt painter paths in a fixed logical canvas and scaled to fit.

Every region (layer or structure) is a QPainterPath, so the same shapes are painted, hit-tested, outlined
and dimmed. The depth of every boundary comes from the catalogue's measured thicknesses (see
domain/anatomy.py); only the epidermis is drawn thicker than to scale, and the ruler says by how much.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)

from dermacounsel.domain.anatomy import Band, typical_bands
from dermacounsel.domain.explorer import reach_range
from dermacounsel.domain.records import LayerInfo, ProcedureCard

WIDTH, HEIGHT = 1000.0, 770.0
RULER_X = 58.0
STRIP_LEFT, STRIP_RIGHT = 70.0, 226.0
LEFT, RIGHT = 236.0, 752.0
LABEL_X = 774.0
LABEL_SIZE = 21.0
SURFACE_Y = 70.0
EPIDERMIS_DRAWN = 40.0
MEASURED_BOTTOM_Y = 640.0  # the surface to here holds the measured layers, to scale
MUSCLE_DRAWN, BONE_DRAWN = 70.0, 58.0  # the muscle band tall enough for its name on two lines at 14 px

INK = QColor("#1d2b36")
TEAL = QColor("#2b7a8c")
SELECTION = QColor("#12414f")
#: The hair: a warm dark brown, filled as a thin tapering curve (a hair, not an instrument).
HAIR = QColor("#5a3b26")
HAIR_EDGE = QColor("#3e2718")
HAIR_ROOT_WIDTH = 3.2  # its width where it leaves the skin, in logical units; its tip is a fraction of that
HAIR_TIP_WIDTH = 0.6
#: The dermapen's needles: cool steel grey, straight and upright, coming down from the pen's head.
NEEDLE = QColor("#8d9aa3")
NEEDLE_EDGE = QColor("#4c5a63")
NEEDLE_BASE_WIDTH = 5.2

#: Fill colours: calm, textbook-like, distinct from one another.
FILLS = {
    "stratum-corneum": QColor("#e3c29b"),
    "epidermis": QColor("#f4d6c1"),
    "papillary-dermis": QColor("#f8cfc8"),
    "reticular-dermis": QColor("#f1bcb4"),
    "subcutaneous": QColor("#f8ecc4"),
    "fat-lobules": QColor("#f3da86"),
    "muscle": QColor("#c2625a"),
    "bone": QColor("#ece4d2"),
    "hair-follicle": QColor("#e9bf9f"),
    "hair-bulb": QColor("#cf9470"),
    "fibroblasts": QColor("#b79ad6"),
    "capillary-loops": QColor("#d9443f"),
    "blood-vessels": QColor("#d9443f"),
    "collagen-elastin": QColor("#dd8f8a"),
}
VEIN = QColor("#4f6fb3")
ELASTIN = QColor("#8a4a6c")

#: Regions hit-tested first win: small structures above the layers they lie in.
HIT_ORDER = (
    "hair-bulb",
    "hair-follicle",
    "capillary-loops",
    "blood-vessels",
    "fibroblasts",
    "collagen-elastin",
    "fat-lobules",
    "stratum-corneum",
    "papillary-dermis",
    "reticular-dermis",
    "epidermis",
    "subcutaneous",
    "muscle",
    "bone",
)


#: the shapes of the drawing last built, by its geometry (SkinSection._build_once)
_BUILT: dict[tuple[object, ...], dict[str, Any]] = {}


@dataclass
class Region:
    """A clickable part of the drawing.

    Attributes:
        path: its shape in logical canvas units.
        hit: the area that selects it (thin structures get a wider one than they are drawn).
        anchor: where its label's leader line points.
    """

    key: str
    name: str
    path: QPainterPath
    hit: QPainterPath
    anchor: QPointF


@dataclass
class Label:
    key: str
    text: str
    rect: QRectF
    anchor: QPointF


@dataclass
class Overlay:
    """A procedure drawn over the section; `depth_mm` for the dermapen's needles."""

    procedure: ProcedureCard
    depth_mm: float | None = None


@dataclass
class PaintState:
    selected: str | None = None
    hovered: str | None = None
    focused: str | None = None
    overlay: Overlay | None = None
    names: dict[str, str] = field(default_factory=dict)


def _curve(x_from: float, x_to: float, y: Callable[[float], float], step: float = 4.0) -> list[QPointF]:
    count = max(2, int((x_to - x_from) / step) + 1)
    return [
        QPointF(x_from + (x_to - x_from) * i / (count - 1), y(x_from + (x_to - x_from) * i / (count - 1)))
        for i in range(count)
    ]


def _between(
    top: Callable[[float], float], bottom: Callable[[float], float], left: float = LEFT, right: float = RIGHT
) -> QPainterPath:
    """The band between two wavy boundaries, from `left` to `right`."""
    upper = _curve(left, right, top)
    lower = list(reversed(_curve(left, right, bottom)))
    path = QPainterPath(upper[0])
    for point in upper[1:] + lower:
        path.lineTo(point)
    path.closeSubpath()
    return path


def _stroked(path: QPainterPath, width: float) -> QPainterPath:
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(path)


def _tapered(points: Sequence[QPointF], widths: Sequence[float]) -> QPainterPath:
    """A filled ribbon along `points`, `widths[i]` wide at each point: a hair that narrows to its tip."""
    left: list[QPointF] = []
    right: list[QPointF] = []
    for i, point in enumerate(points):
        before, after = points[max(i - 1, 0)], points[min(i + 1, len(points) - 1)]
        dx, dy = after.x() - before.x(), after.y() - before.y()
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length * widths[i] / 2, dx / length * widths[i] / 2
        left.append(QPointF(point.x() + nx, point.y() + ny))
        right.append(QPointF(point.x() - nx, point.y() - ny))
    path = QPainterPath(left[0])
    for point in left[1:] + list(reversed(right)):
        path.lineTo(point)
    path.closeSubpath()
    return path


def _union(paths: Iterable[QPainterPath]) -> QPainterPath:
    result = QPainterPath()
    for path in paths:
        result = result.united(path)
    return result


def _font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


STRIP_FONT_SIZE = 18.0


def strip_font(name: str, room: float, floor: float = 0.0, height: float = 0.0) -> QFont:
    """The layer strip's bold type: at least `floor` (logical pixels) where the name still fits its block,
    smaller for a name whose longest word would not fit the block's width (so "Subcutaneous" is never cut
    at the block's edge) or whose wrapped lines would not fit its `height` (when given)."""

    def fits(font: QFont) -> bool:
        metrics = QFontMetricsF(font)
        # a Latin word cannot be broken; Japanese, written without spaces, breaks between characters
        unbroken = name.split() if name.isascii() else list(name)
        if max((metrics.horizontalAdvance(w) for w in unbroken), default=0.0) > room:
            return False
        if height <= 0:
            return True
        wrapped = metrics.boundingRect(QRectF(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), name)
        return wrapped.height() - 0.3 * font.pixelSize() <= height  # line boxes hold leading above the glyphs

    size = max(STRIP_FONT_SIZE, math.ceil(floor))
    font = _font(size, bold=True)
    while size > 8 and not fits(font):
        size -= 1  # whole pixels: the font is set in whole pixels
        font = _font(size, bold=True)
    return font


def break_at_middle_dot(name: str, metrics: QFontMetricsF, room: float) -> str:
    """A Japanese name too wide for one line broken after its "・" nearest the middle (表情筋・ / 筋膜),
    rather than wherever the characters run out (表情筋・筋 / 膜)."""
    dots = [i for i, character in enumerate(name) if character == "・"]
    if not dots or metrics.horizontalAdvance(name) <= room:
        return name
    cut = min(dots, key=lambda i: abs(i + 1 - len(name) / 2)) + 1
    return name[:cut] + "\n" + name[cut:]


class SkinSection:
    """The cross-section's geometry and painting, in a WIDTH x HEIGHT logical canvas.

    Attributes:
        bands: the five layers at typical thickness, from the catalogue.
        regions: every clickable layer and structure by key.
        layer_blocks: the layer strip's block for each layer (a click there selects the layer).
        exaggeration: how many times thicker than to scale the epidermis is drawn.
        text_floor: the smallest type drawn, in logical units (the canvas sets it so that no label is
            drawn below the patient minimum on screen, however small the drawing is shown).
    """

    def __init__(self, layers: Sequence[LayerInfo]) -> None:
        self.bands: list[Band] = typical_bands(layers)
        self.names = {layer.key: layer.name for layer in layers}
        by_key = {band.key: band for band in self.bands}
        epidermis, dermis, fat = by_key.get("epidermis"), by_key.get("dermis"), by_key.get("subcutaneous")
        self._epidermis_mm = epidermis.bottom_mm if epidermis and epidermis.bottom_mm else 0.045
        self._measured_mm = fat.bottom_mm if fat and fat.bottom_mm else 5.41
        self._dermis_mm = dermis.bottom_mm if dermis and dermis.bottom_mm else 1.41
        self.scale = (MEASURED_BOTTOM_Y - SURFACE_Y - EPIDERMIS_DRAWN) / (self._measured_mm - self._epidermis_mm)
        self.exaggeration = EPIDERMIS_DRAWN / (self._epidermis_mm * self.scale)
        self.dej_y = SURFACE_Y + EPIDERMIS_DRAWN
        self.dermis_bottom_y = self.y_at_depth(self._dermis_mm)
        self.muscle_bottom_y = MEASURED_BOTTOM_Y + MUSCLE_DRAWN
        self.bone_bottom_y = self.muscle_bottom_y + BONE_DRAWN
        self.regions: dict[str, Region] = {}
        self.layer_blocks: dict[str, QRectF] = {}
        self.text_floor = 0.0
        self._build_once()
        self.labels: list[Label] = self._place_labels()

    def _build_once(self) -> None:
        """The drawing's shapes, built once per geometry (the layers' depths) and shared by every drawing of
        it: uniting the paths takes ~0.1 s, and a language switch builds the explorer again with the same
        depths and other names. The shapes are only read once built; each drawing names its regions."""
        geometry = tuple((band.key, band.top_mm, band.bottom_mm) for band in self.bands)
        built = _BUILT.get(geometry)
        if built is None:
            before = set(vars(self))
            self._build()
            built = {name: value for name, value in vars(self).items() if name not in before}
            built["regions"], built["layer_blocks"] = dict(self.regions), dict(self.layer_blocks)
            _BUILT.clear()  # one geometry at a time: the catalogue's
            _BUILT[geometry] = built
        for name, value in built.items():
            setattr(self, name, value)
        self.regions = {key: replace(region, name=self.names.get(key, key)) for key, region in built["regions"].items()}
        self.layer_blocks = dict(built["layer_blocks"])

    def set_text_floor(self, floor: float) -> None:
        """Draw no type smaller than `floor` logical pixels; the labels are spread again for their size."""
        floor = math.ceil(floor)  # whole pixels, as the type is set
        if floor != self.text_floor:
            self.text_floor = floor
            self.labels = self._place_labels()

    def size_of(self, nominal: float) -> float:
        """A type size as drawn: `nominal`, or the floor when that is larger."""
        return max(nominal, self.text_floor)

    # --- depth scale ----------------------------------------------------------------------------------

    def y_at_depth(self, depth_mm: float) -> float:
        """The canvas y of a depth below the surface (the epidermis is stretched; below it, to scale)."""
        if depth_mm <= self._epidermis_mm:
            return SURFACE_Y + depth_mm / self._epidermis_mm * EPIDERMIS_DRAWN
        return SURFACE_Y + EPIDERMIS_DRAWN + (depth_mm - self._epidermis_mm) * self.scale

    def band_span(self, key: str) -> tuple[float, float]:
        """The canvas y range of a top-level layer."""
        spans = {
            "epidermis": (SURFACE_Y, self.dej_y),
            "dermis": (self.dej_y, self.dermis_bottom_y),
            "subcutaneous": (self.dermis_bottom_y, MEASURED_BOTTOM_Y),
            "muscle": (MEASURED_BOTTOM_Y, self.muscle_bottom_y),
            "bone": (self.muscle_bottom_y, self.bone_bottom_y),
        }
        return spans[key]

    # --- boundaries -----------------------------------------------------------------------------------

    def surface(self, x: float) -> float:
        return SURFACE_Y + 1.5 * math.sin(x / 29.0)

    def dej(self, x: float) -> float:
        """The wavy junction of epidermis and dermis: rete ridges down, dermal papillae up."""
        return self.dej_y + 9.0 * math.sin((x - LEFT) / 70.0 * 2 * math.pi)

    def papillary_bottom(self, x: float) -> float:
        return self.dej_y + 0.26 * (self.dermis_bottom_y - self.dej_y) + 3.0 * math.sin(x / 41.0)

    def dermis_bottom(self, x: float) -> float:
        return self.dermis_bottom_y + 5.0 * math.sin(x / 57.0 + 1.0)

    # --- regions --------------------------------------------------------------------------------------

    def _add(
        self, key: str, path: QPainterPath, hit: QPainterPath | None = None, anchor: QPointF | None = None
    ) -> None:
        self.regions[key] = Region(
            key,
            self.names.get(key, key),
            path,
            hit if hit is not None else path,
            anchor if anchor is not None else path.boundingRect().center(),
        )

    def _build(self) -> None:
        def flat(y: float) -> Callable[[float], float]:
            return lambda _x: y

        self._add("epidermis", _between(self.surface, self.dej), anchor=QPointF(LEFT + 40, self.dej_y - 12))
        self._add(
            "stratum-corneum",
            _between(self.surface, lambda x: self.surface(x) + 7.0),
            anchor=QPointF(RIGHT - 8, SURFACE_Y + 3),
        )
        self._add(
            "papillary-dermis", _between(self.dej, self.papillary_bottom), anchor=QPointF(RIGHT - 6, self.dej_y + 22)
        )
        self._add(
            "reticular-dermis",
            _between(self.papillary_bottom, self.dermis_bottom),
            anchor=QPointF(RIGHT - 6, self.dermis_bottom_y - 16),
        )
        self._add(
            "subcutaneous",
            _between(self.dermis_bottom, flat(MEASURED_BOTTOM_Y)),
            anchor=QPointF(LEFT + 30, MEASURED_BOTTOM_Y - 20),
        )
        self._add("muscle", _between(flat(MEASURED_BOTTOM_Y), flat(self.muscle_bottom_y)))
        self._add("bone", _between(flat(self.muscle_bottom_y), flat(self.bone_bottom_y)))
        self._dermis_path = _between(self.dej, self.dermis_bottom)

        self._build_follicle()
        self._build_vessels()
        self._build_fibres()
        self._build_fibroblasts()
        self._build_fat()

        for band in self.bands:
            if band.key in ("epidermis", "dermis", "subcutaneous", "muscle", "bone"):
                upper, lower = self.band_span(band.key)
                self.layer_blocks[band.key] = QRectF(STRIP_LEFT, upper, STRIP_RIGHT - STRIP_LEFT, lower - upper)

    def _build_follicle(self) -> None:
        bulb_y = self.y_at_depth(self._dermis_mm) - 6.0  # in the deep dermis, as in the catalogue
        top = QPointF(612.0, SURFACE_Y)
        bottom = QPointF(652.0, bulb_y - 16.0)
        dx, dy = bottom.x() - top.x(), bottom.y() - top.y()
        length = math.hypot(dx, dy)
        nx, ny = -dy / length, dx / length
        half = 12.0
        sheath = QPainterPath(QPointF(top.x() + nx * half, top.y() + ny * half))
        sheath.lineTo(bottom.x() + nx * half, bottom.y() + ny * half)
        sheath.lineTo(bottom.x() - nx * half, bottom.y() - ny * half)
        sheath.lineTo(top.x() - nx * half, top.y() - ny * half)
        sheath.closeSubpath()
        self._build_hair(top, bottom)
        self._add("hair-follicle", sheath, anchor=QPointF(top.x() + dx * 0.45, top.y() + dy * 0.45))
        bulb = QPainterPath()
        bulb.addEllipse(QPointF(bottom.x() + dx / length * 10, bottom.y() + dy / length * 10), 21.0, 17.0)
        self._add("hair-bulb", bulb)

    def _build_hair(self, top: QPointF, bottom: QPointF) -> None:
        """The hair: its shaft up the follicle's middle from the bulb, then out of the skin at the follicle's
        slant, curving over as a hair does and narrowing to a fine tip. `hair_centre` is its middle line
        (bulb to tip) and `hair_widths` its width along it, for tests and anyone checking the drawing."""
        dx, dy = top.x() - bottom.x(), top.y() - bottom.y()
        length = math.hypot(dx, dy)
        ux, uy = dx / length, dy / length  # up the follicle, towards the skin
        inside = [QPointF(bottom.x() + dx * t / 6, bottom.y() + dy * t / 6) for t in range(6)]
        # out of the skin: a quadratic curve leaving along the follicle's line, bending over to the left
        control = QPointF(top.x() + ux * 34, top.y() + uy * 34)
        tip = QPointF(top.x() + ux * 40 - 30, top.y() + uy * 40 + 6)
        outside = []
        steps = 14
        for i in range(steps + 1):
            t = i / steps
            outside.append(
                QPointF(
                    (1 - t) ** 2 * top.x() + 2 * (1 - t) * t * control.x() + t**2 * tip.x(),
                    (1 - t) ** 2 * top.y() + 2 * (1 - t) * t * control.y() + t**2 * tip.y(),
                )
            )
        self.hair_centre: list[QPointF] = inside + outside
        self.hair_widths: list[float] = [HAIR_ROOT_WIDTH] * len(inside) + [
            HAIR_ROOT_WIDTH + (HAIR_TIP_WIDTH - HAIR_ROOT_WIDTH) * (i / steps) ** 0.8 for i in range(steps + 1)
        ]
        self._hair = _tapered(self.hair_centre, self.hair_widths)

    def _build_vessels(self) -> None:
        loops = QPainterPath()
        wavelength = 70.0
        x = LEFT + wavelength * 0.75  # the first papilla's crest: where the junction rises highest
        while x < RIGHT - 20:
            if not 575 < x < 690:  # leave room for the hair follicle
                base = self.papillary_bottom(x) - 2
                crest = self.dej(x) + 7
                loop = QPainterPath(QPointF(x - 5, base))
                loop.lineTo(x - 5, crest + 5)
                loop.quadTo(x - 5, crest - 1, x, crest - 1)
                loop.quadTo(x + 5, crest - 1, x + 5, crest + 5)
                loop.lineTo(x + 5, base)
                loops.addPath(loop)
            x += wavelength
        self._loops = loops
        self._add(
            "capillary-loops",
            _stroked(loops, 3.2),
            _stroked(loops, 11.0),
            anchor=QPointF(LEFT + wavelength * 4.75 + 5, self.dej_y + 4),
        )

        def plexus_y(x: float) -> float:  # a boundary, like the others
            return self.papillary_bottom(x) + 1.5

        def deep_y(x: float) -> float:
            return self.dermis_bottom(x) + 9.0

        upper = QPainterPath(QPointF(LEFT, plexus_y(LEFT)))
        for point in _curve(LEFT, RIGHT, plexus_y)[1:]:
            upper.lineTo(point)
        artery = QPainterPath(QPointF(LEFT, deep_y(LEFT) - 5))
        for point in _curve(LEFT, RIGHT, lambda x: deep_y(x) - 5 + 3 * math.sin(x / 33))[1:]:
            artery.lineTo(point)
        vein = QPainterPath(QPointF(LEFT, deep_y(LEFT) + 6))
        for point in _curve(LEFT, RIGHT, lambda x: deep_y(x) + 6 + 3 * math.sin(x / 37 + 2))[1:]:
            vein.lineTo(point)
        riser = QPainterPath(QPointF(300, deep_y(300) - 5))
        riser.cubicTo(306, deep_y(300) - 40, 296, plexus_y(300) + 30, 304, plexus_y(304))
        riser2 = QPainterPath(QPointF(470, deep_y(470) - 5))
        riser2.cubicTo(462, deep_y(470) - 45, 478, plexus_y(470) + 25, 468, plexus_y(468))
        self._arteries = [(upper, 3.2), (artery, 7.0), (riser, 3.0), (riser2, 3.0)]
        self._veins = [(vein, 8.0)]
        shape = _union(_stroked(p, w) for p, w in self._arteries + self._veins)
        hit = _union(_stroked(p, w + 7) for p, w in self._arteries + self._veins)
        self._add("blood-vessels", shape, hit, anchor=QPointF(RIGHT - 10, deep_y(RIGHT - 10)))

    def _build_fibres(self) -> None:
        top, bottom = self.papillary_bottom(LEFT) + 12, self.dermis_bottom_y - 18
        collagen, elastin = QPainterPath(), QPainterPath()
        rows = 5
        for row in range(rows):
            y0 = top + (bottom - top) * row / (rows - 1)
            phase = row * 1.7
            path = QPainterPath(QPointF(LEFT + 8, y0))

            def thick(x: float, y0: float = y0, phase: float = phase) -> float:
                return y0 + 4.5 * math.sin(x / 23 + phase)

            for point in _curve(LEFT + 8, RIGHT - 8, thick)[1:]:
                if 585 < point.x() < 680:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            collagen.addPath(path)
            if row < rows - 1:
                y1 = y0 + (bottom - top) / (rows - 1) / 2
                thin = QPainterPath(QPointF(LEFT + 8, y1))

                def fine(x: float, y1: float = y1, phase: float = phase) -> float:
                    return y1 + 3 * math.sin(x / 11 + phase)

                for point in _curve(LEFT + 8, RIGHT - 8, fine)[1:]:
                    if 585 < point.x() < 680:
                        thin.moveTo(point)
                    else:
                        thin.lineTo(point)
                elastin.addPath(thin)
        self._collagen, self._elastin = collagen, elastin
        shape = _stroked(collagen, 4.5).united(_stroked(elastin, 1.6))
        hit = _stroked(collagen, 9.0).united(_stroked(elastin, 7.0))
        self._add("collagen-elastin", shape, hit, anchor=QPointF(RIGHT - 12, top + (bottom - top) * 0.5))

    def _build_fibroblasts(self) -> None:
        top, bottom = self.papillary_bottom(LEFT) + 8, self.dermis_bottom_y - 10
        cells = QPainterPath()
        self._nuclei: list[QPointF] = []
        spots = [
            (0.08, 0.35, 20),
            (0.2, 0.78, -15),
            (0.33, 0.2, 8),
            (0.46, 0.62, -25),
            (0.58, 0.3, 14),
            (0.8, 0.7, -10),
            (0.92, 0.25, 22),
        ]
        for fx, fy, angle in spots:
            centre = QPointF(LEFT + (RIGHT - LEFT) * fx, top + (bottom - top) * fy)
            cell = QPainterPath()
            cell.moveTo(-17, 0)
            cell.cubicTo(-8, -6, 8, -6, 17, 0)
            cell.cubicTo(8, 6, -8, 6, -17, 0)
            rotation = math.radians(angle)
            rotated = QPainterPath()
            for i in range(cell.elementCount()):
                element = cell.elementAt(i)
                x = element.x * math.cos(rotation) - element.y * math.sin(rotation) + centre.x()
                y = element.x * math.sin(rotation) + element.y * math.cos(rotation) + centre.y()
                if element.isMoveTo():
                    rotated.moveTo(x, y)
                else:
                    rotated.lineTo(x, y)
            rotated.closeSubpath()
            cells.addPath(rotated)
            self._nuclei.append(centre)
        self._add("fibroblasts", cells, _stroked(cells, 6).united(cells), anchor=self._nuclei[-1])

    def _build_fat(self) -> None:
        lobules = QPainterPath()
        top, bottom = self.dermis_bottom_y + 26, MEASURED_BOTTOM_Y - 10
        row_height = 74.0
        rows = max(1, int((bottom - top) // row_height))
        height = (bottom - top) / rows
        self._fat_cells: list[tuple[QPointF, float]] = []
        for row in range(rows):
            y = top + row * height
            offset = (0.0, 38.0, 17.0, 52.0)[row % 4]
            x = LEFT + 6 + offset
            widths = (92.0, 76.0, 104.0, 84.0, 98.0, 72.0)
            index = row
            while x + 30 < RIGHT:
                width = widths[index % len(widths)]
                index += 1
                right = min(x + width, RIGHT - 6)
                squeeze = 3.0 + 4.0 * ((index * 7) % 3)
                rect = QRectF(x, y + squeeze, right - x, height - 2 * squeeze)
                if not (row == 0 and 590 < rect.center().x() < 700):
                    lobule = QPainterPath()
                    lobule.addRoundedRect(rect, min(rect.width(), rect.height()) * 0.42, rect.height() * 0.45)
                    lobules.addPath(lobule)
                    for cx in range(int(rect.left()) + 14, int(rect.right()) - 8, 22):
                        for cy in range(int(rect.top()) + 14, int(rect.bottom()) - 8, 20):
                            self._fat_cells.append((QPointF(cx + (cy % 7), cy), 9.5))
                x += width + 6
        self._add("fat-lobules", lobules, anchor=QPointF(RIGHT - 30, top + height * 1.5))

    # --- labels ---------------------------------------------------------------------------------------

    def _place_labels(self) -> list[Label]:
        """Structure and sub-layer names in the right margin, spread so that none overlap."""
        metrics = QFontMetricsF(_font(self.size_of(LABEL_SIZE), bold=True))  # room for the selected, bold label
        order = [
            "stratum-corneum",
            "capillary-loops",
            "papillary-dermis",
            "collagen-elastin",
            "fibroblasts",
            "reticular-dermis",
            "blood-vessels",
            "hair-follicle",
            "hair-bulb",
            "fat-lobules",
        ]
        wanted = [(key, self.regions[key].anchor.y()) for key in order if key in self.regions]
        labels: list[Label] = []
        available = WIDTH - LABEL_X - 4
        bottom = SURFACE_Y - 36
        for key, anchor_y in sorted(wanted, key=lambda item: item[1]):
            text = self.names.get(key, key)
            lines = metrics.boundingRect(QRectF(0, 0, available - 8, 200), int(Qt.TextFlag.TextWordWrap), text)
            height = lines.height() + 5
            width = min(lines.width() + 8, available)
            y = max(bottom + 6, anchor_y - height / 2)
            labels.append(Label(key, text, QRectF(LABEL_X, y, width, height), self.regions[key].anchor))
            bottom = y + height
        return labels

    # --- hit testing ----------------------------------------------------------------------------------

    def region_at(self, point: QPointF) -> str | None:
        """The key of the region under a canvas point: structures before the layers they lie in; the
        layer strip and the labels select what they name."""
        for key, block in self.layer_blocks.items():
            if block.contains(point):
                return key
        for label in self.labels:
            if label.rect.contains(point):
                return label.key
        for key in HIT_ORDER:
            region = self.regions.get(key)
            if region is not None and region.hit.contains(point):
                return key
        return None

    def outline(self, key: str) -> QPainterPath:
        """The shape to outline when `key` is selected (the dermis is its two sub-layers together)."""
        if key == "dermis":
            return self._dermis_path
        region = self.regions.get(key)
        return region.path if region is not None else QPainterPath()

    def keys(self) -> list[str]:
        return list(self.layer_blocks) + [
            key for key in HIT_ORDER if key in self.regions and key not in self.layer_blocks
        ]

    # --- painting -------------------------------------------------------------------------------------

    def paint(self, painter: QPainter, state: PaintState) -> None:
        self.paint_base(painter, state)
        self.paint_marks(painter, state)

    @staticmethod
    def base_state(state: PaintState) -> tuple[bool]:
        """What of `state` the base depends on: only whether a systemic procedure lights up the vessels."""
        return (state.overlay is not None and state.overlay.procedure.systemic,)

    def paint_base(self, painter: QPainter, state: PaintState) -> None:
        """The tissue itself, which neither selection, hover nor focus changes (the canvas keeps it as a
        picture: it is most of the painting's cost)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._paint_background(painter)
        self._paint_layers(painter)
        self._paint_structures(painter, state)

    def paint_marks(self, painter: QPainter, state: PaintState) -> None:
        """Everything drawn over the tissue: the layer strip, ruler, veil, procedure, selection and labels."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._paint_strip(painter, state)
        self._paint_ruler(painter)
        self._paint_veil(painter, state)
        if state.overlay is not None:
            self._paint_overlay(painter, state.overlay)
        self._paint_selection(painter, state)
        self._paint_labels(painter, state)

    def _paint_background(self, painter: QPainter) -> None:
        air = QLinearGradient(0, 0, 0, SURFACE_Y)
        air.setColorAt(0, QColor("#fbfcfc"))
        air.setColorAt(1, QColor("#eef4f6"))
        painter.fillRect(QRectF(LEFT, 0, RIGHT - LEFT, SURFACE_Y + 4), air)

    def _fill(self, painter: QPainter, key: str, color: QColor | None = None) -> None:
        region = self.regions.get(key)
        if region is not None:
            painter.fillPath(region.path, color or FILLS[key])

    def _paint_layers(self, painter: QPainter) -> None:
        for key in (
            "bone",
            "muscle",
            "subcutaneous",
            "reticular-dermis",
            "papillary-dermis",
            "epidermis",
            "stratum-corneum",
        ):
            self._fill(painter, key)
        # epidermis: a few rows of cells, flattening towards the surface
        painter.setPen(QPen(QColor("#e2b79c"), 0.8))
        for x in range(int(LEFT) + 10, int(RIGHT), 14):
            for depth in (14.0, 24.0, 33.0):
                y = self.surface(x) + depth
                if y < self.dej(x) - 4:
                    painter.drawEllipse(QPointF(x + (depth % 7), y), 5.5, 3.8 if depth > 14 else 2.5)
        # muscle fibres and fascia
        top, bottom = MEASURED_BOTTOM_Y, self.muscle_bottom_y
        painter.fillRect(QRectF(LEFT, top, RIGHT - LEFT, 7), QColor("#e9ddd0"))
        painter.setPen(QPen(QColor("#a7473f"), 1.2))
        y = top + 15
        while y < bottom - 4:
            painter.drawLine(QPointF(LEFT, y), QPointF(RIGHT, y + 4))
            y += 10
        # bone: cortical rim and a spongy interior
        painter.setPen(QPen(QColor("#cfc3a8"), 1.4))
        for x in range(int(LEFT) + 12, int(RIGHT), 30):
            for y_index, y in enumerate(range(int(self.muscle_bottom_y) + 22, int(self.bone_bottom_y) - 6, 22)):
                painter.drawEllipse(QPointF(x + 11 * (y_index % 2), y), 7, 5)
        painter.setPen(QPen(QColor("#cfc3a8"), 3))
        painter.drawLine(QPointF(LEFT, self.muscle_bottom_y + 4), QPointF(RIGHT, self.muscle_bottom_y + 4))

    def _paint_structures(self, painter: QPainter, state: PaintState) -> None:
        systemic = state.overlay is not None and state.overlay.procedure.systemic
        # fat lobules with their cells
        self._fill(painter, "fat-lobules")
        painter.setPen(QPen(QColor("#dcbf5f"), 1.0))
        for centre, radius in self._fat_cells:
            if self.regions["fat-lobules"].path.contains(centre):
                painter.drawEllipse(centre, radius, radius * 0.85)
        painter.setPen(QPen(QColor("#d9b44a"), 1.6))
        painter.drawPath(self.regions["fat-lobules"].path)
        # fibres
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(FILLS["collagen-elastin"], 4.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(self._collagen)
        painter.setPen(QPen(ELASTIN, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(self._elastin)
        # fibroblasts
        self._fill(painter, "fibroblasts")
        painter.setPen(QPen(QColor("#7c5aa6"), 1.0))
        painter.drawPath(self.regions["fibroblasts"].path)
        painter.setBrush(QColor("#5b3f86"))
        painter.setPen(Qt.PenStyle.NoPen)
        for nucleus in self._nuclei:
            painter.drawEllipse(nucleus, 3.6, 2.6)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # vessels
        glow = QColor(TEAL)
        glow.setAlpha(110)
        for path, width in self._arteries + self._veins:
            if systemic:
                painter.setPen(QPen(glow, width + 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                painter.drawPath(path)
        for path, width in self._veins:
            painter.setPen(QPen(VEIN, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPath(path)
        for path, width in self._arteries:
            painter.setPen(QPen(FILLS["blood-vessels"], width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPath(path)
        if systemic:
            painter.setPen(QPen(glow, 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPath(self._loops)
        painter.setPen(QPen(FILLS["capillary-loops"], 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(self._loops)
        # hair follicle, bulb and shaft
        self._fill(painter, "hair-follicle")
        painter.setPen(QPen(QColor("#c4906f"), 1.2))
        painter.drawPath(self.regions["hair-follicle"].path)
        self._fill(painter, "hair-bulb")
        painter.drawPath(self.regions["hair-bulb"].path)
        painter.setPen(QPen(HAIR_EDGE, 0.6))
        painter.setBrush(HAIR)
        painter.drawPath(self._hair)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_strip(self, painter: QPainter, state: PaintState) -> None:
        for key, block in self.layer_blocks.items():
            color = QColor(FILLS.get(key, QColor("#f1bcb4")) if key != "dermis" else FILLS["reticular-dermis"])
            painter.fillRect(block, color)
            if key in (state.selected, state.hovered):
                painter.fillRect(block, QColor(255, 255, 255, 90))
            painter.setPen(QPen(QColor("#ffffff"), 2))
            painter.drawLine(block.topLeft(), block.topRight())
            text_color = QColor("#ffffff") if key == "muscle" else INK
            painter.setPen(text_color)
            name = self.names.get(key, key)
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
            font, turned, inset = self.strip_type(key)
            painter.setFont(font)
            if not turned and not name.isascii():
                name = break_at_middle_dot(name, QFontMetricsF(font), block.width() - inset)
            if turned:
                # a tall block whose name does not fit across it at the minimum size: written up its
                # height, as a textbook labels a tall band
                painter.save()
                painter.translate(block.center())
                painter.rotate(-90)
                turned_block = QRectF(-block.height() / 2, -block.width() / 2, block.height(), block.width())
                centred = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
                painter.drawText(turned_block.adjusted(8, 4, -8, -4), int(centred), name)
                painter.restore()
            else:
                painter.drawText(block.adjusted(inset * 10 / 16, 0, -inset * 6 / 16, 0), int(flags), name)
            if key == state.focused:
                self._focus_ring(painter, block)

    def strip_type(self, key: str) -> tuple[QFont, bool, float]:
        """The type of a layer's name in the strip, whether it is written up the block (turned), and the
        room left beside it across the block: a name that fits only below the floor gets closer to the
        block's edges, then is turned where the block is tall enough."""
        block = self.layer_blocks[key]
        name = self.names.get(key, key)
        for inset in (16.0, 6.0):
            across = strip_font(name, block.width() - inset, self.text_floor, block.height())
            if across.pixelSize() >= self.text_floor:
                return across, False, inset
        if block.height() <= block.width():
            return across, False, inset
        return strip_font(name, block.height() - 16, self.text_floor, block.width() - 8), True, 16.0

    def _paint_ruler(self, painter: QPainter) -> None:
        painter.setPen(QPen(INK, 1.4))
        painter.drawLine(QPointF(RULER_X, SURFACE_Y), QPointF(RULER_X, MEASURED_BOTTOM_Y))
        painter.setFont(_font(self.size_of(17)))
        metrics = QFontMetricsF(painter.font())
        # "mm" above the "0.0", which sits above the surface's tick: below it the "×9" mark has the room
        painter.drawText(
            QRectF(0, max(0.0, SURFACE_Y - 2 * metrics.height()), RULER_X + 6, metrics.height()),
            int(Qt.AlignmentFlag.AlignRight),
            "mm",
        )
        tenth = 0.1
        depth = 0.0
        while depth <= self._measured_mm + 1e-9:
            y = self.y_at_depth(depth)
            half = abs(depth * 2 - round(depth * 2)) < 1e-6
            if depth > self._epidermis_mm or depth == 0.0:
                painter.drawLine(QPointF(RULER_X - (10 if half else 5), y), QPointF(RULER_X, y))
                if half:
                    text = f"{depth:.1f}"
                    top = y - metrics.height() if depth == 0.0 else y - metrics.height() / 2
                    painter.drawText(
                        QRectF(0, top, RULER_X - 13, metrics.height()),
                        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                        text,
                    )
            depth = round(depth + tenth, 6)
        # the stretched epidermis: a break in the scale
        painter.setPen(QPen(TEAL, 1.6))
        mid = SURFACE_Y + EPIDERMIS_DRAWN / 2
        zigzag = QPainterPath(QPointF(RULER_X, SURFACE_Y + 8))
        for i, dy in enumerate((14, 20, 26, 32)):
            zigzag.lineTo(RULER_X + (5 if i % 2 == 0 else -5), SURFACE_Y + dy)
        zigzag.lineTo(RULER_X, self.dej_y - 2)
        painter.drawPath(zigzag)
        painter.setFont(_font(self.size_of(12), italic=True))
        high = QFontMetricsF(painter.font()).height()
        painter.drawText(
            QRectF(0, max(mid - high / 2, SURFACE_Y + 2), RULER_X - 10, high),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"×{self.exaggeration:.0f}",
        )
        # muscle and bone are drawn, not measured: said in the label column beside them, below the labels
        painter.setPen(QColor("#5b6b75"))
        painter.drawText(self.unmeasured_rect(), int(Qt.TextFlag.TextWordWrap), self.unmeasured_text())

    @staticmethod
    def unmeasured_text() -> str:
        return QCoreApplication.translate("SkinSection", "not measured")

    def unmeasured_rect(self) -> QRectF:
        """Where "not measured" is written: the label column beside muscle and bone, under the last label."""
        top = max([MEASURED_BOTTOM_Y + 8, *(label.rect.bottom() + 6 for label in self.labels)])
        return QRectF(LABEL_X + 4, top, WIDTH - LABEL_X - 8, max(HEIGHT - top, 1.0))

    def reach_spans(self, overlay: Overlay) -> list[tuple[float, float]]:
        """The canvas y ranges a procedure reaches."""
        if overlay.procedure.systemic:
            return [(SURFACE_Y, self.bone_bottom_y)]
        if overlay.depth_mm is not None:
            return [(SURFACE_Y, self.y_at_depth(overlay.depth_mm))]
        # one continuous range: a needle passes through every layer above the deepest it reaches
        reach = reach_range(overlay.procedure)
        if reach is None:
            return []
        first, last, fraction = reach
        top = self.band_span(first)[0]
        last_top, last_bottom = self.band_span(last)
        return [(top, last_top + (last_bottom - last_top) * fraction)]

    def _paint_overlay(self, painter: QPainter, overlay: Overlay) -> None:
        wash = QColor(TEAL)
        wash.setAlpha(52 if overlay.procedure.systemic else 70)
        hatch = QColor(TEAL)
        hatch.setAlpha(85)
        for top, bottom in self.reach_spans(overlay):
            area = QRectF(LEFT, top, RIGHT - LEFT, bottom - top)
            painter.fillRect(area, wash)
            if not overlay.procedure.systemic:
                painter.fillRect(area, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            # every procedure's reach as a clear band: a bar beside it, its end as a solid line, its name
            painter.setPen(QPen(TEAL, 5))
            painter.drawLine(QPointF(LEFT - 5, top), QPointF(LEFT - 5, bottom))
            painter.setPen(QPen(TEAL, 3))
            painter.drawLine(QPointF(LEFT, bottom), QPointF(RIGHT, bottom))
            painter.setFont(_font(self.size_of(16), bold=True))
            name = overlay.procedure.name
            metrics = QFontMetricsF(painter.font())
            width = metrics.horizontalAdvance(name) + 16
            high = metrics.height() + 4
            tag = QRectF(LEFT + 8, bottom - high - 4, min(width, RIGHT - LEFT - 120), high)
            painter.fillRect(tag, QColor(255, 255, 255, 225))
            painter.setPen(SELECTION)
            painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), name)
        if overlay.depth_mm is not None:
            self._paint_needles(painter, overlay.depth_mm)

    @staticmethod
    def needle_xs() -> list[float]:
        """Where the dermapen's seven needles come down (logical x), well left of the hair follicle."""
        return [262 + 22 + i * 36.0 for i in range(7)]

    def _paint_needles(self, painter: QPainter, depth_mm: float) -> None:
        tip_y = self.y_at_depth(depth_mm)
        body = QRectF(262, 8, 260, 20)
        painter.setPen(QPen(NEEDLE_EDGE, 1.2))
        painter.setBrush(QColor("#aab7bf"))
        painter.drawRoundedRect(body, 6, 6)
        painter.setBrush(NEEDLE)
        for x in self.needle_xs():
            needle = QPainterPath(QPointF(x - NEEDLE_BASE_WIDTH / 2, body.bottom()))
            needle.lineTo(x + NEEDLE_BASE_WIDTH / 2, body.bottom())
            needle.lineTo(x, tip_y)
            needle.closeSubpath()
            painter.drawPath(needle)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(TEAL, 2.0, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(RULER_X, tip_y), QPointF(RIGHT, tip_y))
        painter.setFont(_font(self.size_of(15), bold=True))
        metrics = QFontMetricsF(painter.font())
        text = f"{depth_mm:.1f} mm"
        wide, high = metrics.horizontalAdvance(text) + 12, metrics.height() + 2
        label = QRectF(RIGHT - wide - 4, tip_y - high - 4, wide, high)
        painter.fillRect(label, QColor(255, 255, 255, 220))
        painter.setPen(SELECTION)
        painter.drawText(label, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_veil(self, painter: QPainter, state: PaintState) -> None:
        """Dim everything but the selected region, so that it stands out."""
        if state.selected:
            veil = QPainterPath()
            veil.addRect(QRectF(LEFT, SURFACE_Y - 6, RIGHT - LEFT, self.bone_bottom_y - SURFACE_Y + 6))
            painter.fillPath(veil.subtracted(self.outline(state.selected)), QColor(255, 255, 255, 150))

    def _paint_selection(self, painter: QPainter, state: PaintState) -> None:
        if state.hovered and state.hovered != state.selected:
            shape = self.outline(state.hovered)
            painter.fillPath(shape, QColor(255, 255, 255, 70))
            painter.setPen(QPen(QColor(18, 65, 79, 160), 1.6))
            painter.drawPath(shape)
        if state.selected:
            shape = self.outline(state.selected)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(255, 255, 255, 220), 6))
            painter.drawPath(shape)
            painter.setPen(QPen(SELECTION, 3))
            painter.drawPath(shape)
            block = self.layer_blocks.get(state.selected)
            if block is not None:
                painter.setPen(QPen(SELECTION, 3))
                painter.drawRect(block.adjusted(1.5, 1.5, -1.5, -1.5))
        if state.focused and state.focused not in self.layer_blocks:
            self._focus_ring(painter, self.outline(state.focused).boundingRect().adjusted(-4, -4, 4, 4))

    @staticmethod
    def _focus_ring(painter: QPainter, rect: QRectF) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#e08a00"), 2.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 4, 4)

    def _paint_labels(self, painter: QPainter, state: PaintState) -> None:
        for label in self.labels:
            active = label.key in (state.selected, state.hovered)
            painter.setFont(_font(self.size_of(LABEL_SIZE), bold=label.key == state.selected))
            painter.setPen(QPen(SELECTION if active else QColor("#51636e"), 1.6 if active else 1.0))
            start = QPointF(label.rect.left() - 2, label.rect.center().y())
            painter.drawLine(start, label.anchor)
            painter.setBrush(SELECTION if active else QColor("#51636e"))
            painter.drawEllipse(label.anchor, 2.6, 2.6)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(SELECTION if active else INK)
            painter.drawText(
                label.rect.adjusted(4, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                label.text,
            )
            if label.key == state.focused:
                self._focus_ring(painter, label.rect)
