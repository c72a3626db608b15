"""The catalogue editor through pytest-qt: ratings, validation as you type, deleting with confirmation,
undo, provenance, and the other views seeing the change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QPushButton

from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.app import make_application
from dermacounsel.ui.editor_view import ConfirmDelete, EditorView
from dermacounsel.ui.main_window import MainWindow


@pytest.fixture
def view(show, database: CatalogueDatabase) -> EditorView:
    return show(EditorView(Catalogue(database)), 1280, 800)


def saved(qtbot, view, text: str) -> None:
    """Edits run off the GUI thread: wait until the status line reports this one."""
    qtbot.waitUntil(lambda: text in view.status.text(), timeout=5000)


def test_changing_a_rating_marks_it_and_restoring_brings_the_article_back(qtbot, view) -> None:
    ratings = view.ratings
    assert ratings.cell_text("EGF", "angiogenesis") == "△ limited"
    ratings.choose("EGF", "angiogenesis", 3)  # the cell's own editor: a choice of the scale
    saved(qtbot, view, "Rating of EGF on angiogenesis changed.")
    cell = ratings.cell_index("EGF", "angiogenesis")
    assert ratings.cell_text("EGF", "angiogenesis").startswith("✎ ◎")
    assert "Edited by the clinic on" in cell.data(Qt.ItemDataRole.ToolTipRole)
    ratings.grid.setCurrentIndex(cell)
    qtbot.mouseClick(ratings.restore_button, Qt.MouseButton.LeftButton)
    saved(qtbot, view, "The article's rating of EGF on angiogenesis is back.")
    assert ratings.cell_text("EGF", "angiogenesis") == "△ limited"
    assert ratings.cell_index("EGF", "angiogenesis").data(Qt.ItemDataRole.ToolTipRole) == "From the article"


def test_every_rating_cell_tells_a_screen_reader_what_it_is(qtbot, view) -> None:
    """The grid is a table of cells, not 36 nameless combo boxes: each cell reaches assistive technology
    (Qt's accessibility interface, what AT-SPI reads) with its factor, effect and rating."""
    from PySide6.QtGui import QAccessible

    ratings = view.ratings
    table = QAccessible.queryAccessibleInterface(ratings.grid)
    assert table.role() == QAccessible.Role.Table
    children = [table.child(n) for n in range(table.childCount())]
    names = [child.text(QAccessible.Text.Name) for child in children if child.role() == QAccessible.Role.Cell]
    assert len(names) == 36 and all(": " in name for name in names)
    assert "EGF, Cell proliferation and differentiation: ◎ very powerful" in names
    assert "EGF, Angiogenesis: △ limited" in names
    assert not ratings.grid.findChildren(QComboBox)  # no editor open, no widget per cell


def test_a_rating_is_chosen_from_the_keyboard(qtbot, view) -> None:
    ratings = view.ratings
    view.tabs.setCurrentWidget(ratings)
    ratings.grid.setFocus()
    ratings.grid.setCurrentIndex(ratings.cell_index("FGF", "hair-growth"))
    qtbot.keyClick(ratings.grid, Qt.Key.Key_F2)
    (box,) = ratings.grid.findChildren(QComboBox)
    assert box.currentText() == ratings.cell_text("FGF", "hair-growth")
    box.setCurrentIndex(box.findData(0))
    box.activated.emit(box.currentIndex())  # as a click on the choice, or Enter, does
    saved(qtbot, view, "Rating of FGF on hair-growth changed.")
    assert ratings.cell_text("FGF", "hair-growth") == "✎ ー none"


def test_product_form_validates_as_you_type(qtbot, view) -> None:
    form = view.products
    view.tabs.setCurrentWidget(form)
    form.name.clear()
    assert not form.save_button.isEnabled() and form.error.text() == "A product needs a name."
    qtbot.keyClicks(form.name.english, "rejuran")
    assert not form.save_button.isEnabled() and "exists already" in form.error.text()
    form.name.clear()
    qtbot.keyClicks(form.name.english, "Benev Gold")
    assert form.save_button.isEnabled() and form.error.text() == ""
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved(qtbot, view, "Saved Benev Gold.")
    names = [p.name["en"] for p in view.catalogue.editor.document().products]
    assert "Benev Gold" in names and "Benev" not in names
    assert form.source.text().startswith("Edited by the clinic on")


def test_a_new_product_with_components_from_the_catalogue(qtbot, view) -> None:
    form = view.products
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.name.english, "Clinic Serum")
    form.add_component("growth-factor", "EGF", "growth_factor:EGF")
    form.add_component("functional", "Urea", "ingredient:urea")
    form.cautions.english.setPlainText("Not during pregnancy")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved(qtbot, view, "Saved Clinic Serum.")
    product = next(p for p in view.catalogue.editor.document().products if p.name["en"] == "Clinic Serum")
    assert [c.kind for c in product.components] == ["growth-factor", "functional"]
    assert product.components[0].items[0].growth_factor == "EGF"
    assert product.components[1].ingredient == "urea"
    assert product.cautions[0].text == {"en": "Not during pregnancy"}


