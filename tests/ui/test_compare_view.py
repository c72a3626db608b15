"""The comparer through pytest-qt: picking, reordering, removing, the differences toggle, cautions,
links, printing and the settings dialog."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from dermacounsel.cli import main
from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.compare_view import CompareView, ProductChip
from dermacounsel.ui.printing import ExportPdfDialog, PrintOptionsDialog, PrintPreview
from dermacounsel.ui.settings import ClinicSettings, SettingsDialog


@pytest.fixture
def view(show, database: CatalogueDatabase) -> CompareView:
    return show(CompareView(Catalogue(database)), 1280, 800)


def column_titles(view: CompareView) -> list[str]:
    """The products' names, whole, as their header tooltips give them (a long one is shown on two lines)."""
    model = view.table.model()
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(1, model.columnCount())
    ]


def labels(view: CompareView) -> list[str]:
    model = view.table.model()
    # the name, without its mark's symbol ("◆ FGF", "◐ EGF") or its gloss ("FGF — Deep wrinkles…")
    return [model.index(r, 0).data().lstrip("●◐◆ ").split(" — ")[0] for r in range(model.rowCount())]


def test_opens_with_two_products(view) -> None:
    assert column_titles(view) == ["Benev", "Babyskin"]


def test_picking_a_product_by_typing_part_of_its_name(qtbot, view) -> None:
    qtbot.keyClicks(view.picker, "rejur")
    qtbot.keyClick(view.picker, Qt.Key.Key_Return)
    assert column_titles(view) == ["Benev", "Babyskin", "REJURAN"]
    assert view.picker.text() == ""
    qtbot.keyClicks(view.picker, "AmnioGenics")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.picker, "Premium")
    qtbot.keyClick(view.picker, Qt.Key.Key_Return)
    assert len(view.products) == 4 and "at most four" in view.hint.text()


def test_the_completer_offers_matching_names(qtbot, view) -> None:
    qtbot.keyClicks(view.picker, "en")
    model = view.completer.completionModel()
    offered = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert offered == ["Benev", "AmnioGenics"]


def test_a_japanese_screen_picks_products_by_their_name_in_either_language(qtbot, show, database) -> None:
    catalogue = Catalogue(database, language="ja")
    view = show(CompareView(catalogue), 1280, 800)
    assert column_titles(view) == ["ベネブ", "ベビースキン"]
    qtbot.keyClicks(view.picker, "rejur")  # typed in English, offered and added in Japanese
    model = view.completer.completionModel()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["REJURAN"]
    qtbot.keyClick(view.picker, Qt.Key.Key_Return)
    view.picker.insert("アムニオ")  # as an input method commits it (QTest types no kana)
    qtbot.keyClick(view.picker, Qt.Key.Key_Return)
    assert column_titles(view) == ["ベネブ", "ベビースキン", "リジュラン", "アムニオジェニックス"]


def test_reorder_and_remove_columns_with_the_chips(qtbot, view) -> None:
    view.set_products(["Benev", "AmnioGenics", "REJURAN"])
    qtbot.mouseClick(view.chip("Benev").right, Qt.MouseButton.LeftButton)
    assert column_titles(view) == ["AmnioGenics", "Benev", "REJURAN"]
    qtbot.mouseClick(view.chip("REJURAN").left, Qt.MouseButton.LeftButton)
    assert column_titles(view) == ["AmnioGenics", "REJURAN", "Benev"]
    qtbot.mouseClick(view.chip("AmnioGenics").remove, Qt.MouseButton.LeftButton)
    assert column_titles(view) == ["REJURAN", "Benev"]
    assert not view.chip("REJURAN").left.isEnabled()
    # the replaced chips are gone at once, not left floating over the view until the event loop turns
    assert sorted(chip.name for chip in view.findChildren(ProductChip)) == ["Benev", "REJURAN"]


def test_only_differences_hides_what_all_share(qtbot, view) -> None:
    view.set_products(["Benev", "REJURAN"])
    everything = labels(view)
    assert "EGF" in everything and "Hyaluronic acid" in everything
    qtbot.mouseClick(view.differences, Qt.MouseButton.LeftButton)
    shown = labels(view)
    assert "EGF" not in shown and "Hyaluronic acid" not in shown
    assert "FGF" in shown and "Polynucleotides derived from salmon DNA" in shown
    assert "Maker" in shown  # the product facts stay (neither has a caution: no cautions row)
    assert "Cautions" not in shown


