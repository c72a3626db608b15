"""Fields that edit a catalogue text in English and Japanese side by side, and say when one language was
changed and the other left as it was ("Translation may be out of date").

A field shows each language's own version (an empty Japanese side for a text not translated yet, never
the English in its place), and gives back the text with both versions, every record kept, and the
out-of-date marks the domain's `with_versions` works out: a Japanese typed here is the clinic's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from dermacounsel.domain.text import CLINIC, outdated, versions, with_versions
from dermacounsel.ui.plain_text import literal

Text = dict[str, str]
#: The languages the editor writes, left to right: the catalogue's English and its Japanese.
LANGUAGES = ("en", "ja")
#: Space between the two columns; the column header row uses the same, so that they line up.
COLUMN_GAP = 8
STALE_STYLE = "background: #fbf0d9;"


def language_name(language: str, short: bool = False) -> str:
    """A column heading: the language's name in the interface's language, with its own name beside it
    (`short`: for a narrow table column, "日本語" alone)."""
    if language == "ja":
        return "日本語" if short else QCoreApplication.translate("BilingualField", "Japanese (日本語)")
    return QCoreApplication.translate("BilingualField", "English")


def stale_reason(language: str, changed: str) -> str:
    """Why the `language` version may be out of date: the `changed` language was changed after it."""
    if language == "ja":
        return QCoreApplication.translate(
            "BilingualField",
            "The English was changed and the Japanese was not: check that the Japanese still says the same.",
        )
    if changed == "ja":
        return QCoreApplication.translate(
            "BilingualField",
            "The Japanese was changed and the English was not: check that the English still says the same.",
        )
    return QCoreApplication.translate("BilingualField", "Another language was changed and this one was not.")


class LanguageHeader(QWidget):
    """The headings over the two columns of every field below it ("English", "Japanese (日本語)")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(COLUMN_GAP)
        self.labels = []
        for _language in LANGUAGES:
            label = QLabel()
            label.setObjectName("languageHeading")
            label.setStyleSheet("font-weight: 600;")
            row.addWidget(label, 1)
            self.labels.append(label)
        self.retranslate()

    def retranslate(self) -> None:
        """The headings in the interface's language (a live language switch)."""
        for label, language in zip(self.labels, LANGUAGES, strict=True):
            label.setText(language_name(language))


class _StaleMark(QWidget):
    """ "⚠ Translation may be out of date", with why as its tooltip and a button that says the versions
    agree; hidden while nothing is out of date."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("outdatedMark")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet("color: #7a4b00; font-weight: 600;")
        self.button = QPushButton()
        self.button.setObjectName("markUpToDate")
        row.addWidget(self.label)
        row.addWidget(self.button)
        row.addStretch(1)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate("BilingualField", "⚠ Translation may be out of date"))
        self.button.setText(QCoreApplication.translate("BilingualField", "Mark as up to date"))
        self.button.setToolTip(
            QCoreApplication.translate("BilingualField", "Both languages say the same: remove the mark (then Save)")
        )

    def show_reasons(self, reasons: list[str]) -> None:
        self.label.setToolTip("\n".join(reasons))
        self.setVisible(bool(reasons))


class BilingualField(QWidget):
    """One text edited in English and Japanese side by side: two line edits, or two plain-text editors
    when `lines` is given (their height in lines of text).

    Attributes:
        editors: the editor of each language ("en", "ja"); english and japanese name them too.
        original: the text the field was filled from (None: a new one).

    Signals:
        textChanged(): either language was typed in, or the text was marked as up to date.
    """

    textChanged = Signal()  # noqa: N815 (the name EntryForm.watch and Qt's editors share)

    def __init__(self, what: str, display_language: str = "en", lines: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.display_language = display_language
        self.original: Text | None = None
        self._up_to_date = False
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(COLUMN_GAP)
        for language in LANGUAGES:
            editor: QLineEdit | QPlainTextEdit
            if lines:
                editor = QPlainTextEdit(self)
                editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 14)
                editor.setTabChangesFocus(True)
            else:
                editor = QLineEdit(self)
            editor.setToolTip(language_name(language))
            editor.textChanged.connect(self._typed)
            row.addWidget(editor, 1)
            self.editors[language] = editor
        self.english, self.japanese = self.editors["en"], self.editors["ja"]
        layout.addLayout(row)
        self.mark = _StaleMark(self)
        self.mark.button.clicked.connect(self.mark_up_to_date)
        layout.addWidget(self.mark)
        self._translate()

    def retranslate(self, what: str, display_language: str) -> None:
        """Say the field's words in the interface's language, `what` it edits named anew, and show messages
        in `display_language` (a live language switch): what is typed in it, its marks and the text it was
        filled from stay."""
        self.what = what
        self.display_language = display_language
        self.mark.retranslate()
        self._translate()
        self._show_marks()  # the tooltips say why in the new language

    def _translate(self) -> None:
        for language, editor in self.editors.items():
            editor.setAccessibleName(f"{self.what} ({language_name(language)})")
        self.japanese.setPlaceholderText(QCoreApplication.translate("BilingualField", "Not translated yet"))

    # --- what is typed ---------------------------------------------------------------------------------

    def typed(self, language: str) -> str:
        editor = self.editors[language]
        return (editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()).strip()

    def text(self) -> str:
        """The text in the catalogue's display language as typed, else its English (for messages)."""
        return self.typed(self.display_language) or self.typed("en")

    def setText(self, value: str) -> None:  # noqa: N802 (as a line edit's)
        """Type `value` as the display language's version."""
        self._set(self.display_language, value)

    def _set(self, language: str, value: str) -> None:
        editor = self.editors[language]
        if isinstance(editor, QLineEdit):
            editor.setText(value)
        else:
            editor.setPlainText(value)

    def clear(self) -> None:
        for language in LANGUAGES:
            self._set(language, "")

    def load(self, text: Text | None) -> None:
        """Show `text`: each language's own version (empty where it has none)."""
        self.original = dict(text) if text is not None else None
        self._up_to_date = False
        for language in LANGUAGES:
            editor = self.editors[language]
            editor.blockSignals(True)
            self._set(language, versions(text).get(language, ""))
            editor.blockSignals(False)
        self._show_marks()

    def value(self) -> Text | None:
        """The text with what is typed in each language; None when both are empty and there was none."""
        return with_versions(
            self.original, {language: self.typed(language) for language in LANGUAGES}, CLINIC, self._up_to_date
        )

    def stale(self) -> dict[str, str]:
        """The versions that would be saved as possibly out of date, each with the language changed."""
        return outdated(self.value())

    def mark_up_to_date(self) -> None:
        """The user says both languages say the same: the text is saved without its out-of-date mark."""
        self._up_to_date = True
        self._show_marks()
        self.textChanged.emit()

    def _typed(self, *_args: object) -> None:
        self._up_to_date = False  # anything typed after "up to date" is looked at again
        self._show_marks()
        self.textChanged.emit()

    def _show_marks(self) -> None:
        stale = self.stale()
        for language, editor in self.editors.items():
            editor.setStyleSheet(STALE_STYLE if language in stale else "")
            reason = stale_reason(language, stale[language]) if language in stale else ""
            editor.setToolTip(language_name(language) + (f"\n{reason}" if reason else ""))
        self.mark.show_reasons([stale_reason(language, changed) for language, changed in stale.items()])