def test_deleting_asks_first_and_names_what_depends(qtbot, view, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda cls, parent, what: asked.append(what) or True))
    form = view.ingredients
    view.tabs.setCurrentWidget(form)
    rows = [form.entries.item(r).data(Qt.ItemDataRole.UserRole) for r in range(form.entries.count())]
    form.entries.setCurrentRow(rows.index("hyaluronic-acid"))
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["ingredient Hyaluronic acid — Moisturizing"]
    qtbot.waitUntil(lambda: "used by product Benev (Hyaluronic acid)" in form.error.text(), timeout=5000)
    form.entries.setCurrentRow(rows.index("kojic-acid"))
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    saved(qtbot, view, "Deleted Kojic acid.")
    assert "kojic-acid" not in [
        form.entries.item(r).data(Qt.ItemDataRole.UserRole) for r in range(form.entries.count())
    ]
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda cls, parent, what: False))
    form.entries.setCurrentRow(0)
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert form.entries.count() == len(rows) - 1  # cancelled: nothing deleted


def test_ctrl_z_undoes_the_last_change_and_ctrl_shift_z_redoes_it(qtbot, view) -> None:
    view.ratings.choose("TGF-β", "hair-growth", 2)
    saved(qtbot, view, "changed.")
    assert view.undo_button.isEnabled() and "TGF-β" in view.undo_button.text()
    view.activateWindow()
    view.ratings.grid.setFocus()
    qtbot.waitUntil(view.ratings.grid.hasFocus)  # a progress dialog may have held it for a moment
    qtbot.keyClick(view.ratings.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.ratings.cell_text("TGF-β", "hair-growth") == "ー none"
    assert view.status.text().startswith("Undid: rating of TGF-β") and not view.undo_button.isEnabled()
    view.ratings.grid.setFocus()
    qtbot.waitUntil(view.ratings.grid.hasFocus)
    qtbot.keyClick(
        view.ratings.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert view.ratings.cell_text("TGF-β", "hair-growth").startswith("✎ ○")
    assert view.status.text().startswith("Redid: rating of TGF-β")


def test_other_views_show_the_edit(qtbot, database: CatalogueDatabase) -> None:
    make_application()
    window = MainWindow(Catalogue(database))
    qtbot.addWidget(window)
    window.show()
    radar = window.view("growth-factors")
    assert radar.chart is not None
    window.set_edit_mode(True)
    editor = window.view("edit")
    editor.ratings.choose("EGF", "muscle-strengthening", 3)
    saved(qtbot, editor, "changed.")
    window.show_view("growth-factors")
    fresh = window.current_view()
    assert fresh is not radar
    assert fresh.chart.radii("EGF")[5] == 3.0
    assert window.catalogue_changed


def test_effect_categories_can_be_added_and_renamed(qtbot, view) -> None:
    form = view.categories
    view.tabs.setCurrentWidget(form)
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.name.english, "Soothing")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved(qtbot, view, "Saved Soothing.")
    assert "soothing" in [c.key for c in view.catalogue.editor.document().ingredient_categories]
    view.ingredients.reload()
    assert view.ingredients.category.findData("soothing") >= 0
    form.entries.setCurrentRow(0)
    form.name.setText("Moisturising")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved(qtbot, view, "Saved Moisturising.")
    assert view.catalogue.editor.document().ingredient_categories[0].name["en"] == "Moisturising"  # its Japanese stays


def give_japanese(catalogue, kind: str, key: str, field: str, text: str) -> None:
    """Another writer (an import of a translated catalogue) gives an entry's text its Japanese."""
    loaded = catalogue.editor.entry(kind, key)
    values = dict(loaded.values)
    if isinstance(values[field], list):
        values[field] = [{**item, "ja": f"{text} {n}"} for n, item in enumerate(values[field])]
    else:
        values[field] = {**values[field], "ja": text}
    catalogue.editor.save(kind, key, values, loaded.version)


@pytest.mark.parametrize(
    ("tab", "kind", "key", "fields"),
    [
        ("products", "product", "benev", ("name", "notes")),
        ("procedures", "procedure", "dermapen", ("name", "description", "notes")),
        ("layers", "layer", "dermis", ("name", "description")),
        ("exosomes", "exosome origin", "cord-blood", ("name", "effects")),
        ("categories", "ingredient category", "moisturizing", ("name",)),
        ("ingredients", "ingredient", "urea", ("name",)),
        ("concerns", "concern", "dryness", ("name", "reason")),
    ],
)
def test_every_form_keeps_the_other_language_and_writes_nothing_unchanged(
    qtbot, show, database_path, database, tab, kind, key, fields
) -> None:
    catalogue = Catalogue(database)
    for field in fields:
        if kind == "product" and field == "notes":
            loaded = catalogue.editor.entry(kind, key)
            catalogue.editor.save(kind, key, {**loaded.values, "notes": {"en": "A note", "ja": "メモ"}}, loaded.version)
        else:
            give_japanese(catalogue, kind, key, field, "日本語")
    before = catalogue.editor.entry(kind, key)
    view = show(EditorView(catalogue), 1280, 800)
    form = getattr(view, tab)
    view.tabs.setCurrentWidget(form)
    rows = [form.entries.item(r).data(Qt.ItemDataRole.UserRole) for r in range(form.entries.count())]
    form.entries.setCurrentRow(rows.index(key))
    stamp = database_path.stat().st_mtime_ns, database_path.read_bytes()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # saved as opened: nothing to write
    assert "Nothing to save" in view.status.text()
    assert (database_path.stat().st_mtime_ns, database_path.read_bytes()) == stamp
    form.name.setText(form.name.text() + " (clinic)")  # an English edit
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved(qtbot, view, "Saved")
    after = catalogue.editor.entry(kind, key)
    assert after.values["name"]["en"].endswith(" (clinic)")
    for field in fields:
        old, new = before.values[field], after.values[field]
        if isinstance(old, list):
            assert [item.get("ja") for item in new] == [item.get("ja") for item in old], field
        else:
            assert new.get("ja") == old.get("ja"), field


def test_an_entry_changed_elsewhere_is_refused_and_the_form_reloads(qtbot, view, database_path) -> None:
    from dermacounsel.storage.database import open_database
    from dermacounsel.storage.editing import CatalogueEditor

    form = view.products
    view.tabs.setCurrentWidget(form)
    rows = [form.entries.item(r).data(Qt.ItemDataRole.UserRole) for r in range(form.entries.count())]
    form.entries.setCurrentRow(rows.index("rejuran"))
    elsewhere = open_database(database_path)  # a second receptionist renames it meanwhile
    try:
        other = CatalogueEditor(elsewhere)
        loaded = other.entry("product", "rejuran")
        other.save("product", "rejuran", {**loaded.values, "name": {"en": "REJURAN S"}}, loaded.version)
    finally:
        elsewhere.close()
    form.notes.english.setPlainText("Mine")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "REJURAN S was changed elsewhere since you opened it" in view.status.text(), timeout=5000)
    assert form.name.text() == "REJURAN S" and form.notes.english.toPlainText() == ""  # reloaded from the catalogue


