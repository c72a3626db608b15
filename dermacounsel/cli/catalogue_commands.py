"""Commands on the catalogue itself: the app, check, export, import, backup, restore."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from dermacounsel.cli.common import (
    PROG,
    UserError,
    cannot_write,
    database_path,
    existing_database_path,
    opened,
    said,
)
from dermacounsel.cli.messages import language, translate

T = TypeVar("T")


def run_gui(args: argparse.Namespace) -> int:
    import os

    if args.lang:  # accepted before a command ("--lang ja --help"), but not a language for the app to remember
        raise UserError(
            translate(
                "cli",
                "--lang sets the language of a command's help and output; the app's own language is chosen in "
                "the app, with its language switch or in Settings",
            )
        )

    from dermacounsel.paths import DATABASE_ENV
    from dermacounsel.ui.app import run

    if not args.db and not os.environ.get(DATABASE_ENV):
        from dermacounsel.ui.settings import chosen_database

        args.db = chosen_database() or None  # the catalogue chosen in Settings (issue 17)

    return run(existing_database_path(args), terminate_after_init=args.terminate_after_init)


def report_server(url: str) -> str:
    """The server a URL names, as messages name it (its password never shown)."""
    from dermacounsel.domain.phrasing import in_language
    from dermacounsel.services.catalogue import describe_location

    return str(in_language(describe_location(url), language()))


def run_check(args: argparse.Namespace) -> int:
    from dermacounsel.domain.phrasing import in_language
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
        raise UserError(said(error)) from None
    chosen = database_path(args)
    where = chosen if isinstance(chosen, Path) else report_server(chosen)
    print(translate("cli", "Checking {where}").format(where=where))
    for line in report.lines:
        print(in_language(line, language()))
    if report.ok:
        print(translate("cli", "No problems found."))
        return 0
    print(translate("cli", "{count} problem(s) found.").format(count=len(report.problems)))
    newest = newest_verified_backup(chosen)
    if newest is not None:
        print(
            translate("cli", "Newest verified backup: {taken} ({path}); '{prog} restore {path}' puts it back.").format(
                taken=_when(newest.taken_at), path=newest.path, prog=PROG
            )
        )
    else:
        print(translate("cli", "No verified backup was found beside the database."))
    return 1


def _when(moment: Any) -> str:
    """A backup's time as the chosen language writes dates: 2 December 2026, 14:05 / 2026年12月2日 14:05."""
    if language() == "ja":
        return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"
    return f"{moment:%d %B %Y, %H:%M}"


def run_export(args: argparse.Namespace) -> int:
    with opened(args) as catalogue:
        if args.path == "-":
            sys.stdout.write(_read_back(catalogue, catalogue.export_text))
            return 0
        target = Path(args.path).expanduser()
        if target.is_dir():
            raise UserError(
                translate("cli", "{path}: is a folder; give the name of the file to write").format(path=target)
            )
        if not target.parent.is_dir():
            raise UserError(
                translate("cli", "{path}: the folder {folder} does not exist").format(path=target, folder=target.parent)
            )
        try:
            _read_back(catalogue, lambda: catalogue.export(target))
        except OSError as error:
            raise UserError(cannot_write(target, error)) from None
    print(translate("cli", "Exported the catalogue to {path}").format(path=target), file=sys.stderr)
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
            translate(
                "cli", "{path}: its catalogue cannot be read back whole ({error}); '{prog} check' lists what is wrong"
            ).format(path=catalogue.path, error=type(error).__name__, prog=PROG)
        ) from None


def run_backup(args: argparse.Namespace) -> int:
    from dermacounsel.services.catalogue import DatabaseError

    with opened(args) as catalogue:  # created or migrated if need be
        try:
            backup = catalogue.back_up("manual", to=Path(args.to).expanduser() if args.to else None)
        except DatabaseError as error:
            raise UserError(said(error)) from None
        backed_up = translate("cli", "Backed up {location} to {path} (verified with integrity_check)")
        print(backed_up.format(location=catalogue.location, path=backup.path))
        if catalogue.server is not None:
            from dermacounsel.services.catalogue import backup_companions

            for companion in backup_companions(backup.path):
                what = (
                    translate("cli", "pg_dump's archive, checked with pg_restore --list")
                    if companion.suffix == ".pgdump"
                    else translate("cli", "the catalogue file, checked by importing it into a scratch database")
                )
                print(translate("cli", "Also kept {path} ({what})").format(path=companion, what=what))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from dermacounsel.services.catalogue import DatabaseError, restore_file

    chosen = database_path(args)
    target = chosen.absolute() if isinstance(chosen, Path) else chosen
    try:
        safety = restore_file(target, Path(args.path).expanduser())
    except DatabaseError as error:
        raise UserError(said(error)) from None
    print(translate("cli", "Restored {backup} into {target}").format(backup=args.path, target=target))
    if safety is not None:
        print(translate("cli", "The catalogue as it was is kept in {path}").format(path=safety.path))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from dermacounsel.services.catalogue import CatalogueFileError, DatabaseError

    source = Path(args.path).expanduser()
    with opened(args) as catalogue:
        try:
            report = catalogue.import_file(source, replace=args.replace, dry_run=args.dry_run)
        except CatalogueFileError as error:
            raise UserError(said(error)) from None
        except DatabaseError as error:
            raise UserError(said(error)) from None
    if args.dry_run:
        heading = translate("cli", "Would import {path}: {summary}")
    elif report.written:
        heading = translate("cli", "Imported {path}: {summary}")
    else:
        heading = translate("cli", "Nothing to import from {path}: {summary}")
    lines = report.lines(None if args.all_names else NAMES_LISTED, language())
    print(heading.format(path=source, summary=lines[0]))
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
