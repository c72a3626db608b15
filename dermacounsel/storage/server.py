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

from dermacounsel.domain.phrasing import Said
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

    service = location.url.query.get("service")
    named = f"{location.host}-{location.database}" if location.url.database or not service else f"service-{service}"
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", named).strip("-")
    return user_data_path(APP_NAME, appauthor=False) / "servers" / f"{name}.sqlite3"


def server_revision(location: ServerLocation, engine: Engine) -> str | None:
    """The catalogue's Alembic revision on the server; None for an empty database. DatabaseError naming
    the server when it cannot be reached or refuses, or holds something else."""
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if "alembic_version" not in tables:
                if tables - {"alembic_version"}:
                    raise DatabaseError(Said("server_not_catalogue", server=location.describe()))
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
                raise DatabaseError(Said("server_read_only_upgrade", server=location.describe(), revision=revision))
            if revision is not None:
                backup = back_up_server(location, engine, anchor, "before-upgrade")
            try:
                created = _migrate_and_seed(engine, seed or paths.seed_catalogue_path())
            except DBAPIError as error:
                raise server_error(location, error, Said("server_cannot_create")) from None
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
        raise DatabaseError(Said("db_newer", path=location.describe(), revision=revision, head=SCHEMA_HEAD))


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
        raise DatabaseError(Said("server_nothing_to_copy", server=location.describe()))
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
            raise server_error(location, error, Said("server_cannot_copy")) from None
        raise DatabaseError(
            Said("server_copy_failed", path=partial, server=location.describe(), reason=str(error))
        ) from None
    finally:
        copy.dispose()
    problems = _sqlite_problems(partial, counts)
    if problems:
        partial.unlink(missing_ok=True)
        raise DatabaseError(Said("server_copy_unsound", server=location.describe(), problems=_semicolons(problems[:3])))
    os.replace(partial, target)
    return target


def _sqlite_problems(path: Path, counts: dict[str, int]) -> list[str]:
    from dermacounsel.domain.phrasing import Said
    from dermacounsel.storage.checks import sqlite_says

    with closing(sqlite3.connect(path)) as connection:
        problems = sqlite_says(row[0] for row in connection.execute("PRAGMA integrity_check") if row[0] != "ok")
        problems += [
            Said("check_copy_missing_parent", table=row[0], rowid=row[1], parent=row[2])
            for row in connection.execute("PRAGMA foreign_key_check")
        ]
        for table, expected in counts.items():
            found = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if found != expected:
                problems.append(Said("check_copy_count", table=table, found=found, expected=expected))
    return problems


#: What a server backup holds beside its SQLite copy: the catalogue file (checked by importing it into a
#: scratch database) and, when PostgreSQL's client tools are installed, pg_dump's own archive.
CATALOGUE_FILE_SUFFIX = ".json"
PG_DUMP_SUFFIX = ".pgdump"
PG_DUMP_MAGIC = b"PGDMP"


def back_up_server(
    location: ServerLocation, engine: Engine, anchor: Path, reason: str, to: Path | None = None
) -> Backup:
    """A logical backup of the server's catalogue into the backups folder beside `anchor` (or `to`): an
    SQLite copy (checked), beside it the catalogue file written from that copy (checked by importing it
    into a scratch database and reading the same catalogue back) and, when pg_dump is installed, its
    archive (checked with pg_restore --list). `restore` takes any of the three."""
    from dermacounsel.storage.backups import Backup, _explicit_target, _free_name, _local, prune_backups

    taken_at = _local(None)
    target = _explicit_target(anchor, to) if to is not None else _free_name(anchor, taken_at, reason)
    copy_to_sqlite(location, engine, target)
    write_catalogue_file(target, target.with_suffix(CATALOGUE_FILE_SUFFIX))
    if pg_tool("pg_dump") is not None:
        try:
            pg_dump(location, target.with_suffix(PG_DUMP_SUFFIX))
        except DatabaseError as error:  # the copy and the catalogue file stand; the archive is extra
            log.warning("%s", error)
    if to is None:
        prune_backups(anchor, keep=[target])
    return Backup(target, taken_at, reason, target.stat().st_size)


def companions(backup: Path) -> list[Path]:
    """The catalogue file and pg_dump archive kept beside a server backup's SQLite copy, those there are."""
    found = [backup.with_suffix(suffix) for suffix in (CATALOGUE_FILE_SUFFIX, PG_DUMP_SUFFIX)]
    return [path for path in found if path.is_file()]


