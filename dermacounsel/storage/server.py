"""A catalogue on a PostgreSQL server: opening it (create and seed, migrate after a backup, refuse a newer
schema), its logical backups (the catalogue copied table by table into an SQLite file of the same schema,
checked before it is kept), restoring one, the server's own checks plus the catalogue's rules, and the
local copy a branch laptop keeps for when the network is down.

A server backup is an ordinary SQLite catalogue: `restore`, `check` and `open` take it like any other.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import warnings
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, MetaData, inspect, text
from sqlalchemy.exc import DBAPIError, SAWarning, SQLAlchemyError

from dermacounsel.storage.engines import ServerLocation, server_engine, server_error
from dermacounsel.storage.sqlite_file import SCHEMA_HEAD, DatabaseError

if TYPE_CHECKING:
    from dermacounsel.storage.backups import Backup
    from dermacounsel.storage.checks import CheckReport
    from dermacounsel.storage.database import CatalogueDatabase

log = logging.getLogger(__name__)

#: Held while one client creates or migrates the catalogue, so that two starting at once do not both.
_MIGRATION_LOCK = 0x44455243  # "DERC"

BEFORE_SYNC = "before-sync"


def local_copy_path(location: ServerLocation) -> Path:
    """Where a laptop keeps its copy of this server's catalogue; its backups sit beside it."""
    from platformdirs import user_data_path

    from dermacounsel.paths import APP_NAME

    name = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{location.host}-{location.database}").strip("-")
    return user_data_path(APP_NAME, appauthor=False) / "servers" / f"{name}.sqlite3"


def server_revision(location: ServerLocation, engine: Engine) -> str | None:
    """The catalogue's Alembic revision on the server; None for an empty database. DatabaseError naming
    the server when it cannot be reached or refuses, or holds something else."""
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if "alembic_version" not in tables:
                if tables - {"alembic_version"}:
                    raise DatabaseError(f"{location.describe()}: holds tables, but not a DermaCounsel catalogue")
                return None
            row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    except SQLAlchemyError as error:
        raise server_error(location, error) from None
    return str(row[0]) if row else None


def can_write(engine: Engine) -> bool:
    """Whether the role the app logged in as may change the catalogue (a front-desk role may not)."""
    with engine.connect() as connection:
        return bool(connection.scalar(text("SELECT has_table_privilege('product', 'UPDATE')")))


def open_server(location: ServerLocation, seed: Path | None = None, read_only: bool | None = None) -> CatalogueDatabase:
    """Open the catalogue on a server, as open_database does a file: an empty database is given the
    schema and the bundled catalogue, an older schema is migrated after a backup, a newer one refused."""
    from dermacounsel import paths
    from dermacounsel.storage.database import CatalogueDatabase

    engine = server_engine(location)
    anchor = local_copy_path(location)
    try:
        revision = server_revision(location, engine)
        created, backup = False, None
        if revision != SCHEMA_HEAD:
            _refuse_newer(location, revision)
            if read_only:
                raise DatabaseError(
                    f"{location.describe()}: has schema {revision}, and opening it read-only cannot upgrade it"
                )
            if revision is not None:
                backup = back_up_server(location, engine, anchor, "before-upgrade")
            try:
                created = _migrate_and_seed(engine, seed or paths.seed_catalogue_path())
            except DBAPIError as error:
                raise server_error(location, error, "cannot create or upgrade the catalogue") from None
        if read_only is None:
            read_only = not can_write(engine)
    except BaseException:
        engine.dispose()
        raise
    return CatalogueDatabase(
        anchor,
        engine,
        created=created,
        backup=None if backup is None else backup.path,
        read_only=read_only,
        server=location,
    )


def _refuse_newer(location: ServerLocation, revision: str | None) -> None:
    from alembic.script import ScriptDirectory

    from dermacounsel import paths

    scripts = ScriptDirectory(str(paths.migrations_dir()))
    if revision is not None and revision not in {script.revision for script in scripts.walk_revisions()}:
        raise DatabaseError(
            f"{location.describe()}: was written by a newer version of DermaCounsel (schema {revision}); this "
            f"version reads schema {SCHEMA_HEAD} and older. Install the newer DermaCounsel to open it."
        )


