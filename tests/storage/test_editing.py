"""Editing the catalogue row by row: provenance, restoring the article's values, refusals that name what
depends, undo and redo, every language kept, no write for an unchanged entry, stale edits refused, and
the database unchanged by a refused edit."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from dermacounsel.domain.phrasing import in_language
from dermacounsel.storage.database import CatalogueDatabase, open_database
from dermacounsel.storage.editing import CatalogueEditor, EditError, StaleEdit, edit_date, edited_facts

DAY = date(2026, 11, 26)


@pytest.fixture
def editor(database: CatalogueDatabase) -> CatalogueEditor:
    return CatalogueEditor(database, today=lambda: DAY)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def level(editor: CatalogueEditor, factor: str, effect: str) -> int:
    return int(editor.entry("rating", f"{factor}/{effect}").values["level"])


def test_an_edited_rating_is_marked_as_the_clinics_with_the_date(editor) -> None:
    editor.set_rating("EGF", "angiogenesis", 3)
    assert level(editor, "EGF", "angiogenesis") == 3
    source = editor.rating_source("EGF", "angiogenesis")
    assert edit_date(source) == DAY
    clinic = next(s for s in editor.document().sources if s.key == source)
    assert clinic.kind == "clinic-edit" and "26 November 2026" in clinic.citation["en"]
    assert clinic.citation["ja"].startswith("2026年11月26日")
    assert list(edited_facts(editor.document())) == [("EGF on angiogenesis", DAY)]


def test_a_rating_change_writes_only_that_rating(editor, database_path: Path) -> None:
    """Row-level: one rating's row (and its new provenance) changes; every other row stays as it was."""

    def rows() -> dict[str, list[tuple[object, ...]]]:
        with sqlite3.connect(database_path) as connection:
            tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            return {t: connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}

    before = rows()
    editor.set_rating("EGF", "angiogenesis", 3)
    after = rows()
    changed = {table for table in before if before[table] != after[table]}
    assert changed == {"rating", "source"}
    assert len(set(before["rating"]) ^ set(after["rating"])) == 2  # one row out, its new version in
    assert len(after["source"]) == len(before["source"]) + 1


def test_restoring_brings_back_the_articles_value_and_source(editor) -> None:
    editor.set_rating("IGF-1", "hair-growth", 0)
    editor.restore_rating("IGF-1", "hair-growth")
    assert level(editor, "IGF-1", "hair-growth") == 3
    assert editor.rating_source("IGF-1", "hair-growth") == "article"
    assert not [s for s in editor.document().sources if s.kind == "clinic-edit"]  # unused: dropped


def test_ratings_off_the_scale_are_refused(editor, database_path: Path) -> None:
    before = digest(database_path)
    with pytest.raises(EditError, match="four-step scale"):
        editor.set_rating("EGF", "angiogenesis", 4)
    with pytest.raises(EditError, match="not rated"):
        editor.set_rating("VEGF", "angiogenesis", 2)
    assert digest(database_path) == before


def test_products_are_added_edited_and_restored(editor) -> None:
    new = {
        "key": "clinic-serum",
        "name": {"en": "Clinic Serum"},
        "maker": None,
        "notes": None,
        "components": [
            {"kind": "functional", "name": {"en": "Urea"}, "open": False, "note": None, "link": "ingredient:urea"}
        ],
        "cautions": [],
    }
    editor.save("product", None, new)
    saved = editor.entry("product", "clinic-serum")
    assert edit_date(saved.source) == DAY and saved.values["components"][0]["link"] == "ingredient:urea"
    with pytest.raises(EditError, match="exists already"):
        editor.save("product", None, {**new, "key": "other", "name": {"en": "benev"}})
    benev = editor.entry("product", "benev")
    editor.save("product", "benev", {**benev.values, "notes": {"en": "Kept in the fridge"}}, benev.version)
    assert editor.entry("product", "benev").values["notes"] == {"en": "Kept in the fridge"}
    editor.restore("product", "benev")
    assert editor.entry("product", "benev").values == benev.values
    assert editor.entry("product", "benev").source == "article"
    assert not editor.in_article("product", "clinic-serum") and editor.in_article("product", "benev")


