"""Renders resources/icons/dermacounsel.svg into the PNG sizes desktops and installers ask for.

Run after changing the SVG: `QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py`.
The PNGs are kept in the repository, so that neither the app nor a build needs an SVG renderer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> None:
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "dermacounsel.svg"))
    if not renderer.isValid():
        raise SystemExit("dermacounsel.svg could not be read")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(ICONS / f"dermacounsel-{size}.png")):
            raise SystemExit(f"cannot write dermacounsel-{size}.png")


if __name__ == "__main__":
    main()
