"""Rendering a view offscreen to a PNG image, exactly as it is drawn on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSaveFile, QSize, Qt
from PySide6.QtWidgets import QWidget


class RenderError(Exception):
    """The image could not be written; the message names the file."""


def render_widget(widget: QWidget, size: QSize, out: Path) -> None:
    """Lay `widget` out at `size` without showing it on a screen, paint it, and write a PNG atomically."""
    smallest = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if size.width() < smallest.width() or size.height() < smallest.height():
        raise RenderError(
            f"{size.width()}x{size.height()} is smaller than this view can be laid out "
            f"(at least {smallest.width()}x{smallest.height()})"
        )
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(size)
    widget.show()
    QCoreApplication.processEvents()
    image = widget.grab().toImage()
    target = QSaveFile(str(out))
    if not target.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise RenderError(f"{out}: cannot be written ({target.errorString()})")
    if not image.save(target, "PNG"):
        target.cancelWriting()
        raise RenderError(f"{out}: the image could not be encoded as PNG")
    if not target.commit():
        raise RenderError(f"{out}: cannot be written ({target.errorString()})")