def _migrate_and_seed(engine: Engine, seed: Path) -> bool:
    """Migrate to the head under an advisory lock; seed an empty catalogue. True when it was seeded."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import select
    from sqlalchemy.orm import sessionmaker

    from dermacounsel import paths
    from dermacounsel.storage.catalogue_db import insert_catalogue
    from dermacounsel.storage.catalogue_file import read_catalogue
    from dermacounsel.storage.models import Source

    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as lock:
        lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
        try:
            with engine.connect() as connection:
                config = Config()
                config.set_main_option("script_location", str(paths.migrations_dir()))
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                connection.commit()
            with sessionmaker(engine).begin() as session:
                if session.scalars(select(Source.id).limit(1)).first() is not None:
                    return False
                insert_catalogue(session, read_catalogue(seed))
                return True
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK})


# --- logical backups --------------------------------------------------------------------------------------


def copy_to_sqlite(location: ServerLocation, engine: Engine, target: Path) -> Path:
    """Copy the server's catalogue, in one consistent snapshot, into a new SQLite file at `target` with the
    same schema revision; the copy is kept only if SQLite's integrity and reference checks pass and every
    table holds as many rows as on the server. Written beside `target`, then moved into place."""
    from dermacounsel.storage.database import _migrate, make_engine

    revision = server_revision(location, engine)
    if revision is None:
        raise DatabaseError(f"{location.describe()}: holds no catalogue to copy")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = make_engine(partial)
    counts: dict[str, int] = {}
    try:
        _migrate(copy, target=revision)
        tables = MetaData()
        with warnings.catch_warnings():  # the lower(key) index cannot be reflected; it is not needed here
            warnings.simplefilter("ignore", SAWarning)
            tables.reflect(copy)
        snapshot = engine.connect().execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with snapshot as source, copy.begin() as destination:
            destination.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
            for table in tables.sorted_tables:
                if table.name == "alembic_version":
                    continue
                columns = ", ".join(f'"{column.name}"' for column in table.columns)
                rows = [dict(row) for row in source.execute(text(f'SELECT {columns} FROM "{table.name}"')).mappings()]
                if rows:
                    destination.execute(table.insert(), rows)
                counts[table.name] = len(rows)
    except SQLAlchemyError as error:
        partial.unlink(missing_ok=True)
        if isinstance(error, DBAPIError) and not isinstance(error.orig, sqlite3.Error):
            raise server_error(location, error, "cannot be copied") from None
        raise DatabaseError(f"{partial}: the copy of {location.describe()} failed ({error})") from None
    finally:
        copy.dispose()
    problems = _sqlite_problems(partial, counts)
    if problems:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"{location.describe()}: the copy failed its checks ({'; '.join(problems[:3])})")
    os.replace(partial, target)
    return target


def _sqlite_problems(path: Path, counts: dict[str, int]) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [
            f"{row[0]} row {row[1]} refers to a missing {row[2]}"
            for row in connection.execute("PRAGMA foreign_key_check")
        ]
        for table, expected in counts.items():
            found = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if found != expected:
                problems.append(f"{table}: {found} rows copied of {expected}")
    return problems


def back_up_server(
    location: ServerLocation, engine: Engine, anchor: Path, reason: str, to: Path | None = None
) -> Backup:
    """A logical backup of the server's catalogue into the backups folder beside `anchor` (or `to`)."""
    from dermacounsel.storage.backups import Backup, _explicit_target, _free_name, _local, prune_backups

    taken_at = _local(None)
    target = _explicit_target(anchor, to) if to is not None else _free_name(anchor, taken_at, reason)
    copy_to_sqlite(location, engine, target)
    if to is None:
        prune_backups(anchor, keep=[target])
    return Backup(target, taken_at, reason, target.stat().st_size)


def restore_to_server(database: CatalogueDatabase, backup: Path) -> Backup:
    """Make the server's catalogue what `backup` (any SQLite catalogue: a server backup or a file's) holds,
    in one transaction, after a backup of what the server holds now (returned)."""
    import shutil
    import tempfile

    from dermacounsel.storage.catalogue_file import parse_catalogue
    from dermacounsel.storage.catalogue_import import export_text, write_document
    from dermacounsel.storage.database import open_database

    assert database.server is not None
    backup = backup.expanduser()
    if not backup.is_file():
        raise DatabaseError(f"{backup}: no backup file there")
    with tempfile.TemporaryDirectory(prefix="dermacounsel-restore-") as scratch:
        copy = Path(scratch) / "backup.sqlite3"
        shutil.copyfile(backup, copy)  # opened (and, if older, migrated) as a copy: the backup stays as it was
        opened = open_database(copy)
        try:
            document = parse_catalogue(export_text(opened).encode(), str(backup))
        finally:
            opened.close()
    safety = back_up_server(database.server, database.engine, database.path, "before-restore")
    try:
        with database.transaction() as session:
            write_document(session, document)
    except DBAPIError as error:
        raise server_error(database.server, error, "the restore failed and was rolled back") from None
    return safety