def test_editing_one_language_keeps_the_others(editor) -> None:
    benev = editor.entry("product", "benev")
    assert benev.values["name"] == {"en": "Benev", "ja": "ベネブ", "ja_source": "article"}
    renamed = {**benev.values, "name": {**benev.values["name"], "en": "Benev Gold"}}
    editor.save("product", "benev", renamed, benev.version)
    assert editor.entry("product", "benev").values["name"] == {
        "en": "Benev Gold",
        "ja": "ベネブ",
        "ja_source": "article",
    }
    dermapen = editor.entry("procedure", "dermapen")
    with_ja = {
        **dermapen.values,
        "description": {**dermapen.values["description"], "ja": "極細の針", "ja_source": "clinic"},
    }
    editor.save("procedure", "dermapen", with_ja, dermapen.version)
    now = editor.entry("procedure", "dermapen")
    english = {**now.values["description"], "en": "Fine needles."}
    editor.save("procedure", "dermapen", {**now.values, "description": english}, now.version)
    assert editor.entry("procedure", "dermapen").values["description"] == {
        "en": "Fine needles.",
        "ja": "極細の針",
        "ja_source": "clinic",
    }


def test_saving_what_is_stored_writes_nothing(editor, database_path: Path) -> None:
    before = digest(database_path)
    for kind, key in (("product", "benev"), ("procedure", "dermapen"), ("layer", "dermis"), ("ingredient", "urea")):
        loaded = editor.entry(kind, key)
        change = editor.save(kind, key, loaded.values, loaded.version)
        assert change.before == change.after
        assert editor.entry(kind, key).version == loaded.version
    assert digest(database_path) == before


def test_an_edit_against_a_stale_version_is_refused_naming_it(editor, database: CatalogueDatabase) -> None:
    mine = editor.entry("product", "rejuran")
    theirs = CatalogueEditor(database, today=lambda: DAY)  # a second receptionist
    other = theirs.entry("product", "rejuran")
    theirs.save("product", "rejuran", {**other.values, "notes": {"en": "Theirs"}}, other.version)
    with pytest.raises(StaleEdit, match="REJURAN was changed elsewhere since you opened it"):
        editor.save("product", "rejuran", {**mine.values, "notes": {"en": "Mine"}}, mine.version)
    assert editor.entry("product", "rejuran").values["notes"] == {"en": "Theirs"}


def test_deleting_what_others_depend_on_is_refused_with_the_dependents(editor) -> None:
    with pytest.raises(EditError) as error:
        editor.delete("ingredient", "hyaluronic-acid")
    assert "product Benev (Hyaluronic acid)" in str(error.value) and "product REJURAN" in str(error.value)
    assert [d.place for d in editor.dependents("layer", "dermis")][:1] == ["growth factor FGF"]
    editor.delete("ingredient", "kojic-acid")  # nothing links to it
    assert "kojic-acid" not in [i.key for i in editor.listing("ingredient")]


def test_undo_and_redo_take_back_and_bring_again_in_order(editor) -> None:
    original = editor.document()
    rating = editor.set_rating("FGF", "hair-growth", 3)
    deleted = editor.delete("ingredient", "urea")
    assert deleted.description == "deleting ingredient Urea"
    editor.undo(deleted)
    assert "urea" in [i.key for i in editor.listing("ingredient")]
    undone = editor.undo(rating)
    assert level(editor, "FGF", "hair-growth") == original.growth_factors[1].ratings["hair-growth"]
    editor.redo(undone)
    assert level(editor, "FGF", "hair-growth") == 3


def test_undo_refuses_to_revert_someone_elses_later_change(editor, database_path: Path) -> None:
    """Undo is checked against the version the edit left: an import or edit made since, from the command
    line or another laptop, is never silently undone."""
    change = editor.set_rating("PDGF", "angiogenesis", 0)
    elsewhere = open_database(database_path)
    try:
        CatalogueEditor(elsewhere).set_rating("PDGF", "angiogenesis", 2)
    finally:
        elsewhere.close()
    with pytest.raises(StaleEdit, match="changed elsewhere"):
        editor.undo(change)
    assert level(editor, "PDGF", "angiogenesis") == 2


def test_an_edit_that_would_break_a_link_is_refused_whole(editor, database_path: Path) -> None:
    before = digest(database_path)
    benev = editor.entry("product", "benev")
    broken = {
        **benev.values,
        "components": [
            {"kind": "growth-factor", "name": {"en": "XGF"}, "open": False, "note": None, "link": "growth_factor:XGF"}
        ],
    }
    with pytest.raises(EditError, match="unknown reference 'XGF'"):
        editor.save("product", "benev", broken, benev.version)
    assert digest(database_path) == before
    assert editor.entry("product", "benev") == benev


