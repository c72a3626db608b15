"""Where a text comes from, as a discreet badge the doctor can open, never as a paragraph on a patient's
screen: a small "ⓘ Source" link in rich-text panels, or a small button beside a table."""

from __future__ import annotations

from html import escape
from urllib.parse import quote, unquote

from PySide6.QtCore import QCoreApplication, QPoint, QUrl
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolButton, QToolTip, QWidget

from dermacounsel.ui.plain_text import literal

SCHEME = "source"


def badge_label() -> str:
    return "ⓘ " + QCoreApplication.translate("provenance", "Source")


def badge_html(text: str) -> str:
    """A small link that opens `text` (the source, in full) in a popup; `text` travels in the link."""
    return f'<p class="badge"><a href="{SCHEME}:{quote(text, safe="")}">{escape(badge_label())}</a></p>'


def with_notes(source: str, notes: list[tuple[str, str]]) -> str:
    """A badge's text: the source, then the notes on how it was read ("Inferred: …", "Text and table: …"),
    which are for the doctor who opens the badge, not for the patient's card."""
    from dermacounsel.ui.language import label_colon

    colon = label_colon()
    return "\n\n".join([source, *(f"{label}{colon}{text}" for label, text in notes)])


def inferred_mark() -> str:
    """What a patient's card says of an inferred entry, the reason itself behind the badge."""
    return QCoreApplication.translate(
        "provenance", "read from the article's text, not printed in its table (ⓘ Source says how)"
    )


def source_of(url: QUrl) -> str | None:
    """The source text a badge link carries, or None for any other link."""
    if url.scheme() != SCHEME:
        return None
    return unquote(bytes(url.toEncoded().data()).decode("ascii").partition(":")[2])


def open_link(widget: QWidget, url: QUrl) -> bool:
    """Show the source of a badge link beside the pointer; False for a link that is not a badge."""
    text = source_of(url)
    if text is None:
        return False
    QToolTip.showText(QCursor.pos(), literal(text), widget)
    return True


class SourceBadge(QToolButton):
    """ "ⓘ Source": its tooltip, or a click, shows where the texts nearby come from."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceBadge")
        self.setText(badge_label())
        self.setAutoRaise(True)
        self.setAccessibleName(QCoreApplication.translate("provenance", "Source"))
        self.set_source(text)
        self.clicked.connect(self._show)

    def set_source(self, text: str) -> None:
        """Where the texts nearby come from now (a view whose contents change, such as the comparer)."""
        self.source_text = text
        self.setToolTip(literal(text))
        self.setAccessibleDescription(text)

    def _show(self) -> None:
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), literal(self.source_text), self)
