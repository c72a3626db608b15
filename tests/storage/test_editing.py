"""Editing the catalogue: provenance, restoring the article's values, refusals that name what depends,
undo, and the database unchanged by a refused edit."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from dermacounsel.storage import catalogue_file as f
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.storage.editing import CatalogueEditor, EditError, edit_date, edited_facts

DAY = date(2026, 11, 26)


@pytest.fixture
def editor(database: CatalogueDatabase) -> CatalogueEditor:
    return CatalogueEditor(database, today=lambda: DAY)


def level(editor: CatalogueEditor, factor: str, effect: str) -> int:
    rating = next(g for g in editor.document().growth_factors if g.key == factor).ratings[effect]
    return rating if isinstance(rating, int) else rating.level


def test_an_edited_rating_is_marked_as_the_clinics_with_the_date(editor) -> None:
    editor.set_rating("EGF", "angiogenesis", 3)
    assert level(editor, "EGF", "angiogenesis") == 3
    source = editor.rating_source("EGF", "angiogenesis")
    assert edit_date(source) == DAY
    clinic = next(s for s in editor.document().sources if s.key == source)
    assert clinic.kind == "clinic-edit" and "26 November 2026" in clinic.citation
    assert list(edited_facts(editor.document())) == [("EGF on angiogenesis", DAY)]


def test_restoring_brings_back_the_articles_value_and_source(editor) -> None:
    editor.set_rating("IGF-1", "hair-growth", 0)
    editor.restore_rating("IGF-1", "hair-growth")
    assert level(editor, "IGF-1", "hair-growth") == 3
    assert editor.rating_source("IGF-1", "hair-growth") == "article"
    assert not [s for s in editor.document().sources if s.kind == "clinic-edit"]  # unused: dropped


def test_ratings_off_the_scale_are_refused(editor, database_path: Path) -> None:
    before = hashlib.sha256(database_path.read_bytes()).hexdigest()
    with pytest.raises(EditError, match="four-step scale"):
        editor.set_rating("EGF", "angiogenesis", 4)
    with pytest.raises(EditError, match="not rated"):
        editor.set_rating("VEGF", "angiogenesis", 2)
    assert hashlib.sha256(database_path.read_bytes()).hexdigest() == before


def test_products_are_added_edited_and_restored(editor) -> None:
    doc = editor.document()
    new = f.ProductEntry(
        name={"en": "Clinic Serum"},
        components=[f.ComponentEntry(kind="functional", name={"en": "Urea"}, ingredient="urea")],
        source="article",
    )
    editor.save("product", None, new)
    saved = next(p for p in editor.document().products if p.name["en"] == "Clinic Serum")
    assert edit_date(saved.source) == DAY
    with pytest.raises(EditError, match="exists already"):
        editor.save("product", None, new.model_copy(update={"name": {"en": "benev"}}))
    benev = doc.products[0].model_copy(update={"notes": {"en": "Kept in the fridge"}})
    editor.save("product", "Benev", benev)
    assert editor.document().products[0].notes == {"en": "Kept in the fridge"}
    editor.restore("product", "Benev")
    assert editor.document().products[0] == doc.products[0]
    assert not editor.in_article("product", "Clinic Serum") and editor.in_article("product", "Benev")


def test_deleting_what_others_depend_on_is_refused_with_the_dependents(editor) -> None:
    with pytest.raises(EditError) as error:
        editor.delete_ingredient("hyaluronic-acid")
    assert "product Benev (Hyaluronic acid)" in str(error.value) and "product REJURAN" in str(error.value)
    with pytest.raises(EditError, match="growth factor FGF"):
        editor.delete("layer", "dermis")
    editor.delete_ingredient("kojic-acid")  # nothing links to it
    assert "kojic-acid" not in [i.key for c in editor.document().ingredient_categories for i in c.ingredients]


def test_undo_takes_back_the_last_changes_in_order(editor) -> None:
    original = editor.document()
    editor.set_rating("FGF", "hair-growth", 3)
    editor.delete_ingredient("urea")
    assert editor.undo_description() == "deleting ingredient urea"
    assert editor.undo() == "deleting ingredient urea"
    assert "urea" in [i.key for c in editor.document().ingredient_categories for i in c.ingredients]
    assert editor.undo() == "rating of FGF on hair-growth"
    assert editor.document() == original
    assert editor.undo() is None


def test_an_edit_that_would_break_a_link_is_refused_whole(editor) -> None:
    doc = editor.document()
    broken = doc.products[0].model_copy(
        update={"components": [f.ComponentEntry(kind="growth-factor", name={"en": "XGF"}, growth_factor="XGF")]}
    )
    with pytest.raises(EditError, match="unknown reference 'XGF'"):
        editor.save("product", "Benev", broken)
    assert editor.document() == doc and not editor.can_undo()