def test_undo_and_a_stale_form_never_revert_an_import_made_meanwhile(
    editor, database: CatalogueDatabase, database_path: Path, tmp_path: Path
) -> None:
    """Issue 16, point 3: the editor's undo once wrote back a whole-catalogue snapshot, silently undoing an
    import made from the command line in the meantime."""
    import json

    from dermacounsel.cli import main

    rejuran = editor.entry("product", "rejuran")
    change = editor.save(
        "product", "rejuran", {**rejuran.values, "notes": {"en": "The clinic's note"}}, rejuran.version
    )
    benev = editor.entry("product", "benev")  # a form opened before the import
    data = json.loads(Path(editor.seed_path).read_text(encoding="utf-8"))
    for product in data["products"]:
        product["notes"] = {"en": f"From head office: {product['name']['en']}"}
    imported = tmp_path / "head-office.json"
    imported.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--db", str(database_path), "import", str(imported)]) == 0
    with pytest.raises(StaleEdit, match="REJURAN was changed elsewhere"):
        editor.undo(change)
    with pytest.raises(StaleEdit, match="Benev was changed elsewhere"):
        editor.save("product", "benev", {**benev.values, "notes": {"en": "Mine"}}, benev.version)
    assert editor.entry("product", "rejuran").values["notes"] == {"en": "From head office: REJURAN"}
    assert editor.entry("product", "benev").values["notes"] == {"en": "From head office: Benev"}


def test_a_concerns_mapping_is_edited_row_by_row_marked_as_the_clinics_and_undone(editor, database) -> None:
    """Issue 13: the clinic edits what addresses a concern (its statements), where it sits and its reason;
    the statement it adds is its own (not the article's, not this app's), counselling follows it and says
    so, and undo and restore bring back what was there."""
    from dermacounsel.storage import queries as reference

    loaded = editor.entry("concern", "dryness")
    assert loaded.version == 1 and loaded.source == "counselling-map"
    values = {**loaded.values, "bases": [*loaded.values["bases"]]}
    values["bases"].append(
        {"kind": "growth-factor", "target": "FGF", "says": {"en": "Our clinic uses FGF for dry skin."}, "note": None}
    )
    values["reason"] = {**values["reason"], "en": "Dry skin holds less water; our clinic adds FGF."}
    change = editor.save("concern", "dryness", values, loaded.version)
    stored = editor.entry("concern", "dryness")
    assert stored.version == 2 and edit_date(stored.source) == DAY
    assert stored.values["bases"][-1]["source"] == stored.source  # the new statement is the clinic's
    assert [b["source"] for b in stored.values["bases"][:-1]] == [b["source"] for b in loaded.values["bases"]]
    with database.reading() as session:
        concern = next(c for c in reference.concerns(session) if c.key == "dryness")
        result = reference.recommendations(session, ["dryness"])
    assert concern.edited and concern.shown_reason.endswith("(the clinic's edit)")
    assert "FGF" in concern.growth_factor_keys
    fgf = next(row for row in result.growth_factors if row.key == "FGF")
    assert any(
        r.endswith("Our clinic uses FGF for dry skin. (Linked to this concern by the clinic, not by the article.)")
        for r in fgf.reasons
    )
    assert "Dryness" in [name for name, _day in edited_facts(editor.document())]
    with pytest.raises(StaleEdit):
        editor.save("concern", "dryness", loaded.values, loaded.version)
    bad = {**values, "bases": [{"kind": "growth-factor", "target": "XGF", "says": {"en": "x"}}]}
    with pytest.raises(EditError, match="no growth factor 'XGF'"):
        editor.save("concern", "dryness", bad, stored.version)
    with pytest.raises(EditError, match="no layer 'nowhere'"):
        editor.save("concern", "dryness", {**values, "layer_keys": ["nowhere"]}, stored.version)
    assert editor.entry("concern", "dryness").version == 2  # refused edits wrote nothing
    editor.undo(change)
    back = editor.entry("concern", "dryness")
    assert back.values == loaded.values and back.source == "counselling-map"
    assert not [s for s in editor.document().sources if s.kind == "clinic-edit"]
    editor.save("concern", "dryness", values)
    editor.restore("concern", "dryness")
    assert editor.entry("concern", "dryness").values == loaded.values
    assert editor.entry("concern", "dryness").source == "counselling-map"


