"""The counselling view: the patient's concerns in order, and the growth factors, products, ingredients
and procedures that act on them, ranked and explained, with the printed consultation summary (through
`ui.printing`)."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.domain.counselling import Ranked, Recommendations, equal_groups
from dermacounsel.reports import consultation_summary
from dermacounsel.reports.pages import Printout
from dermacounsel.services.catalogue import Catalogue, UnknownEntry
from dermacounsel.ui import printing
from dermacounsel.ui.name_search import NameSearchList, names_of
from dermacounsel.ui.plain_text import glossed_html, literal
from dermacounsel.ui.plan_picker import PlanPicker
from dermacounsel.ui.settings import ClinicSettings, logo_problem
from dermacounsel.ui.view_header import ViewHeader

PANEL_STYLE = """
a { color: #1f6f82; font-weight: 600; text-decoration: none; }
p.reason { color: #3c5260; margin: 0 0 5px 14px; }
p.caution { color: #9b1c1c; font-weight: bold; margin: 0 0 0 14px; }
p.note { color: #6b4b00; margin: 0 0 6px 0; }
p.sub { color: #1f4e5c; font-weight: 600; margin: 8px 0 2px 0; }
span.equal { color: #2b7a8c; font-style: italic; }
span.term { text-decoration: underline; color: #1f5f70; }
p.why { color: #6a7b86; font-size: small; margin: 0 0 0 28px; }
"""
SECTIONS = (
    ("products", QT_TRANSLATE_NOOP("CounselView", "Formulations")),
    ("growth_factors", QT_TRANSLATE_NOOP("CounselView", "Cell-derived ingredients and treatments")),
    ("procedures", QT_TRANSLATE_NOOP("CounselView", "Procedures")),
    ("ingredients", QT_TRANSLATE_NOOP("CounselView", "Functional ingredients")),
)


class WrappedItemDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped name. Qt wraps a row's text for its height in the full row width, but
    paints it beside the tick box and inside the style sheet's padding, so a name that just fitted the
    first was cut short in the second ("Dullness and pigment …" at 1366×768)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        widget = shown.widget
        if widget is None or not shown.text:
            return hint
        style = widget.style()
        shown.rect = QRect(option.rect.x(), option.rect.y(), option.rect.width(), hint.height())
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, shown, widget) + 1
        width = max(1, room.width() - 2 * margin)
        needed = QFontMetrics(shown.font).boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), shown.text
        )
        return QSize(hint.width(), max(hint.height(), hint.height() - room.height() + needed.height()))


class GrowingBrowser(QTextBrowser):
    """A text browser as tall as its text, with no scroll bar of its own: the column around it scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())

    def _fit(self) -> None:
        margins = self.contentsMargins()
        height = round(self.document().size().height()) + margins.top() + margins.bottom() + 2
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()


class CounselView(QWidget):
    """Concerns on the left (ordered: the first matters most), ranked results on the right.

    Attributes:
        chosen: the patient's concerns, most important first; ▲ ▼ reorder, ✕ removes (or drag them).
        available: every concern with a tick box; a click (or Space, or Enter) ticks or unticks it. The
            list never changes under the pointer: a chosen concern stays where it is, ticked.
        panels: one QTextBrowser per kind of result, each as tall as its text, one under the other in
            a single scrolling column (`results`).
        plan_slot: the end of that column, for a widget that follows the results.

    Signals:
        navigate(str): a result was opened in its own view.
        printable_changed(): what `print_hint` says may have changed (the main window's Print follows it).
    """

    navigate = Signal(str)
    printable_changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counselView")
        self.catalogue = catalogue
        self.all_concerns = {c.key: c for c in self.catalogue.concerns()}
        self._syncing = False
        self.result: Recommendations | None = None

        self.header = header = ViewHeader("")
        self.print_button = QPushButton()
        self.print_button.setObjectName("saveButton")
        self.print_button.setProperty("admin", True)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("saveButton")
        self.pdf_button.setProperty("admin", True)
        header.row.addWidget(self.print_button)
        header.row.addWidget(self.pdf_button)

        # both lists pick by typing a concern's name in either language (or its key)
        self.concern_words = names_of(self.catalogue, "concern")
        self.chosen = NameSearchList()
        self.chosen.setObjectName("choiceList")
        self.chosen.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.available = NameSearchList()
        self.available.setObjectName("choiceList")
        for listing in (self.chosen, self.available):
            listing.setWordWrap(True)
            listing.setItemDelegate(WrappedItemDelegate(listing))
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.up, self.down, self.remove = QPushButton("▲"), QPushButton("▼"), QPushButton("✕")
        for button in (self.up, self.down, self.remove):
            button.setFixedWidth(44)
        buttons = QHBoxLayout()
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        self.chosen_caption = QLabel()
        self.chosen_caption.setObjectName("barCaption")
        self.chosen_caption.setWordWrap(True)
        left.addWidget(self.chosen_caption)
        left.addWidget(self.chosen, 2)
        left.addLayout(buttons)
        self.available_caption = QLabel()
        self.available_caption.setObjectName("barCaption")
        self.available_caption.setWordWrap(True)
        left.addWidget(self.available_caption)
        left.addWidget(self.available, 3)
        # the doctor's suggestion for the printed summary (a self-contained widget: placed here for now)
        self.plan = PlanPicker()
        left.addWidget(self.plan)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setFixedWidth(300)

        self.rule = QLabel()
        self.rule.setProperty("admin", True)  # for the doctor: hidden in presentation mode
        self.rule.setObjectName("footnote")
        self.rule.setWordWrap(True)
        self.rule.setTextFormat(Qt.TextFormat.PlainText)
        self.notes = QLabel()
        self.notes.setObjectName("footnote")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)  # catalogue text is data
        self.why = QCheckBox()
        self.why.setProperty("admin", True)
        self.panels: dict[str, QTextBrowser] = {}
        self.panel_captions: dict[str, QLabel] = {}
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(6)
        for key, _title_text in SECTIONS:
            label = QLabel()
            label.setObjectName("barCaption")
            panel = GrowingBrowser()
            panel.setObjectName("details")
            panel.setOpenLinks(False)
            panel.document().setDefaultStyleSheet(PANEL_STYLE)
            panel.anchorClicked.connect(self._follow)
            column.addWidget(label)
            column.addWidget(panel)
            self.panels[key] = panel
            self.panel_captions[key] = label
        column.addWidget(self.notes)
        column.addWidget(self.rule)
        column.addWidget(self.why)
        self.plan_slot = QVBoxLayout()
        column.addLayout(self.plan_slot)
        column.addStretch(1)
        holder = QWidget()
        holder.setObjectName("counselResults")
        holder.setLayout(column)
        self.results = QScrollArea()
        self.results.setObjectName("counselScroll")
        self.results.setWidgetResizable(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setWidget(holder)
        right = QVBoxLayout()
        right.addWidget(self.results, 1)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(left_widget)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(header)
        layout.addLayout(body, 1)

        self._pressed_state: Qt.CheckState | None = None
        self.available.itemPressed.connect(lambda item: setattr(self, "_pressed_state", item.checkState()))
        self.available.itemClicked.connect(self._clicked)
        self.available.itemActivated.connect(self._toggle)
        self.available.itemChanged.connect(self._ticked)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.remove.clicked.connect(self._remove_current)
        self.chosen.model().rowsMoved.connect(lambda *_: self.refresh())
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.why.toggled.connect(lambda _checked: self.refresh())
        self._translate()
        self.set_concerns([])

    def _translate(self) -> None:
        """The view's own words, in the interface's language."""
        # (the main window titles the page with its name in the navigation, "Counselling")
        self.header.title.setText(self.tr("Counselling"))
        self.print_button.setText(self.tr("Print summary…"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.chosen.setAccessibleName(self.tr("The patient's concerns, most important first"))
        self.available.setAccessibleName(self.tr("Concerns to add"))
        for button, tip in (
            (self.up, self.tr("More important")),
            (self.down, self.tr("Less important")),
            (self.remove, self.tr("Remove")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.chosen_caption.setText(self.tr("The patient's concerns, most important first"))
        self.available_caption.setText(self.tr("Add a concern: click to tick it"))
        self.why.setText(self.tr("Show the reasoning (for the doctor)"))
        self.why.setToolTip(self.tr("Adds each item's statements, their sources and the counts behind the order"))
        for key, title_text in SECTIONS:
            self.panel_captions[key].setText(self.tr(title_text))
            self.panels[key].setAccessibleName(self.tr(title_text))

    def retranslate(self) -> None:
        """Show the same consultation in the language the catalogue and the interface now speak, in place (a
        live language switch): the concerns' names are read again and the recommendations made anew in it,
        the view's words translated, without building the widgets again; the concerns, their order and the
        one selected, the doctor's plan and note (and the cursor in it), the reasoning and the scroll
        position stay."""
        state = self.view_state()
        current = self.chosen.currentRow()
        scrolled = self.results.verticalScrollBar().value()
        self.all_concerns = {c.key: c for c in self.catalogue.concerns()}
        self._translate()
        self.plan.retranslate()
        self.available.clear()  # filled again by refresh, with the names and reasons in the new language
        self.restore_view_state(state)
        if 0 <= current < self.chosen.count():
            self.chosen.setCurrentRow(current)
        self.results.verticalScrollBar().setValue(scrolled)

    # --- what is set up here, across a rebuild (a language switch) ---------------------------------------

    def view_state(self) -> dict[str, object]:
        """The concerns (by key, in order), the doctor's plan (the formulation by its product key: the
        recommendations name products in the display language) and note, and whether the reasoning shows."""
        plan = self.plan.state()
        if plan["product"]:
            plan["product"] = self._product_key(plan["product"]) or ""
        return {"concerns": self.concerns(), "plan": plan, "why": self.why.isChecked()}

    def _product_key(self, name: str) -> str | None:
        try:
            return self.catalogue.product_key(name)
        except UnknownEntry:  # deleted meanwhile
            return None

    def restore_view_state(self, state: dict[str, object]) -> None:
        concerns = state.get("concerns")
        self.why.blockSignals(True)  # one refresh, in set_concerns
        self.why.setChecked(bool(state.get("why")))
        self.why.blockSignals(False)
        # a concern deleted meanwhile (at another desk) is left out
        self.set_concerns([k for k in concerns if k in self.all_concerns] if isinstance(concerns, list) else [])
        plan = state.get("plan")
        if isinstance(plan, dict):
            named = {self._product_key(row.key): row.key for row in self.result.products} if self.result else {}
            self.plan.restore({**plan, "product": named.get(plan.get("product"), "") or ""})

    # --- concerns -------------------------------------------------------------------------------------

    def concerns(self) -> list[str]:
        return [self.chosen.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.chosen.count())]

    def set_concerns(self, keys: list[str]) -> None:
        self.chosen.clear()
        for key in keys:
            item = QListWidgetItem(self.all_concerns[key].name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            NameSearchList.set_words(item, self.concern_words(key))
            self.chosen.addItem(item)
        self.refresh()

    def _toggle(self, item: QListWidgetItem) -> None:
        ticked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def _clicked(self, item: QListWidgetItem) -> None:
        """A click on the name ticks like a click on the box (which Qt has ticked already)."""
        if self._pressed_state == item.checkState():
            self._toggle(item)
        self._pressed_state = None

    def _ticked(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if self._syncing or key is None:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.add_concern(key)
        elif key in self.concerns():
            self.set_concerns([k for k in self.concerns() if k != key])

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
        self.printable_changed.emit()
        chosen = self.concerns()
        self._syncing = True
        if self.available.count() != len(self.all_concerns):
            self.available.clear()
            for key, concern in self.all_concerns.items():
                item = QListWidgetItem(concern.name)
                item.setData(Qt.ItemDataRole.UserRole, key)
                NameSearchList.set_words(item, self.concern_words(key))
                item.setToolTip(literal(concern.shown_reason))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.available.addItem(item)
        for row in range(self.available.count()):
            item = self.available.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self._syncing = False
        self.print_button.setEnabled(bool(chosen))
        self.pdf_button.setEnabled(bool(chosen))
        if not chosen:
            self.plan.clear()  # a new consultation: the last one's plan and note are gone
            self.result = None
            self.notes.setText("")
            self.rule.setText("")
            add_the_patient_text = self.tr("Add the patient's concerns on the left to see what acts on them.")
            for number, panel in enumerate(self.panels.values()):  # said once, not in each of the four
                panel.setHtml(f"<p>{escape(add_the_patient_text)}</p>" if number == 0 else "")
            return
        self.result = self.catalogue.recommendations(chosen, ClinicSettings.load().preferred_order)
        self.plan.set_options(self.result.products, self.result.procedures)
        expectation = self.catalogue.statement("expectation")
        glosses = self.catalogue.glossary()
        variation = self.catalogue.statement("individual-variation")
        result = self.result
        cell = [
            (self.tr("Growth factors"), "growth_factors", result.growth_factors),
            (self.tr("Exosomes and stem cells"), "cell_derived", result.cell_derived),
            (self.tr("Treatments of their own"), "treatments", result.treatments),
        ]
        unreached = "".join(f'<p class="note">⚠ {escape(u.name)}: {escape(u.note)}</p>' for u in result.unreached)
        html = {
            "products": self._html("products", result.products),
            "ingredients": self._html("ingredients", result.ingredients),
            "growth_factors": "".join(
                f'<p class="sub">{escape(title)}</p>{self._html(kind, rows)}' for title, kind, rows in cell if rows
            )
            or self._html("growth_factors", ()),
            "procedures": unreached + self._html("procedures", result.procedures),
        }
        for key, panel in self.panels.items():  # each technical term explains itself on hover
            panel.setHtml(glossed_html(html[key], glosses))
        self.notes.setText("\n".join(["• " + note for note in result.notes] + [expectation, variation]))
        rule = self.tr("How they are ranked: {rule}").format(rule=self.rule_text(result))
        if self.why.isChecked():
            rule += "\n" + self.tr("In detail: {rule}").format(rule=self.rule_detail())
        self.rule.setText(rule)

    def order_words(self, result: Recommendations, kind: str) -> str:
        """How equals of this kind are ordered: the clinic's preferred order (products) or alphabetically."""
        if kind == "products" and result.preferred:
            return self.tr("shown in the clinic's preferred order")
        return self.tr("alphabetical")

    def rule_detail(self) -> str:
        """How the counts are made (domain.counselling's rule), for the doctor's "why"."""
        return self.tr(
            "Each statement addressing a concern counts 2 if it is the article's, 1 if it is this app's link; a "
            "concern's counts are multiplied by its place (of n concerns the first counts n, the last 1). A product "
            "counts every statement that applies to something it lists. A needle procedure counts 2 for each "
            "concern whose layers it reaches (1 for part of them), only with a suggested product and never for a "
            "concern it cannot treat; the IV drip only with an exosome formulation. Equal totals are equal standing."
        )

    def rule_text(self, result: Recommendations) -> str:
        """The rule for patients (domain.counselling.RULE), in the interface's language, with the order
        equally suited products are shown in."""
        if result.preferred:
            order = self.tr("products in the clinic's preferred order ({names}), the rest alphabetically").format(
                names=", ".join(result.preferred)
            )
        else:
            order = self.tr("in alphabetical order")
        return self.tr(
            "Each concern is matched to what the article says addresses it. What is listed first matches more of "
            "those statements, higher concerns counting more, and the article's own statements more than this "
            "app's links. Things of equal standing are shown as equally suited, {order} (a product with a caution "
            "after an equal one without)."
        ).format(order=order)

    def _target(self, kind: str, row: Ranked) -> str:
        if kind == "growth_factors":
            return f"growth-factors/factor/{row.key}"
        if kind == "products":
            return f"compare/product/{quote(row.key)}"
        if kind == "ingredients":
            return f"ingredients/functional/{row.key}"
        if kind == "treatments":
            return f"growth-factors/factor/{row.key}"
        if kind == "cell_derived":
            return "ingredients/cell-derived"
        return f"explorer/procedure/{row.key}"

    def _html(self, kind: str, rows: tuple[Ranked, ...]) -> str:
        if not rows:
            nothing_in_the_text = self.tr("Nothing in the catalogue acts on these concerns.")
            return f"<p>{escape(nothing_in_the_text)}</p>"
        parts = []
        if kind == "products" and len(rows) >= 2:
            names = "|".join(quote(row.key) for row in rows[:3])
            compare_the_first_text = self.tr("Compare the first three")
            parts.append(f'<p><a href="app:compare/products/{names}">{escape(compare_the_first_text)}</a></p>')
        why = self.why.isChecked()
        for group in equal_groups(rows):
            links = " · ".join(
                f'<a href="app:{escape(self._target(kind, row))}">{escape(row.name)}</a>' for row in group
            )
            equally_suited_text = self.tr("— equally suited; {order}").format(
                order=self.order_words(self.result, kind) if self.result else self.tr("alphabetical")
            )
            equal = f' <span class="equal">{escape(equally_suited_text)}</span>' if len(group) > 1 else ""
            parts.append(f"<p><b>{group[0].standing}.</b> {links}{equal}</p>")
            for row in group:
                prefix = f"<b>{escape(row.name)}</b>: " if len(group) > 1 else ""
                parts += [f'<p class="reason">{prefix}{escape(reason)}</p>' for reason in row.reasons]
                parts += [f'<p class="caution">⚠ {escape(caution)}</p>' for caution in row.cautions]
                if why:
                    total = self.tr("{name}: count {score}").format(name=row.name, score=row.score)
                    parts.append(f'<p class="why">{escape(total)}</p>')
                    parts += [f'<p class="why">{escape(detail)}</p>' for detail in row.details]
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

    def printable(self) -> printing.PrintableDocument:
        """The consultation summary for the concerns chosen, for `ui.printing`."""
        return printing.PrintableDocument(self.tr("consultation summary"), "consultation-summary.pdf", self._printout)

    def _printout(self, patient: str) -> Printout:
        """The summary of the recommendations for the concerns chosen, and the article's caveat."""
        settings = ClinicSettings.load()
        problem = logo_problem(settings.logo) if settings.logo else None
        if problem:  # printed without it, rather than as a broken-image icon
            self.rule.setText(
                self.tr("The clinic logo is left out ({problem}): choose it again in Settings.").format(problem=problem)
            )
        recommendations = self.catalogue.recommendations(self.concerns(), settings.preferred_order)
        plan, procedure_key = self.plan.plan()  # printed only: nothing logs or saves it
        from dermacounsel.ui.skin_picture import summary_content

        content = summary_content(self.catalogue, recommendations, settings.header(), patient, plan, procedure_key)
        return consultation_summary.printout(content)

    def print_hint(self) -> str:
        """Why the summary cannot be printed yet, or "" when it can (Ctrl+P, File → Print)."""
        return "" if self.concerns() else self.tr("Choose the patient's concerns first: the summary is made from them.")

    def print_preview(self) -> None:
        if self.concerns():
            printing.print_preview(self, self.printable())

    def export_pdf(self) -> None:
        if not self.concerns():
            return
        done = printing.export_pdf(self, self.printable())
        if done is not None:
            self.rule.setText(done)
