"""Integrity checks of a catalogue database: SQLite's own, then the catalogue's rules. Read-only."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from dermacounsel.domain.scale import HIGHEST_LEVEL, LOWEST_LEVEL
from dermacounsel.storage.sqlite_file import SCHEMA_HEAD, DatabaseError, connect_read_only, read_only
from dermacounsel.storage.stored_values import column_problems, measurement_problems

#: At most this many problems of the catalogue's own are listed; the first says where to start.
MAX_LISTED = 20

#: The catalogue's own rules: a description, and a query that lists each offending thing in words.
CATALOGUE_RULES: tuple[tuple[str, str], ...] = (
    (
        f"every rating is on the four-step scale ({LOWEST_LEVEL} to {HIGHEST_LEVEL})",
        f"""SELECT 'rating (' || g.key || ' / ' || e.key || '), level: ' || r.level
                   || ' is off the scale ({LOWEST_LEVEL} to {HIGHEST_LEVEL})'
            FROM rating r JOIN growth_factor g ON g.id = r.growth_factor_id JOIN effect e ON e.id = r.effect_id
            WHERE typeof(r.level) != 'integer' OR r.level NOT BETWEEN {LOWEST_LEVEL} AND {HIGHEST_LEVEL}""",
    ),
    (
        "every rated growth factor has a rating for every effect",
        """SELECT g.key || ': no rating for ' || e.key FROM growth_factor g CROSS JOIN effect e
           WHERE g.rated AND NOT EXISTS
             (SELECT 1 FROM rating r WHERE r.growth_factor_id = g.id AND r.effect_id = e.id)""",
    ),
    (
        "only rated growth factors have ratings",
        """SELECT g.key || ': has ratings but is not rated' FROM growth_factor g
           WHERE NOT g.rated AND EXISTS (SELECT 1 FROM rating r WHERE r.growth_factor_id = g.id)""",
    ),
    (
        "the scale describes each of its four levels",
        f"""SELECT 'scale: ' || (SELECT count(*) FROM scale_step) || ' levels described, expected 4'
            WHERE (SELECT count(DISTINCT level) FROM scale_step
                   WHERE level BETWEEN {LOWEST_LEVEL} AND {HIGHEST_LEVEL}) != 4""",
    ),
    (
        "every text has its English version",
        """SELECT t.what FROM (
             SELECT 'product ' || key AS what, name AS text FROM product
             UNION ALL SELECT 'growth factor ' || key, name FROM growth_factor
             UNION ALL SELECT 'layer ' || key, name FROM layer
             UNION ALL SELECT 'layer ' || key || ' description', description FROM layer
             UNION ALL SELECT 'effect ' || key, name FROM effect
             UNION ALL SELECT 'ingredient ' || key, name FROM ingredient
             UNION ALL SELECT 'procedure ' || key, name FROM procedure
             UNION ALL SELECT 'statement ' || key, text FROM statement
           ) t WHERE json_valid(t.text) = 0 OR coalesce(trim(json_extract(t.text, '$.en')), '') = ''""",
    ),
    (
        "every product lists at least one component",
        """SELECT 'product ' || p.key || ': no components' FROM product p
           WHERE NOT EXISTS (SELECT 1 FROM component c WHERE c.product_id = p.id)""",
    ),
    (
        "a group's items belong to the group's product",
        """SELECT 'product ' || p.key || ': component ' || json_extract(c.name, '$.en')
                  || ' belongs to another product''s group'
           FROM component c JOIN component parent ON parent.id = c.parent_id JOIN product p ON p.id = c.product_id
           WHERE parent.product_id != c.product_id""",
    ),
    (
        "a component links to at most one thing",
        """SELECT 'product ' || p.key || ': component ' || json_extract(c.name, '$.en') || ' has several links'
           FROM component c JOIN product p ON p.id = c.product_id
           WHERE (c.growth_factor_id IS NOT NULL) + (c.ingredient_id IS NOT NULL)
                 + (c.stem_cell_source_id IS NOT NULL) + (c.exosome_origin_id IS NOT NULL) > 1""",
    ),
    (
        "every procedure reaches a layer or is systemic",
        """SELECT 'procedure ' || pr.key || ': reaches nothing' FROM procedure pr
           WHERE NOT pr.systemic AND NOT EXISTS (SELECT 1 FROM procedure_reach r WHERE r.procedure_id = pr.id)""",
    ),
)


@dataclass
class CheckReport:
    """What a check found.

    Attributes:
        lines: one line per check, saying what was checked and whether it passed.
        problems: every problem found, in words; empty when the database is sound.
    """

    path: Path
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


#: SQLite result codes that say the file could not be reached, not that it is damaged.
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_UNREACHABLE = {sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY}


def check_database(path: Path) -> CheckReport:
    """Run SQLite's quick_check and foreign_key_check, the catalogue's rules, then the import's own
    validation of the catalogue read back, without changing its content.

    A writable file is opened as the app opens it, so that SQLite first rolls back a transaction a crash
    left unfinished (a hot journal): that is recovery, not damage. A file another program is writing to
    raises DatabaseError saying it is busy: it may be perfectly sound."""
    path = path.expanduser()
    if not path.is_file():
        raise DatabaseError(f"{path}: no database file there")
    report = CheckReport(path)
    try:
        connection = connect_read_only(path) if read_only(path) else sqlite3.connect(path, timeout=5)
    except sqlite3.Error as error:
        raise DatabaseError(f"{path}: cannot be opened ({error})") from None
    try:
        _run(connection, report)
    except sqlite3.DatabaseError as error:
        code = error.sqlite_errorcode & 0xFF if hasattr(error, "sqlite_errorcode") else None
        if code in _BUSY:
            raise DatabaseError(
                f"{path}: is busy: another program is writing to it. Nothing was checked; try again in a moment"
            ) from None
        if code in _UNREACHABLE:
            raise DatabaseError(f"{path}: cannot be checked ({error})") from None
        report.problems.append(f"the file cannot be read as a database: {error}")
        report.lines.append(f"FAILED  the file is readable as an SQLite database: {error}")
        return report
    finally:
        connection.close()
    if report.ok:
        _record(report, "the catalogue passes the checks an imported file must pass", catalogue_problems(path))
    return report


def catalogue_problems(path: Path) -> list[str]:
    """What the import's validation finds in the catalogue a sound database holds: numbers out of range or
    not finite, texts that are not text, broken references. Empty when there is nothing."""
    from pydantic import ValidationError
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm import Session

    from dermacounsel.storage import catalogue_file as f
    from dermacounsel.storage.catalogue_db import read_catalogue_document

    # read-only, as the rest of the check (not storage.database's engine: opening builds on the checks)
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with Session(engine) as session:
            document = read_catalogue_document(session)
        return [f"{place}: {problem}" for place, problem in f.document_problems(document)[:MAX_LISTED]]
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(part) for part in first["loc"])
        message = str(first["msg"]).removeprefix("Value error, ")
        return [f"a stored {error.title} {place}: {message}".replace(" : ", ": ")]
    except (SQLAlchemyError, ValueError, KeyError, TypeError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        return [f"the stored catalogue cannot be read back ({type(error).__name__}: {reason})"]
    finally:
        engine.dispose()


def _record(report: CheckReport, description: str, problems: list[str]) -> None:
    report.lines.append(f"{'ok    ' if not problems else 'FAILED'}  {description}")
    report.lines.extend(f"          - {problem}" for problem in problems)
    report.problems.extend(problems)


def _run(connection: sqlite3.Connection, report: CheckReport) -> None:
    verdicts = [row[0] for row in connection.execute("PRAGMA quick_check")]
    _record(report, "SQLite quick_check", [] if verdicts == ["ok"] else verdicts)
    broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    _record(
        report,
        "every reference resolves (foreign_key_check)",
        [f"{table} row {rowid}: refers to a missing {parent}" for table, rowid, parent, _ in broken],
    )
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    revision = (
        connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if "alembic_version" in tables
        else None
    )
    if revision is None:
        _record(report, "is a DermaCounsel catalogue", ["no DermaCounsel schema version in the file"])
        return
    if revision[0] != SCHEMA_HEAD:
        _record(
            report,
            f"schema is {SCHEMA_HEAD}",
            [f"schema is {revision[0]}: opening it in DermaCounsel upgrades it (or refuses a newer one)"],
        )
        return
    _record(
        report,
        "every stored number fits its column: present where required, of its type, finite",
        column_problems(connection, MAX_LISTED),
    )
    _record(
        report,
        "every measurement is complete, finite, within its range and runs from low to high",
        measurement_problems(connection, MAX_LISTED),
    )
    for description, query in CATALOGUE_RULES:
        _record(report, description, [row[0] for row in connection.execute(query)])
