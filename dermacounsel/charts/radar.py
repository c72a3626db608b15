"""Radar charts of growth-factor ratings on the article's six effects, on a plain matplotlib Figure.

The chart keeps one line and one filled polygon per series and updates them in place when the
selection changes, so a change costs a redraw, never a rebuild of the figure.
"""

from __future__ import annotations

import io
import math
import textwrap
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

import matplotlib
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Polygon
from matplotlib.text import Text

from dermacounsel.domain.scale import HIGHEST_LEVEL, RatingScale
from dermacounsel.paths import write_atomically

if TYPE_CHECKING:
    from matplotlib.legend import Legend
    from matplotlib.projections.polar import PolarAxes

matplotlib.rcParams.update(
    {
        # DejaVu for Latin text and the rating symbols, Noto CJK for ー and Japanese names.
        "font.family": ["DejaVu Sans", "Noto Sans CJK JP", "sans-serif"],
        "svg.fonttype": "none",  # text stays text in SVG, so handouts can be edited
        "pdf.fonttype": 42,
    }
)

EXPORT_FORMATS = ("png", "svg", "pdf")
INK = "#1d2b36"
INFERRED_NOTE = "dashed: a column inferred from the article's text, not printed in its table"
GRID = "#c9d5da"


def as_written(text: str) -> str:
    """Catalogue text for a matplotlib Text: every "$" escaped, so that it is drawn as a dollar sign and
    never parsed as mathtext (a name holding `$\\foo{$` would otherwise crash the drawing, and
    "Kit ($30) / Kit ($45)" be typeset in italics). Matplotlib turns `\\$` back into `$` when drawing."""
    return text.replace("$", r"\$")


@dataclass(frozen=True)
class Series:
    """One shape on the radar.

    Attributes:
        key: stable identity (a factor's key or a product's name), so that updates find its artists.
        levels: one rating (0-3) per effect, in the chart's order of effects.
        dashed: drawn with a dashed outline, for a profile that rests on an inferred column.
    """

    key: str
    label: str
    levels: tuple[int, ...]
    colour: str
    dashed: bool = False


@dataclass(frozen=True)
class Vertex:
    """A series' point on one effect axis."""

    series: Series
    effect_index: int
    level: int


