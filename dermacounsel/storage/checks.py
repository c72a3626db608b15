"""Integrity checks of a catalogue database: SQLite's own, then the catalogue's rules. Read-only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dermacounsel.domain.phrasing import Said
from dermacounsel.domain.scale import HIGHEST_LEVEL, LOWEST_LEVEL
from dermacounsel.storage.sqlite_file import SCHEMA_HEAD, DatabaseError, connect_read_only, read_only
from dermacounsel.storage.stored_values import column_problems, measurement_problems

#: At most this many problems of the catalogue's own are listed; the first says where to start.
MAX_LISTED = 20


@dataclass(frozen=True)
class Rule:
    """One of the catalogue's own rules.

    Attributes:
        description: what is checked, in words (a `Said`).
        query: lists each offending thing, as the values of `fields`.
        finding: the phrasing key that says one offending thing, with `fields` (it may name a field itself,
            as "check_text_{kind}" does).
        fields: the names of the query's columns, in order.
        given: fields the finding says beside them, the same for every row (the scale's range).
    """

    description: Said
    query: str
    finding: str
    fields: tuple[str, ...]
    given: dict[str, object] = field(default_factory=dict)

    def findings(self, rows: Iterable[Sequence[Any]]) -> list[str]:
        said: list[str] = []
        for row in rows:
            fields = {**self.given, **dict(zip(self.fields, row, strict=True))}
            said.append(Said(self.finding.format(**fields), **fields))
        return said


#: The catalogue's own rules: a description, and a query that lists each offending thing.
CATALOGUE_RULES: tuple[Rule, ...] = (
    Rule(
        Said("check_rule_scale_ratings", low=LOWEST_LEVEL, high=HIGHEST_LEVEL),
        f"""SELECT g.key, e.key, coalesce(CAST(r.level AS TEXT), 'NULL')
            FROM rating r JOIN growth_factor g ON g.id = r.growth_factor_id JOIN effect e ON e.id = r.effect_id
            WHERE typeof(r.level) != 'integer' OR r.level NOT BETWEEN {LOWEST_LEVEL} AND {HIGHEST_LEVEL}""",
        "check_rating_off_scale",
        ("factor", "effect", "level"),
        {"low": LOWEST_LEVEL, "high": HIGHEST_LEVEL},
    ),
    Rule(
        Said("check_rule_rated_complete"),
        """SELECT g.key, e.key FROM growth_factor g CROSS JOIN effect e
           WHERE g.rated AND NOT EXISTS
             (SELECT 1 FROM rating r WHERE r.growth_factor_id = g.id AND r.effect_id = e.id)""",
        "check_no_rating",
        ("factor", "effect"),
    ),
    Rule(
        Said("check_rule_only_rated"),
        """SELECT g.key FROM growth_factor g
           WHERE NOT g.rated AND EXISTS (SELECT 1 FROM rating r WHERE r.growth_factor_id = g.id)""",
        "check_ratings_unrated",
        ("factor",),
    ),
    Rule(
        Said("check_rule_scale_steps"),
        f"""SELECT (SELECT count(*) FROM scale_step)
            WHERE (SELECT count(DISTINCT level) FROM scale_step
                   WHERE level BETWEEN {LOWEST_LEVEL} AND {HIGHEST_LEVEL}) != 4""",
        "check_scale_levels",
        ("count",),
    ),
    Rule(
        Said("check_rule_english"),
        """SELECT t.kind, t.key FROM (
             SELECT 'product' AS kind, key, name AS text FROM product
             UNION ALL SELECT 'growth_factor', key, name FROM growth_factor
             UNION ALL SELECT 'layer', key, name FROM layer
             UNION ALL SELECT 'layer_description', key, description FROM layer
             UNION ALL SELECT 'effect', key, name FROM effect
             UNION ALL SELECT 'ingredient', key, name FROM ingredient
             UNION ALL SELECT 'procedure', key, name FROM procedure
             UNION ALL SELECT 'statement', key, text FROM statement
           ) t WHERE json_valid(t.text) = 0 OR coalesce(trim(json_extract(t.text, '$.en')), '') = ''""",
        "check_text_{kind}",
        ("kind", "key"),
    ),
    Rule(
        Said("check_rule_components"),
        """SELECT p.key FROM product p WHERE NOT EXISTS (SELECT 1 FROM component c WHERE c.product_id = p.id)""",
        "check_no_components",
        ("key",),
    ),
    Rule(
        Said("check_rule_groups"),
        """SELECT p.key, json_extract(c.name, '$.en')
           FROM component c JOIN component parent ON parent.id = c.parent_id JOIN product p ON p.id = c.product_id
           WHERE parent.product_id != c.product_id""",
        "check_foreign_group",
        ("key", "name"),
    ),
    Rule(
        Said("check_rule_one_link"),
        """SELECT p.key, json_extract(c.name, '$.en')
           FROM component c JOIN product p ON p.id = c.product_id
           WHERE (c.growth_factor_id IS NOT NULL) + (c.ingredient_id IS NOT NULL)
                 + (c.stem_cell_source_id IS NOT NULL) + (c.exosome_origin_id IS NOT NULL) > 1""",
        "check_several_links",
        ("key", "name"),
    ),
    Rule(
        Said("check_rule_reach"),
        """SELECT pr.key FROM procedure pr
           WHERE NOT pr.systemic AND NOT EXISTS (SELECT 1 FROM procedure_reach r WHERE r.procedure_id = pr.id)""",
        "check_reaches_nothing",
        ("key",),
    ),
)


@dataclass
class CheckReport:
    """What a check found.

    Attributes:
        lines: one line per check, saying what was checked and whether it passed, then a line per problem
            it found; each a `Said`, so that `in_language(line, "ja")` says it in Japanese.
        problems: every problem found, in words (each a `Said`); empty when the database is sound.
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
        raise DatabaseError(Said("check_no_file", path=path))
    report = CheckReport(path)
    try:
        connection = connect_read_only(path) if read_only(path) else sqlite3.connect(path, timeout=5)
    except sqlite3.Error as error:
        raise DatabaseError(Said("check_cannot_open", path=path, error=error)) from None
    try:
        _run(connection, report)
    except sqlite3.DatabaseError as error:
        code = error.sqlite_errorcode & 0xFF if hasattr(error, "sqlite_errorcode") else None
        if code in _BUSY:
            raise DatabaseError(Said("check_busy", path=path)) from None
        if code in _UNREACHABLE:
            raise DatabaseError(Said("check_cannot_check", path=path, error=error)) from None
        report.problems.append(Said("check_not_a_database", error=str(error)))
        report.lines.append(Said("check_failed", check=Said("check_readable", error=str(error))))
        return report
    finally:
        connection.close()
    if report.ok:
        _record(report, Said("check_imported"), catalogue_problems(path))
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
        return [
            Said("check_at", place=place, problem=problem)
            for place, problem in f.document_problems(document)[:MAX_LISTED]
        ]
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(part) for part in first["loc"])
        problem = f.pydantic_problem(first)
        if place:
            return [Said("check_stored_invalid_at", model=error.title, place=place, problem=problem)]
        return [Said("check_stored_invalid", model=error.title, problem=problem)]
    except (SQLAlchemyError, ValueError, KeyError, TypeError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        return [Said("check_not_read_back", kind=type(error).__name__, reason=reason)]
    finally:
        engine.dispose()


def _record(report: CheckReport, description: Said, problems: list[str]) -> None:
    report.lines.append(Said("check_ok" if not problems else "check_failed", check=description))
    report.lines.extend(Said("check_finding", problem=problem) for problem in problems)
    report.problems.extend(problems)


def sqlite_says(verdicts: Iterable[str]) -> list[str]:
    """SQLite's own findings (quick_check's, integrity_check's): its words, which are data, each in a
    sentence that says they are SQLite's (as they are in English; 「SQLiteの報告：…」 in Japanese)."""
    return [Said("check_sqlite_says", sqlite=str(verdict)) for verdict in verdicts]


def _run(connection: sqlite3.Connection, report: CheckReport) -> None:
    verdicts = [row[0] for row in connection.execute("PRAGMA quick_check")]
    _record(report, Said("check_quick_check"), [] if verdicts == ["ok"] else sqlite_says(verdicts))
    broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    _record(
        report,
        Said("check_references"),
        [Said("check_missing_parent", table=table, rowid=rowid, parent=parent) for table, rowid, parent, _ in broken],
    )
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    revision = (
        connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if "alembic_version" in tables
        else None
    )
    if revision is None:
        _record(report, Said("check_is_catalogue"), [Said("check_no_schema")])
        return
    if revision[0] != SCHEMA_HEAD:
        _record(report, Said("check_schema", head=SCHEMA_HEAD), [Said("check_other_schema", revision=revision[0])])
        return
    _record(report, Said("check_columns"), column_problems(connection, MAX_LISTED))
    _record(report, Said("check_measurements"), measurement_problems(connection, MAX_LISTED))
    for rule in CATALOGUE_RULES:
        _record(report, rule.description, rule.findings(connection.execute(rule.query)))
