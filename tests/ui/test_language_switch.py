"""Switching the language mid-consultation: every view comes back as the doctor set it up, in the new
language (ja → en → ja), presentation mode stays on at its sizes, the editor never drops unsaved typing
silently; and every filter and picker finds an entry by its name in either language, or its key."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui import language
from dermacounsel.ui.app import make_application
from dermacounsel.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, database: CatalogueDatabase) -> Iterator[MainWindow]:
    """The main window, switched to Japanese, as a Japanese clinic starts it."""
    make_application()
    shown = MainWindow(Catalogue(database))
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitExposed(shown)
    try:
        assert shown.set_language("ja")
        yield shown
    finally:
        language.install_translators("en")
        language.remember_language("en")


def title(window: MainWindow) -> str:
    label = window.current_view().findChild(QLabel, "viewTitle")
    assert label is not None
    return label.text()


def there_and_back(window: MainWindow, check) -> None:  # type: ignore[no-untyped-def]
    """Switch to English and back to Japanese, checking the view shown after each switch."""
    for code in ("en", "ja"):
        assert window.set_language(code)
        assert window.language_switch.currentData() == code
        check(window.current_view(), code)


def test_the_explorer_keeps_its_layer_procedure_and_needle_depth(window: MainWindow) -> None:
    window.show_view("explorer")
    view = window.current_view()
    view.set_procedure("dermapen")
    view.set_depth(1.5)
    view.select_region("dermis")
    view.show_more(True)

    def check(view, code):  # type: ignore[no-untyped-def]
        assert view.canvas.selected == "dermis"
        assert view.procedure() == "dermapen" and view.depth_mm() == 1.5 and view.panel_more
        assert view.depth_row.isVisible()
        heading = {"en": "Needle setting: 1.5 mm", "ja": "針の設定：1.5 mm"}[code]
        assert view.depth_label.text().startswith(heading)
        assert ("Dermis" if code == "en" else "真皮") in view.panel.toPlainText()
        assert ("Dermapen" if code == "en" else "ダーマペン") in view.reach_label.text()

    there_and_back(window, check)


def test_the_growth_factors_view_keeps_its_mode_ticks_and_selected_entry(window: MainWindow) -> None:
    window.show_view("growth-factors")
    view = window.current_view()
    view.set_selection(["EGF", "IGF-1"])
    view.factor_list.setCurrentRow(2)
    current_factor = view.factor_list.currentItem().data(256)
    view.rank_effect(1)
    view.set_mode("products")
    view.set_selection(["ベネブ", "リジュラン"])  # products are listed by name

    def check(view, code):  # type: ignore[no-untyped-def]
        assert view.mode() == "products"
        assert view.selected_keys() == (["Benev", "REJURAN"] if code == "en" else ["ベネブ", "リジュラン"])
        assert ("REJURAN" if code == "en" else "リジュラン") in view.cards.toPlainText()
        assert view.product_list.isVisible() and not view.factor_list.isVisible()
        assert title(window) == {"en": "Growth factors", "ja": "成長因子"}[code]
        assert ("strongest first" in view.ranking_label.text()) is (code == "en")
        view.set_mode("factors")
        assert view.selected_keys() == ["EGF", "IGF-1"]
        assert view.factor_list.currentItem().data(256) == current_factor
        view.set_mode("products")

    there_and_back(window, check)


def test_the_comparer_keeps_its_products_differences_and_tab(window: MainWindow) -> None:
    window.show_view("compare")
    view = window.current_view()
    view.set_products(["rejuran", "benev", "amniogenics", "babyskin"])
    view.differences.setChecked(True)
    view.pages.setCurrentIndex(1)

    def check(view, code):  # type: ignore[no-untyped-def]
        english = ["REJURAN", "Benev", "AmnioGenics", "Babyskin"]
        japanese = ["リジュラン", "ベネブ", "アムニオジェニックス", "ベビースキン"]
        assert view.products == (english if code == "en" else japanese)
        assert view.differences.isChecked() and view.pages.currentIndex() == 1
        assert view.differences.text() == {"en": "Show only differences", "ja": "違いだけを表示"}[code]
        assert view.pages.tabText(0) == {"en": "Side by side", "ja": "並べて比較"}[code]
        assert title(window) == {"en": "Compare", "ja": "比較"}[code]
        assert [view.chip(name).name for name in view.products] == view.products

    there_and_back(window, check)


def test_the_comparer_and_the_growth_factors_view_are_retranslated_in_place(window: MainWindow) -> None:
    """The view shown is not built again (its chart keeps its figure): everything it says follows the
    language, the chart's axis names and the chips' buttons included."""
    window.show_view("compare")
    view = window.current_view()
    view.set_products(["rejuran", "benev"])
    figure = view.chart.figure
    assert window.set_language("en")
    assert window.current_view() is view and view.chart.figure is figure
    assert view.chip("Benev").remove.toolTip() == "Remove Benev"
    assert view.picker.placeholderText() == "Add a product…"
    assert view.detail.text() == "Select a component to see what it is and where it acts."
    english = [r.effect for r in next(c for c in window.catalogue.growth_factor_cards() if c.rated).ratings]
    assert [label.get_text().replace("\n", " ") for label in view.chart.effect_labels] == english
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "REJURAN"

    window.show_view("growth-factors")
    factors = window.current_view()
    factors.set_mode("products")
    factors.set_selection(["Benev"])
    assert window.set_language("ja")
    assert window.current_view() is factors
    assert factors.selected_keys() == ["ベネブ"] and "ベネブ" in factors.cards.toPlainText()
    assert factors.save_button.text() == "グラフを保存…"
    assert title(window) == "成長因子"
    window.show_view("compare")
    assert window.current_view() is not view  # not shown at the switch: built again, in Japanese
    assert window.current_view().products == ["リジュラン", "ベネブ"]


def test_a_radar_drawn_from_its_kept_picture_is_the_radar_drawn_anew(window: MainWindow, qtbot) -> None:
    """Switching back to a language shown before draws the radar's static part from the picture kept for
    it: what shows is, pixel for pixel, what drawing it all anew shows, with the new selection's series."""
    window.show_view("growth-factors")
    view = window.current_view()
    canvas = view.chart_widget.canvas

    def picture() -> bytes:
        return bytes(canvas.buffer_rgba())

    for code in ("en", "ja", "en"):
        assert window.set_language(code)
        view.set_selection(["EGF", "FGF", "IGF-1"] if code == "en" else ["EGF"])
        canvas.repaint()
    kept = len(view.chart_widget._pictures)
    assert kept == 2  # one static part per language at this size
    assert window.set_language("ja")
    view.set_selection(["PDGF", "TGF-β"])
    canvas.repaint()
    quick = picture()
    assert len(view.chart_widget._pictures) == kept  # drawn from the kept one: nothing drawn anew
    view.chart_widget._pictures.clear()
    canvas.draw()  # everything drawn anew, as at the first switch
    assert picture() == quick
    assert "発毛の促進" in [label.get_text() for label in view.chart.effect_labels]
    assert [entry.get_text() for entry in view.chart._legend.get_texts()] == ["PDGF", "TGF-β"]


