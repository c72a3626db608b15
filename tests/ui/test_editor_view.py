"""The catalogue editor through pytest-qt: ratings, validation as you type, deleting with confirmation,
undo, provenance, and the other views seeing the change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

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
    box = view.ratings.box("EGF", "angiogenesis")
    assert box.currentText() == "△ limited"
    box.setCurrentIndex(box.findData(3))
    saved(qtbot, view, "Rating of EGF on angiogenesis changed.")
    box = view.ratings.box("EGF", "angiogenesis")  # the grid is rebuilt with the new provenance
    assert box.currentText().startswith("✎ ◎") and "Edited by the clinic on" in box.toolTip()
    view.ratings.grid.setCurrentCell(view.ratings.factors.index("EGF"), view.ratings.effects.index("angiogenesis"))
    qtbot.mouseClick(view.ratings.restore_button, Qt.MouseButton.LeftButton)
    saved(qtbot, view, "The article's rating of EGF on angiogenesis is back.")
    box = view.ratings.box("EGF", "angiogenesis")
    assert box.currentText() == "△ limited" and box.toolTip() == "From the article"


def test_product_form_validates_as_you_type(qtbot, view) -> None:
    form = view.products
    view.tabs.setCurrentWidget(form)
    form.name.clear()
    assert not form.save_button.isEnabled() and form.error.text() == "A product needs a name."
    qtbot.keyClicks(form.name, "rejuran")
    assert not form.save_button.isEnabled() and "exists already" in form.error.text()
    form.name.clear()
    qtbot.keyClicks(form.name, "Benev Gold")
    assert form.save_button.isEnabled() and form.error.text() == ""
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved(qtbot, view, "Saved Benev Gold.")
    names = [p.name["en"] for p in view.catalogue.editor.document().products]
    assert "Benev Gold" in names and "Benev" not in names
    assert form.source.text().startswith("Edited by the clinic on")


def test_a_new_product_with_components_from_the_catalogue(qtbot, view) -> None:
    form = view.products
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.name, "Clinic Serum")
    form.add_component("growth-factor", "EGF", "growth_factor:EGF")
    form.add_component("functional", "Urea", "ingredient:urea")
    form.cautions.setPlainText("Not during pregnancy")
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
    view.ratings.box("TGF-β", "hair-growth").setCurrentIndex(view.ratings.box("TGF-β", "hair-growth").findData(2))
    saved(qtbot, view, "changed.")
    assert view.undo_button.isEnabled() and "TGF-β" in view.undo_button.text()
    view.activateWindow()
    view.ratings.grid.setFocus()
    qtbot.waitUntil(view.ratings.grid.hasFocus)  # a progress dialog may have held it for a moment
    qtbot.keyClick(view.ratings.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.ratings.box("TGF-β", "hair-growth").currentText() == "ー none"
    assert view.status.text().startswith("Undid: rating of TGF-β") and not view.undo_button.isEnabled()
    view.ratings.grid.setFocus()
    qtbot.waitUntil(view.ratings.grid.hasFocus)
    qtbot.keyClick(
        view.ratings.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert view.ratings.box("TGF-β", "hair-growth").currentText().startswith("✎ ○")
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
    editor.ratings.box("EGF", "muscle-strengthening").setCurrentIndex(
        editor.ratings.box("EGF", "muscle-strengthening").findData(3)
    )
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
    qtbot.keyClicks(form.name, "Soothing")
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
    form.notes.setPlainText("Mine")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "REJURAN S was changed elsewhere since you opened it" in view.status.text(), timeout=5000)
    assert form.name.text() == "REJURAN S" and form.notes.toPlainText() == ""  # reloaded from the catalogue


def test_in_japanese_an_untranslated_entry_shows_its_english_and_saving_it_writes_nothing(
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
    assert form.name.text() == "ベネブ"  # its Japanese name
    assert form.maker.text() == "The Benev Company (USA)"  # no Japanese yet: the English, not a blank
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
    assert form.text.toPlainText().startswith("表皮の下にある、皮膚の土台です")
    form.text.setPlainText("クリニックが書いた真皮の説明です。")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: catalogue.editor.entry("layer", "dermis").values["description"]["ja"].startswith("クリ"))
    stored = catalogue.editor.entry("layer", "dermis").values
    assert stored["description"]["ja"] == "クリニックが書いた真皮の説明です。"
    assert stored["description"]["ja_source"] == "clinic"
    assert stored["name"] == {"en": "Dermis", "ja": "真皮", "ja_source": "translation"}  # untouched: as it was
    assert catalogue.layers()[1].description == "クリニックが書いた真皮の説明です。"
