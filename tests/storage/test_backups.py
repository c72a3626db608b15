"""Backups on real files: verified copies, names and listing, pruning by the retention policy, explicit
targets, restoring, and damaged databases found and set aside."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from dermacounsel.domain.retention import DEFAULT_POLICY, RetentionPolicy
from dermacounsel.storage.backups import (
    BACKUP_SUFFIX,
    Backup,
    list_backups,
    make_backup,
    move_aside,
    newest_verified_backup,
    prune_backups,
    quick_check,
    read_only,
    restore_backup,
    verify_backup,
)
from dermacounsel.storage.database import SCHEMA_HEAD, DatabaseError, backups_dir, open_database

NOON = datetime(2024, 3, 15, 12, 0, 0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """Every table's schema and rows, as SQL."""
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def execute(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def product_keys(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT key FROM product ORDER BY position")]


def corrupt(path: Path) -> None:
    """Overwrite page 2 (a table's root page, in a 4096-byte-page database) with junk."""
    with path.open("r+b") as file:
        file.seek(4096)
        file.write(b"\xde\xad\xbe\xef" * 1024)


def names(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


# Making, verifying and listing


def test_a_backup_is_a_verified_copy_with_the_same_rows(database_path: Path) -> None:
    backup = make_backup(database_path, "manual", now=NOON)
    assert backup.path == backups_dir(database_path) / "catalogue-20240315-120000-manual.sqlite3"
    assert (backup.taken_at, backup.reason, backup.size) == (NOON, "manual", backup.path.stat().st_size)
    assert verify_backup(backup.path)
    with closing(sqlite3.connect(backup.path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [(SCHEMA_HEAD,)]
    assert dump(backup.path) == dump(database_path)
    assert len(product_keys(backup.path)) == 5
    assert names(backups_dir(database_path)) == [backup.path.name], "no partial file left behind"


def test_a_backup_of_an_open_database_holds_its_committed_changes(database_path: Path) -> None:
    database = open_database(database_path)
    try:
        execute(database_path, "UPDATE product SET key = 'Changed' WHERE key = 'benev'")
        backup = make_backup(database_path, "session", now=NOON)
    finally:
        database.close()
    assert product_keys(backup.path)[0] == "Changed"


def test_backups_are_listed_newest_first_and_other_files_are_ignored(database_path: Path) -> None:
    folder = backups_dir(database_path)
    folder.mkdir()
    strangers = [
        "notes.txt",
        "catalogue-before-upgrade-0000-20240101-000000.sqlite3",  # how database.py names its upgrade copies
        "other-20240301-090000-manual.sqlite3",  # another database's backup
        "catalogue-20240301-090000-manual.sqlite3.partial",  # an unfinished copy
        "catalogue-20241399-090000-manual.sqlite3",  # no such date
        "catalogue-20240301-090000-Manual.sqlite3",
    ]
    for name in strangers:
        (folder / name).write_text("not ours")
    (folder / "catalogue-20240302-090000-manual.sqlite3").mkdir()  # a folder, however named
    ours = [
        "catalogue-20240315-120000-before-restore-3.sqlite3",
        "catalogue-20240315-120000-manual-2.sqlite3",
        "catalogue-20240315-120000-session.sqlite3",
        "catalogue-20240314-093000-before-import.sqlite3",
        "catalogue-20231231-235959-manual-12.sqlite3",
    ]
    for size, name in enumerate(reversed(ours)):
        (folder / name).write_bytes(b"x" * size)  # listing reads names, not contents

    listed = list_backups(database_path)
    assert [backup.path for backup in listed] == [folder / name for name in ours]
    assert [backup.reason for backup in listed] == ["before-restore", "manual", "session", "before-import", "manual"]
    assert [backup.taken_at for backup in listed] == [NOON] * 3 + [
        datetime(2024, 3, 14, 9, 30),
        datetime(2023, 12, 31, 23, 59, 59),
    ]
    assert [backup.size for backup in listed] == [4, 3, 2, 1, 0]
    assert all(backup.path.suffix == BACKUP_SUFFIX for backup in listed)


def test_backups_within_one_second_get_a_counter(database_path: Path) -> None:
    older = make_backup(database_path, "before-import", now=datetime(2024, 3, 14, 9, 30), policy=DEFAULT_POLICY)
    first = make_backup(database_path, "session", now=NOON, policy=DEFAULT_POLICY)
    second = make_backup(database_path, "manual", now=NOON.replace(microsecond=500), policy=DEFAULT_POLICY)
    third = make_backup(database_path, "before-restore", now=NOON, policy=DEFAULT_POLICY)
    assert [backup.path.name for backup in (first, second, third)] == [
        "catalogue-20240315-120000-session.sqlite3",
        "catalogue-20240315-120000-manual-2.sqlite3",
        "catalogue-20240315-120000-before-restore-3.sqlite3",
    ]
    # One backup a day is kept: the newest of the 15th, the third, counts as newer than the other two.
    assert list_backups(database_path) == [third, older]


def test_pruning_never_touches_files_that_are_not_ours(database_path: Path) -> None:
    folder = backups_dir(database_path)
    folder.mkdir()
    strangers = ["notes.txt", "catalogue-before-upgrade-0000-20240101-000000.sqlite3", "catalogue.sqlite3.partial"]
    strangers += ["other-20240301-090000-manual.sqlite3", "catalogue-20240301-090000-manual.sqlite3.partial"]
    for name in strangers:
        (folder / name).write_text("not ours")
    for hour in range(5):
        make_backup(database_path, "session", now=NOON.replace(hour=hour), policy=DEFAULT_POLICY)
    assert names(folder) == sorted([*strangers, "catalogue-20240315-040000-session.sqlite3"])
    for name in strangers:
        assert (folder / name).read_text() == "not ours"


def test_no_backups_folder_means_no_backups(database_path: Path) -> None:
    assert list_backups(database_path) == []
    assert newest_verified_backup(database_path) is None


def test_a_reason_must_be_a_short_lowercase_word(database_path: Path) -> None:
    for reason in ("", "Manual", "before import", "2", "before-", "../x"):
        with pytest.raises(ValueError, match="reason"):
            make_backup(database_path, reason, now=NOON)
    assert not backups_dir(database_path).exists()


def test_a_database_that_is_missing_or_damaged_is_not_backed_up(database_path: Path, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no database file there"):
        make_backup(tmp_path / "missing.sqlite3", "manual", now=NOON)
    corrupt(database_path)
    with pytest.raises(DatabaseError) as caught:
        make_backup(database_path, "manual", now=NOON)
    assert str(database_path) in str(caught.value) and "\n" not in str(caught.value)
    text = tmp_path / "text.sqlite3"
    text.write_text("a shopping list, not a database\n" * 200)
    with pytest.raises(DatabaseError, match="text.sqlite3"):
        make_backup(text, "manual", now=NOON)
    for folder in (backups_dir(database_path), backups_dir(text)):
        assert not folder.exists() or names(folder) == [], "a failed backup leaves no file"


def test_newest_verified_backup_passes_over_a_damaged_one(database_path: Path) -> None:
    good = make_backup(database_path, "session", now=NOON - timedelta(days=1))
    bad = make_backup(database_path, "session", now=NOON)
    assert newest_verified_backup(database_path) == bad
    corrupt(bad.path)
    assert not verify_backup(bad.path)
    assert newest_verified_backup(database_path) == good


def test_verify_backup_refuses_what_is_not_a_dermacounsel_database(tmp_path: Path) -> None:
    text = tmp_path / "text.sqlite3"
    text.write_text("hello\n" * 1000)
    other = tmp_path / "other.sqlite3"
    execute(other, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "INSERT INTO notes VALUES (1, 'x')")
    assert not verify_backup(text)
    assert not verify_backup(other)
    assert not verify_backup(tmp_path / "missing.sqlite3")
    assert not verify_backup(tmp_path)


# Retention


def test_backups_are_pruned_by_the_retention_policy_after_each_one(database_path: Path) -> None:
    """Four months of daily backups, with a second one in the same second every tenth day."""
    folder = backups_dir(database_path)
    folder.mkdir()
    (folder / "keep-me.sqlite3").write_bytes(database_path.read_bytes())
    (folder / "catalogue-before-upgrade-0000-20231201-000000.sqlite3").write_text("an old upgrade copy")

    def doubled(day: date) -> bool:
        return day.toordinal() % 10 == 0

    day = date(2024, 1, 1)
    while day <= date(2024, 4, 30):
        moment = datetime.combine(day, time(9, 0))
        made = make_backup(database_path, "session", now=moment)
        if doubled(day):
            made = make_backup(database_path, "before-import", now=moment)
        assert made.path.exists()
        assert len(list_backups(database_path)) <= 31
        day += timedelta(days=1)

    def name(text: str) -> str:
        day = date.fromisoformat(text)
        reason = "before-import-2" if doubled(day) else "session"
        return f"catalogue-{day:%Y%m%d}-090000-{reason}.sqlite3"

    # Daily: 19 to 30 April. Weekly: the Sundays of the 10 weeks before the week of Friday 19 April
    # (15 April to 18 April go with it). Monthly: January, by its last Sunday; February has a weekly.
    daily = [f"2024-04-{n:02}" for n in range(30, 18, -1)]
    weekly = ["2024-04-14", "2024-04-07", "2024-03-31", "2024-03-24", "2024-03-17"]
    weekly += ["2024-03-10", "2024-03-03", "2024-02-25", "2024-02-18", "2024-02-11"]
    monthly = ["2024-01-28"]
    assert [backup.path.name for backup in list_backups(database_path)] == [name(d) for d in daily + weekly + monthly]
    assert names(folder) == sorted(
        [name(d) for d in daily + weekly + monthly]
        + ["catalogue-before-upgrade-0000-20231201-000000.sqlite3", "keep-me.sqlite3"]
    ), "files not named as ours are never deleted"


def test_the_backup_just_made_is_kept_even_if_the_clock_went_back(database_path: Path) -> None:
    """Backups dated ahead of the clock are left alone and out of the policy's count."""
    future = [make_backup(database_path, "session", now=datetime(2030, 1, day, 9)) for day in range(1, 4)]
    made = make_backup(database_path, "session", now=NOON, policy=RetentionPolicy(daily=2, weekly=0, monthly=0))
    assert made.path.exists()
    assert [backup.path for backup in list_backups(database_path)] == [b.path for b in reversed(future)] + [made.path]


def test_backups_from_a_clock_set_years_ahead_do_not_make_each_new_backup_delete_the_last(
    database_path: Path,
) -> None:
    """The review: 60 backups dated three years ahead, then three made with the right clock left only the
    last one, each new backup pruned by the next."""
    ahead = datetime(2027, 3, 15, 12)
    for day in range(60):
        make_backup(database_path, "session", now=ahead + timedelta(days=day))
    made = [make_backup(database_path, "session", now=NOON + timedelta(days=day)) for day in range(3)]
    kept = {backup.path for backup in list_backups(database_path)}
    assert {backup.path for backup in made} <= kept


def test_pruning_can_be_run_on_its_own(database_path: Path) -> None:
    made = [
        make_backup(database_path, "session", now=NOON + timedelta(hours=hour), policy=DEFAULT_POLICY)
        for hour in range(3)
    ]
    assert [backup.path for backup in list_backups(database_path)] == [made[2].path]
    more = [
        make_backup(database_path, "session", now=NOON + timedelta(days=day), policy=DEFAULT_POLICY)
        for day in range(1, 4)
    ]
    assert prune_backups(database_path, RetentionPolicy(daily=1, weekly=0, monthly=0)) == [
        more[1].path,
        more[0].path,
        made[2].path,
    ]
    assert list_backups(database_path) == [more[2]]


# An explicit target ("--to")


def test_a_backup_can_be_written_to_a_chosen_file_without_pruning(database_path: Path, tmp_path: Path) -> None:
    for hour in range(3):
        make_backup(database_path, "session", now=NOON.replace(hour=hour), policy=DEFAULT_POLICY)
    target = tmp_path / "elsewhere" / "copy.db"
    target.parent.mkdir()
    backup = make_backup(database_path, "manual", now=NOON, to=target, policy=DEFAULT_POLICY)
    assert backup == Backup(target, NOON, "manual", target.stat().st_size)
    assert verify_backup(target) and dump(target) == dump(database_path)
    assert names(target.parent) == ["copy.db"]
    assert len(list_backups(database_path)) == 1, "the backups folder was not touched"
    make_backup(database_path, "manual", now=NOON, to=target, policy=DEFAULT_POLICY)
    assert verify_backup(target), "an earlier backup there is replaced"


def test_a_chosen_file_that_is_not_a_backup_is_never_overwritten(database_path: Path, tmp_path: Path) -> None:
    """`backup --to` silently overwrote an unrelated text file."""
    target = tmp_path / "letter.txt"
    target.write_text("Dear patient,")
    with pytest.raises(DatabaseError, match="already exists and is not a DermaCounsel backup"):
        make_backup(database_path, "manual", now=NOON, to=target)
    assert target.read_text() == "Dear patient," and names(tmp_path) == sorted(["catalogue.sqlite3", "letter.txt"])


def test_a_chosen_target_must_be_a_file_in_an_existing_folder(database_path: Path, tmp_path: Path) -> None:
    before = digest(database_path)
    refusals = [
        (tmp_path, "is a folder"),
        (tmp_path / "missing" / "copy.db", "does not exist"),
        (database_path, "is the database itself"),
    ]
    for target, reason in refusals:
        with pytest.raises(DatabaseError, match=reason) as caught:
            make_backup(database_path, "manual", now=NOON, to=target)
        message = str(caught.value)
        assert message.startswith(str(target)) and "\n" not in message
    assert not (tmp_path / "missing").exists()
    assert digest(database_path) == before


# Restoring


def test_restoring_brings_back_the_earlier_data_after_a_safety_backup(database_path: Path) -> None:
    earlier = make_backup(database_path, "session", now=NOON - timedelta(days=1))
    original = dump(database_path)
    execute(database_path, "UPDATE product SET key = 'Changed' WHERE key = 'benev'", "DELETE FROM caution")
    changed = dump(database_path)
    assert changed != original

    safety = restore_backup(database_path, earlier.path, now=NOON)

    assert dump(database_path) == original
    assert safety is not None and safety.reason == "before-restore"
    assert safety.path.name == "catalogue-20240315-120000-before-restore.sqlite3"
    assert verify_backup(safety.path) and dump(safety.path) == changed
    assert earlier.path.exists(), "the restored backup stays"
    assert not list(database_path.parent.glob(".*restoring"))
    database = open_database(database_path)
    assert database.backup is None, "the restored database opens as current"
    database.close()


def test_restoring_a_backup_over_the_safety_backup_undoes_the_restore(database_path: Path) -> None:
    earlier = make_backup(database_path, "session", now=NOON - timedelta(days=1))
    execute(database_path, "UPDATE product SET key = 'Changed' WHERE key = 'benev'")
    safety = restore_backup(database_path, earlier.path, now=NOON)
    assert safety is not None and product_keys(database_path)[0] == "benev"
    # The second restore's safety backup is newer on the same day: the policy would drop the first one,
    # which is being restored, but it is spared this once.
    second = restore_backup(database_path, safety.path, now=NOON + timedelta(minutes=1))
    assert product_keys(database_path)[0] == "Changed"
    assert second is not None and second.path.exists() and safety.path.exists()
    assert product_keys(second.path)[0] == "benev"


def test_restoring_keeps_the_file_permissions(database_path: Path) -> None:
    earlier = make_backup(database_path, "session", now=NOON - timedelta(days=1))
    os.chmod(database_path, 0o600)
    restore_backup(database_path, earlier.path, now=NOON)
    assert database_path.stat().st_mode & 0o777 == 0o600


@pytest.fixture
def bad_sources(database_path: Path, tmp_path: Path) -> Iterator[dict[str, tuple[Path, str]]]:
    """Files restore must refuse, each with the words its refusal must contain."""
    folder = tmp_path / "sources"
    folder.mkdir()
    damaged = folder / "damaged.sqlite3"
    make_backup(database_path, "session", now=NOON - timedelta(days=2), to=damaged)
    corrupt(damaged)
    text = folder / "text.sqlite3"
    text.write_text("a shopping list, not a database\n" * 200)
    other = folder / "other.sqlite3"
    execute(other, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "INSERT INTO notes VALUES (1, 'x')")
    newer = folder / "newer.sqlite3"
    make_backup(database_path, "session", now=NOON, to=newer)
    execute(newer, "UPDATE alembic_version SET version_num = '0099'")
    # files SQLite opens and that have a schema version, yet are no catalogue to put back (the review's B3)
    shell = folder / "shell.sqlite3"
    execute(shell, "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
            f"INSERT INTO alembic_version VALUES ('{SCHEMA_HEAD}')")  # fmt: skip
    broken_text = folder / "broken-text.sqlite3"
    make_backup(database_path, "session", now=NOON, to=broken_text)
    execute(broken_text, 'UPDATE product SET notes = \'{"en": "broken\' WHERE rowid = 1')
    rating_7 = folder / "rating-7.sqlite3"
    make_backup(database_path, "session", now=NOON, to=rating_7)
    execute(rating_7, "PRAGMA ignore_check_constraints=ON", "UPDATE rating SET level = 7 WHERE rowid = 1")
    no_cautions = folder / "no-cautions.sqlite3"
    make_backup(database_path, "session", now=NOON, to=no_cautions)
    execute(no_cautions, "PRAGMA foreign_keys=OFF", "DROP TABLE caution")
    infinite = folder / "infinite.sqlite3"
    make_backup(database_path, "session", now=NOON, to=infinite)
    execute(infinite, "UPDATE layer SET thickness_max_mm = 9e999 WHERE key = 'epidermis'")
    yield {
        "shell": (shell, "fails the catalogue's checks"),
        "broken text": (broken_text, "fails the catalogue's checks"),
        "rating 7": (rating_7, "fails the catalogue's checks .CHECK constraint failed in rating"),
        "no cautions": (no_cautions, "fails the catalogue's checks .*caution"),
        "infinite": (infinite, "fails the catalogue's checks .*thickness_max_mm: Infinity is not finite"),
        "damaged": (damaged, "not a sound DermaCounsel database"),
        "text": (text, "not a sound DermaCounsel database"),
        "other": (other, "not a sound DermaCounsel database"),
        "newer": (newer, "has schema 0099, and this version restores only schema " + SCHEMA_HEAD),
        "missing": (folder / "missing.sqlite3", "no file there"),
        "itself": (database_path, "is the database itself"),
    }


def test_restore_refuses_a_bad_source_and_changes_nothing(
    database_path: Path, bad_sources: dict[str, tuple[Path, str]]
) -> None:
    before = digest(database_path)
    for source, reason in bad_sources.values():
        with pytest.raises(DatabaseError, match=reason) as caught:
            restore_backup(database_path, source, now=NOON)
        message = str(caught.value)
        assert message.startswith(str(source)) and "\n" not in message
        assert digest(database_path) == before
    assert list_backups(database_path) == [], "no safety backup for a refused restore"


def test_restore_sets_a_damaged_database_aside_instead_of_backing_it_up(database_path: Path, tmp_path: Path) -> None:
    good = make_backup(database_path, "manual", now=NOON, to=tmp_path / "good.sqlite3")
    corrupt(database_path)
    damaged_bytes = database_path.read_bytes()
    kept = restore_backup(database_path, good.path, now=NOON)
    assert kept is not None and kept.reason == "damaged"
    assert kept.path == database_path.with_name("catalogue.sqlite3.damaged-20240315-120000")
    assert kept.path.read_bytes() == damaged_bytes
    assert verify_backup(database_path) and quick_check(database_path) == []
    assert list_backups(database_path) == []


def test_restore_without_a_current_database_creates_it(database_path: Path, tmp_path: Path) -> None:
    good = make_backup(database_path, "manual", now=NOON, to=tmp_path / "good.sqlite3")
    target = tmp_path / "new" / "catalogue.sqlite3"
    assert restore_backup(target, good.path, now=NOON) is None
    assert dump(target) == dump(good.path)


def test_restore_refuses_a_database_another_connection_is_writing(database_path: Path) -> None:
    earlier = make_backup(database_path, "session", now=NOON - timedelta(days=1))
    original = dump(database_path)
    writer = sqlite3.connect(database_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE product SET key = 'Changed' WHERE key = 'benev'")
        with pytest.raises(DatabaseError, match="is in use"):
            restore_backup(database_path, earlier.path, now=NOON)
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    assert dump(database_path) == original


# Damaged databases


def test_quick_check_passes_a_sound_database(database_path: Path) -> None:
    assert quick_check(database_path) == []


def test_quick_check_finds_a_damaged_page(database_path: Path) -> None:
    corrupt(database_path)
    problems = quick_check(database_path)
    assert problems and all(isinstance(problem, str) and problem for problem in problems)


def test_quick_check_finds_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    text = tmp_path / "text.sqlite3"
    text.write_text("a shopping list, not a database\n" * 200)
    assert quick_check(text) == ["the file cannot be read as an SQLite database: file is not a database"]


def test_quick_check_of_a_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no database file there"):
        quick_check(tmp_path / "missing.sqlite3")


def test_the_background_quick_check_gives_the_same_answers(database_path: Path, tmp_path: Path) -> None:
    """The app starts the check on another thread while it loads and asks for the answer when it needs it."""
    from dermacounsel.storage.sqlite_file import start_quick_check

    sound = start_quick_check(database_path)
    assert sound() == []
    damaged_copy = tmp_path / "damaged.sqlite3"
    damaged_copy.write_bytes(database_path.read_bytes())
    corrupt(damaged_copy)
    assert start_quick_check(damaged_copy)() == quick_check(damaged_copy) != []
    missing = start_quick_check(tmp_path / "missing.sqlite3")
    with pytest.raises(DatabaseError, match="no database file there"):
        missing()


def test_quick_check_rolls_back_what_a_crash_left_unfinished(database_path: Path) -> None:
    """A journal left by a crash in the middle of a write is recovery, not damage: the check rolls it back
    as opening the database would (a read-only connection could only refuse it)."""
    before = digest(database_path)
    script = (
        "import os, sqlite3, sys\n"
        "connection = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "connection.execute('PRAGMA cache_size=10')\n"  # a small cache, so the changes reach the file
        "connection.execute('BEGIN')\n"
        "connection.execute('DELETE FROM statement')\n"
        "connection.execute('CREATE TABLE junk (x)')\n"
        "connection.execute('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) '\n"
        "                   'INSERT INTO junk SELECT randomblob(1000) FROM n')\n"
        "os._exit(0)\n"  # no commit, no rollback, no close: as if the power went
    )
    subprocess.run([sys.executable, "-c", script, str(database_path)], check=True, timeout=60)
    assert database_path.with_name("catalogue.sqlite3-journal").stat().st_size > 0
    assert digest(database_path) != before, "the unfinished transaction reached the file"
    assert quick_check(database_path) == []
    assert digest(database_path) == before
    assert not database_path.with_name("catalogue.sqlite3-journal").exists()


def test_move_aside_takes_the_journal_files_along(database_path: Path) -> None:
    corrupt(database_path)
    for suffix in ("-journal", "-wal", "-shm"):
        database_path.with_name(database_path.name + suffix).write_bytes(suffix.encode())
    damaged_bytes = database_path.read_bytes()
    moved = move_aside(database_path, now=NOON)
    assert moved == database_path.with_name("catalogue.sqlite3.damaged-20240315-120000")
    assert moved.read_bytes() == damaged_bytes
    assert names(database_path.parent) == [
        "catalogue.sqlite3.damaged-20240315-120000",
        "catalogue.sqlite3.damaged-20240315-120000-journal",
        "catalogue.sqlite3.damaged-20240315-120000-shm",
        "catalogue.sqlite3.damaged-20240315-120000-wal",
    ]
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"-wal"


def test_move_aside_twice_in_one_second_keeps_both(database_path: Path) -> None:
    copy = database_path.read_bytes()
    first = move_aside(database_path, now=NOON)
    database_path.write_bytes(copy)
    second = move_aside(database_path, now=NOON)
    assert second.name == "catalogue.sqlite3.damaged-20240315-120000-2"
    assert first.exists() and second.exists() and not database_path.exists()


def test_move_aside_of_a_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no database file there"):
        move_aside(tmp_path / "missing.sqlite3", now=NOON)


# Read-only databases


def test_a_writable_database_is_not_read_only(database_path: Path, tmp_path: Path) -> None:
    assert not read_only(database_path)
    assert not read_only(tmp_path / "not-yet-created.sqlite3")


def test_a_read_only_file_in_a_read_only_folder_is_read_only(database_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "catalogue.sqlite3"
    shutil.copy(database_path, path)
    os.chmod(path, 0o444)
    os.chmod(folder, 0o555)
    try:
        if os.access(path, os.W_OK) or os.access(folder, os.W_OK):
            # root, whom permissions do not stop: observe it as the unprivileged user instead
            from tests.unprivileged import environment, python, shared_folder

            shared = shared_folder()
            try:
                there = shared / "locked"
                shutil.copytree(folder, there)
                os.chmod(there / "catalogue.sqlite3", 0o444)
                os.chmod(there, 0o555)
                probe = "import sys; from pathlib import Path; from dermacounsel.storage.sqlite_file import read_only; "
                probe += "print(read_only(Path(sys.argv[1])))"
                seen = python(environment(shared / "home"), "-c", probe, str(there / "catalogue.sqlite3"))
                assert seen.stdout.strip() == "True", seen.stderr
            finally:
                os.chmod(shared / "locked", 0o755)
                shutil.rmtree(shared, ignore_errors=True)
        else:
            assert read_only(path)
    finally:
        os.chmod(folder, 0o755)
        os.chmod(path, 0o644)


def test_the_apps_policy_keeps_the_last_three_whatever_their_day(database_path: Path) -> None:
    """A backup made by hand is not dropped the moment another is made the same day."""
    manual = make_backup(database_path, "manual", now=NOON)
    session = make_backup(database_path, "session", now=NOON.replace(hour=13))
    assert list_backups(database_path) == [session, manual]
    make_backup(database_path, "session", now=NOON.replace(hour=14))
    fourth = make_backup(database_path, "session", now=NOON.replace(hour=15))
    kept = list_backups(database_path)
    assert kept[0] == fourth and len(kept) == 3 and manual not in kept


def test_leftovers_of_killed_backups_and_restores_are_removed_at_the_next_start(database_path: Path) -> None:
    """The review's kills left 19 MB `.restoring` files and `.partial` backups that nothing removed."""
    folder = backups_dir(database_path)
    folder.mkdir()
    partial = folder / "catalogue-20240315-120000-session.sqlite3.partial"
    restoring = database_path.with_name(".catalogue.sqlite3.restoring")
    fresh = folder / "catalogue-20240315-120001-session.sqlite3.partial"
    theirs = folder / "notes.partial"
    for leftover in (partial, restoring, fresh, theirs):
        shutil.copy(database_path, leftover)
    old = datetime.now().timestamp() - 3600
    for leftover in (partial, restoring, theirs):
        os.utime(leftover, (old, old))
    open_database(database_path).close()
    assert not partial.exists() and not restoring.exists()
    assert fresh.exists(), "one made a moment ago may still be being written"
    assert theirs.exists(), "a file of another name is not ours"


def test_a_leftover_another_connection_is_writing_is_left_alone(database_path: Path) -> None:
    from dermacounsel.storage.backups import remove_leftovers

    restoring = database_path.with_name(".catalogue.sqlite3.restoring")
    shutil.copy(database_path, restoring)
    old = datetime.now().timestamp() - 3600
    os.utime(restoring, (old, old))
    writer = sqlite3.connect(restoring, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        assert remove_leftovers(database_path) == []
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert remove_leftovers(database_path) == [restoring]
