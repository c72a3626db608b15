"""Catalogue text on screen as data: labels, tooltips and message boxes that never render it as markup.

Qt treats any text that "might be rich text" (a tag before the first line break) as HTML in a QLabel
left at AutoText, in a tooltip and in a QMessageBox. A product name such as ``<b>SAFE</b>`` or
``<img src="file:///etc/passwd">`` would then be drawn as markup, hide a caution, or make Qt read a file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText and convertFromPlainText live in QtGui's Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows `text` exactly as written, whatever it contains."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def literal(text: str) -> str:
    """`text` for a place where Qt guesses the format (a tooltip, a message box, an AutoText label), so
    that it is shown exactly as written: unchanged when Qt reads it as plain text anyway, else escaped
    into the rich text that draws these very characters."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpacePre)