def test_which_ingredients_the_needling_timing_note_is_about_is_edited_and_restored(editor, database) -> None:
    """The acids-and-retinol list is catalogue data the clinic edits: an ingredient it puts on the list
    carries the note (sourced to the clinic's edit), one it takes off loses it; restore brings back the
    bundled list with the clinic's notes as its source."""
    from dermacounsel.storage import queries as reference

    aha = editor.entry("ingredient", "aha")
    assert aha.values["needling_timing"] is True
    editor.save("ingredient", "aha", {**aha.values, "needling_timing": False}, aha.version)
    urea = editor.entry("ingredient", "urea")
    assert urea.values["needling_timing"] is False
    editor.save("ingredient", "urea", {**urea.values, "needling_timing": True}, urea.version)
    with database.reading() as session:
        timed = reference.needling_timed(session)
    assert "aha" not in timed and "urea" in timed
    doc = editor.document()
    urea_entry = next(i for c in doc.ingredient_categories for i in c.ingredients if i.key == "urea")
    assert urea_entry.needling_timing is not None and edit_date(urea_entry.needling_timing) == DAY
    editor.restore("ingredient", "aha")
    editor.restore("ingredient", "urea")
    with database.reading() as session:
        assert reference.needling_timed(session) == {"aha", "bha", "pha", "azelaic-acid", "retinol"}
    aha_entry = next(i for c in editor.document().ingredient_categories for i in c.ingredients if i.key == "aha")
    assert aha_entry.needling_timing == "clinic-notes"


def test_a_refused_edit_is_said_in_japanese_naming_the_entry_as_japanese_names_it(
    editor, database: CatalogueDatabase, database_path: Path
) -> None:
    """Issue 14: a StaleEdit or EditError carries its text as a Said, English as before, and the entry's
    Japanese name when it is said in Japanese."""
    mine = editor.entry("product", "rejuran")
    theirs = CatalogueEditor(database, today=lambda: DAY)
    other = theirs.entry("product", "rejuran")
    theirs.save("product", "rejuran", {**other.values, "notes": {"en": "Theirs"}}, other.version)
    with pytest.raises(StaleEdit) as stale:
        editor.save("product", "rejuran", {**mine.values, "notes": {"en": "Mine"}}, mine.version)
    assert str(stale.value) == "product REJURAN was changed elsewhere since you opened it"
    assert in_language(stale.value.args[0], "ja") == "製品「リジュラン」は、開いた後にほかの場所で変更されました"

    change = editor.set_rating("PDGF", "angiogenesis", 0)
    elsewhere = open_database(database_path)
    try:
        CatalogueEditor(elsewhere).set_rating("PDGF", "angiogenesis", 2)
    finally:
        elsewhere.close()
    with pytest.raises(StaleEdit) as stale:
        editor.undo(change)
    assert str(stale.value) == "rating PDGF on angiogenesis was changed elsewhere since you opened it"
    assert in_language(stale.value.args[0], "ja") == (
        "評価「PDGFの血管新生の促進」は、開いた後にほかの場所で変更されました"
    )

    with pytest.raises(EditError) as used:
        editor.delete("ingredient", "hyaluronic-acid")
    japanese = in_language(used.value.args[0], "ja")
    assert japanese.startswith("成分「ヒアルロン酸」は製品「ベネブ」（ヒアルロン酸）、") and japanese.endswith(
        "で使われています。先にそちらを変更してください"
    )
    assert "product" not in japanese and "is used by" not in japanese
    with pytest.raises(EditError) as unknown:
        editor.entry("product", "nothing-like-it")
    assert str(unknown.value) == "no product 'nothing-like-it' in the catalogue"
    assert in_language(unknown.value.args[0], "ja") == "カタログに製品「nothing-like-it」はありません"


def test_a_field_the_editor_refuses_is_said_in_japanese(editor) -> None:
    """Issue 14: a product's field the file's checks refuse (a name of two lines) is said in either
    language, naming the field; the English is the file's check's own sentence, without pydantic's prefix."""
    entry = editor.entry("product", "rejuran")
    with pytest.raises(EditError) as refused:
        editor.save("product", "rejuran", {**entry.values, "name": {"en": "REJU\nRAN"}}, entry.version)
    assert str(refused.value) == "name: the 'en' name holds a line break or tab; a name is one line"
    assert in_language(refused.value.args[0], "ja") == "name：'en'の名前に改行かタブがあります。名前は1行にしてください"
    assert editor.entry("product", "rejuran").values["name"] == entry.values["name"]  # nothing was written
