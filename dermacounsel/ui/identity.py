"""The app's face to the desktop: its window icon and desktop-file name, a UTF-8 locale for Qt, and, in
the bundled app, the fonts a bare system may lack (DejaVu Sans, and Noto Sans CJK for Japanese and 'ー')."""

from __future__ import annotations

import importlib.util
import locale
import os
import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon

from dermacounsel import DESKTOP_ID, paths

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def prepare_environment() -> None:
    """Before the application object exists: under the bare "C" locale (a service, `env -i`) Qt warns
    that it switches to UTF-8; choose UTF-8 first, as Python itself does outside the bundle (PEP 538)."""
    if not sys.platform.startswith("linux") or os.environ.get("LC_ALL"):
        return
    if locale.setlocale(locale.LC_CTYPE) in ("C", "POSIX"):
        os.environ["LC_CTYPE"] = "C.UTF-8"


def app_icon() -> QIcon:
    """The icon in every size shipped (resources/icons), for title bars, task switchers and docks."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = paths.resources_dir() / "icons" / f"dermacounsel-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def apply(app: QGuiApplication) -> None:
    """Give the application its icon and its desktop entry's name (Wayland matches windows to the entry
    by it), and add the bundled fonts the system lacks."""
    app.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    add_missing_fonts()


def bundled_fonts_dir() -> Path:
    """Where the bundle keeps its fonts (only the PyInstaller bundle has this folder)."""
    return Path(__file__).resolve().parent.parent / "fonts"


def _matplotlib_dejavu() -> list[Path]:
    """matplotlib ships DejaVu Sans for its charts; the same files serve Qt on a system without them."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"
    return sorted(folder.glob("DejaVuSans*.ttf"))


def add_missing_fonts(fonts_dir: Path | None = None) -> list[str]:
    """In the bundle: if no installed font writes Japanese, add the bundled Noto Sans CJK; if DejaVu Sans
    (the style sheet's and the printed sheets' font) is missing, add matplotlib's copy. The families added.

    A checkout or an installed wheel has no bundled fonts folder and relies on the system (.ci/install)."""
    fonts_dir = bundled_fonts_dir() if fonts_dir is None else fonts_dir
    if not fonts_dir.is_dir():
        return []
    files: list[Path] = []
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):
        files += sorted(fonts_dir.glob("*.otf")) + sorted(fonts_dir.glob("*.ttf"))
    if "DejaVu Sans" not in QFontDatabase.families():
        files += _matplotlib_dejavu()
    added: list[str] = []
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            added += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in added]
    return added
