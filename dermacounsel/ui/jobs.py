"""Slow work off the GUI thread, with a progress dialog, reporting back on the GUI thread.

Like Anki's CollectionOp: `run_job(parent, label, work).success(callback)`. `work` runs on a worker
thread and must not touch widgets; `success` and `failure` run on the GUI thread with its result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

#: Show the progress dialog only for work that takes longer than this (milliseconds).
SHOW_AFTER_MS = 150


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the user on the GUI thread, never as a traceback
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class Job(QObject):
    """One piece of background work; chain `.success(...)` and `.failure(...)` before it finishes."""

    def __init__(self, parent: QWidget, label: str, work: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._on_failure: Callable[[Exception], None] | None = None
        self.done = False
        self.progress = QProgressDialog(label, "", 0, 0, parent)
        self.progress.setWindowTitle("DermaCounsel")
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.reset()
        self._signals = _Signals()
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        QTimer.singleShot(SHOW_AFTER_MS, self._show_progress)
        QThreadPool.globalInstance().start(_Runnable(work, self._signals))

    def _show_progress(self) -> None:
        if not self.done:
            self.progress.show()

    def success(self, callback: Callable[[Any], None]) -> Job:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Job:
        self._on_failure = callback
        return self

    def _close(self) -> None:
        self.done = True
        self.progress.hide()
        self.progress.deleteLater()

    def _finished(self, result: Any) -> None:
        self._close()
        self._on_success(result)

    def _failed(self, error: Exception) -> None:
        self._close()
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            raise error


def run_job(parent: QWidget, label: str, work: Callable[[], Any]) -> Job:
    """Start `work` on a worker thread, showing `label` in a progress dialog if it takes a while."""
    return Job(parent, label, work)
