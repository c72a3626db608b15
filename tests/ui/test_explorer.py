"""The skin explorer driven as a doctor would: clicking the drawing, hovering, the keyboard, procedures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QImage

from dermacounsel.cli import main
from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage import catalogue_file as f
from dermacounsel.storage.catalogue_db import read_catalogue_document
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.explorer.drawing import LEFT, RIGHT
from dermacounsel.ui.explorer.view import ExplorerView

TOP_LAYERS = ["epidermis", "dermis", "subcutaneous", "muscle", "bone"]


@pytest.fixture
def view(show, database: CatalogueDatabase) -> ExplorerView:
    return show(ExplorerView(Catalogue(database)), 1280, 800)


@pytest.fixture
def doc(database: CatalogueDatabase) -> f.CatalogueDocument:
    with database.reading() as session:
        return read_catalogue_document(session)


def point_on(view: ExplorerView, key: str, in_section: bool = False) -> QPoint:
    """A pixel of the widget where the drawing shows `key`, found by scanning its shape on screen (a layer's
    block in the layer strip, unless `in_section`)."""
    canvas = view.canvas
    block = view.section.layer_blocks.get(key)
    rect = canvas.transform().mapRect(block) if block is not None and not in_section else canvas.region_rect(key)
    step = 3
    for y in range(int(rect.top()) + 1, int(rect.bottom()), step):
        for x in range(int(rect.left()) + 1, int(rect.right()), step):
            if canvas.region_at(QPointF(x, y)) == key:
                return QPoint(x, y)
    raise AssertionError(f"no pixel of {key} on screen")


def panel_text(view: ExplorerView) -> str:
    return view.panel.toPlainText()


def test_every_region_is_on_screen_and_clicking_it_fills_the_panel(qtbot, view: ExplorerView, doc) -> None:
    names = {layer.key: layer.name["en"] for layer in doc.layers}
    assert set(view.canvas.handles) == set(names)
    for key, name in names.items():
        with qtbot.waitSignal(view.canvas.selection_changed) as selected:
            qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=point_on(view, key))
        assert selected.args == [key]
        text = panel_text(view)
        assert text.splitlines()[0] == name
        description = next(layer.description["en"] for layer in doc.layers if layer.key == key)
        assert description in text.replace("\n", " ")


def test_each_layers_panel_names_its_factors_and_procedures_from_the_catalogue(qtbot, view, doc) -> None:
    factor_names = {g.key: g.name["en"] for g in doc.growth_factors}
    procedure_names = {p.key: p.name["en"] for p in doc.procedures}
    for key in TOP_LAYERS:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=point_on(view, key))
        text = panel_text(view)
        placed = {g.key for g in doc.growth_factors if any(link.layer == key for link in g.layers)}
        for factor in placed:
            assert factor_names[factor] in text, (key, factor)
        procedures = text.split("Procedures that reach this depth")[1].split("Words used here")[0].split("ⓘ Source")[0]
        for procedure in doc.procedures:
            reaches = procedure.systemic or any(r.layer == key for r in procedure.reach)
            assert (procedure_names[procedure.key] in procedures) == reaches, (key, procedure.key)


def test_the_amniogenics_caution_travels_with_it(qtbot, view) -> None:
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=point_on(view, "epidermis"))
    assert "⚠ After AmnioGenics treatment you cannot donate blood or organs." in panel_text(view)


def test_selection_dims_the_rest_and_clicking_empty_space_clears(qtbot, view) -> None:
    fat = point_on(view, "subcutaneous", in_section=True)
    before = view.canvas.grab().toImage().pixelColor(fat)
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=point_on(view, "epidermis"))
    after = view.canvas.grab().toImage().pixelColor(fat)
    assert after.lightness() >= before.lightness() + 15  # the unselected fat is veiled in white
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert view.canvas.selected is None
    assert panel_text(view).startswith("Explore the skin")


def test_hover_highlights_and_names_the_region(qtbot, view) -> None:
    with qtbot.waitSignal(view.canvas.hover_changed) as hovered:
        qtbot.mouseMove(view.canvas, point_on(view, "hair-follicle"))
    assert hovered.args == ["hair-follicle"]
    assert view.canvas.cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_keyboard_moves_selects_and_clears(qtbot, view) -> None:
    handles = list(view.canvas.handles.values())
    assert [h.accessibleName() for h in handles][:3] == ["Epidermis", "Stratum corneum", "Dermis"]
    assert all(h.accessibleName() and h.accessibleDescription() for h in handles)
    view.focus_filter()  # Ctrl+F lands on the drawing's first region
    qtbot.waitUntil(lambda: handles[0].hasFocus())
    qtbot.keyClick(handles[0], Qt.Key.Key_Down)
    assert handles[1].hasFocus()
    qtbot.keyClick(handles[1], Qt.Key.Key_Tab)
    assert handles[2].hasFocus()
    qtbot.keyClick(handles[2], Qt.Key.Key_Up)
    assert handles[1].hasFocus() and view.canvas.state.focused == "stratum-corneum"
    qtbot.keyClick(handles[1], Qt.Key.Key_Return)
    assert view.canvas.selected == "stratum-corneum"
    assert panel_text(view).startswith("Stratum corneum")
    qtbot.keyClick(handles[1], Qt.Key.Key_Escape)
    assert view.canvas.selected is None


def catalogue_reach(doc: f.CatalogueDocument, key: str) -> list[str]:
    procedure = next(p for p in doc.procedures if p.key == key)
    return TOP_LAYERS if procedure.systemic else [r.layer for r in procedure.reach]


@pytest.mark.parametrize("procedure", ["vital-injector", "physician-injection", "iv-drip"])
def test_each_procedures_overlay_reaches_its_catalogue_layers(qtbot, view, doc, procedure: str) -> None:
    qtbot.mouseClick(
        next(b for b in view.procedure_buttons.buttons() if b.property("procedure") == procedure),
        Qt.MouseButton.LeftButton,
    )
    assert view.procedure() == procedure
    assert view.reached_layers() == catalogue_reach(doc, procedure)
    assert not view.depth_row.isVisible()


@pytest.mark.parametrize(
    ("depth", "reached", "target", "caution"),
    [
        # the drawn needle at its set length, and beside it the layer the clinic's depth guide targets
        (0.2, ["epidermis", "dermis"], "the stratum corneum", None),
        (0.5, ["epidermis", "dermis"], "the middle of the epidermis", None),
        (1.0, ["epidermis", "dermis"], "the basal layer, at the border of the epidermis and the dermis", "thinnest"),
        (1.4, ["epidermis", "dermis"], "the basal layer, at the border of the epidermis and the dermis", "thinnest"),
        (1.5, ["epidermis", "dermis", "subcutaneous"], "the basal layer", "thinnest"),
        (2.0, ["epidermis", "dermis", "subcutaneous"], "the dermis", "thinnest"),
        (3.0, ["epidermis", "dermis", "subcutaneous"], "the dermis", "skin and fat together"),
    ],
)
def test_dermapen_setting_and_the_depth_guide(
    qtbot, view, depth: float, reached: list[str], target: str, caution: str | None
) -> None:
    view.set_procedure("dermapen")
    assert view.depth_row.isVisible()
    view.set_depth(depth)
    assert view.depth_label.text().startswith(f"Needle setting: {depth:.1f} mm\nguide targets {target}")
    assert view.reached_layers() == reached
    text = view.reach_label.text()
    assert f"set to {depth:.1f} mm: the clinic's depth guide targets {target}" in text
    assert "not a measured penetration" in text and " reaches the" not in text
    if caution is None:
        assert "⚠" not in text
    else:
        assert "⚠" in text and caution in text


@pytest.mark.parametrize(
    ("procedure", "words"),
    [
        ("vital-injector", "reaches the epidermis and the dermis down to its middle, with no gap"),
        ("physician-injection", "reaches the dermis and the subcutaneous tissue down to its middle, with no gap"),
    ],
)
def test_needle_procedures_are_drawn_and_said_as_one_continuous_range(qtbot, view, procedure: str, words: str) -> None:
    """'Epidermis, central dermis': the epidermis and the dermis down to its middle, papillary dermis
    included; 'dermis, central subcutaneous tissue': the whole dermis and the upper half of the fat."""
    view.set_procedure(procedure)
    assert words in view.reach_label.text()
    section = view.section
    spans = section.reach_spans(view.canvas.state.overlay)
    assert len(spans) == 1
    (top, bottom), card = spans[0], view.procedures[procedure]
    first_top = section.band_span(card.reach[0].layer_key)[0]
    last_top, last_bottom = section.band_span(card.reach[-1].layer_key)
    assert top == first_top
    assert bottom == pytest.approx(last_top + (last_bottom - last_top) / 2)
    if procedure == "vital-injector":
        papillary = section.band_span("dermis")[0] + 1  # just below the dermis's top: the papillary dermis
        assert top <= papillary <= bottom


def test_the_reach_sentence_names_the_layers_in_the_catalogues_language(qtbot, show, database) -> None:
    """On a Japanese screen the reach is said in Japanese ('表皮と真皮の中ほど'), not as 'the 表皮 and the
    真皮 down to its middle'."""
    view = show(ExplorerView(Catalogue(database, language="ja")), 1280, 800)
    view.set_procedure("vital-injector")
    text = view.reach_label.text()
    assert "表皮と真皮の中ほど" in text
    assert "the 表皮" not in text and "down to its middle" not in text


