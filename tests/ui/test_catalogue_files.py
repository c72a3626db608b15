"""Import, export and backups from the app's File menu, through pytest-qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dermacounsel import paths
from dermacounsel.services.catalogue import Catalogue
from dermacounsel.storage.backups import list_backups
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.app import make_application
from dermacounsel.ui.catalogue_files import BackupsDialog, ConfirmRestore, FileChoice, ImportConfirmation
from dermacounsel.ui.main_window import MainWindow


def window_for(qtbot, database: CatalogueDatabase) -> MainWindow:
    make_application()
    window = MainWindow(Catalogue(database))
    qtbot.addWidget(window)
    window.show()
    return window


def test_import_shows_what_would_change_then_imports_in_the_background(
    qtbot, database, tmp_path: Path, monkeypatch
) -> None:
    data = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    data["products"].append(
        {
            "name": "Clinic Serum",
            "components": [{"kind": "functional", "name": "Urea", "ingredient": "urea"}],
            "source": "article",
        }
    )
    source = tmp_path / "clinic.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    shown = []
    monkeypatch.setattr(FileChoice, "open", classmethod(lambda cls, parent: source))
    monkeypatch.setattr(
        ImportConfirmation,
        "ask",
        classmethod(lambda cls, path, merge, replace, parent: shown.append((merge, replace)) or False),
    )
    window = window_for(qtbot, database)
    window.import_catalogue()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)  # the file is checked in the background first
    ((merge, _replace),) = shown
    assert merge[0].startswith("1 added, 0 changed") and "Added: product Clinic Serum" in merge
    qtbot.waitUntil(lambda: "Imported clinic.json" in window.statusBar().currentMessage(), timeout=10_000)
    assert "6 products" in window.summary_label.text()
    assert [b.reason for b in list_backups(database.path)] == ["before-import"]


def test_a_bad_file_is_refused_and_nothing_changes(qtbot, database, tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "broken.json"
    source.write_text("{ not json", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(FileChoice, "open", classmethod(lambda cls, parent: source))
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    window = window_for(qtbot, database)
    window.import_catalogue()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "Nothing was changed." in warnings[0] and "line 1, column 3" in warnings[0]
    assert "5 products" in window.summary_label.text()


def test_export_writes_the_catalogue_file(qtbot, database, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "exported.json"
    monkeypatch.setattr(FileChoice, "save", classmethod(lambda cls, parent, suggested: target))
    window = window_for(qtbot, database)
    window.export_catalogue()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert target.read_text(encoding="utf-8") == paths.seed_catalogue_path().read_text(encoding="utf-8")


def test_backups_dialog_backs_up_and_restores(qtbot, database, monkeypatch) -> None:
    window = window_for(qtbot, database)
    dialog = BackupsDialog(window, window.catalogue, window.reload_catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0
    assert dialog.empty.isVisible() and "No backups yet" in dialog.empty.text()  # not a blank table
    dialog.back_up()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Backed up by hand"
    assert not dialog.empty.isVisible()
    taken = list_backups(database.path)[0].taken_at
    assert dialog.table.item(0, 0).text() == f"{taken.day} {taken:%B %Y, %H:%M}"  # 2 December 2026, 14:05
    from dermacounsel.storage.editing import CatalogueEditor

    CatalogueEditor(database).delete("ingredient", "kojic-acid")
    monkeypatch.setattr(ConfirmRestore, "ask", classmethod(lambda cls, parent, when: True))
    dialog.table.selectRow(0)
    dialog.restore()
    assert "Restored the backup from" in dialog.status.text()
    keys = [i.key for c in CatalogueEditor(database).document().ingredient_categories for i in c.ingredients]
    assert "kojic-acid" in keys
    assert "before-restore" in [b.reason for b in list_backups(database.path)]
    window.catalogue.close()  # restoring opened the file anew; the `database` fixture closes only the first


def test_a_failed_restore_is_said_in_japanese_naming_the_file(qtbot, database, monkeypatch) -> None:
    """Issue 14: in a Japanese app the backups dialog says storage's refusal in Japanese, the file first,
    and no English sentence; nothing is restored."""
    from tests.test_no_english_below_the_interface import english_sentence

    window = window_for(qtbot, database)
    window.set_language("ja")
    try:
        dialog = BackupsDialog(window, window.catalogue, window.reload_catalogue)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.back_up()
        backup = list_backups(database.path)[0].path
        backup.unlink()  # deleted (or its disk unplugged) while the dialog was open
        monkeypatch.setattr(ConfirmRestore, "ask", classmethod(lambda cls, parent, when: True))
        dialog.table.selectRow(0)
        dialog.restore()
        shown = dialog.status.text()
        assert shown == f"{backup}：元に戻すファイルがありません"
        assert not english_sentence(shown.removeprefix(str(backup)))
        assert "before-restore" not in [b.reason for b in list_backups(database.path)]  # nothing was restored
    finally:
        window.set_language("en")
        window.catalogue.close()  # restoring opened the file anew


def test_a_backup_is_dated_in_the_interfaces_language() -> None:
    """A Japanese screen once read '02 Dec 2026, 14:05'."""
    from datetime import datetime

    from dermacounsel.ui.catalogue_files import taken_when

    moment = datetime(2026, 12, 2, 14, 5)
    assert taken_when(moment, "ja") == "2026年12月2日 14:05"
    assert taken_when(moment, "en") == "2 December 2026, 14:05"


def test_a_session_with_changes_ends_with_a_backup(qtbot, database) -> None:
    window = window_for(qtbot, database)
    window.set_edit_mode(True)
    editor = window.view("edit")
    editor.ratings.choose("FGF", "hair-growth", 2)
    window.close()
    assert [b.reason for b in list_backups(database.path)] == ["session"]


def test_a_session_without_changes_makes_no_backup(qtbot, database) -> None:
    window = window_for(qtbot, database)
    window.show_view("compare")
    window.close()
    assert list_backups(database.path) == []


def test_a_real_import_can_be_cancelled_from_its_progress_dialog_and_writes_nothing(
    qtbot, database, tmp_path: Path, monkeypatch
) -> None:
    """File → Import of 5,000 products: the progress dialog's Cancel, clicked while the import writes,
    stops it, and the catalogue is as it was (the review's 63 MiB file had a 'Checking…' with no way out)."""
    import hashlib

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    data = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    data["products"] += [
        {"name": f"Bulk serum {n:05d}", "components": [{"kind": "other", "name": "Water"}], "source": "article"}
        for n in range(5_000)
    ]
    source = tmp_path / "bulk.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(FileChoice, "open", classmethod(lambda cls, parent: source))
    asked = []
    monkeypatch.setattr(
        ImportConfirmation, "ask", classmethod(lambda cls, path, merge, replace, parent: asked.append(1) or False)
    )
    before = hashlib.sha256(database.path.read_bytes()).hexdigest()
    window = window_for(qtbot, database)
    window.import_catalogue()

    def importing() -> QProgressDialog | None:
        shown = [d for d in window.findChildren(QProgressDialog) if d.isVisible() and "Importing" in d.labelText()]
        return shown[0] if shown else None

    qtbot.waitUntil(lambda: importing() is not None, timeout=60_000)
    dialog = importing()
    assert dialog is not None and asked == [1]
    (cancel,) = [button for button in dialog.findChildren(QPushButton) if button.text() == "Cancel"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importing() is None, timeout=60_000)
    qtbot.wait(200)
    assert "Imported" not in window.statusBar().currentMessage()
    assert "5 products" in window.summary_label.text()
    assert hashlib.sha256(database.path.read_bytes()).hexdigest() == before


def _visible_progress(window) -> list[str]:
    from PySide6.QtWidgets import QApplication, QProgressDialog

    return [w.labelText() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_the_progress_window_is_gone_when_the_report_comes_up(qtbot, database, tmp_path: Path, monkeypatch) -> None:
    """The review's import: the 100 % "Checking…" window stayed on top of the report, modal, for good."""
    data = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    data["products"].append({"name": "Clinic Serum", "components": [{"kind": "other", "name": "Water"}],
                             "source": "article"})  # fmt: skip
    source = tmp_path / "clinic.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    seen = []

    def ask(cls, path, merge, replace, parent):
        for _ in range(6):  # the user reads the report for a while; nothing may come up over it
            qtbot.wait(100)
            seen.append(_visible_progress(window))
        return False

    monkeypatch.setattr(FileChoice, "open", classmethod(lambda cls, parent: source))
    monkeypatch.setattr(ImportConfirmation, "ask", classmethod(ask))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", staticmethod(lambda *args: pytest.fail(args[2])))
    window = window_for(qtbot, database)
    window.import_catalogue()
    qtbot.waitUntil(lambda: len(seen) == 6, timeout=10_000)
    assert seen == [[]] * 6
    qtbot.waitUntil(lambda: "Imported clinic.json" in window.statusBar().currentMessage(), timeout=10_000)
    qtbot.wait(400)
    assert _visible_progress(window) == []


def test_the_status_line_counts_the_catalogue_in_either_language(qtbot, database) -> None:
    window = window_for(qtbot, database)
    assert window.summary_label.text() == "Catalogue: 5 products · 7 growth factors · 22 ingredients · 4 procedures"
    window.set_language("ja")
    try:
        assert window.summary_label.text() == "カタログ：製品5件、成長因子7種類、成分22種類、施術4種類"
    finally:
        window.set_language("en")
    assert window.summary_label.text().startswith("Catalogue: 5 products")


def test_a_japanese_import_shows_its_steps_and_report_in_japanese(qtbot, database, tmp_path: Path, monkeypatch) -> None:
    """Issue 14: in a Japanese app, the import dialog's steps under the bar, the report before anything
    changes and the status line after are Japanese, not storage's English."""
    from dermacounsel.ui import jobs

    data = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    data["products"].append(
        {"name": {"en": "Clinic Serum", "ja": "クリニック美容液", "ja_source": "translation"},
         "components": [{"kind": "other", "name": "Water"}], "source": "article"}
    )  # fmt: skip
    source = tmp_path / "clinic.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    steps: list[str] = []
    shown_step = jobs.Job._progressed

    def progressed(job, done: float, doing: str) -> None:
        steps.append(doing)
        shown_step(job, done, doing)

    monkeypatch.setattr(jobs.Job, "_progressed", progressed)
    reports = []
    monkeypatch.setattr(
        ImportConfirmation,
        "ask",
        classmethod(lambda cls, path, merge, replace, parent: reports.append((merge, replace)) or False),
    )
    monkeypatch.setattr(FileChoice, "open", classmethod(lambda cls, parent: source))
    window = window_for(qtbot, database)
    window.set_language("ja")
    try:
        window.import_catalogue()
        qtbot.waitUntil(lambda: len(reports) == 1, timeout=10_000)
        ((merge, replace),) = reports
        assert merge[0].startswith("追加1件、変更0件、変更なし") and merge[0].endswith("（何も書き込んでいません）")
        assert merge[1] == "追加：製品「クリニック美容液」"
        assert replace[0].startswith("追加1件")
        qtbot.waitUntil(
            lambda: "clinic.json を読み込みました：追加1件" in window.statusBar().currentMessage(), timeout=10_000
        )
        assert "ファイルを読み込んでいます…" in steps and "先にカタログをバックアップしています…" in steps
        assert not [step for step in steps if "the catalogue" in step or "Reading" in step], steps
    finally:
        window.set_language("en")


def test_the_import_confirmation_says_what_changed_in_a_changed_entry(
    qtbot, database, tmp_path: Path, monkeypatch
) -> None:
    data = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    benev = next(p for p in data["products"] if p.get("key") == "benev")
    benev["notes"] = "Stocked in the fridge"
    benev["components"] = benev["components"][:-1]
    source = tmp_path / "clinic.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(FileChoice, "open", classmethod(lambda cls, parent: source))
    shown: list[tuple[str, str]] = []

    def ask(cls, path, merge, replace, parent):  # the real dialog, as the user would read it, then Cancel
        dialog = cls(path, merge, replace, parent)
        qtbot.addWidget(dialog)
        merging = dialog.detail.text()
        dialog.replace.setChecked(True)
        shown.append((merging, dialog.detail.text()))
        return None

    monkeypatch.setattr(ImportConfirmation, "ask", classmethod(ask))
    window = window_for(qtbot, database)
    window.import_catalogue()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    merging, replacing = shown[0]
    assert "Changed: product Benev (components, notes)" in merging.split("\n")
    assert "Changed: product Benev (components, notes)" in replacing.split("\n")
    window.set_language("ja")
    try:
        window.import_catalogue()
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
        assert "変更：製品「ベネブ」（成分・メモ）" in shown[1][0].split("\n")
    finally:
        window.set_language("en")
