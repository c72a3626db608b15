"""Rendering a view offscreen to a PNG image, exactly as it is drawn on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImageWriter
from PySide6.QtWidgets import QWidget

from dermacounsel.paths import write_atomically
from dermacounsel.ui.language import system_reason


class RenderError(Exception):
    """The image could not be written; the message names the file, in the interface's language."""


def render_widget(widget: QWidget, size: QSize, out: Path) -> None:
    """Lay `widget` out at `size` without showing it on a screen, paint it, and write a PNG atomically."""
    smallest = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if size.width() < smallest.width() or size.height() < smallest.height():
        raise RenderError(
            QCoreApplication.translate(
                "render", "{size} is smaller than this view can be laid out (at least {smallest})"
            ).format(size=f"{size.width()}x{size.height()}", smallest=f"{smallest.width()}x{smallest.height()}")
        )
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(size)
    widget.show()
    QCoreApplication.processEvents()
    image = widget.grab().toImage()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImageWriter rather than image.save(buffer, "PNG"): PySide's stubs and run time disagree on that format's type
    if not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
        raise RenderError(
            QCoreApplication.translate("render", "{path}: the image could not be encoded as PNG").format(path=out)
        )
    try:
        write_atomically(out, bytes(buffer.data().data()))
    except OSError as error:
        message = QCoreApplication.translate("render", "{path}: cannot be written ({reason})")
        raise RenderError(message.format(path=out, reason=system_reason(error))) from None
