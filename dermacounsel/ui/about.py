"""Help > About DermaCounsel: the version, what the app is, where its files are, and the third-party
components with their licences (the same list as `dermacounsel --licenses`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dermacounsel import __version__, app_log, licences
from dermacounsel.ui.identity import app_icon

COL_NAME, COL_VERSION, COL_LICENCE = range(3)


class AboutDialog(QDialog):
    """The About box, with a second tab listing the third-party licences.

    Attributes:
        tabs: "About" and "Licences".
        components: the table of components (name, version, licence), one row per `licences.COMPONENTS`.
        notice: the selected component's licence text, as plain text.
    """

    def __init__(self, parent: QWidget | None, database_path: Path | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About DermaCounsel"))
        self.resize(780, 560)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(database_path), self.tr("About"))
        self.tabs.addTab(self._licences_tab(), self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = QPushButton(self.tr("About Qt"))
        buttons.addButton(about_qt, QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _about_tab(self, database_path: Path | None) -> QWidget:
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(
            self.tr(
                "<h3>DermaCounsel {version}</h3>"
                "<p>A counselling aid for cosmetic dermatology clinics: growth factors, stem cell "
                "ingredients, exosomes, products and delivery procedures for dermapen formulations.</p>"
                "<p>Its reference catalogue comes from a Smart Skin Clinic article on dermapen "
                "solutions, with facial skin measurements from Chopra et al. (2015) and Iyengar et al. "
                "(2018). Every fact shows its source.</p>"
                "<p>Works offline; stores no patient data.</p>"
            ).format(version=__version__)
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        # Paths are data: shown as plain text, selectable for a support question.
        files = QLabel(
            self.tr("Catalogue file: {catalogue}\nLog folder: {log}").format(
                catalogue=database_path if database_path is not None else "—", log=app_log.log_dir()
            )
        )
        files.setTextFormat(Qt.TextFormat.PlainText)
        files.setWordWrap(True)
        files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lgpl = QLabel(
            self.tr(
                "DermaCounsel uses Qt and Qt for Python (PySide6) under the GNU Lesser General Public "
                "License version 3. They are kept as separate, replaceable files in the app's folder; the "
                "Licences tab has their notices and where to get their source code."
            )
        )
        lgpl.setWordWrap(True)
        column = QVBoxLayout()
        column.addWidget(text)
        column.addWidget(files)
        column.addWidget(lgpl)
        column.addStretch(1)
        page = QWidget()
        row = QHBoxLayout(page)
        row.addWidget(icon)
        row.addLayout(column, 1)
        return page

    def _licences_tab(self) -> QWidget:
        self.components = QTableWidget(len(licences.COMPONENTS), 3)
        self.components.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.components.setAccessibleName(self.tr("Third-party components"))
        self.components.verticalHeader().setVisible(False)
        self.components.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.components.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.components.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for row, component in enumerate(licences.COMPONENTS):
            for column, value in ((COL_NAME, component.name), (COL_VERSION, component.version() or "—")):
                self.components.setItem(row, column, QTableWidgetItem(value))
            self.components.setItem(row, COL_LICENCE, QTableWidgetItem(component.licence))
        self.components.resizeColumnsToContents()
        self.components.horizontalHeader().setStretchLastSection(True)
        self.notice = QPlainTextEdit()
        self.notice.setReadOnly(True)
        self.notice.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # the texts are wrapped already
        self.notice.setAccessibleName(self.tr("Licence text"))
        self.components.currentCellChanged.connect(lambda row, *_: self.show_notice(row))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.components, 2)
        layout.addWidget(self.notice, 3)
        self.components.setCurrentCell(0, 0)
        return page

    def show_notice(self, row: int) -> None:
        """Show the licence text and notices of the component in `row`."""
        if not 0 <= row < len(licences.COMPONENTS):
            return
        component = licences.COMPONENTS[row]
        try:
            text = component.notice_path().read_text(encoding="utf-8")
        except OSError:
            text = self.tr("The licence file {name} is missing from this installation.").format(name=component.notice)
        header = f"{component.name} — {component.licence}\n{component.note}\n{component.url}\n\n"
        self.notice.setPlainText(header + text)

    @classmethod
    def ask(cls, parent: QWidget | None, database_path: Path | None) -> None:
        """Show the dialog modally (tests replace this)."""
        cls(parent, database_path).exec()
