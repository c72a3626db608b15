"""What the commands share: one-line errors, opening the catalogue through the service, and argument
types."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dermacounsel.services.catalogue import Catalogue

PROG = "dermacounsel"


class UserError(Exception):
    """A problem the user can fix, reported as one line without a traceback."""


class Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line on stderr and exit status 2, without the usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see '{PROG} --help')\n")


def database_path(args: argparse.Namespace) -> Path | str:
    """The catalogue named by --db or $DERMACOUNSEL_DB: a file path, or a server's URL (kept as text,
    told apart by the service). A path with "?" or "%" in it stays a path."""
    from dermacounsel.paths import default_database_path

    chosen = args.db or default_database_path()
    if isinstance(chosen, str) and re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", chosen):
        return chosen
    return Path(chosen).expanduser()


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Catalogue]:
    """The catalogue named by --db (or the default one), opened through the service and closed after."""
    from dermacounsel.services.catalogue import Catalogue, DatabaseError

    try:
        catalogue = Catalogue.open(database_path(args))
    except DatabaseError as error:
        raise UserError(str(error)) from None
    try:
        yield catalogue
    finally:
        catalogue.close()


def render(args: argparse.Namespace, catalogue: Catalogue, build: Callable[[Catalogue], Any], what: str) -> int:
    """Build a view offscreen with `build(catalogue)` and write it to args.out at args.size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from dermacounsel.ui.app import make_application, quiet_qt_noise
    from dermacounsel.ui.render import RenderError, render_widget

    quiet_qt_noise()
    app = make_application()
    view = build(catalogue)
    try:
        render_widget(view, QSize(*args.size), args.out)
    except RenderError as error:
        raise UserError(str(error)) from None
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()
    print(f"Rendered {what} to {args.out}", file=sys.stderr)
    return 0


def size(text: str) -> tuple[int, int]:
    """ "1280x800" as (1280, 800), for argparse."""
    width, _, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1280x800") from None
    if not all(100 <= side <= 8000 for side in size):
        raise argparse.ArgumentTypeError(f"{text!r}: each side must be from 100 to 8000 pixels")
    return size


def png(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() != ".png":
        raise argparse.ArgumentTypeError(f"{text!r}: the image is written as PNG, so name a .png file")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r}: the folder {path.parent} does not exist")
    return path


def pdf(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() != ".pdf":
        raise argparse.ArgumentTypeError(f"{text!r}: the sheet is written as PDF, so name a .pdf file")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r}: the folder {path.parent} does not exist")
    return path


def chart_file(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise argparse.ArgumentTypeError(f"{text!r}: name a .png, .svg or .pdf file (the format follows the name)")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r}: the folder {path.parent} does not exist")
    return path


def dpi(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 50 <= value <= 600:
        raise argparse.ArgumentTypeError(f"{value}: choose from 50 to 600 dots per inch")
    return value
