"""A second launch on a catalogue that is already open brings the open window forward instead of failing.

The running app listens on a local socket (QLocalServer: a Unix domain socket readable only by the same
user, or a named pipe on Windows), never a network one. Its name comes from the catalogue's path, so two
different catalogues can still be open side by side. The lock file (QLockFile) stays what decides who has
the catalogue; the socket only carries the request "show yourself".
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

REQUEST = b"show\n"
ANSWER = b"shown\n"


def server_name(database_path: Path) -> str:
    """The socket's name for this user and catalogue (short: Unix socket paths are limited to ~100 bytes)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    digest = hashlib.sha256(f"{user}\0{database_path.expanduser().absolute()}".encode()).hexdigest()
    return f"dermacounsel-{digest[:24]}"


def bring_forward(window: QWidget) -> None:
    """Un-minimise the window and ask the window system to raise and focus it."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


class InstanceServer(QObject):
    """Listens for later launches on the same catalogue and brings `window` forward for each.

    Signals:
        shown: a later launch asked, and the window was brought forward.
    """

    shown = Signal()

    def __init__(self, database_path: Path, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.name = server_name(database_path)
        # The caller holds the catalogue's lock, so a socket left under this name is a crashed run's.
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.listening = self.server.listen(self.name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._answer(c))
            connection.disconnected.connect(connection.deleteLater)

    def _answer(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(REQUEST.strip()):
            bring_forward(self.window)
            connection.write(ANSWER)
            connection.flush()
            self.shown.emit()
        connection.disconnectFromServer()


def ask_running_instance(database_path: Path, timeout_ms: int = 2000) -> bool:
    """Ask the app that has this catalogue open to show its window; True once it has said so."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(database_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(REQUEST)
    socket.waitForBytesWritten(timeout_ms)
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer == ANSWER
