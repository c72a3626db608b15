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
    from matplotlib.backend_bases import RendererBase
    from matplotlib.legend import Legend
    from matplotlib.projections.polar import PolarAxes

matplotlib.rcParams.update(
    {
        # DejaVu for Latin text and the rating symbols, Noto CJK for ー and Japanese names; a Japanese
        # chart puts Noto CJK first (FAMILIES), so that its kana, kanji and punctuation are of one face.
        "font.family": ["DejaVu Sans", "Noto Sans CJK JP", "sans-serif"],
        "svg.fonttype": "none",  # text stays text in SVG, so handouts can be edited
        "pdf.fonttype": 42,
    }
)
#: the chart's typefaces by language, first choice first (matplotlib falls back glyph by glyph)
FAMILIES = {
    "en": ["DejaVu Sans", "Noto Sans CJK JP", "sans-serif"],
    "ja": ["Noto Sans CJK JP", "DejaVu Sans", "sans-serif"],
}

EXPORT_FORMATS = ("png", "svg", "pdf")
INK = "#1d2b36"
#: the axis names of a chart whose names can be clicked: the app's link colour (QPalette.Link)
LINK = "#1f6477"
#: behind an axis name under the mouse, and behind the one chosen (its effect ranked)
HOVER_FILL = "#e4ecef"
CHOSEN_FILL = "#cfe5ea"
INFERRED_NOTE = "dashed: a column inferred from the article's text, not printed in its table"
GRID = "#c9d5da"
SAME_PROFILE = "{series} (same profile as {other})"
OUTER_RADIUS = HIGHEST_LEVEL + 0.25


#: characters a Japanese line may not start with (kinsoku shori): closing brackets, the comma and full
#: stop, small kana, the long-vowel mark and the middle dot
NO_LINE_START = set(
    "、。，．・：；？！）］｝〕〉》」』】〙〗〟’”ー～…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ"
)
#: characters a Japanese line may not end with: opening brackets
NO_LINE_END = set("（［｛〔〈《「『【〘〖〝‘“")


