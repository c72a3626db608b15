"""The catalogue database as a file, with the sqlite3 module alone (no SQLAlchemy): is it sound, can it be
written. Light enough to run in a background thread while the rest of the app is still loading."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from dermacounsel.domain.phrasing import Said

#: The Alembic revision this version of the app writes; tests check it is the migrations' head.
SCHEMA_HEAD = "0007"


class DatabaseError(Exception):
    """A database that cannot be used, with a one-line reason that names the file: a `Said`, so that
    whoever shows it can say it in the reader's language (ui.language.error_text); str() is English."""


#: SQLite result codes that say the file could not be reached, not that it is damaged.
_NOT_DAMAGE = {
    sqlite3.SQLITE_BUSY,
    sqlite3.SQLITE_LOCKED,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_PERM,
    sqlite3.SQLITE_READONLY,
}


def quick_check(database: Path) -> list[str]:
    """What SQLite's quick_check finds wrong with the file, in its words; empty when it is sound.

    A file that is not an SQLite database at all is a problem too. A file that cannot be reached (missing,
    locked by another program, permission denied) raises DatabaseError: it may be perfectly sound.
    """
    return problems(database.expanduser(), "quick_check")


def read_only(database: Path) -> bool:
    """True when the database file, or the folder it is in, cannot be written (so open it read-only)."""
    database = database.expanduser().absolute()
    if database.exists() and not os.access(database, os.W_OK):
        return True
    # SQLite writes its journal beside the file, so a read-only folder makes a writable file read-only too.
    folder = database.parent
    return folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to the file (nor roll back a crashed transaction in it)."""
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)


def problems(path: Path, pragma: str) -> list[str]:
    """What `PRAGMA quick_check` or `integrity_check` reports wrong with the file; empty when sound."""
    if not path.is_file():
        raise DatabaseError(Said("db_none_to_check", path=path))
    try:
        # A writable file is opened as the app opens it, so that an unfinished transaction left by a crash
        # is rolled back rather than reported as damage (read-only, SQLite can only refuse it).
        connection = connect_read_only(path) if read_only(path) else sqlite3.connect(path)
        with closing(connection):
            verdicts = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
    except sqlite3.Error as error:
        if error.sqlite_errorcode & 0xFF in _NOT_DAMAGE:
            raise DatabaseError(Said("db_cannot_check", path=path, reason=str(error))) from None
        return [Said("check_not_sqlite", error=str(error))]
    # SQLite's own words are data: said as they are, in a sentence that says whose they are
    return [] if verdicts == ["ok"] else [Said("check_sqlite_says", sqlite=verdict) for verdict in verdicts]


def start_quick_check(database: Path) -> Callable[[], list[str]]:
    """Start `quick_check(database)` on a background thread (SQLite does the work without holding Python's
    lock, so it runs beside the app's own loading) and return a function that waits for its answer, or
    raises what it raised."""
    outcome: list[list[str] | Exception] = []

    def check() -> None:
        try:
            outcome.append(quick_check(database))
        except Exception as error:  # handed to the caller, on its thread
            outcome.append(error)

    worker = threading.Thread(target=check, name="quick_check", daemon=True)
    worker.start()

    def answer() -> list[str]:
        worker.join()
        result = outcome[0]
        if isinstance(result, Exception):
            raise result
        return result

    return answer
