"""Editing a text in both languages: neither version is ever dropped, and a version left behind when the
other was rewritten is marked as possibly out of date until it catches up or is said to agree."""

from __future__ import annotations

from dermacounsel.domain.text import CLINIC, is_language, outdated, versions, with_versions

BOTH = {"en": "Dermis", "ja": "真皮", "ja_source": "translation"}


def test_rewriting_the_english_keeps_the_japanese_and_marks_it() -> None:
    result = with_versions(BOTH, {"en": "The dermis", "ja": "真皮"}, CLINIC)
    assert result == {"en": "The dermis", "ja": "真皮", "ja_source": "translation", "ja_outdated": "en"}
    assert outdated(result) == {"ja": "en"}


def test_rewriting_the_japanese_keeps_the_english_and_marks_it() -> None:
    result = with_versions(BOTH, {"en": "Dermis", "ja": "真皮層"}, CLINIC)
    assert result == {"en": "Dermis", "ja": "真皮層", "ja_source": "clinic", "en_outdated": "ja"}


def test_rewriting_both_marks_nothing_and_clears_old_marks() -> None:
    marked = {**BOTH, "ja_outdated": "en"}
    assert with_versions(marked, {"en": "The dermis", "ja": "真皮層"}, CLINIC) == {
        "en": "The dermis",
        "ja": "真皮層",
        "ja_source": "clinic",
    }


def test_the_marked_version_catching_up_clears_its_mark_and_marks_nothing_else() -> None:
    marked = with_versions(BOTH, {"en": "The dermis", "ja": "真皮"}, CLINIC)
    caught_up = with_versions(marked, {"en": "The dermis", "ja": "真皮（皮膚の土台）"}, CLINIC)
    assert caught_up == {"en": "The dermis", "ja": "真皮（皮膚の土台）", "ja_source": "clinic"}
    again = with_versions(marked, {"en": "The dermis layer", "ja": "真皮"}, CLINIC)  # English rewritten again
    assert outdated(again) == {"ja": "en"}


def test_saying_the_versions_agree_clears_the_mark() -> None:
    marked = {**BOTH, "ja_outdated": "en"}
    assert with_versions(marked, {"en": "Dermis", "ja": "真皮"}, CLINIC, up_to_date=True) == BOTH
    assert with_versions(marked, {"en": "Dermis", "ja": "真皮"}, CLINIC) == marked  # nothing done: kept


def test_adding_or_removing_a_translation_marks_nothing() -> None:
    assert with_versions({"en": "Dermis"}, {"en": "Dermis", "ja": "真皮"}, CLINIC) == {
        "en": "Dermis",
        "ja": "真皮",
        "ja_source": "clinic",
    }
    assert with_versions({**BOTH, "en_outdated": "ja"}, {"en": "Dermis", "ja": ""}, CLINIC) == {"en": "Dermis"}
    assert with_versions(None, {"en": "", "ja": ""}, CLINIC) is None


def test_records_are_not_languages() -> None:
    text = {"en": "Dermis", "ja": "真皮", "ja_source": "clinic", "ja_outdated": "en"}
    assert versions(text) == {"en": "Dermis", "ja": "真皮"}
    assert not is_language("ja_outdated") and is_language("ja") and is_language("pt-br")
