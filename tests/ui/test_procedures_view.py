"""The Procedures comparison: four procedures side by side, rows filtered by the filter box."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.procedures_view import ProceduresView


def grid(view: ProceduresView) -> dict[str, list[str]]:
    model = view.table.model()
    return {
        model.index(row, 0).data(): [model.index(row, c).data() for c in range(1, model.columnCount())]
        for row in range(model.rowCount())
    }


def test_four_procedures_side_by_side(qtbot, show, database: CatalogueDatabase) -> None:
    view = show(ProceduresView(Catalogue(database)))
    model = view.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, model.columnCount())]
    assert headers == ["Dermapen", "Vital Injector", "Physician injection", "IV drip"]
    rows = grid(view)
    assert rows["Working range"] == [
        "The epidermis, the dermis and the top of the subcutaneous tissue",
        "The epidermis and the dermis down to its middle",
        "The dermis and the subcutaneous tissue down to its middle",
        "Whole body (systemic)",
    ]
    assert rows["Uptake of the solution"] == ["Passive", "Active", "Active", "Active"]
    assert rows["Needle depth"] == ["0.2 to 3.0 mm, in 0.1 mm steps", "—", "—", "—"]
    assert rows["Other"] == [
        "With downtime",
        "Short treatment time\nWith downtime",
        "Requires practitioner proficiency",
        "High cost",
    ]
    assert rows["Reaches: Subcutaneous tissue"] == ["✓ Top part", "—", "✓ Down to its middle", "Whole body (systemic)"]
    assert rows["Reaches: Bone"] == ["—", "—", "—", "Whole body (systemic)"]


def test_filter_keeps_matching_rows(qtbot, show, database: CatalogueDatabase) -> None:
    view = show(ProceduresView(Catalogue(database)))
    qtbot.keyClicks(view.filter_box, "downtime")
    assert list(grid(view)) == ["Other"]
    view.filter_box.clear()
    assert len(grid(view)) == 11


def test_the_lost_stars_are_explained(qtbot, show, database: CatalogueDatabase) -> None:
    view = show(ProceduresView(Catalogue(database)))
    assert "stars were lost in translation" in view.footnote.source_text
    assert "dermapen needle depth" in view.footnote.source_text


def test_procedure_names_wrap_in_the_header_instead_of_being_cut(qtbot, show, database) -> None:
    """In presentation type at a laptop's width: every word inside its column, every line in the header."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication

    from dermacounsel import paths
    from dermacounsel.services.catalogue import Catalogue
    from dermacounsel.ui.procedures_view import ProceduresView

    app = QApplication.instance()
    base = app.styleSheet()
    app.setStyleSheet(base + (paths.resources_dir() / "presentation.qss").read_text(encoding="utf-8"))
    try:
        view = show(ProceduresView(Catalogue(database)), 1100, 700)
        qtbot.wait(50)
        header = view.table.horizontalHeader()
        font = QFont(header.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        for section in range(1, header.count()):
            title = str(view.table.model().headerData(section, Qt.Orientation.Horizontal))
            for word in title.split():
                assert metrics.horizontalAdvance(word) <= header.sectionSize(section) - 20, word
            assert header.height() >= header.wrapped_height(section), title
    finally:
        app.setStyleSheet(base)


def test_the_working_range_reads_in_japanese(qtbot, database: CatalogueDatabase) -> None:
    from dermacounsel.ui import language
    from dermacounsel.ui.app import make_application

    make_application()
    language.install_translators("ja")
    try:
        view = ProceduresView(Catalogue(database, "ja"))
        qtbot.addWidget(view)
        view.show()
        assert grid(view)["作用範囲"] == [
            "表皮、真皮と皮下組織の上部",
            "表皮と真皮の中ほど",
            "真皮と皮下組織の中ほど",
            "全身（全身性）",
        ]
    finally:
        language.install_translators("en")


def shown_texts(view: ProceduresView, column: int) -> list[str]:
    """What a column shows: a spanning cell once, the cells it covers not at all."""
    table, model = view.table, view.table.model()
    texts, row = [], 0
    while row < model.rowCount():
        texts.append(model.index(row, column).data())
        row += max(1, table.rowSpan(row, column))
    return texts


def test_a_systemic_procedure_says_whole_body_once(qtbot, show, database: CatalogueDatabase) -> None:
    """The IV drip's working range and every layer row were "Systemic" five times: now one cell spans them."""
    view = show(ProceduresView(Catalogue(database)))
    iv = 1 + view.shown_procedures().index("iv-drip")
    texts = shown_texts(view, iv)
    assert texts.count("Whole body (systemic)") == 1
    assert not any("Systemic" in text for text in texts)
    # the span covers the working range and the five layers, and shrinks with the filter
    working_range = list(grid(view)).index("Working range")
    assert view.table.rowSpan(working_range, iv) == 6
    assert view.table.rowSpan(working_range, 1) == 1
    # at the top of its span, beside the working range, not halfway down five rows where it scrolls away
    alignment = Qt.AlignmentFlag(view.table.model().index(working_range, iv).data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignTop
    qtbot.keyClicks(view.filter_box, "dermis")
    assert list(grid(view)) == ["How deep it reaches", "Working range", "Reaches: Epidermis", "Reaches: Dermis"]
    assert shown_texts(view, iv).count("Whole body (systemic)") == 1
    assert view.table.rowSpan(1, iv) == 3


def test_rows_stay_short_and_the_description_opens_on_a_click(qtbot, show, database: CatalogueDatabase) -> None:
    """In presentation type at a laptop's size the "What it is" row once took the whole screen: it comes last,
    each cell at most three lines (the whole text in its tooltip), and a click shows it whole."""
    from PySide6.QtWidgets import QApplication

    from dermacounsel import paths
    from dermacounsel.ui.procedures_view import CLAMPED_LINES, PICTURE_LINES

    app = QApplication.instance()
    base = app.styleSheet()
    app.setStyleSheet(base + (paths.resources_dir() / "presentation.qss").read_text(encoding="utf-8"))
    try:
        view = show(ProceduresView(Catalogue(database)), 1140, 600)
        qtbot.wait(50)
        table, model = view.table, view.table.model()
        line = table.fontMetrics().lineSpacing()
        titles = list(grid(view))
        assert titles[0] == "How deep it reaches" and titles[-1] == "What it is"
        for row, title in enumerate(titles):
            limit = (PICTURE_LINES if row == 0 else 4 if title == "Working range" else CLAMPED_LINES) * line + 12 + 2
            if table.rowSpan(row, 4) == 1:
                assert table.rowHeight(row) <= limit, title
        assert table.rowHeight(0) >= 5 * line  # the pictures are not squeezed to a strip
        description = len(titles) - 1
        iv = model.index(description, 4)
        assert view.is_clamped("What it is", "iv-drip")
        assert "None of the five products is given by drip" in iv.data(Qt.ItemDataRole.ToolTipRole)
        shut = table.rowHeight(description)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(iv).center())
        assert table.rowHeight(description) > shut + line
        assert not view.is_clamped("What it is", "iv-drip")
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(iv).center())
        assert table.rowHeight(description) == shut
    finally:
        app.setStyleSheet(base)


