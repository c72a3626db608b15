"""Background work in the app: the progress bar follows what the work reports, and the result or the
error comes back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog, QWidget

from dermacounsel.domain.progress import Progress
from dermacounsel.ui.jobs import STEPS, run_job


def test_the_progress_bar_shows_how_far_the_work_is_and_what_it_is_doing(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    halfway, finish = threading.Event(), threading.Event()
    results: list[object] = []

    def work(progress: Progress) -> str:
        progress.part(0.5, 1.0)(0.5, "Writing the products: 5,000 of 10,000 rows…")
        halfway.set()
        finish.wait(10)
        return "written"

    job = run_job(parent, "Importing clinic.json…", work).success(results.append)
    qtbot.waitUntil(lambda: job.progress.value() == round(0.75 * STEPS), timeout=5_000)
    qtbot.waitUntil(job.progress.isVisible, timeout=5_000)  # shown once the work takes a while
    assert job.progress.maximum() == STEPS  # a bar that fills, not a busy indicator
    assert job.progress.labelText() == "Importing clinic.json…\nWriting the products: 5,000 of 10,000 rows…"
    finish.set()
    qtbot.waitUntil(lambda: results == ["written"], timeout=5_000)
    assert not [dialog for dialog in parent.findChildren(QProgressDialog) if dialog.isVisible()]


def test_a_failure_comes_back_as_an_error_not_a_crash(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[Exception] = []

    def work(progress: Progress) -> None:
        raise OSError(28, "No space left on device")

    run_job(parent, "Exporting the catalogue…", work).failure(errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5_000)
    assert isinstance(errors[0], OSError) and errors[0].strerror == "No space left on device"
