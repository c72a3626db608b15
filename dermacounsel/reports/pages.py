"""Laying a QTextDocument out on printed pages, with a footer and "page N of M", for the print preview
and for PDF files written atomically. Shared by every printed document; a `Printout` is one document
composed for one printing.

Page breaks are decided before the pages are painted, in the document's HTML: a document marks its
headings and sections with `keep_with_next` / `keep_together` anchors, `paginate` lays it out, finds the
first mark that a page break splits, and composes the HTML again with `page-break-before: always` there,
until none is split. (Changing a laid-out block's format instead once made Qt paint nothing after it.)"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)

from dermacounsel.paths import write_atomically
from dermacounsel.reports import fonts

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(16, 14, 16, 16)
RESOLUTION = 300

#: Japanese has no italic (a slanted kanji is a distorted one): emphasis stays upright
JAPANESE_STYLE = "i, em, span.equal { font-style: normal; }"

#: Adjusts a document's flow once its page height is known (keeping a heading with what follows).
Arrange = Callable[[QTextDocument, float], None]

#: A document's HTML, given the marks (see `keep_with_next`) that start a new page.
Compose = Callable[[frozenset[str]], str]

_MARK = re.compile(r"keep-(next|all)-(.+)")

#: what a mark's anchor holds: Qt gives an anchor's name to its first character, and a heading's own
#: first letter in a run of its own came apart from its word when the PDF's text was read back
_ANCHOR_TEXT = "\u200b"

#: the style that starts an element on a new page
PAGE_BREAK = ' style="page-break-before: always"'


def break_style(key: str, breaks: frozenset[str]) -> str:
    """The attribute that starts the element marked `key` on a new page, if `paginate` asked for it."""
    return PAGE_BREAK if key in breaks else ""


def keep_with_next(key: str, inner_html: str) -> str:
    """`inner_html` (a heading's text) marked to stay on the page of the block that follows it."""
    return f'<a name="keep-next-{key}">{_ANCHOR_TEXT}</a>{inner_html}'


def keep_together(key: str, inner_html: str) -> str:
    """`inner_html` (a heading's text) marked so that its section, up to the next mark or the end, is kept
    on one page when it fits on one."""
    return f'<a name="keep-all-{key}">{_ANCHOR_TEXT}</a>{inner_html}'


def _marks(document: QTextDocument) -> list[tuple[str, str, QTextBlock]]:
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            for name in fragments.fragment().charFormat().anchorNames():
                match = _MARK.fullmatch(name)
                if match:
                    found.append((match.group(1), match.group(2), block))
            fragments += 1
        block = block.next()
    return found


def _section_end(document: QTextDocument, block: QTextBlock, next_mark: QTextBlock | None) -> QTextBlock:
    """The last block of the section `block` opens: before the next mark, and before the table that mark
    is in (its header row is laid out with it, on the next page when that table starts one)."""
    if next_mark is None:
        return document.lastBlock()
    table = QTextCursor(next_mark).currentTable()
    first = next_mark.position()
    if table is not None and not table.firstPosition() <= block.position() <= table.lastPosition():
        first = table.firstPosition()  # the next mark opens another table: its header rows are its own
    end = next_mark.previous()
    while end.isValid() and end.position() > block.position() and (end.position() >= first or not end.text().strip()):
        end = end.previous()
    return end


def split_mark(document: QTextDocument, page_height: float) -> str | None:
    """The first mark a page break splits from what it must stay with (and a new page would mend), or
    None."""
    layout = document.documentLayout()

    def page(y: float) -> int:
        return int(y // page_height)

    marks = _marks(document)
    for index, (mode, key, block) in enumerate(marks):
        top = layout.blockBoundingRect(block).top()
        if top - page(top) * page_height < page_height * 0.02:
            continue  # already at the top of a page
        if mode == "next":
            following = block.next()
            end = following if following.isValid() else block
        else:
            end = _section_end(document, block, marks[index + 1][2] if index + 1 < len(marks) else None)
        bottom = layout.blockBoundingRect(end).bottom()
        if page(bottom - 1) != page(top) and (mode == "next" or bottom - top < page_height * 0.97):
            return key
    return None


def paginate(document: QTextDocument, page_height: float, compose: Compose) -> frozenset[str]:
    """Lay the document out (its page size set) with page breaks before the marks a break would split;
    the marks that start a page."""
    breaks: frozenset[str] = frozenset()
    document.setHtml(compose(breaks))
    for _ in range(24):
        key = split_mark(document, page_height)
        if key is None or key in breaks:
            break
        breaks |= {key}
        document.setHtml(compose(breaks))
    return breaks


def paginated(compose: Compose) -> Arrange:
    """An `Arrange` that composes the document's HTML with the page breaks its marks need."""

    def arrange(document: QTextDocument, page_height: float) -> None:
        paginate(document, page_height, compose)

    return arrange


def document_language() -> str:
    """The language printouts are phrased in now: the interface's (its translators set Qt's default
    locale), so a printout always matches the screen it was printed from and the command line's --lang."""
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


def printable_logo(path: str) -> str:
    """`path` if it is an image that can be printed, else "": a logo moved or deleted since it was chosen
    is left off the page, rather than printed as a broken-image icon."""
    return path if path and not QImage(path).isNull() else ""


def new_document(style: str, point_size: float, clinic_logo: str = "") -> QTextDocument:
    """An empty printed document: the style sheet, the body font in the printout's language (a Japanese
    printout in the Japanese print font, reports/fonts.py), and the clinic's logo as the image resource
    "logo" when its file can be read (a missing or broken logo is simply left out)."""
    language = document_language()
    document = QTextDocument()
    if language == "ja":  # Qt lets a class's own italic win over a later rule, so it is taken out here
        style = style.replace("font-style: italic", "font-style: normal") + JAPANESE_STYLE
    document.setDefaultStyleSheet(style)
    document.setDefaultFont(fonts.document_font(language, point_size))
    if clinic_logo:
        logo = QImage(clinic_logo)
        if not logo.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("logo"), logo)
    return document


def paint_pages(
    document: QTextDocument, device: QPrinter | QPdfWriter, footer: str, arrange: Arrange | None = None
) -> int:
    """Lay the document out on the device's pages (the print preview's printer, or a PDF writer) with
    "page N of M" at the foot; the page count."""
    layout = device.pageLayout()
    paint = layout.paintRectPixels(device.resolution())
    document.documentLayout().setPaintDevice(device)
    footer_height = device.resolution() * 0.22  # about 5.5 mm
    page_height = paint.height() - footer_height
    document.setPageSize(QSizeF(paint.width(), page_height))
    if arrange is not None:
        arrange(document, page_height)
    pages = document.pageCount()
    painter = QPainter(device)
    # images (the radar, the skin section) go into the PDF losslessly, not as JPEG
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    small = fonts.document_font(document_language(), 7.5)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, paint.width(), page_height))
            painter.restore()
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.darkGray)
            foot = QRectF(0, paint.height() - footer_height * 0.8, paint.width(), footer_height * 0.8)
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), footer)
            painter.drawText(
                foot,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                QCoreApplication.translate("Printout", "Page {page} of {pages}").format(page=page + 1, pages=pages),
            )
    finally:
        painter.end()
    return pages