class BilingualList(BilingualField):
    """A list of texts edited one per line in English and Japanese side by side: line n of each column is
    item n (a blank line where an item has no version in that language). Lines do not wrap, so that the
    lines of the two columns stay side by side, and the columns scroll together."""

    def __init__(self, what: str, display_language: str = "en", lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(what, display_language, lines, parent)
        self.originals: list[Text] = []
        for editor in self.editors.values():
            assert isinstance(editor, QPlainTextEdit)
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            editor.setTabChangesFocus(False)
        self._translate()
        english, japanese = (
            editor.verticalScrollBar() for editor in self.editors.values() if isinstance(editor, QPlainTextEdit)
        )
        english.valueChanged.connect(japanese.setValue)
        japanese.valueChanged.connect(english.setValue)

    def _translate(self) -> None:
        super()._translate()
        for editor in self.editors.values():
            editor.setPlaceholderText(QCoreApplication.translate("BilingualField", "One per line"))

    def load_items(self, items: list[Text]) -> None:
        self.originals = [dict(item) for item in items]
        self._up_to_date = False
        for language in LANGUAGES:
            editor = self.editors[language]
            editor.blockSignals(True)
            self._set(language, "\n".join(versions(item).get(language, "") for item in items).rstrip("\n"))
            editor.blockSignals(False)
        self._show_marks()

    def rows(self) -> list[dict[str, str]]:
        """What is typed, line by line: {"en": ..., "ja": ...} for each line either column has."""
        columns = {language: self.editors[language] for language in LANGUAGES}
        split = {
            language: [line.strip() for line in (e.toPlainText() if isinstance(e, QPlainTextEdit) else "").split("\n")]
            for language, e in columns.items()
        }
        count = max(len(column) for column in split.values())
        return [
            {language: (column[n] if n < len(column) else "") for language, column in split.items()}
            for n in range(count)
        ]

    def items(self) -> list[tuple[int, Text]]:
        """The texts typed, each with its line (its place among the items the field was filled from);
        lines blank in both columns are left out."""
        result: list[tuple[int, Text]] = []
        for n, typed in enumerate(self.rows()):
            if not any(typed.values()):
                continue
            before = self.originals[n] if n < len(self.originals) else None
            text = with_versions(before, typed, CLINIC, self._up_to_date)
            if text is not None:
                result.append((n, text))
        return result

    def values(self) -> list[Text]:
        return [text for _line, text in self.items()]

    def problem(self) -> int | None:
        """The first line (from 1) with a Japanese version but no English, which every item needs."""
        return next((n + 1 for n, typed in enumerate(self.rows()) if typed["ja"] and not typed["en"]), None)

    def value(self) -> Text | None:
        return None  # a list has items, not one text: see items()

    def stale_lines(self) -> list[tuple[int, str, str]]:
        """(line from 1, language, language changed) for every item that would be saved as out of date."""
        return [(n + 1, language, changed) for n, text in self.items() for language, changed in outdated(text).items()]

    def _show_marks(self) -> None:
        if not hasattr(self, "originals"):
            return  # still being built
        stale = self.stale_lines()
        languages = {language for _n, language, _changed in stale}
        for language, editor in self.editors.items():
            editor.setStyleSheet(STALE_STYLE if language in languages else "")
        self.mark.show_reasons(
            [
                QCoreApplication.translate("BilingualField", "Line {n}: {why}").format(
                    n=n, why=stale_reason(language, changed)
                )
                for n, language, changed in stale
            ]
        )


class ElidingComboBox(QComboBox):
    """A combo box whose current choice, when it is wider than the box, ends in "…" rather than being cut
    off mid-letter; the whole choice is its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a catalogue entry's name: shown as written, never read as markup
        self.currentTextChanged.connect(lambda text: self.setToolTip(literal(text)))

    def shown_text(self) -> str:
        """The current choice as drawn: elided to the box's text area."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        area = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return QFontMetrics(self.font()).elidedText(self.currentText(), Qt.TextElideMode.ElideRight, area.width())

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
