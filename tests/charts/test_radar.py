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
    for name in ("Angiogenesis", "Hair growth", "Wound healing", "EGF", "TGF-β", "PRP + FGF", "◎ Very powerful effect"):
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


def _overlap(a, b) -> bool:
    return a.x0 < b.x1 - 0.5 and b.x0 < a.x1 - 0.5 and a.y0 < b.y1 - 0.5 and b.y0 < a.y1 - 0.5


@pytest.mark.parametrize("animated", [False, True], ids=["saved", "screen"])
@pytest.mark.parametrize("minimum_px", [11.0, 14.0], ids=["normal", "presentation"])
@pytest.mark.parametrize(
    ("inches", "compact"),
    [
        ((7.2, 6.2), False),
        ((5.0, 4.2), False),
        ((11.0, 6.0), False),
        ((4.5, 7.5), False),
        ((1.0, 1.0), True),
        ((1.0, 1.0), False),
    ],
    ids=["export", "laptop", "wide", "tall", "smallest-compact", "smallest"],
)
def test_no_text_dot_or_legend_overlaps_another_at_any_size(
    database, setup, inches, compact, minimum_px, animated
) -> None:
    """At every size the app draws: the screens never make a radar smaller than `smallest_side_px`. On
    screen (animated) the chart keeps room for two legend rows and the note; the selections are shown one
    after another on one chart, as the view does, so that a layout kept from one selection is checked with
    the next."""
    from matplotlib.figure import Figure

    from dermacounsel.domain.profiles import product_profile

    _chart, factor_series, rated = setup
    with database.reading() as session:
        cards = reference.growth_factor_cards(session)
        products = reference.product_links(session)
        scale = reference.rating_scale(session)
    effect_keys = [r.effect_key for r in rated[0].ratings]
    product_series = series_for(
        [product_profile(p, cards, effect_keys) for p in products], colours(cards, [p.name for p in products])
    )
    # first without the inferred column (the screen opens so), then with it: the room kept for its note fits it
    selections = [factor_series[:2], factor_series, product_series, factor_series[-1:], product_series[:2]]
    shared = RadarChart(
        [r.effect for r in rated[0].ratings], scale, figure=Figure(figsize=inches), compact=compact, animated=True
    )
    for selection in selections:
        if animated:
            chart = shared
        else:
            chart = RadarChart(
                [r.effect for r in rated[0].ratings], scale, figure=Figure(figsize=inches), compact=compact
            )
        chart.minimum_text_px = minimum_px
        if inches == (1.0, 1.0):  # the smallest a screen draws it
            chart.figure.set_size_inches(chart.smallest_side_px() / 100, chart.smallest_side_px() / 100)
        chart.show(selection)
        chart.figure.canvas.draw()
        renderer = chart.figure.canvas.get_renderer()
        boxes = [(repr(t.get_text()), t.get_window_extent(renderer)) for t in chart.text_artists()]
        if chart._legend is not None:
            legend_texts = set(map(id, chart._legend.get_texts()))
            boxes = [(n, b) for (n, b), t in zip(boxes, chart.text_artists(), strict=True) if id(t) not in legend_texts]
            boxes.append(("legend", chart._legend.get_window_extent(renderer)))
        figure_box = chart.figure.bbox
        for name, box in boxes:
            assert figure_box.x0 <= box.x0 and box.x1 <= figure_box.x1, f"{name} runs off the side"
            assert figure_box.y0 <= box.y0 and box.y1 <= figure_box.y1, f"{name} runs off the top or foot"
        for i, (name, box) in enumerate(boxes):
            for other, other_box in boxes[i + 1 :]:
                assert not _overlap(box, other_box), f"{name} overlaps {other} at {inches}"
        for series in selection:
            for index in range(len(series.levels)):
                x, y = chart.vertex_position(series.key, index)
                radius = chart.line(series.key).get_markersize() / 2 * chart.figure.dpi / 72
                from matplotlib.transforms import Bbox

                dot = Bbox.from_extents(x - radius, y - radius, x + radius, y + radius)
                for name, box in boxes:
                    assert not _overlap(dot, box), f"{series.label}'s dot on axis {index} covers {name}"
        smallest = min(t.get_fontsize() for t in chart.text_artists()) * 100 / 72
        assert smallest >= minimum_px * 0.92 - 0.01  # the notes are 0.92 of the chart's type


