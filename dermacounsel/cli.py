"""The `dermacounsel` command: the app by default, subcommands for the rest.

Imports stay inside the commands, so that `--version` and `--help` load neither Qt nor SQLAlchemy.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from dermacounsel import __version__

PROG = "dermacounsel"


class UserError(Exception):
    """A problem the user can fix, reported as one line without a traceback."""


def _database_path(args: argparse.Namespace) -> Path:
    from dermacounsel.paths import default_database_path

    return Path(args.db).expanduser() if args.db else default_database_path()


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from dermacounsel.storage.database import DatabaseError, open_database

    try:
        return open_database(_database_path(args))
    except DatabaseError as error:
        raise UserError(str(error)) from None


def run_gui(args: argparse.Namespace) -> int:
    from dermacounsel.ui.app import run

    return run(_database_path(args), terminate_after_init=args.terminate_after_init)


def run_check(args: argparse.Namespace) -> int:
    from dermacounsel.storage.checks import check_database
    from dermacounsel.storage.database import DatabaseError

    try:
        report = check_database(_database_path(args))
    except DatabaseError as error:
        raise UserError(str(error)) from None
    print(f"Checking {report.path}")
    for line in report.lines:
        print(line)
    if report.ok:
        print("No problems found.")
        return 0
    print(f"{len(report.problems)} problem(s) found.")
    return 1


def run_export(args: argparse.Namespace) -> int:
    from dermacounsel.storage.catalogue_db import read_catalogue_document
    from dermacounsel.storage.catalogue_file import dump_catalogue, write_text_atomically

    database = _open(args)
    try:
        with database.reading() as session:
            text = dump_catalogue(read_catalogue_document(session))
    finally:
        database.close()
    if args.path == "-":
        sys.stdout.write(text)
        return 0
    target = Path(args.path).expanduser()
    if target.is_dir():
        raise UserError(f"{target}: is a folder; give the name of the file to write")
    if not target.parent.is_dir():
        raise UserError(f"{target}: the folder {target.parent} does not exist")
    try:
        write_text_atomically(target, text)
    except OSError as error:
        raise UserError(f"{target}: cannot be written ({error.strerror or error})") from None
    print(f"Exported the catalogue to {target}", file=sys.stderr)
    return 0


def _size(text: str) -> tuple[int, int]:
    """ "1280x800" as (1280, 800), for argparse."""
    width, _, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1280x800") from None
    if not all(100 <= side <= 8000 for side in size):
        raise argparse.ArgumentTypeError(f"{text!r}: each side must be from 100 to 8000 pixels")
    return size


def _png(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() != ".png":
        raise argparse.ArgumentTypeError(f"{text!r}: the image is written as PNG, so name a .png file")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r}: the folder {path.parent} does not exist")
    return path


def run_render_explorer(args: argparse.Namespace) -> int:
    from dermacounsel.domain.keys import UnknownKeyError, resolve_key
    from dermacounsel.storage import reference

    database = _open(args)
    with database.reading() as session:
        layers = [layer.key for layer in reference.layers(session)]
        procedures = {card.key: card for card in reference.procedure_cards(session)}
    try:
        layer = resolve_key(args.layer, layers, "layer") if args.layer else None
        procedure = resolve_key(args.procedure, list(procedures), "procedure") if args.procedure else None
    except UnknownKeyError as error:
        database.close()
        raise UserError(str(error)) from None
    if args.depth is not None:
        card = procedures.get(procedure or "")
        if card is None or card.needle_depth_mm is None:
            database.close()
            needled = ", ".join(key for key, c in procedures.items() if c.needle_depth_mm)
            raise UserError(f"--depth sets a needle depth; use it with --procedure {needled}")
        low, high, step = card.needle_depth_mm
        steps = args.depth / step
        if not low - 1e-9 <= args.depth <= high + 1e-9 or abs(steps - round(steps)) > 1e-6:
            database.close()
            raise UserError(
                f"--depth {args.depth:g}: the {card.name} is set from {low:.1f} to {high:.1f} mm in {step:.1f} mm steps"
            )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from dermacounsel.ui.app import make_application, quiet_qt_noise
    from dermacounsel.ui.explorer.view import ExplorerView
    from dermacounsel.ui.render import RenderError, render_widget

    quiet_qt_noise()
    app = make_application()
    view = ExplorerView(database)
    try:
        if procedure:
            view.set_procedure(procedure)
        if args.depth is not None:
            view.set_depth(args.depth)
        if layer:
            view.select_region(layer)
        render_widget(view, QSize(*args.size), args.out)
    except RenderError as error:
        raise UserError(str(error)) from None
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()
        database.close()
    print(f"Rendered the skin explorer to {args.out}", file=sys.stderr)
    return 0


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line on stderr and exit status 2, without the usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see '{PROG} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="DermaCounsel: a counselling aid for cosmetic dermatology clinics. "
        "Without a command, it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"DermaCounsel {__version__}")
    db_help = (
        "the catalogue database to use (default: $DERMACOUNSEL_DB, else catalogue.sqlite3 in your data "
        "folder); a new file is created and filled from the bundled catalogue"
    )
    parser.add_argument("--db", metavar="PATH", help=db_help)
    # --db is also accepted after the command ("dermacounsel check --db PATH").
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    parser.add_argument(
        "--terminate-after-init",
        action="store_true",
        help="open the main window, paint it once and exit (for smoke tests and start-up timing)",
    )
    parser.set_defaults(handler=run_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    check = commands.add_parser(
        "check",
        parents=[common],
        help="check the database's integrity and the catalogue's rules; exit 1 on any problem",
    )
    check.set_defaults(handler=run_check)
    export = commands.add_parser("export", parents=[common], help="write the whole catalogue as a catalogue file")
    export.add_argument("path", metavar="PATH", help="the file to write, or - for standard output")
    export.set_defaults(handler=run_export)

    render = commands.add_parser("render", parents=[common], help="draw a view offscreen into a PNG image")
    views = render.add_subparsers(title="views", metavar="VIEW", parser_class=_Parser, required=True)
    explorer = views.add_parser(
        "explorer", parents=[common], help="the skin explorer, optionally with a layer selected and a procedure shown"
    )
    explorer.add_argument("--layer", metavar="KEY", help="select this layer or structure (e.g. dermis, fibroblasts)")
    explorer.add_argument("--procedure", metavar="KEY", help="show this procedure's reach (e.g. dermapen, iv-drip)")
    explorer.add_argument("--depth", metavar="MM", type=float, help="the dermapen's needle depth in mm (0.2 to 3.0)")
    explorer.add_argument(
        "--size", metavar="WxH", type=_size, default=(1280, 800), help="image size (default 1280x800)"
    )
    explorer.add_argument("--out", metavar="FILE.png", type=_png, required=True, help="the PNG file to write")
    explorer.set_defaults(handler=run_render_explorer)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except UserError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 1
