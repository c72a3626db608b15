"""Small multiples: one small radar per series in a grid on one Figure, for six shapes that would hide one
another overlaid. Each radar has the overlay's scale, rings and axis labels and is named above it in the
series' colour line; the symbol key and the inferred-column note are said once, under the grid."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.text import Text

from dermacounsel.charts.radar import (
    FAMILIES,
    INFERRED_NOTE,
    INK,
    KEY_SEPARATOR,
    SAME_PROFILE,
    RadarChart,
    Series,
    Vertex,
    as_written,
    pack_entries,
    scale_key_entries,
    text_renderer,
    wrap_to,
)
from dermacounsel.domain.scale import RatingScale

if TYPE_CHECKING:
    pass

#: the marks on a small radar's axes, explained once under the grid: a small radar has no room for six
#: names around it (at 1366x768 they would leave it a few pixels wide)
SPOKE_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"


def spoke_number(index: int) -> str:
    return SPOKE_NUMBERS[index] if index < len(SPOKE_NUMBERS) else str(index + 1)


def grid_shape(count: int, width: float, height: float) -> tuple[int, int]:
    """Columns and rows for `count` radars in a width × height area: the shape that gives each the largest
    square (a wide screen puts three side by side, a tall one stacks them)."""
    if count <= 0:
        return 1, 1
    best = (0.0, 1, count)
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        side = min(width / columns, height / rows)
        if side > best[0] + 0.5:
            best = (side, columns, rows)
    return best[1], best[2]


class SmallMultiples:
    """Radars side by side, one per shown series, sharing one Figure.

    Attributes:
        figure: the plain Figure (on a FigureCanvas in the GUI, saved by the CLI).
        cells: the radars, one per grid place used so far (reused, hidden when not needed).
        minimum_text_px: the smallest type, in logical pixels, passed on to every radar.
        layout_changed: True when the figure needs a full draw (always, after a change: nothing is blitted).
    """

    def __init__(
        self,
        effects: Sequence[str],
        scale: RatingScale,
        figure: Figure | None = None,
        language: str = "en",
        inferred_note: str = INFERRED_NOTE,
        same_profile: str = SAME_PROFILE,
    ) -> None:
        self.effects = list(effects)
        self.scale = scale
        self.language = language
        self.family = FAMILIES.get(language, FAMILIES["en"])
        self.inferred_note = inferred_note
        self.same_profile = same_profile
        self.figure = figure if figure is not None else Figure(figsize=(7.2, 6.2), dpi=100)
        self.figure.set_facecolor("white")
        self.minimum_text_px = 11.0
        self.layout_changed = True
        #: (RadarChart.lazy, for the canvas) the small radars always lay out at once: their titles are their
        #: legends, read as soon as the series change
        self.lazy = False
        self.cells: list[RadarChart] = []
        self._shown: list[Series] = []
        self._arranged: tuple[object, ...] = ()
        self._key_entries = scale_key_entries(scale)
        self._scale_note = self.figure.text(0.5, 0.02, KEY_SEPARATOR.join(self._key_entries), ha="center", va="bottom")
        self._inferred_note = self.figure.text(
            0.5, 0.08, as_written("- - " + inferred_note), ha="center", va="bottom", color="#7a4b00", visible=False
        )
        self._scale_note.set_color("#4b5d68")
        # the axes' numbers, explained: "① Cell proliferation and differentiation   ② Collagen production …",
        # each entry kept on one line where it fits (no-break spaces inside it)
        self._spoke_entries = [as_written(f"{spoke_number(index)} {name}") for index, name in enumerate(self.effects)]
        self._spoke_key = self.figure.text(
            0.5, 0.14, "   ".join(self._spoke_entries), ha="center", va="bottom", color=INK
        )
        for note in (self._scale_note, self._inferred_note, self._spoke_key):
            note.set_fontfamily(self.family)
            # lines of whole entries take a line more than text broken anywhere: set closer (no ascender
            # meets a descender at 1.05), so that the radars keep their size
            note.set_linespacing(1.05)
        self._notes = (self._scale_note, self._inferred_note, self._spoke_key)
        self._notes_text = tuple(note.get_text() for note in self._notes)

    # --- series ---------------------------------------------------------------------------------------

    def show(self, series: Sequence[Series]) -> None:
        """One radar per series, in this order; the radars no longer needed are hidden."""
        while len(self.cells) < len(series):
            self.cells.append(
                RadarChart(
                    self.effects,
                    self.scale,
                    figure=self.figure,
                    language=self.language,
                    inferred_note=self.inferred_note,
                    same_profile=self.same_profile,
                    region=(0.0, 0.0, 1.0, 1.0),
                    titled=True,
                    spoke_labels=[spoke_number(index) for index in range(len(self.effects))],
                )
            )
        self._shown = list(series)
        for index, cell in enumerate(self.cells):
            used = index < len(series)
            cell.axes.set_visible(used)
            cell.show([series[index]] if used else [])
        self._inferred_note.set_visible(any(entry.dashed for entry in series))
        self._arranged = ()
        self.arrange()

    @property
    def shown(self) -> list[Series]:
        return list(self._shown)

    def cell_of(self, key: str) -> RadarChart:
        """The radar that shows the series `key`."""
        for series, cell in zip(self._shown, self.cells, strict=False):
            if series.key == key:
                return cell
        raise KeyError(key)

    def titles(self) -> list[str]:
        """The name above each shown radar, in grid order (left to right, top to bottom)."""
        names = []
        for cell in self.cells[: len(self._shown)]:
            legend = cell.axes.get_legend()
            names += [text.get_text() for text in legend.get_texts()] if legend is not None else []
        return names

    # --- layout ---------------------------------------------------------------------------------------

    def text_artists(self) -> list[Artist]:
        """Every text shown: each radar's (its title included) and the notes under the grid."""
        texts: list[Artist] = []
        for cell in self.cells[: len(self._shown)]:
            texts += cell.text_artists()
        texts += [note for note in self._notes if note.get_visible()]
        return texts

    def smallest_side_px(self) -> float:
        """As the overlaid radar's (the view offers both in the same place)."""
        return 30 * self.minimum_text_px

    def _logical_dpi(self) -> float:
        ratio = getattr(self.figure.canvas, "device_pixel_ratio", 1) or 1
        return float(self.figure.dpi) / float(ratio)

    def arrange(self) -> None:
        """Share the figure out: the notes at the foot, then a grid of equal squares for the radars, each of
        which lays itself out in its square. Cheap when nothing changed."""
        state = (
            tuple(self.figure.get_size_inches()),
            self.figure.dpi,
            self._logical_dpi(),
            self.minimum_text_px,
            len(self._shown),
            self._inferred_note.get_visible(),
        )
        if state == self._arranged:
            return
        self._arranged = state
        self.layout_changed = True
        renderer = text_renderer(self.figure)
        width, height = self.figure.bbox.width, self.figure.bbox.height  # device pixels
        points = self.minimum_text_px * 72 / self._logical_dpi()
        gap = 0.5 * points * self.figure.dpi / 72
        y = gap
        for note, text in zip(self._notes, self._notes_text, strict=True):
            if not note.get_visible():
                continue
            note.set_fontsize(points * (1.0 if note is self._spoke_key else 0.92))
            note.set_text(text)
            note.set_position((0.5, y / height))
            if note is self._spoke_key:
                pack_entries(note, self._spoke_entries, width - 2 * gap, renderer)
            elif note is self._scale_note:
                pack_entries(note, self._key_entries, width - 2 * gap, renderer)
            else:
                wrap_to(note, width - 2 * gap, renderer)
            y = note.get_window_extent(renderer).y1 + gap
        count = len(self._shown)
        columns, rows = grid_shape(count, width, height - y)
        cell_width, cell_height = width / columns, (height - y) / rows
        for index, cell in enumerate(self.cells[:count]):
            row, column = divmod(index, columns)
            left = column * cell_width
            if row == rows - 1:  # a last row not full is centred
                left += (columns - (count - row * columns)) * cell_width / 2
            bottom = y + (rows - 1 - row) * cell_height
            cell.region = (left / width, bottom / height, cell_width / width, cell_height / height)
            cell.minimum_text_px = self.minimum_text_px
            cell.arrange()

    # --- interaction ----------------------------------------------------------------------------------

    def vertex_near(self, x: float, y: float, tolerance: float = 9.0) -> Vertex | None:
        """The vertex under display point (x, y), on whichever radar it is."""
        for cell in self.cells[: len(self._shown)]:
            vertex = cell.vertex_near(x, y, tolerance)
            if vertex is not None:
                return vertex
        return None

    def series_at(self, x: float, y: float) -> Series | None:
        """The series whose radar is under display point (x, y) (for naming it on hover)."""
        for series, cell in zip(self._shown, self.cells, strict=False):
            box = cell.axes.get_window_extent()
            if box.x0 <= x <= box.x1 and box.y0 <= y <= box.y1:
                return series
        return None

    def effect_of_label(self, artist: object) -> int | None:
        for cell in self.cells[: len(self._shown)]:
            index = cell.effect_of_label(artist)
            if index is not None:
                return index
        return None

    def dynamic_artists(self) -> list[Artist]:
        """Nothing is blitted: a change redraws the whole grid."""
        return []

    def notes(self) -> list[Text]:
        """The texts under the grid: the axes' numbers explained, the inferred-column note, the symbol key."""
        return [note for note in self._notes if note.get_visible()]
