"""The `dermacounsel` command: the app by default, subcommands for the rest, one module per group
(catalogue commands, renders, printouts). Every command reaches the catalogue through the catalogue
service and closes it when done.

Heavy imports stay inside the commands, so that `--version` and `--help` load neither Qt nor SQLAlchemy.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from dermacounsel import __version__
from dermacounsel.cli import catalogue_commands, describe_command, print_commands, render_commands, sync_command
from dermacounsel.cli.common import PROG, Parser, PrintLicences, UserError, chart_file, dpi, pdf, png, size
from dermacounsel.cli.messages import LANGUAGES, choose, language_given, translate

__all__ = ["PROG", "UserError", "build_parser", "main", "run"]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description=translate(
            "cli",
            "DermaCounsel: a counselling aid for cosmetic dermatology clinics. Without a command, it opens the app.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"DermaCounsel {__version__}")
    parser.add_argument(
        "--licenses",
        "--licences",
        action=PrintLicences,
        help=translate("cli", "list third-party components and licences"),
    )
    db_help = translate(
        "cli",
        "the catalogue database to use (default: $DERMACOUNSEL_DB, else catalogue.sqlite3 in your data "
        "folder, which is created from the bundled catalogue on first start); a path named here or in "
        "$DERMACOUNSEL_DB must exist, unless --create is given. A server's URL, such as "
        "postgresql+psycopg://user@host:5432/catalogue?sslmode=require, uses the catalogue a clinic chain "
        "shares (the password comes from ~/.pgpass, a service file or PGPASSWORD, never the URL)",
    )
    create_help = translate(
        "cli", "if the --db (or $DERMACOUNSEL_DB) file does not exist, create it from the bundled catalogue"
    )
    parser.add_argument("--db", metavar="PATH|URL", help=db_help)
    parser.add_argument("--create", action="store_true", help=create_help)
    # --db and --create are also accepted after the command ("dermacounsel check --db PATH").
    common = Parser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS, help=db_help)
    common.add_argument("--create", action="store_true", default=argparse.SUPPRESS, help=create_help)
    lang_help = translate(
        "cli",
        "the language of what is printed, rendered or written: ja (日本語) or en (default: the app's setting, "
        "else the system's language)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=lang_help)
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=lang_help)
    parser.add_argument(
        "--terminate-after-init",
        action="store_true",
        help=translate("cli", "open the main window, paint it once and exit (for smoke tests and start-up timing)"),
    )
    parser.set_defaults(handler=catalogue_commands.run_gui)
    commands = parser.add_subparsers(title=translate("cli", "commands"), metavar="COMMAND", parser_class=Parser)
    check = commands.add_parser(
        "check",
        parents=[common],
        help=(
            translate(
                "cli",
                "check the database's integrity and the catalogue's rules, without changing it (a transaction a "
                "crash left unfinished is rolled back first); exit 1 on any problem, or if there is no database "
                "there or another program is writing to it",
            )
        ),
    )
    check.set_defaults(handler=catalogue_commands.run_check)
    export = commands.add_parser(
        "export", parents=[common], help=translate("cli", "write the whole catalogue as a catalogue file")
    )
    export.add_argument("path", metavar="PATH", help=translate("cli", "the file to write, or - for standard output"))
    export.set_defaults(handler=catalogue_commands.run_export)
    selftest = commands.add_parser(
        "selftest",
        parents=[common],
        help=translate("cli", "open every view offscreen on a copy of the catalogue and time it"),
    )
    selftest.set_defaults(handler=catalogue_commands.run_selftest)
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=translate("cli", "copy the database with SQLite's backup API and verify the copy"),
    )
    backup.add_argument(
        "--to", metavar="PATH", help=translate("cli", "write the backup here (default: the backups folder)")
    )
    backup.set_defaults(handler=catalogue_commands.run_backup)
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=translate("cli", "replace the database with a backup, after backing up the current one"),
    )
    restore.add_argument("path", metavar="PATH", help=translate("cli", "the backup to restore"))
    restore.set_defaults(handler=catalogue_commands.run_restore)
    syncer = commands.add_parser(
        "sync",
        help=translate("cli", "copy a chain's server catalogue into this computer's local copy, for working offline"),
    )
    syncer.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        help=translate("cli", "the server's URL (default: $DERMACOUNSEL_DB when it is one)"),
    )
    syncer.add_argument(
        "--to",
        metavar="PATH",
        help=translate("cli", "the local copy to write (default: one per server, in your data folder)"),
    )
    syncer.set_defaults(handler=sync_command.run_sync)
    importer = commands.add_parser(
        "import",
        parents=[common],
        help=translate("cli", "read a catalogue file: merge it by name (or --replace the catalogue), after a backup"),
    )
    importer.add_argument("path", metavar="PATH", help=translate("cli", "the catalogue file to read"))
    importer.add_argument(
        "--replace", action="store_true", help=translate("cli", "replace the whole catalogue instead of merging")
    )
    importer.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "say what would change, and write nothing")
    )
    importer.add_argument(
        "--all-names",
        action="store_true",
        help=translate(
            "cli",
            "name every entry added, changed or removed (without it, the first {count} of each, and how many more)",
        ).format(count=catalogue_commands.NAMES_LISTED),
    )
    importer.set_defaults(handler=catalogue_commands.run_import)

    render = commands.add_parser(
        "render", parents=[common], help=translate("cli", "draw a view offscreen into a PNG image")
    )
    views = render.add_subparsers(title=translate("cli", "views"), metavar="VIEW", parser_class=Parser, required=True)
    explorer = views.add_parser(
        "explorer",
        parents=[common],
        help=translate("cli", "the skin explorer, optionally with a layer selected and a procedure shown"),
    )
    explorer.add_argument(
        "--layer", metavar="KEY", help=translate("cli", "select this layer or structure (e.g. dermis, fibroblasts)")
    )
    explorer.add_argument(
        "--procedure", metavar="KEY", help=translate("cli", "show this procedure's reach (e.g. dermapen, iv-drip)")
    )
    explorer.add_argument(
        "--depth", metavar="MM", type=float, help=translate("cli", "the dermapen's needle depth in mm (0.2 to 3.0)")
    )
    explorer.add_argument(
        "--size", metavar="WxH", type=size, default=(1280, 800), help=translate("cli", "image size (default 1280x800)")
    )
    explorer.add_argument(
        "--out", metavar="FILE.png", type=png, required=True, help=translate("cli", "the PNG file to write")
    )
    explorer.set_defaults(handler=render_commands.run_render_explorer)
    selection = Parser(add_help=False)
    selection.add_argument(
        "--gf",
        metavar="KEY",
        action="append",
        help=translate("cli", "a growth factor to show (EGF, FGF, PDGF, IGF-1, TGF-β or TGF-b, PRP+FGF); repeat"),
    )
    selection.add_argument(
        "--product", metavar="NAME", action="append", help=translate("cli", "a product to show; repeat")
    )
    growth = views.add_parser(
        "growth-factors",
        parents=[common, selection],
        help=translate("cli", "the growth factors view with the chosen factors or products"),
    )
    growth.add_argument(
        "--size", metavar="WxH", type=size, default=(1280, 800), help=translate("cli", "image size (default 1280x800)")
    )
    growth.add_argument(
        "--out", metavar="FILE.png", type=png, required=True, help=translate("cli", "the PNG file to write")
    )
    growth.set_defaults(handler=render_commands.run_render_growth_factors)

    compare = views.add_parser(
        "compare", parents=[common], help=translate("cli", "the comparer with two to four products")
    )
    compare.add_argument(
        "--product", metavar="NAME", action="append", help=translate("cli", "a product to compare; repeat")
    )
    compare.add_argument(
        "--size", metavar="WxH", type=size, default=(1280, 800), help=translate("cli", "image size (default 1280x800)")
    )
    compare.add_argument(
        "--out", metavar="FILE.png", type=png, required=True, help=translate("cli", "the PNG file to write")
    )
    compare.set_defaults(handler=render_commands.run_render_compare)

    counsel = views.add_parser(
        "counsel", parents=[common], help=translate("cli", "the counselling view for these concerns")
    )
    counsel.add_argument(
        "--concern", metavar="KEY", action="append", help=translate("cli", "a concern, most important first; repeat")
    )
    counsel.add_argument(
        "--size", metavar="WxH", type=size, default=(1280, 800), help=translate("cli", "image size (default 1280x800)")
    )
    counsel.add_argument(
        "--out", metavar="FILE.png", type=png, required=True, help=translate("cli", "the PNG file to write")
    )
    counsel.set_defaults(handler=render_commands.run_render_counsel)

    advise = commands.add_parser(
        "advise",
        parents=[common],
        help=translate("cli", "rank growth factors, products, ingredients and procedures for concerns"),
    )
    advise.add_argument(
        "--concern",
        metavar="KEY",
        action="append",
        help=translate("cli", "a patient's concern, most important first; repeat (e.g. deep-wrinkles, dryness)"),
    )
    advise.add_argument("--json", action="store_true", help=translate("cli", "print one JSON object instead of text"))
    advise.add_argument(
        "--order",
        metavar="NAMES",
        help=translate(
            "cli",
            "the order equally suited products are shown in: product names or keys, comma-separated "
            "(e.g. 'REJURAN,Benev'), or 'alphabetical'; default: the clinic's setting in Settings",
        ),
    )
    advise.add_argument(
        "--patient",
        metavar="TEXT",
        help=translate(
            "cli",
            "with --out: a name for this printout only (never stored); - reads it from standard input, "
            "which other users cannot see in ps as they can an argument",
        ),
    )
    advise.add_argument(
        "--plan-product",
        metavar="NAME",
        help=translate(
            "cli", "with --out: the formulation the doctor suggests, one of those ranked for these concerns"
        ),
    )
    advise.add_argument(
        "--plan-procedure",
        metavar="KEY",
        help=translate("cli", "with --out: the procedure the doctor suggests, one of those ranked for these concerns"),
    )
    advise.add_argument(
        "--note",
        metavar="TEXT",
        help=translate(
            "cli",
            "with --out: the doctor's note under the suggestion (never stored); - reads it from standard input "
            "(after the name's line when --patient is - too)",
        ),
    )
    advise.add_argument("--paper", choices=("a4", "letter"), help=translate("cli", "with --out: paper size"))
    advise.add_argument(
        "--out", metavar="FILE.pdf", type=pdf, help=translate("cli", "write the printed consultation summary")
    )
    advise.set_defaults(handler=print_commands.run_advise)

    sheet = commands.add_parser(
        "sheet", parents=[common], help=translate("cli", "write the printed comparison sheet as a PDF")
    )
    sheet.add_argument(
        "--product",
        metavar="NAME",
        action="append",
        help=translate("cli", "a product to compare (two to four); repeat"),
    )
    sheet.add_argument(
        "--patient",
        metavar="TEXT",
        help=translate(
            "cli",
            "a name to print on this sheet only (never stored); - reads it from standard input, which other "
            "users cannot see in ps as they can an argument",
        ),
    )
    sheet.add_argument(
        "--paper", choices=("a4", "letter"), help=translate("cli", "paper size (default: the clinic's setting, A4)")
    )
    sheet.add_argument(
        "--out", metavar="FILE.pdf", type=pdf, required=True, help=translate("cli", "the PDF file to write")
    )
    sheet.set_defaults(handler=print_commands.run_sheet)

    chart = commands.add_parser(
        "chart",
        parents=[common, selection],
        help=translate("cli", "save the radar chart of growth factors or products (default: every rated factor)"),
    )
    chart.add_argument("--dpi", type=dpi, default=150, help=translate("cli", "resolution of a PNG (default 150)"))
    chart.add_argument(
        "--small-multiples",
        action="store_true",
        help=translate("cli", "one small radar per growth factor or product, side by side, instead of all on one"),
    )
    chart.add_argument(
        "--out",
        metavar="FILE",
        type=chart_file,
        required=True,
        help=translate("cli", "the file to write: .png, .svg (text stays editable) or .pdf"),
    )
    chart.set_defaults(handler=render_commands.run_chart)

    describe = commands.add_parser(
        "describe",
        parents=[common],
        help=translate("cli", "print what the explorer's panel shows for a region (and procedure)"),
    )
    describe.add_argument(
        "region", metavar="REGION", help=translate("cli", "a layer or structure key (e.g. dermis, hair-follicle)")
    )
    describe.add_argument(
        "--procedure", metavar="KEY", help=translate("cli", "also say how far this procedure reaches")
    )
    describe.add_argument(
        "--depth", metavar="MM", type=float, help=translate("cli", "with --procedure dermapen: the needle setting")
    )
    describe.add_argument("--json", action="store_true", help=translate("cli", "print one JSON object instead of text"))
    describe.set_defaults(handler=describe_command.run_describe)

    from dermacounsel.desktop import add_command  # issue 18

    add_command(commands, [common])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    choose(language_given(arguments))  # before the parser is built: its help and errors are in that language
    parser = build_parser()
    args = parser.parse_args(arguments)
    handler: Callable[[argparse.Namespace], int] = args.handler
    choose(getattr(args, "lang", None))
    try:
        return handler(args)
    except UserError as error:
        print(translate("cli", "{prog}: error: {error}").format(prog=PROG, error=error), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 1
    except Exception as error:  # issue 18: anything else is one line on stderr, its traceback in the log
        from dermacounsel import app_log

        return app_log.report_failure(error)


def run() -> NoReturn:
    """The `dermacounsel` command (and `python -m dermacounsel`): `main`, then exit.

    Once a command is done there is nothing left but to exit, and Python's shutdown would otherwise walk
    every object SQLAlchemy, matplotlib and Qt created, looking for reference cycles to collect: ~0.3 s of
    a `sheet` command (docs/performance.md). Freezing the collector first skips that walk; files are
    written and the database is closed by then, exit handlers still run, and the system takes the memory
    back. `main` itself leaves the collector alone, for callers that go on (the tests)."""
    from dermacounsel import app_log  # issue 18: the rotating log, and faulthandler writing crashes to it

    app_log.start(crash_traces=True)
    code = main()
    gc.freeze()
    sys.exit(code)