def test_the_counselling_view_keeps_its_concerns_plan_and_note(window: MainWindow) -> None:
    window.show_view("counsel")
    view = window.current_view()
    view.set_concerns(["dryness", "deep-wrinkles"])
    view.plan.product.setCurrentIndex(2)
    view.plan.procedure.setCurrentIndex(1)
    product = window.catalogue.product_key(view.plan.product.currentText())
    procedure = view.plan.procedure.currentData()
    names = {p.key: p.names for p in window.catalogue.products()}
    view.plan.note.setPlainText("2週間後にもう一度")
    view.why.setChecked(True)

    def check(view, code):  # type: ignore[no-untyped-def]
        assert view.concerns() == ["dryness", "deep-wrinkles"]
        assert view.chosen.item(0).text() == {"en": "Dryness", "ja": "乾燥"}[code]
        assert view.plan.product.currentText() == names[product][code]  # the same formulation, named anew
        assert view.plan.procedure.currentData() == procedure
        assert view.plan.plan()[0].product == names[product][code]  # and so it is printed
        assert view.plan.note.toPlainText() == "2週間後にもう一度"
        assert view.why.isChecked()
        assert title(window) == {"en": "Counselling", "ja": "カウンセリング"}[code]
        assert view.print_hint() == ""

    there_and_back(window, check)


