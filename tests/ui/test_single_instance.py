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