def write_catalogue_file(copy: Path, target: Path) -> Path:
    """Write the catalogue in the SQLite file `copy` as a catalogue file at `target`, kept only once it
    was imported into a scratch SQLite database and read back the same."""
    import shutil
    import tempfile

    from dermacounsel.paths import write_atomically
    from dermacounsel.storage.catalogue_import import export_text, import_catalogue
    from dermacounsel.storage.database import open_database

    with tempfile.TemporaryDirectory(prefix="dermacounsel-verify-") as scratch:
        # read from a copy: a backup taken before an upgrade has the older schema, migrated here only
        shutil.copyfile(copy, Path(scratch) / "copy.sqlite3")
        opened = open_database(Path(scratch) / "copy.sqlite3")
        try:
            written = export_text(opened)
        finally:
            opened.close()
        candidate = Path(scratch) / "catalogue.json"
        candidate.write_text(written, encoding="utf-8")
        check = open_database(Path(scratch) / "scratch.sqlite3")
        try:
            import_catalogue(check, candidate, replace=True)
            read_back = export_text(check)
        finally:
            check.close()
    if read_back != written:
        raise DatabaseError(Said("server_file_not_same", path=target))
    write_atomically(target, written.encode("utf-8"))
    return target


def pg_tool(name: str) -> str | None:
    """PostgreSQL's client program `name` (pg_dump, pg_restore), if installed."""
    import glob
    import shutil

    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(f"{folder}/{name}", os.X_OK):
            return f"{folder}/{name}"
    return None


def _libpq(location: ServerLocation) -> tuple[str, dict[str, str]]:
    """The server as libpq's tools take it (a URI without the password) and their environment (the
    password, if the URL or the keyring gave one, in PGPASSWORD: never on a command line)."""
    from dermacounsel.storage.secrets import with_keyring_password

    url = with_keyring_password(location.url)
    environment = dict(os.environ)
    if url.password is not None:
        environment["PGPASSWORD"] = str(url.password)
    uri = url._replace(password=None, drivername="postgresql").render_as_string(hide_password=False)
    return uri, environment


def _run_pg(location: ServerLocation, command: list[str], doing: str) -> str:
    """Run one of libpq's tools; DatabaseError naming the server and `doing` (the tool, or a `Said`) if it
    fails."""
    import subprocess

    _, environment = _libpq(location)
    try:
        result = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=3600)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise DatabaseError(
            Said("server_tool_failed", server=location.describe(), doing=doing, reason=str(error))
        ) from None
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        reason = " ".join(lines[0].split()) if lines else Said("server_exit_status", code=result.returncode)
        raise DatabaseError(Said("server_tool_failed", server=location.describe(), doing=doing, reason=reason))
    return result.stdout


def pg_dump(location: ServerLocation, target: Path) -> Path:
    """pg_dump's archive of the catalogue's database (custom format), checked with pg_restore --list."""
    uri, _ = _libpq(location)
    partial = target.with_name(target.name + ".partial")
    dump = pg_tool("pg_dump")
    if dump is None:
        raise DatabaseError(Said("server_no_pg_dump"))
    try:
        _run_pg(
            location, [dump, "--format=custom", "--no-owner", "--no-privileges", "-f", str(partial), uri], "pg_dump"
        )
        restore = pg_tool("pg_restore")
        if restore is not None and "TABLE DATA" not in _run_pg(
            location, [restore, "--list", str(partial)], "pg_restore"
        ):
            raise DatabaseError(Said("server_dump_empty", path=target))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def restore_to_server(database: CatalogueDatabase, backup: Path) -> Backup:
    """Make the server's catalogue what `backup` holds, after a backup of what the server holds now
    (returned): any SQLite catalogue (a server backup's copy or a file's) or a catalogue file, written in
    one transaction; or pg_dump's archive, put back by pg_restore in one transaction."""
    import shutil
    import tempfile

    from dermacounsel.storage.catalogue_file import parse_catalogue
    from dermacounsel.storage.catalogue_import import export_text
    from dermacounsel.storage.database import open_database

    assert database.server is not None
    backup = backup.expanduser()
    if not backup.is_file():
        raise DatabaseError(Said("server_no_backup_file", path=backup))
    with backup.open("rb") as stream:
        start = stream.read(16)
    if start.startswith(PG_DUMP_MAGIC):
        return _restore_pg_dump(database, backup)
    if start.lstrip()[:1] == b"{":  # a catalogue file (a server backup's, or any export)
        from dermacounsel.storage.catalogue_file import CatalogueFileError, read_catalogue

        try:
            document = read_catalogue(backup)
        except CatalogueFileError as error:
            from dermacounsel.storage.database import file_problem

            raise DatabaseError(file_problem(error)) from None
        return _replace_with(database, document)
    with tempfile.TemporaryDirectory(prefix="dermacounsel-restore-") as scratch:
        copy = Path(scratch) / "backup.sqlite3"
        shutil.copyfile(backup, copy)  # opened (and, if older, migrated) as a copy: the backup stays as it was
        opened = open_database(copy)
        try:
            document = parse_catalogue(export_text(opened).encode(), str(backup))
        finally:
            opened.close()
    return _replace_with(database, document)