def test_the_counselling_view_is_retranslated_in_place(window: MainWindow) -> None:
    """The counselling view shown is not built again: its concerns, the one selected, the plan, the note
    being typed (and the cursor in it) stay, and everything it says follows the language."""
    window.show_view("counsel")
    view = window.current_view()
    view.set_concerns(["dryness", "deep-wrinkles", "dullness-spots"])
    view.chosen.setCurrentRow(1)
    view.plan.procedure.setCurrentIndex(1)
    procedure = view.plan.procedure.currentData()
    view.plan.note.setPlainText("2週間後")
    cursor = view.plan.note.textCursor()
    cursor.setPosition(1)
    view.plan.note.setTextCursor(cursor)
    undo_depth = view.plan.note.document().availableUndoSteps()

    def labels(picker) -> list[str]:  # type: ignore[no-untyped-def]
        return [picker.form.labelForField(field).text() for field in (picker.product, picker.procedure, picker.note)]

    assert window.set_language("en")
    assert window.current_view() is view
    assert [view.chosen.item(r).text() for r in range(view.chosen.count())] == [
        "Dryness",
        "Deep wrinkles and nasolabial folds",
        "Dullness and pigment spots",
    ]
    assert view.chosen.currentRow() == 1
    assert view.available.find_entry("乾燥").text() == "Dryness"
    assert view.available.find_entry("乾燥").checkState() == Qt.CheckState.Checked
    assert view.plan.procedure.currentData() == procedure
    assert view.plan.procedure.itemText(0) == "Not chosen"
    assert labels(view.plan) == ["Formulation", "Procedure", "Note"]
    assert view.plan.note.toPlainText() == "2週間後" and view.plan.note.textCursor().position() == 1
    assert view.plan.note.document().availableUndoSteps() == undo_depth
    assert view.why.text() == "Show the reasoning (for the doctor)"
    assert view.panel_captions["products"].text() == "Formulations"
    assert view.rule.text().startswith("How they are ranked")

    assert window.set_language("ja")
    assert window.current_view() is view
    assert view.chosen.item(0).text() == "乾燥" and view.chosen.currentRow() == 1
    assert view.available.find_entry("dryness").text() == "乾燥"
    assert view.plan.procedure.itemText(0) == "選択なし"
    assert labels(view.plan) == ["導入液", "施術", "メモ"]
    assert view.panel_captions["products"].text() == "導入液"
    assert view.why.text() == "根拠を表示（医師向け）"
    assert view.plan.procedure.currentData() == procedure and view.plan.note.toPlainText() == "2週間後"


def test_the_explorer_is_retranslated_in_place(window: MainWindow) -> None:
    """The explorer shown is not built again: its selection, procedure, depth and the region with the
    keyboard focus stay, and the drawing, the buttons and the panel speak the new language."""
    window.show_view("explorer")
    view = window.current_view()
    view.set_procedure("dermapen")
    view.set_depth(1.2)
    view.select_region("dermis")
    view.canvas.handles["epidermis"].setFocus()
    canvas = view.canvas

    def button(key: str):  # type: ignore[no-untyped-def]
        return next(b for b in view.procedure_buttons.buttons() if b.property("procedure") == key)

    assert window.set_language("en")
    assert window.current_view() is view and view.canvas is canvas
    assert view.canvas.selected == "dermis" and view.procedure() == "dermapen" and view.depth_mm() == 1.2
    assert view.canvas.state.focused == "epidermis"
    assert button("dermapen").text() == "Dermapen" and button("").text() == "None"
    assert button("dermapen").accessibleName() == "Show the reach of Dermapen"
    assert view.canvas.handles["dermis"].accessibleName() == "Dermis"
    assert view.canvas.section.names["dermis"] == "Dermis"
    assert "Dermis" in view.panel.toPlainText() and "Dermapen" in view.reach_label.text()
    assert view.depth_label.text().startswith("Needle setting: 1.2 mm")
    assert view.panel.accessibleName() == "What acts here"

    assert window.set_language("ja")
    assert window.current_view() is view
    assert view.canvas.selected == "dermis" and view.depth_mm() == 1.2
    assert button("dermapen").text() == "ダーマペン"
    assert view.canvas.handles["dermis"].accessibleName() == "真皮"
    assert "真皮" in view.panel.toPlainText() and "ダーマペン" in view.reach_label.text()
    assert view.depth_label.text().startswith("針の設定：1.2 mm")
    assert view.panel.accessibleName() == "ここに作用するもの"


