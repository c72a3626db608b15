"""The radar: what it plots, its colours, in-place updates and its exported files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from matplotlib.image import imread
from pypdf import PdfReader

from dermacounsel.charts.palette import GROWTH_FACTOR_COLOURS, growth_factor_colour
from dermacounsel.charts.profile_series import colours, series_for
from dermacounsel.charts.radar import RadarChart, save_figure
from dermacounsel.domain.profiles import factor_profile
from dermacounsel.storage import queries as reference
from dermacounsel.storage.database import CatalogueDatabase


@pytest.fixture
def setup(database: CatalogueDatabase):
    with database.reading() as session:
        cards = reference.growth_factor_cards(session)
        products = reference.product_links(session)
        scale = reference.rating_scale(session)
    rated = [c for c in cards if c.rated]
    effect_keys = [r.effect_key for r in rated[0].ratings]
    chart = RadarChart([r.effect for r in rated[0].ratings], scale)
    series = series_for([factor_profile(c, effect_keys) for c in rated], colours(cards, [p.name for p in products]))
    return chart, series, rated


def test_plotted_radii_equal_the_ratings_for_every_factor(setup) -> None:
    chart, series, rated = setup
    chart.show(series)
    for card in rated:
        assert chart.radii(card.key) == [float(r.level) for r in card.ratings], card.key


def test_each_factor_keeps_its_colour_whatever_else_is_shown(setup) -> None:
    chart, series, _rated = setup
    chart.show(series)
    first = {s.key: chart.line(s.key).get_color() for s in series}
    chart.show(series[3:4])
    chart.show(list(reversed(series)))
    assert {s.key: chart.line(s.key).get_color() for s in series} == first
    assert first == {key: GROWTH_FACTOR_COLOURS[key] for key in first}
    assert len(set(first.values())) == len(first)
    assert growth_factor_colour("EGF") == growth_factor_colour("EGF", position=5)


def test_a_selection_change_updates_the_same_artists(setup) -> None:
    chart, series, _rated = setup
    chart.show(series[:2])
    line = chart.line(series[0].key)
    artists_before = len(chart.axes.lines)
    chart.show(series[1:3])
    assert not line.get_visible()
    chart.show(series[:2])
    assert chart.line(series[0].key) is line and line.get_visible()
    assert len(chart.axes.lines) == artists_before + 1  # only the one new series was created
    assert [s.key for s in chart.shown] == [s.key for s in series[:2]]


def test_the_inferred_column_is_dashed_and_explained(setup) -> None:
    chart, series, _rated = setup
    chart.show([s for s in series if s.key == "PRP+FGF"])
    assert chart.line("PRP+FGF").get_linestyle() != "-"
    assert chart._inferred_note.get_visible()


def test_png_export(setup, tmp_path: Path) -> None:
    chart, series, _rated = setup
    chart.show(series[:2])
    out = tmp_path / "out"
    out.mkdir()
    path = out / "chart.png"
    save_figure(chart.figure, path, dpi=100)
    image = imread(path)
    assert image.shape[:2] == (620, 720)
    assert [p.name for p in out.iterdir()] == ["chart.png"]  # no temporary file left behind


def test_svg_export_keeps_text_as_text(setup, tmp_path: Path) -> None:
    chart, series, _rated = setup
    chart.show(series)
    path = tmp_path / "chart.svg"
    save_figure(chart.figure, path)
    svg = path.read_text(encoding="utf-8")
    texts = " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))
    for name in ("Angiogenesis", "Hair growth", "Wound healing", "EGF", "TGF-β", "PRP + FGF", "◎ very powerful"):
        assert name in texts, name


def test_pdf_export_opens_and_names_the_factors(setup, tmp_path: Path) -> None:
    chart, series, _rated = setup
    chart.show(series)
    path = tmp_path / "chart.pdf"
    save_figure(chart.figure, path)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for name in ("Angiogenesis", "IGF-1", "PDGF", "Muscle"):
        assert name in text, name


def test_other_formats_are_refused(setup, tmp_path: Path) -> None:
    chart, _series, _rated = setup
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValueError, match=r"\.png, \.svg or \.pdf"):
        save_figure(chart.figure, out / "chart.gif")
    assert list(out.iterdir()) == []
