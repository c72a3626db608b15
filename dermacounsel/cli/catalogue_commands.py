"""Commands on the catalogue itself: the app, check, export, import, backup, restore."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from dermacounsel.cli.common import PROG, UserError, database_path, existing_database_path, opened

T = TypeVar("T")


def run_gui(args: argparse.Namespace) -> int:
    import os

    from dermacounsel.paths import DATABASE_ENV
    from dermacounsel.ui.app import run

    if not args.db and not os.environ.get(DATABASE_ENV):
        from dermacounsel.ui.settings import chosen_database

        args.db = chosen_database() or None  # the catalogue chosen in Settings (issue 17)

    return run(existing_database_path(args), terminate_after_init=args.terminate_after_init)


def report_server(url: str) -> str:
    """The server a URL names, as messages name it (its password never shown)."""
    from dermacounsel.services.catalogue import describe_location

    return describe_location(url)


def run_check(args: argparse.Namespace) -> int:
    from dermacounsel.services.catalogue import DatabaseError, check_file, newest_verified_backup

    missing = database_path(args)
    if isinstance(missing, Path) and not missing.expanduser().exists() and not missing.expanduser().is_symlink():
        # as every command: a named path that does not exist is an error unless --create is given (then it is
        # created from the bundled catalogue and checked); only the default location is created silently
        with opened(args):
            pass
    try:
        report = check_file(database_path(args))
    except DatabaseError as error:
        raise UserError(str(error)) from None
    chosen = database_path(args)
    print(f"Checking {chosen if isinstance(chosen, Path) else report_server(chosen)}")
    for line in report.lines:
        print(line)
    if report.ok:
        print("No problems found.")
        return 0
    print(f"{len(report.problems)} problem(s) found.")
    newest = newest_verified_backup(chosen)
    if newest is not None:
        print(
            f"Newest verified backup: {newest.taken_at:%d %B %Y, %H:%M} ({newest.path}); "
            f"'{PROG} restore {newest.path}' puts it back."
        )
    else:
        print("No verified backup was found beside the database.")
    return 1


def run_export(args: argparse.Namespace) -> int:
    with opened(args) as catalogue:
        if args.path == "-":
            sys.stdout.write(_read_back(catalogue, catalogue.export_text))
            return 0
        target = Path(args.path).expanduser()
        if target.is_dir():
            raise UserError(f"{target}: is a folder; give the name of the file to write")
        if not target.parent.is_dir():
            raise UserError(f"{target}: the folder {target.parent} does not exist")
        try:
            _read_back(catalogue, lambda: catalogue.export(target))
        except OSError as error:
            raise UserError(f"{target}: cannot be written ({error.strerror or error})") from None
    print(f"Exported the catalogue to {target}", file=sys.stderr)
    return 0


def _read_back(catalogue: Any, read: Callable[[], T]) -> T:
    """`read()` the whole catalogue; a stored text or number its checks refuse is one line, not a
    traceback."""
    from dermacounsel.services.catalogue import DatabaseError

    try:
        return read()
    except (OSError, DatabaseError):
        raise
    except Exception as error:
        raise UserError(
            f"{catalogue.path}: its catalogue cannot be read back whole ({type(error).__name__}); "
            f"'{PROG} check' lists what is wrong"
        ) from None


def run_backup(args: argparse.Namespace) -> int:
    from dermacounsel.services.catalogue import DatabaseError

    with opened(args) as catalogue:  # created or migrated if need be
        try:
            backup = catalogue.back_up("manual", to=Path(args.to).expanduser() if args.to else None)
        except DatabaseError as error:
            raise UserError(str(error)) from None
        print(f"Backed up {catalogue.location} to {backup.path} (verified with integrity_check)")
        if catalogue.server is not None:
            from dermacounsel.services.catalogue import backup_companions

            for companion in backup_companions(backup.path):
                what = (
                    "pg_dump's archive, checked with pg_restore --list"
                    if companion.suffix == ".pgdump"
                    else "the catalogue file, checked by importing it into a scratch database"
                )
                print(f"Also kept {companion} ({what})")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from dermacounsel.services.catalogue import DatabaseError, restore_file

    chosen = database_path(args)
    target = chosen.absolute() if isinstance(chosen, Path) else chosen
    try:
        safety = restore_file(target, Path(args.path).expanduser())
    except DatabaseError as error:
        raise UserError(str(error)) from None
    print(f"Restored {args.path} into {target}")
    if safety is not None:
        print(f"The catalogue as it was is kept in {safety.path}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from dermacounsel.services.catalogue import CatalogueFileError, DatabaseError

    source = Path(args.path).expanduser()
    with opened(args) as catalogue:
        try:
            report = catalogue.import_file(source, replace=args.replace, dry_run=args.dry_run)
        except (CatalogueFileError, DatabaseError) as error:
            raise UserError(str(error)) from None
    verb = "Would import" if args.dry_run else "Imported" if report.written else "Nothing to import from"
    lines = report.lines(None if args.all_names else NAMES_LISTED)
    print(f"{verb} {source}: {lines[0]}")
    for line in lines[1:]:
        print(line)
    return 0


#: How many entries `import` names on each of its Added, Changed and Removed lines (an import of 10,000
#: products once printed one line of 300,000 characters).
NAMES_LISTED = 30


def run_selftest(args: argparse.Namespace) -> int:
    """Open every view offscreen on a scratch copy of the catalogue, exercise it once, time it."""
    from dermacounsel.ui.selftest import selftest

    with opened(args) as catalogue:
        source = catalogue.path
    return selftest(source)