def test_unlisted_components_are_not_listed_never_absent_and_marks_coloured(view) -> None:
    view.set_products(["Benev", "REJURAN"])
    model = view.table.model()
    row = labels(view).index("FGF")
    assert model.index(row, 0).data() == "◆ FGF — Deep wrinkles and nasolabial folds"
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "◆ only one"
    assert model.index(row, 2).data() == "not listed"
    assert "not to say the product does not contain it" in model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, 1).data(Qt.ItemDataRole.BackgroundRole) == QColor("#fbf0d9")
    egf = labels(view).index("EGF")
    assert model.index(egf, 0).data() == "● EGF — Skin turnover"


def test_rows_some_but_not_all_products_share_are_marked_and_counted(view) -> None:
    model = view.table.model()
    key = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert key == "Component\n● in all · ◆ only one"  # two products: nothing can be in some only
    view.set_products(["REJURAN", "Premium Cell", "AmnioGenics"])
    key = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert key == "Component\n● in all · ◐ in some · ◆ only one"
    egf = labels(view).index("EGF")
    assert [model.index(egf, c).data() != "not listed" for c in (1, 2, 3)].count(True) == 2
    assert model.index(egf, 0).data() == "◐ EGF — Skin turnover"
    assert model.index(egf, 0).data(Qt.ItemDataRole.ToolTipRole) == "◐ in 2 of 3"
    fgf = labels(view).index("FGF")
    assert model.index(fgf, 0).data().startswith("◆ FGF")
    # every component row carries one of the three marks
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)]
    assert rows and all(model.index(r, 0).data()[0] in "●◐◆" for r in rows)


def test_a_japanese_comparer_keys_and_counts_the_shared_rows_in_japanese(qtbot, show, database) -> None:
    from dermacounsel.ui import language

    show(QWidget())  # make_application first: it installs the language chosen in the settings
    language.install_translators("ja")
    try:
        view = CompareView(Catalogue(database, language="ja"))  # not `show`: it would install English again
        qtbot.addWidget(view)
        view.show()
        view.set_products(["REJURAN", "Premium Cell", "AmnioGenics"])
        model = view.table.model()
        key = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        assert key == "成分\n● 全製品 · ◐ 一部 · ◆ 1製品のみ"
        row = next(r for r in range(model.rowCount()) if str(model.index(r, 0).data()).startswith("◐"))
        assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "◐ 3製品中2製品に含まれる"
    finally:
        language.install_translators("en")


def test_a_click_selects_the_whole_row_and_the_line_below_never_goes_stale(qtbot, view) -> None:
    model = view.table.model()
    fgf = labels(view).index("FGF")
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(model.index(fgf, 1)).center()
    )
    selected = view.table.selectionModel().selectedIndexes()
    assert sorted(i.column() for i in selected) == list(range(model.columnCount()))
    assert {i.row() for i in selected} == {fgf}
    assert view.detail.text().startswith("<b>FGF</b>")
    # "Compare the first three" from the counselling view: FGF still compared, still selected and explained
    view.open_link("products/REJURAN|Premium%20Cell|AmnioGenics")
    fgf = labels(view).index("FGF")
    assert view.table.currentIndex().row() == fgf and view.detail.text().startswith("<b>FGF</b>")
    # products without FGF: no row selected, and the line under the table says so rather than explain FGF
    view.open_link("products/REJURAN|AmnioGenics")
    assert "FGF" not in labels(view)
    assert not view.table.selectionModel().selectedIndexes()
    assert view.detail.text() == "Select a component to see what it is and where it acts."


def test_cautions_are_impossible_to_miss(view) -> None:
    view.set_products(["Benev", "REJURAN"])
    assert not view.caution_banner.isVisible()
    view.set_products(["Benev", "AmnioGenics"])
    assert view.caution_banner.isVisible()
    # the caution names its product: not "AmnioGenics: After AmnioGenics treatment…"
    assert view.caution_banner.text() == "⚠  After AmnioGenics treatment you cannot donate blood or organs."
    row = labels(view).index("Cautions")
    model = view.table.model()
    assert model.index(row, 2).data() == "⚠ After AmnioGenics treatment you cannot donate blood or organs."
    assert model.index(row, 2).data(Qt.ItemDataRole.ForegroundRole) == QColor("#9b1c1c")
    assert model.index(row, 1).data() == ""  # Benev lists none: an empty cell, no "None listed"


def test_a_component_links_to_its_explanation_and_layers(qtbot, view) -> None:
    view.set_products(["Benev", "Premium Cell"])
    row = labels(view).index("FGF")
    view.table.setCurrentIndex(view.table.model().index(row, 2))
    assert 'href="growth-factors/factor/FGF"' in view.detail.text()
    assert 'href="explorer/region/dermis"' in view.detail.text()
    with qtbot.waitSignal(view.navigate) as followed:
        view.detail.linkActivated.emit("explorer/region/dermis")
    assert followed.args == ["explorer/region/dermis"]