def _replace_with(database: CatalogueDatabase, document: Any) -> Backup:
    from dermacounsel.storage.catalogue_import import write_document

    assert database.server is not None
    safety = back_up_server(database.server, database.engine, database.path, "before-restore")
    try:
        with database.transaction() as session:
            write_document(session, document)
    except DBAPIError as error:
        raise server_error(database.server, error, Said("server_restore_rolled_back")) from None
    return safety


def _restore_pg_dump(database: CatalogueDatabase, archive: Path) -> Backup:
    """Put pg_dump's archive back on the server in one transaction (all or nothing), after a backup of
    what it holds now; the result must be a catalogue this version reads and passes its checks."""
    assert database.server is not None
    location = database.server
    restore = pg_tool("pg_restore")
    if restore is None:
        raise DatabaseError(Said("server_no_pg_restore", path=archive))
    uri, _ = _libpq(location)
    _run_pg(location, [restore, "--list", str(archive)], Said("server_reading_archive", name=archive.name))
    safety = back_up_server(location, database.engine, database.path, "before-restore")
    database.engine.dispose()  # no pooled connection may hold the tables pg_restore drops
    command = [restore, "--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-privileges"]
    _run_pg(location, [*command, "-d", uri, str(archive)], Said("server_restoring_archive", name=archive.name))
    revision = server_revision(location, database.engine)
    if revision != SCHEMA_HEAD:
        _refuse_newer(location, revision)
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
    from dermacounsel.domain.phrasing import Said
    from dermacounsel.storage.checks import CATALOGUE_RULES, CheckReport, _record

    engine = server_engine(location)
    report = CheckReport(anchor or local_copy_path(location))
    try:
        revision = server_revision(location, engine)
        with engine.connect().execution_options(postgresql_readonly=True) as connection:
            version = connection.scalar(text("SHOW server_version"))
            _record(report, Said("check_server_answers", version=version), [])
            unvalidated = connection.execute(
                text(
                    "SELECT conrelid::regclass || ': ' || conname FROM pg_constraint c "
                    "JOIN pg_namespace n ON n.oid = c.connamespace "
                    "WHERE n.nspname = current_schema() AND NOT c.convalidated"
                )
            )
            _record(report, Said("check_constraints"), [r[0] for r in unvalidated])
            invalid = connection.execute(
                text(
                    "SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)"
                )
            )
            _record(report, Said("check_indexes"), [Said("check_invalid_index", index=r[0]) for r in invalid])
            if revision is None:
                _record(report, Said("check_is_catalogue"), [Said("check_no_server_schema")])
                return report
            if revision != SCHEMA_HEAD:
                _record(report, Said("check_schema", head=SCHEMA_HEAD), [Said("check_other_schema", revision=revision)])
                return report
            from dermacounsel.storage.stored_values import measurement_problems

            class _Rows:
                def execute(self, sql: str, /) -> Any:
                    return connection.execute(text(sql))

            _record(report, Said("check_measurements"), measurement_problems(_Rows()))
            for rule in CATALOGUE_RULES:
                _record(report, rule.description, rule.findings(connection.execute(text(portable_rule(rule.query)))))
    except SQLAlchemyError as error:
        raise server_error(location, error, Said("server_cannot_check")) from None
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


def _semicolons(items: list[str]) -> str:
    """Findings one after another, "a; b; c" (Japanese 「a、b、c」), each said again in the reader's language."""
    if len(items) <= 1:
        return items[0] if items else ""
    return Said("list_semicolon", first=items[0], rest=_semicolons(items[1:]))
