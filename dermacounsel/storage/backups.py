"""Backups of the catalogue database (made with SQLite's backup API, verified, pruned by the retention
policy), restoring one, and setting a damaged database file aside.

Backups live in `backups_dir(database)` and are named `<database stem>-<YYYYMMDD-HHMMSS>-<reason>.sqlite3`,
with `-2`, `-3`... after the reason for further backups within the same second. The time is local
wall-clock time. Files in that folder with any other name are not ours: they are never listed or deleted.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import stat
from collections.abc import Collection
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from dermacounsel.domain.phrasing import Said
from dermacounsel.domain.phrasing import system_reason as _reason
from dermacounsel.domain.retention import APP_POLICY, RetentionPolicy, classify
from dermacounsel.storage.sqlite_file import SCHEMA_HEAD, DatabaseError
from dermacounsel.storage.sqlite_file import connect_read_only as _connect_read_only
from dermacounsel.storage.sqlite_file import problems as _problems
from dermacounsel.storage.sqlite_file import quick_check as quick_check
from dermacounsel.storage.sqlite_file import read_only as read_only

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y%m%d-%H%M%S"

# The reasons the app uses; any short lowercase word (hyphens between parts) is accepted.
MANUAL = "manual"
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"
BEFORE_UPGRADE = "before-upgrade"
SESSION = "session"

_REASON = r"[a-z]+(?:-[a-z]+)*"
#: Files SQLite keeps beside a database while it is open or after a crash; they belong with it.
_SIBLINGS = ("-journal", "-wal", "-shm")


def backups_dir(database: Path) -> Path:
    return database.with_name(f"{database.stem}-backups")


def backup_database(source: Path, target: Path) -> Path:
    """Copy a live database with SQLite's backup API, check the copy, and keep it only if it is sound."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with closing(sqlite3.connect(source)) as live, closing(sqlite3.connect(partial)) as copy:
        live.backup(copy)
        verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise DatabaseError(Said("backup_failed_check", path=source, verdict=verdict))
    os.replace(partial, target)
    return target


@dataclass(frozen=True)
class Backup:
    """One backup file.

    Attributes:
        path: the file.
        taken_at: when it was made (local time, to the second), as its name says.
        reason: why it was made: "manual", "before-import", "before-restore", "before-upgrade", "session"...
        size: its size in bytes.
    """

    path: Path
    taken_at: datetime
    reason: str
    size: int


def list_backups(database: Path) -> list[Backup]:
    """The database's backups in its backups folder, newest first."""
    return [backup for backup, _ in _scan(database.expanduser())]


def make_backup(
    database: Path,
    reason: str,
    now: datetime | None = None,
    to: Path | None = None,
    policy: RetentionPolicy = APP_POLICY,
) -> Backup:
    """Copy the database with SQLite's backup API and keep the copy only if it passes integrity_check.

    The copy goes into the backups folder, after which the retention policy prunes the folder; or, with
    `to`, into that file (replacing it, if it exists), and nothing is pruned.
    """
    if not re.fullmatch(_REASON, reason):
        raise ValueError(f"a backup reason is a short lowercase word, not {reason!r}")
    database = database.expanduser()
    if not database.is_file():
        raise DatabaseError(Said("backup_no_database", path=database))
    if to is not None:
        return _copy(database, _explicit_target(database, to), _local(now), reason)
    backup = _copy_into_folder(database, _local(now), reason)
    prune_backups(database, policy, keep=[backup.path], now=now)
    return backup


#: How far ahead of the clock a backup's time may be and still count as made now (clocks drift a little).
FUTURE_TOLERANCE = timedelta(minutes=10)


def prune_backups(
    database: Path,
    policy: RetentionPolicy = APP_POLICY,
    keep: Collection[Path] = (),
    now: datetime | None = None,
) -> list[Path]:
    """Delete the backups the retention policy drops (never one in `keep`), and return them.

    Backups dated after `now` (made while the clock was set wrong) are left alone and left out of the
    policy: counted in, they would take every place and each new backup would delete the one before it,
    so the newest real backup would never survive. A backup that cannot be deleted is left in place and
    logged: pruning must not fail the backup that triggered it.
    """
    moment = _local(now)
    backups = [b for b in list_backups(database) if b.taken_at <= moment + FUTURE_TOLERANCE]
    spared = {path.expanduser().resolve() for path in keep}
    verdicts = classify([backup.taken_at for backup in backups], policy)
    deleted = []
    for backup, verdict in zip(backups, verdicts, strict=True):
        if verdict is not None or backup.path.resolve() in spared:
            continue
        try:
            backup.path.unlink()
            for companion in (".json", ".pgdump"):  # a server backup's catalogue file and pg_dump archive
                backup.path.with_suffix(companion).unlink(missing_ok=True)
        except FileNotFoundError:
            continue
        except OSError as error:
            log.warning("%s: old backup not deleted (%s)", backup.path, _reason(error))
            continue
        deleted.append(backup.path)
    return deleted


