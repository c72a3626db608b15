"""Slow work off the GUI thread, with a progress bar, reporting back on the GUI thread.

Like Anki's CollectionOp: `run_job(parent, label, work).success(callback)`. `work(progress)` runs on a
worker thread and must not touch widgets; what it reports through `progress` (a storage Progress: share
done, what it is doing) moves the bar and its text. `success` and `failure` run on the GUI thread.
The dialog's Cancel stops the work at its next report (progress.Cancelled, which rolls a transaction
back); then neither callback runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dermacounsel.domain.progress import Cancelled, Progress
from dermacounsel.ui.language import current_language
from dermacounsel.ui.plain_text import literal

#: Show the progress dialog only for work that takes longer than this (milliseconds).
SHOW_AFTER_MS = 150
#: The bar's steps: fine enough to move smoothly.
STEPS = 1000


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(float, str)  # emitted on the worker thread, delivered on the GUI thread


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, cancelled: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancelled = cancelled

    def report(self, done: float, doing: str) -> None:
        # the work stops at its next report once Cancel is pressed; a finished one (1.0) is not stopped
        if self.cancelled.is_set() and done < 1.0:
            raise Cancelled
        self.signals.progressed.emit(done, doing)

    def run(self) -> None:
        try:
            result = self.work(Progress(self.report, language=current_language()))
        except Exception as error:  # reported to the user on the GUI thread, never as a traceback
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class Job(QObject):
    """One piece of background work; chain `.success(...)` and `.failure(...)` before it finishes."""

    def __init__(self, parent: QWidget, label: str, work: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._on_failure: Callable[[Exception], None] | None = None
        self.done = False
        self.title = label
        self.progress = QProgressDialog(literal(label), "", 0, STEPS, parent)  # labels quote file names
        self.progress.setWindowTitle("DermaCounsel")
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.cancelled = threading.Event()
        self.progress.canceled.connect(self.cancelled.set)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoReset(False)  # a step reaching 100% is not the end of the work: _close is
        self.progress.setAutoClose(False)
        self.progress.reset()
        self._signals = _Signals()
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self._signals.progressed.connect(self._progressed)
        QTimer.singleShot(SHOW_AFTER_MS, self._show_progress)
        QThreadPool.globalInstance().start(_Runnable(work, self._signals, self.cancelled))

    def _show_progress(self) -> None:
        if not self.done:
            self.progress.show()

    def _progressed(self, done: float, doing: str) -> None:
        if self.done:
            return
        self.progress.setValue(round(done * STEPS))
        self.progress.setLabelText(literal(f"{self.title}\n{doing}"))

    def success(self, callback: Callable[[Any], None]) -> Job:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Job:
        self._on_failure = callback
        return self

    def _close(self) -> None:
        self.done = True
        # reset() stops the dialog's own show-after-a-delay timer: without it, work finished within the
        # delay left that timer running, and it brought the 100 % window up, modal, over whatever came next
        # (the import's report) while deleteLater waited for a nested dialog to end
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()

    def _finished(self, result: Any) -> None:
        self._close()
        self._on_success(result)

    def _failed(self, error: Exception) -> None:
        self._close()
        if isinstance(error, Cancelled):
            return  # what the user asked for; nothing was written
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            raise error


def run_job(parent: QWidget, label: str, work: Callable[[Progress], Any]) -> Job:
    """Start `work(progress)` on a worker thread, showing `label` and a progress bar if it takes a while."""
    return Job(parent, label, work)