def test_the_reference_views_keep_their_filter_and_selection(window: MainWindow) -> None:
    window.show_view("ingredients")
    ingredients = window.current_view()
    ingredients.filter_box.setText("EGF")
    ingredients.show_tab(1)
    window.show_view("procedures")
    procedures = window.current_view()
    procedures.filter_box.setText("真皮")
    procedures.table.selectColumn(2)
    chosen = procedures.selected_procedure()

    def check(view, code):  # type: ignore[no-untyped-def]
        assert view.filter_box.text() == "真皮" and view.selected_procedure() == chosen
        assert title(window) == {"en": "Procedures", "ja": "施術"}[code]
        assert (
            view.filter_box.placeholderText()
            == {"en": "Filter properties or values…", "ja": "項目や値で絞り込み…"}[code]
        )
        window.show_view("ingredients")
        shown = window.current_view()
        assert shown.filter_box.text() == "EGF" and shown.tabs.currentIndex() == 1
        assert shown.selected_entry().key == "EGF"
        assert title(window) == {"en": "Ingredients", "ja": "成分"}[code]
        window.show_view("procedures")

    there_and_back(window, check)


def test_presentation_mode_stays_on_at_its_sizes(window: MainWindow, qtbot) -> None:
    window.show_view("compare")
    window.set_presentation(True)
    qtbot.waitUntil(window.isFullScreen)
    size = window.current_view().findChild(QLabel, "viewTitle").font().pointSizeF()
    geometry = window.geometry()

    def check(view, code):  # type: ignore[no-untyped-def]
        assert window.presenting and window.present_action.isChecked() and window.isFullScreen()
        assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
        assert window.geometry() == geometry
        assert not view.print_button.isVisibleTo(window)  # no admin controls for the patient
        heading = view.findChild(QLabel, "viewTitle")
        assert heading.font().pointSizeF() == size
        assert heading.text() == {"en": "Compare products", "ja": "製品を比較"}[code]
        leave = {"en": "Leave presentation (Esc)", "ja": "プレゼンテーションを終了（Esc）"}[code]
        assert window.present_action.text() == leave

    there_and_back(window, check)
    window.set_presentation(False)


def test_unsaved_editor_typing_stays_through_a_switch_and_no_question_is_asked(window: MainWindow) -> None:
    """The editor is retranslated in place, not built again: the typing not yet saved stays as typed (and
    unsaved), the entry selected stays selected, and the form, its list and its tabs speak the new language."""
    window.set_edit_mode(True)
    editor = window.current_view()
    editor.tabs.setCurrentWidget(editor.procedures)
    form = editor.procedures
    form.entries.setCurrentRow(1)
    key = form.current
    names = {entry.key: entry.name for entry in form.listed}
    form.name.japanese.setText(form.name.japanese.text() + " 改")
    typed = (form.name.english.text(), form.name.japanese.text())
    form.text.english.setPlainText("Typed, not saved")
    window.language_switch.setCurrentIndex(window.language_switch.findData("en"))  # as the user switches
    assert window.language == "en"
    assert window.current_view() is editor and editor.tabs.currentWidget() is form
    assert form.current == key and form.entries.currentItem().data(256) == key
    assert (form.name.english.text(), form.name.japanese.text()) == typed
    assert form.text.english.toPlainText() == "Typed, not saved" and form.unsaved()
    assert title(window) == "Edit catalogue" and editor.tabs.tabText(editor.tabs.indexOf(form)) == "Procedures"
    assert form.save_button.text() == "Save" and form.new_button.text() == "New"
    assert form.form.labelForField(form.name).text() == "Name"
    assert form.name.english.accessibleName() == "Name (English)"
    assert form.language_header.labels[0].text() == "English"
    listed = [form.entries.item(row).text().removesuffix(" ✎") for row in range(form.entries.count())]
    assert listed == [names[entry.key]["en"] for entry in form.listed]
    assert window.set_language("ja")
    assert window.current_view() is editor and form.current == key and form.unsaved()
    assert (form.name.english.text(), form.name.japanese.text()) == typed
    assert title(window) == "カタログを編集" and editor.tabs.tabText(editor.tabs.indexOf(form)) == "施術"
    assert form.save_button.text() == "保存" and form.form.labelForField(form.name).text() == "名前"
    assert form.entries.currentItem().text().removesuffix(" ✎") == names[key]["ja"]