def verify_backup(path: Path) -> bool:
    """True when the file opens read-only, passes integrity_check and has a DermaCounsel schema version."""
    path = path.expanduser()
    if not path.is_file():
        return False
    try:
        with closing(_connect_read_only(path)) as connection:
            if [row[0] for row in connection.execute("PRAGMA integrity_check")] != ["ok"]:
                return False
            table = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            return connection.execute(table).fetchone() is not None
    except sqlite3.Error:
        return False


def newest_verified_backup(database: Path) -> Backup | None:
    """The newest backup that passes `verify_backup`, if any does."""
    return next((backup for backup in list_backups(database) if verify_backup(backup.path)), None)


def restore_backup(database: Path, source: Path, now: datetime | None = None) -> Backup | None:
    """Replace the database with a copy of `source`, a sound DermaCounsel database of this schema.

    The current database is kept first: backed up ("before-restore") if it is sound, else moved aside as
    `<name>.damaged-<time>` (then the returned Backup has that path and the reason "damaged"). Returns
    where the previous database is kept, or None if there was none. The database must be closed.
    """
    database, source = database.expanduser(), source.expanduser()
    if not source.is_file():
        raise DatabaseError(Said("restore_no_file", path=source))
    if database.is_dir():
        raise DatabaseError(Said("db_is_folder", path=database))
    if database.exists() and os.path.samefile(source, database):
        raise DatabaseError(Said("restore_is_database", path=source))
    if not verify_backup(source):
        raise DatabaseError(Said("restore_unsound", path=source))
    revision = _revision(source)
    if revision != SCHEMA_HEAD:
        shown = revision or Said("restore_no_schema")
        raise DatabaseError(Said("restore_schema", path=source, revision=shown, head=SCHEMA_HEAD))
    from dermacounsel.storage.checks import check_database  # loads the catalogue's validation: only here

    report = check_database(source)
    if not report.ok:
        # the same checks as `dermacounsel check`: a shell of a schema, a rating of 7 or a text that is no
        # longer text would otherwise replace a sound catalogue
        more = Said("restore_more", count=len(report.problems) - 1) if len(report.problems) > 1 else ""
        raise DatabaseError(Said("restore_fails_checks", path=source, problem=report.problems[0], more=more))

    previous = None
    mode = None
    if database.exists():
        mode = stat.S_IMODE(database.stat().st_mode)
        # The same check as the backup's own, so a database that passes it can always be backed up.
        if _problems(database, "integrity_check"):
            moved = move_aside(database, now)
            previous = Backup(moved, _local(now), "damaged", moved.stat().st_size)
        else:
            # Not pruned yet: the policy could delete `source` itself, an older backup of the same day.
            previous = _copy_into_folder(database, _local(now), BEFORE_RESTORE)
    # Reading the database above rolled back any unfinished transaction; a journal still there means
    # another connection is writing, and replacing the file under it would mix the two.
    busy = [database.name + suffix for suffix in _SIBLINGS if database.with_name(database.name + suffix).exists()]
    if busy:
        raise DatabaseError(Said("restore_in_use", path=database, files=", ".join(busy)))

    building = database.with_name(f".{database.name}.restoring")
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        building.unlink(missing_ok=True)
        with closing(_connect_read_only(source)) as live, closing(sqlite3.connect(building)) as copy:
            live.backup(copy)
        if not verify_backup(building):
            raise DatabaseError(Said("restore_copy_unsound", path=source))
        if mode is not None:
            os.chmod(building, mode)
        os.replace(building, database)
    except (sqlite3.Error, OSError) as error:
        raise DatabaseError(Said("restore_failed", path=database, source=source, reason=_reason(error))) from None
    finally:
        with suppress(OSError):
            building.unlink(missing_ok=True)
    if previous is not None and previous.reason == BEFORE_RESTORE:
        # The backup just restored is spared this once, so it does not vanish as it is being used.
        with suppress(DatabaseError):
            prune_backups(database, keep=[previous.path, source])
    return previous


#: A leftover younger than this may still be being written by another DermaCounsel: it is left alone.
LEFTOVER_AGE_SECONDS = 60


def remove_leftovers(database: Path) -> list[Path]:
    """Delete what killed backups, restores and creations left behind (`*.partial` in the backups folder,
    `.<name>.restoring` and `.<name>.creating` beside the database), and return what was deleted.

    Each is as large as the database and nothing ever reads it again. One another program may still be
    writing (younger than LEFTOVER_AGE_SECONDS, or locked by SQLite) is left alone; a failure to delete
    is logged, never raised: tidying up must not stop the app from starting."""
    database = database.expanduser()
    candidates = [database.with_name(f".{database.name}.restoring"), database.with_name(f".{database.name}.creating")]
    folder = backups_dir(database)
    with suppress(OSError):
        candidates += [entry for entry in folder.iterdir() if entry.name.endswith(BACKUP_SUFFIX + ".partial")]
    removed = []
    now = datetime.now().timestamp()
    for leftover in candidates:
        try:
            status = leftover.lstat()
        except OSError:
            continue
        if not stat.S_ISREG(status.st_mode) or now - status.st_mtime < LEFTOVER_AGE_SECONDS or _in_use(leftover):
            continue
        try:
            leftover.unlink()
        except OSError as error:
            log.warning("%s: leftover not deleted (%s)", leftover, _reason(error))
            continue
        removed.append(leftover)
    return removed


