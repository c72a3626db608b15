"""Printing any printable document (the comparer's comparison sheet, the counselling view's consultation
summary): the options asked for each printout, Qt's print preview, and the PDF export, each dialog titled
by the document it prints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.reports import pages
from dermacounsel.ui.file_dialogs import save_file_name
from dermacounsel.ui.language import system_reason
from dermacounsel.ui.settings import PAPERS, ClinicSettings


class Printable(Protocol):
    """A document a view prints, one printout at a time: the patient's name is asked for each printout,
    put on its pages and never stored."""

    @property
    def title(self) -> str:
        """The document's name as the dialogs' titles use it, translated: "consultation summary"."""
        ...

    @property
    def suggested_name(self) -> str:
        """The file name the PDF export suggests: "consultation-summary.pdf"."""
        ...

    def printout(self, patient: str) -> pages.Printout:
        """The document composed for `patient` ("" for none) and laid out for printing (painted on the
        preview's printer, or written as a PDF)."""
        ...


@dataclass(frozen=True)
class PrintableDocument:
    """A `Printable` from its parts, as a view describes what it prints.

    Attributes:
        compose: the printout for a patient's name.
    """

    title: str
    suggested_name: str
    compose: Callable[[str], pages.Printout]

    def printout(self, patient: str) -> pages.Printout:
        return self.compose(patient)


class PrintOptionsDialog(QDialog):
    """Asks, for one printout, the patient's name (optional, never stored) and the paper."""

    def __init__(self, paper: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.patient = QLineEdit()
        self.patient.setPlaceholderText(self.tr("Optional; used for this printout only"))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(PAPERS.index(paper))
        note = QLabel(self.tr("The name is printed on the pages and is not saved anywhere."))
        note.setObjectName("footnote")
        form = QFormLayout()
        form.addRow(self.tr("Patient's name"), self.patient)
        form.addRow(self.tr("Paper"), self.paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, paper: str, title: str, parent: QWidget | None = None) -> tuple[str, str] | None:
        """(patient, paper) for this printout, or None if cancelled. Tests replace this."""
        dialog = cls(paper, title, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        from dermacounsel import app_log  # a name typed for a printout never reaches the log

        app_log.keep_out_of_log(dialog.patient.text())
        return dialog.patient.text().strip(), str(dialog.paper.currentData())


class PrintPreview:
    """Qt's print preview of a printout, from which the user prints; tests replace `open`."""

    @classmethod
    def open(cls, printer: QPrinter, paint: Callable[[QPrinter], int], parent: QWidget, title: str) -> None:
        preview = QPrintPreviewDialog(printer, parent)
        preview.setWindowTitle(title)
        preview.paintRequested.connect(paint)
        from dermacounsel.ui.screen_fit import screen_share

        # a page and its toolbar at a readable size, never taller than the screen (980×860 was, at 768)
        screen_share(preview, 0.9, 0.92, QSize(1000, 1100))
        preview.exec()


class ExportPdfDialog:
    """Asks where to write the PDF; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, suggested: str, title: str) -> Path | None:
        path, _ = save_file_name(
            parent, title, suggested, QCoreApplication.translate("printing", "PDF document (*.pdf)")
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_suffix(".pdf")


def print_preview(parent: QWidget, document: Printable) -> None:
    """Ask for this printout's options, then show the document in Qt's print preview on that paper."""
    options = PrintOptionsDialog.ask(
        ClinicSettings.load().paper,
        QCoreApplication.translate("printing", "Print the {document}").format(document=document.title),
        parent,
    )
    if options is None:
        return
    patient, paper = options
    printout = document.printout(patient)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(pages.page_layout(paper))
    PrintPreview.open(
        printer,
        printout.paint_pages,
        parent,
        QCoreApplication.translate("printing", "Print preview: {document}").format(document=document.title),
    )


def export_pdf(parent: QWidget, document: Printable) -> str | None:
    """Ask for this printout's options and a file, then write the document there as a PDF.

    Returns the line to show the user, or None if they cancelled. A failure to write is shown in a
    warning naming the file."""
    title = QCoreApplication.translate("printing", "Export the {document} as PDF").format(document=document.title)
    options = PrintOptionsDialog.ask(ClinicSettings.load().paper, title, parent)
    if options is None:
        return None
    patient, paper = options
    path = ExportPdfDialog.ask(parent, document.suggested_name, title)
    if path is None:
        return None
    try:
        count = document.printout(patient).write_pdf(paper, path)
    except OSError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("printing", "PDF not written"), f"{path}: {system_reason(error)}"
        )
        return None
    return QCoreApplication.translate("printing", "Wrote {pages} page(s) to {path}").format(pages=count, path=path)
