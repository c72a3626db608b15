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


def test_dialogs_start_in_documents_then_in_the_folder_last_chosen(qapp, tmp_path: Path, monkeypatch) -> None:
    """Not the process's working directory (the review's "Save chart…"); the session's own choice after."""
    from dermacounsel.ui import file_dialogs

    monkeypatch.setattr(file_dialogs, "_last_folder", None)
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs.QStandardPaths, "writableLocation", staticmethod(lambda location: str(documents)))
    started: list[str] = []
    answers = iter([str(tmp_path / "handouts" / "chart.png"), ""])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (started.append(args[2]), (next(answers), ""))[1])
    )
    (tmp_path / "handouts").mkdir()
    assert save_file_name(None, "Save chart", "chart.png", "PNG (*.png)")[0] == str(tmp_path / "handouts" / "chart.png")
    save_file_name(None, "Save chart", "chart.png", "PNG (*.png)")  # cancelled: the choice stays
    assert started == [str(documents / "chart.png"), str(tmp_path / "handouts" / "chart.png")]
    assert "handouts" not in recorded()