def test_provenance_is_a_badge_not_cell_text(qtbot, show, database: CatalogueDatabase) -> None:
    """The Vital Injector's "(not from the article: What the devices are)" was printed in its cell."""
    view = show(ProceduresView(Catalogue(database)))
    cells = [text for texts in grid(view).values() for text in texts]
    assert not any("not from the article" in text or "What the devices are" in text for text in cells)
    assert grid(view)["What it is"][1] == "A suction multi-needle injector."
    assert "What Vital Injector is: not from the article, but What the devices are" in view.footnote.source_text
    assert view.footnote.text() == "ⓘ Source"


def test_each_procedure_has_a_picture_of_its_reach(qtbot, show, database: CatalogueDatabase) -> None:
    from PySide6.QtGui import QImage

    view = show(ProceduresView(Catalogue(database)))
    qtbot.wait(50)
    model = view.table.model()
    pictures = [model.index(0, column).data(Qt.ItemDataRole.DecorationRole) for column in range(1, 5)]
    assert all(isinstance(p, QImage) and not p.isNull() for p in pictures)
    # four different reaches, four different pictures
    assert len({bytes(p.constBits()) for p in pictures}) == 4
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "Whole body (systemic)"
    assert model.index(0, 4).data(Qt.ItemDataRole.AccessibleTextRole) == "Whole body (systemic)"
    # each is drawn in its cell, under its procedure's name: the cell is a picture, not a blank
    shot = view.table.viewport().grab().toImage()
    for column in range(1, 5):
        cell = view.table.visualRect(model.index(0, column))
        colours = {shot.pixel(x, cell.center().y()) for x in range(cell.left(), cell.right(), 3)}
        assert len(colours) > 4, column  # an empty cell has one
