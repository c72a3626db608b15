"""The plan the doctor marks at the desk for the printed consultation summary: a formulation and a
procedure chosen from the ranked options, and a free note. A small self-contained widget the counselling
view places where it likes; what it holds lives only in it, for this consultation: never saved in
QSettings, never logged, gone when the concerns are cleared or the app closes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from dermacounsel.domain.counselling import Ranked, equal_groups
from dermacounsel.reports.consultation_summary import DoctorsPlan


class PlanPicker(QWidget):
    """The doctor's suggestion for this consultation.

    Attributes:
        product: the formulations for the patient's concerns, in their ranked order ("Not chosen" first).
        procedure: the procedures, likewise.
        note: a free note printed under the suggestion.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPicker")
        self.product = QComboBox()
        self.procedure = QComboBox()
        for combo in (self.product, self.procedure):
            combo.addItem("", "")  # "Not chosen"
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        self.setProperty("admin", True)  # the doctor's desk tool: hidden in presentation mode
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.title)
        for field in (self.product, self.procedure, self.note):
            label = QLabel()
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.retranslate()

    def retranslate(self) -> None:
        """Its own words in the interface's language (a live language switch keeps what was chosen and typed;
        the options, named by the counselling view, are given again with `set_options`)."""
        self.title.setText(self.tr("Your suggestion (printed on the summary)"))
        for field, name in (
            (self.product, self.tr("Formulation")),
            (self.procedure, self.tr("Procedure")),
            (self.note, self.tr("Note")),
        ):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(name)
        for combo, name in ((self.product, self.tr("Formulation")), (self.procedure, self.tr("Procedure"))):
            combo.setAccessibleName(name)
            combo.setItemText(0, self.tr("Not chosen"))
        self.note.setAccessibleName(self.tr("Note for the patient"))
        self.note.setPlaceholderText(self.tr("A note printed under your suggestion (not saved)"))

    def set_options(self, products: Sequence[Ranked], procedures: Sequence[Ranked]) -> None:
        """Offer the ranked options for the concerns chosen now; a choice still among them stays chosen."""
        for combo, rows in ((self.product, products), (self.procedure, procedures)):
            kept = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for group in equal_groups(tuple(rows)):
                for row in group:
                    combo.addItem(row.name, row.key)
            index = combo.findData(kept) if kept else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def clear(self) -> None:
        """Forget the plan (a new consultation)."""
        self.set_options((), ())
        self.note.clear()

    def state(self) -> dict[str, str]:
        """The choices by key and the note as typed, to give back to a picker built again (`restore`)."""
        return {
            "product": str(self.product.currentData() or ""),
            "procedure": str(self.procedure.currentData() or ""),
            "note": self.note.toPlainText(),
        }

    def restore(self, state: dict[str, str]) -> None:
        """Choose again what `state` chose, where it is still among the options, and put the note back."""
        for combo, name in ((self.product, "product"), (self.procedure, "procedure")):
            index = combo.findData(state.get(name)) if state.get(name) else 0
            combo.setCurrentIndex(max(index, 0))
        if self.note.toPlainText() != state.get("note", ""):
            self.note.setPlainText(state.get("note", ""))

    def plan(self) -> tuple[DoctorsPlan, str]:
        """The plan as printed (names and note) and the chosen procedure's key ("" for none)."""
        product = self.product.currentText() if self.product.currentData() else ""
        procedure = self.procedure.currentText() if self.procedure.currentData() else ""
        return DoctorsPlan(product, procedure, self.note.toPlainText().strip()), str(self.procedure.currentData() or "")