def _in_use(path: Path) -> bool:
    """Whether another connection holds an SQLite lock on the file (a copy still being written)."""
    try:
        with closing(sqlite3.connect(path, timeout=0)) as connection:
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        return error.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    except sqlite3.Error:
        return False  # not a database at all (a copy cut short): nobody is using it
    return False


def move_aside(database: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database to `<name>.damaged-<YYYYMMDD-HHMMSS>` beside it, with its journal, WAL
    and shared-memory files, and return the new path. The database must be closed."""
    database = database.expanduser()
    if not database.is_file():
        raise DatabaseError(Said("aside_no_database", path=database))
    base = f"{database.name}.damaged-{_local(now).strftime(STAMP_FORMAT)}"
    target = database.with_name(base)
    counter = 1
    while any(target.with_name(target.name + suffix).exists() for suffix in ("", *_SIBLINGS)):
        counter += 1
        target = database.with_name(f"{base}-{counter}")
    # The siblings keep SQLite's `<file>-journal` naming, so the moved file still rolls back its own
    # unfinished transaction. They go first: a journal left behind would be rolled back into whatever
    # database is next created under the old name.
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in _SIBLINGS:
            sibling = database.with_name(database.name + suffix)
            if sibling.exists():
                os.rename(sibling, target.with_name(target.name + suffix))
                moved.append((sibling, target.with_name(target.name + suffix)))
        os.rename(database, target)
    except OSError as error:
        for original, renamed in reversed(moved):
            with suppress(OSError):
                os.rename(renamed, original)
        raise DatabaseError(Said("aside_failed", path=database, reason=_reason(error))) from None
    return target


def _scan(database: Path) -> list[tuple[Backup, int]]:
    """Our backups with their same-second counters, newest first (a higher counter is newer)."""
    folder = backups_dir(database)
    pattern = re.compile(
        rf"{re.escape(database.stem)}-(\d{{8}}-\d{{6}})-({_REASON})(?:-(\d+))?{re.escape(BACKUP_SUFFIX)}"
    )
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        raise DatabaseError(Said("backups_unlisted", path=folder, reason=_reason(error))) from None
    found = []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        try:
            taken_at = datetime.strptime(match[1], STAMP_FORMAT)
            status = entry.stat()
        except (ValueError, OSError):
            continue
        if stat.S_ISREG(status.st_mode):
            found.append((Backup(entry, taken_at, match[2], status.st_size), int(match[3] or 1)))
    found.sort(key=lambda item: (item[0].taken_at, item[1]), reverse=True)
    return found


def _copy(database: Path, target: Path, taken_at: datetime, reason: str) -> Backup:
    try:
        backup_database(database, target)
        size = target.stat().st_size
    except (sqlite3.Error, OSError) as error:
        with suppress(OSError):
            target.with_name(target.name + ".partial").unlink(missing_ok=True)
        raise DatabaseError(Said("backup_failed", path=database, target=target, reason=_reason(error))) from None
    return Backup(target, taken_at, reason, size)


def _copy_into_folder(database: Path, taken_at: datetime, reason: str) -> Backup:
    return _copy(database, _free_name(database, taken_at, reason), taken_at, reason)


def _free_name(database: Path, taken_at: datetime, reason: str) -> Path:
    same_second = [counter for backup, counter in _scan(database) if backup.taken_at == taken_at]
    counter = max(same_second, default=0) + 1
    while True:
        suffix = "" if counter == 1 else f"-{counter}"
        name = f"{database.stem}-{taken_at.strftime(STAMP_FORMAT)}-{reason}{suffix}{BACKUP_SUFFIX}"
        target = backups_dir(database) / name
        if not target.exists():
            return target
        counter += 1


def _explicit_target(database: Path, to: Path) -> Path:
    to = to.expanduser()
    if to.is_dir():
        raise DatabaseError(Said("backup_to_folder", path=to))
    if not to.parent.is_dir():
        raise DatabaseError(Said("backup_no_folder", path=to, folder=to.parent))
    if to.exists() and os.path.samefile(to, database):
        raise DatabaseError(Said("backup_is_database", path=to))
    if to.exists() and not verify_backup(to):
        # only an earlier DermaCounsel backup is replaced; anything else there is someone's file
        raise DatabaseError(Said("backup_not_ours", path=to))
    return to


def _local(now: datetime | None) -> datetime:
    """A naive local time to the second: what backup names record."""
    moment = now if now is not None else datetime.now()
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _revision(path: Path) -> str | None:
    with closing(_connect_read_only(path)) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None