# --- checks -----------------------------------------------------------------------------------------------


def portable_rule(query: str) -> str:
    """One of the catalogue's rules (written for SQLite) in PostgreSQL's words. Type checks that a
    PostgreSQL column already guarantees (an integer column, valid JSON) are dropped."""
    query = re.sub(r"typeof\([\w.]+\) != 'integer' OR ", "", query)
    query = re.sub(r"json_valid\([\w.]+\) = 0 OR ", "", query)
    query = re.sub(r"json_extract\(([\w.]+), '\$\.(\w+)'\)", r"(\1 ->> '\2')", query)
    query = re.sub(r"\bquote\(([\w.]+)\)", r"CAST(\1 AS TEXT)", query)
    return re.sub(r"\(([\w.]+) IS NOT NULL\)", r"CAST(\1 IS NOT NULL AS INTEGER)", query)


def check_server(location: ServerLocation, anchor: Path | None = None) -> CheckReport:
    """PostgreSQL's own checks (every constraint validated, every index valid), then the catalogue's rules,
    reading only."""
    from dermacounsel.storage.checks import CATALOGUE_RULES, CheckReport, _record

    engine = server_engine(location)
    report = CheckReport(anchor or local_copy_path(location))
    try:
        revision = server_revision(location, engine)
        with engine.connect().execution_options(postgresql_readonly=True) as connection:
            version = connection.scalar(text("SHOW server_version"))
            _record(report, f"the server answers (PostgreSQL {version})", [])
            unvalidated = connection.execute(
                text(
                    "SELECT conrelid::regclass || ': ' || conname FROM pg_constraint c "
                    "JOIN pg_namespace n ON n.oid = c.connamespace "
                    "WHERE n.nspname = current_schema() AND NOT c.convalidated"
                )
            )
            _record(report, "every constraint holds for every row (pg_constraint)", [r[0] for r in unvalidated])
            invalid = connection.execute(
                text(
                    "SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)"
                )
            )
            _record(report, "every index is valid (pg_index)", [f"index {r[0]} is not valid" for r in invalid])
            if revision is None:
                _record(report, "is a DermaCounsel catalogue", ["no DermaCounsel schema on the server"])
                return report
            if revision != SCHEMA_HEAD:
                _record(
                    report,
                    f"schema is {SCHEMA_HEAD}",
                    [f"schema is {revision}: opening it in DermaCounsel upgrades it (or refuses a newer one)"],
                )
                return report
            from dermacounsel.storage.stored_values import measurement_problems

            class _Rows:
                def execute(self, sql: str, /) -> Any:
                    return connection.execute(text(sql))

            _record(
                report,
                "every measurement is complete, finite, within its range and runs from low to high",
                measurement_problems(_Rows()),
            )
            for description, query in CATALOGUE_RULES:
                _record(report, description, [row[0] for row in connection.execute(text(portable_rule(query)))])
    except SQLAlchemyError as error:
        raise server_error(location, error, "cannot be checked") from None
    finally:
        engine.dispose()
    return report


# --- the laptop's local copy ------------------------------------------------------------------------------


def sync_to_local(location: ServerLocation, local: Path | None = None) -> tuple[Path, Backup | None]:
    """Bring the server's catalogue into the laptop's local SQLite copy: copied and checked beside it,
    the old copy backed up, then the new one moved into place in one step. Returns the copy and the
    backup of the old one (None when there was none)."""
    from dermacounsel.storage.backups import make_backup

    local = (local or local_copy_path(location)).expanduser().absolute()
    engine = server_engine(location)
    try:
        fresh = local.with_name(f".{local.name}.syncing")
        copy_to_sqlite(location, engine, fresh)
    finally:
        engine.dispose()
    backup = None
    if local.is_file() and local.stat().st_size > 0:
        try:
            backup = make_backup(local, BEFORE_SYNC)
        except DatabaseError:
            fresh.unlink(missing_ok=True)
            raise
    os.replace(fresh, local)
    return local, backup


def copy_age(local: Path, now: datetime | None = None) -> float:
    """Seconds since the local copy was last brought from the server."""
    return ((now or datetime.now()).timestamp()) - local.stat().st_mtime