def _width(text: str) -> int:
    """Columns a text takes: two for a wide (CJK) character, one for the others."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


#: where a Japanese label breaks best: after a particle, the middle dot, a comma or a space
SOFT_BREAK_AFTER = set("の・、 ")


def _can_break(text: str, index: int) -> bool:
    """Whether a line may break before text[index]: not before a character that may not start a line, not
    after one that may not end it, and never inside a run of Latin letters and digits (EGF, IGF-1)."""
    before, after = text[index - 1], text[index]
    latin_run = before.isascii() and after.isascii() and not before.isspace() and not after.isspace()
    return after not in NO_LINE_START and before not in NO_LINE_END and not latin_run


def fill(text: str, columns: int) -> str:
    """Wrap a label at about `columns` (a CJK character counts two). Latin text breaks at spaces, never
    inside a word. Text with Japanese in it breaks between characters into lines of about equal width
    (コラーゲン / 産生の促進, not コラーゲン産生の促 / 進), by the kinsoku rules, preferring a break after の,
    ・ or 、."""
    total = _width(text)
    if total == len(text):
        return textwrap.fill(text, columns, break_long_words=False)
    if total <= columns:
        return text
    count = math.ceil(total / columns)
    widths = [_width(text[:index]) for index in range(len(text) + 1)]
    breaks: list[int] = []
    for line in range(1, count):
        goal = total * line / count
        allowed = [i for i in range(max(breaks, default=0) + 1, len(text)) if _can_break(text, i)]
        if not allowed:
            break
        breaks.append(min(allowed, key=lambda i: abs(widths[i] - goal) - (3 if text[i - 1] in SOFT_BREAK_AFTER else 0)))
    pieces = [text[start:end].strip() for start, end in zip([0, *breaks], [*breaks, len(text)], strict=True)]
    return "\n".join(piece for piece in pieces if piece)


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
    """A radar of ratings: axes for the effects, rings at 1, 2 and 3 marked with the article's symbols.

    The chart lays itself out for the size it is drawn at (`arrange`): its type grows with the figure and
    never falls below `minimum_text_px`; the axis names sit outside the outer ring, turned away from it;
    the legend, the inferred-column note and the symbol key stack below the radar; nothing overlaps.

    Attributes:
        figure: the plain Figure it draws on (the GUI puts it on a FigureCanvas, the CLI saves it).
        effect_labels: the axis label artists, pickable, in the order of `effects`.
        minimum_text_px: the smallest type, in the figure's logical pixels (1/dpi inch): the GUI raises
            it in presentation mode.
    """

    def __init__(
        self,
        effects: Sequence[str],
        scale: RatingScale,
        figure: Figure | None = None,
        compact: bool = False,
        animated: bool = False,
        language: str = "en",
        inferred_note: str = INFERRED_NOTE,
        same_profile: str = SAME_PROFILE,
        region: tuple[float, float, float, float] | None = None,
        titled: bool = False,
        label_columns: int = 16,
        spoke_labels: Sequence[str] | None = None,
    ) -> None:
        self.compact = compact or titled  # beside a table: no line of symbol meanings under it
        # one of several radars on a figure (small multiples): it keeps to `region` (left, bottom, width,
        # height as fractions of the figure), its one series named above it instead of in a legend below,
        # and leaves the notes to the figure
        self.region = region or (0.0, 0.0, 1.0, 1.0)
        self.titled = titled
        self.label_columns = label_columns
        # what each axis is marked with: its effect's name, or (a small radar) a number the figure explains
        self.spoke_labels = list(spoke_labels) if spoke_labels is not None else None
        self.family = FAMILIES.get(language, FAMILIES["en"])
        # On screen the series, legend and note are "animated": redrawn alone over a saved background
        # (blitting) when the selection changes. They belong to the axes, which draws animated artists
        # when saving, so exported files are complete.
        self.animated = animated
        self.effects = list(effects)
        self.scale = scale
        self.inferred_note = inferred_note
        self.same_profile = same_profile  # "{series}" is this series' name, "{other}" the identical one's
        self.minimum_text_px = 11.0
        self.figure = figure if figure is not None else Figure(figsize=(7.2, 6.2), dpi=100)
        self.figure.set_facecolor("white")
        # add_axes is typed as returning plain Axes; with projection="polar" it is a PolarAxes
        self.axes = cast("PolarAxes", self.figure.add_axes((0.2, 0.2, 0.6, 0.6), projection="polar"))
        # the first effect at the top, the rest clockwise, as the article's table reads left to right
        self.axes.set_theta_offset(math.pi / 2)
        self.axes.set_theta_direction(-1)
        self.angles = [2 * math.pi * i / len(self.effects) for i in range(len(self.effects))]
        self._artists: dict[str, tuple[Line2D, Polygon]] = {}
        self._shown: list[Series] = []
        self._legend: Legend | None = None
        self._arranged: tuple[object, ...] = ()
        # What lays out the same whatever the series (type size, notes, the axis labels' extents) is
        # measured once per size, dpi and minimum type (`_Frame`), and the radar's place once per frame
        # and legend height: a selection change measures only the legend.
        self._frames: dict[tuple[object, ...], _Frame] = {}
        self._frame_key: tuple[object, ...] = ()
        self._placements: dict[tuple[object, ...], tuple[float, float, float]] = {}
        self._placement: tuple[object, ...] = ()
        self.layout_changed = True  # the static part moved: a full draw is due, not only a blit
        #: lay out only when asked (`arrange`), not at each `show`: a canvas arranges before it draws, so
        #: a chart built or changed while hidden (a view rebuilt by a language switch) measures no text
        self.lazy = False
        self._build_axes()

    def _build_axes(self) -> None:
        ax = self.axes
        ax.set_ylim(0, OUTER_RADIUS)
        ax.set_thetalim(0, 2 * math.pi)
        ax.set_xticks(self.angles)
        ax.set_xticklabels([])
        ax.set_yticks(range(1, HIGHEST_LEVEL + 1))
        ax.set_yticklabels([])
        ax.grid(color=GRID, linewidth=1.0)
        ax.spines["polar"].set_color(GRID)
        self.effect_labels: list[Text] = []
        #: how each axis name was last marked (`mark_labels`): its colour and ground
        self._label_marks: dict[int, object] = {}
        names = self.spoke_labels if self.spoke_labels is not None else self.effects
        for index, (angle, name) in enumerate(zip(self.angles, names, strict=True)):
            across, up = math.sin(angle), math.cos(angle)
            label = ax.text(
                angle,
                OUTER_RADIUS,
                as_written(fill(name, self.label_columns)),
                ha="center" if abs(across) < 0.15 else ("left" if across > 0 else "right"),
                va="center" if abs(up) < 0.15 else ("bottom" if up > 0 else "top"),
                multialignment="center",
                color=INK,
                fontweight="bold",
                fontfamily=self.family,
                picker=True,
            )
            label.set_gid(f"effect-{index}")
            self.effect_labels.append(label)
        # ring marks: the article's symbols on the spoke between the first two effects, where no
        # vertex sits; their meanings are in the key below (or beside the table, for the compact chart)
        between = math.pi / len(self.effects)
        self.ring_labels: list[Text] = [
            ax.text(
                between,
                level,
                as_written(self.scale.step(level).symbol),
                color="#4b5d68",
                ha="center",
                va="center",
                fontfamily=self.family,
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
            )
            for level in range(1, HIGHEST_LEVEL + 1)
        ]
        # the key: one entry per symbol ("◎ Very powerful effect"), lines broken only between entries
        self._key_entries = scale_key_entries(self.scale)
        legend = KEY_SEPARATOR.join(self._key_entries)
        self._inferred_note = self.figure.text(
            0.5,
            0.1,
            as_written("- - " + self.inferred_note),
            ha="center",
            va="bottom",
            color="#7a4b00",
            fontfamily=self.family,
            visible=False,
            animated=self.animated,
        )
        self._scale_note = self.figure.text(
            0.5,
            0.02,
            legend,
            ha="center",
            va="bottom",
            color="#4b5d68",
            fontfamily=self.family,
            visible=not self.compact,
        )

    def _scale_key(self) -> str:
        """The line under the radar saying what each ring's symbol means (before `pack_entries` breaks it
        between entries)."""
        return KEY_SEPARATOR.join(self._key_entries)

    def relabel(
        self,
        effects: Sequence[str],
        scale: RatingScale,
        language: str = "en",
        inferred_note: str = INFERRED_NOTE,
        same_profile: str = SAME_PROFILE,
    ) -> None:
        """Say the chart's words in another language (a live language switch) without building the figure
        again: the axis names, the rings' symbols, the notes and their typefaces change in place, and the
        next `arrange` (at the next `show`, or before the canvas draws) lays them out anew. The series are
        given again with `show`: their names change too. A layout is kept per wording (`_wording` is part
        of the frame's key), so switching back measures nothing."""
        if len(effects) != len(self.effects):
            raise ValueError(f"{len(effects)} effects for a radar of {len(self.effects)}")
        self.effects = list(effects)
        self.scale = scale
        self.family = FAMILIES.get(language, FAMILIES["en"])
        self.inferred_note = inferred_note
        self.same_profile = same_profile
        names = self.spoke_labels if self.spoke_labels is not None else self.effects
        for label, name in zip(self.effect_labels, names, strict=True):
            label.set_text(as_written(fill(name, self.label_columns)))
            label.set_fontfamily(self.family)
        for level, ring in enumerate(self.ring_labels, start=1):
            ring.set_text(as_written(self.scale.step(level).symbol))
            ring.set_fontfamily(self.family)
        self._inferred_note.set_text(as_written("- - " + self.inferred_note))
        self._key_entries = scale_key_entries(self.scale)
        self._scale_note.set_text(self._scale_key())
        for note in (self._inferred_note, self._scale_note):
            note.set_fontfamily(self.family)
        self._arranged = ()
        self._frame_key = ()
        self.layout_changed = True

    def _wording(self) -> tuple[object, ...]:
        """What the frame's measurements depend on besides sizes: the words and their typeface."""
        return (tuple(self.effects), tuple(self.family), self.inferred_note, self._scale_key())

    # --- layout ---------------------------------------------------------------------------------------

    def text_artists(self) -> list[Artist]:
        """Every piece of text the chart shows (legend entries included), for layout and for tests."""
        texts: list[Artist] = [*self.effect_labels, *(ring for ring in self.ring_labels if ring.get_visible())]
        texts += [t for t in (self._inferred_note, self._scale_note) if t.get_visible()]
        if self._legend is not None:
            texts += self._legend.get_texts()
        return texts

    def text_px(self) -> float:
        """The chart's type size in logical pixels: 1/40 of the figure's shorter side, at least the minimum."""
        width, height = self._size_px()
        return max(self.minimum_text_px, min(width, height) / (40 if not self.compact else 34))

    def smallest_side_px(self) -> float:
        """The smallest width and height the chart lays out without overlaps at its minimum type: 30 lines
        of type (a screen must give it at least that)."""
        return 30 * self.minimum_text_px

    def _size_px(self) -> tuple[float, float]:
        """The chart's region in logical pixels."""
        width, height = self.figure.get_size_inches()
        dpi = self._logical_dpi()
        return width * dpi * self.region[2], height * dpi * self.region[3]

    def _logical_dpi(self) -> float:
        ratio = getattr(self.figure.canvas, "device_pixel_ratio", 1) or 1
        return float(self.figure.dpi) / float(ratio)

    def arrange(self) -> None:
        """Size the type for the figure and place the radar, its labels and the notes so that none overlaps
        another and all stay inside the figure (or the chart's region of it). Cheap when nothing changed,
        and when only the series did: the labels, rings and notes are laid out once per size (`_frame`), and
        a selection change re-places the legend alone.

        On screen (an animated chart) the room below the radar is kept for two rows of legend and the
        inferred-column note whether or not they show, so that ticking a series does not move the radar
        (the change is then a blit, not a full redraw); a saved or printed chart keeps only what it shows."""
        frame_key = (
            tuple(self.figure.get_size_inches()),
            self.figure.dpi,
            self._logical_dpi(),
            self.minimum_text_px,
            self.region,
            self._keeps_room() or self._inferred_note.get_visible(),
            self._wording(),
        )
        entries = tuple(self._artists[s.key][0].get_label() for s in self._shown)
        if (frame_key, entries) == self._arranged:
            return
        renderer = text_renderer(self.figure)
        frame = self._frames.get(frame_key)
        if frame is None:
            if len(self._frames) > 32:  # a window resized by dragging: keep the sizes of late
                self._frames.clear()
                self._placements.clear()
            frame = self._frames[frame_key] = self._measure_frame(renderer)
        if frame_key != self._frame_key:
            self._apply_frame(frame)
            self._frame_key = frame_key
            self._arranged = ()
            self.layout_changed = True
        if self._arranged[1:] != (entries,):
            self._update_legend(frame.points)
            if self._legend is not None:
                self._fit_legend(frame.points, frame.room, renderer)
        self._arranged = (frame_key, entries)
        left, bottom, width, height = frame.box
        centre = (left + width / 2) / frame.figure_width
        top = bottom + height - frame.gap
        room_below = frame.notes_top + (frame.reserved_legend + frame.gap if frame.reserved_legend else 0.0)
        if self._legend is not None:
            legend_height = self._legend.get_window_extent(renderer).height
            if self.titled:  # the name above the radar
                self._legend.set_bbox_to_anchor((centre, top / frame.figure_height), transform=self.figure.transFigure)
                top = self._legend.get_window_extent(renderer).y0 - frame.gap
            else:  # just below the radar, at the top of the room kept for it
                foot = frame.notes_top + max(0.0, frame.reserved_legend - legend_height)
                self._legend.set_bbox_to_anchor((centre, foot / frame.figure_height), transform=self.figure.transFigure)
                room_below = self._legend.get_window_extent(renderer).y1 + frame.gap
        # whole pixels, rounded towards the radar, so that a placement serves every legend as tall
        key = (frame_key, math.ceil(room_below), math.floor(top))
        placement = self._placements.get(key)
        if placement is None:
            placement = self._placements[key] = frame.fit_radar(math.ceil(room_below), math.floor(top))
        if (frame_key, placement) != self._placement:
            self._placement = (frame_key, placement)
            self._place_axes(*placement, frame.gap)
            self.layout_changed = True
            if self.titled:
                # a small radar's rings may be too close for their marks (the key under the grid says them)
                ring_gap = placement[2] / OUTER_RADIUS
                for ring in self.ring_labels:
                    ring.set_visible(ring_gap >= 1.6 * frame.points * self.figure.dpi / 72)

    def _keeps_room(self) -> bool:
        """Whether room is kept for two legend rows and the note whatever is shown: on screen, where the
        chart has room to spare (at its smallest sizes the radar needs it all, and moves with the legend)."""
        return self.animated and not self.titled and self._size_px()[1] >= 36 * self.text_px()

    def _measure_frame(self, renderer: RendererBase) -> _Frame:
        """Lay out what does not change with the series, measuring each text once."""
        px = self.text_px()
        points = px * 72 / self._logical_dpi()
        for label in self.effect_labels:
            label.set_fontsize(points)
        for ring in self.ring_labels:
            ring.set_fontsize(points)
        self._inferred_note.set_fontsize(points * 0.92)
        self._scale_note.set_fontsize(points * 0.92)
        figure_width, figure_height = self.figure.bbox.width, self.figure.bbox.height  # device pixels
        region_left, region_bottom, region_width, region_height = self.region
        box = (
            region_left * figure_width,
            region_bottom * figure_height,
            region_width * figure_width,
            region_height * figure_height,
        )
        scale = self.figure.dpi / 72  # device pixels per point
        gap = 0.5 * points * scale
        # the bottom block, from the foot up: symbol key, inferred-column note (then the legend)
        notes: list[tuple[str, float]] = []
        y = box[1] + gap
        for note in (self._scale_note, self._inferred_note):
            shown = note.get_visible() or (note is self._inferred_note and self._keeps_room())
            if not shown or (note is self._scale_note and self.compact):
                notes.append((note.get_text(), y))
                continue
            hidden = not note.get_visible()  # kept room for: measured as shown (a hidden text measures 1×1)
            note.set_visible(True)
            note.set_position(((box[0] + box[2] / 2) / figure_width, y / figure_height))
            if note is self._scale_note:
                pack_entries(note, self._key_entries, box[2] - 2 * gap, renderer)
            else:
                note.set_text(note.get_text().replace("\n", " "))
                wrap_to(note, box[2] - 2 * gap, renderer)
            notes.append((note.get_text(), y))
            y = note.get_window_extent(renderer).y1 + gap * 0.6
            note.set_visible(not hidden)
        reserved = self._legend_height(points, rows=2, renderer=renderer) if self._keeps_room() else 0.0
        # the axis labels' extents around their anchors: the same wherever the radar goes
        self._place_axes(box[0] + box[2] / 2, box[1] + box[3] / 2, min(box[2], box[3]) / 4, gap)
        offsets = []
        for label in self.effect_labels:
            extent = label.get_window_extent(renderer)
            x, y0 = label.get_transform().transform(label.get_position())
            offsets.append((extent.x0 - x, extent.y0 - y0, extent.x1 - x, extent.y1 - y0))
        return _Frame(
            points=points,
            gap=gap,
            box=box,
            figure_width=figure_width,
            figure_height=figure_height,
            notes=tuple(notes),
            notes_top=y,
            reserved_legend=reserved,
            room=box[2] - 2 * gap,
            angles=tuple(self.angles),
            label_offsets=tuple(offsets),
        )

    def _apply_frame(self, frame: _Frame) -> None:
        """Give the texts the type and places a frame measured (a frame is kept per size)."""
        for label in self.effect_labels:
            label.set_fontsize(frame.points)
        for ring in self.ring_labels:
            ring.set_fontsize(frame.points)
        centre = (frame.box[0] + frame.box[2] / 2) / frame.figure_width
        for note, (text, y) in zip((self._scale_note, self._inferred_note), frame.notes, strict=True):
            note.set_fontsize(frame.points * 0.92)
            note.set_text(text)
            note.set_position((centre, y / frame.figure_height))

    def _legend_height(self, points: float, rows: int, renderer: RendererBase) -> float:
        """How tall a legend of `rows` rows is at this type (measured on a legend of stand-in entries)."""
        # tall and deep letters, and a Japanese one (its face's lines are taller), so that no row of names is
        # taller than these
        handles = [Line2D([], [], linewidth=2.4, marker="o", label="Ågβ* ジ") for _ in range(rows)]
        probe = self.axes.legend(
            handles=handles, frameon=False, prop={"family": self.family, "size": points}, ncols=1, handlelength=2.4
        )
        height = float(probe.get_window_extent(renderer).height)
        probe.remove()
        if self._legend is not None:  # axes.legend replaced the axes' legend; put the chart's back
            self.axes.legend_ = self._legend
        return height

    def _place_axes(self, cx: float, cy: float, radius: float, gap: float) -> None:
        width, height = self.figure.bbox.width, self.figure.bbox.height
        self.axes.set_position(((cx - radius) / width, (cy - radius) / height, 2 * radius / width, 2 * radius / height))
        # the labels just outside the outer ring, `gap` device pixels away
        label_radius = OUTER_RADIUS * (1 + gap / radius)
        for angle, label in zip(self.angles, self.effect_labels, strict=True):
            label.set_position((angle, label_radius))

    def _fit_legend(self, points: float, room: float, renderer: RendererBase) -> None:
        """Fewer columns until the legend is as wide as the figure allows; a small radar's name, too long
        for its square, in the chart's type and then in lines."""
        assert self._legend is not None
        columns = self._legend_columns(len(self._shown))
        while columns > 1 and self._legend.get_window_extent(renderer).width > room:
            columns -= 1
            self._update_legend(points, columns)
        if not self.titled or self._legend.get_window_extent(renderer).width <= room:
            return
        self._update_legend(points, title_size=points)
        (title,) = self._legend.get_texts()
        name = title.get_text()
        for columns in range(max(_width(name) - 1, 1), 3, -1):
            if self._legend.get_window_extent(renderer).width <= room:
                break
            title.set_text(fill(name, columns))

    # --- series ---------------------------------------------------------------------------------------

    def _closed(self, levels: Sequence[int]) -> tuple[list[float], list[float]]:
        return [*self.angles, self.angles[0]], [*levels, levels[0]]

    def show(self, series: Sequence[Series]) -> None:
        """Show exactly these series, reusing each one's artists; hide the rest. A series with the same
        ratings as one before it is drawn over it as open rings on a dotted line, and its legend entry
        names the other one, so that neither hides the other."""
        wanted = {s.key for s in series}
        for key, (line, fill) in self._artists.items():
            if key not in wanted:
                line.set_visible(False)
                fill.set_visible(False)
        seen: dict[tuple[int, ...], Series] = {}
        faint = len(series) > 3  # many shapes: lighter fills, so that lines stay readable through them
        for entry in series:
            if len(entry.levels) != len(self.effects):
                raise ValueError(f"{entry.key}: {len(entry.levels)} levels for {len(self.effects)} effects")
            thetas, radii = self._closed(entry.levels)
            if entry.key in self._artists:
                line, fill = self._artists[entry.key]
                line.set_data(thetas, radii)
                fill.set_xy(list(zip(thetas, radii, strict=True)))
            else:
                (line,) = self.axes.plot(thetas, radii, linewidth=2.4, marker="o", animated=self.animated)
                (fill,) = self.axes.fill(thetas, radii, linewidth=0, animated=self.animated)
                self._artists[entry.key] = (line, fill)
            twin = seen.get(entry.levels)
            label = entry.label + (" *" if entry.dashed else "")
            line.set_color(entry.colour)
            fill.set_facecolor(entry.colour)
            fill.set_alpha(0.08 if faint else 0.18)
            if twin is None:
                seen[entry.levels] = entry
                line.set_linestyle((0, (5, 3)) if entry.dashed else "-")
                line.set_marker("o")
                line.set_markersize(6)
                line.set_markerfacecolor(entry.colour)
                line.set_zorder(2)
            else:
                label = self.same_profile.format(series=label, other=twin.label)
                line.set_linestyle((0, (1.5, 2.5)))
                line.set_marker("o")
                line.set_markersize(10.5)
                line.set_markerfacecolor("none")
                line.set_markeredgewidth(2.2)
                line.set_zorder(3)
                fill.set_alpha(0)
            line.set_label(as_written(label))
            line.set_visible(True)
            fill.set_visible(True)
        self._shown = list(series)
        self._inferred_note.set_visible(any(entry.dashed for entry in series) and not self.titled)
        self._arranged = ()  # the legend is rebuilt even where its names did not change (new colours)
        if not self.lazy:
            self.arrange()

    def _update_legend(self, points: float, columns: int | None = None, title_size: float | None = None) -> None:
        if self._legend is not None:
            self._legend.remove()
            self._legend = None
        handles = [self._artists[s.key][0] for s in self._shown]
        if handles:
            self._legend = self.axes.legend(
                handles=handles,
                loc="upper center" if self.titled else "lower center",
                bbox_to_anchor=(0.5, 0.0),
                bbox_transform=self.figure.transFigure,
                frameon=False,
                # a small radar's name is its title: larger and bold
                prop={"family": self.family, "size": title_size or points * 1.2, "weight": "bold"}
                if self.titled
                else {"family": self.family, "size": points},
                ncols=columns or self._legend_columns(len(handles)),
                handlelength=2.4,
                columnspacing=1.4,
            )
            self._legend.set_animated(self.animated)

    def _legend_columns(self, count: int) -> int:
        """One row while it fits: up to three names; else two rows (`_fit_legend` takes fewer where the
        names are long: アムニオジェニックス is as wide as 20 Latin letters)."""
        return count if count <= 3 else (count + 1) // 2

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

    def picture_key(self) -> tuple[object, ...]:
        """What the chart's static part (all but `dynamic_artists`) shows, for a canvas that keeps it drawn
        (ui/chart_widget.py): the radar's place, and each static text as drawn (its words, place, type,
        typeface, colour and ground, and whether it shows). Two states with equal keys draw alike."""
        texts = [*self.effect_labels, *self.ring_labels, self._scale_note]
        return (
            tuple(self.axes.get_position().bounds),
            tuple(
                (
                    text.get_text(),
                    tuple(text.get_position()),
                    text.get_fontsize(),
                    tuple(text.get_fontfamily()),
                    str(text.get_fontweight()),
                    str(text.get_color()),
                    text.get_visible(),
                )
                for text in texts
            ),
            tuple(sorted(self._label_marks.items())),
        )

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
        self.arrange()  # where the radar is now (cheap when laid out already)
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

    def label_at(self, x: float, y: float) -> int | None:
        """The effect whose axis name covers display point (x, y), if any."""
        renderer = text_renderer(self.figure)
        for index, label in enumerate(self.effect_labels):
            if label.get_visible() and label.get_window_extent(renderer).contains(x, y):
                return index
        return None

    def mark_labels(self, clickable: bool, chosen: int | None = None, hovered: int | None = None) -> bool:
        """Draw the axis names as links (`clickable`), the `chosen` one on a tinted, outlined ground and the
        `hovered` one on a lighter one; their type and size stay, so that the radar does not move. Returns
        whether anything changed (the static part then needs a full draw)."""
        changed = False
        for index, label in enumerate(self.effect_labels):
            colour = LINK if clickable else INK
            if index == chosen:
                ground: dict[str, object] | None = {
                    "boxstyle": "round,pad=0.25",
                    "facecolor": CHOSEN_FILL,
                    "edgecolor": LINK,
                    "linewidth": 1.2,
                }
            elif index == hovered and clickable:
                ground = {"boxstyle": "round,pad=0.25", "facecolor": HOVER_FILL, "edgecolor": "none"}
            else:
                ground = None
            state = (colour, None if ground is None else tuple(sorted(ground.items())))
            if self._label_marks.get(index) == state:
                continue
            self._label_marks[index] = state
            label.set_color(colour)
            label.set_bbox(ground)
            changed = True
        if changed:
            self.layout_changed = True
        return changed


@dataclass(frozen=True)
class _Frame:
    """What a radar's layout keeps for one size: everything but the legend and the radar's place.

    Attributes:
        points: the type size, in points.
        gap: the space between blocks, in device pixels.
        box: the chart's region (left, bottom, width, height) in device pixels.
        notes: the symbol key's and the inferred-column note's wrapped text and foot (device pixels).
        notes_top: the top of the notes, where the legend's room starts.
        reserved_legend: the legend height kept free on screen (two rows), 0 for a saved chart.
        room: the widest a note or the legend may be.
        label_offsets: each axis label's extent (x0, y0, x1, y1) around its anchor point.
    """

    points: float
    gap: float
    box: tuple[float, float, float, float]
    figure_width: float
    figure_height: float
    notes: tuple[tuple[str, float], ...]
    notes_top: float
    reserved_legend: float
    room: float
    angles: tuple[float, ...]
    label_offsets: tuple[tuple[float, float, float, float], ...]

    def fit_radar(self, bottom: float, top: float) -> tuple[float, float, float]:
        """The radar's centre and radius (device pixels) between `bottom` and `top`: as large as the
        labels turned outward around it allow, found from the labels' measured extents (no drawing)."""
        left, right = self.box[0] + self.gap, self.box[0] + self.box[2] - self.gap
        radius = max(10.0, min(right - left, top - bottom) / 2 * 0.8)
        centre_x, centre_y = (left + right) / 2, (top + bottom) / 2
        for _ in range(6):
            reach = radius + self.gap  # the labels' anchors, just outside the outer ring
            boxes = [
                (
                    centre_x + reach * math.sin(angle) + x0,
                    centre_y + reach * math.cos(angle) + y0,
                    centre_x + reach * math.sin(angle) + x1,
                    centre_y + reach * math.cos(angle) + y1,
                )
                for angle, (x0, y0, x1, y1) in zip(self.angles, self.label_offsets, strict=True)
            ]
            x_low = min(min(b[0] for b in boxes), centre_x - radius)
            x_high = max(max(b[2] for b in boxes), centre_x + radius)
            y_low = min(min(b[1] for b in boxes), centre_y - radius)
            y_high = max(max(b[3] for b in boxes), centre_y + radius)
            spare = min((right - left) - (x_high - x_low), (top - bottom) - (y_high - y_low))
            centre_x += (left + right) / 2 - (x_low + x_high) / 2
            centre_y += (bottom + top) / 2 - (y_low + y_high) / 2
            if -0.5 < spare < 2:
                break
            radius = max(10.0, radius + spare / 2)
        return centre_x, centre_y, radius


def text_renderer(figure: Figure) -> RendererBase:
    """A renderer to measure text with: the canvas's own, or an Agg one for a figure not on a screen."""
    get = getattr(figure.canvas, "get_renderer", None)
    if get is None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        get = FigureCanvasAgg(figure).get_renderer
    return cast("RendererBase", get())


#: between the entries of a key on one line ("◎ Very powerful effect   ○ Powerful effect")
KEY_SEPARATOR = "   "


def scale_key_entries(scale: RatingScale) -> list[str]:
    """The rating key's entries, highest first: each symbol with its meaning ("◎ Very powerful effect"),
    single-spaced whatever the catalogue's spacing, ready for a matplotlib Text."""
    return [
        as_written(f"{scale.step(level).symbol} {' '.join(scale.step(level).meaning.rstrip('.。').split())}")
        for level in range(HIGHEST_LEVEL, -1, -1)
    ]


def pack_entries(
    text: Text, entries: Sequence[str], room: float, renderer: RendererBase, separator: str = KEY_SEPARATOR
) -> None:
    """Set `text` to the entries in lines no wider than `room` device pixels, breaking only between entries
        (each measured once): "① Cell proliferation and differentiation" or "△ Effective, but limited …" never
        splits, in either language. Only an entry wider than `room` on its own is wrapped (at the smallest sizes
    a chart is drawn, below a laptop's share of the screen)."""
    lines: list[str] = []
    widths: list[float] = []
    text.set_text(separator)
    separator_width = float(text.get_window_extent(renderer).width)
    for entry in entries:
        text.set_text(entry)
        width = float(text.get_window_extent(renderer).width)
        if width > room:  # too wide for any line (the smallest charts): wrapped on lines of its own...
            wrap_to(text, room, renderer)
            pieces = text.get_text().split("\n")
            text.set_text(pieces[-1])
            lines += pieces
            # ...but for its last, which the next entry may share (a line more would shrink the radar)
            widths += [room + 1] * (len(pieces) - 1) + [float(text.get_window_extent(renderer).width)]
        elif lines and widths[-1] + separator_width + width <= room:
            lines[-1] += separator + entry
            widths[-1] += separator_width + width
        else:
            lines.append(entry)
            widths.append(width)
    text.set_text("\n".join(lines))


def wrap_to(text: Text, room: float, renderer: RendererBase) -> None:
    """Break a one-line text into as few lines as keep it within `room` device pixels: at spaces, or, in
    Japanese, between the characters the kinsoku rules allow. Each piece is measured once and the lines
    summed from them; the lines found are measured whole, and wrapped again narrower should kerning have
    made one wider than the sum."""
    content = text.get_text()
    if _width(content) == len(content):
        words, space = content.split(" "), " "
    else:
        cuts = [0, *(i for i in range(1, len(content)) if _can_break(content, i)), len(content)]
        words, space = [content[a:b] for a, b in zip(cuts, cuts[1:], strict=False)], ""

    def measured(piece: str) -> float:
        text.set_text(piece)
        return float(text.get_window_extent(renderer).width)

    widths = [measured(word) for word in words]
    space_width = measured("x x") - measured("xx") if space else 0.0
    limit = room
    for _ in range(3):
        lines: list[list[int]] = []
        line_width = 0.0
        for index, width in enumerate(widths):
            if lines and line_width + space_width + width <= limit:
                lines[-1].append(index)
                line_width += space_width + width
            else:
                lines.append([index])
                line_width = width
        joined = [space.join(words[i] for i in line).strip() for line in lines]
        widest = max(measured(line) for line in joined)
        if widest <= room or all(len(line) == 1 for line in lines):
            break
        limit -= widest - room + 1
    text.set_text("\n".join(joined))


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
    with matplotlib.rc_context({"pdf.fonttype": 3} if fmt == "pdf" and _draws_with_cff(figure) else {}):
        figure.savefig(buffer, format=fmt, dpi=dpi, facecolor="white", metadata=metadata)
    write_atomically(path, buffer.getvalue())


def _draws_with_cff(figure: Figure) -> bool:
    """Whether some text is drawn in an OpenType font with PostScript (CFF) outlines, as Noto Sans CJK is:
    matplotlib embeds such a font in a PDF as TrueType (Type 42), which readers may refuse
    (matplotlib/matplotlib#20870), so those PDFs embed their glyphs as Type 3 (still text, extractable)."""
    from matplotlib import font_manager

    for text in figure.findobj(Text):
        content = text.get_text()
        if not text.get_visible() or not content:
            continue
        if any(unicodedata.east_asian_width(c) in "WF" for c in content):
            return True
        if Path(font_manager.findfont(text.get_fontproperties())).suffix.lower() in (".otf", ".ttc", ".otc"):
            return True
    return False