def test_in_japanese_an_untranslated_text_shows_its_english_beside_an_empty_japanese_and_writes_nothing(
    qtbot, show, database, database_path
) -> None:
    catalogue = Catalogue(database)
    benev = catalogue.editor.entry("product", "benev")  # a text without Japanese yet: the maker's name
    english_maker = {**benev.values, "maker": {"en": "The Benev Company (USA)"}}
    catalogue.editor.save("product", "benev", english_maker, benev.version)
    catalogue.set_language("ja")
    view = show(EditorView(catalogue), 1280, 800)
    form = view.products
    view.tabs.setCurrentWidget(form)
    rows = [form.entries.item(r).data(Qt.ItemDataRole.UserRole) for r in range(form.entries.count())]
    form.entries.setCurrentRow(rows.index("benev"))
    assert (form.name.english.text(), form.name.japanese.text()) == ("Benev", "ベネブ")
    assert form.maker.english.text() == "The Benev Company (USA)"
    assert form.maker.japanese.text() == "" and form.maker.japanese.placeholderText() == "Not translated yet"
    assert form.components.item(1, 1).text() == "FGF"
    stamp = database_path.read_bytes()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing to save" in view.status.text() and database_path.read_bytes() == stamp


def test_a_translation_typed_in_the_editor_is_recorded_as_the_clinic_s(qtbot, show, database) -> None:
    catalogue = Catalogue(database)
    catalogue.set_language("ja")
    view = show(EditorView(catalogue), 1280, 800)
    form = view.layers
    view.tabs.setCurrentWidget(form)
    rows = [form.entries.item(r).data(Qt.ItemDataRole.UserRole) for r in range(form.entries.count())]
    form.entries.setCurrentRow(rows.index("dermis"))
    assert form.text.japanese.toPlainText().startswith("表皮の下にある、皮膚の土台です")
    form.text.japanese.setPlainText("クリニックが書いた真皮の説明です。")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: catalogue.editor.entry("layer", "dermis").values["description"]["ja"].startswith("クリ"))
    stored = catalogue.editor.entry("layer", "dermis").values
    assert stored["description"]["ja"] == "クリニックが書いた真皮の説明です。"
    assert stored["description"]["ja_source"] == "clinic"
    assert stored["name"] == {"en": "Dermis", "ja": "真皮", "ja_source": "translation"}  # untouched: as it was
    assert catalogue.layers()[1].description == "クリニックが書いた真皮の説明です。"


