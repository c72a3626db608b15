"""Noticing changes made elsewhere: every two seconds the catalogue's change mark (one cheap query) is read
off the GUI thread and compared with the last one; when it differs, `changed` is emitted on the GUI
thread. Works alike for a server shared by a chain and for an SQLite file two desks open.

Polling was chosen over PostgreSQL's LISTEN/NOTIFY: it needs no trigger in the schema, works on SQLite
files too, and sees imports and restores made by any tool, at the cost of one small query per interval.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

if TYPE_CHECKING:
    from dermacounsel.services.catalogue import Catalogue

#: How often the catalogue is looked at (milliseconds): a change elsewhere shows within about this long.
INTERVAL_MS = 2000


class _Signals(QObject):
    read = Signal(int, object)  # which look, and the change mark or the DatabaseError that stopped it


class _Read(QRunnable):
    def __init__(self, catalogue: Catalogue, signals: _Signals, look: int) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.signals = signals
        self.look = look

    def run(self) -> None:
        from dermacounsel.services.catalogue import DatabaseError

        try:
            mark: object = self.catalogue.change_mark()
        except DatabaseError as error:
            mark = error
        self.signals.read.emit(self.look, mark)


class ChangeWatcher(QObject):
    """Watches one open catalogue for changes made by anyone.

    Signals:
        changed(): the catalogue is not what it was at the last look.
        unreachable(str): it could not be read (one line naming the server, in the interface's language);
            emitted once per outage.
        reachable(): it can be read again after an outage.
    """

    changed = Signal()
    unreachable = Signal(str)
    reachable = Signal()

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self._mark: object = None
        self._busy = False
        self._looks = 0  # looks started so far
        self._own_from: int | None = None  # the first look that may show this client's own change
        self._again = False  # a look was asked for while one was running
        self._failing = False
        self._signals = _Signals()
        self._signals.read.connect(self._compare)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.look)

    def start(self) -> None:
        """Take the catalogue as it is now as the baseline, then look at it every interval."""
        self._mark = None
        self.look()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def own_change(self) -> None:
        """This client changed the catalogue (an edit, an import, a restore; written and committed by now):
        the next look takes it as the baseline instead of reporting it as made elsewhere. A look already
        running may predate it, so only a look started from now on is taken; a change another desk made
        in the few milliseconds before that look is taken with it (and shown with the next change)."""
        self._own_from = self._looks + 1
        if self._busy:
            self._again = True
        else:
            self.look()

    def look(self) -> None:
        """Read the change mark once, off the GUI thread (a slow server never freezes the window)."""
        if self._busy:
            return
        self._busy = True
        self._looks += 1
        QThreadPool.globalInstance().start(_Read(self.catalogue, self._signals, self._looks))

    def _compare(self, look: int, mark: object) -> None:
        self._busy = False
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.look)
        if isinstance(mark, Exception):
            if not self._failing:
                self._failing = True
                from dermacounsel.ui.language import error_text

                self.unreachable.emit(error_text(mark))  # in the interface's language (Qt's str drops a Said)
            return
        if self._failing:
            self._failing = False
            self.reachable.emit()
        previous, self._mark = self._mark, mark
        if self._own_from is not None and look >= self._own_from:
            self._own_from = None  # this client's own change: the new baseline
            return
        if previous is not None and previous != mark and self.timer.isActive():
            self.changed.emit()
