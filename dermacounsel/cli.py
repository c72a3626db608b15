"""The `dermacounsel` command: the app by default, subcommands for the rest.

Imports stay inside the commands, so that `--version` and `--help` load neither Qt nor SQLAlchemy.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from dermacounsel import __version__

PROG = "dermacounsel"


class UserError(Exception):
    """A problem the user can fix, reported as one line without a traceback."""


def _database_path(args: argparse.Namespace) -> Path:
    from dermacounsel.paths import default_database_path

    return Path(args.db).expanduser() if args.db else default_database_path()


def _existing_database_path(args: argparse.Namespace) -> Path:
    """The database path, which must exist unless it is the default location (created on first start)
    or --create was given: a mistyped --db ("cat.sqlite" for "cat.sqlite3") must not start a new, empty
    catalogue that an import then "succeeds" into."""
    from dermacounsel.paths import DATABASE_ENV

    path = _database_path(args)
    named = bool(args.db or os.environ.get(DATABASE_ENV))
    if named and not getattr(args, "create", False) and not path.exists() and not path.is_symlink():
        where = "--db" if args.db else f"${DATABASE_ENV}"
        raise UserError(
            f"{path}: there is no catalogue there (check the {where} path); "
            f"add --create to make a new one from the bundled catalogue"
        )
    return path


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from dermacounsel.storage.database import DatabaseError, open_database

    try:
        return open_database(_existing_database_path(args))
    except DatabaseError as error:
        raise UserError(str(error)) from None


def _no_display() -> str | None:
    """Why the app cannot show a window here, if it cannot: on Linux without X11 or Wayland, Qt would abort
    (exit 134) with a message about libxcb-cursor0, which is seldom the cause."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set): start DermaCounsel from a "
        f"desktop session; the commands ('{PROG} --help') work without one"
    )


def run_gui(args: argparse.Namespace) -> int:
    problem = _no_display()
    if problem is not None:
        raise UserError(problem)
    from dermacounsel.ui.app import run

    return run(_existing_database_path(args), terminate_after_init=args.terminate_after_init)


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
    from dermacounsel.storage.backups import newest_verified_backup

    newest = newest_verified_backup(report.path)
    if newest is not None:
        print(
            f"Newest verified backup: {newest.taken_at:%d %B %Y, %H:%M} ({newest.path}); "
            f"'{PROG} restore {newest.path}' puts it back."
        )
    else:
        print("No verified backup was found beside the database.")
    return 1


def run_export(args: argparse.Namespace) -> int:
    from dermacounsel.storage.catalogue_db import read_catalogue_document
    from dermacounsel.storage.catalogue_file import dump_catalogue, write_text_atomically

    database = _open(args)
    try:
        with database.reading() as session:
            text = dump_catalogue(read_catalogue_document(session))
    except Exception as error:  # a stored text or number the catalogue's checks refuse: one line, not a traceback
        from dermacounsel.storage.database import DatabaseError

        if isinstance(error, DatabaseError):
            raise UserError(str(error)) from None
        raise UserError(
            f"{database.path}: its catalogue cannot be read back whole ({type(error).__name__}); "
            f"'{PROG} check' lists what is wrong"
        ) from None
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


def _patient(args: argparse.Namespace) -> str:
    """The name to print, from --patient, or from standard input with `--patient -`: an argument shows in
    every local user's `ps` and in the shell's history, standard input in neither."""
    given: str | None = getattr(args, "patient", None)
    if given != "-":
        return given or ""
    line = sys.stdin.readline()
    return line.strip()


def _size(text: str) -> tuple[int, int]:
    """ "1280x800" as (1280, 800), for argparse."""
    width, _, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1280x800") from None
    if not all(100 <= side <= 8000 for side in size):
        raise argparse.ArgumentTypeError(f"{text!r}: each side must be from 100 to 8000 pixels")
    return size  # each view then refuses a size it cannot be laid out in, naming its minimum (ui/render)


def _png(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() != ".png":
        raise argparse.ArgumentTypeError(f"{text!r}: the image is written as PNG, so name a .png file")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r}: the folder {path.parent} does not exist")
    return path