def test_a_concerns_mapping_is_edited_in_the_editor_and_counselling_says_it_is_the_clinics(
    qtbot, database: CatalogueDatabase, database_path
) -> None:
    """Issue 13: which growth factors and ingredient categories address a concern, and its reason, are
    edited in the app; the statement the clinic adds counts, and is shown as the clinic's, not the
    article's, in the counselling view; unchanged, the form writes nothing; undo takes it back."""
    from PySide6.QtWidgets import QComboBox

    make_application()
    window = MainWindow(Catalogue(database))
    qtbot.addWidget(window)
    window.show()
    window.set_edit_mode(True)
    editor = window.view("edit")
    form = editor.concerns
    editor.tabs.setCurrentWidget(form)
    rows = [form.entries.item(r).data(Qt.ItemDataRole.UserRole) for r in range(form.entries.count())]
    assert "redness" in rows and "facial-lift" in rows
    form.entries.setCurrentRow(rows.index("pores"))
    assert form.source.text() == "This app's link, not the article's"
    stored = form.bases.rowCount()
    assert stored >= 1 and form.bases.item(0, 4).text() in ("From the article", "This app's link, not the article's")
    stamp = database_path.read_bytes()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing to save" in editor.status.text() and database_path.read_bytes() == stamp
    qtbot.mouseClick(form.add_basis, Qt.MouseButton.LeftButton)
    assert not form.save_button.isEnabled() and "Statement" in form.error.text()  # says nothing yet
    row = form.bases.rowCount() - 1
    kind_box, target_box = form.bases.cellWidget(row, 0), form.bases.cellWidget(row, 1)
    assert isinstance(kind_box, QComboBox) and isinstance(target_box, QComboBox)
    kind_box.setCurrentIndex(kind_box.findData("ingredient-category"))
    target_box.setCurrentIndex(target_box.findData("brightening"))
    form.bases.item(row, 2).setText("Our clinic adds a brightening serum for pores.")
    form.bases.setCurrentCell(row, 2)
    assert form.note.isEnabled() and form.note.english.toPlainText() == ""
    form.note.english.setPlainText("The clinic's experience with even-toned skin.")
    form.reason.english.setPlainText("Pores look smaller when the skin is even; the clinic adds brightening.")
    assert form.save_button.isEnabled(), form.error.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved(qtbot, editor, "Saved Enlarged pores")
    assert form.source.text().startswith("Edited by the clinic on")
    assert form.bases.item(form.bases.rowCount() - 1, 4).text().startswith("Edited by the clinic on")
    counsel = window.view("counsel")
    counsel.set_concerns(["pores"])
    ingredients = counsel.panels["ingredients"].toPlainText()
    assert "Our clinic adds a brightening serum for pores. (Linked to this concern by the clinic" in ingredients
    assert "Arbutin" in ingredients
    stored = window.catalogue.editor.entry("concern", "pores").values["bases"][-1]
    assert stored["note"] == {"en": "The clinic's experience with even-toned skin."}
    window.show_view("edit")
    editor = window.view("edit")
    editor.undo()
    saved(qtbot, editor, "Undid")
    counsel = window.view("counsel")
    counsel.set_concerns(["pores"])
    assert "Linked to this concern by the clinic" not in counsel.panels["ingredients"].toPlainText()