def page_layout(paper: str) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAGE_SIZES[paper]), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def write_pdf(
    document: QTextDocument, footer: str, paper: str, path: Path, title: str, arrange: Arrange | None = None
) -> int:
    """Write the document as a PDF atomically (to memory, then `paths.write_atomically`); the number of
    pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(title)
    writer.setCreator("DermaCounsel")
    pages = paint_pages(document, writer, footer, arrange)
    del writer  # finishes the PDF into the buffer
    data = bytes(buffer.data().data())
    buffer.close()
    write_atomically(path, data)
    return pages


@dataclass(frozen=True)
class Printout:
    """One document composed for one printing (one patient), ready for the preview's printer or a PDF.

    Attributes:
        footer: the line at the foot of every page, beside "Page N of M".
        title: the PDF's title.
        arrange: adjusts the flow once the page height is known (keeping a heading with what follows).
    """

    document: QTextDocument
    footer: str
    title: str
    arrange: Arrange | None = None

    def paint_pages(self, device: QPrinter | QPdfWriter) -> int:
        """The document on the device's pages (the print preview's printer); the page count."""
        return paint_pages(self.document, device, self.footer, self.arrange)

    def write_pdf(self, paper: str, path: Path) -> int:
        """The document as a PDF file on `paper` ("a4" or "letter"), written atomically; the page count."""
        return write_pdf(self.document, self.footer, paper, path, self.title, self.arrange)
