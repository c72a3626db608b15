"""Opening the catalogue database: create and seed a new one, migrate an older one after a backup,
refuse one written by a newer DermaCounsel.

The check at start uses the sqlite3 module alone, so a current database opens without loading Alembic.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from dermacounsel import paths
from dermacounsel.domain.phrasing import Said, system_reason
from dermacounsel.storage.backups import BEFORE_UPGRADE, make_backup
from dermacounsel.storage.backups import backup_database as backup_database
from dermacounsel.storage.backups import backups_dir as backups_dir
from dermacounsel.storage.engines import ServerLocation, parse_location
from dermacounsel.storage.sqlite_file import SCHEMA_HEAD as SCHEMA_HEAD
from dermacounsel.storage.sqlite_file import DatabaseError as DatabaseError

if TYPE_CHECKING:
    from dermacounsel.storage.catalogue_file import CatalogueFileError

#: The execution option that makes a transaction begin with SQLite's write lock (CatalogueDatabase.writing).
IMMEDIATE_OPTION = "dermacounsel_begin_immediate"


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """An engine whose every connection enforces foreign keys, and whose transactions are real SQLite
    transactions (DDL included), so that a migration or an import is all or nothing. A read-only engine
    opens the file with SQLite's mode=ro, so nothing can be written even by mistake."""
    # Built, not pasted into a string, so that a folder named with "?" or "%" stays part of the path.
    if read_only:
        url = URL.create("sqlite", database=f"{path.absolute().as_uri()}?mode=ro", query={"uri": "true"})
    else:
        url = URL.create("sqlite", database=str(path))
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see "begin" below)
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        dbapi_connection.execute("PRAGMA busy_timeout=5000")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # BEGIN IMMEDIATE takes the write lock at once, for work that reads and then writes what it read
        immediate = connection.get_execution_options().get(IMMEDIATE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@dataclass
class CatalogueDatabase:
    """An open catalogue database.

    Attributes:
        path: the SQLite file; for a catalogue on a server, the laptop's local copy of it (its backups are
            kept beside it).
        server: the server holding the catalogue, or None for an SQLite file.
        engine: its SQLAlchemy engine.
        created: True when this opening created and seeded the file.
        backup: the copy made before a migration at this opening, if one was made.
    """

    path: Path
    engine: Engine
    created: bool = False
    backup: Path | None = None
    read_only: bool = False
    server: ServerLocation | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._locked_sessions = sessionmaker(
            self.engine.execution_options(**{IMMEDIATE_OPTION: True}), expire_on_commit=False
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed if the block ends normally, else rolled back.
        SQLite's refusals (busy, disk full, read-only) become one-line DatabaseErrors."""
        with _write_failures(self.path), self._sessions.begin() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A transaction that holds SQLite's write lock from its start (BEGIN IMMEDIATE): what the block
        reads cannot be changed by another program before it commits, so a merge worked out from it is
        never laid over someone else's write. Other programs can still read meanwhile."""
        with _write_failures(self.path), self._locked_sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only; nothing it does is committed."""
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _write_failures(path: Path) -> Iterator[None]:
    """SQLite's refusals to write, as one line naming the file; the transaction was rolled back."""
    from sqlalchemy.exc import OperationalError

    try:
        yield
    except OperationalError as error:
        # SQLite's result code where there is one (a server's driver has none: its words are read instead)
        code = getattr(error.orig, "sqlite_errorcode", 0) & 0xFF
        reason = str(error.orig).lower()
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in reason or "busy" in reason:
            raise DatabaseError(Said("db_busy_write", path=path)) from None
        if code in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR):
            raise DatabaseError(Said("db_not_written", path=path, reason=str(error.orig))) from None
        if code == sqlite3.SQLITE_READONLY or "readonly" in reason or "read-only" in reason:
            raise DatabaseError(Said("db_read_only_here", path=path)) from None
        raise


@contextmanager
def _sqlite(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(path)
    try:
        yield connection
    finally:
        connection.close()


def _schema_revision(path: Path) -> str | None:
    """The Alembic revision of an existing file; DatabaseError if it is no DermaCounsel database.
    None means an empty schema history (a database with its tables dropped, or never migrated)."""
    try:
        with _sqlite(path) as connection:
            objects = connection.execute("SELECT type, name FROM sqlite_master").fetchall()
            tables = {name for kind, name in objects if kind == "table"}
            if "alembic_version" not in tables:
                # another application's file (tables, or only a view) or an SQLite file holding nothing:
                # neither is migrated into a catalogue
                raise DatabaseError(Said("db_other_sqlite" if objects else "db_empty_sqlite", path=path))
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise DatabaseError(Said("db_busy", path=path)) from None
        raise DatabaseError(Said("db_not_ours", path=path, reason=str(error), hint=_backup_hint(path))) from None
    return row[0] if row else None


def is_writable(path: Path) -> bool:
    """Whether the database file and its folder (where SQLite keeps its journal) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_database(
    path: Path | str | ServerLocation, seed: Path | None = None, read_only: bool | None = None
) -> CatalogueDatabase:
    """Open the catalogue at `path`, creating it from the bundled catalogue (or `seed`) if it does not
    exist, and migrating it, after a verified backup, if an older DermaCounsel wrote it.

    A file on a read-only medium (or `read_only=True`) opens read-only: nothing is created, migrated or
    written. A server URL (or ServerLocation) opens the catalogue on that server (storage.server)."""
    location = parse_location(path) if isinstance(path, str) else path
    if isinstance(location, ServerLocation):
        from dermacounsel.storage.server import open_server

        return open_server(location, seed=seed, read_only=read_only)
    path = location.expanduser().absolute()
    if path.is_dir():
        raise DatabaseError(Said("db_is_folder", path=path))
    _refuse_what_is_not_ours(path)
    if read_only is None:
        read_only = path.exists() and path.stat().st_size > 0 and not is_writable(path)
    if read_only:
        if not path.exists():
            raise DatabaseError(Said("db_none_to_open_read_only", path=path))
        revision = _schema_revision(path)
        if revision != SCHEMA_HEAD:
            newer = "db_read_only_newer" if revision else "db_read_only_other"
            raise DatabaseError(Said(newer, path=path, revision=revision))
        _refuse_unusable_values(path, read_only=True)
        return CatalogueDatabase(path, make_engine(path, read_only=True), read_only=True)
    if not path.exists():
        _create(path, seed or paths.seed_catalogue_path())
        return CatalogueDatabase(path, make_engine(path), created=True)
    if not os.access(path, os.R_OK):
        raise DatabaseError(Said("db_permission_denied", path=path))
    revision = _schema_revision(path)
    backup = None
    if revision != SCHEMA_HEAD:
        backup = _upgrade(path, revision)
    else:
        _refuse_unusable_values(path)
    engine = make_engine(path)
    database = CatalogueDatabase(path, engine, backup=backup)
    if backup is not None:
        with database.transaction() as session:
            _seed_if_empty(session, seed or paths.seed_catalogue_path())
    from dermacounsel.storage.backups import remove_leftovers  # backups builds on this module

    remove_leftovers(path)  # what killed backups and restores left behind
    return database


def _refuse_what_is_not_ours(path: Path) -> None:
    """Anything at `path` that is not a catalogue this app can open is left exactly as it is, with a line
    saying why: a pipe or device (reading a FIFO would block forever), a symbolic link to nothing or a
    loop (creating the database would replace the link), and an empty file, which may be a catalogue a
    failing disk emptied, so it is not re-seeded over: its backups are named instead."""
    if path.is_symlink() and not path.exists():
        raise DatabaseError(Said("db_dangling_link", path=path))
    if not path.exists():
        return
    try:
        status = path.stat()
    except OSError as error:
        raise DatabaseError(Said("db_unreadable", path=path, reason=system_reason(error))) from None
    if not stat.S_ISREG(status.st_mode):
        what = Said("db_a_pipe" if stat.S_ISFIFO(status.st_mode) else "file_a_device")
        raise DatabaseError(Said("db_is_other", path=path, what=what))
    if status.st_size == 0:
        raise DatabaseError(Said("db_empty_file", path=path, hint=_backup_hint(path)))


def _refuse_unusable_values(path: Path, read_only: bool = False) -> None:
    """A catalogue holding a number its views cannot draw (a NaN stored as empty, an infinite or
    out-of-range measurement, a rating off the scale) is not opened: one line names the first such value
    and where it is, and the way back. `dermacounsel check` lists them all; `restore` still works."""
    from dermacounsel.storage.sqlite_file import connect_read_only
    from dermacounsel.storage.stored_values import unusable_values

    try:
        with _sqlite(path) if not read_only else closing(connect_read_only(path)) as connection:
            found = unusable_values(connection, limit=2)
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise DatabaseError(Said("db_busy", path=path)) from None
        raise DatabaseError(Said("db_not_ours", path=path, reason=str(error), hint=_backup_hint(path))) from None
    if found:
        more = Said("db_and_more") if len(found) > 1 else ""
        raise DatabaseError(Said("db_unusable_value", path=path, value=found[0], more=more, hint=_backup_hint(path)))


def _backup_hint(path: Path) -> Said:
    """Where the newest verified backup of `path` is, and the command that puts it back."""
    from dermacounsel.storage.backups import newest_verified_backup  # backups builds on this module

    try:
        newest = newest_verified_backup(path)
    except DatabaseError:
        newest = None
    if newest is None:
        return Said("db_no_backup")
    return Said("db_newest_backup", taken_at=newest.taken_at, path=path, backup=newest.path)


def _create(path: Path, seed: Path) -> None:
    """Build the new database beside its final place and move it there only once it is complete."""
    from dermacounsel.storage.catalogue_file import CatalogueFileError, read_catalogue

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(Said("db_cannot_create_folder", path=path, reason=system_reason(error))) from None
    building = path.with_name(f".{path.name}.creating")
    try:
        building.unlink(missing_ok=True)
        document = read_catalogue(seed)
        engine = make_engine(building)
        try:
            _migrate(engine, target="head")
            with sessionmaker(engine).begin() as session:
                from dermacounsel.storage.catalogue_db import insert_catalogue

                insert_catalogue(session, document)
        finally:
            engine.dispose()
        os.replace(building, path)
    except CatalogueFileError as error:
        building.unlink(missing_ok=True)
        raise DatabaseError(Said("db_bundled_unusable", error=file_problem(error))) from None
    except (OSError, sqlite3.Error) as error:
        building.unlink(missing_ok=True)
        reason = system_reason(error)
        raise DatabaseError(Said("db_cannot_create", path=path, reason=reason)) from None
    except Exception as error:
        building.unlink(missing_ok=True)
        if _is_sqlite_error(error):
            raise DatabaseError(Said("db_cannot_create", path=path, reason=str(error.__cause__ or error))) from None
        raise


def file_problem(error: CatalogueFileError) -> Said:
    """A catalogue file's problem as a `Said` (its file, place and problem, as `CatalogueFileError.phrase`
    says them), to be named inside another error's text and said again in the reader's language."""
    if error.place:
        return Said("file_problem_at", file=error.file, place=error.place, problem=error.problem)
    return Said("file_problem", file=error.file, problem=error.problem)


def _is_sqlite_error(error: BaseException) -> bool:
    from sqlalchemy.exc import DBAPIError

    return isinstance(error, DBAPIError) and isinstance(error.orig, sqlite3.Error)


def _upgrade(path: Path, revision: str | None) -> Path:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(paths.migrations_dir()))
    known = {script.revision for script in scripts.walk_revisions()}
    if revision is not None and revision not in known:
        raise DatabaseError(Said("db_newer", path=path, revision=revision, head=SCHEMA_HEAD))
    backup = make_backup(path, BEFORE_UPGRADE).path
    engine = make_engine(path)
    try:
        _migrate(engine, target="head")
    except Exception as error:
        if _is_sqlite_error(error):
            raise DatabaseError(Said("db_upgrade_failed", path=path, reason=str(error), backup=backup)) from None
        raise
    finally:
        engine.dispose()
    return backup


def _migrate(engine: Engine, target: str) -> None:
    """Run the Alembic migrations up to `target`, each in its own transaction, foreign keys off while
    tables are rebuilt and checked afterwards."""
    from alembic import command
    from alembic.config import Config

    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction, so before BEGIN
        config = Config()
        config.set_main_option("script_location", str(paths.migrations_dir()))
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        problems = raw.execute("PRAGMA foreign_key_check").fetchall()
        raw.execute("PRAGMA foreign_keys=ON")
    if problems:
        raise DatabaseError(Said("db_broken_references", count=len(problems)))


def _seed_if_empty(session: Session, seed: Path) -> None:
    from dermacounsel.storage.catalogue_db import insert_catalogue
    from dermacounsel.storage.catalogue_file import read_catalogue
    from dermacounsel.storage.models import Source

    if session.scalars(select(Source.id).limit(1)).first() is None:
        insert_catalogue(session, read_catalogue(seed))