def test_the_ingredient_form_says_whether_the_clinics_timing_note_is_about_it(qtbot, view) -> None:
    form = view.ingredients
    view.tabs.setCurrentWidget(form)
    rows = [form.entries.item(r).data(Qt.ItemDataRole.UserRole) for r in range(form.entries.count())]
    form.entries.setCurrentRow(rows.index("retinol"))
    assert form.timing.isChecked()
    form.entries.setCurrentRow(rows.index("urea"))
    assert not form.timing.isChecked()
    form.timing.setChecked(True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved(qtbot, view, "Saved Urea")
    assert view.catalogue.editor.entry("ingredient", "urea").values["needling_timing"] is True
    result = view.catalogue.recommendations(["dryness", "texture"])
    urea = next(row for row in result.ingredients if row.key == "urea")
    assert urea.cautions and "Clinic's note" in urea.cautions[0]


def test_each_tab_says_how_its_changes_are_kept_and_only_entry_forms_have_save(qtbot, view) -> None:
    """A rating is stored as it is chosen: the Ratings tab says so and has no Save button. An entry is
    stored when Save is pressed: the Ingredients (and every entry) tab has Save, and never claims that its
    changes are saved as you make them."""
    from PySide6.QtWidgets import QPushButton

    def save_buttons(tab) -> list[QPushButton]:  # type: ignore[no-untyped-def]
        return [b for b in tab.findChildren(QPushButton) if b.text() == "Save" and b.isVisibleTo(tab)]

    view.tabs.setCurrentWidget(view.ratings)
    assert view.status.text().startswith("Changes are saved as you make them") and not save_buttons(view.ratings)
    for form in view.forms():
        view.tabs.setCurrentWidget(form)
        assert save_buttons(form), form.kind
        assert "saved as you make them" not in view.status.text(), form.kind
        assert view.status.text().startswith("An entry's changes are saved when you press Save"), form.kind
    view.tabs.setCurrentWidget(view.ratings)
    assert view.status.text().startswith("Changes are saved as you make them")


def test_in_japanese_an_entry_changed_elsewhere_is_refused_in_japanese(
    qtbot, japanese, show, database, database_path
) -> None:
    from dermacounsel.storage.database import open_database
    from dermacounsel.storage.editing import CatalogueEditor

    view = EditorView(Catalogue(database, language="ja"))
    qtbot.addWidget(view)
    view.show()
    form = view.products
    view.tabs.setCurrentWidget(form)
    assert view.status.text().startswith("項目の変更は「保存」を押すと保存されます")
    rows = [form.entries.item(r).data(Qt.ItemDataRole.UserRole) for r in range(form.entries.count())]
    form.entries.setCurrentRow(rows.index("rejuran"))
    elsewhere = open_database(database_path)  # a second receptionist renames it meanwhile
    try:
        other = CatalogueEditor(elsewhere)
        loaded = other.entry("product", "rejuran")
        renamed = {**loaded.values, "name": {**loaded.values["name"], "ja": "リジュラン S"}}
        other.save("product", "rejuran", renamed, loaded.version)
    finally:
        elsewhere.close()
    form.notes.english.setPlainText("Mine")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "リジュラン S" in view.status.text(), timeout=5000)
    assert view.status.text().startswith(
        "リジュラン S は、開いた後に別の端末で変更されました。いま保存されている内容を表示しています"
    )
    assert "changed elsewhere" not in view.status.text()