def test_depth_slider_runs_from_0_2_to_3_0_mm_in_tenths(qtbot, view) -> None:
    view.set_procedure("dermapen")
    slider = view.depth_slider
    slider.setValue(slider.minimum())
    assert view.depth_mm() == 0.2
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert view.depth_mm() == 0.3
    slider.setValue(slider.maximum())
    assert view.depth_mm() == 3.0


def changed_share(first: QImage, second: QImage, y: int, left: int, right: int) -> float:
    """The share of pixels along row `y` that differ between two renders."""
    xs = range(left, right, 3)
    return sum(first.pixelColor(x, y) != second.pixelColor(x, y) for x in xs) / len(xs)


def test_the_needles_reach_and_tint_only_down_to_their_depth(qtbot, view) -> None:
    canvas = view.canvas
    view.set_procedure("dermapen")
    view.set_depth(1.0)
    shallow = canvas.grab().toImage()
    view.set_depth(3.0)
    deep = canvas.grab().toImage()

    def row(depth_mm: float) -> int:
        return int(canvas.to_widget(QPointF(0, view.section.y_at_depth(depth_mm))).y())

    left, right = (int(canvas.to_widget(QPointF(x, 0)).x()) for x in (LEFT + 10, RIGHT - 10))
    assert changed_share(shallow, deep, row(2.5), left, right) > 0.9  # only the 3.0 mm needles tint 2.5 mm
    assert changed_share(shallow, deep, row(4.5), left, right) == 0  # neither reaches 4.5 mm


