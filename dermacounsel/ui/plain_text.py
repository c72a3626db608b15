"""Catalogue text on screen as data: labels, tooltips and message boxes that never render it as markup.

Qt treats any text that "might be rich text" (a tag before the first line break) as HTML in a QLabel
left at AutoText, in a tooltip and in a QMessageBox. A product name such as ``<b>SAFE</b>`` or
``<img src="file:///etc/passwd">`` would then be drawn as markup, hide a caution, or make Qt read a file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape, unescape

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText and convertFromPlainText live in QtGui's Qt
from PySide6.QtWidgets import QLabel, QWidget

from dermacounsel.domain.glossary import Gloss, gloss_of, term_pattern


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


def glossed_html(html: str, glosses: Sequence[Gloss]) -> str:
    """`html` (built with escaped catalogue text) with each glossary term outside tags and links marked
    as a term whose plain explanation shows on hover (the span's title is Qt's tooltip for that text).
    The explanation is catalogue text: shown literally, whatever it contains."""
    pattern = term_pattern(glosses, lambda spelling: escape(spelling, quote=False))
    if pattern is None:
        return html
    parts = re.split(r"(<[^>]*>)", html)
    in_link = 0
    for index, part in enumerate(parts):
        if part.startswith("<"):
            tag = part[1:3].lower()
            if tag in ("a ", "a>"):
                in_link += 1
            elif part.lower().startswith("</a"):
                in_link = max(0, in_link - 1)
            continue
        if in_link or not part:
            continue

        def mark(match: re.Match[str]) -> str:
            gloss = gloss_of(unescape(match.group(0)), glosses)
            if gloss is None:
                return match.group(0)
            tip = escape(literal(gloss.line()), quote=True)
            return f'<span class="term" title="{tip}">{match.group(0)}</span>'

        parts[index] = pattern.sub(mark, part)
    return "".join(parts)
