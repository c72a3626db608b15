"""A second launch on an open catalogue brings the open window forward, over a local socket only."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dermacounsel.ui import single_instance
from dermacounsel.ui.app import make_application
from dermacounsel.ui.single_instance import InstanceServer, ask_running_instance, server_name

ASK = (
    "import sys\nfrom pathlib import Path\nfrom PySide6.QtCore import QCoreApplication\n"
    "from dermacounsel.ui.single_instance import ask_running_instance\n"
    "app = QCoreApplication([])\nprint(ask_running_instance(Path(sys.argv[1])))\n"
)


def test_a_later_launch_raises_the_minimised_window(qtbot, tmp_path: Path) -> None:
    make_application()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.setWindowState(Qt.WindowState.WindowMinimized)
    database = tmp_path / "catalogue.sqlite3"
    server = InstanceServer(database, window)
    assert server.listening
    with qtbot.waitSignal(server.shown, timeout=20000):
        other = subprocess.Popen(
            [sys.executable, "-c", ASK, str(database)], stdout=subprocess.PIPE, text=True, env={**os.environ}
        )
    out, _ = other.communicate(timeout=30)
    assert out.strip() == "True"
    assert not window.isMinimized() and window.isVisible()


def test_without_a_running_app_the_question_fails_at_once(qtbot, tmp_path: Path) -> None:
    make_application()
    start = time.monotonic()
    assert ask_running_instance(tmp_path / "nobody.sqlite3") is False
    assert time.monotonic() - start < 2


def test_names_differ_per_catalogue_and_fit_a_unix_socket_path(tmp_path: Path) -> None:
    first, second = server_name(tmp_path / "a.sqlite3"), server_name(tmp_path / "b.sqlite3")
    assert first != second and first == server_name(tmp_path / "a.sqlite3")
    assert len(first) < 50


def test_the_guard_uses_no_network_socket() -> None:
    source = Path(single_instance.__file__).read_text(encoding="utf-8")
    for network in ("QTcpServer", "QTcpSocket", "QUdpSocket", "QHostAddress", "import socket"):
        assert network not in source


def test_the_already_open_message_speaks_the_interfaces_language(qtbot, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """A second launch whose first instance does not answer says so in one line: in Japanese on a Japanese
    screen (the dialog), in English on stderr (the log's language)."""
    from PySide6.QtCore import QLockFile

    from dermacounsel.ui import app, language

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        app.ErrorDialog, "show", classmethod(lambda _cls, _parent, title, text: shown.append((title, text)))
    )
    monkeypatch.setattr(app, "quiet_qt_noise", lambda: None)  # pytest-qt's message handler stays
    database = tmp_path / "catalogue.sqlite3"
    held = QLockFile(str(database) + ".lock")  # another instance holds the catalogue, and answers nothing
    assert held.tryLock(0)
    language.choose_for_this_run("ja")
    try:
        assert app.run(database) == 1
    finally:
        language._for_this_run.clear()
        language.install_translators("en")
        held.unlock()
    assert shown == [("すでに開いています", f"{database}：このカタログはすでに DermaCounsel で開いています")]
    assert f"{database}: DermaCounsel is already open with this catalogue" in capsys.readouterr().err


def test_an_errors_own_japanese_phrasing_is_what_the_interface_shows(qapp) -> None:  # type: ignore[no-untyped-def]
    from dermacounsel.domain.phrasing import Said
    from dermacounsel.services.catalogue import CatalogueFileError
    from dermacounsel.ui import language

    error = CatalogueFileError("clinic.json", None, Said("file_not_object"))
    language.install_translators("ja")
    try:
        assert language.error_text(error) == error.phrase("ja") != str(error)
    finally:
        language.install_translators("en")
    assert language.error_text(error) == str(error)
    assert language.error_text(OSError("disk full")) == "disk full"
