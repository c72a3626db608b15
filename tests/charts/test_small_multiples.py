"""Small multiples: one small radar per series, named above it, on the overlay's scale; nothing overlaps at
the sizes the view and the export draw them; the files name every series and explain the axes' numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox
from pypdf import PdfReader

from dermacounsel.charts.profile_series import colours, series_for
from dermacounsel.charts.radar import OUTER_RADIUS, save_figure
from dermacounsel.charts.small_multiples import SmallMultiples, grid_shape
from dermacounsel.domain.profiles import factor_profile, product_profile
from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage.database import CatalogueDatabase


def _overlap(a, b) -> bool:
    return a.x0 < b.x1 - 0.5 and b.x0 < a.x1 - 0.5 and a.y0 < b.y1 - 0.5 and b.y0 < a.y1 - 0.5


def _catalogue_series(database: CatalogueDatabase, language: str):
    catalogue = Catalogue(database)
    catalogue.set_language(language)
    cards = catalogue.growth_factor_cards()
    products = catalogue.product_links()
    rated = [c for c in cards if c.rated]
    effect_keys = [r.effect_key for r in rated[0].ratings]
    palette = colours(cards, [p.name for p in products])
    factors = series_for([factor_profile(c, effect_keys) for c in rated], palette)
    product_series = series_for([product_profile(p, cards, effect_keys) for p in products], palette)
    return [r.effect for r in rated[0].ratings], catalogue.rating_scale(), factors, product_series


def test_one_radar_per_series_named_above_it_on_the_same_scale(database: CatalogueDatabase) -> None:
    effects, scale, factors, _products = _catalogue_series(database, "en")
    grid = SmallMultiples(effects, scale)
    grid.show(factors)
    visible = [axes for axes in grid.figure.axes if axes.get_visible()]
    assert len(visible) == len(factors) == 6
    assert grid.titles() == [s.label + (" *" if s.dashed else "") for s in factors]
    for series in factors:
        cell = grid.cell_of(series.key)
        assert cell.radii(series.key) == [float(level) for level in series.levels]
        assert cell.axes.get_ylim() == (0.0, OUTER_RADIUS)  # every radar on the one scale
        assert cell.line(series.key).get_color() == series.colour
    # fewer series: the radars not needed are hidden, the rest keep their names
    grid.show(factors[2:4])
    assert len([axes for axes in grid.figure.axes if axes.get_visible()]) == 2
    assert grid.titles() == [factors[2].label, factors[3].label]


def test_grid_shape_gives_each_radar_the_largest_square() -> None:
    assert grid_shape(6, 900, 500) == (3, 2)
    assert grid_shape(6, 400, 900) == (2, 3)
    assert grid_shape(2, 900, 500) == (2, 1)
    assert grid_shape(1, 500, 500) == (1, 1)


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("minimum_px", [11.0, 14.0], ids=["normal", "presentation"])
@pytest.mark.parametrize(
    "pixels",
    [(556, 510), (760, 600), (560, 450), (900, 1035)],
    ids=["view-1366x768", "view-1920x1080", "view-1920x1080@1.5", "export"],
)
def test_no_title_label_note_or_dot_overlaps_another(database, language, minimum_px, pixels) -> None:
    effects, scale, factors, products = _catalogue_series(database, language)
    grid = SmallMultiples(effects, scale, figure=Figure(figsize=(pixels[0] / 100, pixels[1] / 100)), language=language)
    grid.minimum_text_px = minimum_px
    for selection in (factors, products, factors[:2], factors[-1:]):
        grid.show(selection)
        grid.figure.canvas.draw()
        renderer = grid.figure.canvas.get_renderer()
        boxes = []
        for cell, series in zip(grid.cells, selection, strict=False):
            shown = [t for t in cell.effect_labels + cell.ring_labels if t.get_visible()]
            boxes += [(repr(t.get_text()), t.get_window_extent(renderer)) for t in shown]
            boxes.append((f"title {series.label}", cell.axes.get_legend().get_window_extent(renderer)))
        boxes += [(repr(note.get_text()), note.get_window_extent(renderer)) for note in grid.notes()]
        figure_box = grid.figure.bbox
        for name, box in boxes:
            assert figure_box.x0 <= box.x0 and box.x1 <= figure_box.x1, f"{name} runs off the side at {pixels}"
            assert figure_box.y0 <= box.y0 and box.y1 <= figure_box.y1, f"{name} runs off the top or foot"
        for i, (name, box) in enumerate(boxes):
            for other, other_box in boxes[i + 1 :]:
                assert not _overlap(box, other_box), f"{name} overlaps {other} at {pixels}"
        for cell, series in zip(grid.cells, selection, strict=False):
            radius = cell.line(series.key).get_markersize() / 2 * grid.figure.dpi / 72
            for index in range(len(series.levels)):
                x, y = cell.vertex_position(series.key, index)
                dot = Bbox.from_extents(x - radius, y - radius, x + radius, y + radius)
                for name, box in boxes:
                    assert not _overlap(dot, box), f"{series.label}'s dot on axis {index} covers {name}"
            # a radar, not a dot: six in presentation type on a laptop's share of the screen are the smallest
            assert cell.axes.get_window_extent(renderer).width >= 4.5 * minimum_px


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_the_chart_command_exports_small_multiples(qapp, database_path: Path, tmp_path: Path, suffix: str) -> None:
    # (qapp: the session's QApplication exists first; the command would make a QCoreApplication of its own,
    # after which no widget could be made in this process)
    from dermacounsel.cli import main

    out = tmp_path / f"grid.{suffix}"
    command = ["--db", str(database_path), "chart", "--small-multiples", "--gf", "EGF", "--gf", "PDGF"]
    assert main([*command, "--gf", "TGF-beta", "--out", str(out)]) == 0
    if suffix == "png":
        from PySide6.QtGui import QImage

        image = QImage(str(out))
        assert (image.width(), image.height()) == (1350, round((3.0 + 0.9) * 150))  # three radars in a row
        return
    text = out.read_text(encoding="utf-8") if suffix == "svg" else PdfReader(out).pages[0].extract_text()
    for name in ("EGF", "PDGF", "TGF-β", "Collagen production", "Hair growth"):
        assert name in text, name
    assert "FGF<" not in text if suffix == "svg" else True


def test_small_multiples_save_as_every_format(database: CatalogueDatabase, tmp_path: Path) -> None:
    effects, scale, factors, _products = _catalogue_series(database, "en")
    grid = SmallMultiples(effects, scale)
    grid.show(factors)
    save_figure(grid.figure, tmp_path / "grid.svg")
    svg = (tmp_path / "grid.svg").read_text(encoding="utf-8")
    assert all(series.label in svg for series in factors)
    assert "dashed: a column inferred" in svg  # PRP+FGF is drawn from an inferred column