def test_undo_and_redo_name_the_change_in_the_interfaces_language(qtbot, japanese, database: CatalogueDatabase) -> None:
    """A Japanese editor says what Undo would take back in Japanese ("rating of TGF-β on Hair growth" was
    the storage's English description), with the effect's and the product's names as the form shows them."""

    view = EditorView(Catalogue(database, "ja"))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.ratings.choose("TGF-β", "hair-growth", 2)
    qtbot.waitUntil(lambda: view.undo_button.isEnabled(), timeout=5000)
    text = view.undo_button.text()
    assert "TGF-β" in text and "発毛" in text and "の評価" in text, text
    assert "rating" not in text and "on" not in text.split(), text
    view.undo_stack.undo()
    qtbot.waitUntil(lambda: "の評価" in view.status.text(), timeout=5000)
    assert "Undid" not in view.status.text()


def test_a_rating_changed_elsewhere_is_refused_in_japanese(
    qtbot, japanese, database: CatalogueDatabase, database_path
) -> None:
    """Issue 14: a Japanese editor says a stale edit in Japanese (the storage's StaleEdit, said again), the
    growth factor and the effect as Japanese names them; no English sentence."""
    from dermacounsel.storage.database import open_database
    from dermacounsel.storage.editing import CatalogueEditor
    from tests.test_no_english_below_the_interface import english_sentence

    view = EditorView(Catalogue(database, "ja"))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    elsewhere = open_database(database_path)  # another desk changes the rating after the grid was read
    try:
        CatalogueEditor(elsewhere).set_rating("PDGF", "angiogenesis", 1)
    finally:
        elsewhere.close()
    view.ratings.choose("PDGF", "angiogenesis", 0)
    qtbot.waitUntil(lambda: "変更されました" in view.status.text(), timeout=5000)
    assert view.status.text() == "評価「PDGFの血管新生の促進」は、開いた後にほかの場所で変更されました"
    assert not english_sentence(view.status.text())
    assert view.catalogue.editor.entry("rating", "PDGF/angiogenesis").values["level"] == 1  # theirs stands


