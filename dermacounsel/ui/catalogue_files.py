"""Import, export and backups from the app: file choices, a report before anything changes, the work
off the GUI thread with progress, and a Backups dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.services.catalogue import Catalogue, DatabaseError
from dermacounsel.ui.file_dialogs import open_file_name, save_file_name
from dermacounsel.ui.jobs import run_job
from dermacounsel.ui.language import error_text, system_reason
from dermacounsel.ui.plain_text import literal, plain_label

if TYPE_CHECKING:
    from dermacounsel.services.catalogue import Backup, ImportPlan


class FileChoice:
    """Asks for files to read and write; tests replace these."""

    @classmethod
    def open(cls, parent: QWidget) -> Path | None:
        path, _ = open_file_name(
            parent,
            QCoreApplication.translate("catalogue_files", "Import catalogue"),
            "",
            QCoreApplication.translate("catalogue_files", "Catalogue (*.json)"),
        )
        return Path(path) if path else None

    @classmethod
    def save(cls, parent: QWidget, suggested: str) -> Path | None:
        path, _ = save_file_name(
            parent,
            QCoreApplication.translate("catalogue_files", "Export catalogue"),
            suggested,
            QCoreApplication.translate("catalogue_files", "Catalogue (*.json)"),
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".json" else chosen.with_suffix(".json")


#: entries named per line (added, changed, removed) before an import; the rest are counted
NAMES_SHOWN = 30


class ImportConfirmation(QDialog):
    """Shows what an import would change (from a dry run) and asks whether to go ahead, merging or
    replacing."""

    def __init__(self, path: Path, merge_lines: list[str], replace_lines: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("catalogue_files", "Import catalogue"))
        self.merge = QRadioButton(
            QCoreApplication.translate("catalogue_files", "Merge: add new entries and update those with the same name")
        )
        self.replace = QRadioButton(
            QCoreApplication.translate("catalogue_files", "Replace the whole catalogue with the file")
        )
        self.merge.setChecked(True)
        self.detail = plain_label()  # entry names from the file, shown as written
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail_area = QScrollArea()  # a long list scrolls instead of pushing the buttons off the screen
        detail_area.setWidget(self.detail)
        detail_area.setWidgetResizable(True)
        detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.merge_text = "\n".join(merge_lines)
        self.replace_text = "\n".join(replace_lines)
        self.merge.toggled.connect(self._show)
        self._show()
        note = QLabel(
            QCoreApplication.translate(
                "catalogue_files",
                "A backup of the current catalogue is made first; nothing is written if the file has a problem.",
            )
        )
        note.setObjectName("footnote")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("catalogue_files", "Import")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(str(path)))
        layout.addWidget(self.merge)
        layout.addWidget(self.replace)
        layout.addWidget(detail_area, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def _show(self) -> None:
        self.detail.setText(self.merge_text if self.merge.isChecked() else self.replace_text)

    @classmethod
    def ask(cls, path: Path, merge_lines: list[str], replace_lines: list[str], parent: QWidget) -> bool | None:
        """True to replace, False to merge, None to cancel. Tests replace this."""
        dialog = cls(path, merge_lines, replace_lines, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.replace.isChecked()


def import_into(window: QWidget, catalogue: Catalogue, changed: Callable[[str], None]) -> None:
    """Choose a file; check it and work out what it would change (in the background, with progress);
    show that; then import it in the background after a backup. `changed(message)` is called once the
    catalogue has changed."""
    from dermacounsel.services.catalogue import CatalogueFileError  # pydantic: not loaded at start-up

    path = FileChoice.open(window)
    if path is None:
        return

    def refused(error: Exception) -> None:
        title = (
            QCoreApplication.translate("catalogue_files", "Import refused")
            if isinstance(error, CatalogueFileError | DatabaseError)
            else QCoreApplication.translate("catalogue_files", "Import failed")
        )
        said = error.phrase(catalogue.language) if isinstance(error, CatalogueFileError) else error_text(error)
        QMessageBox.warning(
            window,
            title,
            literal(
                QCoreApplication.translate("catalogue_files", "Nothing was changed.\n\n{error}").format(error=said)
            ),
        )

    def confirm(plan: ImportPlan) -> None:
        replace = ImportConfirmation.ask(
            path,
            plan.outcome(False)[1].lines(NAMES_SHOWN, catalogue.language),
            plan.replaced.lines(NAMES_SHOWN, catalogue.language),
            window,
        )
        if replace is None:
            return

        def done(report: Any) -> None:
            changed(
                QCoreApplication.translate("catalogue_files", "Imported {path}: {summary}").format(
                    path=path.name, summary=report.summary(catalogue.language)
                )
            )

        run_job(
            window,
            QCoreApplication.translate("catalogue_files", "Importing {name}…").format(name=path.name),
            lambda progress: catalogue.apply_import(plan, replace, progress),
        ).success(done).failure(refused)

    run_job(
        window,
        QCoreApplication.translate("catalogue_files", "Checking {name}…").format(name=path.name),
        lambda progress: catalogue.plan_import(path, progress=progress),
    ).success(confirm).failure(refused)


def export_from(window: QMainWindow, catalogue: Catalogue) -> None:
    path = FileChoice.save(window, "catalogue.json")
    if path is None:
        return

    def failed(error: Exception) -> None:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("catalogue_files", "Export failed"),
            literal(
                error_text(error)  # names the file itself
                if isinstance(error, DatabaseError)
                else f"{path}: {system_reason(error)}"
            ),
        )

    run_job(
        window,
        QCoreApplication.translate("catalogue_files", "Exporting the catalogue…"),
        lambda progress: catalogue.export(path, progress),
    ).success(
        lambda written: window.statusBar().showMessage(
            QCoreApplication.translate("catalogue_files", "Exported the catalogue to {path}").format(path=written), 8000
        )
    ).failure(failed)


class ConfirmRestore:
    """Asks before a backup replaces the catalogue; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, when: str) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("catalogue_files", "Restore backup?"),
            QCoreApplication.translate(
                "catalogue_files",
                "Replace the catalogue with the backup from {when}? The current catalogue is backed up first.",
            ).format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


