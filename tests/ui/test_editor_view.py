"""The catalogue editor through pytest-qt: ratings, validation as you type, deleting with confirmation,
undo, provenance, and the other views seeing the change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.app import make_application
from dermacounsel.ui.editor_view import ConfirmDelete, EditorView
from dermacounsel.ui.main_window import MainWindow


@pytest.fixture
def view(show, database: CatalogueDatabase) -> EditorView:
    return show(EditorView(database), 1280, 800)


def test_changing_a_rating_marks_it_and_restoring_brings_the_article_back(qtbot, view) -> None:
    box = view.ratings.box("EGF", "angiogenesis")
    assert box.currentText() == "△ limited"
    box.setCurrentIndex(box.findData(3))
    box = view.ratings.box("EGF", "angiogenesis")  # the grid is rebuilt with the new provenance
    assert box.currentText().startswith("✎ ◎") and "Edited by the clinic on" in box.toolTip()
    assert "Rating of EGF on angiogenesis changed." in view.status.text()
    view.ratings.grid.setCurrentCell(view.ratings.factors.index("EGF"), view.ratings.effects.index("angiogenesis"))
    qtbot.mouseClick(view.ratings.restore_button, Qt.MouseButton.LeftButton)
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
    names = [p.name["en"] for p in view.editor.document().products]
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
    product = next(p for p in view.editor.document().products if p.name["en"] == "Clinic Serum")
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
    assert asked == ["ingredient hyaluronic-acid"]
    assert "used by product Benev (Hyaluronic acid)" in form.error.text()
    form.entries.setCurrentRow(rows.index("kojic-acid"))
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert "kojic-acid" not in [
        form.entries.item(r).data(Qt.ItemDataRole.UserRole) for r in range(form.entries.count())
    ]
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda cls, parent, what: False))
    form.entries.setCurrentRow(0)
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert form.entries.count() == len(rows) - 1  # cancelled: nothing deleted


def test_ctrl_z_undoes_the_last_change(qtbot, view) -> None:
    view.ratings.box("TGF-β", "hair-growth").setCurrentIndex(view.ratings.box("TGF-β", "hair-growth").findData(2))
    assert view.undo_button.isEnabled() and "TGF-β" in view.undo_button.text()
    view.ratings.grid.setFocus()
    qtbot.keyClick(view.ratings.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.ratings.box("TGF-β", "hair-growth").currentText() == "ー none"
    assert view.status.text().startswith("Undid: rating of TGF-β") and not view.undo_button.isEnabled()


def test_other_views_show_the_edit(qtbot, database: CatalogueDatabase) -> None:
    make_application()
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    radar = window.view("growth-factors")
    assert radar.chart is not None
    window.set_edit_mode(True)
    editor = window.view("edit")
    editor.ratings.box("EGF", "muscle-strengthening").setCurrentIndex(
        editor.ratings.box("EGF", "muscle-strengthening").findData(3)
    )
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
    assert "soothing" in [c.key for c in view.editor.document().ingredient_categories]
    view.ingredients.reload()
    assert view.ingredients.category.findData("soothing") >= 0
    form.entries.setCurrentRow(0)
    form.name.setText("Moisturising")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert view.editor.document().ingredient_categories[0].name["en"] == "Moisturising"  # its Japanese stays