def test_radar_and_summaries_follow_the_selection(view) -> None:
    view.set_products(["Babyskin", "REJURAN"])
    assert [s.key for s in view.chart.shown] == ["Babyskin", "REJURAN"]
    assert view.chart.radii("Babyskin") == [3.0, 2.0, 2.0, 2.0, 3.0, 3.0]
    text = view.summaries.toPlainText()
    assert "Babyskin lists, among others, growth factors (IGF-1" in text and "REJURAN lists, among others," in text
    assert "drawn from the growth factors it lists (not a rating of the product)" in text
    assert "absent" not in text and "act most on" not in text
    assert "not a rating of the product" in view.chart_caption.text()


def test_export_pdf_with_a_patient_name_stores_nothing(view, database_path: Path, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "for-patient.pdf"
    titles = []
    monkeypatch.setattr(
        PrintOptionsDialog,
        "ask",
        classmethod(lambda cls, paper, title, parent=None: titles.append(title) or ("Taro Test", "a4")),
    )
    monkeypatch.setattr(
        ExportPdfDialog, "ask", classmethod(lambda cls, parent, suggested, title: titles.append(title) or target)
    )
    before = hashlib.sha256(database_path.read_bytes()).hexdigest()
    view.set_products(["Benev", "AmnioGenics", "REJURAN"])
    view.export_pdf()
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Taro Test" in " ".join(text.split())
    assert "Wrote" in view.hint.text()
    assert titles == ["Export the comparison sheet as PDF"] * 2
    view.catalogue.close()
    assert hashlib.sha256(database_path.read_bytes()).hexdigest() == before
    for file in Path(os.environ["XDG_CONFIG_HOME"]).rglob("*"):
        if file.is_file():
            assert "Taro Test" not in file.read_text(encoding="utf-8", errors="replace")


def test_print_opens_the_preview_on_the_clinics_paper(qtbot, view, tmp_path: Path, monkeypatch) -> None:
    ClinicSettings(paper="letter").save()
    opened = []
    asked = []
    monkeypatch.setattr(
        PrintOptionsDialog,
        "ask",
        classmethod(lambda cls, paper, title, parent=None: asked.append(title) or ("", paper)),
    )
    monkeypatch.setattr(
        PrintPreview,
        "open",
        classmethod(lambda cls, printer, paint, parent, title: opened.append((printer, paint, title))),
    )
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)  # Ctrl+P: tests/ui/test_keyboard.py
    assert len(opened) == 1
    printer, paint, title = opened[0]
    assert asked == ["Print the comparison sheet"] and title == "Print preview: comparison sheet"
    layout = printer.pageLayout()
    assert layout.pageSize().id() == layout.pageSize().PageSizeId.Letter
    # what the preview shows is what it prints: paint it to a PDF printer and read it back
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint(printer)
    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == pages >= 1
    assert "Benev" in reader.pages[0].extract_text()