def test_the_editor_keeps_its_undo_history_across_a_switch(window: MainWindow, qtbot) -> None:
    """A change made in English is undone after switching to Japanese, and Undo names it in Japanese; the
    grid keeps the cell chosen, and Redo (named in English again) brings the change back."""
    assert window.set_language("en")
    window.set_edit_mode(True)
    editor = window.current_view()
    editor.tabs.setCurrentWidget(editor.ratings)
    before = editor.ratings.cell_text("TGF-β", "hair-growth")
    editor.ratings.choose("TGF-β", "hair-growth", 2)
    qtbot.waitUntil(lambda: editor.undo_button.isEnabled(), timeout=5000)
    changed = editor.ratings.cell_text("TGF-β", "hair-growth")
    assert changed != before and editor.undo_button.text() == "Undo rating of TGF-β on Hair growth"
    assert window.set_language("ja")
    assert window.current_view() is editor and editor.undo_stack.count() == 1
    assert editor.undo_button.text() == "元に戻す：TGF-βの発毛の促進の評価"
    assert editor.ratings.model.key(editor.ratings.grid.currentIndex()) == ("TGF-β", "hair-growth")
    assert editor.ratings.model.headerData(0, Qt.Orientation.Vertical) == "EGF"
    editor.undo()
    qtbot.waitUntil(lambda: editor.status.text() == "元に戻しました：TGF-βの発毛の促進の評価。", timeout=5000)
    assert not editor.undo_button.isEnabled()
    assert editor.redo_button.text() == "やり直す：TGF-βの発毛の促進の評価"
    assert window.set_language("en")
    assert editor.redo_button.text() == "Redo rating of TGF-β on Hair growth"
    editor.redo()
    qtbot.waitUntil(lambda: editor.undo_button.isEnabled(), timeout=5000)
    assert editor.ratings.cell_text("TGF-β", "hair-growth") == changed


def test_the_editor_retranslates_even_when_another_view_is_shown(window: MainWindow, qtbot) -> None:
    window.set_edit_mode(True)
    editor = window.current_view()
    editor.tabs.setCurrentWidget(editor.products)
    editor.products.name.english.setText(editor.products.name.english.text() + " X")
    window.show_view("procedures")
    assert window.set_language("en")
    window.show_view("edit")
    assert window.current_view() is editor and editor.products.unsaved()
    assert editor.products.name.english.text().endswith(" X")
    assert editor.tabs.tabText(editor.tabs.indexOf(editor.products)) == "Products"
    assert editor.products.form.labelForField(editor.products.name).text() == "Name"
    assert title(window) == "Edit catalogue"


