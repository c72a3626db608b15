"""Qt's file dialogs, without the record of folders they leave behind.

Qt's own dialog writes the folders it visited (`history`, `lastVisited`) into QtProject.conf in the user's
settings. A PDF saved into a per-patient folder would leave that folder's name, which can identify the
patient, so both are removed as soon as a dialog closes; the app itself starts a dialog from the folder
the user last chose only within a session.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

#: The QtProject.conf keys that name folders.
FOLDER_KEYS = ("FileDialog/history", "FileDialog/lastVisited")


def forget_folders() -> None:
    """Remove the folders Qt's file dialog recorded in QtProject.conf."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in FOLDER_KEYS:
        settings.remove(key)
    settings.sync()


def save_file_name(parent: QWidget | None, caption: str, suggested: str, filters: str) -> tuple[str, str]:
    """QFileDialog.getSaveFileName, then forget_folders."""
    try:
        return QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    finally:
        forget_folders()


def open_file_name(parent: QWidget | None, caption: str, folder: str, filters: str) -> tuple[str, str]:
    """QFileDialog.getOpenFileName, then forget_folders."""
    try:
        return QFileDialog.getOpenFileName(parent, caption, folder, filters)
    finally:
        forget_folders()
