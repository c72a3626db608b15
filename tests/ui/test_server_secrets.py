"""A server's password never reaches QSettings or the log (issue 17): the Settings dialog refuses a URL
with a password when there is no keyring to take it, libpq's ~/.pgpass supplies it instead, and with the
optional keyring package the password moves into the system keyring and is read back from there. Against
a real PostgreSQL server whose role must log in with a password."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from dermacounsel.services.catalogue import Catalogue, DatabaseError
from dermacounsel.ui.app import make_application
from dermacounsel.ui.settings import ClinicSettings, SettingsDialog, chosen_database

PASSWORD = "Gz7-desk-s3cret"


@pytest.fixture
def desk_url(pg_server, pg_url: str) -> tuple[str, str]:
    """(URL without password, URL with it) of a catalogue the role `desk` must log in to with a password."""
    from sqlalchemy import make_url

    database = str(make_url(pg_url).database)
    pg_server.require_password("desk", PASSWORD)
    pg_server.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO desk", database=database)
    bare = pg_server.url(database, role="desk")
    return bare, bare.replace("desk@", f"desk:{PASSWORD}@")


def settings_file() -> Path:
    make_application()
    return Path(QSettings().fileName())


def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    from dermacounsel.storage import secrets

    monkeypatch.setattr(secrets, "_keyring", lambda: None)


def test_the_server_needs_the_password(desk_url: tuple[str, str], monkeypatch) -> None:
    no_keyring(monkeypatch)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    with pytest.raises(DatabaseError, match="no password supplied|password authentication failed"):
        Catalogue.open(desk_url[0])
    with Catalogue.open(desk_url[1]) as catalogue:  # given in the URL (as --db may), it works
        assert catalogue.read_only and catalogue.counts()["products"] == 5


def test_settings_refuse_a_password_when_no_keyring_can_take_it(qtbot, desk_url, monkeypatch) -> None:
    no_keyring(monkeypatch)
    make_application()
    dialog = SettingsDialog(ClinicSettings(), [])
    qtbot.addWidget(dialog)
    dialog.database.setText(desk_url[1])
    assert "A password is never kept in the settings" in dialog.database_error.text()
    assert "~/.pgpass" in dialog.database_error.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert PASSWORD not in dialog.database_error.text()
    dialog.database.setText(desk_url[0])
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    with pytest.raises(DatabaseError):
        ClinicSettings(name="Ginza", database=desk_url[1]).save()
    assert not settings_file().exists() or PASSWORD not in settings_file().read_text()
    ClinicSettings(name="Ginza", database=desk_url[0]).save()
    assert chosen_database() == desk_url[0]
    assert PASSWORD not in settings_file().read_text()


def test_pgpass_supplies_the_password_the_url_leaves_out(desk_url, tmp_path: Path, monkeypatch) -> None:
    no_keyring(monkeypatch)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:desk:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with Catalogue.open(desk_url[0]) as catalogue:
        assert catalogue.counts()["products"] == 5


def test_a_failure_with_a_password_in_the_url_never_writes_it_to_the_log(tmp_path: Path, capsys) -> None:
    from dermacounsel import app_log
    from dermacounsel.cli import main

    url = f"postgresql+psycopg://desk:{PASSWORD}@/catalogue?host={tmp_path}"
    assert main(["--db", url, "check"]) == 1
    err = capsys.readouterr().err
    assert "cannot connect" in err and PASSWORD not in err
    app_log.start()
    app_log.logger.error("unexpected error\nwhile opening %s", url)  # as a traceback would quote it
    for handler in app_log.logger.handlers:
        handler.flush()
    logged = app_log.log_path().read_text(encoding="utf-8")
    assert "desk:***@" in logged and PASSWORD not in logged


def test_the_keyring_keeps_the_password_and_the_app_reads_it_back(desk_url, monkeypatch) -> None:
    keyring = pytest.importorskip("keyring", reason="the optional keyring package is not installed")
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        """Stands in for the desktop's keyring (GNOME Keyring, KWallet...), which a test machine has not."""

        priority = 1  # type: ignore[assignment]
        stored: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.stored.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.stored[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.stored.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        monkeypatch.setenv("PGPASSFILE", "/nonexistent")
        ClinicSettings(database=desk_url[1]).save()
        kept = chosen_database()
        assert kept == desk_url[0] and PASSWORD not in settings_file().read_text()
        assert list(MemoryKeyring.stored.values()) == [PASSWORD]
        with Catalogue.open(kept) as catalogue:  # the password comes back from the keyring
            assert catalogue.counts()["products"] == 5
    finally:
        keyring.set_keyring(previous)
