"""Background work in the app: the progress bar follows what the work reports, and the result or the
error comes back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from dermacounsel.domain.progress import Progress
from dermacounsel.ui.jobs import STEPS, run_job


def test_the_progress_bar_shows_how_far_the_work_is_and_what_it_is_doing(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    halfway, finish = threading.Event(), threading.Event()
    results: list[object] = []

    def work(progress: Progress) -> str:
        progress.part(0.5, 1.0)(0.5, "progress_writing_records", done=5_000, count=10_000)
        halfway.set()
        finish.wait(10)
        return "written"

    job = run_job(parent, "Importing clinic.json…", work).success(results.append)
    qtbot.waitUntil(lambda: job.progress.value() == round(0.75 * STEPS), timeout=5_000)
    qtbot.waitUntil(job.progress.isVisible, timeout=5_000)  # shown once the work takes a while
    assert job.progress.maximum() == STEPS  # a bar that fills, not a busy indicator
    assert job.progress.labelText() == "Importing clinic.json…\nWriting the products: 5,000 of 10,000 records…"
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


def test_cancel_stops_the_work_at_its_next_report_and_writes_nothing(qtbot, database, tmp_path) -> None:
    """The 'Checking…' dialog of a 63 MiB file had no way out; a cancelled import is rolled back."""
    import json

    from dermacounsel import paths
    from dermacounsel.storage.catalogue_db import read_catalogue_document
    from dermacounsel.storage.catalogue_import import import_catalogue

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    data = json.loads(paths.seed_catalogue_path().read_text(encoding="utf-8"))
    data["products"].append({"name": "Never Written", "components": [{"kind": "other", "name": "Water"}],
                             "source": "article"})  # fmt: skip
    clinic = tmp_path / "clinic.json"
    clinic.write_text(json.dumps(data), encoding="utf-8")
    writing, results, errors = threading.Event(), [], []

    def work(progress: Progress) -> object:
        def report(done: float, doing: str) -> None:
            if "Writing" in doing or "Clearing" in doing:
                writing.set()
                assert cancelled.wait(10)
            progress.tell(done, doing)

        return import_catalogue(database, clinic, replace=True, progress=Progress(report))

    job = run_job(parent, "Importing clinic.json…", work).success(results.append).failure(errors.append)
    cancelled = job.cancelled
    qtbot.waitUntil(job.progress.isVisible, timeout=5_000)
    assert writing.wait(10)
    (cancel,) = [button for button in job.progress.findChildren(QPushButton) if button.text() == "Cancel"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert results == [] and errors == []
    with database.reading() as session:
        assert "Never Written" not in [p.name["en"] for p in read_catalogue_document(session).products]


def test_quick_work_leaves_no_progress_window_over_what_comes_next(qtbot) -> None:
    """Work done within the dialog's delay, then a report shown at once (the import's check): Qt's own
    show-after-a-delay timer must not bring the 100 % window up over the report later."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[bool] = []

    def work(progress: Progress) -> str:
        progress(0.0, "progress_reading_file")
        progress(1.0, "progress_compared")
        return "plan"

    def report(_plan: object) -> None:  # like ImportConfirmation.ask: a modal dialog read for a while
        for _ in range(5):
            qtbot.wait(100)
            seen.append(any(dialog.isVisible() for dialog in parent.findChildren(QProgressDialog)))

    run_job(parent, "Checking clinic.json…", work).success(report)
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=5_000)
    assert seen == [False] * 5
