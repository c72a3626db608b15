"""`check`: SQLite's own checks and the catalogue's rules find real problems, and only those."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dermacounsel.storage.checks import check_database
from dermacounsel.storage.database import DatabaseError


def corrupt(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA ignore_check_constraints=ON")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def test_the_bundled_catalogue_passes_every_check(database_path: Path) -> None:
    report = check_database(database_path)
    assert report.ok, report.lines
    assert any("quick_check" in line for line in report.lines)
    assert any("foreign_key_check" in line for line in report.lines)


def test_a_rating_off_the_scale_is_found(database_path: Path) -> None:
    corrupt(database_path, "UPDATE rating SET level = 7 WHERE rowid = 1")
    report = check_database(database_path)
    assert not report.ok
    assert any("rating 7 is off the scale" in problem for problem in report.problems)


def test_a_missing_rating_and_a_broken_link_are_found(database_path: Path) -> None:
    corrupt(
        database_path,
        "DELETE FROM rating WHERE rowid = 2",
        "UPDATE component SET growth_factor_id = 999 WHERE growth_factor_id IS NOT NULL AND rowid = "
        "(SELECT min(rowid) FROM component WHERE growth_factor_id IS NOT NULL)",
    )
    problems = check_database(database_path).problems
    assert any("no rating for" in problem for problem in problems)
    assert any("component row" in problem and "growth_factor" in problem for problem in problems)


def test_a_damaged_file_is_reported_not_raised(database_path: Path) -> None:
    data = bytearray(database_path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # overwrite the second page
    database_path.write_bytes(bytes(data))
    report = check_database(database_path)
    assert not report.ok


def test_checking_changes_nothing(database_path: Path) -> None:
    before = database_path.read_bytes()
    check_database(database_path)
    assert database_path.read_bytes() == before


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no database file"):
        check_database(tmp_path / "absent.sqlite3")


@pytest.mark.parametrize(
    ("statement", "found"),
    [
        ("UPDATE layer SET thickness_max_mm = 9e999 WHERE key = 'epidermis'", "layer epidermis: thickness 0.03 to Inf"),
        ("UPDATE layer SET thickness_max_mm = 1e308 WHERE key = 'epidermis'", "outside 0.001 to 50 mm"),
        ("UPDATE procedure SET needle_depth_step_mm = 1e-300 WHERE key = 'dermapen'", "procedure dermapen: needle"),
    ],
)
def test_numbers_that_would_break_the_app_are_found_in_a_database(
    database_path: Path, statement: str, found: str
) -> None:
    """An import refuses them now; a database written before (or by hand) is caught by `check`."""
    corrupt(database_path, statement)
    report = check_database(database_path)
    assert not report.ok and any(found in problem for problem in report.problems), report.lines


def test_a_stored_text_that_is_no_longer_text_is_found(database_path: Path) -> None:
    corrupt(database_path, 'UPDATE product SET notes = \'{"en": "broken\' WHERE rowid = 1')
    report = check_database(database_path)
    assert not report.ok, report.lines


def test_a_control_character_in_a_stored_name_is_found(database_path: Path) -> None:
    corrupt(database_path, "UPDATE product SET name = json_object('en', 'Benev' || char(27) || '[31m') WHERE rowid = 1")
    report = check_database(database_path)
    assert any("U+001B" in problem for problem in report.problems), report.lines


def _leave_a_hot_journal(database_path: Path) -> None:
    script = (
        "import os, sqlite3, sys\n"
        "connection = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "connection.execute('PRAGMA cache_size=10')\n"
        "connection.execute('BEGIN')\n"
        "connection.execute('DELETE FROM statement')\n"
        "connection.execute('CREATE TABLE junk (x)')\n"
        "connection.execute('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) '\n"
        "                   'INSERT INTO junk SELECT randomblob(1000) FROM n')\n"
        "os._exit(0)\n"  # killed mid-transaction
    )
    subprocess.run([sys.executable, "-c", script, str(database_path)], check=True, timeout=60)
    assert database_path.with_name(database_path.name + "-journal").stat().st_size > 0


def test_a_hot_journal_left_by_a_kill_is_recovered_not_reported_as_damage(database_path: Path) -> None:
    """The review's 28 of 28 kills that left a hot journal were all reported as damage, with advice to
    restore an older backup (throwing away recent work)."""
    before = check_database(database_path).lines
    _leave_a_hot_journal(database_path)
    report = check_database(database_path)
    assert report.ok, report.lines
    assert report.lines == before
    assert not database_path.with_name(database_path.name + "-journal").exists()


def test_a_stray_empty_journal_is_not_damage(database_path: Path) -> None:
    database_path.with_name(database_path.name + "-journal").write_bytes(b"")
    assert check_database(database_path).ok


def test_a_database_another_program_is_writing_is_busy_not_damaged(database_path: Path) -> None:
    writer = sqlite3.connect(database_path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="is busy: another program is writing to it"):
            check_database(database_path)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert check_database(database_path).ok


def test_export_of_a_database_with_a_damaged_text_is_one_line(database_path: Path, tmp_path: Path, capsys) -> None:
    from dermacounsel.cli import main

    corrupt(database_path, 'UPDATE product SET notes = \'{"en": "broken\' WHERE rowid = 1')
    assert main(["--db", str(database_path), "export", str(tmp_path / "out.json")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "cannot be read back whole" in error and "check" in error
    assert not (tmp_path / "out.json").exists()