class RadarChart:
    """A radar of ratings: axes for the effects, rings at 1, 2 and 3 labelled with the article's symbols.

    Attributes:
        figure: the plain Figure it draws on (the GUI puts it on a FigureCanvas, the CLI saves it).
        effect_labels: the axis label artists, pickable, in the order of `effects`.
    """

    def __init__(
        self,
        effects: Sequence[str],
        scale: RatingScale,
        figure: Figure | None = None,
        compact: bool = False,
        animated: bool = False,
    ) -> None:
        self.compact = compact  # smaller type, no legend line of symbols: for a chart beside a table
        # On screen the series, legend and note are "animated": redrawn alone over a saved background
        # (blitting) when the selection changes. They belong to the axes, which draws animated artists
        # when saving, so exported files are complete.
        self.animated = animated
        self.effects = list(effects)
        self.scale = scale
        self.figure = figure if figure is not None else Figure(figsize=(7.2, 6.2), dpi=100)
        self.figure.set_facecolor("white")
        box = (0.2, 0.2, 0.6, 0.6) if compact else (0.17, 0.25, 0.66, 0.63)
        # add_axes is typed as returning plain Axes; with projection="polar" it is a PolarAxes
        self.axes = cast("PolarAxes", self.figure.add_axes(box, projection="polar"))
        # the first effect at the top, the rest clockwise, as the article's table reads left to right
        self.axes.set_theta_offset(math.pi / 2)
        self.axes.set_theta_direction(-1)
        self.angles = [2 * math.pi * i / len(self.effects) for i in range(len(self.effects))]
        self._artists: dict[str, tuple[Line2D, Polygon]] = {}
        self._shown: list[Series] = []
        self._legend: Legend | None = None
        self._build_axes()

    def _build_axes(self) -> None:
        ax = self.axes
        ax.set_ylim(0, HIGHEST_LEVEL + 0.25)
        ax.set_thetalim(0, 2 * math.pi)
        ax.set_xticks(self.angles)
        ax.set_xticklabels([])
        ax.set_yticks(range(1, HIGHEST_LEVEL + 1))
        ax.set_yticklabels([])
        ax.grid(color=GRID, linewidth=1.0)
        ax.spines["polar"].set_color(GRID)
        ax.set_rlabel_position(0)
        self.effect_labels: list[Text] = []
        for angle, name in zip(self.angles, self.effects, strict=True):
            label = ax.text(
                angle,
                HIGHEST_LEVEL + 0.75,
                as_written(textwrap.fill(name, 14 if self.compact else 18, break_long_words=False)),
                ha="center",
                va="center",
                fontsize=8.5 if self.compact else 11,
                color=INK,
                fontweight="bold",
                picker=True,
            )
            label.set_gid(f"effect-{self.effects.index(name)}")
            self.effect_labels.append(label)
        # ring labels: the article's symbols with the legend's words, along the upward axis
        for level in range(1, HIGHEST_LEVEL + 1):
            step = self.scale.step(level)
            ax.text(
                math.pi / len(self.effects),
                level,
                as_written(f"{step.symbol} {step.label.lower()}"),
                fontsize=9,
                color="#4b5d68",
                ha="left",
                va="bottom",
            )
        none = self.scale.step(0)
        ax.text(0, 0, as_written(none.symbol), fontsize=10, color="#4b5d68", ha="center", va="center")
        legend = as_written(
            "   ".join(
                f"{self.scale.step(level).symbol} {self.scale.step(level).meaning.rstrip('.')}"
                for level in range(HIGHEST_LEVEL, -1, -1)
            )
        )
        self._inferred_note = self.axes.text(
            0.985,
            0.975,
            textwrap.fill("* " + INFERRED_NOTE, 30),
            ha="right",
            va="top",
            fontsize=9,
            color="#7a4b00",
            visible=False,
            transform=self.figure.transFigure,
            animated=self.animated,
        )
        self._scale_note = self.figure.text(
            0.5,
            0.03,
            legend,
            ha="center",
            va="center",
            fontsize=8,
            color="#4b5d68",
            wrap=True,
            visible=not self.compact,
        )

    # --- series ---------------------------------------------------------------------------------------

    def _closed(self, levels: Sequence[int]) -> tuple[list[float], list[float]]:
        return [*self.angles, self.angles[0]], [*levels, levels[0]]

    def show(self, series: Sequence[Series]) -> None:
        """Show exactly these series, reusing each one's artists; hide the rest."""
        wanted = {s.key for s in series}
        for key, (line, fill) in self._artists.items():
            if key not in wanted:
                line.set_visible(False)
                fill.set_visible(False)
        for entry in series:
            if len(entry.levels) != len(self.effects):
                raise ValueError(f"{entry.key}: {len(entry.levels)} levels for {len(self.effects)} effects")
            thetas, radii = self._closed(entry.levels)
            if entry.key in self._artists:
                line, fill = self._artists[entry.key]
                line.set_data(thetas, radii)
                fill.set_xy(list(zip(thetas, radii, strict=True)))
            else:
                (line,) = self.axes.plot(thetas, radii, linewidth=2.4, marker="o", markersize=6, animated=self.animated)
                (fill,) = self.axes.fill(thetas, radii, alpha=0.18, linewidth=0, animated=self.animated)
                self._artists[entry.key] = (line, fill)
            line.set_color(entry.colour)
            line.set_linestyle((0, (5, 3)) if entry.dashed else "-")
            line.set_label(as_written(entry.label + (" *" if entry.dashed else "")))
            fill.set_facecolor(entry.colour)
            line.set_visible(True)
            fill.set_visible(True)
        self._shown = list(series)
        self._inferred_note.set_visible(any(entry.dashed for entry in series))
        self._update_legend()

    def _update_legend(self) -> None:
        if self._legend is not None:
            self._legend.remove()
            self._legend = None
        handles = [self._artists[s.key][0] for s in self._shown]
        if handles:
            self._legend = self.axes.legend(
                handles=handles,
                loc="lower center",
                bbox_to_anchor=(0.5, 0.0 if self.compact else 0.06),
                bbox_transform=self.figure.transFigure,
                frameon=False,
                fontsize=9 if self.compact else 10.5,
                ncols=self._legend_columns([s.label for s in self._shown]),
                handlelength=2.4,
            )
            self._legend.set_animated(self.animated)

    def _legend_columns(self, labels: Sequence[str]) -> int:
        """One row while it fits: up to four names, or three in the narrow chart beside a table, and no
        wider than the chart (Japanese names are twice as wide a character: アムニオジェニックス)."""
        count = len(labels)
        widest_row = 48 if self.compact else 76  # in half-width characters, a handle and a gap each 6
        width = sum(6 + sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in label) for label in labels)
        return count if count <= (3 if self.compact else 4) and width <= widest_row else (count + 1) // 2

    def dynamic_artists(self) -> list[Artist]:
        """What changes with the selection: the shown series, the legend and the inferred-column note."""
        artists: list[Artist] = []
        for series in self._shown:
            line, fill = self._artists[series.key]
            artists += [fill, line]
        if self._legend is not None:
            artists.append(self._legend)
        artists.append(self._inferred_note)
        return artists

    @property
    def shown(self) -> list[Series]:
        return list(self._shown)

    def radii(self, key: str) -> list[float]:
        """The plotted radius on each axis for a shown series (what the eye reads as its ratings)."""
        line, _fill = self._artists[key]
        return [float(r) for r in _data(line)[1]][:-1]

    def line(self, key: str) -> Line2D:
        return self._artists[key][0]

    # --- interaction ----------------------------------------------------------------------------------

    def vertex_near(self, x: float, y: float, tolerance: float = 9.0) -> Vertex | None:
        """The shown vertex nearest display point (x, y) within `tolerance` pixels; the topmost series wins."""
        best: tuple[float, Vertex] | None = None
        for series in reversed(self._shown):
            for index, level in enumerate(series.levels):
                px, py = self.vertex_position(series.key, index)
                distance = math.hypot(px - x, py - y)
                if distance <= tolerance and (best is None or distance < best[0] - 0.5):
                    best = (distance, Vertex(series, index, level))
        return best[1] if best else None

    def vertex_position(self, key: str, effect_index: int) -> tuple[float, float]:
        """Display coordinates (pixels from the bottom left) of a series' vertex."""
        line, _fill = self._artists[key]
        thetas, radii = _data(line)
        theta, radius = thetas[effect_index], radii[effect_index]
        x, y = self.axes.transData.transform((theta, radius))
        return float(x), float(y)

    def effect_of_label(self, artist: object) -> int | None:
        for index, label in enumerate(self.effect_labels):
            if label is artist:
                return index
        return None


def _data(line: Line2D) -> tuple[Sequence[float], Sequence[float]]:
    """A series line's angles and radii: the lists of floats the chart gave it (matplotlib types them as
    any array-like)."""
    return cast("Sequence[float]", line.get_xdata()), cast("Sequence[float]", line.get_ydata())


def save_figure(figure: Figure, path: Path, dpi: int = 150) -> None:
    """Save in the format the file name asks for (PNG, SVG or PDF), atomically: a crash leaves the old
    file or the whole new one."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"{path.name}: save as .png, .svg or .pdf")
    buffer = io.BytesIO()
    metadata = {"Creator": "DermaCounsel"} if fmt in ("svg", "pdf") else None
    figure.savefig(buffer, format=fmt, dpi=dpi, facecolor="white", metadata=metadata)
    write_atomically(path, buffer.getvalue())
