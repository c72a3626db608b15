"""The catalogue service: one door that opens, reads in a language, names products by key or any
language's name, edits, exports, backs up, restores and recovers, without anyone above it holding a
session."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dermacounsel.services.catalogue import (
    Catalogue,
    RecoveryDeclined,
    UnknownEntry,
    recover_if_damaged,
)


def test_products_are_known_by_key_or_by_name_in_any_language(catalogue: Catalogue) -> None:
    assert catalogue.product_keys(["benev", "Benev", "ベネブ", "ＢＥＮＥＶ", " premium cell "]) == [
        "benev",
        "benev",
        "benev",
        "benev",
        "premium-cell",
    ]
    with pytest.raises(UnknownEntry, match="unknown product 'Botox'; valid: benev \\(Benev\\)"):
        catalogue.product_key("Botox")
    details = catalogue.product_details([catalogue.product_key("ベネブ")])
    assert [d.name for d in details] == ["Benev"] and details[0].key == "benev"


def test_reads_follow_the_display_language(catalogue: Catalogue) -> None:
    assert catalogue.product_names()[0] == "Benev"
    catalogue.set_language("ja")
    assert catalogue.product_names()[0] == "ベネブ"
    assert [d.name for d in catalogue.product_details(["benev"])] == ["ベネブ"]
    with pytest.raises(UnknownEntry, match="unknown language 'fr'"):
        catalogue.set_language("fr")


def test_open_close_as_a_context_manager(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    with Catalogue.open(path) as catalogue:
        assert catalogue.created and not catalogue.read_only and catalogue.path == path
        assert catalogue.counts()["products"] == 5
    with Catalogue.open(path) as again:
        assert not again.created


def test_export_then_import_through_the_service_changes_nothing(catalogue: Catalogue, tmp_path: Path) -> None:
    target = catalogue.export(tmp_path / "catalogue.json")
    report = catalogue.import_file(target)
    assert not report.written and not report.added and not report.changed


def test_an_edit_then_restore_of_a_backup_reopens_the_catalogue(catalogue: Catalogue) -> None:
    backup = catalogue.back_up()
    rating = catalogue.editor.entry("rating", "EGF/angiogenesis")
    catalogue.editor.set_rating("EGF", "angiogenesis", 3, rating.version)
    assert catalogue.changed
    safety = catalogue.restore(backup.path)
    assert safety is not None and safety.reason == "before-restore"
    assert catalogue.editor.entry("rating", "EGF/angiogenesis").values == {"level": rating.values["level"]}


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xa5" * 8192  # pages 2 and 3, keeping SQLite's header
    path.write_bytes(bytes(data))


def test_recovery_is_the_services_policy_and_the_caller_only_chooses(database_path: Path) -> None:
    with Catalogue.open(database_path) as catalogue:
        catalogue.back_up()
    damage(database_path)
    asked = []

    def choose(damaged: Path, moved: Path, newest: object) -> str | None:
        asked.append((damaged, moved.exists(), newest is not None))
        return "backup"

    with Catalogue.open(database_path, recover=choose) as catalogue:
        assert catalogue.counts()["products"] == 5
    assert asked == [(database_path, True, True)]
    damage(database_path)
    with pytest.raises(RecoveryDeclined, match="damaged; moved aside"):
        recover_if_damaged(database_path, lambda *_args: None)


def test_a_file_that_is_no_sqlite_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database", encoding="utf-8")
    recover_if_damaged(path, lambda *_args: pytest.fail("nothing to recover"))
    assert path.read_text(encoding="utf-8") == "not a database"
    with sqlite3.connect(tmp_path / "other.sqlite3") as connection:
        connection.execute("CREATE TABLE t (x)")
    recover_if_damaged(tmp_path / "other.sqlite3", lambda *_args: pytest.fail("not damaged"))