def test_the_hair_reads_as_a_hair_not_as_another_needle(qtbot, view) -> None:
    """The hair in the follicle was a dark straight stick beside the dermapen's needles, read as a second
    instrument. It is a thin, tapering, curving brown hair; the needles are straight, upright and grey."""
    from dermacounsel.ui.explorer.drawing import HAIR, NEEDLE, NEEDLE_BASE_WIDTH, SURFACE_Y

    section = view.section
    centre, widths = section.hair_centre, section.hair_widths
    out = [i for i, point in enumerate(centre) if point.y() < SURFACE_Y]
    assert len(out) > 4  # it comes out of the skin
    assert max(widths) < NEEDLE_BASE_WIDTH * 0.7  # thinner than a needle
    assert widths[out[-1]] < widths[out[0]] / 3  # and tapering to a fine tip
    first, last = centre[out[0]], centre[out[-1]]
    chord = QPointF(last.x() - first.x(), last.y() - first.y())
    length = (chord.x() ** 2 + chord.y() ** 2) ** 0.5

    def off_chord(point: QPointF) -> float:
        return abs((point.x() - first.x()) * chord.y() - (point.y() - first.y()) * chord.x()) / length

    assert max(off_chord(centre[i]) for i in out) > 4  # it curves, where a needle is straight
    assert abs(chord.x()) > abs(chord.y()) * 0.5  # at a slant, not upright as the needles are
    assert min(abs(centre[i].x() - x) for i in out for x in section.needle_xs()) > 40  # not among them
    assert HAIR.hsvHue() < 45 and HAIR.hsvSaturation() > 100  # a warm brown
    assert 180 < NEEDLE.hsvHue() < 240 and NEEDLE.hsvSaturation() < 70  # a cool grey

    # and so on the screen, with the dermapen chosen and the follicle selected
    view.set_procedure("dermapen")
    view.canvas.select("hair-follicle")
    qtbot.wait(20)
    image = view.canvas.grab().toImage()
    ratio = image.devicePixelRatio()

    def darkest_near(point: QPointF) -> QColor:
        at = view.canvas.to_widget(point)
        colours = [
            QColor(image.pixel(round(at.x() * ratio) + dx, round(at.y() * ratio) + dy))
            for dx in range(-2, 3)
            for dy in range(-2, 3)
        ]
        return min(colours, key=lambda colour: colour.value())

    hair = darkest_near(centre[out[len(out) // 3]])
    needle = darkest_near(QPointF(section.needle_xs()[3], 40))
    assert hair.red() > hair.blue() + 40 and hair.value() < 170, hair.name()  # brown
    assert needle.blue() >= needle.red() and needle.hsvSaturation() < 90, needle.name()  # steel grey


def test_render_command_writes_the_view_at_the_size_asked(database_path: Path, tmp_path: Path) -> None:
    outputs = {}
    for name, extra in {
        "plain": [],
        "dermis": ["--layer", "dermis"],
        "needles": ["--procedure", "dermapen", "--depth", "2.0"],
    }.items():
        out = tmp_path / f"{name}.png"
        assert (
            main(["--db", str(database_path), "render", "explorer", *extra, "--size", "1100x700", "--out", str(out)])
            == 0
        )
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1100, 700)
        outputs[name] = image
    assert outputs["plain"] != outputs["dermis"] != outputs["needles"] != outputs["plain"]
    default = tmp_path / "default.png"
    assert main(["--db", str(database_path), "render", "explorer", "--out", str(default)]) == 0
    assert QImage(str(default)).size().toTuple() == (1280, 800)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--layer", "skin"], "unknown layer 'skin'; valid: epidermis, dermis,"),
        (["--procedure", "laser"], "unknown procedure 'laser'; valid: dermapen, vital-injector,"),
        (["--procedure", "iv-drip", "--depth", "1.0"], "use it with --procedure dermapen"),
        (["--procedure", "dermapen", "--depth", "3.5"], "set from 0.2 to 3.0 mm in 0.1 mm steps"),
        (["--procedure", "dermapen", "--depth", "1.25"], "set from 0.2 to 3.0 mm in 0.1 mm steps"),
        (["--size", "400x300"], "400x300 is smaller than this view can be laid out (at least"),
    ],
)
def test_render_command_rejects_unknown_keys_in_one_line(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    code = main(["--db", str(database_path), "render", "explorer", *args, "--out", str(tmp_path / "x.png")])
    assert code == 1
    error = capsys.readouterr().err
    assert words in error and len(error.strip().splitlines()) == 1
    assert not (tmp_path / "x.png").exists()


def test_layer_keys_match_case_insensitively(database_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.png"
    assert main(["--db", str(database_path), "render", "explorer", "--layer", "Dermis", "--out", str(out)]) == 0
    assert QColor(QImage(str(out)).pixelColor(5, 5)).isValid()


def test_a_large_catalogue_lists_the_first_products_acting_and_counts_the_rest(qtbot, show, many_products) -> None:
    view = show(ExplorerView(Catalogue(many_products)), 1280, 800)
    view.select_region("dermis")
    text = panel_text(view)
    listed = text.split("Products acting here")[1].split("Procedures that reach this depth")[0]
    products = [line.split(":")[0] for line in listed.splitlines() if ": " in line and not line.startswith("⚠")]
    assert products[:6] == ["Benev", "Babyskin", "AmnioGenics", "Premium Cell", "REJURAN", "Serum 000"]
    assert len(products) == 25 and products[-1] == "Serum 019"
    with many_products.reading() as session:
        from dermacounsel.domain.explorer import product_criteria
        from dermacounsel.storage.queries import count_acting_products

        acting = count_acting_products(session, product_criteria(view.content, "dermis"))
    assert acting > 25
    assert f"…and {acting - 25:,} more products in the catalogue." in text


def colour_gap(first: QImage, second: QImage, x: int, y: int) -> int:
    """How far apart two images' pixels are, in the largest of the red, green and blue steps."""
    one, other = QColor(first.pixel(x, y)), QColor(second.pixel(x, y))
    return max(abs(one.red() - other.red()), abs(one.green() - other.green()), abs(one.blue() - other.blue()))


def test_the_drawing_is_the_same_whatever_was_shown_before(qtbot, view: ExplorerView) -> None:
    """The tissue is kept as a picture between repaints; a selection or a systemic procedure (which lights
    up the vessels) must never leave an old picture on screen. In the section's column the screen must
    show what painting the whole drawing afresh, over the same background, gives."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    canvas = view.canvas
    for procedure, region in (("", None), ("iv-drip", "dermis"), ("", "dermis"), ("dermapen", "fat-lobules")):
        view.set_procedure(procedure)
        view.select_region(region)
        shown = canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        afresh = QImage(shown.size(), QImage.Format.Format_RGB32)
        afresh.fill(QColor(shown.pixel(1, 1)))  # the view's background, which shows through the tissue
        painter = QPainter(afresh)
        painter.setTransform(canvas.transform())
        canvas.section.paint(painter, canvas.state)
        painter.end()
        column = canvas.transform().mapRect(QRectF(LEFT, 0, RIGHT - LEFT, canvas.height())).toAlignedRect()
        differing = [
            (x, y)
            for y in range(column.top() + 2, min(column.bottom(), shown.height()) - 2, 3)
            for x in range(column.left() + 2, column.right() - 2, 3)
            if colour_gap(shown, afresh, x, y) > 3
        ]
        assert not differing, (procedure, region, len(differing), differing[:5])


def test_every_layer_name_fits_its_strip_block(view) -> None:
    """Whole words inside their block, "Subcutaneous" included, in the type the strip paints them in."""
    from PySide6.QtGui import QFontMetricsF

    from dermacounsel.ui.explorer.drawing import strip_font

    section = view.section
    for key, block in section.layer_blocks.items():
        name = section.names.get(key, key)
        font = strip_font(name, block.width() - 16)
        for word in name.split():
            assert QFontMetricsF(font).horizontalAdvance(word) <= block.width() - 16, word


def test_choosing_a_procedure_never_shrinks_the_drawing(qtbot, view) -> None:
    view.resize(1280, 720)
    qtbot.wait(30)
    size = view.canvas.size()
    for key in [*view.procedures, ""]:
        view.set_procedure(key)
        qtbot.wait(10)
        assert view.canvas.size() == size, key


def test_the_hover_name_never_covers_the_label_it_names(qtbot, view) -> None:
    from PySide6.QtCore import QPoint, QRectF

    canvas = view.canvas
    checked = 0
    for width, height in ((1280, 800), (1366, 768), (1920, 1080)):
        view.resize(width, height)
        qtbot.wait(60)
        for label in canvas.section.labels:
            region = canvas.section.regions[label.key]
            anchor = canvas.to_widget(region.anchor).toPoint()
            if canvas.region_at(region.anchor) != label.key:
                continue
            place = canvas.tooltip_rect(label.key, anchor)
            assert place is not None
            shown = QRectF(place.translated(QPoint(2, 16)))  # where Qt puts a tooltip asked for at a point
            top_left = canvas.to_widget(label.rect.topLeft())
            bottom_right = canvas.to_widget(label.rect.bottomRight())
            assert not shown.intersects(QRectF(top_left, bottom_right)), (label.key, width)
            assert not shown.contains(QRectF(anchor, anchor).center()), label.key  # nor the pointer's spot
            checked += 1
    assert checked >= 4  # the structures whose anchor lies on them


def test_the_panel_opens_short_and_more_shows_the_rest(qtbot, view) -> None:

    view.resize(1366, 768)
    view.select_region("dermis")
    qtbot.wait(30)
    short = view.panel.toPlainText()
    short_height = view.panel.document().size().height()
    assert "Growth factors acting here" in short and "Procedures that reach this depth" in short
    assert "Drawn 0.04" not in short and "Words used here" not in short  # measurements and glossary: under More
    assert short_height <= 3 * view.panel.viewport().height()  # not five screens of scrolling
    view.panel.anchorClicked.emit(QUrl("dermacounsel:explorer/more"))
    long = view.panel.toPlainText()
    assert "Drawn 0.04" in long and len(long) > len(short) and "Show less" in long
    view.select_region("epidermis")  # stays open for the next region
    assert "Show less" in view.panel.toPlainText()
    view.panel.anchorClicked.emit(QUrl("dermacounsel:explorer/less"))
    assert "More: sizes" in view.panel.toPlainText()


def test_every_procedures_reach_is_drawn_as_a_clear_band(qtbot, view) -> None:
    """Over the layers it reaches the picture visibly changes, and the band ends in a solid teal line."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor

    from dermacounsel.ui.explorer.drawing import LEFT, RIGHT

    view.resize(1280, 760)
    view.set_procedure("")
    qtbot.wait(30)
    plain = view.canvas.grab().toImage()
    for key in view.procedures:
        view.set_procedure(key)
        qtbot.wait(20)
        image = view.canvas.grab().toImage()
        ratio = image.width() / view.canvas.width()  # device pixels per widget pixel
        for top, bottom in view.section.reach_spans(view.canvas.state.overlay):
            top_left = view.canvas.to_widget(QPointF(LEFT + 40, top + 8))
            bottom_right = view.canvas.to_widget(QPointF(RIGHT - 40, bottom - 30))
            changed = total = 0
            for x in range(int(top_left.x()), int(bottom_right.x()), 9):
                for y in range(int(top_left.y()), int(bottom_right.y()), 9):
                    a, b = QColor(plain.pixel(x * ratio, y * ratio)), QColor(image.pixel(x * ratio, y * ratio))
                    total += 1
                    changed += abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) >= 24
            assert total and changed / total >= 0.6, (key, changed, total)
            end = view.canvas.to_widget(QPointF((LEFT + RIGHT) / 2 + 60, bottom))
            line = QColor(image.pixel(round(end.x() * ratio), round(end.y() * ratio)))
            assert line.blue() > line.red() + 30, (key, line.name())  # teal, not the skin's pinks and creams


def test_a_term_in_the_panel_explains_itself_on_hover_and_at_the_end(view) -> None:
    from PySide6.QtGui import QTextCursor

    view.select_region("blood-vessels")
    view.panel.anchorClicked.emit(QUrl("dermacounsel:explorer/more"))  # the explained words are under More
    panel = view.panel
    text = panel.toPlainText()
    at = text.lower().find("angiogenesis")
    assert 0 <= at < text.find("Words used here")
    cursor = QTextCursor(panel.document())
    cursor.setPosition(at + 1)
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.charFormat().toolTip().startswith("Angiogenesis: the growth of new blood vessels")
    assert "Angiogenesis: the growth of new blood vessels" in text[text.find("Words used here") :]


@pytest.fixture
def japanese_view(qtbot, database: CatalogueDatabase):  # type: ignore[no-untyped-def]
    """The explorer as a Japanese user sees it: the app's translators and the catalogue in Japanese."""
    from dermacounsel.ui import language
    from dermacounsel.ui.app import make_application

    make_application()  # (it installs the chosen language's translators: Japanese goes in after it)
    language.install_translators("ja")
    try:
        view = ExplorerView(Catalogue(database, "ja"))
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        qtbot.waitExposed(view)
        yield view
    finally:
        language.install_translators("en")


def english_words(html_text: str) -> list[str]:
    """Words in Latin letters left in a Japanese text, besides units and the article's abbreviations."""
    plain = re.sub(r"<[^>]*>", "", html_text)
    return [word for word in re.findall(r"[A-Za-z]{3,}", plain) if word not in {"EGF", "FGF", "PRP"}]


@pytest.mark.parametrize(
    ("depth", "target", "caution"),
    [
        (0.2, "角層", None),
        (0.5, "表皮の中ほど", None),
        (1.5, "表皮と真皮の境目にある基底層", "顔で最も薄い皮膚"),
        (3.0, "真皮", "皮膚と皮下脂肪を合わせて"),
    ],
)
def test_the_needle_setting_reads_in_japanese(japanese_view, depth: float, target: str, caution: str | None) -> None:
    view = japanese_view
    view.set_procedure("dermapen")
    view.set_depth(depth)
    assert view.depth_label.text() == f"針の設定：{depth:.1f} mm\n目安の到達層：{target}"
    text = view.reach_label.text()
    assert f"この設定で{target}をねらいます" in text
    assert not english_words(text), text
    if caution is None:
        assert "⚠" not in text
    else:
        assert f"⚠ この設定は、{caution}" in text


def test_a_procedures_reach_reads_in_japanese(japanese_view) -> None:
    japanese_view.set_procedure("vital-injector")
    text = japanese_view.reach_label.text()
    assert "表皮と真皮の中ほどまで届きます" in text and not english_words(text), text


def test_the_panel_reads_in_japanese_after_the_view_was_first_shown_in_english(qtbot, view, database) -> None:
    """The panel's fixed words are translated when shown, not when the module was first imported."""
    view.select_region("dermis")
    assert "reaches it" in view.panel.toPlainText()
    from dermacounsel.ui import language

    language.install_translators("ja")
    try:
        japanese = ExplorerView(Catalogue(database, "ja"))
        qtbot.addWidget(japanese)
        japanese.select_region("dermis")
        text = japanese.panel.toPlainText()
        assert "含まれるもの： 乳頭層、網状層、線維芽細胞" in text
        assert (
            "ダーマペン 届く" in text and "ヴァイタルインジェクター 中ほどまで届く" in text and "reaches it" not in text
        )
        japanese.panel.anchorClicked.emit(QUrl("dermacounsel:explorer/more"))
        assert "製品は、記事に記載された成分" in japanese.panel.toPlainText()  # the products note, too
    finally:
        language.install_translators("en")


def test_a_drawing_in_another_language_shares_the_shapes_and_names_its_own_regions(qapp, catalogue) -> None:
    """The explorer built again by a language switch reuses the drawing's shapes (they take ~0.1 s to
    build) and names every region in the new language."""
    from dermacounsel.ui.explorer.drawing import SkinSection

    catalogue.set_language("en")
    english = SkinSection(catalogue.explorer_catalogue().layers)
    catalogue.set_language("ja")
    japanese = SkinSection(catalogue.explorer_catalogue().layers)
    assert english.regions["reticular-dermis"].path is japanese.regions["reticular-dermis"].path
    assert (english.regions["reticular-dermis"].name, japanese.regions["reticular-dermis"].name) == (
        "Reticular dermis",
        "網状層",
    )
    assert english.layer_blocks == japanese.layer_blocks and english.keys() == japanese.keys()