def test_identical_profiles_both_show_and_the_legend_says_so(database, setup) -> None:
    from dermacounsel.domain.profiles import product_profile

    chart, _series, rated = setup
    with database.reading() as session:
        cards = reference.growth_factor_cards(session)
        products = reference.product_links(session)
    effect_keys = [r.effect_key for r in rated[0].ratings]
    series = series_for(
        [product_profile(p, cards, effect_keys) for p in products], colours(cards, [p.name for p in products])
    )
    twins = [(a, b) for i, a in enumerate(series) for b in series[i + 1 :] if a.levels == b.levels]
    assert twins, "the bundled catalogue has two products with one profile (Benev and Premium Cell)"
    chart.show(series)
    labels = [t.get_text() for t in chart._legend.get_texts()]
    for first, second in twins:
        assert f"{second.label} (same profile as {first.label})" in labels
        # the second is drawn as open rings around the first's dots, on a dotted line: both colours show
        assert chart.line(second.key).get_markerfacecolor() == "none"
        assert chart.line(second.key).get_markersize() > chart.line(first.key).get_markersize()
    # Japanese says it in one template of its own, with full-width parentheses (not "ベネブ (…)")
    chart.relabel(chart.effects, chart.scale, language="ja", same_profile="{series}（{other}と同じプロフィール）")
    chart.show(series)
    labels = [t.get_text() for t in chart._legend.get_texts()]
    for first, second in twins:
        assert f"{second.label}（{first.label}と同じプロフィール）" in labels
        assert chart.line(second.key).get_linestyle() != chart.line(first.key).get_linestyle()


def test_on_screen_a_selection_change_keeps_the_radar_still(setup) -> None:
    """Ticking or unticking a series (up to two rows of legend, with or without the inferred-column note)
    leaves the radar, its labels and rings where they were, so the screen repaints only the series."""
    _chart, series, rated = setup
    from matplotlib.figure import Figure

    chart = RadarChart(
        [r.effect for r in rated[0].ratings], _chart.scale, figure=Figure(figsize=(7.2, 6.2)), animated=True
    )
    chart.show(series[:2])
    where = (tuple(chart.axes.get_position().bounds), [label.get_position() for label in chart.effect_labels])
    inferred = [s for s in series if s.dashed]
    assert inferred, "the bundled catalogue has an inferred column (PRP+FGF)"
    for selection in (series, inferred, series[:1], series[2:5]):
        chart.layout_changed = False
        chart.show(selection)
        assert not chart.layout_changed
        assert (
            tuple(chart.axes.get_position().bounds),
            [label.get_position() for label in chart.effect_labels],
        ) == where
    chart.figure.set_size_inches(6.0, 5.0)
    chart.arrange()
    assert chart.layout_changed  # a new size lays it out again


def test_relabelling_in_another_language_changes_the_words_in_place_and_keeps_each_layout(catalogue) -> None:
    """A live language switch relabels the chart (no new figure): the axis names, the symbol key and the
    typeface follow the language, nothing overlaps, and switching back gives the first layout again
    without measuring any text anew."""

    def wording(language: str):  # type: ignore[no-untyped-def]
        catalogue.set_language(language)
        rated = next(card for card in catalogue.growth_factor_cards() if card.rated)
        return [r.effect for r in rated.ratings], catalogue.rating_scale(), rated

    english, english_scale, rated = wording("en")
    japanese, japanese_scale, _ = wording("ja")
    chart = RadarChart(english, english_scale, animated=True)
    effect_keys = [r.effect_key for r in rated.ratings]
    series = series_for([factor_profile(rated, effect_keys)], {rated.key: "#1f77b4"})
    chart.show(series)
    chart.figure.canvas.draw()
    figure, axes = chart.figure, chart.axes
    english_places = [tuple(label.get_window_extent().bounds) for label in chart.effect_labels]

    chart.relabel(
        japanese,
        japanese_scale,
        language="ja",
        inferred_note="破線: 表にない列",
        same_profile="{series}（{other}と同じ）",
    )
    chart.show(series)
    chart.figure.canvas.draw()
    assert chart.figure is figure and chart.axes is axes
    assert [label.get_text().replace("\n", "") for label in chart.effect_labels] == japanese
    assert japanese_scale.step(3).meaning.rstrip(".") in chart._scale_note.get_text().replace("\n", "")
    assert chart.effect_labels[0].get_fontfamily()[0] == "Noto Sans CJK JP"
    renderer = chart.figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in chart.text_artists()]
    for i, box in enumerate(boxes):
        assert all(not _overlap(box, other) for other in boxes[i + 1 :])
    measured = len(chart._frames)

    chart.relabel(english, english_scale)
    chart.show(series)
    chart.figure.canvas.draw()
    assert [label.get_text().replace("\n", " ") for label in chart.effect_labels] == english
    assert chart.effect_labels[0].get_fontfamily()[0] == "DejaVu Sans"
    assert len(chart._frames) == measured  # the English layout was kept, not measured again
    assert [tuple(label.get_window_extent().bounds) for label in chart.effect_labels] == english_places
    with pytest.raises(ValueError, match="5 effects"):
        chart.relabel(english[:5], english_scale)
