"""Issue 14, editing both languages: every editor form shows English and Japanese side by side, saves
both, marks a version left behind by a change to the other ("Translation may be out of date") until it
catches up or is marked up to date, keeps the mark through undo, redo and a catalogue file, and never
drops either language. Issue 15: the Products components table's heading and link choice are whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage.database import CatalogueDatabase, open_database
from dermacounsel.ui import language
from dermacounsel.ui.app import make_application
from dermacounsel.ui.editor_view import COL_COMPONENT_LINK, EditorView
from dermacounsel.ui.main_window import MainWindow


@pytest.fixture
def view(show, database: CatalogueDatabase) -> EditorView:
    return show(EditorView(Catalogue(database)), 1280, 800)


def open_entry(view: EditorView, tab: str, key: str):  # type: ignore[no-untyped-def]
    form = getattr(view, tab)
    view.tabs.setCurrentWidget(form)
    rows = [form.entries.item(r).data(Qt.ItemDataRole.UserRole) for r in range(form.entries.count())]
    form.entries.setCurrentRow(rows.index(key))
    return form


def save(qtbot, view: EditorView, form) -> None:  # type: ignore[no-untyped-def]
    view.report("")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status.text().startswith("Saved"), timeout=5000)


def wait_for_status(qtbot, view: EditorView, start: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.status.text().startswith(start), timeout=5000)


def test_a_loaded_entry_shows_english_and_japanese_side_by_side(view) -> None:
    form = open_entry(view, "layers", "dermis")
    assert (form.name.english.text(), form.name.japanese.text()) == ("Dermis", "真皮")
    assert form.text.english.toPlainText().startswith("The foundation of the skin")
    assert form.text.japanese.toPlainText().startswith("表皮の下にある、皮膚の土台です")
    english, japanese = form.name.english.geometry(), form.name.japanese.geometry()
    assert english.right() < japanese.left() and english.top() == japanese.top()  # beside, not below
    assert form.name.english.isVisible() and form.name.japanese.isVisible()
    assert form.name.japanese.accessibleName() == "Name (Japanese (日本語))"
    assert not form.text.mark.isVisible()  # nothing out of date in the bundled catalogue
    procedures = open_entry(view, "procedures", "dermapen")
    english_lines = procedures.list.english.toPlainText().split("\n")
    japanese_lines = procedures.list.japanese.toPlainText().split("\n")
    stored = view.catalogue.editor.entry("procedure", "dermapen").values["notes"]
    assert len(english_lines) == len(japanese_lines) == len(stored)  # line n of each is note n
    assert english_lines[0] == stored[0]["en"] and japanese_lines[0] == stored[0]["ja"]


def test_saving_writes_both_languages_and_the_japanese_is_the_clinics(qtbot, view) -> None:
    form = open_entry(view, "layers", "dermis")
    form.text.english.setPlainText("The clinic's own words on the dermis.")
    form.text.japanese.setPlainText("クリニックによる真皮の説明です。")
    assert not form.text.mark.isVisible()  # both changed: nothing left behind
    save(qtbot, view, form)
    stored = view.catalogue.editor.entry("layer", "dermis").values["description"]
    assert stored == {
        "en": "The clinic's own words on the dermis.",
        "ja": "クリニックによる真皮の説明です。",
        "ja_source": "clinic",
    }


def test_a_list_is_saved_line_by_line_in_both_languages(qtbot, view) -> None:
    form = open_entry(view, "exosomes", "cord-blood")
    form.list.english.setPlainText("Calms the skin\nEvens the tone")
    form.list.japanese.setPlainText("肌を落ち着かせる\n肌の色むらを整える")
    save(qtbot, view, form)
    effects = view.catalogue.editor.entry("exosome origin", "cord-blood").values["effects"]
    assert [(e["en"], e["ja"]) for e in effects] == [
        ("Calms the skin", "肌を落ち着かせる"),
        ("Evens the tone", "肌の色むらを整える"),
    ]
    form.list.japanese.setPlainText("肌を落ち着かせる\n肌の色むらを整える\n三つ目")  # a line with no English
    assert not form.save_button.isEnabled() and "line 3" in form.error.text()


def test_english_changed_alone_keeps_the_japanese_and_marks_it_until_it_is_updated(qtbot, view) -> None:
    form = open_entry(view, "layers", "dermis")
    japanese = form.text.japanese.toPlainText()
    form.text.english.setPlainText("The clinic's new English description.")
    assert form.text.mark.isVisible()  # shown as soon as it would be saved so
    save(qtbot, view, form)
    stored = view.catalogue.editor.entry("layer", "dermis").values["description"]
    assert stored["ja"] == japanese and stored["ja_source"] == "translation"  # kept, and still not the clinic's
    assert stored["ja_outdated"] == "en"
    form = open_entry(view, "layers", "epidermis")
    form = open_entry(view, "layers", "dermis")  # opened again: the mark is read from the catalogue
    assert form.text.mark.isVisible()
    assert form.text.mark.label.text() == "⚠ Translation may be out of date"
    assert "The English was changed and the Japanese was not" in form.text.mark.label.toolTip()
    assert form.text.japanese.styleSheet() and not form.text.english.styleSheet()  # the stale side tinted
    form.text.japanese.setPlainText("クリニックが英語に合わせて直した説明です。")  # the translation catches up
    assert not form.text.mark.isVisible()
    save(qtbot, view, form)
    stored = view.catalogue.editor.entry("layer", "dermis").values["description"]
    assert "ja_outdated" not in stored and stored["ja_source"] == "clinic"
    assert stored["en"] == "The clinic's new English description."


def test_japanese_changed_alone_keeps_the_english_marks_it_and_undo_redo_bring_the_marks_back(qtbot, view) -> None:
    form = open_entry(view, "layers", "epidermis")
    english = form.name.english.text()
    form.name.japanese.setText("表皮（皮膚のいちばん外側）")
    save(qtbot, view, form)
    stored = view.catalogue.editor.entry("layer", "epidermis").values["name"]
    assert stored["en"] == english and stored["en_outdated"] == "ja" and stored["ja_source"] == "clinic"
    assert form.name.mark.isVisible()
    assert "The Japanese was changed and the English was not" in form.name.mark.label.toolTip()
    view.undo()
    wait_for_status(qtbot, view, "Undid")
    assert "en_outdated" not in view.catalogue.editor.entry("layer", "epidermis").values["name"]
    assert not form.name.mark.isVisible() and form.name.japanese.text() == "表皮"
    view.redo()
    wait_for_status(qtbot, view, "Redid")
    assert view.catalogue.editor.entry("layer", "epidermis").values["name"]["en_outdated"] == "ja"
    assert form.name.mark.isVisible() and form.name.japanese.text() == "表皮（皮膚のいちばん外側）"


def test_mark_as_up_to_date_clears_the_mark_when_saved(qtbot, view) -> None:
    form = open_entry(view, "products", "benev")
    form.name.english.setText("Benev Exosome")
    save(qtbot, view, form)
    assert form.name.mark.isVisible()
    qtbot.mouseClick(form.name.mark.button, Qt.MouseButton.LeftButton)
    assert not form.name.mark.isVisible() and form.save_button.isEnabled()
    save(qtbot, view, form)
    assert view.catalogue.editor.entry("product", "benev").values["name"] == {
        "en": "Benev Exosome",
        "ja": "ベネブ",
        "ja_source": "article",
    }


def test_a_component_name_changed_in_english_marks_its_japanese_cell(qtbot, view) -> None:
    form = open_entry(view, "products", "benev")
    row = next(r for r in range(form.components.rowCount()) if form.components.item(r, 1).text() == "Vitamins")
    form.components.item(row, 1).setText("Vitamins A and E")
    japanese = form.components.item(row, 2)
    assert "Translation may be out of date" in japanese.toolTip()
    save(qtbot, view, form)
    product = view.catalogue.editor.entry("product", "benev").values
    names = [c["name"] for c in product["components"] if c["name"]["en"] == "Vitamins A and E"]
    assert names == [{"en": "Vitamins A and E", "ja": "ビタミン類", "ja_source": "translation", "ja_outdated": "en"}]


def test_the_mark_survives_export_and_import_of_a_catalogue_file(qtbot, view, tmp_path: Path) -> None:
    form = open_entry(view, "procedures", "dermapen")
    notes = form.list.english.toPlainText().split("\n")
    notes[0] += " (clinic wording)"
    form.list.english.setPlainText("\n".join(notes))
    assert form.list.mark.isVisible() and "Line 1" in form.list.mark.label.toolTip()
    save(qtbot, view, form)
    exported = view.catalogue.export(tmp_path / "clinic.json")
    assert '"ja_outdated": "en"' in exported.read_text(encoding="utf-8")
    other = open_database(tmp_path / "other.sqlite3")
    try:
        catalogue = Catalogue(other)
        catalogue.import_file(exported, replace=True, dry_run=True)  # the file is checked whole: accepted
        catalogue.import_file(exported, replace=True)
        assert catalogue.check().problems == []  # and the database's own check finds nothing wrong
        note = catalogue.editor.entry("procedure", "dermapen").values["notes"][0]
        assert note["ja_outdated"] == "en" and note["en"].endswith(" (clinic wording)")
        second = EditorView(catalogue)
        qtbot.addWidget(second)
        second.show()
        imported = open_entry(second, "procedures", "dermapen")
        assert imported.list.mark.isVisible()
    finally:
        other.close()


@pytest.mark.parametrize("ui", ["en", "ja"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_components_heading_and_link_choice_are_shown_whole(qtbot, database, ui: str, size) -> None:
    make_application()
    language.install_translators(ui)
    try:
        window = MainWindow(Catalogue(database))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.set_edit_mode(True)
        editor = window.current_view()
        form = open_entry(editor, "products", "benev")
        qtbot.wait(50)
        table = form.components
        header = QFontMetrics(table.horizontalHeader().font())
        for column in range(table.columnCount()):
            heading = table.horizontalHeaderItem(column).text()
            assert header.horizontalAdvance(heading) + 8 <= table.columnWidth(column), heading
        assert sum(table.columnWidth(c) for c in range(table.columnCount())) <= table.viewport().width() + 1
        boxes = [table.cellWidget(row, COL_COMPONENT_LINK) for row in range(table.rowCount())]
        unlinked = [box for box in boxes if box.currentData() == ""]
        assert unlinked, "Benev lists a component the catalogue does not know"
        for box in unlinked:
            assert box.shown_text() == box.currentText() and box.currentText().startswith("—")
        for box in boxes:
            assert box.toolTip() == box.currentText()  # the whole choice, also when it ends in "…"
            shown = box.shown_text()
            assert shown == box.currentText() or (shown.endswith("…") and box.currentText().startswith(shown[:-1]))
    finally:
        language.install_translators("en")
