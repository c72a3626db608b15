"""What a patient sees on the consultation screens: readable on a dark system palette, large enough in
presentation mode, and the texts a user needs never cut short."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.app import make_application
from dermacounsel.ui.main_window import MainWindow

PATIENT_VIEWS = ["explorer", "growth-factors", "compare", "counsel", "ingredients", "procedures"]


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    """What Windows' or GNOME's dark mode hands the app: light text on dark backgrounds."""
    palette = QPalette()
    for role, colour in {
        QPalette.ColorRole.Window: "#202020",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#191919",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#2d2d2d",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


def drawn_contrast(widget: QWidget) -> float:
    """The contrast of the widget's text as drawn: its most common colour (the background behind the
    text) against the colour that differs most from it (the core of the glyphs)."""
    image = widget.grab().toImage()
    counts: Counter[int] = Counter()
    for x in range(image.width()):
        for y in range(image.height()):
            counts[image.pixel(x, y)] += 1
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast(background, QColor.fromRgb(pixel)) for pixel in counts)


def open_window(qtbot, database: CatalogueDatabase) -> MainWindow:
    make_application()
    window = MainWindow(Catalogue(database))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def visible_texts(view: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in view.findChildren(QWidget):
        if not widget.isVisibleTo(view) or widget.width() < 4 or widget.height() < 4:
            continue
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        if any(character.isalpha() for character in text):  # words, not a colour swatch "■"
            found.append(widget)
    return found


@pytest.mark.parametrize("presenting", [False, True], ids=["normal", "presentation"])
def test_every_view_stays_readable_when_the_system_palette_is_dark(
    qtbot, database: CatalogueDatabase, presenting: bool
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setPalette(dark_palette())  # the system's dark mode, before the app sets itself up
    window = open_window(qtbot, database)
    window.set_presentation(presenting)
    unreadable: list[str] = []
    for key in PATIENT_VIEWS:
        window.show_view(key)
        view = window.view(key)
        qtbot.wait(20)
        for widget in visible_texts(view):
            ratio = drawn_contrast(widget)
            if ratio < 4.5:
                unreadable.append(f"{key}: {widget.text()[:30]!r} {ratio:.1f}:1")
    window.set_presentation(False)
    assert not unreadable, unreadable


#: The smallest patient-facing type in presentation mode, in logical pixels, at 1366x768.
PRESENTATION_MINIMUM_PX = 14


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)], ids=["1366x768", "1280x720"])
def test_presentation_mode_shows_no_patient_text_below_14_px(
    qtbot, database: CatalogueDatabase, size: tuple[int, int]
) -> None:
    """Every visible text widget, table and chart of every patient view, at 1366x768 and 1280x720 (what
    1920x1080 at 1.5x scale is in logical pixels) in presentation mode. The drawing's own type is checked
    too, as drawn at the canvas's scale: its labels, ruler and procedure tags (tests/ui/
    test_consultation_screens.py checks the layer strip and that the labels do not collide)."""
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QAbstractItemView, QTextEdit

    from dermacounsel.ui.chart_widget import ChartWidget
    from dermacounsel.ui.explorer.drawing import LABEL_SIZE

    window = open_window(qtbot, database)
    window.set_presentation(True)
    window.setFixedSize(*size)
    too_small: list[str] = []
    try:
        for key in PATIENT_VIEWS:
            window.show_view(key)
            view = window.view(key)
            qtbot.wait(30)
            for widget in view.findChildren(QWidget):
                if not widget.isVisibleTo(view) or widget.width() < 4:
                    continue
                shows_text = isinstance(widget, QAbstractItemView | QTextEdit) or (
                    isinstance(widget, QLabel | QAbstractButton)
                    and any(character.isalpha() for character in widget.text())
                )
                if shows_text and QFontInfo(widget.font()).pixelSize() < PRESENTATION_MINIMUM_PX:
                    name = widget.text()[:30] if isinstance(widget, QLabel | QAbstractButton) else widget.objectName()
                    too_small.append(f"{key}: {name!r} {QFontInfo(widget.font()).pixelSize()} px")
            for chart in view.findChildren(ChartWidget):
                if chart.isVisibleTo(view) and chart.chart is not None:
                    chart.chart.arrange()
                    if chart.chart.text_px() < PRESENTATION_MINIMUM_PX:
                        too_small.append(f"{key}: chart type {chart.chart.text_px():.1f} px")
            canvas = getattr(view, "canvas", None)
            if key == "explorer" and canvas is not None:
                view.set_procedure("dermapen")  # its reach tag and needle depth drawn too
                qtbot.wait(30)
                for part, nominal in (("labels", LABEL_SIZE), ("ruler", 17), ("scale mark", 12), ("reach", 16)):
                    drawn = canvas.section.size_of(nominal) * canvas.transform().m11()
                    if drawn < PRESENTATION_MINIMUM_PX - 0.05:
                        too_small.append(f"explorer: drawing {part} {drawn:.1f} px")
                view.set_procedure("")
    finally:
        window.set_presentation(False)
    assert not too_small, too_small


@pytest.mark.parametrize("presenting", [False, True], ids=["normal", "presentation"])
def test_each_page_is_titled_as_the_navigation_names_it(qtbot, database: CatalogueDatabase, presenting: bool) -> None:
    window = open_window(qtbot, database)
    window.set_presentation(presenting)
    try:
        for row, key in enumerate(PATIENT_VIEWS):
            window.show_view(key)
            title = window.view(key).findChild(QLabel, "viewTitle")
            if title is not None:  # the explorer has none: the drawing takes the height
                assert title.text() == window.navigation.item(row).text()
        assert not window.statusBar().isVisible() if presenting else window.statusBar().isVisible()
    finally:
        window.set_presentation(False)


def test_patient_screens_show_provenance_as_a_badge_not_a_paragraph(qtbot, database: CatalogueDatabase) -> None:
    from PySide6.QtWidgets import QTextEdit

    from dermacounsel.ui.provenance import SourceBadge, source_of

    window = open_window(qtbot, database)
    window.set_presentation(True)
    developer_words = ("machine translation", "DECODING.md", "lost in translation", "Text and table")
    shown: list[str] = []
    badges = 0
    try:
        window.view("explorer").select_region("dermis")
        # the inferred column's card: how the column was read ("the headers were lost in translation")
        # is behind its badge, the card says only that it is inferred
        window.view("growth-factors").set_selection(["EGF", "FGF", "PRP+FGF"])
        for key in PATIENT_VIEWS:
            window.show_view(key)
            view = window.view(key)
            qtbot.wait(20)
            for widget in view.findChildren(QWidget):
                if not widget.isVisibleTo(view):
                    continue
                if isinstance(widget, QTextEdit):
                    text = widget.toPlainText()
                    badges += text.count("ⓘ Source")
                elif isinstance(widget, QLabel | QAbstractButton):
                    text = widget.text()
                    badges += isinstance(widget, SourceBadge)
                else:
                    continue
                shown += [f"{key}: {word}" for word in developer_words if word in text]
    finally:
        window.set_presentation(False)
    assert not shown, shown
    assert badges >= 3  # the explorer's panel, the growth-factor cards, the procedures: each can be opened
    from PySide6.QtCore import QUrl

    from dermacounsel.ui.provenance import badge_html

    href = badge_html("Smart Skin Clinic: an article; read from notes (a/b).").split('href="')[1].split('"')[0]
    assert source_of(QUrl(href)) == "Smart Skin Clinic: an article; read from notes (a/b)."


def test_ingredients_tabs_and_filter_hint_are_whole_in_presentation(qtbot, database: CatalogueDatabase) -> None:
    """At 1366x768 in presentation type the tab bar once scrolled ("Exoso…" behind arrows) and the filter
    box cut its hint ("Filter ingredients, effects, c…")."""
    window = open_window(qtbot, database)
    window.set_presentation(True)
    window.resize(1366, 768)
    try:
        window.show_view("ingredients")
        view = window.view("ingredients")
        qtbot.wait(30)
        bar = view.tabs.tabBar()
        for index in range(bar.count()):
            tab = bar.tabRect(index)
            assert 0 <= tab.left() and tab.right() < bar.width(), bar.tabText(index)
            assert bar.fontMetrics().horizontalAdvance(bar.tabText(index)) < tab.width(), bar.tabText(index)
        box = view.filter_box
        hint = box.fontMetrics().horizontalAdvance(box.placeholderText())
        assert hint <= box.width() - 2 * 10 - 24, (hint, box.width())
    finally:
        window.set_presentation(False)
