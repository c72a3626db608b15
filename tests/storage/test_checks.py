"""`check`: SQLite's own checks and the catalogue's rules find real problems, and only those."""

from __future__ import annotations

import sqlite3
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
