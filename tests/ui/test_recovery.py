"""A damaged catalogue at start: moved aside, and the newest verified backup or a fresh catalogue as the
user chooses; a second instance refused; `check` naming the backup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from dermacounsel.cli import main
from dermacounsel.services.catalogue import recover_if_damaged
from dermacounsel.storage.backups import list_backups, make_backup
from dermacounsel.storage.catalogue_db import read_catalogue_document
from dermacounsel.storage.database import open_database
from dermacounsel.storage.editing import CatalogueEditor
from dermacounsel.ui.catalogue_files import RecoveryDialog, choose_recovery


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xa5" * 8192  # pages 2 and 3, keeping SQLite's header
    path.write_bytes(bytes(data))


@pytest.fixture
def backed_up(database_path: Path) -> Path:
    """A catalogue with a clinic edit, backed up, then damaged."""
    database = open_database(database_path)
    CatalogueEditor(database).set_rating("EGF", "angiogenesis", 3)
    database.close()
    make_backup(database_path, "manual")
    damage(database_path)
    return database_path


def test_a_damaged_catalogue_is_moved_aside_and_the_backup_restored(backed_up: Path, monkeypatch, qapp) -> None:
    offered = []
    monkeypatch.setattr("PySide6.QtGui.QGuiApplication.platformName", staticmethod(lambda: "xcb"))
    monkeypatch.setattr(
        RecoveryDialog,
        "ask",
        classmethod(lambda cls, damaged, moved, taken: offered.append((damaged, moved, taken)) or cls.BACKUP),
    )
    recover_if_damaged(backed_up, choose_recovery)
    ((damaged, moved, taken),) = offered
    assert damaged == backed_up and moved.exists() and ".damaged-" in moved.name and taken
    database = open_database(backed_up)
    with database.reading() as session:
        egf = next(g for g in read_catalogue_document(session).growth_factors if g.key == "EGF")
    database.close()
    assert egf.ratings["angiogenesis"].level == 3  # the clinic's edit came back with the backup


def test_or_a_fresh_catalogue(backed_up: Path, monkeypatch, qapp) -> None:
    monkeypatch.setattr("PySide6.QtGui.QGuiApplication.platformName", staticmethod(lambda: "xcb"))
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, damaged, moved, taken: cls.FRESH))
    recover_if_damaged(backed_up, choose_recovery)
    assert not backed_up.exists()
    database = open_database(backed_up)
    assert database.created
    database.close()


def test_check_names_the_newest_verified_backup(backed_up: Path, capsys) -> None:
    assert main(["--db", str(backed_up), "check"]) == 1
    out = capsys.readouterr().out
    newest = list_backups(backed_up)[0]
    assert f"Newest verified backup: {newest.taken_at:%d %B %Y, %H:%M} ({newest.path})" in out


def test_the_app_without_a_screen_moves_a_damaged_file_aside_and_stops(backed_up: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dermacounsel", "--db", str(backed_up), "--terminate-after-init"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert "is damaged; it was moved aside to" in result.stderr and "Traceback" not in result.stderr
    assert not backed_up.exists() and list(backed_up.parent.glob("*.damaged-*"))


def test_a_second_instance_is_refused(database_path: Path, qapp) -> None:
    lock = QLockFile(str(database_path.absolute()) + ".lock")
    assert lock.tryLock(0)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "dermacounsel", "--db", str(database_path), "--terminate-after-init"],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    finally:
        lock.unlock()
    assert result.returncode == 1 and "already open with this catalogue" in result.stderr


def test_an_empty_catalogue_file_is_recovered_not_reseeded(database_path: Path, monkeypatch, qapp) -> None:
    """A 0-byte catalogue beside a verified backup: once silently replaced by the bundled catalogue, losing
    the clinic's work; now moved aside with the backup offered."""
    database = open_database(database_path)
    CatalogueEditor(database).set_rating("EGF", "angiogenesis", 3)
    database.close()
    make_backup(database_path, "manual")
    database_path.write_bytes(b"")
    offered = []
    monkeypatch.setattr("PySide6.QtGui.QGuiApplication.platformName", staticmethod(lambda: "xcb"))
    monkeypatch.setattr(
        RecoveryDialog, "ask", classmethod(lambda cls, damaged, moved, taken: offered.append(taken) or cls.BACKUP)
    )
    recover_if_damaged(database_path, choose_recovery)
    assert offered and offered[0] is not None
    database = open_database(database_path)
    with database.reading() as session:
        egf = next(g for g in read_catalogue_document(session).growth_factors if g.key == "EGF")
    database.close()
    assert egf.ratings["angiogenesis"].level == 3


def test_a_folder_as_the_catalogue_is_refused_in_a_japanese_dialog(qtbot, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: the app started in Japanese on a folder says why in a Japanese dialog, naming the folder
    first, with no English sentence; stderr (the log's language) keeps the English line."""
    from dermacounsel.ui import app, language
    from tests.test_no_english_below_the_interface import english_sentence

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        app.ErrorDialog, "show", classmethod(lambda _cls, _parent, title, text: shown.append((title, text)))
    )
    monkeypatch.setattr(app, "quiet_qt_noise", lambda: None)  # pytest-qt's message handler stays
    folder = tmp_path / "catalogue.sqlite3"
    folder.mkdir()
    language.choose_for_this_run("ja")
    try:
        assert app.run(folder) == 1
    finally:
        language._for_this_run.clear()
        language.install_translators("en")
        from PySide6.QtWidgets import QApplication

        from dermacounsel.ui.main_window import MainWindow

        for window in QApplication.topLevelWidgets():  # the process would end here; the test's goes on
            if isinstance(window, MainWindow):
                window.close()
                window.deleteLater()
    ((title, text),) = shown
    assert title == "カタログを開けません"
    assert text == f"{folder}：フォルダーです。データベースのファイルではありません"
    assert not english_sentence(text.removeprefix(str(folder)))
    assert f"{folder}: is a folder, not a database file" in capsys.readouterr().err