def test_the_editor_forms_name_their_choices_in_the_new_language(window: MainWindow) -> None:
    """A product's components (their kinds and catalogue entries), a concern's statements and layers and an
    ingredient's category are named anew, each keeping what is chosen."""
    window.set_edit_mode(True)
    editor = window.current_view()
    products = editor.products
    products.entries.setCurrentRow(0)
    rows = range(products.components.rowCount())

    def components() -> list[tuple[object, object]]:
        return [
            (
                products.components.cellWidget(row, 0).currentText(),
                products.components.cellWidget(row, 3).currentText(),
            )
            for row in rows
        ]

    chosen = [products.components.cellWidget(row, 3).currentData() for row in rows]
    japanese = components()
    concerns = editor.concerns
    concerns.entries.setCurrentRow(0)
    layers = [concerns.layers.item(row).text() for row in range(concerns.layers.count())]
    ingredients = editor.ingredients
    ingredients.entries.setCurrentRow(0)
    category = ingredients.category.currentData()
    assert window.set_language("en")
    english = components()
    assert [products.components.cellWidget(row, 3).currentData() for row in rows] == chosen
    assert english != japanese and "成長因子" not in {kind for kind, _link in english}
    assert products.components.horizontalHeaderItem(3).text() == "Catalogue entry"
    assert [concerns.layers.item(row).text() for row in range(concerns.layers.count())][:2] == ["Epidermis", "Dermis"]
    assert layers[:2] == ["表皮", "真皮"]
    assert concerns.bases.horizontalHeaderItem(0).text() == "Addressed by"
    assert concerns.form.labelForField(concerns.layers).text() == "Where it sits"
    assert ingredients.category.currentData() == category and ingredients.category.currentText().isascii()
    assert ingredients.form.labelForField(ingredients.category).text() == "Expected effect"
    assert window.set_language("ja")
    assert components() == japanese
    assert ingredients.form.labelForField(ingredients.category).text() == "期待できる効果"
    assert concerns.form.labelForField(concerns.layers).text() == "お悩みのある層"


# --- names in either language, in every filter and picker ----------------------------------------------


@pytest.mark.parametrize("code", ["en", "ja"])
def test_the_procedures_filter_finds_a_procedure_or_layer_by_either_name(window: MainWindow, code: str) -> None:
    window.set_language(code)
    window.show_view("procedures")
    view = window.current_view()
    for typed in ("dermapen", "ダーマペン", "Derma"):
        view.filter_box.setText(typed)
        assert view.shown_procedures() == ["dermapen"], typed
        assert view.proxy.rowCount() == view.model.rowCount()  # every property of it
    view.filter_box.setText("真皮" if code == "en" else "dermis")  # the other language's name of a layer
    rows = [view.proxy.index(row, 0).data() for row in range(view.proxy.rowCount())]
    assert {"en": "Reaches: Dermis", "ja": "到達：真皮"}[code] in rows
    assert len(view.shown_procedures()) == len(view.procedures)
    view.filter_box.clear()
    assert view.proxy.rowCount() == view.model.rowCount()


@pytest.mark.parametrize("code", ["en", "ja"])
def test_the_pick_lists_find_an_entry_by_typing_either_name_or_its_key(window: MainWindow, code: str) -> None:
    window.set_language(code)
    window.show_view("counsel")
    counsel = window.current_view()
    typed = "乾燥" if code == "en" else "dry"
    assert counsel.available.find_entry(typed).text() == {"en": "Dryness", "ja": "乾燥"}[code]
    counsel.available.setFocus()
    counsel.available.keyboardSearch("deep-wr")  # the key
    assert counsel.available.currentItem().data(256) == "deep-wrinkles"

    window.show_view("growth-factors")
    factors = window.current_view()
    factors.factor_list.keyboardSearch("上皮成長")  # EGF's full name in Japanese
    assert factors.factor_list.currentItem().data(256) == "EGF"
    factors.set_mode("products")
    factors.product_list.keyboardSearch("リジュ" if code == "en" else "rejur")
    assert factors.product_list.currentItem().text() == {"en": "REJURAN", "ja": "リジュラン"}[code]

    window.set_edit_mode(True)
    editor = window.current_view()
    editor.tabs.setCurrentWidget(editor.procedures)
    editor.procedures.entries.keyboardSearch("点滴" if code == "en" else "iv drip")
    assert editor.procedures.current == "iv-drip"
    window.set_edit_mode(False)


def test_the_comparer_picker_adds_a_product_by_either_name_or_key(window: MainWindow) -> None:
    window.set_language("en")
    window.show_view("compare")
    view = window.current_view()
    view.set_products(["benev"])
    assert view.add_product("リジュラン") and view.products[-1] == "REJURAN"
    assert view.add_product("amniogenics") and view.products[-1] == "AmnioGenics"
    view.completer.setCompletionPrefix("ベビー")
    assert view.completer.completionCount() == 1
