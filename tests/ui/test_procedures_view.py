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
    assert rows["Reaches: Subcutaneous tissue"] == ["✓ Top part", "—", "✓ Down to its middle", "Systemic"]
    assert rows["Reaches: Bone"] == ["—", "—", "—", "Systemic"]


def test_filter_keeps_matching_rows(qtbot, show, database: CatalogueDatabase) -> None:
    view = show(ProceduresView(Catalogue(database)))
    qtbot.keyClicks(view.filter_box, "downtime")
    assert list(grid(view)) == ["Other"]
    view.filter_box.clear()
    assert len(grid(view)) == 10


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


def test_the_working_range_reads_in_the_catalogues_language(qtbot, show, database: CatalogueDatabase) -> None:
    """A Japanese screen once read 'The 表皮, the 真皮 and the top of the 皮下組織': English glue around
    Japanese layer names. The range is phrased in Japanese from domain/phrasing.py."""
    view = show(ProceduresView(Catalogue(database, language="ja")))
    needles = grid(view)["Working range"][:3]
    assert needles == ["表皮、真皮と皮下組織の上部", "表皮と真皮の中ほど", "真皮と皮下組織の中ほど"]
    for text in needles:
        assert not any(word in text for word in ("The", "the", "and", "down to", "top of")), text
