"""Qt's file dialogs, without the record of folders they leave behind.

Qt's own dialog writes the folders it visited (`history`, `lastVisited`) into QtProject.conf in the user's
settings. A PDF saved into a per-patient folder would leave that folder's name, which can identify the
patient, so both are removed as soon as a dialog closes; the app itself starts a dialog from the folder
the user last chose only within a session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

#: The QtProject.conf keys that name folders.
FOLDER_KEYS = ("FileDialog/history", "FileDialog/lastVisited")


def forget_folders() -> None:
    """Remove the folders Qt's file dialog recorded in QtProject.conf."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in FOLDER_KEYS:
        settings.remove(key)
    settings.sync()


#: The folder the user last chose in this session (kept in memory only, never written anywhere).
_last_folder: Path | None = None


def starting_folder() -> Path:
    """Where a dialog opens: the folder last chosen in this session, else the user's Documents folder,
    else their home (never the process's working directory, which on a clinic laptop means nothing)."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _chosen(path: str) -> str:
    global _last_folder
    if path:
        _last_folder = Path(path).parent
    return path


def save_file_name(parent: QWidget | None, caption: str, suggested: str, filters: str) -> tuple[str, str]:
    """QFileDialog.getSaveFileName, starting in `starting_folder` when `suggested` is a bare file name,
    then forget_folders."""
    if suggested and Path(suggested).parent == Path("."):
        suggested = str(starting_folder() / suggested)
    try:
        path, chosen_filter = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
        return _chosen(path), chosen_filter
    finally:
        forget_folders()


def open_file_name(parent: QWidget | None, caption: str, folder: str, filters: str) -> tuple[str, str]:
    """QFileDialog.getOpenFileName, starting in `starting_folder` unless `folder` is given, then
    forget_folders."""
    try:
        path, chosen_filter = QFileDialog.getOpenFileName(parent, caption, folder or str(starting_folder()), filters)
        return _chosen(path), chosen_filter
    finally:
        forget_folders()