def _looks_secondary(button) -> bool:
    """The button as drawn: a teal outline (paler while it is disabled) around a white face (the
    platform's grey button has neither)."""
    image = button.grab().toImage()
    outline = QColor("#2b7a8c" if button.isEnabled() else "#c9d5da")
    middle = image.height() // 2
    edge = [QColor(image.pixel(x, middle)) for x in range(0, 3)]
    face = QColor(image.pixel(image.width() // 2, 3))
    near = any(
        abs(c.red() - outline.red()) + abs(c.green() - outline.green()) + abs(c.blue() - outline.blue()) < 40
        for c in edge
    )
    return near and min(face.red(), face.green(), face.blue()) >= 245


def test_every_editor_button_but_save_is_the_apps_outlined_one_not_the_platforms_grey(qtbot, view) -> None:
    view.tabs.setCurrentWidget(view.ingredients)
    form = view.ingredients
    qtbot.waitExposed(form.new_button)
    for button in (form.new_button, form.delete_button, form.restore_button, view.undo_button, view.redo_button):
        assert button.isVisible() and _looks_secondary(button), button.text()
    assert not _looks_secondary(form.save_button)  # Save stays the filled teal one
    view.tabs.setCurrentWidget(view.ratings)
    qtbot.waitExposed(view.ratings.restore_button)
    assert _looks_secondary(view.ratings.restore_button)
    view.tabs.setCurrentWidget(view.products)
    shown = [b for b in view.products.findChildren(QPushButton) if b.isVisible() and b.objectName() != "saveButton"]
    assert {b.text() for b in shown} >= {"Add component", "Remove component", "New"}
    assert all(_looks_secondary(b) for b in shown), [b.text() for b in shown if not _looks_secondary(b)]


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_ingredients_list_shows_every_name_and_category_whole(qtbot, show, database, language, size) -> None:
    from PySide6.QtCore import QRect

    view = show(EditorView(Catalogue(database, language=language)), *size)
    view.tabs.setCurrentWidget(view.ingredients)
    entries = view.ingredients.entries
    qtbot.waitExposed(entries)
    metrics = entries.fontMetrics()
    hyaluronic = next(
        entries.item(r)
        for r in range(entries.count())
        if entries.item(r).data(Qt.ItemDataRole.UserRole) == "hyaluronic-acid"
    )
    # its name, then its category on a line of its own: not "Hyaluronic acid — Moisturi…"
    assert hyaluronic.text() == {"en": "Hyaluronic acid\nMoisturizing", "ja": "ヒアルロン酸\n保湿"}[language]
    for row in range(entries.count()):
        item = entries.item(row)
        rect = entries.visualItemRect(item)
        needed = metrics.boundingRect(
            QRect(0, 0, rect.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, item.text()
        )  # the item's padding is 4 px each side (style.qss)
        assert needed.height() <= rect.height(), item.text()
        assert rect.right() <= entries.viewport().width(), item.text()  # no scrolling sideways to read it
    assert entries.horizontalScrollBar().maximum() == 0


def test_an_ingredient_name_wider_than_the_list_takes_a_line_more(qtbot, show, database) -> None:
    """In larger type (Japanese type in the app is larger), "ナイアシンアミド（ビタミンB3）" is wider than the list."""
    from PySide6.QtCore import QRect

    view = show(EditorView(Catalogue(database, language="ja")), 1366, 768)
    view.tabs.setCurrentWidget(view.ingredients)
    entries = view.ingredients.entries
    font = entries.font()
    font.setPointSize(16)
    entries.setFont(font)
    qtbot.waitExposed(entries)
    qtbot.waitUntil(lambda: entries.visualItemRect(entries.item(0)).height() > 60)
    metrics = entries.fontMetrics()
    wide = [
        entries.item(r)
        for r in range(entries.count())
        if metrics.horizontalAdvance(entries.item(r).text().split("\n")[0]) > entries.viewport().width() - 8
    ]
    assert wide, "no name is wider than the list in this type: the test would prove nothing"
    for item in wide:
        rect = entries.visualItemRect(item)
        needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, item.text())
        assert needed.height() > 2 * metrics.lineSpacing() and needed.height() <= rect.height(), item.text()
    assert entries.horizontalScrollBar().maximum() == 0