def test_settings_dialog_validates_the_logo(qtbot, tmp_path: Path, qapp) -> None:
    dialog = SettingsDialog(ClinicSettings(name="Clinic"), ["Benev", "REJURAN"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    not_image = tmp_path / "logo.png"
    not_image.write_text("not an image")
    dialog.logo.setText(str(not_image))
    assert not ok.isEnabled() and "not an image" in dialog.logo_error.text()
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#2b7a8c"))
    good = tmp_path / "good.png"
    image.save(str(good))
    dialog.logo.setText(str(good))
    assert ok.isEnabled() and dialog.logo_error.text() == ""
    dialog.products.item(1).setCheckState(Qt.CheckState.Checked)
    result = dialog.result_settings()
    assert result.name == "Clinic" and result.logo == str(good) and result.default_products == ["REJURAN"]
    result.save()
    assert ClinicSettings.load() == result


def test_render_compare_command(database_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "compare.png"
    assert (
        main(
            [
                "--db",
                str(database_path),
                "render",
                "compare",
                "--product",
                "benev",
                "--product",
                "rejuran",
                "--size",
                "1200x760",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert QImage(str(out)).size().toTuple() == (1200, 760)


def colour_on_chart(view: CompareView, colour: str) -> bool:
    image = view.chart_widget.canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    wanted = QColor(colour)
    return any(
        image.pixelColor(x, y) == wanted for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    )


def test_the_chart_on_screen_follows_an_added_and_removed_product(qtbot, view) -> None:
    view.set_products(["Benev", "Babyskin"])
    qtbot.wait(50)
    added = view.colours["REJURAN"]
    assert not colour_on_chart(view, added)
    kept = view.chip("Benev")
    size = view.chart_widget.canvas.size()
    view.add_product("REJURAN")
    qtbot.wait(20)
    assert colour_on_chart(view, added)
    assert view.chart_widget.canvas.size() == size  # three chips still fit one row: the chart does not jump
    # the chips still wanted are kept, so the row never empties and the chart is not resized
    assert view.chip("Benev") is kept
    view.remove_product("REJURAN")
    assert not colour_on_chart(view, added)


def test_rows_grow_to_show_all_their_wrapped_text(qtbot, view) -> None:
    def cut_rows() -> list[int]:
        table = view.table
        return [r for r in range(view.model.rowCount()) if table.rowHeight(r) < table.sizeHintForRow(r)]

    view.set_products(["Benev", "AmnioGenics", "REJURAN"])
    qtbot.waitUntil(lambda: not cut_rows())
    tall = sum(view.table.rowHeight(r) for r in range(view.model.rowCount()))
    view.resize(720, 800)  # narrower columns wrap more: the rows follow
    qtbot.waitUntil(lambda: not cut_rows())
    assert sum(view.table.rowHeight(r) for r in range(view.model.rowCount())) > tall


def test_rows_changed_behind_the_chart_page_fit_their_text_once_shown(qtbot, view) -> None:
    """Products added while the chart page shows: the hidden table's rows are measured when it shows."""
    view.pages.setCurrentIndex(1)
    view.set_products(["Benev", "AmnioGenics", "REJURAN", "Premium Cell"])
    view.resize(720, 800)
    qtbot.wait(20)
    view.pages.setCurrentIndex(0)
    table = view.table
    qtbot.waitUntil(lambda: all(table.rowHeight(r) >= table.sizeHintForRow(r) for r in range(view.model.rowCount())))
    assert any(table.rowHeight(r) > table.rowHeight(0) for r in range(view.model.rowCount()))  # some wrap


def test_four_products_fit_a_laptop_screen_with_a_readable_legend(qtbot, view) -> None:
    view.set_products(["Benev", "AmnioGenics", "REJURAN", "Premium Cell"])
    smallest = view.minimumSizeHint()
    assert smallest.width() <= 1366 and smallest.height() <= 768  # the chips wrap instead
    for width in (1366, 1024, 820):
        view.resize(width, 768)
        qtbot.wait(50)
        for name in view.products:
            chip = view.chip(name)
            assert chip.mapTo(view, chip.rect().bottomRight()).x() < width  # every chip on screen
        if width == 1024:  # the whole width is the chips' (the hint is in the title's row): one row
            assert view.chip("Premium Cell").y() == view.chip("Benev").y()
    assert view.chip("Premium Cell").y() > view.chip("Benev").y()  # at 820 px, on a second row
    view.resize(1366, 768)
    qtbot.wait(50)
    figure = view.chart.figure
    figure.canvas.draw()
    legend = view.chart._legend.get_window_extent()
    assert legend.x0 >= 0 and legend.x1 <= figure.bbox.x1  # every product's name inside the chart


@pytest.mark.parametrize("products", [["benev", "amniogenics", "rejuran"], ["premium-cell", "babyskin", "amniogenics"]])
def test_japanese_product_names_fit_the_chart_s_legend(qtbot, show, database, products) -> None:
    view = show(CompareView(Catalogue(database, language="ja")), 1366, 768)
    view.set_products(products)
    qtbot.wait(50)
    figure = view.chart.figure
    figure.canvas.draw()
    legend = view.chart._legend.get_window_extent()
    assert legend.x0 >= 0 and legend.x1 <= figure.bbox.x1  # アムニオジェニックス and the rest inside the chart


def test_four_product_names_are_never_cut_in_the_header(qtbot, view) -> None:
    """Also in presentation type (what the main window's F11 adds to the style sheet)."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication

    from dermacounsel import paths

    app = QApplication.instance()
    base = app.styleSheet()
    app.setStyleSheet(base + (paths.resources_dir() / "presentation.qss").read_text(encoding="utf-8"))
    view.set_products(["Benev", "AmnioGenics", "REJURAN", "Premium Cell"])
    header = view.table.horizontalHeader()
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    for width in (1100, 760, 620):
        view.resize(width, 768)
        qtbot.wait(30)
        for section in range(1, view.model.columnCount()):
            shown = view.model.headerData(section, Qt.Orientation.Horizontal)
            assert shown.replace("\n", " ") == view.products[section - 1] or "\n" in shown
            for line in shown.split("\n"):
                assert metrics.horizontalAdvance(line) + 20 <= header.sectionSize(section), (width, line)
        assert header.height() >= metrics.lineSpacing() * max(
            view.model.headerData(s, Qt.Orientation.Horizontal).count("\n") + 1
            for s in range(1, view.model.columnCount())
        )
    app.setStyleSheet(base)