def _render(args: argparse.Namespace, database: Any, build: Callable[[Any], Any], what: str) -> int:
    """Build a view offscreen with `build(database)` and write it to args.out at args.size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from dermacounsel.ui.app import make_application, quiet_qt_noise
    from dermacounsel.ui.render import RenderError, render_widget

    quiet_qt_noise()
    app = make_application()
    view = build(database)
    try:
        render_widget(view, QSize(*args.size), args.out)
    except RenderError as error:
        raise UserError(str(error)) from None
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()
        database.close()
    print(f"Rendered {what} to {args.out}", file=sys.stderr)
    return 0


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
        if args.depth is not None:
            card = procedures.get(procedure or "")
            if card is None or card.needle_depth_mm is None:
                needled = ", ".join(key for key, c in procedures.items() if c.needle_depth_mm)
                raise UserError(f"--depth sets a needle depth; use it with --procedure {needled}")
            low, high, step = card.needle_depth_mm
            steps = args.depth / step
            if not low - 1e-9 <= args.depth <= high + 1e-9 or abs(steps - round(steps)) > 1e-6:
                raise UserError(
                    f"--depth {args.depth:g}: the {card.name} is set from {low:.1f} to {high:.1f} mm "
                    f"in {step:.1f} mm steps"
                )
    except (UnknownKeyError, UserError) as error:
        database.close()
        raise UserError(str(error)) from None

    def build(database: Any) -> Any:
        from dermacounsel.ui.explorer.view import ExplorerView

        view = ExplorerView(database)
        if procedure:
            view.set_procedure(procedure)
        if args.depth is not None:
            view.set_depth(args.depth)
        if layer:
            view.select_region(layer)
        return view

    return _render(args, database, build, "the skin explorer")


def _chart_selection(args: argparse.Namespace, database: Any) -> tuple[list[str], list[str]]:
    """The growth-factor keys and product names asked for with --gf and --product, resolved."""
    from dermacounsel.domain.keys import UnknownKeyError, resolve_growth_factor, resolve_product
    from dermacounsel.storage import reference

    with database.reading() as session:
        factors = [card.key for card in reference.growth_factor_cards(session) if card.rated]
        products = [product.name for product in reference.product_links(session)]
    try:
        chosen_factors = [resolve_growth_factor(key, factors) for key in args.gf or []]
        chosen_products = [resolve_product(name, products) for name in args.product or []]
    except UnknownKeyError as error:
        database.close()
        raise UserError(str(error)) from None
    return list(dict.fromkeys(chosen_factors)), list(dict.fromkeys(chosen_products))


def run_chart(args: argparse.Namespace) -> int:
    from dermacounsel.charts.profile_series import colours, series_for
    from dermacounsel.charts.radar import RadarChart, save_figure
    from dermacounsel.domain.profiles import factor_profile, product_profile
    from dermacounsel.storage import reference

    database = _open(args)
    factor_keys, product_names = _chart_selection(args, database)
    with database.reading() as session:
        scale = reference.rating_scale(session)
        cards = reference.growth_factor_cards(session)
        products = reference.product_links(session)
    database.close()
    rated = next(card for card in cards if card.rated)
    effect_keys = [r.effect_key for r in rated.ratings]
    if not factor_keys and not product_names:
        factor_keys = [card.key for card in cards if card.rated]
    profiles = [factor_profile(card, effect_keys) for card in cards if card.key in factor_keys]
    for product in products:
        if product.name in product_names:
            profile = product_profile(product, cards, effect_keys)
            if profile.levels is None:
                print(
                    f"{PROG}: {product.name} lists no rated growth factor; it is left out of the chart", file=sys.stderr
                )
            profiles.append(profile)
    chart = RadarChart([r.effect for r in rated.ratings], scale)
    chart.show(series_for(profiles, colours(cards, [p.name for p in products])))
    try:
        save_figure(chart.figure, args.out, dpi=args.dpi)
    except OSError as error:
        raise UserError(f"{args.out}: cannot be written ({error.strerror or error})") from None
    print(f"Saved the chart to {args.out}", file=sys.stderr)
    return 0


def run_render_growth_factors(args: argparse.Namespace) -> int:
    database = _open(args)
    factor_keys, product_names = _chart_selection(args, database)
    if factor_keys and product_names:
        database.close()
        raise UserError("the view shows growth factors or products, not both: give --gf or --product")

    def build(database: Any) -> Any:
        from dermacounsel.ui.growth_factors_view import PRODUCTS, GrowthFactorsView

        view = GrowthFactorsView(database)
        if product_names:
            view.set_mode(PRODUCTS)
            view.set_selection(product_names)
        elif factor_keys:
            view.set_selection(factor_keys)
        return view

    return _render(args, database, build, "the growth factors view")


def _products_to_compare(args: argparse.Namespace, database: Any) -> list[str]:
    from dermacounsel.domain.keys import UnknownKeyError, resolve_product
    from dermacounsel.storage import reference

    with database.reading() as session:
        known = reference.product_names(session)
    try:
        chosen = list(dict.fromkeys(resolve_product(name, known) for name in args.product or []))
    except UnknownKeyError as error:
        database.close()
        raise UserError(str(error)) from None
    if not 2 <= len(chosen) <= 4:
        database.close()
        raise UserError(f"compare two to four different products (got {len(chosen)}): give --product NAME for each")
    return chosen


def _warn_about_the_logo(logo: str) -> None:
    """A clinic logo that can no longer be read is left off the page; say so."""
    from dermacounsel.ui.settings import logo_problem

    problem = logo_problem(logo) if logo else None
    if problem:
        print(f"{PROG}: warning: the clinic logo is left out ({problem}); choose it again in Settings", file=sys.stderr)


def run_sheet(args: argparse.Namespace) -> int:
    database = _open(args)
    products = _products_to_compare(args, database)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dermacounsel.reports import comparison_sheet
    from dermacounsel.ui.app import make_application, quiet_qt_noise
    from dermacounsel.ui.settings import ClinicSettings

    quiet_qt_noise()
    make_application()  # fonts, and the clinic's settings (QSettings) under the app's name
    settings = ClinicSettings.load()
    _warn_about_the_logo(settings.logo)
    paper = args.paper or settings.paper
    try:
        with database.reading() as session:
            content = comparison_sheet.compose(
                session, products, settings.name, settings.address, settings.logo, _patient(args)
            )
        pages = comparison_sheet.write_pdf(content, paper, args.out)
    except OSError as error:
        raise UserError(f"{args.out}: cannot be written ({error.strerror or error})") from None
    finally:
        database.close()
    print(
        f"Wrote the comparison of {', '.join(products)} to {args.out} ({pages} page(s), {paper.upper()})",
        file=sys.stderr,
    )
    return 0


def run_render_compare(args: argparse.Namespace) -> int:
    database = _open(args)
    products = _products_to_compare(args, database)

    def build(database: Any) -> Any:
        from dermacounsel.ui.compare_view import CompareView

        view = CompareView(database)
        view.set_products(products)
        return view

    return _render(args, database, build, "the comparer")


def _pdf(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() != ".pdf":
        raise argparse.ArgumentTypeError(f"{text!r}: the sheet is written as PDF, so name a .pdf file")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r}: the folder {path.parent} does not exist")
    return path


def _chart_file(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise argparse.ArgumentTypeError(f"{text!r}: name a .png, .svg or .pdf file (the format follows the name)")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r}: the folder {path.parent} does not exist")
    return path


def _dpi(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 50 <= value <= 600:
        raise argparse.ArgumentTypeError(f"{value}: choose from 50 to 600 dots per inch")
    return value


def run_backup(args: argparse.Namespace) -> int:
    from dermacounsel.storage.backups import MANUAL, make_backup
    from dermacounsel.storage.database import DatabaseError

    database = _open(args)
    database.close()  # created or migrated if need be; the backup reads the file through SQLite itself
    try:
        backup = make_backup(database.path, MANUAL, to=Path(args.to).expanduser() if args.to else None)
    except DatabaseError as error:
        raise UserError(str(error)) from None
    print(f"Backed up {database.path} to {backup.path} (verified with integrity_check)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from dermacounsel.storage.backups import restore_backup
    from dermacounsel.storage.database import DatabaseError

    target = _database_path(args).absolute()
    try:
        safety = restore_backup(target, Path(args.path).expanduser())
    except DatabaseError as error:
        raise UserError(str(error)) from None
    print(f"Restored {args.path} into {target}")
    if safety is not None:
        print(f"The catalogue as it was is kept in {safety.path}")
    return 0


def _chosen_concerns(args: argparse.Namespace, database: Any) -> list[str]:
    from dermacounsel.domain.keys import UnknownKeyError, resolve_key
    from dermacounsel.storage import reference

    with database.reading() as session:
        known = [c.key for c in reference.concerns(session)]
    if not args.concern:
        database.close()
        raise UserError(f"name at least one --concern; valid: {', '.join(known)}")
    try:
        return list(dict.fromkeys(resolve_key(key, known, "concern") for key in args.concern))
    except UnknownKeyError as error:
        database.close()
        raise UserError(str(error)) from None


def run_advise(args: argparse.Namespace) -> int:
    import json

    from dermacounsel.storage import reference

    database = _open(args)
    concerns = _chosen_concerns(args, database)
    with database.reading() as session:
        result = reference.recommendations(session, concerns)
    if args.out:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from dermacounsel.reports import consultation_summary
        from dermacounsel.ui.app import make_application, quiet_qt_noise
        from dermacounsel.ui.settings import ClinicSettings

        quiet_qt_noise()
        make_application()
        settings = ClinicSettings.load()
        _warn_about_the_logo(settings.logo)
        with database.reading() as session:
            content = consultation_summary.compose(
                session, concerns, settings.name, settings.address, settings.logo, _patient(args)
            )
        try:
            pages = consultation_summary.write_pdf(content, args.paper or settings.paper, args.out)
        except OSError as error:
            raise UserError(f"{args.out}: cannot be written ({error.strerror or error})") from None
        finally:
            database.close()
        print(f"Wrote the consultation summary to {args.out} ({pages} page(s))", file=sys.stderr)
        return 0
    database.close()
    sections = (
        ("growth_factors", "Growth factors"),
        ("products", "Products"),
        ("ingredients", "Functional ingredients"),
        ("procedures", "Procedures"),
    )
    if args.json:
        payload: dict[str, Any] = {"concerns": [c.key for c in result.concerns]}
        for attribute, _title in sections:
            payload[attribute] = [
                {
                    "key": row.key,
                    "name": row.name,
                    "score": row.score,
                    "reasons": row.reasons,
                    **({"cautions": list(row.cautions)} if attribute == "products" else {}),
                }
                for row in getattr(result, attribute)
            ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    from dermacounsel.domain.counselling import RULE

    print("Concerns, most important first: " + ", ".join(c.name for c in result.concerns))
    print(f"Rule: {RULE}")
    for attribute, title in sections:
        print(f"\n{title}:")
        rows = getattr(result, attribute)
        if not rows:
            print("  (none acts on these concerns)")
        for rank, row in enumerate(rows, start=1):
            print(f"  {rank}. {row.name} (score {row.score})")
            for reason in row.reasons:
                print(f"       {reason}")
            for caution in row.cautions:
                print(f"       ⚠ {caution}")
    return 0


def run_render_counsel(args: argparse.Namespace) -> int:
    database = _open(args)
    concerns = _chosen_concerns(args, database)

    def build(database: Any) -> Any:
        from dermacounsel.ui.counsel_view import CounselView

        view = CounselView(database)
        view.set_concerns(concerns)
        return view

    return _render(args, database, build, "the counselling view")


def run_selftest(args: argparse.Namespace) -> int:
    """Open every view offscreen on a scratch copy of the catalogue, exercise it once, time it."""
    import tempfile
    import time
    import traceback

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from dermacounsel.storage.backups import make_backup
    from dermacounsel.storage.database import open_database
    from dermacounsel.ui.app import make_application, quiet_qt_noise
    from dermacounsel.ui.main_window import MainWindow

    source = _open(args)
    source.close()
    quiet_qt_noise()
    app = make_application()
    exercises = {
        "explorer": lambda v: (v.set_procedure("dermapen"), v.set_depth(1.5), v.select_region("dermis")),
        "growth-factors": lambda v: (
            v.set_selection(["EGF", "FGF", "IGF-1"]),
            v.rank_effect(4),
            v.chart_widget.canvas.draw(),
        ),
        "compare": lambda v: v.set_products(v.all_names[:3]),
        "counsel": lambda v: v.set_concerns(["deep-wrinkles", "dryness"]),
        "ingredients": lambda v: v.filter_box.setText("acid"),
        "procedures": lambda v: v.filter_box.setText("depth"),
        "edit": lambda v: v.tabs.setCurrentIndex(1),
    }
    failed: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        scratch = make_backup(source.path, "manual", to=Path(folder) / "selftest.sqlite3").path  # never the real one
        database = open_database(scratch)
        window = MainWindow(database)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        print(f"{'view':<16} {'open':>9} {'exercise':>9}")
        for key in window.view_keys():
            try:
                if key == "edit":
                    window.set_edit_mode(True)
                start = time.perf_counter()
                view = window.view(key)  # created here, not in a signal handler, so a failure is caught
                window.show_view(key)
                app.processEvents()
                opened = time.perf_counter()
                exercises.get(key, lambda v: None)(view)
                app.processEvents()
                view.grab()  # paint it
                done = time.perf_counter()
                print(f"{key:<16} {(opened - start) * 1000:>7.0f}ms {(done - opened) * 1000:>7.0f}ms")
            except Exception:  # report which view failed, and go on with the others
                failed.append(key)
                print(f"{key:<16} FAILED\n{traceback.format_exc()}", file=sys.stderr)
        window.set_edit_mode(False)
        window.close()
        database.close()
    if failed:
        print(f"selftest failed: {', '.join(failed)}")
        return 1
    print(f"selftest passed: {len(window.view_keys())} views")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from dermacounsel.storage.backups import make_backup
    from dermacounsel.storage.catalogue_file import CatalogueFileError
    from dermacounsel.storage.catalogue_import import import_catalogue
    from dermacounsel.storage.database import DatabaseError

    source = Path(args.path).expanduser()
    database = _open(args)
    try:
        report = import_catalogue(
            database,
            source,
            replace=args.replace,
            dry_run=args.dry_run,
            before_write=lambda: make_backup(database.path, "before-import"),
        )
    except (CatalogueFileError, DatabaseError) as error:
        raise UserError(str(error)) from None
    finally:
        database.close()
    verb = "Would import" if args.dry_run else "Imported" if report.written else "Nothing to import from"
    print(f"{verb} {source}: {report.lines()[0]}")
    for line in report.lines()[1:]:
        print(line)
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
        "folder, which is created from the bundled catalogue on first start); a path named here or in "
        "$DERMACOUNSEL_DB must exist, unless --create is given"
    )
    create_help = "if the --db (or $DERMACOUNSEL_DB) file does not exist, create it from the bundled catalogue"
    parser.add_argument("--db", metavar="PATH", help=db_help)
    parser.add_argument("--create", action="store_true", help=create_help)
    # --db and --create are also accepted after the command ("dermacounsel check --db PATH").
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    common.add_argument("--create", action="store_true", default=argparse.SUPPRESS, help=create_help)
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
        help=(
            "check the database's integrity and the catalogue's rules, without changing it (a transaction a "
            "crash left unfinished is rolled back first); exit 1 on any problem, or if there is no database "
            "there or another program is writing to it"
        ),
    )
    check.set_defaults(handler=run_check)
    export = commands.add_parser("export", parents=[common], help="write the whole catalogue as a catalogue file")
    export.add_argument("path", metavar="PATH", help="the file to write, or - for standard output")
    export.set_defaults(handler=run_export)
    selftest = commands.add_parser(
        "selftest", parents=[common], help="open every view offscreen on a copy of the catalogue and time it"
    )
    selftest.set_defaults(handler=run_selftest)
    backup = commands.add_parser(
        "backup", parents=[common], help="copy the database with SQLite's backup API and verify the copy"
    )
    backup.add_argument("--to", metavar="PATH", help="write the backup here (default: the backups folder)")
    backup.set_defaults(handler=run_backup)
    restore = commands.add_parser(
        "restore", parents=[common], help="replace the database with a backup, after backing up the current one"
    )
    restore.add_argument("path", metavar="PATH", help="the backup to restore")
    restore.set_defaults(handler=run_restore)
    importer = commands.add_parser(
        "import",
        parents=[common],
        help="read a catalogue file: merge it by name (or --replace the catalogue), after a backup",
    )
    importer.add_argument("path", metavar="PATH", help="the catalogue file to read")
    importer.add_argument("--replace", action="store_true", help="replace the whole catalogue instead of merging")
    importer.add_argument("--dry-run", action="store_true", help="say what would change, and write nothing")
    importer.set_defaults(handler=run_import)

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
    selection = _Parser(add_help=False)
    selection.add_argument(
        "--gf",
        metavar="KEY",
        action="append",
        help="a growth factor to show (EGF, FGF, PDGF, IGF-1, TGF-β or TGF-b, PRP+FGF); repeat",
    )
    selection.add_argument("--product", metavar="NAME", action="append", help="a product to show; repeat")
    growth = views.add_parser(
        "growth-factors",
        parents=[common, selection],
        help="the growth factors view with the chosen factors or products",
    )
    growth.add_argument("--size", metavar="WxH", type=_size, default=(1280, 800), help="image size (default 1280x800)")
    growth.add_argument("--out", metavar="FILE.png", type=_png, required=True, help="the PNG file to write")
    growth.set_defaults(handler=run_render_growth_factors)

    compare = views.add_parser("compare", parents=[common], help="the comparer with two to four products")
    compare.add_argument("--product", metavar="NAME", action="append", help="a product to compare; repeat")
    compare.add_argument("--size", metavar="WxH", type=_size, default=(1280, 800), help="image size (default 1280x800)")
    compare.add_argument("--out", metavar="FILE.png", type=_png, required=True, help="the PNG file to write")
    compare.set_defaults(handler=run_render_compare)

    counsel = views.add_parser("counsel", parents=[common], help="the counselling view for these concerns")
    counsel.add_argument("--concern", metavar="KEY", action="append", help="a concern, most important first; repeat")
    counsel.add_argument("--size", metavar="WxH", type=_size, default=(1280, 800), help="image size (default 1280x800)")
    counsel.add_argument("--out", metavar="FILE.png", type=_png, required=True, help="the PNG file to write")
    counsel.set_defaults(handler=run_render_counsel)

    advise = commands.add_parser(
        "advise", parents=[common], help="rank growth factors, products, ingredients and procedures for concerns"
    )
    advise.add_argument(
        "--concern",
        metavar="KEY",
        action="append",
        help="a patient's concern, most important first; repeat (e.g. deep-wrinkles, dryness)",
    )
    advise.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    advise.add_argument(
        "--patient",
        metavar="TEXT",
        help="with --out: a name for this printout only (never stored); - reads it from standard input, "
        "which other users cannot see in ps as they can an argument",
    )
    advise.add_argument("--paper", choices=("a4", "letter"), help="with --out: paper size")
    advise.add_argument("--out", metavar="FILE.pdf", type=_pdf, help="write the printed consultation summary")
    advise.set_defaults(handler=run_advise)

    sheet = commands.add_parser("sheet", parents=[common], help="write the printed comparison sheet as a PDF")
    sheet.add_argument("--product", metavar="NAME", action="append", help="a product to compare (two to four); repeat")
    sheet.add_argument(
        "--patient",
        metavar="TEXT",
        help="a name to print on this sheet only (never stored); - reads it from standard input, which other "
        "users cannot see in ps as they can an argument",
    )
    sheet.add_argument("--paper", choices=("a4", "letter"), help="paper size (default: the clinic's setting, A4)")
    sheet.add_argument("--out", metavar="FILE.pdf", type=_pdf, required=True, help="the PDF file to write")
    sheet.set_defaults(handler=run_sheet)

    chart = commands.add_parser(
        "chart",
        parents=[common, selection],
        help="save the radar chart of growth factors or products (default: every rated factor)",
    )
    chart.add_argument("--dpi", type=_dpi, default=150, help="resolution of a PNG (default 150)")
    chart.add_argument(
        "--out",
        metavar="FILE",
        type=_chart_file,
        required=True,
        help="the file to write: .png, .svg (text stays editable) or .pdf",
    )
    chart.set_defaults(handler=run_chart)
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


def run() -> NoReturn:
    """The `dermacounsel` command (and `python -m dermacounsel`): `main`, then exit.

    Once a command is done there is nothing left but to exit, and Python's shutdown would otherwise walk
    every object SQLAlchemy, matplotlib and Qt created, looking for reference cycles to collect: ~0.3 s of
    a `sheet` command (docs/performance.md). Freezing the collector first skips that walk; files are
    written and the database is closed by then, exit handlers still run, and the system takes the memory
    back. `main` itself leaves the collector alone, for callers that go on (the tests)."""
    code = main()
    gc.freeze()
    sys.exit(code)
