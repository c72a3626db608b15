"""Render every view (normal and presentation mode), the editor's tabs, every dialog and the first page
of every printout, at the screens the app must fit, in English and Japanese, into docs/images/gallery/.

    .venv/bin/python docs/gallery.py                      # everything: 4 screens x 2 languages
    .venv/bin/python docs/gallery.py --screen 1366x768 --lang ja

Files are named VIEW-SCREEN-MODE-LANG.png (explorer-1366x768-normal-en.png, dialog-settings-1280x720-
normal-ja.png, print-summary-a4-page1-en.png). Each screen runs in its own offscreen Qt process with a
virtual screen of that size (1920x1080@1.5 is QT_SCALE_FACTOR=1.5, as on a high-DPI laptop) and a fresh
catalogue, settings and home; fits.json beside the pictures records, for each window, whether its frame
fits the screen, and for the editor's Products form any two of its widgets that overlap.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "images" / "gallery"
SCREENS = ("1366x768", "1280x720", "1920x1080", "1920x1080@1.5")
LANGUAGES = ("en", "ja")
VIEWS = ("explorer", "growth-factors", "compare", "counsel", "ingredients", "procedures")


def _label(screen: str) -> str:
    return screen.replace("@", "at")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--screen", action="append", choices=SCREENS, help="one of the screens (default: all)")
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="one language (default: both)")
    parser.add_argument("--one", nargs=2, metavar=("SCREEN", "LANG"), help=argparse.SUPPRESS)
    parser.add_argument("--printouts", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        return _render_one(args.out, args.one[0], args.one[1], args.printouts)
    fits: dict[str, object] = {}
    for language in args.lang or LANGUAGES:
        for number, screen in enumerate(args.screen or SCREENS):
            home = Path(tempfile.mkdtemp(prefix="dermacounsel-gallery-"))
            width, height = screen.split("@")[0].split("x")
            config = home / "screen.json"
            config.write_text(
                json.dumps(
                    {
                        "synchronousWindowSystemEvents": True,
                        "windowFrameMargins": False,
                        "screens": [{"name": "Gallery", "x": 0, "y": 0, "width": int(width), "height": int(height),
                                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}],
                    }
                ),
                encoding="utf-8",
            )  # fmt: skip
            env = dict(os.environ)
            env.pop("DERMACOUNSEL_DB", None)
            env.update(
                QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                XDG_CONFIG_HOME=str(home / "config"),
                XDG_DATA_HOME=str(home / "data"),
                XDG_STATE_HOME=str(home / "state"),
                HOME=str(home),
            )
            if "@" in screen:
                env["QT_SCALE_FACTOR"] = screen.split("@")[1]
            command = [sys.executable, str(Path(__file__).resolve()), "--out", str(args.out), "--one", screen, language]
            if number == 0:
                command.append("--printouts")  # the paper is the same on every screen
            print(f"gallery: {screen} {language}", flush=True)
            subprocess.run(command, env=env, check=True)
            fits[f"{_label(screen)}-{language}"] = json.loads((args.out / ".fits.json").read_text(encoding="utf-8"))
    (args.out / ".fits.json").unlink(missing_ok=True)
    (args.out / "fits.json").write_text(json.dumps(fits, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"gallery: {len(list(args.out.glob('*.png')))} pictures in {args.out}")
    return 0


def _render_one(out: Path, screen: str, language: str, printouts: bool) -> int:
    """In this process's offscreen screen: every view, the editor, every dialog (and the printouts)."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QScrollArea, QWidget

    from dermacounsel.ui import language as ui_language

    ui_language.choose_for_this_run(language)
    from dermacounsel.reports import pages
    from dermacounsel.services.catalogue import Catalogue
    from dermacounsel.storage.catalogue_import import import_catalogue
    from dermacounsel.storage.database import open_database
    from dermacounsel.ui.about import AboutDialog
    from dermacounsel.ui.app import make_application, quiet_qt_noise
    from dermacounsel.ui.catalogue_files import NAMES_SHOWN, BackupsDialog, ImportConfirmation
    from dermacounsel.ui.help import HelpDialog
    from dermacounsel.ui.main_window import MainWindow
    from dermacounsel.ui.printing import PrintOptionsDialog
    from dermacounsel.ui.screen_fit import screen_share
    from dermacounsel.ui.settings import ClinicSettings, SettingsDialog

    quiet_qt_noise()  # the offscreen platform's "does not support propagateSizeHints()"
    app = make_application()
    database = open_database(Path(os.environ["XDG_DATA_HOME"]) / "catalogue.sqlite3")
    catalogue = Catalogue(database)
    window = MainWindow(catalogue)
    window.show()
    app.processEvents()
    available = window.screen().availableGeometry()
    label = _label(screen)
    fits: dict[str, object] = {"screen": [available.width(), available.height()], "windows": {}, "overlaps": []}

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def save(widget: QWidget, name: str, mode: str = "normal") -> None:
        settle()
        widget.grab().save(str(out / f"{name}-{label}-{mode}-{language}.png"), "PNG")
        frame = widget.frameGeometry()
        fits["windows"][f"{name}-{mode}"] = {  # type: ignore[index]
            "size": [frame.width(), frame.height()],
            "fits": QRect(available).contains(frame),
        }

    def prepare(key: str) -> None:
        view = window.current_view()
        if key == "explorer":
            handle = view.findChild(QWidget, "region-hair-follicle")
            handle.parentWidget().select("hair-follicle")  # the canvas: a region chosen, its panel filled
        elif key == "compare":
            view.set_products(["benev", "babyskin", "amniogenics", "premium-cell"])
        elif key == "counsel":
            view.set_concerns(["deep-wrinkles", "dullness-spots"])

    for mode in ("normal", "presentation"):
        window.set_presentation(mode == "presentation")
        for key in VIEWS:
            window.show_view(key)
            prepare(key)
            save(window, key, mode)
    window.set_presentation(False)
    window.set_edit_mode(True)
    editor = window.current_view()
    save(window, "editor-ratings")
    editor.tabs.setCurrentWidget(editor.products)
    settle()
    save(window, "editor-products")
    editor.tabs.setCurrentWidget(editor.ingredients)
    settle()
    save(window, "editor-ingredients")
    editor.tabs.setCurrentWidget(editor.products)
    settle()
    page = editor.products.findChild(QScrollArea).widget()
    parts = [w for w in page.findChildren(QWidget) if w.parentWidget() is page and w.isVisible()]
    for n, first in enumerate(parts):
        for second in parts[n + 1 :]:
            if first.geometry().intersects(second.geometry()):
                fits["overlaps"].append([type(first).__name__, type(second).__name__])  # type: ignore[attr-defined]
    window.set_edit_mode(False)

    products = catalogue.product_names()
    seed = Path(__file__).resolve().parent.parent / "db" / "catalogue.json"
    # the confirmation as an import would show it: a dry run of the seed with a clinic's changes to Benev
    edited = json.loads(seed.read_text(encoding="utf-8"))
    benev = next(p for p in edited["products"] if p.get("key") == "benev")
    benev["notes"] = {"en": "Stocked in the fridge", "ja": "冷蔵庫に保管"}
    benev["components"] = benev["components"][:-1]
    clinic = Path(tempfile.mkdtemp(prefix="dermacounsel-gallery-")) / "clinic.json"
    clinic.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    merged, replaced = (
        import_catalogue(database, clinic, replace=replace, dry_run=True).lines(NAMES_SHOWN, language)
        for replace in (False, True)
    )
    dialogs = [
        ("dialog-settings", SettingsDialog(ClinicSettings.load(), products, window)),
        ("dialog-backups", BackupsDialog(window, catalogue, lambda: None)),
        ("dialog-help", HelpDialog(window)),
        ("dialog-about", AboutDialog(window, catalogue.path)),
        ("dialog-print-options", PrintOptionsDialog("a4", window.tr("Print the consultation summary"), window)),
        ("dialog-import", ImportConfirmation(clinic, merged, replaced, window)),
    ]
    for name, dialog in dialogs:
        dialog.show()
        save(dialog, name)
        dialog.close()
    window.show_view("counsel")
    printout = window.current_view().printable().printout("")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setPageLayout(pages.page_layout("a4"))
    preview = QPrintPreviewDialog(printer, window)
    preview.paintRequested.connect(printout.paint_pages)
    screen_share(preview, 0.9, 0.92, QSize(1000, 1100))
    preview.show()
    save(preview, "dialog-print-preview")
    preview.close()
    (out / ".fits.json").write_text(json.dumps(fits), encoding="utf-8")

    if printouts:
        folder = Path(tempfile.mkdtemp(prefix="dermacounsel-printouts-"))
        for name, key in (("print-sheet", "compare"), ("print-summary", "counsel")):
            window.show_view(key)
            pdf = folder / f"{name}.pdf"
            window.current_view().printable().printout("").write_pdf("a4", pdf)
            stem = out / f"{name}-a4-page1-{language}"
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                           check=True)  # fmt: skip
    window.close()
    catalogue.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
