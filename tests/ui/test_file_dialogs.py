"""Qt's file dialog leaves no folder name behind: a PDF saved into a per-patient folder once left that
folder's name in QtProject.conf (`history=`, `lastVisited=`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from dermacounsel.ui.file_dialogs import open_file_name, save_file_name


def _accept_the_dialog_soon(choose: Path | None = None) -> None:
    def accept() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                if choose is None:
                    widget.accept()
                else:  # an open dialog: closed as accepted whether or not its list has loaded yet
                    widget.selectFile(str(choose))
                    widget.done(QFileDialog.DialogCode.Accepted)
                return
        QTimer.singleShot(50, accept)

    QTimer.singleShot(50, accept)


def recorded() -> str:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.sync()
    return " ".join(str(settings.value(key)) for key in settings.allKeys())


def test_saving_into_a_patients_folder_records_no_folder_name(qapp, tmp_path: Path) -> None:
    folder = tmp_path / "Jane-Doe-1961-04-02"  # Qt records it URL-encoded: no spaces, to find it
    folder.mkdir()
    (folder / "summary.pdf").write_bytes(b"%PDF-1.4\n")
    _accept_the_dialog_soon()
    chosen, _ = save_file_name(None, "Export PDF", str(folder / "sheet.pdf"), "PDF document (*.pdf)")
    assert chosen == str(folder / "sheet.pdf")
    _accept_the_dialog_soon(folder / "summary.pdf")
    open_file_name(None, "Import", str(folder), "PDF document (*.pdf)")
    assert "Jane-Doe" not in recorded()
    assert "Jane-Doe" not in Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName()).read_text()
