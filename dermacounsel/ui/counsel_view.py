"""The counselling view: the patient's concerns in order, and the growth factors, products, ingredients
and procedures that act on them, ranked and explained, with the printed consultation summary."""

from __future__ import annotations

from datetime import date
from html import escape
from urllib.parse import quote

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.domain.counselling import RULE, Ranked, Recommendations
from dermacounsel.reports import consultation_summary
from dermacounsel.storage import reference
from dermacounsel.storage.database import CatalogueDatabase
from dermacounsel.ui.compare_view import PrintOptionsDialog, PrintPreview, export_pdf_with_options
from dermacounsel.ui.plain_text import literal
from dermacounsel.ui.settings import ClinicSettings, logo_problem
from dermacounsel.ui.view_header import ViewHeader

PANEL_STYLE = """
a { color: #1f6f82; font-weight: 600; text-decoration: none; }
p.reason { color: #3c5260; margin: 0 0 0 14px; }
p.caution { color: #9b1c1c; font-weight: bold; margin: 0 0 0 14px; }
span.score { color: #2b7a8c; }
"""
SECTIONS = (
    ("products", "Formulations"),
    ("growth_factors", "Growth factors"),
    ("procedures", "Procedures"),
    ("ingredients", "Functional ingredients"),
)


class CounselView(QWidget):
    """Concerns on the left (ordered: the first matters most), ranked results on the right.

    Attributes:
        chosen: the patient's concerns, most important first; ▲ ▼ reorder, ✕ removes (or drag them).
        available: the concerns not chosen yet; double-click or Enter adds one.
        panels: one QTextBrowser per kind of result.

    Signals:
        navigate(str): a result was opened in its own view.
    """

    navigate = Signal(str)

    def __init__(self, database: CatalogueDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counselView")
        self.database = database
        with database.reading() as session:
            self.all_concerns = {c.key: c for c in reference.concerns(session)}
        self.result: Recommendations | None = None

        header = ViewHeader(self.tr("Counselling"))
        self.print_button = QPushButton(self.tr("Print summary…"))
        self.print_button.setObjectName("saveButton")
        self.print_button.setProperty("admin", True)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setObjectName("saveButton")
        self.pdf_button.setProperty("admin", True)
        header.row.addWidget(self.print_button)
        header.row.addWidget(self.pdf_button)

        self.chosen = QListWidget()
        self.chosen.setObjectName("choiceList")
        self.chosen.setAccessibleName(self.tr("The patient's concerns, most important first"))
        self.chosen.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.available = QListWidget()
        self.available.setObjectName("choiceList")
        self.available.setAccessibleName(self.tr("Concerns to add"))
        for listing in (self.chosen, self.available):
            listing.setWordWrap(True)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.up, self.down, self.remove = QPushButton("▲"), QPushButton("▼"), QPushButton("✕")
        for button, tip in (
            (self.up, self.tr("More important")),
            (self.down, self.tr("Less important")),
            (self.remove, self.tr("Remove")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setFixedWidth(44)
        buttons = QHBoxLayout()
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        title = QLabel(self.tr("The patient's concerns, most important first"))
        title.setObjectName("barCaption")
        title.setWordWrap(True)
        left.addWidget(title)
        left.addWidget(self.chosen, 2)
        left.addLayout(buttons)
        add_title = QLabel(self.tr("Add a concern (double-click)"))
        add_title.setObjectName("barCaption")
        left.addWidget(add_title)
        left.addWidget(self.available, 3)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setFixedWidth(300)

        self.rule = QLabel(self.tr("How they are ranked: {rule}").format(rule=RULE))
        self.rule.setObjectName("footnote")
        self.rule.setWordWrap(True)
        self.panels: dict[str, QTextBrowser] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, (key, title_text) in enumerate(SECTIONS):
            box = QVBoxLayout()
            label = QLabel(self.tr(title_text))
            label.setObjectName("barCaption")
            panel = QTextBrowser()
            panel.setObjectName("details")
            panel.setOpenLinks(False)
            panel.setAccessibleName(self.tr(title_text))
            panel.document().setDefaultStyleSheet(PANEL_STYLE)
            panel.anchorClicked.connect(self._follow)
            box.addWidget(label)
            box.addWidget(panel, 1)
            grid.addLayout(box, index // 2, index % 2)
            self.panels[key] = panel
        right = QVBoxLayout()
        right.addLayout(grid, 1)
        right.addWidget(self.rule)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(left_widget)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(header)
        layout.addLayout(body, 1)

        self.available.itemActivated.connect(lambda item: self.add_concern(item.data(Qt.ItemDataRole.UserRole)))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.remove.clicked.connect(self._remove_current)
        self.chosen.model().rowsMoved.connect(lambda *_: self.refresh())
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.export_pdf)
        QShortcut(
            QKeySequence.StandardKey.Print,
            self,
            self.print_preview,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.set_concerns([])

    # --- concerns -------------------------------------------------------------------------------------

    def concerns(self) -> list[str]:
        return [self.chosen.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.chosen.count())]

    def set_concerns(self, keys: list[str]) -> None:
        self.chosen.clear()
        for key in keys:
            item = QListWidgetItem(self.all_concerns[key].name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.chosen.addItem(item)
        self.refresh()

    def add_concern(self, key: str) -> None:
        if key not in self.concerns():
            self.set_concerns([*self.concerns(), key])
            self.chosen.setCurrentRow(self.chosen.count() - 1)

    def _move(self, step: int) -> None:
        row = self.chosen.currentRow()
        keys = self.concerns()
        if 0 <= row < len(keys) and 0 <= row + step < len(keys):
            keys[row], keys[row + step] = keys[row + step], keys[row]
            self.set_concerns(keys)
            self.chosen.setCurrentRow(row + step)

    def _remove_current(self) -> None:
        row = self.chosen.currentRow()
        keys = self.concerns()
        if 0 <= row < len(keys):
            del keys[row]
            self.set_concerns(keys)
            self.chosen.setCurrentRow(min(row, len(keys) - 1))

    # --- results --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.concerns()
        self.available.clear()
        for key, concern in self.all_concerns.items():
            if key not in chosen:
                item = QListWidgetItem(concern.name)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setToolTip(literal(concern.reason))
                self.available.addItem(item)
        self.print_button.setEnabled(bool(chosen))
        self.pdf_button.setEnabled(bool(chosen))
        if not chosen:
            self.result = None
            for panel in self.panels.values():
                panel.setHtml(
                    f"<p>{escape(self.tr('Add the patient’s concerns on the left to see what acts on them.'))}</p>"
                )
            return
        with self.database.reading() as session:
            self.result = reference.recommendations(session, chosen)
        for key, _title in SECTIONS:
            self.panels[key].setHtml(self._html(key, getattr(self.result, key)))

    def _target(self, kind: str, row: Ranked) -> str:
        if kind == "growth_factors":
            return f"growth-factors/factor/{row.key}"
        if kind == "products":
            return f"compare/product/{quote(row.key)}"
        if kind == "ingredients":
            return f"ingredients/functional/{row.key}"
        return f"explorer/procedure/{row.key}"

    def _html(self, kind: str, rows: tuple[Ranked, ...]) -> str:
        if not rows:
            return f"<p>{escape(self.tr('Nothing in the catalogue acts on these concerns.'))}</p>"
        parts = []
        if kind == "products" and len(rows) >= 2:
            names = "|".join(quote(row.key) for row in rows[:3])
            parts.append(
                f'<p><a href="app:compare/products/{names}">{escape(self.tr("Compare the first three"))}</a></p>'
            )
        for rank, row in enumerate(rows, start=1):
            parts.append(
                f'<p><b>{rank}.</b> <a href="app:{escape(self._target(kind, row))}">{escape(row.name)}</a> '
                f'<span class="score">{escape(self.tr("score {score}").format(score=row.score))}</span></p>'
            )
            parts += [f'<p class="reason">{escape(reason)}</p>' for reason in row.reasons]
            parts += [f'<p class="caution">⚠ {escape(caution)}</p>' for caution in row.cautions]
        return "".join(parts)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "app":
            self.navigate.emit(url.path())

    def open_link(self, path: str) -> None:
        """`concerns/KEY|KEY` sets the patient's concerns."""
        kind, _, rest = path.partition("/")
        if kind == "concerns":
            self.set_concerns([key for key in rest.split("|") if key in self.all_concerns])

    def focus_filter(self) -> None:
        self.available.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- printing -------------------------------------------------------------------------------------

    def _content(self, patient: str) -> consultation_summary.SummaryContent:
        settings = ClinicSettings.load()
        problem = logo_problem(settings.logo) if settings.logo else None
        if problem:  # printed without it, rather than as a broken-image icon
            self.rule.setText(
                self.tr("The clinic logo is left out ({problem}): choose it again in Settings.").format(problem=problem)
            )
        with self.database.reading() as session:
            return consultation_summary.compose(
                session, self.concerns(), settings.name, settings.address, settings.logo, patient, date.today()
            )

    def print_preview(self) -> None:
        if not self.concerns():
            return
        options = PrintOptionsDialog.ask(ClinicSettings.load().paper, self)
        if options is None:
            return
        patient, paper = options
        content = self._content(patient)
        document = consultation_summary.build_document(content)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(consultation_summary.pages.page_layout(paper))
        footer = consultation_summary.footer_text(content)
        PrintPreview.open(printer, lambda device: consultation_summary.paint_pages(document, device, footer), self)

    def export_pdf(self) -> None:
        if not self.concerns():
            return
        done = export_pdf_with_options(
            self,
            "consultation-summary.pdf",
            lambda patient, paper, path: consultation_summary.write_pdf(self._content(patient), paper, path),
        )
        if done is not None:
            self.rule.setText(done)
