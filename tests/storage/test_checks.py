"""`check`: SQLite's own checks and the catalogue's rules find real problems, and only those."""

from __future__ import annotations

import os
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
    assert any("level: 7 is off the scale" in problem for problem in report.problems)


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


def write_directly(path: Path, statement: str, *values: object) -> None:
    """Write a value with the sqlite3 module, as another program or a hand edit would, past the CHECKs."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA ignore_check_constraints=ON")
    assert connection.execute(statement, values).rowcount == 1
    connection.commit()
    connection.close()


#: A value written straight into the database, and the line `dermacounsel check` must print for it.
STORED_VALUES = [
    pytest.param(
        "UPDATE layer SET thickness_max_mm = ? WHERE key = 'epidermis'",
        float("nan"),
        "layer row 1 (epidermis), thickness_max_mm: empty while the rest of its thickness is set",
        id="nan-stored-as-null",
    ),
    pytest.param(
        "UPDATE procedure SET needle_depth_step_mm = ? WHERE key = 'dermapen'",
        float("nan"),
        "procedure row 1 (dermapen), needle_depth_step_mm: empty while the rest of its needle depth is set",
        id="nan-step",
    ),
    pytest.param(
        "UPDATE layer SET thickness_max_mm = ? WHERE key = 'epidermis'",
        1e308,
        "layer row 1 (epidermis), thickness_max_mm: 1e+308 mm is outside 0.001 to 50 mm",
        id="1e308",
    ),
    pytest.param(
        "UPDATE layer SET thickness_max_mm = ? WHERE key = 'epidermis'",
        float("inf"),
        "layer row 1 (epidermis), thickness_max_mm: Infinity is not finite",
        id="infinity",
    ),
    pytest.param(
        "UPDATE layer SET thickness_min_mm = ? WHERE key = 'dermis'",
        -0.5,
        "layer row 2 (dermis), thickness_min_mm: -0.5 mm is outside 0.001 to 50 mm",
        id="negative-thickness",
    ),
    pytest.param(
        "UPDATE layer SET thickness_min_mm = ? WHERE key = 'dermis'",
        3.0,
        "layer row 2 (dermis), thickness_min_mm and thickness_max_mm: the thickness runs from 3 down to 1.97 mm",
        id="high-to-low",
    ),
    pytest.param(
        "UPDATE rating SET level = ? WHERE rowid = 1",
        7,
        "rating (EGF / cell-proliferation), level: 7 is off the scale (0 to 3)",
        id="rating-7",
    ),
    pytest.param(
        "UPDATE procedure SET needle_depth_step_mm = ? WHERE key = 'dermapen'",
        1e-300,
        "procedure row 1 (dermapen), needle_depth_step_mm: 1e-300 mm is outside 0.01 to 1 mm",
        id="step-1e-300",
    ),
    pytest.param(
        "UPDATE growth_factor SET rated = ? WHERE key = 'EGF'",
        2,
        "growth_factor row 1 (EGF), rated: 2 is not a yes/no value (0 or 1)",
        id="boolean-2",
    ),
    pytest.param(
        "UPDATE product SET position = ? WHERE rowid = 1",
        "first",
        "product row 1 (benev), position: 'first' is not a whole number",
        id="text-in-an-integer-column",
    ),
]


@pytest.mark.parametrize(("statement", "value", "line"), STORED_VALUES)
def test_check_names_the_table_row_and_field_of_every_unusable_stored_value(
    database_path: Path, statement: str, value: object, line: str, capsys
) -> None:
    """An import refuses them now; a database written before, by another program or by hand is caught
    by `check`, which prints where each one is and exits 1."""
    from dermacounsel.cli import main

    write_directly(database_path, statement, value)
    assert main(["--db", str(database_path), "check"]) == 1
    out = capsys.readouterr().out
    assert f"          - {line}" in out, out
    assert "FAILED" in out and "problem(s) found" in out


@pytest.mark.parametrize(("statement", "value", "line"), STORED_VALUES[:8])
def test_the_app_refuses_to_open_a_catalogue_holding_a_value_it_cannot_draw(
    database_path: Path, statement: str, value: object, line: str, capsys
) -> None:
    """They once made the GUI's start hang and `selftest` crash: now every command, `check` and `restore`
    apart, names the first value in one line and exits 1, with the file unchanged."""
    from dermacounsel.cli import main

    write_directly(database_path, statement, value)
    before = database_path.read_bytes()
    assert main(["--db", str(database_path), "selftest"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "holds a value DermaCounsel cannot use" in error, error
    assert "check' lists every one" in error
    if "rating" not in statement:  # SQLite's quick_check finds a rating of 7 first (a CHECK failed)
        assert line in error
    assert database_path.read_bytes() == before


def test_the_gui_opening_a_catalogue_with_a_nan_says_so_and_exits(database_path: Path, tmp_path: Path) -> None:
    """The review's GUI never finished starting on such a catalogue; now it stops at once with the line."""
    write_directly(database_path, "UPDATE layer SET thickness_max_mm = ? WHERE key = 'epidermis'", float("nan"))
    result = subprocess.run(
        [sys.executable, "-m", "dermacounsel", "--db", str(database_path), "--terminate-after-init"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state")},
    )
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if not line.startswith("Qt:")]
    assert len(lines) == 1, result.stderr
    assert "holds a value DermaCounsel cannot use: layer row 1 (epidermis), thickness_max_mm: empty" in lines[0]
    assert not Path(str(database_path) + ".lock").exists()


