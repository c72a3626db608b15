"""The Ingredients reference, driven as a user would: tabs, the filter box, the details panel."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage import queries as reference
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.ingredients_view import IngredientsView


def tab_labels(view: IngredientsView) -> list[str]:
    return [view.tabs.tabText(i) for i in range(view.tabs.count())]


def visible_column(view: IngredientsView, column: int = 0) -> list[str]:
    model = view.tabs.currentWidget().model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_every_kind_of_ingredient_is_listed(qtbot, show, database: CatalogueDatabase) -> None:
    view = show(IngredientsView(Catalogue(database)))
    assert tab_labels(view) == ["Functional (22)", "Growth factors (7)", "Stem cells (5)", "Exosomes (6)"]
    with database.reading() as session:
        expected = [i.name for i in reference.functional_ingredients(session)]
    assert visible_column(view) == expected
    view.show_tab(1)
    assert visible_column(view) == ["EGF", "FGF", "PDGF", "IGF-1", "TGF-β", "PRP + FGF *", "VEGF"]


def test_filter_narrows_every_tab_and_counts_what_is_left(qtbot, show, database: CatalogueDatabase) -> None:
    view = show(IngredientsView(Catalogue(database)))
    qtbot.keyClicks(view.filter_box, "acid")
    assert visible_column(view) == [
        "Hyaluronic acid",
        "Tranexamic acid",
        "Kojic acid",
        "Ferulic acid",
        "Azelaic acid",
        "AHA (fruit acids)",
        "BHA (salicylic acid)",
        "PHA (polyhydroxy acids)",
    ]
    assert tab_labels(view)[0] == "Functional (8/22)"
    assert tab_labels(view)[1] == "Growth factors (0/7)"
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Escape)
    assert view.filter_box.text() == ""
    assert tab_labels(view)[0] == "Functional (22)"


def test_filter_moves_to_a_tab_that_has_matches(qtbot, show, database: CatalogueDatabase) -> None:
    view = show(IngredientsView(Catalogue(database)))
    qtbot.keyClicks(view.filter_box, "fibroblast")
    assert view.tabs.currentIndex() == 1
    assert visible_column(view) == ["FGF", "PRP + FGF *"]


def test_details_show_ratings_with_symbols_and_the_inference(qtbot, show, database: CatalogueDatabase) -> None:
    view = show(IngredientsView(Catalogue(database)))
    view.show_tab(1)
    table = view.tabs.currentWidget()
    table.selectRow(5)
    text = view.details.toPlainText()
    assert "PRP + FGF" in text and "Inferred: read from the article's text" in text
    # how the column was read is the doctor's, behind the badge: not a paragraph on the patient's screen
    assert "lost in translation" not in text
    import re
    from urllib.parse import unquote

    links = [unquote(link) for link in re.findall(r'href="source:([^"]*)"', view.details.toHtml())]
    assert any("Inferred: The table's column headers were lost in translation" in link for link in links), links
    assert "◎\nCell proliferation and differentiation\nVery powerful" in text
    assert "△\nMuscle strengthening\nLimited" in text
    table.selectRow(0)
    text = view.details.toPlainText()
    assert "Epidermal growth factor" in text and "Acts in: Epidermis" in text
    assert "PRP (Platelet-rich plasma) contains it" in text
    assert "ⓘ Source" in text and "Source: [Dermapen solution]" not in text  # a badge, not a paragraph
    assert "%5BDermapen%20solution%5D" in view.details.toHtml()  # the badge opens the source


def test_vegf_says_it_is_unrated(qtbot, show, database: CatalogueDatabase) -> None:
    view = show(IngredientsView(Catalogue(database)))
    view.show_tab(1)
    view.tabs.currentWidget().selectRow(6)
    assert "does not rate this growth factor" in view.details.toPlainText()


def test_exosome_details_list_their_effects(qtbot, show, database: CatalogueDatabase) -> None:
    view = show(IngredientsView(Catalogue(database)))
    view.show_tab(3)
    view.tabs.currentWidget().selectRow(2)
    text = view.details.toPlainText()
    assert "Cord blood-derived exosomes" in text
    assert "Spots and dullness" in text and "intravenous drip" in text


def test_the_filter_finds_an_entry_by_its_name_in_either_language(qtbot, show, database: CatalogueDatabase) -> None:
    view = show(IngredientsView(Catalogue(database, language="ja")))
    qtbot.keyClicks(view.filter_box, "hyaluronic")  # typed in English on a Japanese screen
    assert visible_column(view) == ["ヒアルロン酸"]
    view.filter_box.setText("umbilical")
    assert view.tabs.currentIndex() == 2 and visible_column(view) == ["臍帯血幹細胞"]
    english = show(IngredientsView(Catalogue(database)))
    english.filter_box.setText("ヒアルロン")  # and in Japanese on an English one
    assert visible_column(english) == ["Hyaluronic acid"]


def test_a_narrow_window_keeps_the_details_readable(qtbot, show, database) -> None:
    """The tabs take the width their names need only from room the details can spare: in a narrow window
    the details keep a readable column (the tab bar scrolls) instead of one letter per line."""
    view = show(IngredientsView(Catalogue(database)), 760, 700)
    qtbot.wait(50)
    assert view.details.width() >= view.DETAILS_MINIMUM
    view.resize(1146, 700)
    qtbot.waitUntil(lambda: all(view.tabs.tabBar().tabRect(i).right() < view.tabs.tabBar().width() for i in range(4)))


def test_the_details_labels_end_in_each_languages_own_colon(qtbot, show, database: CatalogueDatabase) -> None:
    from dermacounsel.ui import language

    english = show(IngredientsView(Catalogue(database)))
    english.show_tab(1)
    english.tabs.currentWidget().selectRow(0)
    assert "Signature feature: " in english.details.toPlainText()
    language.install_translators("ja")  # after `show`'s make_application, which installs the chosen language
    try:
        view = IngredientsView(Catalogue(database, language="ja"))
        qtbot.addWidget(view)
        view.show()
        view.show_tab(1)
        view.tabs.currentWidget().selectRow(0)
        text = view.details.toPlainText()
        assert "主な特徴：" in text and "標的細胞：" in text and ": " not in text.split("出典")[0], text
    finally:
        language.install_translators("en")


def test_a_tabs_paragraph_is_shown_once(qtbot, show, database: CatalogueDatabase) -> None:
    """The Stem cells and Exosomes tabs repeated in the footer the paragraph their details panel shows."""
    from PySide6.QtWidgets import QLabel

    catalogue = Catalogue(database)
    view = show(IngredientsView(catalogue))
    assert view.footnote.isVisible()
    assert view.footnote.text() == catalogue.statement("functional-multiple-effects")
    stem_cells = catalogue.statement("stem-cell-sources")
    for tab, paragraph in ((2, stem_cells), (3, view._classes["exosomes"].description)):
        view.show_tab(tab)
        assert view.details.toPlainText().count(paragraph) == 1, tab
        labels = [label.text() for label in view.findChildren(QLabel) if label.isVisible()]
        assert not any(paragraph in text for text in labels), tab
    view.show_tab(0)
    assert view.footnote.isVisible()
