"""The Growth factors view through pytest-qt: ticking factors, hovering points, ranking an effect,
products, saving the chart."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from dermacounsel.cli import main
from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.growth_factors_view import PRODUCTS, GrowthFactorsView, SaveChartDialog


@pytest.fixture
def view(show, database: CatalogueDatabase) -> GrowthFactorsView:
    shown = show(GrowthFactorsView(Catalogue(database)), 1280, 800)
    shown.chart_widget.canvas.draw()
    return shown


def item_for(view: GrowthFactorsView, key: str):
    widget = view.factor_list if view.mode() == "factors" else view.product_list
    return next(widget.item(r) for r in range(widget.count()) if widget.item(r).data(Qt.ItemDataRole.UserRole) == key)


def to_qt(view: GrowthFactorsView, x: float, y: float) -> QPoint:
    canvas = view.chart_widget.canvas
    ratio = canvas.devicePixelRatioF()
    return QPoint(round(x / ratio), round(canvas.height() - y / ratio))


def test_opens_with_egf_and_fgf_and_their_cards(view) -> None:
    assert view.selected_keys() == ["EGF", "FGF"]
    assert [s.key for s in view.chart.shown] == ["EGF", "FGF"]
    text = view.cards.toPlainText()
    assert "Epidermal growth factor" in text and "Fibroblast growth factor" in text


def test_ticking_a_factor_adds_it_to_the_chart_and_cards(qtbot, view) -> None:
    item = item_for(view, "PRP+FGF")
    rect = view.factor_list.visualItemRect(item)
    checkbox = QPoint(rect.left() + 12, rect.center().y())
    qtbot.mouseClick(view.factor_list.viewport(), Qt.MouseButton.LeftButton, pos=checkbox)
    assert item.checkState() == Qt.CheckState.Checked
    assert [s.key for s in view.chart.shown] == ["EGF", "FGF", "PRP+FGF"]
    assert "Inferred:" in view.cards.toPlainText()
    assert view.chart.radii("PRP+FGF") == [3.0, 3.0, 3.0, 3.0, 2.0, 1.0]


def test_vegf_cannot_be_ticked(view) -> None:
    item = item_for(view, "VEGF")
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "not rated" in item.text()


def test_vegf_is_said_not_rated_in_japanese_with_full_width_parentheses(
    japanese, show, database: CatalogueDatabase
) -> None:
    catalogue = Catalogue(database)
    catalogue.set_language("ja")
    view = show(GrowthFactorsView(catalogue), 1280, 800)
    assert item_for(view, "VEGF").text() == "VEGF（評価なし）"


def test_hovering_a_point_names_its_rating(qtbot, view) -> None:
    x, y = view.chart.vertex_position("FGF", 3)  # FGF on angiogenesis: ◎
    qtbot.mouseMove(view.chart_widget.canvas, to_qt(view, x, y))
    qtbot.waitUntil(lambda: view.hover_label.text().startswith("FGF"))
    assert view.hover_label.text() == "FGF · Angiogenesis: ◎ Very powerful effect."


def test_clicking_an_effect_name_ranks_every_factor_on_it(qtbot, view) -> None:
    renderer = view.chart_widget.canvas.get_renderer()
    label = view.chart.effect_labels[4]  # hair growth
    box = label.get_window_extent(renderer)
    qtbot.mouseClick(
        view.chart_widget.canvas,
        Qt.MouseButton.LeftButton,
        pos=to_qt(view, (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2),
    )
    qtbot.waitUntil(lambda: "Hair growth" in view.ranking_label.text())
    text = view.ranking_label.text()
    assert text.index("IGF-1") < text.index("EGF") < text.index("FGF,")
    assert "TGF-β" in text.split("ー")[-1]


def test_product_mode_states_its_rule_and_draws_products(view) -> None:
    view.set_mode(PRODUCTS)
    assert view.rule_label.isVisible() and "strongest rating" in view.rule_label.text()
    view.set_selection(["Babyskin", "AmnioGenics"])
    assert [s.key for s in view.chart.shown] == ["Babyskin", "AmnioGenics"]
    assert view.chart.radii("AmnioGenics") == [2.0, 3.0, 2.0, 1.0, 0.0, 0.0]
    assert "IGF-2, IGFBP, MCP-1, IL-8, M-CSF" in view.cards.toPlainText()


def test_save_chart_writes_the_format_the_name_asks_for(view, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "handout.svg"
    monkeypatch.setattr(SaveChartDialog, "ask", classmethod(lambda cls, parent, suggested: target))
    view.save_chart()
    assert target.read_text(encoding="utf-8").startswith("<?xml")
    assert str(target) in view.hover_label.text()


def test_matplotlib_loads_only_when_the_view_opens(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from dermacounsel.ui.app import make_application\n"
        "from dermacounsel.storage.database import open_database\n"
        "from dermacounsel.services.catalogue import Catalogue\n"
        "from dermacounsel.ui.main_window import MainWindow\n"
        "app = make_application()\n"
        f"window = MainWindow(Catalogue(open_database(Path({str(tmp_path / 'db.sqlite3')!r}))))\n"
        "window.show(); app.processEvents()\n"
        "before = 'matplotlib' in sys.modules\n"
        "window.show_view('growth-factors'); app.processEvents()\n"
        "print(before, 'matplotlib' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env)
    assert result.stdout.strip() == "False True", result.stderr


def test_chart_command_in_each_format(database_path: Path, tmp_path: Path) -> None:
    for name in ("all.png", "pair.svg", "products.pdf"):
        args = {
            "all.png": [],
            "pair.svg": ["--gf", "egf", "--gf", "TGF-beta"],
            "products.pdf": ["--product", "rejuran", "--product", "Babyskin"],
        }[name]
        assert main(["--db", str(database_path), "chart", *args, "--out", str(tmp_path / name)]) == 0
    assert QImage(str(tmp_path / "all.png")).width() == 1080  # 7.2 in at the default 150 dpi
    svg = (tmp_path / "pair.svg").read_text(encoding="utf-8")
    assert "EGF" in svg and "TGF-β" in svg and ">FGF<" not in svg
    from pypdf import PdfReader

    text = PdfReader(tmp_path / "products.pdf").pages[0].extract_text()
    assert "REJURAN" in text and "Babyskin" in text


def test_render_growth_factors_command(database_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "view.png"
    assert (
        main(
            [
                "--db",
                str(database_path),
                "render",
                "growth-factors",
                "--gf",
                "IGF-1",
                "--size",
                "1200x760",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert QImage(str(out)).size().toTuple() == (1200, 760)
    assert main(["--db", str(database_path), "chart", "--product", "Botox", "--out", str(tmp_path / "x.png")]) == 1
    error = capsys.readouterr().err
    assert "unknown product 'Botox'; valid: benev (Benev), babyskin (Babyskin), amniogenics (AmnioGenics)" in error


def test_products_mode_opens_with_three_products_drawn(view) -> None:
    view.set_mode(PRODUCTS)
    assert view.selected_keys() == ["Benev", "Babyskin", "AmnioGenics"]  # the first three with a profile
    assert [s.key for s in view.chart.shown] == ["Benev", "Babyskin", "AmnioGenics"]
    assert "Drawn from the growth factors it lists" in view.cards.toPlainText()


def test_products_mode_opens_with_the_clinic_s_default_products(show, database: CatalogueDatabase) -> None:
    from dermacounsel.ui.settings import ClinicSettings

    ClinicSettings(default_products=["REJURAN", "Premium Cell", "no longer sold"]).save()
    view = show(GrowthFactorsView(Catalogue(database)), 1280, 800)
    view.set_mode(PRODUCTS)
    assert view.selected_keys() == ["Premium Cell", "REJURAN"]  # in the list's order; the unknown one dropped


def six_factors(view: GrowthFactorsView) -> list[str]:
    keys = ["EGF", "FGF", "PDGF", "IGF-1", "TGF-β", "PRP+FGF"]
    view.set_selection(keys)
    return keys


def test_one_chart_each_draws_a_small_radar_per_factor_and_is_remembered(qtbot, show, view, database) -> None:
    from PySide6.QtCore import QSettings

    keys = six_factors(view)
    assert view.multiples_button.text() == "One chart each" and not view.multiples_button.isChecked()
    qtbot.mouseClick(view.multiples_button, Qt.MouseButton.LeftButton)
    grid = view.small_multiples
    assert grid is not None and view.multiples_widget is not None and view.multiples_widget.isVisible()
    assert not view.chart_widget.isVisible()
    assert [s.key for s in grid.shown] == keys
    assert grid.titles() == ["EGF", "FGF", "PDGF", "IGF-1", "TGF-β", "PRP + FGF *"]
    assert len([axes for axes in grid.figure.axes if axes.get_visible()]) == 6
    # unticking a factor takes its radar away
    item = item_for(view, "PDGF")
    item.setCheckState(Qt.CheckState.Unchecked)
    assert grid.titles() == ["EGF", "FGF", "IGF-1", "TGF-β", "PRP + FGF *"]
    # remembered: a view opened later (the next start, a language switch) opens with one chart each
    assert QSettings().value("growth_factors/small_multiples") in (True, "true")
    again = show(GrowthFactorsView(Catalogue(database)), 1280, 800)
    assert again.showing_multiples() and again.multiples_widget is not None and again.multiples_widget.isVisible()
    qtbot.mouseClick(again.multiples_button, Qt.MouseButton.LeftButton)
    assert again.chart_widget.isVisible() and not again.showing_multiples()


def test_hovering_a_small_radar_names_its_series_and_rating(qtbot, view) -> None:
    six_factors(view)
    view.set_multiples(True)
    assert view.small_multiples is not None and view.multiples_widget is not None
    view.multiples_widget.canvas.draw()
    cell = view.small_multiples.cell_of("FGF")
    x, y = cell.vertex_position("FGF", 3)  # FGF on angiogenesis: ◎
    canvas = view.multiples_widget.canvas
    ratio = canvas.devicePixelRatioF()
    qtbot.mouseMove(canvas, QPoint(round(x / ratio), round(canvas.height() - y / ratio)))
    qtbot.waitUntil(lambda: view.hover_label.text().startswith("FGF"))
    assert view.hover_label.text() == "FGF · Angiogenesis: ◎ Very powerful effect."
    box = view.small_multiples.cell_of("TGF-β").axes.get_window_extent()
    centre = (box.x0 + box.x1) / 2, box.y0 + 3
    assert view.describe_vertex(*centre) == "TGF-β"  # off the dots, the radar's name


def test_save_chart_saves_the_small_radars_when_they_show(view, tmp_path: Path, monkeypatch) -> None:
    six_factors(view)
    view.set_multiples(True)
    target = tmp_path / "each.svg"
    monkeypatch.setattr(SaveChartDialog, "ask", classmethod(lambda cls, parent, suggested: target))
    view.save_chart()
    svg = target.read_text(encoding="utf-8")
    assert "① Cell proliferation and differentiation" in svg and "PRP + FGF *" in svg


def test_one_chart_each_stays_on_across_a_language_switch(qtbot, database) -> None:
    from dermacounsel.ui.app import make_application
    from dermacounsel.ui.main_window import MainWindow

    make_application()
    window = MainWindow(Catalogue(database))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_view("growth-factors")
    window.current_view().set_multiples(True)
    window.set_language("ja")
    try:
        view = window.current_view()
        assert view.showing_multiples() and view.multiples_button.text() == "1つずつ並べて表示"
        assert view.small_multiples is not None and len(view.small_multiples.titles()) == 2  # EGF, FGF
    finally:
        window.set_language("en")


def test_clicking_a_small_radar_s_axis_number_ranks_the_factors_on_that_effect(qtbot, view) -> None:
    six_factors(view)
    view.set_multiples(True)
    assert view.small_multiples is not None and view.multiples_widget is not None
    canvas = view.multiples_widget.canvas
    canvas.draw()
    label = view.small_multiples.cell_of("IGF-1").effect_labels[4]  # ⑤, hair growth
    assert label.get_text() == "⑤"
    box = label.get_window_extent(canvas.get_renderer())
    ratio = canvas.devicePixelRatioF()
    x, y = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    qtbot.mouseClick(
        canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x / ratio), round(canvas.height() - y / ratio))
    )
    qtbot.waitUntil(lambda: "Hair growth" in view.ranking_label.text())


@pytest.mark.parametrize("presentation", [False, True], ids=["normal", "presentation"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720), (1920, 1080)], ids=["1366x768", "1280x720", "1920x1080"])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_rating_key_breaks_only_between_its_entries_and_overlaps_nothing(
    qtbot, database: CatalogueDatabase, lang: str, size: tuple[int, int], presentation: bool
) -> None:
    """◎ ○ △ ー each with its meaning, whole on one line ("△ Effective, but limited or not as potent as other
    growth factors" never split across two), single-spaced, in a block that touches no other text."""
    from dermacounsel.charts.radar import scale_key_entries
    from dermacounsel.ui import language
    from dermacounsel.ui.app import make_application
    from dermacounsel.ui.main_window import MainWindow

    make_application()
    language.install_translators(lang)
    catalogue = Catalogue(database, language=lang)
    window = MainWindow(catalogue)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.set_presentation(presentation)
        window.setFixedSize(*size)
        window.show_view("growth-factors")
        qtbot.wait(30)
        assert (window.width(), window.height()) == size
        view = window.current_view()
        figure = view.chart.figure
        figure.canvas.draw()
        key = view.chart._scale_note
        lines = key.get_text().split("\n")
        entries = scale_key_entries(catalogue.rating_scale())
        assert len(entries) == 4 and all("  " not in entry for entry in entries)
        for entry in entries:
            assert sum(entry in line for line in lines) == 1, (entry, lines)  # whole, on one line
        assert sum(line.count(entry) for line in lines for entry in entries) == 4  # and nothing else
        renderer = figure.canvas.get_renderer()
        box = key.get_window_extent(renderer)
        assert box.x0 >= 0 and box.y0 >= 0 and box.x1 <= figure.bbox.x1 and box.y1 <= figure.bbox.y1
        others = [text for text in view.chart.text_artists() if text is not key and text.get_visible()]
        if view.chart._legend is not None:
            others.append(view.chart._legend)
        for other in others:
            theirs = other.get_window_extent(renderer)
            apart = theirs.x1 <= box.x0 or box.x1 <= theirs.x0 or theirs.y1 <= box.y0 or box.y1 <= theirs.y0
            assert apart, (other, key.get_text())
    finally:
        window.set_presentation(False)
        language.install_translators("en")


def centre_of_label(view: GrowthFactorsView, index: int) -> QPoint:
    box = view.chart.effect_labels[index].get_window_extent(view.chart_widget.canvas.get_renderer())
    return to_qt(view, (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)


def test_effect_names_are_drawn_as_links_and_point_the_hand(qtbot, view) -> None:
    from matplotlib.colors import to_hex

    from dermacounsel.charts.radar import LINK

    assert {to_hex(label.get_color()) for label in view.chart.effect_labels} == {LINK}
    canvas = view.chart_widget.canvas
    qtbot.mouseMove(canvas, centre_of_label(view, 2))
    qtbot.waitUntil(lambda: canvas.cursor().shape() == Qt.CursorShape.PointingHandCursor)
    assert view.chart.effect_labels[2].get_bbox_patch() is not None  # a tinted ground under the mouse
    qtbot.mouseMove(canvas, QPoint(canvas.width() // 2, canvas.height() // 2))  # the radar's centre
    qtbot.waitUntil(lambda: canvas.cursor().shape() != Qt.CursorShape.PointingHandCursor)
    assert view.chart.effect_labels[2].get_bbox_patch() is None


def test_clicking_an_effect_name_marks_it_and_the_radar_keeps_its_place(qtbot, view) -> None:
    canvas = view.chart_widget.canvas
    before = tuple(view.chart.axes.get_window_extent().bounds)
    canvas_height = canvas.height()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre_of_label(view, 4))
    qtbot.waitUntil(lambda: "Hair growth" in view.ranking_label.text())
    qtbot.wait(50)
    canvas.draw()
    assert canvas.height() == canvas_height
    assert tuple(view.chart.axes.get_window_extent().bounds) == before
    chosen = view.chart.effect_labels[4].get_bbox_patch()
    assert chosen is not None and chosen.get_edgecolor() != (0.0, 0.0, 0.0, 0.0)
    # the others stay plain links, with no ground
    assert all(label.get_bbox_patch() is None for i, label in enumerate(view.chart.effect_labels) if i not in (4,))


def test_the_factor_list_is_as_tall_as_its_rows(qtbot, view) -> None:
    widget = view.factor_list
    rows = sum(widget.sizeHintForRow(r) for r in range(widget.count()))
    assert rows <= widget.height() <= rows + 2 * widget.frameWidth() + 24
    last = widget.visualItemRect(widget.item(widget.count() - 1))
    assert widget.viewport().height() - last.bottom() < 20  # no empty box under the last row
    assert view.list_note.geometry().top() - widget.geometry().bottom() < 30  # the note just under it


def test_title_is_not_the_toggle_and_the_toggle_is_not_drawn_like_the_save_button(view) -> None:
    toggles = {button.text() for button in view.mode_buttons.buttons()}
    assert view.header.title.text() not in toggles
    assert {button.objectName() for button in view.mode_buttons.buttons()} == {"segmentButton"}
    chosen = view.mode_buttons.checkedButton()
    save = view.save_button

    def middle_colour(widget) -> tuple[int, int, int]:
        image = widget.grab().toImage()
        # a point in the button's ground, left of its text
        colour = image.pixelColor(6, image.height() // 2)
        return colour.red(), colour.green(), colour.blue()

    assert middle_colour(save) == (0x2B, 0x7A, 0x8C)  # the action: filled teal
    r, g, b = middle_colour(chosen)
    assert min(r, g, b) > 0xC0  # the chosen state: a light tint, not filled


def test_the_focused_product_reads_as_a_selected_item_not_a_text_field(qtbot, view) -> None:
    view.set_mode(PRODUCTS)
    widget = view.product_list
    view.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)  # as from the keyboard, where a focus frame is drawn
    widget.setCurrentRow(1)
    qtbot.waitUntil(widget.hasFocus)
    rect = widget.visualItemRect(widget.item(1))
    image = widget.viewport().grab().toImage()

    def rgb(x: int, y: int) -> tuple[int, int, int]:
        colour = image.pixelColor(x, y)
        return colour.red(), colour.green(), colour.blue()

    assert rgb(rect.left() + 1, rect.center().y()) == (0x2B, 0x7A, 0x8C)  # a teal bar at its start
    # right of its (short) name, a plain tinted row: no frame drawn round the name like an input's
    tint = (0xE4, 0xEC, 0xEF)
    framed = {
        (x, y)
        for x in range(rect.right() - 10, rect.right())
        for y in range(rect.top(), rect.bottom())
        if rgb(x, y) != tint
    }
    assert not framed
