"""Integrity checks of a catalogue database: SQLite's own, then the catalogue's rules. Read-only."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from dermacounsel.domain.scale import HIGHEST_LEVEL, LOWEST_LEVEL
from dermacounsel.storage.sqlite_file import SCHEMA_HEAD, DatabaseError

#: The catalogue's own rules: a description, and a query that lists each offending thing in words.
CATALOGUE_RULES: tuple[tuple[str, str], ...] = (
    (
        f"every rating is on the four-step scale ({LOWEST_LEVEL} to {HIGHEST_LEVEL})",
        f"""SELECT g.key || ' / ' || e.key || ': rating ' || r.level || ' is off the scale'
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
    (
        "measured ranges run from low to high",
        """SELECT 'layer ' || key || ': thickness ' || thickness_min_mm || ' > ' || thickness_max_mm FROM layer
           WHERE thickness_min_mm > thickness_max_mm
           UNION ALL
           SELECT 'procedure ' || key || ': needle depth ' || needle_depth_min_mm || ' > ' || needle_depth_max_mm
           FROM procedure WHERE needle_depth_min_mm > needle_depth_max_mm""",
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


def check_database(path: Path) -> CheckReport:
    """Run SQLite's quick_check and foreign_key_check, then the catalogue's rules, without writing."""
    path = path.expanduser()
    if not path.is_file():
        raise DatabaseError(f"{path}: no database file there")
    report = CheckReport(path)
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DatabaseError(f"{path}: cannot be opened ({error})") from None
    try:
        _run(connection, report)
    except sqlite3.DatabaseError as error:
        report.problems.append(f"the file cannot be read as a database: {error}")
        report.lines.append(f"FAILED  the file is readable as an SQLite database: {error}")
    finally:
        connection.close()
    return report


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
    for description, query in CATALOGUE_RULES:
        _record(report, description, [row[0] for row in connection.execute(query)])