def test_a_catalogue_holding_an_unusable_value_can_still_be_restored(database_path: Path, tmp_path: Path) -> None:
    from dermacounsel.services.catalogue import Catalogue, restore_file

    good = tmp_path / "good.sqlite3"
    with sqlite3.connect(database_path) as source, sqlite3.connect(good) as target:
        source.backup(target)
    source.close()
    target.close()
    write_directly(database_path, "UPDATE layer SET thickness_max_mm = ? WHERE key = 'epidermis'", 1e308)
    restore_file(database_path, good)
    assert check_database(database_path).ok
    with Catalogue.open(database_path) as catalogue:
        assert catalogue.layers()


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


def test_the_report_reads_in_japanese_naming_what_is_wrong(database_path: Path, capsys) -> None:
    """Issue 14: `check --lang ja` says every check and every finding in Japanese, naming the same table,
    row, key and column as the English report (which is unchanged); identifiers and keys are data."""
    from dermacounsel.cli import main
    from dermacounsel.domain.phrasing import in_language
    from tests.test_no_english_below_the_interface import english_sentence

    corrupt(
        database_path,
        "DELETE FROM rating WHERE rowid = 2",
        "UPDATE component SET growth_factor_id = 999 WHERE rowid = "
        "(SELECT min(rowid) FROM component WHERE growth_factor_id IS NOT NULL)",
        "UPDATE layer SET thickness_min_mm = 9e999 WHERE rowid = 1",
        "UPDATE procedure SET needle_depth_min_mm = NULL WHERE needle_depth_min_mm IS NOT NULL",
    )
    report = check_database(database_path)
    japanese = [str(in_language(line, "ja")) for line in report.lines]
    assert [line for line in japanese if english_sentence(line)] == []
    assert "          - layer表の1行目（epidermis）のthickness_min_mm列：Infinityは有限の数ではありません" in japanese
    assert any(line.startswith("          - component表の") and "growth_factor" in line for line in japanese)
    assert "問題あり  評価対象の成長因子に、すべての効果の評価があること" in japanese
    assert "問題なし  すべての製品に成分が1つ以上あること" in japanese
    assert any("needle_depth_min_mm列：針の深さのほかの値はあるのに空です" in line for line in japanese)
    assert len(japanese) == len(report.lines)

    for argv in (
        ["--db", str(database_path), "check", "--lang", "ja"],
        ["--lang", "ja", "--db", str(database_path), "check"],
    ):
        assert main(argv) == 1
        out = capsys.readouterr().out
        assert [line for line in out.splitlines() if english_sentence(line)] == [], out
        assert "layer表の1行目（epidermis）のthickness_min_mm列：Infinityは有限の数ではありません" in out
        assert "件の問題が見つかりました。" in out
    assert main(["--db", str(database_path), "check", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "          - layer row 1 (epidermis), thickness_min_mm: Infinity is not finite" in out
    assert "FAILED  every rated growth factor has a rating for every effect" in out


def test_sqlite_s_own_words_are_kept_in_a_japanese_sentence(database_path: Path) -> None:
    from dermacounsel.domain.phrasing import in_language

    data = bytearray(database_path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # overwrite the second page
    database_path.write_bytes(bytes(data))
    report = check_database(database_path)
    assert not report.ok
    for english, japanese in zip(report.lines, (str(in_language(line, "ja")) for line in report.lines), strict=True):
        said = english.split(": ", 1)[1]  # SQLite's message ("database disk image is malformed"), as it said it
        assert japanese.endswith(f"：{said}"), japanese
        assert japanese.startswith("問題あり  SQLiteのデータベースとして読めること："), japanese
