"""The app on a chain's shared catalogue (issue 17), driven through the real widgets: a change made at
another desk shows within about two seconds in the views and the open editor form (unsaved typing kept),
a read-only role shows editing as unavailable with the reason, an unreachable server opens the local copy
read-only under a banner saying how old it is, and the sync menu command. Against a real PostgreSQL
server (tests/pg_cluster.py) and, for the change notice, an SQLite file two desks share."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dermacounsel.services.catalogue import Catalogue, check_file, sync
from dermacounsel.ui.app import make_application
from dermacounsel.ui.main_window import MainWindow


@pytest.fixture
def windows(qtbot) -> Iterator[list[tuple[MainWindow, Catalogue]]]:
    """Opened windows, each with its catalogue: closed (and the catalogue with it) at the end."""
    opened: list[tuple[MainWindow, Catalogue]] = []
    yield opened
    for window, catalogue in opened:
        window.close()
        catalogue.close()


def open_window(qtbot, windows, catalogue: Catalogue, watch: bool = False) -> MainWindow:
    make_application()
    window = MainWindow(catalogue)
    windows.append((window, catalogue))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    if watch:
        window.watch_for_changes()
    return window


def rename(location: str, key: str, name: str) -> None:
    """Another desk renames a product (its own client, its own connection)."""
    with Catalogue.open(location) as desk:
        entry = desk.editor.entry("product", key)
        desk.editor.save("product", key, {**entry.values, "name": {**entry.values["name"], "en": name}}, entry.version)


# --- changes made elsewhere ---------------------------------------------------------------------------------


def test_a_change_made_at_another_desk_shows_within_about_two_seconds(qtbot, windows, location: str) -> None:
    window = open_window(qtbot, windows, Catalogue.open(location), watch=True)
    window.show_view("compare")
    compare = window.current_view()
    compare.set_products(["rejuran", "benev"])
    assert "REJURAN S" not in window.current_view().products
    qtbot.wait(300)  # the baseline is read
    rename(location, "rejuran", "REJURAN S")
    # the shown view is rebuilt with the catalogue as it is now, keeping the products being compared
    qtbot.waitUntil(lambda: "REJURAN S" in window.current_view().products, timeout=3500)
    assert len(window.current_view().products) == 2
    assert "changed elsewhere" in window.statusBar().currentMessage()


def test_the_open_editor_form_keeps_unsaved_typing_and_offers_reload(qtbot, windows, location: str) -> None:
    window = open_window(qtbot, windows, Catalogue.open(location), watch=True)
    window.set_edit_mode(True)
    editor = window.current_view()
    form = editor.products
    editor.tabs.setCurrentWidget(form)
    form.entries.setCurrentRow([entry.key for entry in form.listed].index("rejuran"))
    qtbot.keyClicks(form.notes.english, "Ask about the maker's new trial")
    typed = form.notes.english.toPlainText()
    qtbot.wait(300)
    rename(location, "rejuran", "REJURAN S")
    qtbot.waitUntil(lambda: form.elsewhere.isVisible(), timeout=3500)
    assert "was changed elsewhere since you opened it" in form.elsewhere.text()
    assert form.notes.english.toPlainText() == typed, "what the user typed is never dropped by a refresh"
    assert form.reload_button.isVisible()
    qtbot.mouseClick(form.reload_button, Qt.MouseButton.LeftButton)
    assert form.name.text() == "REJURAN S" and "trial" not in form.notes.english.toPlainText()
    assert not form.elsewhere.isVisible()


def test_an_editor_form_without_typing_simply_shows_the_change(qtbot, windows, pg_url: str) -> None:
    window = open_window(qtbot, windows, Catalogue.open(pg_url), watch=True)
    window.set_edit_mode(True)
    editor = window.current_view()
    form = editor.products
    form.entries.setCurrentRow([entry.key for entry in form.listed].index("rejuran"))
    qtbot.wait(300)
    with Catalogue.open(pg_url) as desk:
        desk.editor.set_rating("EGF", "angiogenesis", 3)
    rename(pg_url, "rejuran", "REJURAN S")
    qtbot.waitUntil(lambda: form.name.text() == "REJURAN S", timeout=3500)
    assert form.current == "rejuran" and not form.elsewhere.isVisible()
    assert editor.ratings.cell_text("EGF", "angiogenesis").startswith("✎ ◎")


# --- roles, an unreachable server, sync ------------------------------------------------------------------------


def test_a_front_desk_role_sees_editing_unavailable_with_the_reason(qtbot, windows, pg_server, pg_url: str) -> None:
    from sqlalchemy import make_url

    database = make_url(pg_url).database
    pg_server.sql("DO $$ BEGIN CREATE ROLE frontdesk LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    pg_server.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO frontdesk", database=str(database))
    window = open_window(qtbot, windows, Catalogue.open(pg_server.url(str(database), role="frontdesk")))
    assert not window.edit_action.isEnabled() and not window.import_action.isEnabled()
    assert window.banner.isVisible()
    assert window.banner.text().startswith(f"This catalogue is read-only (database {database} on ")
    assert "the database role you log in as may read it, not change it" in window.banner.text()
    window.set_edit_mode(True)
    assert not window.edit_mode()
    window.set_language("ja")  # the reason survives a change of language
    assert f"database {database} on" in window.banner.text() and "read-only" not in window.banner.text()
    window.set_language("en")


def test_an_unreachable_server_opens_the_local_copy_read_only_saying_how_old(
    qtbot, windows, pg_url: str, tmp_path: Path
) -> None:
    from dermacounsel.storage.engines import parse_location
    from dermacounsel.storage.server import local_copy_path

    gone = f"postgresql+psycopg://desk@/catalogue?host={tmp_path}"  # no server answers there
    local, _ = sync(pg_url, local_copy_path(parse_location(gone)))  # the copy made while it could be reached
    os.utime(local, (local.stat().st_atime, local.stat().st_mtime - 5 * 3600))
    catalogue = Catalogue.open(gone, offline_copy=True)
    window = open_window(qtbot, windows, catalogue)
    text = window.banner.text()
    assert window.banner.isVisible() and not window.edit_action.isEnabled()
    assert text.startswith(f"Offline: database catalogue on {tmp_path}: cannot connect (")
    assert "brought from the server 5 hours ago" in text and "\n" not in text
    assert window.sync_action.isVisible()


def test_an_unreachable_server_without_a_local_copy_is_one_message_naming_the_host(tmp_path: Path) -> None:
    gone = f"postgresql+psycopg://desk@/catalogue?host={tmp_path}"
    result = subprocess.run(
        [sys.executable, "-m", "dermacounsel", "--db", gone, "--terminate-after-init"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"dermacounsel: error: database catalogue on {tmp_path}: cannot connect (")
    assert "Traceback" not in result.stderr


def test_the_sync_menu_command_copies_the_server_to_this_computer(qtbot, windows, pg_url: str) -> None:
    from dermacounsel.services.catalogue import local_copy

    window = open_window(qtbot, windows, Catalogue.open(pg_url))
    assert window.sync_action.isVisible() and window.sync_action.isEnabled()
    assert window.sync_action in window.menuBar().actions()[0].menu().actions()
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: "Copied the server's catalogue" in window.statusBar().currentMessage(), timeout=10000)
    copy = local_copy(pg_url)
    assert str(copy) in window.statusBar().currentMessage()
    assert check_file(copy).ok
    with Catalogue.open(copy, read_only=True) as laptop:
        assert laptop.export_text() == windows[0][1].export_text()


def test_a_file_catalogue_offers_no_sync(qtbot, windows, database_path: Path) -> None:
    window = open_window(qtbot, windows, Catalogue.open(database_path))
    assert not window.sync_action.isVisible()


def test_the_catalogue_chosen_in_settings_is_opened_at_start(tmp_path: Path) -> None:
    """Settings' catalogue is what a plain `dermacounsel` opens: here a server that does not answer, so
    the start fails in one line naming it (and proves which catalogue it tried)."""
    from PySide6.QtCore import QSettings

    from dermacounsel.ui.settings import DATABASE_KEY

    gone = f"postgresql+psycopg://desk@/branch?host={tmp_path}"
    config = tmp_path / "config"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    env.pop("DERMACOUNSEL_DB", None)
    settings = QSettings(str(config / "DermaCounsel" / "DermaCounsel.conf"), QSettings.Format.IniFormat)
    settings.setValue(DATABASE_KEY, gone)
    settings.sync()
    result = subprocess.run(
        [sys.executable, "-m", "dermacounsel", "--terminate-after-init"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 1
    assert f"dermacounsel: error: database branch on {tmp_path}: cannot connect (" in result.stderr


def test_this_desks_own_edit_is_not_reported_as_made_elsewhere(qtbot, windows, location: str) -> None:
    window = open_window(qtbot, windows, Catalogue.open(location), watch=True)
    window.set_edit_mode(True)
    editor = window.current_view()
    qtbot.wait(300)
    editor.ratings.choose("EGF", "angiogenesis", 3)
    qtbot.waitUntil(lambda: "Rating of EGF on angiogenesis changed." in editor.status.text(), timeout=5000)
    qtbot.wait(2600)  # more than one look at the catalogue
    assert "changed elsewhere" not in window.statusBar().currentMessage()
    assert editor.ratings.grid.currentIndex().row() == editor.ratings.factors.index("EGF")
    rename(location, "rejuran", "REJURAN S")  # and a change made elsewhere afterwards is still seen
    qtbot.waitUntil(lambda: "changed elsewhere" in window.statusBar().currentMessage(), timeout=3500)