def taken_when(moment: datetime, language: str | None = None) -> str:
    """When a backup was taken, as the interface's language writes it: 2026年12月2日 14:05, or
    2 December 2026, 14:05 (English month names whatever the system's locale; a Japanese screen once
    read "02 Dec 2026")."""
    from dermacounsel.reports.common import printed_date
    from dermacounsel.ui.language import current_language

    language = language or current_language()
    day = printed_date(moment.date(), language)
    return f"{day} {moment:%H:%M}" if language == "ja" else f"{day}, {moment:%H:%M}"


class BackupsDialog(QDialog):
    """The verified backups of the catalogue, newest first, with Back up now and Restore."""

    def __init__(self, window: QWidget, catalogue: Catalogue, restored: Callable[[], None]) -> None:
        super().__init__(window)
        self.catalogue = catalogue
        self.restored = restored
        self.setWindowTitle(QCoreApplication.translate("catalogue_files", "Backups"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("catalogue_files", "Taken"),
                QCoreApplication.translate("catalogue_files", "Why"),
                QCoreApplication.translate("catalogue_files", "Size"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status = plain_label()  # it quotes paths and error messages
        self.status.setWordWrap(True)
        self.empty = QLabel(
            QCoreApplication.translate(
                "catalogue_files",
                "No backups yet. One is made before every import, restore and upgrade, after a session with "
                "changes, and when you press Back up now.",
            )
        )
        self.empty.setObjectName("footnote")
        self.empty.setWordWrap(True)
        back_up = QPushButton(QCoreApplication.translate("catalogue_files", "Back up now"))
        self.restore_button = QPushButton(QCoreApplication.translate("catalogue_files", "Restore…"))
        back_up.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore)
        back_up.setEnabled(not catalogue.read_only)
        self.restore_button.setEnabled(not catalogue.read_only)
        close = QPushButton(QCoreApplication.translate("catalogue_files", "Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(back_up)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        kept = QLabel(
            QCoreApplication.translate(
                "catalogue_files",
                "Kept: the last three backups, and the newest of each of the last 12 days, 10 weeks and 9 "
                "months. So a day's older backups beyond the last three are deleted as new ones are made.",
            )
        )
        kept.setWordWrap(True)
        layout.addWidget(kept)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.resize(620, 420)
        self.reload()

    WHY = {
        "manual": QT_TRANSLATE_NOOP("catalogue_files", "Backed up by hand"),
        "before-import": QT_TRANSLATE_NOOP("catalogue_files", "Before an import"),
        "before-restore": QT_TRANSLATE_NOOP("catalogue_files", "Before a restore"),
        "before-upgrade": QT_TRANSLATE_NOOP("catalogue_files", "Before an upgrade"),
        "session": QT_TRANSLATE_NOOP("catalogue_files", "After a session with changes"),
    }

    def reload(self) -> None:
        self.backups = self.catalogue.backups()
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = (
                taken_when(backup.taken_at),
                QCoreApplication.translate("catalogue_files", self.WHY.get(backup.reason, backup.reason)),
                f"{backup.size / 1024:.0f} KB",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty.setVisible(not self.backups)  # an empty table says why it is empty
        if self.backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.backups) and not self.catalogue.read_only)

    def back_up(self) -> None:
        try:
            backup = self.catalogue.back_up()
        except DatabaseError as error:
            self.status.setText(error_text(error))
            return
        self.status.setText(
            QCoreApplication.translate("catalogue_files", "Backed up to {path}").format(path=backup.path)
        )
        self.reload()

    def restore(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.backups):
            return
        backup = self.backups[row]
        if not ConfirmRestore.ask(self, taken_when(backup.taken_at)):
            return
        try:
            self.catalogue.restore(backup.path)
        except DatabaseError as error:
            self.status.setText(error_text(error))
            return
        self.restored()
        self.status.setText(
            QCoreApplication.translate("catalogue_files", "Restored the backup from {when}.").format(
                when=taken_when(backup.taken_at)
            )
        )
        self.reload()


class RecoveryDialog:
    """Offered at start when the catalogue file is damaged: the newest verified backup, a fresh
    catalogue, or quitting. Tests replace `ask`."""

    BACKUP, FRESH = "backup", "fresh"

    @classmethod
    def ask(cls, damaged: Path, moved_to: Path, backup_taken: str | None) -> str | None:
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a path
        box.setWindowTitle(QCoreApplication.translate("catalogue_files", "The catalogue is damaged"))
        box.setText(
            QCoreApplication.translate(
                "catalogue_files",
                "The catalogue file {path} is damaged, so DermaCounsel will not open it as it is. It has "
                "been moved aside to {moved}.",
            ).format(path=damaged, moved=moved_to.name)
        )
        restore = None
        if backup_taken is not None:
            restore = box.addButton(
                QCoreApplication.translate("catalogue_files", "Restore the backup from {when}").format(
                    when=backup_taken
                ),
                QMessageBox.ButtonRole.AcceptRole,
            )
        fresh = box.addButton(
            QCoreApplication.translate("catalogue_files", "Start a fresh catalogue"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QCoreApplication.translate("catalogue_files", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore:
            return cls.BACKUP
        if clicked is fresh:
            return cls.FRESH
        return None


def choose_recovery(damaged: Path, moved_to: Path, newest: Backup | None) -> str | None:
    """What the catalogue service asks when the catalogue file is damaged (see services.catalogue.
    recover_if_damaged): the user's choice, or None (quit) when there is no screen to ask on."""
    if QGuiApplication.platformName() in {"offscreen", "minimal"}:
        return None  # nobody to ask; `dermacounsel restore` or a restart with a screen will
    taken = newest.taken_at.strftime("%d %B %Y, %H:%M") if newest else None
    return RecoveryDialog.ask(damaged, moved_to, taken)
